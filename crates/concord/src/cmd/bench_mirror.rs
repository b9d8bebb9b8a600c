//! `concord bench mirror`: how fast a fresh mirror catches up with a hub
//! over HTTP (entries per second), or, with `--rate`, how long a hub's
//! write takes to reach a following mirror (the lag's percentiles).

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use anyhow::anyhow;
use domain::Command;
use domain::authz::Caller;
use domain::lang::Lang;
use federation::fetch::Remote;
use federation::follower::{Follower, Step};
use hdrhistogram::Histogram;
use ledger::Verifier;
use store::Store;

use super::bench::{local_server, scratch_store};
use super::bench_append::append;
use super::plural::count;
use super::{Failure, block_on, failed};

/// Options of `concord bench mirror`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Entries in the hub's log that the mirror catches up with.
    #[arg(long, default_value_t = 1_000_000)]
    pub entries: u64,
    /// Tiles fetched at the same time.
    #[arg(long, default_value_t = 8)]
    pub parallel: usize,
    /// Entry bundles (of 256 entries) appended in one transaction.
    #[arg(long, default_value_t = federation::follower::WINDOW)]
    pub window: usize,
    /// Instead of catching up: write this many events per second on the hub
    /// and measure how long each takes to reach the following mirror.
    #[arg(long, value_name = "R")]
    pub rate: Option<u64>,
    /// How long to write at --rate.
    #[arg(long, default_value_t = 10, value_name = "S")]
    pub seconds: u64,
    /// The mirror's poll interval at --rate, in seconds.
    #[arg(long, default_value_t = 0.1, value_name = "SECONDS")]
    pub poll: f64,
}

/// Runs the chosen measurement.
pub fn run(args: Args) -> Result<(), Failure> {
    block_on(async {
        match args.rate {
            Some(rate) => lag(&args, rate).await,
            None => catch_up(&args).await,
        }
    })?
}

/// A fresh mirror store following `hub`, in a temporary directory (kept
/// while the returned guard lives).
async fn fresh_mirror(hub: &Store) -> Result<(Store, tempfile::TempDir), Failure> {
    let dir = tempfile::tempdir().map_err(|err| failed(anyhow!("no temporary directory: {err}")))?;
    let config = store::Config { mirror_of: Some(hub.verifier_key().to_owned()), ..store::Config::new(dir.path()) };
    Ok((Store::open_mirror(&config).await?, dir))
}

fn follower(args: &Args, url: &str, hub: &Store, mirror: &Store, poll: Duration) -> Result<Follower, Failure> {
    let key = Verifier::parse(hub.verifier_key()).map_err(|err| failed(anyhow!("{err}")))?;
    let remote = Remote::new(url).map_err(failed)?;
    let mut follower = Follower::new(remote, key, mirror.clone(), args.parallel, poll);
    follower.window = args.window.max(1);
    Ok(follower)
}

/// Builds a hub log of `--entries`, serves it, and times a fresh mirror
/// catching up from zero.
async fn catch_up(args: &Args) -> Result<(), Failure> {
    let (hub, scratch) = scratch_store(None).await?;
    let founding = hub.status().await?.log_size;
    let started = Instant::now();
    append(&hub, args.entries.saturating_sub(founding), 1_000).await?;
    hub.sign_checkpoint().await?;
    let (size, _) = hub.log_sizes().await?;
    eprintln!("built a hub log of {} in {:.1} s", count(size, "entry", "entries"), started.elapsed().as_secs_f64());
    let url = local_server(hub.clone()).await?;
    let (mirror, _dir) = fresh_mirror(&hub).await?;
    let mut follower = follower(args, &url, &hub, &mirror, Duration::from_secs(1))?;
    let started = Instant::now();
    let step = follower.step().await;
    let seconds = started.elapsed().as_secs_f64();
    if step != (Step::Appended { from: 0, to: size }) {
        return Err(failed(anyhow!("the mirror did not catch up: {step:?}")));
    }
    if mirror.status().await?.state_digest != hub.status().await?.state_digest {
        return Err(failed(anyhow!("the mirror's state digest is not the hub's")));
    }
    println!(
        "a fresh mirror caught up with {} over HTTP in {seconds:.2} s: {:.0} entries/s \
         (every leaf hash, window root and checkpoint checked; projections replayed; SQLite; \
         {} fetched at a time, {} per transaction)",
        count(size, "entry", "entries"),
        size as f64 / seconds,
        count(args.parallel as u64, "tile", "tiles"),
        count(args.window as u64 * 256, "entry", "entries"),
    );
    scratch.clean_up().await;
    Ok(())
}

