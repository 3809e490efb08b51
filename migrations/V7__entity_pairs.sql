-- newsdb schema, version 7: how many articles name each pair of places (and each pair of
-- organizations, nationalities or events), kept up to date, so "which places are reported
-- together" answers at once on a large database.
--
-- Counting those pairs at query time means joining every article's entities with each
-- other: on 100,000 generated articles, where about 70 places are each in 12,000 articles,
-- no bound can skip any of the 4.9 million place pairs, and `co-mentions kind=place` took
-- 4 s. Kept here, it reads a few thousand rows. Persons are left out: their names are an
-- open vocabulary (89,000 on those articles), so their pairs would be a table as big as
-- `mentions`, and the report's bound does work for them (a few names lead).
--
-- One row per pair of entities of the same kind, other than person, named together in at
-- least one article; entity_a < entity_b. newsdb adds to it as it stores articles and takes
-- re-extracted articles off it; deleting mentions by hand takes away from it through the
-- trigger below. After inserting mentions by hand, recompute it with the DELETE and INSERT
-- at the end of this file.
CREATE TABLE entity_pairs (
    entity_a INTEGER NOT NULL REFERENCES entities(id),
    entity_b INTEGER NOT NULL REFERENCES entities(id),
    articles INTEGER NOT NULL,                 -- distinct articles that name both
    PRIMARY KEY (entity_a, entity_b)
) STRICT, WITHOUT ROWID;

-- Holds a row only inside `newsdb reindex`'s own transactions, which take each article's
-- pairs off themselves before deleting its mentions (the trigger below, row by row, made
-- re-extraction half again as slow); no other connection ever sees the row.
CREATE TABLE entity_pairs_paused (paused INTEGER NOT NULL) STRICT;

-- When an article loses its last mention of a counted entity, each pair of it with an entity
-- the article still names loses that article. (Both sides' last mentions go, one after the
-- other; the pair is taken off once, when the first goes.) A pair taken down to 0 here stays,
-- with 0, until `newsdb reindex` ends.
CREATE TRIGGER mentions_ad_pairs AFTER DELETE ON mentions
WHEN NOT EXISTS (SELECT 1 FROM entity_pairs_paused)
 AND NOT EXISTS (SELECT 1 FROM mentions m
                 WHERE m.article_id = old.article_id AND m.entity_id = old.entity_id)
 AND (SELECT kind FROM entities WHERE id = old.entity_id) <> 'person'
BEGIN
    UPDATE entity_pairs SET articles = articles - 1
    WHERE (entity_a, entity_b) IN (SELECT min(old.entity_id, n.entity_id), max(old.entity_id, n.entity_id)
                                   FROM (SELECT DISTINCT m.entity_id FROM mentions m
                                         WHERE m.article_id = old.article_id) n);
END;

-- The counts of the articles stored so far: each article's counted entities once, in
-- article order, joined with each other.
DELETE FROM entity_pairs;
INSERT INTO entity_pairs(entity_a, entity_b, articles)
WITH named AS MATERIALIZED (
    SELECT DISTINCT m.article_id, m.entity_id, e.kind
    FROM mentions m INDEXED BY mentions_article
    JOIN entities e ON e.id = m.entity_id
    WHERE e.kind <> 'person'
)
SELECT x.entity_id, y.entity_id, count(*)
FROM named x
JOIN named y ON y.article_id = x.article_id AND y.kind = x.kind AND y.entity_id > x.entity_id
GROUP BY x.entity_id, y.entity_id;
