//! The list of consultations, one consultation's details, and what those
//! who manage consultations do: create, open, close, reopen.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::Timestamp;
use domain::authz::{Action, Target};
use domain::consultation::visibility::{listed, manages, results_shown};
use domain::consultation::{
    Audience, ConsultationCommand, ConsultationEvent, Moderation, NewConsultation, ResultsVisibility, Status,
};
use domain::lang::Lang;
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::{
    ConsultationDetail, ConsultationDto, ConsultationList, CreatedConsultation, NewConsultationRequest, StatementCounts,
};
use super::{consultation_id, field, language, recorded_event, seen, send};
use crate::AppState;
use crate::api::Recorded;
use crate::api::members::parse_filter;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path, Query};

/// The most consultations one page may hold.
const MAX_LIMIT: u64 = 200;
/// Consultations per page unless `limit` says otherwise.
const DEFAULT_LIMIT: u64 = 50;

/// Filters and paging of the list of consultations.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only this status: draft, open or closed (drafts are listed only to
    /// those who manage them).
    pub status: Option<String>,
    /// Only this audience: everyone, members or members_and_stakeholders.
    pub audience: Option<String>,
    /// Only consultations offered in this language (ar, zh, en, fr, ru or
    /// es): their authentic language or a translation of the title.
    pub language: Option<String>,
    /// At most this many (1 to 200; default 50).
    #[serde(default, deserialize_with = "crate::extract::bounded")]
    pub limit: Option<u64>,
    /// Skip this many (default 0).
    #[serde(default, deserialize_with = "crate::extract::bounded")]
    pub offset: Option<u64>,
}

/// The consultations the caller may see, filtered and paged (the API and
/// `concord consultation list`).
pub async fn list_visible(state: &AppState, caller: &Caller, params: ListParams) -> Result<ConsultationList, ApiError> {
    let limit = params.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::invalid_parameter(format!("limit: use a number from 1 to {MAX_LIMIT}, not {limit}")));
    }
    let offset = params.offset.unwrap_or(0);
    let status: Option<Status> = parse_filter("status", params.status)?;
    let audience: Option<Audience> = parse_filter("audience", params.audience)?;
    let language = match params.language.filter(|l| !l.is_empty()) {
        None => None,
        Some(code) => Some(super::language("language", &code).map_err(|e| ApiError::invalid_parameter(e.to_string()))?),
    };
    let matching: Vec<ConsultationDto> = state
        .store
        .consultations()
        .await?
        .iter()
        .filter(|c| listed(c.status, manages(&caller.principal, c.member)))
        .filter(|c| status.is_none_or(|s| c.status == s))
        .filter(|c| audience.is_none_or(|a| c.audience == a))
        .filter(|c| language.is_none_or(|l| c.texts.get(&l).is_some_and(|t| !t.title.is_empty())))
        .map(ConsultationDto::from)
        .collect();
    let total = matching.len() as u64;
    let skip = usize::try_from(offset).unwrap_or(usize::MAX);
    let items = matching.into_iter().skip(skip).take(limit as usize).collect();
    Ok(ConsultationList { total, limit, offset, items })
}

