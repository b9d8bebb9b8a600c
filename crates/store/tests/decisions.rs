//! Decisions in the store, on SQLite and PostgreSQL: ballots, signed votes
//! with keys the server keeps (sealed in a private table), proxies, roll
//! calls recorded by the secretariat, the closing tally, and a check and a
//! rebuild that reproduce the projections from the log.

use domain::authz::{Caller, Scope};
use domain::decision::{
    BallotProcedure, BallotRejection, Choice, DecisionCommand, NewBallot, Recount, Signatory, SignedVote, VotePayload,
};
use domain::lang::Lang;
use domain::member::Iso3;
use domain::people::DelegationRole;
use domain::{Actor, Command, Envelope, Rejection};
use store::scratch::on_each_backend;
use store::{Store, StoreError};

fn actor(text: &str) -> Actor {
    Actor::try_from(text.to_owned()).unwrap()
}

fn by(who: &str) -> Caller {
    Caller::new(actor(who), Scope::Full)
}

fn iso(code: &str) -> Iso3 {
    code.parse().unwrap()
}

async fn setup_people(store: &Store) {
    store.submit(Caller::system(), Command::AppointSecretariat { handle: actor("sec.a") }).await.unwrap();
    for (member, head, delegate) in [("KEN", "del.kenhead", "del.kendele"), ("GHA", "del.ghahead", "del.ghadele")] {
        for (handle, role) in [(head, DelegationRole::Head), (delegate, DelegationRole::Delegate)] {
            let add = Command::AddDelegationMember { member: iso(member), handle: actor(handle), role };
            store.submit(Caller::system(), add).await.unwrap();
        }
    }
}

