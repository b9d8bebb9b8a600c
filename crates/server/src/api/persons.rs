//! Who a person is, for those who may know: `GET /api/v1/people/{handle}`
//! answers the display name and e-mail address kept in the private tables.
//! The secretariat may ask about anyone, a head of delegation about the
//! people of its own delegation (`domain::authz`, `read_personal_details`);
//! everyone else knows a person by the handle the public log shows.

use std::collections::HashMap;

use axum::Json;
use axum::extract::State;
use domain::Actor;
use domain::authz::{Action, Target, authorize};
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::Path;

/// A person's private details.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PersonDetails {
    /// The public handle.
    pub handle: String,
    /// The name the person gave.
    pub display_name: String,
    /// The e-mail address, if the person gave one.
    pub email: Option<String>,
}

/// What asking about `handle` is asked of: the person's member state when
/// they are in a delegation.
async fn target_of(state: &AppState, handle: &Actor) -> Result<Target, ApiError> {
    Ok(state.store.principal(handle).await?.member.map_or(Target::None, Target::Member))
}

/// The display name and e-mail address of a person (the secretariat: anyone;
/// a head of delegation: the people of its delegation).
#[utoipa::path(
    get,
    path = "/api/v1/people/{handle}",
    tag = "people",
    params(("handle" = String, Path, description = "The person's public handle")),
    responses(
        (status = 200, description = "Who the person is", body = PersonDetails),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "You may not see this person's details", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such person", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn details(
    State(state): State<AppState>,
    caller: Caller,
    Path(handle): Path<String>,
) -> Result<Json<PersonDetails>, ApiError> {
    let handle = Actor::try_from(handle).map_err(ApiError::invalid_parameter)?;
    let target = target_of(&state, &handle).await?;
    caller.require(&state, Action::ReadPersonalDetails, target)?;
    let account =
        state.store.account(&handle).await?.ok_or_else(|| ApiError::NotFound(format!("no person is {handle}")))?;
    Ok(Json(PersonDetails { handle: handle.to_string(), display_name: account.display_name, email: account.email }))
}

/// The details of those of `handles` the caller may see, by handle; the
/// others are left out (the pages then show the handle alone). Asks the
/// same rule as [`details`], without counting a refusal: a page that lists
/// people is not a request for their details.
pub async fn visible(
    state: &AppState,
    caller: &Caller,
    handles: &[Actor],
) -> Result<HashMap<Actor, PersonDetails>, ApiError> {
    let mut found = HashMap::new();
    if caller.account.is_none() || caller.second_factor_pending() {
        return Ok(found);
    }
    let allowed = |target| authorize(&caller.principal, &caller.scope, Action::ReadPersonalDetails, target).is_ok();
    if !allowed(Target::None) && caller.principal.member.is_none_or(|own| !allowed(Target::Member(own))) {
        return Ok(found);
    }
    for handle in handles {
        if found.contains_key(handle) || !allowed(target_of(state, handle).await?) {
            continue;
        }
        if let Some(account) = state.store.account(handle).await? {
            let details =
                PersonDetails { handle: handle.to_string(), display_name: account.display_name, email: account.email };
            found.insert(handle.clone(), details);
        }
    }
    Ok(found)
}
