//! The state the domain decides commands against: everything the log has
//! said so far, folded event by event.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::authz::{Principal, Role};
use crate::blob::Sha256;
use crate::consultation::{Constituency, Consultations};
use crate::envelope::{Actor, Envelope};
use crate::event::{Event, OrganizationFounded};
use crate::member::{Iso3, MemberState};
use crate::people::{Delegation, DelegationRole, Organization, OrganizationStatus};

/// The organization as the log describes it up to some size.
///
/// It serializes (deterministically: ordered maps only) for the snapshot a
/// node starts from ([`crate::snapshot`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    size: u64,
    organization: Option<OrganizationFounded>,
    members: BTreeMap<Iso3, MemberState>,
    documents: u64,
    blobs: BTreeMap<Sha256, BlobStatus>,
    secretariat: BTreeSet<Actor>,
    observers: BTreeSet<Actor>,
    delegations: BTreeMap<Iso3, Delegation>,
    organizations: BTreeMap<u64, Organization>,
    /// What each person is now: at most one affiliation at a time.
    affiliations: BTreeMap<Actor, Affiliation>,
    /// The consultations and their statements (never their votes).
    consultations: Consultations,
    /// Decision types, signing keys, and ballots (open ones in full).
    decisions: crate::decision::Decisions,
    /// The divide index's methodology version and pending submissions.
    divide: crate::divide::Divide,
}

/// What a person acts as. A person has at most one at a time: an account
/// acts for at most one member state, organization or office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Affiliation {
    /// Secretariat staff.
    Secretariat,
    /// An accredited observer.
    Observer,
    /// A member of a member state's delegation.
    Delegation(Iso3, DelegationRole),
    /// A member of a stakeholder organization.
    Organization(u64),
}

/// Whether a blob referenced by the log still has its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlobStatus {
    /// The bytes are kept.
    Available,
    /// The bytes were removed by a `blob.redacted` event.
    Redacted,
}

/// An event that does not follow from the state: the log is out of order
/// or contradicts itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StateError {
    /// The entry's index is not the next one.
    #[error("entry {got} arrived where entry {expected} was expected")]
    OutOfOrder {
        /// The next index.
        expected: u64,
        /// The index found.
        got: u64,
    },
    /// The event contradicts an earlier one.
    #[error("entry {index} ({kind}) contradicts the log before it: {reason}")]
    Contradiction {
        /// The entry.
        index: u64,
        /// Its kind.
        kind: &'static str,
        /// What it contradicts.
        reason: String,
    },
}

impl State {
    /// The number of entries applied.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The organization, once founded.
    pub fn organization(&self) -> Option<&OrganizationFounded> {
        self.organization.as_ref()
    }

    /// All member and observer states, by ISO code.
    pub fn members(&self) -> impl Iterator<Item = &MemberState> {
        self.members.values()
    }

    /// One member or observer state.
    pub fn member(&self, iso3: Iso3) -> Option<&MemberState> {
        self.members.get(&iso3)
    }

    /// The number of documents published.
    pub fn document_count(&self) -> u64 {
        self.documents
    }

    /// Whether the log references a blob, and whether its bytes are kept.
    pub fn blob(&self, sha256: &Sha256) -> Option<BlobStatus> {
        self.blobs.get(sha256).copied()
    }

    /// What a person acts as now, if anything.
    pub fn affiliation(&self, handle: &Actor) -> Option<Affiliation> {
        self.affiliations.get(handle).copied()
    }

    /// A member state's delegation (empty if none is accredited).
    pub fn delegation(&self, member: Iso3) -> Option<&Delegation> {
        self.delegations.get(&member)
    }

    /// A stakeholder organization.
    pub fn organization_by_id(&self, id: u64) -> Option<&Organization> {
        self.organizations.get(&id)
    }

    /// The number of organizations that have applied.
    pub fn organization_count(&self) -> u64 {
        self.organizations.len() as u64
    }

    /// The organization a participant has applied for and that awaits a
    /// decision, if any.
    pub fn pending_application(&self, applicant: &Actor) -> Option<u64> {
        self.organizations
            .iter()
            .find(|(_, org)| org.status == OrganizationStatus::Applied && org.application.applicant == *applicant)
            .map(|(id, _)| *id)
    }

    /// The consultations.
    pub fn consultations(&self) -> &Consultations {
        &self.consultations
    }

    /// The decisions: types, keys and ballots.
    pub fn decisions(&self) -> &crate::decision::Decisions {
        &self.decisions
    }

    /// The divide index: methodology version and pending submissions.
    pub fn divide(&self) -> &crate::divide::Divide {
        &self.divide
    }

