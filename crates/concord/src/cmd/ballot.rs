//! `concord ballot create | record | close | show`: ballots on a server
//! (`--url`, with an API token from `--token` or `CONCORD_TOKEN`; `show`
//! needs none). Opening, recording a roll call and closing are the
//! secretariat's.
//!
//! Files are checked here before anything is sent, each error with its
//! file and line: a procedure as `concord rules check` reports it, a roll
//! call as `domain::decision::roll_call` reads it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::anyhow;
use serde_json::{Value, json};

use super::http::Remote;
use super::{Failure, bad_input, block_on, failed};

/// The `ballot` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum BallotCommand {
    /// Open a ballot under a decision type or a procedure file; prints its
    /// number.
    Create(CreateArgs),
    /// Record the votes of a roll call taken in the room, from a CSV file
    /// (header iso2,vote or iso3,vote; yes, no or abstain).
    Record(RecordArgs),
    /// Close a ballot and record its tally.
    Close(ShowArgs),
    /// Show a ballot: its status, counts and outcome, explained.
    Show(ShowArgs),
}

/// Options of `concord ballot create`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("rule").required(true).args(["decision_type", "procedure"])))]
pub struct CreateArgs {
    /// The title, in --language.
    #[arg(long)]
    pub title: String,
    /// The language of --title: ar, zh, en, fr, ru or es.
    #[arg(long, default_value = "en", value_name = "LANG")]
    pub language: String,
    /// The title in another language, as LANG=TEXT (repeatable).
    #[arg(long = "title-in", value_name = "LANG=TEXT")]
    pub title_in: Vec<String>,
    /// A decision type of the latest published set, by code.
    #[arg(long, value_name = "CODE")]
    pub decision_type: Option<String>,
    /// A procedure file (TOML) deciding this ballot.
    #[arg(long, value_name = "FILE")]
    pub procedure: Option<PathBuf>,
    /// Close by itself at this time (RFC 3339).
    #[arg(long, value_name = "TIME")]
    pub closes: Option<String>,
    /// The number of the document voted on.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=server::extract::MAX_NUMBER))]
    pub document: Option<u64>,
    #[command(flatten)]
    pub remote: Remote,
}

/// Options of `concord ballot record`.
#[derive(Debug, clap::Args)]
pub struct RecordArgs {
    /// The ballot's number.
    #[arg(value_parser = clap::value_parser!(u64).range(1..=server::extract::MAX_NUMBER))]
    pub id: u64,
    /// The roll call: CSV with header iso2,vote or iso3,vote.
    #[arg(long, value_name = "FILE")]
    pub votes: PathBuf,
    #[command(flatten)]
    pub remote: Remote,
}

/// Options of `concord ballot show` and `close`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The ballot's number.
    #[arg(value_parser = clap::value_parser!(u64).range(1..=server::extract::MAX_NUMBER))]
    pub id: u64,
    /// The language of the title and the explanation: ar, zh, en, fr, ru
    /// or es.
    #[arg(long, default_value = "en", value_name = "LANG")]
    pub lang: String,
    #[command(flatten)]
    pub remote: Remote,
}

impl BallotCommand {
    /// Runs the subcommand.
    pub fn run(self) -> Result<(), Failure> {
        match self {
            BallotCommand::Create(args) => block_on(create(args))?,
            BallotCommand::Record(args) => block_on(record(args))?,
            BallotCommand::Close(args) => block_on(show(args, true))?,
            BallotCommand::Show(args) => block_on(show(args, false))?,
        }
    }
}

pub(super) fn read_text(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| bad_input(anyhow!("{}: cannot read: {e}", path.display())))
}

/// A procedure file's text, checked as `concord rules check` checks it.
pub(super) fn procedure_text(path: &Path) -> Result<String, Failure> {
    let text = read_text(path)?;
    rules::Procedure::from_toml(&text)
        .map_err(|e| bad_input(anyhow!("{}:{}:{}: {}", path.display(), e.line, e.column, e.kind)))?;
    Ok(text)
}

fn language(code: &str) -> Result<&str, Failure> {
    match domain::lang::Lang::ALL.into_iter().find(|l| l.code() == code) {
        Some(lang) => Ok(lang.code()),
        None => Err(bad_input(anyhow!("{code:?} is not one of the six languages: ar, zh, en, fr, ru, es"))),
    }
}

