//! `concord consultation import` and `export` end to end (issue 15): both
//! shipped Pol.is exports are imported through a running server (`--url`)
//! and into a data directory (`--data`), exported again, and the votes
//! (timestamp, comment id, voter id, vote) and comments (comment id, text)
//! come back identical and in the same order; `concord analyze --url`
//! reproduces the analysis the server stored for an imported consultation,
//! naming participants by the export's ids; bad input exits 2 with the
//! file and line, and records nothing. vTaiwan (50,000 votes) is imported
//! once each way.

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use serde_json::Value;
use store::Store;
use store::scratch::Setup;
use support::{Served, concord, store_args, text};

fn shipped(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/polis").join(name)
}

const SEATTLE: &str = "15-per-hour-seattle";
const VTAIWAN: &str = "vtaiwan.uberx";

fn run(args: &[&str], more: &[String]) -> Output {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(more.iter().map(String::as_str));
    concord(&all)
}

fn json_of(output: &Output) -> Value {
    assert!(output.status.success(), "{}{}", text(&output.stdout), text(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| panic!("{err}: {}", text(&output.stdout)))
}

/// Asserts exit code 2 and `says` on standard error.
fn bad_input(output: &Output, says: &str) {
    let err = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{}{err}", text(&output.stdout));
    assert!(err.contains(says), "{err} does not say {says:?}");
}

/// The rows of a CSV file's `columns`, in file order.
fn rows(file: &Path, columns: &[&str]) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_path(file).unwrap_or_else(|err| panic!("{}: {err}", file.display()));
    let header = reader.headers().unwrap().clone();
    let at: Vec<usize> = columns.iter().map(|c| header.iter().position(|h| h == *c).unwrap()).collect();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            at.iter().map(|&i| r[i].to_owned()).collect()
        })
        .collect()
}

/// Asserts that the export in `out` lists the same votes and comments as
/// the shipped export `name`, in the same order.
fn same_as_shipped(out: &Path, name: &str) {
    let votes = ["timestamp", "comment-id", "voter-id", "vote"];
    let (theirs, ours) = (rows(&shipped(name).join("votes.csv"), &votes), rows(&out.join("votes.csv"), &votes));
    assert_eq!(ours.len(), theirs.len(), "{name}: votes");
    assert!(ours == theirs, "{name}: the votes differ");
    let comments = ["comment-id", "comment-body"];
    assert_eq!(
        rows(&out.join("comments.csv"), &comments),
        rows(&shipped(name).join("comments.csv"), &comments),
        "{name}"
    );
    // Derived columns too: the counts and moderation of each comment.
    let more = ["comment-id", "author-id", "agrees", "disagrees", "moderated", "timestamp"];
    assert_eq!(rows(&out.join("comments.csv"), &more), rows(&shipped(name).join("comments.csv"), &more), "{name}");
}

fn import(name: &str, place: &[String]) -> Value {
    let dir = shipped(name).display().to_string();
    json_of(&run(&["consultation", "import", &dir, "--json"], place))
}

fn export(id: u64, out: &Path, place: &[String]) -> Value {
    let out = out.display().to_string();
    json_of(&run(&["consultation", "export", &id.to_string(), "--out", &out, "--json"], place))
}

