//! Saved reports: SQL files with a header naming them, their purpose and parameters,
//! bundled from `sql/` or read from a user's own file, run read-only with bound parameters.

use std::path::Path;

use rusqlite::Connection;
use rusqlite::types::Value;

use crate::db;
use crate::error::{Error, Result};

include!(concat!(env!("OUT_DIR"), "/reports.rs"));

/// One parameter a report takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    /// Its name, bound as `:name`.
    pub name: String,
    /// Its value when not given; `None` binds NULL (the filter is off).
    pub default: Option<String>,
    /// What it means.
    pub description: String,
}

/// A saved report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Its name (the file stem).
    pub name: String,
    /// One line on what it shows.
    pub description: String,
    /// Its parameters.
    pub params: Vec<Param>,
    /// The whole file, header included (SQLite ignores the comments).
    pub sql: String,
}

/// Parse a report file's header. `stem` names it when the header does not.
pub fn parse(stem: &str, text: &str) -> Report {
    let mut name = stem.to_string();
    let mut description = String::new();
    let mut params = Vec::new();
    for line in text.lines() {
        let Some(comment) = line.trim_start().strip_prefix("--") else {
            if line.trim().is_empty() {
                continue;
            }
            break;
        };
        let comment = comment.trim();
        if let Some(v) = comment.strip_prefix("name:") {
            name = v.trim().to_string();
        } else if let Some(v) = comment.strip_prefix("description:") {
            description = v.trim().to_string();
        } else if let Some(v) = comment.strip_prefix("param:") {
            let (head, desc) = v.split_once(':').unwrap_or((v, ""));
            let (pname, default) = match head.split_once('=') {
                Some((n, d)) => (n.trim(), Some(d.trim().to_string())),
                None => (head.trim(), None),
            };
            params.push(Param {
                name: pname.to_string(),
                default,
                description: desc.trim().to_string(),
            });
        }
    }
    Report {
        name,
        description,
        params,
        sql: text.to_string(),
    }
}

/// Every bundled report, in name order.
pub fn bundled() -> Vec<Report> {
    BUNDLED
        .iter()
        .map(|(stem, text)| parse(stem, text))
        .collect()
}

/// Find a report by bundled name, or read a `.sql` file the user points at.
pub fn load(name_or_path: &str) -> Result<Report> {
    if let Some(r) = bundled().into_iter().find(|r| r.name == name_or_path) {
        return Ok(r);
    }
    let path = Path::new(name_or_path);
    if name_or_path.ends_with(".sql") || path.exists() {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let stem = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        return Ok(parse(&stem, &text));
    }
    let names: Vec<String> = bundled().into_iter().map(|r| r.name).collect();
    Err(Error::Report(format!(
        "no report named {name_or_path:?}; saved reports: {} (or give a path to a .sql file)",
        names.join(", ")
    )))
}

/// Bind a text value as an integer or real when it reads as one, so `LIMIT :limit` works.
fn typed(v: &str) -> Value {
    if let Ok(i) = v.parse::<i64>() {
        Value::Integer(i)
    } else if let Ok(f) = v.parse::<f64>()
        && v.contains('.')
    {
        Value::Real(f)
    } else {
        Value::Text(v.to_string())
    }
}

/// Prepare `sql` on a read-only connection, refuse anything that writes, and bind its named
/// parameters from `given` (`KEY=VALUE`), then from `params`' defaults, else NULL.
pub fn prepare<'c>(
    conn: &'c Connection,
    sql: &str,
    params: &[Param],
    given: &[(String, String)],
) -> Result<rusqlite::Statement<'c>> {
    let missing = db::set_aside_indexes(conn);
    if !missing.is_empty() {
        eprintln!(
            "note: {} set aside by an ingest that is running or was interrupted; \
             answers are the same but may be slow until an ingest finishes and builds them",
            missing.join(", ")
        );
    }
    let sql = without_index_hints(sql, &missing);
    let mut stmt = conn
        .prepare(&sql)
        .map_err(|e| Error::Report(format!("in the SQL: {e}")))?;
    if !stmt.readonly() {
        return Err(Error::Report(
            "reports and queries are read-only: this statement would change the database".into(),
        ));
    }
    let wanted: Vec<String> = (1..=stmt.parameter_count())
        .filter_map(|i| {
            stmt.parameter_name(i)
                .map(|n| n.trim_start_matches([':', '@', '$']).to_string())
        })
        .collect();
    for (key, _) in given {
        if !wanted.contains(key) {
            return Err(Error::Report(format!(
                "unknown parameter {key:?}; this one takes: {}",
                if wanted.is_empty() {
                    "none".to_string()
                } else {
                    wanted.join(", ")
                }
            )));
        }
    }
    for i in 1..=stmt.parameter_count() {
        let Some(raw) = stmt.parameter_name(i).map(str::to_string) else {
            return Err(Error::Report(
                "use named parameters (:name) in reports, not ? placeholders".into(),
            ));
        };
        let key = raw.trim_start_matches([':', '@', '$']);
        let value = given
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| typed(v))
            .or_else(|| {
                params
                    .iter()
                    .find(|p| p.name == key)
                    .and_then(|p| p.default.as_deref())
                    .map(typed)
            })
            .unwrap_or(Value::Null);
        stmt.raw_bind_parameter(i, value)?;
    }
    Ok(stmt)
}

