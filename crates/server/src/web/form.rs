//! Forms in the GOV.UK manner: one `<form method="post">` per action,
//! validated on the server, answered by a redirect (POST-redirect-GET) that
//! leaves a one-time notice for the next page.
//!
//! Every form carries two hidden fields ([`Guard`]):
//! - `csrf`: the session's CSRF token, when signed in; a POST of a session
//!   without it is refused (the API takes the same token in a header);
//! - `nonce`: a random value made when the form was shown. The first POST
//!   that carries it is accepted, any other is refused as a double
//!   submission, and a POST without one is refused as an expired form (the store keeps the nonces sent for a day, so this holds
//!   across the nodes of one database).
//!
//! A form sent by another site is refused too: the `Origin` header, which
//! browsers send with every POST, must name this server.

use axum::extract::{FromRequest, Request};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::errors::WebError;
use super::page::Ctx;
use crate::AppState;

/// The cookie that carries a notice to the page after a redirect.
pub const FLASH_COOKIE: &str = "concord_flash";

/// The notices a form may leave for the next page: message ids, so that
/// nothing but these texts can ever be shown through the cookie.
pub const NOTICES: &[&str] = &[
    "notice-signed-in",
    "notice-signed-out",
    "notice-signed-out-everywhere",
    "notice-two-factor-on",
    "notice-password-changed",
    "notice-password-changed-tokens-revoked",
    "notice-signed-up",
    "notice-invitation-accepted",
    "notice-invitation-revoked",
    "notice-person-removed",
    "notice-token-revoked",
    "notice-applied",
    "notice-decided",
    "notice-document-published",
    "notice-password-reset",
    "notice-reset-requested",
    "notice-email-changed",
    "notice-account-deleted",
    "notice-recovery-code-used",
    "notice-recovery-code-last",
    "notice-statement-moderated",
    "notice-statement-translated",
    "notice-consultation-created",
    "notice-consultation-opened",
    "notice-consultation-closed",
    "notice-consultation-reopened",
    "notice-vote-recorded",
    "notice-statement-added",
    "notice-statement-held",
    "notice-statement-flagged",
    "notice-ballot-opened",
    "notice-ballot-voted",
    "notice-ballot-proxy-given",
    "notice-ballot-proxy-revoked",
    "notice-ballot-alternate",
    "notice-ballot-closed",
    "notice-ballot-roll-call",
    "notice-key-registered",
    "notice-key-rotated",
    "notice-key-revoked",
    "notice-divide-submitted",
    "notice-divide-accepted",
    "notice-divide-rejected",
];

/// How long a used nonce is remembered: a form older than this could be
/// sent again, but its session (12 hours) has ended long before.
const NONCE_MEMORY_MILLIS: i64 = 24 * 60 * 60 * 1000;

/// A new random nonce: 128 bits, hex.
pub(crate) fn new_nonce() -> String {
    let mut bytes = [0u8; 16];
    // Without randomness the nonce is empty and the form is refused when
    // sent: the user sees "reload and try again", never a forged accept.
    if getrandom::fill(&mut bytes).is_err() {
        tracing::error!("no randomness for a form nonce");
        return String::new();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The hidden fields of a form.
#[derive(Debug, Clone)]
pub struct Guard {
    /// The session's CSRF token (empty when not signed in).
    pub csrf: String,
    /// This form's nonce.
    pub nonce: String,
}

impl Guard {
    /// The hidden fields of a form shown on `ctx`'s page.
    pub fn new(ctx: &Ctx) -> Guard {
        Guard { csrf: ctx.caller.csrf_token().unwrap_or_default().to_owned(), nonce: new_nonce() }
    }
}

/// A form sent by POST, its guard checked.
#[derive(Debug)]
pub struct Posted {
    /// The page context of the request.
    pub ctx: Ctx,
    fields: Vec<(String, String)>,
}

impl Posted {
    /// The value of field `name` (empty when not sent).
    pub fn get(&self, name: &str) -> &str {
        self.fields.iter().find(|(n, _)| n == name).map_or("", |(_, v)| v.as_str())
    }

    /// Every value of field `name` (checkboxes).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.fields.iter().filter(|(n, _)| n == name).map(|(_, v)| v.as_str()).collect()
    }
}

impl FromRequest<AppState> for Posted {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &AppState) -> Result<Posted, WebError> {
        let (mut parts, body) = request.into_parts();
        if !same_origin(&parts.headers, &state.auth.public_url) {
            state.metrics.refused("csrf");
            return Err(WebError::FormExpired);
        }
        let ctx = <Ctx as axum::extract::FromRequestParts<AppState>>::from_request_parts(&mut parts, state).await?;
        let request = Request::from_parts(parts, body);
        let axum::Form(fields) = axum::Form::<Vec<(String, String)>>::from_request(request, state)
            .await
            .map_err(|rejection| WebError::BadRequest(rejection.body_text()))?;
        let posted = Posted { ctx, fields };
        if let Some(expected) = posted.ctx.caller.csrf_token()
            && posted.get("csrf") != expected
        {
            state.metrics.refused("csrf");
            return Err(WebError::FormExpired);
        }
        // Every form has a nonce: one without (or with a malformed one) is
        // refused as expired, never acted on.
        let nonce = posted.get("nonce");
        if nonce.len() != 32 || !nonce.bytes().all(|b| b.is_ascii_hexdigit()) {
            state.metrics.refused("form_nonce");
            return Err(WebError::FormExpired);
        }
        if !state.store.use_form_nonce(nonce, NONCE_MEMORY_MILLIS).await? {
            state.metrics.refused("double_submission");
            return Err(WebError::AlreadySent);
        }
        Ok(posted)
    }
}

