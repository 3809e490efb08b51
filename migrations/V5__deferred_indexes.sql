-- newsdb schema, version 5: a large load builds its most scattered indexes once, at the end.
--
-- When an ingest run has stored at least as many articles as the database held when it
-- began (and a full batch), it sets aside the indexes whose inserts land all over the file
-- (mentions_entity, quotes_text_key, quotes_speaker) and builds them again, sorted, when it
-- finishes. Whatever sets them aside records them here in the same transaction, so a run
-- that is killed leaves this table saying what is missing: the next ingest or reindex that
-- finishes (even one with nothing new to add) builds them and empties it. Queries give the
-- same answers meanwhile, only slower.
CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY,   -- the index, as in sqlite_schema
    sql  TEXT NOT NULL       -- the CREATE INDEX statement that builds it again
) STRICT;