/// The consultations, newest first: open and closed ones to everyone,
/// drafts to those who manage them.
#[utoipa::path(
    get,
    path = "/api/v1/consultations",
    tag = "consultations",
    params(ListParams),
    responses(
        (status = 200, description = "A page of consultations", body = ConsultationList),
        (status = 400, description = "An unknown filter value or parameter", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(params): Query<ListParams>,
) -> Result<Json<ConsultationList>, ApiError> {
    Ok(Json(list_visible(&state, &caller, params).await?))
}

/// A consultation's details, as the caller may see them.
pub async fn detail(state: &AppState, caller: &Caller, id: u64) -> Result<ConsultationDetail, ApiError> {
    let seen = seen(state, caller, id).await?;
    let statements = state.store.statements(id).await?;
    let voted = has_voted(state, caller, id).await?;
    let record = &seen.record;
    Ok(ConsultationDetail {
        consultation: ConsultationDto::from(record),
        statement_counts: StatementCounts::of(&statements, seen.manages),
        manages: seen.manages,
        results_visible: results_shown(record.status, record.results, seen.manages, voted),
    })
}

/// Whether the caller has voted in consultation `id`.
pub(super) async fn has_voted(state: &AppState, caller: &Caller, id: u64) -> Result<bool, ApiError> {
    let Some(handle) = caller.handle() else { return Ok(false) };
    let voter = state.store.voter_in(id, handle).await?;
    Ok(!state.store.votes_of(id, &voter).await?.is_empty())
}

/// One consultation, with its statements counted.
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{id}",
    tag = "consultations",
    params(("id" = u64, Path, description = "The consultation's number")),
    responses(
        (status = 200, description = "The consultation", body = ConsultationDetail),
        (status = 404, description = "No such consultation (or a draft you do not manage)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn show(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<ConsultationDetail>, ApiError> {
    Ok(Json(detail(&state, &caller, consultation_id(&id)?).await?))
}

/// Texts by language code, checked: each code one of the six.
fn texts(name: &str, sent: BTreeMap<String, String>) -> Result<BTreeMap<Lang, String>, ApiError> {
    sent.into_iter().map(|(code, text)| Ok((language(name, &code)?, text))).collect()
}

fn time(name: &str, sent: Option<String>) -> Result<Option<Timestamp>, ApiError> {
    sent.map(|text| field::<Timestamp>(name, &text)).transpose()
}

impl NewConsultationRequest {
    /// The domain's settings, each field checked for its form; the rules
    /// on texts, times and seeds are the domain's.
    fn settings(self) -> Result<NewConsultation, ApiError> {
        Ok(NewConsultation {
            language: language("language", &self.language)?,
            title: texts("title", self.title)?,
            question: texts("question", self.question)?,
            audience: self.audience.map_or(Ok(Audience::Everyone), |a| field("audience", &a))?,
            moderation: self.moderation.map_or(Ok(Moderation::After), |m| field("moderation", &m))?,
            participants_write: self.participants_write.unwrap_or(true),
            results: self.results.map_or(Ok(ResultsVisibility::Everyone), |r| field("results", &r))?,
            opens_at: time("opens_at", self.opens_at)?,
            closes_at: time("closes_at", self.closes_at)?,
            seeds: self.seeds,
        })
    }
}

/// Creates a consultation as the caller (the API and `concord
/// consultation open`), and opens it at once if asked. Opening is checked
/// before anything is recorded, so a consultation is never left a draft
/// because the caller may create but not open it.
pub async fn create_consultation(
    state: &AppState,
    caller: &Caller,
    request: NewConsultationRequest,
) -> Result<CreatedConsultation, ApiError> {
    caller.require(state, Action::CreateConsultation, Target::None)?;
    let open = request.open;
    if open {
        let own = caller.principal.member.map_or(Target::None, Target::Member);
        caller.require(state, Action::ManageConsultation, own)?;
        if request.opens_at.is_some() {
            return Err(ApiError::Unprocessable(
                "opens_at: leave it out to open the consultation now, or set open to false to open it then".into(),
            ));
        }
    }
    let settings = request.settings()?;
    let created = send(state, caller, ConsultationCommand::Create(settings)).await?;
    let ConsultationEvent::Created(event) = recorded_event(state, created.log_index).await? else {
        return Err(ApiError::Internal(format!("log entry {} is not the consultation created", created.log_index)));
    };
    let mut answer = CreatedConsultation {
        id: event.id,
        status: Status::Draft.code(),
        log_index: created.log_index,
        events: created.events,
    };
    if open {
        let opened = send(state, caller, ConsultationCommand::Open { id: event.id }).await?;
        answer.status = Status::Open.code();
        answer.events += opened.events;
    }
    Ok(answer)
}

/// Creates a consultation (the secretariat, or a head of delegation), as a
/// draft unless `open` is true.
#[utoipa::path(
    post,
    path = "/api/v1/consultations",
    tag = "consultations",
    request_body = NewConsultationRequest,
    responses(
        (status = 201, description = "Created", body = CreatedConsultation),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the secretariat and heads of delegation create consultations", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is wrong", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<NewConsultationRequest>,
) -> Result<(StatusCode, Json<CreatedConsultation>), ApiError> {
    Ok((StatusCode::CREATED, Json(create_consultation(&state, &caller, body).await?)))
}

/// Submits `command` about the consultation of the path.
async fn change(
    state: &AppState,
    caller: &Caller,
    id: &str,
    command: impl FnOnce(u64) -> ConsultationCommand,
) -> Result<Json<Recorded>, ApiError> {
    let id = consultation_id(id)?;
    Ok(Json(send(state, caller, command(id)).await?))
}

/// Opens a draft consultation (those who manage it).
#[utoipa::path(
    post,
    path = "/api/v1/consultations/{id}/open",
    tag = "consultations",
    params(("id" = u64, Path, description = "The consultation's number")),
    responses(
        (status = 200, description = "Opened", body = Recorded),
        (status = 403, description = "You do not manage this consultation", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "It is not a draft", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn open(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Recorded>, ApiError> {
    change(&state, &caller, &id, |id| ConsultationCommand::Open { id }).await
}

/// Closes an open consultation (those who manage it).
#[utoipa::path(
    post,
    path = "/api/v1/consultations/{id}/close",
    tag = "consultations",
    params(("id" = u64, Path, description = "The consultation's number")),
    responses(
        (status = 200, description = "Closed", body = Recorded),
        (status = 403, description = "You do not manage this consultation", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "It is not open", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn close(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Recorded>, ApiError> {
    change(&state, &caller, &id, |id| ConsultationCommand::Close { id }).await
}

/// When a reopened consultation closes again.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReopenParams {
    /// Its new closing time (RFC 3339); without it, it stays open until
    /// closed.
    closes_at: Option<String>,
}

/// Opens a closed consultation again (those who manage it).
#[utoipa::path(
    post,
    path = "/api/v1/consultations/{id}/reopen",
    tag = "consultations",
    params(("id" = u64, Path, description = "The consultation's number"), ReopenParams),
    responses(
        (status = 200, description = "Reopened", body = Recorded),
        (status = 400, description = "closes_at is not an RFC 3339 time", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "You do not manage this consultation", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "It is not closed", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn reopen(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(params): Query<ReopenParams>,
) -> Result<Json<Recorded>, ApiError> {
    let closes_at = time("closes_at", params.closes_at).map_err(|err| ApiError::invalid_parameter(err.to_string()))?;
    change(&state, &caller, &id, |id| ConsultationCommand::Reopen { id, closes_at }).await
}
