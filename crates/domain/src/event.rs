//! Every kind of event the organization records. Each variant is one `kind`
//! in the log; its fields are the `body`. Adding a kind is adding a variant:
//! existing kinds never change shape (old entries must keep decoding).

use serde::{Deserialize, Serialize};

use crate::blob::{BlobRef, Sha256};
use crate::lang::Lang;
use crate::member::MemberState;

/// What happened, as recorded in the public log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "body")]
pub enum Event {
    /// The organization was founded: the first entry of every log.
    #[serde(rename = "organization.founded")]
    OrganizationFounded(OrganizationFounded),
    /// A state became a member (or an observer) of the organization.
    #[serde(rename = "member.admitted")]
    MemberAdmitted(MemberState),
    /// A document was published; its text is a blob.
    #[serde(rename = "document.published")]
    DocumentPublished(DocumentPublished),
    /// A blob's bytes were taken down; its hash stays in the log.
    #[serde(rename = "blob.redacted")]
    BlobRedacted(BlobRedacted),
}

impl Event {
    /// The `kind` written in the log, e.g. `"member.admitted"`.
    pub fn kind(&self) -> &'static str {
        match self {
            Event::OrganizationFounded(_) => "organization.founded",
            Event::MemberAdmitted(_) => "member.admitted",
            Event::DocumentPublished(_) => "document.published",
            Event::BlobRedacted(_) => "blob.redacted",
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