/// The stored analysis of consultation `id` once it covers `size` entries.
fn stored_analysis(setup: &Setup, id: u64, size: u64) -> store::consultation::StoredAnalysis {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let store = Store::open_detached(&setup.config()).await.unwrap();
        let started = Instant::now();
        loop {
            if let Some(stored) = store.analysis(id).await.unwrap().filter(|a| a.log_size >= size) {
                return stored;
            }
            assert!(started.elapsed() < Duration::from_secs(120), "the server stored no analysis of {id}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    })
}

fn log_size(setup: &Setup) -> u64 {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async { Store::open_detached(&setup.config()).await.unwrap().status().await.unwrap().log_size })
}

#[test]
fn both_shipped_exports_go_in_and_come_out_the_same() {
    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let data = store_args(&setup);
    let outs = tempfile::tempdir().unwrap();
    let out = |name: &str| outs.path().join(name);

    // Through a running server, with a token that allows importing.
    let served = Served::start(&setup);
    let token = |scope: &str| {
        let created = json_of(&run(&["token", "create", "--name", "t", "--scope", scope, "--json"], &data));
        created["token"].as_str().unwrap().to_owned()
    };
    let importer = token("import_consultation");
    let remote = |token: &str| vec!["--url".to_owned(), served.url.clone(), "--token".to_owned(), token.to_owned()];
    let narrow = token("create_consultation");
    let before = log_size(&setup);
    bad_input(
        &run(&["consultation", "import", &shipped(SEATTLE).display().to_string()], &remote(&narrow)),
        "import_consultation",
    );
    assert_eq!(log_size(&setup), before, "a refusal records nothing");

    let seattle = import(SEATTLE, &remote(&importer));
    assert_eq!(seattle, serde_json::json!({"id": 1, "statements": 54, "participants": 339, "votes": 2995}));
    let after_seattle = log_size(&setup);
    let vtaiwan = import(VTAIWAN, &remote(&importer));
    assert_eq!(vtaiwan, serde_json::json!({"id": 2, "statements": 197, "participants": 1921, "votes": 49997}));
    for (id, name) in [(1, SEATTLE), (2, VTAIWAN)] {
        let written = export(id, &out(&format!("url-{id}")), &remote(&importer));
        assert_eq!(written["votes"].as_u64(), Some(rows(&shipped(name).join("votes.csv"), &["vote"]).len() as u64));
        same_as_shipped(&out(&format!("url-{id}")), name);
    }

    // `concord analyze --url` recomputes what the server stored, and names
    // participants by the export's voter ids.
    let stored = stored_analysis(&setup, 1, after_seattle);
    let size = stored.log_size.to_string();
    let ours = run(&["analyze", "--url", &served.url, "--consultation", "1", "--log-size", &size, "--json"], &[]);
    assert!(ours.status.success(), "{}", text(&ours.stderr));
    assert_eq!(text(&ours.stdout).trim_end(), stored.report);
    let report: Value = serde_json::from_str(&stored.report).unwrap();
    assert_eq!((report["participants"].as_u64(), report["votes"].as_u64()), (Some(339), Some(2995)));
    let voters: BTreeSet<String> =
        rows(&shipped(SEATTLE).join("votes.csv"), &["voter-id"]).into_iter().map(|r| r[0].clone()).collect();
    let grouped: Vec<&str> = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["participants"].as_array().unwrap())
        .map(|p| p.as_str().unwrap())
        .collect();
    assert!(!grouped.is_empty());
    assert!(grouped.iter().all(|p| voters.contains(*p)), "{grouped:?}");
    // Statement ids map back to the export's comment ids.
    assert_eq!(
        report["polis_ids"]["1"].as_u64(),
        rows(&shipped(SEATTLE).join("comments.csv"), &["comment-id"])[0][0].parse().ok()
    );
    served.stop();

    // Into the data directory, through the server's own code.
    assert_eq!(import(SEATTLE, &data)["id"], 3);
    assert_eq!(import(VTAIWAN, &data)["id"], 4);
    for (id, name) in [(3, SEATTLE), (4, VTAIWAN)] {
        export(id, &out(&format!("data-{id}")), &data);
        same_as_shipped(&out(&format!("data-{id}")), name);
    }

    // Without votes.csv, the latest votes of participants-votes.csv.
    let wide = tempfile::tempdir().unwrap();
    for file in ["comments.csv", "participants-votes.csv"] {
        std::fs::copy(shipped(SEATTLE).join(file), wide.path().join(file)).unwrap();
    }
    let latest = json_of(&run(
        &["consultation", "import", &wide.path().display().to_string(), "--title", "Latest", "--json"],
        &data,
    ));
    let cells = rows(&shipped(SEATTLE).join("participants-votes.csv"), &["participant"]).len();
    assert_eq!(latest["participants"].as_u64(), Some(cells as u64));
    export(5, &out("data-5"), &data);
    let times: BTreeSet<String> =
        rows(&out("data-5").join("votes.csv"), &["timestamp"]).into_iter().map(|r| r[0].clone()).collect();
    let newest = rows(&shipped(SEATTLE).join("comments.csv"), &["timestamp"])
        .into_iter()
        .map(|r| r[0].parse::<i64>().unwrap())
        .max();
    assert_eq!(times.into_iter().map(|t| t.parse::<i64>().unwrap()).collect::<Vec<_>>(), [newest.unwrap()]);

    // Bad input: exit 2, saying what and where; nothing recorded.
    let before = log_size(&setup);
    let broken = tempfile::tempdir().unwrap();
    std::fs::copy(shipped(SEATTLE).join("comments.csv"), broken.path().join("comments.csv")).unwrap();
    std::fs::write(
        broken.path().join("votes.csv"),
        "timestamp,datetime,comment-id,voter-id,vote\n1,x,0,7,1\n2,x,0,7,5\n",
    )
    .unwrap();
    let dir = broken.path().display().to_string();
    bad_input(&run(&["consultation", "import", &dir], &data), "votes.csv line 3: vote \"5\" is not -1, 0 or 1");
    std::fs::write(broken.path().join("votes.csv"), "timestamp,datetime,comment-id,voter-id,vote\n1,x,999,7,1\n")
        .unwrap();
    bad_input(
        &run(&["consultation", "import", &dir], &data),
        "votes.csv line 2: comment-id 999 is not in comments.csv",
    );
    std::fs::remove_file(broken.path().join("comments.csv")).unwrap();
    bad_input(&run(&["consultation", "import", &dir], &data), "there is no comments.csv");
    bad_input(&run(&["consultation", "import", &dir, "--language", "de"], &data), "--language \"de\"");
    bad_input(
        &run(&["consultation", "export", "1", "--out", &out("data-3").display().to_string()], &data),
        "exists and is not empty",
    );
    bad_input(
        &run(&["consultation", "export", "9", "--out", &out("none").display().to_string()], &data),
        "no consultation 9",
    );
    bad_input(&run(&["consultation", "export", "0", "--out", &out("none").display().to_string()], &data), "0");
    assert!(!out("none").exists());
    assert_eq!(log_size(&setup), before, "bad input records nothing");
}
