//! Every saved report plans as it would on a 100,000-article database: it never reads the big
//! tables (mentions, quotes, entity_aliases) in full, nor walks one of them in full while
//! looking up another table row by row, unless the report is listed in `ALLOWED` with a reason.
//!
//! The seeds are five articles, so left alone SQLite would happily scan everything. The
//! test copies the `sqlite_stat1` of the generated 100,000-article corpus (`bench/bench.py`)
//! into the seeded database, so the planner sizes the tables as on the large database, then
//! compiles each report with its parameters NULL, at their defaults and at typical values,
//! and reads the bytecode (`EXPLAIN`): which cursor is opened on which table or index, which
//! of them is walked from the first row to the last (`Rewind` … `Next`), and what is looked
//! up inside that walk. `EXPLAIN QUERY PLAN` goes into the failure message.

use std::collections::HashMap;

use newsdb::report::{self, Report};
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};

use crate::util::{Workdir, seeds};

/// The tables too big to read in full for one report: at 100,000 articles, 4.5 M mentions,
/// 575 k quotes and 106 k aliases.
const BIG: &[&str] = &["mentions", "quotes", "entity_aliases"];

/// Reports that may read a big table in full, and why that is fine: (report, reason). None
/// needs to today (top-speakers and unnamed-speakers aggregate over all quotes, but find them
/// through quotes_speaker); add an entry, with the time on 100,000 articles, rather than
/// weaken the check.
const ALLOWED: &[(&str, &str)] = &[];

/// `sqlite_stat1` of the 100,000-article generated corpus (schema version 4).
const STAT1: &[(&str, &str, &str)] = &[
    ("articles", "articles_run", "100000 2001"),
    ("articles", "articles_source", "100000 2001"),
    ("articles", "sqlite_autoindex_articles_1", "100000 1"),
    ("entities", "entities_name", "87705 1"),
    ("entities", "entities_name_nocase", "87705 1"),
    ("entities", "sqlite_autoindex_entities_1", "87705 667 1"),
    ("entity_aliases", "entity_aliases", "106075 2 1"),
    ("entity_aliases", "entity_aliases_alias", "106075 1"),
    ("entity_aliases", "entity_aliases_alias_nocase", "106075 1"),
    ("files", "files_article", "100000 1"),
    ("files", "files_run", "100000 2001"),
    ("files", "sqlite_autoindex_files_1", "100000 1"),
    ("mentions", "mentions_article", "4544681 46 3"),
    ("mentions", "mentions_entity", "4544681 2001 3"),
    ("quotes", "quotes_article", "575397 6"),
    ("quotes", "quotes_speaker", "575397 13"),
    ("quotes", "quotes_text_key", "575397 64 1 1 1 1"),
];

/// A typical value for each parameter a saved report takes (names that exist in the seeds).
fn typical(name: &str) -> Option<&'static str> {
    Some(match name {
        "entity" => "NATO",
        "speaker" => "Stoltenberg",
        "source" => "POLITICO",
        "kind" => "person",
        "by" => "mentions",
        "section" => "quote-in",
        "query" => "membership",
        "min_articles" => "2",
        "min_aliases" => "2",
        "limit" => "10",
        "run" => "1",
        _ => return None,
    })
}

/// A seeded database whose statistics are those of the 100,000-article corpus.
fn large_looking_db() -> Workdir {
    let w = Workdir::new();
    w.ok(&["ingest", "--quiet", seeds().to_str().expect("utf-8 path")]);
    let conn = Connection::open(w.db()).expect("open");
    conn.execute_batch("ANALYZE; DELETE FROM sqlite_stat1;")
        .expect("analyze");
    for (tbl, idx, stat) in STAT1 {
        conn.execute(
            "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?1, ?2, ?3)",
            (tbl, idx, stat),
        )
        .expect("stat1");
    }
    w
}

/// Which table each b-tree root page belongs to (an index's pages count as its table's).
fn root_pages(conn: &Connection) -> HashMap<i64, (String, bool)> {
    let mut stmt = conn
        .prepare("SELECT rootpage, tbl_name, type = 'table' FROM sqlite_schema WHERE rootpage > 0")
        .expect("schema");
    stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))
        .expect("schema rows")
        .collect::<Result<_, _>>()
        .expect("schema rows")
}

