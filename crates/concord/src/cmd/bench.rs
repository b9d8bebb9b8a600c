//! `concord bench ...`: whole-system measurements. Each benchmark is a
//! subcommand; results are printed, never asserted.

use clap::Subcommand;

use super::Failure;
use super::{bench_append, bench_http, bench_verify};

/// The benchmarks `concord bench` can run.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Events appended per second with group commit.
    Append(bench_append::Args),
    /// `concord verify` entries per second on a log of a given size.
    Verify(bench_verify::Args),
    /// A fresh mirror catching up with a hub (entries per second), or the
    /// lag of a following mirror behind a hub's writes (--rate).
    Mirror(super::bench_mirror::Args),
    /// Latency of GET /api/v1/members under concurrent clients.
    Members(bench_http::Args),
    /// Sign-ins per second (argon2id password hashing at the chosen cost).
    SignIn(bench_http::SignInArgs),
    /// The consensus engine on generated votes with planted groups.
    Consensus(super::bench_consensus::Args),
    /// The analysis of a consultation from its log, as the analyst runs it.
    Consultation(super::bench_consultation::Args),
    /// Votes accepted per second over HTTP from many voters at once.
    Votes(super::bench_votes::Args),
    /// Signed ballot votes accepted per second over HTTP, signatures
    /// checked.
    BallotVotes(super::bench_ballots::Args),
    /// How long a node takes to open a log holding many votes.
    Start(super::bench_start::Args),
    /// `concord recount --all` on a log of many closed ballots.
    Recount(super::bench_recount::Args),
    /// The AI divide index on all the shipped data, with and without the
    /// sensitivity analysis.
    Divide(super::bench_divide::Args),
    /// The time of one round of asking every witness of a policy to cosign
    /// a new checkpoint.
    Cosign(super::bench_cosign::Args),
}

impl BenchCommand {
    /// Runs the chosen benchmark.
    pub fn run(self) -> Result<(), Failure> {
        match self {
            BenchCommand::Append(args) => bench_append::run(args),
            BenchCommand::Verify(args) => bench_verify::run(args),
            BenchCommand::Mirror(args) => super::bench_mirror::run(args),
            BenchCommand::Members(args) => bench_http::run(args),
            BenchCommand::SignIn(args) => bench_http::run_sign_in(args),
            BenchCommand::Consensus(args) => super::bench_consensus::run(args),
            BenchCommand::Consultation(args) => super::bench_consultation::run(args),
            BenchCommand::Votes(args) => super::bench_votes::run(args),
            BenchCommand::BallotVotes(args) => super::bench_ballots::run(args),
            BenchCommand::Start(args) => super::bench_start::run(args),
            BenchCommand::Recount(args) => super::bench_recount::run(args),
            BenchCommand::Divide(args) => super::bench_divide::run(args),
            BenchCommand::Cosign(args) => super::bench_cosign::run(args),
        }
    }
}

/// A store in a new temporary directory, on SQLite or, given a PostgreSQL
/// URL, in a new scratch schema there. Dropped with the returned guard.
pub(super) async fn scratch_store(database_url: Option<&str>) -> Result<(store::Store, Scratch), Failure> {
    let dir = tempfile::tempdir().map_err(|err| super::failed(anyhow::anyhow!("no temporary directory: {err}")))?;
    let schema = match database_url {
        Some(url) => Some(store::scratch::ScratchSchema::create(url).await?),
        None => None,
    };
    let config = store::Config {
        database_url: schema.as_ref().map(|s| s.url.clone()),
        origin: "bench.concord.localhost/log".into(),
        ..store::Config::new(dir.path().join("data"))
    };
    let store = store::Store::open(&config).await?;
    Ok((store, Scratch { _dir: dir, schema }))
}

/// Keeps a scratch store's directory and schema alive.
pub(super) struct Scratch {
    _dir: tempfile::TempDir,
    schema: Option<store::scratch::ScratchSchema>,
}

impl Scratch {
    /// Drops the scratch schema, if any.
    pub(super) async fn clean_up(self) {
        if let Some(schema) = self.schema {
            let _ = schema.drop_schema().await;
        }
    }
}

/// Serves `store` on a free local port; returns the base URL.
pub(super) async fn local_server(store: store::Store) -> Result<String, Failure> {
    local_node(server::AppState::new(store)).await
}

/// Serves `state` on a free local port; returns the base URL.
pub(super) async fn local_node(state: server::AppState) -> Result<String, Failure> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|err| super::failed(anyhow::anyhow!("cannot listen: {err}")))?;
    let address = listener.local_addr().map_err(|err| super::failed(anyhow::anyhow!("{err}")))?;
    tokio::spawn(server::serve(listener, state));
    Ok(format!("http://{address}"))
}
