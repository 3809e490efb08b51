-- name: top-speakers
-- description: Named people ranked by how many quotations are attributed to them
-- param: limit = 20: how many speakers to show
-- Only quotes whose speaker was resolved to a person entity count: a quote
-- attributed to "he" counts for the person "he" was resolved to, while quotes
-- from unnamed speakers ("a senior official") are left out. `full_quotes` and
-- `partial_quotes` split `quotes` by kind; `articles` and `sources` count the
-- distinct articles and outlets the quotes appeared in.
SELECT e.id AS entity_id,
       e.name,
       count(*) AS quotes,
       sum(q.kind = 'full') AS full_quotes,
       sum(q.kind = 'partial') AS partial_quotes,
       count(DISTINCT q.article_id) AS articles,
       count(DISTINCT a.source) AS sources
FROM quotes q
JOIN entities e ON e.id = q.speaker_id
JOIN articles a ON a.id = q.article_id
GROUP BY e.id
ORDER BY quotes DESC, articles DESC, e.name, e.id
LIMIT coalesce(:limit, 20);
