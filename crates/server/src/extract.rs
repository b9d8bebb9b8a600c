//! Extractors whose rejections are our problem documents, so a malformed
//! query, path or JSON body gets the same RFC 9457 answer as every other
//! error.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts};

use crate::error::ApiError;

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
