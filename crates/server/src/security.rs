//! Security headers on every response, including a strict
//! Content-Security-Policy: everything comes from this server, no inline
//! scripts or styles, no framing.

use axum::http::{HeaderName, HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;

/// The Content-Security-Policy of every page and API answer.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                       connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// One layer per security header; each sets its header unless the handler
/// already did.
pub fn layers() -> [SetResponseHeaderLayer<HeaderValue>; 6] {
    let set = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    [
        set(header::CONTENT_SECURITY_POLICY, CSP),
        set(header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        set(header::X_FRAME_OPTIONS, "DENY"),
        // Addresses (which may hold an invitation token) never leave for
        // another site; within this one, browsers send the real `Origin`
        // with a form (under `no-referrer` they send `Origin: null`), which
        // the forms' same-origin check needs.
        set(header::REFERRER_POLICY, "same-origin"),
        set(HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
        set(HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=()"),
    ]
}
