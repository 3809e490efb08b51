//! Rows out: aligned tables for people, CSV for spreadsheets, JSON for programs.

use std::io::Write;

use rusqlite::types::ValueRef;
use rusqlite::{Rows, Statement};

use crate::error::Result;

/// How rows are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for a terminal; long cells are shortened.
    Table,
    /// RFC 4180 CSV with a header row.
    Csv,
    /// A JSON array of objects, one per row.
    Json,
}

/// CSV settings.
#[derive(Clone, Copy, Debug)]
pub struct CsvOptions {
    /// Spreadsheet preset: UTF-8 BOM, CRLF line ends, cells cut at Excel's 32,767 characters.
    pub excel: bool,
    /// Prefix text cells starting with `=`, `+`, `-`, `@`, tab or CR with `'` (OWASP) so a
    /// spreadsheet does not run them as formulas.
    pub escape_formulas: bool,
    /// Field delimiter (`,` by default; `;` for European spreadsheet locales).
    pub delimiter: u8,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            excel: false,
            escape_formulas: true,
            delimiter: b',',
        }
    }
}

/// Excel's limit on the characters in one cell.
const EXCEL_CELL_MAX: usize = 32_767;
/// The widest a table cell is shown.
const TABLE_CELL_MAX: usize = 60;

/// Run a prepared, bound statement and write its rows. Returns the number of rows.
pub fn write_rows(
    stmt: &mut Statement,
    format: Format,
    csv: CsvOptions,
    out: &mut dyn Write,
) -> Result<u64> {
    let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
    let rows = stmt.raw_query();
    match format {
        Format::Csv => write_csv(&names, rows, csv, out),
        Format::Json => write_json(&names, rows, out),
        Format::Table => write_table(&names, rows, out),
    }
}

