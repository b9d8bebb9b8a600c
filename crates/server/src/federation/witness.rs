//! `POST /witness/add-checkpoint`: this node as a C2SP tlog-witness.
//!
//! The protocol's rules are `ledger::witness`'s ([`open_request`],
//! [`check_request`]); this handler reads the body (at most
//! [`MAX_REQUEST_SIZE`] bytes), looks up the checkpoint this node last
//! cosigned for the log, stores the new one by compare-and-swap on its
//! size (`Store::swap_witnessed`: of two requests checked against the same
//! checkpoint only one is stored; the other gets the 409 of a stale old
//! size), and answers its cosignature line. Refusals have the statuses the
//! spec names: a 409 for a stale old size carries the stored size as a
//! `text/x.tlog.size` body; every other refusal is a problem document.

use axum::body::{Body, to_bytes};
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::Timestamp;
use ledger::{
    AddCheckpoint, Checkpoint, MAX_REQUEST_SIZE, Note, Refusal, SIZE_CONTENT_TYPE, check_request, cosignature_response,
    open_request,
};
use store::Store;
use store::federation::WitnessedCheckpoint;

use super::WitnessRole;
use crate::AppState;
use crate::error::ApiError;

/// Where a witness takes requests (its submission prefix is `/witness`).
pub const PATH: &str = "/witness/add-checkpoint";

/// How a request to the witness ended, as the metrics count it.
#[derive(Debug)]
pub enum Outcome {
    /// Cosigned: the body is the cosignature lines.
    Cosigned(String),
    /// Refused as the protocol says.
    Refused(Refusal),
    /// Not a witness, a body too large, or the store failed.
    Failed(ApiError),
}

impl Outcome {
    /// The metrics label: `cosigned`, the refusal (`malformed`,
    /// `unknown_log`, `bad_signature`, `old_size_too_large`, `conflict`,
    /// `root_conflict`, `bad_proof`), `not_witness`, `too_large` or
    /// `error`.
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Cosigned(_) => "cosigned",
            Outcome::Refused(refusal) => match refusal {
                Refusal::Malformed(_) => "malformed",
                Refusal::UnknownLog { .. } => "unknown_log",
                Refusal::BadSignature(_) => "bad_signature",
                Refusal::OldSizeTooLarge { .. } => "old_size_too_large",
                Refusal::Conflict { .. } => "conflict",
                Refusal::RootConflict { .. } => "root_conflict",
                Refusal::BadProof(_) => "bad_proof",
                _ => "refused",
            },
            Outcome::Failed(ApiError::NotFound(_)) => "not_witness",
            Outcome::Failed(ApiError::PayloadTooLarge { .. }) => "too_large",
            Outcome::Failed(_) => "error",
        }
    }
}

impl IntoResponse for Outcome {
    fn into_response(self) -> Response {
        match self {
            Outcome::Cosigned(lines) => plain(StatusCode::OK, "text/plain; charset=utf-8", lines),
            Outcome::Refused(refusal) => match refusal.size_body() {
                Some(size) => plain(StatusCode::CONFLICT, SIZE_CONTENT_TYPE, size),
                None => refusal_error(&refusal).into_response(),
            },
            Outcome::Failed(err) => err.into_response(),
        }
    }
}

fn plain(status: StatusCode, content_type: &'static str, body: String) -> Response {
    let mut response = (status, body).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The problem of a refusal, with the status the spec names.
fn refusal_error(refusal: &Refusal) -> ApiError {
    let detail = refusal.to_string();
    match refusal.status() {
        400 => ApiError::BadRequest { slug: "malformed-checkpoint", detail },
        403 => ApiError::Forbidden(detail),
        404 => ApiError::NotFound(detail),
        409 => ApiError::Conflict(detail),
        422 => ApiError::Unprocessable(detail),
        _ => ApiError::Internal(format!("a refusal with status {}: {detail}", refusal.status())),
    }
}

/// `POST /witness/add-checkpoint`.
pub async fn add_checkpoint(State(state): State<AppState>, body: Body) -> Response {
    let outcome = match &state.node.witness {
        None => Outcome::Failed(ApiError::NotFound("this node is not a witness".into())),
        Some(witness) => match to_bytes(body, MAX_REQUEST_SIZE).await {
            Ok(bytes) => witness_request(&state.store, witness, &bytes, Timestamp::now()).await,
            Err(_) => Outcome::Failed(ApiError::PayloadTooLarge { limit: MAX_REQUEST_SIZE }),
        },
    };
    state.metrics.witnessed(outcome.label());
    outcome.into_response()
}

/// Decides one `add-checkpoint` request with body `body` at time `now`:
/// checks it, stores the checkpoint and cosigns it.
pub async fn witness_request(store: &Store, witness: &WitnessRole, body: &[u8], now: Timestamp) -> Outcome {
    let request = match AddCheckpoint::parse(body) {
        Ok(request) => request,
        Err(err) => return Outcome::Refused(Refusal::Malformed(err)),
    };
    let checkpoint = match open_request(&request, &witness.logs) {
        Ok(checkpoint) => checkpoint,
        Err(refusal) => return Outcome::Refused(refusal),
    };
    match cosign(store, witness, &request, &checkpoint, now).await {
        Ok(Ok(lines)) => Outcome::Cosigned(lines),
        Ok(Err(refusal)) => Outcome::Refused(refusal),
        Err(err) => Outcome::Failed(err),
    }
}

/// The checks against the stored checkpoint, the compare-and-swap and the
/// cosignature.
async fn cosign(
    store: &Store,
    witness: &WitnessRole,
    request: &AddCheckpoint,
    checkpoint: &Checkpoint,
    now: Timestamp,
) -> Result<Result<String, Refusal>, ApiError> {
    let stored = store.witnessed(checkpoint.origin()).await?;
    let stored_checkpoint = stored.as_ref().map(|stored| parse_stored(&stored.note)).transpose()?;
    if let Err(refusal) = check_request(request, checkpoint, stored_checkpoint.as_ref()) {
        return Ok(Err(refusal));
    }
    let note = String::from_utf8(request.note.clone())
        .map_err(|_| ApiError::Internal("a checkpoint note that parsed is not UTF-8".into()))?;
    let record = WitnessedCheckpoint {
        origin: checkpoint.origin().to_owned(),
        size: checkpoint.size(),
        note,
        cosigned_at: now.unix_millis(),
    };
    if !store.swap_witnessed(request.old_size, &record).await? {
        // Another request was stored first: this one's old size is stale.
        let size = store.witnessed(checkpoint.origin()).await?.map_or(0, |current| current.size);
        return Ok(Err(Refusal::Conflict { size }));
    }
    let seconds = u64::try_from(now.unix_millis() / 1_000).unwrap_or(0);
    let signature = checkpoint
        .cosign(&witness.cosigner, seconds)
        .map_err(|err| ApiError::Internal(format!("cannot cosign a checkpoint: {err}")))?;
    Ok(Ok(cosignature_response(&[signature])))
}

/// A checkpoint this witness stored (it was verified before it was).
fn parse_stored(note: &str) -> Result<Checkpoint, ApiError> {
    Note::parse(note.as_bytes())
        .and_then(|note| Checkpoint::parse(note.text()))
        .map_err(|err| ApiError::Internal(format!("a stored witnessed checkpoint does not parse: {err}")))
}
