//! The commands of consultations and the rules that decide them.

use std::collections::{BTreeMap, HashSet};

use super::event::{
    ConsultationCreated, ConsultationEvent, ConsultationRef, ConsultationReopened, StatementAdded, StatementFlagged,
    StatementModerated, StatementTranslated, Voted,
};
use super::pseudonym::is_pseudonym;
use super::{Audience, Choice, Constituency, Moderation, ResultsVisibility, StatementStatus, Status, Verdict};
use crate::authz::{Action, Caller, Role, Target};
use crate::blob::{BlobRef, Sha256};
use crate::command::{Gate, Rejection, check_text, invalid};
use crate::envelope::{Actor, Timestamp};
use crate::event::Event;
use crate::lang::Lang;
use crate::state::State;

/// The longest title, in characters.
pub const MAX_TITLE: usize = 200;
/// The longest question, in characters.
pub const MAX_QUESTION: usize = 1_000;
/// The longest statement, in characters (Pol.is allows 140 to 400 by
/// deployment; one or two sentences keep votes meaningful).
pub const MAX_STATEMENT: usize = 300;
/// The most seed statements a consultation opens with.
pub const MAX_SEEDS: usize = 100;

/// The media type of statement texts.
pub const STATEMENT_MEDIA_TYPE: &str = "text/plain; charset=utf-8";

/// The settings of a new consultation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewConsultation {
    /// The authentic language.
    pub language: Lang,
    /// The title by language (the authentic one required).
    pub title: BTreeMap<Lang, String>,
    /// The question by language (the authentic one required).
    pub question: BTreeMap<Lang, String>,
    /// Who may take part.
    pub audience: Audience,
    /// When statements are moderated.
    pub moderation: Moderation,
    /// Whether participants may write statements.
    pub participants_write: bool,
    /// Who sees results while it is open.
    pub results: ResultsVisibility,
    /// When it opens by itself, if set.
    pub opens_at: Option<Timestamp>,
    /// When it closes by itself, if set.
    pub closes_at: Option<Timestamp>,
    /// Seed statements, in the authentic language.
    pub seeds: Vec<String>,
}

/// The most statements one import batch may carry.
pub const MAX_IMPORT_STATEMENTS: usize = 500;
/// The most votes one import batch may carry.
pub const MAX_IMPORT_VOTES: usize = 5_000;
/// The longest description of an import's source, in characters.
pub const MAX_SOURCE: usize = 500;

/// The steps of importing a consultation held elsewhere (a Pol.is export):
/// begin (a draft no one else sees), batches of statements and votes in
/// the export's order, finish (the draft closes, a record). Votes and
/// statements name participants by the export's ids: they are not people
/// of the platform, and the importer is the entries' actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportCommand {
    /// Create the draft and record where it comes from.
    Begin {
        /// The language of the title, question and statements.
        language: Lang,
        /// The title.
        title: String,
        /// The question.
        question: String,
        /// Where it was held (e.g. the conversation's address).
        source: String,
    },
    /// Add statements, then votes (which may name statements of the same
    /// batch).
    Batch {
        /// The consultation being imported.
        id: u64,
        /// At most [`MAX_IMPORT_STATEMENTS`].
        statements: Vec<ImportedStatement>,
        /// At most [`MAX_IMPORT_VOTES`].
        votes: Vec<ImportedVote>,
    },
    /// Close the import.
    Finish {
        /// The consultation being imported.
        id: u64,
    },
}

/// A statement to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedStatement {
    /// Its comment id in the export (unique in the consultation).
    pub polis_id: u64,
    /// Its author's participant id in the export.
    pub author: String,
    /// Its moderation in the export.
    pub status: StatementStatus,
    /// Its text, kept exactly (line breaks included).
    pub text: String,
    /// When it was written.
    pub time: Timestamp,
}

/// A vote to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedVote {
    /// The comment id (in the export) of the statement voted on.
    pub comment: u64,
    /// The voter's participant id in the export.
    pub participant: String,
    /// Agree, disagree or pass.
    pub choice: Choice,
    /// When it was cast.
    pub time: Timestamp,
}