/// `sql` without its `INDEXED BY` hints naming one of `missing`: SQLite refuses a statement
/// whose hint names no index, and a hint never changes what a query answers.
fn without_index_hints(sql: &str, missing: &[String]) -> String {
    let mut out = sql.to_string();
    for name in missing {
        let mut from = 0;
        while let Some(at) = find_hint(&out[from..], name) {
            let (start, end) = (from + at.0, from + at.1);
            out.replace_range(start..end, " ");
            from = start;
        }
    }
    out
}

/// The byte range of the first `INDEXED BY name` in `sql` (any case and spacing).
fn find_hint(sql: &str, name: &str) -> Option<(usize, usize)> {
    let lower = sql.to_ascii_lowercase();
    let name = name.to_ascii_lowercase();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut from = 0;
    while let Some(i) = lower[from..].find("indexed") {
        let start = from + i;
        from = start + "indexed".len();
        let rest = &lower[from..];
        let after_by = rest
            .trim_start()
            .strip_prefix("by")
            .filter(|r| r.starts_with(|c: char| c.is_ascii_whitespace()));
        let Some(after_by) = after_by else { continue };
        let Some(tail) = after_by.trim_start().strip_prefix(name.as_str()) else {
            continue;
        };
        let end = lower.len() - tail.len();
        let word_start = start == 0 || !is_ident(lower.as_bytes()[start - 1]);
        let word_end = tail.bytes().next().is_none_or(|b| !is_ident(b));
        if word_start && word_end {
            return Some((start, end));
        }
    }
    None
}

/// Split `KEY=VALUE`.
pub fn parse_param(s: &str) -> std::result::Result<(String, String), String> {
    s.split_once('=')
        .map(|(k, v)| (k.trim().to_string(), v.to_string()))
        .filter(|(k, _)| !k.is_empty())
        .ok_or_else(|| format!("expected KEY=VALUE, got {s:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_header() {
        let r = parse(
            "x",
            "-- name: top-things\n-- description: The top things.\n-- param: kind: person, organization or place\n-- param: limit = 20: how many rows\n-- More words.\nSELECT 1",
        );
        assert_eq!(r.name, "top-things");
        assert_eq!(r.description, "The top things.");
        assert_eq!(
            r.params,
            vec![
                Param {
                    name: "kind".into(),
                    default: None,
                    description: "person, organization or place".into()
                },
                Param {
                    name: "limit".into(),
                    default: Some("20".into()),
                    description: "how many rows".into()
                },
            ]
        );
    }

    #[test]
    fn every_bundled_report_has_a_header() {
        for r in bundled() {
            assert!(!r.description.is_empty(), "{} has no description", r.name);
            assert!(
                r.sql.contains(&format!("-- name: {}", r.name)),
                "{} name differs from its file",
                r.name
            );
        }
    }

    #[test]
    fn hints_naming_a_set_aside_index_are_dropped_and_others_kept() {
        let missing = vec!["mentions_entity".to_string()];
        let sql = "SELECT 1 FROM mentions m INDEXED BY mentions_entity WHERE 1\n\
                   UNION ALL SELECT 1 FROM mentions x indexed  by\tMENTIONS_ENTITY, t\n\
                   UNION ALL SELECT 1 FROM mentions y INDEXED BY mentions_entity_2\n\
                   UNION ALL SELECT 1 FROM mentions z INDEXED BY mentions_article";
        let out = without_index_hints(sql, &missing);
        assert!(!out.to_lowercase().contains("by mentions_entity "), "{out}");
        assert!(
            !out.to_lowercase().contains("by\tmentions_entity,"),
            "{out}"
        );
        assert!(out.contains("mentions x  , t"), "{out}");
        assert!(out.contains("INDEXED BY mentions_entity_2"), "{out}");
        assert!(out.contains("INDEXED BY mentions_article"), "{out}");
        assert_eq!(without_index_hints(sql, &[]), sql);
    }

    #[test]
    fn writing_statements_are_refused_and_params_are_bound() {
        let conn = Connection::open_in_memory().expect("open");
        conn.execute_batch("CREATE TABLE t(x)").expect("create");
        let err = prepare(&conn, "DELETE FROM t", &[], &[])
            .map(|_| ())
            .expect_err("refused");
        assert!(err.to_string().contains("read-only"), "{err}");
        let given = vec![("x".to_string(), "1; DROP TABLE t".to_string())];
        let mut stmt = prepare(&conn, "SELECT :x", &[], &given).expect("prepare");
        let mut rows = stmt.raw_query();
        let v: String = rows
            .next()
            .expect("row")
            .expect("some")
            .get(0)
            .expect("get");
        assert_eq!(v, "1; DROP TABLE t");
    }
}
