//! `concord serve`: open (or create) the store and serve HTTP.

use std::net::SocketAddr;

use anyhow::anyhow;
use server::AppState;
use server::auth::AuthConfig;
use server::auth::admin::{ADMIN_USERNAME, ensure_admin};
use store::Store;
use tokio::net::TcpListener;

use super::{Failure, StoreArgs, bad_input, block_on, failed};

/// Options of `concord serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The address to listen on; port 0 picks a free port.
    #[arg(long, env = "CONCORD_LISTEN", default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub listen: SocketAddr,
    /// The address people use to reach this server, for invitation links and
    /// to recognize its own forms behind a proxy (default: http://ADDR).
    /// Cookies are marked Secure when it is https.
    #[arg(long, env = "CONCORD_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
    /// The secretariat administrator's password, used on first start only
    /// (default: a random one, printed once).
    #[arg(long, env = "CONCORD_ADMIN_PASSWORD", value_name = "PASSWORD", hide_env_values = true)]
    pub admin_password: Option<String>,
    /// Send invitation links by e-mail through this SMTP server, e.g.
    /// smtp://user:pass@mail.example.org:587?tls=required (optional).
    #[arg(long, env = "CONCORD_SMTP_URL", value_name = "URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// The sender of those e-mails, e.g. "Concord <noreply@concord.example>".
    #[arg(
        long,
        env = "CONCORD_SMTP_FROM",
        value_name = "ADDRESS",
        default_value = "Concord <noreply@concord.localhost>"
    )]
    pub smtp_from: String,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Runs the server until Ctrl-C or SIGTERM.
pub fn run(args: Args) -> Result<(), Failure> {
    init_logging();
    let mailer = match &args.smtp_url {
        Some(url) => Some(server::mail::Mailer::new(url, &args.smtp_from).map_err(|err| bad_input(anyhow!(err)))?),
        None => None,
    };
    block_on(async {
        let store = Store::open(&args.store.config()).await?;
        let listener = TcpListener::bind(args.listen)
            .await
            .map_err(|err| failed(anyhow!("cannot listen on {}: {err}", args.listen)))?;
        let address = listener.local_addr().map_err(|err| failed(anyhow!("{err}")))?;
        let generated = ensure_admin(&store, args.admin_password.as_deref())
            .await
            .map_err(|err| bad_input(anyhow!("cannot create the administrator: {err}")))?;
        // The checkpoint covers the log as it is when the server opens.
        store.sign_checkpoint().await?;
        let status = store.status().await?;
        let public_url = args.public_url.clone().unwrap_or_else(|| format!("http://{address}"));
        let auth =
            AuthConfig { secure_cookies: public_url.starts_with("https://"), public_url, ..AuthConfig::default() };
        println!(
            "Concord is serving at http://{address}/ ({}; log of {} entries, origin {})",
            args.store.describe(),
            status.log_size,
            status.origin
        );
        if let Some(password) = generated {
            println!(
                "The secretariat administrator was created: sign in as \"{ADMIN_USERNAME}\" with the password {password}\n\
                 (shown only now; you will set up two-factor sign-in at the first sign-in)"
            );
        }
        let mut state = AppState::with_auth(store, auth);
        state.mailer = mailer;
        server::serve(listener, state).await.map_err(|err| failed(anyhow!("the server stopped: {err}")))
    })?
}

/// Logs to stderr; `RUST_LOG` (e.g. `debug`, `server=trace`) sets the level.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}
