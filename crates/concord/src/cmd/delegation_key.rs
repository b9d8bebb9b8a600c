//! `concord delegation key register | rotate | revoke`: a head of
//! delegation manages the key the delegation signs its votes with,
//! through a server (`--url`, `CONCORD_TOKEN`).
//!
//! The member state is `--member`, or else the caller's own, as `GET
//! /api/v1/accounts/me` names it (a token then needs the scope
//! `read_own_account`; otherwise pass `--member`).

use std::path::PathBuf;

use serde_json::json;

use super::http::Remote;
use super::key::read_verifier;
use super::{Failure, block_on};

/// The `delegation key` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum KeyCommand {
    /// Register the delegation's own verifier key (a key the server kept
    /// for it is revoked).
    Register(KeyArgs),
    /// Replace the delegation's valid key with a new one.
    Rotate(KeyArgs),
    /// Revoke the delegation's valid key.
    Revoke(RevokeArgs),
}

/// Options of `register` and `rotate`.
#[derive(Debug, clap::Args)]
pub struct KeyArgs {
    /// The verifier key file (FILE.pub of `concord key generate`).
    #[arg(long, value_name = "FILE.pub")]
    pub key: PathBuf,
    /// The member state (ISO 3166-1 alpha-3) [default: your own].
    #[arg(long, value_name = "ISO3")]
    pub member: Option<String>,
    #[command(flatten)]
    pub remote: Remote,
}

/// Options of `revoke`.
#[derive(Debug, clap::Args)]
pub struct RevokeArgs {
    /// Why, for the public record.
    #[arg(long, default_value = "")]
    pub reason: String,
    /// The member state (ISO 3166-1 alpha-3) [default: your own].
    #[arg(long, value_name = "ISO3")]
    pub member: Option<String>,
    #[command(flatten)]
    pub remote: Remote,
}

impl KeyCommand {
    /// Runs the subcommand.
    pub fn run(self) -> Result<(), Failure> {
        block_on(async move {
            let (remote, member, path, body, what) = match &self {
                KeyCommand::Register(args) => {
                    let key = read_verifier(&args.key)?;
                    (&args.remote, &args.member, "keys", json!({"key": key}), "registered")
                }
                KeyCommand::Rotate(args) => {
                    let key = read_verifier(&args.key)?;
                    (&args.remote, &args.member, "keys/rotate", json!({"key": key}), "rotated")
                }
                KeyCommand::Revoke(args) => {
                    (&args.remote, &args.member, "keys/revoke", json!({"reason": args.reason}), "revoked")
                }
            };
            let (server, token) = remote.acting()?;
            let member = match member {
                Some(member) => member.to_ascii_uppercase(),
                None => remote.own_member(&server, &token, "--member").await?,
            };
            let answer = server.send_json(&format!("api/v1/delegations/{member}/{path}"), &token, &body).await?;
            remote.print(&answer, |a| {
                let indexes: Vec<String> = a["indexes"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|i| i.as_u64().unwrap_or(0).to_string())
                    .collect();
                format!("{member}: key {what} (log entries {})", indexes.join(", "))
            });
            Ok(())
        })?
    }
}
