//! `GET /record`: the public log for people (its signed checkpoint and
//! recent entries, decoded), and `GET /record/entries/{index}`: one entry
//! with its canonical JSON, leaf hash and inclusion proof against the
//! current checkpoint, and how to check it.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::Envelope;
use ledger::{Checkpoint, Note};

use super::errors::WebError;
use super::events;
use super::home::{Act, act};
use super::page::{Banner, Ctx, Layout, Pagination, Section, SummaryRow, page_number};
use crate::AppState;
use crate::extract::Path;

/// Entries per page of the record.
const PER_PAGE: u64 = 25;

#[derive(Template)]
#[template(path = "record.html")]
struct RecordPage {
    page: Layout,
    checkpoint: Vec<SummaryRow>,
    note: String,
    caption: String,
    acts: Vec<Act>,
    pagination: Pagination,
}

/// The signed checkpoint: its size, parsed body and note text.
async fn checkpoint(state: &AppState) -> Result<(Checkpoint, String), WebError> {
    let (_, note) = state.store.signed_checkpoint().await?;
    let parsed = Note::parse(note.as_bytes())
        .and_then(|n| Checkpoint::parse(n.text()))
        .map_err(|err| WebError::Internal(format!("the stored checkpoint does not parse: {err}")))?;
    Ok((parsed, note))
}

/// `GET /record?page=N`, newest entries first.
pub async fn browser(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let (signed, note) = checkpoint(&state).await?;
    let (size, _) = state.store.log_sizes().await?;
    let last = size.div_ceil(PER_PAGE).max(1);
    let current = page_number(&ctx)?.min(last);
    let end = size.saturating_sub((current - 1) * PER_PAGE);
    let entries = state.store.entries(end.saturating_sub(PER_PAGE), end).await?;
    let rows = vec![
        SummaryRow::new(tr.t("record-size"), tr.number(signed.size())),
        SummaryRow::new(tr.t("record-root"), signed.root().to_string()).code(),
        SummaryRow::new(tr.t("record-origin"), signed.origin().to_owned()).code(),
        SummaryRow::new(tr.t("record-key"), state.store.verifier_key().to_owned()).code(),
    ];
    let template = RecordPage {
        checkpoint: rows,
        note,
        caption: tr.t_args("record-caption", &[("page", tr.number(current).into()), ("pages", tr.number(last).into())]),
        acts: {
            let names = events::Names::read(&state).await?;
            entries.iter().rev().map(|e| act(&ctx, e, &names)).collect()
        },
        pagination: Pagination::new(&ctx, current, last),
        page: Layout::new(&state, &ctx, &tr.t("record-title"), Section::Record).await.crumb(tr.t("site-home"), "/"),
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}

/// A step of an inclusion proof.
struct Step {
    number: String,
    hash: String,
}

#[derive(Template)]
#[template(path = "entry.html")]
struct EntryPage {
    page: Layout,
    heading: String,
    sentence: String,
    /// The page of the document this entry published.
    document: Option<String>,
    summary: Vec<SummaryRow>,
    json: String,
    leaf_hash: String,
    banner: Option<Banner>,
    proof_lead: String,
    root: String,
    proof: Vec<Step>,
    proof_shown: bool,
    command: String,
    previous: Option<String>,
    next: Option<String>,
}

/// `GET /record/entries/{index}`.
pub async fn entry(State(state): State<AppState>, ctx: Ctx, Path(index): Path<String>) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let index = crate::extract::number(&index).ok_or(WebError::NotFound)?;
    let entry = state.store.entry(index).await?.ok_or(WebError::NotFound)?;
    let (signed, _) = checkpoint(&state).await?;
    let (size, _) = state.store.log_sizes().await?;
    let envelope = Envelope::decode(&entry.bytes)
        .map_err(|err| WebError::Internal(format!("entry {index} does not decode: {err}")))?;
    let proof = if index < signed.size() { state.store.inclusion_proof(index, signed.size()).await? } else { None };
    let heading = tr.t_args("entry-title", &[("index", tr.number(index).into())]);
    let summary = vec![
        SummaryRow::time(tr.t("entry-time"), tr.when(envelope.time)),
        SummaryRow::new(tr.t("entry-actor"), envelope.actor.to_string()).code(),
        SummaryRow::new(tr.t("entry-kind"), envelope.event.kind().to_owned()).code(),
    ];
    let template = EntryPage {
        sentence: events::describe(tr, &envelope.event, &events::Names::read(&state).await?),
        document: match &envelope.event {
            domain::Event::DocumentPublished(published) => Some(format!("/documents/{}", published.number)),
            _ => None,
        },
        summary,
        json: String::from_utf8_lossy(&entry.bytes).into_owned(),
        leaf_hash: entry.leaf_hash.to_string(),
        banner: proof.is_none().then(|| Banner { title: tr.t("banner-important"), body: tr.t("entry-not-signed") }),
        proof_lead: tr.t_args(
            "entry-proof-lead",
            &[("index", tr.number(index).into()), ("size", tr.number(signed.size()).into())],
        ),
        root: signed.root().to_string(),
        proof_shown: proof.is_some(),
        proof: proof
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(|(i, hash)| Step { number: tr.number(i as u64 + 1), hash: hash.to_string() })
            .collect(),
        command: format!("concord verify --url {} --key {}", server_url(&ctx), state.store.verifier_key()),
        previous: index.checked_sub(1).map(|i| format!("/record/entries/{i}")),
        next: (index + 1 < size).then(|| format!("/record/entries/{}", index + 1)),
        page: Layout::new(&state, &ctx, &heading, Section::Record)
            .await
            .crumb(tr.t("site-home"), "/")
            .crumb(tr.t("record-title"), "/record"),
        heading,
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}

/// This server's address as the commands a page shows write it: the `Host`
/// the request named, over HTTPS unless it is this machine.
pub fn server_url(ctx: &Ctx) -> String {
    let scheme = match ctx.host.as_deref() {
        Some(host) if !(host.starts_with("127.") || host.starts_with("localhost")) => "https",
        _ => "http",
    };
    let host = ctx.host.as_deref().unwrap_or("127.0.0.1:8080");
    format!("{scheme}://{host}")
}
