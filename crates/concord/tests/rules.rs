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
    title: String,
    date: String,
}

/// The JSON output of a replay.
struct Replayed {
    rows: Vec<Row>,
    unlisted: Vec<serde_json::Value>,
    summary: serde_json::Value,
}

fn replay(roll_calls: &str, votes: &str, procedure: &str, extra: &[&str]) -> Vec<Row> {
    replay_all(roll_calls, votes, procedure, extra).rows
}

fn replay_all(roll_calls: &str, votes: &str, procedure: &str, extra: &[&str]) -> Replayed {
    let mut args =
        vec!["rules", "replay", "--roll-calls", roll_calls, "--votes", votes, "--procedure", procedure, "--json"];
    args.extend_from_slice(extra);
    let output = concord(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let rows = value["roll_calls"]
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
            title: o["title"].as_str().unwrap().to_owned(),
            date: o["date"].as_str().unwrap().to_owned(),
        })
        .collect();
    Replayed { rows, unlisted: value["unlisted"].as_array().unwrap().clone(), summary: value["summary"].clone() }
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
    assert!(find(&rows, 5979).explanation.starts_with("Adopté. Pour : 85."), "{}", find(&rows, 5979).explanation);
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
    assert!(text.starts_with("1  2015-01-01  a, quoted\n    Adopted. Yes: 2. No: 1."), "{text}");
    assert!(text.contains("\n2  2015-01-02\n    Not adopted."), "{text}");
    assert!(text.contains("2 roll calls under \"UN General Assembly: simple majority\": 1 adopted, 1 rejected"));
}

/// The shipped votes plus rows of historical states the source could not
/// code: two rows without a code in roll call 5394 (two voters), one in
/// 5979, and South Yemen (`YD`, no longer a state) in 6138; returns the
/// file and the line of the first added row.
fn votes_with_uncoded_rows(dir: &Path) -> (String, usize) {
    let shipped = std::fs::read_to_string(root().join(VOTES)).unwrap();
    let first_added = shipped.lines().count() + 1;
    let added = "5394,,yes\n5394,,yes\n5979,,no\n6138,YD,abstain\n";
    (write(dir, "votes.csv", &format!("{shipped}{added}")), first_added)
}

/// Issue 13, done when: every row of a vote file counts, even where
/// historical states have no code; under --members the codes the list does
/// not name are listed once; --strict refuses them with file and line; the
/// shipped known outcomes still hold.
#[test]
fn replay_counts_every_row_lists_unlisted_codes_and_refuses_them_when_strict() {
    let dir = scratch("uncoded");
    let (votes, first_added) = votes_with_uncoded_rows(&dir);
    let lines = std::fs::read_to_string(&votes).unwrap().lines().count() as u64;
    for extra in [&[][..], &["--members", "data/countries/un_members.csv"][..]] {
        let rows = replay(ROLL_CALLS, &votes, SIMPLE, extra);
        let total: u64 = rows.iter().map(|r| r.yes + r.no + r.abstain).sum();
        assert_eq!(total, lines - 1, "every row counts ({extra:?})");
        let cuba = find(&rows, 5394);
        assert_eq!((cuba.yes, cuba.no), (193, 2), "two rows without a code are two voters");
        assert!(cuba.explanation.contains("Yes: 193 of 195; needed: 98."), "{}", cuba.explanation);
        assert_eq!((find(&rows, 5979).no, find(&rows, 6138).abstain), (56, 34));
    }

    // Under --members: listed once each, in the JSON and in one warning.
    let with_members = ["--members", "data/countries/un_members.csv"];
    let replayed = replay_all(ROLL_CALLS, &votes, SIMPLE, &with_members);
    let codes: Vec<(&str, u64)> =
        replayed.unlisted.iter().map(|u| (u["code"].as_str().unwrap(), u["votes"].as_u64().unwrap())).collect();
    assert_eq!(codes, [("", 1), ("", 1), ("", 1), ("YD", 1)], "{:?}", replayed.unlisted);
    assert_eq!(replayed.unlisted[0]["first_line"].as_u64(), Some(first_added as u64));
    let args = ["rules", "replay", "--roll-calls", ROLL_CALLS, "--votes", &votes, "--procedure", SIMPLE];
    let output = concord(&[&args[..], &with_members[..]].concat());
    assert!(output.status.success(), "{}", stderr(&output));
    let warning = stderr(&output);
    assert_eq!(warning.matches("warning:").count(), 1, "{warning}");
    assert!(
        warning.contains("1 code not in data/countries/un_members.csv: YD (1 vote, first at line")
            && warning.contains(&format!("3 votes without a country code (first at line {first_added})")),
        "{warning}"
    );
    // Without --members there is nothing to compare with: no warning.
    assert_eq!(stderr(&concord(&args)), "");

    // --strict refuses the first one, with its file and line.
    bad(
        &[&args[..], &with_members[..], &["--strict"][..]].concat(),
        &format!("votes.csv:{first_added}: a vote without a country code is not in data/countries/un_members.csv"),
    );
    let coded_only = write(&dir, "yd.csv", "rcid,iso2,vote\n5394,FR,yes\n5394,YD,no\n");
    let strict = ["rules", "replay", "--roll-calls", ROLL_CALLS, "--votes", &coded_only, "--procedure", SIMPLE];
    bad(&[&strict[..], &with_members[..], &["--strict"][..]].concat(), "yd.csv:3: `YD` is not in");
}

