//! Data safety under concurrency, a full disk and hostile input: the database stays whole.

use std::process::Command;

use std::collections::BTreeSet;

use crate::assert_consistent;
use crate::util::{Workdir, seeds, stderr};

/// Write `n` distinct articles under `dir` (a seed article with a numbered first line).
fn many(w: &Workdir, dir: &str, n: usize) {
    let base = std::fs::read_to_string(seeds().join("003_739f8a2f1fffda7e.txt")).expect("seed");
    for i in 0..n {
        w.write(
            &format!("{dir}/{:02}/{i:05}.txt", i / 100),
            format!("Report {i} from Brussels.\n\n{base}"),
        );
    }
}

#[test]
fn two_ingests_at_once_both_finish_without_duplicates_and_readers_never_fail() {
    let w = Workdir::new();
    many(&w, "in", 400);
    let (a, b) = (w.spawn_ingest("in"), w.spawn_ingest("in"));
    let mut reads = 0;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while std::time::Instant::now() < deadline {
        if w.db().exists() {
            const READERS: &[&[&str]] = &[
                &[
                    "query",
                    "SELECT count(*) FROM articles a JOIN files f ON f.article_id = a.id",
                ],
                &["report", "top-entities", "--format", "csv"],
                &["search", "Brussels", "--format", "csv"],
                &["report", "who-said-what", "--format", "csv"],
            ];
            let out = w.run(READERS[reads % READERS.len()]);
            // Before the first migration commits the file may not be a database yet.
            if out.status.success() {
                reads += 1;
            } else {
                assert!(
                    stderr(&out).contains("no such table")
                        || stderr(&out).contains("does not exist"),
                    "a reader failed during ingest: {}",
                    stderr(&out)
                );
            }
        }
        if reads >= 8 {
            break;
        }
    }
    for child in [a, b] {
        let out = child.wait_with_output().expect("wait");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "an ingest failed: {err}");
        assert!(!err.contains("locked"), "{err}");
    }
    assert_eq!(w.count("SELECT count(*) FROM articles"), 400);
    assert_eq!(
        w.count("SELECT count(DISTINCT content_hash) FROM articles"),
        400
    );
    assert_eq!(w.count("SELECT count(*) FROM files"), 400);
    assert_eq!(
        w.count("SELECT count(*) FROM runs WHERE finished IS NOT NULL"),
        2
    );
    // Each writer reloads its entity dictionary when the other has committed: no mention
    // points at a missing entity, and every count is right.
    assert_consistent(&w);
}

#[cfg(unix)]
#[test]
fn a_full_disk_is_a_clear_error_and_the_previous_contents_survive() {
    let w = Workdir::new();
    w.ok(&["ingest", "--quiet", seeds().to_str().expect("path")]);
    let before = w.count("SELECT count(*) FROM articles");
    many(&w, "more", 600);
    // A 2 MB file-size limit stands in for a full disk; with SIGXFSZ ignored, writes past it
    // fail with EFBIG the way they fail with ENOSPC on a full disk.
    let script = format!(
        "trap '' XFSZ; ulimit -f 4096; exec '{}' --db '{}' ingest --quiet more",
        env!("CARGO_BIN_EXE_newsdb"),
        w.db().display()
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .current_dir(w.path())
        .output()
        .expect("sh");
    let err = stderr(&out);
    assert!(
        !out.status.success(),
        "an ingest that cannot write must fail:\n{err}"
    );
    assert!(
        err.contains("error: writing to the database failed"),
        "a clear error, not a crash: {err}"
    );
    assert!(
        err.contains("run the same ingest again"),
        "says what to do: {err}"
    );
    let integrity: String = w
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(integrity, "ok");
    let after = w.count("SELECT count(*) FROM articles");
    assert!(after >= before, "previous articles lost");
    let half_written = w.count(
        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.article_id = a.id)",
    );
    assert_eq!(half_written, 0);
    // With room again, a re-run completes the job.
    w.ok(&["ingest", "--quiet", "more"]);
    assert_eq!(w.count("SELECT count(*) FROM articles"), before + 600);
}

