//! Rebuild when a migration or a saved report changes: `embed_migrations!` reads
//! `migrations/`, and the saved reports in `sql/` are bundled into the binary.
use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=sql");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sql");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".sql"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out = String::from(
        "/// Saved reports bundled from `sql/`: (file stem, text).\npub static BUNDLED: &[(&str, &str)] = &[\n",
    );
    for n in names {
        let path = dir.join(&n);
        let _ = writeln!(
            out,
            "    ({:?}, include_str!({:?})),",
            n.trim_end_matches(".sql"),
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("reports.rs");
    std::fs::write(dest, out).expect("write reports.rs");
}
