//! `concord bench recount`: `concord recount --all` on a log of many
//! closed ballots, each member state voting with its own key. The log is
//! served on a local port and read back from its tiles, verified as
//! `concord verify` verifies it, then recounted (every vote's rules asked
//! again, every signature verified in batches, every tally recomputed).

use std::sync::Arc;
use std::time::Instant;

use anyhow::anyhow;
use domain::authz::{Caller, Scope};
use domain::decision::{BallotProcedure, Choice, DecisionCommand, NewBallot, SignedVote, VotePayload};
use domain::lang::Lang;
use domain::member::{Iso3, MemberStatus};
use domain::people::DelegationRole;
use domain::{Actor, Command};
use futures::{StreamExt, TryStreamExt, stream};
use store::Store;

use super::bench::{local_server, scratch_store};
use super::plural::count;
use super::recount::Replay;
use super::{Failure, block_on, failed, verify};

/// Options of `concord bench recount`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Closed ballots in the log.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub ballots: u64,
    /// Votes on each ballot, one per member state (each with its own key).
    #[arg(long, default_value_t = 193, value_parser = clap::value_parser!(u64).range(1..=193))]
    pub votes_per_ballot: u64,
    /// Tiles fetched at the same time.
    #[arg(long, default_value_t = 8)]
    pub parallel: usize,
}

/// Builds the log, serves it, and times the recount.
pub fn run(args: Args) -> Result<(), Failure> {
    block_on(async {
        let (store, scratch) = scratch_store(None).await?;
        let started = Instant::now();
        build(&store, args.ballots, args.votes_per_ballot).await?;
        store.sign_checkpoint().await?;
        eprintln!(
            "built a log of {} in {:.1} s",
            count(store.status().await?.log_size, "entry", "entries"),
            started.elapsed().as_secs_f64()
        );
        let url = local_server(store.clone()).await?;
        let source =
            verify::Source { url, key: Some(store.verifier_key().to_owned()), parallel: args.parallel, state: None };

        // `verify` alone first: what the recount adds to it.
        let started = Instant::now();
        verify::verify(&source).await?;
        let verified = started.elapsed().as_secs_f64();

        let started = Instant::now();
        let mut replay = Replay::default();
        let summary = verify::read(&source.url, source.key.as_deref(), source.parallel, |e| replay.push(&e)).await?;
        let read = started.elapsed().as_secs_f64();
        let votes = replay.votes;
        let report = replay.finish()?;
        let seconds = started.elapsed().as_secs_f64();
        if !report.holds() {
            return Err(failed(anyhow!("the benchmark's own log does not recount: {:?}", report.ballots)));
        }
        println!(
            "recounted {} of {} ({}) from the served tiles over HTTP in {seconds:.2} s: {:.0} signatures/s \
             ({read:.2} s to fetch, verify and replay the log while signatures are verified in batches, {:.2} s \
             for the last batches; `verify` alone: {verified:.2} s; {} threads)",
            count(report.ballots.len() as u64, "ballot", "ballots"),
            count(summary.entries, "entry", "entries"),
            count(votes, "signed vote", "signed votes"),
            votes as f64 / seconds.max(1e-9),
            seconds - read,
            rayon::current_num_threads()
        );
        drop(store);
        scratch.clean_up().await;
        Ok(())
    })?
}

/// A secretariat, a head of delegation with its own key for each of the
/// first `voters` member states, `ballots` ballots opened, every member
/// voting on each, and all closed.
async fn build(store: &Store, ballots: u64, voters: u64) -> Result<(), Failure> {
    let system = Caller::system();
    let actor = |text: String| Actor::try_from(text).map_err(|err| failed(anyhow!(err)));
    let secretariat = Caller::new(actor("sec.bench".into())?, Scope::Full);
    store.submit(system.clone(), Command::AppointSecretariat { handle: secretariat.actor.clone() }).await?;

    let members = domain::member::un_members().map_err(|err| failed(anyhow!("{err}")))?;
    let members: Vec<Iso3> =
        members.iter().filter(|m| m.status == MemberStatus::Member).map(|m| m.iso3).take(voters as usize).collect();
    let mut heads = Vec::new();
    for (i, member) in members.iter().enumerate() {
        let head = Caller::new(actor(format!("del.bench{}", member.to_string().to_lowercase()))?, Scope::Full);
        let add =
            Command::AddDelegationMember { member: *member, handle: head.actor.clone(), role: DelegationRole::Head };
        store.submit(system.clone(), add).await?;
        let mut seed = [7u8; 32];
        seed[..8].copy_from_slice(&(i as u64).to_le_bytes());
        let signer = ledger::Signer::new(&format!("bench-{member}"), &seed).map_err(|err| failed(anyhow!("{err}")))?;
        let register = DecisionCommand::RegisterKey { member: *member, key: signer.verifier().to_string() };
        store.submit(head.clone(), Command::Decision(register)).await?;
        heads.push((*member, head, signer));
    }

    let opens = (1..=ballots).map(|ballot| {
        DecisionCommand::OpenBallot(NewBallot {
            title: [(Lang::En, format!("Benchmark ballot {ballot}"))].into(),
            document: None,
            closes: None,
            procedure: BallotProcedure::Type("substantive".into()),
        })
    });
    submit_all(store, &secretariat, opens).await?;

    let progress = indicatif::ProgressBar::new(ballots * voters);
    progress.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} votes, {per_sec}, {eta} left")
            .map_err(|err| failed(anyhow!("{err}")))?,
    );
    let heads = Arc::new(heads);
    let mut tasks = Vec::new();
    for voter in 0..heads.len() {
        let (store, heads, progress) = (store.clone(), heads.clone(), progress.clone());
        tasks.push(tokio::spawn(async move {
            let (member, head, signer) = &heads[voter];
            for ballot in 1..=ballots {
                // Two thirds yes, one sixth no, one sixth abstaining.
                let choice = match (voter as u64 + ballot) % 6 {
                    0 => Choice::No,
                    1 => Choice::Abstain,
                    _ => Choice::Yes,
                };
                let payload = VotePayload { ballot, member: *member, choice, seq: 1, proxy_for: None };
                let vote = SignedVote { payload, signature: payload.sign(signer) };
                store.submit(head.clone(), Command::Decision(DecisionCommand::Vote(vote))).await?;
                progress.inc(1);
            }
            Ok::<_, Failure>(())
        }));
    }
    for task in tasks {
        task.await.map_err(|err| failed(anyhow!("a voter failed: {err}")))??;
    }
    progress.finish_and_clear();

    submit_all(store, &secretariat, (1..=ballots).map(|ballot| DecisionCommand::CloseBallot { ballot })).await
}

/// Submits `commands` as `caller`, many at a time (committed together).
async fn submit_all(
    store: &Store,
    caller: &Caller,
    commands: impl Iterator<Item = DecisionCommand>,
) -> Result<(), Failure> {
    stream::iter(commands.map(|command| store.submit(caller.clone(), Command::Decision(command))))
        .buffer_unordered(64)
        .try_for_each(|_| async { Ok(()) })
        .await?;
    Ok(())
}
