//! The write path: one writer puts whole articles (with files, entities, mentions and
//! quotes) into the database in batched transactions, and keeps the run's record.

use foldhash::{HashMap, HashMapExt, HashSet};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OptionalExtension, params};

use crate::article::{Article, Findings};
use crate::checkpoint::Checkpointer;
use crate::error::Result;
use crate::extract::Kind;
use crate::extract::names::name_rank;
use crate::ingest::discover::FileStat;

/// Counts of what a run did with the files it saw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Files discovered.
    pub seen: u64,
    /// Files that brought a new article.
    pub new: u64,
    /// Files already stored with the same content.
    pub unchanged: u64,
    /// Files whose content is already stored under another path.
    pub duplicate: u64,
    /// Files that could not be ingested.
    pub failed: u64,
}

/// One file's result, ready for the writer.
#[derive(Debug)]
pub enum Item {
    /// A file whose text is not stored yet (as far as the worker could tell).
    New {
        /// The file.
        file: FileStat,
        /// Its encoding.
        encoding: &'static str,
        /// The article built from it.
        article: Box<Article>,
        /// The article the path pointed at before, if any.
        previous: Option<i64>,
    },
    /// A file whose text is already stored as an article.
    Known {
        /// The file.
        file: FileStat,
        /// Its encoding.
        encoding: &'static str,
        /// The stored article with the same content hash.
        article_id: i64,
        /// The article the path pointed at before, if any.
        previous: Option<i64>,
    },
    /// A file skipped by the stat check: same size, mtime and inode as stored.
    Unchanged,
    /// A file that could not be ingested.
    Failed {
        /// The path as shown to the user.
        path: String,
        /// Why, in one line.
        reason: String,
    },
}

/// The single writer of an ingest run.
///
/// Items go into one open transaction as they arrive and are committed together
/// ([`Writer::commit`]): a large database has indexes all over the file, and each commit
/// writes every page it touched, so fewer, larger commits write far less.
pub struct Writer<'c> {
    conn: &'c mut Connection,
    run_id: i64,
    entities: EntityCache,
    /// entity id → the surface forms already in `entity_aliases`
    aliases: HashMap<i64, HashSet<String>>,
    /// `PRAGMA data_version` when the caches above were last known to match the database;
    /// `None` makes the next transaction forget them.
    data_version: Option<i64>,
    /// The open transaction, if any.
    open: Option<Pending>,
    /// Set the scattered indexes aside once this writer has committed this many new articles
    /// (`None`: never).
    defer_after: Option<u64>,
    /// New articles this writer has committed.
    committed: u64,
    /// Whether this writer has set the scattered indexes aside.
    deferring: bool,
    /// New articles between two steps of [`Writer::work_ahead`]: a quarter of a batch. Each
    /// step writes a segment of the search index, so smaller steps mean more merging, and
    /// larger ones longer waits at commit.
    chunk: usize,
    /// The page cache size to go back to once they are built again.
    cache_before: Option<i64>,
    /// Copies committed transactions back into the database file while the writer goes on
    /// (`None`: SQLite's own checkpoints at commit).
    checkpointer: Option<Checkpointer>,
}

/// Indexes whose inserts land all over the file, in entity or quotation-hash order. A run that
/// loads more articles than the database held sets them aside and builds them once at the
/// end: sorting 4.6 million mentions takes seconds, inserting them one by one into an index
/// that outgrows the page cache took a fifth of a 100,000-article load.
const DEFERRABLE_INDEXES: [&str; 3] = ["mentions_entity", "quotes_text_key", "quotes_speaker"];
/// The page cache (negative: KiB) while those indexes are set aside: what a load touches then
/// is mostly the ends of the tables and the search index, and the same budget bounds the
/// memory the final sorts use before they spill to disk, so memory stays flat.
const LOAD_CACHE_KIB: i64 = -32_768;

/// kind → key → (entity id, [`name_rank`] of its canonical name); looked up by `&str`, without
/// building a key per mention.
type EntityCache = HashMap<Kind, HashMap<String, (i64, usize)>>;

