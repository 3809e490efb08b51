//! Export a whole table or view.

use rusqlite::Connection;

use crate::error::{Error, Result};

/// The SQL that selects all of `name`, after checking it is a table or view of the database.
pub fn select_all(conn: &Connection, name: &str) -> Result<String> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')
           AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' ORDER BY type, name",
    )?;
    let names: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if !names.iter().any(|n| n == name) {
        return Err(Error::Usage(format!(
            "no table or view named {name:?}; there are: {}",
            names.join(", ")
        )));
    }
    Ok(format!("SELECT * FROM \"{}\"", name.replace('"', "\"\"")))
}
