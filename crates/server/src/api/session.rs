//! Signing in and out: `/api/v1/session`, with the second factor.

use std::net::SocketAddr;

use axum::Json;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;
use domain::authz::{Action, Target};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::auth::{Caller, Credential, Pending, recovery, removal_cookie, session_cookie, totp};
use crate::error::{ApiError, Problem};
use crate::extract::Json as JsonBody;

/// The client's address, when the server knows it.
pub struct ClientAddress(pub Option<std::net::IpAddr>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<ClientAddress, Self::Rejection> {
        Ok(ClientAddress(parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|info| info.0.ip())))
    }
}

/// A sign-in.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    /// The sign-in name.
    pub username: String,
    /// The password.
    pub password: String,
}

/// A two-factor code.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Code {
    /// The six digits the authenticator app shows; to sign in, one of the
    /// recovery codes instead (`abcd-efgh-jkmn-pqrs`; each works once).
    pub code: String,
}

/// The state of a session.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionDto {
    /// The public handle.
    pub handle: String,
    /// The role.
    pub role: &'static str,
    /// `done`, `required` (enter a code) or `setup_required` (set up an
    /// authenticator first; required for the secretariat and heads of
    /// delegation).
    pub second_factor: &'static str,
    /// Send this in the `X-CSRF-Token` header of every state-changing
    /// request of this session.
    pub csrf_token: String,
    /// New recovery codes, shown this once (when an authenticator was just
    /// set up): each can be used once instead of a code from the app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recovery_codes: Option<Vec<String>>,
    /// How many recovery codes are left, when one was just used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recovery_codes_left: Option<u64>,
}

impl SessionDto {
    /// A session whose second factor is done.
    fn signed_in(completed: &Completed) -> SessionDto {
        SessionDto {
            handle: completed.session.handle.to_string(),
            role: completed.role.code(),
            second_factor: "done",
            csrf_token: completed.session.csrf_token.clone(),
            recovery_codes: (!completed.recovery_codes.is_empty()).then(|| completed.recovery_codes.clone()),
            recovery_codes_left: completed.recovery_codes_left,
        }
    }
}

/// A session whose second factor is done.
#[derive(Debug)]
pub struct Completed {
    /// The session's new cookie value, when this request completed its
    /// second factor (the old value no longer works); `None` when it was
    /// complete before.
    pub cookie: Option<String>,
    /// The session (with its new CSRF token, when it has a new cookie).
    pub session: store::access::Session,
    /// Its role.
    pub role: domain::authz::Role,
    /// New recovery codes to show once (an authenticator was just set up).
    pub recovery_codes: Vec<String>,
    /// How many recovery codes are left, when one was just used.
    pub recovery_codes_left: Option<u64>,
}

impl Completed {
    /// The answer: the session's state, and its new cookie if it has one.
    fn respond(self, state: &AppState, jar: CookieJar) -> (CookieJar, Json<SessionDto>) {
        let dto = SessionDto::signed_in(&self);
        match self.cookie {
            Some(cookie) => (jar.add(session_cookie(&state.auth, cookie)), Json(dto)),
            None => (jar, Json(dto)),
        }
    }
}

/// A new authenticator secret.
#[derive(Debug, Serialize, ToSchema)]
pub struct TotpSetup {
    /// The secret, base32, to type into an authenticator app.
    pub secret: String,
    /// The same as an `otpauth://` URL (for a QR code).
    pub otpauth_url: String,
}

/// What a new session still needs before it is fully signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecondFactor {
    /// Nothing: signed in.
    Done,
    /// A code from the authenticator app.
    Required,
    /// Setting up an authenticator first (the secretariat and heads of
    /// delegation must).
    SetupRequired,
}

impl SecondFactor {
    /// The code the API answers.
    pub fn code(self) -> &'static str {
        match self {
            SecondFactor::Done => "done",
            SecondFactor::Required => "required",
            SecondFactor::SetupRequired => "setup_required",
        }
    }
}