/// What the open transaction holds.
struct Pending {
    began: Instant,
    /// The first article and quote not in the full-text indexes yet.
    first_article: i64,
    first_quote: i64,
    /// How many of `articles` are in the full-text indexes already.
    indexed: usize,
    articles: usize,
    counts: Counts,
    /// entity id → (articles, mentions) added in this transaction
    entity_counts: HashMap<i64, (i64, i64)>,
    /// (entity_a, entity_b) → articles added in this transaction, for `entity_pairs`
    pairs: HashMap<(i64, i64), i64>,
    /// Mentions to insert at commit: sorted by entity while `mentions_entity` is kept up
    /// (its inserts land all over the file, and in entity order they walk it once), by
    /// article while it is set aside (then every insert appends).
    mentions: Vec<MentionRow>,
}

/// A `mentions` row waiting for its transaction's commit.
struct MentionRow {
    entity_id: i64,
    article_id: i64,
    start_char: i64,
    end_char: i64,
    text: String,
}

impl<'c> Writer<'c> {
    /// Start an ingest run: record it in `runs`. Once the run has committed `batch` new
    /// articles and at least as many as the database held before it, it is a bulk load and
    /// sets the [scattered indexes](DEFERRABLE_INDEXES) aside until [`Writer::finish`].
    pub fn start(conn: &'c mut Connection, batch: usize) -> Result<Self> {
        let held: i64 = conn.query_row("SELECT coalesce(max(id), 0) FROM articles", [], |r| {
            r.get(0)
        })?;
        conn.execute(
            "INSERT INTO runs(started, newsdb_version) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?1)",
            [env!("CARGO_PKG_VERSION")],
        )?;
        let run_id = conn.last_insert_rowid();
        let defer_after = (held.max(0) as u64).max(batch.max(1) as u64);
        let mut writer = Self::new(conn, run_id, Some(defer_after))?;
        writer.chunk = (batch / 4).max(1);
        Ok(writer)
    }

    /// A writer that re-extracts stored articles (no ingest run is recorded).
    pub fn for_reindex(conn: &'c mut Connection) -> Result<Self> {
        Self::new(conn, 0, None)
    }

    fn new(conn: &'c mut Connection, run_id: i64, defer_after: Option<u64>) -> Result<Self> {
        // Every id this writer stores comes from the database inside the same transaction or
        // from caches checked against `data_version` when the transaction begins, and newsdb
        // never deletes articles, so SQLite's per-row foreign key lookups would only repeat
        // what is already known (they cost about a tenth of the writer's time).
        // Tests run `PRAGMA foreign_key_check` on the results.
        conn.pragma_update(None, "foreign_keys", false)?;
        let checkpointer = Checkpointer::attach(conn);
        Ok(Writer {
            conn,
            run_id,
            entities: HashMap::new(),
            aliases: HashMap::new(),
            data_version: None,
            open: None,
            defer_after,
            committed: 0,
            deferring: false,
            chunk: usize::MAX,
            cache_before: None,
            checkpointer,
        })
    }

    /// Forget the entity and alias caches: they fill again from the database entity by
    /// entity, as articles name them, so a small ingest into a large database reads only
    /// the entities it meets.
    fn forget_caches(&mut self) {
        self.entities.clear();
        self.aliases.clear();
    }

    /// This run's id.
    pub fn run_id(&self) -> i64 {
        self.run_id
    }

    /// Whether the open transaction should be committed now: it holds `max_articles` new
    /// articles or began `max_wait` ago.
    pub fn commit_due(&self, max_articles: usize, max_wait: Duration) -> bool {
        self.open
            .as_ref()
            .is_some_and(|p| p.articles >= max_articles.max(1) || p.began.elapsed() >= max_wait)
    }

    /// Begin a transaction unless one is open; forget the caches if another connection has
    /// changed the database since they were filled (they refill from it as entities come).
    fn begin(&mut self) -> Result<&mut Pending> {
        if self.open.is_none() {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            let ready = (|| -> Result<Pending> {
                let version: i64 = self
                    .conn
                    .query_row("PRAGMA data_version", [], |r| r.get(0))?;
                if self.data_version != Some(version) {
                    self.forget_caches();
                    self.data_version = Some(version);
                }
                Ok(Pending {
                    began: Instant::now(),
                    first_article: next_id(self.conn, "articles")?,
                    first_quote: next_id(self.conn, "quotes")?,
                    indexed: 0,
                    articles: 0,
                    counts: Counts::default(),
                    entity_counts: HashMap::new(),
                    pairs: HashMap::new(),
                    mentions: Vec::new(),
                })
            })();
            match ready {
                Ok(p) => self.open = Some(p),
                Err(e) => {
                    self.rollback();
                    return Err(e);
                }
            }
        }
        Ok(self.open.as_mut().expect("just opened"))
    }

