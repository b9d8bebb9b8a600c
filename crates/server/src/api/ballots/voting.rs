//! Voting on a ballot: the next seq of a member state, votes signed by the
//! client or with the delegation's custodied key, roll calls recorded by
//! the secretariat, proxies and alternates.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::Actor;
use domain::EventSignature;
use domain::authz::{Action, Target};
use domain::decision::{Choice, DecisionCommand, SignedVote, VotePayload};
use domain::member::Iso3;

use super::dto::{
    AlternateRequest, CustodiedVoteRequest, Indexes, NextSeq, ProxyRequest, RevokeProxyRequest, RollCallRequest,
    SignedVoteRequest, VoteIndex,
};
use super::{acting, ballot_id, existing, field, member_path, optional, send};
use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path};

/// The seq `iso3`'s next signed vote on ballot `id` must carry.
#[utoipa::path(
    get,
    path = "/api/v1/ballots/{id}/seq/{iso3}",
    tag = "decisions",
    params(
        ("id" = u64, Path, description = "The ballot's number"),
        ("iso3" = String, Path, description = "The signing member state (on a proxy vote, the proxy holder)"),
    ),
    responses(
        (status = 200, description = "The next seq", body = NextSeq),
        (status = 404, description = "No such ballot", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn next_seq(
    State(state): State<AppState>,
    Path((id, code)): Path<(String, String)>,
) -> Result<Json<NextSeq>, ApiError> {
    let id = ballot_id(&id)?;
    let member = member_path(&code)?;
    existing(&state, id).await?;
    Ok(Json(NextSeq { next: state.store.next_seq(id, member).await? }))
}

/// Casts a vote signed by the client with the delegation's own key
/// (`concord vote`).
#[utoipa::path(
    post,
    path = "/api/v1/ballots/{id}/votes",
    tag = "decisions",
    params(("id" = u64, Path, description = "The ballot's number")),
    request_body = SignedVoteRequest,
    responses(
        (status = 201, description = "Recorded", body = VoteIndex),
        (status = 403, description = "You may not vote for that member state, or it may not vote", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such ballot", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Closed, a wrong seq, no valid key, or a proxy in the way", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is wrong, or the signature does not verify", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn vote(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<SignedVoteRequest>,
) -> Result<(StatusCode, Json<VoteIndex>), ApiError> {
    let ballot = ballot_id(&id)?;
    let member: Iso3 = field("member", &body.member)?;
    caller.require(&state, Action::CastVote, Target::Member(member))?;
    let payload = VotePayload {
        ballot,
        member,
        choice: field::<Choice>("choice", &body.choice)?,
        seq: body.seq,
        proxy_for: optional("proxy_for", body.proxy_for.as_deref())?,
    };
    let signature = EventSignature { key: body.signature.key, sig: body.signature.sig };
    let command = DecisionCommand::Vote(SignedVote { payload, signature });
    let indexes = send(&state, &caller, Action::CastVote, Target::Member(member), command).await?;
    let index = indexes.first().copied().ok_or_else(|| ApiError::Internal("no vote was recorded".into()))?;
    Ok((StatusCode::CREATED, Json(VoteIndex { index })))
}

/// Casts a vote the server signs with the delegation's custodied key (made
/// on the first such vote; refused once the delegation has its own key).
#[utoipa::path(
    post,
    path = "/api/v1/ballots/{id}/votes/custodied",
    tag = "decisions",
    params(("id" = u64, Path, description = "The ballot's number")),
    request_body = CustodiedVoteRequest,
    responses(
        (status = 201, description = "Recorded", body = VoteIndex),
        (status = 403, description = "You may not vote for that member state, or it may not vote", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such ballot", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Closed, the delegation signs with its own key, or a proxy in the way", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn vote_custodied(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<CustodiedVoteRequest>,
) -> Result<(StatusCode, Json<VoteIndex>), ApiError> {
    let ballot = ballot_id(&id)?;
    let member: Iso3 = field("member", &body.member)?;
    caller.require(&state, Action::CastVote, Target::Member(member))?;
    let choice: Choice = field("choice", &body.choice)?;
    let proxy_for = optional("proxy_for", body.proxy_for.as_deref())?;
    let receipt = state.store.vote_with_custody(&acting(&caller)?, ballot, member, choice, proxy_for).await?;
    Ok((StatusCode::CREATED, Json(VoteIndex { index: receipt.indexes.start })))
}

/// Records the votes of a roll call taken in the room (the secretariat),
/// signed with the secretariat's key. Does not close the ballot.
#[utoipa::path(
    post,
    path = "/api/v1/ballots/{id}/roll-call",
    tag = "decisions",
    params(("id" = u64, Path, description = "The ballot's number")),
    request_body = RollCallRequest,
    responses(
        (status = 201, description = "Recorded", body = Indexes),
        (status = 403, description = "Only the secretariat records roll calls; or a state that may not vote", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such ballot", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Closed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A vote is wrong, or a member state is named twice", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn roll_call(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<RollCallRequest>,
) -> Result<(StatusCode, Json<Indexes>), ApiError> {
    let ballot = ballot_id(&id)?;
    caller.require(&state, Action::RecordVotes, Target::None)?;
    let votes = body
        .votes
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let name = format!("votes[{i}]");
            Ok((field(&format!("{name}.member"), &v.member)?, field(&format!("{name}.choice"), &v.choice)?))
        })
        .collect::<Result<Vec<(Iso3, Choice)>, ApiError>>()?;
    if votes.is_empty() {
        return Err(ApiError::Unprocessable("votes: the roll call has no votes".into()));
    }
    existing(&state, ballot).await?;
    let receipt = state.store.record_roll_call(&acting(&caller)?, ballot, &votes).await?;
    Ok((StatusCode::CREATED, Json(Indexes { indexes: receipt.indexes.collect() })))
}

/// Gives a member state's proxy for the ballot to another (its head or a
/// delegate); one level only.
#[utoipa::path(
    post,
    path = "/api/v1/ballots/{id}/proxies",
    tag = "decisions",
    params(("id" = u64, Path, description = "The ballot's number")),
    request_body = ProxyRequest,
    responses(
        (status = 201, description = "Given", body = Indexes),
        (status = 403, description = "Not your member state's proxy, or a state that may not vote", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such ballot", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Closed, to oneself, or a chain of proxies", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn give_proxy(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ProxyRequest>,
) -> Result<(StatusCode, Json<Indexes>), ApiError> {
    let ballot = ballot_id(&id)?;
    let from: Iso3 = field("from", &body.from)?;
    let to: Iso3 = field("to", &body.to)?;
    let command = DecisionCommand::GiveProxy { ballot, from, to };
    let indexes = send(&state, &caller, Action::ManageProxy, Target::Member(from), command).await?;
    Ok((StatusCode::CREATED, Json(Indexes { indexes })))
}

/// Takes a proxy back (the giving member state's head or a delegate).
#[utoipa::path(
    post,
    path = "/api/v1/ballots/{id}/proxies/revoke",
    tag = "decisions",
    params(("id" = u64, Path, description = "The ballot's number")),
    request_body = RevokeProxyRequest,
    responses(
        (status = 200, description = "Taken back", body = Indexes),
        (status = 403, description = "Not your member state's proxy", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such ballot", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Closed, or no proxy given", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn revoke_proxy(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<RevokeProxyRequest>,
) -> Result<Json<Indexes>, ApiError> {
    let ballot = ballot_id(&id)?;
    let from: Iso3 = field("from", &body.from)?;
    let command = DecisionCommand::RevokeProxy { ballot, from };
    Ok(Json(Indexes { indexes: send(&state, &caller, Action::ManageProxy, Target::Member(from), command).await? }))
}

/// Designates an alternate of the delegation to vote on this ballot (its
/// head).
#[utoipa::path(
    post,
    path = "/api/v1/ballots/{id}/alternates",
    tag = "decisions",
    params(("id" = u64, Path, description = "The ballot's number")),
    request_body = AlternateRequest,
    responses(
        (status = 201, description = "Designated", body = Indexes),
        (status = 403, description = "Only the delegation's head", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such ballot", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Closed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not an alternate of the delegation, or designated already", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn designate_alternate(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<AlternateRequest>,
) -> Result<(StatusCode, Json<Indexes>), ApiError> {
    let ballot = ballot_id(&id)?;
    let member: Iso3 = field("member", &body.member)?;
    let handle = Actor::try_from(body.handle).map_err(|err| ApiError::Unprocessable(format!("handle: {err}")))?;
    let command = DecisionCommand::DesignateAlternate { ballot, member, handle };
    let indexes = send(&state, &caller, Action::DesignateAlternate, Target::Member(member), command).await?;
    Ok((StatusCode::CREATED, Json(Indexes { indexes })))
}
