//! The rules of ballots, keys, proxies and the recount, without IO.

use std::collections::BTreeMap;

use super::*;
use crate::authz::{Action, Caller, Denied, Scope};
use crate::envelope::{Actor, Envelope, EventSignature, Timestamp};
use crate::lang::Lang;
use crate::member::Iso3;
use crate::people::DelegationRole;
use crate::{Command, Event, Rejection, RejectionKind, State, decide_at};

fn actor(text: &str) -> Actor {
    Actor::try_from(text.to_owned()).unwrap()
}

fn iso(code: &str) -> Iso3 {
    code.parse().unwrap()
}

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_unix_millis(1_800_000_000_000 + seconds * 1000).unwrap()
}

fn signer(name: &str, seed: u8) -> ledger::Signer {
    ledger::Signer::new(name, &[seed; 32]).unwrap()
}

/// A log being written: the state, and every envelope, as the writer keeps
/// them (with each vote's signature on its envelope).
struct Log {
    state: State,
    entries: Vec<Envelope>,
    now: i64,
}

impl Log {
    fn run_as(&mut self, caller: Caller, command: Command) -> Result<Vec<Event>, Rejection> {
        let events = decide_at(&self.state, &caller, &command, at(self.now))?;
        let mut signatures = event_signatures(&command).into_iter();
        for event in &events {
            let mut envelope = Envelope::new(self.state.size(), at(self.now), caller.actor.clone(), event.clone());
            if event.is_signed_act() {
                envelope.signature = signatures.next();
            }
            let bytes = envelope.encode().unwrap();
            assert_eq!(Envelope::decode(&bytes).unwrap(), envelope);
            self.state.apply(&envelope).unwrap();
            self.entries.push(envelope);
        }
        Ok(events)
    }

    fn run(&mut self, by: &str, command: DecisionCommand) -> Result<Vec<Event>, Rejection> {
        let caller = if by == "system" { Caller::system() } else { Caller::new(actor(by), Scope::Full) };
        self.run_as(caller, Command::Decision(command))
    }

    fn next_seq(&self, ballot: u64, member: &str) -> u64 {
        self.state.decisions().open_ballot(ballot).unwrap().last_seq(iso(member)) + 1
    }

    /// A vote by `by` for `member`, signed with `key`.
    fn vote(
        &mut self,
        by: &str,
        ballot: u64,
        member: &str,
        choice: Choice,
        proxy_for: Option<&str>,
        key: &ledger::Signer,
    ) -> Result<Vec<Event>, Rejection> {
        let payload = VotePayload {
            ballot,
            member: iso(member),
            choice,
            seq: self.next_seq(ballot, member),
            proxy_for: proxy_for.map(iso),
        };
        self.run(by, DecisionCommand::Vote(SignedVote { payload, signature: payload.sign(key) }))
    }

    fn recount(&self) -> RecountReport {
        let mut recount = Recount::new();
        for envelope in &self.entries {
            recount.push(envelope).unwrap();
        }
        recount.finish()
    }
}

const STATES: [(&str, &str); 6] =
    [("KEN", "ken"), ("FRA", "fra"), ("BRA", "bra"), ("CHN", "chn"), ("POL", "pol"), ("PSE", "pse")];

/// An organization with a secretariat, an observer, and heads, delegates
/// and alternates of six states (Palestine an observer state), Kenya and
/// France with registered keys (seeds 1 and 2), the shipped decision
/// types, and ballot 1 open under `substantive`, closing at 1000 s.
fn organization() -> Log {
    let mut log = Log { state: State::default(), entries: Vec::new(), now: 0 };
    let system = Caller::system();
    let found = Command::FoundOrganization {
        name: "Concord".into(),
        log_origin: "o".into(),
        members: crate::member::un_members().unwrap(),
    };
    log.run_as(system.clone(), found).unwrap();
    log.run_as(system.clone(), Command::AppointSecretariat { handle: actor("sec.a") }).unwrap();
    log.run_as(system.clone(), Command::AccreditObserver { handle: actor("obs.a") }).unwrap();
    for (member, prefix) in STATES {
        for (role, who) in
            [(DelegationRole::Head, "head"), (DelegationRole::Delegate, "dele"), (DelegationRole::Alternate, "alt")]
        {
            let handle = actor(&format!("del.{prefix}{who}"));
            log.run_as(system.clone(), Command::AddDelegationMember { member: iso(member), handle, role }).unwrap();
        }
    }
    log.run("sec.a", DecisionCommand::PublishTypes(types::shipped())).unwrap();
    for (member, seed) in [("KEN", 1), ("FRA", 2)] {
        let key = signer(&format!("concord-{}", member.to_lowercase()), seed).verifier().to_string();
        log.run(
            &format!("del.{}head", member.to_lowercase()),
            DecisionCommand::RegisterKey { member: iso(member), key },
        )
        .unwrap();
    }
    log.run("sec.a", DecisionCommand::OpenBallot(ballot("substantive"))).unwrap();
    log
}

