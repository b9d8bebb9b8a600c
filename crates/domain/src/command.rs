//! Commands: what someone asks the organization to do. [`decide`] checks a
//! command against the current state and yields the events that record it,
//! or a [`Rejection`] that says what is wrong. It is pure: the same state
//! and command always give the same answer.

use std::collections::HashSet;

use crate::blob::{BlobRef, Sha256};
use crate::envelope::{Actor, MAX_SAFE_INTEGER};
use crate::event::{BlobRedacted, DocumentPublished, Event, OrganizationFounded};
use crate::lang::Lang;
use crate::member::{Iso3, MemberState};
use crate::state::{BlobStatus, State};

/// A request to change the organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Found the organization with its first members (first start only).
    FoundOrganization {
        /// The organization's name.
        name: String,
        /// The log's checkpoint origin.
        log_origin: String,
        /// The member and observer states.
        members: Vec<MemberState>,
    },
    /// Publish a document whose bytes the caller has stored as a blob.
    PublishDocument {
        /// The title.
        title: String,
        /// The document's language.
        language: Lang,
        /// The stored text.
        blob: BlobRef,
    },
    /// Take down a blob's bytes, keeping its hash in the log.
    RedactBlob {
        /// The blob.
        sha256: Sha256,
        /// The public reason.
        reason: String,
    },
}

/// Why a command was refused. Nothing was recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    /// The organization has not been founded yet.
    #[error("the organization has not been founded yet")]
    NotFounded,
    /// The organization already exists.
    #[error("the organization has already been founded")]
    AlreadyFounded,
    /// A state was listed twice.
    #[error("{0} is listed twice")]
    DuplicateMember(Iso3),
    /// A field is missing or wrong.
    #[error("{field}: {message}")]
    Invalid {
        /// The field, as the caller named it.
        field: &'static str,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// No event references this blob.
    #[error("no document or record uses blob {0}")]
    UnknownBlob(Sha256),
    /// The blob's bytes were already removed.
    #[error("blob {0} has already been redacted")]
    AlreadyRedacted(Sha256),
}

/// Checks `command` by `actor` against `state` and returns the events that
/// record it, in order.
pub fn decide(state: &State, actor: &Actor, command: &Command) -> Result<Vec<Event>, Rejection> {
    let _ = actor; // Authorization is decided before the domain (issue 4).
    if state.organization().is_none() && !matches!(command, Command::FoundOrganization { .. }) {
        return Err(Rejection::NotFounded);
    }
    match command {
        Command::FoundOrganization {
            name,
            log_origin,
            members,
        } => {
            if state.organization().is_some() {
                return Err(Rejection::AlreadyFounded);
            }
            check_text("name", name, 200)?;
            check_text("log_origin", log_origin, 200)?;
            let mut seen = HashSet::new();
            if let Some(duplicate) = members.iter().find(|m| !seen.insert(m.iso3)) {
                return Err(Rejection::DuplicateMember(duplicate.iso3));
            }
            if let Some(m) = members
                .iter()
                .find(|m| m.population > Some(MAX_SAFE_INTEGER))
            {
                return Err(invalid(
                    "population",
                    format!("the population of {} is too large", m.iso3),
                ));
            }
            let founded = OrganizationFounded {
                name: name.clone(),
                log_origin: log_origin.clone(),
            };
            Ok(std::iter::once(Event::OrganizationFounded(founded))
                .chain(members.iter().cloned().map(Event::MemberAdmitted))
                .collect())
        }
        Command::PublishDocument {
            title,
            language,
            blob,
        } => {
            check_text("title", title, 500)?;
            if blob.size > MAX_SAFE_INTEGER {
                return Err(invalid("blob", "the document is too large".into()));
            }
            Ok(vec![Event::DocumentPublished(DocumentPublished {
                number: state.document_count() + 1,
                title: title.clone(),
                language: *language,
                blob: blob.clone(),
            })])
        }
        Command::RedactBlob { sha256, reason } => {
            check_text("reason", reason, 1000)?;
            match state.blob(sha256) {
                None => Err(Rejection::UnknownBlob(*sha256)),
                Some(BlobStatus::Redacted) => Err(Rejection::AlreadyRedacted(*sha256)),
                Some(BlobStatus::Available) => Ok(vec![Event::BlobRedacted(BlobRedacted {
                    sha256: *sha256,
                    reason: reason.clone(),
                })]),
            }
        }
    }
}

fn invalid(field: &'static str, message: String) -> Rejection {
    Rejection::Invalid { field, message }
}

