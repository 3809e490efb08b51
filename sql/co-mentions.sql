-- name: co-mentions
-- description: Pairs of entities that are mentioned in the same articles
-- param: entity: show the entities mentioned together with this one (its id, canonical name or any alias, ignoring case); the top pairs of all entities when not given
-- param: kind: keep only entities of this kind (person, organization, place, nationality or event): both sides of a pair, or the partners of `entity`; all when not given
-- param: min_articles = 1: leave out pairs that share fewer articles than this
-- param: limit = 50: how many pairs to show; -1 for all (slow on a large corpus without `entity`)
-- `shared_articles` is the number of distinct articles that mention both
-- entities, however often each is named in them. Without `entity`, each pair
-- appears once, the alphabetically first name on the left; with it, the
-- entity is on the left and its partners on the right (a name shared by two
-- entities, Georgia the place and the person, gives both).
--
-- The answer is exact; how it stays fast on a large corpus. With `entity`: its
-- articles are read through mentions_entity and their entities through
-- mentions_article; for an entity in more than half of the articles (NATO in a
-- NATO corpus) it counts the articles that do NOT name it instead, since
-- shared = partner's articles - partner's articles without the entity.
-- Without `entity`, with a `kind` other than person: the pairs are counted already,
-- as articles are stored, in entity_pairs (see migrations/V7__entity_pairs.sql), read
-- as it is. Otherwise, without `entity`: a pair can share no more articles than
-- either entity has (entities.articles). The report first counts the pairs among the
-- 16 most frequent entities exactly, one 16-bit mask per article built from their
-- distinct (entity, article) pairs, read in mentions_entity's order; the
-- `limit`-th best of those counts, B, is a lower bound for the `limit`-th best
-- pair overall.
-- When no entity outside those 16 is in B or more articles, no other pair can
-- reach B and those counts are the answer. Otherwise (or with limit=-1) it
-- counts every pair of entities with at least max(B, min_articles) articles by
-- joining mentions with itself per article, which is exact but can take
-- seconds on 100,000 articles.
WITH params AS MATERIALIZED (
    SELECT coalesce(:min_articles, 1) AS min_n,
           coalesce(:limit, 50) AS lim,
           (SELECT count(*) FROM articles) AS total
),
-- ---- with `entity` ----------------------------------------------------------
target AS MATERIALIZED (
    SELECT e.id, e.name, e.kind, e.articles
    FROM entities e
    WHERE e.id = :entity
       OR e.name = :entity COLLATE NOCASE
       OR e.id IN (SELECT ea.entity_id FROM entity_aliases ea
                   WHERE ea.alias = :entity COLLATE NOCASE)
),
-- Entities in at most half the articles: count partners in their articles.
target_rare AS (
    -- (one target at a time, so the inner GROUP BY follows mentions_article's order)
    SELECT t.id AS target_id, r.partner_id, r.n
    FROM target t
    CROSS JOIN params p
    CROSS JOIN (SELECT (SELECT min(id) FROM target) AS id) f
    CROSS JOIN (SELECT entity_id AS partner_id, count(*) AS n
                FROM (SELECT m.article_id, m.entity_id
                      FROM mentions m INDEXED BY mentions_article
                      WHERE m.article_id IN (SELECT x.article_id FROM mentions x INDEXED BY mentions_entity
                                             WHERE x.entity_id = (SELECT min(id) FROM target))
                        AND m.entity_id <> (SELECT min(id) FROM target)
                      GROUP BY m.article_id, m.entity_id)
                GROUP BY entity_id) r
    WHERE t.id = f.id AND t.articles * 2 <= p.total
    UNION ALL
    SELECT target_id, entity_id, count(*)
    FROM (SELECT t.id AS target_id, m.article_id, m.entity_id
          FROM target t
          CROSS JOIN params p
          CROSS JOIN mentions m INDEXED BY mentions_article
          WHERE t.id > (SELECT min(id) FROM target) AND t.articles * 2 <= p.total
            AND m.article_id IN (SELECT x.article_id FROM mentions x INDEXED BY mentions_entity
                                 WHERE x.entity_id = t.id)
            AND m.entity_id <> t.id
          GROUP BY t.id, m.article_id, m.entity_id)
    GROUP BY target_id, entity_id
),
-- Entities in more than half: partner's articles minus those without the entity.
target_common_missing AS (
    SELECT target_id, entity_id AS partner_id, count(*) AS n
    FROM (SELECT t.id AS target_id, m.article_id, m.entity_id
          FROM target t
          CROSS JOIN params p
          CROSS JOIN mentions m INDEXED BY mentions_article
          WHERE t.articles * 2 > p.total
            AND m.article_id IN (SELECT a.id FROM articles a
                                 WHERE NOT EXISTS (SELECT 1 FROM mentions x INDEXED BY mentions_entity
                                                   WHERE x.entity_id = t.id AND x.article_id = a.id))
          GROUP BY t.id, m.article_id, m.entity_id)
    GROUP BY target_id, entity_id
),
target_common AS (
    SELECT t.id AS target_id, e.id AS partner_id, e.articles - coalesce(c.n, 0) AS n
    FROM target t
    CROSS JOIN params p
    CROSS JOIN entities e
    LEFT JOIN target_common_missing c ON c.target_id = t.id AND c.partner_id = e.id
    WHERE t.articles * 2 > p.total AND e.id <> t.id AND e.articles > 0
),
with_entity AS (
    SELECT target_id AS a, partner_id AS b, n FROM target_rare
    UNION ALL
    SELECT target_id, partner_id, n FROM target_common
),
-- ---- without `entity` ---------------------------------------------------------
seed AS MATERIALIZED (
    SELECT id, 1 << (row_number() OVER (ORDER BY articles DESC, id) - 1) AS bit
    FROM entities
    WHERE :entity IS NULL AND articles > 0 AND (:kind IS NULL OR kind = :kind)
      AND (:kind IS NULL OR :kind = 'person')
    ORDER BY articles DESC, id
    LIMIT 16
),
-- One mask per article: the sum of the bits of the seed entities it names. Only the seed's own
-- mentions are read, through mentions_entity, whose order makes the DISTINCT free; even when
-- the seed holds nearly half of all mentions this beats one pass over mentions_article.
seed_article_masks AS (
    SELECT d.article_id, sum(s.bit) AS mask
    FROM (SELECT DISTINCT m.entity_id, m.article_id
          FROM mentions m INDEXED BY mentions_entity
          WHERE m.entity_id IN (SELECT id FROM seed)) d
    CROSS JOIN seed s ON s.id = d.entity_id
    GROUP BY d.article_id
),
seed_masks AS MATERIALIZED (
    SELECT mask, count(*) AS n FROM seed_article_masks GROUP BY mask
),
seed_pairs AS MATERIALIZED (
    SELECT x.id AS a, y.id AS b, sum(k.n) AS n
    FROM seed x
    JOIN seed y ON y.bit > x.bit
    JOIN seed_masks k ON k.mask & (x.bit | y.bit) = (x.bit | y.bit)
    GROUP BY x.id, y.id
),
bound AS MATERIALIZED (
    SELECT b.b,
           NOT EXISTS (SELECT 1 FROM entities e
                       WHERE e.articles >= b.b AND (:kind IS NULL OR e.kind = :kind)
                         AND e.id NOT IN (SELECT id FROM seed)) AS exact
    FROM (SELECT CASE WHEN p.lim < 0 THEN p.min_n
                      ELSE max(p.min_n,
                               coalesce((SELECT r.n
                                         FROM (SELECT n, row_number() OVER (ORDER BY n DESC) AS rank
                                               FROM seed_pairs) r
                                         WHERE r.rank = p.lim), p.min_n))
                 END AS b
          FROM params p) b
    WHERE :entity IS NULL AND (:kind IS NULL OR :kind = 'person')
),
candidates AS (
    -- (entity, article) first, in mentions_entity's order, so DISTINCT needs no sort
    SELECT DISTINCT m.entity_id, m.article_id
    FROM mentions m INDEXED BY mentions_entity
    WHERE m.entity_id IN (SELECT e.id FROM bound d CROSS JOIN entities e
                          WHERE NOT d.exact AND e.articles >= d.b
                            AND (:kind IS NULL OR e.kind = :kind))
),
all_pairs AS (
    SELECT n.a, n.b, n.n FROM seed_pairs n, bound d WHERE d.exact
    UNION ALL
    SELECT x.entity_id, y.entity_id, count(*)
    FROM bound d
    CROSS JOIN candidates x
    JOIN candidates y ON y.article_id = x.article_id AND y.entity_id > x.entity_id
    WHERE NOT d.exact
    GROUP BY x.entity_id, y.entity_id
    UNION ALL
    SELECT c.entity_a, c.entity_b, c.articles
    FROM params p
    CROSS JOIN entity_pairs c
    CROSS JOIN entities e ON e.id = c.entity_a
    WHERE :entity IS NULL AND :kind <> 'person' AND e.kind = :kind AND c.articles >= max(p.min_n, 1)
),
pairs AS (
    SELECT a, b, n FROM with_entity
    UNION ALL
    -- the alphabetically first name on the left
    SELECT CASE WHEN (ea.name, ea.id) < (eb.name, eb.id) THEN p.a ELSE p.b END,
           CASE WHEN (ea.name, ea.id) < (eb.name, eb.id) THEN p.b ELSE p.a END,
           p.n
    FROM all_pairs p
    CROSS JOIN entities ea ON ea.id = p.a
    CROSS JOIN entities eb ON eb.id = p.b
)
SELECT x.id AS entity_a_id,
       x.name AS entity_a,
       x.kind AS kind_a,
       y.id AS entity_b_id,
       y.name AS entity_b,
       y.kind AS kind_b,
       p.n AS shared_articles
FROM pairs p
CROSS JOIN entities x ON x.id = p.a
CROSS JOIN entities y ON y.id = p.b
CROSS JOIN params
WHERE p.n >= params.min_n
  AND (:kind IS NULL OR y.kind = :kind)
ORDER BY shared_articles DESC, entity_a, entity_b, entity_a_id, entity_b_id
LIMIT (SELECT lim FROM params);
