//! `concord members list`: the member directory, from a data directory or
//! from a server.

use anyhow::anyhow;
use domain::member::{IncomeGroup, RegionalGroup};
use serde_json::Value;
use server::api::members::{MemberDto, MemberList};
use store::{MemberQuery, Store};

use super::http::Server;
use super::plural::count;
use super::{Failure, StoreArgs, bad_input, block_on};

/// The `members` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum MembersCommand {
    /// List member and observer states, filtered.
    List(ListArgs),
}

impl MembersCommand {
    /// Runs the subcommand.
    pub fn run(self) -> Result<(), Failure> {
        match self {
            MembersCommand::List(args) => list(args),
        }
    }
}

/// Options of `concord members list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only this regional group: AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN,
    /// GRULAC or WEOG.
    #[arg(long)]
    pub group: Option<String>,
    /// Only this income group: HIC, UMC, LMC or LIC.
    #[arg(long)]
    pub income: Option<String>,
    /// Only states whose code or name (in any UN language) contains this.
    #[arg(long)]
    pub q: Option<String>,
    /// Ask the server at this URL instead of reading a data directory.
    #[arg(long, env = "CONCORD_URL", value_name = "URL")]
    pub url: Option<String>,
    /// Print JSON (as the API answers) instead of a table.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub store: StoreArgs,
}

/// The API's largest page.
const PAGE: u64 = 200;

fn list(args: ListArgs) -> Result<(), Failure> {
    let group = parse::<RegionalGroup>("--group", &args.group)?;
    let income = parse::<IncomeGroup>("--income", &args.income)?;
    let items = block_on(async {
        match &args.url {
            Some(url) => fetch(url, &args).await,
            None => read(&args, MemberQuery { group, income, text: args.q.clone(), limit: PAGE, offset: 0 }).await,
        }
    })??;
    if args.json {
        println!("{:#}", Value::Array(items));
        return Ok(());
    }
    for item in &items {
        let text = |key: &str| item.get(key).and_then(Value::as_str).unwrap_or("-").to_owned();
        let name = item.pointer("/names/en").and_then(Value::as_str).unwrap_or("-");
        println!("{}  {:<16}  {:<4}  {name}", text("iso3"), text("regional_group"), text("income_group"));
    }
    println!("{}", count(items.len() as u64, "state", "states"));
    Ok(())
}

fn parse<T: std::str::FromStr<Err = String>>(flag: &str, value: &Option<String>) -> Result<Option<T>, Failure> {
    value.as_deref().map(|v| v.parse().map_err(|err: String| bad_input(anyhow!("{flag}: {err}")))).transpose()
}

async fn read(args: &ListArgs, mut query: MemberQuery) -> Result<Vec<Value>, Failure> {
    let store = Store::open_detached(&args.store.config()).await?;
    let mut items = Vec::new();
    loop {
        let page = store.members(&query).await?;
        let done = page.items.len() as u64;
        items.extend(
            page.items.into_iter().map(MemberDto::from).map(|dto| serde_json::to_value(dto).unwrap_or_default()),
        );
        query.offset += done;
        if done == 0 || query.offset >= page.total {
            return Ok(items);
        }
    }
}

async fn fetch(url: &str, args: &ListArgs) -> Result<Vec<Value>, Failure> {
    let server = Server::new(url)?;
    let mut filters = String::new();
    for (name, value) in [("group", &args.group), ("income", &args.income), ("q", &args.q)] {
        if let Some(value) = value {
            filters.push_str(&format!("&{name}={}", encode(value)));
        }
    }
    let mut items = Vec::new();
    loop {
        let path = format!("api/v1/members?limit={PAGE}&offset={}{filters}", items.len());
        let page = server.get_json(&path).await?;
        let total = page.get("total").and_then(Value::as_u64).unwrap_or(0);
        let Some(Value::Array(batch)) = page.get("items").cloned() else {
            return Err(super::failed(anyhow!("{url} did not answer with a member list")));
        };
        let done = batch.is_empty();
        items.extend(batch);
        if done || items.len() as u64 >= total {
            let _: Option<MemberList> = None;
            return Ok(items);
        }
    }
}

/// Percent-encodes a query value.
pub(super) fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