/// A request about a consultation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsultationCommand {
    /// Create a consultation, as a draft (the secretariat or a head of
    /// delegation).
    Create(NewConsultation),
    /// Open a draft.
    Open {
        /// The consultation.
        id: u64,
    },
    /// Close an open consultation.
    Close {
        /// The consultation.
        id: u64,
    },
    /// Open a closed consultation again.
    Reopen {
        /// The consultation.
        id: u64,
        /// Its new closing time, if any.
        closes_at: Option<Timestamp>,
    },
    /// Write a statement.
    AddStatement {
        /// The consultation.
        id: u64,
        /// Its language.
        language: Lang,
        /// Its text.
        text: String,
        /// The caller's pseudonym here, filled in by the store for members
        /// of the public (see [`super::pseudonym`]).
        pseudonym: Option<Actor>,
    },
    /// Vote on a statement (a later vote replaces an earlier one).
    Vote {
        /// The consultation.
        id: u64,
        /// The statement.
        statement: u64,
        /// Agree, disagree or pass.
        choice: Choice,
        /// As for [`ConsultationCommand::AddStatement`].
        pseudonym: Option<Actor>,
    },
    /// Flag a statement for the moderators.
    Flag {
        /// The consultation.
        id: u64,
        /// The statement.
        statement: u64,
        /// As for [`ConsultationCommand::AddStatement`].
        pseudonym: Option<Actor>,
    },
    /// Approve, reject or mark a statement as meta.
    Moderate {
        /// The consultation.
        id: u64,
        /// The statement.
        statement: u64,
        /// The decision.
        verdict: Verdict,
        /// Why (required to reject).
        reason: String,
    },
    /// Import a consultation held elsewhere, in steps (the secretariat).
    Import(ImportCommand),
    /// Add a translation of a statement (the secretariat).
    Translate {
        /// The consultation.
        id: u64,
        /// The statement.
        statement: u64,
        /// The language of the translation.
        language: Lang,
        /// The translated text.
        text: String,
    },
}

impl ConsultationCommand {
    /// The consultation the command is about (`None` to create one).
    pub fn consultation(&self) -> Option<u64> {
        match self {
            ConsultationCommand::Create(_) | ConsultationCommand::Import(ImportCommand::Begin { .. }) => None,
            ConsultationCommand::Import(ImportCommand::Batch { id, .. } | ImportCommand::Finish { id }) => Some(*id),
            ConsultationCommand::Open { id }
            | ConsultationCommand::Close { id }
            | ConsultationCommand::Reopen { id, .. }
            | ConsultationCommand::AddStatement { id, .. }
            | ConsultationCommand::Vote { id, .. }
            | ConsultationCommand::Flag { id, .. }
            | ConsultationCommand::Moderate { id, .. }
            | ConsultationCommand::Translate { id, .. } => Some(*id),
        }
    }

    /// The pseudonym slot of a command a participant may make under one.
    pub fn pseudonym_mut(&mut self) -> Option<&mut Option<Actor>> {
        match self {
            ConsultationCommand::AddStatement { pseudonym, .. }
            | ConsultationCommand::Vote { pseudonym, .. }
            | ConsultationCommand::Flag { pseudonym, .. } => Some(pseudonym),
            _ => None,
        }
    }

    fn pseudonym(&self) -> Option<&Actor> {
        match self {
            ConsultationCommand::AddStatement { pseudonym, .. }
            | ConsultationCommand::Vote { pseudonym, .. }
            | ConsultationCommand::Flag { pseudonym, .. } => pseudonym.as_ref(),
            _ => None,
        }
    }

