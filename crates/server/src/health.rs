//! Liveness and readiness for load balancers and orchestrators.

use axum::extract::State;

use crate::AppState;
use crate::error::ApiError;

/// `GET /healthz`: the process is up.
pub async fn healthz() -> &'static str {
    "ok\n"
}

/// `GET /readyz`: the database answers, so requests can be served.
pub async fn readyz(State(state): State<AppState>) -> Result<&'static str, ApiError> {
    state.store.ping().await?;
    Ok("ready\n")
}
