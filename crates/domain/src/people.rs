//! People in public: who acts for whom. Delegations of member states,
//! stakeholder organizations in their chambers, the secretariat and
//! accredited observers, all by public handle (an [`Actor`]). Accounts,
//! passwords and e-mail addresses are private and never appear here.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::envelope::Actor;
use crate::member::Iso3;

/// A place in a member state's delegation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DelegationRole {
    /// The head of delegation, accredited by the secretariat.
    Head,
    /// A delegate, named by the head.
    Delegate,
    /// An alternate, named by the head.
    Alternate,
}

impl DelegationRole {
    /// The role as written in the log and the API.
    pub fn code(self) -> &'static str {
        match self {
            DelegationRole::Head => "head",
            DelegationRole::Delegate => "delegate",
            DelegationRole::Alternate => "alternate",
        }
    }
}

/// The chambers in which stakeholder organizations take part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Chamber {
    /// Companies and industry associations.
    Industry,
    /// Universities and research institutions.
    Research,
    /// Non-governmental and civil society organizations.
    CivilSociety,
    /// Intergovernmental organizations.
    Intergovernmental,
}

impl Chamber {
    /// Every chamber.
    pub const ALL: [Chamber; 4] =
        [Chamber::Industry, Chamber::Research, Chamber::CivilSociety, Chamber::Intergovernmental];

    /// The chamber as written in the log and the API.
    pub fn code(self) -> &'static str {
        match self {
            Chamber::Industry => "industry",
            Chamber::Research => "research",
            Chamber::CivilSociety => "civil_society",
            Chamber::Intergovernmental => "intergovernmental",
        }
    }
}

impl FromStr for Chamber {
    type Err = String;

    fn from_str(text: &str) -> Result<Chamber, String> {
        Chamber::ALL.into_iter().find(|c| c.code() == text).ok_or_else(|| {
            format!("{text:?} is not a chamber; use industry, research, civil_society or intergovernmental")
        })
    }
}

impl fmt::Display for Chamber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Where an organization's application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganizationStatus {
    /// Waiting for the secretariat.
    Applied,
    /// Admitted: takes part in its chamber.
    Admitted,
    /// Declined, with a reason.
    Declined,
}

impl OrganizationStatus {
    /// The status as written in the API.
    pub fn code(self) -> &'static str {
        match self {
            OrganizationStatus::Applied => "applied",
            OrganizationStatus::Admitted => "admitted",
            OrganizationStatus::Declined => "declined",
        }
    }
}

/// A member state's delegation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delegation {
    /// The head, once accredited.
    pub head: Option<Actor>,
    /// Delegates named by the head.
    pub delegates: BTreeSet<Actor>,
    /// Alternates named by the head.
    pub alternates: BTreeSet<Actor>,
}

impl Delegation {
    /// Everyone in the delegation with their role.
    pub fn people(&self) -> impl Iterator<Item = (DelegationRole, &Actor)> {
        let head = self.head.iter().map(|h| (DelegationRole::Head, h));
        head.chain(self.delegates.iter().map(|d| (DelegationRole::Delegate, d)))
            .chain(self.alternates.iter().map(|a| (DelegationRole::Alternate, a)))
    }
}

/// A stakeholder organization as the log describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// Its application.
    pub application: OrganizationApplied,
    /// Where the application stands.
    pub status: OrganizationStatus,
    /// Its members (the applicant first, once admitted).
    pub members: BTreeSet<Actor>,
}

/// The body of `organization.applied`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationApplied {
    /// The organization's number, from 1.
    pub id: u64,
    /// Its name.
    pub name: String,
    /// The chamber it asks to join.
    pub chamber: Chamber,
    /// The state where it is based, if any.
    pub country: Option<Iso3>,
    /// Its public web site, if any.
    pub website: Option<String>,
    /// The participant who applied and will manage its members.
    pub applicant: Actor,
}

/// The body of `organization.admitted`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationAdmitted {
    /// The organization.
    pub id: u64,
}

/// The body of `organization.declined`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationDeclined {
    /// The organization.
    pub id: u64,
    /// Why, for the public record.
    pub reason: String,
}

/// The body of `organization.member_added` and `organization.member_removed`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationMember {
    /// The organization.
    pub id: u64,
    /// The person.
    pub handle: Actor,
}

/// The body of `delegation.member_added` (head, delegate or alternate).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DelegationMemberAdded {
    /// The member state.
    pub member: Iso3,
    /// The person.
    pub handle: Actor,
    /// Their place in the delegation.
    pub role: DelegationRole,
}

/// The body of `delegation.member_removed`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DelegationMemberRemoved {
    /// The member state.
    pub member: Iso3,
    /// The person.
    pub handle: Actor,
    /// Why, for the public record (may be empty).
    pub reason: String,
}

/// The body of `secretariat.appointed`, `secretariat.removed` and
/// `observer.accredited`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// The person.
    pub handle: Actor,
}
