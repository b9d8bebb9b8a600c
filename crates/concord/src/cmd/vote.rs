//! `concord vote BALLOT --member ISO3 --choice C --key FILE`: a vote
//! signed here, with the delegation's private key, and sent to a server
//! (`--url`, `CONCORD_TOKEN`). The server never sees the private key: it
//! checks the signature against the delegation's registered verifier key.
//!
//! The vote's `seq` is asked of the server first (`GET
//! /api/v1/ballots/{id}/seq/{iso3}`), so a signed vote cannot be replayed.

use std::path::PathBuf;

use anyhow::anyhow;
use domain::decision::{Choice, VotePayload};
use domain::member::Iso3;
use serde_json::json;

use super::http::Remote;
use super::key::read_signer;
use super::{Failure, bad_input, block_on, failed};

/// Options of `concord vote`.
#[derive(Debug, clap::Args)]
pub struct VoteArgs {
    /// The ballot's number.
    #[arg(value_parser = clap::value_parser!(u64).range(1..=server::extract::MAX_NUMBER))]
    pub ballot: u64,
    /// The member state voting (on a proxy vote, the proxy holder).
    #[arg(long, value_name = "ISO3")]
    pub member: String,
    /// yes, no or abstain.
    #[arg(long)]
    pub choice: String,
    /// The delegation's private key (FILE of `concord key generate`).
    #[arg(long, value_name = "FILE")]
    pub key: PathBuf,
    /// Vote for this member state, whose proxy --member holds.
    #[arg(long, value_name = "ISO3")]
    pub proxy_for: Option<String>,
    #[command(flatten)]
    pub remote: Remote,
}

fn code(option: &str, text: &str) -> Result<Iso3, Failure> {
    text.to_ascii_uppercase().parse().map_err(|err: String| bad_input(anyhow!("{option}: {err}")))
}

/// Runs `concord vote`.
pub fn run(args: VoteArgs) -> Result<(), Failure> {
    block_on(async move {
        let member = code("--member", &args.member)?;
        let proxy_for = args.proxy_for.as_deref().map(|t| code("--proxy-for", t)).transpose()?;
        let choice: Choice = args.choice.parse().map_err(|err: String| bad_input(anyhow!("--choice: {err}")))?;
        let signer = read_signer(&args.key)?;
        let (server, token) = args.remote.acting()?;
        let seq = server.get_json_as(&format!("api/v1/ballots/{}/seq/{member}", args.ballot), Some(&token)).await?;
        let seq = seq["next"].as_u64().ok_or_else(|| failed(anyhow!("the server answered no seq")))?;
        let payload = VotePayload { ballot: args.ballot, member, choice, seq, proxy_for };
        let signature = payload.sign(&signer);
        let mut body = json!({
            "member": member.to_string(),
            "choice": choice.code(),
            "seq": seq,
            "signature": {"key": signature.key, "sig": signature.sig},
        });
        if let Some(represented) = proxy_for {
            body["proxy_for"] = json!(represented.to_string());
        }
        let answer = server.send_json(&format!("api/v1/ballots/{}/votes", args.ballot), &token, &body).await?;
        args.remote.print(&answer, |a| {
            let whose = proxy_for.map_or_else(|| member.to_string(), |p| format!("{p} (by proxy, signed by {member})"));
            format!("{whose} voted {} on ballot {}: log entry {}", choice.code(), args.ballot, a["index"])
        });
        Ok(())
    })?
}
