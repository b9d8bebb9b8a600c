//! National submissions: the list and one submission (public, as the log
//! is), submitting a newer value (the member state's head or a delegate),
//! and the secretariat's review.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::authz::{Action, Target};
use domain::divide::{Decimal, DivideCommand, DivideEvent, DivideRejection, NewValue};
use domain::member::Iso3;
use serde::Deserialize;
use serde_json::Value;
use store::divide::{SubmissionFilter, SubmissionRecord};
use utoipa::IntoParams;

use super::dto::{CreatedSubmission, NewSubmissionRequest, ReviewRequest, SubmissionDto};
use super::{recorded_event, send};
use crate::AppState;
use crate::api::members::parse_filter;
use crate::api::rfc3339;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path, Query};

/// A submission as the API shows it.
pub(super) fn submission_dto(record: &SubmissionRecord) -> SubmissionDto {
    SubmissionDto {
        id: record.id,
        member: record.member.to_string(),
        indicator: record.indicator.clone(),
        year: record.year,
        value: record.value.clone(),
        source: record.source.clone(),
        submitted_by: record.submitted_by.to_string(),
        submitted_at: record.submitted_at,
        submitted: rfc3339(record.submitted_ms),
        status: record.status.code().to_owned(),
        reason: record.reason.clone(),
        reviewed_by: record.reviewed_by.as_ref().map(ToString::to_string),
        reviewed_at: record.reviewed_at,
    }
}

/// Which submissions.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SubmissionParams {
    /// Only this status: pending, accepted or rejected.
    pub status: Option<String>,
    /// Only this member state (ISO 3166-1 alpha-3).
    pub member: Option<String>,
}

/// The submissions `params` select, newest first.
pub async fn submissions(state: &AppState, params: SubmissionParams) -> Result<Vec<SubmissionDto>, ApiError> {
    let filter = SubmissionFilter {
        status: parse_filter("status", params.status)?,
        member: parse_filter("member", params.member)?,
    };
    Ok(state.store.divide_submissions(filter).await?.iter().map(submission_dto).collect())
}

/// National submissions of indicator values, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/divide/submissions",
    tag = "divide",
    params(SubmissionParams),
    responses(
        (status = 200, description = "The submissions", body = [SubmissionDto]),
        (status = 400, description = "An unknown status or member code", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Query(params): Query<SubmissionParams>,
) -> Result<Json<Vec<SubmissionDto>>, ApiError> {
    Ok(Json(submissions(&state, params).await?))
}

/// Submission `id`, or the domain's 404.
pub async fn submission(state: &AppState, id: u64) -> Result<SubmissionDto, ApiError> {
    let record = state.store.divide_submission(id).await?;
    let record = record.ok_or_else(|| domain::Rejection::from(DivideRejection::UnknownSubmission(id)))?;
    Ok(submission_dto(&record))
}

/// One submission and its review.
#[utoipa::path(
    get,
    path = "/api/v1/divide/submissions/{id}",
    tag = "divide",
    params(("id" = u64, Path, description = "The submission's number")),
    responses(
        (status = 200, description = "The submission", body = SubmissionDto),
        (status = 404, description = "No such submission", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn show(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<SubmissionDto>, ApiError> {
    Ok(Json(submission(&state, crate::extract::id(&id, "submission")?).await?))
}

/// The decimal of a submitted value: a JSON string kept as written, or a
/// JSON number written with its shortest text.
fn decimal(value: &Value) -> Result<Decimal, ApiError> {
    let text = match value {
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        _ => {
            return Err(ApiError::Unprocessable(
                "value: give a number, as a JSON number (23.5) or a string of decimal text (\"23.5\")".into(),
            ));
        }
    };
    text.parse().map_err(|err: String| ApiError::Unprocessable(format!("value: {err}")))
}

/// Submits a newer national value as the caller.
pub async fn submit_value(
    state: &AppState,
    caller: &Caller,
    request: NewSubmissionRequest,
) -> Result<CreatedSubmission, ApiError> {
    let member: Iso3 =
        request.member.parse().map_err(|err: String| ApiError::Unprocessable(format!("member: {err}")))?;
    let value = NewValue {
        member,
        indicator: request.indicator,
        year: request.year,
        value: decimal(&request.value)?,
        source: request.source,
    };
    let target = Target::Member(member);
    let recorded = send(state, caller, Action::SubmitIndicatorValue, target, DivideCommand::SubmitValue(value)).await?;
    match recorded_event(state, recorded.log_index).await? {
        DivideEvent::ValueSubmitted(submitted) => {
            Ok(CreatedSubmission { id: submitted.submission, log_index: recorded.log_index })
        }
        _ => Err(ApiError::Internal(format!("log entry {} is not the submission just made", recorded.log_index))),
    }
}

/// Submits a newer value of one of the member state's indicators, with
/// its source, for the secretariat to review (the head of the member
/// state's delegation or a delegate).
#[utoipa::path(
    post,
    path = "/api/v1/divide/submissions",
    tag = "divide",
    request_body = NewSubmissionRequest,
    responses(
        (status = 201, description = "Submitted; it awaits review", body = CreatedSubmission),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "You do not speak for that member state", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Not a state of the organization", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The same value already awaits review", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is wrong: an unknown indicator, an impossible value, a year in the future, no source", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<NewSubmissionRequest>,
) -> Result<(StatusCode, Json<CreatedSubmission>), ApiError> {
    Ok((StatusCode::CREATED, Json(submit_value(&state, &caller, body).await?)))
}

/// Accepts or rejects submission `id` as the caller; answers it reviewed.
pub async fn review(
    state: &AppState,
    caller: &Caller,
    id: u64,
    request: ReviewRequest,
) -> Result<SubmissionDto, ApiError> {
    let command = DivideCommand::Review { submission: id, accept: request.accept, reason: request.reason };
    send(state, caller, Action::ReviewIndicatorValue, Target::None, command).await?;
    submission(state, id).await
}

/// Accepts a submission (its value counts from now on) or rejects it with
/// a public reason (the secretariat).
#[utoipa::path(
    post,
    path = "/api/v1/divide/submissions/{id}/review",
    tag = "divide",
    params(("id" = u64, Path, description = "The submission's number")),
    request_body = ReviewRequest,
    responses(
        (status = 200, description = "Reviewed", body = SubmissionDto),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the secretariat reviews submissions", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such submission", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already reviewed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A rejection without a reason", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn review_one(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ReviewRequest>,
) -> Result<Json<SubmissionDto>, ApiError> {
    let id = crate::extract::id(&id, "submission")?;
    Ok(Json(review(&state, &caller, id, body).await?))
}
