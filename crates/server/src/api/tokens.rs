//! API tokens for the command line and scripts: `/api/v1/tokens`.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::authz::{Action, Target, actions_of};
use serde::{Deserialize, Serialize};
use store::access::ApiToken;
use utoipa::ToSchema;

use super::rfc3339;
use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path};

/// A new token.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    /// A name, to recognize it later (e.g. "laptop CLI").
    pub name: String,
    /// The actions it may take (codes such as `invite_head`); by default
    /// every action of your role.
    #[serde(default)]
    pub scopes: Option<Vec<String>>,
    /// Days until it expires: 1 to 365 (default 90).
    #[serde(default)]
    pub expires_in_days: Option<u32>,
}

/// A token, without its secret.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenDto {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it may do.
    pub scopes: Vec<&'static str>,
    /// When it was made (RFC 3339).
    pub created_at: String,
    /// When it expires.
    pub expires_at: String,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
    /// When it was last used.
    pub last_used_at: Option<String>,
}

/// A new token, with its secret (shown only now).
#[derive(Debug, Serialize, ToSchema)]
pub struct IssuedToken {
    /// The token.
    #[serde(flatten)]
    pub info: TokenDto,
    /// The secret: send it as `Authorization: Bearer <token>`, or set
    /// `CONCORD_TOKEN` for the command line.
    pub token: String,
}

impl From<&ApiToken> for TokenDto {
    fn from(token: &ApiToken) -> TokenDto {
        TokenDto {
            id: token.id.clone(),
            name: token.name.clone(),
            scopes: token.scopes.iter().map(|a| a.code()).collect(),
            created_at: rfc3339(token.created_at),
            expires_at: rfc3339(token.expires_at),
            revoked_at: token.revoked_at.map(rfc3339),
            last_used_at: token.last_used_at.map(rfc3339),
        }
    }
}

/// Creates an API token scoped to (some of) your role's actions.
#[utoipa::path(
    post,
    path = "/api/v1/tokens",
    tag = "tokens",
    request_body = TokenRequest,
    responses(
        (status = 201, description = "The token, with its secret", body = IssuedToken),
        (status = 422, description = "A scope your role does not have, or a bad expiry", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<TokenRequest>,
) -> Result<(StatusCode, Json<IssuedToken>), ApiError> {
    Ok((StatusCode::CREATED, Json(issue(&state, &caller, body).await?)))
}

/// The days a token may live: 1 to 365.
pub const EXPIRY_DAYS: std::ops::RangeInclusive<u32> = 1..=365;

/// Whether a token's name (trimmed) is acceptable: 1 to 100 characters.
pub fn name_is_acceptable(name: &str) -> bool {
    !name.is_empty() && name.chars().count() <= 100
}

/// The actions a new token of `caller` may be given: what the caller's
/// role may do, and no more than the token that makes it.
pub fn grantable(caller: &Caller) -> Vec<Action> {
    let mut allowed = actions_of(caller.principal.role);
    allowed.retain(|action| caller.scope.allows(*action));
    allowed
}

/// The caller's tokens, newest first (for the API and the pages).
pub async fn own(state: &AppState, caller: &Caller) -> Result<Vec<ApiToken>, ApiError> {
    caller.require(state, Action::ManageOwnTokens, Target::None)?;
    let (handle, _) = caller.signed_in(state)?;
    Ok(state.store.tokens(handle).await?)
}

/// Revokes one of the caller's live tokens (for the API and the pages).
pub async fn revoke_own(state: &AppState, caller: &Caller, id: &str) -> Result<(), ApiError> {
    caller.require(state, Action::ManageOwnTokens, Target::None)?;
    let (handle, _) = caller.signed_in(state)?;
    if state.store.revoke_token(id, handle).await? {
        Ok(())
    } else {
        Err(ApiError::NotFound(format!("you have no live token {id}")))
    }
}

/// Checks and issues a token (for the API and the command line).
pub async fn issue(state: &AppState, caller: &Caller, body: TokenRequest) -> Result<IssuedToken, ApiError> {
    caller.require(state, Action::ManageOwnTokens, Target::None)?;
    let handle = caller.handle().cloned().ok_or_else(|| ApiError::Unauthorized("sign in first".into()))?;
    let name = body.name.trim();
    if !name_is_acceptable(name) {
        return Err(ApiError::Unprocessable("name: enter a name of up to 100 characters".into()));
    }
    let allowed = grantable(caller);
    let scopes = match body.scopes {
        None => allowed.clone(),
        Some(codes) => codes
            .iter()
            .map(|code| match Action::from_code(code) {
                Some(action) if allowed.contains(&action) => Ok(action),
                Some(_) => {
                    Err(ApiError::Unprocessable(format!("scopes: your role may not {}", code.replace('_', " "))))
                }
                None => Err(ApiError::Unprocessable(format!("scopes: {code:?} is not an action"))),
            })
            .collect::<Result<Vec<_>, _>>()?,
    };
    let days = body.expires_in_days.unwrap_or(90);
    if !EXPIRY_DAYS.contains(&days) {
        return Err(ApiError::Unprocessable("expires_in_days: use 1 to 365".into()));
    }
    let expires_at = store::access::now_millis() + i64::from(days) * 24 * 60 * 60 * 1000;
    let (token, record) = state.store.create_token(&handle, name, &scopes, expires_at).await?;
    Ok(IssuedToken { info: TokenDto::from(&record), token })
}

/// Your tokens (without their secrets).
#[utoipa::path(
    get,
    path = "/api/v1/tokens",
    tag = "tokens",
    responses((status = 200, description = "Tokens, newest first", body = [TokenDto]))
)]
pub async fn list(State(state): State<AppState>, caller: Caller) -> Result<Json<Vec<TokenDto>>, ApiError> {
    Ok(Json(own(&state, &caller).await?.iter().map(TokenDto::from).collect()))
}

/// Revokes one of your tokens.
#[utoipa::path(
    delete,
    path = "/api/v1/tokens/{id}",
    tag = "tokens",
    params(("id" = String, Path, description = "The token's id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 404, description = "No such live token of yours", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn revoke(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    revoke_own(&state, &caller, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
