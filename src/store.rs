//! The write path: one writer puts whole articles (with files, entities, mentions and
//! quotes) into the database in batched transactions, and keeps the run's record.

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::article::{Article, Findings};
use crate::error::Result;
use crate::extract::Kind;
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
pub struct Writer<'c> {
    conn: &'c mut Connection,
    run_id: i64,
    /// (kind, key) → (entity id, words in its canonical name)
    entities: HashMap<(Kind, String), (i64, usize)>,
    /// entity id → the surface forms already in `entity_aliases`
    aliases: HashMap<i64, HashSet<String>>,
}

impl<'c> Writer<'c> {
    /// Start an ingest run: record it and load the entity dictionary.
    pub fn start(conn: &'c mut Connection) -> Result<Self> {
        conn.execute(
            "INSERT INTO runs(started, newsdb_version) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?1)",
            [env!("CARGO_PKG_VERSION")],
        )?;
        let run_id = conn.last_insert_rowid();
        Self::load(conn, run_id)
    }

    /// A writer that re-extracts stored articles (no ingest run is recorded).
    pub fn for_reindex(conn: &'c mut Connection) -> Result<Self> {
        Self::load(conn, 0)
    }

    fn load(conn: &'c mut Connection, run_id: i64) -> Result<Self> {
        let mut entities = HashMap::new();
        {
            let mut stmt = conn.prepare("SELECT id, kind, key, name FROM entities")?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?;
            for row in rows {
                let (id, kind, key, name) = row?;
                if let Some(kind) = kind_from_str(&kind) {
                    entities.insert((kind, key), (id, name.split_whitespace().count()));
                }
            }
        }
        let mut aliases: HashMap<i64, HashSet<String>> = HashMap::new();
        {
            let mut stmt = conn.prepare("SELECT entity_id, alias FROM entity_aliases")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (id, alias) = row?;
                aliases.entry(id).or_default().insert(alias);
            }
        }
        Ok(Writer {
            conn,
            run_id,
            entities,
            aliases,
        })
    }

    /// This run's id.
    pub fn run_id(&self) -> i64 {
        self.run_id
    }

    /// Write a batch of items in one transaction: all of it lands, or none of it.
    pub fn write(&mut self, items: Vec<Item>, counts: &mut Counts) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut local = Counts::default();
        let first_article = next_id(&tx, "articles")?;
        let first_quote = next_id(&tx, "quotes")?;
        for item in items {
            match item {
                Item::New {
                    file,
                    encoding,
                    article,
                    previous,
                } => {
                    let id = match insert_article(&tx, &article, self.run_id)? {
                        Some(id) => {
                            insert_extraction(
                                &tx,
                                id,
                                &article.findings,
                                &mut self.entities,
                                &mut self.aliases,
                            )?;
                            local.new += 1;
                            id
                        }
                        None => {
                            let id = article_id(&tx, &article.content_hash)?;
                            let previous = previous.or(stored_article(&tx, &file.path)?);
                            tally_known(&mut local, previous, id);
                            id
                        }
                    };
                    upsert_file(&tx, &file, encoding, id, self.run_id)?;
                }
                Item::Known {
                    file,
                    encoding,
                    article_id,
                    previous,
                } => {
                    let previous = previous.or(stored_article(&tx, &file.path)?);
                    tally_known(&mut local, previous, article_id);
                    upsert_file(&tx, &file, encoding, article_id, self.run_id)?;
                }
                Item::Unchanged => local.unchanged += 1,
                Item::Failed { path, reason } => {
                    local.failed += 1;
                    tx.prepare_cached(
                        "INSERT INTO failures(run_id, path, reason, at)
                         VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                    )?
                    .execute(params![self.run_id, path, reason])?;
                }
            }
        }
        index_new_rows(&tx, Some(first_article), first_quote)?;
        tx.commit()?;
        counts.new += local.new;
        counts.unchanged += local.unchanged;
        counts.duplicate += local.duplicate;
        counts.failed += local.failed;
        Ok(())
    }

    /// Replace the mentions and quotes of stored articles with new findings, in one
    /// transaction; entities keep their ids wherever their identity key is found again.
    pub fn reindex(&mut self, batch: Vec<(i64, Findings)>) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let first_quote = next_id(&tx, "quotes")?;
        for (article_id, findings) in &batch {
            tx.prepare_cached("DELETE FROM mentions WHERE article_id = ?1")?
                .execute([article_id])?;
            tx.prepare_cached("DELETE FROM quotes WHERE article_id = ?1")?
                .execute([article_id])?;
            insert_extraction(
                &tx,
                *article_id,
                findings,
                &mut self.entities,
                &mut self.aliases,
            )?;
            tx.prepare_cached("UPDATE articles SET extractor_version = ?2 WHERE id = ?1")?
                .execute(params![article_id, crate::extract::VERSION])?;
        }
        index_new_rows(&tx, None, first_quote)?;
        tx.commit()?;
        Ok(())
    }

    /// End a reindex: remove entities nothing refers to any more, with their aliases, and
    /// fold the WAL back. Returns how many entities went.
    pub fn finish_reindex(self) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let unused = "SELECT id FROM entities e
             WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)
               AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = e.id)";
        tx.execute(
            &format!("DELETE FROM entity_aliases WHERE entity_id IN ({unused})"),
            [],
        )?;
        let n = tx.execute(&format!("DELETE FROM entities WHERE id IN ({unused})"), [])?;
        tx.commit()?;
        self.conn.execute_batch("PRAGMA optimize;")?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(n)
    }

    /// Record the run's figures, refresh the planner's statistics and fold the WAL back
    /// into the database file so the user has one file to copy.
    pub fn finish(self, counts: &Counts) -> Result<()> {
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
        self.conn.execute_batch("PRAGMA optimize;")?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

/// The rowid the next insert into `table` gets (no row is ever deleted by newsdb, and the
/// batch holds the write lock, so a batch's new rows are exactly those from here on).
fn next_id(tx: &Transaction, table: &str) -> Result<i64> {
    Ok(tx.query_row(
        &format!("SELECT coalesce(max(id), 0) + 1 FROM {table}"),
        [],
        |r| r.get(0),
    )?)
}

/// Add the batch's new articles and quotes to the full-text indexes in one statement each:
/// FTS5 then writes one segment per batch instead of flushing on every row.
fn index_new_rows(tx: &Transaction, first_article: Option<i64>, first_quote: i64) -> Result<()> {
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
fn stored_article(tx: &Transaction, path: &str) -> Result<Option<i64>> {
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
        _ => None,
    }
}

fn insert_article(tx: &Transaction, a: &Article, run_id: i64) -> Result<Option<i64>> {
    let id = tx
        .prepare_cached(
            "INSERT INTO articles(content_hash, title, source, url, published, body, word_count,
                                  extractor_version, run_id, ingested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
             ON CONFLICT(content_hash) DO NOTHING
             RETURNING id",
        )?
        .query_row(
            params![
                a.content_hash,
                a.title,
                a.source,
                a.url,
                a.published,
                a.body,
                a.word_count as i64,
                crate::extract::VERSION,
                run_id
            ],
            |r| r.get(0),
        )
        .optional()?;
    Ok(id)
}

fn article_id(tx: &Transaction, hash: &str) -> Result<i64> {
    Ok(tx
        .prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")?
        .query_row([hash], |r| r.get(0))?)
}

fn upsert_file(
    tx: &Transaction,
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
    tx: &Transaction,
    article_id: i64,
    a: &Findings,
    cache: &mut HashMap<(Kind, String), (i64, usize)>,
    known_aliases: &mut HashMap<i64, HashSet<String>>,
) -> Result<()> {
    let mut ids = Vec::with_capacity(a.entities.len());
    for e in &a.entities {
        ids.push(entity_id(tx, e, cache)?);
    }
    let mut mention = tx.prepare_cached(
        "INSERT INTO mentions(article_id, entity_id, start_char, end_char, text) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut alias = tx
        .prepare_cached("INSERT OR IGNORE INTO entity_aliases(entity_id, alias) VALUES (?1, ?2)")?;
    for m in &a.mentions {
        let id = ids[m.entity];
        mention.execute(params![
            article_id,
            id,
            m.start_char as i64,
            m.end_char as i64,
            m.text
        ])?;
        let forms = known_aliases.entry(id).or_default();
        if !forms.contains(m.text.as_str()) {
            alias.execute(params![id, m.text])?;
            forms.insert(m.text.clone());
        }
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

fn entity_id(
    tx: &Transaction,
    e: &crate::extract::Entity,
    cache: &mut HashMap<(Kind, String), (i64, usize)>,
) -> Result<i64> {
    let words = e.name.split_whitespace().count();
    if let Some(&(id, known_words)) = cache.get(&(e.kind, e.key.clone())) {
        if words > known_words {
            tx.prepare_cached("UPDATE entities SET name = ?2 WHERE id = ?1")?
                .execute(params![id, e.name])?;
            cache.insert((e.kind, e.key.clone()), (id, words));
        }
        return Ok(id);
    }
    let inserted: Option<i64> = tx
        .prepare_cached(
            "INSERT INTO entities(name, kind, key) VALUES (?1, ?2, ?3)
             ON CONFLICT(kind, key) DO NOTHING RETURNING id",
        )?
        .query_row(params![e.name, e.kind.as_str(), e.key], |r| r.get(0))
        .optional()?;
    let id = match inserted {
        Some(id) => id,
        None => tx
            .prepare_cached("SELECT id FROM entities WHERE kind = ?1 AND key = ?2")?
            .query_row(params![e.kind.as_str(), e.key], |r| r.get(0))?,
    };
    cache.insert((e.kind, e.key.clone()), (id, words));
    Ok(id)
}
