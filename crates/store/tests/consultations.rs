//! Consultations in the store, on SQLite and PostgreSQL: the projections
//! the pages read, pseudonyms in the log, blobs written with the events,
//! the stored analyses and the task leases, and a check and a rebuild that
//! reproduce the projections from the log.

use domain::authz::{Caller, Scope};
use domain::consultation::{
    Audience, Choice, Constituency, ConsultationCommand, Moderation, NewConsultation, ResultsVisibility,
    StatementStatus, Status, Verdict,
};
use domain::lang::Lang;
use domain::people::DelegationRole;
use domain::{Actor, Command, Envelope};
use store::scratch::on_each_backend;
use store::{Store, StoreError};

fn actor(text: &str) -> Actor {
    Actor::try_from(text.to_owned()).unwrap()
}

fn by(who: &str) -> Caller {
    Caller::new(actor(who), Scope::Full)
}

fn consultation(command: ConsultationCommand) -> Command {
    Command::Consultation(command)
}

fn vote(statement: u64, choice: Choice) -> Command {
    consultation(ConsultationCommand::Vote { id: 1, statement, choice, pseudonym: None })
}

async fn setup_people(store: &Store) {
    store.submit(Caller::system(), Command::AppointSecretariat { handle: actor("sec.a") }).await.unwrap();
    let head = Command::AddDelegationMember {
        member: "KEN".parse().unwrap(),
        handle: actor("del.kenhead"),
        role: DelegationRole::Head,
    };
    store.submit(Caller::system(), head).await.unwrap();
}

