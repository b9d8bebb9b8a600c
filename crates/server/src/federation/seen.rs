//! `GET /log/checkpoints/seen`: the checkpoints this node holds, for
//! gossip between nodes (a mirror compares what its peers were shown with
//! what it holds, to catch a hub showing different logs to different
//! nodes).
//!
//! ```json
//! {"origin": "<this node's log origin>",
//!  "checkpoints": [{"origin": "...", "size": 12, "note": "<signed note>"}]}
//! ```
//!
//! First the checkpoint this node serves for its own log (as
//! `/log/checkpoint` does), then the latest it cosigned for each log it
//! witnesses.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::error::ApiError;

/// Where the checkpoints seen are served.
pub const PATH: &str = "/log/checkpoints/seen";

/// The answer of `GET /log/checkpoints/seen`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    /// This node's log origin.
    pub origin: String,
    /// Its own checkpoint first, then one per log it witnesses.
    pub checkpoints: Vec<SeenCheckpoint>,
}

/// A checkpoint a node holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeenCheckpoint {
    /// The log's origin.
    pub origin: String,
    /// Its tree size.
    pub size: u64,
    /// The signed note.
    pub note: String,
}

/// `GET /log/checkpoints/seen`.
pub async fn seen(State(state): State<AppState>) -> Result<Response, ApiError> {
    let origin = state.store.origin().to_owned();
    let own = crate::log::served_checkpoint(&state).await?;
    let witnessed = state.store.witnessed_all().await?;
    let checkpoints = own
        .map(|(size, note)| SeenCheckpoint { origin: origin.clone(), size, note })
        .into_iter()
        .chain(witnessed.into_iter().map(|w| SeenCheckpoint { origin: w.origin, size: w.size, note: w.note }))
        .collect();
    let mut response = Json(Seen { origin, checkpoints }).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=1"));
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    Ok(response)
}
