//! The stylesheet, served from the binary under a name that carries its
//! hash, so browsers may keep it for good and a new version is a new name.

use std::sync::LazyLock;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::extract::Path;

/// The stylesheet (screen and print).
pub const CSS: &str = include_str!("../../static/concord.css");

/// `/static/concord.<hash>.css`.
pub static CSS_HREF: LazyLock<String> = LazyLock::new(|| {
    let hash = Sha256::digest(CSS.as_bytes());
    format!("/static/concord.{}.css", hex::encode(&hash[..6]))
});

/// `GET /static/{file}`.
pub async fn serve(Path(file): Path<String>) -> Response {
    if format!("/static/{file}") != *CSS_HREF {
        return StatusCode::NOT_FOUND.into_response();
    }
    let mut response = CSS.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    response
}
