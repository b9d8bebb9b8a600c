//! The events of consultations: one `consultation.*` kind each. Texts of
//! statements are blobs, so a takedown removes the words and keeps the hash.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Audience, Choice, Constituency, Moderation, ResultsVisibility, StatementStatus, Verdict};
use crate::blob::BlobRef;
use crate::envelope::Timestamp;
use crate::event::event_kinds;
use crate::lang::Lang;
use crate::member::Iso3;

event_kinds! {
    /// What happened in a consultation.
    pub enum ConsultationEvent {
        /// A consultation was created, as a draft.
        Created(ConsultationCreated) = "consultation.created",
        /// A draft consultation opened for votes and statements.
        Opened(ConsultationRef) = "consultation.opened",
        /// An open consultation closed.
        Closed(ConsultationRef) = "consultation.closed",
        /// A closed consultation opened again.
        Reopened(ConsultationReopened) = "consultation.reopened",
        /// A statement was written (a seed by those who opened it, or a
        /// participant's).
        StatementAdded(StatementAdded) = "consultation.statement_added",
        /// A moderator approved, rejected or marked a statement as meta.
        StatementModerated(StatementModerated) = "consultation.statement_moderated",
        /// The secretariat added a translation of a statement.
        StatementTranslated(StatementTranslated) = "consultation.statement_translated",
        /// A participant flagged a statement for the moderators.
        StatementFlagged(StatementFlagged) = "consultation.statement_flagged",
        /// A vote on a statement (the last one of a voter counts).
        Voted(Voted) = "consultation.voted",
        /// The secretariat began importing a consultation held elsewhere
        /// (a Pol.is export) into a draft created just before.
        ImportStarted(ImportStarted) = "consultation.import_started",
        /// A statement of an imported consultation.
        StatementImported(StatementImported) = "consultation.statement_imported",
        /// A vote of an imported consultation, cast elsewhere by the
        /// participant it names.
        VoteImported(VoteImported) = "consultation.vote_imported",
        /// The import is complete: the draft is closed, a record.
        ImportFinished(ConsultationRef) = "consultation.import_finished",
    }
}

/// The body of `consultation.created`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsultationCreated {
    /// The consultation's number, from 1.
    pub id: u64,
    /// The authentic language of the title and question.
    pub language: Lang,
    /// The title, in the authentic language and any translations.
    pub title: BTreeMap<Lang, String>,
    /// The question put to participants, likewise.
    pub question: BTreeMap<Lang, String>,
    /// Who may take part.
    pub audience: Audience,
    /// When statements are moderated.
    pub moderation: Moderation,
    /// Whether participants may write statements (else only the seeds).
    pub participants_write: bool,
    /// Who sees results while it is open.
    pub results: ResultsVisibility,
    /// When it is to open by itself, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<Timestamp>,
    /// When it is to close by itself, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<Timestamp>,
    /// The delegation that opened it (it moderates it), if a head did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<Iso3>,
}

/// The body of `consultation.opened` and `consultation.closed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsultationRef {
    /// The consultation.
    pub id: u64,
}

/// The body of `consultation.reopened`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsultationReopened {
    /// The consultation.
    pub id: u64,
    /// Its new closing time, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<Timestamp>,
}

/// The body of `consultation.statement_added`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementAdded {
    /// The consultation.
    pub consultation: u64,
    /// The statement's number in the consultation, from 1.
    pub statement: u64,
    /// The language it is written in.
    pub language: Lang,
    /// Its text (UTF-8 plain text).
    pub blob: BlobRef,
    /// Whether it is a seed statement of those who opened the consultation.
    pub seed: bool,
    /// Approved at once, or pending a moderator.
    pub status: StatementStatus,
    /// Whom the author speaks for.
    pub constituency: Constituency,
    /// When it was first written, for statements imported from elsewhere
    /// (otherwise the entry's time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_time: Option<Timestamp>,
}

/// The body of `consultation.statement_moderated`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementModerated {
    /// The consultation.
    pub consultation: u64,
    /// The statement.
    pub statement: u64,
    /// The decision.
    pub verdict: Verdict,
    /// Why, for the public record (required when rejecting).
    pub reason: String,
}

/// The body of `consultation.statement_translated`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementTranslated {
    /// The consultation.
    pub consultation: u64,
    /// The statement.
    pub statement: u64,
    /// The language of the translation.
    pub language: Lang,
    /// The translated text.
    pub blob: BlobRef,
}

/// The body of `consultation.statement_flagged`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementFlagged {
    /// The consultation.
    pub consultation: u64,
    /// The statement.
    pub statement: u64,
}

/// The body of `consultation.voted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Voted {
    /// The consultation.
    pub consultation: u64,
    /// The statement.
    pub statement: u64,
    /// Agree, disagree or pass.
    pub choice: Choice,
    /// Whom the voter speaks for.
    pub constituency: Constituency,
    /// When the vote was cast, for votes imported from elsewhere (otherwise
    /// the entry's time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_time: Option<Timestamp>,
}

/// The body of `consultation.import_started`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportStarted {
    /// The consultation (a draft).
    pub id: u64,
    /// Where it was held, as the importer describes it (e.g. the Pol.is
    /// conversation's address).
    pub source: String,
}

/// The body of `consultation.statement_imported`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementImported {
    /// The consultation.
    pub consultation: u64,
    /// The statement's number here, from 1.
    pub statement: u64,
    /// Its comment id in the export.
    pub polis_id: u64,
    /// Its author's participant id in the export (not a person here).
    pub author: String,
    /// The language it is written in.
    pub language: Lang,
    /// Its text, exactly as exported.
    pub blob: BlobRef,
    /// Its moderation in the export: approved (1), pending (0, not
    /// moderated yet) or rejected (-1).
    pub status: StatementStatus,
    /// When it was written.
    pub time: Timestamp,
}

/// The body of `consultation.vote_imported`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteImported {
    /// The consultation.
    pub consultation: u64,
    /// The statement's number here.
    pub statement: u64,
    /// The voter's participant id in the export (not a person here).
    pub participant: String,
    /// Agree, disagree or pass.
    pub choice: Choice,
    /// When it was cast.
    pub time: Timestamp,
}

impl ConsultationEvent {
    /// The blob the event records (a statement's text or translation).
    pub fn blob(&self) -> Option<&BlobRef> {
        match self {
            ConsultationEvent::StatementAdded(added) => Some(&added.blob),
            ConsultationEvent::StatementTranslated(translated) => Some(&translated.blob),
            ConsultationEvent::StatementImported(imported) => Some(&imported.blob),
            _ => None,
        }
    }

    /// The consultation the event is about.
    pub fn consultation(&self) -> u64 {
        match self {
            ConsultationEvent::Created(e) => e.id,
            ConsultationEvent::Opened(e) | ConsultationEvent::Closed(e) | ConsultationEvent::ImportFinished(e) => e.id,
            ConsultationEvent::ImportStarted(e) => e.id,
            ConsultationEvent::StatementImported(e) => e.consultation,
            ConsultationEvent::VoteImported(e) => e.consultation,
            ConsultationEvent::Reopened(e) => e.id,
            ConsultationEvent::StatementAdded(e) => e.consultation,
            ConsultationEvent::StatementModerated(e) => e.consultation,
            ConsultationEvent::StatementTranslated(e) => e.consultation,
            ConsultationEvent::StatementFlagged(e) => e.consultation,
            ConsultationEvent::Voted(e) => e.consultation,
        }
    }
}
