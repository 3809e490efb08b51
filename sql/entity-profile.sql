-- name: entity-profile
-- description: Everything about one entity: its aliases, the articles naming it, its quotes and the quotes around it
-- param: entity: the entity's id, canonical name or any alias it was written as, ignoring case; no rows when not given
-- param: section: show only this section (entity, article, quote-by or quote-in); all when not given
-- One statement, several sections, told apart by the `section` column:
--   entity    one row per matching entity: `articles`, `mentions`, `quotes`
--             (quotes attributed to it) and, in `detail`, every alias seen;
--   article   each article that names it, with `mentions` and `quotes` in it;
--   quote-by  each quotation attributed to it (`speaker` as written, e.g. "he");
--   quote-in  the other quotations in articles that name it, with their speaker.
-- A name shared by two entities of different kinds (Georgia the place and
-- Georgia the person) profiles both, one after the other. (MATERIALIZED,
-- CROSS JOIN and INDEXED BY pin the plan: find the entity, then its mentions
-- and quotes through their indexes. Left to itself SQLite may scan every
-- mention, quote or article, misjudging how few rows the entity has.)
WITH target AS MATERIALIZED (
    SELECT e.id, e.name, e.kind
    FROM entities e
    WHERE e.id = :entity
       OR e.name = :entity COLLATE NOCASE
       OR e.id IN (SELECT ea.entity_id FROM entity_aliases ea
                   WHERE ea.alias = :entity COLLATE NOCASE)
),
target_articles AS (
    SELECT t.id AS entity_id, t.name, t.kind, m.article_id, count(*) AS mentions
    FROM target t
    CROSS JOIN mentions m INDEXED BY mentions_entity ON m.entity_id = t.id
    GROUP BY t.id, m.article_id
),
profile AS (
    SELECT 1 AS part, 'entity' AS section, t.id AS entity_id, t.name AS entity_name,
           t.kind AS entity_kind, NULL AS article_id, NULL AS title, NULL AS source,
           (SELECT count(*) FROM target_articles ta WHERE ta.entity_id = t.id) AS articles,
           (SELECT coalesce(sum(ta.mentions), 0) FROM target_articles ta
            WHERE ta.entity_id = t.id) AS mentions,
           (SELECT count(*) FROM quotes q WHERE q.speaker_id = t.id) AS quotes,
           NULL AS quote_id, NULL AS speaker_name, NULL AS speaker, NULL AS quote_kind,
           (SELECT group_concat(alias, '; ')
            FROM (SELECT ea.alias FROM entity_aliases ea
                  WHERE ea.entity_id = t.id ORDER BY ea.alias)) AS detail,
           NULL AS position
    FROM target t
    UNION ALL
    SELECT 2, 'article', ta.entity_id, ta.name, ta.kind, a.id, a.title, a.source,
           NULL, ta.mentions,
           (SELECT count(*) FROM quotes q
            WHERE q.article_id = a.id AND q.speaker_id = ta.entity_id),
           NULL, NULL, NULL, NULL, NULL, NULL
    FROM target_articles ta
    CROSS JOIN articles a ON a.id = ta.article_id
    UNION ALL
    SELECT 3, 'quote-by', t.id, t.name, t.kind, a.id, a.title, a.source,
           NULL, NULL, NULL,
           q.id, t.name, q.speaker, q.kind, q.text, q.start_char
    FROM target t
    CROSS JOIN quotes q INDEXED BY quotes_speaker ON q.speaker_id = t.id
    CROSS JOIN articles a ON a.id = q.article_id
    UNION ALL
    SELECT 4, 'quote-in', ta.entity_id, ta.name, ta.kind, a.id, a.title, a.source,
           NULL, NULL, NULL,
           q.id, s.name, q.speaker, q.kind, q.text, q.start_char
    FROM target_articles ta
    CROSS JOIN quotes q INDEXED BY quotes_article ON q.article_id = ta.article_id
    CROSS JOIN articles a ON a.id = q.article_id
    LEFT JOIN entities s ON s.id = q.speaker_id
    WHERE q.speaker_id IS NOT ta.entity_id
)
SELECT section, entity_id, entity_name, entity_kind, article_id, title, source,
       articles, mentions, quotes, quote_id, speaker_name, speaker, quote_kind, detail
FROM profile
WHERE :section IS NULL OR section = :section
ORDER BY entity_id, part, article_id, position, quote_id;
