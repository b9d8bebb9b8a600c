//! Concord's HTTP server (axum): the HTML pages ([`web`]), the JSON API
//! under `/api/v1`, the public log as C2SP tlog-tiles under `/log`, health,
//! readiness and metrics.
//!
//! Handlers stay thin: they extract, call the store (which calls the
//! domain), and map the answer to a response. Errors of the machine
//! interfaces leave as RFC 9457 problem documents ([`error::ApiError`]);
//! errors of pages as HTML pages in the user's language ([`web::errors`]).
//!
//! [`app`] builds the whole router for tests (`app(state).oneshot(req)`)
//! and for [`serve`].

pub mod analyst;
pub mod api;
pub mod auth;
pub mod conn;
pub mod demo;
pub mod divide_index;
pub mod error;
pub mod extract;
pub mod federation;
mod health;
mod log;
pub mod mail;
pub mod metrics;
pub mod panic;
mod security;
pub mod web;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use store::Store;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::TraceLayer;

use crate::error::{ApiError, PROBLEM_JSON};
use crate::metrics::Metrics;

/// The largest request body accepted, in bytes.
pub const BODY_LIMIT: usize = 1024 * 1024;

/// What every handler can reach: its [`Shared`] parts behind one
/// reference count, as axum clones the state for each extractor of each
/// request (cloning a dozen counted references on every request was a
/// twentieth of the server's time under load). Settings are changed before
/// serving, through `DerefMut`, which copies the parts only if they are
/// already shared.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl std::ops::DerefMut for AppState {
    fn deref_mut(&mut self) -> &mut Shared {
        Arc::make_mut(&mut self.0)
    }
}

impl From<Shared> for AppState {
    fn from(shared: Shared) -> AppState {
        AppState(Arc::new(shared))
    }
}

/// The parts of [`AppState`].
#[derive(Clone)]
pub struct Shared {
    /// The store (log, projections, blobs, accounts).
    pub store: Store,
    /// The metrics registry.
    pub metrics: Arc<Metrics>,
    /// Sign-in and session settings.
    pub auth: Arc<auth::AuthConfig>,
    /// Limits on guessing passwords and codes (counted in the store).
    pub limiter: Arc<auth::limiter::SignInLimiter>,
    /// The bounded pool every password hash of a request goes through.
    pub hashing: Arc<auth::hashing::HashPool>,
    /// Sends invitation links, when SMTP is configured.
    pub mailer: Option<mail::Mailer>,
    /// The organization's name, read from the log's first entry once.
    pub organization_name: Arc<std::sync::OnceLock<String>>,
    /// The demonstration this node serves (`serve --demo`), if any: every
    /// page says so, the sign-in page lists its accounts.
    pub demo: Option<Arc<demo::Demo>>,
    /// The last status computed for `/api/v1/status`.
    pub status: Arc<api::status::StatusCache>,
    /// What this node is to the federation: hub or mirror, witness, peers.
    pub node: Arc<federation::Node>,
    /// What pages and the status say about the federation (a mirror's lag,
    /// evidence), read at most every two seconds.
    pub node_facts: Arc<federation::facts::FactsCache>,
}

impl AppState {
    /// State around an open store, with fresh metrics and default settings.
    pub fn new(store: Store) -> AppState {
        AppState::with_auth(store, auth::AuthConfig::default())
    }

    /// State around an open store with the given sign-in settings.
    pub fn with_auth(store: Store, auth: auth::AuthConfig) -> AppState {
        AppState::from(Shared {
            store,
            metrics: Arc::new(Metrics::default()),
            auth: Arc::new(auth),
            limiter: Arc::new(auth::limiter::SignInLimiter::default()),
            hashing: Arc::new(auth::hashing::HashPool::default()),
            mailer: None,
            organization_name: Arc::default(),
            demo: None,
            status: Arc::default(),
            node: Arc::default(),
            node_facts: Arc::default(),
        })
    }

    /// The same state, for a node that is `node` to the federation.
    pub fn with_node(mut self, node: federation::Node) -> AppState {
        self.node = Arc::new(node);
        self
    }

    /// The same state, sending invitation links through `mailer`.
    pub fn with_mailer(mut self, mailer: mail::Mailer) -> AppState {
        self.mailer = Some(mailer);
        self
    }
}

