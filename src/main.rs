//! The `newsdb` command line: clap types and one match that calls the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use newsdb::error::{Error, Result};
use newsdb::output::{CsvOptions, Format, Sink};
use newsdb::{db, export, ingest, output, reindex, report, search, stats};

/// Workers allocate each article and the writer frees it: glibc malloc serialises those
/// cross-thread frees on the worker's arena lock, which cost the writer a fifth of its time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turn a folder of news articles into a SQLite database of who is mentioned where,
/// who said what, and which outlets ran the same story.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    /// The database file (created on first ingest).
    #[arg(
        long,
        global = true,
        env = "NEWSDB_DB",
        default_value = "newsdb.sqlite"
    )]
    db: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Add article files (.txt, .md; directories recursively); unchanged files are skipped.
    Ingest {
        /// Files and directories to ingest.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Refuse files larger than this (bytes, or with K, M or G).
        #[arg(long, default_value = "16M", value_parser = parse_size)]
        max_size: u64,
        /// Worker threads for reading and extraction [default: all cores].
        #[arg(long, short)]
        jobs: Option<usize>,
        /// Commit after this many new articles (and at least every 2 seconds). A crash loses
        /// only what is not committed yet, and re-running the ingest redoes it; larger
        /// transactions are faster on a big database. Once a run has committed this many and
        /// at least as many as the database held, it builds three indexes at the end instead
        /// of as it goes (see `deferred_indexes` in SCHEMA.md).
        #[arg(long, value_name = "ARTICLES", default_value_t = ingest::COMMIT_ARTICLES as u32,
              value_parser = clap::value_parser!(u32).range(1..))]
        commit_every: u32,
        /// No progress line and no notes; problems and the summary still print.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Re-extract entities, mentions and quotes of stored articles after newsdb's extractor
    /// changed, without re-reading any file; entity ids stay where the entity is found again.
    Reindex {
        /// Re-extract every article, not only those stored by an older extractor.
        #[arg(long)]
        all: bool,
        /// Worker threads for extraction [default: all cores].
        #[arg(long, short)]
        jobs: Option<usize>,
        /// No progress line.
        #[arg(long, short)]
        quiet: bool,
    },
    /// List the saved reports with their parameters.
    Reports,
    /// Run a saved report (or your own .sql file) read-only.
    Report {
        /// A saved report's name (see `newsdb reports`) or a path to a .sql file.
        name: String,
        /// A parameter, bound as :KEY (repeatable).
        #[arg(long = "param", short, value_name = "KEY=VALUE", value_parser = report::parse_param)]
        params: Vec<(String, String)>,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Write a whole table or view as CSV.
    Export {
        /// The table or view (articles, entities, mentions, quotes, quote_details, ...).
        name: String,
        /// Write to this file instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
        #[command(flatten)]
        csv: CsvArgs,
    },
    /// Run ad-hoc read-only SQL.
    Query {
        /// One SQL statement; it may use :KEY parameters.
        sql: String,
        /// A parameter, bound as :KEY (repeatable).
        #[arg(long = "param", short, value_name = "KEY=VALUE", value_parser = report::parse_param)]
        params: Vec<(String, String)>,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Full-text search of articles (or, with --quotes, of quotations).
    Search {
        /// Words to find (FTS5 syntax works: "exact phrase", OR, NOT, prefix*).
        #[arg(required = true)]
        terms: Vec<String>,
        /// Search the quotations instead of the articles.
        #[arg(long)]
        quotes: bool,
        /// At most this many hits.
        #[arg(long, default_value_t = 20)]
        limit: u32,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Count articles, files, entities by kind, mentions, quotes and runs.
    Stats,
}

#[derive(Args)]
struct OutputArgs {
    /// How to write the rows.
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    output: Option<PathBuf>,
    #[command(flatten)]
    csv: CsvArgs,
}

#[derive(Args)]
struct CsvArgs {
    /// CSV for spreadsheets: UTF-8 BOM, CRLF line ends, cells cut at 32,767 characters.
    #[arg(long)]
    excel: bool,
    /// Leave cells starting with = + - @ as they are (by default they get a leading ').
    #[arg(long)]
    no_escape_formulas: bool,
    /// CSV field delimiter, e.g. ';' for European spreadsheets.
    #[arg(long, default_value_t = ',')]
    delimiter: char,
}

impl CsvArgs {
    fn options(&self) -> Result<CsvOptions> {
        let delimiter = u8::try_from(self.delimiter)
            .ok()
            .filter(u8::is_ascii)
            .ok_or_else(|| Error::Usage("--delimiter must be one ASCII character".into()))?;
        Ok(CsvOptions {
            excel: self.excel,
            escape_formulas: !self.no_escape_formulas,
            delimiter,
        })
    }
}

fn parse_size(s: &str) -> std::result::Result<u64, String> {
    let s = s.trim();
    let (digits, mult) = match s.char_indices().last() {
        Some((i, 'K' | 'k')) => (&s[..i], 1u64 << 10),
        Some((i, 'M' | 'm')) => (&s[..i], 1 << 20),
        Some((i, 'G' | 'g')) => (&s[..i], 1 << 30),
        _ => (s, 1),
    };
    digits
        .trim()
        .parse::<u64>()
        .map(|n| n.saturating_mul(mult))
        .map_err(|_| format!("expected a size like 500000, 512K or 16M, got {s:?}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Ingest {
            paths,
            max_size,
            jobs,
            commit_every,
            quiet,
        } => {
            let jobs = jobs.unwrap_or_else(default_jobs);
            let s = ingest::run(
                &cli.db,
                &paths,
                &ingest::Options {
                    max_size,
                    jobs,
                    commit_every: commit_every as usize,
                    quiet,
                },
            )?;
            let c = s.counts;
            eprintln!(
                "{} files: {} new, {} unchanged, {} duplicate, {} failed ({:.1} MB in {:.2} s) → {}",
                c.seen,
                c.new,
                c.unchanged,
                c.duplicate,
                c.failed,
                s.bytes as f64 / 1e6,
                s.elapsed.as_secs_f64(),
                cli.db.display()
            );
            if c.failed > 0 {
                eprintln!(
                    "see why with: newsdb report failures --param run={}",
                    s.run_id
                );
                return Ok(ExitCode::from(1));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Reindex { all, jobs, quiet } => {
            let jobs = jobs.unwrap_or_else(default_jobs);
            let s = reindex::run(&cli.db, all, jobs, quiet)?;
            eprintln!(
                "{} articles re-extracted, {} failed, {} entities no longer mentioned removed ({:.2} s) → {}",
                s.articles,
                s.failed,
                s.entities_removed,
                s.elapsed.as_secs_f64(),
                cli.db.display()
            );
            Ok(if s.failed > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Reports => {
            let mut out = Sink::open(None)?;
            for r in report::bundled() {
                writeln(&mut out, &format!("{}\n    {}", r.name, r.description))?;
                for p in &r.params {
                    let default = p
                        .default
                        .as_deref()
                        .map_or_else(String::new, |d| format!(" (default {d})"));
                    writeln(
                        &mut out,
                        &format!("    --param {}=…{default}  {}", p.name, p.description),
                    )?;
                }
            }
            out.finish()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Report { name, params, out } => {
            let r = report::load(&name)?;
            let conn = db::open_read_only(&cli.db)?;
            let mut stmt = report::prepare(&conn, &r.sql, &r.params, &params)?;
            emit(&mut stmt, &out)
        }
        Command::Query { sql, params, out } => {
            let conn = db::open_read_only(&cli.db)?;
            let mut stmt = report::prepare(&conn, &sql, &[], &params)?;
            emit(&mut stmt, &out)
        }
        Command::Export { name, output, csv } => {
            let conn = db::open_read_only(&cli.db)?;
            let sql = export::select_all(&conn, &name)?;
            let mut stmt = conn.prepare(&sql)?;
            let out = OutputArgs {
                format: Format::Csv,
                output,
                csv,
            };
            emit(&mut stmt, &out)
        }
        Command::Search {
            terms,
            quotes,
            limit,
            out,
        } => {
            let conn = db::open_read_only(&cli.db)?;
            let q = search::query(&conn, &terms.join(" "), quotes)?;
            let given = vec![
                ("query".to_string(), q),
                ("limit".to_string(), limit.to_string()),
            ];
            let mut stmt = report::prepare(&conn, search::sql(quotes), &[], &given)?;
            emit(&mut stmt, &out)
        }
        Command::Stats => {
            let conn = db::open_read_only(&cli.db)?;
            let mut out = Sink::open(None)?;
            for (label, n) in stats::counts(&conn)? {
                writeln(&mut out, &format!("{label:<24} {n:>10}"))?;
            }
            out.finish()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

fn writeln(out: &mut Sink, line: &str) -> Result<()> {
    use std::io::Write;
    Ok(writeln!(out, "{line}")?)
}

fn emit(stmt: &mut rusqlite::Statement, args: &OutputArgs) -> Result<ExitCode> {
    let csv = args.csv.options()?;
    let mut sink = Sink::open(args.output.as_deref())?;
    match output::write_rows(stmt, args.format, csv, &mut sink) {
        Ok(n) => {
            sink.finish()?;
            if n == 0 {
                eprintln!("(no rows)");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            sink.abandon();
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn sizes_parse_with_suffixes() {
        assert_eq!(parse_size("16M"), Ok(16 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert!(parse_size("lots").is_err());
    }
}
