//! Ingest: find files → skip unchanged ones by stat → read, decode, hash → build articles on
//! worker threads → one writer stores them in batched transactions.

pub mod decode;
pub mod discover;
pub mod progress;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender, bounded};
use rusqlite::{Connection, OptionalExtension};

use crate::article;
use crate::db;
use crate::error::{Error, Result};
use crate::store::{Counts, Item, Writer};
use discover::{FileStat, Found};
use progress::Progress;

/// How an ingest run behaves.
#[derive(Clone, Debug)]
pub struct Options {
    /// Files larger than this many bytes are refused.
    pub max_size: u64,
    /// Worker threads for reading and extraction.
    pub jobs: usize,
    /// Commit after this many new articles (see [`COMMIT_ARTICLES`]).
    pub commit_every: usize,
    /// No progress line and no notes; problems and the summary still go to stderr.
    pub quiet: bool,
}

/// What a run did.
#[derive(Clone, Debug)]
pub struct Summary {
    /// File counts.
    pub counts: Counts,
    /// Bytes of files read.
    pub bytes: u64,
    /// Wall time.
    pub elapsed: Duration,
    /// The run's id in `runs`.
    pub run_id: i64,
}

/// Articles per transaction at most, by default. Each commit writes every page the
/// transaction touched, and on a large database the entity and search indexes spread those
/// pages over the whole file, so commits are made large; a kill loses at most the open
/// transaction, which a re-run redoes.
pub const COMMIT_ARTICLES: usize = 5_000;
/// The longest stored articles wait to be committed.
const COMMIT_WAIT: Duration = Duration::from_secs(2);
/// A file whose mtime is this close to when its stat was recorded may have changed again
/// within the same clock tick, so it is read again rather than trusted.
const RACY_NS: i64 = 2_000_000_000;

/// A file that needs reading.
struct Job {
    seq: u64,
    file: FileStat,
    previous: Option<i64>,
}

/// One file's result on its way to the writer, numbered in discovery order so the writer can
/// store articles in that order whichever worker finishes first (ids are then reproducible).
struct Done {
    seq: u64,
    item: Item,
    size: u64,
    note: Option<String>,
}

/// Ingest `paths` into the database at `db_path`.
pub fn run(db_path: &Path, paths: &[PathBuf], opts: &Options) -> Result<Summary> {
    let started = Instant::now();
    let mut conn = db::open(db_path)?;
    let progress = Progress::new(opts.quiet);
    let mut writer = Writer::start(&mut conn, opts.commit_every)?;
    let run_id = writer.run_id();
    let mut counts = Counts::default();
    let mut bytes = 0u64;

    let (job_tx, job_rx) = bounded::<Job>(256);
    // Room for about a quarter second of the workers' output (some 20 MB): while the writer
    // commits, they keep going instead of waiting for it.
    let (item_tx, item_rx) = bounded::<Done>(2048);
    let jobs = opts.jobs.max(1);

    let outcome: Result<()> = thread::scope(|s| {
        // Owned here so that when the writer stops on an error the channel closes and the
        // workers and the walker stop too, instead of waiting forever to send.
        let item_rx = item_rx;
        {
            let item_tx = item_tx.clone();
            let roots = paths.to_vec();
            s.spawn(move || walk(db_path, &roots, job_tx, item_tx));
        }
        for _ in 0..jobs {
            let (job_rx, item_tx) = (job_rx.clone(), item_tx.clone());
            let max_size = opts.max_size;
            s.spawn(move || work(db_path, job_rx, item_tx, max_size));
        }
        drop(item_tx);
        drop(job_rx);

        let mut pending: BTreeMap<u64, Done> = BTreeMap::new();
        let mut next = 0u64;
        loop {
            match item_rx.recv_timeout(COMMIT_WAIT) {
                Ok(done) => {
                    pending.insert(done.seq, done);
                }
                Err(crossbeam_channel::RecvTimeoutError::Timeout) => {}
                Err(crossbeam_channel::RecvTimeoutError::Disconnected) => break,
            }
            while let Some(Done {
                item, size, note, ..
            }) = pending.remove(&next)
            {
                next += 1;
                counts.seen += 1;
                bytes += size;
                progress.file(size);
                if let Some(note) = note {
                    progress.note(&note);
                }
                match &item {
                    Item::Failed { path, reason } => {
                        progress.problem(&format!("error: {path}: {reason}"))
                    }
                    Item::Unchanged => {
                        counts.unchanged += 1;
                        continue;
                    }
                    _ => {}
                }
                writer.add(item).map_err(as_write_error)?;
            }
            if writer.commit_due(opts.commit_every, COMMIT_WAIT) {
                writer.commit(&mut counts).map_err(as_write_error)?;
            }
        }
        writer.commit(&mut counts).map_err(as_write_error)
    });
    progress.finish();
    outcome?;
    if writer.deferred_indexes() > 0 {
        progress.note("building the indexes set aside while loading…");
    }
    writer.finish(&mut counts)?;
    Ok(Summary {
        counts,
        bytes,
        elapsed: started.elapsed(),
        run_id,
    })
}

