//! People's names on the pages, for those who may see them: the
//! secretariat sees everyone's display name and e-mail address, a head of
//! delegation those of its delegation's people; everyone else sees handles
//! only. The rule is `domain::authz` (`read_personal_details`), asked
//! through `api::persons::visible` exactly as the API asks it.

use std::collections::HashMap;

use domain::Actor;

use super::errors::WebError;
use super::page::Ctx;
use crate::AppState;

/// Who a person is, beside their handle.
#[derive(Debug, Clone)]
pub struct Name {
    /// The name they gave.
    pub name: String,
    /// Their e-mail address, if they gave one.
    pub email: Option<String>,
}

/// The names of those of `handles` the caller of `ctx` may see, by handle.
pub async fn names(state: &AppState, ctx: &Ctx, handles: &[Actor]) -> Result<HashMap<Actor, Name>, WebError> {
    let details = crate::api::persons::visible(state, &ctx.caller, handles).await.map_err(WebError::from_api)?;
    Ok(details.into_iter().map(|(handle, d)| (handle, Name { name: d.display_name, email: d.email })).collect())
}

/// The name of one person, if the caller may see it.
pub async fn name_of(state: &AppState, ctx: &Ctx, handle: &Actor) -> Result<Option<Name>, WebError> {
    Ok(names(state, ctx, std::slice::from_ref(handle)).await?.remove(handle))
}
