//! Delegations and stakeholder organizations: `/api/v1/delegations` and
//! `/api/v1/organizations`.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::member::Iso3;
use domain::people::{Chamber, DelegationRole, OrganizationStatus};
use domain::{Actor, Command};
use serde::{Deserialize, Serialize};
use store::{DelegationRecord, OrganizationRecord};
use utoipa::{IntoParams, ToSchema};

use super::{Recorded, submit};
use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path, Query};

/// A member state's delegation, by public handle.
#[derive(Debug, Serialize, ToSchema)]
pub struct DelegationDto {
    /// The member state.
    pub member: String,
    /// The head of delegation, if accredited.
    pub head: Option<String>,
    /// Delegates.
    pub delegates: Vec<String>,
    /// Alternates.
    pub alternates: Vec<String>,
}

impl DelegationDto {
    /// The delegation of `member` from its record (empty without one).
    pub fn new(member: Iso3, record: Option<&DelegationRecord>) -> DelegationDto {
        let people = record.map_or(&[][..], |r| r.people.as_slice());
        let with = |wanted: DelegationRole| {
            people.iter().filter(|(role, _, _)| *role == wanted).map(|(_, h, _)| h.to_string()).collect::<Vec<_>>()
        };
        DelegationDto {
            member: member.to_string(),
            head: with(DelegationRole::Head).into_iter().next(),
            delegates: with(DelegationRole::Delegate),
            alternates: with(DelegationRole::Alternate),
        }
    }
}

fn iso3(text: &str) -> Result<Iso3, ApiError> {
    text.to_ascii_uppercase().parse().map_err(ApiError::invalid_parameter)
}

fn actor(text: &str) -> Result<Actor, ApiError> {
    Actor::try_from(text.to_owned()).map_err(ApiError::invalid_parameter)
}

/// Every delegation with anyone accredited.
#[utoipa::path(
    get,
    path = "/api/v1/delegations",
    tag = "delegations",
    responses((status = 200, description = "Delegations by member state", body = [DelegationDto]))
)]
pub async fn delegations(State(state): State<AppState>) -> Result<Json<Vec<DelegationDto>>, ApiError> {
    let records = state.store.delegations(None).await?;
    Ok(Json(records.iter().map(|r| DelegationDto::new(r.member, Some(r))).collect()))
}

