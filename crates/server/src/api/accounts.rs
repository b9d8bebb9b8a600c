//! One's own account (`/api/v1/accounts/me`) and public sign-up as a
//! participant (`/api/v1/participants`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::Actor;
use domain::authz::{Action, Target};
use serde::{Deserialize, Serialize};
use store::StoreError;
use store::access::NewAccount;
use utoipa::ToSchema;

use super::session::ClientAddress;
use crate::AppState;
use crate::auth::hashing::HashPool;
use crate::auth::{Caller, Credential, password};
use crate::error::{ApiError, Problem};
use crate::extract::Json as JsonBody;

/// The signed-in person's account.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    /// The public handle (what the log shows).
    pub handle: String,
    /// The sign-in name.
    pub username: String,
    /// The name shown.
    pub display_name: String,
    /// The role.
    pub role: &'static str,
    /// The member state the person acts for, if any.
    pub member: Option<String>,
    /// The organization the person belongs to, if any.
    pub organization: Option<u64>,
    /// Whether the person manages that organization's members.
    pub manages_organization: bool,
    /// Whether two-factor sign-in is set up.
    pub two_factor: bool,
    /// Whether this request came with an API token (rather than a session).
    pub via_token: bool,
}

/// The signed-in person's account and role.
#[utoipa::path(
    get,
    path = "/api/v1/accounts/me",
    tag = "accounts",
    responses(
        (status = 200, description = "The account", body = Me),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn me(State(state): State<AppState>, caller: Caller) -> Result<Json<Me>, ApiError> {
    let (handle, account) = caller.signed_in(&state)?;
    let principal = &caller.principal;
    Ok(Json(Me {
        handle: handle.to_string(),
        username: account.username.clone(),
        display_name: account.display_name.clone(),
        role: principal.role.code(),
        member: principal.member.map(|m| m.to_string()),
        organization: principal.organization.map(|(id, _)| id),
        manages_organization: principal.organization.is_some_and(|(_, manager)| manager),
        two_factor: account.totp_secret.is_some(),
        via_token: matches!(caller.credential, Credential::Token),
    }))
}

/// A password change.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    /// The current password.
    pub current_password: String,
    /// The new password (at least 10 characters).
    pub new_password: String,
    /// Also revoke every API token of the account (as when the password
    /// may have been known to someone else). Default: false.
    #[serde(default)]
    pub revoke_tokens: bool,
}

/// Changes one's password. Every other session of the account ends; with
/// `revoke_tokens`, every API token of the account is revoked too.
#[utoipa::path(
    post,
    path = "/api/v1/accounts/me/password",
    tag = "accounts",
    request_body = PasswordChange,
    responses(
        (status = 204, description = "Changed"),
        (status = 422, description = "The current password is wrong, or the new one too short", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn change_password(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    set_new_password(&state, &caller, &body).await.map_err(|err| match err {
        PasswordChangeError::CurrentWrong => {
            ApiError::Unprocessable("current_password: the current password is wrong".into())
        }
        PasswordChangeError::Policy(fix) => ApiError::Unprocessable(format!("new_password: {fix}")),
        PasswordChangeError::Other(err) => err,
    })?;
    Ok(StatusCode::NO_CONTENT)
}

/// Why a password was not changed.
#[derive(Debug)]
pub enum PasswordChangeError {
    /// The current password is wrong.
    CurrentWrong,
    /// The new one is against the policy.
    Policy(password::PolicyError),
    /// Not allowed, or the store failed.
    Other(ApiError),
}

impl From<ApiError> for PasswordChangeError {
    fn from(err: ApiError) -> PasswordChangeError {
        PasswordChangeError::Other(err)
    }
}

/// Changes the caller's password after checking the current one; every
/// other session of the account ends, and its API tokens if asked.
pub async fn set_new_password(
    state: &AppState,
    caller: &Caller,
    change: &PasswordChange,
) -> Result<(), PasswordChangeError> {
    caller.require(state, Action::ManageOwnCredentials, Target::None)?;
    let (handle, account) = caller.signed_in(state)?;
    let right = state.limiter.check_password(
        state,
        &account.username,
        None,
        &change.current_password,
        Some(&account.password_hash),
    );
    if !right.await? {
        state.metrics.refused("bad_credentials");
        return Err(PasswordChangeError::CurrentWrong);
    }
    password::check_policy(&change.new_password).map_err(PasswordChangeError::Policy)?;
    let hash = state.hashing.hash(&change.new_password).await?;
    let keep = caller.session_cookie().unwrap_or("");
    state.store.set_password(handle, &hash, keep, change.revoke_tokens).await.map_err(ApiError::from)?;
    Ok(())
}

/// A new account: for public sign-up and for accepting an invitation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAccountRequest {
    /// The sign-in name: 3 to 40 of a-z, 0-9, '.', '_', '-' (kept private).
    pub username: String,
    /// The password: at least 10 characters.
    pub password: String,
    /// The name shown to the secretariat and in one's own account (kept
    /// private; the public log shows only the handle).
    pub display_name: String,
    /// An e-mail address, optional (kept private).
    #[serde(default)]
    pub email: Option<String>,
}

/// A new account's public handle.
#[derive(Debug, Serialize, ToSchema)]
pub struct Created {
    /// The public handle.
    pub handle: String,
    /// The role.
    pub role: &'static str,
    /// The log index of the event that recorded it, if any.
    pub log_index: Option<u64>,
}

/// A field of a new account that is not acceptable. The message (English,
/// for the API) starts with the field's name; pages show their own
/// translation of each case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidAccount {
    /// Not 3 to 40 of the allowed characters.
    #[error("username: use 3 to 40 letters a-z, digits, '.', '_' or '-'")]
    Username,
    /// Against the password policy.
    #[error("password: {0}")]
    Password(password::PolicyError),
    /// Empty, too long, or with control characters.
    #[error("display_name: enter a name of up to 100 characters")]
    DisplayName,
    /// Not an address.
    #[error("email: enter an address like name@example.org, or leave it out")]
    Email,
}

