//! `concord bench members`: latency of the member directory under load.

use std::time::Instant;

use anyhow::anyhow;
use hdrhistogram::Histogram;

use super::bench::{local_server, scratch_store};
use super::{Failure, block_on, failed};

/// Options of `concord bench members`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A running server to measure; without it, one is started on a new
    /// SQLite data directory.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Concurrent clients.
    #[arg(long, default_value_t = 100)]
    pub clients: u64,
    /// Requests in all.
    #[arg(long, default_value_t = 20_000)]
    pub requests: u64,
    /// The path requested.
    #[arg(long, default_value = "/api/v1/members")]
    pub path: String,
}

/// Sends the requests and prints percentiles.
pub fn run(args: Args) -> Result<(), Failure> {
    block_on(async {
        let (base, _scratch) = match &args.url {
            Some(url) => (url.trim_end_matches('/').to_owned(), None),
            None => {
                let (store, scratch) = scratch_store(None).await?;
                (local_server(store).await?, Some(scratch))
            }
        };
        let url = format!("{base}{}", args.path);
        let client = reqwest::Client::new();
        let clients = args.clients.clamp(1, args.requests.max(1));
        let started = Instant::now();
        let mut tasks = Vec::new();
        for c in 0..clients {
            let (client, url) = (client.clone(), url.clone());
            let share = args.requests / clients + u64::from(c < args.requests % clients);
            tasks.push(tokio::spawn(async move {
                let mut latencies = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).expect("the bounds are valid");
                for _ in 0..share {
                    let sent = Instant::now();
                    let response = client.get(&url).send().await.map_err(|err| anyhow!("{url}: {err}"))?;
                    let status = response.status();
                    response.bytes().await.map_err(|err| anyhow!("{url}: {err}"))?;
                    if !status.is_success() {
                        return Err(anyhow!("{url} answered {status}"));
                    }
                    latencies.saturating_record(sent.elapsed().as_micros() as u64);
                }
                Ok(latencies)
            }));
        }
        let mut all = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).expect("the bounds are valid");
        for task in tasks {
            let latencies = task.await.map_err(|err| failed(anyhow!("a client failed: {err}")))?.map_err(failed)?;
            all.add(latencies).map_err(|err| failed(anyhow!("{err}")))?;
        }
        let seconds = started.elapsed().as_secs_f64();
        let ms = |q: f64| all.value_at_quantile(q) as f64 / 1000.0;
        println!(
            "GET {} x {} from {clients} clients: {:.0} requests/s; latency p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
            args.path,
            args.requests,
            args.requests as f64 / seconds,
            ms(0.5),
            ms(0.9),
            ms(0.99),
            all.max() as f64 / 1000.0
        );
        Ok(())
    })?
}
