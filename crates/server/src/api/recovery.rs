//! Getting back into an account, and the account's private data: recovery
//! codes (`/api/v1/accounts/me/recovery-codes`), password resets issued by
//! remit (`/api/v1/resets`) and used by their link
//! (`/api/v1/resets/{token}`), resets asked for by e-mail
//! (`/api/v1/reset-requests`), one's e-mail address
//! (`/api/v1/accounts/me/email`) and deleting one's account
//! (`/api/v1/accounts/me/deletion`).
//!
//! Who may issue a reset for whom is the domain's rule
//! (`Command::IssueReset`); the log records only that a reset was issued,
//! never the link, which the store keeps as a hash.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum_extra::extract::CookieJar;
use domain::authz::{Action, Target};
use domain::{Actor, Command};
use serde::{Deserialize, Serialize};
use store::Effect;
use store::recovery::{NewReset, Reset};
use utoipa::ToSchema;

use super::session::ClientAddress;
use super::{Recorded, rfc3339, submit_with_effects};
use crate::AppState;
use crate::auth::{Caller, password, recovery, removal_cookie};
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path};

/// How long a reset link works: a day.
pub const RESET_TTL_MILLIS: i64 = 24 * 60 * 60 * 1000;

/// New recovery codes.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecoveryCodes {
    /// Ten codes, shown this once; each can be used once instead of a code
    /// from the authenticator app. Earlier codes no longer work.
    pub recovery_codes: Vec<String>,
}

/// Makes ten new recovery codes for the signed-in person (who has an
/// authenticator); the earlier ones stop working.
#[utoipa::path(
    post,
    path = "/api/v1/accounts/me/recovery-codes",
    tag = "accounts",
    responses(
        (status = 200, description = "New codes, shown once", body = RecoveryCodes),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "No authenticator is set up", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn regenerate_codes(State(state): State<AppState>, caller: Caller) -> Result<Json<RecoveryCodes>, ApiError> {
    Ok(Json(RecoveryCodes { recovery_codes: new_recovery_codes(&state, &caller).await? }))
}

/// Replaces the caller's recovery codes with ten new ones.
pub async fn new_recovery_codes(state: &AppState, caller: &Caller) -> Result<Vec<String>, ApiError> {
    caller.require(state, Action::ManageOwnCredentials, Target::None)?;
    let (handle, account) = caller.signed_in(state)?;
    if account.totp_secret.is_none() {
        return Err(ApiError::Conflict("set up two-factor sign-in first; recovery codes come with it".into()));
    }
    let codes = recovery::new_codes()?;
    state.store.replace_recovery_codes(handle, &codes).await?;
    Ok(codes)
}

/// A reset to issue.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetRequest {
    /// The public handle of the person whose password is reset.
    pub handle: String,
}

/// A reset just issued.
#[derive(Debug, Serialize, ToSchema)]
pub struct IssuedReset {
    /// Whose password it resets.
    pub handle: String,
    /// The one-time link to give the person (shown this once; it works
    /// once, for a day). It signs the person out everywhere and, for
    /// accounts that need one, asks for a new second factor.
    pub link: String,
    /// Until when the link works (RFC 3339).
    pub expires_at: String,
    /// Whether the person was told by e-mail that a reset was issued.
    pub notified: bool,
    /// The log entry that records that a reset was issued.
    pub log_index: u64,
}

/// Issues a one-time password reset link for a person within your remit:
/// the secretariat for heads, delegates, alternates, observers and members
/// of organizations; a head for its own delegates and alternates; nobody
/// for their own account. The log records that a reset was issued for the
/// handle; the link is shown only in this answer.
#[utoipa::path(
    post,
    path = "/api/v1/resets",
    tag = "accounts",
    request_body = ResetRequest,
    responses(
        (status = 201, description = "Issued", body = IssuedReset),
        (status = 403, description = "Outside your remit", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such account", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not a handle", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn issue(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<ResetRequest>,
) -> Result<(StatusCode, Json<IssuedReset>), ApiError> {
    Ok((StatusCode::CREATED, Json(issue_reset(&state, &caller, &body.handle).await?)))
}

/// The account of a handle as typed, with the member state whose
/// delegation it is in.
async fn reset_subject(state: &AppState, handle: &str) -> Result<(Actor, store::access::Account, Command), ApiError> {
    let handle = Actor::try_from(handle.trim().to_owned())
        .map_err(|_| ApiError::Unprocessable("handle: enter a handle such as del.1a2b3c4d".into()))?;
    let account = state
        .store
        .account(&handle)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("handle: there is no account {handle}")))?;
    let principal = state.store.principal(&handle).await?;
    let member = principal.role.delegation_role().and(principal.member);
    Ok((handle.clone(), account, Command::IssueReset { handle, member }))
}

