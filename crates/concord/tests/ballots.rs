//! `concord key | delegation key | ballot | vote | proxy | decision-types`
//! end to end (issue 16), driving the binary against a running server:
//! a key generated and registered, a ballot opened under a procedure file,
//! votes signed locally, a proxy, a roll call recorded from a CSV file, the
//! ballot closed and shown; bad files exit 2 with their file and line. And
//! the known outcomes of UN General Assembly roll calls
//! (`data/unvotes/README.md`), recorded through `concord ballot record`,
//! agree with what `concord rules replay` gives for the same roll calls.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use domain::people::DelegationRole;
use serde_json::{Value, json};
use store::scratch::Setup;
use support::{Client, Served, concord, people, text};

fn repo(path: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").join(path).display().to_string()
}

fn json_of(output: &Output) -> Value {
    assert!(output.status.success(), "{}{}", text(&output.stdout), text(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| panic!("{err}: {}", text(&output.stdout)))
}

fn ok(output: &Output) -> String {
    assert!(output.status.success(), "{}{}", text(&output.stdout), text(&output.stderr));
    text(&output.stdout)
}

/// Asserts exit code 2 and `says` on standard error.
fn bad_input(output: &Output, says: &str) {
    let err = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{}{err}", text(&output.stdout));
    assert!(err.contains(says), "{err} does not say {says:?}");
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ballot_from_the_command_line() {
    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let tokens = people(
        &setup,
        &[
            ("del.ken.head", "KEN", DelegationRole::Head),
            ("del.ken.amina", "KEN", DelegationRole::Delegate),
            ("del.gha.head", "GHA", DelegationRole::Head),
        ],
    )
    .await;
    let served = Served::start(&setup);
    let client = Client { url: served.url.clone(), tokens };
    let files = tempfile::tempdir().unwrap();
    let dir = files.path();

    // A key: the private half readable by its owner only, never
    // overwritten.
    let private = dir.join("ken").display().to_string();
    let verifier = ok(&concord(&["key", "generate", "--out", &private, "--name", "kenya"]));
    assert!(verifier.starts_with("kenya+"), "{verifier}");
    assert_eq!(std::fs::read_to_string(format!("{private}.pub")).unwrap(), verifier);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&private).unwrap().permissions().mode() & 0o777, 0o600);
    }
    bad_input(&concord(&["key", "generate", "--out", &private]), "exists already");

    // Kenya's head registers it (the member state is the head's own).
    bad_input(&client.run("del.ken.head", &["delegation", "key", "register", "--key", &private]), "is a private key");
    let registered =
        ok(&client.run("del.ken.head", &["delegation", "key", "register", "--key", &format!("{private}.pub")]));
    assert!(registered.starts_with("KEN: key registered"), "{registered}");
    bad_input(
        &client.run("del.ken.amina", &["delegation", "key", "rotate", "--key", &format!("{private}.pub")]),
        "manage a delegation's signing key",
    );

    // The secretariat opens a ballot under a procedure file.
    let broken = write(dir, "broken.toml", "name = \"x\"\n[rule]\nkind = \"majority\"\nof = \"everyone\"\n");
    let open = |procedure: &str| {
        client.run(
            "sec.admin",
            &[
                "ballot",
                "create",
                "--title",
                "Compute",
                "--title-in",
                "fr=Le calcul",
                "--procedure",
                procedure,
                "--json",
            ],
        )
    };
    bad_input(&open(&broken), &format!("{broken}:4:6:"));
    assert_eq!(json_of(&open(&repo("examples/procedures/un-ga-simple-majority.toml"))), json!({"id": 1}));
    bad_input(
        &client.run("del.ken.head", &["ballot", "create", "--title", "x", "--decision-type", "procedural"]),
        "open ballots",
    );

    // Kenya votes, signed here; Ghana gives Kenya its proxy; Kenya votes
    // for Ghana.
    let voted =
        ok(&client.run("del.ken.amina", &["vote", "1", "--member", "KEN", "--choice", "yes", "--key", &private]));
    assert!(voted.starts_with("KEN voted yes on ballot 1: log entry "), "{voted}");
    let given = ok(&client.run("del.gha.head", &["proxy", "give", "1", "--to", "KEN"]));
    assert_eq!(given, "GHA gave its proxy on ballot 1 to KEN\n");
    bad_input(&client.run("del.ken.head", &["proxy", "give", "1", "--to", "NGA"]), "one level only");
    ok(&client.run(
        "del.ken.head",
        &["vote", "1", "--member", "KEN", "--choice", "no", "--key", &private, "--proxy-for", "GHA"],
    ));
    bad_input(
        &client.run("del.ken.head", &["vote", "1", "--member", "KEN", "--choice", "perhaps", "--key", &private]),
        "--choice",
    );
    bad_input(
        &client.run(
            "del.ken.head",
            &["vote", "1", "--member", "KEN", "--choice", "yes", "--key", &format!("{private}.pub")],
        ),
        "not a private key",
    );

    // The secretariat records a roll call from the room.
    let roll = write(dir, "roll.csv", "iso2,vote\nNG,yes\nFR,abstain\nNA,yes\n");
    for (csv, says) in [
        ("iso2,vote\nNG,yes\nXX,no\n", "bad.csv:3: \"XX\" is not the code"),
        ("iso2,vote\nNG,yes\nNG,no\n", "bad.csv:3: NGA (NG) is named twice"),
        ("iso2,vote\nNG,perhaps\n", "bad.csv:2: \"perhaps\" is not a vote"),
        ("country,vote\nNG,yes\n", "bad.csv:1: the header must be iso2,vote or iso3,vote"),
    ] {
        let bad = write(dir, "bad.csv", csv);
        bad_input(&client.run("sec.admin", &["ballot", "record", "1", "--votes", &bad]), says);
    }
    let recorded = ok(&client.run("sec.admin", &["ballot", "record", "1", "--votes", &roll]));
    assert_eq!(recorded, "3 votes recorded on ballot 1\n");

    // While open, the counts so far; then closed with the tally.
    let open_now = json_of(&client.run("sec.admin", &["ballot", "show", "1", "--json"]));
    assert_eq!(open_now["outcome"], "pending");
    let closed = json_of(&client.run("sec.admin", &["ballot", "close", "1", "--json"]));
    assert_eq!(closed["status"], "closed");
    let shown = json_of(&concord(&["ballot", "show", "1", "--json", "--url", &served.url]));
    assert_eq!(
        shown.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["abstain", "explanation", "id", "no", "outcome", "status", "yes"]
    );
    assert_eq!(
        (&shown["id"], &shown["status"], &shown["outcome"], &shown["yes"], &shown["no"], &shown["abstain"]),
        (&json!(1), &json!("closed"), &json!("adopted"), &json!(3), &json!(1), &json!(1))
    );
    assert!(shown["explanation"].as_str().unwrap().starts_with("Adopted."), "{shown}");
    let french = json_of(&concord(&["ballot", "show", "1", "--json", "--lang", "fr", "--url", &served.url]));
    assert_ne!(french["explanation"], shown["explanation"]);
    let words = ok(&concord(&["ballot", "show", "1", "--url", &served.url]));
    assert!(words.starts_with("ballot 1: Compute [closed]\noutcome: adopted  yes 3  no 1  abstain 1"), "{words}");
    bad_input(
        &client.run("del.ken.head", &["vote", "1", "--member", "KEN", "--choice", "yes", "--key", &private]),
        "ballot 1 is closed",
    );
    bad_input(&concord(&["ballot", "show", "7", "--url", &served.url]), "there is no ballot 7");

    // Decision types from a folder; a broken file names its line.
    let types = tempfile::tempdir().unwrap();
    std::fs::copy(repo("examples/procedures/un-ga-two-thirds.toml"), types.path().join("important.toml")).unwrap();
    let bad_types = tempfile::tempdir().unwrap();
    let broken_type = write(bad_types.path(), "broken.toml", "name = \"x\"\n[rule]\nkind = \"majorty\"\n");
    bad_input(
        &client.run("sec.admin", &["decision-types", "publish", &bad_types.path().display().to_string()]),
        &format!("{broken_type}:3:"),
    );
    let published = json_of(
        &client.run("sec.admin", &["decision-types", "publish", &types.path().display().to_string(), "--json"]),
    );
    assert_eq!(published, json!({"version": 1}));
    assert_eq!(
        json_of(
            &client.run("sec.admin", &["ballot", "create", "--title", "x", "--decision-type", "important", "--json"])
        ),
        json!({"id": 2})
    );

    // Rotating and revoking Kenya's key.
    let second = dir.join("ken2").display().to_string();
    ok(&concord(&["key", "generate", "--out", &second]));
    ok(&client
        .run("del.ken.head", &["delegation", "key", "rotate", "--key", &format!("{second}.pub"), "--member", "KEN"]));
    bad_input(
        &client.run("del.ken.head", &["vote", "2", "--member", "KEN", "--choice", "yes", "--key", &private]),
        "not the signatory's valid key",
    );
    ok(&client.run("del.ken.head", &["vote", "2", "--member", "KEN", "--choice", "yes", "--key", &second]));
    ok(&client.run("del.ken.head", &["delegation", "key", "revoke", "--reason", "rotated out"]));
    bad_input(
        &client.run("del.ken.head", &["vote", "2", "--member", "KEN", "--choice", "no", "--key", &second]),
        "no valid signing key",
    );
    ok(&client.run("del.gha.head", &["proxy", "give", "2", "--to", "NGA"]));
    assert_eq!(ok(&client.run("del.gha.head", &["proxy", "revoke", "2"])), "GHA took its proxy on ballot 2 back\n");
    drop(served);
}

