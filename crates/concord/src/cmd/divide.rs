//! `concord divide ...` (issue 17): the AI divide index.
//!
//! - `compute` and `explain` compute the index on this machine, from the
//!   shipped data or a server's public log (`divide_compute`);
//! - `load-indicators`, `submit`, `review`, `methodology publish` and
//!   `submissions` talk to a server (`--url`, with an API token from
//!   `--token` or `CONCORD_TOKEN`; `submissions` needs none) or, without
//!   `--url`, run the server's own code on a local data directory as its
//!   secretariat administrator. Those that append to the log need the
//!   data directory's writer: on SQLite, stop the server first.
//!
//! A methodology file is checked here before it is sent, an error told as
//! `FILE:LINE:COLUMN: what`.

use std::path::PathBuf;

use anyhow::anyhow;
use serde_json::{Value, json};
use server::api::divide::dto::{NewSubmissionRequest, PublishMethodologyRequest, ReviewRequest};
use server::api::divide::{self as api, SubmissionParams};

use super::access::Acting;
use super::divide_compute::{self, ComputeArgs, ExplainArgs, methodology_file};
use super::endpoint::Endpoint;
use super::members::encode;
use super::plural::count;
use super::{Failure, block_on, failed};

/// The `divide` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum DivideCommand {
    /// Compute the index from the shipped data, or from a server's public
    /// log with --url; prints a table, or the member states' rows as JSON.
    Compute(ComputeArgs),
    /// Say how a state's score was made, value by value.
    Explain(ExplainArgs),
    /// Append the shipped indicator values the log does not hold yet, and
    /// the default methodology if none is published (the secretariat).
    LoadIndicators(LoadArgs),
    /// Submit a newer national value with its source, for review (the
    /// member state's head of delegation or a delegate); prints its number.
    Submit(SubmitArgs),
    /// Accept or reject a submission (the secretariat).
    Review(ReviewArgs),
    /// The methodology: publish a new version (the secretariat).
    #[command(subcommand)]
    Methodology(MethodologyCommand),
    /// List the national submissions, newest first.
    Submissions(SubmissionsArgs),
}

/// Options of `concord divide load-indicators`.
#[derive(Debug, clap::Args)]
pub struct LoadArgs {
    #[command(flatten)]
    pub acting: Acting,
}

/// Options of `concord divide submit`.
#[derive(Debug, clap::Args)]
pub struct SubmitArgs {
    /// The member state (ISO 3166-1 alpha-3), e.g. KEN.
    #[arg(long, value_name = "ISO3")]
    pub member: String,
    /// The indicator's code (see `GET /api/v1/divide/indicators`).
    #[arg(long, value_name = "CODE")]
    pub indicator: String,
    /// The year the value describes.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    pub year: u16,
    /// The value, as decimal text (kept as written), e.g. 35.2.
    #[arg(long, allow_hyphen_values = true)]
    pub value: String,
    /// Where it comes from (a national statistics office's release, a URL).
    #[arg(long)]
    pub source: String,
    #[command(flatten)]
    pub acting: Acting,
}

/// Options of `concord divide review`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("verdict").required(true).args(["accept", "reject"])))]
pub struct ReviewArgs {
    /// The submission's number.
    #[arg(value_parser = clap::value_parser!(u64).range(1..=server::extract::MAX_NUMBER))]
    pub id: u64,
    /// Accept it: the value counts from now on.
    #[arg(long)]
    pub accept: bool,
    /// Reject it (give --reason).
    #[arg(long)]
    pub reject: bool,
    /// Why, for the public record (required when rejecting).
    #[arg(long, default_value = "")]
    pub reason: String,
    #[command(flatten)]
    pub acting: Acting,
}

/// The `divide methodology` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum MethodologyCommand {
    /// Publish a methodology file (TOML) as the next version.
    Publish(PublishArgs),
}

/// Options of `concord divide methodology publish`.
#[derive(Debug, clap::Args)]
pub struct PublishArgs {
    /// The methodology file; its `version` must be the next one.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub acting: Acting,
}

/// Options of `concord divide submissions`.
#[derive(Debug, clap::Args)]
pub struct SubmissionsArgs {
    /// Only this status: pending, accepted or rejected.
    #[arg(long)]
    pub status: Option<String>,
    /// Only this member state (ISO 3166-1 alpha-3).
    #[arg(long, value_name = "ISO3")]
    pub member: Option<String>,
    #[command(flatten)]
    pub acting: Acting,
}

