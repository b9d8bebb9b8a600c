//! Concord's domain: what happens in the organization, as events.
//!
//! A command (from a web form, the JSON API or the CLI) is checked against
//! the current [`State`] by [`decide`], which yields [`Event`]s or a
//! [`Rejection`]. The store wraps each event in an [`Envelope`] (log index,
//! time, actor), appends its canonical encoding to the verifiable log as one
//! Merkle leaf, and applies it to the state and to the projections.
//!
//! This crate owns the event encoding: RFC 8785 canonical JSON, no floating
//! point numbers, at most [`MAX_ENTRY_BYTES`] bytes per entry. The log, the
//! `verify` command and the rebuild all read events through
//! [`Envelope::decode`], which accepts only canonical bytes.
//!
//! It does no IO: the UN member list is embedded at build time.
//!
//! ```
//! use domain::authz::Caller;
//! use domain::{decide, Actor, Command, Envelope, State, Timestamp};
//!
//! let mut state = State::default();
//! let command = Command::FoundOrganization {
//!     name: "Concord".into(),
//!     log_origin: "concord.example/log".into(),
//!     members: domain::member::un_members().unwrap(),
//! };
//! let events = decide(&state, &Caller::system(), &command).unwrap();
//! assert_eq!(events.len(), 1 + 195);
//!
//! let time = Timestamp::from_unix_millis(1_790_000_000_000).unwrap();
//! for (index, event) in events.into_iter().enumerate() {
//!     let envelope = Envelope::new(index as u64, time, Actor::system(), event);
//!     let bytes = envelope.encode().unwrap();
//!     assert_eq!(Envelope::decode(&bytes).unwrap(), envelope);
//!     state.apply(&envelope).unwrap();
//! }
//! assert_eq!(state.members().count(), 195);
//! ```
#![deny(missing_docs)]

pub mod authz;
pub mod blob;
mod command;
pub mod consultation;
pub mod csv_text;
pub mod decision;
pub mod divide;
mod envelope;
mod event;
pub mod lang;
pub mod member;
pub mod people;
pub mod search;
pub mod snapshot;
mod state;

pub use command::{Command, MAX_DOCUMENT_TITLE, Rejection, RejectionKind, check_document_title, decide, decide_at};
pub use envelope::{
    Actor, DecodeError, EncodeError, Envelope, EventSignature, FORMAT_VERSION, MAX_ENTRY_BYTES, MAX_SAFE_INTEGER,
    Timestamp,
};
pub use event::{BlobRedacted, DocumentPublished, Event, OrganizationFounded};
pub use state::{Affiliation, State, StateError};
