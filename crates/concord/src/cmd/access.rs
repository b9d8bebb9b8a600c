//! People and access from the command line: `concord invite`, `concord
//! token create`, `concord delegation list`, `concord org list`.
//!
//! Each talks to a server (`--url`, with an API token from `--token` or
//! `CONCORD_TOKEN`) or, without `--url`, works on a local data directory as
//! its secretariat administrator (`sec.admin`), which is safe while the
//! server runs: invitations and tokens are private and record no event.

use anyhow::anyhow;
use domain::Actor;
use domain::authz::Scope;
use serde_json::{Value, json};
use server::AppState;
use server::api::invitations::{self, InvitationRequest};
use server::api::people::{DelegationDto, OrganizationDto};
use server::api::tokens::{self, TokenRequest};
use server::auth::{Caller, Credential};
use store::Store;

use super::http::Server;
use super::plural::count;
use super::store_args::parse_public_url;
use super::{Failure, StoreArgs, bad_input, block_on, failed};

/// Where a command reads: a server, or a local data directory.
#[derive(Debug, Clone, clap::Args)]
pub struct Place {
    /// The server to talk to; without it, the local data directory.
    #[arg(long, env = "CONCORD_URL", value_name = "URL")]
    pub url: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// Where a command acts: a server with an API token, or a local data
/// directory as its administrator.
#[derive(Debug, Clone, clap::Args)]
pub struct Acting {
    #[command(flatten)]
    pub place: Place,
    /// The API token for --url (create one with `concord token create`).
    #[arg(long, env = "CONCORD_TOKEN", value_name = "TOKEN", hide_env_values = true)]
    pub token: Option<String>,
}

/// The local secretariat administrator, as a caller of the server's own
/// checks.
pub(super) async fn local_admin(store: &Store) -> Result<Caller, Failure> {
    let handle = Actor::try_from(server::auth::admin::ADMIN_HANDLE.to_owned()).map_err(|e| failed(anyhow!(e)))?;
    let principal = store.principal(&handle).await?;
    let account = store.account(&handle).await?;
    if account.is_none() {
        return Err(bad_input(anyhow!("the data directory has no administrator yet; start `concord serve` once")));
    }
    Ok(Caller { principal, scope: Scope::Full, account, credential: Credential::Token })
}

impl Place {
    /// GETs the server's `path`, or, without --url, builds the same answer
    /// from the data directory with `local`.
    async fn get<R, F, Fut>(&self, path: &str, local: F) -> Result<Value, Failure>
    where
        R: serde::Serialize,
        F: FnOnce(Store) -> Fut,
        Fut: std::future::Future<Output = Result<R, store::StoreError>>,
    {
        match &self.url {
            Some(url) => Server::new(url)?.get_json(path).await,
            None => {
                let store = Store::open_detached(&self.store.config()).await?;
                serde_json::to_value(local(store).await?).map_err(|e| failed(anyhow!(e)))
            }
        }
    }

    /// Prints a list of rows and their count, `what` being the singular and
    /// plural of what they are; or the JSON.
    pub(super) fn print_rows(&self, value: &Value, what: (&str, &str), row: impl Fn(&Value) -> String) {
        self.print(value, |v| {
            let rows: Vec<String> = v.as_array().into_iter().flatten().map(row).collect();
            let total = count(rows.len() as u64, what.0, what.1);
            if rows.is_empty() { total } else { format!("{}\n{total}", rows.join("\n")) }
        });
    }

    pub(super) fn print(&self, value: &Value, text: impl FnOnce(&Value) -> String) {
        if self.json {
            println!("{value:#}");
        } else {
            println!("{}", text(value));
        }
    }
}

impl Acting {
    pub(super) fn server(&self) -> Result<Option<(Server, String)>, Failure> {
        let Some(url) = &self.place.url else { return Ok(None) };
        let token = self.token.clone().ok_or_else(|| {
            bad_input(anyhow!(
                "--url needs an API token: pass --token or set CONCORD_TOKEN (see `concord token create`)"
            ))
        })?;
        Ok(Some((Server::new(url)?, token)))
    }

