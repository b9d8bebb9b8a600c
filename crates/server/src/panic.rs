//! The last resort against a bug: a handler that panics answers the plain
//! 500 (a problem document here; the HTML apology on the paths of pages,
//! made by `problem_for_bare_errors`), instead of dropping the connection.
//! The panic is logged once, by the hook [`log_panics`] installs.

use std::any::Any;

use axum::response::{IntoResponse, Response};
use tower_http::catch_panic::CatchPanicLayer;

use crate::error::ApiError;

/// The layer that turns a panic in a request into a 500 answer.
pub fn layer() -> CatchPanicLayer<fn(Box<dyn Any + Send + 'static>) -> Response> {
    CatchPanicLayer::custom(answer as fn(Box<dyn Any + Send + 'static>) -> Response)
}

/// The answer to a request whose handler panicked. It does not log: the
/// panic hook already did, once.
fn answer(_panic: Box<dyn Any + Send + 'static>) -> Response {
    ApiError::Internal("a handler panicked".into()).problem().into_response()
}

/// Replaces the default panic hook by one that logs each panic once, as an
/// error with its place and message and without a backtrace (a client that
/// finds a panic could otherwise fill the log with backtraces).
pub fn log_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".to_owned());
        let location = info.location().map(ToString::to_string).unwrap_or_default();
        tracing::error!(%location, %message, "panic");
    }));
}

#[cfg(test)]
mod tests {
    use axum::Router;
    use axum::body::Body;
    use axum::http::{Request, StatusCode, header};
    use axum::routing::get;
    use tower::ServiceExt;

    async fn boom() -> &'static str {
        panic!("a bug")
    }

    #[tokio::test]
    async fn a_panicking_handler_answers_a_500_problem() {
        let app = Router::new().route("/", get(boom)).layer(super::layer());
        let response = app.oneshot(Request::get("/").body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/problem+json");
    }
}
