//! `concord bench votes`: votes accepted per second over HTTP, each voter a
//! member of the public with an API token, all voting at once on an open
//! consultation (`POST /api/v1/consultations/1/votes`). The load generator
//! runs in the same process as the server, on the same cores.

use std::sync::Arc;

use anyhow::anyhow;
use domain::authz::{Action, Caller};
use domain::consultation::{Audience, ConsultationCommand, Moderation, NewConsultation, ResultsVisibility};
use domain::lang::Lang;
use domain::{Actor, Command};

use super::bench::{local_server, scratch_store};
use super::bench_http::{Planned, measure};
use super::plural::count;
use super::{Failure, block_on, failed};

/// Options of `concord bench votes`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Concurrent voters (each a member of the public with a token).
    #[arg(long, default_value_t = 1_000, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub voters: u64,
    /// Votes in all.
    #[arg(long, default_value_t = 50_000, value_parser = clap::value_parser!(u64).range(1..))]
    pub votes: u64,
    /// Statements of the consultation.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=100))]
    pub statements: u64,
    /// A PostgreSQL URL to measure on (a scratch schema); SQLite without.
    #[arg(long, value_name = "URL")]
    pub database_url: Option<String>,
}

/// Runs the benchmark.
pub fn run(args: Args) -> Result<(), Failure> {
    block_on(async {
        let (store, _scratch) = scratch_store(args.database_url.as_deref()).await?;
        let settings = NewConsultation {
            language: Lang::En,
            title: [(Lang::En, "Bench".to_owned())].into(),
            question: [(Lang::En, "Generated".to_owned())].into(),
            audience: Audience::Everyone,
            moderation: Moderation::After,
            participants_write: true,
            results: ResultsVisibility::Everyone,
            opens_at: None,
            closes_at: None,
            seeds: (1..=args.statements).map(|s| format!("Statement {s}")).collect(),
        };
        store.submit(Caller::system(), Command::Consultation(ConsultationCommand::Create(settings))).await?;
        store.submit(Caller::system(), Command::Consultation(ConsultationCommand::Open { id: 1 })).await?;
        // Accounts without a usable password: the voters use tokens only.
        let mut tokens = Vec::with_capacity(args.voters as usize);
        for v in 0..args.voters {
            let handle = Actor::try_from(format!("p.bench{v:08}")).map_err(|err| failed(anyhow!(err)))?;
            let account = store::access::NewAccount {
                handle: handle.clone(),
                username: format!("bench-{v}"),
                display_name: format!("Voter {v}"),
                email: None,
                password_hash: "none".into(),
            };
            store.create_account(&account).await?;
            let expires = store::access::now_millis() + 3_600_000;
            tokens.push(store.create_token(&handle, "bench", &[Action::TakePart], expires).await?.0);
        }
        let tokens = Arc::new(tokens);
        let base = local_server(store.clone()).await?;
        let statements = args.statements;
        let report = measure(&base, args.voters, args.votes, move |voter, k| {
            let statement = (voter + k) % statements + 1;
            let choice = ["agree", "disagree", "pass"][((voter * 7 + k) % 3) as usize];
            let body = serde_json::json!({"statement": statement, "choice": choice}).to_string();
            Planned::post_json("/api/v1/consultations/1/votes", body).bearer(&tokens[voter as usize])
        })
        .await?;
        let record = store.consultation(1).await?.ok_or_else(|| failed(anyhow!("the consultation is gone")))?;
        println!(
            "POST /api/v1/consultations/1/votes x {} ({} recorded, {}): {report}",
            count(args.votes, "vote", "votes"),
            record.votes,
            if args.database_url.is_some() { "PostgreSQL" } else { "SQLite" },
        );
        Ok(())
    })?
}
