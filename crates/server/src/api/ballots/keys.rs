//! A delegation's signing keys: the list, and its head registering,
//! rotating and revoking the delegation's own key.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::authz::{Action, Target};
use domain::decision::{DecisionCommand, Signatory};

use super::dto::{Indexes, KeyDto, KeyRequest, RevokeKeyRequest};
use super::{member_path, send};
use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path};

/// A member state's signing keys, valid or revoked, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/delegations/{iso3}/keys",
    tag = "decisions",
    params(("iso3" = String, Path, description = "ISO 3166-1 alpha-3 code")),
    responses(
        (status = 200, description = "The keys", body = [KeyDto]),
        (status = 404, description = "Not a member state's code", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(State(state): State<AppState>, Path(code): Path<String>) -> Result<Json<Vec<KeyDto>>, ApiError> {
    let member = member_path(&code)?;
    let keys = state.store.signing_keys(Some(Signatory::Member(member))).await?;
    Ok(Json(
        keys.into_iter()
            .map(|k| KeyDto {
                key: k.key,
                custodied: k.custodied,
                registered_at: k.registered_at,
                registered_by: k.registered_by.to_string(),
                revoked_at: k.revoked_at,
                reason: k.reason,
            })
            .collect(),
    ))
}

/// Registers the delegation's own verifier key (its head); a key the
/// server kept for it is revoked in the same step.
#[utoipa::path(
    post,
    path = "/api/v1/delegations/{iso3}/keys",
    tag = "decisions",
    params(("iso3" = String, Path, description = "ISO 3166-1 alpha-3 code")),
    request_body = KeyRequest,
    responses(
        (status = 201, description = "Registered", body = Indexes),
        (status = 403, description = "Only the delegation's head", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The delegation has its own key already, or the key was used before", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn register(
    State(state): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
    JsonBody(body): JsonBody<KeyRequest>,
) -> Result<(StatusCode, Json<Indexes>), ApiError> {
    let member = member_path(&code)?;
    let command = DecisionCommand::RegisterKey { member, key: body.key };
    let indexes = send(&state, &caller, Action::ManageDelegationKey, Target::Member(member), command).await?;
    Ok((StatusCode::CREATED, Json(Indexes { indexes })))
}

/// Replaces the delegation's valid key with a new one (its head).
#[utoipa::path(
    post,
    path = "/api/v1/delegations/{iso3}/keys/rotate",
    tag = "decisions",
    params(("iso3" = String, Path, description = "ISO 3166-1 alpha-3 code")),
    request_body = KeyRequest,
    responses(
        (status = 200, description = "Rotated", body = Indexes),
        (status = 403, description = "Only the delegation's head", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No valid key to rotate, or the key was used before", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn rotate(
    State(state): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
    JsonBody(body): JsonBody<KeyRequest>,
) -> Result<Json<Indexes>, ApiError> {
    let member = member_path(&code)?;
    let command = DecisionCommand::RotateKey { member, key: body.key };
    let indexes = send(&state, &caller, Action::ManageDelegationKey, Target::Member(member), command).await?;
    Ok(Json(Indexes { indexes }))
}

/// Revokes the delegation's valid key (its head).
#[utoipa::path(
    post,
    path = "/api/v1/delegations/{iso3}/keys/revoke",
    tag = "decisions",
    params(("iso3" = String, Path, description = "ISO 3166-1 alpha-3 code")),
    request_body = RevokeKeyRequest,
    responses(
        (status = 200, description = "Revoked", body = Indexes),
        (status = 403, description = "Only the delegation's head", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No valid key to revoke", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn revoke(
    State(state): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
    JsonBody(body): JsonBody<RevokeKeyRequest>,
) -> Result<Json<Indexes>, ApiError> {
    let member = member_path(&code)?;
    let command = DecisionCommand::RevokeKey { member, reason: body.reason };
    let indexes = send(&state, &caller, Action::ManageDelegationKey, Target::Member(member), command).await?;
    Ok(Json(Indexes { indexes }))
}