async fn create(args: CreateArgs) -> Result<(), Failure> {
    let mut title = BTreeMap::new();
    title.insert(language(&args.language)?.to_owned(), args.title.clone());
    for pair in &args.title_in {
        let (code, text) = pair
            .split_once('=')
            .ok_or_else(|| bad_input(anyhow!("--title-in {pair:?}: write LANG=TEXT, e.g. fr=Le calcul")))?;
        title.insert(language(code)?.to_owned(), text.to_owned());
    }
    let mut body = json!({"title": title});
    if let Some(code) = &args.decision_type {
        body["decision_type"] = json!(code);
    }
    if let Some(path) = &args.procedure {
        body["procedure"] = json!(procedure_text(path)?);
    }
    if let Some(closes) = &args.closes {
        body["closes"] = json!(closes);
    }
    if let Some(document) = args.document {
        body["document"] = json!(document);
    }
    let (server, token) = args.remote.acting()?;
    let created = server.send_json("api/v1/ballots", &token, &body).await?;
    let id = created["id"].as_u64().ok_or_else(|| failed(anyhow!("the server answered no ballot number")))?;
    args.remote.print(&json!({"id": id}), |_| format!("ballot {id} is open"));
    Ok(())
}

async fn record(args: RecordArgs) -> Result<(), Failure> {
    let text = read_text(&args.votes)?;
    let members = domain::member::un_members().map_err(|err| failed(anyhow!("the member list: {err}")))?;
    let votes = domain::decision::roll_call::parse(&text, &members)
        .map_err(|err| bad_input(anyhow!("{}:{}: {}", args.votes.display(), err.line, err.what)))?;
    if votes.is_empty() {
        return Err(bad_input(anyhow!("{}: the roll call has no votes", args.votes.display())));
    }
    let votes: Vec<Value> =
        votes.iter().map(|(member, choice)| json!({"member": member.to_string(), "choice": choice.code()})).collect();
    let (server, token) = args.remote.acting()?;
    let path = format!("api/v1/ballots/{}/roll-call", args.id);
    // The entries may include the registration of the secretariat's key
    // (its first roll call); the votes are one per row.
    let count = votes.len() as u64;
    let answer = server.send_json(&path, &token, &json!({"votes": votes})).await?;
    args.remote
        .print(&answer, |_| format!("{} recorded on ballot {}", super::plural::count(count, "vote", "votes"), args.id));
    Ok(())
}

async fn show(args: ShowArgs, close: bool) -> Result<(), Failure> {
    let lang = language(&args.lang)?;
    let server = super::http::Server::new(&args.remote.url)?;
    let ballot = if close {
        let (server, token) = args.remote.acting()?;
        server.send_json(&format!("api/v1/ballots/{}/close?lang={lang}", args.id), &token, &json!(null)).await?
    } else {
        let path = format!("api/v1/ballots/{}?lang={lang}", args.id);
        server.get_json_as(&path, args.remote.token.as_deref()).await?
    };
    let keys = ["id", "status", "outcome", "yes", "no", "abstain", "explanation"];
    let summary: serde_json::Map<String, Value> = keys.iter().map(|k| ((*k).to_owned(), ballot[*k].clone())).collect();
    args.remote.print(&Value::Object(summary), |_| words(&ballot, lang));
    Ok(())
}

/// A ballot in words.
fn words(b: &Value, lang: &str) -> String {
    let title = b["titles"][lang].as_str().or_else(|| b["titles"]["en"].as_str()).unwrap_or("");
    let mut out = format!(
        "ballot {}: {title} [{}]\noutcome: {}  yes {}  no {}  abstain {}  ({} member states may vote)",
        b["id"],
        b["status"].as_str().unwrap_or("?"),
        b["outcome"].as_str().unwrap_or("?"),
        b["yes"],
        b["no"],
        b["abstain"],
        b["electorate"]
    );
    if let Some(code) = b["decision_type"]["code"].as_str() {
        out.push_str(&format!("\ndecision type: {code} (version {})", b["decision_type"]["version"]));
    }
    if let Some(closes) = b["closes"].as_str() {
        out.push_str(&format!("\ncloses at {closes}"));
    }
    if let Some(text) = b["explanation"].as_str().filter(|t| !t.is_empty()) {
        out.push('\n');
        out.push_str(text.trim_end());
    }
    out
}
