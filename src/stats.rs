//! Counts of what the database holds.

use rusqlite::Connection;

use crate::error::Result;

/// (label, count) pairs: articles, files, entities by kind, mentions, quotes, runs, failures.
pub fn counts(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let mut out = Vec::new();
    for (label, sql) in [
        ("articles", "SELECT count(*) FROM articles"),
        ("files", "SELECT count(*) FROM files"),
        ("entities", "SELECT count(*) FROM entities"),
    ] {
        out.push((label.to_string(), conn.query_row(sql, [], |r| r.get(0))?));
    }
    let mut stmt =
        conn.prepare("SELECT kind, count(*) FROM entities GROUP BY kind ORDER BY kind")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
        let (kind, n) = row?;
        out.push((format!("  {kind}"), n));
    }
    for (label, sql) in [
        ("mentions", "SELECT count(*) FROM mentions"),
        ("quotes", "SELECT count(*) FROM quotes"),
        (
            "  with a named speaker",
            "SELECT count(*) FROM quotes WHERE speaker_id IS NOT NULL",
        ),
        ("runs", "SELECT count(*) FROM runs"),
        ("failures", "SELECT count(*) FROM failures"),
    ] {
        out.push((label.to_string(), conn.query_row(sql, [], |r| r.get(0))?));
    }
    Ok(out)
}
