//! What the delegations do on a ballot's page:
//! - `POST /ballots/{id}/vote` (`choice`, and `proxy_for` for a vote by
//!   proxy): a vote signed with the key the server keeps for the
//!   delegation (`Store::vote_with_custody`);
//! - `POST /ballots/{id}/proxy` (`to`) and `/proxy/revoke`: a head or
//!   delegate gives the state's proxy to another state, or takes it back;
//! - `POST /ballots/{id}/alternates` (`handle`): a head designates an
//!   alternate of the delegation to vote on this ballot.
//!
//! Each asks the authorization table first ("you may not" is the 403
//! page); a refusal of the domain comes back beside its field, in the page
//! language.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Target};
use domain::decision::{BallotRejection, Choice, DecisionCommand};
use domain::member::Iso3;
use domain::{Actor, Command, Rejection};

use super::show::{Sent, render};
use super::{ballot_of, refusal, refusal_text};
use crate::AppState;
use crate::api::submit_or_refuse;
use crate::extract::Path;
use crate::web::errors::WebError;
use crate::web::form::{Posted, see_other};
use crate::web::page::Ctx;

/// The caller's member state, once `action` on it is allowed (visitors are
/// sent to sign in; anyone else without it gets the 403 page).
fn own_member(state: &AppState, ctx: &Ctx, action: Action) -> Result<Iso3, WebError> {
    let member = ctx.caller.principal.member;
    ctx.require(state, action, member.map_or(Target::None, Target::Member))?;
    member.ok_or_else(|| WebError::Forbidden("only a member state's delegation does this".into()))
}

/// The ballot's page again, as it is now, with what was sent.
async fn again(state: &AppState, ctx: &Ctx, id: u64, sent: Sent, status: StatusCode) -> Result<Response, WebError> {
    let record = state.store.ballot(id).await?.ok_or(WebError::NotFound)?;
    render(state, ctx, record, sent, status).await
}

/// `POST /ballots/{id}/vote`.
pub async fn vote(State(state): State<AppState>, Path(id): Path<String>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let record = ballot_of(&state, &id).await?;
    let member = own_member(&state, ctx, Action::CastVote)?;
    let tr = ctx.tr();
    let proxy_for = match form.get("proxy_for") {
        "" => None,
        code => Some(code.parse::<Iso3>().map_err(|_| WebError::BadRequest(format!("{code:?} is not a state")))?),
    };
    let fail = |message: String| match proxy_for {
        Some(from) => Sent { proxy_vote_error: Some((from, message)), ..Sent::default() },
        None => Sent { vote_error: Some(message), ..Sent::default() },
    };
    let Ok(choice) = form.get("choice").parse::<Choice>() else {
        return again(&state, ctx, record.id, fail(tr.t("ballots-error-choice")), StatusCode::OK).await;
    };
    // The domain refuses a vote by a state outside the electorate, or by
    // proxy without the proxy; a first vote's custodied key is registered
    // with the vote or not at all.
    let acting = ctx.caller.acting().ok_or_else(|| WebError::SignIn(format!("/ballots/{}", record.id)))?;
    match state.store.vote_with_custody(&acting, record.id, member, choice, proxy_for).await {
        Ok(_) => Ok(see_other(&format!("/ballots/{}", record.id), Some("notice-ballot-voted"))),
        Err(err) => {
            let rejection = refusal(err)?;
            let status = match rejection {
                Rejection::Ballot(BallotRejection::Closed(_) | BallotRejection::PastClosing(_)) => StatusCode::CONFLICT,
                _ => StatusCode::OK,
            };
            again(&state, ctx, record.id, fail(refusal_text(tr, &rejection)), status).await
        }
    }
}

/// Submits `command`; `Ok(Err)` with a refusal the page words itself.
async fn submit(state: &AppState, ctx: &Ctx, command: DecisionCommand) -> Result<Result<(), Rejection>, WebError> {
    let outcome = submit_or_refuse(state, &ctx.caller, Command::Decision(command)).await;
    Ok(outcome.map_err(WebError::from_api)?.map(|_| ()))
}

