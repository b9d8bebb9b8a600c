//! `concord consultation import DIR` and `concord consultation export ID
//! --out DIR` (issue 15): a Pol.is open-data export folder into a
//! consultation, and a consultation's record back into one.
//!
//! Import reads the folder (`domain::consultation::polis`: errors name the
//! file and line), then sends it as the API's import steps: begin, batches
//! of statements then of votes in the export's order, finish. Over `--url`
//! each step is a request (a token with `import_consultation`); on a data
//! directory each is the server's own handler as the local secretariat
//! administrator. The consultation stays a draft that only the
//! secretariat sees until the last batch is in; an import cut short leaves
//! that draft (`concord consultation list` shows it), never a half record
//! that looks complete.
//!
//! [`import_into`] imports into an open store as any caller: `serve
//! --demo` imports the shipped exports with it.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, anyhow};
use domain::consultation::polis::{self, PolisExport};
use domain::consultation::{MAX_IMPORT_STATEMENTS, MAX_IMPORT_VOTES, StatementStatus};
use domain::lang::Lang;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use server::AppState;
use server::api::consultations::polis::{
    BatchImported, ExportedStatement, ExportedVote, ImportBatchRequest, ImportBeginRequest, ImportBegun,
};
use server::auth::{Caller, Credential};
use store::Store;

use super::access::{Acting, from_api, local_admin};
use super::http::Server;
use super::plural::count;
use super::polis_export::{CommentRow, VoteRow, write_record};
use super::{Failure, bad_input, block_on, failed};

/// The most bytes of statement text one batch carries: well under the
/// server's body limit (1 MiB) once escaped as JSON.
const BATCH_TEXT_BYTES: usize = 256 * 1024;

/// Options of `concord consultation import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The export folder: comments.csv, and votes.csv or
    /// participants-votes.csv (summary.csv gives the title and source).
    pub dir: PathBuf,
    /// The title [default: the topic of summary.csv, else the folder's name].
    #[arg(long)]
    pub title: Option<String>,
    /// The language of the statements: ar, zh, en, fr, ru or es [default:
    /// guessed from their script: zh, ar, ru, else en].
    #[arg(long, value_name = "LANG")]
    pub language: Option<String>,
    #[command(flatten)]
    pub acting: Acting,
}

/// Options of `concord consultation export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The consultation's number.
    #[arg(value_parser = clap::value_parser!(u64).range(1..=server::extract::MAX_NUMBER))]
    pub id: u64,
    /// The folder to write (new, or empty).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    #[command(flatten)]
    pub acting: Acting,
}

/// What an import brought in (`--json` prints the four counted fields).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    /// The consultation's number.
    pub id: u64,
    /// Statements (comments) imported.
    pub statements: u64,
    /// Distinct voters.
    pub participants: u64,
    /// Votes imported: every row of votes.csv, re-votes included.
    pub votes: u64,
    /// Where it was held (summary.csv's url, else the folder's name).
    #[serde(skip)]
    pub source: String,
    /// What the export held that was kept but is worth saying, with file
    /// and line (identical vote rows).
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// An export folder, read.
pub struct ExportFolder {
    /// The comments and votes.
    pub export: PolisExport,
    /// The title: summary.csv's topic, else the folder's name.
    pub title: String,
    /// Where it was held: summary.csv's url, else the folder's name.
    pub source: String,
}

