//! Pol.is exports in and out (issue 15): importing a consultation held
//! elsewhere in batches, under `/api/v1/consultations/imports`, and a
//! consultation's whole record as an export reads it
//! (`GET /api/v1/consultations/{id}/export`).
//!
//! An import is begun (a draft that only the secretariat sees), filled by
//! batches of statements and votes in the export's order, each batch well
//! under the request body limit (at most
//! `domain::consultation::MAX_IMPORT_STATEMENTS` statements and
//! `MAX_IMPORT_VOTES` votes; a client keeps the texts of one batch to a few
//! hundred kilobytes), and finished (the consultation closes). Statements
//! and votes name the export's comment ids and participant ids; the
//! domain keeps the rules (`domain::consultation::ImportCommand`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::Timestamp;
use domain::authz::{Action, Target};
use domain::consultation::visibility::manages;
use domain::consultation::{
    Choice, ConsultationCommand, ConsultationEvent, ImportCommand, ImportedStatement, ImportedVote, StatementStatus,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{consultation_id, language, recorded_event, seen, send};
use crate::AppState;
use crate::api::Recorded;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path};

/// The beginning of an import.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportBeginRequest {
    /// The language of the title, question and statements (ar, zh, en, fr,
    /// ru or es).
    pub language: String,
    /// The title (e.g. the export's `topic`).
    pub title: String,
    /// The question put to participants; the title when left out.
    #[serde(default)]
    pub question: Option<String>,
    /// Where the consultation was held (e.g. the conversation's address).
    pub source: String,
}

/// An import begun.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ImportBegun {
    /// The consultation's number (a draft until the import finishes).
    pub id: u64,
    /// The log index of its first event.
    pub log_index: u64,
    /// How many events were recorded.
    pub events: u64,
}

/// A statement of an export (a row of `comments.csv`).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportedStatement {
    /// Its comment id in the export.
    pub comment_id: u64,
    /// Its author's participant id in the export.
    pub author: String,
    /// When it was written (Unix milliseconds).
    pub time_ms: i64,
    /// 1 approved, 0 not moderated yet (pending), -1 rejected.
    pub moderated: i64,
    /// Its text, exactly.
    pub text: String,
}

/// A vote of an export (a row of `votes.csv`).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportedVote {
    /// When it was cast (Unix milliseconds).
    pub time_ms: i64,
    /// The comment id voted on.
    pub comment_id: u64,
    /// The voter's participant id.
    pub voter: String,
    /// 1 agree, -1 disagree, 0 pass.
    pub vote: i64,
}

/// A batch of an import: statements first, then votes (which may name
/// statements of the same batch).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportBatchRequest {
    /// At most 500 statements.
    #[serde(default)]
    pub statements: Vec<ExportedStatement>,
    /// At most 5,000 votes, in the export's order.
    #[serde(default)]
    pub votes: Vec<ExportedVote>,
}

/// A batch imported.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct BatchImported {
    /// Statements imported.
    pub statements: u64,
    /// Votes imported.
    pub votes: u64,
    /// The log index of the first event (absent for an empty batch).
    pub log_index: Option<u64>,
    /// How many events were recorded.
    pub events: u64,
}

/// A consultation as a Pol.is export lists it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ConsultationExport {
    /// The consultation's number.
    pub id: u64,
    /// Its title, in its language.
    pub title: String,
    /// Where it was held, if it was imported.
    pub source: Option<String>,
    /// Every statement, by number; a statement made here has comment id
    /// `number - 1` and its author's handle or pseudonym.
    pub statements: Vec<ExportedStatement>,
    /// Every vote in log order, changed ones included.
    pub votes: Vec<ExportedVote>,
}

fn moment(name: &str, millis: i64) -> Result<Timestamp, ApiError> {
    Timestamp::from_unix_millis(millis)
        .ok_or_else(|| ApiError::Unprocessable(format!("{name}: {millis} is not a time in Unix milliseconds")))
}