    /// The server's own state on the local data directory, with links
    /// built from `public_url` (for `invite`, see `local_public_url`).
    async fn local(&self, public_url: Option<String>) -> Result<(AppState, Caller), Failure> {
        let store = Store::open_detached(&self.place.store.config()).await?;
        let caller = local_admin(&store).await?;
        let auth = match public_url {
            Some(public_url) => server::auth::AuthConfig { public_url, ..Default::default() },
            None => server::auth::AuthConfig::default(),
        };
        Ok((AppState::with_auth(store, auth), caller))
    }

    /// POSTs `request` to the server's `path`, or, without --url, hands it
    /// to `local` (the server's own code) on the data directory, which
    /// builds any link from `public_url`.
    async fn post<T, R, F, Fut>(
        &self,
        path: &str,
        request: Value,
        public_url: Option<String>,
        local: F,
    ) -> Result<Value, Failure>
    where
        T: serde::de::DeserializeOwned,
        R: serde::Serialize,
        F: FnOnce(AppState, Caller, T) -> Fut,
        Fut: std::future::Future<Output = Result<R, server::error::ApiError>>,
    {
        match self.server()? {
            Some((server, token)) => server.send_json(path, &token, &request).await,
            None => {
                let (state, caller) = self.local(public_url).await?;
                let body: T = serde_json::from_value(request).map_err(|e| bad_input(anyhow!(e)))?;
                let answer = local(state, caller, body).await.map_err(from_api)?;
                serde_json::to_value(answer).map_err(|e| failed(anyhow!(e)))
            }
        }
    }
}

/// A problem from the server's own checks, for the command line: refusals
/// and bad input exit 2, anything else 1.
pub(super) fn from_api(err: server::error::ApiError) -> Failure {
    if err.status().is_client_error() { bad_input(anyhow!(err.to_string())) } else { failed(anyhow!(err.to_string())) }
}

/// Options of `concord invite`.
#[derive(Debug, clap::Args)]
pub struct InviteArgs {
    /// head, delegate, alternate, stakeholder, secretariat or observer.
    #[arg(long)]
    pub kind: String,
    /// The member state (ISO alpha-3), for head, delegate and alternate.
    #[arg(long)]
    pub member: Option<String>,
    /// The organization's number, for stakeholder.
    #[arg(long)]
    pub organization: Option<u64>,
    /// Whom it is for (kept private).
    #[arg(long, default_value = "")]
    pub note: String,
    /// E-mail the link to this address (when the server has SMTP).
    #[arg(long)]
    pub email: Option<String>,
    /// Without --url: the address people use to reach the server, for the
    /// link (default: the one `concord serve` recorded in the data
    /// directory).
    #[arg(long, env = "CONCORD_PUBLIC_URL", value_name = "URL")]
    pub public_url: Option<String>,
    #[command(flatten)]
    pub acting: Acting,
}

/// Issues an invitation and prints its one-time link.
pub fn invite(args: InviteArgs) -> Result<(), Failure> {
    let request = json!({
        "kind": args.kind,
        "member": args.member,
        "organization": args.organization,
        "note": args.note,
        "email": args.email,
    });
    let issued = block_on(async {
        let public_url = match args.acting.place.url {
            Some(_) => None,
            None => Some(local_public_url(&args).await?),
        };
        args.acting
            .post("api/v1/invitations", request, public_url, |state, caller, body: InvitationRequest| async move {
                invitations::issue(&state, &caller, body).await
            })
            .await
    })??;
    args.acting.place.print(&issued, |v| {
        format!(
            "invitation {} ({}{}) until {}\nlink (send it privately; it works once): {}",
            v["id"].as_str().unwrap_or("?"),
            v["kind"].as_str().unwrap_or("?"),
            v["member"].as_str().map(|m| format!(" of {m}")).unwrap_or_default(),
            v["expires_at"].as_str().unwrap_or("?"),
            v["url"].as_str().unwrap_or("?"),
        )
    });
    Ok(())
}

/// The address invitation links start with when `invite` works on a data
/// directory: `--public-url`, or the one `concord serve` recorded there.
/// Guessing one (the default listen address) gave links that did not work
/// when the server listened elsewhere (issue 13).
async fn local_public_url(args: &InviteArgs) -> Result<String, Failure> {
    public_url_for_links(args.public_url.as_deref(), &args.acting.place.store).await
}

/// `explicit` when given (checked), otherwise the address `concord serve`
/// recorded in the store, or an error asking for `--public-url`.
pub(super) async fn public_url_for_links(explicit: Option<&str>, store: &StoreArgs) -> Result<String, Failure> {
    if let Some(url) = explicit {
        return parse_public_url(url);
    }
    let opened = Store::open_detached(&store.config()).await?;
    opened.public_url().await?.ok_or_else(|| {
        bad_input(anyhow!(
            "no public address is recorded in {} (`concord serve` records it when it starts); \
             pass --public-url URL, the address people use to reach the server",
            store.describe()
        ))
    })
}

/// The `token` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum TokenCommand {
    /// Create an API token for the command line and scripts.
    Create(TokenArgs),
}