impl ExportFolder {
    /// Reads `dir`. Errors name the file and line.
    pub fn read(dir: &Path) -> anyhow::Result<ExportFolder> {
        if !dir.is_dir() {
            return Err(anyhow!("{}: not a folder", dir.display()));
        }
        let open = |name: &str| -> anyhow::Result<Option<std::io::BufReader<std::fs::File>>> {
            let path = dir.join(name);
            match std::fs::File::open(&path) {
                Ok(file) => Ok(Some(std::io::BufReader::new(file))),
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(err) => Err(anyhow!("{}: {err}", path.display())),
            }
        };
        let comments = open(polis::COMMENTS)?
            .ok_or_else(|| anyhow!("{}: there is no {} in this folder", dir.display(), polis::COMMENTS))?;
        let votes = open(polis::VOTES)?;
        let latest = if votes.is_none() { open(polis::PARTICIPANTS_VOTES)? } else { None };
        let export = polis::read(comments, votes, latest).map_err(|err| anyhow!("{}/{err}", dir.display()))?;
        let name = dir
            .canonicalize()
            .ok()
            .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "Pol.is export".to_owned());
        let (mut title, mut source) = (None, None);
        if let Some(summary) = open(polis::SUMMARY)? {
            let summary = polis::read_summary(summary).map_err(|err| anyhow!("{}/{err}", dir.display()))?;
            (title, source) = (summary.topic, summary.url);
        }
        Ok(ExportFolder { export, title: title.unwrap_or_else(|| name.clone()), source: source.unwrap_or(name) })
    }

    /// The language the statements are most likely written in, by script.
    pub fn language(&self) -> Lang {
        let (mut han, mut arabic, mut cyrillic, mut latin) = (0usize, 0usize, 0usize, 0usize);
        for c in self.export.comments.iter().flat_map(|c| c.body.chars()) {
            match c as u32 {
                0x4E00..=0x9FFF | 0x3400..=0x4DBF => han += 1,
                0x0600..=0x06FF => arabic += 1,
                0x0400..=0x04FF => cyrillic += 1,
                _ if c.is_ascii_alphabetic() => latin += 1,
                _ => {}
            }
        }
        // The last of equals wins: English when nothing else is more.
        [(han, Lang::Zh), (arabic, Lang::Ar), (cyrillic, Lang::Ru), (latin, Lang::En)]
            .into_iter()
            .max_by_key(|(n, _)| *n)
            .map_or(Lang::En, |(_, lang)| lang)
    }

    /// The batches to send, in order: statements (at most
    /// [`MAX_IMPORT_STATEMENTS`] and [`BATCH_TEXT_BYTES`] of text each),
    /// then votes ([`MAX_IMPORT_VOTES`] each), in the export's order.
    pub fn batches(&self) -> Vec<ImportBatchRequest> {
        let mut batches = Vec::new();
        let mut current = ImportBatchRequest::default();
        let mut bytes = 0;
        for c in &self.export.comments {
            if current.statements.len() == MAX_IMPORT_STATEMENTS
                || (!current.statements.is_empty() && bytes + c.body.len() > BATCH_TEXT_BYTES)
            {
                batches.push(std::mem::take(&mut current));
                bytes = 0;
            }
            bytes += c.body.len();
            current.statements.push(ExportedStatement {
                comment_id: c.id,
                author: c.author.clone(),
                time_ms: c.time.unix_millis(),
                moderated: moderated(c.status).into(),
                text: c.body.clone(),
            });
        }
        if !current.statements.is_empty() {
            batches.push(current);
        }
        for chunk in self.export.votes.chunks(MAX_IMPORT_VOTES) {
            let votes = chunk
                .iter()
                .map(|v| ExportedVote {
                    time_ms: v.time.unix_millis(),
                    comment_id: v.comment,
                    voter: v.voter.clone(),
                    vote: v.choice.value().into(),
                })
                .collect();
            batches.push(ImportBatchRequest { statements: Vec::new(), votes });
        }
        batches
    }
}

/// Pol.is's `moderated` value of a status.
fn moderated(status: StatementStatus) -> i8 {
    match status {
        StatementStatus::Approved => 1,
        StatementStatus::Pending => 0,
        StatementStatus::Rejected => -1,
    }
}

/// Where the import steps go.
enum Sink<'a> {
    /// The server's own handlers, on a store.
    Local(&'a AppState, &'a Caller),
    /// A server, with an API token.
    Remote(&'a Server, &'a str),
}

