//! Taking part: a consultation's statements, writing one, voting, flagging,
//! and the statement the caller is shown next.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::Rejection;
use domain::authz::{Action, Target};
use domain::consultation::{Choice, ConsultationCommand, ConsultationEvent, Status, check_statement_text};

use super::dto::{NewStatement, NextStatement, StatementDto, VoteRequest, WrittenStatement};
use super::{consultation_id, field, language, recorded_event, seen, send, statement_number};
use crate::AppState;
use crate::api::Recorded;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path};

/// The statements of consultation `id` as the caller may see them (the
/// API and `concord consultation show`).
pub async fn visible_statements(state: &AppState, caller: &Caller, id: u64) -> Result<Vec<StatementDto>, ApiError> {
    let seen = seen(state, caller, id).await?;
    let statements = state.store.statements(id).await?;
    Ok(statements.iter().filter_map(|s| StatementDto::visible(s, seen.manages)).collect())
}

/// A consultation's statements, by number: pending ones only to those who
/// manage it, rejected ones with their reason (their text only to those
/// who manage it), flags only to those who manage it.
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{id}/statements",
    tag = "consultations",
    params(("id" = u64, Path, description = "The consultation's number")),
    responses(
        (status = 200, description = "The statements", body = [StatementDto]),
        (status = 404, description = "No such consultation", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn statements(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Vec<StatementDto>>, ApiError> {
    Ok(Json(visible_statements(&state, &caller, consultation_id(&id)?).await?))
}

/// Writes a statement (those in the audience of an open consultation that
/// takes statements). Held for a moderator when the consultation says so.
#[utoipa::path(
    post,
    path = "/api/v1/consultations/{id}/statements",
    tag = "consultations",
    params(("id" = u64, Path, description = "The consultation's number")),
    request_body = NewStatement,
    responses(
        (status = 201, description = "Written", body = WrittenStatement),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not in the audience, or participants do not write statements here", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not open, or the same statement exists", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty, too long or not one paragraph; an unknown language", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn write(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<NewStatement>,
) -> Result<(StatusCode, Json<WrittenStatement>), ApiError> {
    let id = consultation_id(&id)?;
    caller.require(&state, Action::TakePart, Target::None)?;
    let language = language("language", &body.language)?;
    check_statement_text(&body.text)?;
    let command = ConsultationCommand::AddStatement { id, language, text: body.text, pseudonym: None };
    let recorded = send(&state, &caller, command).await?;
    let ConsultationEvent::StatementAdded(added) = recorded_event(&state, recorded.log_index).await? else {
        return Err(ApiError::Internal(format!("log entry {} is not the statement written", recorded.log_index)));
    };
    let written =
        WrittenStatement { number: added.statement, status: added.status.code(), log_index: recorded.log_index };
    Ok((StatusCode::CREATED, Json(written)))
}

/// Votes on a statement; a later vote replaces an earlier one.
#[utoipa::path(
    post,
    path = "/api/v1/consultations/{id}/votes",
    tag = "consultations",
    params(("id" = u64, Path, description = "The consultation's number")),
    request_body = VoteRequest,
    responses(
        (status = 201, description = "Recorded", body = Recorded),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not in the audience", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation or statement", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The consultation is not open, or the statement takes no votes", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "choice is not agree, disagree or pass", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn vote(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<VoteRequest>,
) -> Result<(StatusCode, Json<Recorded>), ApiError> {
    let id = consultation_id(&id)?;
    caller.require(&state, Action::TakePart, Target::None)?;
    let choice: Choice = field("choice", &body.choice)?;
    let command = ConsultationCommand::Vote { id, statement: body.statement, choice, pseudonym: None };
    Ok((StatusCode::CREATED, Json(send(&state, &caller, command).await?)))
}

/// Flags a statement for the moderators.
#[utoipa::path(
    post,
    path = "/api/v1/consultations/{id}/statements/{n}/flag",
    tag = "consultations",
    params(
        ("id" = u64, Path, description = "The consultation's number"),
        ("n" = u64, Path, description = "The statement's number"),
    ),
    responses(
        (status = 200, description = "Flagged", body = Recorded),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not in the audience", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation or statement", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The consultation is not open", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn flag(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, n)): Path<(String, String)>,
) -> Result<Json<Recorded>, ApiError> {
    let (id, statement) = (consultation_id(&id)?, statement_number(&n)?);
    caller.require(&state, Action::TakePart, Target::None)?;
    Ok(Json(send(&state, &caller, ConsultationCommand::Flag { id, statement, pseudonym: None }).await?))
}

/// The statement the caller is shown next: one open to votes that they
/// have not voted on, drawn by Pol.is's priority (from the latest stored
/// analysis, if any); 204 when none is left.
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{id}/next",
    tag = "consultations",
    params(("id" = u64, Path, description = "The consultation's number")),
    responses(
        (status = 200, description = "The next statement", body = NextStatement),
        (status = 204, description = "Nothing left to vote on"),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Your role does not take part in consultations", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The consultation is not open", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn next(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> Result<Response, ApiError> {
    let id = consultation_id(&id)?;
    caller.require(&state, Action::TakePart, Target::None)?;
    let seen = seen(&state, &caller, id).await?;
    if seen.record.status != Status::Open {
        let status = seen.record.status.code();
        return Err(Rejection::ConsultationStatus { id, status, wanted: "taken part in" }.into());
    }
    let handle = caller.handle().ok_or_else(|| ApiError::Unauthorized("sign in first".into()))?;
    let voter = state.store.voter_in(id, handle).await?;
    let part = state.store.taking_part(id, &voter).await?;
    let Some(number) = part.next else {
        return Ok(StatusCode::NO_CONTENT.into_response());
    };
    let chosen =
        part.statements.iter().find(|s| s.number == number).and_then(|s| StatementDto::visible(s, seen.manages));
    let statement = chosen.ok_or_else(|| ApiError::Internal(format!("statement {number} was drawn but not found")))?;
    let next = NextStatement { statement, remaining: part.remaining as u64, voted: part.votes.len() as u64 };
    Ok(Json(next).into_response())
}
