//! `GET /api/v1/consultations/{id}/analysis`: the latest stored analysis,
//! in the shape of `concord analyze --json` (without `timings_ms`, with
//! `log_size`, `engine` and `constituencies`; see
//! `domain::consultation::analysis`), served as stored; 202 with
//! `Retry-After` until the first analysis exists.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use domain::consultation::visibility::results_shown;
use domain::consultation::{ResultsVisibility, Status};

use super::manage::has_voted;
use super::{consultation_id, seen};
use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::Path;

/// The latest analysis of a consultation: opinion groups, representative
/// statements, consensus, group-informed consensus, bridging scores and
/// agreement by constituency. While it is open, results are shown as the
/// consultation says (to everyone, or to those who have voted); once it
/// is closed, to everyone.
#[utoipa::path(
    get,
    path = "/api/v1/consultations/{id}/analysis",
    tag = "consultations",
    params(("id" = u64, Path, description = "The consultation's number")),
    responses(
        (status = 200, description = "The analysis report (see `concord analyze --json`), with the log size it covers and the engine that made it", content_type = "application/json"),
        (status = 202, description = "No analysis yet; ask again after Retry-After seconds", body = Problem,
            headers(("Retry-After" = u16, description = "Seconds to wait"))),
        (status = 403, description = "The results are not shown to you yet (and why)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn analysis(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = consultation_id(&id)?;
    let seen = seen(&state, &caller, id).await?;
    let record = &seen.record;
    let voted = has_voted(&state, &caller, id).await?;
    if !results_shown(record.status, record.results, seen.manages, voted) {
        return Err(ApiError::Forbidden(hidden_because(id, record.status, record.results, caller.handle().is_some())));
    }
    let Some(stored) = state.store.analysis(id).await? else {
        return Ok(crate::api::pending("analysis-pending", &format!("consultation {id} has not been analysed yet")));
    };
    let mut response = stored.report.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(response)
}

/// Why the results are not shown to the caller.
fn hidden_because(id: u64, status: Status, results: ResultsVisibility, signed_in: bool) -> String {
    match (status, results) {
        (Status::Open, ResultsVisibility::Participants) if signed_in => format!(
            "while consultation {id} is open, its results are shown to those who have voted; \
             vote on a statement first, or wait until it closes"
        ),
        (Status::Open, ResultsVisibility::Participants) => format!(
            "while consultation {id} is open, its results are shown to those who have voted; \
             sign in and vote, or wait until it closes"
        ),
        _ => format!("the results of consultation {id} are not shown yet"),
    }
}
