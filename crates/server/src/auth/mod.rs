//! Who is calling, and may they? Authentication (a session cookie or an API
//! token) makes a [`Caller`]; [`Caller::require`] asks the domain's one
//! authorization table (`domain::authz`) and turns a refusal into a 401 or
//! 403 problem, counted in the metrics. Handlers never decide on their own.
//!
//! Sessions: a random cookie value (`concord_session`, HttpOnly,
//! SameSite=Lax, Secure behind TLS) of which the store keeps only the hash;
//! a new one at every sign-in. Every state-changing request of a session
//! carries its CSRF token in the `X-CSRF-Token` header (forms: a hidden
//! field). API tokens (`Authorization: Bearer concord_...`) need no CSRF
//! token: browsers never send them on their own.
//!
//! A session that still waits for its second factor is
//! [`Credential::Pending`]: its caller is anonymous to every check
//! ([`Caller::require`] refuses all but public reading), so it can only
//! complete the second factor (`api::session`) or sign out. Completing it
//! gives the session a new cookie value and CSRF token.

pub mod admin;
pub mod hashing;
pub mod limiter;
pub mod password;
pub mod recovery;
pub mod totp;

use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use axum::http::{Method, header};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use domain::Actor;
use domain::authz::{self, Action, Denied, Principal, Role, Scope, Target, authorize};
use store::access::{Account, Session, SessionLookup};

use crate::AppState;
use crate::error::ApiError;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "concord_session";
/// The header that carries a session's CSRF token.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// Settings of sign-in and sessions.
#[derive(Debug, Clone)]
pub struct AuthConfig {
    /// Mark cookies `Secure` (the server is reached over TLS).
    pub secure_cookies: bool,
    /// How long a session lasts, in milliseconds.
    pub session_ttl_millis: i64,
    /// How long an invitation link can be used, in milliseconds.
    pub invitation_ttl_millis: i64,
    /// The public base URL, for invitation links (e.g. `https://concord.example`).
    pub public_url: String,
}

impl Default for AuthConfig {
    fn default() -> AuthConfig {
        AuthConfig {
            secure_cookies: false,
            session_ttl_millis: 12 * 60 * 60 * 1000,
            invitation_ttl_millis: 14 * 24 * 60 * 60 * 1000,
            public_url: "http://127.0.0.1:8080".into(),
        }
    }
}

/// How a caller proved who they are.
#[derive(Debug, Clone)]
pub enum Credential {
    /// Not signed in (or an unknown cookie).
    None,
    /// A session cookie that expired.
    ExpiredSession,
    /// A live session, its second factor done (or not needed).
    Session {
        /// The cookie value.
        cookie: String,
        /// The session.
        session: Session,
    },
    /// A session that waits for its second factor: it may only complete it
    /// or sign out.
    Pending(Box<Pending>),
    /// An API token.
    Token,
}

/// A session signed in with a password, waiting for its second factor.
#[derive(Debug, Clone)]
pub struct Pending {
    /// The cookie value.
    pub cookie: String,
    /// The session.
    pub session: Session,
    /// Whose account (for the code and the authenticator's setup only).
    pub account: Account,
    /// The role the account will act in once signed in.
    pub role: Role,
}

/// The person making a request, as authentication found them: a principal
/// with the scope of the session or token that made the request.
#[derive(Debug, Clone)]
pub struct Caller {
    /// Who they are to the authorization table.
    pub principal: Principal,
    /// What the session ([`Scope::Full`]) or API token may do.
    pub scope: Scope,
    /// Their account, when signed in.
    pub account: Option<Account>,
    /// How they signed in.
    pub credential: Credential,
}

impl Caller {
    /// The caller's handle, if signed in.
    pub fn handle(&self) -> Option<&Actor> {
        self.principal.handle.as_ref()
    }

    /// The caller as the domain sees a command's maker: their handle and
    /// scope (the writer derives the principal again at commit). `None`
    /// when not signed in.
    pub fn acting(&self) -> Option<authz::Caller> {
        Some(authz::Caller::new(self.handle()?.clone(), self.scope.clone()))
    }

    /// Whether a session still waits for its second factor.
    pub fn second_factor_pending(&self) -> bool {
        self.pending().is_some()
    }

    /// The session waiting for its second factor, if this is one.
    pub fn pending(&self) -> Option<&Pending> {
        match &self.credential {
            Credential::Pending(pending) => Some(pending),
            _ => None,
        }
    }

    /// The session cookie's value, for a session (pending or not).
    pub fn session_cookie(&self) -> Option<&str> {
        match &self.credential {
            Credential::Session { cookie, .. } => Some(cookie),
            Credential::Pending(pending) => Some(&pending.cookie),
            _ => None,
        }
    }

