-- name: who-said-what
-- description: Every quotation with who said it and where it was published
-- param: speaker: keep quotes whose speaker (canonical name, any alias, or as written) contains this text, ignoring case; all when not given
-- param: source: keep quotes from this outlet (exact name, ignoring case); all when not given
-- param: kind: full or partial; both when not given
-- param: limit: show at most this many quotes; all when not given
-- `speaker_name` is the canonical name of the person the quote was attributed
-- to, when the speaker is a named or resolved person; `speaker` is the speaker
-- exactly as the article wrote it ("Stoltenberg", "he", "a senior official").
-- `speaker` is NULL when the text names no speaker for the quote; the quote
-- may still have a `speaker_name` when it continues a known person's words.
-- `kind` is "full" for a whole quoted utterance and "partial" for a quoted
-- fragment inside reported speech.
-- Quotes are listed article by article, in the order they appear in the text.
-- Case folding is ASCII-only (SQLite's lower()): "É" and "é" differ.
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
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN entities e ON e.id = q.speaker_id
WHERE (:speaker IS NULL
       OR instr(lower(e.name), lower(:speaker)) > 0
       OR instr(lower(q.speaker), lower(:speaker)) > 0
       OR EXISTS (SELECT 1 FROM entity_aliases ea
                  WHERE ea.entity_id = q.speaker_id
                    AND instr(lower(ea.alias), lower(:speaker)) > 0))
  AND (:source IS NULL OR a.source = :source COLLATE NOCASE)
  AND (:kind IS NULL OR q.kind = :kind)
ORDER BY a.id, q.start_char, q.id
LIMIT coalesce(:limit, -1);
