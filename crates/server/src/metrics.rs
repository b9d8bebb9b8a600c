//! Prometheus metrics: one registry per server, exposed at `/metrics` in
//! the text format: on the main listener only to a secretariat token or
//! session allowed `read_metrics`; without a token on the separate address
//! of `--metrics-listen` ([`router`]), meant for a private network.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use axum::Router;
use axum::routing::get;
use domain::authz::{Action, Target};

use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;

/// Labels of a served request.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    /// The HTTP method.
    pub method: String,
    /// The route pattern (not the raw path, to bound cardinality).
    pub route: String,
    /// The status code.
    pub status: u16,
}

/// Labels naming a route.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabels {
    /// The route pattern.
    pub route: String,
}

/// Labels of a refused request.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RefusalLabels {
    /// Why it was refused: `forbidden`, `unauthenticated`, `csrf`, ...
    pub reason: String,
}

/// Labels of a request to this node as a witness.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OutcomeLabels {
    /// How it ended: `cosigned`, `conflict`, `bad_proof`, ...
    /// (`federation::witness::Outcome::label`).
    pub outcome: String,
}

/// The server's metrics.
pub struct Metrics {
    refusals: Family<RefusalLabels, Counter>,
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    durations: Family<RouteLabels, Histogram>,
    log_entries: Gauge,
    checkpoint_size: Gauge,
    witness_requests: Family<OutcomeLabels, Counter>,
    mirror_behind: Gauge,
    hub_silence: Gauge,
    cosign_rounds: Histogram,
}

impl Default for Metrics {
    fn default() -> Metrics {
        let mut registry = Registry::with_prefix("concord");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register("http_requests", "HTTP requests served", requests.clone());
        let durations = Family::<RouteLabels, Histogram>::new_with_constructor(|| {
            Histogram::new(exponential_buckets(0.0005, 2.0, 16))
        });
        registry.register("http_request_duration_seconds", "Time to answer HTTP requests", durations.clone());
        let log_entries = Gauge::default();
        registry.register("log_entries", "Entries in the public log", log_entries.clone());
        let checkpoint_size = Gauge::default();
        registry.register("log_checkpoint_size", "Tree size of the latest signed checkpoint", checkpoint_size.clone());
        let refusals = Family::<RefusalLabels, Counter>::default();
        registry.register(
            "refusals",
            "Requests refused by authentication or authorization, by reason",
            refusals.clone(),
        );
        let witness_requests = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "witness_requests",
            "add-checkpoint requests this node answered as a witness, by outcome",
            witness_requests.clone(),
        );
        let mirror_behind = Gauge::default();
        registry.register(
            "mirror_entries_behind",
            "On a mirror: entries of the hub's newest verified checkpoint not yet in this log",
            mirror_behind.clone(),
        );
        let hub_silence = Gauge::default();
        registry.register(
            "mirror_hub_silence_seconds",
            "On a mirror: seconds since the hub last answered with a checkpoint that verified (-1: never)",
            hub_silence.clone(),
        );
        let cosign_rounds = Histogram::new(exponential_buckets(0.001, 2.0, 16));
        registry.register(
            "cosignature_round_seconds",
            "On a hub with a witness policy: time to ask every witness to cosign a checkpoint",
            cosign_rounds.clone(),
        );
        Metrics {
            refusals,
            registry,
            requests,
            durations,
            log_entries,
            checkpoint_size,
            witness_requests,
            mirror_behind,
            hub_silence,
            cosign_rounds,
        }
    }
}

impl Metrics {
    /// Counts one request.
    pub fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let labels = RequestLabels { method: method.to_owned(), route: route.to_owned(), status };
        self.requests.get_or_create(&labels).inc();
        self.durations.get_or_create(&RouteLabels { route: route.to_owned() }).observe(seconds);
    }

    /// Counts a refused request.
    pub fn refused(&self, reason: &str) {
        self.refusals.get_or_create(&RefusalLabels { reason: reason.to_owned() }).inc();
    }

    /// Counts a request to this node as a witness, by how it ended.
    pub fn witnessed(&self, outcome: &str) {
        self.witness_requests.get_or_create(&OutcomeLabels { outcome: outcome.to_owned() }).inc();
    }

    /// Records the time of one round of asking the witnesses to cosign.
    pub fn cosign_round(&self, elapsed: std::time::Duration) {
        self.cosign_rounds.observe(elapsed.as_secs_f64());
    }

    /// Records a mirror's lag: entries behind the hub, and milliseconds
    /// since the hub last answered (`None`: it never did).
    pub fn mirror_lag(&self, behind: u64, silent_millis: Option<i64>) {
        self.mirror_behind.set(i64::try_from(behind).unwrap_or(i64::MAX));
        self.hub_silence.set(silent_millis.map_or(-1, |millis| millis / 1_000));
    }

    /// The text exposition.
    pub fn encode(&self) -> String {
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &self.registry).expect("writing to a String cannot fail");
        text
    }
}

/// Middleware: times and counts every request by its route pattern.
pub async fn track(State(metrics): State<Arc<Metrics>>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().to_string();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |path| path.as_str().to_owned());
    let response = next.run(request).await;
    metrics.observe(&method, &route, response.status().as_u16(), started.elapsed().as_secs_f64());
    response
}

/// `GET /metrics` on the main listener: for a caller allowed `read_metrics`.
pub async fn serve(State(state): State<AppState>, caller: Caller) -> Result<Response, ApiError> {
    caller.require(&state, Action::ReadMetrics, Target::None)?;
    exposition(State(state)).await
}

/// The routes of the metrics listener: `/metrics` without a token.
pub fn router(state: AppState) -> Router {
    Router::new().route("/metrics", get(exposition)).with_state(state)
}

/// `GET /metrics` on the metrics listener: the text exposition.
async fn exposition(State(state): State<AppState>) -> Result<Response, ApiError> {
    let (entries, checkpoint) = state.store.log_sizes().await?;
    state.metrics.log_entries.set(i64::try_from(entries).unwrap_or(i64::MAX));
    state.metrics.checkpoint_size.set(i64::try_from(checkpoint).unwrap_or(i64::MAX));
    if state.store.is_mirror()
        && let Some(follow) = state.store.follow_status().await?
    {
        let now = domain::Timestamp::now().unix_millis();
        let silent = (follow.answered_at > 0).then(|| now.saturating_sub(follow.answered_at));
        state.metrics.mirror_lag(follow.hub_size.saturating_sub(entries), silent);
    }
    let content_type = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    Ok(([(header::CONTENT_TYPE, content_type)], state.metrics.encode()).into_response())
}
