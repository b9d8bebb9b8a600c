//! `concord serve`: open (or create) the store and serve HTTP.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::anyhow;
use server::AppState;
use server::auth::AuthConfig;
use server::auth::admin::{ADMIN_USERNAME, ensure_admin};
use server::demo::Demo;
use store::Store;

use super::demo;
use super::plural::count;
use super::serving::HttpArgs;
use super::store_args::{FirstStartArgs, parse_public_url};
use super::{Failure, StoreArgs, bad_input, block_on, failed};

/// Options of `concord serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub http: HttpArgs,
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
    /// Serve a demonstration: on a new data directory, found an invented
    /// organization (named "Concord demo organization" unless
    /// --organization-name says otherwise) with delegations, organizations,
    /// accounts and consultations with results; every page says it is a
    /// demo. The data directory remembers it; a directory that is not a
    /// demo is refused.
    #[arg(long, env = "CONCORD_DEMO")]
    pub demo: bool,
    /// Ask the witnesses of this witness policy (C2SP tlog-policy, as
    /// `concord verify --policy` reads it) to cosign each new checkpoint;
    /// /log/checkpoint then serves the newest checkpoint whose
    /// cosignatures meet the policy's quorum. The policy must name this
    /// log's key.
    #[arg(long, env = "CONCORD_WITNESS_POLICY", value_name = "FILE")]
    pub witness_policy: Option<PathBuf>,
    /// Seconds between looks for a new checkpoint to have cosigned (with
    /// --witness-policy).
    #[arg(long, env = "CONCORD_COSIGN_INTERVAL", default_value_t = 2, value_name = "SECONDS",
          requires = "witness_policy", value_parser = clap::value_parser!(u64).range(1..=3_600))]
    pub cosign_interval: u64,
    /// Also act as a C2SP tlog-witness of the log with this verifier key
    /// (another organization's, a partner's): cosign its checkpoints at
    /// POST /witness/add-checkpoint with the key witness.key in the data
    /// directory (made on first use). Repeat for several logs.
    #[arg(long = "witness-log", value_name = "VKEY")]
    pub witness_logs: Vec<String>,
    /// The name of a new witness key (with --witness-log): a schema-less
    /// URL naming this node.
    #[arg(long, default_value = super::mirror::DEFAULT_WITNESS_NAME, value_name = "NAME",
          requires = "witness_logs")]
    pub witness_name: String,
    #[command(flatten)]
    pub store: StoreArgs,
    #[command(flatten)]
    pub first_start: FirstStartArgs,
}

