//! A consultation with statements, votes and a stored analysis, for the
//! tests that visit every page (skeleton, weight, axe-core): its results
//! page shows every part, its moderation queue has a statement waiting
//! and one flagged.

#![allow(dead_code)]

use domain::authz::{Caller, Scope};
use domain::consultation::analysis::{
    AnalysisReport, BaseCluster, BridgingReport, ConsensusReport, ConstituencyCell, ConstituencyColumn,
    ConstituencyReport, ConstituencyRow, GroupReport, RepresentativeReport,
};
use domain::consultation::{
    Audience, Choice, ConsultationCommand, Moderation, NewConsultation, ResultsVisibility, Verdict,
};
use domain::lang::Lang;
use domain::{Actor, Command};
use store::Store;
use store::consultation::StoredAnalysis;

/// The consultation's results page.
pub const RESULTS: &str = "/consultations/1/results";
/// Its moderation queue.
pub const MODERATION: &str = "/consultations/1/moderation";

async fn submit(store: &Store, caller: Caller, command: ConsultationCommand) {
    store.submit(caller, Command::Consultation(command)).await.unwrap();
}

fn participant(n: u32) -> Caller {
    Caller::new(Actor::try_from(format!("p.voter{n}")).unwrap(), Scope::Full)
}

/// Opens consultation 1 (results shown to everyone, statements held for
/// approval), writes three statements (two approved, one waiting, one
/// flagged), six votes, and stores an analysis of them.
pub async fn open_with_results(store: &Store) {
    let new = NewConsultation {
        language: Lang::Fr,
        title: [(Lang::Fr, "Modèles ouverts".to_owned()), (Lang::En, "Open models".to_owned())].into(),
        question: [(Lang::Fr, "Que faut-il partager ?".to_owned())].into(),
        audience: Audience::Everyone,
        moderation: Moderation::Before,
        participants_write: true,
        results: ResultsVisibility::Everyone,
        opens_at: None,
        closes_at: None,
        seeds: Vec::new(),
    };
    submit(store, Caller::system(), ConsultationCommand::Create(new)).await;
    submit(store, Caller::system(), ConsultationCommand::Open { id: 1 }).await;
    for (n, text, language) in [
        (1, "Partager les modèles ouverts", Lang::Fr),
        (2, "Share the training data", Lang::En),
        (3, "Keep the weights secret", Lang::En),
    ] {
        let write = ConsultationCommand::AddStatement { id: 1, language, text: text.into(), pseudonym: None };
        submit(store, participant(n), write).await;
    }
    for statement in [1, 2] {
        let approve =
            ConsultationCommand::Moderate { id: 1, statement, verdict: Verdict::Approve, reason: String::new() };
        submit(store, Caller::system(), approve).await;
    }
    for (n, statement, choice) in [
        (1, 1, Choice::Agree),
        (2, 1, Choice::Agree),
        (3, 1, Choice::Disagree),
        (1, 2, Choice::Agree),
        (2, 2, Choice::Pass),
        (3, 2, Choice::Agree),
    ] {
        submit(store, participant(n), ConsultationCommand::Vote { id: 1, statement, choice, pseudonym: None }).await;
    }
    submit(store, participant(3), ConsultationCommand::Flag { id: 1, statement: 1, pseudonym: None }).await;
    let (log_size, _) = store.log_sizes().await.unwrap();
    let report = report(log_size);
    let stored = StoredAnalysis {
        log_size,
        engine: report.engine.clone(),
        computed_ms: domain::Timestamp::now().unix_millis(),
        report: serde_json::to_string(&report).unwrap(),
    };
    store.store_analysis(1, &stored).await.unwrap();
}

/// The analysis of those votes, made by hand: two groups, statement 1
/// agreed across blocs, statement 2 bridging.
fn report(log_size: u64) -> AnalysisReport {
    let representative = |statement: &str, direction: &str| RepresentativeReport {
        statement: statement.into(),
        direction: direction.into(),
        n_success: 2,
        n_trials: 2,
        repness: 1.2,
        repness_test: 1.9,
        p_success: 0.75,
        p_test: 2.0,
    };
    let column = |kind: &str, code: &str, participants| ConstituencyColumn {
        kind: kind.into(),
        code: code.into(),
        participants,
    };
    let public = |agree, disagree, pass| {
        let mut cells = vec![ConstituencyCell::default(); 10];
        cells[9] = ConstituencyCell { agree, disagree, pass };
        cells
    };
    AnalysisReport {
        participants: 3,
        statements: 2,
        votes: 6,
        mode: "one-shot".into(),
        participation: "history".into(),
        clustered: 3,
        groups: vec![
            GroupReport {
                id: 0,
                participants: vec!["p.voter1".into(), "p.voter2".into()],
                representative: vec![representative("1", "agree")],
            },
            GroupReport {
                id: 1,
                participants: vec!["p.voter3".into()],
                representative: vec![representative("1", "disagree")],
            },
        ],
        consensus: ConsensusReport { agree: vec!["2".into()], disagree: Vec::new() },
        group_informed_consensus: [("1".to_owned(), 0.21), ("2".to_owned(), 0.56)].into(),
        bridging: [("2".to_owned(), BridgingReport { intercept: 0.38, factor: 0.02, bridging: true })].into(),
        polis: None,
        warnings: Vec::new(),
        log_size,
        engine: "concord-consensus/0.1.0".into(),
        constituencies: ConstituencyReport {
            columns: ["AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "GRULAC", "WEOG"]
                .into_iter()
                .map(|code| column("regional_group", code, 0))
                .chain(["industry", "research", "civil_society", "intergovernmental"].map(|c| column("chamber", c, 0)))
                .chain([column("public", "public", 3)])
                .collect(),
            rows: vec![
                ConstituencyRow { statement: "1".into(), cells: public(2, 1, 0) },
                ConstituencyRow { statement: "2".into(), cells: public(2, 0, 1) },
            ],
            cross_bloc: vec!["2".into()],
        },
        map: vec![
            BaseCluster { id: 0, x: -0.8, y: 0.3, participants: 2, group: Some(0) },
            BaseCluster { id: 1, x: 0.9, y: -0.2, participants: 1, group: Some(1) },
        ],
        priorities: Default::default(),
        polis_ids: Default::default(),
    }
}
