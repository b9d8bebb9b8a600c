//! `concord evidence check` (issue 18): split-view evidence as a mirror
//! writes it, checked with nothing but the log key. A fork at the same
//! size and at two sizes proves a split view (exit 0); consistent
//! checkpoints, a tampered proof or another log's key prove nothing (exit
//! 1); a malformed file is bad input (exit 2).

mod support;

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Output;

use ledger::{Checkpoint, CompactTree, ContinuityPlan, Hash, NodeId, Signer, leaf_hash};
use serde_json::{Value, json};
use support::{concord, text};

const ORIGIN: &str = "log.example/concord";

/// A log of leaves signed with the test key: its checkpoints at every size
/// and every full subtree.
struct Log {
    signer: Signer,
    nodes: HashMap<NodeId, Hash>,
    checkpoints: Vec<Checkpoint>,
}

impl Log {
    /// The log of `size` entries, entry `rewritten` (if any) changed.
    fn new(size: u64, rewritten: Option<u64>) -> Log {
        let mut tree = CompactTree::new();
        let mut nodes = HashMap::new();
        let mut checkpoints = vec![Checkpoint::new(ORIGIN, 0, tree.root()).unwrap()];
        for i in 0..size {
            let entry = if Some(i) == rewritten { "rewritten".to_owned() } else { format!("entry {i}") };
            nodes.extend(tree.push(leaf_hash(entry.as_bytes())).unwrap());
            checkpoints.push(Checkpoint::new(ORIGIN, tree.size(), tree.root()).unwrap());
        }
        Log { signer: Signer::new(ORIGIN, &[1; 32]).unwrap(), nodes, checkpoints }
    }

    fn checkpoint(&self, size: u64) -> &Checkpoint {
        &self.checkpoints[size as usize]
    }

    fn note(&self, size: u64) -> String {
        self.checkpoint(size).sign(&self.signer).unwrap().to_string()
    }

    /// The evidence path from `stored`'s checkpoint at `n` to this log's at
    /// `m`, as a reader holding the first computes it from this log.
    fn path_from(&self, stored: &Log, n: u64, m: u64) -> Vec<String> {
        let plan = ContinuityPlan::new(Some(stored.checkpoint(n)), self.checkpoint(m)).unwrap();
        let hashes: Vec<Hash> = plan.nodes().iter().map(|id| self.nodes[id]).collect();
        plan.evidence_path(&hashes).unwrap().iter().map(Hash::to_base64).collect()
    }
}

/// The evidence file of two notes and a path.
fn evidence(log: &Log, a: String, b: String, proof: Vec<String>) -> Value {
    json!({
        "kind": "split_view",
        "log_key": log.signer.verifier().to_string(),
        "checkpoints": [a, b],
        "proof": proof,
        "source": "https://hub.example/log/checkpoint",
        "detected_at": "2026-03-01T12:00:00Z",
    })
}

/// Writes `evidence` (JSON or raw text) to a file kept for the test.
fn write(dir: &tempfile::TempDir, evidence: &Value) -> PathBuf {
    let file = dir.path().join(format!("evidence-{}.json", std::fs::read_dir(dir.path()).unwrap().count()));
    let body = match evidence {
        Value::String(raw) => raw.clone(),
        value => value.to_string(),
    };
    std::fs::write(&file, body).unwrap();
    file
}

fn check(dir: &tempfile::TempDir, evidence: &Value, extra: &[&str]) -> Output {
    let file = write(dir, evidence).display().to_string();
    let mut args = vec!["evidence", "check", &file];
    args.extend(extra);
    concord(&args)
}

#[test]
fn a_fork_at_one_size_or_two_is_a_split_view() {
    let dir = tempfile::tempdir().unwrap();
    let (honest, forked) = (Log::new(13, None), Log::new(13, Some(2)));
    let key = honest.signer.verifier().to_string();

    let same = evidence(&honest, honest.note(13), forked.note(13), vec![]);
    let output = check(&dir, &same, &["--key", &key]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.contains(&format!("the log {ORIGIN} signed two trees that cannot both be true")), "{stdout}");
    let roots = format!(
        "two checkpoints of 13 entries, with roots {} and {}",
        honest.checkpoint(13).root(),
        forked.checkpoint(13).root()
    );
    assert!(stdout.contains(&roots), "{stdout}");
    assert!(stdout.contains("seen at https://hub.example/log/checkpoint"), "{stdout}");
    assert!(stdout.contains("detected at 2026-03-01T12:00:00Z"), "{stdout}");
    assert!(!text(&output.stderr).contains("trusting"), "{}", text(&output.stderr));

    for n in [5, 4] {
        let two = evidence(&honest, honest.note(n), forked.note(13), forked.path_from(&honest, n, 13));
        let output = check(&dir, &two, &[]);
        assert!(output.status.success(), "{n}: {}", text(&output.stderr));
        let stdout = text(&output.stdout);
        let smaller = format!("a checkpoint of {n} entries with root {}", honest.checkpoint(n).root());
        let larger =
            format!("a checkpoint of 13 entries, whose tree of the first {n} has root {}", forked.checkpoint(n).root());
        assert!(stdout.contains(&smaller) && stdout.contains(&larger), "{stdout}");
        // Without --key, the file's key is trusted, and it says so.
        assert!(text(&output.stderr).contains("note: trusting the log key the evidence names"));
    }
}

