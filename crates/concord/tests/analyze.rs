//! `concord analyze` end to end: the open-data consultations, the fallback to
//! `participants-votes.csv`, and bad input (issue 6).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/polis").join(name)
}

fn analyze(dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_concord")).arg("analyze").arg(dir).arg("--json").output().unwrap()
}

/// A fresh temporary folder holding the given files.
fn folder(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("concord-analyze-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
    serde_json::from_str(&stdout(o)).unwrap()
}

fn ids(value: &serde_json::Value) -> Vec<&str> {
    value.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect()
}

#[test]
fn seattle_json() {
    let out = json(&analyze(&data("15-per-hour-seattle")));
    assert_eq!(
        (out["participants"].as_u64(), out["statements"].as_u64(), out["votes"].as_u64()),
        (Some(339), Some(54), Some(2872))
    );
    let groups = out["groups"].as_array().unwrap();
    assert_eq!(groups.iter().map(|g| g["id"].as_u64().unwrap()).collect::<Vec<_>>(), [0, 1]);
    assert!(groups[0]["participants"][0].is_string());
    assert_eq!(ids(&out["consensus"]["agree"]), ["45", "12", "11", "48", "2"]);
    assert_eq!(ids(&out["consensus"]["disagree"]), ["26"]);
    assert!(groups.iter().flat_map(|g| g["representative"].as_array().unwrap()).any(|r| r["direction"] == "agree"));
    assert!(out["group_informed_consensus"].as_object().unwrap().values().all(|v| v.is_f64()));
    assert!(out["bridging"]["1"]["intercept"].is_f64());
    for phase in ["read", "matrix", "pca", "base_clusters", "groups", "statistics", "bridging"] {
        assert!(out["timings_ms"][phase].is_number(), "{phase}");
    }
}

#[test]
fn vtaiwan_json() {
    let out = json(&analyze(&data("vtaiwan.uberx")));
    assert_eq!((out["participants"].as_u64(), out["statements"].as_u64()), (Some(1921), Some(197)));
    assert_eq!(out["groups"].as_array().unwrap().len(), 2);
    assert_eq!(ids(&out["consensus"]["agree"])[..3], ["40", "16", "7"]);
    assert!(out["bridging"]["40"]["intercept"].is_f64());
    // Pol.is's live in-conv over the history: the participant with one vote
    // who got in early is clustered, as in Pol.is's export.
    assert_eq!(out["participation"], "history");
    assert_eq!(out["clustered"].as_u64(), Some(1219));
    assert_eq!(out["polis"]["clustered"].as_u64(), Some(1219));
    assert_eq!(out["polis"]["only_polis"].as_u64(), Some(0));
    assert!(out["polis"]["adjusted_rand_index"].as_f64().unwrap() > 0.7);
}

#[test]
fn recompute_mode_and_readable_report() {
    let o = Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(["analyze", "--mode", "recompute", "--json"])
        .arg(data("vtaiwan.uberx"))
        .output()
        .unwrap();
    let out = json(&o);
    assert_eq!((out["mode"].as_str(), out["participation"].as_str()), (Some("recompute"), Some("final votes")));
    assert!(out["polis"]["adjusted_rand_index"].as_f64().unwrap() > 0.9);

    let o =
        Command::new(env!("CARGO_BIN_EXE_concord")).arg("analyze").arg(data("15-per-hour-seattle")).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.starts_with("339 participants, 54 statements, 2872 votes (one-shot"), "{text}");
    // Each group lists its representative statements with share, direction
    // and text; consensus statements carry their text too.
    assert!(text.contains("\nGroup 0: "), "{text}");
    assert!(text.lines().any(|l| l.contains("% of ") && l.contains(" agree ") && l.contains("] ")), "{text}");
    let consensus = text.split("Consensus, agreed: 5").nth(1).unwrap();
    assert!(consensus.lines().nth(1).unwrap().contains("[45] "), "{text}");
    assert!(text.contains("Pol.is's own groups: 2 groups of 138 participants"), "{text}");
}

