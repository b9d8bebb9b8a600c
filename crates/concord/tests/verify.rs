//! `concord verify` remembers the checkpoint it verified and, on the next
//! run, proves the log only grew (issue 11): first seen, extended,
//! unchanged, a log that shrank, and a rewrite made with the log's real
//! key (an old entry changed, the tiles recomputed, a checkpoint re-signed)
//! that a plain verification alone accepts.
//!
//! With `--policy` (issue 18) it also requires the quorum of witness
//! cosignatures a C2SP tlog-policy file asks for.
//!
//! The entries and the key are a real server's; the test then serves the
//! honest log at two sizes and the forged logs itself, as a host would.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use ledger::{Cosigner, Note, Signer};
use serde_json::Value;
use support::tlog::{Files, Host, RealLog, checkpoint_of};
use support::{concord, text};

/// `concord verify --json` against the host with the state directory.
fn verify(host: &Host, key: &str, state: &Path) -> Output {
    concord(&["verify", "--url", &host.url, "--key", key, "--state", &state.display().to_string(), "--json"])
}

fn json(output: &Output) -> Value {
    assert!(output.status.success(), "{}", text(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The one log directory under a state directory.
fn log_dir(state: &Path) -> PathBuf {
    let logs: Vec<_> = std::fs::read_dir(state.join("logs")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(logs.len(), 1, "{logs:?}");
    logs[0].clone()
}

fn stored(state: &Path) -> Vec<u8> {
    std::fs::read(log_dir(state).join("checkpoint")).unwrap()
}

/// The rewrite evidence directories under a state directory.
fn evidence(state: &Path) -> Vec<PathBuf> {
    let dirs = std::fs::read_dir(log_dir(state)).unwrap().map(|e| e.unwrap().path());
    dirs.filter(|path| path.is_dir()).collect()
}

#[test]
fn each_run_remembers_the_log_and_checks_that_it_only_grew() {
    let real = RealLog::take();
    let (host, key) = (Host::start(), real.key());
    let state = tempfile::tempdir().unwrap();
    let (at_150, at_197) = (real.honest(150), real.honest(197));
    let root = |files: &Files| checkpoint_of(&files["/log/checkpoint"]).root().to_string();

    host.serve(&at_150);
    let first = json(&verify(&host, &key, state.path()));
    assert_eq!(first["result"], "first_seen");
    assert_eq!(first["previous"], Value::Null);
    assert_eq!(first["size"], 150);
    assert_eq!(first["root"], root(&at_150));
    assert_eq!(first["origin"], real.signer.name());
    assert_eq!(first["key"], key.as_str());
    assert_eq!(stored(state.path()), at_150["/log/checkpoint"]);

    host.serve(&at_197);
    let extended = json(&verify(&host, &key, state.path()));
    assert_eq!(extended["result"], "extended");
    assert_eq!(extended["size"], 197);
    assert_eq!(extended["root"], root(&at_197));
    assert_eq!(extended["previous"], serde_json::json!({"size": 150, "root": root(&at_150)}));
    assert_eq!(stored(state.path()), at_197["/log/checkpoint"]);

    let unchanged = json(&verify(&host, &key, state.path()));
    assert_eq!(unchanged["result"], "unchanged");
    assert_eq!(unchanged["previous"], serde_json::json!({"size": 197, "root": root(&at_197)}));
    assert!(evidence(state.path()).is_empty());

    // Without --state: $XDG_STATE_HOME/concord, and the text says so.
    let home = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(["verify", "--url", &host.url, "--key", &key])
        .env("XDG_STATE_HOME", home.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("first seen (trust on first use)"), "{}", text(&output.stdout));
    assert_eq!(stored(&home.path().join("concord")), at_197["/log/checkpoint"]);
}

#[test]
fn a_rewrite_signed_with_the_real_key_is_caught_on_the_second_run() {
    let real = RealLog::take();
    let (host, key) = (Host::start(), real.key());
    let honest = real.honest(197);
    let forged = real.forged(197, 42);
    assert_ne!(honest["/log/checkpoint"], forged["/log/checkpoint"]);

    // A reader who never saw the log cannot tell: the forgery verifies.
    host.serve(&forged);
    let fresh = tempfile::tempdir().unwrap();
    assert_eq!(json(&verify(&host, &key, fresh.path()))["result"], "first_seen");

    // A reader who verified the honest log catches it, at the same size...
    let state = tempfile::tempdir().unwrap();
    host.serve(&honest);
    json(&verify(&host, &key, state.path()));
    host.serve(&forged);
    for _ in 0..2 {
        let caught = verify(&host, &key, state.path());
        assert_eq!(caught.status.code(), Some(1), "{}", text(&caught.stdout));
        let message = text(&caught.stderr);
        assert!(message.contains("the log was rewritten"), "{message}");
        assert!(message.contains("size 197, root"), "{message}");
        assert!(caught.stdout.is_empty());
        assert_eq!(stored(state.path()), honest["/log/checkpoint"], "the stored checkpoint is kept");
        let evidence = evidence(state.path());
        assert_eq!(evidence.len(), 1, "{evidence:?}");
        assert!(message.contains(&evidence[0].display().to_string()), "{message}");
        assert_eq!(std::fs::read(evidence[0].join("stored.checkpoint")).unwrap(), honest["/log/checkpoint"]);
        assert_eq!(std::fs::read(evidence[0].join("served.checkpoint")).unwrap(), forged["/log/checkpoint"]);
    }

    // ... and when the forged log is larger than what it verified.
    let state = tempfile::tempdir().unwrap();
    host.serve(&real.honest(150));
    json(&verify(&host, &key, state.path()));
    host.serve(&forged);
    let caught = verify(&host, &key, state.path());
    assert_eq!(caught.status.code(), Some(1), "{}", text(&caught.stdout));
    let message = text(&caught.stderr);
    assert!(message.contains("does not begin with the tree of 150 entries"), "{message}");
    assert!(message.contains("size 150, root") && message.contains("size 197, root"), "{message}");
    assert_eq!(stored(state.path()), real.honest(150)["/log/checkpoint"]);
    assert_eq!(evidence(state.path()).len(), 1);
}

#[test]
fn a_log_that_shrank_is_refused_and_the_stored_checkpoint_kept() {
    let real = RealLog::take();
    let (host, key) = (Host::start(), real.key());
    let state = tempfile::tempdir().unwrap();
    host.serve(&real.honest(197));
    json(&verify(&host, &key, state.path()));

    let smaller = real.honest(150);
    host.serve(&smaller);
    let caught = verify(&host, &key, state.path());
    assert_eq!(caught.status.code(), Some(1), "{}", text(&caught.stdout));
    let message = text(&caught.stderr);
    assert!(message.contains("the log shrank from 197 to 150 entries: it was rewritten"), "{message}");
    assert_eq!(stored(state.path()), real.honest(197)["/log/checkpoint"]);
    let evidence = evidence(state.path());
    assert_eq!(evidence.len(), 1);
    assert_eq!(std::fs::read(evidence[0].join("served.checkpoint")).unwrap(), smaller["/log/checkpoint"]);
}

/// `files` with the checkpoint note cosigned by `witnesses`.
fn cosigned(files: &Files, witnesses: &[&Cosigner]) -> Files {
    let mut files = files.clone();
    let checkpoint = checkpoint_of(&files["/log/checkpoint"]);
    let mut note = Note::parse(&files["/log/checkpoint"]).unwrap();
    for (i, witness) in witnesses.iter().enumerate() {
        note.add_signature(checkpoint.cosign(witness, 1_700_000_000 + i as u64).unwrap()).unwrap();
    }
    files.insert("/log/checkpoint".to_owned(), note.to_string().into_bytes());
    files
}

/// `concord verify --policy` (with `--json` if `json`) with `policy` as
/// the policy file's text, from a new state directory; the output and
/// the policy file's name.
fn verify_with_policy(host: &Host, key: &str, policy: &str, json: bool) -> (Output, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("policy.txt");
    std::fs::write(&file, policy).unwrap();
    let (state, file) = (dir.path().join("state").display().to_string(), file.display().to_string());
    let mut args = vec!["verify", "--url", &host.url, "--key", key, "--state", &state, "--policy", &file];
    if json {
        args.push("--json");
    }
    (concord(&args), file)
}

#[test]
fn a_policy_requires_its_quorum_of_witness_cosignatures() {
    let real = RealLog::take();
    let (host, key) = (Host::start(), real.key());
    let witnesses: Vec<Cosigner> =
        (1..=3u8).map(|i| Cosigner::new(&format!("witness.example/w{i}"), &[i; 32]).unwrap()).collect();
    let [w1, w2, w3] = [&witnesses[0], &witnesses[1], &witnesses[2]];
    let policy = format!(
        "# two of three witnesses\nlog {key}\nwitness w1 {}\nwitness w2 {}\nwitness w3 {}\ngroup two 2 w1 w2 w3\nquorum two\n",
        w1.verifier(),
        w2.verifier(),
        w3.verifier()
    );
    let honest = real.honest(150);

    // Two of three cosigned (and an unknown witness, which is ignored).
    let stranger = Cosigner::new("witness.example/stranger", &[9; 32]).unwrap();
    host.serve(&cosigned(&honest, &[w1, &stranger, w3]));
    let (output, _) = verify_with_policy(&host, &key, &policy, true);
    let verified = json(&output);
    assert_eq!(verified["size"], 150);
    assert_eq!(
        verified["witnesses"],
        serde_json::json!([{"name": "w1", "timestamp": 1_700_000_000u64}, {"name": "w3", "timestamp": 1_700_000_002u64}])
    );
    // Without --json, it says who cosigned.
    let (output, _) = verify_with_policy(&host, &key, &policy, false);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("the policy's quorum is met: cosigned by 2 witnesses (w1, w3)"),
        "{}",
        text(&output.stdout)
    );

    // One of three: the quorum is not met, and it says who did cosign.
    host.serve(&cosigned(&honest, &[w2]));
    let (output, file) = verify_with_policy(&host, &key, &policy, true);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stdout));
    let message = text(&output.stderr);
    let want = format!("is cosigned by 1 witness of the policy {file} (w2): the quorum two was not met");
    assert!(message.contains(&want), "{message}");
    assert!(output.stdout.is_empty());
    host.serve(&honest);
    let (output, _) = verify_with_policy(&host, &key, &policy, true);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("is cosigned by 0 witnesses of the policy"), "{}", text(&output.stderr));

    // A policy that needs no witness passes without cosignatures.
    let (output, _) = verify_with_policy(&host, &key, &format!("log {key}\nquorum none\n"), true);
    assert_eq!(json(&output)["witnesses"], serde_json::json!([]));
    // Without --policy, there is no witness list.
    let state = tempfile::tempdir().unwrap();
    assert_eq!(json(&verify(&host, &key, state.path()))["witnesses"], Value::Null);
}

