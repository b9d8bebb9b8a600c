//! `concord bench ...`: whole-system measurements. Each benchmark is a
//! subcommand; results are printed, never asserted.

use clap::Subcommand;

use super::Failure;

/// The benchmarks `concord bench` can run.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {}

impl BenchCommand {
    /// Runs the chosen benchmark.
    pub fn run(self) -> Result<(), Failure> {
        match self {}
    }
}
