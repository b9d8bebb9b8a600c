//! `GET /api/v1/status`.

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::error::{ApiError, Problem};

/// The state of this node's log and projections.
#[derive(Debug, Serialize, ToSchema)]
pub struct StatusDto {
    /// The program version.
    pub version: &'static str,
    /// The database backend: `sqlite` or `postgres`.
    pub backend: &'static str,
    /// The log's checkpoint origin.
    pub origin: String,
    /// The log's verifier key (also at `/log/key`).
    pub verifier_key: String,
    /// Entries in the log.
    pub log_size: u64,
    /// Tree size of the latest signed checkpoint (`/log/checkpoint`).
    pub checkpoint_size: u64,
    /// SHA-256 (hex) over the public projection rows at `log_size`: the same
    /// log always gives the same digest, so it shows that the tables that
    /// answer queries follow from the log.
    pub state_digest: String,
    /// Member states.
    pub members: u64,
    /// Observer states.
    pub observers: u64,
    /// Whether this is a demonstration (`concord serve --demo`): invented
    /// delegations and organizations, nothing official.
    pub demo: bool,
}

/// The node's status: log size, checkpoint, state digest.
#[utoipa::path(
    get,
    path = "/api/v1/status",
    tag = "status",
    responses(
        (status = 200, description = "The status", body = StatusDto),
        (status = 503, description = "The database is unavailable", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn status(State(state): State<AppState>) -> Result<Json<StatusDto>, ApiError> {
    let status = state.store.status().await?;
    Ok(Json(StatusDto {
        version: env!("CARGO_PKG_VERSION"),
        backend: status.backend.name(),
        origin: status.origin,
        verifier_key: status.verifier_key,
        log_size: status.log_size,
        checkpoint_size: status.checkpoint_size,
        state_digest: status.state_digest,
        members: status.members,
        observers: status.observers,
        demo: state.demo.is_some(),
    }))
}
