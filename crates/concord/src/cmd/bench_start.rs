//! `concord bench start`: how long a node takes to open its store as the
//! log grows, with a consultation holding the given number of votes. The
//! node starts from its latest state snapshot, so the time should stay
//! about the same whatever the log's length.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::anyhow;
use domain::authz::{Caller, Scope};
use domain::consultation::{Audience, Choice, ConsultationCommand, Moderation, NewConsultation, ResultsVisibility};
use domain::lang::Lang;
use domain::{Actor, Command};
use store::{Config, Store};

use super::plural::count;
use super::{Failure, block_on, failed};

/// Statements of the generated consultation; each voter votes on all.
const STATEMENTS: u64 = 50;

/// Options of `concord bench start`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Votes the log should hold (added to a data directory that holds
    /// fewer; a kept directory can be grown step by step).
    #[arg(long, default_value_t = 10_000)]
    pub votes: u64,
    /// The data directory to use and keep (default: a temporary one,
    /// removed afterwards).
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Times to open the store and measure.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..=100))]
    pub opens: u64,
    /// Voters submitting at the same time while the log is filled.
    #[arg(long, default_value_t = 2_000, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub clients: u64,
}

/// Fills the log if needed, then opens the store `opens` times.
pub fn run(args: Args) -> Result<(), Failure> {
    // A temporary directory lives (and is removed) with `_temporary`.
    let (dir, _temporary) = match &args.data {
        Some(dir) => (dir.clone(), None),
        None => {
            let temp = tempfile::tempdir().map_err(|err| failed(anyhow!("no temporary directory: {err}")))?;
            (temp.path().join("data"), Some(temp))
        }
    };
    let config = Config { origin: "bench.concord.localhost/log".into(), ..Config::new(&dir) };
    block_on(async {
        let store = Store::open(&config).await?;
        let filled = fill(&store, args.votes, args.clients).await?;
        store.sign_checkpoint().await?;
        let (size, _) = store.log_sizes().await?;
        drop(store);
        if filled > 0 {
            println!("added {} to {}", count(filled, "vote", "votes"), dir.display());
        }
        let mut times = Vec::new();
        for _ in 0..args.opens {
            let started = Instant::now();
            let store = Store::open(&config).await?;
            times.push(started.elapsed().as_secs_f64());
            let start = store.start().clone();
            drop(store);
            // Let the released SQLite lock and pool settle between opens.
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            if times.len() as u64 == args.opens {
                let from = start.snapshot.map_or("the first entry".to_owned(), |s| format!("the snapshot at {s}"));
                let best = times.iter().copied().fold(f64::INFINITY, f64::min);
                let worst = times.iter().copied().fold(0.0, f64::max);
                println!(
                    "opened a log of {} ({} in consultation 1) in {best:.3} s (best of {}; worst {worst:.3} s), \
                     from {from}, replaying {}",
                    count(size, "entry", "entries"),
                    count(votes_in(&config).await?, "vote", "votes"),
                    args.opens,
                    count(start.replayed, "entry", "entries"),
                );
            }
        }
        Ok(())
    })?
}

/// Votes on consultation 1 in the store at `config`.
async fn votes_in(config: &Config) -> Result<u64, Failure> {
    let store = Store::open_detached(config).await?;
    Ok(store.vote_count(1).await?)
}

/// Creates consultation 1 if needed and adds votes until it holds `votes`:
/// voters `p.bench…` each vote on every statement. Returns the votes added.
async fn fill(store: &Store, votes: u64, clients: u64) -> Result<u64, Failure> {
    if store.consultation(1).await?.is_none() {
        let new = NewConsultation {
            language: Lang::En,
            title: [(Lang::En, "Start-time benchmark".to_owned())].into(),
            question: [(Lang::En, "Generated votes".to_owned())].into(),
            audience: Audience::Everyone,
            moderation: Moderation::After,
            participants_write: false,
            results: ResultsVisibility::Everyone,
            opens_at: None,
            closes_at: None,
            seeds: (1..=STATEMENTS).map(|s| format!("Generated statement {s}")).collect(),
        };
        store.submit(Caller::system(), Command::Consultation(ConsultationCommand::Create(new))).await?;
        store.submit(Caller::system(), Command::Consultation(ConsultationCommand::Open { id: 1 })).await?;
    }
    let have = store.vote_count(1).await?;
    if have >= votes {
        return Ok(0);
    }
    let first_voter = have.div_ceil(STATEMENTS);
    let last_voter = votes.div_ceil(STATEMENTS);
    let voters = last_voter - first_voter;
    let progress = indicatif::ProgressBar::new(voters * STATEMENTS);
    progress.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} votes, {per_sec}, {eta} left")
            .map_err(|err| failed(anyhow!("{err}")))?,
    );
    let clients = clients.min(voters.max(1));
    // Checkpoints are signed as a server signs them, so a fill that is
    // stopped leaves a log whose snapshots a start can use.
    let signer = {
        let store = store.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                if let Err(err) = store.sign_checkpoint().await {
                    tracing::warn!(error = %err, "cannot sign a checkpoint");
                }
            }
        })
    };
    let mut tasks = Vec::new();
    for client in 0..clients {
        let store = store.clone();
        let progress = progress.clone();
        tasks.push(tokio::spawn(async move {
            let mut voter = first_voter + client;
            while voter < last_voter {
                let actor = Actor::try_from(format!("p.bench{voter}")).map_err(|err| failed(anyhow!(err)))?;
                for statement in 1..=STATEMENTS {
                    let choice = [Choice::Agree, Choice::Disagree, Choice::Pass][((voter + statement) % 3) as usize];
                    let vote = ConsultationCommand::Vote { id: 1, statement, choice, pseudonym: None };
                    store.submit(Caller::new(actor.clone(), Scope::Full), Command::Consultation(vote)).await?;
                }
                progress.inc(STATEMENTS);
                voter += clients;
            }
            Ok::<_, Failure>(())
        }));
    }
    for task in tasks {
        task.await.map_err(|err| failed(anyhow!("a voter failed: {err}")))??;
    }
    signer.abort();
    progress.finish_and_clear();
    Ok(voters * STATEMENTS)
}
