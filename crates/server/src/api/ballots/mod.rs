//! Decisions over the API: the decision types (`types`), delegations'
//! signing keys (`keys`), ballots (`ballot`: list, open, show, close) and
//! voting on them (`voting`: the next seq, signed and custodied votes, roll
//! calls, proxies, alternates).
//!
//! Handlers are thin: they parse, ask [`Caller::require`] for the action,
//! and call [`super::submit`] with a `domain::Command::Decision` (or the
//! store's `vote_with_custody` and `record_roll_call`, which sign with a
//! custodied key). Every rule is the domain's; its refusals are problems
//! through `crate::error`.

mod ballot;
pub mod dto;
mod keys;
mod types;
mod voting;

use std::str::FromStr;

use domain::authz::{Action, Target};
use domain::decision::{DecisionCommand, DecisionEvent};
use domain::member::Iso3;
use domain::{Command, Envelope, Event};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub use self::ballot::detail;
use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;

/// Adds the decision routes to the API's router (and its document).
pub fn routes(router: OpenApiRouter<AppState>) -> OpenApiRouter<AppState> {
    router
        .routes(routes!(types::list, types::publish))
        .routes(routes!(keys::list, keys::register))
        .routes(routes!(keys::rotate))
        .routes(routes!(keys::revoke))
        .routes(routes!(ballot::list, ballot::create))
        .routes(routes!(ballot::show))
        .routes(routes!(ballot::close))
        .routes(routes!(voting::next_seq))
        .routes(routes!(voting::vote))
        .routes(routes!(voting::vote_custodied))
        .routes(routes!(voting::roll_call))
        .routes(routes!(voting::give_proxy))
        .routes(routes!(voting::revoke_proxy))
        .routes(routes!(voting::designate_alternate))
}

/// The ballot number of a path segment (404 beyond what is stored).
fn ballot_id(text: &str) -> Result<u64, ApiError> {
    crate::extract::id(text, "ballot")
}

/// A member state's code in a path (404 when it is not a code).
fn member_path(text: &str) -> Result<Iso3, ApiError> {
    text.to_ascii_uppercase().parse().map_err(|_| ApiError::NotFound(format!("there is no member state {text:?}")))
}

/// A field of a body parsed by its type's codes, or a 422 naming it.
fn field<T: FromStr<Err = String>>(name: &str, text: &str) -> Result<T, ApiError> {
    text.parse().map_err(|err: String| ApiError::Unprocessable(format!("{name}: {err}")))
}

/// An optional field of a body, parsed.
fn optional<T: FromStr<Err = String>>(name: &str, text: Option<&str>) -> Result<Option<T>, ApiError> {
    text.map(|t| field(name, t)).transpose()
}

/// Submits a decision command as the caller, after the authorization table
/// allows `action` on `target`; answers the log indexes of its events.
async fn send(
    state: &AppState,
    caller: &Caller,
    action: Action,
    target: Target,
    command: DecisionCommand,
) -> Result<Vec<u64>, ApiError> {
    caller.require(state, action, target)?;
    let recorded = super::submit(state, caller, Command::Decision(command)).await?;
    Ok((recorded.log_index..recorded.log_index + recorded.events).collect())
}

/// The caller as the store's signing helpers take it, or a 401.
fn acting(caller: &Caller) -> Result<domain::authz::Caller, ApiError> {
    caller.acting().ok_or_else(|| ApiError::Unauthorized("sign in first".into()))
}

/// The decision event recorded at log index `index` (to learn the number
/// the domain gave a ballot, or a set's version).
async fn recorded_event(state: &AppState, index: u64) -> Result<DecisionEvent, ApiError> {
    let entry = state.store.entry(index).await?;
    match entry.as_ref().map(|e| Envelope::decode(&e.bytes)) {
        Some(Ok(Envelope { event: Event::Decision(event), .. })) => Ok(event),
        _ => Err(ApiError::Internal(format!("log entry {index} is not the decision event just recorded"))),
    }
}

/// The ballot numbered `id`, or the domain's 404.
async fn existing(state: &AppState, id: u64) -> Result<store::decision::BallotRecord, ApiError> {
    state.store.ballot(id).await?.ok_or_else(|| domain::decision::BallotRejection::UnknownBallot(id).into())
}

impl From<domain::decision::BallotRejection> for ApiError {
    fn from(rejection: domain::decision::BallotRejection) -> ApiError {
        ApiError::from(domain::Rejection::from(rejection))
    }
}