    /// The texts the command stores as blobs (trimmed, as recorded), so the
    /// store can keep their bytes with the events.
    pub fn texts(&self) -> Vec<String> {
        match self {
            ConsultationCommand::Create(new) => new.seeds.iter().map(|s| s.trim().to_owned()).collect(),
            ConsultationCommand::AddStatement { text, .. } | ConsultationCommand::Translate { text, .. } => {
                vec![text.trim().to_owned()]
            }
            // Imported texts are kept exactly as exported.
            ConsultationCommand::Import(ImportCommand::Batch { statements, .. }) => {
                statements.iter().map(|s| s.text.clone()).collect()
            }
            _ => Vec::new(),
        }
    }
}

/// The blob of an imported statement's text, kept exactly.
pub fn imported_blob(text: &str) -> BlobRef {
    BlobRef::to_bytes(text.as_bytes(), STATEMENT_MEDIA_TYPE)
}

/// The blob of a statement's (trimmed) text.
pub fn statement_blob(text: &str) -> BlobRef {
    BlobRef::to_bytes(text.trim().as_bytes(), STATEMENT_MEDIA_TYPE)
}

/// Whether `text` can be a statement: some text, at most [`MAX_STATEMENT`]
/// characters, one paragraph. The pages and the API ask before they send.
pub fn check_statement_text(text: &str) -> Result<(), Rejection> {
    check_text("text", text.trim(), MAX_STATEMENT)
}

/// The actor an accepted command is recorded under: a member of the
/// public's pseudonym for their acts in a consultation, otherwise the
/// caller's handle.
pub fn recorded_actor(state: &State, caller: &Caller, command: &crate::Command) -> Actor {
    if let crate::Command::Consultation(command) = command
        && let Some(pseudonym) = command.pseudonym()
        && !caller.is_system()
        && state.principal(Some(&caller.actor)).role == Role::Participant
    {
        return pseudonym.clone();
    }
    caller.actor.clone()
}

/// A consultation's schedule, as [`due`] reads it (from the state or the
/// projections).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    /// The consultation.
    pub id: u64,
    /// Where it stands.
    pub status: Status,
    /// When it opens by itself.
    pub opens_at: Option<Timestamp>,
    /// When it closes by itself.
    pub closes_at: Option<Timestamp>,
}

/// The commands that are due at `now`: drafts whose opening time has come
/// open, open consultations whose closing time has passed close. The
/// platform submits them (as [`Caller::system`]); one that another node
/// already submitted is refused harmlessly.
pub fn due(schedules: impl IntoIterator<Item = Schedule>, now: Timestamp) -> Vec<ConsultationCommand> {
    schedules
        .into_iter()
        .filter_map(|c| match c.status {
            Status::Draft if c.opens_at.is_some_and(|t| t <= now) => Some(ConsultationCommand::Open { id: c.id }),
            Status::Open if c.closes_at.is_some_and(|t| t <= now) => Some(ConsultationCommand::Close { id: c.id }),
            _ => None,
        })
        .collect()
}

