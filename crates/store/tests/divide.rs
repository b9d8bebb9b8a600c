//! The divide index in the store, on SQLite and PostgreSQL: loading the
//! shipped values (and only what is new), national submissions and their
//! review, the values in force, the computed index kept newest-first, and
//! a check and a rebuild that reproduce the projections from the log.

use domain::authz::{Caller, Scope};
use domain::divide::{DivideCommand, NewValue};
use domain::member::Iso3;
use domain::people::DelegationRole;
use domain::{Actor, Command};
use store::Store;
use store::divide::{StoredIndex, SubmissionFilter, SubmissionStatus};
use store::scratch::on_each_backend;

fn actor(text: &str) -> Actor {
    Actor::try_from(text.to_owned()).unwrap()
}

fn by(who: &str) -> Caller {
    Caller::new(actor(who), Scope::Full)
}

fn iso(code: &str) -> Iso3 {
    code.parse().unwrap()
}

fn submission(year: u16, value: &str) -> Command {
    Command::Divide(DivideCommand::SubmitValue(NewValue {
        member: iso("KEN"),
        indicator: "IT.NET.USER.ZS".into(),
        year,
        value: value.parse().unwrap(),
        source: "KNBS Economic Survey".into(),
    }))
}

fn review(submission: u64, accept: bool, reason: &str) -> Command {
    Command::Divide(DivideCommand::Review { submission, accept, reason: reason.into() })
}

/// The number of rows in the shipped values file.
fn shipped_rows() -> usize {
    exchange::catalogue::VALUES_CSV.lines().skip(1).filter(|l| !l.is_empty()).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shipped_values_load_once_and_an_accepted_submission_is_the_value_in_force() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        store.submit(Caller::system(), Command::AppointSecretariat { handle: actor("sec.a") }).await.unwrap();
        let add = Command::AddDelegationMember {
            member: iso("KEN"),
            handle: actor("del.kenhead"),
            role: DelegationRole::Head,
        };
        store.submit(Caller::system(), add).await.unwrap();

        let loaded = store.load_shipped_indicators(by("sec.a")).await.unwrap();
        assert_eq!(loaded.methodology, Some(1));
        assert_eq!(loaded.values, shipped_rows(), "every shipped value is of a state in the organization");
        let again = store.load_shipped_indicators(by("sec.a")).await.unwrap();
        assert_eq!((again.methodology, again.series, again.values), (None, 0, 0), "nothing new the second time");
        assert_eq!(store.divide_methodologies().await.unwrap()[0].text, exchange::DEFAULT_TOML);

        let before = store.indicator_values(iso("KEN")).await.unwrap();
        let shipped_2019 =
            before.iter().find(|v| v.indicator == "IT.NET.USER.ZS" && v.year == 2019).cloned().expect("shipped");
        assert_eq!(shipped_2019.submission, None);

        store.submit(by("del.kenhead"), submission(2019, "41.25")).await.unwrap();
        store.submit(by("del.kenhead"), submission(2018, "45")).await.unwrap();
        let pending = SubmissionFilter { status: Some(SubmissionStatus::Pending), member: Some(iso("KEN")) };
        assert_eq!(store.divide_submissions(pending).await.unwrap().len(), 2);
        store.submit(by("sec.a"), review(1, true, "")).await.unwrap();
        store.submit(by("sec.a"), review(2, false, "the survey gives 44")).await.unwrap();

        let after = store.indicator_values(iso("KEN")).await.unwrap();
        assert_eq!(after.len(), before.len(), "one value per state, indicator and year");
        let accepted = after.iter().find(|v| v.indicator == "IT.NET.USER.ZS" && v.year == 2019).unwrap();
        assert_eq!((accepted.value.as_str(), accepted.submission), ("41.25", Some(1)));
        assert_eq!(accepted.source, "KNBS Economic Survey");
        let kept = after.iter().find(|v| v.indicator == "IT.NET.USER.ZS" && v.year == 2018).unwrap();
        assert_eq!(kept.submission, None, "a rejected value is never in force");

        let rejected = store.divide_submission(2).await.unwrap().unwrap();
        assert_eq!(rejected.status, SubmissionStatus::Rejected);
        assert_eq!(rejected.reason.as_deref(), Some("the survey gives 44"));
        assert_eq!(rejected.reviewed_by, Some(actor("sec.a")));
        let accepted = store.divide_submission(1).await.unwrap().unwrap();
        assert_eq!((accepted.status, accepted.reason), (SubmissionStatus::Accepted, None));
        assert!(store.divide_submission(3).await.unwrap().is_none());
        assert_eq!(store.divide_submissions(SubmissionFilter::default()).await.unwrap()[0].id, 2, "newest first");

        // A computed index is kept unless one covering more is kept.
        let index = |log_size, engine: &str| StoredIndex {
            log_size,
            engine: engine.into(),
            computed_ms: 1,
            report: "{}".into(),
        };
        store.store_divide_index(&index(300, "b")).await.unwrap();
        store.store_divide_index(&index(200, "a")).await.unwrap();
        assert_eq!(store.divide_index().await.unwrap().unwrap().engine, "b");
        store.store_divide_index(&index(301, "c")).await.unwrap();
        assert_eq!(store.divide_index().await.unwrap().unwrap().log_size, 301);

        // The projections follow from the log.
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
