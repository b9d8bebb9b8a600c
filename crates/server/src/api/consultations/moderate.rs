//! Moderation (those who manage a consultation approve, reject with a
//! public reason, or mark statements as meta) and translations of
//! statements (the secretariat).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::authz::{Action, Target};
use domain::consultation::{ConsultationCommand, Verdict, check_statement_text};

use super::dto::{ModerationRequest, TranslationRequest};
use super::{consultation_id, field, language, seen, send, statement_number};
use crate::AppState;
use crate::api::Recorded;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path};

/// Approves, rejects (with a public reason) or marks a statement as meta
/// (the secretariat, or the head of the delegation that opened the
/// consultation).
#[utoipa::path(
    post,
    path = "/api/v1/consultations/{id}/statements/{n}/moderation",
    tag = "consultations",
    params(
        ("id" = u64, Path, description = "The consultation's number"),
        ("n" = u64, Path, description = "The statement's number"),
    ),
    request_body = ModerationRequest,
    responses(
        (status = 200, description = "Recorded", body = Recorded),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "You do not moderate this consultation", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation or statement", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An unknown verdict, or a rejection without a reason", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn moderate(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, n)): Path<(String, String)>,
    JsonBody(body): JsonBody<ModerationRequest>,
) -> Result<Json<Recorded>, ApiError> {
    let (id, statement) = (consultation_id(&id)?, statement_number(&n)?);
    // Refuse before checking, so a stranger learns nothing from the checks.
    let seen = seen(&state, &caller, id).await?;
    caller.require(&state, Action::ModerateConsultation, seen.record.member.map_or(Target::None, Target::Member))?;
    let verdict: Verdict = field("verdict", &body.verdict)?;
    let command = ConsultationCommand::Moderate { id, statement, verdict, reason: body.reason };
    Ok(Json(send(&state, &caller, command).await?))
}

/// Adds a translation of a statement (the secretariat).
#[utoipa::path(
    post,
    path = "/api/v1/consultations/{id}/statements/{n}/translations",
    tag = "consultations",
    params(
        ("id" = u64, Path, description = "The consultation's number"),
        ("n" = u64, Path, description = "The statement's number"),
    ),
    request_body = TranslationRequest,
    responses(
        (status = 201, description = "Recorded", body = Recorded),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the secretariat translates statements", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation or statement", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The statement's own language, an unknown language, or a text that cannot be a statement", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn translate(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, n)): Path<(String, String)>,
    JsonBody(body): JsonBody<TranslationRequest>,
) -> Result<(StatusCode, Json<Recorded>), ApiError> {
    let (id, statement) = (consultation_id(&id)?, statement_number(&n)?);
    caller.require(&state, Action::TranslateStatement, Target::None)?;
    let language = language("language", &body.language)?;
    check_statement_text(&body.text)?;
    let command = ConsultationCommand::Translate { id, statement, language, text: body.text };
    Ok((StatusCode::CREATED, Json(send(&state, &caller, command).await?)))
}
