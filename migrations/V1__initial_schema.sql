-- newsdb schema, version 1. This file has landed: never edit it; add V2__… instead.
-- Offsets (start_char, end_char) are 0-based Unicode code point offsets into
-- articles.body, end exclusive: substr(body, start_char + 1, end_char - start_char) = text.

-- One row per `newsdb ingest` run.
CREATE TABLE runs (
    id              INTEGER PRIMARY KEY,
    started         TEXT NOT NULL,             -- UTC, ISO 8601
    finished        TEXT,                      -- NULL while running or if the run was killed
    newsdb_version  TEXT NOT NULL,
    files_seen      INTEGER NOT NULL DEFAULT 0,
    files_new       INTEGER NOT NULL DEFAULT 0, -- new articles
    files_unchanged INTEGER NOT NULL DEFAULT 0, -- skipped by the stat check or same hash
    files_duplicate INTEGER NOT NULL DEFAULT 0, -- content already stored under another path
    files_failed    INTEGER NOT NULL DEFAULT 0
) STRICT;

-- One row per distinct article text (identity = blake3 of the normalised text).
CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    content_hash      TEXT NOT NULL UNIQUE,    -- blake3 hex of the decoded, normalised file text
    title             TEXT,
    source            TEXT,                    -- the outlet, from front matter or inferred
    url               TEXT,
    published         TEXT,
    body              TEXT NOT NULL,           -- cleaned article text; offsets point into it
    word_count        INTEGER NOT NULL,
    extractor_version INTEGER NOT NULL,        -- which extractor produced its mentions and quotes
    run_id            INTEGER REFERENCES runs(id),
    ingested_at       TEXT NOT NULL
) STRICT;
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_run ON articles(run_id);

-- Every input file seen; several files may share one article.
CREATE TABLE files (
    id         INTEGER PRIMARY KEY,
    path       TEXT NOT NULL UNIQUE,           -- absolute path as given to ingest
    article_id INTEGER NOT NULL REFERENCES articles(id),
    size       INTEGER NOT NULL,               -- bytes
    mtime      INTEGER NOT NULL,               -- modification time, nanoseconds since the Unix epoch
    inode      INTEGER,
    encoding   TEXT NOT NULL,                  -- utf-8, utf-16le, utf-16be, windows-1252
    seen_at    TEXT NOT NULL,                  -- when size/mtime were recorded (UTC)
    run_id     INTEGER REFERENCES runs(id)
) STRICT;
CREATE INDEX files_article ON files(article_id);
CREATE INDEX files_run ON files(run_id);

-- Files an ingest run could not take, and why.
CREATE TABLE failures (
    id     INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    path   TEXT NOT NULL,
    reason TEXT NOT NULL
) STRICT;
CREATE INDEX failures_run ON failures(run_id);

-- People, organizations and places; one row per real-world entity.
CREATE TABLE entities (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                        -- canonical name: the fullest common form
    kind TEXT NOT NULL,                        -- person | organization | place | nationality
    key  TEXT NOT NULL,                        -- normalised identity key (case, accents, transliteration folded)
    UNIQUE (kind, key)
) STRICT;
CREATE INDEX entities_name ON entities(name);

-- Every surface form an entity was written as.
CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) STRICT, WITHOUT ROWID;
CREATE INDEX entity_aliases_alias ON entity_aliases(alias);

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    entity_id  INTEGER NOT NULL REFERENCES entities(id),
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL
) STRICT;
CREATE INDEX mentions_article ON mentions(article_id, entity_id);
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);

-- Direct quotations (kind 'full'), quoted fragments inside reported speech ('partial').
CREATE TABLE quotes (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id),
    text          TEXT NOT NULL,               -- the quotation without its marks
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    kind          TEXT NOT NULL,               -- full | partial
    speaker       TEXT,                        -- as written: "Kuleba", "he", "a senior U.S. official"
    speaker_start INTEGER,
    speaker_end   INTEGER,
    speaker_id    INTEGER REFERENCES entities(id), -- the person, when the speaker is a named one
    cue           TEXT,                        -- the reporting verb ("said", "told", "according to")
    rule          TEXT NOT NULL,               -- which attribution pattern matched
    text_key      TEXT NOT NULL                -- blake3 of the text folded (case, punctuation): equal across outlets
) STRICT;
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_text_key ON quotes(text_key);

-- Full-text search (external content; Datasette and sqlite-utils detect these).
-- newsdb adds new rows to the indexes itself, once per batch (an insert trigger would make
-- FTS5 flush its buffer on every row); the triggers below keep them in step when rows are
-- edited or deleted by hand.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content="articles", content_rowid="id",
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, content="quotes", content_rowid="id",
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
END;
CREATE TRIGGER quotes_au AFTER UPDATE OF text, speaker ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;

-- Quotations with their speaker's canonical name and their article.
CREATE VIEW quote_details AS
SELECT q.id AS quote_id, q.article_id, a.title, a.source, a.published,
       q.speaker, e.name AS speaker_name, q.speaker_id, q.cue, q.kind, q.rule, q.text,
       q.start_char, q.end_char, q.text_key
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN entities e ON e.id = q.speaker_id;

-- Mentions with their entity and article.
CREATE VIEW mention_details AS
SELECT m.id AS mention_id, m.article_id, a.title, a.source, m.entity_id, e.name, e.kind,
       m.text, m.start_char, m.end_char
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN articles a ON a.id = m.article_id;

-- Each entity with how many articles mention it and how often.
CREATE VIEW entity_counts AS
SELECT e.id AS entity_id, e.name, e.kind,
       count(DISTINCT m.article_id) AS articles, count(m.id) AS mentions
FROM entities e
LEFT JOIN mentions m ON m.entity_id = e.id
GROUP BY e.id;

-- Each article with its counts of files, mentions and quotes.
CREATE VIEW article_summary AS
SELECT a.id AS article_id, a.title, a.source, a.published, a.url, a.word_count,
       (SELECT count(*) FROM files f WHERE f.article_id = a.id) AS files,
       (SELECT count(DISTINCT m.entity_id) FROM mentions m WHERE m.article_id = a.id) AS entities,
       (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
FROM articles a;