impl Sink<'_> {
    async fn begin(&self, request: ImportBeginRequest) -> Result<ImportBegun, Failure> {
        match self {
            Sink::Local(state, caller) => {
                server::api::consultations::polis::begin_import(state, caller, request).await.map_err(from_api)
            }
            Sink::Remote(server, token) => {
                let body = serde_json::to_value(&request).map_err(|err| failed(anyhow!(err)))?;
                parse(server.send_json("api/v1/consultations/imports", token, &body).await?)
            }
        }
    }

    async fn batch(&self, id: u64, request: ImportBatchRequest) -> Result<BatchImported, Failure> {
        match self {
            Sink::Local(state, caller) => {
                server::api::consultations::polis::import_batch(state, caller, id, request).await.map_err(from_api)
            }
            Sink::Remote(server, token) => {
                let body = serde_json::to_value(&request).map_err(|err| failed(anyhow!(err)))?;
                parse(server.send_json(&format!("api/v1/consultations/imports/{id}/batches"), token, &body).await?)
            }
        }
    }

    async fn finish(&self, id: u64) -> Result<(), Failure> {
        match self {
            Sink::Local(state, caller) => {
                server::api::consultations::polis::finish_import(state, caller, id).await.map_err(from_api)?;
            }
            Sink::Remote(server, token) => {
                let path = format!("api/v1/consultations/imports/{id}/finish");
                server.send_json(&path, token, &serde_json::json!({})).await?;
            }
        }
        Ok(())
    }
}

fn parse<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<T, Failure> {
    serde_json::from_value(value.clone()).map_err(|err| failed(anyhow!("the server answered {value}: {err}")))
}

/// Sends `folder` to `sink` as one import, showing progress on a terminal.
async fn send(
    sink: &Sink<'_>,
    folder: &ExportFolder,
    title: Option<&str>,
    language: Lang,
) -> Result<ImportSummary, Failure> {
    let begun = sink
        .begin(ImportBeginRequest {
            language: language.code().to_owned(),
            title: title.unwrap_or(&folder.title).to_owned(),
            question: None,
            source: folder.source.clone(),
        })
        .await?;
    let export = &folder.export;
    let total = (export.comments.len() + export.votes.len()) as u64;
    let bar = if std::io::stderr().is_terminal() && total > 10 * MAX_IMPORT_VOTES as u64 {
        ProgressBar::new(total)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("importing {bar:40} {pos}/{len} statements and votes ({per_sec}, {eta} left)")
            .expect("the template is valid"),
    );
    for batch in folder.batches() {
        let sent = batch.statements.len() + batch.votes.len();
        sink.batch(begun.id, batch).await?;
        bar.inc(sent as u64);
    }
    sink.finish(begun.id).await?;
    bar.finish_and_clear();
    Ok(ImportSummary {
        id: begun.id,
        statements: export.comments.len() as u64,
        participants: export.participants() as u64,
        votes: export.votes.len() as u64,
        source: folder.source.clone(),
        warnings: export.warnings.clone(),
    })
}

/// Imports the export folder `dir` into `store` as `caller` (the platform,
/// [`domain::authz::Caller::system`], acts as the secretariat), through the
/// server's own import handlers, so the rules are the API's. `title`
/// overrides the topic of summary.csv; `language` the language guessed
/// from the statements' script. A folder that cannot be read is an error
/// naming the file and line.
pub async fn import_into(
    store: &Store,
    caller: domain::authz::Caller,
    dir: &Path,
    title: Option<&str>,
    language: Option<Lang>,
) -> anyhow::Result<ImportSummary> {
    let folder = ExportFolder::read(dir)?;
    let language = language.unwrap_or_else(|| folder.language());
    let mut principal = store.principal(&caller.actor).await?;
    if caller.is_system() {
        principal.role = domain::authz::Role::Secretariat;
    }
    let account = store.account(&caller.actor).await?;
    let caller = Caller { principal, scope: caller.scope, account, credential: Credential::Token };
    let state = AppState::new(store.clone());
    send(&Sink::Local(&state, &caller), &folder, title, language).await.map_err(|f| match f {
        Failure::BadInput(err) | Failure::Failed(err) => err,
    })
}

