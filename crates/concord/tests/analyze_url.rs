//! `concord analyze --url URL --consultation ID` end to end (issue 14): a
//! consultation is held in a real store, `concord serve` analyses it in the
//! background and stores the result, and the command recomputes exactly
//! that JSON from the public log; it also agrees with `concord analyze` on
//! a Pol.is export of the same votes; and bad input is refused.

mod support;

use std::future::Future;
use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use domain::authz::{Caller, Scope};
use domain::consultation::{
    Audience, Choice, ConsultationCommand, ConsultationEvent, Moderation, NewConsultation, ResultsVisibility, Verdict,
};
use domain::lang::Lang;
use domain::people::DelegationRole;
use domain::{Actor, Command, Envelope, Event};
use serde_json::Value;
use store::Store;
use store::scratch::Setup;
use support::{Served, concord, text};

fn actor(text: &str) -> Actor {
    Actor::try_from(text.to_owned()).unwrap()
}

/// Runs a future on a runtime of its own, which ends with it (and with it
/// any task the store started).
fn wait<F: Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap().block_on(future)
}

async fn submit(store: &Store, by: &str, command: Command) {
    let caller = if by == "system" { Caller::system() } else { Caller::new(actor(by), Scope::Full) };
    store.submit(caller, command).await.unwrap();
}

fn consultation(command: ConsultationCommand) -> Command {
    Command::Consultation(command)
}

/// Consultation 1: ten delegates of African states against ten of Western
/// states on eight seed statements, all agreeing with statement 3; two
/// members of the public; statement 8 rejected after the votes.
async fn hold_consultation(store: &Store) {
    submit(store, "system", Command::AppointSecretariat { handle: actor("sec.a") }).await;
    let settings = NewConsultation {
        language: Lang::En,
        title: [(Lang::En, "Open models".to_owned())].into(),
        question: [(Lang::En, "What should be shared?".to_owned())].into(),
        audience: Audience::Everyone,
        moderation: Moderation::After,
        participants_write: true,
        results: ResultsVisibility::Everyone,
        opens_at: None,
        closes_at: None,
        seeds: (1..=8).map(|n| format!("Statement number {n}")).collect(),
    };
    submit(store, "sec.a", consultation(ConsultationCommand::Create(settings))).await;
    submit(store, "sec.a", consultation(ConsultationCommand::Open { id: 1 })).await;
    let vote =
        |statement, choice| consultation(ConsultationCommand::Vote { id: 1, statement, choice, pseudonym: None });
    let camps = [(1, ["KEN", "GHA", "SEN", "NGA", "ZAF"]), (-1, ["FRA", "DEU", "ITA", "ESP", "CAN"])];
    for (camp, members) in camps {
        for member in members {
            for n in 1..=2 {
                let handle = format!("del.{}{n}", member.to_lowercase());
                let role = DelegationRole::Delegate;
                let added =
                    Command::AddDelegationMember { member: member.parse().unwrap(), handle: actor(&handle), role };
                submit(store, "system", added).await;
                for s in 1..=8u64 {
                    let value = if s == 3 {
                        1
                    } else if s % 2 == 0 {
                        camp
                    } else {
                        -camp
                    };
                    submit(store, &handle, vote(s, Choice::from_value(value).unwrap())).await;
                }
            }
        }
    }
    for public in ["p.amina", "p.bruno"] {
        submit(store, public, vote(3, Choice::Agree)).await;
        submit(store, public, vote(1, Choice::Disagree)).await;
        submit(store, public, vote(1, Choice::Pass)).await;
    }
    let reject =
        ConsultationCommand::Moderate { id: 1, statement: 8, verdict: Verdict::Reject, reason: "Off topic".into() };
    submit(store, "sec.a", consultation(reject)).await;
}

/// `concord analyze --url` with more arguments.
fn analyze_url(url: &str, more: &[&str]) -> Output {
    let mut args = vec!["analyze", "--url", url];
    args.extend_from_slice(more);
    concord(&args)
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "{}", text(&output.stderr));
    text(&output.stdout)
}