#[test]
fn hostile_input_neither_panics_nor_hangs() {
    let w = Workdir::new();
    w.write(
        "h/one-long-line.txt",
        "Kyiv said “no” to NATO and ".repeat(750_000),
    );
    w.write("h/quote-marks.txt", "“\"«»„‘’".repeat(20_000));
    w.write(
        "h/capitals.txt",
        "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel ".repeat(5_000),
    );
    let every: String = (0u32..0x3_0000)
        .filter_map(char::from_u32)
        .filter(|c| *c != '\0')
        .collect();
    w.write("h/every-char.txt", every);
    w.write(
        "h/line-ends.txt",
        "Line one said Merkel.\r\nLine two\rline three\n\n\r\n“Quote,” he said.\r",
    );
    let mut nul = "NATO met in Brussels on Tuesday, officials said. "
        .repeat(50)
        .into_bytes();
    nul.insert(100, 0);
    w.write("h/nul.txt", nul);
    let start = std::time::Instant::now();
    let out = w.run(&["ingest", "--max-size", "64M", "h"]);
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "crashed: {}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    assert!(
        start.elapsed().as_secs() < 300,
        "took {:?}",
        start.elapsed()
    );
    assert!(w.count("SELECT count(*) FROM articles") >= 5);
    // substr() walks the string from its start, so check offsets on the smaller bodies only.
    let bad = w.count(
        "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
         WHERE length(a.body) < 1000000
           AND substr(a.body, m.start_char + 1, m.end_char - m.start_char) <> m.text",
    );
    assert_eq!(bad, 0);
    assert!(
        w.count("SELECT count(*) FROM mentions") > 100_000,
        "the long line names Kyiv and NATO throughout"
    );
}

/// Everything that identifies what a database holds, for comparing two of them.
fn fingerprint(db: &std::path::Path) -> (Vec<i64>, BTreeSet<String>, BTreeSet<(String, String)>) {
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("open");
    let count = |t: &str| {
        c.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .expect(t)
    };
    let counts = [
        "articles",
        "files",
        "mentions",
        "quotes",
        "entities",
        "entity_aliases",
    ]
    .map(count)
    .to_vec();
    let hashes = c
        .prepare("SELECT content_hash FROM articles")
        .expect("prepare")
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let entities = c
        .prepare("SELECT kind, key FROM entities")
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    (counts, hashes, entities)
}

#[test]
fn killed_at_twenty_points_the_database_stays_whole_and_a_rerun_matches_an_uninterrupted_run() {
    let w = Workdir::new();
    let seeds: Vec<String> = std::fs::read_dir(seeds())
        .expect("seeds")
        .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("seed"))
        .collect();
    for i in 0..3000 {
        let text = format!("Dispatch {i} from Vilnius.\n\n{}", seeds[i % seeds.len()]);
        w.write(&format!("in/{:02}/{i:05}.txt", i / 100), text);
    }
    let reference = w.path().join("reference.sqlite");
    let out = Command::new(env!("CARGO_BIN_EXE_newsdb"))
        .current_dir(w.path())
        .args([
            "--db",
            reference.to_str().expect("path"),
            "ingest",
            "--quiet",
            "in",
        ])
        .output()
        .expect("reference run");
    assert!(out.status.success(), "{}", stderr(&out));

    let mut kills = 0;
    for k in 0..20u64 {
        let mut child = w.spawn_ingest("in");
        // Spread the kills from start-up to the end of a batch (SIGKILL: no clean-up runs).
        std::thread::sleep(std::time::Duration::from_millis(40 + (k * 97) % 900));
        let finished = child.try_wait().expect("try_wait").is_some();
        if !finished {
            kills += 1;
        }
        let _ = child.kill();
        let _ = child.wait();

        if w.db().exists()
            && w.count("SELECT count(*) FROM sqlite_master WHERE name = 'articles'") == 1
        {
            assert_consistent(&w);
            let half = w.count(
                "SELECT count(*) FROM articles a
                 WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.article_id = a.id)
                    OR NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)",
            );
            assert_eq!(
                half, 0,
                "kill {k}: an article without its file row or mentions"
            );
        }
        if finished {
            // Resumed runs finish sooner and sooner: start the next one from nothing, so the
            // kills keep landing mid-run.
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", w.db().display()));
            }
        }
    }
    assert!(
        kills >= 10,
        "most kills must land while the ingest runs (landed {kills})"
    );
    w.ok(&["ingest", "--quiet", "in"]);
    assert_consistent(&w);
    assert_eq!(
        fingerprint(&w.db()),
        fingerprint(&reference),
        "interrupted runs ended differently"
    );
    assert_eq!(
        w.count("SELECT count(*) FROM deferred_indexes"),
        0,
        "indexes set aside by the killed runs were not built again"
    );
    let reference = rusqlite::Connection::open_with_flags(
        &reference,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .expect("open reference");
    assert_eq!(crate::indexes(&w.conn()), crate::indexes(&reference));
}
