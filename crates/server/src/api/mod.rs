//! The JSON API under `/api/v1`, described by the OpenAPI document it
//! serves at `/api/v1/openapi.json`. Each module adds its routes with
//! `#[utoipa::path]` so the document is generated from the code.

pub mod accounts;
pub mod ballots;
pub mod consultations;
pub mod divide;
pub mod documents;
pub mod federation;
pub mod invitations;
pub mod members;
pub mod people;
pub mod persons;
pub mod recovery;
pub mod session;
pub mod status;
pub mod tokens;

use axum::{Json, Router};
use domain::authz::Denied;
use utoipa::OpenApi;
use utoipa::openapi::OpenApi as OpenApiDocument;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};

/// A time in Unix milliseconds as RFC 3339, for answers.
pub(crate) fn rfc3339(millis: i64) -> String {
    domain::Timestamp::from_unix_millis(millis).map_or_else(String::new, |t| t.to_string())
}

/// Seconds a client waits before asking again for a result the analyst
/// has not made yet.
pub const RETRY_AFTER_SECONDS: u16 = 2;

/// The answer while a result the analyst makes does not exist yet: 202,
/// `Retry-After`, and a small problem-shaped body of type
/// `/problems/{slug}` saying `what` is missing and when to ask again.
pub(crate) fn pending(slug: &str, what: &str) -> axum::response::Response {
    use axum::http::{HeaderValue, StatusCode, header};
    use axum::response::IntoResponse;
    let body = Problem {
        r#type: format!("/problems/{slug}"),
        title: "Accepted".into(),
        status: StatusCode::ACCEPTED.as_u16(),
        detail: format!("{what}; ask again in {RETRY_AFTER_SECONDS} seconds"),
    };
    let mut response = (StatusCode::ACCEPTED, axum::Json(body)).into_response();
    response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECONDS));
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// What a recorded command answers: the log indexes of its events.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Recorded {
    /// The log index of the first event.
    pub log_index: u64,
    /// How many events were recorded.
    pub events: u64,
}

/// Submits a command as the caller, after the authorization table allows
/// it (the domain asks the table again, with the caller's scope, against
/// the state at commit).
pub async fn submit(state: &AppState, caller: &Caller, command: domain::Command) -> Result<Recorded, ApiError> {
    submit_or_refuse(state, caller, command).await?.map_err(ApiError::from)
}

/// Like [`submit`], but a refusal of the domain (other than "you may not")
/// comes back as it is, inside `Ok`, so that a page can word it in its own
/// language beside the field it concerns.
pub async fn submit_or_refuse(
    state: &AppState,
    caller: &Caller,
    command: domain::Command,
) -> Result<Result<Recorded, domain::Rejection>, ApiError> {
    submit_with_effects(state, caller, command, Vec::new()).await
}

/// Like [`submit_or_refuse`], with private writes committed with the
/// command's events or not at all (`store::Effect`).
pub async fn submit_with_effects(
    state: &AppState,
    caller: &Caller,
    command: domain::Command,
    effects: Vec<store::Effect>,
) -> Result<Result<Recorded, domain::Rejection>, ApiError> {
    if let Some((action, target)) = command.action() {
        caller.require(state, action, target)?;
    }
    let acting = caller.acting().ok_or_else(|| ApiError::Unauthorized("sign in first".into()))?;
    match state.store.submit_with(acting, command, effects).await {
        Ok(receipt) => {
            Ok(Ok(Recorded { log_index: receipt.indexes.start, events: receipt.indexes.end - receipt.indexes.start }))
        }
        Err(store::StoreError::Rejected(rejection)) if rejection.kind() != domain::RejectionKind::Forbidden => {
            Ok(Err(rejection))
        }
        Err(err) => {
            match &err {
                store::StoreError::Rejected(domain::Rejection::Denied(Denied::Scope(_))) => {
                    state.metrics.refused("token_scope")
                }
                store::StoreError::Rejected(_) => state.metrics.refused("forbidden"),
                _ => {}
            }
            Err(ApiError::from(err))
        }
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Concord API",
        description = "The JSON API of Concord, the open platform of a multilateral AI cooperation organization. \
                       Errors are RFC 9457 problem details (application/problem+json). \
                       The public log itself is served as C2SP tlog-tiles under /log.",
        license(name = "Apache-2.0")
    ),
    components(schemas(Problem))
)]
struct ApiDoc;

/// The `/api/v1` routes and the OpenAPI document describing them.
pub fn router() -> (Router<AppState>, OpenApiDocument) {
    let router = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(status::status))
        .routes(routes!(members::list))
        .routes(routes!(members::get))
        .routes(routes!(session::sign_in, session::sign_out))
        .routes(routes!(session::second_factor))
        .routes(routes!(session::totp_setup))
        .routes(routes!(session::totp_confirm))
        .routes(routes!(session::sign_out_everywhere))
        .routes(routes!(accounts::me))
        .routes(routes!(accounts::change_password))
        .routes(routes!(accounts::sign_up))
        .routes(routes!(invitations::create, invitations::list))
        .routes(routes!(invitations::revoke))
        .routes(routes!(invitations::offer))
        .routes(routes!(invitations::accept))
        .routes(routes!(people::delegations))
        .routes(routes!(people::delegation))
        .routes(routes!(people::remove_from_delegation))
        .routes(routes!(people::organizations, people::apply))
        .routes(routes!(people::organization))
        .routes(routes!(people::decide))
        .routes(routes!(people::remove_from_organization))
        .routes(routes!(persons::details))
        .routes(routes!(tokens::create, tokens::list))
        .routes(routes!(tokens::revoke))
        .routes(routes!(documents::publish, documents::list))
        .routes(routes!(documents::blob))
        .routes(routes!(documents::redact))
        .routes(routes!(recovery::regenerate_codes))
        .routes(routes!(recovery::issue))
        .routes(routes!(recovery::offer, recovery::reset_password))
        .routes(routes!(recovery::request_by_email))
        .routes(routes!(recovery::change_email))
        .routes(routes!(recovery::delete_account))
        .routes(routes!(federation::nodes))
        .routes(routes!(federation::evidence_list))
        .routes(routes!(federation::evidence));
    let (router, document) = divide::routes(ballots::routes(consultations::routes(router))).split_for_parts();
    let served = document.clone();
    let router = router.route("/api/v1/openapi.json", axum::routing::get(move || async move { Json(served) }));
    (router, document)
}