/// `POST /ballots/{id}/proxy`.
pub async fn give_proxy(
    State(state): State<AppState>,
    Path(id): Path<String>,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let record = ballot_of(&state, &id).await?;
    let from = own_member(&state, ctx, Action::ManageProxy)?;
    let tr = ctx.tr();
    let sent_to = form.get("to").to_owned();
    let fail = |message: String| Sent { to: sent_to.clone(), to_error: Some(message), ..Sent::default() };
    let Ok(to) = sent_to.parse::<Iso3>() else {
        return again(&state, ctx, record.id, fail(tr.t("ballots-error-proxy-choose")), StatusCode::OK).await;
    };
    match submit(&state, ctx, DecisionCommand::GiveProxy { ballot: record.id, from, to }).await? {
        Ok(()) => Ok(see_other(&format!("/ballots/{}", record.id), Some("notice-ballot-proxy-given"))),
        Err(rejection) => {
            let message = match &rejection {
                Rejection::Ballot(BallotRejection::Proxy { .. }) => proxy_problem(&state, record.id, from, to)
                    .await?
                    .map_or_else(|| refusal_text(tr, &rejection), |id| tr.t(id)),
                other => refusal_text(tr, other),
            };
            again(&state, ctx, record.id, fail(message), StatusCode::OK).await
        }
    }
}

/// Why a proxy from `from` to `to` was refused, as a message id, read from
/// the proxies in force (the domain's reason is English).
async fn proxy_problem(state: &AppState, ballot: u64, from: Iso3, to: Iso3) -> Result<Option<&'static str>, WebError> {
    let proxies = state.store.ballot_proxies(ballot).await?;
    Ok(if from == to {
        Some("ballots-error-proxy-self")
    } else if proxies.iter().any(|p| p.from == from) {
        Some("ballots-error-proxy-given")
    } else if proxies.iter().any(|p| p.to == from) {
        Some("ballots-error-proxy-holds")
    } else if proxies.iter().any(|p| p.from == to) {
        Some("ballots-error-proxy-chain")
    } else {
        None
    })
}

/// `POST /ballots/{id}/proxy/revoke`.
pub async fn revoke_proxy(
    State(state): State<AppState>,
    Path(id): Path<String>,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let record = ballot_of(&state, &id).await?;
    let from = own_member(&state, ctx, Action::ManageProxy)?;
    match submit(&state, ctx, DecisionCommand::RevokeProxy { ballot: record.id, from }).await? {
        Ok(()) => Ok(see_other(&format!("/ballots/{}", record.id), Some("notice-ballot-proxy-revoked"))),
        // No proxy to take back any more (or the ballot closed): the page
        // as it is now.
        Err(_) => again(&state, ctx, record.id, Sent::default(), StatusCode::CONFLICT).await,
    }
}

/// `POST /ballots/{id}/alternates`.
pub async fn designate(
    State(state): State<AppState>,
    Path(id): Path<String>,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let record = ballot_of(&state, &id).await?;
    let member = own_member(&state, ctx, Action::DesignateAlternate)?;
    let tr = ctx.tr();
    let sent = form.get("handle").to_owned();
    let fail = |message: String| Sent { alternate: sent.clone(), alternate_error: Some(message), ..Sent::default() };
    let Ok(handle) = Actor::try_from(sent.clone()) else {
        return again(&state, ctx, record.id, fail(tr.t("ballots-error-alternate")), StatusCode::OK).await;
    };
    match submit(&state, ctx, DecisionCommand::DesignateAlternate { ballot: record.id, member, handle }).await? {
        Ok(()) => Ok(see_other(&format!("/ballots/{}", record.id), Some("notice-ballot-alternate"))),
        Err(Rejection::Invalid { field: "handle", .. }) => {
            again(&state, ctx, record.id, fail(tr.t("ballots-error-alternate")), StatusCode::OK).await
        }
        Err(rejection) => again(&state, ctx, record.id, fail(refusal_text(tr, &rejection)), StatusCode::OK).await,
    }
}
