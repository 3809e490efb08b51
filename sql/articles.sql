-- name: articles
-- description: The stored articles with their counts of files, entities, mentions and quotes
-- param: source: keep articles from this outlet (exact name, ignoring case); all when not given
-- param: limit = 100: show at most this many articles; -1 for all
-- One row per distinct article text, in the order they were stored.
-- `files` is how many input files carried this exact text (more than one
-- means duplicates; see the duplicate-files report), `entities` the distinct
-- people, organizations and places it names, `mentions` every naming of
-- them, and `quotes` its quotations, full and partial.
SELECT article_id,
       title,
       source,
       published,
       word_count,
       files,
       entities,
       mentions,
       quotes,
       url
FROM article_summary
WHERE :source IS NULL OR source = :source COLLATE NOCASE
ORDER BY article_id
LIMIT coalesce(:limit, 100);
