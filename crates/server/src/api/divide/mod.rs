//! The AI divide index over the API, under `/api/v1/divide` (issue 17):
//! the index table and a member state's profile (`index`: 202 with
//! `Retry-After` until the analyst has computed the first index), the
//! indicator catalogue, the methodology and loading the shipped values
//! (`methodology`), and national submissions with their review
//! (`submissions`).
//!
//! Handlers are thin: they parse, ask [`Caller::require`] for the action,
//! and submit a `domain::Command::Divide` as the caller, with the scope of
//! their session or token. Every rule is the domain's; its refusals are
//! problems through `crate::error`. The functions the handlers call are
//! public, so `concord divide` on a data directory runs the same code.

pub mod dto;
mod index;
mod methodology;
mod submissions;

use domain::authz::{Action, Target};
use domain::divide::{DivideCommand, DivideEvent};
use domain::member::{Iso3, MemberState};
use domain::{Command, Envelope, Event};
use store::MemberQuery;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub use self::index::{IndexParams, index_of, profile_of};
pub use self::methodology::{catalogue, load_indicators, methodology_in_force, publish_methodology};
pub use self::submissions::{SubmissionParams, review, submission, submissions, submit_value};
use super::Recorded;
use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;

/// Adds the divide index's routes to the API's router (and its document).
pub fn routes(router: OpenApiRouter<AppState>) -> OpenApiRouter<AppState> {
    router
        .routes(routes!(index::table))
        .routes(routes!(index::member))
        .routes(routes!(methodology::indicators))
        .routes(routes!(methodology::show, methodology::publish))
        .routes(routes!(methodology::load))
        .routes(routes!(submissions::list, submissions::create))
        .routes(routes!(submissions::show))
        .routes(routes!(submissions::review_one))
}

/// More than the states of any organization: every state in one query.
const ALL_STATES: u64 = 1_000;

/// Every state of the organization, by ISO code.
async fn states(state: &AppState) -> Result<Vec<MemberState>, ApiError> {
    let query = MemberQuery { limit: ALL_STATES, ..MemberQuery::default() };
    Ok(state.store.members(&query).await?.items.into_iter().map(|record| record.member).collect())
}

/// A state's code in a path: a state of the organization, else 404.
async fn member_path(state: &AppState, text: &str) -> Result<Iso3, ApiError> {
    let not_found = || ApiError::NotFound(format!("{text:?} is not a member or observer state of the organization"));
    let code: Iso3 = text.to_ascii_uppercase().parse().map_err(|_| not_found())?;
    state.store.member(code).await?.ok_or_else(not_found)?;
    Ok(code)
}

/// Submits a divide command as the caller, after the authorization table
/// allows `action` on `target`; answers its log indexes.
async fn send(
    state: &AppState,
    caller: &Caller,
    action: Action,
    target: Target,
    command: DivideCommand,
) -> Result<Recorded, ApiError> {
    caller.require(state, action, target)?;
    super::submit(state, caller, Command::Divide(command)).await
}

/// The divide event recorded at log index `index` (to learn the number the
/// domain gave a submission).
async fn recorded_event(state: &AppState, index: u64) -> Result<DivideEvent, ApiError> {
    let entry = state.store.entry(index).await?;
    match entry.as_ref().map(|e| Envelope::decode(&e.bytes)) {
        Some(Ok(Envelope { event: Event::Divide(event), .. })) => Ok(event),
        _ => Err(ApiError::Internal(format!("log entry {index} is not the divide event just recorded"))),
    }
}
