-- name: search
-- description: Full-text search of article titles and bodies, best matches first
-- param: query: an FTS5 query: words (all must occur), "a phrase", OR, NOT, prefix*, NEAR(a b); no rows when not given
-- param: limit = 20: how many articles to show
-- Words are matched after stemming (English Porter stemmer) and with case and
-- accents ignored, so `negotiate` finds "negotiations". It knows nothing of
-- aliases: `kiev` does not find "Kyiv" (the entity-profile report does).
-- `score` is FTS5's bm25 rank with title matches weighted 5 times body
-- matches; lower (more negative) is better. `snippet` shows the best passage
-- of the body with the matches in [brackets]. A malformed query (an unclosed
-- quote mark, a bare "-") is an error: put arbitrary text in double quotes.
SELECT a.id AS article_id,
       a.title,
       a.source,
       a.published,
       round(bm25(articles_fts, 5.0, 1.0), 3) AS score,
       snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
FROM articles_fts
JOIN articles a ON a.id = articles_fts.rowid
WHERE articles_fts MATCH coalesce(:query, '""')
ORDER BY score, a.id
LIMIT coalesce(:limit, 20);
