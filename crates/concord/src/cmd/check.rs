//! `concord check`: check a data directory entirely, offline.

use anyhow::anyhow;
use store::StoreError;

use super::{Failure, block_on, failed};

/// Options of `concord check`: those of `concord status` (a data directory,
/// and `--json`).
pub use super::status::Args;

/// Checks every entry, every tile hash, the checkpoint and the projections;
/// exit 1 naming the first mismatch.
pub fn run(args: Args) -> Result<(), Failure> {
    let report = match block_on(store::check(&args.store.config()))? {
        Ok(report) => report,
        Err(StoreError::Inconsistent(problem)) => {
            if args.json {
                println!("{:#}", serde_json::json!({ "result": "failed", "problem": problem }));
            }
            return Err(failed(anyhow!("the check failed: {problem}")));
        }
        Err(err) => return Err(err.into()),
    };
    if args.json {
        let json = serde_json::json!({
            "result": "passed",
            "log_size": report.log_size,
            "checkpoint_size": report.checkpoint_size,
            "tile_hashes": report.tile_hashes,
            "state_digest": report.state_digest,
        });
        println!("{json:#}");
    } else {
        println!("store:           {}", args.store.describe());
        println!("log entries:     {} (each decoded, re-hashed and replayed)", report.log_size);
        println!("checkpoint size: {} (signature and root verified)", report.checkpoint_size);
        println!("tile hashes:     {} (each recomputed from the entries)", report.tile_hashes);
        println!("state digest:    {} (the projections follow from the log)", report.state_digest);
        println!("every check passed");
    }
    Ok(())
}
