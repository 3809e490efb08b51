//! Opening the database: refuse what is not ours, set pragmas, apply migrations.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, limits::Limit};

use crate::error::{Error, Result};

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// The refinery history table; its presence marks a newsdb database.
const HISTORY: &str = "refinery_schema_history";

/// The migrations built into this binary, as (version, name).
pub fn migrations() -> Vec<(i64, String)> {
    embedded::migrations::runner()
        .get_migrations()
        .iter()
        .map(|m| (i64::from(m.version()), m.name().to_string()))
        .collect()
}

/// The highest schema version this build knows.
pub fn latest_version() -> i64 {
    migrations().iter().map(|(v, _)| *v).max().unwrap_or(0)
}

/// Open (creating if needed) a database for writing, upgrading its schema.
///
/// A file made by a newer newsdb, or one that is not a newsdb database, is refused
/// before anything is written to it.
pub fn open(path: &Path) -> Result<Connection> {
    let latest = latest_version();
    if let Some(found) = check_existing(path)?.filter(|v| *v < latest) {
        // A large database takes seconds (V7 counts over every mention): say why we wait.
        eprintln!(
            "upgrading {} from schema version {found} to {latest}...",
            path.display()
        );
    }
    // Two processes opening a new database at once race to create it; the loser's migration
    // transaction is refused at once (SQLite cannot wait on a lock upgrade), or finds the
    // tables made after it read the empty history, and is rolled back whole (the migrations
    // run as one transaction), so it tries again and finds the schema made.
    let mut attempt = 0;
    loop {
        match open_and_migrate(path) {
            Err(e) if attempt < 100 && is_retryable(&e) => {
                attempt += 1;
                std::thread::sleep(Duration::from_millis(50));
            }
            other => return other,
        }
    }
}

/// A failure to open that another process caused and that a retry gets past: a lock held
/// while it writes, or the tables it created after we read the empty history.
fn is_retryable(e: &Error) -> bool {
    let text = e.to_string();
    text.contains("database is locked")
        || text.contains("database is busy")
        || text.contains("already exists")
}

fn open_and_migrate(path: &Path) -> Result<Connection> {
    let fresh = std::fs::metadata(path).map_or(true, |m| m.len() == 0);
    let mut conn = Connection::open(path)?;
    configure(&conn)?;
    if fresh {
        // Before the first table exists: 8 KiB pages hold three typical articles where
        // 4 KiB pages hold one, so the file is smaller and inserts touch fewer pages.
        conn.pragma_update(None, "page_size", 8192)?;
    }
    conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // The writer inserts into indexes all over the file (entities, quotation keys, the
    // search index's merges); a small page cache makes it re-read pages. 128 MiB keeps the
    // hot part of a 100,000-article database in memory, and is a ceiling, not an allocation.
    conn.pragma_update(None, "cache_size", -131_072)?;
    embedded::migrations::runner()
        .set_grouped(true)
        .run(&mut conn)?;
    // After the migrations: one that counts over every mention (V7) sorts more than memory
    // should hold on a large database, and spills to a temporary file; the writer's own
    // sorts are bounded by its batches.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(conn)
}

/// Create or upgrade a database only up to schema `version`: for tests of upgrades from an
/// older newsdb.
#[doc(hidden)]
pub fn open_at_version(path: &Path, version: i32) -> Result<Connection> {
    let mut conn = Connection::open(path)?;
    configure(&conn)?;
    embedded::migrations::runner()
        .set_grouped(true)
        .set_target(refinery::Target::Version(version))
        .run(&mut conn)?;
    Ok(conn)
}

/// Open an existing database so that nothing done through the connection can change it:
/// read-only at the SQLite level, no ATTACH, no extension loading.
pub fn open_read_only(path: &Path) -> Result<Connection> {
    if !path.exists() {
        return Err(Error::Usage(format!(
            "{} does not exist; run `newsdb ingest PATH` first or give --db",
            path.display()
        )));
    }
    if check_existing(path)?.is_some_and(|found| found < latest_version()) {
        // An older newsdb's database: reports are written against this build's schema, so
        // bring it up to date first (one transaction, as any write would), then read.
        drop(open(path)?);
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI,
    )?;
    configure(&conn)?;
    conn.set_limit(Limit::SQLITE_LIMIT_ATTACHED, 0)?;
    conn.pragma_update(None, "query_only", true)?;
    Ok(conn)
}

