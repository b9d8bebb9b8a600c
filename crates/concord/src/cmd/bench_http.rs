//! `concord bench members` and `concord bench sign-in`: latency and
//! throughput of HTTP requests under concurrent clients.

use std::time::Instant;

use anyhow::anyhow;
use hdrhistogram::Histogram;
use reqwest::{Client, RequestBuilder};

use super::bench::{local_server, scratch_store};
use super::plural::count;
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

/// Options of `concord bench sign-in`.
#[derive(Debug, clap::Args)]
pub struct SignInArgs {
    /// Concurrent clients.
    #[arg(long, default_value_t = 8)]
    pub clients: u64,
    /// Sign-ins in all.
    #[arg(long, default_value_t = 400)]
    pub requests: u64,
}

/// GETs the path and prints percentiles.
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
        let report = measure(args.clients, args.requests, move |client, _, _| client.get(&url)).await?;
        println!("GET {} x {}: {report}", args.path, count(args.requests, "request", "requests"));
        Ok(())
    })?
}

/// Signs in with a password (argon2id at the server's cost) and prints
/// sign-ins per second.
pub fn run_sign_in(args: SignInArgs) -> Result<(), Failure> {
    block_on(async {
        let (store, _scratch) = scratch_store(None).await?;
        let password = "a benchmark passphrase";
        server::auth::admin::ensure_admin(&store, Some(password)).await.map_err(|err| failed(anyhow!("{err}")))?;
        let url = format!("{}/api/v1/session", local_server(store).await?);
        let body = serde_json::json!({"username": "admin", "password": password}).to_string();
        let report = measure(args.clients, args.requests, move |client, _, _| {
            client.post(&url).header("content-type", "application/json").body(body.clone())
        })
        .await?;
        println!("POST /api/v1/session x {} (argon2id m=19456 KiB, t=2, p=1): {report}", args.requests);
        Ok(())
    })?
}

/// Sends `requests` requests from `clients` concurrent clients; each must
/// succeed. `make` builds a request from the client's number and the
/// number of the request within that client's share. Returns a line with
/// the rate and latency percentiles.
pub(super) async fn measure<F>(clients: u64, requests: u64, make: F) -> Result<String, Failure>
where
    F: Fn(&Client, u64, u64) -> RequestBuilder + Clone + Send + 'static,
{
    let client = Client::new();
    let clients = clients.clamp(1, requests.max(1));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let (client, make) = (client.clone(), make.clone());
        let share = requests / clients + u64::from(c < requests % clients);
        tasks.push(tokio::spawn(async move {
            let mut latencies = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).expect("the bounds are valid");
            for k in 0..share {
                let sent = Instant::now();
                let response = make(&client, c, k).send().await.map_err(|err| anyhow!("{err}"))?;
                let status = response.status();
                response.bytes().await.map_err(|err| anyhow!("{err}"))?;
                if !status.is_success() {
                    return Err(anyhow!("the server answered {status}"));
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
    Ok(format!(
        "{:.0} requests/s from {}; latency p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        requests as f64 / seconds,
        count(clients, "client", "clients"),
        ms(0.5),
        ms(0.9),
        ms(0.99),
        all.max() as f64 / 1000.0
    ))
}
