//! The state the domain decides commands against: everything the log has
//! said so far, folded event by event.

use std::collections::{BTreeMap, HashMap};

use crate::blob::Sha256;
use crate::envelope::Envelope;
use crate::event::{Event, OrganizationFounded};
use crate::member::{Iso3, MemberState};

/// The organization as the log describes it up to some size.
#[derive(Debug, Clone, Default)]
pub struct State {
    size: u64,
    organization: Option<OrganizationFounded>,
    members: BTreeMap<Iso3, MemberState>,
    documents: u64,
    blobs: HashMap<Sha256, BlobStatus>,
}

/// Whether a blob referenced by the log still has its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

    /// Folds the next entry into the state. The entry must be the next one
    /// and must not contradict the log before it; on error the state is
    /// unchanged.
    pub fn apply(&mut self, envelope: &Envelope) -> Result<(), StateError> {
        if envelope.index != self.size {
            return Err(StateError::OutOfOrder {
                expected: self.size,
                got: envelope.index,
            });
        }
        let contradiction = |reason: String| StateError::Contradiction {
            index: envelope.index,
            kind: envelope.event.kind(),
            reason,
        };
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
                    return Err(contradiction(format!(
                        "{} is already a member",
                        member.iso3
                    )));
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
                self.blobs
                    .entry(document.blob.sha256)
                    .or_insert(BlobStatus::Available);
            }
            Event::BlobRedacted(redacted) => match self.blobs.get_mut(&redacted.sha256) {
                Some(status @ BlobStatus::Available) => *status = BlobStatus::Redacted,
                Some(BlobStatus::Redacted) => {
                    return Err(contradiction(format!(
                        "blob {} is already redacted",
                        redacted.sha256
                    )));
                }
                None => {
                    return Err(contradiction(format!(
                        "blob {} is not in the log",
                        redacted.sha256
                    )));
                }
            },
        }
        self.size += 1;
        Ok(())
    }
}
