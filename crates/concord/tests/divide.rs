//! `concord divide ...` end to end (issue 17): the index computed from the
//! shipped files, complete and the same for the same seed; explained value
//! by value; a bad methodology file told by file and line; and against a
//! running server whose log holds the shipped values (loaded with
//! `divide load-indicators --data`), `compute --url` prints byte for byte
//! what the files give and the rows the API serves, and a value submitted
//! and accepted over `--url` shows in the explanation.

mod support;

use std::collections::BTreeSet;
use std::future::Future;
use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use domain::people::DelegationRole;
use serde_json::Value;
use store::scratch::Setup;
use support::{Client, Served, concord, people, store_args, text};

fn ok(output: &Output) -> String {
    assert!(output.status.success(), "{}{}", text(&output.stdout), text(&output.stderr));
    text(&output.stdout)
}

/// Asserts exit code 2, nothing on standard output, and `says` on standard
/// error.
fn bad_input(output: &Output, says: &str) {
    let err = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{}{err}", text(&output.stdout));
    assert!(output.stdout.is_empty(), "{}", text(&output.stdout));
    assert!(err.contains(says), "{err} does not say {says:?}");
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn divide(args: &[&str]) -> Output {
    let mut all = vec!["divide"];
    all.extend_from_slice(args);
    concord(&all)
}

#[test]
fn the_index_of_the_shipped_files_is_complete_and_reproducible() {
    let first = ok(&divide(&["compute", "--json", "--draws", "200", "--seed", "7"]));
    let again = ok(&divide(&["compute", "--json", "--draws", "200", "--seed", "7"]));
    assert_eq!(first, again, "the same data and seed give the same output");
    let rows: Value = serde_json::from_str(&first).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 193, "every member state, observers apart");
    let keys = BTreeSet::from(["iso3", "score", "rank", "rank_low", "rank_high", "pillars", "coverage", "filled"]);
    for row in rows {
        assert_eq!(row.as_object().unwrap().keys().map(String::as_str).collect::<BTreeSet<_>>(), keys, "{row}");
        let score = row["score"].as_f64().unwrap();
        let coverage = row["coverage"].as_f64().unwrap();
        assert!((0.0..=100.0).contains(&score) && (0.0..=1.0).contains(&coverage), "{row}");
        let (rank, low, high) = (row["rank"].as_u64(), row["rank_low"].as_u64(), row["rank_high"].as_u64());
        assert!(low <= rank && rank <= high, "{row}");
        assert_eq!(row["pillars"].as_object().unwrap().len(), 5, "{row}");
        for filled in row["filled"].as_array().unwrap() {
            assert!(filled["method"].is_string() && filled["year"].is_u64() && filled["indicator"].is_string());
        }
    }
    assert!(rows.iter().any(|r| !r["filled"].as_array().unwrap().is_empty()), "some value is filled");
    // Another seed draws other weights; the scores stay.
    let other: Value =
        serde_json::from_str(&ok(&divide(&["compute", "--json", "--draws", "200", "--seed", "8"]))).unwrap();
    let scores = |rows: &[Value]| rows.iter().map(|r| (r["iso3"].clone(), r["score"].clone())).collect::<Vec<_>>();
    assert_eq!(scores(other.as_array().unwrap()), scores(rows));
    assert_ne!(other.as_array().unwrap(), rows);

    // The table: members by rank, with names; observers apart.
    let table = ok(&divide(&["compute", "--draws", "0"]));
    assert!(table.contains("193 member states"), "{table}");
    let kenya = table.lines().find(|l| l.contains(" KEN ")).unwrap();
    assert!(kenya.contains("Kenya"), "{kenya}");
    let (members, observers) = table.split_once("Observer states").unwrap();
    assert!(observers.contains(" PSE ") && observers.contains(" VAT "), "{observers}");
    assert!(!members.contains(" PSE "));
}