/// Whether a POST comes from a page of this server: its `Origin` (or,
/// failing that, `Referer`) names the `Host` it was sent to, or the public
/// address the server was given (`--public-url`; behind a proxy the `Host`
/// may be the proxy's upstream). Requests with neither header (not from a
/// browser) are let through; the session's CSRF token still guards them.
fn same_origin(headers: &axum::http::HeaderMap, public_url: &str) -> bool {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let source = headers.get(header::ORIGIN).or_else(|| headers.get(header::REFERER)).and_then(|h| h.to_str().ok());
    let Some(source) = source else { return true };
    let Some(origin) = origin_of(source) else { return false };
    origin_of(public_url).is_some_and(|public| public == origin)
        || host.is_some_and(|host| {
            origin.split_once("://").is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host))
        })
}

/// `scheme://authority` of an absolute URL, lowercased; `None` for
/// anything else (`null`, a relative path).
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next().filter(|a| !a.is_empty())?;
    Some(format!("{}://{}", scheme.to_ascii_lowercase(), authority.to_ascii_lowercase()))
}

/// The answer to a form that succeeded: a redirect to `to` (303, so the
/// browser fetches it with GET) leaving `notice` for that page.
pub fn see_other(to: &str, notice: Option<&'static str>) -> Response {
    let mut response = Redirect::to(to).into_response();
    if let Some(id) = notice {
        leave_notice(&mut response, id);
    }
    response
}

/// Leaves `notice` for the next page the browser asks for (a page that
/// answers a form itself, such as one showing a secret once, then links
/// on).
pub fn leave_notice(response: &mut Response, id: &'static str) {
    if let Ok(cookie) =
        HeaderValue::from_str(&format!("{FLASH_COOKIE}={id}; Path=/; Max-Age=60; SameSite=Lax; HttpOnly"))
    {
        debug_assert!(NOTICES.contains(&id), "{id} is not in NOTICES");
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderMap;

    use super::*;

    #[test]
    fn nonces_are_random_128_bit_hex() {
        let first = new_nonce();
        assert_eq!(first.len(), 32);
        assert!(first.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(first, new_nonce());
    }

    #[test]
    fn only_forms_of_this_site_are_accepted() {
        let headers = |pairs: &[(&'static str, &'static str)]| {
            let mut map = HeaderMap::new();
            for (name, value) in pairs {
                map.insert(*name, HeaderValue::from_static(value));
            }
            map
        };
        let public = "https://concord.example";
        let ok = |pairs: &[(&'static str, &'static str)]| same_origin(&headers(pairs), public);
        assert!(ok(&[("host", "concord.example"), ("origin", "https://concord.example")]));
        assert!(ok(&[("host", "127.0.0.1:8080"), ("referer", "http://127.0.0.1:8080/sign-in")]));
        assert!(ok(&[("host", "concord.example")]));
        // Behind a proxy: the Host is the upstream, the Origin the public address.
        assert!(ok(&[("host", "127.0.0.1:8080"), ("origin", "https://Concord.example")]));
        assert!(!ok(&[("host", "127.0.0.1:8080"), ("origin", "http://concord.example")]));
        assert!(!ok(&[("host", "concord.example"), ("origin", "https://evil.example")]));
        assert!(!ok(&[("host", "concord.example"), ("origin", "null")]));
        assert!(!ok(&[("host", "concord.example"), ("origin", "https://concord.example.evil")]));
        assert!(!ok(&[("origin", "https://evil.example")]));
    }
}
