//! The decision types: the current set, and publishing a new version.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::authz::{Action, Target};
use domain::decision::{DecisionCommand, DecisionEvent, DecisionType};

use super::dto::{DecisionTypeDto, DecisionTypesDto, PublishTypesRequest, PublishedTypes};
use super::{recorded_event, send};
use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::Json as JsonBody;

/// The procedure as JSON, for answers.
pub(super) fn procedure_json(procedure: &rules::Procedure) -> Result<serde_json::Value, ApiError> {
    serde_json::to_value(procedure).map_err(|err| ApiError::Internal(format!("a procedure does not write: {err}")))
}

/// The decision types a ballot can be opened under now.
#[utoipa::path(
    get,
    path = "/api/v1/decision-types",
    tag = "decisions",
    responses((status = 200, description = "The latest set (version null: the shipped set, not yet published)", body = DecisionTypesDto))
)]
pub async fn list(State(state): State<AppState>) -> Result<Json<DecisionTypesDto>, ApiError> {
    let records = state.store.decision_types().await?;
    let version = records.first().and_then(|r| r.version);
    let types = records
        .iter()
        .map(|r| {
            Ok(DecisionTypeDto {
                code: r.decision_type.code.clone(),
                name: r.decision_type.procedure.name().to_owned(),
                procedure: procedure_json(&r.decision_type.procedure)?,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(Json(DecisionTypesDto { version, types }))
}

/// Publishes a new version of the set of decision types (the
/// secretariat). Each procedure is TOML; an error names the type, the
/// line and the column.
#[utoipa::path(
    post,
    path = "/api/v1/decision-types",
    tag = "decisions",
    request_body = PublishTypesRequest,
    responses(
        (status = 201, description = "Published", body = PublishedTypes),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the secretariat publishes decision types", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A code or a procedure is wrong", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn publish(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<PublishTypesRequest>,
) -> Result<(StatusCode, Json<PublishedTypes>), ApiError> {
    caller.require(&state, Action::PublishDecisionTypes, Target::None)?;
    let types = body
        .types
        .into_iter()
        .map(|t| {
            let procedure = rules::Procedure::from_toml(&t.procedure)
                .map_err(|err| ApiError::Unprocessable(format!("decision type {:?}: procedure: {err}", t.code)))?;
            Ok(DecisionType { code: t.code, procedure })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let indexes =
        send(&state, &caller, Action::PublishDecisionTypes, Target::None, DecisionCommand::PublishTypes(types)).await?;
    let index = indexes.first().copied().ok_or_else(|| ApiError::Internal("no event was recorded".into()))?;
    match recorded_event(&state, index).await? {
        DecisionEvent::TypesPublished(published) => {
            Ok((StatusCode::CREATED, Json(PublishedTypes { version: published.version })))
        }
        _ => Err(ApiError::Internal(format!("log entry {index} is not the set just published"))),
    }
}
