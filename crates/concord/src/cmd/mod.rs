//! One module per subcommand. Each exposes an `Args` struct (clap) and a
//! `run(args) -> Result<(), Failure>` function; [`Command`] lists them.

pub mod analyze;
pub mod bench;
pub mod bench_consensus;

use clap::Subcommand;

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

/// Every subcommand of `concord`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Measure the system: throughput and latency figures.
    #[command(subcommand)]
    Bench(bench::BenchCommand),
    /// Opinion groups, consensus and bridging scores of a Pol.is export.
    Analyze(analyze::Args),
}

impl Command {
    /// Runs the chosen subcommand.
    pub fn run(self) -> Result<(), Failure> {
        match self {
            Command::Bench(bench) => bench.run(),
            Command::Analyze(args) => analyze::run(args),
        }
    }
}
