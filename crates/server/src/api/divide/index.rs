//! The index table, filtered by regional and income group and sorted on
//! the server, and a member state's profile: both read the index the
//! analyst last computed and stored (`crate::divide_index`), and answer 202
//! with `Retry-After` until there is one.

use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use domain::divide::view::{self, IndexQuery};
use domain::member::MemberState;
use exchange::Index;
use serde::Deserialize;
use store::divide::{StoredIndex, SubmissionFilter};
use utoipa::IntoParams;

use super::dto::{BenchmarkDto, IndexDto, IndexRow, MemberProfileDto, ScoreDto, ValueDto};
use super::submissions::submission_dto;
use super::{member_path, states};
use crate::AppState;
use crate::api::members::parse_filter;
use crate::api::pending;
use crate::error::{ApiError, Problem};
use crate::extract::{Path, Query};

/// Which rows of the index, in what order.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct IndexParams {
    /// Only this UN regional group: AFRICAN, ASIA_PACIFIC,
    /// EASTERN_EUROPEAN, GRULAC or WEOG.
    pub region: Option<String>,
    /// Only this World Bank income group: HIC, UMC, LMC or LIC.
    pub income: Option<String>,
    /// rank (default: best first), coverage (highest first) or uncertainty
    /// (widest rank interval first).
    pub sort: Option<String>,
}

impl IndexParams {
    /// The domain's query, or a 400 naming the parameter.
    pub fn query(self) -> Result<IndexQuery, ApiError> {
        Ok(IndexQuery {
            region: parse_filter("region", self.region)?,
            income: parse_filter("income", self.income)?,
            sort: parse_filter("sort", self.sort)?.unwrap_or_default(),
        })
    }
}

/// What a client is told while no index is computed yet.
const NOT_YET: &str = "the divide index has not been computed yet";

/// The latest index, or `None` until the analyst computed one.
async fn current(state: &AppState) -> Result<Option<(StoredIndex, Index)>, ApiError> {
    Ok(crate::divide_index::current(&state.store).await?)
}

/// The observer states' rows that `query` selects, in its order.
fn observer_rows(index: &Index, states: &[MemberState], query: &IndexQuery) -> Vec<IndexRow> {
    // `view::index_rows` reads an index's members only: the observers are
    // put in their place to be filtered and sorted the same way.
    let apart = Index {
        engine: String::new(),
        methodology: index.methodology,
        year: index.year,
        seed: index.seed,
        draws: index.draws,
        members: index.observers.clone(),
        observers: Vec::new(),
    };
    view::index_rows(&apart, states, query).into_iter().map(IndexRow::from).collect()
}

/// The index as `query` selects it, or `None` until one is computed.
pub async fn index_of(state: &AppState, query: &IndexQuery) -> Result<Option<IndexDto>, ApiError> {
    let Some((stored, index)) = current(state).await? else { return Ok(None) };
    let states = states(state).await?;
    Ok(Some(IndexDto {
        log_size: stored.log_size,
        engine: stored.engine,
        computed_ms: stored.computed_ms,
        methodology: index.methodology,
        year: index.year,
        seed: index.seed,
        draws: index.draws,
        members: view::index_rows(&index, &states, query).into_iter().map(IndexRow::from).collect(),
        observers: observer_rows(&index, &states, query),
    }))
}

/// The index of the AI divide: each member state's score (0–100), rank,
/// rank interval, pillar scores, coverage and filled values; observer
/// states apart. Computed by the server from the log after each change
/// (seed 0, 1,000 weight draws); `concord divide compute --url` gives the
/// same from the public log.
#[utoipa::path(
    get,
    path = "/api/v1/divide",
    tag = "divide",
    params(IndexParams),
    responses(
        (status = 200, description = "The index", body = IndexDto),
        (status = 202, description = "No index yet; ask again after Retry-After seconds", body = Problem,
            headers(("Retry-After" = u16, description = "Seconds to wait"))),
        (status = 400, description = "An unknown group or sort", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn table(State(state): State<AppState>, Query(params): Query<IndexParams>) -> Result<Response, ApiError> {
    let query = params.query()?;
    Ok(match index_of(&state, &query).await? {
        Some(index) => Json(index).into_response(),
        None => pending("divide-index-pending", NOT_YET),
    })
}

/// State `iso3`'s profile, or `None` until an index scores it.
pub async fn profile_of(state: &AppState, iso3: domain::member::Iso3) -> Result<Option<MemberProfileDto>, ApiError> {
    let Some((stored, index)) = current(state).await? else { return Ok(None) };
    let code = iso3.to_string();
    let Some(score) = view::score_of(&index, &code) else { return Ok(None) };
    let states = states(state).await?;
    let benchmarks = view::benchmarks(&index, &states, &code).unwrap_or_default();
    let values = state.store.indicator_values(iso3).await?;
    let filter = SubmissionFilter { member: Some(iso3), ..SubmissionFilter::default() };
    let submissions = state.store.divide_submissions(filter).await?;
    Ok(Some(MemberProfileDto {
        iso3: code,
        log_size: stored.log_size,
        score: ScoreDto::from(score),
        benchmarks: benchmarks
            .into_iter()
            .map(|b| BenchmarkDto {
                pillar: b.pillar,
                score: b.score,
                group_median: b.group_median,
                frontier: b.frontier,
            })
            .collect(),
        values: values
            .into_iter()
            .map(|v| ValueDto {
                indicator: v.indicator,
                year: v.year,
                value: v.value,
                source: v.source,
                submission: v.submission,
            })
            .collect(),
        submissions: submissions.iter().map(submission_dto).collect(),
    }))
}

/// A state's profile: its score value by value, each pillar against its
/// group's median and the frontier, the values in force, and its
/// submissions.
#[utoipa::path(
    get,
    path = "/api/v1/divide/members/{iso3}",
    tag = "divide",
    params(("iso3" = String, Path, description = "ISO 3166-1 alpha-3 code, e.g. KEN")),
    responses(
        (status = 200, description = "The profile", body = MemberProfileDto),
        (status = 202, description = "No index scores the state yet; ask again after Retry-After seconds", body = Problem,
            headers(("Retry-After" = u16, description = "Seconds to wait"))),
        (status = 404, description = "Not a state of the organization", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn member(State(state): State<AppState>, Path(iso3): Path<String>) -> Result<Response, ApiError> {
    let iso3 = member_path(&state, &iso3).await?;
    Ok(match profile_of(&state, iso3).await? {
        Some(profile) => Json(profile).into_response(),
        None => pending("divide-index-pending", &format!("the divide index has not scored {iso3} yet")),
    })
}