/// One member state's delegation (empty when none is accredited).
#[utoipa::path(
    get,
    path = "/api/v1/delegations/{iso3}",
    tag = "delegations",
    params(("iso3" = String, Path, description = "ISO 3166-1 alpha-3 code")),
    responses(
        (status = 200, description = "The delegation", body = DelegationDto),
        (status = 404, description = "No such member state", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delegation(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<DelegationDto>, ApiError> {
    let member = iso3(&code)?;
    state.store.member(member).await?.ok_or(domain::Rejection::UnknownMember(member))?;
    let records = state.store.delegations(Some(member)).await?;
    Ok(Json(DelegationDto::new(member, records.first())))
}

/// Why someone leaves a delegation.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RemovalParams {
    /// Why, for the public record (optional).
    #[serde(default)]
    reason: String,
}

/// Removes a person from a delegation: the head removes delegates and
/// alternates; the secretariat withdraws a head's accreditation.
#[utoipa::path(
    delete,
    path = "/api/v1/delegations/{iso3}/people/{handle}",
    tag = "delegations",
    params(
        ("iso3" = String, Path, description = "ISO 3166-1 alpha-3 code"),
        ("handle" = String, Path, description = "The person's public handle"),
        RemovalParams,
    ),
    responses(
        (status = 200, description = "Recorded", body = Recorded),
        (status = 403, description = "You may not remove this person", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "Not in that delegation", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn remove_from_delegation(
    State(state): State<AppState>,
    caller: Caller,
    Path((code, handle)): Path<(String, String)>,
    Query(params): Query<RemovalParams>,
) -> Result<Json<Recorded>, ApiError> {
    let command =
        Command::RemoveDelegationMember { member: iso3(&code)?, handle: actor(&handle)?, reason: params.reason };
    Ok(Json(submit(&state, &caller, command).await?))
}

/// A stakeholder organization.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganizationDto {
    /// Its number.
    pub id: u64,
    /// Its name.
    pub name: String,
    /// `industry`, `research`, `civil_society` or `intergovernmental`.
    pub chamber: &'static str,
    /// Where it is based.
    pub country: Option<String>,
    /// Its web site.
    pub website: Option<String>,
    /// `applied`, `admitted` or `declined`.
    pub status: &'static str,
    /// Why it was declined.
    pub reason: Option<String>,
    /// Who applied and manages its members (public handle).
    pub applicant: String,
    /// Its members (public handles).
    pub members: Vec<String>,
    /// The log index of the application.
    pub applied_at: u64,
    /// The log index of the decision.
    pub decided_at: Option<u64>,
}

impl From<OrganizationRecord> for OrganizationDto {
    fn from(record: OrganizationRecord) -> OrganizationDto {
        OrganizationDto {
            id: record.id,
            name: record.name,
            chamber: record.chamber.code(),
            country: record.country.map(|c| c.to_string()),
            website: record.website,
            status: record.status.code(),
            reason: record.reason,
            applicant: record.applicant.to_string(),
            members: record.members.iter().map(ToString::to_string).collect(),
            applied_at: record.applied_at,
            decided_at: record.decided_at,
        }
    }
}

/// Filters of the organization list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OrganizationParams {
    /// Only this chamber: industry, research, civil_society or intergovernmental.
    chamber: Option<String>,
    /// Only this status: applied, admitted or declined.
    status: Option<String>,
}

/// Stakeholder organizations, by number.
#[utoipa::path(
    get,
    path = "/api/v1/organizations",
    tag = "organizations",
    params(OrganizationParams),
    responses(
        (status = 200, description = "Organizations", body = [OrganizationDto]),
        (status = 400, description = "An unknown filter value", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn organizations(
    State(state): State<AppState>,
    Query(params): Query<OrganizationParams>,
) -> Result<Json<Vec<OrganizationDto>>, ApiError> {
    let chamber = params
        .chamber
        .filter(|c| !c.is_empty())
        .map(|c| c.parse::<Chamber>().map_err(|err| ApiError::invalid_parameter(format!("chamber: {err}"))))
        .transpose()?;
    let status = match params.status.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some("applied") => Some(OrganizationStatus::Applied),
        Some("admitted") => Some(OrganizationStatus::Admitted),
        Some("declined") => Some(OrganizationStatus::Declined),
        Some(other) => {
            return Err(ApiError::invalid_parameter(format!("status: {other:?} is not applied, admitted or declined")));
        }
    };
    let records = state.store.organizations(None, chamber, status).await?;
    Ok(Json(records.into_iter().map(OrganizationDto::from).collect()))
}

/// One organization.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{id}",
    tag = "organizations",
    params(("id" = u64, Path, description = "The organization's number")),
    responses(
        (status = 200, description = "The organization", body = OrganizationDto),
        (status = 404, description = "No such organization", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn organization(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<OrganizationDto>, ApiError> {
    let id = crate::extract::id(&id, "organization")?;
    let record = state.store.organizations(Some(id), None, None).await?.into_iter().next();
    Ok(Json(record.ok_or(domain::Rejection::UnknownOrganization(id))?.into()))
}

/// An organization's application.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Application {
    /// Its name.
    pub name: String,
    /// industry, research, civil_society or intergovernmental.
    pub chamber: String,
    /// Where it is based (ISO alpha-3), optional.
    #[serde(default)]
    pub country: Option<String>,
    /// Its web site (https://...), optional.
    #[serde(default)]
    pub website: Option<String>,
}

/// A field of an [`Application`] that names no chamber or no state.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplicationProblem {
    /// The chamber is not one of the four.
    #[error("chamber: {0}")]
    Chamber(String),
    /// The country is not an ISO alpha-3 code.
    #[error("country: {0}")]
    Country(String),
}

impl From<ApplicationProblem> for ApiError {
    fn from(problem: ApplicationProblem) -> ApiError {
        ApiError::Unprocessable(problem.to_string())
    }
}

impl Application {
    /// The command this application stands for (for the API and the
    /// pages). An empty country or web site means none; the domain checks
    /// the rest (the name, the web site's form, the state's membership).
    pub fn command(self) -> Result<Command, ApplicationProblem> {
        let chamber = self.chamber.parse().map_err(ApplicationProblem::Chamber)?;
        let country = self
            .country
            .filter(|c| !c.is_empty())
            .map(|c| c.to_ascii_uppercase().parse().map_err(ApplicationProblem::Country))
            .transpose()?;
        let website = self.website.filter(|w| !w.is_empty());
        Ok(Command::ApplyOrganization { name: self.name, chamber, country, website })
    }
}

/// Applies, as a participant, for an organization to take part. The
/// secretariat admits or declines it; once admitted, you manage its members.
#[utoipa::path(
    post,
    path = "/api/v1/organizations",
    tag = "organizations",
    request_body = Application,
    responses(
        (status = 201, description = "Applied", body = Recorded),
        (status = 403, description = "Only participants apply", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "An application of yours is waiting", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn apply(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<Application>,
) -> Result<(StatusCode, Json<Recorded>), ApiError> {
    let command = body.command()?;
    Ok((StatusCode::CREATED, Json(submit(&state, &caller, command).await?)))
}

/// The secretariat's decision on an application.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Admit (true) or decline (false).
    pub admit: bool,
    /// Why; required when declining (public).
    #[serde(default)]
    pub reason: String,
}

/// Admits or declines an organization.
#[utoipa::path(
    post,
    path = "/api/v1/organizations/{id}/decision",
    tag = "organizations",
    params(("id" = u64, Path, description = "The organization's number")),
    request_body = Decision,
    responses(
        (status = 200, description = "Recorded", body = Recorded),
        (status = 403, description = "Only the secretariat decides", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already decided", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn decide(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<Decision>,
) -> Result<Json<Recorded>, ApiError> {
    let id = crate::extract::id(&id, "organization")?;
    let command = Command::DecideOrganization { id, admit: body.admit, reason: body.reason };
    Ok(Json(submit(&state, &caller, command).await?))
}

/// Removes a member from an organization (its manager, or the secretariat).
#[utoipa::path(
    delete,
    path = "/api/v1/organizations/{id}/members/{handle}",
    tag = "organizations",
    params(
        ("id" = u64, Path, description = "The organization's number"),
        ("handle" = String, Path, description = "The member's public handle"),
    ),
    responses(
        (status = 200, description = "Recorded", body = Recorded),
        (status = 403, description = "You may not remove members", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn remove_from_organization(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, handle)): Path<(String, String)>,
) -> Result<Json<Recorded>, ApiError> {
    let id = crate::extract::id(&id, "organization")?;
    let command = Command::RemoveOrganizationMember { id, handle: actor(&handle)? };
    Ok(Json(submit(&state, &caller, command).await?))
}
