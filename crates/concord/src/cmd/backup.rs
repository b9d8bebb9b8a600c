//! `concord backup DIR` and `concord restore DIR`.

use std::path::PathBuf;

use super::{Failure, StoreArgs, block_on};

/// Options of `concord backup`.
#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// Where to write the copy (a new or empty directory).
    pub target: PathBuf,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Options of `concord restore`.
#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// A directory written by `concord backup`.
    pub source: PathBuf,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Copies the data directory.
pub fn run_backup(args: BackupArgs) -> Result<(), Failure> {
    let report = block_on(store::backup(&args.store.config(), &args.target))??;
    println!(
        "backed up {} log entries to {} (state digest {})",
        report.log_size,
        args.target.display(),
        report.state_digest
    );
    Ok(())
}

/// Puts a backup back.
pub fn run_restore(args: RestoreArgs) -> Result<(), Failure> {
    let report = block_on(store::restore(&args.store.config(), &args.source))??;
    println!(
        "restored {} log entries into {} (state digest {})",
        report.log_size,
        args.store.data_dir.display(),
        report.state_digest
    );
    Ok(())
}
