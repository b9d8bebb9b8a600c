//! The architecture invariant of a pure crate (DESIGN.md, "Crates"): no IO,
//! no async, no server or database dependencies.

const MANIFEST: &str = include_str!("../Cargo.toml");

const SOURCES: &[(&str, &str)] = &[
    ("lib.rs", include_str!("../src/lib.rs")),
    ("i18n.rs", include_str!("../src/i18n.rs")),
    ("message.rs", include_str!("../src/message.rs")),
    ("procedure.rs", include_str!("../src/procedure.rs")),
    ("ratio.rs", include_str!("../src/ratio.rs")),
    ("tally.rs", include_str!("../src/tally.rs")),
    ("toml_file.rs", include_str!("../src/toml_file.rs")),
];

#[test]
fn depends_on_nothing_that_does_io() {
    let dependencies = MANIFEST
        .split("[dependencies]")
        .nth(1)
        .and_then(|rest| rest.split("\n[").next())
        .expect("a [dependencies] table");
    let names: Vec<&str> = dependencies
        .lines()
        .filter_map(|l| l.split(['=', '.']).next())
        .map(str::trim)
        .filter(|n| !n.is_empty() && !n.starts_with('#'))
        .collect();
    let allowed = ["fluent-bundle", "serde", "thiserror", "toml", "unic-langid"];
    for name in &names {
        assert!(allowed.contains(name), "dependency `{name}` is not allowed in a pure crate");
    }
}

#[test]
fn the_source_does_no_io_and_no_async() {
    let forbidden = [
        "std::fs",
        "std::net",
        "std::process",
        "std::env",
        "std::io",
        "async ",
        ".await",
        "tokio",
        "println!",
        "eprintln!",
        "f32",
        "f64",
    ];
    for (file, text) in SOURCES {
        for word in forbidden {
            assert!(!text.contains(word), "{file} uses `{word}`");
        }
    }
}

#[test]
fn every_source_file_is_checked() {
    let count = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src")).unwrap().count();
    assert_eq!(count, SOURCES.len(), "add new source files to SOURCES");
}
