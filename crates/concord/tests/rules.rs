//! `concord rules check` and `concord rules replay` end to end (issue 7):
//! the known General Assembly outcomes from data/unvotes/README.md under
//! both rules, and every kind of bad input with exit code 2.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn concord(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_concord")).args(args).current_dir(root()).output().expect("run concord")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// A scratch directory for this test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("concord-rules-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

const ROLL_CALLS: &str = "data/unvotes/roll_calls.csv";
const VOTES: &str = "data/unvotes/votes.csv";
const SIMPLE: &str = "examples/procedures/un-ga-simple-majority.toml";
const TWO_THIRDS: &str = "examples/procedures/un-ga-two-thirds.toml";

/// One replayed roll call, as read back from the JSON output.
#[derive(Debug)]
struct Row {
    rcid: u64,
    yes: u64,
    no: u64,
    abstain: u64,
    outcome: String,
    explanation: String,
}

fn replay(roll_calls: &str, votes: &str, procedure: &str, extra: &[&str]) -> Vec<Row> {
    let mut args =
        vec!["rules", "replay", "--roll-calls", roll_calls, "--votes", votes, "--procedure", procedure, "--json"];
    args.extend_from_slice(extra);
    let output = concord(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|o| Row {
            rcid: o["rcid"].as_u64().unwrap(),
            yes: o["yes"].as_u64().unwrap(),
            no: o["no"].as_u64().unwrap(),
            abstain: o["abstain"].as_u64().unwrap(),
            outcome: o["outcome"].as_str().unwrap().to_owned(),
            explanation: o["explanation"].as_str().unwrap().to_owned(),
        })
        .collect()
}

fn find(rows: &[Row], rcid: u64) -> &Row {
    rows.iter().find(|r| r.rcid == rcid).unwrap_or_else(|| panic!("no roll call {rcid}"))
}

const CLEARLY_REJECTED: [u64; 12] = [5968, 5969, 5970, 5971, 5972, 5973, 5974, 6007, 6008, 5976, 5977, 5978];
const SIMPLE_NOT_TWO_THIRDS: [(u64, u64, u64, u64); 3] = [(5979, 85, 55, 0), (6138, 94, 59, 33), (9087, 79, 60, 33)];

#[test]
fn replay_gives_the_known_outcomes_under_a_simple_majority() {
    let rows = replay(ROLL_CALLS, VOTES, SIMPLE, &[]);
    assert_eq!(rows.len(), 502);
    assert_eq!(rows[0].rcid, 5394, "roll calls in file order");
    let cuba = find(&rows, 5394);
    assert_eq!((cuba.yes, cuba.no, cuba.abstain, cuba.outcome.as_str()), (191, 2, 0, "adopted"));
    assert!(cuba.explanation.contains("Yes: 191 of 193; needed: 97."), "{}", cuba.explanation);
    for (rcid, yes, no, abstain) in SIMPLE_NOT_TWO_THIRDS {
        let row = find(&rows, rcid);
        assert_eq!((row.yes, row.no, row.abstain, row.outcome.as_str()), (yes, no, abstain, "adopted"), "{rcid}");
    }
    for rcid in CLEARLY_REJECTED {
        let row = find(&rows, rcid);
        assert!(row.no > row.yes, "{rcid}");
        assert_eq!(row.outcome, "rejected", "{rcid}");
    }
    // Every vote row counts: the totals equal the rows of the file.
    let total: u64 = rows.iter().map(|r| r.yes + r.no + r.abstain).sum();
    let lines = std::fs::read_to_string(root().join(VOTES)).unwrap().lines().count() as u64;
    assert_eq!(total, lines - 1);
}

#[test]
fn replay_gives_the_known_outcomes_under_two_thirds() {
    let rows = replay(ROLL_CALLS, VOTES, TWO_THIRDS, &[]);
    assert_eq!(rows.len(), 502);
    assert_eq!(find(&rows, 5394).outcome, "adopted");
    for (rcid, ..) in SIMPLE_NOT_TWO_THIRDS {
        let row = find(&rows, rcid);
        assert_eq!(row.outcome, "rejected", "{rcid}");
        assert!(row.explanation.contains("at least 2/3"), "{}", row.explanation);
    }
    for rcid in CLEARLY_REJECTED {
        assert_eq!(find(&rows, rcid).outcome, "rejected", "{rcid}");
    }
    // 6138: 94 of 153 present and voting; two-thirds needs 102.
    assert!(find(&rows, 6138).explanation.contains("Yes: 94 of 153; needed: 102."));
}