/// One way a report reads a big table that the test forbids.
fn problems(conn: &Connection, r: &Report, bind: &Binding) -> (Vec<String>, Vec<String>) {
    let roots = root_pages(conn);
    let explain = format!("EXPLAIN {}", r.sql);
    let mut stmt = compile(conn, &explain, r, bind);
    let mut ops: Vec<(i64, String, i64, i64)> = Vec::new();
    let mut rows = stmt.raw_query();
    while let Some(row) = rows.next().expect("explain row") {
        ops.push((
            row.get(0).expect("addr"),
            row.get(1).expect("opcode"),
            row.get(2).expect("p1"),
            row.get(3).expect("p2"),
        ));
    }
    // cursor -> (table, opened on the table itself rather than one of its indexes)
    let mut cursors: HashMap<i64, (String, bool)> = HashMap::new();
    for (_, op, p1, p2) in &ops {
        if (op == "OpenRead" || op == "ReopenIdx")
            && let Some(t) = roots.get(p2)
        {
            cursors.insert(*p1, t.clone());
        }
    }
    // Code behind `Once` (a constant subquery, a CTE materialised on first use) runs one time,
    // even when it sits inside a loop.
    let once: Vec<(i64, i64)> = ops
        .iter()
        .filter(|(_, o, _, _)| o == "Once")
        .map(|(addr, _, _, p2)| (*addr, *p2))
        .collect();
    // (a `Once` block that starts inside the walk, at or after `walk`)
    let runs_once = |walk: i64, addr: i64| {
        once.iter()
            .any(|(from, to)| *from > walk && addr > *from && addr < *to)
    };
    let mut found = Vec::new();
    for (i, (walk, op, cursor, _)) in ops.iter().enumerate() {
        if op != "Rewind" && op != "Last" {
            continue;
        }
        let Some((table, is_table)) = cursors.get(cursor) else {
            continue;
        };
        if !BIG.contains(&table.as_str()) {
            continue;
        }
        // An index walked in full is what EXPLAIN QUERY PLAN calls "USING (COVERING) INDEX";
        // entity_aliases is WITHOUT ROWID, so its table is its primary key index.
        if *is_table {
            found.push(format!(
                "reads every row of {table} (SCAN without an index)"
            ));
            continue;
        }
        // The end of the walk: the Next/Prev on the same cursor that jumps back.
        let end = ops[i + 1..]
            .iter()
            .position(|(_, o, c, _)| (o == "Next" || o == "Prev") && c == cursor)
            .map_or(ops.len(), |p| i + 1 + p);
        for (addr, o, c, _) in &ops[i + 1..end] {
            if runs_once(*walk, *addr) {
                continue;
            }
            let lookup = matches!(
                o.as_str(),
                "SeekRowid"
                    | "NotExists"
                    | "SeekGE"
                    | "SeekGT"
                    | "SeekLE"
                    | "SeekLT"
                    | "NotFound"
                    | "Found"
            );
            if let (true, Some((other, _))) = (lookup, cursors.get(c))
                && other != table
            {
                found.push(format!(
                    "walks all of {table} and looks up {other} for each of its rows"
                ));
            }
        }
    }
    found.sort();
    found.dedup();
    let plan = query_plan(conn, r, bind);
    (found, plan)
}

fn query_plan(conn: &Connection, r: &Report, bind: &Binding) -> Vec<String> {
    let sql = format!("EXPLAIN QUERY PLAN {}", r.sql);
    let mut stmt = compile(conn, &sql, r, bind);
    let mut rows = stmt.raw_query();
    let mut out = Vec::new();
    while let Some(row) = rows.next().expect("plan row") {
        out.push(row.get::<_, String>(3).expect("detail"));
    }
    out
}

#[derive(Clone, Copy, Debug)]
enum Binding {
    /// every parameter NULL
    Null,
    /// parameters at their defaults (NULL where there is none), as `newsdb report NAME`
    Defaults,
    /// every parameter at a typical value
    Typical,
}