/// The stored analysis of consultation 1 covering `size` entries, once the
/// server's background task has made it.
fn stored_analysis(setup: &Setup, size: u64) -> store::consultation::StoredAnalysis {
    wait(async {
        let store = Store::open_detached(&setup.config()).await.unwrap();
        let started = Instant::now();
        loop {
            if let Some(stored) = store.analysis(1).await.unwrap().filter(|a| a.log_size >= size) {
                return stored;
            }
            assert!(started.elapsed() < Duration::from_secs(60), "the server stored no analysis");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
}

/// The log's entries, decoded.
fn entries(setup: &Setup) -> Vec<Envelope> {
    wait(async {
        let store = Store::open_detached(&setup.config()).await.unwrap();
        let (size, _) = store.log_sizes().await.unwrap();
        store.entries(0, size).await.unwrap().iter().map(|e| Envelope::decode(&e.bytes).unwrap()).collect()
    })
}

/// A Pol.is export folder of consultation 1's votes and moderation.
fn export(entries: &[Envelope], dir: &Path) {
    let mut votes = String::from("timestamp,datetime,comment-id,voter-id,vote\n");
    let mut rejected = Vec::new();
    let mut statements = 0;
    for e in entries {
        match &e.event {
            Event::Consultation(ConsultationEvent::Voted(v)) => {
                let time = v.original_time.unwrap_or(e.time).unix_millis();
                votes.push_str(&format!("{time},x,{},{},{}\n", v.statement, e.actor, v.choice.value()));
            }
            Event::Consultation(ConsultationEvent::StatementAdded(_)) => statements += 1,
            Event::Consultation(ConsultationEvent::StatementModerated(m)) if m.verdict == Verdict::Reject => {
                rejected.push(m.statement)
            }
            _ => {}
        }
    }
    let comments: String =
        (1..=statements).map(|s| format!("{s},{}\n", if rejected.contains(&s) { -1 } else { 1 })).collect();
    std::fs::write(dir.join("comments.csv"), format!("comment-id,moderated\n{comments}")).unwrap();
    std::fs::write(dir.join("votes.csv"), votes).unwrap();
}

#[test]
fn the_command_recomputes_the_analysis_the_server_stored() {
    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    wait(async {
        let store = Store::open(&setup.config()).await.unwrap();
        hold_consultation(&store).await;
    });
    let entries = entries(&setup);
    let size = entries.len() as u64;
    let served = Served::start(&setup);
    let stored = stored_analysis(&setup, size);
    assert_eq!(stored.log_size, size);

    // Byte for byte what the server stored, from the public log alone.
    let n = stored.log_size.to_string();
    let ours = stdout(&analyze_url(&served.url, &["--consultation", "1", "--log-size", &n, "--json"]));
    assert_eq!(ours.trim_end(), stored.report);
    // ... and what the API serves.
    let api = wait(async {
        let url = format!("{}/api/v1/consultations/1/analysis", served.url);
        let response = reqwest::get(&url).await.unwrap();
        assert_eq!(response.status(), 200);
        response.text().await.unwrap()
    });
    assert_eq!(ours.trim_end(), api);
    let report: Value = serde_json::from_str(&ours).unwrap();
    assert_eq!((report["participants"].as_u64(), report["votes"].as_u64()), (Some(22), Some(166)));
    assert_eq!(report["groups"].as_array().unwrap().len(), 2);
    assert_eq!(report["constituencies"]["cross_bloc"], serde_json::json!(["3"]));
    assert_eq!(report["log_size"], size);

    // The same as `concord analyze` on a Pol.is export of the same votes.
    let folder = tempfile::tempdir().unwrap();
    export(&entries, folder.path());
    let theirs: Value =
        serde_json::from_str(&stdout(&concord(&["analyze", &folder.path().display().to_string(), "--json"]))).unwrap();
    for field in ["participants", "statements", "mode", "participation", "clustered", "groups", "consensus", "bridging"]
    {
        assert_eq!(report[field], theirs[field], "{field}");
    }
    assert_eq!(report["group_informed_consensus"], theirs["group_informed_consensus"]);

    // The whole log by default, and a readable report.
    let whole: Value =
        serde_json::from_str(&stdout(&analyze_url(&served.url, &["--consultation", "1", "--json"]))).unwrap();
    assert!(whole["log_size"].as_u64().unwrap() >= size);
    let readable = stdout(&analyze_url(&served.url, &["--consultation", "1"]));
    for line in ["Consultation 1: 22 participants, 8 statements, 166 votes", "Group 0: ", "Cross-bloc consensus"] {
        assert!(readable.contains(line), "{readable}");
    }
    assert!(readable.contains("AFRICAN (10)") && readable.contains("public (2)"), "{readable}");

    // An earlier prefix: before the consultation existed, and the log's
    // first entries with only some votes.
    let created = entries.iter().position(|e| matches!(&e.event, Event::Consultation(_))).unwrap() as u64;
    let before = analyze_url(&served.url, &["--consultation", "1", "--log-size", &created.to_string()]);
    assert_eq!(before.status.code(), Some(2));
    assert!(text(&before.stderr).contains("has no consultation 1 in its first"), "{}", text(&before.stderr));
    let part: Value = serde_json::from_str(&stdout(&analyze_url(
        &served.url,
        &["--consultation", "1", "--log-size", &(created + 40).to_string(), "--json"],
    )))
    .unwrap();
    assert_eq!(part["log_size"], created + 40);
    assert!(part["votes"].as_u64().unwrap() < 166);

    // Bad input.
    let unknown = analyze_url(&served.url, &["--consultation", "2"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("has no consultation 2"), "{}", text(&unknown.stderr));
    let beyond = analyze_url(&served.url, &["--consultation", "1", "--log-size", "999999"]);
    assert_eq!(beyond.status.code(), Some(2));
    assert!(text(&beyond.stderr).contains("--log-size 999999: the log at"), "{}", text(&beyond.stderr));
    for args in [
        &["--consultation", "0"][..],
        &["--consultation", "9007199254740992"],
        &["--consultation", "-1"],
        &["--consultation", "1", "--log-size", "0"],
        &["--consultation", "1", "--mode", "replay"],
        &[],
    ] {
        let refused = analyze_url(&served.url, args);
        assert_eq!(refused.status.code(), Some(2), "{args:?}: {}", text(&refused.stderr));
        assert!(refused.stdout.is_empty());
    }
    let both = concord(&["analyze", "some-folder", "--url", &served.url, "--consultation", "1"]);
    assert_eq!(both.status.code(), Some(2), "{}", text(&both.stderr));
    let neither = concord(&["analyze", "--consultation", "1"]);
    assert_eq!(neither.status.code(), Some(2), "{}", text(&neither.stderr));
    served.stop();

    // Nobody there.
    let gone = analyze_url("http://127.0.0.1:9", &["--consultation", "1"]);
    assert_eq!(gone.status.code(), Some(1));
    assert!(text(&gone.stderr).contains("cannot reach"), "{}", text(&gone.stderr));
}