    /// Abandon the open transaction; the caches may hold its ids, so the next one forgets them.
    fn rollback(&mut self) {
        self.open = None;
        self.data_version = None;
        if !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }

    /// Store one item in the open transaction (beginning one if needed). On an error the
    /// transaction is rolled back: nothing of it lands.
    pub fn add(&mut self, item: Item) -> Result<()> {
        self.begin()?;
        let result = self.store(item).and_then(|()| self.work_ahead());
        if result.is_err() {
            self.rollback();
        }
        result
    }

    /// During a bulk load, store the staged mentions and index the new articles as they pile
    /// up rather than all at commit, while the workers wait for the writer. (With
    /// `mentions_entity` set aside, article order is the best insertion order anyway.)
    fn work_ahead(&mut self) -> Result<()> {
        let p = self.open.as_mut().expect("begun");
        if !self.deferring || p.articles - p.indexed < self.chunk {
            return Ok(());
        }
        insert_mentions(self.conn, std::mem::take(&mut p.mentions), true)?;
        index_new_rows(self.conn, Some(p.first_article), p.first_quote)?;
        p.first_article = next_id(self.conn, "articles")?;
        p.first_quote = next_id(self.conn, "quotes")?;
        p.indexed = p.articles;
        Ok(())
    }

    fn store(&mut self, item: Item) -> Result<()> {
        let conn: &Connection = self.conn;
        let p = self.open.as_mut().expect("begun");
        match item {
            Item::New {
                file,
                encoding,
                article,
                previous,
            } => {
                let id = match insert_article(conn, &article, self.run_id)? {
                    Some(id) => {
                        insert_extraction(
                            conn,
                            id,
                            article.findings,
                            &mut self.entities,
                            &mut self.aliases,
                            p,
                        )?;
                        p.counts.new += 1;
                        p.articles += 1;
                        id
                    }
                    None => {
                        let id = article_id(conn, &article.content_hash)?;
                        let previous = previous.or(stored_article(conn, &file.path)?);
                        tally_known(&mut p.counts, previous, id);
                        id
                    }
                };
                upsert_file(conn, &file, encoding, id, self.run_id)?;
            }
            Item::Known {
                file,
                encoding,
                article_id,
                previous,
            } => {
                let previous = previous.or(stored_article(conn, &file.path)?);
                tally_known(&mut p.counts, previous, article_id);
                upsert_file(conn, &file, encoding, article_id, self.run_id)?;
            }
            Item::Unchanged => p.counts.unchanged += 1,
            Item::Failed { path, reason } => {
                p.counts.failed += 1;
                conn.prepare_cached(
                    "INSERT INTO failures(run_id, path, reason, at)
                     VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                )?
                .execute(params![self.run_id, path, reason])?;
            }
        }
        Ok(())
    }

    /// Commit the open transaction, if any, adding its figures to `counts`: everything
    /// stored since it began lands at once, or (on an error) none of it.
    pub fn commit(&mut self, counts: &mut Counts) -> Result<()> {
        let Some(p) = self.open.take() else {
            return Ok(());
        };
        let landed = self.land(p, true)?;
        self.committed += landed.new;
        if !self.deferring && self.defer_after.is_some_and(|n| self.committed >= n) {
            self.defer_indexes()?;
        }
        counts.new += landed.new;
        counts.unchanged += landed.unchanged;
        counts.duplicate += landed.duplicate;
        counts.failed += landed.failed;
        Ok(())
    }

    /// Write what a transaction staged (mentions in entity order, new rows of the search
    /// indexes, entity counts) and commit it; on an error roll all of it back.
    fn land(&mut self, p: Pending, new_articles: bool) -> Result<Counts> {
        let result = (|| -> Result<()> {
            insert_mentions(self.conn, p.mentions, self.deferring)?;
            let first_article = new_articles.then_some(p.first_article);
            index_new_rows(self.conn, first_article, p.first_quote)?;
            add_entity_counts(self.conn, &p.entity_counts)?;
            add_entity_pairs(self.conn, &p.pairs)?;
            self.conn.execute_batch("COMMIT")?;
            Ok(())
        })();
        match result {
            Ok(()) => Ok(p.counts),
            Err(e) => {
                self.rollback();
                Err(e)
            }
        }
    }