/// The link of a reset's secret.
fn link(state: &AppState, token: &str) -> String {
    format!("{}/reset/{token}", state.auth.public_url.trim_end_matches('/'))
}

/// Issues a reset for `handle` as `caller` (checked by the domain's remit
/// rule), records it in the log with the link's hash, and tells the person
/// by e-mail when the server sends mail.
pub async fn issue_reset(state: &AppState, caller: &Caller, handle: &str) -> Result<IssuedReset, ApiError> {
    // May the caller issue resets at all (a head: for its own delegation)?
    // Asked before any account is looked up; the person's own delegation
    // and the remit are checked when the command is submitted.
    let own = caller.principal.member.map_or(Target::None, Target::Member);
    caller.require(state, Action::IssueReset, own)?;
    let (handle, account, command) = reset_subject(state, handle).await?;
    let issuer = caller.handle().cloned();
    let expires_at = store::access::now_millis() + RESET_TTL_MILLIS;
    let (token, new) = NewReset::make(handle.clone(), issuer.clone(), true, expires_at)?;
    let recorded = submit_with_effects(state, caller, command, vec![Effect::CreateReset(new)]).await?;
    let recorded: Recorded = recorded.map_err(ApiError::from)?;
    let by = issuer.map_or_else(|| "the platform".to_owned(), |h| h.to_string());
    let notified = notify(state, &account, &by).await;
    Ok(IssuedReset {
        handle: handle.to_string(),
        link: link(state, &token),
        expires_at: rfc3339(expires_at),
        notified,
        log_index: recorded.log_index,
    })
}

/// Issues a reset on the server itself (`concord account reset`): for any
/// account, a secretariat account too, recorded in the log as the
/// platform's act.
pub async fn issue_on_server(state: &AppState, username: &str) -> Result<IssuedReset, ApiError> {
    let username = username.trim().to_lowercase();
    let account = state
        .store
        .account_by_username(&username)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("there is no account with the username {username:?}")))?;
    let (handle, account, command) = reset_subject(state, account.handle.as_str()).await?;
    let expires_at = store::access::now_millis() + RESET_TTL_MILLIS;
    let (token, new) = NewReset::make(handle.clone(), None, true, expires_at)?;
    let receipt =
        state.store.submit_with(domain::authz::Caller::system(), command, vec![Effect::CreateReset(new)]).await?;
    let notified = notify(state, &account, "the server's administrator").await;
    Ok(IssuedReset {
        handle: handle.to_string(),
        link: link(state, &token),
        expires_at: rfc3339(expires_at),
        notified,
        log_index: receipt.indexes.start,
    })
}

/// Tells the person by e-mail that a reset was issued, when the server
/// sends mail and the account has an address; whether it was sent.
async fn notify(state: &AppState, account: &store::access::Account, by: &str) -> bool {
    let (Some(mailer), Some(to)) = (&state.mailer, &account.email) else { return false };
    match mailer.send_reset_notice(to, account.handle.as_str(), by).await {
        Ok(()) => true,
        Err(err) => {
            tracing::warn!(error = %err, "could not e-mail a reset notice");
            false
        }
    }
}

/// What a reset link offers.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResetOffer {
    /// Whose password it resets.
    pub handle: String,
    /// Until when the link works (RFC 3339).
    pub expires_at: String,
    /// Whether using it also removes the authenticator and recovery codes
    /// (a new second factor is then set up at the next sign-in, where the
    /// role requires one).
    pub clears_second_factor: bool,
}