fn ballot(code: &str) -> NewBallot {
    NewBallot {
        title: BTreeMap::from([(Lang::En, "Open models".into()), (Lang::Ar, "النماذج المفتوحة".into())]),
        document: None,
        closes: Some(at(1000)),
        procedure: BallotProcedure::Type(code.into()),
    }
}

fn ballot_rejection(result: Result<Vec<Event>, Rejection>) -> BallotRejection {
    match result {
        Err(Rejection::Ballot(rejection)) => rejection,
        other => panic!("expected a ballot rejection, got {other:?}"),
    }
}

#[test]
fn a_head_and_a_delegate_vote_with_the_delegation_key_and_the_last_vote_counts() {
    let mut log = organization();
    let ken = signer("concord-ken", 1);
    log.vote("del.kenhead", 1, "KEN", Choice::No, None, &ken).unwrap();
    log.vote("del.kendele", 1, "KEN", Choice::Yes, None, &ken).unwrap();
    let open = log.state.decisions().open_ballot(1).unwrap();
    assert_eq!(open.positions.get(&iso("KEN")), Some(&Choice::Yes));
    assert_eq!(open.last_seq(iso("KEN")), 2);
    let last = log.entries.last().unwrap();
    let text = String::from_utf8(last.encode().unwrap()).unwrap();
    assert!(text.contains(r#""signature":{"key":"concord-ken+"#), "{text}");
    assert!(log.recount().holds());
}

#[test]
fn a_vote_by_the_wrong_person_role_or_scope_is_refused() {
    let mut log = organization();
    let ken = signer("concord-ken", 1);
    // A French delegate cannot vote for Kenya.
    let err = log.vote("del.fradele", 1, "KEN", Choice::Yes, None, &ken).unwrap_err();
    assert!(matches!(err, Rejection::Denied(Denied::Relation { .. })), "{err:?}");
    // Nor can the secretariat, an observer, or a member of the public.
    for who in ["sec.a", "obs.a", "p.someone"] {
        let err = log.vote(who, 1, "KEN", Choice::Yes, None, &ken).unwrap_err();
        assert!(matches!(err, Rejection::Denied(Denied::Role { .. })), "{who}: {err:?}");
    }
    // A token of Kenya's head that does not name cast_vote.
    let payload = VotePayload { ballot: 1, member: iso("KEN"), choice: Choice::Yes, seq: 1, proxy_for: None };
    let vote = Command::Decision(DecisionCommand::Vote(SignedVote { payload, signature: payload.sign(&ken) }));
    let token = Caller::new(actor("del.kenhead"), Scope::Only(vec![Action::ReadPublic]));
    assert_eq!(log.run_as(token, vote.clone()).unwrap_err(), Rejection::Denied(Denied::Scope("cast_vote")));
    let token = Caller::new(actor("del.kenhead"), Scope::Only(vec![Action::CastVote]));
    log.run_as(token, vote).unwrap();
}

#[test]
fn an_alternate_votes_only_when_designated_for_the_ballot() {
    let mut log = organization();
    let ken = signer("concord-ken", 1);
    let err = ballot_rejection(log.vote("del.kenalt", 1, "KEN", Choice::Yes, None, &ken));
    assert!(matches!(err, BallotRejection::NotVoter { .. }), "{err}");
    assert!(err.to_string().contains("when the head designates them"), "{err}");
    // Only the head designates, and only its own alternates.
    let designate =
        |handle: &str| DecisionCommand::DesignateAlternate { ballot: 1, member: iso("KEN"), handle: actor(handle) };
    assert!(matches!(log.run("del.kendele", designate("del.kenalt")), Err(Rejection::Denied(_))));
    assert!(matches!(log.run("del.kenhead", designate("del.fraalt")), Err(Rejection::Invalid { .. })));
    log.run("del.kenhead", designate("del.kenalt")).unwrap();
    log.vote("del.kenalt", 1, "KEN", Choice::Abstain, None, &ken).unwrap();
    assert!(log.recount().holds());
}

#[test]
fn observer_states_bad_signatures_revoked_keys_and_replays_are_refused() {
    let mut log = organization();
    let ken = signer("concord-ken", 1);
    // Palestine is an observer state: not in the electorate.
    let pse = signer("concord-pse", 9);
    let key = pse.verifier().to_string();
    log.run("del.psehead", DecisionCommand::RegisterKey { member: iso("PSE"), key }).unwrap();
    let err = ballot_rejection(log.vote("del.psehead", 1, "PSE", Choice::Yes, None, &pse));
    assert!(matches!(err, BallotRejection::NotEligible { .. }), "{err}");
    // Signed with France's key, or a signature that does not verify.
    let err = ballot_rejection(log.vote("del.kenhead", 1, "KEN", Choice::Yes, None, &signer("concord-fra", 2)));
    assert!(matches!(err, BallotRejection::Signature { .. }), "{err}");
    let payload = VotePayload { ballot: 1, member: iso("KEN"), choice: Choice::Yes, seq: 1, proxy_for: None };
    let mut signature = payload.sign(&ken);
    let other = VotePayload { choice: Choice::No, ..payload };
    signature.sig = other.sign(&ken).sig;
    let err = ballot_rejection(log.run("del.kenhead", DecisionCommand::Vote(SignedVote { payload, signature })));
    assert!(matches!(err, BallotRejection::Signature { .. }), "{err}");
    // A replayed vote: the same signed seq twice.
    let signed = SignedVote { payload, signature: payload.sign(&ken) };
    log.run("del.kenhead", DecisionCommand::Vote(signed.clone())).unwrap();
    let err = ballot_rejection(log.run("del.kenhead", DecisionCommand::Vote(signed)));
    assert!(matches!(err, BallotRejection::Seq { expected: 2, got: 1, .. }), "{err}");
    // A revoked key signs nothing; no key at all is a clear refusal.
    log.run("del.kenhead", DecisionCommand::RevokeKey { member: iso("KEN"), reason: "lost".into() }).unwrap();
    let err = ballot_rejection(log.vote("del.kenhead", 1, "KEN", Choice::No, None, &ken));
    assert_eq!(err, BallotRejection::NoKey(Signatory::Member(iso("KEN"))));
    // A key registered once is never registered again.
    let key = ken.verifier().to_string();
    let err = ballot_rejection(log.run("del.kenhead", DecisionCommand::RegisterKey { member: iso("KEN"), key }));
    assert!(matches!(err, BallotRejection::Key { .. }), "{err}");
    assert!(log.recount().holds());
}

#[test]
fn votes_end_at_the_closing_time_and_after_the_close() {
    let mut log = organization();
    let ken = signer("concord-ken", 1);
    log.now = 999;
    log.vote("del.kenhead", 1, "KEN", Choice::Yes, None, &ken).unwrap();
    log.now = 1000;
    let err = ballot_rejection(log.vote("del.kenhead", 1, "KEN", Choice::No, None, &ken));
    assert_eq!(err, BallotRejection::PastClosing(1));
    log.now = 999;
    let err = ballot_rejection(log.run("system", DecisionCommand::CloseBallot { ballot: 1 }));
    assert_eq!(err, BallotRejection::NotDue(1), "the platform closes at the closing time, not before");
    log.now = 1000;
    log.run("system", DecisionCommand::CloseBallot { ballot: 1 }).unwrap();
    assert!(matches!(log.state.decisions().ballot(1), Some(Ballot::Closed(rules::Outcome::Adopted))));
    let err = ballot_rejection(log.run("sec.a", DecisionCommand::CloseBallot { ballot: 1 }));
    assert_eq!(err, BallotRejection::Closed(1));
    assert!(log.recount().holds());
}

#[test]
fn a_proxy_holder_votes_for_the_giver_with_its_own_key_one_level_only() {
    let mut log = organization();
    let ken = signer("concord-ken", 1);
    let fra = signer("concord-fra", 2);
    let give = |from: &str, to: &str| DecisionCommand::GiveProxy { ballot: 1, from: iso(from), to: iso(to) };
    // Only Brazil's own delegation gives Brazil's proxy.
    assert!(matches!(log.run("del.kenhead", give("BRA", "KEN")), Err(Rejection::Denied(_))));
    let err = ballot_rejection(log.run("del.brahead", give("BRA", "BRA")));
    assert!(matches!(err, BallotRejection::Proxy { .. }), "{err}");
    let err = ballot_rejection(log.run("del.brahead", give("BRA", "PSE")));
    assert!(matches!(err, BallotRejection::NotEligible { .. }), "{err}");
    log.run("del.bradele", give("BRA", "KEN")).unwrap();
    // No chain: Kenya holds a proxy so cannot give its own; China cannot
    // give to Brazil, which has given its own.
    for (from, to, by) in [("KEN", "FRA", "del.kenhead"), ("CHN", "BRA", "del.chnhead")] {
        let err = ballot_rejection(log.run(by, give(from, to)));
        assert!(matches!(err, BallotRejection::Proxy { .. }), "{from} to {to}: {err}");
    }
    // France holds no proxy for Brazil; Brazil cannot vote itself now.
    let err = ballot_rejection(log.vote("del.frahead", 1, "FRA", Choice::Yes, Some("BRA"), &fra));
    assert!(matches!(err, BallotRejection::NotVoter { .. }), "{err}");
    let bra = signer("concord-bra", 3);
    log.run("del.brahead", DecisionCommand::RegisterKey { member: iso("BRA"), key: bra.verifier().to_string() })
        .unwrap();
    let err = ballot_rejection(log.vote("del.brahead", 1, "BRA", Choice::No, None, &bra));
    assert!(matches!(err, BallotRejection::Proxy { .. }), "{err}");
    // Kenya votes for Brazil, signing with Kenya's key.
    log.vote("del.kendele", 1, "KEN", Choice::Yes, Some("BRA"), &ken).unwrap();
    let open = log.state.decisions().open_ballot(1).unwrap();
    assert_eq!(open.positions.get(&iso("BRA")), Some(&Choice::Yes));
    assert_eq!(open.positions.get(&iso("KEN")), None);
    // Brazil takes its proxy back and votes itself; the last vote counts.
    log.run("del.brahead", DecisionCommand::RevokeProxy { ballot: 1, from: iso("BRA") }).unwrap();
    log.vote("del.brahead", 1, "BRA", Choice::No, None, &bra).unwrap();
    assert_eq!(log.state.decisions().open_ballot(1).unwrap().positions.get(&iso("BRA")), Some(&Choice::No));
    assert!(log.recount().holds());
}

#[test]
fn keys_are_registered_rotated_and_revoked_by_the_head_only() {
    let mut log = organization();
    let key = |seed| signer("concord-bra", seed).verifier().to_string();
    let register = |seed| DecisionCommand::RegisterKey { member: iso("BRA"), key: key(seed) };
    assert!(matches!(log.run("del.bradele", register(3)), Err(Rejection::Denied(Denied::Role { .. }))));
    assert!(matches!(log.run("del.kenhead", register(3)), Err(Rejection::Denied(Denied::Relation { .. }))));
    let bad = DecisionCommand::RegisterKey { member: iso("BRA"), key: "concord-bra+00000000+AAAA".into() };
    assert!(matches!(ballot_rejection(log.run("del.brahead", bad)), BallotRejection::Key { .. }));
    // The server's custodied key gives way to the delegation's own.
    let custodied = DecisionCommand::RegisterCustodiedKey { signatory: Signatory::Member(iso("BRA")), key: key(4) };
    log.run("del.bradele", custodied).unwrap();
    assert!(log.state.decisions().key(Signatory::Member(iso("BRA"))).unwrap().custodied);
    let events = log.run("del.brahead", register(3)).unwrap();
    assert_eq!(events.len(), 2, "the custodied key is revoked, the own key registered");
    let err = ballot_rejection(log.run("del.brahead", register(5)));
    assert!(matches!(err, BallotRejection::Key { .. }), "own key: rotate instead: {err}");
    log.run("del.brahead", DecisionCommand::RotateKey { member: iso("BRA"), key: key(5) }).unwrap();
    assert_eq!(log.state.decisions().key(Signatory::Member(iso("BRA"))).unwrap().key, key(5));
    // A vote signed with the rotated-out key is refused.
    let err = ballot_rejection(log.vote("del.brahead", 1, "BRA", Choice::Yes, None, &signer("concord-bra", 3)));
    assert!(matches!(err, BallotRejection::Signature { .. }), "{err}");
    log.vote("del.brahead", 1, "BRA", Choice::Yes, None, &signer("concord-bra", 5)).unwrap();
    assert!(log.recount().holds());
}

/// Records a roll call in which the first `yes` states vote yes and the
/// next `no` vote no, all signed by the secretariat's custodied key.
fn roll_call(log: &mut Log, ballot: u64, yes: usize, no: usize) {
    let secretariat = signer("concord-secretariat", 7);
    if log.state.decisions().key(Signatory::Secretariat).is_none() {
        let key = secretariat.verifier().to_string();
        log.run("sec.a", DecisionCommand::RegisterCustodiedKey { signatory: Signatory::Secretariat, key }).unwrap();
    }
    let open = log.state.decisions().open_ballot(ballot).unwrap();
    let votes = open
        .opened
        .electorate
        .iter()
        .take(yes + no)
        .enumerate()
        .map(|(i, e)| {
            let choice = if i < yes { Choice::Yes } else { Choice::No };
            let payload =
                VotePayload { ballot, member: e.member, choice, seq: open.last_seq(e.member) + 1, proxy_for: None };
            SignedVote { payload, signature: payload.sign(&secretariat) }
        })
        .collect();
    log.run("sec.a", DecisionCommand::RecordVotes { ballot, votes }).unwrap();
}

#[test]
fn exactly_two_thirds_of_those_voting_adopts_a_substantive_decision_and_one_less_does_not() {
    for (yes, no, outcome) in [(94, 47, rules::Outcome::Adopted), (93, 47, rules::Outcome::Rejected)] {
        let mut log = organization();
        roll_call(&mut log, 1, yes, no);
        log.run("sec.a", DecisionCommand::CloseBallot { ballot: 1 }).unwrap();
        let Some(Event::Decision(DecisionEvent::BallotClosed(closed))) = log.entries.last().map(|e| e.event.clone())
        else {
            panic!("the ballot closed")
        };
        assert_eq!(closed.tally.outcome, outcome, "{yes} to {no}");
        assert_eq!((closed.tally.counts.yes, closed.tally.counts.no), (yes as u64, no as u64));
        let report = log.recount();
        assert!(report.holds(), "{report:?}");
        assert_eq!(report.ballot(1).unwrap().votes, (yes + no) as u64);
    }
}

#[test]
fn a_roll_call_is_recorded_by_the_secretariat_only_each_state_once() {
    let mut log = organization();
    let secretariat = signer("concord-secretariat", 7);
    let key = secretariat.verifier().to_string();
    let custodied = DecisionCommand::RegisterCustodiedKey { signatory: Signatory::Secretariat, key };
    assert!(matches!(log.run("del.kenhead", custodied.clone()), Err(Rejection::Denied(_))));
    log.run("sec.a", custodied).unwrap();
    let payload = VotePayload { ballot: 1, member: iso("KEN"), choice: Choice::Yes, seq: 1, proxy_for: None };
    let vote = SignedVote { payload, signature: payload.sign(&secretariat) };
    let twice = DecisionCommand::RecordVotes { ballot: 1, votes: vec![vote.clone(), vote.clone()] };
    assert_eq!(ballot_rejection(log.run("sec.a", twice)), BallotRejection::DuplicateVote(iso("KEN")));
    let once = DecisionCommand::RecordVotes { ballot: 1, votes: vec![vote] };
    assert!(matches!(log.run("del.kenhead", once.clone()), Err(Rejection::Denied(_))));
    let events = log.run("sec.a", once).unwrap();
    assert!(matches!(&events[0], Event::Decision(DecisionEvent::Voted(v)) if v.recorded));
    assert!(log.recount().holds());
}

#[test]
fn opening_needs_the_secretariat_a_known_type_and_a_future_closing_time() {
    let mut log = organization();
    assert!(matches!(log.run("del.kenhead", DecisionCommand::OpenBallot(ballot("budget"))), Err(Rejection::Denied(_))));
    let err = ballot_rejection(log.run("sec.a", DecisionCommand::OpenBallot(ballot("unknown"))));
    assert_eq!(err, BallotRejection::UnknownType("unknown".into()));
    log.now = 1000;
    let err = log.run("sec.a", DecisionCommand::OpenBallot(ballot("budget"))).unwrap_err();
    assert!(matches!(err, Rejection::Invalid { field: "closes", .. }), "{err:?}");
    let events =
        log.run("sec.a", DecisionCommand::OpenBallot(NewBallot { closes: None, ..ballot("standard") })).unwrap();
    let Event::Decision(DecisionEvent::BallotOpened(opened)) = &events[0] else { panic!() };
    assert_eq!(opened.id, 2);
    assert_eq!(opened.decision_type, Some(TypeRef { code: "standard".into(), version: 1 }));
    assert_eq!(opened.electorate.len(), 193, "the 193 members, not the two observer states");
    assert_eq!(Rejection::Ballot(err_kind_probe()).kind(), RejectionKind::NotFound);
}

fn err_kind_probe() -> BallotRejection {
    BallotRejection::UnknownBallot(9)
}

#[test]
fn a_new_set_of_types_is_a_new_version_and_open_ballots_keep_theirs() {
    let mut log = organization();
    let mut types = types::shipped();
    types.retain(|t| t.code == "procedural");
    types[0].code = "substantive".into();
    assert!(matches!(log.run("del.kenhead", DecisionCommand::PublishTypes(types.clone())), Err(Rejection::Denied(_))));
    log.run("sec.a", DecisionCommand::PublishTypes(types)).unwrap();
    assert_eq!(log.state.decisions().types().unwrap().version, 2);
    let open = log.state.decisions().open_ballot(1).unwrap();
    assert_eq!(open.opened.procedure, types::shipped()[0].procedure, "ballot 1 keeps version 1's procedure");
    let mut twice = types::shipped();
    twice.push(twice[0].clone());
    assert!(matches!(log.run("sec.a", DecisionCommand::PublishTypes(twice)), Err(Rejection::Invalid { .. })));
}

#[test]
fn the_recount_finds_a_forged_result_and_a_forged_signature() {
    let mut log = organization();
    roll_call(&mut log, 1, 94, 47);
    log.vote("del.kenhead", 1, "KEN", Choice::No, None, &signer("concord-ken", 1)).unwrap();
    log.run("sec.a", DecisionCommand::CloseBallot { ballot: 1 }).unwrap();
    assert!(log.recount().holds());

    // Kenya's change of vote took the yes votes to 93 of 141, below
    // two-thirds; a logged result of adopted does not follow from the votes.
    assert!(matches!(log.state.decisions().ballot(1), Some(Ballot::Closed(rules::Outcome::Rejected))));
    let mut forged = log.entries.clone();
    let Event::Decision(DecisionEvent::BallotClosed(closed)) = &mut forged.last_mut().unwrap().event else { panic!() };
    closed.tally.outcome = rules::Outcome::Adopted;
    let report = replay(&forged);
    let problems = &report.ballot(1).unwrap().problems;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].what.contains("the logged result is adopted"), "{}", problems[0].what);

    // Kenya's vote signed over another choice.
    let mut forged = log.entries.clone();
    let kenya = forged.len() - 2;
    let Event::Decision(DecisionEvent::Voted(voted)) = &mut forged[kenya].event else { panic!() };
    voted.choice = Choice::Yes;
    let report = replay(&forged);
    let problems = &report.ballot(1).unwrap().problems;
    assert!(
        problems.iter().any(|p| p.index == kenya as u64 && p.what.contains("signature does not verify")),
        "{problems:?}"
    );

    // A vote with no signature, and one by a person who may not vote.
    let mut forged = log.entries.clone();
    forged[kenya].signature = None;
    forged[kenya].actor = actor("del.fradele");
    let report = replay(&forged);
    let problems: Vec<_> = report.ballot(1).unwrap().problems.iter().map(|p| p.what.clone()).collect();
    assert!(problems.iter().any(|p| p.contains("not signed")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("may not vote for KEN")), "{problems:?}");
}

