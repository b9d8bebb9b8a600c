//! The server's one error type and its one rendering: RFC 9457 problem
//! details (`application/problem+json`). Each variant's doc names its HTTP
//! status. Internal errors are logged with their detail and answered with a
//! generic message.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::{Rejection, RejectionKind};
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
    /// 401: the request needs a signed-in person or a valid API token.
    #[error("{0}")]
    Unauthorized(String),
    /// 403: the person may not do this.
    #[error("{0}")]
    Forbidden(String),
    /// 404: there is no such thing.
    #[error("{0}")]
    NotFound(String),
    /// 405: the path exists but not with this method.
    #[error("{0}")]
    MethodNotAllowed(String),
    /// 409: the request conflicts with the current state.
    #[error("{0}")]
    Conflict(String),
    /// 410: a one-time thing (an invitation) is used up, revoked or expired.
    #[error("{0}")]
    Gone(String),
    /// 429: too many failed attempts; retry after the given seconds.
    #[error("too many failed attempts; try again in {} minutes", retry_after.div_ceil(60))]
    TooManyRequests {
        /// Seconds until the next attempt is allowed.
        retry_after: u64,
    },
    /// 503: every password-hashing slot is taken; retry after the given
    /// seconds.
    #[error("too many sign-ins at once; try again in {retry_after} seconds")]
    Busy {
        /// Seconds to wait before trying again.
        retry_after: u64,
    },
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
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::Gone(_) => StatusCode::GONE,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unavailable(_) | ApiError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn slug(&self) -> &'static str {
        match self {
            ApiError::BadRequest { slug, .. } => slug,
            ApiError::Unauthorized(_) => "unauthorized",
            ApiError::Forbidden(_) => "forbidden",
            ApiError::Gone(_) => "gone",
            ApiError::TooManyRequests { .. } => "too-many-requests",
            ApiError::NotFound(_) => "not-found",
            ApiError::MethodNotAllowed(_) => "method-not-allowed",
            ApiError::Conflict(_) => "conflict",
            ApiError::PayloadTooLarge { .. } => "payload-too-large",
            ApiError::Unprocessable(_) => "rejected",
            ApiError::Unavailable(_) => "unavailable",
            ApiError::Busy { .. } => "busy",
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
            StoreError::Conflict(message) => ApiError::Conflict(message),
            StoreError::Gone(message) => ApiError::Gone(message),
            StoreError::Mirror => ApiError::MethodNotAllowed(err.to_string()),
            StoreError::Database(_)
            | StoreError::NotCommitted(_)
            | StoreError::WriterStopped
            | StoreError::HandleTaken => ApiError::Unavailable(err.to_string()),
            StoreError::Inconsistent(_) | StoreError::Setup(_) | StoreError::Io { .. } | StoreError::ReadOnly => {
                ApiError::Internal(err.to_string())
            }
        }
    }
}

impl From<Rejection> for ApiError {
    fn from(rejection: Rejection) -> ApiError {
        let detail = detail(&rejection);
        match rejection.kind() {
            RejectionKind::Forbidden => ApiError::Forbidden(detail),
            RejectionKind::NotFound => ApiError::NotFound(detail),
            RejectionKind::Conflict => ApiError::Conflict(detail),
            RejectionKind::Invalid => ApiError::Unprocessable(detail),
        }
    }
}

/// What a refusal of the domain says to an API client: its own words,
/// with what to do next where a consultation's refusal leaves it unclear.
fn detail(rejection: &Rejection) -> String {
    match rejection {
        Rejection::ConsultationStatus { id, status: "draft", wanted: "taken part in" } => {
            format!("consultation {id} is still a draft: it takes votes and statements once it opens")
        }
        Rejection::ConsultationStatus { id, status: "closed", wanted: "taken part in" } => format!(
            "consultation {id} is closed: it takes no more votes or statements (those who manage it may reopen it)"
        ),
        Rejection::OutsideAudience { id, audience } => match *audience {
            "members" => format!("consultation {id} is open to member state delegations only"),
            "members_and_stakeholders" => format!(
                "consultation {id} is open to member state delegations and members of stakeholder organizations only"
            ),
            _ => format!(
                "you take part in consultations for a delegation, an organization or as a member of the public; \
                 your account speaks for none of these, so it cannot take part in consultation {id}"
            ),
        },
        Rejection::StatementStatus { consultation, statement, status: "pending" } => format!(
            "statement {statement} of consultation {consultation} is waiting for a moderator; \
             it takes votes once approved"
        ),
        Rejection::StatementStatus { consultation, statement, status: "rejected" } => {
            format!(
                "statement {statement} of consultation {consultation} was rejected by a moderator; it takes no votes"
            )
        }
        Rejection::DuplicateStatement { .. } => format!("{rejection}; vote on that one instead"),
        other => other.to_string(),
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
        let mut response = self.problem().into_response();
        if let ApiError::TooManyRequests { retry_after } | ApiError::Busy { retry_after } = self {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
        }
        if let ApiError::Unauthorized(_) = self {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"concord\""));
        }
        response
    }
}