fn new_consultation() -> NewConsultation {
    NewConsultation {
        language: Lang::Fr,
        title: [(Lang::Fr, "Modèles ouverts".to_owned()), (Lang::En, "Open models".to_owned())].into(),
        question: [(Lang::Fr, "Que partager ?".to_owned())].into(),
        audience: Audience::Everyone,
        moderation: Moderation::Before,
        participants_write: true,
        results: ResultsVisibility::Participants,
        opens_at: None,
        closes_at: None,
        seeds: vec!["Partager les modèles".into(), "Partager les données".into()],
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_consultation_is_projected_and_the_public_votes_under_pseudonyms() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        setup_people(&store).await;
        store.submit(by("sec.a"), consultation(ConsultationCommand::Create(new_consultation()))).await.unwrap();
        let draft = store.consultation(1).await.unwrap().unwrap();
        assert_eq!((draft.status, draft.statements, draft.language), (Status::Draft, 2, Lang::Fr));
        assert_eq!(draft.text_in(Lang::En).0.title, "Open models");
        assert_eq!(draft.text_in(Lang::Ar), (&draft.texts[&Lang::Fr], Lang::Fr));
        store.submit(by("sec.a"), consultation(ConsultationCommand::Open { id: 1 })).await.unwrap();

        // A member of the public votes twice on statement 1 and once on 2;
        // the head of Kenya's delegation once.
        let amina = actor("p.amina");
        store.submit(by("p.amina"), vote(1, Choice::Agree)).await.unwrap();
        store.submit(by("p.amina"), vote(1, Choice::Disagree)).await.unwrap();
        let receipt = store.submit(by("p.amina"), vote(2, Choice::Pass)).await.unwrap();
        store.submit(by("del.kenhead"), vote(1, Choice::Agree)).await.unwrap();

        let pseudonym = store.pseudonym(1, &amina);
        assert_eq!(store.voter_in(1, &amina).await.unwrap(), pseudonym);
        assert_eq!(store.voter_in(1, &actor("del.kenhead")).await.unwrap(), actor("del.kenhead"));
        assert_ne!(store.pseudonym(2, &amina), pseudonym);
        let entry = store.entry(receipt.indexes.start).await.unwrap().unwrap();
        let envelope = Envelope::decode(&entry.bytes).unwrap();
        assert_eq!(envelope.actor, pseudonym);
        assert!(!String::from_utf8_lossy(&entry.bytes).contains("amina"));

        let votes = store.votes_of(1, &pseudonym).await.unwrap();
        assert_eq!(votes.into_iter().collect::<Vec<_>>(), vec![(1, Choice::Disagree), (2, Choice::Pass)]);
        let record = store.consultation(1).await.unwrap().unwrap();
        assert_eq!((record.status, record.votes, record.participants), (Status::Open, 4, 2));

        // A statement under pre-moderation waits; its text is a blob.
        let write = ConsultationCommand::AddStatement {
            id: 1,
            language: Lang::En,
            text: " Share compute ".into(),
            pseudonym: None,
        };
        store.submit(by("p.amina"), consultation(write)).await.unwrap();
        let flag = ConsultationCommand::Flag { id: 1, statement: 2, pseudonym: None };
        store.submit(by("p.amina"), consultation(flag)).await.unwrap();
        let statements = store.statements(1).await.unwrap();
        assert_eq!(statements.len(), 3);
        assert_eq!(statements[2].text.as_deref(), Some("Share compute"));
        assert_eq!((statements[2].status, statements[2].author.clone()), (StatementStatus::Pending, pseudonym));
        assert_eq!(statements[2].constituency, Constituency::Public);
        assert_eq!(statements[1].flags, 1);
        let moderate =
            ConsultationCommand::Moderate { id: 1, statement: 3, verdict: Verdict::Reject, reason: "Off topic".into() };
        store.submit(by("sec.a"), consultation(moderate)).await.unwrap();
        let translate =
            ConsultationCommand::Translate { id: 1, statement: 1, language: Lang::En, text: "Share the models".into() };
        store.submit(by("sec.a"), consultation(translate)).await.unwrap();
        let statements = store.statements(1).await.unwrap();
        assert_eq!(
            (statements[2].status, statements[2].reason.as_deref()),
            (StatementStatus::Rejected, Some("Off topic"))
        );
        assert_eq!(statements[0].text_in(Lang::En), Some(("Share the models", Lang::En)));
        assert_eq!(statements[0].text_in(Lang::Zh), Some(("Partager les modèles", Lang::Fr)));

        // A takedown removes a statement's words and keeps its hash.
        let sha256 = statements[1].sha256;
        let redact = Command::RedactBlob { sha256, reason: "a court order".into() };
        store.submit(by("sec.a"), redact).await.unwrap();
        let statements = store.statements(1).await.unwrap();
        assert_eq!((statements[1].text.as_deref(), statements[1].sha256), (None, sha256));
        assert_eq!(statements[0].text.as_deref(), Some("Partager les modèles"));

        // A refused command writes nothing, its blob neither.
        let duplicate = ConsultationCommand::AddStatement {
            id: 1,
            language: Lang::Fr,
            text: "Partager les données".into(),
            pseudonym: None,
        };
        let before = store.log_sizes().await.unwrap();
        let refused = store.submit(by("del.kenhead"), consultation(duplicate)).await.unwrap_err();
        assert!(matches!(refused, StoreError::Rejected(domain::Rejection::DuplicateStatement { .. })), "{refused}");
        let novel = ConsultationCommand::AddStatement {
            id: 9,
            language: Lang::Fr,
            text: "Jamais écrit".into(),
            pseudonym: None,
        };
        assert!(store.submit(by("del.kenhead"), consultation(novel)).await.is_err());
        assert_eq!(store.log_sizes().await.unwrap(), before);
        let never = domain::consultation::statement_blob("Jamais écrit").sha256;
        assert_eq!(store.blob(&never).await.unwrap(), None);

        // The projections are what a replay of the log gives.
        store.sign_checkpoint().await.unwrap();
        let digest = store.status().await.unwrap().state_digest;
        drop(store);
        let report = store::check(&setup.config()).await.unwrap();
        assert_eq!(report.state_digest, digest);
        let (before, after) = store::rebuild(&setup.config(), &|_, _| {}).await.unwrap();
        assert_eq!((before.as_str(), after.as_str()), (digest.as_str(), digest.as_str()));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn analyses_are_kept_newest_first_and_leases_held_by_one() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let analysis = |log_size, report: &str| store::consultation::StoredAnalysis {
            log_size,
            engine: "concord-consensus/test".into(),
            computed_ms: 1,
            report: report.into(),
        };
        assert_eq!(store.analysis(1).await.unwrap(), None);
        store.store_analysis(1, &analysis(300, "{\"a\":1}")).await.unwrap();
        store.store_analysis(1, &analysis(200, "{\"old\":1}")).await.unwrap();
        assert_eq!(store.analysis(1).await.unwrap(), Some(analysis(300, "{\"a\":1}")));
        store.store_analysis(1, &analysis(400, "{\"b\":1}")).await.unwrap();
        assert_eq!(store.analysis(1).await.unwrap().unwrap().log_size, 400);
        assert_eq!(store.analysis(u64::MAX).await.unwrap(), None);

        assert!(store.claim_lease("analysis", "node-a", 60_000).await.unwrap());
        assert!(!store.claim_lease("analysis", "node-b", 60_000).await.unwrap());
        assert!(store.claim_lease("analysis", "node-a", 60_000).await.unwrap());
        // An expired lease goes to whoever asks next.
        assert!(store.claim_lease("other", "node-a", -1).await.unwrap());
        assert!(store.claim_lease("other", "node-b", 60_000).await.unwrap());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_imported_consultation_is_projected_with_its_export_ids_and_votes_in_log_order() {
    use domain::consultation::{ImportCommand, ImportedStatement, ImportedVote};
    let time = |ms: i64| domain::Timestamp::from_unix_millis(ms).unwrap();
    let import = |command: ImportCommand| consultation(ConsultationCommand::Import(command));
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        setup_people(&store).await;
        let begin = ImportCommand::Begin {
            language: Lang::En,
            title: "$15/hour".into(),
            question: "$15/hour".into(),
            source: "https://pol.is/2demo".into(),
        };
        store.submit(by("sec.a"), import(begin)).await.unwrap();
        let draft = store.consultation(1).await.unwrap().unwrap();
        assert_eq!((draft.status, draft.created_by.as_str()), (Status::Draft, "sec.a"));
        let record = store.consultation_import(1).await.unwrap().unwrap();
        assert_eq!((record.source.as_str(), record.finished_at), ("https://pol.is/2demo", None));

        let statement = |polis_id: u64, status, text: &str| ImportedStatement {
            polis_id,
            author: format!("{}", 100 + polis_id),
            status,
            text: text.into(),
            time: time(1_403_000_000_000 + polis_id as i64),
        };
        let vote = |comment: u64, participant: &str, choice, ms: i64| ImportedVote {
            comment,
            participant: participant.into(),
            choice,
            time: time(ms),
        };
        let batch = ImportCommand::Batch {
            id: 1,
            statements: vec![
                statement(7, StatementStatus::Approved, "Seven,\nexactly "),
                statement(2, StatementStatus::Pending, "Two"),
                statement(4, StatementStatus::Rejected, "Four"),
            ],
            // Not in time order: the log keeps the export's order.
            votes: vec![vote(2, "17", Choice::Agree, 5_000), vote(7, "17", Choice::Disagree, 4_000)],
        };
        store.submit(by("sec.a"), import(batch)).await.unwrap();
        let more = ImportCommand::Batch {
            id: 1,
            statements: vec![],
            votes: vec![
                vote(2, "17", Choice::Pass, 6_000),
                vote(2, "17", Choice::Pass, 6_000),
                vote(4, "3", Choice::Agree, 1),
            ],
        };
        store.submit(by("sec.a"), import(more)).await.unwrap();
        store.submit(by("sec.a"), import(ImportCommand::Finish { id: 1 })).await.unwrap();

        let closed = store.consultation(1).await.unwrap().unwrap();
        assert_eq!((closed.status, closed.votes, closed.participants), (Status::Closed, 5, 2));
        assert!(store.consultation_import(1).await.unwrap().unwrap().finished_at.is_some());
        let statements = store.statements(1).await.unwrap();
        let seen: Vec<(u64, u64, String, StatementStatus, i64, Option<String>)> = statements
            .iter()
            .map(|s| {
                let from = s.imported.clone().unwrap();
                (s.number, from.polis_id, from.author, s.status, s.added_ms, s.text.clone())
            })
            .collect();
        assert_eq!(
            seen,
            [
                (1, 7, "107".into(), StatementStatus::Approved, 1_403_000_000_007, Some("Seven,\nexactly ".into())),
                (2, 2, "102".into(), StatementStatus::Pending, 1_403_000_000_002, Some("Two".into())),
                (3, 4, "104".into(), StatementStatus::Rejected, 1_403_000_000_004, Some("Four".into())),
            ]
        );
        assert!(statements.iter().all(|s| s.author.as_str() == "sec.a" && s.constituency == Constituency::Secretariat));
        let votes: Vec<(i64, u64, String, Choice)> = store
            .vote_rows(1)
            .await
            .unwrap()
            .into_iter()
            .map(|v| (v.time_ms, v.statement, v.voter, v.choice))
            .collect();
        assert_eq!(
            votes,
            [
                (5_000, 2, "17".into(), Choice::Agree),
                (4_000, 1, "17".into(), Choice::Disagree),
                (6_000, 2, "17".into(), Choice::Pass),
                (6_000, 2, "17".into(), Choice::Pass),
                (1, 3, "3".into(), Choice::Agree),
            ]
        );
        // A consultation made here has no import.
        store.submit(by("sec.a"), consultation(ConsultationCommand::Create(new_consultation()))).await.unwrap();
        assert_eq!(store.consultation_import(2).await.unwrap(), None);
        assert!(store.statements(2).await.unwrap().iter().all(|s| s.imported.is_none()));

        // The projections are what a replay of the log gives.
        store.sign_checkpoint().await.unwrap();
        let digest = store.status().await.unwrap().state_digest;
        drop(store);
        let report = store::check(&setup.config()).await.unwrap();
        assert_eq!(report.state_digest, digest);
        let (before, after) = store::rebuild(&setup.config(), &|_, _| {}).await.unwrap();
        assert_eq!((before.as_str(), after.as_str()), (digest.as_str(), digest.as_str()));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn votes_committed_together_are_projected_as_one_by_one() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        setup_people(&store).await;
        for _ in 0..2 {
            let mut open = new_consultation();
            open.moderation = Moderation::After;
            store.submit(by("sec.a"), consultation(ConsultationCommand::Create(open))).await.unwrap();
        }
        for id in [1, 2] {
            store.submit(by("sec.a"), consultation(ConsultationCommand::Open { id })).await.unwrap();
        }
        // Many voters at once, on both consultations, each voting and
        // changing a vote: the writer commits them in shared batches.
        let mut tasks = Vec::new();
        for p in 0..60u64 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                let who = by(&format!("p.voter{p}"));
                for (id, statement, choice) in
                    [(1 + p % 2, 1, Choice::Agree), (1, 2, Choice::Disagree), (1 + p % 2, 1, Choice::Pass)]
                {
                    let vote = ConsultationCommand::Vote { id, statement, choice, pseudonym: None };
                    store.submit(who.clone(), consultation(vote)).await.unwrap();
                }
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        let (one, two) = (store.consultation(1).await.unwrap().unwrap(), store.consultation(2).await.unwrap().unwrap());
        // Consultation 1: 30 voters vote 3 times, 30 others once.
        assert_eq!((one.votes, one.participants), (30 * 3 + 30, 60));
        assert_eq!((two.votes, two.participants), (30 * 2, 30));
        assert_eq!(store.vote_count(1).await.unwrap(), 120);
        // Each voter's first vote is the one the voters' table remembers,
        // and the projections are what a replay entry by entry gives.
        store::check(&setup.config()).await.unwrap();
        let last = store.log_sizes().await.unwrap().0 - 1;
        assert_eq!(one.changed_at.max(two.changed_at), last);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_statement_text_is_public_once_approved_in_a_consultation_that_is_open() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        setup_people(&store).await;
        store.submit(by("sec.a"), consultation(ConsultationCommand::Create(new_consultation()))).await.unwrap();
        let public = |sha| {
            let store = store.clone();
            async move { store.blob_is_public(&sha).await.unwrap() }
        };
        // A draft's seeds are not public yet; once it opens, they are.
        let seed = store.statements(1).await.unwrap()[0].sha256;
        assert!(!public(seed).await);
        store.submit(by("sec.a"), consultation(ConsultationCommand::Open { id: 1 })).await.unwrap();
        assert!(public(seed).await);

        // A statement waiting for a moderator is not public; approved, it is,
        // and so is a translation of it.
        let write = ConsultationCommand::AddStatement {
            id: 1,
            language: Lang::En,
            text: "Share compute".into(),
            pseudonym: None,
        };
        store.submit(by("p.amina"), consultation(write)).await.unwrap();
        let written = store.statements(1).await.unwrap()[2].sha256;
        assert!(!public(written).await);
        let translate = ConsultationCommand::Translate {
            id: 1,
            statement: 3,
            language: Lang::Fr,
            text: "Partager le calcul".into(),
        };
        store.submit(by("sec.a"), consultation(translate)).await.unwrap();
        let translation = domain::consultation::statement_blob("Partager le calcul").sha256;
        assert!(!public(translation).await);
        let approve =
            ConsultationCommand::Moderate { id: 1, statement: 3, verdict: Verdict::Approve, reason: String::new() };
        store.submit(by("sec.a"), consultation(approve)).await.unwrap();
        assert!(public(written).await && public(translation).await);

        // This node holds every public text; a hash the log never named is
        // not public.
        assert_eq!(store.missing_public_blobs(10).await.unwrap(), vec![]);
        assert!(!public(domain::blob::Sha256::of(b"never logged")).await);
    })
    .await;
}
