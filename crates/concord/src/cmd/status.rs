//! `concord status`: what a data directory holds.

use anyhow::anyhow;

use super::plural::count;
use super::{Failure, StoreArgs, block_on, failed};

/// Options of `concord status` and `concord check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Prints the status, with the last full check; exit 1 if that check
/// failed.
pub fn run(args: Args) -> Result<(), Failure> {
    let status = block_on(async { store::Store::open_detached(&args.store.config()).await?.status().await })??;
    let check = status.last_check.as_ref();
    if args.json {
        let json = serde_json::json!({
            "backend": status.backend.name(),
            "origin": status.origin,
            "verifier_key": status.verifier_key,
            "log_size": status.log_size,
            "checkpoint_size": status.checkpoint_size,
            "state_digest": status.state_digest,
            "members": status.members,
            "observers": status.observers,
            "last_check": check.map(|check| serde_json::json!({
                "at": check.at.to_string(),
                "log_size": check.log_size,
                "result": if check.problem.is_none() { "passed" } else { "failed" },
                "problem": check.problem,
            })),
        });
        println!("{json:#}");
    } else {
        println!("store:           {}", args.store.describe());
        println!("log origin:      {}", status.origin);
        println!("verifier key:    {}", status.verifier_key);
        println!("log entries:     {}", status.log_size);
        println!("checkpoint size: {}", status.checkpoint_size);
        println!("state digest:    {}", status.state_digest);
        println!("member states:   {} (and {})", status.members, count(status.observers, "observer", "observers"));
        println!("last checked:    {}", describe(check));
    }
    match check.and_then(|check| check.problem.as_ref()) {
        Some(problem) => Err(failed(anyhow!(
            "the last check failed: {problem}; repair the data directory, then run `concord check` again"
        ))),
        None => Ok(()),
    }
}

/// The last check in words.
fn describe(check: Option<&store::LastCheck>) -> String {
    match check {
        None => "never (run `concord check`)".to_owned(),
        Some(check) => {
            let result = if check.problem.is_none() { "passed" } else { "FAILED" };
            format!("{} at {}: {result}", check.at, count(check.log_size, "entry", "entries"))
        }
    }
}
