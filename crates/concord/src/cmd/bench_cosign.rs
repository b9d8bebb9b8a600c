//! `concord bench cosign --witnesses N`: the time of one round of the
//! hub's cosignature collector: N witnesses asked in parallel over HTTP on
//! loopback (C2SP tlog-witness), each checking the consistency proof from
//! the size it last cosigned, storing the checkpoint and cosigning it, and
//! the cosignatures checked against a policy that needs them all. Each
//! witness is an in-process server with a store of its own (SQLite).

use std::time::Instant;

use anyhow::anyhow;
use federation::collector::Collector;
use hdrhistogram::Histogram;
use ledger::{Cosigner, Policy, Threshold};
use server::AppState;
use server::federation::{Node, WitnessRole};

use super::bench::{local_node, scratch_store};
use super::bench_append::append;
use super::plural::count;
use super::{Failure, block_on, failed};

/// Options of `concord bench cosign`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Witnesses asked in each round (the policy needs every one).
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u64).range(1..=64))]
    pub witnesses: u64,
    /// Rounds measured, each for a new checkpoint.
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub rounds: u64,
    /// Entries appended before each new checkpoint.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub entries: u64,
}

/// Runs the benchmark and prints the round times.
pub fn run(args: Args) -> Result<(), Failure> {
    block_on(async {
        let (hub, hub_scratch) = scratch_store(None).await?;
        let mut policy = Policy::new();
        let bad_policy = |err: ledger::Error| failed(anyhow!("cannot make the policy: {err}"));
        policy.add_log(hub.verifier().clone(), None).map_err(bad_policy)?;
        let mut names = Vec::new();
        let mut kept = Vec::new();
        for n in 1..=args.witnesses {
            let (store, scratch) = scratch_store(None).await?;
            let name = format!("w{n}");
            let cosigner =
                Cosigner::new(&format!("{name}.bench.concord.localhost"), &[n as u8; 32]).map_err(bad_policy)?;
            let url = format!("{}/witness", local_node(witness_state(store, cosigner.clone(), &hub)).await?);
            policy.add_witness(&name, cosigner.verifier(), Some(&url)).map_err(bad_policy)?;
            names.push(name);
            kept.push(scratch);
        }
        let members: Vec<&str> = names.iter().map(String::as_str).collect();
        policy.add_group("all", Threshold::All, &members).map_err(bad_policy)?;
        policy.set_quorum("all").map_err(bad_policy)?;
        let mut collector = Collector::new(hub.clone(), policy).map_err(|err| failed(anyhow!("{err}")))?;
        let mut rounds = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).expect("the bounds are valid");
        let started = Instant::now();
        for _ in 0..args.rounds {
            append(&hub, args.entries, 1).await?;
            hub.sign_checkpoint().await?;
            let (size, note) = hub.signed_checkpoint().await?;
            let round = collector.round(size, &note).await?;
            if !round.quorum_met {
                return Err(failed(anyhow!("the round at size {size} missed the quorum: {:?}", round.failed)));
            }
            rounds.saturating_record(round.elapsed.as_micros() as u64);
        }
        let ms = |q: f64| rounds.value_at_quantile(q) as f64 / 1000.0;
        println!(
            "{} of {} (a new checkpoint every {}) in {:.2} s: round p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms \
             (in parallel over HTTP on loopback; each witness checks a consistency proof and stores the checkpoint \
             on SQLite)",
            count(args.rounds, "cosignature round", "cosignature rounds"),
            count(args.witnesses, "witness", "witnesses"),
            count(args.entries, "entry", "entries"),
            started.elapsed().as_secs_f64(),
            ms(0.5),
            ms(0.9),
            ms(0.99),
            rounds.max() as f64 / 1000.0
        );
        drop(hub);
        hub_scratch.clean_up().await;
        for scratch in kept {
            scratch.clean_up().await;
        }
        Ok(())
    })?
}

/// A node of `store` witnessing the log of `hub` with `cosigner`.
fn witness_state(store: store::Store, cosigner: Cosigner, hub: &store::Store) -> AppState {
    let role = WitnessRole { cosigner, logs: vec![hub.verifier().clone()] };
    AppState::new(store).with_node(Node { witness: Some(role), ..Node::default() })
}
