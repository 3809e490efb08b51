//! The library's error type: what was being done, to which file, and what the user can do.

use std::path::PathBuf;

/// Everything that can go wrong in newsdb.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// SQLite refused an operation.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),

    /// Storing a batch failed (a full disk, a write error); nothing of the batch was stored.
    #[error(
        "writing to the database failed: {0}; the articles of this batch were not stored and \
         everything stored before is intact — free disk space (or fix the error) and run the \
         same ingest again to finish"
    )]
    Write(rusqlite::Error),

    /// Applying the schema migrations failed.
    #[error("upgrading the database schema: {0}")]
    Migration(#[from] refinery::Error),

    /// The database file was written by a newer newsdb.
    #[error(
        "{path} was made by a newer newsdb (schema version {found}, this newsdb knows up to {known}); \
         upgrade newsdb to open it — the file was not changed"
    )]
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// The highest schema version applied to it.
        found: i64,
        /// The highest schema version this build knows.
        known: i64,
    },

    /// The file exists but is not a newsdb database.
    #[error(
        "{path} is not a newsdb database ({why}); give another --db path — the file was not changed"
    )]
    NotNewsdb {
        /// The file.
        path: PathBuf,
        /// What gave it away.
        why: String,
    },

    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },

    /// Writing to stdout or an output file failed.
    #[error("writing output: {0}")]
    Output(#[from] std::io::Error),

    /// Writing CSV failed.
    #[error("writing CSV: {0}")]
    Csv(#[from] csv::Error),

    /// A saved report or its parameters are wrong.
    #[error("{0}")]
    Report(String),

    /// The user asked for something that cannot be done as asked.
    #[error("{0}")]
    Usage(String),
}

/// Result with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// True when the error is a closed stdout pipe (`newsdb … | head`), which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        let io = match self {
            Error::Output(e) => Some(e),
            Error::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(e) => Some(e),
                _ => None,
            },
            _ => None,
        };
        io.is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}