#[test]
fn replay_shows_resolution_date_and_explanation_and_agrees_with_the_known_outcomes() {
    let outcomes = ["--outcomes", "data/unvotes/outcomes.csv"];
    let replayed = replay_all(ROLL_CALLS, VOTES, SIMPLE, &outcomes);
    assert_eq!(replayed.summary["roll_calls"], 502);
    assert_eq!((replayed.summary["known"].as_u64(), replayed.summary["matched"].as_u64()), (Some(442), Some(442)));
    let cuba = find(&replayed.rows, 5394);
    assert_eq!(cuba.date, "2015-10-27");
    assert!(cuba.title.starts_with("Necessity of ending the economic, commercial and financial embargo"));
    assert!(!cuba.explanation.contains('\n'), "one line: {}", cuba.explanation);
    // Under two-thirds, the three adopted by a simple majority disagree.
    let two_thirds = replay_all(ROLL_CALLS, VOTES, TWO_THIRDS, &outcomes);
    assert_eq!(two_thirds.summary["matched"].as_u64(), Some(439));

    let output = concord(&[
        "rules",
        "replay",
        "--roll-calls",
        ROLL_CALLS,
        "--votes",
        VOTES,
        "--procedure",
        SIMPLE,
        outcomes[0],
        outcomes[1],
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with(
            "5394  2015-10-27  R/70/5  Necessity of ending the economic, commercial and financial embargo imposed by the"
        ),
        "{text}"
    );
    assert!(text.contains("\n    Adopted. Yes: 191."), "{text}");
    assert!(text.contains("Recorded outcome: adopted.\n"), "{text}");
    assert!(text.contains("502 roll calls under \"UN General Assembly: simple majority\": "), "{text}");
    assert!(
        text.ends_with("known outcomes (data/unvotes/outcomes.csv): the procedure agrees on 442 of 442 roll calls\n"),
        "{text}"
    );
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
    // Lines are counted right with CRLF line ends too.
    let crlf = write(&dir, "v8.csv", "rcid,iso2,vote\r\n1,FR,yes\r\n1,US,absent\r\n");
    check(run(&rc, &crlf, SIMPLE), "v8.csv:3: unknown vote `absent`");
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
    let unterminated = write(&dir, "v6.csv", "rcid,iso2,vote\n1,FR,yes\n1,\"US,no\n1,GB,no\n");
    check(run(&rc, &unterminated, SIMPLE), "v6.csv:3: a quoted field opened here is never closed");
    let rc_unterminated = write(&dir, "rc4.csv", &format!("{header}1,70,0,2015-01-01,,,,,\"a title\n"));
    check(run(&rc_unterminated, &good_votes, SIMPLE), "rc4.csv:2: a quoted field opened here is never closed");
    let wide = write(&dir, "v7.csv", "rcid,iso2,vote\n1,FR,yes,extra\n");
    check(run(&rc, &wide, SIMPLE), "v7.csv:2: 4 columns where the header has 3");
    let members_unterminated = write(&dir, "m.csv", "iso2,status,un_regional_group,population\n\"FR,member,WEOG,1\n");
    let mut args = run(&rc, &good_votes, SIMPLE);
    args.extend(["--members".to_owned(), members_unterminated]);
    check(args, "m.csv:2: a quoted field opened here is never closed");
    let outcomes_bad = write(&dir, "o.csv", "rcid,outcome\n1,passed\n");
    let mut args = run(&rc, &good_votes, SIMPLE);
    args.extend(["--outcomes".to_owned(), outcomes_bad]);
    check(args, "o.csv:2: unknown outcome `passed`; use adopted or rejected");
    let mut args = run(&rc, &good_votes, SIMPLE);
    args.push("--strict".to_owned());
    check(args, "--members");
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