#[test]
fn explain_says_how_a_score_was_made_value_by_value() {
    let out = ok(&divide(&["explain", "ken", "--draws", "100"]));
    assert!(out.starts_with("Kenya (KEN): score "), "{out}");
    assert!(out.contains("rank interval"), "{out}");
    let methodology = exchange::Methodology::default_shipped();
    for pillar in &methodology.pillars {
        assert!(out.contains(&format!("[{}], weight", pillar.id)), "{} in {out}", pillar.id);
        for indicator in &pillar.indicators {
            let line = out.lines().filter(|l| l.starts_with(&format!("  {} ", indicator.code))).count();
            assert_eq!(line, 1, "one line for {} in {out}", indicator.code);
        }
    }
    assert!(out.contains("scaled") && out.contains("observed"), "{out}");
    let json: Value = serde_json::from_str(&ok(&divide(&["explain", "KEN", "--draws", "100", "--json"]))).unwrap();
    assert_eq!(json["values"].as_array().unwrap().len(), methodology.indicator_codes().len());
    assert_eq!(json["iso3"], "KEN");
    // An observer state is told apart.
    let holy_see = ok(&divide(&["explain", "VAT", "--draws", "0"]));
    assert!(holy_see.contains("observer state, not ranked"), "{holy_see}");
    bad_input(&divide(&["explain", "XKX"]), "\"XKX\" is not a state of the shipped data");
}

#[test]
fn a_bad_methodology_file_is_told_by_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let heavy = exchange::DEFAULT_TOML.replacen("weight = 0.2", "weight = 0.3", 1);
    let error = exchange::Methodology::parse(&heavy, &exchange::Catalogue::shipped()).unwrap_err();
    let file = write(dir.path(), "heavy.toml", &heavy);
    let says = format!("{file}:{}:{}: the weights of the pillars sum to", error.line, error.column);
    bad_input(&divide(&["compute", "--methodology", &file]), &says);
    bad_input(&divide(&["explain", "KEN", "--methodology", &file]), &says);
    let unknown = write(dir.path(), "unknown.toml", &exchange::DEFAULT_TOML.replacen("IT.NET.USER.ZS", "IT.NOPE", 1));
    bad_input(&divide(&["compute", "--methodology", &unknown]), "unknown indicator `IT.NOPE`");
    bad_input(&divide(&["compute", "--methodology", "/nonexistent.toml"]), "/nonexistent.toml: cannot read");
    for args in [&["compute", "--draws", "100001"][..], &["compute", "--draws", "-1"], &["compute", "--seed", "x"]] {
        let refused = divide(args);
        assert_eq!(refused.status.code(), Some(2), "{args:?}: {}", text(&refused.stderr));
    }
}

/// The JSON of a successful command.
fn json_of(output: &Output) -> Value {
    serde_json::from_str(&ok(output)).unwrap_or_else(|err| panic!("{err}: {}", text(&output.stdout)))
}

