//! Extraction speed alone, per stage, on one core: `cargo run --release --example extract_bench -- DIR`.
//!
//! Reads every `.txt` under DIR into memory first (so disk and SQLite don't count), then passes
//! each article through decoding, cleaning, entity recognition and quotation finding on this
//! one thread, as an ingest worker does, timing each stage; prints MB/s per core per stage.

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

    // Stream article by article, as the ingest workers do, timing each stage.
    let (mut decode_s, mut clean_s, mut entities_s, mut quotes_s) = (0.0, 0.0, 0.0, 0.0);
    let (mut n_mentions, mut n_quotes) = (0usize, 0usize);
    for bytes in &files {
        let t = Instant::now();
        let Ok(decoded) = decode::decode(bytes) else {
            continue;
        };
        let t1 = Instant::now();
        let body = clean::clean(&decoded.text).body;
        let t2 = Instant::now();
        let (ents, ments) = entities::find(&body);
        let t3 = Instant::now();
        n_quotes += quotes::find(&body, &ents, &ments).len();
        let t4 = Instant::now();
        n_mentions += ments.len();
        decode_s += (t1 - t).as_secs_f64();
        clean_s += (t2 - t1).as_secs_f64();
        entities_s += (t3 - t2).as_secs_f64();
        quotes_s += (t4 - t3).as_secs_f64();
    }

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