#[test]
fn modes_that_need_the_history_say_so() {
    let pv = std::fs::read_to_string(data("15-per-hour-seattle").join("participants-votes.csv")).unwrap();
    let dir = folder("nohistory", &[("participants-votes.csv", &pv)]);
    let o =
        Command::new(env!("CARGO_BIN_EXE_concord")).args(["analyze", "--mode", "replay"]).arg(&dir).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--mode replay needs votes.csv"), "{}", stderr(&o));
    let o = Command::new(env!("CARGO_BIN_EXE_concord")).args(["analyze", "--poll-ms", "0"]).arg(&dir).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn participants_votes_alone_is_enough() {
    let pv = std::fs::read_to_string(data("15-per-hour-seattle").join("participants-votes.csv")).unwrap();
    let dir = folder("pv", &[("participants-votes.csv", &pv)]);
    let o = analyze(&dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = json(&o);
    assert_eq!(
        (out["participants"].as_u64(), out["statements"].as_u64(), out["votes"].as_u64()),
        (Some(339), Some(54), Some(2872))
    );
    assert!(out["groups"].as_array().unwrap().iter().any(|g| g["id"] == 1 && g["participants"].is_array()));
}

const VOTES: &str = "timestamp,datetime,comment-id,voter-id,vote\n";

#[test]
fn bad_input_is_reported_with_file_and_line() {
    let comments =
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1,x,0,0,0,0,1,hello\n";
    let cases = [
        ("malformed", format!("{VOTES}1,x,0,a,1\n2,x,0\n"), "votes.csv: line 3: malformed csv record"),
        ("unknown", format!("{VOTES}1,x,0,a,1\n2,x,7,b,1\n"), "votes.csv: line 3: vote for unknown statement \"7\""),
        ("value", format!("{VOTES}1,x,0,a,1\n2,x,0,b,5\n"), "votes.csv: line 3: vote \"5\" is not -1, 0 or 1"),
        ("time", format!("{VOTES}soon,x,0,a,1\n"), "votes.csv: line 2: column \"timestamp\""),
    ];
    for (tag, votes, message) in cases {
        let dir = folder(tag, &[("comments.csv", comments), ("votes.csv", &votes)]);
        let o = analyze(&dir);
        assert_eq!(o.status.code(), Some(2), "{tag}");
        assert!(stderr(&o).contains(message), "{tag}: {}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
}

#[test]
fn empty_or_missing_folder() {
    let dir = folder("empty", &[]);
    let o = analyze(&dir);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no votes.csv or participants-votes.csv"));
    let o = analyze(&dir.join("nope"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a folder"));
}

#[test]
fn too_small_to_cluster_gives_no_groups() {
    let dir = folder("small", &[("votes.csv", &format!("{VOTES}1,x,0,a,1\n1,x,0,a,1\n"))]);
    let o = analyze(&dir);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("\"groups\":[],"));
    assert!(stdout(&o).contains("\"warnings\":[\"too few participants"));
    assert!(stderr(&o).contains("warning:"));
}

/// `bench consensus --write` writes an export that `analyze` reads back
/// whole, and refuses a folder that holds files.
#[test]
fn bench_writes_an_export_that_analyze_reads() {
    let dir = folder("written", &[]);
    let target = dir.join("export");
    let bench = |target: &Path| {
        Command::new(env!("CARGO_BIN_EXE_concord"))
            .args(["bench", "consensus", "--participants", "300", "--statements", "20", "--votes", "3000"])
            .args(["--groups", "2", "--write"])
            .arg(target)
            .output()
            .unwrap()
    };
    let o = bench(&target);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for file in ["comments.csv", "votes.csv", "participants-votes.csv"] {
        assert!(target.join(file).is_file(), "{file}");
    }
    let out = json(&analyze(&target));
    assert_eq!(
        (out["participants"].as_u64(), out["statements"].as_u64(), out["votes"].as_u64()),
        (Some(300), Some(20), Some(3000))
    );
    assert_eq!(out["groups"].as_array().unwrap().len(), 2);
    assert_eq!(out["participation"], "history");
    let o = bench(&target);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("the folder exists and is not empty"), "{}", stderr(&o));
}