impl ImportBatchRequest {
    /// The domain's batch, each field checked for its form; the rules are
    /// the domain's.
    fn command(self, id: u64) -> Result<ImportCommand, ApiError> {
        let statements = self
            .statements
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let status = match s.moderated {
                    1 => StatementStatus::Approved,
                    0 => StatementStatus::Pending,
                    -1 => StatementStatus::Rejected,
                    other => {
                        return Err(ApiError::Unprocessable(format!(
                            "statements[{i}].moderated: {other} is not -1, 0 or 1"
                        )));
                    }
                };
                let time = moment(&format!("statements[{i}].time_ms"), s.time_ms)?;
                Ok(ImportedStatement { polis_id: s.comment_id, author: s.author, status, text: s.text, time })
            })
            .collect::<Result<_, ApiError>>()?;
        let votes = self
            .votes
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let choice = Choice::from_value(v.vote)
                    .ok_or_else(|| ApiError::Unprocessable(format!("votes[{i}].vote: {} is not -1, 0 or 1", v.vote)))?;
                let time = moment(&format!("votes[{i}].time_ms"), v.time_ms)?;
                Ok(ImportedVote { comment: v.comment_id, participant: v.voter, choice, time })
            })
            .collect::<Result<_, ApiError>>()?;
        Ok(ImportCommand::Batch { id, statements, votes })
    }
}

/// Begins an import as the caller (the API and `concord consultation
/// import`).
pub async fn begin_import(
    state: &AppState,
    caller: &Caller,
    request: ImportBeginRequest,
) -> Result<ImportBegun, ApiError> {
    caller.require(state, Action::ImportConsultation, Target::None)?;
    let question = request.question.unwrap_or_else(|| request.title.clone());
    let command = ImportCommand::Begin {
        language: language("language", &request.language)?,
        title: request.title,
        question,
        source: request.source,
    };
    let begun = send(state, caller, ConsultationCommand::Import(command)).await?;
    let ConsultationEvent::Created(created) = recorded_event(state, begun.log_index).await? else {
        return Err(ApiError::Internal(format!("log entry {} is not the consultation created", begun.log_index)));
    };
    Ok(ImportBegun { id: created.id, log_index: begun.log_index, events: begun.events })
}

/// Imports one batch into consultation `id` as the caller.
pub async fn import_batch(
    state: &AppState,
    caller: &Caller,
    id: u64,
    request: ImportBatchRequest,
) -> Result<BatchImported, ApiError> {
    caller.require(state, Action::ImportConsultation, Target::None)?;
    let (statements, votes) = (request.statements.len() as u64, request.votes.len() as u64);
    let command = request.command(id)?;
    let recorded = send(state, caller, ConsultationCommand::Import(command)).await?;
    let log_index = (recorded.events > 0).then_some(recorded.log_index);
    Ok(BatchImported { statements, votes, log_index, events: recorded.events })
}

/// Finishes the import of consultation `id` as the caller.
pub async fn finish_import(state: &AppState, caller: &Caller, id: u64) -> Result<Recorded, ApiError> {
    caller.require(state, Action::ImportConsultation, Target::None)?;
    send(state, caller, ConsultationCommand::Import(ImportCommand::Finish { id })).await
}

