-- name: duplicate-files
-- description: Articles that were stored from more than one file, with every path
-- An article is one distinct text (after decoding and normalising), so the
-- same story saved twice, or once as UTF-8 and once as UTF-16, is stored once
-- and every file that carried it points at that article. One row per file;
-- `copies` is how many files share the article.
SELECT f.article_id,
       a.title,
       a.source,
       d.copies,
       f.path,
       f.encoding,
       f.size AS size_bytes,
       f.run_id
FROM (SELECT article_id, count(*) AS copies
      FROM files
      GROUP BY article_id
      HAVING count(*) > 1) d
JOIN files f ON f.article_id = d.article_id
JOIN articles a ON a.id = d.article_id
ORDER BY d.copies DESC, f.article_id, f.path;