/// A session just started.
#[derive(Debug)]
pub struct Started {
    /// The new session cookie's value.
    pub cookie: String,
    /// The session.
    pub session: store::access::Session,
    /// Its role.
    pub role: domain::authz::Role,
    /// What it still needs.
    pub second_factor: SecondFactor,
}

/// Checks a username and password (within the limits of
/// `auth::limiter`) and starts a new session: the one sign-in of the API and the
/// pages.
pub async fn start(
    state: &AppState,
    address: Option<std::net::IpAddr>,
    username: &str,
    password_sent: &str,
) -> Result<Started, ApiError> {
    let username = username.trim().to_lowercase();
    let account = state.store.account_by_username(&username).await?;
    let stored = account.as_ref().map(|a| a.password_hash.as_str());
    let matches = state.limiter.check_password(state, &username, address, password_sent, stored).await?;
    let Some(account) = account.filter(|_| matches) else {
        state.metrics.refused("bad_credentials");
        return Err(ApiError::Unauthorized("the username or the password is wrong".into()));
    };
    let principal = state.store.principal(&account.handle).await?;
    let second_factor = if account.totp_secret.is_some() {
        SecondFactor::Required
    } else if principal.role.requires_second_factor() {
        SecondFactor::SetupRequired
    } else {
        SecondFactor::Done
    };
    let (cookie, session) = state
        .store
        .create_session(&account.handle, second_factor == SecondFactor::Done, state.auth.session_ttl_millis)
        .await?;
    Ok(Started { cookie, session, role: principal.role, second_factor })
}