    /// Whom `handle` speaks for in a consultation now: their member state,
    /// their organization and its chamber, the secretariat, or the public
    /// (anyone with no affiliation, pseudonyms included; the platform itself
    /// speaks for the secretariat); `None` for an
    /// observer, who follows but never takes part.
    pub fn constituency_of(&self, handle: &Actor) -> Option<Constituency> {
        if *handle == Actor::system() {
            // The platform acts for the organization (imports, seeds).
            return Some(Constituency::Secretariat);
        }
        match self.affiliation(handle) {
            None => Some(Constituency::Public),
            Some(Affiliation::Secretariat) => Some(Constituency::Secretariat),
            Some(Affiliation::Observer) => None,
            Some(Affiliation::Delegation(member, _)) => Some(Constituency::Member { member }),
            Some(Affiliation::Organization(id)) => self
                .organizations
                .get(&id)
                .map(|org| Constituency::Organization { organization: id, chamber: org.application.chamber }),
        }
    }

    /// Who `handle` is, as the authorization table sees them. A handle with
    /// no public affiliation is a participant; `None` is anonymous.
    pub fn principal(&self, handle: Option<&Actor>) -> Principal {
        let Some(handle) = handle else {
            return Principal::anonymous();
        };
        let mut principal = Principal::participant(handle.clone());
        match self.affiliation(handle) {
            None => {}
            Some(Affiliation::Secretariat) => principal.role = Role::Secretariat,
            Some(Affiliation::Observer) => principal.role = Role::Observer,
            Some(Affiliation::Delegation(member, role)) => {
                principal.role = match role {
                    DelegationRole::Head => Role::HeadOfDelegation,
                    DelegationRole::Delegate => Role::Delegate,
                    DelegationRole::Alternate => Role::Alternate,
                };
                principal.member = Some(member);
            }
            Some(Affiliation::Organization(id)) => {
                principal.role = Role::Stakeholder;
                let manager = self.organizations.get(&id).is_some_and(|org| org.application.applicant == *handle);
                principal.organization = Some((id, manager));
            }
        }
        principal
    }

