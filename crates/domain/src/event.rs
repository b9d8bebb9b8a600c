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

/// Declares an enum of event kinds once: the enum, each kind's name in the
/// log, reading a body by its kind, and writing `{"kind", "body"}`. A
/// capability declares its own enum with it (e.g.
/// [`crate::consultation::ConsultationEvent`]) and [`Event`] nests it, so
/// the capability's events are dispatched to it as one variant.
macro_rules! event_kinds {
    (
        $(#[$enum_doc:meta])* pub enum $name:ident {
            $( $(#[$doc:meta])* $variant:ident($body:ty) = $kind:literal, )+
        }
        $( nested { $( $(#[$ndoc:meta])* $nvariant:ident($nbody:ty) = $prefix:literal, )+ } )?
    ) => {
        $(#[$enum_doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum $name {
            $( $(#[$doc])* $variant($body), )+
            $( $( $(#[$ndoc])* $nvariant($nbody), )+ )?
        }

        impl $name {
            /// Every kind, as written in the log.
            pub fn kinds() -> Vec<&'static str> {
                #[allow(unused_mut)]
                let mut kinds = vec![$($kind),+];
                $( $( kinds.extend(<$nbody>::kinds()); )+ )?
                kinds
            }

            /// The `kind` written in the log, e.g. `"member.admitted"`.
            pub fn kind(&self) -> &'static str {
                match self {
                    $( $name::$variant(_) => $kind, )+
                    $( $( $name::$nvariant(inner) => inner.kind(), )+ )?
                }
            }

            /// Reads the event of `kind` from its JSON `body`.
            pub fn from_parts(kind: &str, body: &str) -> Result<$name, String> {
                match kind {
                    $( $kind => serde_json::from_str(body)
                        .map($name::$variant)
                        .map_err(|err| format!("the body of a {kind} event is not valid: {err}")), )+
                    $( $( nested if nested.starts_with($prefix) => <$nbody>::from_parts(kind, body).map($name::$nvariant), )+ )?
                    other => Err(format!("{other:?} is not an event kind")),
                }
            }

            /// Writes the body alone.
            pub(crate) fn serialize_body<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( $name::$variant(body) => body.serialize(serializer), )+
                    $( $( $name::$nvariant(inner) => inner.serialize_body(serializer), )+ )?
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct;
                /// The body of an event, written by its enum.
                struct Body<'a>(&'a $name);
                impl Serialize for Body<'_> {
                    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        self.0.serialize_body(serializer)
                    }
                }
                let mut event = serializer.serialize_struct(stringify!($name), 2)?;
                event.serialize_field("kind", self.kind())?;
                event.serialize_field("body", &Body(self))?;
                event.end()
            }
        }
    };
}

pub(crate) use event_kinds;

event_kinds! {
    /// What happened, as recorded in the public log.
    pub enum Event {
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
    nested {
        /// Something happened in a consultation (`consultation.*`).
        Consultation(crate::consultation::ConsultationEvent) = "consultation.",
        /// Something happened in the decisions (`decision.*`).
        Decision(crate::decision::DecisionEvent) = "decision.",
        /// Something happened to the divide index (`divide.*`).
        Divide(crate::divide::DivideEvent) = "divide.",
    }
}

impl Event {
    /// Whether entries of this kind are signed acts, whose envelope carries
    /// the actor's signature (`decision.voted`); no other kind carries one.
    pub fn is_signed_act(&self) -> bool {
        matches!(self, Event::Decision(crate::decision::DecisionEvent::Voted(_)))
    }

    /// Whether this event changes who someone is to authorization: their
    /// role, member state or organization (what `Principal` holds).
    pub fn changes_principals(&self) -> bool {
        matches!(
            self,
            Event::SecretariatAppointed(_)
                | Event::ObserverAccredited(_)
                | Event::DelegationMemberAdded(_)
                | Event::DelegationMemberRemoved(_)
                | Event::OrganizationApplied(_)
                | Event::OrganizationAdmitted(_)
                | Event::OrganizationDeclined(_)
                | Event::OrganizationMemberAdded(_)
                | Event::OrganizationMemberRemoved(_)
        )
    }

    /// The blob this event names (a document's text, a statement's text or
    /// translation): what a mirror fetches beside the entry.
    pub fn blob(&self) -> Option<&BlobRef> {
        match self {
            Event::DocumentPublished(published) => Some(&published.blob),
            Event::Consultation(consultation) => consultation.blob(),
            _ => None,
        }
    }
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