    /// Refuses the request unless the caller may take `action` on `target`.
    /// A session waiting for its second factor may only read what is public.
    pub fn require(&self, state: &AppState, action: Action, target: Target) -> Result<(), ApiError> {
        let refusal = if self.second_factor_pending() && action != Action::ReadPublic {
            Some(("second_factor", ApiError::Forbidden("finish signing in with your two-factor code first".into())))
        } else {
            match authorize(&self.principal, &self.scope, action, target) {
                Ok(()) => None,
                Err(Denied::SignInRequired(_)) if matches!(self.credential, Credential::ExpiredSession) => {
                    Some(("session_expired", ApiError::Unauthorized("your session has expired; sign in again".into())))
                }
                Err(denied @ Denied::SignInRequired(_)) => {
                    Some(("unauthenticated", ApiError::Unauthorized(denied.to_string())))
                }
                Err(denied @ Denied::Scope(_)) => Some(("token_scope", ApiError::Forbidden(denied.to_string()))),
                Err(denied) => Some(("forbidden", ApiError::Forbidden(denied.to_string()))),
            }
        };
        match refusal {
            None => Ok(()),
            Some((reason, error)) => {
                state.metrics.refused(reason);
                Err(error)
            }
        }
    }

    /// The signed-in caller's handle and account, or a 401.
    pub fn signed_in(&self, state: &AppState) -> Result<(&Actor, &Account), ApiError> {
        self.require(state, Action::ReadOwnAccount, Target::None)?;
        match (self.handle(), &self.account) {
            (Some(handle), Some(account)) => Ok((handle, account)),
            _ => Err(ApiError::Unauthorized("sign in first".into())),
        }
    }
}

impl Caller {
    /// Finds who makes a request: an API token, a session cookie, or
    /// nobody. Does not check the CSRF token of a session: the API does it
    /// from a header ([`FromRequestParts`]), the pages from a hidden form
    /// field (`web::form`).
    pub async fn authenticate(parts: &Parts, state: &AppState) -> Result<Caller, ApiError> {
        let refuse = |reason: &str, error: ApiError| {
            state.metrics.refused(reason);
            error
        };
        if let Some(value) = parts.headers.get(header::AUTHORIZATION) {
            let token = value.to_str().ok().and_then(|v| v.strip_prefix("Bearer ")).map(str::trim).unwrap_or("");
            let Some(identity) = state.store.token_identity(token).await? else {
                return Err(refuse("token_invalid", ApiError::Unauthorized("the API token is not valid".into())));
            };
            let found = &identity.token;
            if found.revoked_at.is_some() {
                return Err(refuse("token_revoked", ApiError::Unauthorized("the API token was revoked".into())));
            }
            if found.expires_at <= store::access::now_millis() {
                return Err(refuse(
                    "token_expired",
                    ApiError::Unauthorized("the API token has expired; create a new one".into()),
                ));
            }
            let (principal, account) = (identity.principal.clone(), identity.account.clone());
            let scope = Scope::Only(found.scopes.clone());
            return Ok(Caller { principal, scope, account, credential: Credential::Token });
        }
        let jar = CookieJar::from_headers(&parts.headers);
        let Some(cookie) = jar.get(SESSION_COOKIE).map(|c| c.value().to_owned()) else {
            return Ok(Caller::anonymous(Credential::None));
        };
        let session = match state.store.session(&cookie).await? {
            SessionLookup::Valid(session) => session,
            SessionLookup::Expired => return Ok(Caller::anonymous(Credential::ExpiredSession)),
            SessionLookup::Unknown => return Ok(Caller::anonymous(Credential::None)),
        };
        let principal = state.store.principal(&session.handle).await?;
        let account = state.store.account(&session.handle).await?;
        if !session.second_factor {
            // Anonymous to every check: only the second factor's own
            // handlers look into `Pending`.
            let Some(account) = account else { return Ok(Caller::anonymous(Credential::None)) };
            let pending = Pending { cookie, session, account, role: principal.role };
            return Ok(Caller::anonymous(Credential::Pending(Box::new(pending))));
        }
        Ok(Caller { principal, scope: Scope::Full, account, credential: Credential::Session { cookie, session } })
    }

    /// Nobody signed in.
    pub fn anonymous(credential: Credential) -> Caller {
        Caller { principal: Principal::anonymous(), scope: Scope::Full, account: None, credential }
    }

    /// The session's CSRF token, when signed in with a session (pending or
    /// not).
    pub fn csrf_token(&self) -> Option<&str> {
        match &self.credential {
            Credential::Session { session, .. } => Some(&session.csrf_token),
            Credential::Pending(pending) => Some(&pending.session.csrf_token),
            _ => None,
        }
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Caller, ApiError> {
        let caller = Caller::authenticate(parts, state).await?;
        if let Some(expected) = caller.csrf_token()
            && !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS)
        {
            let sent = parts.headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
            if sent != Some(expected) {
                state.metrics.refused("csrf");
                return Err(ApiError::Forbidden(
                    "the CSRF token is missing or wrong; reload the page and try again".into(),
                ));
            }
        }
        Ok(caller)
    }
}

impl OptionalFromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Option<Caller>, ApiError> {
        <Caller as FromRequestParts<AppState>>::from_request_parts(parts, state).await.map(Some)
    }
}

/// The cookie that carries a new session.
pub fn session_cookie(config: &AuthConfig, value: String) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, value))
        .http_only(true)
        .secure(config.secure_cookies)
        .same_site(SameSite::Lax)
        .path("/")
        .max_age(time::Duration::milliseconds(config.session_ttl_millis))
        .build()
}

/// The cookie that removes the session cookie.
pub fn removal_cookie(config: &AuthConfig) -> Cookie<'static> {
    let mut cookie = session_cookie(config, String::new());
    cookie.make_removal();
    cookie
}