    /// Folds the next entry into the state. The entry must be the next one
    /// and must not contradict the log before it; on error the state is
    /// unchanged.
    pub fn apply(&mut self, envelope: &Envelope) -> Result<(), StateError> {
        if envelope.index != self.size {
            return Err(StateError::OutOfOrder { expected: self.size, got: envelope.index });
        }
        let contradiction =
            |reason: String| StateError::Contradiction { index: envelope.index, kind: envelope.event.kind(), reason };
        if self.organization.is_none() && !matches!(envelope.event, Event::OrganizationFounded(_)) {
            return Err(contradiction("the organization is not founded yet".into()));
        }
        match &envelope.event {
            Event::OrganizationFounded(founded) => {
                if self.organization.is_some() {
                    return Err(contradiction("the organization was already founded".into()));
                }
                self.organization = Some(founded.clone());
            }
            Event::MemberAdmitted(member) => {
                if self.members.contains_key(&member.iso3) {
                    return Err(contradiction(format!("{} is already a member", member.iso3)));
                }
                self.members.insert(member.iso3, member.clone());
            }
            Event::DocumentPublished(document) => {
                if document.number != self.documents + 1 {
                    return Err(contradiction(format!(
                        "document {} published after document {}",
                        document.number, self.documents
                    )));
                }
                self.documents = document.number;
                self.blobs.entry(document.blob.sha256).or_insert(BlobStatus::Available);
            }
            Event::SecretariatAppointed(person) => {
                self.affiliate(&person.handle, Affiliation::Secretariat).map_err(contradiction)?;
                self.secretariat.insert(person.handle.clone());
            }
            Event::ObserverAccredited(person) => {
                self.affiliate(&person.handle, Affiliation::Observer).map_err(contradiction)?;
                self.observers.insert(person.handle.clone());
            }
            Event::DelegationMemberAdded(added) => {
                if !self.members.contains_key(&added.member) {
                    return Err(contradiction(format!("{} is not a member", added.member)));
                }
                let delegation = self.delegations.entry(added.member).or_default();
                if added.role == DelegationRole::Head && delegation.head.is_some() {
                    return Err(contradiction(format!("{} already has a head of delegation", added.member)));
                }
                if self.affiliations.contains_key(&added.handle) {
                    return Err(contradiction(format!("{} already acts for someone", added.handle)));
                }
                let handle = added.handle.clone();
                match added.role {
                    DelegationRole::Head => delegation.head = Some(handle),
                    DelegationRole::Delegate => _ = delegation.delegates.insert(handle),
                    DelegationRole::Alternate => _ = delegation.alternates.insert(handle),
                }
                self.affiliations.insert(added.handle.clone(), Affiliation::Delegation(added.member, added.role));
            }
            Event::DelegationMemberRemoved(removed) => {
                let Some(Affiliation::Delegation(member, role)) = self.affiliation(&removed.handle) else {
                    return Err(contradiction(format!("{} is in no delegation", removed.handle)));
                };
                if member != removed.member {
                    return Err(contradiction(format!(
                        "{} is not in the delegation of {}",
                        removed.handle, removed.member
                    )));
                }
                let delegation = self.delegations.entry(member).or_default();
                match role {
                    DelegationRole::Head => delegation.head = None,
                    DelegationRole::Delegate => _ = delegation.delegates.remove(&removed.handle),
                    DelegationRole::Alternate => _ = delegation.alternates.remove(&removed.handle),
                }
                self.affiliations.remove(&removed.handle);
            }
            Event::OrganizationApplied(applied) => {
                if applied.id != self.organization_count() + 1 {
                    return Err(contradiction(format!(
                        "organization {} applied after {}",
                        applied.id,
                        self.organization_count()
                    )));
                }
                let organization = Organization {
                    application: applied.clone(),
                    status: OrganizationStatus::Applied,
                    members: BTreeSet::new(),
                };
                self.organizations.insert(applied.id, organization);
            }
            Event::OrganizationAdmitted(admitted) => {
                let applicant = self.pending(admitted.id).map_err(contradiction)?.application.applicant.clone();
                self.affiliate(&applicant, Affiliation::Organization(admitted.id)).map_err(contradiction)?;
                let org = self.pending(admitted.id).map_err(contradiction)?;
                org.status = OrganizationStatus::Admitted;
                org.members.insert(applicant);
            }
            Event::OrganizationDeclined(declined) => {
                self.pending(declined.id).map_err(contradiction)?.status = OrganizationStatus::Declined;
            }
            Event::OrganizationMemberAdded(added) => {
                let admitted =
                    self.organizations.get(&added.id).is_some_and(|o| o.status == OrganizationStatus::Admitted);
                if !admitted {
                    return Err(contradiction(format!("organization {} is not admitted", added.id)));
                }
                self.affiliate(&added.handle, Affiliation::Organization(added.id)).map_err(contradiction)?;
                if let Some(org) = self.organizations.get_mut(&added.id) {
                    org.members.insert(added.handle.clone());
                }
            }
            Event::OrganizationMemberRemoved(removed) => {
                if self.affiliation(&removed.handle) != Some(Affiliation::Organization(removed.id)) {
                    return Err(contradiction(format!("{} is not in organization {}", removed.handle, removed.id)));
                }
                if let Some(org) = self.organizations.get_mut(&removed.id) {
                    org.members.remove(&removed.handle);
                }
                self.affiliations.remove(&removed.handle);
            }
            Event::Consultation(event) => {
                let constituency = self.constituency_of(&envelope.actor);
                self.consultations.apply(event, &envelope.actor, constituency).map_err(contradiction)?;
                // A statement's text, or its translation, may be taken down.
                if let Some(blob) = event.blob() {
                    self.blobs.entry(blob.sha256).or_insert(BlobStatus::Available);
                }
            }
            Event::Decision(event) => {
                if let crate::decision::DecisionEvent::KeyRegistered(registered) = event
                    && let crate::decision::Signatory::Member(member) = registered.signatory
                    && !self.members.contains_key(&member)
                {
                    return Err(contradiction(format!("{member} is not a member")));
                }
                self.decisions.apply(event).map_err(contradiction)?;
            }
            Event::Divide(event) => self.divide.apply(event).map_err(contradiction)?,
            // Resets change only private data; the state keeps nothing.
            Event::AccountResetIssued(_) => {}
            Event::BlobRedacted(redacted) => match self.blobs.get_mut(&redacted.sha256) {
                Some(status @ BlobStatus::Available) => *status = BlobStatus::Redacted,
                Some(BlobStatus::Redacted) => {
                    return Err(contradiction(format!("blob {} is already redacted", redacted.sha256)));
                }
                None => {
                    return Err(contradiction(format!("blob {} is not in the log", redacted.sha256)));
                }
            },
        }
        self.size += 1;
        Ok(())
    }

    /// Gives a person their one affiliation.
    fn affiliate(&mut self, handle: &Actor, affiliation: Affiliation) -> Result<(), String> {
        if self.affiliations.contains_key(handle) {
            return Err(format!("{handle} already acts for someone"));
        }
        self.affiliations.insert(handle.clone(), affiliation);
        Ok(())
    }

    /// An organization whose application awaits a decision.
    fn pending(&mut self, id: u64) -> Result<&mut Organization, String> {
        match self.organizations.get_mut(&id) {
            Some(org) if org.status == OrganizationStatus::Applied => Ok(org),
            Some(_) => Err(format!("organization {id} was already decided")),
            None => Err(format!("there is no organization {id}")),
        }
    }
}
