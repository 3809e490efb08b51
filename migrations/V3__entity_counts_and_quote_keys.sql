-- newsdb schema, version 3: per-entity counts kept up to date, so "top entities" and the
-- entity_counts view answer at once on a large database, and a covering index for grouping
-- quotations across articles.

-- How many articles mention the entity, and how many mentions it has in all. newsdb keeps
-- them current as it stores and re-extracts articles; deleting mentions by hand keeps them
-- current too (trigger below). After inserting mentions by hand, recompute them with the
-- UPDATE at the end of this file.
ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;

UPDATE entities
SET mentions = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id),
    articles = (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = entities.id);

CREATE TRIGGER mentions_ad AFTER DELETE ON mentions BEGIN
    UPDATE entities
    SET mentions = mentions - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM mentions m
                                          WHERE m.article_id = old.article_id
                                            AND m.entity_id = old.entity_id)
    WHERE id = old.entity_id;
END;

DROP VIEW entity_counts;
CREATE VIEW entity_counts AS
SELECT e.id AS entity_id, e.name, e.kind, e.articles, e.mentions
FROM entities e;

-- shared-quotes groups quotations by text_key and counts their articles: with article_id and
-- kind in the index it never has to visit the quotes table for that.
DROP INDEX quotes_text_key;
CREATE INDEX quotes_text_key ON quotes(text_key, article_id, kind);
