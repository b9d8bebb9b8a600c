//! `concord bench ...`: whole-system measurements. Each benchmark is a
//! subcommand; results are printed, never asserted.

use clap::Subcommand;

use super::Failure;

/// The benchmarks `concord bench` can run.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// The consensus engine on generated votes with planted groups.
    Consensus(super::bench_consensus::Args),
}

impl BenchCommand {
    /// Runs the chosen benchmark.
    pub fn run(self) -> Result<(), Failure> {
        match self {
            BenchCommand::Consensus(args) => super::bench_consensus::run(args),
        }
    }
}
