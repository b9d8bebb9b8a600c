//! `concord recount` (issue 16): a real server's ballots recount from its
//! public log, and a log forged with the log's real key (tiles recomputed,
//! checkpoint re-signed, so that `concord verify` accepts it) fails the
//! recount, naming the ballot and the entry, when a logged result does not
//! follow from the logged votes or a vote's signature is wrong.

mod support;

use std::path::Path;
use std::process::Output;

use domain::authz::{Caller, Scope};
use domain::decision::{BallotProcedure, Choice, DecisionCommand, DecisionEvent, NewBallot, SignedVote, VotePayload};
use domain::lang::Lang;
use domain::member::Iso3;
use domain::people::DelegationRole;
use domain::{Actor, Command, Envelope, Event};
use ledger::Signer;
use serde_json::{Value, json};
use store::Store;
use store::scratch::{Setup, on_each_backend};
use support::tlog::{Host, checkpoint_of, get, publish};
use support::{Served, concord, text};

fn actor(text: &str) -> Actor {
    Actor::try_from(text.to_owned()).unwrap()
}

fn by(who: &str) -> Caller {
    Caller::new(actor(who), Scope::Full)
}

fn iso(code: &str) -> Iso3 {
    code.parse().unwrap()
}

/// Kenya's and Ghana's own delegation keys.
fn kenya() -> Signer {
    Signer::new("concord-ken", &[1; 32]).unwrap()
}

fn ghana() -> Signer {
    Signer::new("concord-gha", &[2; 32]).unwrap()
}

fn vote(ballot: u64, member: &str, choice: Choice, key: &Signer) -> Command {
    let payload = VotePayload { ballot, member: iso(member), choice, seq: 1, proxy_for: None };
    Command::Decision(DecisionCommand::Vote(SignedVote { payload, signature: payload.sign(key) }))
}

fn open_ballot(title: &str) -> Command {
    Command::Decision(DecisionCommand::OpenBallot(NewBallot {
        title: [(Lang::En, title.to_owned())].into(),
        document: None,
        closes: None,
        procedure: BallotProcedure::Type("substantive".into()),
    }))
}

/// The data directory of a real server with two ballots: ballot 1, where
/// Kenya (yes) and Ghana (no) vote with their own keys and the secretariat
/// records a roll call of 150 yes and 40 no, closed (adopted, 151 to 41);
/// and ballot 2, where Kenya abstains, still open.
async fn build(setup: &Setup) {
    let store = Store::open(&setup.config()).await.unwrap();
    store.submit(Caller::system(), Command::AppointSecretariat { handle: actor("sec.a") }).await.unwrap();
    for (member, head, key) in [("KEN", "del.kenhead", kenya()), ("GHA", "del.ghahead", ghana())] {
        let add = Command::AddDelegationMember { member: iso(member), handle: actor(head), role: DelegationRole::Head };
        store.submit(Caller::system(), add).await.unwrap();
        let register = DecisionCommand::RegisterKey { member: iso(member), key: key.verifier().to_string() };
        store.submit(by(head), Command::Decision(register)).await.unwrap();
    }
    store.submit(by("sec.a"), open_ballot("Open models")).await.unwrap();
    store.submit(by("del.kenhead"), vote(1, "KEN", Choice::Yes, &kenya())).await.unwrap();
    store.submit(by("del.ghahead"), vote(1, "GHA", Choice::No, &ghana())).await.unwrap();
    let room: Vec<(Iso3, Choice)> = store
        .ballot_electors(1)
        .await
        .unwrap()
        .iter()
        .filter(|e| e.position.is_none())
        .take(190)
        .enumerate()
        .map(|(i, e)| (e.member, if i < 150 { Choice::Yes } else { Choice::No }))
        .collect();
    store.record_roll_call(&by("sec.a"), 1, &room).await.unwrap();
    store.submit(by("sec.a"), Command::Decision(DecisionCommand::CloseBallot { ballot: 1 })).await.unwrap();
    store.submit(by("sec.a"), open_ballot("Shared compute")).await.unwrap();
    store.submit(by("del.kenhead"), vote(2, "KEN", Choice::Abstain, &kenya())).await.unwrap();
    let tally = store.ballot(1).await.unwrap().unwrap().tally.unwrap();
    assert_eq!((tally.counts.yes, tally.counts.no, tally.counts.abstain), (151, 41, 0));
    assert_eq!(tally.outcome, rules::Outcome::Adopted);
    store.sign_checkpoint().await.unwrap();
}