#[test]
fn signatures_verified_while_the_log_is_fed_are_named_too() {
    // More votes than the recount hands to the thread pool at a time: the
    // first batches are verified while the log is still fed, the rest at
    // the end; a bad signature is found, by entry, in either.
    let mut log = organization();
    let ken = signer("concord-ken", 1);
    let first = log.entries.len();
    for i in 0..4100 {
        let choice = [Choice::Yes, Choice::No, Choice::Abstain][i % 3];
        log.vote("del.kenhead", 1, "KEN", choice, None, &ken).unwrap();
    }
    let report = log.recount();
    assert!(report.holds(), "{:?}", report.ballot(1).unwrap().problems);
    assert_eq!(report.ballot(1).unwrap().votes, 4100);

    let mut forged = log.entries.clone();
    let (early, late) = (first + 10, forged.len() - 1);
    for index in [late, early] {
        let Event::Decision(DecisionEvent::Voted(voted)) = &mut forged[index].event else { panic!() };
        voted.choice = if voted.choice == Choice::Yes { Choice::No } else { Choice::Yes };
    }
    let report = replay(&forged);
    let problems: Vec<(u64, &str)> =
        report.ballot(1).unwrap().problems.iter().map(|p| (p.index, p.what.as_str())).collect();
    let bad = "the vote's signature does not verify";
    assert_eq!(problems, [(early as u64, bad), (late as u64, bad)]);
}

