//! Extractors whose rejections are our problem documents, so a malformed
//! query, path or JSON body gets the same RFC 9457 answer as every other
//! error.
//!
//! Every number taken from a path, a query or a form is range-checked here
//! ([`number`], [`bounded`]): nothing stored is numbered above
//! [`MAX_NUMBER`], so an id beyond it names nothing (404) and an offset or
//! page beyond it is a bad request (400), before any of it reaches the store.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts};
use serde::{Deserialize, Deserializer};

use crate::error::ApiError;

/// The largest id, log index, offset or page number a request may name:
/// events hold no integer above 2^53 - 1, so nothing stored is numbered
/// higher.
pub const MAX_NUMBER: u64 = domain::MAX_SAFE_INTEGER;

/// A number named in a path (an id, a log index): decimal digits up to
/// [`MAX_NUMBER`], else `None` (the caller answers 404: there is no such
/// thing).
pub fn number(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u64>().ok().filter(|n| *n <= MAX_NUMBER)
}

/// An id of the API taken from a path segment, or a 404 problem naming it.
pub fn id(text: &str, what: &str) -> Result<u64, ApiError> {
    number(text).ok_or_else(|| ApiError::NotFound(format!("there is no {what} numbered {text:?}")))
}

/// Serde `deserialize_with` for an optional query number (an offset, a
/// limit): one above [`MAX_NUMBER`] is refused, so the query is a 400.
pub fn bounded<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    match Option::<u64>::deserialize(deserializer)? {
        Some(n) if n > MAX_NUMBER => {
            Err(serde::de::Error::custom(format!("{n} is out of range (at most {MAX_NUMBER})")))
        }
        value => Ok(value),
    }
}

/// `axum::extract::Query` with problem+json rejections.
#[derive(Debug, FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct Query<T>(pub T);

/// `axum::extract::Path` with problem+json rejections.
#[derive(Debug, FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct Path<T>(pub T);

/// `axum::Json` with problem+json rejections.
#[derive(Debug, FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct Json<T>(pub T);

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> ApiError {
        ApiError::invalid_parameter(rejection.body_text())
    }
}

impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> ApiError {
        ApiError::invalid_parameter(rejection.body_text())
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> ApiError {
        match rejection {
            JsonRejection::MissingJsonContentType(_) => ApiError::BadRequest {
                slug: "unsupported-media-type",
                detail: "send the body as JSON with the header Content-Type: application/json".into(),
            },
            JsonRejection::BytesRejection(err) if err.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => {
                ApiError::PayloadTooLarge { limit: crate::BODY_LIMIT }
            }
            other => ApiError::BadRequest { slug: "malformed-json", detail: other.body_text() },
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_beyond_what_is_stored_name_nothing() {
        use super::{MAX_NUMBER, number};
        assert_eq!(number("0"), Some(0));
        assert_eq!(number(&MAX_NUMBER.to_string()), Some(MAX_NUMBER));
        for text in ["9007199254740992", "9223372036854775808", "18446744073709551616", "", "-1", "+1", "1e3", " 1"] {
            assert_eq!(number(text), None, "{text}");
        }
    }

    use axum::Router;
    use axum::body::Body;
    use axum::http::{Request, StatusCode, header};
    use axum::routing::post;
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    use super::Json;

    #[derive(serde::Deserialize)]
    struct Title {
        #[allow(dead_code)]
        title: String,
    }

    async fn echo(Json(_): Json<Title>) -> &'static str {
        "ok"
    }

    async fn post_json(content_type: &str, body: &str) -> (StatusCode, serde_json::Value) {
        let app = Router::new().route("/", post(echo));
        let request =
            Request::post("/").header(header::CONTENT_TYPE, content_type).body(Body::from(body.to_owned())).unwrap();
        let response = app.oneshot(request).await.unwrap();
        let status = response.status();
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/problem+json");
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (status, serde_json::from_slice(&bytes).unwrap())
    }

    #[tokio::test]
    async fn malformed_json_gets_a_problem_that_says_where() {
        let (status, problem) = post_json("application/json", r#"{"title": "a",,}"#).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(problem["type"], "/problems/malformed-json");
        assert!(problem["detail"].as_str().unwrap().contains("line 1 column"), "{problem}");

        let (status, problem) = post_json("application/json", r#"{"titel": "a"}"#).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(problem["detail"].as_str().unwrap().contains("missing field `title`"), "{problem}");

        let (status, problem) = post_json("text/plain", r#"{"title": "a"}"#).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(problem["type"], "/problems/unsupported-media-type");
    }
}