impl DivideCommand {
    /// Runs the subcommand.
    pub fn run(self) -> Result<(), Failure> {
        match self {
            DivideCommand::Compute(args) => divide_compute::compute(args),
            DivideCommand::Explain(args) => divide_compute::explain(args),
            DivideCommand::LoadIndicators(args) => block_on(load(args))?,
            DivideCommand::Submit(args) => block_on(submit(args))?,
            DivideCommand::Review(args) => block_on(review(args))?,
            DivideCommand::Methodology(MethodologyCommand::Publish(args)) => block_on(publish(args))?,
            DivideCommand::Submissions(args) => block_on(list(args))?,
        }
    }
}

fn json_of(value: impl serde::Serialize) -> Result<Value, Failure> {
    super::endpoint::json_of(value)
}

async fn load(args: LoadArgs) -> Result<(), Failure> {
    let endpoint = Endpoint::writing(&args.acting).await?;
    let loaded = endpoint
        .post("api/v1/divide/load-indicators", json!(null), async |state, caller| {
            api::load_indicators(state, caller).await
        })
        .await?;
    args.acting.place.print(&loaded, |v| {
        let values = v["values"].as_u64().unwrap_or(0);
        let mut text = if values == 0 {
            "nothing new to load: the log holds every shipped indicator value".to_owned()
        } else {
            format!(
                "loaded {} in {}",
                count(values, "indicator value", "indicator values"),
                count(v["series"].as_u64().unwrap_or(0), "series", "series")
            )
        };
        if let Some(version) = v["methodology"].as_u64() {
            text.push_str(&format!("; published the default methodology as version {version}"));
        }
        text
    });
    Ok(())
}

async fn submit(args: SubmitArgs) -> Result<(), Failure> {
    let request = NewSubmissionRequest {
        member: args.member.to_ascii_uppercase(),
        indicator: args.indicator.clone(),
        year: args.year,
        value: Value::String(args.value.clone()),
        source: args.source.clone(),
    };
    let body = json_of(&request)?;
    let endpoint = Endpoint::writing(&args.acting).await?;
    let created = endpoint
        .post("api/v1/divide/submissions", body, async |state, caller| api::submit_value(state, caller, request).await)
        .await?;
    args.acting.place.print(&created, |v| {
        format!(
            "submission {} recorded (log index {}): {} {} {} = {}; it awaits the secretariat's review",
            v["id"],
            v["log_index"],
            args.member.to_ascii_uppercase(),
            args.indicator,
            args.year,
            args.value
        )
    });
    Ok(())
}

async fn review(args: ReviewArgs) -> Result<(), Failure> {
    let request = ReviewRequest { accept: args.accept, reason: args.reason.clone() };
    let body = json_of(&request)?;
    let id = args.id;
    let endpoint = Endpoint::writing(&args.acting).await?;
    let reviewed = endpoint
        .post(&format!("api/v1/divide/submissions/{id}/review"), body, async |state, caller| {
            api::review(state, caller, id, request).await
        })
        .await?;
    args.acting.place.print(&reviewed, submission_line);
    Ok(())
}

async fn publish(args: PublishArgs) -> Result<(), Failure> {
    methodology_file(&args.file)?;
    let text = super::ballot::read_text(&args.file)?;
    let request = PublishMethodologyRequest { text };
    let body = json_of(&request)?;
    let endpoint = Endpoint::writing(&args.acting).await?;
    let published = endpoint
        .post("api/v1/divide/methodology", body, async |state, caller| {
            api::publish_methodology(state, caller, request).await
        })
        .await?;
    args.acting.place.print(&published, |v| {
        format!("methodology version {} published (log index {})", v["version"], v["log_index"])
    });
    Ok(())
}

async fn list(args: SubmissionsArgs) -> Result<(), Failure> {
    let mut query = Vec::new();
    if let Some(status) = &args.status {
        query.push(format!("status={}", encode(status)));
    }
    let member = args.member.as_deref().map(str::to_ascii_uppercase);
    if let Some(member) = &member {
        query.push(format!("member={}", encode(member)));
    }
    let path = format!("api/v1/divide/submissions?{}", query.join("&"));
    let params = SubmissionParams { status: args.status.clone(), member };
    let endpoint = Endpoint::reading(&args.acting).await?;
    let found = endpoint.get(&path, async |state, _| api::submissions(state, params).await).await?;
    if !found.is_array() {
        return Err(failed(anyhow!("the answer is not a list of submissions: {found}")));
    }
    args.acting.place.print_rows(&found, ("submission", "submissions"), submission_line);
    Ok(())
}

/// A submission on one line.
fn submission_line(s: &Value) -> String {
    let text = |key: &str| s[key].as_str().unwrap_or("").to_owned();
    let mut line = format!(
        "#{}  {} {} {} = {}  [{}]  source: {}",
        s["id"],
        text("member"),
        text("indicator"),
        s["year"],
        text("value"),
        text("status"),
        text("source")
    );
    if let Some(reason) = s["reason"].as_str() {
        line.push_str(&format!("  reason: {reason}"));
    }
    line
}