#[test]
fn evidence_that_proves_nothing_fails() {
    let dir = tempfile::tempdir().unwrap();
    let (honest, forked) = (Log::new(13, None), Log::new(13, Some(2)));
    let fails = |evidence: &Value, extra: &[&str], want: &str| {
        let output = check(&dir, evidence, extra);
        assert_eq!(output.status.code(), Some(1), "{}", text(&output.stdout));
        assert!(text(&output.stderr).contains(want), "{}", text(&output.stderr));
        assert!(output.stdout.is_empty());
    };

    let consistent = evidence(&honest, honest.note(5), honest.note(13), honest.path_from(&honest, 5, 13));
    fails(&consistent, &[], "this is not evidence of a split view: the checkpoints of 5 and 13 entries are consistent");
    fails(&evidence(&honest, honest.note(13), honest.note(13), vec![]), &[], "are consistent");

    let mut tampered = evidence(&honest, honest.note(5), forked.note(13), forked.path_from(&honest, 5, 13));
    tampered["proof"][0] = json!(Hash([7; 32]).to_base64());
    fails(&tampered, &[], "computed new root does not match the expected new root");

    // A checkpoint that the log's key did not sign.
    let impostor = Signer::new(ORIGIN, &[4; 32]).unwrap();
    let forged = forked.checkpoint(13).sign(&impostor).unwrap().to_string();
    fails(&evidence(&honest, honest.note(13), forged, vec![]), &[], "note has no signature from a known key");

    // The organization's key is not the one the file names.
    let same = evidence(&honest, honest.note(13), forked.note(13), vec![]);
    let other = impostor.verifier().to_string();
    fails(
        &same,
        &["--key", &other],
        &format!("the evidence is about the log key {}, not {other}", honest.signer.verifier()),
    );
}

#[test]
fn a_malformed_evidence_file_is_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let (honest, forked) = (Log::new(13, None), Log::new(13, Some(2)));
    let good = evidence(&honest, honest.note(13), forked.note(13), vec![]);
    let bad = |evidence: &Value, extra: &[&str], want: &str| {
        let output = check(&dir, evidence, extra);
        assert_eq!(output.status.code(), Some(2), "{}", text(&output.stdout));
        assert!(text(&output.stderr).contains(want), "{}", text(&output.stderr));
    };

    bad(&json!("{not json"), &[], "is not an evidence file");
    let mut kind = good.clone();
    kind["kind"] = json!("rumour");
    bad(&kind, &[], "is not an evidence file: unknown variant `rumour`");
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("proof");
    bad(&missing, &[], "missing field `proof`");
    let mut three = good.clone();
    three["checkpoints"] = json!([honest.note(1), honest.note(2), honest.note(3)]);
    bad(&three, &[], "split-view evidence has two checkpoints, this has 3");
    let mut proof = good.clone();
    proof["proof"] = json!(["not base64!"]);
    bad(&proof, &[], "proof hash 1 of the evidence is malformed");
    let mut key = good.clone();
    key["log_key"] = json!("not a key");
    bad(&key, &[], "the evidence's log_key is not a verifier key");
    bad(&good, &["--key", "not a key"], "--key is not a verifier key");
    let output = concord(&["evidence", "check", &dir.path().join("absent.json").display().to_string()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("cannot read"), "{}", text(&output.stderr));

    // Source and time are optional.
    let mut bare = good;
    bare.as_object_mut().unwrap().retain(|name, _| name != "source" && name != "detected_at");
    let output = check(&dir, &bare, &[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(!text(&output.stdout).contains("seen at"));
}

#[test]
fn rewrite_shrank_and_bad_signature_files_are_checked_for_what_they_say() {
    let dir = tempfile::tempdir().unwrap();
    let (honest, forked) = (Log::new(13, None), Log::new(13, Some(2)));
    let of_kind = |kind: &str, mut evidence: Value| {
        evidence["kind"] = json!(kind);
        evidence
    };

    // A rewrite: the held tree of 5 and a signed tree of 13 that does not
    // begin with it.
    let rewrite = evidence(&honest, honest.note(5), forked.note(13), forked.path_from(&honest, 5, 13));
    let output = check(&dir, &of_kind("rewrite", rewrite), &[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("signed two trees that cannot both be true"));
    let honest_growth = evidence(&honest, honest.note(5), honest.note(13), honest.path_from(&honest, 5, 13));
    let output = check(&dir, &of_kind("rewrite", honest_growth.clone()), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("this is not evidence of a rewrite"), "{}", text(&output.stderr));

    // A smaller checkpoint of the same history is a rollback, told as such;
    // a smaller one of another history is a fork.
    let rollback = evidence(&honest, honest.note(13), honest.note(5), honest.path_from(&honest, 5, 13));
    let output = check(&dir, &of_kind("shrank", rollback), &[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout)
            .contains("a checkpoint of 5 entries after signing one of 13 entries: the same history rolled back"),
        "{}",
        text(&output.stdout)
    );
    let forked_shrink = evidence(&honest, forked.note(13), honest.note(5), forked.path_from(&honest, 5, 13));
    let output = check(&dir, &of_kind("shrank", forked_shrink), &[]);
    assert!(text(&output.stdout).contains("signed two trees that cannot both be true"), "{}", text(&output.stderr));

    // A bad signature is confirmed only when the note indeed fails to open.
    let impostor = Signer::new(ORIGIN, &[4; 32]).unwrap();
    let forged = honest.checkpoint(13).sign(&impostor).unwrap().to_string();
    let bad = of_kind("bad_signature", evidence(&honest, honest.note(5), forged, vec![]));
    let output = check(&dir, &bad, &[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("confirmed: the served checkpoint does not verify with the log key"));
    let good = of_kind("bad_signature", evidence(&honest, honest.note(5), honest.note(13), vec![]));
    assert_eq!(check(&dir, &good, &[]).status.code(), Some(1));

    // Tiles are not in the file: nothing to check offline.
    let output = check(&dir, &of_kind("bad_tiles", honest_growth), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("nothing to check offline"));
}
