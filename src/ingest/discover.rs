//! Find the article files under the paths a user gives, once each, with their stat.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use walkdir::WalkDir;

/// File name endings taken from directories (a file named explicitly is always taken).
const EXTENSIONS: &[&str] = &["markdown", "md", "text", "txt"];

/// A candidate article file and what `stat` says of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileStat {
    /// Absolute, canonical path (also its identity in the `files` table).
    pub path: String,
    /// Bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub mtime: i64,
    /// Inode number where the platform has one.
    pub inode: Option<i64>,
}

/// What discovery reports for each path it meets.
#[derive(Debug)]
pub enum Found {
    /// A file to consider.
    File(FileStat),
    /// A path that cannot be ingested, and why (one line, with what to do).
    Failed {
        /// The path as best it can be shown.
        path: String,
        /// Why.
        reason: String,
    },
}

/// Walk `roots` (files and directories, recursively, following links), calling `emit` for
/// every article file once (a directory given twice yields its files once) and every problem.
/// The walk stops early when `emit` returns false.
pub fn walk(roots: &[PathBuf], mut emit: impl FnMut(Found) -> bool) {
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut dirs = CanonicalDirs::default();
    for root in roots {
        let meta = match std::fs::metadata(root) {
            Ok(m) => m,
            Err(e) => {
                let more = emit(Found::Failed {
                    path: root.display().to_string(),
                    reason: describe_io(&e),
                });
                if more {
                    continue;
                }
                return;
            }
        };
        if meta.is_file() {
            if consider(root, std::fs::canonicalize(root), &mut seen, &mut emit) {
                continue;
            }
            return;
        }
        let walker = WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            let more = match entry {
                Ok(e) if e.file_type().is_file() && has_article_extension(e.path()) => {
                    let canonical = if e.path_is_symlink() {
                        std::fs::canonicalize(e.path())
                    } else {
                        dirs.child(e.path())
                    };
                    consider(e.path(), canonical, &mut seen, &mut emit)
                }
                Ok(_) => true,
                Err(e) => {
                    let path = e
                        .path()
                        .map_or_else(|| root.display().to_string(), |p| p.display().to_string());
                    let reason = if let Some(ancestor) = e.loop_ancestor() {
                        format!(
                            "symbolic link loop (points back to {}); skipped — remove or fix the link",
                            ancestor.display()
                        )
                    } else if let Some(io) = e.io_error() {
                        describe_io(io)
                    } else {
                        e.to_string()
                    };
                    emit(Found::Failed { path, reason })
                }
            };
            if !more {
                return;
            }
        }
    }
}

fn has_article_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        EXTENSIONS
            .binary_search(&e.to_ascii_lowercase().as_str())
            .is_ok()
    })
}

/// Canonical forms of the directories met so far. A file that is not itself a link has the
/// canonical path of its directory joined with its name: resolving each of a directory's
/// files from scratch would cost a system call per path component per file.
#[derive(Default)]
struct CanonicalDirs {
    known: std::collections::HashMap<PathBuf, PathBuf>,
}

impl CanonicalDirs {
    fn child(&mut self, path: &Path) -> std::io::Result<PathBuf> {
        let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
            return std::fs::canonicalize(path);
        };
        if let Some(canonical) = self.known.get(dir) {
            return Ok(canonical.join(name));
        }
        let canonical = std::fs::canonicalize(dir)?;
        let child = canonical.join(name);
        self.known.insert(dir.to_path_buf(), canonical);
        Ok(child)
    }
}

fn consider(
    path: &Path,
    canonical: std::io::Result<PathBuf>,
    seen: &mut HashSet<PathBuf>,
    emit: &mut impl FnMut(Found) -> bool,
) -> bool {
    let shown = path.display().to_string();
    let canonical = match canonical {
        Ok(p) => p,
        Err(e) => {
            return emit(Found::Failed {
                path: shown,
                reason: describe_io(&e),
            });
        }
    };
    if !seen.insert(canonical.clone()) {
        return true;
    }
    let Some(text_path) = canonical.to_str() else {
        return emit(Found::Failed {
            path: shown,
            reason: "the file name is not valid UTF-8; rename the file to ingest it".into(),
        });
    };
    match std::fs::metadata(&canonical) {
        Ok(m) => emit(Found::File(FileStat {
            path: text_path.to_string(),
            size: m.len(),
            mtime: m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)),
            inode: inode(&m),
        })),
        Err(e) => emit(Found::Failed {
            path: shown,
            reason: describe_io(&e),
        }),
    }
}

#[cfg(unix)]
fn inode(m: &std::fs::Metadata) -> Option<i64> {
    use std::os::unix::fs::MetadataExt;
    i64::try_from(m.ino()).ok()
}

#[cfg(not(unix))]
fn inode(_: &std::fs::Metadata) -> Option<i64> {
    None
}

/// An I/O error as a one-line reason with a hint.
pub fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => {
            "permission denied; check the file's permissions".into()
        }
        _ if e.raw_os_error() == Some(40) => {
            "symbolic link loop; skipped — remove or fix the link".into()
        }
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_are_sorted_for_binary_search() {
        assert!(EXTENSIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_directory_given_twice_yields_its_files_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("a.txt"), "A").expect("write");
        std::fs::write(dir.path().join("b.md"), "B").expect("write");
        std::fs::write(dir.path().join("c.jpg"), "C").expect("write");
        std::fs::write(dir.path().join(".hidden.txt"), "H").expect("write");
        let roots = vec![
            dir.path().to_path_buf(),
            dir.path().join("."),
            dir.path().join("a.txt"),
        ];
        let mut files = Vec::new();
        walk(&roots, |f| {
            if let Found::File(s) = f {
                files.push(
                    Path::new(&s.path)
                        .file_name()
                        .expect("name")
                        .to_string_lossy()
                        .into_owned(),
                );
            }
            true
        });
        assert_eq!(files, ["a.txt", "b.md"]);
    }
}
