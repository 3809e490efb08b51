-- name: top-speakers
-- description: Named people ranked by how many quotations are attributed to them
-- param: limit = 20: how many speakers to show; -1 for all
-- Only quotes whose speaker was resolved to a person entity count: a quote
-- attributed to "he" counts for the person "he" was resolved to, while quotes
-- from unnamed speakers ("a senior official") are left out. `full_quotes` and
-- `partial_quotes` split `quotes` by kind; `articles` and `sources` count the
-- distinct articles and outlets the quotes appeared in.
-- (Speed: quotes per speaker come from the quotes_speaker index alone; the
-- other columns are computed only for the speakers that can make the first
-- `limit` rows, those with at least as many quotes as the limit-th one.)
WITH counts AS MATERIALIZED (
    SELECT q.speaker_id AS id, count(*) AS quotes
    FROM quotes q INDEXED BY quotes_speaker
    WHERE q.speaker_id IS NOT NULL
    GROUP BY q.speaker_id
),
cut AS MATERIALIZED (
    SELECT CASE WHEN coalesce(:limit, 20) < 0 THEN 0
                ELSE coalesce((SELECT quotes FROM counts ORDER BY quotes DESC
                               LIMIT 1 OFFSET coalesce(:limit, 20) - 1), 0)
           END AS quotes
),
-- article -> outlet, from the small index articles_source rather than the articles table,
-- whose rows carry the whole text
article_sources AS MATERIALIZED (
    SELECT a.id, a.source FROM articles a INDEXED BY articles_source
)
SELECT e.id AS entity_id,
       e.name,
       count(*) AS quotes,
       sum(q.kind = 'full') AS full_quotes,
       sum(q.kind = 'partial') AS partial_quotes,
       count(DISTINCT q.article_id) AS articles,
       count(DISTINCT a.source) AS sources
FROM counts c
CROSS JOIN entities e ON e.id = c.id
CROSS JOIN quotes q INDEXED BY quotes_speaker ON q.speaker_id = c.id
CROSS JOIN article_sources a ON a.id = q.article_id
WHERE c.quotes >= (SELECT quotes FROM cut)
GROUP BY e.id
ORDER BY quotes DESC, articles DESC, e.name, e.id
LIMIT coalesce(:limit, 20);
