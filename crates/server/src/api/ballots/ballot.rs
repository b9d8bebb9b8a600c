//! The ballots: the list, opening one (the secretariat), one ballot with
//! its votes so far or its tally, and closing one (the secretariat).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::Timestamp;
use domain::authz::{Action, Target};
use domain::decision::{BallotProcedure, Choice, DecisionCommand, DecisionEvent, NewBallot};
use domain::lang::Lang;
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::{
    AlternateDto, BallotDetail, BallotSummary, CreatedBallot, NewBallotRequest, ProxyDto, TypeRefDto, VoteDto,
};
use super::types::procedure_json;
use super::{ballot_id, existing, field, recorded_event, send};
use crate::AppState;
use crate::api::rfc3339;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path, Query};

/// The explanations of tallies in the six languages.
static LOCALIZER: LazyLock<rules::Localizer> = LazyLock::new(rules::Localizer::new);

/// The language answers are written in.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct LangParams {
    /// ar, zh, en, fr, ru or es (default en).
    pub lang: Option<String>,
}

impl LangParams {
    fn lang(&self) -> Result<Lang, ApiError> {
        match self.lang.as_deref() {
            None | Some("") => Ok(Lang::En),
            Some(code) => Lang::ALL.into_iter().find(|l| l.code() == code).ok_or_else(|| {
                ApiError::invalid_parameter(format!(
                    "lang: {code:?} is not one of the six languages: ar, zh, en, fr, ru, es"
                ))
            }),
        }
    }
}

/// The ballots, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/ballots",
    tag = "decisions",
    params(LangParams),
    responses(
        (status = 200, description = "The ballots", body = [BallotSummary]),
        (status = 400, description = "An unknown language", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Query(params): Query<LangParams>,
) -> Result<Json<Vec<BallotSummary>>, ApiError> {
    let lang = params.lang()?;
    let ballots = state.store.ballots().await?;
    Ok(Json(
        ballots
            .iter()
            .map(|b| BallotSummary {
                id: b.id,
                title: b.title(lang).to_owned(),
                status: status(b.closed).into(),
                outcome: b.tally.as_ref().map(|t| t.outcome.key().to_owned()),
                closes: b.closes_ms.map(rfc3339),
                votes: b.votes,
            })
            .collect(),
    ))
}

fn status(closed: bool) -> &'static str {
    if closed { "closed" } else { "open" }
}

impl NewBallotRequest {
    /// The domain's new ballot, each field checked for its form.
    fn ballot(self) -> Result<NewBallot, ApiError> {
        let title = self
            .title
            .into_iter()
            .map(|(code, text)| {
                let lang = Lang::ALL.into_iter().find(|l| l.code() == code).ok_or_else(|| {
                    ApiError::Unprocessable(format!(
                        "title: {code:?} is not one of the six languages: ar, zh, en, fr, ru, es"
                    ))
                })?;
                Ok((lang, text))
            })
            .collect::<Result<BTreeMap<_, _>, ApiError>>()?;
        let procedure = match (self.decision_type, self.procedure) {
            (Some(code), None) => BallotProcedure::Type(code),
            (None, Some(text)) => BallotProcedure::Given(
                rules::Procedure::from_toml(&text)
                    .map_err(|err| ApiError::Unprocessable(format!("procedure: {err}")))?,
            ),
            _ => {
                return Err(ApiError::Unprocessable(
                    "give exactly one of decision_type (a code of GET /api/v1/decision-types) and procedure (TOML)"
                        .into(),
                ));
            }
        };
        Ok(NewBallot {
            title,
            document: self.document,
            closes: self.closes.map(|t| field::<Timestamp>("closes", &t)).transpose()?,
            procedure,
        })
    }
}

