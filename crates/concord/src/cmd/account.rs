//! `concord account reset USERNAME`: a password reset for any account,
//! made on the server itself (an administrator of the secretariat who lost
//! the phone has nobody above them to issue one). Prints a one-time link
//! that works for a day; using it ends every session of the account and
//! removes its authenticator, so a new one is set up at the next sign-in.
//! The log records that a reset was issued (never the link), as the
//! platform's act.
//!
//! It appends to the log, so it needs the writer: on SQLite, stop the
//! server first (the data directory's lock says so); on PostgreSQL it runs
//! beside the servers.

use anyhow::anyhow;
use server::AppState;
use store::Store;

use super::{Failure, StoreArgs, bad_input, block_on};

/// `concord account ...`.
#[derive(Debug, clap::Subcommand)]
pub enum AccountCommand {
    /// Issue a one-time password reset link for an account (a secretariat
    /// account too) and print it.
    Reset(ResetArgs),
}

/// Options of `concord account reset`.
#[derive(Debug, clap::Args)]
pub struct ResetArgs {
    /// The account's sign-in name.
    pub username: String,
    /// The address people use to reach the server, for the link (default:
    /// the one `concord serve` recorded in the data directory).
    #[arg(long, env = "CONCORD_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub store: StoreArgs,
}

impl AccountCommand {
    /// Runs the command.
    pub fn run(self) -> Result<(), Failure> {
        match self {
            AccountCommand::Reset(args) => block_on(reset(args))?,
        }
    }
}

async fn reset(args: ResetArgs) -> Result<(), Failure> {
    let config = args.store.config();
    // An existing store only: a reset never creates a data directory.
    drop(Store::open_detached(&config).await?);
    let public_url = super::access::public_url_for_links(args.public_url.as_deref(), &args.store).await?;
    let store = Store::open(&config).await?;
    let auth = server::auth::AuthConfig { public_url, ..Default::default() };
    let state = AppState::with_auth(store, auth);
    let issued = server::api::recovery::issue_on_server(&state, &args.username).await.map_err(|err| {
        if err.status().is_client_error() {
            bad_input(anyhow!(err.to_string()))
        } else {
            super::failed(anyhow!(err.to_string()))
        }
    })?;
    if args.json {
        let value = serde_json::to_value(&issued).map_err(|e| super::failed(anyhow!(e)))?;
        println!("{value:#}");
    } else {
        println!("A password reset was issued for {} (log entry {}).", issued.handle, issued.log_index);
        println!("Give this link to the person; it works once, until {}:", issued.expires_at);
        println!("{}", issued.link);
        println!("It ends every session of the account; a new second factor is set up at the next sign-in.");
    }
    Ok(())
}
