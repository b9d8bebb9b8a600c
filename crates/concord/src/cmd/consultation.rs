//! `concord consultation open | list | show | close` (issue 14); `import`
//! and `export` of Pol.is export folders are in `consultation_import`.
//!
//! Each talks to a server (`--url`, with an API token from `--token` or
//! `CONCORD_TOKEN`; `list` and `show` need none for what is public) or,
//! without `--url`, works on a local data directory as its secretariat
//! administrator (`sec.admin`), through the server's own code, so the
//! rules and what each caller sees are the same either way.
//!
//! `list` and `show` only read, and are safe while the server runs. `open`
//! and `close` append to the log, so on a data directory they need its
//! writer: on SQLite, stop the server first (the data directory's lock
//! says so); on PostgreSQL they run beside the servers.

use std::collections::BTreeMap;

use anyhow::anyhow;
use domain::Command;
use serde_json::{Value, json};
use server::api::consultations::dto::NewConsultationRequest;
use server::api::consultations::{self as api, ListParams};

use super::access::Acting;
use super::endpoint::{Endpoint, json_of};
use super::members::encode;
use super::plural::count;
use super::{Failure, bad_input, block_on, failed};

/// The `consultation` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum ConsultationCommand {
    /// Create a consultation and open it (or keep it a draft with
    /// --draft); prints its number.
    Open(OpenArgs),
    /// List the consultations (drafts too, to those who manage them).
    List(ListArgs),
    /// Show a consultation and its statements.
    Show(IdArgs),
    /// Close an open consultation.
    Close(IdArgs),
    /// Import a Pol.is export folder as a closed consultation (the
    /// secretariat); prints its number and counts.
    Import(super::consultation_import::ImportArgs),
    /// Write a consultation's record as a Pol.is export folder (those who
    /// manage it).
    Export(super::consultation_import::ExportArgs),
}

/// Options of `concord consultation open`.
#[derive(Debug, clap::Args)]
pub struct OpenArgs {
    /// The title, in the consultation's language.
    #[arg(long)]
    pub title: String,
    /// The question put to participants, in the consultation's language.
    #[arg(long)]
    pub question: String,
    /// The consultation's (authentic) language: ar, zh, en, fr, ru or es.
    #[arg(long, default_value = "en", value_name = "LANG")]
    pub language: String,
    /// The title in another language, as LANG=TEXT (repeatable).
    #[arg(long = "title-in", value_name = "LANG=TEXT")]
    pub title_in: Vec<String>,
    /// The question in another language, as LANG=TEXT (repeatable).
    #[arg(long = "question-in", value_name = "LANG=TEXT")]
    pub question_in: Vec<String>,
    /// Who takes part: everyone (signed in, the public included), members,
    /// or members_and_stakeholders [default: everyone].
    #[arg(long)]
    pub audience: Option<String>,
    /// When statements are moderated: after (shown at once) or before
    /// (held until approved) [default: after].
    #[arg(long)]
    pub moderation: Option<String>,
    /// Who sees results while it is open: everyone or participants
    /// [default: everyone].
    #[arg(long)]
    pub results: Option<String>,
    /// Participants vote on the seed statements only and write none.
    #[arg(long)]
    pub no_participant_statements: bool,
    /// A seed statement, in the consultation's language (repeatable).
    #[arg(long = "seed", value_name = "TEXT")]
    pub seeds: Vec<String>,
    /// Open by itself at this time (RFC 3339, e.g. 2030-01-31T09:00:00Z);
    /// it stays a draft until then.
    #[arg(long, value_name = "TIME")]
    pub opens_at: Option<String>,
    /// Close by itself at this time (RFC 3339).
    #[arg(long, value_name = "TIME")]
    pub closes_at: Option<String>,
    /// Keep it a draft, to open later.
    #[arg(long)]
    pub draft: bool,
    #[command(flatten)]
    pub acting: Acting,
}

/// Options of `concord consultation list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only this status: draft, open or closed.
    #[arg(long)]
    pub status: Option<String>,
    /// Only this audience: everyone, members or members_and_stakeholders.
    #[arg(long)]
    pub audience: Option<String>,
    /// Only consultations offered in this language (ar, zh, en, fr, ru, es).
    #[arg(long, value_name = "LANG")]
    pub language: Option<String>,
    #[command(flatten)]
    pub acting: Acting,
}

/// Options of `concord consultation show` and `close`.
#[derive(Debug, clap::Args)]
pub struct IdArgs {
    /// The consultation's number.
    #[arg(value_parser = clap::value_parser!(u64).range(1..=server::extract::MAX_NUMBER))]
    pub id: u64,
    #[command(flatten)]
    pub acting: Acting,
}