fn replay(entries: &[Envelope]) -> RecountReport {
    let mut recount = Recount::new();
    for envelope in entries {
        recount.push(envelope).unwrap();
    }
    recount.finish()
}

#[test]
fn a_vote_signature_is_over_the_context_line_and_the_canonical_payload() {
    let payload = VotePayload { ballot: 7, member: iso("KEN"), choice: Choice::Yes, seq: 1, proxy_for: None };
    assert_eq!(payload.message(), b"concord-vote/v1\n{\"ballot\":7,\"choice\":\"yes\",\"member\":\"KEN\",\"seq\":1}");
    let proxy = VotePayload { proxy_for: Some(iso("BRA")), ..payload };
    assert_eq!(
        proxy.message(),
        b"concord-vote/v1\n{\"ballot\":7,\"choice\":\"yes\",\"member\":\"KEN\",\"proxy_for\":\"BRA\",\"seq\":1}"
    );
    let key = signer("concord-ken", 1);
    let signature = payload.sign(&key);
    assert_eq!(verify_vote(&payload, &signature, &key.verifier().to_string()), Ok(()));
    assert!(verify_vote(&proxy, &signature, &key.verifier().to_string()).is_err());
    let other = signer("concord-ken", 2).verifier().to_string();
    assert!(verify_vote(&payload, &signature, &other).is_err());
}

