//! A mirror takes no changes: every request other than `GET` and `HEAD`
//! (except a witness's `POST /witness/add-checkpoint`) is refused before
//! any handler. Under the machine paths the answer is a 405 problem
//! document naming the hub; on pages, the error middleware turns the bare
//! 405 into a page in the reader's language with a link to the hub
//! ([`crate::web::errors::Problem::Mirror`]).

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::NodeRole;
use crate::AppState;
use crate::error::ApiError;
use crate::web::errors::Problem;

/// The methods a mirror answers, for the `Allow` header of its 405s.
pub const ALLOWED: &str = "GET, HEAD";

/// Middleware: on a mirror, refuses every request that could change
/// something.
pub async fn guard(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let NodeRole::Mirror { hub_url } = &state.node.role else {
        return next.run(request).await;
    };
    let method = request.method();
    let witnessing = method == Method::POST && request.uri().path() == super::witness::PATH;
    if method == Method::GET || method == Method::HEAD || witnessing {
        return next.run(request).await;
    }
    let path = request.uri().path();
    let mut response = if crate::web::is_machine_path(path) {
        ApiError::MethodNotAllowed(format!(
            "this node is a read-only mirror of {hub_url}: it takes no changes; send {method} {path} to the hub"
        ))
        .into_response()
    } else {
        let mut bare = StatusCode::METHOD_NOT_ALLOWED.into_response();
        bare.extensions_mut().insert(Problem::Mirror);
        bare
    };
    response.headers_mut().insert(header::ALLOW, HeaderValue::from_static(ALLOWED));
    response
}
