-- name: co-mentions
-- description: Pairs of entities that are mentioned in the same articles
-- param: kind: keep only pairs where both entities are of this kind (person, organization or place); all when not given
-- param: min_articles = 1: leave out pairs that share fewer articles than this
-- param: limit = 50: how many pairs to show
-- Each pair appears once, the alphabetically first name on the left.
-- `shared_articles` is the number of distinct articles that mention both
-- entities, however often each is named in them. On a large corpus, raise
-- min_articles: an article naming 30 entities alone makes 435 pairs.
WITH article_entities AS (
    SELECT DISTINCT m.article_id, e.id AS entity_id, e.name, e.kind
    FROM mentions m
    JOIN entities e ON e.id = m.entity_id
    WHERE :kind IS NULL OR e.kind = :kind
)
SELECT x.entity_id AS entity_a_id,
       x.name AS entity_a,
       x.kind AS kind_a,
       y.entity_id AS entity_b_id,
       y.name AS entity_b,
       y.kind AS kind_b,
       count(*) AS shared_articles
FROM article_entities x
JOIN article_entities y
  ON y.article_id = x.article_id
 AND (x.name, x.entity_id) < (y.name, y.entity_id)
GROUP BY x.entity_id, y.entity_id
HAVING count(*) >= coalesce(:min_articles, 1)
ORDER BY shared_articles DESC, entity_a, entity_b, entity_a_id, entity_b_id
LIMIT coalesce(:limit, 50);