/// Runs the server until Ctrl-C or SIGTERM.
pub fn run(args: Args) -> Result<(), Failure> {
    args.http.prepare();
    let public_url = args.public_url.as_deref().map(parse_public_url).transpose()?;
    let mailer = match &args.smtp_url {
        Some(url) => Some(server::mail::Mailer::new(url, &args.smtp_from).map_err(|err| bad_input(anyhow!(err)))?),
        None => None,
    };
    let policy = args.witness_policy.as_deref().map(super::verify::read_policy).transpose()?;
    let witnessed_logs = args
        .witness_logs
        .iter()
        .map(|key| {
            ledger::Verifier::parse(key.trim())
                .ok()
                .filter(|verifier| verifier.key_type() == ledger::KeyType::Ed25519)
                .ok_or_else(|| bad_input(anyhow!("--witness-log {key:?} is not a log's verifier key (name+id+key)")))
        })
        .collect::<Result<Vec<_>, Failure>>()?;
    block_on(async {
        let mut config = args.store.config_for_first_start(&args.first_start);
        if args.demo && args.first_start.organization_name == DEFAULT_ORGANIZATION_NAME {
            config.organization_name = demo::ORGANIZATION_NAME.to_owned();
        }
        let store = Store::open(&config).await?;
        if let (Some(policy), Some(file)) = (&policy, &args.witness_policy) {
            require_log_key(file, policy, store.verifier_key())?;
        }
        let recorded = Demo::load(&store).await?;
        // Nobody in the secretariat yet: the organization was just founded
        // (the administrator is created below).
        let new = !store.secretariat_exists().await?;
        if args.demo && recorded.is_none() && !new {
            return Err(bad_input(anyhow!(
                "--demo: the store ({}) already holds an organization that is not a demo; \
                 give a new data directory (--data DIR) for the demo, or start without --demo",
                args.store.describe()
            )));
        }
        if new {
            // A new organization starts with the shipped indicator values
            // and the default methodology of the divide index (issue 17).
            let loaded = store.load_shipped_indicators(domain::authz::Caller::system()).await?;
            println!(
                "Loaded the divide index's data: {} in {} series (data/indicators, CC BY 4.0)",
                count(loaded.values as u64, "indicator value", "indicator values"),
                loaded.series
            );
        }
        let listeners = args.http.bind().await?;
        let generated = ensure_admin(&store, args.admin_password.as_deref())
            .await
            .map_err(|err| bad_input(anyhow!("cannot create the administrator: {err}")))?;
        let demo = match recorded {
            Some(recorded) => Some(recorded),
            None if args.demo => Some(
                demo::seed(&store, &server::auth::admin::admin_handle())
                    .await
                    .map_err(|err| failed(anyhow!("cannot seed the demo: {err:#}")))?,
            ),
            None => None,
        };
        // The checkpoint covers the log as it is when the server opens.
        store.sign_checkpoint().await?;
        // Not `status()`: its state digest reads every public row, and start
        // is to stay about as fast however long the log is.
        let (log_size, _) = store.log_sizes().await?;
        let public_url = public_url.unwrap_or_else(|| format!("http://{}", listeners.address));
        // `concord invite --data DIR`, run beside this server, builds its
        // links from what is recorded here (issue 13).
        store.record_public_url(&public_url).await?;
        let auth =
            AuthConfig { secure_cookies: public_url.starts_with("https://"), public_url, ..AuthConfig::default() };
        println!("{}", listeners.serving_line(&args.store.describe(), log_size, store.origin()));
        if let Some(password) = generated {
            println!(
                "The secretariat administrator was created: sign in as \"{ADMIN_USERNAME}\" with the password {password}\n\
                 (shown only now; you will set up two-factor sign-in at the first sign-in)"
            );
        }
        if let Some(demo) = &demo {
            println!("{}", describe_demo(demo));
        }
        let mut state = AppState::with_auth(store, auth);
        state.mailer = mailer;
        state.demo = demo.map(std::sync::Arc::new);
        let witness = match witnessed_logs.is_empty() {
            true => None,
            false => {
                let cosigner = store::federation::witness_key(&args.store.dir.dir.data_dir, &args.witness_name)?;
                println!(
                    "Witnessing {} with the key {}",
                    count(witnessed_logs.len() as u64, "log", "logs"),
                    cosigner.verifier()
                );
                Some(server::federation::WitnessRole { cosigner, logs: witnessed_logs })
            }
        };
        state = state.with_node(server::federation::Node { policy: policy.clone(), witness, ..Default::default() });
        let collector = match policy {
            Some(policy) => {
                let witnesses = policy.witnesses().iter().filter(|witness| witness.url.is_some()).count();
                println!(
                    "Asking {} of the witness policy to cosign each new checkpoint (quorum {})",
                    count(witnesses as u64, "witness", "witnesses"),
                    policy.quorum().unwrap_or_default()
                );
                Some(spawn_collector(&state, policy, Duration::from_secs(args.cosign_interval))?)
            }
            None => None,
        };
        let served = listeners.serve(state).await;
        if let Some(collector) = collector {
            collector.abort();
        }
        served
    })?
}

/// Refuses a witness policy that does not name this log's key: its
/// cosignatures could never count.
fn require_log_key(file: &Path, policy: &ledger::Policy, key: &str) -> Result<(), Failure> {
    if policy.logs().iter().any(|log| log.verifier.to_string() == key) {
        return Ok(());
    }
    Err(bad_input(anyhow!(
        "the witness policy {} does not name this log's key {key} (add the line `log {key}`)",
        file.display()
    )))
}

/// Starts asking the witnesses of `policy` to cosign the checkpoints of
/// `state`'s log, recording each round's time in its metrics.
fn spawn_collector(
    state: &AppState,
    policy: ledger::Policy,
    interval: Duration,
) -> Result<tokio::task::JoinHandle<()>, Failure> {
    let metrics = state.metrics.clone();
    let collector = federation::collector::Collector::new(state.store.clone(), policy)
        .map_err(|err| failed(anyhow!("{err}")))?
        .interval(interval)
        .on_round(Arc::new(move |round| metrics.cosign_round(round.elapsed)));
    Ok(collector.spawn())
}

/// The default of `--organization-name`, which `--demo` replaces.
const DEFAULT_ORGANIZATION_NAME: &str = "Concord";

/// What the console says about a demo: that it is one, and how to sign in.
fn describe_demo(demo: &Demo) -> String {
    let accounts: Vec<String> = demo
        .accounts
        .iter()
        .map(|account| {
            let of = account.member.as_deref().or(account.organization.as_deref());
            let role = account.role.replace('_', " ");
            match of {
                Some(of) => format!("  {} ({role}, {of})", account.username),
                None => format!("  {} ({role})", account.username),
            }
        })
        .collect();
    format!(
        "This is a demonstration: invented delegations and organizations, public open data, nothing official.\n\
         Sign in with the password {} as any of these demo accounts:\n{}",
        demo.password,
        accounts.join("\n")
    )
}