#[test]
fn replay_explains_in_the_chosen_language_and_uses_member_data() {
    let rows = replay(ROLL_CALLS, VOTES, SIMPLE, &["--lang", "fr"]);
    assert!(find(&rows, 5979).explanation.starts_with("Adopté.\nPour : 85."));
    let rows = replay(
        ROLL_CALLS,
        VOTES,
        "examples/procedures/charter-decision.toml",
        &["--members", "data/countries/un_members.csv", "--lang", "zh"],
    );
    let cuba = find(&rows, 5394);
    assert_eq!(cuba.outcome, "adopted");
    assert!(cuba.explanation.contains("非洲国家：赞成 54 票，共 54 票"), "{}", cuba.explanation);
    let rows = replay(
        ROLL_CALLS,
        VOTES,
        "examples/procedures/double-majority.toml",
        &["--members", "data/countries/un_members.csv"],
    );
    assert!(find(&rows, 5394).explanation.contains("weight (population) in favour"));
}

#[test]
fn replay_counts_every_code_and_rejects_a_roll_call_without_votes() {
    let dir = scratch("codes");
    let header = "rcid,session,importantvote,date,unres,amend,para,short,descr\n";
    let roll_calls =
        write(&dir, "rc.csv", &format!("{header}1,70,0,2015-01-01,,,,,\"a, quoted\"\n2,70,0,2015-01-02,,,,,\n"));
    // Yugoslavia (YU), an unknown code (XX) and Namibia (NA) all count; a
    // byte-order mark and CRLF line ends are accepted.
    let votes = write(&dir, "v.csv", "\u{feff}rcid,iso2,vote\r\n1,YU,yes\r\n1,XX,yes\r\n1,NA,no\r\n");
    for extra in [&[][..], &["--members", "data/countries/un_members.csv"][..]] {
        let rows = replay(&roll_calls, &votes, SIMPLE, extra);
        assert_eq!((rows[0].rcid, rows[0].yes, rows[0].no, rows[0].outcome.as_str()), (1, 2, 1, "adopted"));
        assert_eq!(
            (rows[1].rcid, rows[1].yes + rows[1].no + rows[1].abstain, rows[1].outcome.as_str()),
            (2, 0, "rejected")
        );
    }
    // No vote at all, and no member list: every roll call is rejected.
    let empty = write(&dir, "empty.csv", "rcid,iso2,vote\n");
    let rows = replay(&roll_calls, &empty, SIMPLE, &[]);
    assert!(rows.iter().all(|r| r.outcome == "rejected" && r.yes + r.no + r.abstain == 0));
    assert_eq!(rows.len(), 2);
    // The plain output lists each roll call and a summary.
    let output = concord(&["rules", "replay", "--roll-calls", &roll_calls, "--votes", &votes, "--procedure", SIMPLE]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("1\t2\t1\t0\tadopted\n2\t0\t0\t0\trejected\n"), "{text}");
    assert!(text.contains("2 roll calls under \"UN General Assembly: simple majority\": 1 adopted, 1 rejected"));
}