/// Signs in with a username and password. Starts a new session (a new
/// cookie, whatever the old one was).
#[utoipa::path(
    post,
    path = "/api/v1/session",
    tag = "session",
    request_body = SignIn,
    responses(
        (status = 200, description = "Signed in (perhaps pending the second factor)", body = SessionDto),
        (status = 401, description = "Wrong username or password", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many failed attempts", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn sign_in(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    jar: CookieJar,
    JsonBody(body): JsonBody<SignIn>,
) -> Result<(CookieJar, Json<SessionDto>), ApiError> {
    let started = start(&state, address, &body.username, &body.password).await?;
    let dto = SessionDto {
        handle: started.session.handle.to_string(),
        role: started.role.code(),
        second_factor: started.second_factor.code(),
        csrf_token: started.session.csrf_token,
        recovery_codes: None,
        recovery_codes_left: None,
    };
    Ok((jar.add(session_cookie(&state.auth, started.cookie)), Json(dto)))
}

/// The session waiting for its second factor, or why there is none.
fn pending_of(caller: &Caller) -> Result<&Pending, ApiError> {
    match &caller.credential {
        Credential::Pending(pending) => Ok(pending),
        Credential::Session { .. } => Err(ApiError::Conflict("this session is already signed in".into())),
        _ => Err(ApiError::Unauthorized("sign in with your username and password first".into())),
    }
}

/// Marks a pending session's second factor done, under a new cookie value
/// and CSRF token.
async fn complete(state: &AppState, pending: &Pending) -> Result<Completed, ApiError> {
    let (cookie, session) = state
        .store
        .complete_second_factor(&pending.cookie)
        .await?
        .ok_or_else(|| ApiError::Unauthorized("your session has ended; sign in again".into()))?;
    Ok(Completed {
        cookie: Some(cookie),
        session,
        role: pending.role,
        recovery_codes: Vec::new(),
        recovery_codes_left: None,
    })
}

/// Completes a sign-in with the code of the authenticator app, or with one
/// of the recovery codes (each works once; the answer says how many are
/// left). The session gets a new cookie and CSRF token (the answer's).
#[utoipa::path(
    post,
    path = "/api/v1/session/totp",
    tag = "session",
    request_body = Code,
    responses(
        (status = 200, description = "Signed in; a new session cookie", body = SessionDto),
        (status = 401, description = "Wrong or reused code", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many wrong codes", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn second_factor(
    State(state): State<AppState>,
    caller: Caller,
    jar: CookieJar,
    JsonBody(body): JsonBody<Code>,
) -> Result<(CookieJar, Json<SessionDto>), ApiError> {
    Ok(finish_sign_in(&state, &caller, &body.code).await?.respond(&state, jar))
}

/// Completes a session's sign-in with a code from the authenticator app or
/// a recovery code (told apart by their form: six digits, or 16
/// characters). Both count against the same limit of codes.
pub async fn finish_sign_in(state: &AppState, caller: &Caller, code: &str) -> Result<Completed, ApiError> {
    let pending = pending_of(caller)?;
    let account = &pending.account;
    let secret = account.totp_secret.as_deref().ok_or_else(|| {
        ApiError::Conflict("set up two-factor sign-in first (POST /api/v1/session/totp/setup)".into())
    })?;
    if let Some(recovery_code) = recovery::normalize(code) {
        state.limiter.count_code(state, &account.username).await?;
        if !state.store.use_recovery_code(&account.handle, &recovery_code).await? {
            state.metrics.refused("recovery_code");
            return Err(ApiError::Unauthorized(
                "the recovery code is wrong or was already used; each code works once".into(),
            ));
        }
        state.limiter.code_right(state, &account.username).await?;
        let mut done = complete(state, pending).await?;
        done.recovery_codes_left = Some(state.store.recovery_codes_left(&account.handle).await?);
        return Ok(done);
    }
    check_code(state, &account.handle, &account.username, secret, code).await?;
    complete(state, pending).await
}

/// The account whose authenticator is being set up: a pending session's
/// that has none yet, or a signed-in person's.
fn setting_up<'c>(state: &AppState, caller: &'c Caller) -> Result<&'c store::access::Account, ApiError> {
    match caller.pending() {
        Some(pending) if pending.account.totp_secret.is_some() => {
            Err(ApiError::Conflict("two-factor sign-in is already set up; enter a code".into()))
        }
        Some(pending) => Ok(&pending.account),
        None => {
            caller.require(state, Action::ManageOwnCredentials, Target::None)?;
            Ok(caller.signed_in(state)?.1)
        }
    }
}

/// Checks a code and records its time step, so it is never accepted twice.
async fn check_code(
    state: &AppState,
    handle: &domain::Actor,
    username: &str,
    secret: &str,
    code: &str,
) -> Result<(), ApiError> {
    state.limiter.count_code(state, username).await?;
    let step = totp::check(secret, code, totp::now_seconds())?;
    let fresh = match step {
        Some(step) => state.store.use_totp_step(handle, step).await?,
        None => false,
    };
    if !fresh {
        return Err(wrong_code(state));
    }
    state.limiter.code_right(state, username).await
}

fn wrong_code(state: &AppState) -> ApiError {
    state.metrics.refused("totp");
    ApiError::Unauthorized("the code is wrong or was already used; enter the current code".into())
}

/// Starts setting up two-factor sign-in: a new secret for the
/// authenticator app, confirmed with `POST /api/v1/session/totp/confirm`.
#[utoipa::path(
    post,
    path = "/api/v1/session/totp/setup",
    tag = "session",
    responses((status = 200, description = "A new secret", body = TotpSetup))
)]
pub async fn totp_setup(State(state): State<AppState>, caller: Caller) -> Result<Json<TotpSetup>, ApiError> {
    Ok(Json(begin_totp_setup(&state, &caller).await?))
}

/// Makes a new authenticator secret, pending until confirmed with a code.
pub async fn begin_totp_setup(state: &AppState, caller: &Caller) -> Result<TotpSetup, ApiError> {
    let account = setting_up(state, caller)?;
    let secret = totp::new_secret()?;
    state.store.set_pending_totp(&account.handle, Some(&secret)).await?;
    let otpauth_url = totp::url(&secret, &account.username)?;
    Ok(TotpSetup { secret, otpauth_url })
}