    /// Replace the mentions and quotes of stored articles with new findings, in one
    /// transaction; entities keep their ids wherever their identity key is found again.
    pub fn reindex(&mut self, batch: Vec<(i64, Findings)>) -> Result<()> {
        self.begin()?;
        let result = (|| -> Result<()> {
            let conn: &Connection = self.conn;
            let p = self.open.as_mut().expect("begun");
            // This transaction takes the pairs off itself, an article at a time (see
            // `entity_pairs_paused` in migrations/V7__entity_pairs.sql).
            conn.execute("INSERT INTO entity_pairs_paused(paused) VALUES (1)", [])?;
            for (article_id, findings) in batch {
                unstage_pairs(conn, article_id, &mut p.pairs)?;
                // The delete triggers take these rows off the entities' counts.
                conn.prepare_cached("DELETE FROM mentions WHERE article_id = ?1")?
                    .execute([article_id])?;
                conn.prepare_cached("DELETE FROM quotes WHERE article_id = ?1")?
                    .execute([article_id])?;
                insert_extraction(
                    conn,
                    article_id,
                    findings,
                    &mut self.entities,
                    &mut self.aliases,
                    p,
                )?;
                conn.prepare_cached("UPDATE articles SET extractor_version = ?2 WHERE id = ?1")?
                    .execute(params![article_id, crate::extract::VERSION])?;
            }
            conn.execute("DELETE FROM entity_pairs_paused", [])?;
            Ok(())
        })();
        if let Err(e) = result {
            self.rollback();
            return Err(e);
        }
        let p = self.open.take().expect("begun");
        self.land(p, false).map(|_| ())
    }

    /// Set the [scattered indexes](DEFERRABLE_INDEXES) aside, recording each in
    /// `deferred_indexes` in the same transaction, so that a run killed before it builds them
    /// again leaves a note of what is missing.
    fn defer_indexes(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for name in DEFERRABLE_INDEXES {
            if let Some(sql) = index_sql(&tx, name)? {
                tx.execute(
                    "INSERT OR REPLACE INTO deferred_indexes(name, sql) VALUES (?1, ?2)",
                    params![name, sql],
                )?;
                tx.execute_batch(&format!("DROP INDEX \"{name}\""))?;
            }
        }
        tx.commit()?;
        self.deferring = true;
        self.cache_before = Some(self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?);
        self.conn
            .pragma_update(None, "cache_size", LOAD_CACHE_KIB)?;
        Ok(())
    }

    /// How many indexes a bulk load has set aside (this run's or an interrupted run's) and
    /// [`Writer::finish`] will build.
    pub fn deferred_indexes(&self) -> usize {
        crate::db::set_aside_indexes(self.conn).len()
    }

    /// Build every index in `deferred_indexes` that is missing and empty the table, in one
    /// transaction. Only the indexes newsdb itself sets aside are built: the table is part of
    /// a file anyone can edit.
    fn restore_indexes(&mut self) -> Result<()> {
        let pending: Vec<(String, String)> = self
            .conn
            .prepare("SELECT name, sql FROM deferred_indexes ORDER BY name")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if pending.is_empty() {
            return Ok(());
        }
        // CREATE INDEX sorts in memory up to the page cache's size and spills the rest to
        // temporary files, which `temp_store = MEMORY` would keep in memory too: sort in a
        // smaller budget on disk, so that memory stays flat whatever the corpus.
        let cache = match self.cache_before.take() {
            Some(before) => before,
            None => self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?,
        };
        let temp: i64 = self.conn.query_row("PRAGMA temp_store", [], |r| r.get(0))?;
        // Sort on every core (up to 4), each with its share of the budget: a sixth faster in
        // the same memory.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        self.conn.pragma_update(None, "temp_store", "FILE")?;
        self.conn
            .pragma_update(None, "cache_size", LOAD_CACHE_KIB / threads as i64)?;
        self.conn.pragma_update(None, "threads", threads as i64)?;
        let built = self.build_indexes(&pending);
        self.conn.pragma_update(None, "threads", 0)?;
        self.conn.pragma_update(None, "cache_size", cache)?;
        self.conn.pragma_update(None, "temp_store", temp)?;
        built
    }

