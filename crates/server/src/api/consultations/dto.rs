//! What the consultation API sends and receives. These shapes are the
//! API's own, separate from the events, so either can change without the
//! other; the conversions from the store's records are here.

use std::collections::BTreeMap;

use domain::consultation::StatementStatus;
use serde::{Deserialize, Serialize};
use store::consultation::{ConsultationRecord, ConsultationText, StatementRecord};
use utoipa::ToSchema;

use super::super::rfc3339;

/// A consultation, as lists and its page show it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConsultationDto {
    /// Its number.
    pub id: u64,
    /// `draft`, `open` or `closed`.
    pub status: &'static str,
    /// The authentic language of its title and question.
    pub language: &'static str,
    /// The title by language code (the authentic one and translations).
    pub title: BTreeMap<String, String>,
    /// The question by language code.
    pub question: BTreeMap<String, String>,
    /// `everyone`, `members` or `members_and_stakeholders`.
    pub audience: &'static str,
    /// `after` (shown at once) or `before` (held until approved).
    pub moderation: &'static str,
    /// Whether participants may write statements.
    pub participants_write: bool,
    /// Who sees results while it is open: `everyone` or `participants`.
    pub results: &'static str,
    /// When it opens by itself (RFC 3339), if set.
    pub opens_at: Option<String>,
    /// When it closes by itself (RFC 3339), if set.
    pub closes_at: Option<String>,
    /// Who created it (public handle).
    pub created_by: String,
    /// The delegation that created it, if a head of delegation did.
    pub member: Option<String>,
    /// The log index of its creation.
    pub created_at: u64,
    /// The log index of the last event about it.
    pub changed_at: u64,
    /// Votes cast (a changed vote counts each time).
    pub votes: u64,
    /// People who have voted.
    pub participants: u64,
    /// Statements open to votes (approved).
    pub statements: u64,
}

impl From<&ConsultationRecord> for ConsultationDto {
    fn from(record: &ConsultationRecord) -> ConsultationDto {
        let texts = |pick: fn(&ConsultationText) -> &String| {
            record
                .texts
                .iter()
                .filter(|(_, text)| !pick(text).is_empty())
                .map(|(lang, text)| (lang.code().to_owned(), pick(text).clone()))
                .collect()
        };
        ConsultationDto {
            id: record.id,
            status: record.status.code(),
            language: record.language.code(),
            title: texts(|t| &t.title),
            question: texts(|t| &t.question),
            audience: record.audience.code(),
            moderation: record.moderation.code(),
            participants_write: record.participants_write,
            results: record.results.code(),
            opens_at: record.opens_ms.map(rfc3339),
            closes_at: record.closes_ms.map(rfc3339),
            created_by: record.created_by.to_string(),
            member: record.member.map(|m| m.to_string()),
            created_at: record.created_at,
            changed_at: record.changed_at,
            votes: record.votes,
            participants: record.participants,
            statements: record.statements,
        }
    }
}

/// A page of consultations.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConsultationList {
    /// How many consultations match the filters in all.
    pub total: u64,
    /// The page size used.
    pub limit: u64,
    /// The offset used.
    pub offset: u64,
    /// The consultations on this page, newest first.
    pub items: Vec<ConsultationDto>,
}

/// A consultation with its statements counted, and what the caller may
/// do with it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConsultationDetail {
    /// The consultation.
    #[serde(flatten)]
    pub consultation: ConsultationDto,
    /// Its statements by moderation status.
    pub statement_counts: StatementCounts,
    /// Whether the caller manages it (opens, closes and moderates it).
    pub manages: bool,
    /// Whether the caller may see its analysis now.
    pub results_visible: bool,
}

/// A consultation's statements, counted by where they stand.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct StatementCounts {
    /// Every statement written.
    pub total: u64,
    /// Open to votes (meta statements included).
    pub approved: u64,
    /// Waiting for a moderator.
    pub pending: u64,
    /// Taken out by a moderator.
    pub rejected: u64,
    /// Marked as meta (about the conversation itself).
    pub meta: u64,
    /// Flagged since last moderated (shown to those who manage it only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flagged: Option<u64>,
}

impl StatementCounts {
    /// Counts `statements`; `manager` decides whether flags are counted.
    pub fn of(statements: &[StatementRecord], manager: bool) -> StatementCounts {
        let mut counts = StatementCounts { flagged: manager.then_some(0), ..StatementCounts::default() };
        for statement in statements {
            counts.total += 1;
            match statement.status {
                StatementStatus::Approved => counts.approved += 1,
                StatementStatus::Pending => counts.pending += 1,
                StatementStatus::Rejected => counts.rejected += 1,
            }
            counts.meta += u64::from(statement.meta);
            if let Some(flagged) = counts.flagged.as_mut() {
                *flagged += u64::from(statement.flags > 0);
            }
        }
        counts
    }
}