/// Opens a ballot (the secretariat), under a decision type or a
/// procedure given with it.
#[utoipa::path(
    post,
    path = "/api/v1/ballots",
    tag = "decisions",
    request_body = NewBallotRequest,
    responses(
        (status = 201, description = "Opened", body = CreatedBallot),
        (status = 401, description = "Sign in first", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only the secretariat opens ballots", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such decision type", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is wrong", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<NewBallotRequest>,
) -> Result<(StatusCode, Json<CreatedBallot>), ApiError> {
    caller.require(&state, Action::OpenBallot, Target::None)?;
    let command = DecisionCommand::OpenBallot(body.ballot()?);
    let indexes = send(&state, &caller, Action::OpenBallot, Target::None, command).await?;
    let index = indexes.last().copied().ok_or_else(|| ApiError::Internal("no event was recorded".into()))?;
    match recorded_event(&state, index).await? {
        DecisionEvent::BallotOpened(opened) => Ok((StatusCode::CREATED, Json(CreatedBallot { id: opened.id }))),
        _ => Err(ApiError::Internal(format!("log entry {index} is not the ballot just opened"))),
    }
}

/// Ballot `id` with its votes so far (while open) or its tally explained
/// in `lang` (once closed).
pub async fn detail(state: &AppState, id: u64, lang: Lang) -> Result<BallotDetail, ApiError> {
    let ballot = existing(state, id).await?;
    let electors = state.store.ballot_electors(id).await?;
    let votes: Vec<VoteDto> = electors
        .iter()
        .filter_map(|e| {
            let p = e.position.as_ref()?;
            Some(VoteDto {
                member: e.member.to_string(),
                regional_group: e.regional_group.clone(),
                choice: p.choice.code().to_owned(),
                cast_by: p.cast_by.to_string(),
                recorded: p.recorded,
                seq: p.seq,
                key: p.key.clone(),
                index: p.cast_at,
            })
        })
        .collect();
    let (outcome, yes, no, abstain, explanation) = match &ballot.tally {
        Some(tally) => (
            tally.outcome.key(),
            tally.counts.yes,
            tally.counts.no,
            tally.counts.abstain,
            LOCALIZER.explain(lang, tally),
        ),
        None => {
            let count = |choice: Choice| {
                electors.iter().filter(|e| e.position.as_ref().is_some_and(|p| p.choice == choice)).count() as u64
            };
            ("pending", count(Choice::Yes), count(Choice::No), count(Choice::Abstain), String::new())
        }
    };
    let proxies = state.store.ballot_proxies(id).await?;
    let alternates = state.store.ballot_alternates(id).await?;
    Ok(BallotDetail {
        id,
        status: status(ballot.closed).into(),
        outcome: outcome.into(),
        yes,
        no,
        abstain,
        explanation,
        titles: ballot.titles.iter().map(|(lang, title)| (lang.code().to_owned(), title.clone())).collect(),
        decision_type: ballot.decision_type.clone().map(|(code, version)| TypeRefDto { code, version }),
        procedure: procedure_json(&ballot.procedure)?,
        closes: ballot.closes_ms.map(rfc3339),
        electorate: ballot.electorate,
        votes,
        proxies: proxies.iter().map(|p| ProxyDto { from: p.from.to_string(), to: p.to.to_string() }).collect(),
        alternates: alternates
            .into_iter()
            .map(|(member, handle)| AlternateDto { member: member.to_string(), handle: handle.to_string() })
            .collect(),
    })
}

/// One ballot: while open, the positions so far (outcome `pending`);
/// once closed, the tally and its explanation.
#[utoipa::path(
    get,
    path = "/api/v1/ballots/{id}",
    tag = "decisions",
    params(("id" = u64, Path, description = "The ballot's number"), LangParams),
    responses(
        (status = 200, description = "The ballot", body = BallotDetail),
        (status = 400, description = "An unknown language", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such ballot", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(params): Query<LangParams>,
) -> Result<Json<BallotDetail>, ApiError> {
    let lang = params.lang()?;
    Ok(Json(detail(&state, ballot_id(&id)?, lang).await?))
}

/// Closes a ballot and records its tally (the secretariat); answers the
/// ballot as `GET` does.
#[utoipa::path(
    post,
    path = "/api/v1/ballots/{id}/close",
    tag = "decisions",
    params(("id" = u64, Path, description = "The ballot's number"), LangParams),
    responses(
        (status = 200, description = "Closed", body = BallotDetail),
        (status = 403, description = "Only the secretariat closes ballots", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such ballot", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "It is closed already", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn close(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(params): Query<LangParams>,
) -> Result<Json<BallotDetail>, ApiError> {
    let lang = params.lang()?;
    caller.require(&state, Action::CloseBallot, Target::None)?;
    let id = ballot_id(&id)?;
    send(&state, &caller, Action::CloseBallot, Target::None, DecisionCommand::CloseBallot { ballot: id }).await?;
    Ok(Json(detail(&state, id, lang).await?))
}