    fn build_indexes(&mut self, pending: &[(String, String)]) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for (name, sql) in pending {
            let ours = DEFERRABLE_INDEXES.contains(&name.as_str())
                && sql.starts_with(&format!("CREATE INDEX {name} ON "));
            if ours && index_sql(&tx, name)?.is_none() {
                tx.execute_batch(sql)?;
            }
        }
        tx.execute("DELETE FROM deferred_indexes", [])?;
        tx.commit()?;
        self.deferring = false;
        Ok(())
    }

    /// End a reindex: remove entities nothing refers to any more, with their aliases, and
    /// fold the WAL back. Returns how many entities went.
    pub fn finish_reindex(mut self) -> Result<usize> {
        self.restore_indexes()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // Pairs taken down to 0, by this re-extraction or by mentions deleted by hand.
        tx.execute("DELETE FROM entity_pairs WHERE articles <= 0", [])?;
        let unused = "SELECT id FROM entities e
             WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)
               AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = e.id)";
        tx.execute(
            &format!("DELETE FROM entity_aliases WHERE entity_id IN ({unused})"),
            [],
        )?;
        let n = tx.execute(&format!("DELETE FROM entities WHERE id IN ({unused})"), [])?;
        tx.commit()?;
        self.wrap_up()?;
        Ok(n)
    }

    /// Stop the checkpoint thread, if any, and go back to SQLite's own checkpoints.
    fn detach_checkpointer(&mut self) -> Result<()> {
        if self.checkpointer.take().is_some() {
            // SQLite's default: a checkpoint at the commit that takes the log past 1,000 pages.
            self.conn.pragma_update(None, "wal_autocheckpoint", 1000)?;
        }
        Ok(())
    }

    /// Refresh the planner's statistics, then copy the whole log back into the database
    /// file and empty it.
    fn wrap_up(&mut self) -> Result<()> {
        self.conn.execute_batch("PRAGMA optimize;")?;
        self.detach_checkpointer()?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Commit what is pending, record the run's figures, refresh the planner's statistics
    /// and fold the WAL back into the database file so the user has one file to copy.
    pub fn finish(mut self, counts: &mut Counts) -> Result<()> {
        // Setting indexes aside only to build them straight back would gain nothing.
        self.defer_after = None;
        self.commit(counts)?;
        self.restore_indexes()?;
        self.conn.execute(
            "UPDATE runs SET finished = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), files_seen = ?2,
                 files_new = ?3, files_unchanged = ?4, files_duplicate = ?5, files_failed = ?6
             WHERE id = ?1",
            params![
                self.run_id,
                counts.seen as i64,
                counts.new as i64,
                counts.unchanged as i64,
                counts.duplicate as i64,
                counts.failed as i64
            ],
        )?;
        self.wrap_up()?;
        Ok(())
    }
}

impl Drop for Writer<'_> {
    /// A writer dropped with a transaction open (an error stopped the run) leaves nothing
    /// of it behind.
    fn drop(&mut self) {
        self.rollback();
        let _ = self.detach_checkpointer();
    }
}

/// The statement that made the index `name`, if there is one.
fn index_sql(conn: &Connection, name: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
            [name],
            |r| r.get(0),
        )
        .optional()?)
}

