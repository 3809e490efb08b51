-- name: failures
-- description: Files that could not be ingested, run by run, with the reason
-- param: run: show only this run's failures (a runs.id); all runs when not given
-- Newest run first, then by path. A file that failed is retried by the next
-- ingest run, so a path listed under an old run may since have been stored:
-- `stored_since` is 1 when a files row now exists for the same path.
SELECT f.run_id,
       r.started AS run_started,
       f.path,
       f.reason,
       EXISTS (SELECT 1 FROM files fl WHERE fl.path = f.path) AS stored_since
FROM failures f
JOIN runs r ON r.id = f.run_id
WHERE :run IS NULL OR f.run_id = :run
ORDER BY f.run_id DESC, f.path, f.id;