/// The log's signing key, from the data directory.
fn log_signer(setup: &Setup) -> Signer {
    let key = std::fs::read_to_string(setup.data_dir().join(store::datadir::KEY_FILE)).unwrap();
    Signer::parse(key.trim()).unwrap()
}

/// `concord recount` with these arguments against `url`, with the log key
/// and a state directory.
fn recount(url: &str, key: &str, state: &Path, args: &[&str]) -> Output {
    let state = state.display().to_string();
    let mut all = vec!["recount", "--url", url, "--key", key, "--state", &state];
    all.extend(args);
    concord(&all)
}

fn json_of(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| panic!("{err}: {}", text(&output.stdout)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_ballots_of_a_real_server_recount_from_its_log() {
    on_each_backend(|setup| async move {
        build(&setup).await;
        let key = log_signer(&setup).verifier().to_string();
        let served = Served::start(&setup);
        let state = tempfile::tempdir().unwrap();

        let one = recount(&served.url, &key, state.path(), &["1"]);
        assert!(one.status.success(), "{}{}", text(&one.stdout), text(&one.stderr));
        let out = text(&one.stdout);
        assert!(out.contains("first seen (trust on first use)"), "{out}");
        assert!(out.contains("ballot 1: holds"), "{out}");
        assert!(out.contains("recounted adopted, 151 yes, 41 no, 0 abstaining (192 votes counted of 192 votes cast)"));
        assert!(out.contains("logged    adopted, 151 yes, 41 no, 0 abstaining"), "{out}");
        assert!(out.contains("(193 signed votes)"), "{out}");
        assert!(!out.contains("ballot 2"), "only the ballot asked for: {out}");

        // The state directory is verify's: the second run checks that the
        // log only grew.
        let all = recount(&served.url, &key, state.path(), &["--all", "--json"]);
        assert!(all.status.success(), "{}", text(&all.stderr));
        let report = json_of(&all);
        let size = report["size"].as_u64().unwrap();
        let checkpoint = checkpoint_of(&get(&served.url, "/log/checkpoint"));
        assert_eq!((size, report["root"].as_str().unwrap()), (checkpoint.size(), &*checkpoint.root().to_string()));
        assert_eq!(
            report["ballots"],
            json!([
                {"id": 1, "votes": 192, "outcome": "adopted", "logged_outcome": "adopted",
                 "yes": 151, "no": 41, "abstain": 0, "holds": true, "problems": []},
                {"id": 2, "votes": 1, "outcome": "open", "logged_outcome": null,
                 "yes": null, "no": null, "abstain": null, "holds": true, "problems": []},
            ])
        );
        let verified = concord(&[
            "verify",
            "--url",
            &served.url,
            "--key",
            &key,
            "--state",
            &state.path().display().to_string(),
            "--json",
        ]);
        assert_eq!(json_of(&verified)["result"], "unchanged");
        assert_eq!(json_of(&verified)["size"], size);

        let open = recount(&served.url, &key, state.path(), &["2"]);
        assert!(open.status.success(), "{}", text(&open.stderr));
        assert!(text(&open.stdout).contains("ballot 2: open (1 vote cast so far, each checked): holds"));

        let unknown = recount(&served.url, &key, state.path(), &["7"]);
        assert_eq!(unknown.status.code(), Some(2), "{}", text(&unknown.stdout));
        assert!(
            text(&unknown.stderr).contains("there is no ballot 7 in the log (it holds ballots 1 to 2)"),
            "{}",
            text(&unknown.stderr)
        );
        assert!(unknown.stdout.is_empty());

        // Neither a ballot nor --all, or both: usage errors.
        for args in [&[][..], &["1", "--all"][..], &["one"][..]] {
            let usage = recount(&served.url, &key, state.path(), args);
            assert_eq!(usage.status.code(), Some(2), "{args:?}: {}", text(&usage.stderr));
        }
        // A wrong log key: the checkpoint does not verify.
        let other = Signer::new("test.concord.localhost/log", &[5; 32]).unwrap().verifier().to_string();
        let wrong = recount(&served.url, &other, state.path(), &["1"]);
        assert_eq!(wrong.status.code(), Some(1), "{}", text(&wrong.stdout));
        assert!(text(&wrong.stderr).contains("does not verify with the log key"), "{}", text(&wrong.stderr));
        served.stop();
    })
    .await;
}

/// The real log's entries, decoded.
fn decoded(entries: &[Vec<u8>]) -> Vec<Envelope> {
    entries.iter().map(|entry| Envelope::decode(entry).unwrap()).collect()
}

/// The log with entry `index` replaced by `envelope`, re-encoded, its tiles
/// recomputed and its checkpoint re-signed with the real key.
fn forge(entries: &[Vec<u8>], index: usize, envelope: &Envelope, signer: &Signer) -> support::tlog::Files {
    let mut entries = entries.to_vec();
    entries[index] = envelope.encode().unwrap();
    publish(&entries, signer)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_result_or_signature_fails_the_recount_naming_ballot_and_entry() {
    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    build(&setup).await;
    let signer = log_signer(&setup);
    let key = signer.verifier().to_string();
    let served = Served::start(&setup);
    let entries = support::tlog::entries(&served.url);
    served.stop();
    let envelopes = decoded(&entries);
    let host = Host::start();

    // The honest log, served by the host, recounts.
    host.serve(&publish(&entries, &signer));
    let honest = recount(&host.url, &key, tempfile::tempdir().unwrap().path(), &["--all"]);
    assert!(honest.status.success(), "{}", text(&honest.stderr));

    // (a) Ballot 1's logged result turned around: rejected, 41 to 151.
    let close = envelopes
        .iter()
        .position(|e| matches!(&e.event, Event::Decision(DecisionEvent::BallotClosed(c)) if c.ballot == 1))
        .unwrap();
    let mut turned = envelopes[close].clone();
    let Event::Decision(DecisionEvent::BallotClosed(closed)) = &mut turned.event else { unreachable!() };
    closed.tally.outcome = rules::Outcome::Rejected;
    (closed.tally.counts.yes, closed.tally.counts.no) = (41, 151);
    host.serve(&forge(&entries, close, &turned, &signer));
    assert_forgery_caught(
        &host,
        &key,
        close,
        "the logged result is rejected (41 yes, 151 no, 0 abstaining), but the logged votes give adopted (151 yes, \
         41 no, 0 abstaining)",
        ("adopted", "rejected"),
    );

    // (b) Kenya's vote on ballot 1 carries a signature by Kenya's key, but
    // over another vote (no instead of yes).
    let kenyan = envelopes
        .iter()
        .position(
            |e| matches!(&e.event, Event::Decision(DecisionEvent::Voted(v)) if v.ballot == 1 && v.member == iso("KEN")),
        )
        .unwrap();
    let mut resigned = envelopes[kenyan].clone();
    let other = VotePayload { ballot: 1, member: iso("KEN"), choice: Choice::No, seq: 1, proxy_for: None };
    assert_eq!(resigned.signature.as_ref().unwrap().key, kenya().verifier().to_string());
    resigned.signature = Some(other.sign(&kenya()));
    host.serve(&forge(&entries, kenyan, &resigned, &signer));
    assert_forgery_caught(&host, &key, kenyan, "vote's signature does not verify", ("adopted", "adopted"));
}

/// `verify` accepts the forged log the host serves (it is a valid, signed
/// log) but `recount 1` fails, naming ballot 1 and the entry `index`, with
/// `what` as the problem and the outcomes (recounted, logged) in its JSON.
fn assert_forgery_caught(host: &Host, key: &str, index: usize, what: &str, outcomes: (&str, &str)) {
    let state = tempfile::tempdir().unwrap();
    let verified =
        concord(&["verify", "--url", &host.url, "--key", key, "--state", &state.path().display().to_string()]);
    assert!(verified.status.success(), "verify accepts the forged log: {}", text(&verified.stderr));

    let caught = recount(&host.url, key, state.path(), &["1"]);
    assert_eq!(caught.status.code(), Some(1), "{}", text(&caught.stdout));
    let (out, err) = (text(&caught.stdout), text(&caught.stderr));
    assert!(out.contains("ballot 1: DOES NOT HOLD"), "{out}");
    assert!(out.contains(&format!("  entry {index}: ")) && out.contains(what), "{out}");
    assert!(err.contains(&format!("the recount does not hold: ballot 1 (entry {index}: ")), "{err}");
    assert!(err.contains(what), "{err}");

    let caught = recount(&host.url, key, state.path(), &["--all", "--json"]);
    assert_eq!(caught.status.code(), Some(1));
    let report = json_of(&caught);
    let ballot = &report["ballots"][0];
    assert_eq!((ballot["id"].as_u64(), ballot["holds"].as_bool()), (Some(1), Some(false)), "{report}");
    assert_eq!((ballot["outcome"].as_str().unwrap(), ballot["logged_outcome"].as_str().unwrap()), outcomes);
    let problems = ballot["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{report}");
    assert_eq!(problems[0]["index"], index);
    assert!(problems[0]["what"].as_str().unwrap().contains(what), "{report}");
    assert_eq!(report["ballots"][1]["holds"], true, "ballot 2 still holds: {report}");
}