/// Decides a consultation command. The one authorization gate of the
/// crate's `decide` is asked for every check, with the caller's scope.
pub(crate) fn decide(gate: &Gate, command: &ConsultationCommand) -> Result<Vec<Event>, Rejection> {
    let state = gate.state;
    let caller = gate.caller;
    let consultation = |id: u64| state.consultations().get(id).ok_or(Rejection::UnknownConsultation(id));
    // Who manages (opens, closes, moderates) a consultation: the
    // secretariat, or the head of the delegation that opened it.
    let manages = |id: u64, action: Action| -> Result<&super::Consultation, Rejection> {
        let c = consultation(id)?;
        gate.allow(action, c.settings.member.map_or(Target::None, Target::Member))?;
        Ok(c)
    };
    let wrong_status = |id: u64, status: Status, wanted: &'static str| Rejection::ConsultationStatus {
        id,
        status: status.code(),
        wanted,
    };
    let events: Vec<ConsultationEvent> = match command {
        ConsultationCommand::Create(new) => {
            gate.allow(Action::CreateConsultation, Target::None)?;
            let principal = state.principal(Some(&caller.actor));
            let member = if caller.is_system() { None } else { principal.member };
            let id = state.consultations().count() + 1;
            check_new(new)?;
            // The secretariat and the platform speak for the secretariat, a
            // head for its member state.
            let constituency =
                state.constituency_of(&caller.actor).ok_or_else(|| invalid("caller", "speaks for no one".into()))?;
            let created = ConsultationCreated {
                id,
                language: new.language,
                title: trimmed(&new.title),
                question: trimmed(&new.question),
                audience: new.audience,
                moderation: new.moderation,
                participants_write: new.participants_write,
                results: new.results,
                opens_at: new.opens_at,
                closes_at: new.closes_at,
                member,
            };
            let seeds = new.seeds.iter().zip(1..).map(|(text, statement)| {
                ConsultationEvent::StatementAdded(StatementAdded {
                    consultation: id,
                    statement,
                    language: new.language,
                    blob: statement_blob(text),
                    seed: true,
                    status: StatementStatus::Approved,
                    constituency,
                    original_time: None,
                })
            });
            std::iter::once(ConsultationEvent::Created(created)).chain(seeds).collect()
        }
        ConsultationCommand::Open { id } => {
            let c = manages(*id, Action::ManageConsultation)?;
            if c.import.is_some() {
                return Err(Rejection::ImportedConsultation { id: *id, wanted: "opened" });
            }
            if c.status != Status::Draft {
                return Err(wrong_status(*id, c.status, "opened"));
            }
            vec![ConsultationEvent::Opened(ConsultationRef { id: *id })]
        }
        ConsultationCommand::Close { id } => {
            let c = manages(*id, Action::ManageConsultation)?;
            if c.status != Status::Open {
                return Err(wrong_status(*id, c.status, "closed"));
            }
            vec![ConsultationEvent::Closed(ConsultationRef { id: *id })]
        }
        ConsultationCommand::Reopen { id, closes_at } => {
            let c = manages(*id, Action::ManageConsultation)?;
            if c.import.is_some() {
                return Err(Rejection::ImportedConsultation { id: *id, wanted: "reopened" });
            }
            if c.status != Status::Closed {
                return Err(wrong_status(*id, c.status, "reopened"));
            }
            vec![ConsultationEvent::Reopened(ConsultationReopened { id: *id, closes_at: *closes_at })]
        }
        ConsultationCommand::AddStatement { id, language, text, .. } => {
            let (c, constituency) = taking_part(gate, command, *id)?;
            if !c.settings.participants_write {
                return Err(Rejection::StatementsClosed(*id));
            }
            check_statement_text(text)?;
            let blob = statement_blob(text);
            if let Some(n) = c.statements.iter().position(|s| s.sha256 == blob.sha256) {
                return Err(Rejection::DuplicateStatement { consultation: *id, statement: n as u64 + 1 });
            }
            let status = match c.settings.moderation {
                Moderation::After => StatementStatus::Approved,
                Moderation::Before => StatementStatus::Pending,
            };
            vec![ConsultationEvent::StatementAdded(StatementAdded {
                consultation: *id,
                statement: c.statements.len() as u64 + 1,
                language: *language,
                blob,
                seed: false,
                status,
                constituency,
                original_time: None,
            })]
        }
        ConsultationCommand::Vote { id, statement, choice, .. } => {
            let (c, constituency) = taking_part(gate, command, *id)?;
            let s = existing(c, *statement)?;
            if s.status != StatementStatus::Approved {
                return Err(Rejection::StatementStatus {
                    consultation: *id,
                    statement: *statement,
                    status: s.status.code(),
                });
            }
            vec![ConsultationEvent::Voted(Voted {
                consultation: *id,
                statement: *statement,
                choice: *choice,
                constituency,
                original_time: None,
            })]
        }
        ConsultationCommand::Flag { id, statement, .. } => {
            let (c, _) = taking_part(gate, command, *id)?;
            existing(c, *statement)?;
            vec![ConsultationEvent::StatementFlagged(StatementFlagged { consultation: *id, statement: *statement })]
        }
        ConsultationCommand::Moderate { id, statement, verdict, reason } => {
            let c = manages(*id, Action::ModerateConsultation)?;
            existing(c, *statement)?;
            // A reason is required to reject, and checked whenever given.
            if *verdict == Verdict::Reject || !reason.is_empty() {
                check_text("reason", reason, 1_000)?;
            }
            vec![ConsultationEvent::StatementModerated(StatementModerated {
                consultation: *id,
                statement: *statement,
                verdict: *verdict,
                reason: reason.trim().to_owned(),
            })]
        }
        ConsultationCommand::Import(import) => super::import::decide(gate, import)?,
        ConsultationCommand::Translate { id, statement, language, text } => {
            gate.allow(Action::TranslateStatement, Target::None)?;
            let c = consultation(*id)?;
            let s = existing(c, *statement)?;
            if s.language == *language {
                return Err(invalid("language", format!("statement {statement} is written in that language")));
            }
            check_statement_text(text)?;
            vec![ConsultationEvent::StatementTranslated(StatementTranslated {
                consultation: *id,
                statement: *statement,
                language: *language,
                blob: statement_blob(text),
            })]
        }
    };
    Ok(events.into_iter().map(Event::Consultation).collect())
}