fn new_ballot(code: &str) -> Command {
    Command::Decision(DecisionCommand::OpenBallot(NewBallot {
        title: [(Lang::En, "Open models".to_owned()), (Lang::Fr, "Modèles ouverts".to_owned())].into(),
        document: None,
        closes: None,
        procedure: BallotProcedure::Type(code.into()),
    }))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ballots_are_projected_and_custodied_votes_proxies_and_roll_calls_recount() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        setup_people(&store).await;
        assert_eq!(store.decision_types().await.unwrap()[0].version, None, "the shipped set, not yet published");
        store.submit(by("sec.a"), new_ballot("substantive")).await.unwrap();
        let types = store.decision_types().await.unwrap();
        assert_eq!((types.len(), types[0].version), (6, Some(1)), "published with the first ballot");

        // Kenya's delegate votes from the web: the server makes, seals and
        // registers a custodied key for Kenya, and signs with it.
        store.vote_with_custody(&by("del.kendele"), 1, iso("KEN"), Choice::No, None).await.unwrap();
        store.vote_with_custody(&by("del.kenhead"), 1, iso("KEN"), Choice::Yes, None).await.unwrap();
        let keys = store.signing_keys(Some(Signatory::Member(iso("KEN")))).await.unwrap();
        assert_eq!(keys.len(), 1);
        assert!(keys[0].custodied && keys[0].revoked_at.is_none());
        assert_eq!(keys[0].registered_by, actor("del.kendele"));

        // Ghana gives Kenya its proxy; Kenya votes for Ghana.
        let give = Command::Decision(DecisionCommand::GiveProxy { ballot: 1, from: iso("GHA"), to: iso("KEN") });
        store.submit(by("del.ghahead"), give).await.unwrap();
        assert_eq!(store.ballot_proxies(1).await.unwrap()[0].to, iso("KEN"));
        store.vote_with_custody(&by("del.kenhead"), 1, iso("KEN"), Choice::Abstain, Some(iso("GHA"))).await.unwrap();
        assert_eq!(store.next_seq(1, iso("KEN")).await.unwrap(), 4, "Kenya signed three votes");

        // Ghana, having given its proxy, cannot vote itself (and with a
        // key nobody registered): refused, nothing written.
        let stranger = ledger::Signer::new("stranger", &[9; 32]).unwrap();
        let payload = VotePayload { ballot: 1, member: iso("GHA"), choice: Choice::Yes, seq: 1, proxy_for: None };
        let forged =
            Command::Decision(DecisionCommand::Vote(SignedVote { payload, signature: payload.sign(&stranger) }));
        let (size, _) = store.log_sizes().await.unwrap();
        let err = store.submit(by("del.ghahead"), forged).await.unwrap_err();
        assert!(matches!(err, StoreError::Rejected(Rejection::Ballot(BallotRejection::Proxy { .. }))), "{err:?}");
        assert_eq!(store.log_sizes().await.unwrap().0, size);

        // The secretariat records the rest of the room: 150 yes, 40 no.
        let electors = store.ballot_electors(1).await.unwrap();
        assert_eq!(electors.len(), 193);
        let room: Vec<(Iso3, Choice)> = electors
            .iter()
            .filter(|e| e.position.is_none())
            .take(190)
            .enumerate()
            .map(|(i, e)| (e.member, if i < 150 { Choice::Yes } else { Choice::No }))
            .collect();
        store.record_roll_call(&by("sec.a"), 1, &room).await.unwrap();
        let err = store.record_roll_call(&by("del.kenhead"), 1, &room[..1]).await.unwrap_err();
        assert!(matches!(err, StoreError::Rejected(Rejection::Denied(_))), "{err:?}");

        store.submit(by("sec.a"), Command::Decision(DecisionCommand::CloseBallot { ballot: 1 })).await.unwrap();
        let ballot = store.ballot(1).await.unwrap().unwrap();
        let tally = ballot.tally.clone().unwrap();
        assert!(ballot.closed);
        assert_eq!((tally.counts.yes, tally.counts.no, tally.counts.abstain), (151, 40, 1));
        assert_eq!(tally.outcome, rules::Outcome::Adopted);
        assert_eq!(ballot.votes, 3 + 190);
        assert_eq!(ballot.title(Lang::Fr), "Modèles ouverts");
        assert_eq!(ballot.title(Lang::Zh), "Open models");
        let ghana = store.ballot_electors(1).await.unwrap().into_iter().find(|e| e.member == iso("GHA")).unwrap();
        let position = ghana.position.unwrap();
        assert_eq!((position.choice, position.cast_by, position.recorded), (Choice::Abstain, iso("KEN"), false));

        // Anyone can recount from the log alone.
        let (size, _) = store.log_sizes().await.unwrap();
        let mut recount = Recount::new();
        for entry in store.entries(0, size).await.unwrap() {
            recount.push(&Envelope::decode(&entry.bytes).unwrap()).unwrap();
        }
        let report = recount.finish();
        assert!(report.holds(), "{report:?}");
        assert_eq!(report.ballot(1).unwrap().recomputed.as_ref().unwrap().outcome, rules::Outcome::Adopted);

        // The projections follow from the log; the sealed keys are private.
        store.sign_checkpoint().await.unwrap();
        let digest = store.status().await.unwrap().state_digest;
        drop(store);
        let report = store::check(&setup.config()).await.unwrap();
        assert_eq!(report.state_digest, digest);
        let (before, after) = store::rebuild(&setup.config(), &|_, _| {}).await.unwrap();
        assert_eq!((before.as_str(), after.as_str()), (digest.as_str(), digest.as_str()));
        // After a restart the sealed key still opens; the ballot is closed.
        let store = Store::open(&setup.config()).await.unwrap();
        let err = store.vote_with_custody(&by("del.kenhead"), 1, iso("KEN"), Choice::No, None).await.unwrap_err();
        assert!(matches!(err, StoreError::Rejected(Rejection::Ballot(BallotRejection::Closed(1)))), "{err:?}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delegation_with_its_own_key_is_not_signed_for_by_the_server() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        setup_people(&store).await;
        store.submit(by("sec.a"), new_ballot("procedural")).await.unwrap();
        let own = ledger::Signer::new("concord-ken", &[4; 32]).unwrap();
        let register =
            Command::Decision(DecisionCommand::RegisterKey { member: iso("KEN"), key: own.verifier().to_string() });
        store.submit(by("del.kenhead"), register).await.unwrap();
        let err = store.vote_with_custody(&by("del.kendele"), 1, iso("KEN"), Choice::Yes, None).await.unwrap_err();
        assert!(err.to_string().contains("own key"), "{err}");
        let payload = VotePayload { ballot: 1, member: iso("KEN"), choice: Choice::Yes, seq: 1, proxy_for: None };
        let vote = Command::Decision(DecisionCommand::Vote(SignedVote { payload, signature: payload.sign(&own) }));
        store.submit(by("del.kendele"), vote).await.unwrap();
        let kenya = store.ballot_electors(1).await.unwrap().into_iter().find(|e| e.member == iso("KEN")).unwrap();
        assert_eq!(kenya.position.unwrap().key, own.verifier().to_string());
    })
    .await;
}
