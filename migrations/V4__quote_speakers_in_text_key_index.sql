-- newsdb schema, version 4: the quotation index used by the saved reports also carries who
-- was quoted, so they never have to read the quotes table row by row.

-- shared-quotes lists every speaker of a quotation carried by thousands of articles, and
-- who-said-what looks for a speaker as written in every quote: with speaker_id and speaker in
-- this index both read only the index (a fraction of the table, which holds the quoted
-- text). Same leading columns as before, so grouping by text_key is unchanged.
DROP INDEX quotes_text_key;
CREATE INDEX quotes_text_key ON quotes(text_key, article_id, kind, speaker_id, speaker);
