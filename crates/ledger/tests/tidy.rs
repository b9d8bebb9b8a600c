//! Invariants of the crate itself: it stays pure (no IO, async or
//! randomness crates among its dependencies) and every source file opens
//! with a `//!` header.

use std::fs;
use std::path::Path;

const FORBIDDEN: &[&str] = &["sqlx", "axum", "tokio", "hyper", "reqwest", "async-std", "futures", "rand", "getrandom"];

#[test]
fn dependencies_are_pure() {
    let manifest = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    // Only the `[dependencies]` table counts: tests and benches may use more.
    let deps = manifest.split("\n[").find(|section| section.starts_with("dependencies]")).unwrap_or_default();
    assert!(deps.contains("sha2"), "no [dependencies] table found");
    for line in deps.lines().skip(1) {
        let name = line.split(['=', '.', ' ']).next().unwrap_or_default().trim();
        assert!(!FORBIDDEN.contains(&name), "ledger must stay pure but depends on {name}");
    }
}

#[test]
fn every_source_file_has_a_header() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("//!"), "{} lacks a //! header", path.display());
    }
}