/// A statement of a consultation.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StatementDto {
    /// Its number in the consultation, from 1.
    pub number: u64,
    /// The language it is written in.
    pub language: &'static str,
    /// Its text; null once taken down, and for a rejected statement unless
    /// the caller manages the consultation.
    pub text: Option<String>,
    /// Its translations by language code.
    pub translations: BTreeMap<String, String>,
    /// The SHA-256 of its text, as the log records it.
    pub sha256: String,
    /// Who wrote it: a public handle, or a member of the public's
    /// pseudonym in this consultation.
    pub author: String,
    /// Whom the author speaks for: `member:KEN`,
    /// `organization:3:research`, `public` or `secretariat`.
    pub constituency: String,
    /// Whether it is one of the consultation's seed statements.
    pub seed: bool,
    /// `pending`, `approved` or `rejected`.
    pub status: &'static str,
    /// Whether a moderator marked it as meta.
    pub meta: bool,
    /// The moderator's public reason, if any.
    pub reason: Option<String>,
    /// How often it was flagged since last moderated (those who manage the
    /// consultation only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flags: Option<u64>,
    /// The log index where it was written.
    pub added_at: u64,
    /// For an imported statement, its comment id in the export.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub polis_id: Option<u64>,
    /// For an imported statement, its author's participant id in the
    /// export (`author` is then the importer, who recorded it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub polis_author: Option<String>,
}

impl StatementDto {
    /// The statement as `manager` (or not) may see it; `None` when it is
    /// not shown at all (pending statements, to those who do not manage
    /// the consultation).
    pub fn visible(record: &StatementRecord, manager: bool) -> Option<StatementDto> {
        if !manager && record.status == StatementStatus::Pending {
            return None;
        }
        let shown = manager || record.status == StatementStatus::Approved;
        Some(StatementDto {
            number: record.number,
            language: record.language.code(),
            text: record.text.clone().filter(|_| shown),
            translations: record
                .translations
                .iter()
                .filter(|_| shown)
                .filter_map(|(lang, text)| Some((lang.code().to_owned(), text.clone()?)))
                .collect(),
            sha256: record.sha256.to_string(),
            author: record.author.to_string(),
            constituency: record.constituency.code(),
            seed: record.seed,
            status: record.status.code(),
            meta: record.meta,
            reason: record.reason.clone(),
            flags: manager.then_some(record.flags),
            added_at: record.added_at,
            polis_id: record.imported.as_ref().map(|from| from.polis_id),
            polis_author: record.imported.as_ref().map(|from| from.author.clone()),
        })
    }
}

/// A new consultation. Unset settings take the defaults named.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewConsultationRequest {
    /// The authentic language: ar, zh, en, fr, ru or es.
    pub language: String,
    /// The title by language code; the authentic language's is required.
    pub title: BTreeMap<String, String>,
    /// The question by language code; the authentic language's is required.
    pub question: BTreeMap<String, String>,
    /// `everyone` (default), `members` or `members_and_stakeholders`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// `after` (default: shown at once, moderated after) or `before`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderation: Option<String>,
    /// Whether participants may write statements (default true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants_write: Option<bool>,
    /// Who sees results while it is open: `everyone` (default) or
    /// `participants`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<String>,
    /// When it opens by itself (RFC 3339, milliseconds at most).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    /// When it closes by itself (RFC 3339, milliseconds at most).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    /// Seed statements, in the authentic language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seeds: Vec<String>,
    /// Open it at once (default false: it stays a draft).
    #[serde(default)]
    pub open: bool,
}

/// A consultation just created.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedConsultation {
    /// Its number.
    pub id: u64,
    /// `draft`, or `open` if it was opened at once.
    pub status: &'static str,
    /// The log index of its creation.
    pub log_index: u64,
    /// How many events were recorded (the creation, each seed statement,
    /// and the opening).
    pub events: u64,
}

/// A statement to write.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewStatement {
    /// Its text (one or two sentences, no line breaks).
    pub text: String,
    /// Its language: ar, zh, en, fr, ru or es.
    pub language: String,
}

/// A statement just written.
#[derive(Debug, Serialize, ToSchema)]
pub struct WrittenStatement {
    /// Its number in the consultation.
    pub number: u64,
    /// `approved` (shown at once) or `pending` (held for a moderator).
    pub status: &'static str,
    /// The log index of the entry.
    pub log_index: u64,
}

/// A vote.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VoteRequest {
    /// The statement's number.
    pub statement: u64,
    /// `agree`, `disagree` or `pass`.
    pub choice: String,
}

/// A moderator's decision.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ModerationRequest {
    /// `approve`, `reject` or `meta`.
    pub verdict: String,
    /// Why, for the public record (required to reject).
    #[serde(default)]
    pub reason: String,
}

/// A translation of a statement.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TranslationRequest {
    /// The language of the translation.
    pub language: String,
    /// The translated text.
    pub text: String,
}

/// The statement the caller is shown next.
#[derive(Debug, Serialize, ToSchema)]
pub struct NextStatement {
    /// The statement.
    pub statement: StatementDto,
    /// Statements still to vote on, this one included.
    pub remaining: u64,
    /// Statements the caller has voted on.
    pub voted: u64,
}