/// Confirms two-factor sign-in with a first code from the new secret; the
/// session counts as fully signed in. The answer carries ten new recovery
/// codes, shown this once (any earlier ones stop working).
#[utoipa::path(
    post,
    path = "/api/v1/session/totp/confirm",
    tag = "session",
    request_body = Code,
    responses(
        (status = 200, description = "Two-factor sign-in is on", body = SessionDto),
        (status = 401, description = "Wrong code", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn totp_confirm(
    State(state): State<AppState>,
    caller: Caller,
    jar: CookieJar,
    JsonBody(body): JsonBody<Code>,
) -> Result<(CookieJar, Json<SessionDto>), ApiError> {
    Ok(confirm_totp(&state, &caller, &body.code).await?.respond(&state, jar))
}

/// Turns two-factor sign-in on with a first code from the pending secret;
/// the session counts as fully signed in (under a new cookie and CSRF
/// token, if it was waiting for its second factor).
pub async fn confirm_totp(state: &AppState, caller: &Caller, code: &str) -> Result<Completed, ApiError> {
    let account = setting_up(state, caller)?;
    let secret = account
        .totp_pending_secret
        .as_deref()
        .ok_or_else(|| ApiError::Conflict("start with POST /api/v1/session/totp/setup".into()))?;
    // The first code of a new secret: its step is recorded as the last one
    // used when the secret is enabled (the old secret's steps do not count).
    state.limiter.count_code(state, &account.username).await?;
    let step = totp::check(secret, code, totp::now_seconds())?.ok_or_else(|| wrong_code(state))?;
    state.limiter.code_right(state, &account.username).await?;
    state.store.enable_totp(&account.handle, secret, step).await?;
    let codes = recovery::new_codes()?;
    state.store.replace_recovery_codes(&account.handle, &codes).await?;
    let mut done = match &caller.credential {
        Credential::Pending(pending) => complete(state, pending).await?,
        Credential::Session { session, .. } => Completed {
            cookie: None,
            session: session.clone(),
            role: caller.principal.role,
            recovery_codes: Vec::new(),
            recovery_codes_left: None,
        },
        _ => return Err(ApiError::Unauthorized("sign in with your username and password first".into())),
    };
    done.recovery_codes = codes;
    Ok(done)
}

/// Signs out: ends the session and removes its cookie.
#[utoipa::path(
    delete,
    path = "/api/v1/session",
    tag = "session",
    responses((status = 204, description = "Signed out"))
)]
pub async fn sign_out(
    State(state): State<AppState>,
    caller: Caller,
    jar: CookieJar,
) -> Result<(StatusCode, CookieJar), ApiError> {
    if let Some(cookie) = caller.session_cookie() {
        state.store.delete_session(cookie).await?;
    }
    Ok((StatusCode::NO_CONTENT, jar.add(removal_cookie(&state.auth))))
}

/// Signs out everywhere: ends every session of the account, this one
/// included, and removes this one's cookie. API tokens are not touched.
#[utoipa::path(
    delete,
    path = "/api/v1/sessions",
    tag = "session",
    responses(
        (status = 204, description = "Every session of the account ended"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    caller: Caller,
    jar: CookieJar,
) -> Result<(StatusCode, CookieJar), ApiError> {
    end_every_session(&state, &caller).await?;
    Ok((StatusCode::NO_CONTENT, jar.add(removal_cookie(&state.auth))))
}

/// Ends every session of the signed-in caller's account.
pub async fn end_every_session(state: &AppState, caller: &Caller) -> Result<(), ApiError> {
    let (handle, _) = caller.signed_in(state)?;
    state.store.delete_sessions(handle).await?;
    Ok(())
}