/// Indexes a bulk load has set aside and not built again yet (see V5 in `migrations/`); none
/// when the database predates them.
pub fn set_aside_indexes(conn: &Connection) -> Vec<String> {
    let names = conn
        .prepare(
            "SELECT name FROM deferred_indexes
             WHERE name NOT IN (SELECT name FROM sqlite_schema WHERE type = 'index')
             ORDER BY name",
        )
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect());
    names.unwrap_or_default()
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(30))?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

/// Look at an existing file read-only and refuse it when it is not a newsdb database
/// or when its schema is newer than ours; the schema version it is at, if it has one.
fn check_existing(path: &Path) -> Result<Option<i64>> {
    let len = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(_) => return Ok(None),
    };
    if len == 0 {
        return Ok(None);
    }
    let not_ours = |why: String| Error::NotNewsdb {
        path: path.to_path_buf(),
        why,
    };
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| not_ours(e.to_string()))?;
    conn.busy_timeout(Duration::from_secs(30))?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(|e| not_ours(e.to_string()))?;
    if tables == 0 {
        return Ok(None);
    }
    let has_history: Option<String> = conn
        .query_row(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [HISTORY],
            |r| r.get(0),
        )
        .optional()?;
    if has_history.is_none() {
        return Err(not_ours(
            "it has tables but no newsdb schema history".into(),
        ));
    }
    let found: i64 = conn.query_row(
        &format!("SELECT coalesce(max(version), 0) FROM {HISTORY}"),
        [],
        |r| r.get(0),
    )?;
    let known = latest_version();
    if found > known {
        return Err(Error::NewerSchema {
            path: path.to_path_buf(),
            found,
            known,
        });
    }
    Ok(Some(found))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_file_is_embedded() {
        let mut on_disk: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
                .expect("migrations dir")
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect();
        on_disk.sort();
        let embedded: Vec<String> = migrations()
            .iter()
            .map(|(v, name)| format!("V{v}__{name}.sql"))
            .collect();
        assert_eq!(
            on_disk, embedded,
            "a migration file is not embedded (names must be V{{n}}__snake_case.sql)"
        );
    }

    #[test]
    fn refuses_newer_schema_without_touching_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("n.sqlite");
        drop(open(&path).expect("open"));
        {
            let c = Connection::open(&path).expect("raw open");
            c.execute(
                &format!("INSERT INTO {HISTORY}(version, name, applied_on, checksum) VALUES (9999, 'future', '', '0')"),
                [],
            )
            .expect("insert");
            c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
                .expect("checkpoint");
        }
        let before = std::fs::read(&path).expect("read");
        let err = open(&path).expect_err("must refuse");
        assert!(err.to_string().contains("newer newsdb"), "{err}");
        assert_eq!(before, std::fs::read(&path).expect("read"));
    }

    #[test]
    fn upgrades_a_version_1_database_in_place_keeping_its_rows_and_filling_counts() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("old.sqlite");
        {
            let c = open_at_version(&path, 1).expect("version 1");
            c.execute_batch(
                "INSERT INTO runs(id, started, newsdb_version) VALUES (1, '2024-01-01T00:00:00Z', '0.0.1');
                 INSERT INTO articles(id, content_hash, body, word_count, extractor_version, ingested_at)
                     VALUES (1, 'abc', 'NATO met.', 2, 1, '2024-01-01T00:00:00Z');
                 INSERT INTO failures(run_id, path, reason) VALUES (1, '/x.txt', 'empty file');
                 INSERT INTO entities(id, name, kind, key) VALUES (1, 'NATO', 'organization', 'nato');
                 INSERT INTO mentions(article_id, entity_id, start_char, end_char, text)
                     VALUES (1, 1, 0, 4, 'NATO');",
            )
            .expect("rows at version 1");
            let v: i64 = c
                .query_row(
                    "SELECT max(version) FROM refinery_schema_history",
                    [],
                    |r| r.get(0),
                )
                .expect("version");
            assert_eq!(v, 1);
        }
        let c = open(&path).expect("upgrade");
        let v: i64 = c
            .query_row(
                "SELECT max(version) FROM refinery_schema_history",
                [],
                |r| r.get(0),
            )
            .expect("version");
        assert_eq!(v, latest_version());
        let body: String = c
            .query_row("SELECT body FROM articles WHERE id = 1", [], |r| r.get(0))
            .expect("row");
        assert_eq!(body, "NATO met.");
        let at: Option<String> = c
            .query_row("SELECT at FROM failures", [], |r| r.get(0))
            .expect("new column");
        assert_eq!(at, None);
        let counts: (i64, i64) = c
            .query_row(
                "SELECT articles, mentions FROM entity_counts WHERE entity_id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("counts filled in by version 3");
        assert_eq!(counts, (1, 1));
    }

    #[test]
    fn version_7_counts_the_place_pairs_of_stored_articles_and_a_report_upgrades_first() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("v6.sqlite");
        {
            let c = open_at_version(&path, 6).expect("version 6");
            c.execute_batch(
                "INSERT INTO articles(id, content_hash, body, word_count, extractor_version, ingested_at)
                     VALUES (1, 'a', 'Paris, Paris and Berlin: Macron.', 5, 1, '2024-01-01T00:00:00Z'),
                            (2, 'b', 'Rome, Berlin, Paris; NATO; Scholz, Macron.', 6, 1, '2024-01-01T00:00:00Z');
                 INSERT INTO entities(id, name, kind, key) VALUES
                     (1, 'Paris', 'place', 'paris'), (2, 'Berlin', 'place', 'berlin'),
                     (3, 'Rome', 'place', 'rome'), (4, 'NATO', 'organization', 'nato'),
                     (5, 'Emmanuel Macron', 'person', 'macron'), (6, 'Olaf Scholz', 'person', 'scholz');
                 INSERT INTO mentions(article_id, entity_id, start_char, end_char, text) VALUES
                     (1, 1, 0, 5, 'Paris'), (1, 1, 7, 12, 'Paris'), (1, 2, 17, 23, 'Berlin'),
                     (1, 5, 25, 31, 'Macron'),
                     (2, 3, 0, 4, 'Rome'), (2, 2, 6, 12, 'Berlin'), (2, 1, 14, 19, 'Paris'),
                     (2, 4, 21, 25, 'NATO'), (2, 6, 27, 33, 'Scholz'), (2, 5, 35, 41, 'Macron');",
            )
            .expect("rows at version 6");
        }
        // A read-only command brings the schema up to date before it reads.
        let c = open_read_only(&path).expect("open read-only");
        let mut stmt = c
            .prepare("SELECT entity_a, entity_b, articles FROM entity_pairs ORDER BY 1, 2")
            .expect("entity_pairs exists");
        let pairs: Vec<(i64, i64, i64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .expect("rows")
            .collect::<std::result::Result<_, _>>()
            .expect("rows");
        // Paris and Berlin share both articles (Paris twice in the first counts once); no pair
        // joins two kinds (NATO and a place) or two persons (Scholz and Macron).
        assert_eq!(pairs, [(1, 2, 2), (1, 3, 1), (2, 3, 1)]);
    }

    #[test]
    fn refuses_a_file_that_is_not_a_database() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("notes.txt");
        std::fs::write(&path, "just some notes, not SQLite at all\n".repeat(50)).expect("write");
        let err = open(&path).expect_err("must refuse");
        assert!(err.to_string().contains("not a newsdb database"), "{err}");
        assert!(
            std::fs::read_to_string(&path)
                .expect("read")
                .starts_with("just some notes")
        );
    }
}
