//! `concord bench members` and `concord bench sign-in`: latency and
//! throughput of HTTP requests under concurrent clients.

use std::time::Instant;

use anyhow::anyhow;
use hdrhistogram::Histogram;
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::{Method, Request, header};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

use super::bench::{local_server, scratch_store};
use super::plural::count;
use super::{Failure, block_on, failed};

/// Options of `concord bench members`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A running server to measure, over plain HTTP (`http://host:port`);
    /// without it, one is started on a new SQLite data directory.
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
        let path = args.path.clone();
        let report = measure(&base, args.clients, args.requests, move |_, _| Planned::get(&path)).await?;
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
        let base = local_server(store).await?;
        let body = serde_json::json!({"username": "admin", "password": password}).to_string();
        let report = measure(&base, args.clients, args.requests, move |_, _| {
            Planned::post_json("/api/v1/session", body.clone())
        })
        .await?;
        println!("POST /api/v1/session x {} (argon2id m=19456 KiB, t=2, p=1): {report}", args.requests);
        Ok(())
    })?
}

/// One request of a benchmark: what the load generator sends.
#[derive(Debug, Clone)]
pub(super) struct Planned {
    method: Method,
    path: String,
    bearer: Option<String>,
    json: Option<String>,
}

impl Planned {
    /// `GET path` (with its query).
    pub(super) fn get(path: &str) -> Planned {
        Planned { method: Method::GET, path: path.to_owned(), bearer: None, json: None }
    }

    /// `POST path` with a JSON body.
    pub(super) fn post_json(path: &str, json: String) -> Planned {
        Planned { method: Method::POST, path: path.to_owned(), bearer: None, json: Some(json) }
    }

    /// The same request with an API token.
    pub(super) fn bearer(mut self, token: &str) -> Planned {
        self.bearer = Some(token.to_owned());
        self
    }

    fn request(self, host: &str) -> anyhow::Result<Request<Full<Bytes>>> {
        let mut request = Request::builder().method(self.method).uri(self.path).header(header::HOST, host);
        if let Some(token) = self.bearer {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        if self.json.is_some() {
            request = request.header(header::CONTENT_TYPE, "application/json");
        }
        Ok(request.body(Full::new(Bytes::from(self.json.unwrap_or_default())))?)
    }
}

/// Sends `requests` requests to the server at `base` (`http://host:port`)
/// from `clients` concurrent clients, each on its own kept-alive HTTP/1.1
/// connection (no pool shared between them: the load generator runs on the
/// server's cores and should cost it as little as it can); each request
/// must succeed. `make` plans a request from the client's number and the
/// number of the request within that client's share. Returns a line with
/// the rate and latency percentiles.
pub(super) async fn measure<F>(base: &str, clients: u64, requests: u64, make: F) -> Result<String, Failure>
where
    F: Fn(u64, u64) -> Planned + Clone + Send + 'static,
{
    let host = base
        .strip_prefix("http://")
        .map(|rest| rest.trim_end_matches('/').to_owned())
        .ok_or_else(|| failed(anyhow!("{base}: the load generator speaks plain HTTP (http://host:port)")))?;
    let clients = clients.clamp(1, requests.max(1));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let (host, make) = (host.clone(), make.clone());
        let share = requests / clients + u64::from(c < requests % clients);
        tasks.push(tokio::spawn(async move {
            let mut latencies = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).expect("the bounds are valid");
            let stream = TcpStream::connect(&host).await.map_err(|err| anyhow!("cannot connect to {host}: {err}"))?;
            stream.set_nodelay(true)?;
            let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
            tokio::spawn(connection);
            for k in 0..share {
                let request = make(c, k).request(&host)?;
                let sent = Instant::now();
                sender.ready().await?;
                let response = sender.send_request(request).await?;
                let status = response.status();
                response.into_body().collect().await?;
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
