//! Rebuild when a migration is added or changed, so `embed_migrations!` never ships a stale set.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
