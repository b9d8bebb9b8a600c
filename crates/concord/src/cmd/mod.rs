//! One module per subcommand. Each exposes an `Args` struct (clap) and a
//! `run(args) -> Result<(), Failure>` function; [`Command`] lists them.

pub mod access;
pub mod account;
pub mod analyze;
pub mod backup;
pub mod ballot;
pub mod bench;
mod bench_append;
mod bench_ballots;
pub mod bench_consensus;
mod bench_consultation;
mod bench_cosign;
mod bench_divide;
mod bench_http;
mod bench_mirror;
mod bench_recount;
mod bench_start;
mod bench_verify;
mod bench_votes;
pub mod check;
pub mod consultation;
pub mod consultation_import;
pub mod decision_types;
pub mod delegation_key;
pub mod demo;
pub mod divide;
mod divide_compute;
mod endpoint;
pub mod evidence;
mod http;
pub mod key;
pub mod members;
pub mod mirror;
mod plural;
pub mod polis_export;
pub mod proxy;
pub mod rebuild;
pub mod recount;
mod replay_files;
mod rlimit;
pub mod rules;
pub mod serve;
mod serving;
pub mod status;
mod store_args;
pub mod verify;
mod verify_state;
pub mod vote;

use std::future::Future;

use clap::Subcommand;
use store::StoreError;

pub use store_args::StoreArgs;

/// Why a command failed, which decides its exit code.
#[derive(Debug)]
pub enum Failure {
    /// The input or the usage was wrong (exit code 2).
    BadInput(anyhow::Error),
    /// A check failed or the work could not be done (exit code 1).
    Failed(anyhow::Error),
}

impl Failure {
    /// The process exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::BadInput(_) => 2,
            Failure::Failed(_) => 1,
        }
    }

    /// The underlying error, for printing.
    pub fn error(&self) -> &anyhow::Error {
        match self {
            Failure::BadInput(e) | Failure::Failed(e) => e,
        }
    }
}

/// Shorthand: a bad-input failure from any error or message.
pub fn bad_input(err: impl Into<anyhow::Error>) -> Failure {
    Failure::BadInput(err.into())
}

/// Shorthand: a failed-check failure from any error or message.
pub fn failed(err: impl Into<anyhow::Error>) -> Failure {
    Failure::Failed(err.into())
}

impl From<StoreError> for Failure {
    /// A store that cannot be set up as asked is bad input (exit 2); a
    /// failed check or database is a failure (exit 1).
    fn from(err: StoreError) -> Failure {
        match err {
            StoreError::Setup(_) | StoreError::Rejected(_) => bad_input(err),
            _ => failed(err),
        }
    }
}

/// Runs a future on a fresh multi-threaded runtime.
pub fn block_on<F: Future>(future: F) -> Result<F::Output, Failure> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|err| failed(anyhow::anyhow!("cannot start the async runtime: {err}")))?;
    Ok(runtime.block_on(future))
}

/// Every subcommand of `concord`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server (creates ./concord-data with SQLite on first start).
    Serve(serve::Args),
    /// Run a read-only mirror of a hub's log: follow it, check every
    /// checkpoint, serve the same public pages, API and log.
    Mirror(mirror::Args),
    /// Show the log size, checkpoint and state digest of a data directory.
    Status(status::Args),
    /// Replay the log into empty projections and compare the state digest.
    Rebuild(rebuild::Args),
    /// Check a data directory entirely (entries, tiles, checkpoint,
    /// projections) without changing it; exit 1 naming the first mismatch.
    Check(check::Args),
    /// Copy a SQLite data directory while the server runs.
    Backup(backup::BackupArgs),
    /// Put a backup back as the data directory.
    Restore(backup::RestoreArgs),
    /// The member states.
    #[command(subcommand)]
    Members(members::MembersCommand),
    /// Check a server's public log: signature, every entry, every tile.
    Verify(verify::Args),
    /// Evidence that a log signed two trees that cannot both be true:
    /// check a file a mirror wrote or served.
    #[command(subcommand)]
    Evidence(evidence::EvidenceCommand),
    /// Recount ballots from a server's public log: every vote checked and
    /// its signature verified, every result recomputed.
    Recount(recount::Args),
    /// Invite a person (a head of delegation, a delegate, staff, ...); prints
    /// the one-time link.
    Invite(access::InviteArgs),
    /// API tokens for the command line and scripts.
    #[command(subcommand)]
    Token(access::TokenCommand),
    /// Delegations of member states.
    #[command(subcommand)]
    Delegation(access::DelegationCommand),
    /// Stakeholder organizations.
    #[command(subcommand)]
    Org(access::OrgCommand),
    /// Accounts on the server itself: `account reset USERNAME` prints a
    /// one-time password reset link (for a secretariat account too).
    #[command(subcommand)]
    Account(account::AccountCommand),
    /// Measure the system: throughput and latency figures.
    #[command(subcommand)]
    Bench(bench::BenchCommand),
    /// Decision procedures: check procedure files, replay recorded votes.
    #[command(subcommand)]
    Rules(self::rules::RulesCommand),
    /// Opinion groups, consensus and bridging scores of a Pol.is export, or
    /// of a consultation from a server's public log (--url, --consultation).
    Analyze(analyze::Args),
    /// Consultations: open one, list them, show one with its statements,
    /// close one, import or export a Pol.is export folder.
    #[command(subcommand)]
    Consultation(consultation::ConsultationCommand),
    /// Signing keys for votes: generate one.
    #[command(subcommand)]
    Key(key::KeyCommand),
    /// Ballots: open one, record a roll call, close one, show one.
    #[command(subcommand)]
    Ballot(ballot::BallotCommand),
    /// Cast a vote signed with the delegation's private key.
    Vote(vote::VoteArgs),
    /// Proxies on a ballot: give one, take it back.
    #[command(subcommand)]
    Proxy(proxy::ProxyCommand),
    /// Decision types: publish a new set (the secretariat).
    #[command(subcommand, name = "decision-types")]
    DecisionTypes(decision_types::DecisionTypesCommand),
    /// The AI divide index: compute it from the shipped data or a
    /// server's log, explain a member's score, load indicator values,
    /// submit and review national values, publish the methodology.
    #[command(subcommand)]
    Divide(divide::DivideCommand),
}

impl Command {
    /// Runs the chosen subcommand.
    pub fn run(self) -> Result<(), Failure> {
        match self {
            Command::Serve(args) => serve::run(args),
            Command::Mirror(args) => mirror::run(args),
            Command::Status(args) => status::run(args),
            Command::Rebuild(args) => rebuild::run(args),
            Command::Check(args) => check::run(args),
            Command::Backup(args) => backup::run_backup(args),
            Command::Restore(args) => backup::run_restore(args),
            Command::Members(command) => command.run(),
            Command::Verify(args) => verify::run(args),
            Command::Evidence(command) => command.run(),
            Command::Recount(args) => recount::run(args),
            Command::Invite(args) => access::invite(args),
            Command::Token(command) => command.run(),
            Command::Delegation(command) => command.run(),
            Command::Org(command) => command.run(),
            Command::Account(command) => command.run(),
            Command::Bench(bench) => bench.run(),
            Command::Rules(rules) => rules.run(),
            Command::Analyze(args) => analyze::run(args),
            Command::Consultation(command) => command.run(),
            Command::Key(command) => command.run(),
            Command::Ballot(command) => command.run(),
            Command::Vote(args) => vote::run(args),
            Command::Proxy(command) => command.run(),
            Command::DecisionTypes(command) => command.run(),
            Command::Divide(command) => command.run(),
        }
    }
}