fn text_of(v: ValueRef) -> String {
    match v {
        ValueRef::Null => String::new(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
    }
}

/// Neutralise a text cell a spreadsheet would read as a formula.
pub fn escape_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

fn write_csv(
    names: &[String],
    mut rows: Rows,
    opts: CsvOptions,
    out: &mut dyn Write,
) -> Result<u64> {
    if opts.excel {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(opts.delimiter)
        .terminator(if opts.excel {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(out);
    w.write_record(names)?;
    let mut n = 0u64;
    let mut cut = 0u64;
    let mut record: Vec<String> = Vec::with_capacity(names.len());
    while let Some(row) = rows.next()? {
        record.clear();
        for i in 0..names.len() {
            let v = row.get_ref(i)?;
            let mut cell = text_of(v);
            if opts.escape_formulas && matches!(v, ValueRef::Text(_)) {
                cell = escape_formula(&cell).into_owned();
            }
            if opts.excel && cell.chars().count() > EXCEL_CELL_MAX {
                cell = cell.chars().take(EXCEL_CELL_MAX).collect();
                cut += 1;
            }
            record.push(cell);
        }
        w.write_record(&record)?;
        n += 1;
    }
    w.flush()?;
    if cut > 0 {
        eprintln!(
            "warning: {cut} cells were longer than Excel's {EXCEL_CELL_MAX}-character limit and were cut"
        );
    }
    Ok(n)
}

fn write_json(names: &[String], mut rows: Rows, out: &mut dyn Write) -> Result<u64> {
    let keys: Vec<String> = names
        .iter()
        .map(|n| serde_json::to_string(n).unwrap_or_default())
        .collect();
    out.write_all(b"[")?;
    let mut n = 0u64;
    while let Some(row) = rows.next()? {
        out.write_all(if n == 0 { b"\n{" } else { b",\n{" })?;
        for (i, key) in keys.iter().enumerate() {
            if i > 0 {
                out.write_all(b", ")?;
            }
            let value = match row.get_ref(i)? {
                ValueRef::Null => serde_json::Value::Null,
                ValueRef::Integer(x) => x.into(),
                ValueRef::Real(x) => x.into(),
                v => text_of(v).into(),
            };
            write!(out, "{key}: {value}")?;
        }
        out.write_all(b"}")?;
        n += 1;
    }
    out.write_all(b"\n]\n")?;
    Ok(n)
}

fn write_table(names: &[String], mut rows: Rows, out: &mut dyn Write) -> Result<u64> {
    let mut cells: Vec<Vec<String>> = Vec::new();
    while let Some(row) = rows.next()? {
        let mut r = Vec::with_capacity(names.len());
        for i in 0..names.len() {
            r.push(shorten(&text_of(row.get_ref(i)?)));
        }
        cells.push(r);
    }
    let mut widths: Vec<usize> = names.iter().map(|n| n.chars().count()).collect();
    for r in &cells {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |out: &mut dyn Write, r: &[String]| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, (c, w)) in r.iter().zip(&widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i + 1 < r.len() {
                s.extend(std::iter::repeat_n(' ', w - c.chars().count()));
            }
        }
        writeln!(out, "{s}")
    };
    line(out, names)?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(out, &rule)?;
    for r in &cells {
        line(out, r)?;
    }
    Ok(cells.len() as u64)
}

fn shorten(cell: &str) -> String {
    let flat: String = cell
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.chars().count() <= TABLE_CELL_MAX {
        return flat;
    }
    let mut s: String = flat.chars().take(TABLE_CELL_MAX - 1).collect();
    s.push('…');
    s
}

/// Where output goes: stdout, or a file that appears only when complete (written to a
/// temporary file beside it, then renamed), so a failed run never leaves half a file.
pub enum Sink {
    /// Standard output, buffered.
    Stdout(std::io::BufWriter<std::io::Stdout>),
    /// A temporary file to be renamed to `path` by [`Sink::finish`].
    File {
        /// The temporary file.
        tmp: std::io::BufWriter<std::fs::File>,
        /// Its temporary path.
        tmp_path: std::path::PathBuf,
        /// Where it goes.
        path: std::path::PathBuf,
    },
}

impl Sink {
    /// Stdout, or the given file.
    pub fn open(path: Option<&std::path::Path>) -> Result<Sink> {
        let Some(path) = path else {
            return Ok(Sink::Stdout(std::io::BufWriter::new(std::io::stdout())));
        };
        let name = path
            .file_name()
            .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
        let tmp_path = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let file = std::fs::File::create(&tmp_path).map_err(|source| crate::error::Error::Io {
            path: tmp_path.clone(),
            source,
        })?;
        Ok(Sink::File {
            tmp: std::io::BufWriter::new(file),
            tmp_path,
            path: path.to_path_buf(),
        })
    }

    /// Flush, and for a file, move it into place.
    pub fn finish(self) -> Result<()> {
        match self {
            Sink::Stdout(mut w) => Ok(w.flush()?),
            Sink::File {
                tmp,
                tmp_path,
                path,
            } => {
                let file = tmp.into_inner().map_err(|e| e.into_error())?;
                file.sync_all()?;
                std::fs::rename(&tmp_path, &path)
                    .map_err(|source| crate::error::Error::Io { path, source })
            }
        }
    }

    /// Give up: remove a temporary file.
    pub fn abandon(self) {
        if let Sink::File { tmp_path, .. } = self {
            let _ = std::fs::remove_file(tmp_path);
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::File { tmp, .. } => tmp.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File { tmp, .. } => tmp.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        const CASES: &[(&str, &str)] = &[
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("Kyiv", "Kyiv"),
            ("", ""),
        ];
        for (cell, want) in CASES {
            assert_eq!(escape_formula(cell), *want);
        }
    }

    #[test]
    fn long_table_cells_are_shortened_on_one_line() {
        let s = shorten(&format!("a\nb{}", "x".repeat(100)));
        assert_eq!(s.chars().count(), TABLE_CELL_MAX);
        assert!(s.starts_with("a b") && s.ends_with('…'));
    }
}
