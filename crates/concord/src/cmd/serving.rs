//! What `serve` and `mirror` share: the HTTP server's options, logging,
//! binding the listeners, the line that gives the address, and serving.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::time::Duration;

use anyhow::anyhow;
use server::AppState;
use tokio::net::TcpListener;

use super::plural::count;
use super::{Failure, failed};

/// The options of a node's HTTP server.
#[derive(Debug, clap::Args)]
pub struct HttpArgs {
    /// The address to listen on; port 0 picks a free port.
    #[arg(long, env = "CONCORD_LISTEN", default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub listen: SocketAddr,
    /// Seconds a client has to send a request's headers, from its first
    /// byte; a slower one is cut off.
    #[arg(long, env = "CONCORD_HEADER_TIMEOUT", default_value_t = 10, value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub header_timeout: u64,
    /// Seconds a client has to send a request's whole body.
    #[arg(long, env = "CONCORD_BODY_TIMEOUT", default_value_t = 30, value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub body_timeout: u64,
    /// Seconds a connection may wait for its next request, or for the client
    /// to read an answer, before it is closed.
    #[arg(long, env = "CONCORD_IDLE_TIMEOUT", default_value_t = 60, value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub idle_timeout: u64,
    /// Connections open at once; more wait until one closes. The server
    /// raises its open-file limit to fit, or says that it cannot.
    #[arg(long, env = "CONCORD_MAX_CONNECTIONS", default_value_t = 10_000, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_connections: u64,
    /// Also serve the metrics, without a token, on this address (keep it
    /// private); on the main address they need a token allowed
    /// read_metrics.
    #[arg(long, env = "CONCORD_METRICS_LISTEN", value_name = "ADDR")]
    pub metrics_listen: Option<SocketAddr>,
}

/// Open files the server needs besides its connections: the database, the
/// listeners, the log.
const FILES_BESIDES_CONNECTIONS: u64 = 256;

/// A node's listeners, bound, and the limits its connections are served
/// with.
pub struct Listeners {
    listener: TcpListener,
    /// The address it listens on (the port chosen, for port 0).
    pub address: SocketAddr,
    metrics: Option<TcpListener>,
    limits: server::conn::Limits,
}

impl HttpArgs {
    /// Before anything else: the log to stderr, panics logged, the open
    /// files limit raised (a warning if it cannot be).
    pub fn prepare(&self) {
        init_logging();
        server::panic::log_panics();
        if let Err(warning) = super::rlimit::raise_open_files(self.max_connections + FILES_BESIDES_CONNECTIONS) {
            eprintln!("warning: {warning}");
        }
    }

    /// Binds the address and, if asked, the metrics address.
    pub async fn bind(&self) -> Result<Listeners, Failure> {
        let listener = TcpListener::bind(self.listen)
            .await
            .map_err(|err| failed(anyhow!("cannot listen on {}: {err}", self.listen)))?;
        let address = listener.local_addr().map_err(|err| failed(anyhow!("{err}")))?;
        let metrics = match self.metrics_listen {
            Some(metrics) => Some(
                TcpListener::bind(metrics)
                    .await
                    .map_err(|err| failed(anyhow!("cannot listen on {metrics} for the metrics: {err}")))?,
            ),
            None => None,
        };
        let limits = server::conn::Limits {
            header_timeout: Duration::from_secs(self.header_timeout),
            body_timeout: Duration::from_secs(self.body_timeout),
            idle_timeout: Duration::from_secs(self.idle_timeout),
            max_connections: usize::try_from(self.max_connections).unwrap_or(usize::MAX),
        };
        Ok(Listeners { listener, address, metrics, limits })
    }
}

impl Listeners {
    /// The first line a node prints: where it serves (tests and scripts
    /// read the address from it), its store and its log.
    pub fn serving_line(&self, store: &str, log_size: u64, origin: &str) -> String {
        format!(
            "Concord is serving at http://{}/ ({store}; log of {}, origin {origin})",
            self.address,
            count(log_size, "entry", "entries")
        )
    }

    /// Serves `state` until Ctrl-C or SIGTERM, saying first where the
    /// metrics are if they have their own address.
    pub async fn serve(self, state: AppState) -> Result<(), Failure> {
        if let Some(metrics) = &self.metrics {
            let address = metrics.local_addr().map_err(|err| failed(anyhow!("{err}")))?;
            println!("The metrics are served without a token at http://{address}/metrics");
        }
        server::serve_with(self.listener, state, self.limits, self.metrics)
            .await
            .map_err(|err| failed(anyhow!("the server stopped: {err}")))
    }
}

/// Logs to stderr; `RUST_LOG` (e.g. `debug`, `server=trace`) sets the level.
/// Colours only on a terminal, and never with `NO_COLOR` set: a log written
/// to a file or a pipe carries no escape codes (issue 13).
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(colours(std::io::stderr().is_terminal(), std::env::var_os("NO_COLOR")))
        .try_init();
}

/// Whether to colour the log: on a terminal, unless `NO_COLOR` is set to
/// anything but the empty string (<https://no-color.org>).
fn colours(terminal: bool, no_color: Option<std::ffi::OsString>) -> bool {
    terminal && no_color.is_none_or(|value| value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::colours;

    #[test]
    fn colours_only_on_a_terminal_without_no_color() {
        assert!(colours(true, None));
        assert!(colours(true, Some("".into())));
        assert!(!colours(true, Some("1".into())));
        assert!(!colours(false, None));
    }
}