impl InvalidAccount {
    /// The name of the field.
    pub fn field(self) -> &'static str {
        match self {
            InvalidAccount::Username => "username",
            InvalidAccount::Password(_) => "password",
            InvalidAccount::DisplayName => "display_name",
            InvalidAccount::Email => "email",
        }
    }
}

impl From<InvalidAccount> for ApiError {
    fn from(invalid: InvalidAccount) -> ApiError {
        ApiError::Unprocessable(invalid.to_string())
    }
}

impl NewAccountRequest {
    /// Every field that is not acceptable, in the order of the form.
    pub fn problems(&self) -> Vec<InvalidAccount> {
        let mut problems = Vec::new();
        let username = self.username.trim().to_lowercase();
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-');
        if !(3..=40).contains(&username.len()) || !username.chars().all(allowed) {
            problems.push(InvalidAccount::Username);
        }
        if let Err(policy) = password::check_policy(&self.password) {
            problems.push(InvalidAccount::Password(policy));
        }
        let display_name = self.display_name.trim();
        if display_name.is_empty() || display_name.chars().count() > 100 || display_name.chars().any(char::is_control) {
            problems.push(InvalidAccount::DisplayName);
        }
        let email = self.email.as_deref().map(str::trim).filter(|e| !e.is_empty());
        if email.is_some_and(|e| !is_email(e)) {
            problems.push(InvalidAccount::Email);
        }
        problems
    }

    /// Checks the fields and makes the account under a new
    /// `prefix.xxxxxxxxxxxxxxxx` handle, hashing its password in `hashing`.
    pub async fn into_account(self, hashing: &HashPool, prefix: &str) -> Result<NewAccount, ApiError> {
        if let Some(first) = self.problems().into_iter().next() {
            return Err(first.into());
        }
        Ok(NewAccount {
            handle: new_handle(prefix)?,
            username: self.username.trim().to_lowercase(),
            display_name: self.display_name.trim().to_owned(),
            email: self.email.map(|e| e.trim().to_owned()).filter(|e| !e.is_empty()),
            password_hash: hashing.hash(&self.password).await?,
        })
    }
}

/// Whether a (trimmed, non-empty) text is acceptable as an e-mail address.
pub fn is_email(email: &str) -> bool {
    email.contains('@') && email.len() <= 200 && !email.contains(char::is_whitespace)
}

/// A new public handle: the prefix and 16 random hex digits (64 bits, so
/// that even a million participants have about one chance in 36 million
/// of any collision). Older handles of 8 digits stay valid.
fn new_handle(prefix: &str) -> Result<Actor, ApiError> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|err| ApiError::Internal(format!("no randomness: {err}")))?;
    let mut suffix = String::new();
    for byte in bytes {
        suffix.push_str(&format!("{byte:02x}"));
    }
    Actor::try_from(format!("{prefix}.{suffix}")).map_err(ApiError::Internal)
}

