//! `concord backup DIR` and `concord restore DIR`: SQLite data directories
//! only (PostgreSQL has pg_dump), so they take no `--database-url`.

use std::path::PathBuf;

use super::plural::count;
use super::store_args::DataDirArgs;
use super::{Failure, block_on};

/// Options of `concord backup`.
#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// Where to write the copy (a new or empty directory).
    pub target: PathBuf,
    #[command(flatten)]
    pub store: DataDirArgs,
}

/// Options of `concord restore`.
#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// A directory written by `concord backup`.
    pub source: PathBuf,
    #[command(flatten)]
    pub store: DataDirArgs,
}

/// Copies the data directory.
pub fn run_backup(args: BackupArgs) -> Result<(), Failure> {
    let report = block_on(store::backup(&args.store.config(), &args.target))??;
    println!(
        "backed up {} to {} (state digest {})",
        count(report.log_size, "log entry", "log entries"),
        args.target.display(),
        report.state_digest
    );
    Ok(())
}

/// Puts a backup back.
pub fn run_restore(args: RestoreArgs) -> Result<(), Failure> {
    let report = block_on(store::restore(&args.store.config(), &args.source))??;
    println!(
        "restored {} into {} (state digest {})",
        count(report.log_size, "log entry", "log entries"),
        args.store.dir.data_dir.display(),
        report.state_digest
    );
    Ok(())
}
