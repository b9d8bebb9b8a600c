//! `GET /api/v1/members` and `GET /api/v1/members/{iso3}`.

use axum::Json;
use axum::extract::State;
use domain::member::{Iso3, MemberState};
use serde::{Deserialize, Serialize};
use store::{MemberQuery, MemberRecord};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{Path, Query};

/// The most members one page may hold.
const MAX_LIMIT: u64 = 200;
/// Members per page unless `limit` says otherwise.
const DEFAULT_LIMIT: u64 = 50;

/// Filters and paging of the member directory.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only this UN regional group: AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN,
    /// GRULAC or WEOG.
    group: Option<String>,
    /// Only this World Bank income group: HIC, UMC, LMC or LIC.
    income: Option<String>,
    /// Only states whose ISO code or name in any of the six UN languages
    /// contains this text (case and accents are ignored).
    q: Option<String>,
    /// At most this many (1 to 200; default 50).
    #[serde(default, deserialize_with = "crate::extract::bounded")]
    limit: Option<u64>,
    /// Skip this many (default 0).
    #[serde(default, deserialize_with = "crate::extract::bounded")]
    offset: Option<u64>,
}

/// A page of the member directory.
#[derive(Debug, Serialize, ToSchema)]
pub struct MemberList {
    /// How many states match the filters in all.
    pub total: u64,
    /// The page size used.
    pub limit: u64,
    /// The offset used.
    pub offset: u64,
    /// The states on this page, by ISO code.
    pub items: Vec<MemberDto>,
}

/// A member or observer state.
#[derive(Debug, Serialize, ToSchema)]
pub struct MemberDto {
    /// ISO 3166-1 alpha-3 code.
    pub iso3: String,
    /// ISO 3166-1 alpha-2 code.
    pub iso2: String,
    /// UN M49 numeric code.
    pub m49: u16,
    /// `member` (votes) or `observer`.
    pub status: &'static str,
    /// UN regional group (none for observer states).
    pub regional_group: Option<&'static str>,
    /// World Bank income group, if classified.
    pub income_group: Option<&'static str>,
    /// Least Developed Country.
    pub ldc: bool,
    /// Landlocked Developing Country.
    pub lldc: bool,
    /// Small Island Developing State.
    pub sids: bool,
    /// Latest total population, where known.
    pub population: Option<u64>,
    /// Short names in the six UN languages.
    pub names: NamesDto,
    /// The log index of the event that admitted the state.
    pub admitted_at: u64,
}

/// Names in the six UN languages.
#[derive(Debug, Serialize, ToSchema)]
pub struct NamesDto {
    /// Arabic.
    pub ar: String,
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
    /// French.
    pub fr: String,
    /// Russian.
    pub ru: String,
    /// Spanish.
    pub es: String,
}

impl From<MemberRecord> for MemberDto {
    fn from(record: MemberRecord) -> MemberDto {
        let MemberState {
            iso3,
            iso2,
            m49,
            status: _,
            regional_group,
            income_group,
            ldc,
            lldc,
            sids,
            population,
            names,
        } = record.member.clone();
        MemberDto {
            iso3: iso3.to_string(),
            iso2,
            m49,
            status: if record.member.votes() { "member" } else { "observer" },
            regional_group: regional_group.map(|g| g.code()),
            income_group: income_group.map(|g| g.code()),
            ldc,
            lldc,
            sids,
            population,
            names: NamesDto { ar: names.ar, zh: names.zh, en: names.en, fr: names.fr, ru: names.ru, es: names.es },
            admitted_at: record.admitted_at,
        }
    }
}

/// The member directory, filtered and paged.
#[utoipa::path(
    get,
    path = "/api/v1/members",
    tag = "members",
    params(ListParams),
    responses(
        (status = 200, description = "A page of member states", body = MemberList),
        (status = 400, description = "An unknown filter value or parameter", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Query(params): Query<ListParams>,
) -> Result<Json<MemberList>, ApiError> {
    let limit = params.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::invalid_parameter(format!("limit: use a number from 1 to {MAX_LIMIT}, not {limit}")));
    }
    let query = MemberQuery {
        group: parse_filter("group", params.group)?,
        income: parse_filter("income", params.income)?,
        text: params.q,
        limit,
        offset: params.offset.unwrap_or(0),
    };
    let page = state.store.members(&query).await?;
    Ok(Json(MemberList {
        total: page.total,
        limit,
        offset: query.offset,
        items: page.items.into_iter().map(MemberDto::from).collect(),
    }))
}

/// Parses an optional filter value; an empty value means no filter.
pub(crate) fn parse_filter<T: std::str::FromStr<Err = String>>(
    name: &str,
    value: Option<String>,
) -> Result<Option<T>, ApiError> {
    value
        .filter(|v| !v.is_empty())
        .map(|v| v.parse().map_err(|err: String| ApiError::invalid_parameter(format!("{name}: {err}"))))
        .transpose()
}

/// One member or observer state.
#[utoipa::path(
    get,
    path = "/api/v1/members/{iso3}",
    tag = "members",
    params(("iso3" = String, Path, description = "ISO 3166-1 alpha-3 code, e.g. KEN")),
    responses(
        (status = 200, description = "The state", body = MemberDto),
        (status = 400, description = "Not an ISO alpha-3 code", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such member", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get(State(state): State<AppState>, Path(iso3): Path<String>) -> Result<Json<MemberDto>, ApiError> {
    let code: Iso3 = iso3.to_ascii_uppercase().parse().map_err(ApiError::invalid_parameter)?;
    let record =
        state.store.member(code).await?.ok_or_else(|| {
            ApiError::NotFound(format!("{code} is not a member or observer state of the organization"))
        })?;
    Ok(Json(record.into()))
}