/// Runs `check` every 100 ms until it gives something, for at most a
/// minute (the server's analyst and checkpoints run every 500 ms).
fn eventually<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let started = Instant::now();
    loop {
        if let Some(found) = check() {
            return found;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "{what} did not happen within a minute");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Runs a future on a runtime of its own, which ends with it (and with it
/// any task the store started).
fn wait<F: Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap().block_on(future)
}

/// The status and JSON body of a GET.
fn get(url: &str) -> (u16, Value) {
    wait(async {
        let response = reqwest::get(url).await.unwrap();
        let status = response.status().as_u16();
        (status, serde_json::from_str(&response.text().await.unwrap()).unwrap())
    })
}

#[test]
fn a_server_gives_the_same_as_the_files_and_takes_submissions() {
    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let tokens = wait(people(
        &setup,
        &[("del.ken.amina", "KEN", DelegationRole::Delegate), ("del.gha.head", "GHA", DelegationRole::Head)],
    ));
    // The shipped values, loaded into the data directory (the server is
    // not running: the command takes the writer), once.
    let data = store_args(&setup);
    let data: Vec<&str> = data.iter().map(String::as_str).collect();
    let loaded = ok(&divide(&[&["load-indicators"][..], &data].concat()));
    assert!(loaded.starts_with("loaded ") && loaded.contains("published the default methodology"), "{loaded}");
    let again = ok(&divide(&[&["load-indicators"][..], &data].concat()));
    assert!(again.starts_with("nothing new to load"), "{again}");

    let served = Served::start(&setup);
    let client = Client { url: served.url.clone(), tokens };
    let url = served.url.as_str();

    // The same bytes from the server's log as from the files, and the
    // rows the server serves.
    let files = ok(&divide(&["compute", "--json"]));
    let from_log = ok(&divide(&["compute", "--json", "--url", url]));
    assert_eq!(from_log, files);
    let api_members = eventually("the server's index", || {
        let (status, body) = get(&format!("{url}/api/v1/divide"));
        (status == 200).then(|| body["members"].clone())
    });
    assert_eq!(api_members, serde_json::from_str::<Value>(&files).unwrap());

    // Kenya's delegate submits a value of the reference year over --url;
    // Ghana's head may not; the secretariat accepts it.
    let year = exchange::Methodology::default_shipped().year.to_string();
    let submit = |who: &str, value: &str| {
        client.run(
            who,
            &[
                "divide",
                "submit",
                "--member",
                "KEN",
                "--indicator",
                "IT.NET.USER.ZS",
                "--year",
                &year,
                "--value",
                value,
                "--source",
                "Kenya National Bureau of Statistics",
            ],
        )
    };
    bad_input(&submit("del.gha.head", "99.5"), "403");
    bad_input(&submit("del.ken.amina", "-3"), "cannot be below 0");
    let submitted = ok(&submit("del.ken.amina", "99.5"));
    assert!(submitted.starts_with("submission 1 recorded"), "{submitted}");
    let pending = json_of(&concord(&["divide", "submissions", "--status", "pending", "--url", url, "--json"]));
    assert_eq!(pending.as_array().unwrap().len(), 1);
    assert_eq!(pending[0]["value"], "99.5");
    let listed = ok(&concord(&["divide", "submissions", "--member", "ken", "--url", url]));
    assert!(listed.contains("#1  KEN IT.NET.USER.ZS") && listed.contains("[pending]"), "{listed}");
    bad_input(&client.run("sec.admin", &["divide", "review", "1", "--reject"]), "reason");
    bad_input(&client.run("del.ken.amina", &["divide", "review", "1", "--accept"]), "403");
    let accepted = ok(&client.run("sec.admin", &["divide", "review", "1", "--accept"]));
    assert!(accepted.contains("#1  KEN") && accepted.contains("[accepted]"), "{accepted}");
    bad_input(&client.run("sec.admin", &["divide", "review", "1", "--accept"]), "already reviewed");

    // The accepted value counts, once the log's checkpoint covers it.
    let explained = eventually("the accepted value in the signed log", || {
        let out = ok(&divide(&["explain", "KEN", "--draws", "0", "--url", url]));
        out.lines().any(|l| l.starts_with("  IT.NET.USER.ZS") && l.contains(" 99.5 in ")).then_some(out)
    });
    assert!(explained.contains("(observed)"), "{explained}");
    let before = ok(&divide(&["explain", "KEN", "--draws", "0"]));
    assert_ne!(explained.lines().next(), before.lines().next(), "Kenya's score changed");

    // A methodology published over --url; a bad one is told before sending.
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.toml", "version = 2\nname = [\n");
    bad_input(&client.run("sec.admin", &["divide", "methodology", "publish", &bad]), &format!("{bad}:"));
    let second = write(dir.path(), "v2.toml", &exchange::DEFAULT_TOML.replacen("version = 1", "version = 2", 1));
    bad_input(&client.run("del.ken.amina", &["divide", "methodology", "publish", &second]), "403");
    let published = ok(&client.run("sec.admin", &["divide", "methodology", "publish", &second]));
    assert!(published.starts_with("methodology version 2 published"), "{published}");
    served.stop();
}
