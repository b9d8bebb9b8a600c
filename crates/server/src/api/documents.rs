//! Documents of the organization and their texts: `/api/v1/documents` and
//! `/api/v1/blobs/{sha256}`. A text is a content-addressed blob: the log
//! records its SHA-256, and a takedown removes the bytes but not the hash.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::Command;
use domain::authz::{Action, Target};
use domain::blob::Sha256;
use domain::lang::Lang;
use serde::{Deserialize, Serialize};
use store::DocumentRecord;
use utoipa::ToSchema;

use super::{Recorded, submit, submit_or_refuse};
use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path};

/// A document to publish.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDocument {
    /// Its title.
    pub title: String,
    /// Its language: ar, zh, en, fr, ru or es.
    pub language: String,
    /// Its text.
    pub text: String,
    /// The text's media type (default `text/markdown; charset=utf-8`).
    #[serde(default)]
    pub media_type: Option<String>,
}

/// A published document.
#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentDto {
    /// Its number.
    pub number: u64,
    /// Its title.
    pub title: String,
    /// Its language.
    pub language: &'static str,
    /// The SHA-256 of its text (`GET /api/v1/blobs/{sha256}`).
    pub sha256: String,
    /// The text's media type.
    pub media_type: String,
    /// The text's length in bytes.
    pub size: u64,
    /// The log index of its publication.
    pub published_at: u64,
    /// The log index of the takedown of its text, if it was taken down.
    pub redacted_at: Option<u64>,
}

impl From<DocumentRecord> for DocumentDto {
    fn from(record: DocumentRecord) -> DocumentDto {
        DocumentDto {
            number: record.number,
            title: record.title,
            language: record.language.code(),
            sha256: record.sha256.to_string(),
            media_type: record.media_type,
            size: record.size,
            published_at: record.published_at,
            redacted_at: record.redacted_at,
        }
    }
}

/// What is wrong with a document to publish, by field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentProblem {
    /// The title is empty, too long or holds line breaks (the domain's
    /// rule, `domain::check_document_title`).
    Title(String),
    /// The language is not one of the six.
    Language(String),
    /// The text is empty.
    Text,
    /// The media type is not a plain media type.
    MediaType,
}

impl From<DocumentProblem> for ApiError {
    fn from(problem: DocumentProblem) -> ApiError {
        ApiError::Unprocessable(match problem {
            DocumentProblem::Title(why) => format!("title: {why}"),
            DocumentProblem::Language(sent) => format!("language: {sent:?} is not ar, zh, en, fr, ru or es"),
            DocumentProblem::Text => "text: the document has no text".into(),
            DocumentProblem::MediaType => "media_type: give a media type such as text/plain; charset=utf-8".into(),
        })
    }
}

/// The media type of a text when none is given.
pub const DEFAULT_MEDIA_TYPE: &str = "text/markdown; charset=utf-8";

/// A document checked: its language and media type, parsed.
#[derive(Debug, Clone)]
pub struct CheckedDocument {
    title: String,
    language: Lang,
    text: String,
    media_type: String,
}

impl NewDocument {
    /// Checks every field before anything is stored; the first problem
    /// found, in the order of the fields.
    pub fn check(self) -> Result<CheckedDocument, DocumentProblem> {
        if let Err(domain::Rejection::Invalid { message, .. }) = domain::check_document_title(&self.title) {
            return Err(DocumentProblem::Title(message));
        }
        let language = Lang::from_code(&self.language).ok_or(DocumentProblem::Language(self.language))?;
        if self.text.trim().is_empty() {
            return Err(DocumentProblem::Text);
        }
        let media_type = self.media_type.unwrap_or_else(|| DEFAULT_MEDIA_TYPE.into());
        if media_type.is_empty()
            || media_type.len() > 100
            || !media_type.is_ascii()
            || media_type.chars().any(char::is_control)
        {
            return Err(DocumentProblem::MediaType);
        }
        Ok(CheckedDocument { title: self.title, language, text: self.text, media_type })
    }
}

