//! The background analysis of consultations, on both backends: what it
//! analyses is a prefix of the log up to a whole-second poll, it stores
//! each analysis once, waits for the lease, and opens and closes
//! consultations at their times.

use domain::Timestamp;
use domain::authz::{Caller, Scope};
use domain::consultation::analysis::AnalysisReport;
use domain::consultation::{
    Audience, Choice, ConsultationCommand, Moderation, NewConsultation, ResultsVisibility, Status,
};
use domain::lang::Lang;
use domain::{Actor, Command};
use server::analyst::{Analyst, POLL_MS};
use store::Store;
use store::scratch::on_each_backend;

fn actor(text: &str) -> Actor {
    Actor::try_from(text.to_owned()).unwrap()
}

fn settings(opens_at: Option<Timestamp>, closes_at: Option<Timestamp>) -> NewConsultation {
    NewConsultation {
        language: Lang::En,
        title: [(Lang::En, "Compute".to_owned())].into(),
        question: [(Lang::En, "What should members share?".to_owned())].into(),
        audience: Audience::Everyone,
        moderation: Moderation::After,
        participants_write: true,
        results: ResultsVisibility::Everyone,
        opens_at,
        closes_at,
        seeds: (1..=6).map(|s| format!("Statement {s}")).collect(),
    }
}

/// Two camps of 12 members of the public each vote on six statements.
async fn two_camps(store: &Store) {
    store
        .submit(Caller::system(), Command::Consultation(ConsultationCommand::Create(settings(None, None))))
        .await
        .unwrap();
    store.submit(Caller::system(), Command::Consultation(ConsultationCommand::Open { id: 1 })).await.unwrap();
    for p in 0..24 {
        let who = Caller::new(actor(&format!("p.{p:04}")), Scope::Full);
        for statement in 1..=6u64 {
            let camp = p < 12;
            let agree = if statement == 1 { true } else { camp == (statement % 2 == 0) };
            let choice = if agree { Choice::Agree } else { Choice::Disagree };
            let vote = ConsultationCommand::Vote { id: 1, statement, choice, pseudonym: None };
            store.submit(who.clone(), Command::Consultation(vote)).await.unwrap();
        }
    }
}

fn later(millis: i64) -> Timestamp {
    Timestamp::from_unix_millis(Timestamp::now().unix_millis() + millis).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_analysis_covers_the_log_up_to_the_last_poll_and_is_stored_once() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        two_camps(&store).await;
        let (size, _) = store.log_sizes().await.unwrap();
        let mut analyst = Analyst::new(store.clone(), "node-a".into());
        // A poll before every vote analyses nothing of them.
        let early = analyst.tick(Timestamp::from_unix_millis(POLL_MS).unwrap()).await.unwrap();
        assert_eq!(early, Vec::<u64>::new());
        assert_eq!(store.analysis(1).await.unwrap(), None);
        // The next poll after the votes covers the whole log.
        assert_eq!(analyst.tick(later(2 * POLL_MS)).await.unwrap(), vec![1]);
        let stored = store.analysis(1).await.unwrap().unwrap();
        assert_eq!(stored.log_size, size);
        let report: AnalysisReport = serde_json::from_str(&stored.report).unwrap();
        assert_eq!((report.participants, report.votes, report.log_size), (24, 144, size));
        assert_eq!(report.groups.len(), 2, "{report:?}");
        assert_eq!(report.consensus.agree, vec!["1".to_owned()]);
        assert!(report.groups.iter().all(|g| g.participants.iter().all(|p| p.starts_with("anon:"))));
        // Nothing new: nothing analysed again.
        assert_eq!(analyst.tick(later(3 * POLL_MS)).await.unwrap(), Vec::<u64>::new());
        // A fresh task (a restart) finds the stored analysis current.
        let mut restarted = Analyst::new(store.clone(), "node-a".into());
        restarted.tick(later(3 * POLL_MS)).await.unwrap();
        assert_eq!(store.analysis(1).await.unwrap().unwrap().computed_ms, stored.computed_ms);
        // Another node waits while the lease is held.
        let vote = ConsultationCommand::Vote { id: 1, statement: 2, choice: Choice::Pass, pseudonym: None };
        store.submit(Caller::new(actor("p.0001"), Scope::Full), Command::Consultation(vote)).await.unwrap();
        let mut other = Analyst::new(store.clone(), "node-b".into());
        assert_eq!(other.tick(later(4 * POLL_MS)).await.unwrap(), Vec::<u64>::new());
        assert_eq!(analyst.tick(later(4 * POLL_MS)).await.unwrap(), vec![1]);
        assert_eq!(store.analysis(1).await.unwrap().unwrap().log_size, size + 1);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consultations_open_and_close_at_their_times() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let (opens, closes) = (later(60_000), later(120_000));
        let create = ConsultationCommand::Create(settings(Some(opens), Some(closes)));
        store.submit(Caller::system(), Command::Consultation(create)).await.unwrap();
        let mut analyst = Analyst::new(store.clone(), "node-a".into());
        let status = || async { store.consultation(1).await.unwrap().unwrap().status };
        analyst.tick(Timestamp::now()).await.unwrap();
        assert_eq!(status().await, Status::Draft);
        analyst.tick(opens).await.unwrap();
        assert_eq!(status().await, Status::Open);
        analyst.tick(closes).await.unwrap();
        assert_eq!(status().await, Status::Closed);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closed_consultation_is_let_go_and_read_again_if_reopened() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        two_camps(&store).await;
        let mut analyst = Analyst::new(store.clone(), "node-a".into());
        analyst.tick(later(2 * POLL_MS)).await.unwrap();
        assert_eq!(analyst.held(), 1);
        store.submit(Caller::system(), Command::Consultation(ConsultationCommand::Close { id: 1 })).await.unwrap();
        assert_eq!(analyst.tick(later(4 * POLL_MS)).await.unwrap(), vec![1]);
        assert_eq!(analyst.held(), 0, "a closed consultation's votes are not held");
        // Reopened, it is read again from the first entry: the next
        // analysis counts every vote, old and new.
        let reopen = ConsultationCommand::Reopen { id: 1, closes_at: None };
        store.submit(Caller::system(), Command::Consultation(reopen)).await.unwrap();
        let vote = ConsultationCommand::Vote { id: 1, statement: 1, choice: Choice::Agree, pseudonym: None };
        store.submit(Caller::new(actor("p.late"), Scope::Full), Command::Consultation(vote)).await.unwrap();
        assert_eq!(analyst.tick(later(6 * POLL_MS)).await.unwrap(), vec![1]);
        assert_eq!(analyst.held(), 1);
        let stored = store.analysis(1).await.unwrap().unwrap();
        let report: AnalysisReport = serde_json::from_str(&stored.report).unwrap();
        assert_eq!(report.participants, 25);
    })
    .await;
}
