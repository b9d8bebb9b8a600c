//! `concord rebuild`: replay the log into empty projections.

use anyhow::anyhow;
use indicatif::{ProgressBar, ProgressStyle};

use super::{Failure, StoreArgs, block_on, failed};

/// Options of `concord rebuild`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Rebuilds and compares the state digest before and after; exit 1 if they
/// differ.
pub fn run(args: Args) -> Result<(), Failure> {
    let bar = progress_bar("replaying");
    let progress = |done: u64, total: u64| {
        bar.set_length(total);
        bar.set_position(done);
    };
    let (before, after) = block_on(store::rebuild(&args.store.config(), &progress))??;
    bar.finish_and_clear();
    println!("state digest before: {before}");
    println!("state digest after:  {after}");
    if before != after {
        return Err(failed(anyhow!("the projections did not match the log; they now do (digest {after})")));
    }
    println!("the projections follow from the log");
    Ok(())
}

/// A progress bar on stderr for `total` entries, hidden when stderr is not
/// a terminal.
pub fn progress_bar(what: &str) -> ProgressBar {
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{msg} {bar:40} {pos}/{len} entries ({per_sec}, {eta} left)")
            .expect("the template is valid"),
    );
    bar.set_message(what.to_owned());
    bar
}