/// Options of `concord token create`.
#[derive(Debug, clap::Args)]
pub struct TokenArgs {
    /// A name to recognize the token by.
    #[arg(long)]
    pub name: String,
    /// The actions it may take, comma-separated (default: all of the role).
    #[arg(long, value_delimiter = ',')]
    pub scope: Vec<String>,
    /// Days until it expires (1 to 365).
    #[arg(long, default_value_t = 90)]
    pub days: u32,
    #[command(flatten)]
    pub acting: Acting,
}

impl TokenCommand {
    /// Runs the subcommand.
    pub fn run(self) -> Result<(), Failure> {
        match self {
            TokenCommand::Create(args) => create_token(args),
        }
    }
}

fn create_token(args: TokenArgs) -> Result<(), Failure> {
    let scopes = (!args.scope.is_empty()).then_some(args.scope.clone());
    let request = json!({"name": args.name, "scopes": scopes, "expires_in_days": args.days});
    let issued =
        block_on(args.acting.post("api/v1/tokens", request, None, |state, caller, body: TokenRequest| async move {
            tokens::issue(&state, &caller, body).await
        }))??;
    args.acting.place.print(&issued, |v| {
        format!(
            "token {} \"{}\" until {}, may: {}\n{}\n(shown once: keep it secret; use it as CONCORD_TOKEN)",
            v["id"].as_str().unwrap_or("?"),
            v["name"].as_str().unwrap_or("?"),
            v["expires_at"].as_str().unwrap_or("?"),
            v["scopes"]
                .as_array()
                .map(|s| s.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", "))
                .unwrap_or_default(),
            v["token"].as_str().unwrap_or("?"),
        )
    });
    Ok(())
}

/// The `delegation` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum DelegationCommand {
    /// List the delegations with anyone accredited.
    List(Place),
    /// The key a delegation signs its votes with (its head).
    #[command(subcommand)]
    Key(super::delegation_key::KeyCommand),
}

impl DelegationCommand {
    /// Runs the subcommand.
    pub fn run(self) -> Result<(), Failure> {
        let place = match self {
            DelegationCommand::List(place) => place,
            DelegationCommand::Key(command) => return command.run(),
        };
        let list = block_on(place.get("api/v1/delegations", |store| async move {
            let records = store.delegations(None).await?;
            Ok(records.iter().map(|r| DelegationDto::new(r.member, Some(r))).collect::<Vec<_>>())
        }))??;
        place.print_rows(&list, ("delegation", "delegations"), |d| {
            let people = |key: &str| d[key].as_array().map_or(0, Vec::len) as u64;
            format!(
                "{}  head {}  {}  {}",
                d["member"].as_str().unwrap_or("?"),
                d["head"].as_str().unwrap_or("(none)"),
                count(people("delegates"), "delegate", "delegates"),
                count(people("alternates"), "alternate", "alternates")
            )
        });
        Ok(())
    }
}

/// The `org` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum OrgCommand {
    /// List stakeholder organizations.
    List(Place),
}

impl OrgCommand {
    /// Runs the subcommand.
    pub fn run(self) -> Result<(), Failure> {
        let OrgCommand::List(place) = self;
        let list = block_on(place.get("api/v1/organizations", |store| async move {
            let records = store.organizations(None, None, None).await?;
            Ok(records.into_iter().map(OrganizationDto::from).collect::<Vec<_>>())
        }))??;
        place.print_rows(&list, ("organization", "organizations"), |o| {
            format!(
                "{:>4}  {:<9}  {:<17}  {}",
                o["id"].as_u64().unwrap_or(0),
                o["status"].as_str().unwrap_or("?"),
                o["chamber"].as_str().unwrap_or("?"),
                o["name"].as_str().unwrap_or("?")
            )
        });
        Ok(())
    }
}