/// Runs `concord consultation import`.
pub fn import(args: ImportArgs) -> Result<(), Failure> {
    let language = match &args.language {
        Some(code) => Some(
            Lang::from_code(code)
                .ok_or_else(|| bad_input(anyhow!("--language {code:?}: use one of ar, zh, en, fr, ru, es")))?,
        ),
        None => None,
    };
    let title = args.title.as_deref();
    let summary = block_on(async {
        if let Some((server, token)) = args.acting.server()? {
            let folder = ExportFolder::read(&args.dir).map_err(bad_input)?;
            let language = language.unwrap_or_else(|| folder.language());
            return send(&Sink::Remote(&server, &token), &folder, title, language).await;
        }
        let config = args.acting.place.store.config();
        drop(Store::open_detached(&config).await?);
        let store = Store::open(&config).await?;
        let admin = local_admin(&store).await?;
        let caller = admin.acting().ok_or_else(|| failed(anyhow!("the administrator has no handle")))?;
        // Bad input unless the store failed: the folder or its rows.
        import_into(&store, caller, &args.dir, title, language)
            .await
            .map_err(|err| if err.downcast_ref::<store::StoreError>().is_some() { failed(err) } else { bad_input(err) })
    })??;
    for warning in &summary.warnings {
        eprintln!("warning: {}/{warning}", args.dir.display());
    }
    let value = serde_json::to_value(&summary).map_err(|err| failed(anyhow!(err)))?;
    args.acting.place.print(&value, |_| {
        format!(
            "consultation {} imported from {}: {}, {}, {} (closed)",
            summary.id,
            summary.source,
            count(summary.statements, "statement", "statements"),
            count(summary.participants, "participant", "participants"),
            count(summary.votes, "vote", "votes"),
        )
    });
    Ok(())
}

/// Runs `concord consultation export`.
pub fn export(args: ExportArgs) -> Result<(), Failure> {
    let out = &args.out;
    if out.exists() {
        let empty = out.is_dir()
            && std::fs::read_dir(out).map_err(|err| bad_input(anyhow!("{}: {err}", out.display())))?.next().is_none();
        if !empty {
            return Err(bad_input(anyhow!(
                "{}: the folder exists and is not empty; name a new or empty folder with --out",
                out.display()
            )));
        }
    }
    let id = args.id;
    let record: server::api::consultations::polis::ConsultationExport = block_on(async {
        if let Some(url) = &args.acting.place.url {
            let server = Server::new(url)?;
            let path = format!("api/v1/consultations/{id}/export");
            return parse(server.get_json_as(&path, args.acting.token.as_deref()).await?);
        }
        let store = Store::open_detached(&args.acting.place.store.config()).await?;
        let caller = local_admin(&store).await?;
        let state = AppState::new(store);
        server::api::consultations::polis::export_of(&state, &caller, id).await.map_err(from_api)
    })??;
    std::fs::create_dir_all(out).with_context(|| format!("{}: cannot create", out.display())).map_err(failed)?;
    let comments: Vec<CommentRow> = record
        .statements
        .iter()
        .map(|s| CommentRow {
            time_ms: s.time_ms,
            id: s.comment_id,
            author: s.author.clone(),
            moderated: s.moderated as i8,
            body: s.text.clone(),
        })
        .collect();
    let votes: Vec<VoteRow> = record
        .votes
        .iter()
        .map(|v| VoteRow { time_ms: v.time_ms, comment: v.comment_id, voter: v.voter.clone(), vote: v.vote as i8 })
        .collect();
    let written = write_record(out, &comments, &votes).map_err(failed)?;
    let value = serde_json::json!({
        "id": id,
        "out": out.display().to_string(),
        "files": written,
        "statements": comments.len(),
        "votes": votes.len(),
    });
    args.acting.place.print(&value, |_| {
        format!(
            "consultation {id} exported to {}: {} ({}, {})",
            out.display(),
            written.join(", "),
            count(comments.len() as u64, "statement", "statements"),
            count(votes.len() as u64, "vote", "votes"),
        )
    });
    Ok(())
}
