//! The indicator catalogue, the methodology in force and publishing a new
//! version (the secretariat), and loading the shipped values into the log
//! (the secretariat).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::authz::{Action, Target};
use domain::divide::DivideCommand;
use exchange::{Catalogue, Methodology};

use super::dto::{IndicatorDto, LoadedDto, MethodologyDto, PublishMethodologyRequest, PublishedMethodology};
use super::send;
use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::Json as JsonBody;

/// The indicators Concord knows, in code order.
pub fn catalogue() -> Vec<IndicatorDto> {
    Catalogue::shipped()
        .indicators()
        .iter()
        .map(|i| IndicatorDto {
            code: i.code.clone(),
            name: i.name.clone(),
            source: i.source.clone(),
            min: i.min,
            max: i.max,
        })
        .collect()
}

/// The indicators a value can be submitted for: code, name, source, and
/// the bounds of a possible value.
#[utoipa::path(
    get,
    path = "/api/v1/divide/indicators",
    tag = "divide",
    responses((status = 200, description = "The catalogue", body = [IndicatorDto]))
)]
pub async fn indicators() -> Json<Vec<IndicatorDto>> {
    Json(catalogue())
}

/// The latest published methodology, or the shipped default while none is.
pub async fn methodology_in_force(state: &AppState) -> Result<MethodologyDto, ApiError> {
    Ok(match state.store.divide_methodologies().await?.pop() {
        Some(latest) => {
            MethodologyDto { version: latest.version, text: latest.text, published_at: Some(latest.published_at) }
        }
        None => MethodologyDto {
            version: Methodology::default_shipped().version,
            text: exchange::DEFAULT_TOML.to_owned(),
            published_at: None,
        },
    })
}

/// The methodology the index is computed by: the latest version
/// published, or the shipped default (`published_at` null) while none is.
#[utoipa::path(
    get,
    path = "/api/v1/divide/methodology",
    tag = "divide",
    responses((status = 200, description = "The methodology in force", body = MethodologyDto))
)]
pub async fn show(State(state): State<AppState>) -> Result<Json<MethodologyDto>, ApiError> {
    Ok(Json(methodology_in_force(&state).await?))
}

/// Publishes a methodology file as the caller (the secretariat).
pub async fn publish_methodology(
    state: &AppState,
    caller: &Caller,
    request: PublishMethodologyRequest,
) -> Result<PublishedMethodology, ApiError> {
    let command = DivideCommand::PublishMethodology { text: request.text };
    let recorded = send(state, caller, Action::PublishMethodology, Target::None, command).await?;
    match super::recorded_event(state, recorded.log_index).await? {
        domain::divide::DivideEvent::MethodologyPublished(published) => {
            Ok(PublishedMethodology { version: published.version, log_index: recorded.log_index })
        }
        _ => Err(ApiError::Internal(format!("log entry {} is not the methodology just published", recorded.log_index))),
    }
}

/// Publishes a new version of the methodology (the secretariat). The file
/// is TOML (see `data/divide/methodology.toml`); its `version` must be the
/// next one. An error names the line and column.
#[utoipa::path(
    post,
    path = "/api/v1/divide/methodology",
    tag = "divide",
    request_body = PublishMethodologyRequest,
    responses(
        (status = 201, description = "Published", body = PublishedMethodology),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the secretariat publishes the methodology", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The file is wrong (at a line and column), or not the next version", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn publish(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<PublishMethodologyRequest>,
) -> Result<(StatusCode, Json<PublishedMethodology>), ApiError> {
    Ok((StatusCode::CREATED, Json(publish_methodology(&state, &caller, body).await?)))
}

/// Appends what is new in the shipped values, as the caller (the
/// secretariat).
pub async fn load_indicators(state: &AppState, caller: &Caller) -> Result<LoadedDto, ApiError> {
    caller.require(state, Action::RecordIndicatorValues, Target::None)?;
    let acting = caller.acting().ok_or_else(|| ApiError::Unauthorized("sign in first".into()))?;
    let report = state.store.load_shipped_indicators(acting).await?;
    Ok(LoadedDto { methodology: report.methodology, series: report.series as u64, values: report.values as u64 })
}

/// Appends the shipped indicator values (`data/indicators`, CC BY 4.0) the
/// log does not hold yet, and the default methodology if none is
/// published (the secretariat). Nothing new: nothing appended.
#[utoipa::path(
    post,
    path = "/api/v1/divide/load-indicators",
    tag = "divide",
    responses(
        (status = 200, description = "What was appended", body = LoadedDto),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the secretariat records indicator values", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn load(State(state): State<AppState>, caller: Caller) -> Result<Json<LoadedDto>, ApiError> {
    Ok(Json(load_indicators(&state, &caller).await?))
}