/// The roll calls of `data/unvotes/README.md` and the procedures each is
/// known under: (rcid, procedure, expected outcome).
fn known_outcomes() -> Vec<(u64, &'static str, &'static str)> {
    let mut known = vec![(5394, "procedural", "adopted")];
    for rcid in [5979, 6138, 9087] {
        known.push((rcid, SIMPLE, "adopted"));
        known.push((rcid, TWO_THIRDS, "rejected"));
    }
    for rcid in [5968, 5969, 5970, 5971, 5972, 5973, 5974, 6007, 6008, 5976, 5977, 5978] {
        known.push((rcid, SIMPLE, "rejected"));
        known.push((rcid, TWO_THIRDS, "rejected"));
    }
    known
}

const SIMPLE: &str = "examples/procedures/un-ga-simple-majority.toml";
const TWO_THIRDS: &str = "examples/procedures/un-ga-two-thirds.toml";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn un_roll_calls_recorded_as_ballots_agree_with_rules_replay() {
    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let tokens = people(&setup, &[]).await;
    let served = Served::start(&setup);
    let client = Client { url: served.url.clone(), tokens };
    let files = tempfile::tempdir().unwrap();
    let known = known_outcomes();

    // Each roll call's votes as its own CSV file (iso2,vote), and all of
    // them together in the unvotes format for the replay.
    let votes = std::fs::read_to_string(repo("data/unvotes/votes.csv")).unwrap();
    let mut all = String::from("rcid,iso2,vote\n");
    for rcid in known.iter().map(|k| k.0).collect::<std::collections::BTreeSet<_>>() {
        let prefix = format!("{rcid},");
        let rows: Vec<&str> = votes.lines().filter(|l| l.starts_with(&prefix)).collect();
        assert!(!rows.is_empty(), "no votes for {rcid}");
        let mut csv = String::from("iso2,vote\n");
        for row in &rows {
            csv.push_str(&row[prefix.len()..]);
            csv.push('\n');
            all.push_str(row);
            all.push('\n');
        }
        write(files.path(), &format!("{rcid}.csv"), &csv);
    }
    let all_votes = write(files.path(), "votes.csv", &all);
    let replay = |procedure: &str| {
        let replayed = json_of(&concord(&[
            "rules",
            "replay",
            "--roll-calls",
            &repo("data/unvotes/roll_calls.csv"),
            "--votes",
            &all_votes,
            "--procedure",
            procedure,
            "--members",
            &repo("data/countries/un_members.csv"),
            "--json",
        ]));
        replayed["roll_calls"].as_array().unwrap().clone()
    };
    let (simple, two_thirds) = (replay(&repo(SIMPLE)), replay(&repo(TWO_THIRDS)));
    let procedural = replay(&repo("data/decision-types/procedural.toml"));

    for (rcid, procedure, expected) in known {
        let how: Vec<String> = if procedure == "procedural" {
            vec!["--decision-type".into(), "procedural".into()]
        } else {
            vec!["--procedure".into(), repo(procedure)]
        };
        let title = format!("Roll call {rcid}");
        let mut args = vec!["ballot", "create", "--title", &title, "--json"];
        args.extend(how.iter().map(String::as_str));
        let id = json_of(&client.run("sec.admin", &args))["id"].as_u64().unwrap().to_string();
        let csv = files.path().join(format!("{rcid}.csv")).display().to_string();
        ok(&client.run("sec.admin", &["ballot", "record", &id, "--votes", &csv]));
        let closed = json_of(&client.run("sec.admin", &["ballot", "close", &id, "--json"]));
        assert_eq!(closed["outcome"], expected, "rcid {rcid} under {procedure}: {closed}");
        let replayed = match procedure {
            SIMPLE => &simple,
            TWO_THIRDS => &two_thirds,
            _ => &procedural,
        };
        let row = replayed.iter().find(|r| r["rcid"] == rcid).unwrap_or_else(|| panic!("replay has no {rcid}"));
        for field in ["outcome", "yes", "no", "abstain"] {
            assert_eq!(closed[field], row[field], "rcid {rcid} under {procedure}: {field}");
        }
        if rcid == 5394 {
            assert_eq!((closed["yes"].as_u64(), closed["no"].as_u64()), (Some(191), Some(2)));
        }
    }
    drop(served);
}
