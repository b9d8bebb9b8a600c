//! Reading who acts for whom from the public projections: delegations and
//! organizations.

use std::collections::BTreeMap;

use domain::Actor;
use domain::member::Iso3;
use domain::people::{Chamber, DelegationRole, OrganizationStatus};
use sqlx::{AnyConnection, Row};

use crate::error::{Result, StoreError};
use crate::log::{bound, to_u64};

/// A member state's delegation as the public sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DelegationRecord {
    /// The member state.
    pub member: Iso3,
    /// Its people, head first, with the log index at which each joined.
    pub people: Vec<(DelegationRole, Actor, u64)>,
}

/// A stakeholder organization as the public sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganizationRecord {
    /// Its number.
    pub id: u64,
    /// Its name.
    pub name: String,
    /// Its chamber.
    pub chamber: Chamber,
    /// Where it is based.
    pub country: Option<Iso3>,
    /// Its web site.
    pub website: Option<String>,
    /// Who applied (and manages its members).
    pub applicant: Actor,
    /// Where its application stands.
    pub status: OrganizationStatus,
    /// Why it was declined.
    pub reason: Option<String>,
    /// The log index of its application.
    pub applied_at: u64,
    /// The log index of the decision.
    pub decided_at: Option<u64>,
    /// Its members.
    pub members: Vec<Actor>,
}

fn parse<T: std::str::FromStr<Err = String>>(text: String) -> Result<T> {
    text.parse().map_err(StoreError::Inconsistent)
}

fn role(code: &str) -> Result<DelegationRole> {
    match code {
        "head" => Ok(DelegationRole::Head),
        "delegate" => Ok(DelegationRole::Delegate),
        "alternate" => Ok(DelegationRole::Alternate),
        other => Err(StoreError::Inconsistent(format!("unknown delegation role {other:?}"))),
    }
}

/// The delegations with anyone in them (or only `member`'s).
pub(crate) async fn delegations(conn: &mut AnyConnection, member: Option<Iso3>) -> Result<Vec<DelegationRecord>> {
    let rows = sqlx::query(
        "SELECT member, delegation_role, handle, since FROM p_people \
         WHERE affiliation = 'delegation' AND ($1 = '' OR member = $1) ORDER BY member, since, handle",
    )
    .bind(member.map_or(String::new(), |m| m.to_string()))
    .fetch_all(conn)
    .await?;
    let mut by_member: BTreeMap<Iso3, Vec<(DelegationRole, Actor, u64)>> = BTreeMap::new();
    for row in rows {
        let member: Iso3 = parse(row.try_get(0)?)?;
        let role = role(&row.try_get::<String, _>(1)?)?;
        let handle = Actor::try_from(row.try_get::<String, _>(2)?).map_err(StoreError::Inconsistent)?;
        by_member.entry(member).or_default().push((role, handle, to_u64(row.try_get(3)?)?));
    }
    Ok(by_member
        .into_iter()
        .map(|(member, mut people)| {
            people.sort_by_key(|(role, _, since)| (*role, *since));
            DelegationRecord { member, people }
        })
        .collect())
}

/// Organizations, filtered by chamber and status, by number.
pub(crate) async fn organizations(
    conn: &mut AnyConnection,
    id: Option<u64>,
    chamber: Option<Chamber>,
    status: Option<OrganizationStatus>,
) -> Result<Vec<OrganizationRecord>> {
    let rows = sqlx::query(
        "SELECT id, name, chamber, country, website, applicant, status, reason, applied_at, decided_at \
         FROM p_organizations WHERE ($1 < 0 OR id = $1) AND ($2 = '' OR chamber = $2) AND ($3 = '' OR status = $3) ORDER BY id",
    )
    .bind(id.map_or(-1, bound))
    .bind(chamber.map_or("", Chamber::code))
    .bind(status.map_or("", OrganizationStatus::code))
    .fetch_all(&mut *conn)
    .await?;
    let mut organizations = Vec::with_capacity(rows.len());
    for row in rows {
        let status = match row.try_get::<String, _>(6)?.as_str() {
            "applied" => OrganizationStatus::Applied,
            "admitted" => OrganizationStatus::Admitted,
            "declined" => OrganizationStatus::Declined,
            other => return Err(StoreError::Inconsistent(format!("unknown organization status {other:?}"))),
        };
        organizations.push(OrganizationRecord {
            id: to_u64(row.try_get(0)?)?,
            name: row.try_get(1)?,
            chamber: parse(row.try_get(2)?)?,
            country: row.try_get::<Option<String>, _>(3)?.map(parse).transpose()?,
            website: row.try_get(4)?,
            applicant: Actor::try_from(row.try_get::<String, _>(5)?).map_err(StoreError::Inconsistent)?,
            status,
            reason: row.try_get(7)?,
            applied_at: to_u64(row.try_get(8)?)?,
            decided_at: row.try_get::<Option<i64>, _>(9)?.map(to_u64).transpose()?,
            members: Vec::new(),
        });
    }
    for organization in &mut organizations {
        let members: Vec<String> = sqlx::query_scalar(
            "SELECT handle FROM p_people WHERE affiliation = 'organization' AND organization_id = $1 ORDER BY since, handle",
        )
        .bind(bound(organization.id))
        .fetch_all(&mut *conn)
        .await?;
        organization.members =
            members.into_iter().map(Actor::try_from).collect::<Result<_, _>>().map_err(StoreError::Inconsistent)?;
    }
    Ok(organizations)
}