/// How many handles a new account draws before giving up: with 64 random
/// bits a second collision in a row is, in practice, impossible.
const HANDLE_DRAWS: usize = 3;

/// Runs `create` with `account`, drawing a new handle (same `prefix`) when
/// the one drawn turns out to be taken, so a collision of random handles is
/// never reported as a taken username.
pub async fn with_fresh_handle<T, Fut>(
    mut account: NewAccount,
    prefix: &str,
    mut create: impl FnMut(NewAccount) -> Fut,
) -> Result<T, StoreError>
where
    Fut: Future<Output = Result<T, StoreError>>,
{
    for _ in 1..HANDLE_DRAWS {
        match create(account.clone()).await {
            Err(StoreError::HandleTaken) => {
                account.handle = new_handle(prefix).map_err(|_| StoreError::HandleTaken)?;
            }
            done => return done,
        }
    }
    create(account).await
}

/// Signs up as a participant: a pseudonymous public account, no e-mail
/// needed. Participants take part in public consultations and may apply for
/// an organization.
#[utoipa::path(
    post,
    path = "/api/v1/participants",
    tag = "accounts",
    request_body = NewAccountRequest,
    responses(
        (status = 201, description = "Signed up; sign in next", body = Created),
        (status = 409, description = "The username is taken", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is wrong", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many sign-ups from this address", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn sign_up(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<NewAccountRequest>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    Ok((StatusCode::CREATED, Json(register_participant(&state, address, body).await?)))
}

/// Creates a participant's account, at most a few per address and hour.
pub async fn register_participant(
    state: &AppState,
    address: Option<std::net::IpAddr>,
    body: NewAccountRequest,
) -> Result<Created, ApiError> {
    if let Some(first) = body.problems().into_iter().next() {
        return Err(first.into());
    }
    state.limiter.count_sign_up(state, address).await?;
    let account = body.into_account(&state.hashing, "p").await?;
    let handle = with_fresh_handle(account, "p", |account| async move {
        state.store.create_account(&account).await.map(|()| account.handle)
    })
    .await?;
    Ok(Created { handle: handle.to_string(), role: "participant", log_index: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A taken handle is drawn again; a taken username is not retried.
    #[tokio::test]
    async fn a_taken_handle_is_drawn_again_and_a_taken_username_is_not() {
        let account = NewAccount {
            handle: new_handle("p").unwrap(),
            username: "ada".into(),
            display_name: "Ada".into(),
            email: None,
            password_hash: "hash".into(),
        };
        let first = account.handle.clone();
        let mut tried = Vec::new();
        let created = with_fresh_handle(account.clone(), "p", |a| {
            tried.push(a.handle.clone());
            let taken = tried.len() < 3;
            async move { if taken { Err(StoreError::HandleTaken) } else { Ok(a.handle) } }
        })
        .await
        .unwrap();
        assert_eq!(tried.len(), 3);
        assert_eq!(tried[0], first);
        assert!(tried[1] != first && tried[2] != tried[1] && created == tried[2]);
        assert!(created.as_str().starts_with("p."));

        let mut calls = 0;
        let err = with_fresh_handle(account.clone(), "p", |_| {
            calls += 1;
            async { Err::<(), _>(StoreError::Conflict("the username \"ada\" is taken".into())) }
        })
        .await
        .unwrap_err();
        assert!(matches!(err, StoreError::Conflict(_)));
        assert_eq!(calls, 1);

        let mut calls = 0;
        let err = with_fresh_handle(account, "p", |_| {
            calls += 1;
            async { Err::<(), _>(StoreError::HandleTaken) }
        })
        .await
        .unwrap_err();
        assert!(matches!(err, StoreError::HandleTaken));
        assert_eq!(calls, HANDLE_DRAWS);
    }

    /// A handle carries 64 random bits: 16 hex digits after the prefix, and
    /// two handles made in a row differ.
    #[test]
    fn new_handles_carry_64_random_bits() {
        let (a, b) = (super::new_handle("p").unwrap(), super::new_handle("p").unwrap());
        let digits = a.as_str().strip_prefix("p.").unwrap();
        assert_eq!(digits.len(), 16);
        assert!(digits.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}