/// The reset of a link, if it can still be used: 410 otherwise (used,
/// expired, or no such link; the answer does not say which).
pub async fn usable_reset(state: &AppState, token: &str) -> Result<Reset, ApiError> {
    match state.store.reset_by_token(token).await? {
        Some(reset) if reset.usable() => Ok(reset),
        _ => {
            state.metrics.refused("reset_link");
            Err(ApiError::Gone(
                "this reset link is not valid: it was already used, has expired, or was not copied whole; ask for a new one"
                    .into(),
            ))
        }
    }
}

/// What a reset link offers.
#[utoipa::path(
    get,
    path = "/api/v1/resets/{token}",
    tag = "accounts",
    params(("token" = String, Path, description = "The secret of the link")),
    responses(
        (status = 200, description = "The link works", body = ResetOffer),
        (status = 410, description = "Used, expired or unknown", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn offer(State(state): State<AppState>, Path(token): Path<String>) -> Result<Json<ResetOffer>, ApiError> {
    let reset = usable_reset(&state, &token).await?;
    Ok(Json(ResetOffer {
        handle: reset.handle.to_string(),
        expires_at: rfc3339(reset.expires_at),
        clears_second_factor: reset.clears_second_factor,
    }))
}

/// A new password, through a reset link.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPassword {
    /// The new password (at least 10 characters).
    pub new_password: String,
}

/// Why a reset link did not set a password.
#[derive(Debug)]
pub enum ResetError {
    /// The new password is against the policy.
    Policy(password::PolicyError),
    /// The link is used or expired (410), or the store failed.
    Other(ApiError),
}

impl From<ApiError> for ResetError {
    fn from(err: ApiError) -> ResetError {
        ResetError::Other(err)
    }
}

/// Sets a new password through a reset link (used once): every session of
/// the account ends, and for a reset that was issued the authenticator and
/// recovery codes go too, so the next sign-in asks for a new second factor
/// where the role needs one.
#[utoipa::path(
    post,
    path = "/api/v1/resets/{token}",
    tag = "accounts",
    params(("token" = String, Path, description = "The secret of the link")),
    request_body = NewPassword,
    responses(
        (status = 204, description = "The password is set; sign in with it"),
        (status = 410, description = "Used, expired or unknown", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The new password is too short or too long", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn reset_password(
    State(state): State<AppState>,
    Path(token): Path<String>,
    JsonBody(body): JsonBody<NewPassword>,
) -> Result<StatusCode, ApiError> {
    use_reset(&state, &token, &body.new_password).await.map_err(|err| match err {
        ResetError::Policy(fix) => ApiError::Unprocessable(format!("new_password: {fix}")),
        ResetError::Other(err) => err,
    })?;
    Ok(StatusCode::NO_CONTENT)
}

/// Uses a reset link: checks it, then the password policy, then sets the
/// password (nothing is written if either fails).
pub async fn use_reset(state: &AppState, token: &str, new_password: &str) -> Result<Reset, ResetError> {
    usable_reset(state, token).await?;
    password::check_policy(new_password).map_err(ResetError::Policy)?;
    let hash = state.hashing.hash(new_password).await?;
    state.store.complete_reset(token, &hash).await.map_err(|err| ResetError::Other(ApiError::from(err)))
}

/// A request for a reset link by e-mail.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetByEmail {
    /// The e-mail address of the account.
    pub email: String,
}

/// Asks for a password reset link by e-mail (participants; other roles ask
/// the secretariat or their head). The answer is the same whether or not
/// an account has the address; the link, if any, is sent by e-mail only.
#[utoipa::path(
    post,
    path = "/api/v1/reset-requests",
    tag = "accounts",
    request_body = ResetByEmail,
    responses(
        (status = 202, description = "If a participant's account has this address, a link is on its way"),
        (status = 409, description = "This server sends no e-mail", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not an e-mail address", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn request_by_email(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<ResetByEmail>,
) -> Result<StatusCode, ApiError> {
    request_reset_by_email(&state, address, &body.email).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Sends a reset link to each participant's account with this address,
/// in the background, so the answer takes as long and says the same
/// whether or not there is one.
pub async fn request_reset_by_email(
    state: &AppState,
    address: Option<std::net::IpAddr>,
    email: &str,
) -> Result<(), ApiError> {
    let Some(mailer) = state.mailer.clone() else {
        return Err(ApiError::Conflict(
            "this server sends no e-mail; ask the secretariat, or the head of your delegation, for a reset link".into(),
        ));
    };
    let email = email.trim();
    if email.is_empty() || !super::accounts::is_email(email) {
        return Err(ApiError::Unprocessable("email: enter an address like name@example.org".into()));
    }
    state.limiter.count_reset_request(state, address).await?;
    let (state, email) = (state.clone(), email.to_owned());
    tokio::spawn(async move {
        if let Err(err) = send_reset_links(&state, &mailer, &email).await {
            tracing::warn!(error = %err, "could not send a reset link");
        }
    });
    Ok(())
}

async fn send_reset_links(state: &AppState, mailer: &crate::mail::Mailer, email: &str) -> Result<(), String> {
    let accounts = state.store.accounts_by_email(email).await.map_err(|err| err.to_string())?;
    for account in accounts {
        let principal = state.store.principal(&account.handle).await.map_err(|err| err.to_string())?;
        if principal.role != domain::authz::Role::Participant {
            continue;
        }
        let expires_at = store::access::now_millis() + RESET_TTL_MILLIS;
        // Asked for by e-mail: the second factor stays (the mailbox alone
        // does not replace it).
        let (token, new) =
            NewReset::make(account.handle.clone(), None, false, expires_at).map_err(|err| err.to_string())?;
        state.store.create_reset(&new).await.map_err(|err| err.to_string())?;
        mailer.send_reset_link(email, &link(state, &token), RESET_TTL_MILLIS / 3_600_000).await?;
    }
    Ok(())
}

/// An e-mail address.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailChange {
    /// The new address; empty or absent removes it.
    #[serde(default)]
    pub email: Option<String>,
}

/// Changes (or removes) one's e-mail address (kept private).
#[utoipa::path(
    put,
    path = "/api/v1/accounts/me/email",
    tag = "accounts",
    request_body = EmailChange,
    responses(
        (status = 204, description = "Changed"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not an e-mail address", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn change_email(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<EmailChange>,
) -> Result<StatusCode, ApiError> {
    set_email(&state, &caller, body.email.as_deref()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sets the caller's e-mail address (none when empty).
pub async fn set_email(state: &AppState, caller: &Caller, email: Option<&str>) -> Result<(), ApiError> {
    caller.require(state, Action::ChangeOwnEmail, Target::None)?;
    let (handle, _) = caller.signed_in(state)?;
    let email = email.map(str::trim).filter(|e| !e.is_empty());
    if email.is_some_and(|e| !super::accounts::is_email(e)) {
        return Err(ApiError::Unprocessable("email: enter an address like name@example.org, or leave it empty".into()));
    }
    Ok(state.store.set_email(handle, email).await?)
}

/// The password that confirms a deletion.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Deletion {
    /// The account's password.
    pub password: String,
}

/// Deletes one's account (participants): the name, e-mail, password,
/// sessions, API tokens and recovery codes go; the handle stays in the
/// public log, where it may appear. Cannot be undone.
#[utoipa::path(
    post,
    path = "/api/v1/accounts/me/deletion",
    tag = "accounts",
    request_body = Deletion,
    responses(
        (status = 204, description = "Deleted; signed out"),
        (status = 403, description = "Only participants delete their account", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The password is wrong", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_account(
    State(state): State<AppState>,
    caller: Caller,
    jar: CookieJar,
    JsonBody(body): JsonBody<Deletion>,
) -> Result<(StatusCode, CookieJar), ApiError> {
    delete_own_account(&state, &caller, &body.password).await?;
    Ok((StatusCode::NO_CONTENT, jar.add(removal_cookie(&state.auth))))
}

/// Why an account was not deleted.
pub const WRONG_PASSWORD: &str = "password: the password is wrong";

/// Deletes the caller's account after checking its password (within the
/// sign-in limits).
pub async fn delete_own_account(state: &AppState, caller: &Caller, password_sent: &str) -> Result<(), ApiError> {
    caller.require(state, Action::DeleteOwnAccount, Target::None)?;
    let (handle, account) = caller.signed_in(state)?;
    let right = state
        .limiter
        .check_password(state, &account.username, None, password_sent, Some(&account.password_hash))
        .await?;
    if !right {
        state.metrics.refused("bad_credentials");
        return Err(ApiError::Unprocessable(WRONG_PASSWORD.into()));
    }
    state.store.delete_account(handle).await?;
    Ok(())
}
