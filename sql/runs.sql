-- name: runs
-- description: The ingest history: one row per `newsdb ingest` run, newest first
-- param: limit: show at most this many runs; all when not given
-- The file counters are those the run recorded: `files_seen` were looked at,
-- `files_new` became new articles, `files_unchanged` were skipped because
-- they had not changed, `files_duplicate` carried a text already stored under
-- another path, `files_failed` could not be read (see the failures report).
-- `finished` is NULL, and `seconds` with it, while a run is going on or when
-- it was killed. Times are UTC.
SELECT r.id AS run_id,
       r.started,
       r.finished,
       round((julianday(r.finished) - julianday(r.started)) * 86400, 1) AS seconds,
       r.newsdb_version,
       r.files_seen,
       r.files_new,
       r.files_unchanged,
       r.files_duplicate,
       r.files_failed
FROM runs r
ORDER BY r.id DESC
LIMIT coalesce(:limit, -1);
