//! Progress on a terminal (files/s, MB/s) and diagnostics that don't garble it.

use std::cell::Cell;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Where an ingest run reports: a live line on stderr when it is a terminal, nothing with `--quiet`.
pub struct Progress {
    bar: Option<ProgressBar>,
    quiet: bool,
    files: Cell<u64>,
    started: Instant,
}

impl Progress {
    /// A reporter for a run; the live line shows only when stderr is a terminal and `quiet` is off.
    pub fn new(quiet: bool) -> Self {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(8));
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} {elapsed_precise} {msg} · {bytes} ({bytes_per_sec})",
                )
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(125));
            bar
        });
        Progress {
            bar,
            quiet,
            files: Cell::new(0),
            started: Instant::now(),
        }
    }

    /// One more file handled, of `bytes` bytes.
    pub fn file(&self, bytes: u64) {
        self.files.set(self.files.get() + 1);
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
            let files = self.files.get();
            let rate = files as f64 / self.started.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!("{files} files ({rate:.0}/s)"));
        }
    }

    /// A problem with one file: always shown, even with `--quiet`.
    pub fn problem(&self, line: &str) {
        self.print(line);
    }

    /// A note the user may want but a script does not need: hidden by `--quiet`.
    pub fn note(&self, line: &str) {
        if !self.quiet {
            self.print(line);
        }
    }

    fn print(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Remove the live line.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
