//! `concord mirror --from URL --key VKEY`: a read-only mirror of a hub's
//! log. It follows the hub through its tiles (`federation::follower`),
//! checking every checkpoint's signature and consistency, replays the
//! entries into its own projections and serves the same public pages, API
//! and log; compares checkpoints with its peers (`federation::gossip`);
//! and, with `--witness`, cosigns the hub's checkpoints as a C2SP
//! tlog-witness.

use std::sync::Arc;
use std::time::Duration;

use anyhow::anyhow;
use federation::fetch::Remote;
use federation::follower::Follower;
use federation::gossip::Gossip;
use ledger::Verifier;
use server::AppState;
use server::federation::{Node, NodeRole, WitnessRole};
use store::Store;

use super::serving::HttpArgs;
use super::store_args::MirrorStoreArgs;
use super::{Failure, bad_input, block_on};

/// The witness key's name when `--witness-name` is not given.
pub const DEFAULT_WITNESS_NAME: &str = "witness.concord.localhost";

/// Options of `concord mirror`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The hub's base URL, e.g. `https://concord.example`.
    #[arg(long, value_name = "URL")]
    pub from: String,
    /// The log's verifier key (name+id+key), as the organization publishes
    /// it: every checkpoint the hub serves must verify with it.
    #[arg(long, value_name = "VKEY")]
    pub key: String,
    #[command(flatten)]
    pub http: HttpArgs,
    #[command(flatten)]
    pub store: MirrorStoreArgs,
    /// Another node to compare checkpoints with (GET
    /// /log/checkpoints/seen), to catch a hub that shows different logs to
    /// different nodes; repeat for several.
    #[arg(long = "peer", value_name = "URL")]
    pub peers: Vec<String>,
    /// Also act as a C2SP tlog-witness of the hub's log: cosign its
    /// checkpoints at POST /witness/add-checkpoint, with the key
    /// witness.key in the data directory (made on first use).
    #[arg(long)]
    pub witness: bool,
    /// The name of a new witness key: a schema-less URL naming this node,
    /// e.g. witness.ministry.example (used when the key is made; the
    /// key keeps its name after).
    #[arg(long, default_value = DEFAULT_WITNESS_NAME, value_name = "NAME")]
    pub witness_name: String,
    /// Seconds between two rounds of following (decimals allowed).
    #[arg(long, default_value_t = 2.0, value_name = "SECONDS")]
    pub poll: f64,
    /// Tiles fetched from the hub at the same time.
    #[arg(long, default_value_t = 8, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=256))]
    pub parallel: u64,
}

/// The longest poll interval accepted.
const MAX_POLL_SECONDS: f64 = 3_600.0;

/// Follows the hub and serves until Ctrl-C or SIGTERM.
pub fn run(args: Args) -> Result<(), Failure> {
    let key = Verifier::parse(args.key.trim())
        .map_err(|err| bad_input(anyhow!("--key is not a verifier key (name+id+key): {err}")))?;
    let hub = Remote::new(&args.from).map_err(|err| bad_input(anyhow!("--from: {err}")))?;
    let peers = args
        .peers
        .iter()
        .map(|peer| Remote::new(peer).map_err(|err| bad_input(anyhow!("--peer: {err}"))))
        .collect::<Result<Vec<_>, _>>()?;
    let poll = poll_interval(args.poll)?;
    args.http.prepare();
    block_on(async {
        let store = Store::open_mirror(&args.store.config(&key.to_string())).await?;
        let witness = match args.witness {
            true => Some(store::federation::witness_key(&args.store.dir.data_dir, &args.witness_name)?),
            false => None,
        };
        let listeners = args.http.bind().await?;
        let (log_size, _) = store.log_sizes().await?;
        let line = listeners.serving_line(&args.store.describe(), log_size, store.origin());
        println!("{line}, a read-only mirror of {}", hub.url());
        if let Some(cosigner) = &witness {
            println!("Witnessing the hub's log with the key {}", cosigner.verifier());
        }
        let stopped = federation::evidence::is_stopped(&store).await?;
        if stopped {
            println!(
                "Not following {}: this node keeps evidence that the log key signed two histories \
                 (see /api/v1/federation/evidence); it serves what it holds",
                hub.url()
            );
        }

        let mut state = AppState::new(store.clone());
        state.node = Arc::new(Node {
            role: NodeRole::Mirror { hub_url: hub.url().to_owned() },
            witness: witness.map(|cosigner| WitnessRole { cosigner, logs: vec![key.clone()] }),
            peers: peers.iter().map(|peer| peer.url().to_owned()).collect(),
            policy: None,
        });
        let gossip = Gossip {
            peers,
            store: store.clone(),
            key: key.clone(),
            hub_url: hub.url().to_owned(),
            interval: gossip_interval(poll),
        };
        let follower = Follower::new(hub, key, store, args.parallel as usize, poll);
        let tasks = [tokio::spawn(follower.run()), tokio::spawn(gossip.run())];
        let served = listeners.serve(state).await;
        for task in tasks {
            task.abort();
        }
        served
    })?
}

/// `--poll` as a duration: positive, at most an hour.
fn poll_interval(seconds: f64) -> Result<Duration, Failure> {
    if !(seconds > 0.0 && seconds <= MAX_POLL_SECONDS) {
        return Err(bad_input(anyhow!(
            "--poll must be more than 0 and at most {MAX_POLL_SECONDS} seconds, not {seconds}"
        )));
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// Gossip every five polls, at most every 10 seconds (never more often
/// than the poll).
fn gossip_interval(poll: Duration) -> Duration {
    poll.saturating_mul(5).min(Duration::from_secs(10)).max(poll)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_poll_is_positive_and_at_most_an_hour() {
        assert_eq!(poll_interval(0.2).unwrap(), Duration::from_millis(200));
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY, 3_601.0] {
            assert!(poll_interval(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn gossip_runs_every_five_polls_within_bounds() {
        assert_eq!(gossip_interval(Duration::from_millis(200)), Duration::from_secs(1));
        assert_eq!(gossip_interval(Duration::from_secs(5)), Duration::from_secs(10));
        assert_eq!(gossip_interval(Duration::from_secs(60)), Duration::from_secs(60));
    }
}
