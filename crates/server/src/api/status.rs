//! `GET /api/v1/status`.

use std::time::{Duration, Instant};

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
    /// This node's place in the federation: hub or mirror, how far a
    /// mirror is behind, its witness key, and the evidence it keeps.
    pub node: super::federation::NodeDto,
}

/// How long a computed status is served again while the log grows.
const MAX_AGE: Duration = Duration::from_secs(10);

/// The last status computed. Its state digest reads every public row, so
/// it is computed by one request at a time (the others wait for it) and at
/// most once per `MAX_AGE` (10 seconds) while the log grows; while the log stands
/// still it is never recomputed. What it reports comes from one read
/// snapshot, so its log size and digest always belong together.
#[derive(Default)]
pub struct StatusCache {
    last: tokio::sync::Mutex<Option<(Instant, store::Status)>>,
}

impl StatusCache {
    /// The status of `store`, at most `MAX_AGE` (10 seconds) old.
    pub async fn get(&self, store: &store::Store) -> Result<store::Status, store::StoreError> {
        let mut last = self.last.lock().await;
        if let Some((computed, status)) = last.as_mut() {
            if computed.elapsed() < MAX_AGE {
                return Ok(status.clone());
            }
            if store.log_sizes().await? == (status.log_size, status.checkpoint_size) {
                *computed = Instant::now();
                return Ok(status.clone());
            }
        }
        let status = store.status().await?;
        *last = Some((Instant::now(), status.clone()));
        Ok(status)
    }
}

/// The node's status: log size, checkpoint, state digest. While the log
/// grows, what it reports may be up to 10 seconds old (the digest reads
/// every public row, so it is not recomputed on every request).
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
    let status = state.status.get(&state.store).await?;
    let facts = state.node_facts.get(&state.store).await?;
    Ok(Json(StatusDto {
        node: super::federation::NodeDto::of(&state.node, &facts),
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
