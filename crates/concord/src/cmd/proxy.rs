//! `concord proxy give | revoke`: a member state gives its proxy for one
//! ballot to another member state, or takes it back (its head or a
//! delegate), through a server (`--url`, `CONCORD_TOKEN`). `--from`
//! defaults to the caller's own member state (`GET /api/v1/accounts/me`).

use serde_json::json;

use super::http::Remote;
use super::{Failure, block_on};

/// The `proxy` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum ProxyCommand {
    /// Give a member state's proxy for a ballot to another.
    Give(GiveArgs),
    /// Take a proxy back.
    Revoke(RevokeArgs),
}

/// Options of `concord proxy give`.
#[derive(Debug, clap::Args)]
pub struct GiveArgs {
    /// The ballot's number.
    #[arg(value_parser = clap::value_parser!(u64).range(1..=server::extract::MAX_NUMBER))]
    pub ballot: u64,
    /// The member state that will vote for it.
    #[arg(long, value_name = "ISO3")]
    pub to: String,
    /// The member state giving its proxy [default: your own].
    #[arg(long, value_name = "ISO3")]
    pub from: Option<String>,
    #[command(flatten)]
    pub remote: Remote,
}

/// Options of `concord proxy revoke`.
#[derive(Debug, clap::Args)]
pub struct RevokeArgs {
    /// The ballot's number.
    #[arg(value_parser = clap::value_parser!(u64).range(1..=server::extract::MAX_NUMBER))]
    pub ballot: u64,
    /// The member state that gave it [default: your own].
    #[arg(long, value_name = "ISO3")]
    pub from: Option<String>,
    #[command(flatten)]
    pub remote: Remote,
}

impl ProxyCommand {
    /// Runs the subcommand.
    pub fn run(self) -> Result<(), Failure> {
        block_on(async move {
            let (remote, ballot, from, to) = match &self {
                ProxyCommand::Give(args) => (&args.remote, args.ballot, &args.from, Some(args.to.to_ascii_uppercase())),
                ProxyCommand::Revoke(args) => (&args.remote, args.ballot, &args.from, None),
            };
            let (server, token) = remote.acting()?;
            let from = match from {
                Some(from) => from.to_ascii_uppercase(),
                None => remote.own_member(&server, &token, "--from").await?,
            };
            let (path, body) = match &to {
                Some(to) => (format!("api/v1/ballots/{ballot}/proxies"), json!({"from": from, "to": to})),
                None => (format!("api/v1/ballots/{ballot}/proxies/revoke"), json!({"from": from})),
            };
            let answer = server.send_json(&path, &token, &body).await?;
            remote.print(&answer, |_| match &to {
                Some(to) => format!("{from} gave its proxy on ballot {ballot} to {to}"),
                None => format!("{from} took its proxy on ballot {ballot} back"),
            });
            Ok(())
        })?
    }
}
