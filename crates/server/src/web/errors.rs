//! Errors of the HTML pages: a helpful 404 in the user's language, and one
//! plain apology for every server error, with no internals (they are
//! logged). Paths of the machine interfaces (`/api`, `/log`, health and
//! metrics) keep their RFC 9457 problem documents instead.

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use store::StoreError;

use crate::error::ApiError;

use super::i18n::Tr;
use super::page::{Ctx, Layout, Section};
use crate::AppState;

/// Why a page could not be shown. The answer is a bare status marked with
/// its [`Problem`]; the error middleware (`problem_for_bare_errors`)
/// renders the page in the user's language. Sign-in and redirects are
/// answered at once.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// 404: there is no such page.
    #[error("not found")]
    NotFound,
    /// 303 to the sign-in page, coming back to the given path after.
    #[error("sign in first")]
    SignIn(String),
    /// 303 to the given path of this site.
    #[error("go to {0}")]
    Redirect(String),
    /// 403: the person may not see this page or take this action.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// 403: a form without its session's token, from another site, or too
    /// old; reload and send again.
    #[error("the form expired")]
    FormExpired,
    /// 409: this exact form was sent already.
    #[error("the form was already sent")]
    AlreadySent,
    /// 400: a request no page of ours sends (a malformed form body).
    #[error("bad request: {0}")]
    BadRequest(String),
    /// 503: the database is unavailable; logged.
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// 500: a bug or broken data; logged.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Which error page a bare error status stands for, carried in the
/// response's extensions to the middleware that renders it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The generic page of the status.
    Plain,
    /// Not allowed.
    Forbidden,
    /// A form to reload.
    FormExpired,
    /// A form sent twice.
    AlreadySent,
    /// A change sent to a read-only mirror: it goes to the hub.
    Mirror,
}

impl WebError {
    /// The page error for an error of the API's shared logic.
    pub fn from_api(err: ApiError) -> WebError {
        match err {
            ApiError::NotFound(_) => WebError::NotFound,
            ApiError::Forbidden(detail) | ApiError::Unauthorized(detail) => WebError::Forbidden(detail),
            ApiError::Unavailable(detail) => WebError::Unavailable(detail),
            busy @ ApiError::Busy { .. } => WebError::Unavailable(busy.to_string()),
            ApiError::Internal(detail) => WebError::Internal(detail),
            other => WebError::BadRequest(other.to_string()),
        }
    }
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
        let (status, problem) = match &self {
            WebError::NotFound => (StatusCode::NOT_FOUND, Problem::Plain),
            WebError::SignIn(back) => {
                let to =
                    format!("/sign-in?next={}", form_urlencoded::byte_serialize(back.as_bytes()).collect::<String>());
                return Redirect::to(&to).into_response();
            }
            WebError::Redirect(to) => return Redirect::to(to).into_response(),
            WebError::Forbidden(detail) => {
                tracing::info!(%detail, "a page was refused");
                (StatusCode::FORBIDDEN, Problem::Forbidden)
            }
            WebError::FormExpired => (StatusCode::FORBIDDEN, Problem::FormExpired),
            WebError::AlreadySent => (StatusCode::CONFLICT, Problem::AlreadySent),
            WebError::BadRequest(detail) => {
                tracing::info!(%detail, "a page request was malformed");
                (StatusCode::BAD_REQUEST, Problem::Plain)
            }
            WebError::Unavailable(detail) => {
                tracing::warn!(%detail, "a page is unavailable");
                (StatusCode::SERVICE_UNAVAILABLE, Problem::Plain)
            }
            WebError::Internal(detail) => {
                tracing::error!(%detail, "a page failed");
                (StatusCode::INTERNAL_SERVER_ERROR, Problem::Plain)
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(problem);
        response
    }
}

/// Whether `path` belongs to a machine interface, whose errors are problem
/// documents: the JSON API, the log tiles, the witness, health and
/// metrics.
pub fn is_machine_path(path: &str) -> bool {
    let under = |prefix: &str| path == prefix || path.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('/'));
    under("/api") || under("/log") || under("/witness") || ["/healthz", "/readyz", "/metrics"].contains(&path)
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
    links: Vec<(String, String)>,
}

/// The HTML page for an error `status` on a request with context `ctx`.
pub async fn page(state: &AppState, ctx: &Ctx, status: StatusCode, problem: Problem) -> Response {
    let tr: Tr = ctx.tr();
    let back = || vec![(tr.t("site-home"), "/".to_owned())];
    let (heading, paragraphs, links) = match problem {
        Problem::Forbidden => (tr.t("forbidden-title"), vec![tr.t("forbidden-body")], back()),
        Problem::FormExpired => (tr.t("expired-title"), vec![tr.t("expired-body")], back()),
        Problem::AlreadySent => (tr.t("resent-title"), vec![tr.t("resent-body")], back()),
        Problem::Mirror => {
            let hub = state.node.hub_url().unwrap_or("/");
            (
                tr.t("mirror-refused-title"),
                vec![tr.t_args("mirror-refused-body", &[("hub", hub.into())]), tr.t("mirror-refused-next")],
                vec![(tr.t("mirror-refused-hub"), hub.to_owned()), (tr.t("site-home"), "/".to_owned())],
            )
        }
        Problem::Plain if status == StatusCode::NOT_FOUND => (
            tr.t("notfound-title"),
            vec![tr.t("notfound-typed"), tr.t("notfound-pasted"), tr.t("notfound-next")],
            vec![
                (tr.t("site-home"), "/".to_owned()),
                (tr.t("site-members"), "/members".to_owned()),
                (tr.t("site-record"), "/record".to_owned()),
            ],
        ),
        Problem::Plain if status.is_server_error() => {
            (tr.t("problem-title"), vec![tr.t("problem-later"), tr.t("problem-record")], vec![])
        }
        Problem::Plain => (tr.t("badrequest-title"), vec![tr.t("badrequest-body")], back()),
    };
    // A broken database must not stop the apology: the skeleton's facts
    // are read only when the error is not the server's.
    let layout = if status.is_server_error() {
        Layout::with_facts(ctx, &heading, Section::None, "Concord".into(), None)
            .of_demo(state)
            .of_node(state, state.node_facts.cached().as_deref())
    } else {
        Layout::new(state, ctx, &heading, Section::None).await
    };
    let template = ErrorPage { page: layout, heading, paragraphs, links };
    let mut response = template.page.respond(status, &template);
    if problem == Problem::Mirror {
        response
            .headers_mut()
            .insert(header::ALLOW, axum::http::HeaderValue::from_static(crate::federation::read_only::ALLOWED));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::is_machine_path;

    #[test]
    fn machine_paths_are_the_api_the_log_and_the_probes() {
        for path in
            ["/api", "/api/v1/members", "/log", "/log/checkpoint", "/witness/add-checkpoint", "/healthz", "/metrics"]
        {
            assert!(is_machine_path(path), "{path}");
        }
        for path in ["/", "/members", "/record", "/logbook", "/apis", "/static/x.css"] {
            assert!(!is_machine_path(path), "{path}");
        }
    }
}