#[test]
fn a_malformed_policy_or_one_for_another_log_is_bad_input() {
    let real = RealLog::take();
    let (host, key) = (Host::start(), real.key());
    host.serve(&real.honest(150));
    let w1 = Cosigner::new("witness.example/w1", &[1; 32]).unwrap();

    let policy = format!("log {key}\nwitnes w1 {}\nquorum w1\n", w1.verifier());
    let (output, file) = verify_with_policy(&host, &key, &policy, true);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    let message = text(&output.stderr);
    assert!(message.contains(&format!("the policy {file}, line 2: unknown keyword")), "{message}");
    assert!(output.stdout.is_empty());

    let (output, file) = verify_with_policy(&host, &key, "# nothing\n", true);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains(&format!("the policy {file}: no quorum line")), "{}", text(&output.stderr));

    let missing = format!("{}/missing-policy.txt", env!("CARGO_TARGET_TMPDIR"));
    let output = concord(&["verify", "--url", &host.url, "--key", &key, "--policy", &missing]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains(&format!("cannot read the policy {missing}")), "{}", text(&output.stderr));

    // A policy of another log's key: the quorum would mean nothing.
    let other = Signer::new(real.signer.name(), &[7; 32]).unwrap().verifier();
    let policy = format!("log {other}\nwitness w1 {}\nquorum w1\n", w1.verifier());
    let (output, file) = verify_with_policy(&host, &key, &policy, true);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    let message = text(&output.stderr);
    assert!(
        message.contains(&format!("the policy does not name the log key {key}: {file} lists 1 log key")),
        "{message}"
    );
}