#[test]
fn only_votes_carry_a_signature_in_the_log() {
    let log = organization();
    let mut entry = log.entries[1].clone();
    entry.signature = Some(EventSignature { key: "k".into(), sig: "s".into() });
    assert_eq!(Envelope::decode(&entry.encode().unwrap()), Err(crate::DecodeError::Signed));
    let mut log = organization();
    log.vote("del.kenhead", 1, "KEN", Choice::Yes, None, &signer("concord-ken", 1)).unwrap();
    let mut vote = log.entries.last().unwrap().clone();
    vote.signature = None;
    assert_eq!(Envelope::decode(&vote.encode().unwrap()), Err(crate::DecodeError::Unsigned));
}

#[test]
fn a_closed_ballot_leaves_only_its_outcome_in_the_state() {
    let mut log = organization();
    roll_call(&mut log, 1, 100, 10);
    log.run("sec.a", DecisionCommand::CloseBallot { ballot: 1 }).unwrap();
    let json = serde_json::to_string(log.state.decisions()).unwrap();
    assert!(json.contains(r#""1":{"Closed":"adopted"}"#), "{json}");
    assert!(!json.contains("positions"), "{json}");
}

#[test]
fn the_first_ballot_by_type_publishes_the_shipped_types_unless_a_set_exists() {
    let mut log = organization();
    // Start again without the set the organization published.
    log.entries.retain(|e| !matches!(e.event, Event::Decision(_)));
    let mut fresh = Log { state: State::default(), entries: Vec::new(), now: 0 };
    for mut envelope in log.entries {
        envelope.index = fresh.state.size();
        fresh.state.apply(&envelope).unwrap();
        fresh.entries.push(envelope);
    }
    let events = fresh.run("sec.a", DecisionCommand::OpenBallot(ballot("budget"))).unwrap();
    assert!(
        matches!(&events[0], Event::Decision(DecisionEvent::TypesPublished(t)) if t.version == 1 && t.types.len() == 6)
    );
    assert!(matches!(&events[1], Event::Decision(DecisionEvent::BallotOpened(_))));
    let events = fresh.run("sec.a", DecisionCommand::OpenBallot(ballot("budget"))).unwrap();
    assert_eq!(events.len(), 1);
}

#[test]
fn a_revocation_reason_is_checked_like_any_public_text() {
    let mut log = organization();
    let revoke = |reason: &str| DecisionCommand::RevokeKey { member: iso("KEN"), reason: reason.into() };
    let err = log.run("del.kenhead", revoke("lost\nkey")).unwrap_err();
    assert!(matches!(err, Rejection::Invalid { field: "reason", .. }), "{err:?}");
    log.run("del.kenhead", revoke("")).unwrap();
}

#[test]
fn a_first_custodied_vote_registers_its_key_only_if_the_vote_is_accepted() {
    let mut log = organization();
    let custodied = signer("concord-custodied-bra", 8);
    let vote = |member: &str, seq| {
        let payload = VotePayload { ballot: 1, member: iso(member), choice: Choice::Yes, seq, proxy_for: None };
        DecisionCommand::VoteWithNewCustodiedKey(SignedVote { payload, signature: payload.sign(&custodied) })
    };
    // Palestine may not vote: refused, and no key is registered.
    let err = ballot_rejection(log.run("del.psehead", vote("PSE", 1)));
    assert!(matches!(err, BallotRejection::NotEligible { .. }), "{err}");
    assert!(log.state.decisions().key(Signatory::Member(iso("PSE"))).is_none());
    // Kenya has a key of its own: refused.
    let err = ballot_rejection(log.run("del.kenhead", vote("KEN", 1)));
    assert!(matches!(err, BallotRejection::Key { .. }), "{err}");
    // Brazil has none: the key is registered as custodied and the vote cast.
    let events = log.run("del.bradele", vote("BRA", 1)).unwrap();
    assert!(matches!(&events[0], Event::Decision(DecisionEvent::KeyRegistered(k)) if k.custodied));
    assert!(matches!(&events[1], Event::Decision(DecisionEvent::Voted(_))));
    assert!(log.entries.last().unwrap().signature.is_some());
    assert!(log.recount().holds());
}

#[test]
fn a_ballot_names_only_a_published_document() {
    let mut log = organization();
    let with = |document| DecisionCommand::OpenBallot(NewBallot { document: Some(document), ..ballot("budget") });
    for missing in [0, 1] {
        let err = log.run("sec.a", with(missing)).unwrap_err();
        assert!(matches!(err, Rejection::Invalid { field: "document", .. }), "{missing}: {err:?}");
    }
    let blob = crate::blob::BlobRef::to_bytes(b"Article 1.", "text/plain");
    let publish = Command::PublishDocument { title: "Charter".into(), language: Lang::En, blob };
    log.run_as(Caller::new(actor("sec.a"), Scope::Full), publish).unwrap();
    log.run("sec.a", with(1)).unwrap();
    assert!(matches!(log.run("sec.a", with(2)), Err(Rejection::Invalid { field: "document", .. })));
}

#[test]
fn the_recount_finds_a_vote_signed_with_another_key_a_late_vote_and_a_close_by_the_wrong_person() {
    let mut log = organization();
    log.vote("del.kenhead", 1, "KEN", Choice::Yes, None, &signer("concord-ken", 1)).unwrap();
    log.now = 10;
    log.vote("del.frahead", 1, "FRA", Choice::No, None, &signer("concord-fra", 2)).unwrap();
    log.run("sec.a", DecisionCommand::CloseBallot { ballot: 1 }).unwrap();
    assert!(log.recount().holds());
    let (kenya, france, close) = (log.entries.len() - 3, log.entries.len() - 2, log.entries.len() - 1);

    // Kenya's vote carries a good signature, but by a key that is not
    // Kenya's: it verifies, yet it is not the valid key.
    let mut forged = log.entries.clone();
    let Event::Decision(DecisionEvent::Voted(voted)) = &forged[kenya].event else { panic!() };
    forged[kenya].signature = Some(VotePayload::of(voted).sign(&signer("concord-ken", 3)));
    let problems = replay(&forged).ballot(1).unwrap().problems.clone();
    assert!(problems.iter().any(|p| p.index == kenya as u64 && p.what.contains("not KEN's valid key")), "{problems:?}");

    // France's vote dated at the closing time.
    let mut forged = log.entries.clone();
    forged[france].time = at(1000);
    forged[close].time = at(1000);
    let problems = replay(&forged).ballot(1).unwrap().problems.clone();
    assert!(problems.iter().any(|p| p.index == france as u64 && p.what.contains("after the ballot's closing time")));

    // Closed by a delegate, or by the platform before the closing time.
    for who in ["del.kenhead", "system"] {
        let mut forged = log.entries.clone();
        forged[close].actor = actor(who);
        let problems = replay(&forged).ballot(1).unwrap().problems.clone();
        assert!(
            problems.iter().any(|p| p.index == close as u64 && p.what.contains("may not close it")),
            "{who}: {problems:?}"
        );
    }
    // The platform at the closing time may.
    let mut forged = log.entries.clone();
    forged[close].actor = Actor::system();
    forged[close].time = at(1000);
    assert!(replay(&forged).holds());
}

#[test]
fn a_log_that_revokes_a_key_the_signatory_does_not_hold_contradicts_itself() {
    let mut log = organization();
    let revoked = |key: String| {
        let event = DecisionEvent::KeyRevoked(KeyRevoked {
            signatory: Signatory::Member(iso("KEN")),
            key,
            reason: String::new(),
        });
        Envelope::new(log.state.size(), at(0), actor("del.kenhead"), Event::Decision(event))
    };
    let other = signer("concord-ken", 9).verifier().to_string();
    assert!(log.state.clone().apply(&revoked(other)).is_err());
    let valid = signer("concord-ken", 1).verifier().to_string();
    log.state.apply(&revoked(valid)).unwrap();
    assert!(log.state.decisions().key(Signatory::Member(iso("KEN"))).is_none());
}

#[test]
fn a_first_roll_call_registers_the_secretariats_key_only_if_it_is_recorded() {
    let mut log = organization();
    let custodied = signer("concord-custodied-secretariat", 7);
    let roll_call = |member: &str| {
        let payload = VotePayload { ballot: 1, member: iso(member), choice: Choice::No, seq: 1, proxy_for: None };
        let votes = vec![SignedVote { payload, signature: payload.sign(&custodied) }];
        DecisionCommand::RecordVotesWithNewCustodiedKey { ballot: 1, votes }
    };
    let err = ballot_rejection(log.run("sec.a", roll_call("VAT")));
    assert!(matches!(err, BallotRejection::NotEligible { .. }), "{err}");
    assert!(log.state.decisions().key(Signatory::Secretariat).is_none(), "no key left behind");
    assert!(matches!(log.run("del.kenhead", roll_call("KEN")), Err(Rejection::Denied(_))));
    let events = log.run("sec.a", roll_call("KEN")).unwrap();
    assert!(matches!(&events[0], Event::Decision(DecisionEvent::KeyRegistered(k)) if k.custodied));
    assert!(log.state.decisions().key(Signatory::Secretariat).is_some());
    let err = ballot_rejection(log.run("sec.a", roll_call("FRA")));
    assert!(matches!(err, BallotRejection::Key { .. }), "a second new key is refused: {err}");
    assert!(log.recount().holds());
}
