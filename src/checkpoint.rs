//! Copying the write-ahead log back into the database on a thread of its own, so the writer
//! goes on with the next batch instead of waiting for the copy and its syncs.
//!
//! In WAL mode every commit appends pages to the `-wal` file, and a checkpoint copies them
//! into the database file. SQLite's automatic checkpoint runs inside the committing
//! connection: on a 100,000-article load each one stopped the writer, and with it the
//! workers, for seconds, most of them spent waiting for the disk. A checkpoint from another
//! connection runs alongside the writer ([PASSIVE mode] takes no lock the writer needs), so
//! here a thread with its own connection copies the log each time it has grown by
//! [`STEP_PAGES`].
//!
//! The log starts again from its beginning only when a transaction begins with every page
//! already copied back, which a writer that begins its next batch at once rarely sees. So
//! once the log holds more than [`MAX_LOG_PAGES`], the commit waits for a checkpoint of
//! everything committed; by then most of it is copied already.
//!
//! [PASSIVE mode]: https://www.sqlite.org/c3ref/wal_checkpoint_v2.html

use std::thread::JoinHandle;
use std::time::Duration;

use crossbeam_channel::{Sender, bounded};
use rusqlite::{Connection, OpenFlags};

/// Copy the log back each time it has grown by this many pages (128 MiB of 8 KiB pages).
/// Pages written again by later commits (index roots, the entity tables) are copied once per
/// step, so much smaller steps copy more in all.
const STEP_PAGES: i32 = 16_384;
/// How many pages the log may hold (512 MiB) before a commit waits for it to be copied back,
/// so that it starts again from its beginning.
const MAX_LOG_PAGES: i32 = 65_536;

/// What the checkpoint thread is asked to do.
enum Request {
    /// Copy what has been committed.
    Copy,
    /// Copy what has been committed, then say so.
    CopyAndReply(Sender<()>),
    /// Stop.
    Stop,
}

/// A thread that checkpoints a database as its writer's commits grow the log. Dropping it
/// finishes the checkpoint under way and stops the thread; the writer's connection then
/// goes back to SQLite's own checkpoints.
pub struct Checkpointer {
    requests: Sender<Request>,
    thread: Option<JoinHandle<()>>,
}

impl Checkpointer {
    /// Checkpoint from a connection of its own as `writer`'s commits grow the log. `None`
    /// (and SQLite's own checkpoints) when there is no file to open a second connection to,
    /// as for an in-memory database, or it cannot be opened.
    pub fn attach(writer: &mut Connection) -> Option<Self> {
        Self::attach_with(writer, STEP_PAGES, MAX_LOG_PAGES)
    }

    fn attach_with(writer: &mut Connection, step: i32, max_log: i32) -> Option<Self> {
        let path = writer.path().filter(|p| !p.is_empty())?.to_string();
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()?;
        conn.busy_timeout(Duration::from_secs(30)).ok()?;
        // A checkpoint syncs as the connection that runs it is set to.
        conn.pragma_update(None, "synchronous", "NORMAL").ok()?;
        let (requests, incoming) = bounded::<Request>(1);
        let thread = std::thread::Builder::new()
            .name("checkpoint".into())
            .spawn(move || {
                for request in incoming {
                    if matches!(request, Request::Stop) {
                        break;
                    }
                    // A failed checkpoint loses nothing: the pages stay in the log, and the
                    // writer's last checkpoint copies them or reports why it cannot.
                    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                    if let Request::CopyAndReply(done) = request {
                        let _ = done.send(());
                    }
                }
            })
            .ok()?;
        let hook_requests = requests.clone();
        let mut next = step;
        let hooked = writer.wal_hook(Some(move |_: &mut rusqlite::hooks::Wal, pages: i32| {
            if pages > max_log {
                // Once the thread has stopped, these fail and nothing waits.
                let (done, wait) = bounded(1);
                if hook_requests.send(Request::CopyAndReply(done)).is_ok() {
                    let _ = wait.recv();
                }
                next = step;
            } else if pages >= next || pages < next - step {
                // Grown by a step, or started again from the beginning.
                let _ = hook_requests.try_send(Request::Copy);
                next = pages + step;
            }
            Ok(())
        }));
        let checkpointer = Checkpointer {
            requests,
            thread: Some(thread),
        };
        // On failure the drop stops the thread.
        hooked.ok().map(|()| checkpointer)
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        let _ = self.requests.send(Request::Stop);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// How many pages the log file has room for: it is written again from its start, not
    /// truncated, when it starts again, so its length is the most it ever held.
    fn log_file_pages(path: &Path) -> u64 {
        let wal = format!("{}-wal", path.display());
        std::fs::metadata(wal).unwrap().len() / (4096 + 24)
    }

    fn writer(path: &Path) -> Connection {
        let conn = Connection::open(path).unwrap();
        conn.pragma_update(None, "page_size", 4096).unwrap();
        conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))
            .unwrap();
        conn.execute_batch("CREATE TABLE t(x BLOB)").unwrap();
        conn
    }

    fn commit_pages(conn: &Connection, commits: usize) {
        for _ in 0..commits {
            conn.execute("INSERT INTO t VALUES (zeroblob(3000))", [])
                .unwrap();
        }
    }

    #[test]
    fn the_log_starts_again_instead_of_growing_with_every_commit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite");
        let mut conn = writer(&path);
        conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
        let checkpointer = Checkpointer::attach_with(&mut conn, 8, 32).expect("a file database");
        commit_pages(&conn, 400);
        drop(checkpointer);
        let bounded = log_file_pages(&path);
        assert!(bounded <= 32 + 8, "the log holds {bounded} pages");
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 400);

        // Without it (and without SQLite's own checkpoints) the same commits pile up.
        let other = dir.path().join("other.sqlite");
        let conn = writer(&other);
        conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
        commit_pages(&conn, 400);
        assert!(log_file_pages(&other) > 400);
    }

    #[test]
    fn an_in_memory_database_keeps_sqlites_own_checkpoints() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert!(Checkpointer::attach(&mut conn).is_none());
    }
}
