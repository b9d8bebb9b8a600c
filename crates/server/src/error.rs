//! The server's one error type and its one rendering: RFC 9457 problem
//! details (`application/problem+json`). Each variant's doc names its HTTP
//! status. Internal errors are logged with their detail and answered with a
//! generic message.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::Rejection;
use serde::Serialize;
use store::StoreError;
use utoipa::ToSchema;

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 400: the request is malformed (a bad parameter, malformed JSON).
    #[error("{detail}")]
    BadRequest {
        /// The stable problem slug, e.g. `invalid-parameter`.
        slug: &'static str,
        /// What was wrong, for a person.
        detail: String,
    },
    /// 404: there is no such thing.
    #[error("{0}")]
    NotFound(String),
    /// 405: the path exists but not with this method.
    #[error("{0}")]
    MethodNotAllowed(String),
    /// 409: the request conflicts with the current state.
    #[error("{0}")]
    Conflict(String),
    /// 413: the request body is too large.
    #[error("the request body is larger than the {limit} bytes this endpoint accepts")]
    PayloadTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// 422: the request is well-formed but the domain refuses it.
    #[error("{0}")]
    Unprocessable(String),
    /// 503: the database or the writer is unavailable; retry later.
    #[error("the service is temporarily unavailable; please try again shortly")]
    Unavailable(String),
    /// 500: a bug or a broken data store. Logged; the client sees a generic
    /// message.
    #[error("internal error")]
    Internal(String),
}

impl ApiError {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn slug(&self) -> &'static str {
        match self {
            ApiError::BadRequest { slug, .. } => slug,
            ApiError::NotFound(_) => "not-found",
            ApiError::MethodNotAllowed(_) => "method-not-allowed",
            ApiError::Conflict(_) => "conflict",
            ApiError::PayloadTooLarge { .. } => "payload-too-large",
            ApiError::Unprocessable(_) => "rejected",
            ApiError::Unavailable(_) => "unavailable",
            ApiError::Internal(_) => "internal",
        }
    }

    /// A 400 for a query or path parameter.
    pub fn invalid_parameter(detail: impl Into<String>) -> ApiError {
        ApiError::BadRequest { slug: "invalid-parameter", detail: detail.into() }
    }

    /// The problem document for this error.
    pub fn problem(&self) -> Problem {
        let status = self.status();
        Problem {
            r#type: format!("/problems/{}", self.slug()),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: self.to_string(),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> ApiError {
        match err {
            StoreError::Rejected(rejection) => rejection.into(),
            StoreError::Database(_) | StoreError::NotCommitted(_) | StoreError::WriterStopped => {
                ApiError::Unavailable(err.to_string())
            }
            StoreError::Inconsistent(_) | StoreError::Setup(_) | StoreError::Io { .. } | StoreError::ReadOnly => {
                ApiError::Internal(err.to_string())
            }
        }
    }
}

impl From<Rejection> for ApiError {
    fn from(rejection: Rejection) -> ApiError {
        let detail = rejection.to_string();
        match rejection {
            Rejection::NotFounded | Rejection::AlreadyFounded | Rejection::AlreadyRedacted(_) => {
                ApiError::Conflict(detail)
            }
            Rejection::UnknownBlob(_) => ApiError::NotFound(detail),
            Rejection::DuplicateMember(_) | Rejection::Invalid { .. } => ApiError::Unprocessable(detail),
        }
    }
}

/// An RFC 9457 problem details document.
#[derive(Debug, Clone, Serialize, serde::Deserialize, ToSchema, PartialEq, Eq)]
pub struct Problem {
    /// A stable URI reference naming the kind of problem, e.g.
    /// `/problems/not-found`.
    pub r#type: String,
    /// The HTTP status phrase.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong, in words a person can act on.
    pub detail: String,
}

/// The media type of problem documents.
pub const PROBLEM_JSON: &str = "application/problem+json";

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response = (status, body).into_response();
        response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        response
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match &self {
            ApiError::Internal(detail) => tracing::error!(%detail, "internal error"),
            ApiError::Unavailable(detail) => tracing::warn!(%detail, "unavailable"),
            _ => {}
        }
        self.problem().into_response()
    }
}