impl ConsultationCommand {
    /// Runs the subcommand.
    pub fn run(self) -> Result<(), Failure> {
        match self {
            ConsultationCommand::Open(args) => block_on(open(args))?,
            ConsultationCommand::List(args) => block_on(list(args))?,
            ConsultationCommand::Show(args) => block_on(show(args))?,
            ConsultationCommand::Close(args) => block_on(close(args))?,
            ConsultationCommand::Import(args) => super::consultation_import::import(args),
            ConsultationCommand::Export(args) => super::consultation_import::export(args),
        }
    }
}

impl OpenArgs {
    /// The API's request for these options.
    fn request(&self) -> Result<NewConsultationRequest, Failure> {
        Ok(NewConsultationRequest {
            language: self.language.clone(),
            title: texts(("--title", "--title-in"), &self.language, &self.title, &self.title_in)?,
            question: texts(("--question", "--question-in"), &self.language, &self.question, &self.question_in)?,
            audience: self.audience.clone(),
            moderation: self.moderation.clone(),
            participants_write: self.no_participant_statements.then_some(false),
            results: self.results.clone(),
            opens_at: self.opens_at.clone(),
            closes_at: self.closes_at.clone(),
            seeds: self.seeds.clone(),
            open: !self.draft && self.opens_at.is_none(),
        })
    }
}

/// A text by language: `authentic` in `language`, and each LANG=TEXT of
/// `others`. `options` names the two options, for messages.
fn texts(
    options: (&str, &str),
    language: &str,
    authentic: &str,
    others: &[String],
) -> Result<BTreeMap<String, String>, Failure> {
    let (main, other) = options;
    let mut texts = BTreeMap::from([(language.to_owned(), authentic.to_owned())]);
    for given in others {
        let (lang, text) = given
            .split_once('=')
            .ok_or_else(|| bad_input(anyhow!("{other} {given:?}: write it as LANG=TEXT, e.g. {other} fr=...")))?;
        if texts.insert(lang.to_owned(), text.to_owned()).is_some() {
            let why = if lang == language { format!("{main} gives it in {language}") } else { "once is enough".into() };
            return Err(bad_input(anyhow!("{other} {lang}=...: the text in {lang} is given twice ({why})")));
        }
    }
    Ok(texts)
}

async fn open(args: OpenArgs) -> Result<(), Failure> {
    let request = args.request()?;
    let body = json_of(&request)?;
    let endpoint = Endpoint::writing(&args.acting).await?;
    let created = endpoint
        .post("api/v1/consultations", body, async |state, caller| {
            api::create_consultation(state, caller, request).await
        })
        .await?;
    args.acting.place.print(&created, |v| {
        let events = v["events"].as_u64().unwrap_or(0);
        format!(
            "consultation {} is {}: {} recorded from log entry {}",
            v["id"],
            if v["status"] == "open" { "open" } else { "a draft" },
            count(events, "event", "events"),
            v["log_index"]
        )
    });
    Ok(())
}

/// Consultations per request when listing them all.
const PAGE: u64 = 200;

async fn list(args: ListArgs) -> Result<(), Failure> {
    let endpoint = Endpoint::reading(&args.acting).await?;
    let mut filters = String::new();
    for (name, value) in [("status", &args.status), ("audience", &args.audience), ("language", &args.language)] {
        if let Some(value) = value {
            filters.push_str(&format!("&{name}={}", encode(value)));
        }
    }
    let mut items: Vec<Value> = Vec::new();
    loop {
        let offset = items.len() as u64;
        let path = format!("api/v1/consultations?limit={PAGE}&offset={offset}{filters}");
        let params = ListParams {
            status: args.status.clone(),
            audience: args.audience.clone(),
            language: args.language.clone(),
            limit: Some(PAGE),
            offset: Some(offset),
        };
        let page = endpoint.get(&path, async |state, caller| api::list_visible(state, caller, params).await).await?;
        let Some(batch) = page["items"].as_array().filter(|_| page["total"].is_u64()) else {
            return Err(failed(anyhow!("the answer is not a list of consultations: {page}")));
        };
        let done = batch.is_empty();
        items.extend(batch.iter().cloned());
        if done || items.len() as u64 >= page["total"].as_u64().unwrap_or(0) {
            break;
        }
    }
    args.acting.place.print_rows(&Value::Array(items), ("consultation", "consultations"), |c| {
        format!(
            "{:>4}  {:<6}  {:<24}  {:>10}  {:>16}  {}",
            c["id"].as_u64().unwrap_or(0),
            c["status"].as_str().unwrap_or("?"),
            c["audience"].as_str().unwrap_or("?"),
            count(c["votes"].as_u64().unwrap_or(0), "vote", "votes"),
            count(c["participants"].as_u64().unwrap_or(0), "participant", "participants"),
            authentic(c, "title"),
        )
    });
    Ok(())
}