/// Consultation `id` as an export lists it, for those who manage it (the
/// texts of pending and rejected statements included).
pub async fn export_of(state: &AppState, caller: &Caller, id: u64) -> Result<ConsultationExport, ApiError> {
    let seen = seen(state, caller, id).await?;
    if !manages(&caller.principal, seen.record.member) {
        return Err(ApiError::Forbidden(format!(
            "only those who manage consultation {id} may export it whole; its votes are in the public log"
        )));
    }
    let import = state.store.consultation_import(id).await?;
    let statements = state.store.statements(id).await?;
    let comment_of: Vec<u64> =
        statements.iter().map(|s| s.imported.as_ref().map_or(s.number - 1, |from| from.polis_id)).collect();
    let votes = state.store.vote_rows(id).await?;
    let record = &seen.record;
    Ok(ConsultationExport {
        id,
        title: record.text_in(record.language).0.title.clone(),
        source: import.map(|i| i.source),
        statements: statements
            .iter()
            .zip(&comment_of)
            .map(|(s, &comment_id)| ExportedStatement {
                comment_id,
                author: s.imported.as_ref().map_or_else(|| s.author.to_string(), |from| from.author.clone()),
                time_ms: s.added_ms,
                moderated: match s.status {
                    StatementStatus::Approved => 1,
                    StatementStatus::Pending => 0,
                    StatementStatus::Rejected => -1,
                },
                text: s.text.clone().unwrap_or_default(),
            })
            .collect(),
        votes: votes
            .into_iter()
            .map(|v| {
                let comment_id =
                    usize::try_from(v.statement - 1).ok().and_then(|i| comment_of.get(i)).copied().ok_or_else(
                        || ApiError::Internal(format!("a vote names statement {}, never added", v.statement)),
                    )?;
                Ok(ExportedVote { time_ms: v.time_ms, comment_id, voter: v.voter, vote: v.choice.value().into() })
            })
            .collect::<Result<_, ApiError>>()?,
    })
}

/// Begins importing a consultation held elsewhere (the secretariat): a
/// draft that only the secretariat sees until the import finishes.
#[utoipa::path(
    post,
    path = "/api/v1/consultations/imports",
    tag = "consultations",
    request_body = ImportBeginRequest,
    responses(
        (status = 201, description = "Begun", body = ImportBegun),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the secretariat imports consultations, with a token that allows import_consultation", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is wrong", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn begin(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<ImportBeginRequest>,
) -> Result<(StatusCode, Json<ImportBegun>), ApiError> {
    Ok((StatusCode::CREATED, Json(begin_import(&state, &caller, body).await?)))
}

/// Adds a batch of statements and votes to an import.
#[utoipa::path(
    post,
    path = "/api/v1/consultations/imports/{id}/batches",
    tag = "consultations",
    params(("id" = u64, Path, description = "The consultation being imported")),
    request_body = ImportBatchRequest,
    responses(
        (status = 200, description = "Imported", body = BatchImported),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the secretariat imports consultations", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "It is not being imported (never was, or the import finished), or a comment id is imported twice", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The batch is larger than the body limit", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A statement or vote is wrong (a vote on a comment id not imported, a value not -1, 0 or 1, too many in one batch)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn batch(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ImportBatchRequest>,
) -> Result<Json<BatchImported>, ApiError> {
    let id = consultation_id(&id)?;
    Ok(Json(import_batch(&state, &caller, id, body).await?))
}

/// Finishes an import: the consultation closes, a record.
#[utoipa::path(
    post,
    path = "/api/v1/consultations/imports/{id}/finish",
    tag = "consultations",
    params(("id" = u64, Path, description = "The consultation being imported")),
    responses(
        (status = 200, description = "Finished", body = Recorded),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the secretariat imports consultations", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "It is not being imported", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn finish(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Recorded>, ApiError> {
    let id = consultation_id(&id)?;
    Ok(Json(finish_import(&state, &caller, id).await?))
}

/// A consultation's whole record as a Pol.is export lists it: every
/// statement with its comment id, author, time and moderation, and every
/// vote in log order (those who manage it).
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{id}/export",
    tag = "consultations",
    params(("id" = u64, Path, description = "The consultation's number")),
    responses(
        (status = 200, description = "The record", body = ConsultationExport),
        (status = 403, description = "You do not manage this consultation", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation (or a draft you do not manage)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn export(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<ConsultationExport>, ApiError> {
    let id = consultation_id(&id)?;
    Ok(Json(export_of(&state, &caller, id).await?))
}
