//! `concord status`: what a data directory holds.

use super::{Failure, StoreArgs, block_on};

/// Options of `concord status`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Prints the status.
pub fn run(args: Args) -> Result<(), Failure> {
    let status = block_on(async { store::Store::open_detached(&args.store.config()).await?.status().await })??;
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
        });
        println!("{json:#}");
    } else {
        println!("store:           {}", args.store.describe());
        println!("log origin:      {}", status.origin);
        println!("verifier key:    {}", status.verifier_key);
        println!("log entries:     {}", status.log_size);
        println!("checkpoint size: {}", status.checkpoint_size);
        println!("state digest:    {}", status.state_digest);
        println!("member states:   {} (and {} observers)", status.members, status.observers);
    }
    Ok(())
}
