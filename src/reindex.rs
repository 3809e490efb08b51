//! Re-extract stored articles after the extractor changed, without re-reading their files.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::article::{self, Findings};
use crate::db;
use crate::error::Result;
use crate::extract;
use crate::ingest::progress::Progress;
use crate::store::Writer;

/// Articles re-extracted per transaction.
const BATCH: usize = 500;

/// What a reindex did.
#[derive(Clone, Debug)]
pub struct Summary {
    /// Articles re-extracted.
    pub articles: u64,
    /// Articles newsdb could not re-extract (an internal error): they keep what they had.
    pub failed: u64,
    /// Entities removed because nothing refers to them any more.
    pub entities_removed: usize,
    /// Wall time.
    pub elapsed: Duration,
}

/// Re-extract the articles stored by an older extractor (all of them with `all`), on `jobs`
/// threads, replacing their mentions and quotes batch by batch.
pub fn run(db_path: &Path, all: bool, jobs: usize, quiet: bool) -> Result<Summary> {
    let started = Instant::now();
    let mut conn = db::open(db_path)?;
    let reader = db::open_read_only(db_path)?;
    let ids: Vec<i64> = reader
        .prepare("SELECT id FROM articles WHERE ?1 OR extractor_version <> ?2 ORDER BY id")?
        .query_map(rusqlite::params![all, extract::VERSION], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let progress = Progress::new(quiet);
    let mut writer = Writer::for_reindex(&mut conn)?;
    let mut body_of = reader.prepare("SELECT body FROM articles WHERE id = ?1")?;
    let mut failed = 0u64;
    for chunk in ids.chunks(BATCH) {
        let mut bodies = Vec::with_capacity(chunk.len());
        for &id in chunk {
            let body: String = body_of.query_row([id], |r| r.get(0))?;
            bodies.push((id, body));
        }
        let mut batch = Vec::with_capacity(bodies.len());
        for ((id, body), found) in bodies.iter().zip(find_all(&bodies, jobs.max(1))) {
            progress.file(body.len() as u64);
            match found {
                Ok(findings) => batch.push((*id, findings)),
                Err(reason) => {
                    failed += 1;
                    progress.problem(&format!(
                        "error: article {id}: {reason}; it keeps what it had"
                    ));
                }
            }
        }
        writer.reindex(batch)?;
    }
    progress.finish();
    let entities_removed = writer.finish_reindex()?;
    Ok(Summary {
        articles: ids.len() as u64 - failed,
        failed,
        entities_removed,
        elapsed: started.elapsed(),
    })
}

/// Extract every body, spread over `jobs` threads, keeping the order.
fn find_all(bodies: &[(i64, String)], jobs: usize) -> Vec<std::result::Result<Findings, String>> {
    let per = bodies.len().div_ceil(jobs).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = bodies
            .chunks(per)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|(_, body)| article::guarded(|| article::find(body)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}