/// Checks that the caller may take part in consultation `id` now, and
/// returns it with the constituency the caller speaks for.
fn taking_part<'a>(
    gate: &Gate<'a>,
    command: &ConsultationCommand,
    id: u64,
) -> Result<(&'a super::Consultation, Constituency), Rejection> {
    let state = gate.state;
    let c = state.consultations().get(id).ok_or(Rejection::UnknownConsultation(id))?;
    gate.allow(Action::TakePart, Target::None)?;
    if c.status != Status::Open {
        return Err(Rejection::ConsultationStatus { id, status: c.status.code(), wanted: "taken part in" });
    }
    let constituency =
        state.constituency_of(&gate.caller.actor).ok_or(Rejection::OutsideAudience { id, audience: "" })?;
    if !c.admits(constituency) {
        return Err(Rejection::OutsideAudience { id, audience: c.settings.audience.code() });
    }
    if constituency == Constituency::Public && !command.pseudonym().is_some_and(is_pseudonym) {
        // The store fills it in; a command without one would record the
        // person's public handle.
        return Err(invalid("pseudonym", "a member of the public takes part under a pseudonym".into()));
    }
    Ok((c, constituency))
}

fn existing(c: &super::Consultation, statement: u64) -> Result<&super::Statement, Rejection> {
    c.statement(statement).ok_or(Rejection::UnknownStatement { consultation: c.settings.id, statement })
}

pub(super) fn trimmed(texts: &BTreeMap<Lang, String>) -> BTreeMap<Lang, String> {
    texts.iter().map(|(lang, text)| (*lang, text.trim().to_owned())).collect()
}

/// Checks a new consultation's texts, times and seeds.
pub(super) fn check_new(new: &NewConsultation) -> Result<(), Rejection> {
    for (field, texts, max) in [("title", &new.title, MAX_TITLE), ("question", &new.question, MAX_QUESTION)] {
        if !texts.contains_key(&new.language) {
            return Err(invalid(field, "enter it in the consultation's language".into()));
        }
        for text in texts.values() {
            check_text(field, text.trim(), max)?;
        }
    }
    if let (Some(opens), Some(closes)) = (new.opens_at, new.closes_at)
        && closes <= opens
    {
        return Err(invalid("closes_at", "the closing time must come after the opening time".into()));
    }
    if new.seeds.len() > MAX_SEEDS {
        return Err(invalid("seeds", format!("give at most {MAX_SEEDS} seed statements")));
    }
    let mut seen: HashSet<Sha256> = HashSet::new();
    for seed in &new.seeds {
        check_text("seeds", seed.trim(), MAX_STATEMENT)?;
        if !seen.insert(statement_blob(seed).sha256) {
            return Err(invalid("seeds", format!("the seed statement {:?} is given twice", seed.trim())));
        }
    }
    Ok(())
}
