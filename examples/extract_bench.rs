//! Extraction speed alone, per stage, on one core: `cargo run --release --example extract_bench -- DIR`.
//!
//! Reads every `.txt` under DIR into memory first (so disk and SQLite don't count), then times
//! decoding and normalising, cleaning, entity recognition and quotation finding over all of
//! them on this one thread, and prints MB/s per core for each stage and for the whole.

use std::path::Path;
use std::time::Instant;

use newsdb::article::clean;
use newsdb::extract::{entities, quotes};
use newsdb::ingest::decode;

fn collect(dir: &Path, out: &mut Vec<Vec<u8>>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt")
            && let Ok(bytes) = std::fs::read(&p)
        {
            out.push(bytes);
        }
    }
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: extract_bench DIR");
        std::process::exit(2);
    };
    let mut files = Vec::new();
    collect(Path::new(&dir), &mut files);
    let mb = files.iter().map(Vec::len).sum::<usize>() as f64 / 1e6;
    let _ = entities::find("Warm up the lists in Kyiv.");

    let t = Instant::now();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|b| decode::decode(b).ok().map(|d| d.text))
        .collect();
    let decode_s = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let bodies: Vec<String> = texts.iter().map(|t| clean::clean(t).body).collect();
    let clean_s = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let found: Vec<_> = bodies.iter().map(|b| entities::find(b)).collect();
    let entities_s = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let mut n_quotes = 0;
    for (b, (ents, ments)) in bodies.iter().zip(&found) {
        n_quotes += quotes::find(b, ents, ments).len();
    }
    let quotes_s = t.elapsed().as_secs_f64();

    let n_mentions: usize = found.iter().map(|(_, m)| m.len()).sum();
    println!(
        "{} articles, {mb:.1} MB, {n_mentions} mentions, {n_quotes} quotes",
        files.len()
    );
    println!("{:10} {:>8} {:>10}", "stage", "seconds", "MB/s/core");
    for (stage, s) in [
        ("decode", decode_s),
        ("clean", clean_s),
        ("entities", entities_s),
        ("quotes", quotes_s),
        ("all", decode_s + clean_s + entities_s + quotes_s),
    ] {
        println!("{stage:10} {s:8.2} {:10.1}", mb / s);
    }
}