fn compile<'c>(
    conn: &'c Connection,
    sql: &str,
    r: &Report,
    bind: &Binding,
) -> rusqlite::Statement<'c> {
    match bind {
        Binding::Null => {
            let mut stmt = conn.prepare(sql).expect("prepare");
            for i in 1..=stmt.parameter_count() {
                stmt.raw_bind_parameter(i, Value::Null).expect("bind");
            }
            stmt
        }
        Binding::Defaults => report::prepare(conn, sql, &r.params, &[]).expect("prepare"),
        Binding::Typical => {
            let given: Vec<(String, String)> = r
                .params
                .iter()
                .filter_map(|p| typical(&p.name).map(|v| (p.name.clone(), v.to_string())))
                .collect();
            report::prepare(conn, sql, &r.params, &given).expect("prepare")
        }
    }
}

fn check(conn: &Connection, reports: &[Report]) -> Vec<String> {
    let mut failures = Vec::new();
    for r in reports {
        if ALLOWED.iter().any(|(name, _)| *name == r.name) {
            continue;
        }
        for bind in [Binding::Null, Binding::Defaults, Binding::Typical] {
            let (found, plan) = problems(conn, r, &bind);
            if !found.is_empty() {
                failures.push(format!(
                    "{} (parameters {bind:?}): {}\n  plan:\n    {}",
                    r.name,
                    found.join("; "),
                    plan.join("\n    ")
                ));
            }
        }
    }
    failures
}

#[test]
fn no_saved_report_reads_a_big_table_in_full() {
    let w = large_looking_db();
    let conn = Connection::open_with_flags(w.db(), OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("open read-only");
    let reports = report::bundled();
    for (name, _) in ALLOWED {
        assert!(
            reports.iter().any(|r| r.name == *name),
            "ALLOWED names {name}, which is not a saved report"
        );
    }
    let typical_missing: Vec<String> = reports
        .iter()
        .flat_map(|r| {
            r.params
                .iter()
                .map(move |p| format!("{}:{}", r.name, p.name))
        })
        .filter(|p| typical(p.split(':').nth(1).unwrap_or("")).is_none())
        .collect();
    assert!(
        typical_missing.is_empty(),
        "give these parameters a typical value: {typical_missing:?}"
    );
    let failures = check(&conn, &reports);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The check itself: a report that scans quotes, or walks mentions while looking up entities
/// row by row (the co-mentions of schema version 3), must be caught.
#[test]
fn the_plan_check_catches_full_scans_and_row_by_row_joins() {
    let w = large_looking_db();
    let conn = Connection::open_with_flags(w.db(), OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("open read-only");
    let bad = |name: &str, sql: &str| report::parse(name, sql);
    let reports = [
        bad(
            "scan-quotes",
            "SELECT count(*) FROM quotes WHERE instr(lower(text), 'nato') > 0",
        ),
        bad(
            "old-co-mentions",
            "WITH article_entities AS (
                 SELECT DISTINCT m.article_id, e.id AS entity_id, e.name
                 FROM mentions m JOIN entities e ON e.id = m.entity_id)
             SELECT x.entity_id, y.entity_id, count(*) AS n
             FROM article_entities x
             JOIN article_entities y ON y.article_id = x.article_id AND x.entity_id < y.entity_id
             GROUP BY 1, 2 ORDER BY n DESC LIMIT 50",
        ),
        bad(
            "old-shared-quotes",
            "SELECT q.text_key, count(DISTINCT q.article_id), count(DISTINCT a.source)
             FROM quotes q JOIN articles a ON a.id = q.article_id
             GROUP BY q.text_key HAVING count(DISTINCT q.article_id) >= 2",
        ),
    ];
    let failures = check(&conn, &reports);
    for r in &reports {
        assert!(
            failures
                .iter()
                .any(|f| f.starts_with(&format!("{} ", r.name))),
            "{} was not caught:\n{}",
            r.name,
            failures.join("\n")
        );
    }
}
