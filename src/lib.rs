//! newsdb turns a pile of news articles into a SQLite database you can ask questions of.
//!
//! The pipeline: [`ingest`] finds files, skips unchanged ones by their stat, reads and decodes
//! the rest ([`ingest::decode`]), hashes the normalised text, and on worker threads builds an
//! [`article::Article`] (front matter, [`article::clean`], [`extract`]: entities, mentions,
//! quotations — all pure). One writer ([`store`]) resolves entities corpus-wide and commits
//! articles in batched transactions to the database opened by [`db`]. [`report`], [`output`]
//! and friends read it back.

pub mod article;
pub mod checkpoint;
pub mod db;
pub mod error;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod output;
pub mod reindex;
pub mod report;
pub mod search;
pub mod stats;
pub mod store;
