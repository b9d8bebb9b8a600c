//! Errors of the HTML pages: a helpful 404 in the user's language, and one
//! plain apology for every server error, with no internals (they are
//! logged). Paths of the machine interfaces (`/api`, `/log`, health and
//! metrics) keep their RFC 9457 problem documents instead.

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use store::StoreError;

use super::i18n::Tr;
use super::page::{Ctx, Layout, Section};
use crate::AppState;

/// Why a page could not be shown. The answer is a bare status; the error
/// middleware (`problem_for_bare_errors`) renders the page in the user's
/// language.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// 404: there is no such page.
    #[error("not found")]
    NotFound,
    /// 503: the database is unavailable; logged.
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// 500: a bug or broken data; logged.
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for WebError {
    fn from(err: StoreError) -> WebError {
        match err {
            StoreError::Database(_) | StoreError::NotCommitted(_) | StoreError::WriterStopped => {
                WebError::Unavailable(err.to_string())
            }
            other => WebError::Internal(other.to_string()),
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match &self {
            WebError::NotFound => StatusCode::NOT_FOUND.into_response(),
            WebError::Unavailable(detail) => {
                tracing::warn!(%detail, "a page is unavailable");
                StatusCode::SERVICE_UNAVAILABLE.into_response()
            }
            WebError::Internal(detail) => {
                tracing::error!(%detail, "a page failed");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        }
    }
}

/// Whether `path` belongs to a machine interface, whose errors are problem
/// documents: the JSON API, the log tiles, health and metrics.
pub fn is_machine_path(path: &str) -> bool {
    let under = |prefix: &str| path == prefix || path.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('/'));
    under("/api") || under("/log") || ["/healthz", "/readyz", "/metrics"].contains(&path)
}

/// Whether a response is already a page.
pub fn is_html(response: &Response) -> bool {
    response.headers().get(header::CONTENT_TYPE).is_some_and(|value| value.as_bytes().starts_with(b"text/html"))
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Layout,
    heading: String,
    paragraphs: Vec<String>,
    links: Vec<(String, &'static str)>,
}

/// The HTML page for an error `status` on a request with context `ctx`.
pub async fn page(state: &AppState, ctx: &Ctx, status: StatusCode) -> Response {
    let tr: Tr = ctx.tr();
    let (heading, paragraphs, links) = if status == StatusCode::NOT_FOUND {
        (
            tr.t("notfound-title"),
            vec![tr.t("notfound-typed"), tr.t("notfound-pasted"), tr.t("notfound-next")],
            vec![(tr.t("site-home"), "/"), (tr.t("site-members"), "/members"), (tr.t("site-record"), "/record")],
        )
    } else if status.is_server_error() {
        (tr.t("problem-title"), vec![tr.t("problem-later"), tr.t("problem-record")], vec![])
    } else {
        (tr.t("badrequest-title"), vec![tr.t("badrequest-body")], vec![(tr.t("site-home"), "/")])
    };
    // A broken database must not stop the apology: the skeleton's facts
    // are read only when the error is not the server's.
    let layout = if status.is_server_error() {
        Layout::with_facts(ctx, &heading, Section::None, "Concord".into(), None)
    } else {
        Layout::new(state, ctx, &heading, Section::None).await
    };
    let template = ErrorPage { page: layout, heading, paragraphs, links };
    template.page.respond(status, &template)
}

#[cfg(test)]
mod tests {
    use super::is_machine_path;

    #[test]
    fn machine_paths_are_the_api_the_log_and_the_probes() {
        for path in ["/api", "/api/v1/members", "/log", "/log/checkpoint", "/healthz", "/metrics"] {
            assert!(is_machine_path(path), "{path}");
        }
        for path in ["/", "/members", "/record", "/logbook", "/apis", "/static/x.css"] {
            assert!(!is_machine_path(path), "{path}");
        }
    }
}