/// The surface forms already stored for an entity.
fn stored_aliases(tx: &Connection, entity_id: i64) -> Result<HashSet<String>> {
    let mut stmt = tx.prepare_cached("SELECT alias FROM entity_aliases WHERE entity_id = ?1")?;
    let rows = stmt.query_map([entity_id], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Rows per `INSERT INTO mentions` statement: starting and halting a statement is not free,
/// and single-row inserts paid for it 46 times an article.
const MENTIONS_PER_INSERT: usize = 64;

/// Insert a transaction's mentions, in entity order or (while `mentions_entity` is set
/// aside) in article order.
fn insert_mentions(conn: &Connection, mut rows: Vec<MentionRow>, by_article: bool) -> Result<()> {
    if by_article {
        rows.sort_unstable_by_key(|m| (m.article_id, m.start_char));
    } else {
        rows.sort_unstable_by_key(|m| (m.entity_id, m.article_id, m.start_char));
    }
    let sql = |n: usize| {
        let values = vec!["(?, ?, ?, ?, ?)"; n].join(", ");
        // OR FAIL: a multi-row INSERT that may ABORT keeps a statement journal, a copy of every
        // page it touches; on any error the writer rolls the whole transaction back anyway.
        format!(
            "INSERT OR FAIL INTO mentions(article_id, entity_id, start_char, end_char, text) VALUES {values}"
        )
    };
    let insert = |sql: &str, part: &[MentionRow]| -> Result<()> {
        let mut stmt = conn.prepare_cached(sql)?;
        for (i, m) in part.iter().enumerate() {
            let at = i * 5;
            stmt.raw_bind_parameter(at + 1, m.article_id)?;
            stmt.raw_bind_parameter(at + 2, m.entity_id)?;
            stmt.raw_bind_parameter(at + 3, m.start_char)?;
            stmt.raw_bind_parameter(at + 4, m.end_char)?;
            stmt.raw_bind_parameter(at + 5, m.text.as_str())?;
        }
        stmt.raw_execute()?;
        Ok(())
    };
    // Two statements only (full chunks, then the rest row by row), so the statement cache
    // keeps both.
    let (full, one) = (sql(MENTIONS_PER_INSERT), sql(1));
    let mut chunks = rows.chunks_exact(MENTIONS_PER_INSERT);
    for chunk in &mut chunks {
        insert(&full, chunk)?;
    }
    for m in chunks.remainder() {
        insert(&one, std::slice::from_ref(m))?;
    }
    Ok(())
}

/// Add a transaction's new mentions to the entities' `articles` and `mentions` counts.
fn add_entity_counts(conn: &Connection, added: &HashMap<i64, (i64, i64)>) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "UPDATE entities SET articles = articles + ?2, mentions = mentions + ?3 WHERE id = ?1",
    )?;
    let mut ids: Vec<_> = added.iter().collect();
    ids.sort_unstable_by_key(|(id, _)| **id);
    for (id, (articles, mentions)) in ids {
        stmt.execute(params![id, articles, mentions])?;
    }
    Ok(())
}

/// Add a transaction's changes to the pair counts of `entity_pairs`, in key order: its new
/// articles, less the re-extracted articles' old pairs (a pair that falls to 0 goes when the
/// reindex ends).
fn add_entity_pairs(conn: &Connection, added: &HashMap<(i64, i64), i64>) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO entity_pairs(entity_a, entity_b, articles) VALUES (?1, ?2, ?3)
         ON CONFLICT(entity_a, entity_b) DO UPDATE SET articles = articles + excluded.articles",
    )?;
    // (a re-extraction that finds the same pairs again changes nothing)
    let mut pairs: Vec<_> = added.iter().filter(|(_, n)| **n != 0).collect();
    pairs.sort_unstable_by_key(|(pair, _)| **pair);
    for ((a, b), n) in pairs {
        stmt.execute(params![a, b, n])?;
    }
    Ok(())
}

/// The rowid the next insert into `table` gets (no row is ever deleted by newsdb, and the
/// batch holds the write lock, so a batch's new rows are exactly those from here on).
fn next_id(tx: &Connection, table: &str) -> Result<i64> {
    Ok(tx.query_row(
        &format!("SELECT coalesce(max(id), 0) + 1 FROM {table}"),
        [],
        |r| r.get(0),
    )?)
}

/// Add the batch's new articles and quotes to the full-text indexes in one statement each:
/// FTS5 then writes one segment per batch instead of flushing on every row.
fn index_new_rows(tx: &Connection, first_article: Option<i64>, first_quote: i64) -> Result<()> {
    if let Some(first) = first_article {
        tx.prepare_cached(
            "INSERT INTO articles_fts(rowid, title, body) SELECT id, title, body FROM articles WHERE id >= ?1",
        )?
        .execute([first])?;
    }
    tx.prepare_cached(
        "INSERT INTO quotes_fts(rowid, text, speaker) SELECT id, text, speaker FROM quotes WHERE id >= ?1",
    )?
    .execute([first_quote])?;
    Ok(())
}

/// The article a path points at now (another process may have stored it since the walk).
fn stored_article(tx: &Connection, path: &str) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached("SELECT article_id FROM files WHERE path = ?1")?
        .query_row([path], |r| r.get(0))
        .optional()?)
}