/// Runs concord, expecting exit code 2 and `want` in the error.
fn bad(args: &[&str], want: &str) {
    let output = concord(args);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains(want), "{args:?}: expected {want:?} in:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn replay_refuses_bad_input_with_exit_code_2() {
    let dir = scratch("bad");
    let header = "rcid,session,importantvote,date,unres,amend,para,short,descr\n";
    let rc = write(&dir, "rc.csv", &format!("{header}1,70,0,2015-01-01,,,,,\n"));
    let good_votes = write(&dir, "good.csv", "rcid,iso2,vote\n1,FR,yes\n");
    let run = |rc: &str, votes: &str, procedure: &str| -> Vec<String> {
        ["rules", "replay", "--roll-calls", rc, "--votes", votes, "--procedure", procedure, "--json"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect()
    };
    let check = |args: Vec<String>, want: &str| bad(&args.iter().map(String::as_str).collect::<Vec<_>>(), want);

    let unknown_vote = write(&dir, "v1.csv", "rcid,iso2,vote\n1,FR,yes\n1,US,absent\n");
    check(run(&rc, &unknown_vote, SIMPLE), "v1.csv:3: unknown vote `absent`; use yes, no or abstain");
    let missing_column = write(&dir, "v2.csv", "rcid,vote\n1,yes\n");
    check(run(&rc, &missing_column, SIMPLE), "v2.csv: missing column `iso2`");
    let rc_missing = write(&dir, "rc2.csv", "rcid,session,date\n1,70,2015-01-01\n");
    check(run(&rc_missing, &good_votes, SIMPLE), "rc2.csv: missing column `importantvote`");
    let ragged = write(&dir, "v3.csv", "rcid,iso2,vote\n1,FR\n");
    check(run(&rc, &ragged, SIMPLE), "v3.csv:2:");
    let orphan = write(&dir, "v4.csv", "rcid,iso2,vote\n7,FR,yes\n");
    check(run(&rc, &orphan, SIMPLE), "v4.csv:2: roll call 7 is not in the roll-call file");
    let twice = write(&dir, "v5.csv", "rcid,iso2,vote\n1,FR,yes\n1,FR,no\n");
    check(run(&rc, &twice, SIMPLE), "v5.csv:3: `FR` votes twice in roll call 1");
    let no_code = write(&dir, "v6.csv", "rcid,iso2,vote\n1,,yes\n");
    check(run(&rc, &no_code, SIMPLE), "v6.csv:2: a vote without a country code");
    let bad_rcid = write(&dir, "rc3.csv", &format!("{header}one,70,0,2015-01-01,,,,,\n"));
    check(run(&bad_rcid, &good_votes, SIMPLE), "rc3.csv:2: rcid `one` is not a whole number");
    check(run(&rc, &good_votes, "no/such/file.toml"), "no/such/file.toml: cannot read");
    check(run(&rc, "no/such/votes.csv", SIMPLE), "no/such/votes.csv: cannot read");
    let impossible = write(
        &dir,
        "p.toml",
        "name = \"x\"\n[rule]\nkind = \"majority\"\nof = \"present-and-voting\"\nthreshold = \">= 3/2\"\n",
    );
    check(run(&rc, &good_votes, &impossible), "p.toml:5:13: `threshold`: impossible share 3/2");
    check(run(&rc, &good_votes, "examples/procedures/cross-regional.toml"), "pass --members");
    let mut args = run(&rc, &good_votes, SIMPLE);
    args.extend(["--lang".to_owned(), "de".to_owned()]);
    check(args, "unknown language `de`");
}

#[test]
fn check_accepts_the_examples() {
    let examples: Vec<String> = std::fs::read_dir(root().join("examples/procedures"))
        .unwrap()
        .map(|e| format!("examples/procedures/{}", e.unwrap().file_name().to_str().unwrap()))
        .collect();
    assert!(examples.len() >= 9);
    let mut args = vec!["rules", "check"];
    args.extend(examples.iter().map(String::as_str));
    let output = concord(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("un-ga-two-thirds.toml: ok: UN General Assembly: two-thirds majority"));
}

#[test]
fn check_reports_file_line_and_what_to_fix() {
    let dir = scratch("check");
    let not_toml = write(&dir, "a.toml", "name = \"x\"\n[rule\n");
    bad(&["rules", "check", &not_toml], "a.toml:2:");
    let unknown_clause = write(&dir, "b.toml", "name = \"x\"\n\n[rule]\nkind = \"majoritarian\"\n");
    bad(&["rules", "check", &unknown_clause], "b.toml:4:8: unknown clause kind `majoritarian`; use one of: majority,");
    let unknown_group =
        write(&dir, "c.toml", "name = \"x\"\n[rule]\nkind = \"groups\"\nmin-groups = 1\namong = [\"NORDIC\"]\n");
    bad(&["rules", "check", &unknown_group], "c.toml:5:10: unknown group `NORDIC`; use one of: AFRICAN");
    let impossible = write(&dir, "d.toml", "name = \"x\"\n[rule]\nkind = \"quorum\"\nthreshold = \"> 1\"\n");
    bad(&["rules", "check", &impossible], "d.toml:4:13: `threshold`: impossible threshold `> 1`");
    // Several files: every error is reported, and the good ones too.
    let output = concord(&["rules", "check", SIMPLE, &unknown_clause, &impossible]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("b.toml:4:8") && err.contains("d.toml:4:13") && err.contains("2 of 3 procedure files have errors"),
        "{err}"
    );
    assert!(stdout(&output).contains("un-ga-simple-majority.toml: ok"));
    bad(&["rules", "check", "no/such/file.toml"], "cannot read");
}
