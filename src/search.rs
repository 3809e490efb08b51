//! Full-text search over article bodies and titles, or over quotations.

use rusqlite::Connection;

use crate::error::{Error, Result};

/// Build the SQL for a search: article hits with a snippet, or quotation hits with speaker.
pub fn sql(quotes: bool) -> &'static str {
    if quotes {
        "SELECT q.id AS quote_id, q.article_id, a.title, a.source,
                coalesce(e.name, q.speaker) AS speaker,
                snippet(quotes_fts, 0, '[', ']', '…', 16) AS snippet
         FROM quotes_fts
         JOIN quotes q ON q.id = quotes_fts.rowid
         JOIN articles a ON a.id = q.article_id
         LEFT JOIN entities e ON e.id = q.speaker_id
         WHERE quotes_fts MATCH :query
         ORDER BY bm25(quotes_fts), q.id
         LIMIT :limit"
    } else {
        "SELECT a.id AS article_id, a.title, a.source, a.published,
                snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
         FROM articles_fts
         JOIN articles a ON a.id = articles_fts.rowid
         WHERE articles_fts MATCH :query
         ORDER BY bm25(articles_fts), a.id
         LIMIT :limit"
    }
}

/// The user's terms as an FTS5 query: as given when it parses, else each term quoted.
pub fn query(conn: &Connection, terms: &str, quotes: bool) -> Result<String> {
    let table = if quotes { "quotes_fts" } else { "articles_fts" };
    let probe = format!("SELECT count(*) FROM {table} WHERE {table} MATCH ?1 LIMIT 1");
    if conn
        .query_row(&probe, [terms], |r| r.get::<_, i64>(0))
        .is_ok()
    {
        return Ok(terms.to_string());
    }
    let quoted: Vec<String> = terms
        .split_whitespace()
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect();
    if quoted.is_empty() {
        return Err(Error::Usage("give some words to search for".into()));
    }
    Ok(quoted.join(" "))
}
