//! `concord bench ballot-votes`: signed ballot votes accepted per second
//! over HTTP (`POST /api/v1/ballots/1/votes`), the server checking each
//! Ed25519 signature against the delegation's registered key before
//! accepting. Each of the 193 member states has a head with an API token
//! and a key of its own; the heads vote at once, each changing its vote
//! with the next `seq` (the last vote counts). The votes are signed before
//! the clock starts; the load generator runs in the same process as the
//! server, on the same cores.

use std::sync::Arc;

use anyhow::anyhow;
use domain::authz::{Action, Caller, Scope};
use domain::decision::{BallotProcedure, Choice, DecisionCommand, NewBallot, VotePayload};
use domain::lang::Lang;
use domain::people::DelegationRole;
use domain::{Actor, Command};

use super::bench::{local_server, scratch_store};
use super::bench_http::{Planned, measure};
use super::plural::count;
use super::{Failure, block_on, failed};

/// Options of `concord bench ballot-votes`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Votes in all, spread over the 193 member states.
    #[arg(long, default_value_t = 20_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
    pub votes: u64,
    /// A PostgreSQL URL to measure on (a scratch schema); SQLite without.
    #[arg(long, value_name = "URL")]
    pub database_url: Option<String>,
}

/// Runs the benchmark.
pub fn run(args: Args) -> Result<(), Failure> {
    block_on(async {
        let (store, _scratch) = scratch_store(args.database_url.as_deref()).await?;
        let members: Vec<_> = domain::member::un_members()
            .map_err(|err| failed(anyhow!("{err}")))?
            .into_iter()
            .filter(|m| m.votes())
            .collect();
        let voters = members.len() as u64;
        let open = NewBallot {
            title: [(Lang::En, "Bench".to_owned())].into(),
            document: None,
            closes: None,
            procedure: BallotProcedure::Type("substantive".into()),
        };
        store.submit(Caller::system(), Command::Decision(DecisionCommand::OpenBallot(open))).await?;
        let mut tokens = Vec::with_capacity(members.len());
        let mut bodies: Vec<Vec<String>> = Vec::with_capacity(members.len());
        for (i, member) in members.iter().enumerate() {
            let handle = Actor::try_from(format!("del.bench{i:03}")).map_err(|err| failed(anyhow!(err)))?;
            let role = DelegationRole::Head;
            store
                .submit(
                    Caller::system(),
                    Command::AddDelegationMember { member: member.iso3, handle: handle.clone(), role },
                )
                .await?;
            let account = store::access::NewAccount {
                handle: handle.clone(),
                username: format!("bench-{i}"),
                display_name: format!("Head {}", member.iso3),
                email: None,
                password_hash: "none".into(),
            };
            store.create_account(&account).await?;
            let expires = store::access::now_millis() + 3_600_000;
            tokens.push(store.create_token(&handle, "bench", &[Action::CastVote], expires).await?.0);
            let signer = ledger::Signer::new(
                &format!("bench-{}", member.iso3.as_str().to_ascii_lowercase()),
                &[u8::try_from(i % 251).unwrap_or(0) + 1; 32],
            )
            .map_err(|err| failed(anyhow!("{err}")))?;
            let key = signer.verifier().to_string();
            let caller = Caller::new(handle, Scope::Full);
            store.submit(caller, Command::Decision(DecisionCommand::RegisterKey { member: member.iso3, key })).await?;
            let share = args.votes / voters + u64::from((i as u64) < args.votes % voters);
            bodies.push(
                (0..share)
                    .map(|k| {
                        let choice = [Choice::Yes, Choice::No, Choice::Abstain][((i as u64 + k) % 3) as usize];
                        let payload =
                            VotePayload { ballot: 1, member: member.iso3, choice, seq: k + 1, proxy_for: None };
                        let signature = payload.sign(&signer);
                        serde_json::json!({
                            "member": member.iso3.as_str(),
                            "choice": choice.code(),
                            "seq": k + 1,
                            "signature": {"key": signature.key, "sig": signature.sig},
                        })
                        .to_string()
                    })
                    .collect(),
            );
        }
        let (tokens, bodies) = (Arc::new(tokens), Arc::new(bodies));
        let base = local_server(store.clone()).await?;
        let report = measure(&base, voters, args.votes, move |voter, k| {
            Planned::post_json("/api/v1/ballots/1/votes", bodies[voter as usize][k as usize].clone())
                .bearer(&tokens[voter as usize])
        })
        .await?;
        let recorded = store.ballot(1).await?.ok_or_else(|| failed(anyhow!("the ballot is gone")))?.votes;
        println!(
            "POST /api/v1/ballots/1/votes x {} ({} recorded, signatures checked, {}): {report}",
            count(args.votes, "signed vote", "signed votes"),
            recorded,
            if args.database_url.is_some() { "PostgreSQL" } else { "SQLite" },
        );
        Ok(())
    })?
}
