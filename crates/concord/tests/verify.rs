//! `concord verify` remembers the checkpoint it verified and, on the next
//! run, proves the log only grew (issue 11): first seen, extended,
//! unchanged, a log that shrank, and a rewrite made with the log's real
//! key (an old entry changed, the tiles recomputed, a checkpoint re-signed)
//! that a plain verification alone accepts.
//!
//! The entries and the key are a real server's; the test then serves the
//! honest log at two sizes and the forged logs itself, as a host would.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

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
