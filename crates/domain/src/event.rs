//! Every kind of event the organization records. Each variant is one `kind`
//! in the log; its fields are the `body`. Adding a kind is adding a variant:
//! existing kinds never change shape (old entries must keep decoding).

use serde::{Deserialize, Serialize};

use crate::blob::{BlobRef, Sha256};
use crate::lang::Lang;
use crate::member::MemberState;
use crate::people::{
    DelegationMemberAdded, DelegationMemberRemoved, OrganizationAdmitted, OrganizationApplied, OrganizationDeclined,
    OrganizationMember, Person,
};

/// Declares the event kinds once: the enum, each kind's name in the log, and
/// reading a body by its kind.
macro_rules! event_kinds {
    ($( $(#[$doc:meta])* $variant:ident($body:ty) = $kind:literal, )+) => {
        /// What happened, as recorded in the public log.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        #[serde(tag = "kind", content = "body")]
        pub enum Event {
            $( $(#[$doc])* #[serde(rename = $kind)] $variant($body), )+
        }

        impl Event {
            /// Every kind, as written in the log.
            pub const KINDS: &'static [&'static str] = &[$($kind),+];

            /// The `kind` written in the log, e.g. `"member.admitted"`.
            pub fn kind(&self) -> &'static str {
                match self {
                    $( Event::$variant(_) => $kind, )+
                }
            }

            /// Reads the event of `kind` from its JSON `body`.
            pub fn from_parts(kind: &str, body: &str) -> Result<Event, String> {
                match kind {
                    $( $kind => serde_json::from_str(body)
                        .map(Event::$variant)
                        .map_err(|err| format!("the body of a {kind} event is not valid: {err}")), )+
                    other => Err(format!("{other:?} is not an event kind")),
                }
            }
        }
    };
}

event_kinds! {
    /// The organization was founded: the first entry of every log.
    OrganizationFounded(OrganizationFounded) = "organization.founded",
    /// A state became a member (or an observer) of the organization.
    MemberAdmitted(MemberState) = "member.admitted",
    /// A document was published; its text is a blob.
    DocumentPublished(DocumentPublished) = "document.published",
    /// A blob's bytes were taken down; its hash stays in the log.
    BlobRedacted(BlobRedacted) = "blob.redacted",
    /// A person joined the secretariat.
    SecretariatAppointed(Person) = "secretariat.appointed",
    /// A person was accredited as an observer.
    ObserverAccredited(Person) = "observer.accredited",
    /// A person joined a member state's delegation: its head (accredited by
    /// the secretariat), a delegate or an alternate (named by the head).
    DelegationMemberAdded(DelegationMemberAdded) = "delegation.member_added",
    /// A person left a delegation (a head's accreditation was withdrawn, or
    /// the head removed a delegate or alternate).
    DelegationMemberRemoved(DelegationMemberRemoved) = "delegation.member_removed",
    /// A stakeholder organization applied to take part.
    OrganizationApplied(OrganizationApplied) = "organization.applied",
    /// The secretariat admitted an organization.
    OrganizationAdmitted(OrganizationAdmitted) = "organization.admitted",
    /// The secretariat declined an organization, with a reason.
    OrganizationDeclined(OrganizationDeclined) = "organization.declined",
    /// A person joined an admitted organization.
    OrganizationMemberAdded(OrganizationMember) = "organization.member_added",
    /// A person left an organization.
    OrganizationMemberRemoved(OrganizationMember) = "organization.member_removed",
    /// A one-time password reset link was issued for a person's account
    /// (never the link itself, nor anything private).
    AccountResetIssued(Person) = "account.reset_issued",
}

/// The body of `organization.founded`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationFounded {
    /// The organization's name.
    pub name: String,
    /// The origin line of the log's checkpoints (C2SP tlog-checkpoint),
    /// which names this log, e.g. `concord.example/log`.
    pub log_origin: String,
}

/// The body of `document.published`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentPublished {
    /// The document's number in the organization, from 1.
    pub number: u64,
    /// Its title, in the document's language.
    pub title: String,
    /// The language the document is written in.
    pub language: Lang,
    /// The text.
    pub blob: BlobRef,
}

/// The body of `blob.redacted`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlobRedacted {
    /// The blob whose bytes were removed.
    pub sha256: Sha256,
    /// Why, for the public record (never the removed content itself).
    pub reason: String,
}