fn tally_known(counts: &mut Counts, previous: Option<i64>, id: i64) {
    if previous == Some(id) {
        counts.unchanged += 1;
    } else {
        counts.duplicate += 1;
    }
}

/// Parse `entities.kind`.
pub fn kind_from_str(s: &str) -> Option<Kind> {
    match s {
        "person" => Some(Kind::Person),
        "organization" => Some(Kind::Organization),
        "place" => Some(Kind::Place),
        "nationality" => Some(Kind::Nationality),
        "event" => Some(Kind::Event),
        _ => None,
    }
}

/// Insert the article unless its text is stored already; its new id, or `None`.
///
/// `changes()` and `last_insert_rowid()` rather than `RETURNING`: SQLite runs `RETURNING` as a
/// trigger, which makes every such insert copy the pages it touches to a statement journal.
fn insert_article(tx: &Connection, a: &Article, run_id: i64) -> Result<Option<i64>> {
    let changed = tx
        .prepare_cached(
            "INSERT INTO articles(content_hash, title, source, url, published, body, word_count,
                                  extractor_version, run_id, ingested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
             ON CONFLICT(content_hash) DO NOTHING",
        )?
        .execute(params![
            a.content_hash,
            a.title,
            a.source,
            a.url,
            a.published,
            a.body,
            a.word_count as i64,
            crate::extract::VERSION,
            run_id
        ])?;
    Ok((changed == 1).then(|| tx.last_insert_rowid()))
}

fn article_id(tx: &Connection, hash: &str) -> Result<i64> {
    Ok(tx
        .prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")?
        .query_row([hash], |r| r.get(0))?)
}

fn upsert_file(
    tx: &Connection,
    f: &FileStat,
    encoding: &str,
    article_id: i64,
    run_id: i64,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO files(path, article_id, size, mtime, inode, encoding, seen_at, run_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?7)
         ON CONFLICT(path) DO UPDATE SET article_id = excluded.article_id, size = excluded.size,
             mtime = excluded.mtime, inode = excluded.inode, encoding = excluded.encoding,
             seen_at = excluded.seen_at, run_id = excluded.run_id",
    )?
    .execute(params![
        f.path,
        article_id,
        f.size as i64,
        f.mtime,
        f.inode,
        encoding,
        run_id
    ])?;
    Ok(())
}

/// Resolve the article's entities to corpus-wide ids and store its mentions and quotes.
fn insert_extraction(
    tx: &Connection,
    article_id: i64,
    a: Findings,
    cache: &mut EntityCache,
    known_aliases: &mut HashMap<i64, HashSet<String>>,
    staged: &mut Pending,
) -> Result<()> {
    let mut ids = Vec::with_capacity(a.entities.len());
    for e in &a.entities {
        let (id, inserted) = entity_id(tx, e, cache)?;
        if inserted {
            // a new entity has no aliases yet: nothing to read back
            known_aliases.entry(id).or_default();
        }
        ids.push(id);
    }
    // This article's mentions per entity id (two recognised entities may share an id).
    let mut mentioned: Vec<i64> = a.mentions.iter().map(|m| ids[m.entity]).collect();
    mentioned.sort_unstable();
    for run in mentioned.chunk_by(|a, b| a == b) {
        let c = staged.entity_counts.entry(run[0]).or_default();
        c.0 += 1;
        c.1 += run.len() as i64;
    }
    stage_pairs(&a, &ids, &mut staged.pairs);
    let mut alias = tx
        .prepare_cached("INSERT OR IGNORE INTO entity_aliases(entity_id, alias) VALUES (?1, ?2)")?;
    for m in a.mentions {
        let id = ids[m.entity];
        let forms = match known_aliases.entry(id) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => e.insert(stored_aliases(tx, id)?),
        };
        if !forms.contains(m.text.as_str()) {
            alias.execute(params![id, m.text])?;
            forms.insert(m.text.clone());
        }
        staged.mentions.push(MentionRow {
            entity_id: id,
            article_id,
            start_char: m.start_char as i64,
            end_char: m.end_char as i64,
            text: m.text,
        });
    }
    let mut quote = tx.prepare_cached(
        "INSERT INTO quotes(article_id, text, start_char, end_char, kind, speaker, speaker_start,
                            speaker_end, speaker_id, cue, rule, text_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    for q in &a.quotes {
        let (speaker, s_start, s_end) = match &q.speaker {
            Some((text, s, e)) => (Some(text.as_str()), Some(*s as i64), Some(*e as i64)),
            None => (None, None, None),
        };
        quote.execute(params![
            article_id,
            q.text,
            q.start_char as i64,
            q.end_char as i64,
            q.kind,
            speaker,
            s_start,
            s_end,
            q.speaker_entity.map(|i| ids[i]),
            q.cue,
            q.rule,
            q.text_key
        ])?;
    }
    Ok(())
}