/// Checks a short public text: present, not too long, no control
/// characters.
fn check_text(field: &'static str, text: &str, max_chars: usize) -> Result<(), Rejection> {
    if text.trim().is_empty() {
        return Err(invalid(field, "enter a text".into()));
    }
    if text.chars().count() > max_chars {
        return Err(invalid(
            field,
            format!("use at most {max_chars} characters"),
        ));
    }
    if text.chars().any(char::is_control) {
        return Err(invalid(
            field,
            "remove line breaks and control characters".into(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::{Envelope, Timestamp};

    fn founded() -> State {
        let mut state = State::default();
        let command = Command::FoundOrganization {
            name: "Concord".into(),
            log_origin: "concord.example/log".into(),
            members: crate::member::un_members().unwrap(),
        };
        commit(&mut state, &command).unwrap();
        state
    }

    fn commit(state: &mut State, command: &Command) -> Result<(), Rejection> {
        for event in decide(state, &Actor::system(), command)? {
            let envelope = Envelope::new(state.size(), Timestamp::now(), Actor::system(), event);
            state.apply(&envelope).unwrap();
        }
        Ok(())
    }

    fn publish(state: &mut State, text: &[u8]) -> BlobRef {
        let blob = BlobRef::to_bytes(text, "text/plain; charset=utf-8");
        let command = Command::PublishDocument {
            title: "Charter".into(),
            language: Lang::En,
            blob: blob.clone(),
        };
        commit(state, &command).unwrap();
        blob
    }

    #[test]
    fn founding_twice_or_acting_before_founding_is_refused() {
        let empty = State::default();
        let redact = Command::RedactBlob {
            sha256: Sha256::of(b"x"),
            reason: "r".into(),
        };
        assert_eq!(
            decide(&empty, &Actor::system(), &redact),
            Err(Rejection::NotFounded)
        );
        let mut state = founded();
        assert_eq!(state.size(), 196);
        let again = Command::FoundOrganization {
            name: "Again".into(),
            log_origin: "o".into(),
            members: vec![],
        };
        assert_eq!(commit(&mut state, &again), Err(Rejection::AlreadyFounded));
    }

    #[test]
    fn duplicate_members_are_refused() {
        let mut members = crate::member::un_members().unwrap();
        members.push(members[0].clone());
        let command = Command::FoundOrganization {
            name: "C".into(),
            log_origin: "o".into(),
            members,
        };
        assert!(matches!(
            decide(&State::default(), &Actor::system(), &command),
            Err(Rejection::DuplicateMember(_))
        ));
    }

    #[test]
    fn documents_are_numbered_and_blobs_redacted_once() {
        let mut state = founded();
        let first = publish(&mut state, b"one");
        publish(&mut state, b"two");
        assert_eq!(state.document_count(), 2);
        let redact = Command::RedactBlob {
            sha256: first.sha256,
            reason: "court order".into(),
        };
        commit(&mut state, &redact).unwrap();
        assert_eq!(state.blob(&first.sha256), Some(BlobStatus::Redacted));
        assert_eq!(
            commit(&mut state, &redact),
            Err(Rejection::AlreadyRedacted(first.sha256))
        );
        let unknown = Command::RedactBlob {
            sha256: Sha256::of(b"?"),
            reason: "r".into(),
        };
        assert!(matches!(
            commit(&mut state, &unknown),
            Err(Rejection::UnknownBlob(_))
        ));
    }

    #[test]
    fn texts_are_checked() {
        let mut state = founded();
        let blob = BlobRef::to_bytes(b"x", "text/plain");
        for (title, fragment) in [
            ("", "enter"),
            ("a\nb", "line breaks"),
            (&"t".repeat(501), "at most"),
        ] {
            let command = Command::PublishDocument {
                title: title.into(),
                language: Lang::Fr,
                blob: blob.clone(),
            };
            match commit(&mut state, &command) {
                Err(Rejection::Invalid {
                    field: "title",
                    message,
                }) => assert!(message.contains(fragment)),
                other => panic!("{title:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn state_refuses_out_of_order_and_contradicting_entries() {
        let mut state = founded();
        let member = state.members().next().unwrap().clone();
        let skip = Envelope::new(
            state.size() + 1,
            Timestamp::now(),
            Actor::system(),
            Event::MemberAdmitted(member.clone()),
        );
        assert!(matches!(
            state.apply(&skip),
            Err(StateError::OutOfOrder { .. })
        ));
        let twice = Envelope::new(
            state.size(),
            Timestamp::now(),
            Actor::system(),
            Event::MemberAdmitted(member),
        );
        assert!(matches!(
            state.apply(&twice),
            Err(StateError::Contradiction { .. })
        ));
        assert_eq!(state.size(), 196);
    }

    use crate::state::StateError;
}