/// Writes `rate` events per second on a served hub for `--seconds` while a
/// mirror follows it, and reports how long each write took to reach the
/// mirror.
async fn lag(args: &Args, rate: u64) -> Result<(), Failure> {
    if !(args.poll > 0.0 && args.poll <= 60.0) || rate == 0 {
        return Err(super::bad_input(anyhow!("--rate must be positive and --poll within (0, 60] seconds")));
    }
    let (hub, scratch) = scratch_store(None).await?;
    let url = local_server(hub.clone()).await?;
    let (mirror, _dir) = fresh_mirror(&hub).await?;
    let poll = Duration::from_secs_f64(args.poll);
    let mut follower = follower(args, &url, &hub, &mirror, poll)?;
    if !matches!(follower.step().await, Step::Appended { .. } | Step::UpToDate { .. }) {
        return Err(failed(anyhow!("the mirror cannot follow the hub")));
    }
    let following = tokio::spawn(follower.run());

    let blob = hub.put_blob(b"A benchmark document.", "text/plain; charset=utf-8").await?;
    let writes = u64::try_from(u128::from(rate) * u128::from(args.seconds)).unwrap_or(u64::MAX);
    let writer = {
        let hub = hub.clone();
        tokio::spawn(async move {
            let mut written = BTreeMap::new();
            let mut ticks = tokio::time::interval(Duration::from_secs_f64(1.0 / rate as f64));
            for i in 0..writes {
                ticks.tick().await;
                let command =
                    Command::PublishDocument { title: format!("Lag {i}"), language: Lang::En, blob: blob.clone() };
                let receipt = hub.submit(Caller::system(), command).await?;
                written.insert(receipt.indexes.start, Instant::now());
            }
            Ok::<_, store::StoreError>(written)
        })
    };
    let mut arrived: BTreeMap<u64, Instant> = BTreeMap::new();
    let (first, _) = mirror.log_sizes().await?;
    let last = first + writes;
    let deadline = Instant::now() + Duration::from_secs(args.seconds + 60);
    let mut held = first;
    while held < last && Instant::now() < deadline {
        let (size, _) = mirror.log_sizes().await?;
        let now = Instant::now();
        for index in held..size {
            arrived.insert(index, now);
        }
        held = held.max(size);
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    following.abort();
    let written = writer.await.map_err(|err| failed(anyhow!("the writer failed: {err}")))??;
    let mut lags = Histogram::<u64>::new_with_bounds(1, 600_000_000, 3).map_err(|err| failed(anyhow!("{err}")))?;
    for (index, at) in &written {
        let reached = arrived.get(index).ok_or_else(|| failed(anyhow!("entry {index} never reached the mirror")))?;
        lags.saturating_record(reached.saturating_duration_since(*at).as_micros() as u64);
    }
    let ms = |q: f64| lags.value_at_quantile(q) as f64 / 1000.0;
    println!(
        "{} written at {rate}/s on the hub reached a mirror polling every {:.2} s with a lag of \
         p50 {:.0} ms, p95 {:.0} ms, max {:.0} ms (the hub signs a checkpoint every 500 ms)",
        count(written.len() as u64, "event", "events"),
        args.poll,
        ms(0.5),
        ms(0.95),
        lags.max() as f64 / 1000.0
    );
    scratch.clean_up().await;
    Ok(())
}
