-- name: entity-profile
-- description: Everything about one entity: its aliases, the articles naming it, its quotes and the quotes around it
-- param: entity: the entity's id, canonical name or any alias it was written as, ignoring case; no rows when not given
-- param: section: show only this section (entity, article, quote-by or quote-in); all when not given
-- param: limit = 100: show at most this many rows in each of the article, quote-by and quote-in sections (the first articles, in the order they were stored); -1 for all
-- One statement, several sections, told apart by the `section` column:
--   entity    one row per matching entity: `articles`, `mentions`, `quotes`
--             (quotes attributed to it) and, in `detail`, every alias seen;
--   article   each article that names it, with `mentions` and `quotes` in it;
--   quote-by  each quotation attributed to it (`speaker` as written, e.g. "he");
--   quote-in  the other quotations in articles that name it, with their speaker.
-- A name shared by two entities of different kinds (Georgia the place and
-- Georgia the person) profiles both, one after the other; `limit` then counts
-- the rows of a section for all of them together. The entity row's
-- `articles` and `mentions` are entities.articles and entities.mentions, so
-- they count everything even when the sections are cut at `limit`.
-- (MATERIALIZED, CROSS JOIN and INDEXED BY pin the plan: find the entity, then
-- its mentions and quotes through their indexes, stopping at `limit`. Left to
-- itself SQLite may scan every mention, quote or article, misjudging how few
-- rows the entity has.)
WITH target AS MATERIALIZED (
    SELECT e.id, e.name, e.kind, e.articles, e.mentions
    FROM entities e
    WHERE e.id = :entity
       OR e.name = :entity COLLATE NOCASE
       OR e.id IN (SELECT ea.entity_id FROM entity_aliases ea
                   WHERE ea.alias = :entity COLLATE NOCASE)
),
-- the first `limit` articles naming it, with its mentions in each
target_articles AS MATERIALIZED (
    SELECT t.id AS entity_id, t.name, t.kind, m.article_id, count(*) AS mentions
    FROM target t
    CROSS JOIN mentions m INDEXED BY mentions_entity ON m.entity_id = t.id
    WHERE :section IS NULL OR :section = 'article'
    GROUP BY t.id, m.article_id
    ORDER BY t.id, m.article_id
    LIMIT coalesce(:limit, 100)
),
quotes_by AS (
    SELECT t.id AS entity_id, t.name, t.kind, q.id, q.article_id, q.speaker, q.kind AS quote_kind,
           q.text, q.start_char
    FROM target t
    CROSS JOIN quotes q INDEXED BY quotes_speaker ON q.speaker_id = t.id
    WHERE :section IS NULL OR :section = 'quote-by'
    ORDER BY t.id, q.article_id, q.start_char, q.id
    LIMIT coalesce(:limit, 100)
),
quotes_in AS (
    SELECT t.id AS entity_id, t.name, t.kind, q.id, q.article_id, q.speaker, q.speaker_id,
           q.kind AS quote_kind, q.text, q.start_char
    FROM target t
    CROSS JOIN quotes q INDEXED BY quotes_article
    WHERE q.article_id IN (SELECT m.article_id FROM mentions m INDEXED BY mentions_entity
                           WHERE m.entity_id = t.id)
      AND q.speaker_id IS NOT t.id
      AND (:section IS NULL OR :section = 'quote-in')
    ORDER BY t.id, q.article_id, q.start_char, q.id
    LIMIT coalesce(:limit, 100)
),
profile AS (
    SELECT 1 AS part, 'entity' AS section, t.id AS entity_id, t.name AS entity_name,
           t.kind AS entity_kind, NULL AS article_id, NULL AS title, NULL AS source,
           t.articles AS articles,
           t.mentions AS mentions,
           (SELECT count(*) FROM quotes q INDEXED BY quotes_speaker
            WHERE q.speaker_id = t.id) AS quotes,
           NULL AS quote_id, NULL AS speaker_name, NULL AS speaker, NULL AS quote_kind,
           (SELECT group_concat(alias, '; ')
            FROM (SELECT ea.alias FROM entity_aliases ea
                  WHERE ea.entity_id = t.id ORDER BY ea.alias)) AS detail,
           NULL AS position
    FROM target t
    WHERE :section IS NULL OR :section = 'entity'
    UNION ALL
    SELECT 2, 'article', ta.entity_id, ta.name, ta.kind, a.id, a.title, a.source,
           NULL, ta.mentions,
           (SELECT count(*) FROM quotes q INDEXED BY quotes_article
            WHERE q.article_id = a.id AND q.speaker_id = ta.entity_id),
           NULL, NULL, NULL, NULL, NULL, NULL
    FROM target_articles ta
    CROSS JOIN articles a ON a.id = ta.article_id
    WHERE :section IS NULL OR :section = 'article'
    UNION ALL
    SELECT 3, 'quote-by', b.entity_id, b.name, b.kind, a.id, a.title, a.source,
           NULL, NULL, NULL,
           b.id, b.name, b.speaker, b.quote_kind, b.text, b.start_char
    FROM quotes_by b
    CROSS JOIN articles a ON a.id = b.article_id
    UNION ALL
    SELECT 4, 'quote-in', i.entity_id, i.name, i.kind, a.id, a.title, a.source,
           NULL, NULL, NULL,
           i.id, s.name, i.speaker, i.quote_kind, i.text, i.start_char
    FROM quotes_in i
    CROSS JOIN articles a ON a.id = i.article_id
    LEFT JOIN entities s ON s.id = i.speaker_id
)
SELECT section, entity_id, entity_name, entity_kind, article_id, title, source,
       articles, mentions, quotes, quote_id, speaker_name, speaker, quote_kind, detail
FROM profile
ORDER BY entity_id, part, article_id, position, quote_id;