/// Publishes a checked document as the caller (the API and the page's
/// form): refused before any byte is stored unless the caller may publish;
/// a refusal of the domain comes back inside `Ok`.
pub async fn publish_checked(
    state: &AppState,
    caller: &Caller,
    document: CheckedDocument,
) -> Result<Result<Recorded, domain::Rejection>, ApiError> {
    caller.require(state, Action::PublishDocument, Target::None)?;
    let blob = state.store.put_blob(document.text.as_bytes(), &document.media_type).await?;
    let command = Command::PublishDocument { title: document.title, language: document.language, blob };
    submit_or_refuse(state, caller, command).await
}

/// Publishes a document (the secretariat).
#[utoipa::path(
    post,
    path = "/api/v1/documents",
    tag = "documents",
    request_body = NewDocument,
    responses(
        (status = 201, description = "Published", body = Recorded),
        (status = 403, description = "Only the secretariat publishes", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is wrong", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn publish(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<NewDocument>,
) -> Result<(StatusCode, Json<Recorded>), ApiError> {
    // Refuse before checking, so a stranger learns nothing from the checks.
    caller.require(&state, Action::PublishDocument, Target::None)?;
    let document = body.check()?;
    let recorded = publish_checked(&state, &caller, document).await?.map_err(ApiError::from)?;
    Ok((StatusCode::CREATED, Json(recorded)))
}

/// Every published document.
#[utoipa::path(
    get,
    path = "/api/v1/documents",
    tag = "documents",
    responses((status = 200, description = "Documents by number", body = [DocumentDto]))
)]
pub async fn list(State(state): State<AppState>) -> Result<Json<Vec<DocumentDto>>, ApiError> {
    Ok(Json(state.store.documents().await?.into_iter().map(DocumentDto::from).collect()))
}

fn sha256(text: &str) -> Result<Sha256, ApiError> {
    text.parse().map_err(ApiError::invalid_parameter)
}

/// A public text, by its SHA-256: a published document's, or an approved
/// statement's (or its translation) once its consultation is open
/// (`Store::blob_is_public`). A text that was taken down answers 410: its
/// hash stays in the log, its bytes are gone.
#[utoipa::path(
    get,
    path = "/api/v1/blobs/{sha256}",
    tag = "documents",
    params(("sha256" = String, Path, description = "The text's SHA-256, 64 lowercase hex digits")),
    responses(
        (status = 200, description = "The bytes, with their media type"),
        (status = 404, description = "No such text", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "Taken down", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn blob(State(state): State<AppState>, Path(text): Path<String>) -> Result<Response, ApiError> {
    let hash = sha256(&text)?;
    let stored = match state.store.blob(&hash).await? {
        Some(stored) if stored.bytes.is_none() || state.store.blob_is_public(&hash).await? => stored,
        _ => return Err(ApiError::NotFound(format!("no published text has the hash {hash}"))),
    };
    let bytes = stored
        .bytes
        .ok_or_else(|| ApiError::Gone(format!("the text {hash} was taken down; its hash stays in the log")))?;
    let mut response = bytes.into_response();
    let media_type = HeaderValue::from_str(&stored.reference.media_type)
        .unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"));
    response.headers_mut().insert(header::CONTENT_TYPE, media_type);
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(response)
}

/// Why a text is taken down.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Takedown {
    /// The public reason (never the removed content itself).
    pub reason: String,
}

/// Takes a text down (the secretariat): its bytes are removed, its hash
/// stays in the log, and the takedown is itself a logged event.
#[utoipa::path(
    post,
    path = "/api/v1/blobs/{sha256}/redaction",
    tag = "documents",
    params(("sha256" = String, Path, description = "The text's SHA-256")),
    request_body = Takedown,
    responses(
        (status = 200, description = "Taken down", body = Recorded),
        (status = 403, description = "Only the secretariat takes content down", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such text", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already taken down", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn redact(
    State(state): State<AppState>,
    caller: Caller,
    Path(text): Path<String>,
    JsonBody(body): JsonBody<Takedown>,
) -> Result<Json<Recorded>, ApiError> {
    let command = Command::RedactBlob { sha256: sha256(&text)?, reason: body.reason };
    Ok(Json(submit(&state, &caller, command).await?))
}
