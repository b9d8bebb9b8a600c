//! `concord serve`: open (or create) the store and serve HTTP.

use std::net::SocketAddr;

use anyhow::anyhow;
use server::AppState;
use store::Store;
use tokio::net::TcpListener;

use super::{Failure, StoreArgs, block_on, failed};

/// Options of `concord serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The address to listen on; port 0 picks a free port.
    #[arg(long, env = "CONCORD_LISTEN", default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub listen: SocketAddr,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Runs the server until Ctrl-C or SIGTERM.
pub fn run(args: Args) -> Result<(), Failure> {
    init_logging();
    block_on(async {
        let store = Store::open(&args.store.config()).await?;
        let listener = TcpListener::bind(args.listen)
            .await
            .map_err(|err| failed(anyhow!("cannot listen on {}: {err}", args.listen)))?;
        let address = listener.local_addr().map_err(|err| failed(anyhow!("{err}")))?;
        let status = store.status().await?;
        println!(
            "Concord is serving at http://{address}/ ({}; log of {} entries, origin {})",
            args.store.describe(),
            status.log_size,
            status.origin
        );
        server::serve(listener, AppState::new(store)).await.map_err(|err| failed(anyhow!("the server stopped: {err}")))
    })?
}

/// Logs to stderr; `RUST_LOG` (e.g. `debug`, `server=trace`) sets the level.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}