/// A consultation's `field` (title or question) in its authentic language.
fn authentic<'a>(consultation: &'a Value, field: &str) -> &'a str {
    let language = consultation["language"].as_str().unwrap_or("");
    consultation[field][language].as_str().unwrap_or("?")
}

async fn show(args: IdArgs) -> Result<(), Failure> {
    let id = args.id;
    let endpoint = Endpoint::reading(&args.acting).await?;
    let path = format!("api/v1/consultations/{id}");
    let consultation = endpoint.get(&path, async |state, caller| api::detail(state, caller, id).await).await?;
    let path = format!("api/v1/consultations/{id}/statements");
    let statements =
        endpoint.get(&path, async |state, caller| api::visible_statements(state, caller, id).await).await?;
    let shown = json!({"consultation": consultation, "statements": statements});
    args.acting.place.print(&shown, |v| describe(&v["consultation"], &v["statements"]));
    Ok(())
}

/// A consultation and its statements, in words.
fn describe(c: &Value, statements: &Value) -> String {
    let text = |key: &str| c[key].as_str().unwrap_or("?").to_owned();
    let number = |value: &Value| value.as_u64().unwrap_or(0);
    let mut lines = vec![
        format!("consultation {}: {} [{}]", c["id"], authentic(c, "title"), text("status")),
        format!("question ({}): {}", text("language"), authentic(c, "question")),
    ];
    let translations: Vec<&String> = c["title"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(lang, _)| lang)
        .filter(|l| **l != text("language"))
        .collect();
    if !translations.is_empty() {
        lines.push(format!("also in: {}", translations.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")));
    }
    let writes = if c["participants_write"] == true { "write statements" } else { "vote on the seeds only" };
    lines.push(format!(
        "audience: {}; moderation: {}; participants {writes}; results while open: {}",
        text("audience"),
        text("moderation"),
        text("results")
    ));
    for (key, what) in [("opens_at", "opens"), ("closes_at", "closes")] {
        if let Some(at) = c[key].as_str() {
            lines.push(format!("{what} at {at}"));
        }
    }
    let member = c["member"].as_str().map(|m| format!(" for {m}")).unwrap_or_default();
    lines.push(format!("created by {}{member} at log entry {}", text("created_by"), c["created_at"]));
    lines.push(format!(
        "{} from {}",
        count(number(&c["votes"]), "vote", "votes"),
        count(number(&c["participants"]), "participant", "participants")
    ));
    let counts = &c["statement_counts"];
    let mut kinds: Vec<String> = ["approved", "pending", "rejected", "meta"]
        .iter()
        .map(|kind| count(number(&counts[kind]), kind, kind))
        .collect();
    if let Some(flagged) = counts["flagged"].as_u64() {
        kinds.push(count(flagged, "flagged", "flagged"));
    }
    lines.push(format!("{} ({})", count(number(&counts["total"]), "statement", "statements"), kinds.join(", ")));
    for s in statements.as_array().into_iter().flatten() {
        let words = match (s["text"].as_str(), s["status"].as_str()) {
            (Some(words), _) => words.to_owned(),
            (None, Some("rejected")) => "(text withheld)".into(),
            (None, _) => "(text taken down)".into(),
        };
        let mut line = format!("{:>4}  {:<8}  {words}", number(&s["number"]), s["status"].as_str().unwrap_or("?"));
        if s["seed"] == true {
            line.push_str("  [seed]");
        }
        if s["meta"] == true {
            line.push_str("  [meta]");
        }
        if let Some(reason) = s["reason"].as_str() {
            line.push_str(&format!("  (reason: {reason})"));
        }
        if let Some(flags) = s["flags"].as_u64().filter(|f| *f > 0) {
            line.push_str(&format!("  ({})", count(flags, "flag", "flags")));
        }
        lines.push(line);
    }
    lines.join("\n")
}

async fn close(args: IdArgs) -> Result<(), Failure> {
    let id = args.id;
    let endpoint = Endpoint::writing(&args.acting).await?;
    let path = format!("api/v1/consultations/{id}/close");
    let recorded = endpoint
        .post(&path, json!({}), async |state, caller| {
            let command = Command::Consultation(domain::consultation::ConsultationCommand::Close { id });
            server::api::submit(state, caller, command).await
        })
        .await?;
    args.acting.place.print(&recorded, |v| format!("consultation {id} is closed (log entry {})", v["log_index"]));
    Ok(())
}