/// Count the article once for every two entities of one kind it names, persons aside (see
/// `entity_pairs` in `migrations/V7__entity_pairs.sql`).
fn stage_pairs(a: &Findings, ids: &[i64], pairs: &mut HashMap<(i64, i64), i64>) {
    let mut named: Vec<(Kind, i64)> = a
        .mentions
        .iter()
        .map(|m| (a.entities[m.entity].kind, ids[m.entity]))
        .filter(|(kind, _)| *kind != Kind::Person)
        .collect();
    named.sort_unstable();
    named.dedup();
    add_same_kind_pairs(&named, 1, pairs);
}

/// Add `delta` to every two entities of one kind in `named`, which is sorted by kind, then
/// id, without repeats.
fn add_same_kind_pairs<K: PartialEq>(
    named: &[(K, i64)],
    delta: i64,
    pairs: &mut HashMap<(i64, i64), i64>,
) {
    for same_kind in named.chunk_by(|x, y| x.0 == y.0) {
        for (i, (_, a)) in same_kind.iter().enumerate() {
            for (_, b) in &same_kind[i + 1..] {
                *pairs.entry((*a, *b)).or_default() += delta;
            }
        }
    }
}

/// Take a stored article off the pair counts before its mentions go: the same pairs
/// [`stage_pairs`] counted when it was stored, read back from its mentions.
fn unstage_pairs(
    tx: &Connection,
    article_id: i64,
    pairs: &mut HashMap<(i64, i64), i64>,
) -> Result<()> {
    let named: Vec<(String, i64)> = tx
        .prepare_cached(
            "SELECT DISTINCT e.kind, m.entity_id
             FROM mentions m JOIN entities e ON e.id = m.entity_id
             WHERE m.article_id = ?1 AND e.kind <> 'person'
             ORDER BY e.kind, m.entity_id",
        )?
        .query_map([article_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    add_same_kind_pairs(&named, -1, pairs);
    Ok(())
}

/// The entity's id, and whether this call inserted it.
fn entity_id(
    tx: &Connection,
    e: &crate::extract::Entity,
    cache: &mut EntityCache,
) -> Result<(i64, bool)> {
    let rank = name_rank(&e.name);
    let known = cache.entry(e.kind).or_default();
    if let Some((id, known_rank)) = known.get_mut(e.key.as_str()) {
        if rank > *known_rank {
            tx.prepare_cached("UPDATE entities SET name = ?2 WHERE id = ?1")?
                .execute(params![*id, e.name])?;
            *known_rank = rank;
        }
        return Ok((*id, false));
    }
    let changed = tx
        .prepare_cached(
            "INSERT INTO entities(name, kind, key) VALUES (?1, ?2, ?3)
             ON CONFLICT(kind, key) DO NOTHING",
        )?
        .execute(params![e.name, e.kind.as_str(), e.key])?;
    let inserted = (changed == 1).then(|| tx.last_insert_rowid());
    let id = match inserted {
        Some(id) => id,
        None => {
            // Stored before this writer met it: keep the fuller of the two names.
            let (id, stored): (i64, String) = tx
                .prepare_cached("SELECT id, name FROM entities WHERE kind = ?1 AND key = ?2")?
                .query_row(params![e.kind.as_str(), e.key], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
            let stored_rank = name_rank(&stored);
            if rank > stored_rank {
                tx.prepare_cached("UPDATE entities SET name = ?2 WHERE id = ?1")?
                    .execute(params![id, e.name])?;
            } else {
                known.insert(e.key.clone(), (id, stored_rank));
                return Ok((id, false));
            }
            id
        }
    };
    known.insert(e.key.clone(), (id, rank));
    Ok((id, inserted.is_some()))
}
