//! The public log over HTTP, as C2SP tlog-tiles: the signed checkpoint, the
//! hash tiles, the entry bundles, and the verifier key.
//!
//! A hub with a witness policy (`serve --witness-policy`) serves the newest
//! checkpoint whose cosignatures met the policy, as Tessera does, and the
//! plain signed one only until the first is witnessed; a mirror serves the
//! hub's checkpoint it holds.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use ledger::{TileId, TileKind};

use crate::AppState;
use crate::error::ApiError;
use crate::extract::Path;

/// Full tiles never change (C2SP tlog-tiles, "Full tiles ... MUST be
/// immutable"): clients and proxies may keep them for good.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// The checkpoint and partial tiles change as the log grows.
const SHORT_LIVED: &str = "public, max-age=1";

/// The `/log` routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/log/checkpoint", get(checkpoint))
        .route("/log/key", get(key))
        .route("/log/tile/{*path}", get(tile))
}

/// `GET /log/checkpoint`: the latest checkpoint, a C2SP signed note.
async fn checkpoint(State(state): State<AppState>) -> Result<Response, ApiError> {
    let (_, note) = served_checkpoint(&state)
        .await?
        .ok_or_else(|| ApiError::NotFound("this node holds no checkpoint of the log yet".into()))?;
    Ok(text(note.into_bytes(), "text/plain; charset=utf-8", SHORT_LIVED))
}

/// The checkpoint this node serves for its log, with its size: on a hub
/// with a witness policy the newest one cosigned by a quorum (until there
/// is one, the signed one); otherwise the signed one. `None` while there
/// is none (a mirror that has not yet fetched one).
pub(crate) async fn served_checkpoint(state: &AppState) -> Result<Option<(u64, String)>, store::StoreError> {
    if state.node.policy.is_some()
        && state.node.hub_url().is_none()
        && let Some(cosigned) = state.store.cosigned_checkpoint().await?
    {
        return Ok(Some(cosigned));
    }
    // A mirror holds the hub's checkpoint once it has fetched entries.
    if state.store.is_mirror() && state.store.log_sizes().await?.1 == 0 {
        return Ok(None);
    }
    state.store.signed_checkpoint().await.map(Some)
}

/// `GET /log/key`: the log's verifier key, `name+hex(id)+base64(0x01||key)`.
async fn key(State(state): State<AppState>) -> Response {
    let key = format!("{}\n", state.store.verifier_key());
    text(key.into_bytes(), "text/plain; charset=utf-8", IMMUTABLE)
}

/// `GET /log/tile/<L>/<N>[.p/<W>]` and `GET /log/tile/entries/<N>[.p/<W>]`.
async fn tile(State(state): State<AppState>, Path(path): Path<String>) -> Result<Response, ApiError> {
    let full_path = format!("tile/{path}");
    let tile = TileId::parse(&full_path)
        .map_err(|err| ApiError::NotFound(format!("{full_path} is not a tile path: {err}")))?;
    let bytes = match tile.kind() {
        TileKind::Entries => state.store.entry_bundle(tile.index(), tile.width()).await?,
        TileKind::Hashes(level) => state.store.hash_tile(level, tile.index(), tile.width()).await?,
    };
    let bytes = bytes.ok_or_else(|| ApiError::NotFound(format!("the log does not have {full_path} yet")))?;
    let cache = if tile.is_full() { IMMUTABLE } else { SHORT_LIVED };
    Ok(text(bytes, "application/octet-stream", cache))
}

fn text(bytes: Vec<u8>, content_type: &'static str, cache: &'static str) -> Response {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response
}
