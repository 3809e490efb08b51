-- name: who-said-what
-- description: Quotations with who said them and where they were published, article by article
-- param: speaker: keep quotes whose speaker (canonical name, any alias, or as written) contains this text, ignoring case; all when not given
-- param: source: keep quotes from this outlet (exact name, ignoring case); all when not given
-- param: kind: full or partial; both when not given
-- param: limit = 100: show at most this many quotes; -1 for all (every quote of a large corpus is a long list)
-- `speaker_name` is the canonical name of the person the quote was attributed
-- to, when the speaker is a named or resolved person; `speaker` is the speaker
-- exactly as the article wrote it ("Stoltenberg", "he", "a senior official").
-- `speaker` is NULL when the text names no speaker for the quote; the quote
-- may still have a `speaker_name` when it continues a known person's words.
-- `kind` is "full" for a whole quoted utterance and "partial" for a quoted
-- fragment inside reported speech.
-- Quotes are listed article by article, in the order they appear in the text.
-- Case folding is ASCII-only (SQLite's lower()): "É" and "é" differ.
-- (Speed: with `speaker`, the people whose name or an alias contains it are
-- found first and their quotes read through quotes_speaker; the speaker as
-- written is searched in the quotes_text_key index, not the table. Articles
-- are looked up only for the quotes that are shown.)
WITH speaker_ids AS (
    SELECT e.id FROM entities e
    WHERE instr(lower(e.name), lower(:speaker)) > 0
    UNION
    SELECT ea.entity_id FROM entity_aliases ea INDEXED BY entity_aliases_alias
    WHERE instr(lower(ea.alias), lower(:speaker)) > 0
),
speaker_quotes AS (
    SELECT q.id FROM quotes q INDEXED BY quotes_speaker
    WHERE q.speaker_id IN (SELECT id FROM speaker_ids)
    UNION
    SELECT q.id FROM quotes q INDEXED BY quotes_text_key
    WHERE instr(lower(q.speaker), lower(:speaker)) > 0
),
source_articles AS (
    SELECT a.id FROM articles a INDEXED BY articles_source
    WHERE a.source = :source COLLATE NOCASE
),
picked AS (
    SELECT * FROM (
        SELECT q.id
        FROM quotes q
        WHERE :speaker IS NULL
          AND (:source IS NULL OR q.article_id IN (SELECT id FROM source_articles))
          AND (:kind IS NULL OR q.kind = :kind)
        ORDER BY q.article_id, q.start_char, q.id
        LIMIT coalesce(:limit, 100))
    UNION ALL
    SELECT * FROM (
        SELECT q.id
        FROM speaker_quotes s
        CROSS JOIN quotes q ON q.id = s.id
        WHERE :speaker IS NOT NULL
          AND (:source IS NULL OR q.article_id IN (SELECT id FROM source_articles))
          AND (:kind IS NULL OR q.kind = :kind)
        ORDER BY q.article_id, q.start_char, q.id
        LIMIT coalesce(:limit, 100))
)
SELECT q.id AS quote_id,
       a.id AS article_id,
       a.title,
       a.source,
       a.published,
       e.name AS speaker_name,
       q.speaker,
       q.cue,
       q.kind,
       q.text AS quote
FROM picked p
CROSS JOIN quotes q ON q.id = p.id
CROSS JOIN articles a ON a.id = q.article_id
LEFT JOIN entities e ON e.id = q.speaker_id
ORDER BY a.id, q.start_char, q.id;
