//! A temporary working directory and a way to run the real `newsdb` binary in it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A scratch directory with its own database.
pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn db(&self) -> PathBuf {
        self.path().join("news.sqlite")
    }

    /// Write a file (creating its folders) and return its path.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path().join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, bytes).expect("write");
        p
    }

    /// Run `newsdb --db <db> ARGS…` in the directory.
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_newsdb"))
            .current_dir(self.path())
            .arg("--db")
            .arg(self.db())
            .args(args)
            .env_remove("NEWSDB_DB")
            .output()
            .expect("run newsdb")
    }

    /// Start `newsdb --db <db> ingest --quiet DIR` in the background, stderr piped.
    pub fn spawn_ingest(&self, dir: &str) -> std::process::Child {
        Command::new(env!("CARGO_BIN_EXE_newsdb"))
            .current_dir(self.path())
            .arg("--db")
            .arg(self.db())
            // Small transactions, so that kills and a concurrent run land between commits.
            .args(["ingest", "--quiet", "--commit-every", "50", dir])
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn newsdb")
    }

    /// Run and insist on success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "newsdb {args:?} failed ({:?}):\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// A read-only connection to the database, for checks.
    pub fn conn(&self) -> rusqlite::Connection {
        rusqlite::Connection::open_with_flags(self.db(), rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open db")
    }

    /// A writable connection, for setting up a state by hand.
    pub fn conn_rw(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.db()).expect("open db")
    }

    /// One integer from SQL.
    pub fn count(&self, sql: &str) -> i64 {
        self.conn().query_row(sql, [], |r| r.get(0)).expect(sql)
    }
}

/// The sample articles shipped in the repo.
pub fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
