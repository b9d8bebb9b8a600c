//! `concord bench verify`: `concord verify` entries per second.

use std::time::Instant;

use super::bench::{local_server, scratch_store};
use super::bench_append::append;
use super::plural::count;
use super::{Failure, block_on, verify};

/// Options of `concord bench verify`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Entries in the log to verify.
    #[arg(long, default_value_t = 1_000_000)]
    pub entries: u64,
    /// Tiles fetched at the same time.
    #[arg(long, default_value_t = 8)]
    pub parallel: usize,
}

/// Builds a log of the given size, serves it, and times `verify`.
pub fn run(args: Args) -> Result<(), Failure> {
    block_on(async {
        let (store, scratch) = scratch_store(None).await?;
        let founding = store.status().await?.log_size;
        let started = Instant::now();
        append(&store, args.entries.saturating_sub(founding), 1_000).await?;
        store.sign_checkpoint().await?;
        eprintln!(
            "built a log of {} in {:.1} s",
            count(store.status().await?.log_size, "entry", "entries"),
            started.elapsed().as_secs_f64()
        );
        let url = local_server(store.clone()).await?;
        let started = Instant::now();
        let summary = verify::verify(&verify::Source {
            url,
            key: Some(store.verifier_key().to_owned()),
            parallel: args.parallel,
            state: None,
        })
        .await?;
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "verified {} over HTTP in {seconds:.2} s: {:.0} entries/s",
            count(summary.entries, "entry", "entries"),
            summary.entries as f64 / seconds
        );
        scratch.clean_up().await;
        Ok(())
    })?
}