/// The whole application.
pub fn app(state: AppState) -> Router {
    let (api, _) = api::router();
    let mut router = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(metrics::serve))
        .merge(api)
        .merge(log::router())
        .merge(federation::router())
        .merge(web::router())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(state.clone(), federation::read_only::guard))
        .layer(middleware::from_fn_with_state(state.metrics.clone(), metrics::track))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(panic::layer())
        .layer(middleware::from_fn_with_state(state.clone(), problem_for_bare_errors))
        .layer(CompressionLayer::new());
    for layer in security::layers() {
        router = router.layer(layer);
    }
    router.layer(TraceLayer::new_for_http()).with_state(state)
}

/// The OpenAPI document of the JSON API.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api::router().1
}

/// Serves `app` on `listener` with the default [`conn::Limits`] until
/// Ctrl-C or SIGTERM, then finishes the requests in flight.
pub async fn serve(listener: TcpListener, state: AppState) -> std::io::Result<()> {
    serve_with(listener, state, conn::Limits::default(), None).await
}

/// Serves `app` on `listener` within `limits`, and the metrics without a
/// token on `metrics` if given, until Ctrl-C or SIGTERM.
pub async fn serve_with(
    listener: TcpListener,
    state: AppState,
    limits: conn::Limits,
    metrics: Option<TcpListener>,
) -> std::io::Result<()> {
    let checkpointer = state.store.spawn_checkpointer(Duration::from_millis(500));
    let analyst = analyst::Analyst::new(state.store.clone(), analyst::holder_name()).spawn(Duration::from_millis(500));
    let metrics = metrics.map(|listener| {
        let router = metrics::router(state.clone());
        tokio::spawn(conn::serve(listener, router, limits, std::future::pending()))
    });
    let result = conn::serve(listener, app(state), limits, shutdown_signal()).await;
    checkpointer.abort();
    analyst.abort();
    if let Some(metrics) = metrics {
        metrics.abort();
    }
    result
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

async fn not_found(request: Request) -> ApiError {
    ApiError::NotFound(format!("there is nothing at {}", request.uri().path()))
}

async fn method_not_allowed(request: Request) -> ApiError {
    ApiError::MethodNotAllowed(format!("{} is not allowed on {}", request.method(), request.uri().path()))
}

/// Turns error responses made outside our handlers (the body limit layer,
/// for example) into problem documents, so clients see one error format;
/// on the paths of pages, every error that is not yet a page becomes the
/// HTML error page in the user's language.
async fn problem_for_bare_errors(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let (parts, body) = request.into_parts();
    // Kept for an error page, made only if the answer is an error.
    let page = (!web::is_machine_path(parts.uri.path())).then(|| (parts.uri.clone(), parts.headers.clone()));
    let response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status();
    if let Some((uri, headers)) = page {
        if !(status.is_client_error() || status.is_server_error()) || web::errors::is_html(&response) {
            return response;
        }
        let (mut parts, ()) = Request::new(()).into_parts();
        (parts.uri, parts.headers) = (uri, headers);
        // The header shows who is signed in, unless the server itself
        // failed (its database may be what is down).
        let ctx = if status.is_server_error() {
            tracing::error!(%status, path = parts.uri.path(), "a page answered with a server error");
            web::page::Ctx::of(&parts)
        } else {
            web::page::Ctx::from_request_parts(&mut parts, &state).await.unwrap_or_else(|_| web::page::Ctx::of(&parts))
        };
        let problem = response.extensions().get::<web::errors::Problem>().copied();
        return web::errors::page(&state, &ctx, status, problem.unwrap_or(web::errors::Problem::Plain)).await;
    }
    // A witness's 409 carries its size as the protocol says (C2SP
    // tlog-witness), not a problem.
    let is_answer = response.headers().get(axum::http::header::CONTENT_TYPE).is_some_and(|value| {
        value.as_bytes().starts_with(PROBLEM_JSON.as_bytes())
            || value.as_bytes() == ledger::SIZE_CONTENT_TYPE.as_bytes()
    });
    if !(status.is_client_error() || status.is_server_error()) || is_answer {
        return response;
    }
    let error = match status {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge { limit: BODY_LIMIT },
        StatusCode::NOT_FOUND => ApiError::NotFound("there is nothing here".into()),
        status if status.is_server_error() => ApiError::Internal(format!("a layer answered {status}")),
        status => ApiError::BadRequest {
            slug: "bad-request",
            detail: status.canonical_reason().unwrap_or("the request was not accepted").to_lowercase(),
        },
    };
    let mut problem = error.into_response();
    *problem.status_mut() = status;
    problem
}