/// A failed batch is a write failure the user can act on (disk full, I/O error).
fn as_write_error(e: Error) -> Error {
    match e {
        Error::Sqlite(e) => Error::Write(e),
        other => other,
    }
}

/// Walk the inputs; files whose size, mtime and inode match their `files` row (and were
/// recorded well after they were last modified) are reported unchanged without being read.
fn walk(db_path: &Path, roots: &[PathBuf], jobs: Sender<Job>, items: Sender<Done>) {
    let conn = db::open_read_only(db_path).ok();
    let mut seq = 0u64;
    discover::walk(roots, |found| {
        let done = |seq, item| Done {
            seq,
            item,
            size: 0,
            note: None,
        };
        // A failed send means the writer has stopped on an error (which it reports): stop.
        let sent = match found {
            Found::Failed { path, reason } => {
                items.send(done(seq, Item::Failed { path, reason })).is_ok()
            }
            Found::File(file) => {
                let known = conn.as_ref().and_then(|c| stored_stat(c, &file.path));
                match known {
                    Some(k) if k.unchanged(&file) => items.send(done(seq, Item::Unchanged)).is_ok(),
                    k => jobs
                        .send(Job {
                            seq,
                            previous: k.map(|k| k.article_id),
                            file,
                        })
                        .is_ok(),
                }
            }
        };
        seq += 1;
        sent
    });
}

struct StoredStat {
    size: i64,
    mtime: i64,
    inode: Option<i64>,
    seen_at_ns: i64,
    article_id: i64,
}

impl StoredStat {
    fn unchanged(&self, f: &FileStat) -> bool {
        self.size == f.size as i64
            && self.mtime == f.mtime
            && self.inode == f.inode
            && self.seen_at_ns - f.mtime > RACY_NS
    }
}

fn stored_stat(conn: &Connection, path: &str) -> Option<StoredStat> {
    conn.prepare_cached(
        "SELECT size, mtime, inode, CAST(unixepoch(seen_at, 'subsec') * 1e9 AS INTEGER), article_id
         FROM files WHERE path = ?1",
    )
    .ok()?
    .query_row([path], |r| {
        Ok(StoredStat {
            size: r.get(0)?,
            mtime: r.get(1)?,
            inode: r.get(2)?,
            seen_at_ns: r.get(3)?,
            article_id: r.get(4)?,
        })
    })
    .optional()
    .ok()
    .flatten()
}

/// A worker: read, decode, hash; build the article unless its text is already stored.
fn work(db_path: &Path, jobs: Receiver<Job>, items: Sender<Done>, max_size: u64) {
    let conn = db::open_read_only(db_path).ok();
    for job in jobs {
        let (seq, size) = (job.seq, job.file.size);
        let (item, note) = process(conn.as_ref(), job, max_size);
        if items
            .send(Done {
                seq,
                item,
                size,
                note,
            })
            .is_err()
        {
            return;
        }
    }
}

fn process(conn: Option<&Connection>, job: Job, max_size: u64) -> (Item, Option<String>) {
    let Job { file, previous, .. } = job;
    let fail = |path: &str, reason: String| {
        (
            Item::Failed {
                path: path.to_string(),
                reason,
            },
            None,
        )
    };
    if file.size > max_size {
        let reason = format!(
            "file is {:.1} MB, over the {:.1} MB limit; raise --max-size to ingest it",
            file.size as f64 / 1e6,
            max_size as f64 / 1e6
        );
        return fail(&file.path, reason);
    }
    let bytes = match std::fs::read(&file.path) {
        Ok(b) => b,
        Err(e) => return fail(&file.path, discover::describe_io(&e)),
    };
    let decoded = match decode::decode(&bytes) {
        Ok(d) => d,
        Err(reason) => return fail(&file.path, reason),
    };
    let note = decoded.warning.map(|w| format!("note: {}: {w}", file.path));
    let hash = article::content_hash(&decoded.text);
    let known: Option<i64> = conn.and_then(|c| {
        c.prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")
            .ok()?
            .query_row([&hash], |r| r.get(0))
            .optional()
            .ok()
            .flatten()
    });
    let item = match known {
        Some(article_id) => Item::Known {
            file,
            encoding: decoded.encoding,
            article_id,
            previous,
        },
        None => match article::guarded(|| article::build(&decoded.text, hash)) {
            Ok(article) => Item::New {
                article: Box::new(article),
                file,
                encoding: decoded.encoding,
                previous,
            },
            Err(reason) => return fail(&file.path, reason),
        },
    };
    (item, note)
}
