//! Every inclusion and consistency vector of `testdata/merkle`
//! (transparency-dev/merkle) against the RFC 9162 verifiers.

use std::fs;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ledger::{Error, Hash, verify_consistency, verify_inclusion};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Inclusion {
    leaf_idx: u64,
    tree_size: u64,
    root: String,
    leaf_hash: String,
    proof: Option<Vec<String>>,
    desc: String,
    want_err: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Consistency {
    size1: u64,
    size2: u64,
    root1: String,
    root2: String,
    proof: Option<Vec<String>>,
    desc: String,
    want_err: bool,
}

fn files(dir: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "json") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/merkle").join(dir);
    let mut out = Vec::new();
    walk(&root, &mut out);
    out.sort();
    out
}

fn bytes(s: &str) -> Vec<u8> {
    BASE64.decode(s).expect("vector base64")
}

/// A hash field of a vector: some deliberately have the wrong length, and a
/// proof holding one is malformed, which counts as a rejection.
fn hash(s: &str) -> Result<Hash, Error> {
    Hash::try_from(bytes(s).as_slice())
}

fn proof(p: &Option<Vec<String>>) -> Result<Vec<Hash>, Error> {
    p.iter().flatten().map(|s| hash(s)).collect()
}

#[test]
fn inclusion_vectors() {
    let files = files("inclusion");
    assert!(files.len() > 90, "found only {} files", files.len());
    let mut successes = 0;
    for path in &files {
        let v: Inclusion = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
        // Roots stay bytes: the verifier compares them as RFC 9162 does.
        let root = bytes(&v.root);
        let result = hash(&v.leaf_hash)
            .and_then(|leaf| verify_inclusion(&leaf, v.leaf_idx, v.tree_size, &proof(&v.proof)?, &root));
        assert_eq!(result.is_err(), v.want_err, "{}: {} gave {result:?}", path.display(), v.desc);
        successes += usize::from(result.is_ok());
    }
    assert_eq!(successes, 6);
}

#[test]
fn consistency_vectors() {
    let files = files("consistency");
    assert!(files.len() > 90, "found only {} files", files.len());
    let mut successes = 0;
    for path in &files {
        let v: Consistency = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
        let (root1, root2) = (bytes(&v.root1), bytes(&v.root2));
        let result = proof(&v.proof).and_then(|proof| verify_consistency(v.size1, v.size2, &proof, &root1, &root2));
        assert_eq!(result.is_err(), v.want_err, "{}: {} gave {result:?}", path.display(), v.desc);
        successes += usize::from(result.is_ok());
    }
    assert_eq!(successes, 6);
}

#[test]
fn placeholder_root_with_equal_sizes_verifies() {
    // `sizes-are-equal-one-and-proof-is-empty` uses a 12-byte placeholder
    // root on both sides: equal sizes only need equal roots.
    let root = bytes("ZG9uJ3QgY2FyZSAy");
    assert_eq!(root.len(), 12);
    assert_eq!(verify_consistency(1, 1, &[], &root, &root), Ok(()));
}
