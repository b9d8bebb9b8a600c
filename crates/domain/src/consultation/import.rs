//! The rules of importing a consultation held elsewhere (a Pol.is export,
//! read by [`super::polis`]): who may, in which steps, and what each step
//! records.
//!
//! - `Begin` records `consultation.created` (a draft for everyone, with no
//!   seeds; drafts are seen only by those who manage them, here the
//!   secretariat) and `consultation.import_started` in one command.
//! - `Batch` records one `consultation.statement_imported` per statement,
//!   then one `consultation.vote_imported` per vote, in the order given.
//!   Only batches add to a consultation being imported: it is a draft, so
//!   no one takes part in it, and it can be neither opened nor reopened.
//! - `Finish` records `consultation.import_finished`: the consultation is
//!   closed, and its import refuses further batches.
//!
//! Each step asks the authorization table for
//! [`Action::ImportConsultation`] (the secretariat), through the one gate.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::command::{
    ImportCommand, ImportedStatement, MAX_IMPORT_STATEMENTS, MAX_IMPORT_VOTES, MAX_SOURCE, NewConsultation, check_new,
    imported_blob, trimmed,
};
use super::event::{
    ConsultationCreated, ConsultationEvent, ConsultationRef, ImportStarted, StatementImported, VoteImported,
};
use super::polis::{MAX_COMMENT, check_participant};
use super::{Audience, Moderation, ResultsVisibility, Status};
use crate::authz::{Action, Target};
use crate::command::{Gate, Rejection, check_text, invalid};
use crate::envelope::MAX_SAFE_INTEGER;

/// What the state keeps of an import: the statement number of each
/// imported comment id, and nothing of the votes. (Ordered, as all of the
/// state, so a snapshot of it is always the same bytes.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Import {
    /// Statement number by the export's comment id.
    pub statements: BTreeMap<u64, u64>,
}

/// Decides one step of an import.
pub(super) fn decide(gate: &Gate, command: &ImportCommand) -> Result<Vec<ConsultationEvent>, Rejection> {
    gate.allow(Action::ImportConsultation, Target::None)?;
    match command {
        ImportCommand::Begin { language, title, question, source } => {
            let new = NewConsultation {
                language: *language,
                title: BTreeMap::from([(*language, title.clone())]),
                question: BTreeMap::from([(*language, question.clone())]),
                audience: Audience::Everyone,
                moderation: Moderation::After,
                participants_write: false,
                results: ResultsVisibility::Everyone,
                opens_at: None,
                closes_at: None,
                seeds: Vec::new(),
            };
            check_new(&new)?;
            check_text("source", source.trim(), MAX_SOURCE)?;
            let id = gate.state.consultations().count() + 1;
            Ok(vec![
                ConsultationEvent::Created(ConsultationCreated {
                    id,
                    language: new.language,
                    title: trimmed(&new.title),
                    question: trimmed(&new.question),
                    audience: new.audience,
                    moderation: new.moderation,
                    participants_write: new.participants_write,
                    results: new.results,
                    opens_at: None,
                    closes_at: None,
                    member: None,
                }),
                ConsultationEvent::ImportStarted(ImportStarted { id, source: source.trim().to_owned() }),
            ])
        }
        ImportCommand::Batch { id, statements, votes } => {
            let (c, import) = importing(gate, *id, "imported into")?;
            if statements.len() > MAX_IMPORT_STATEMENTS {
                return Err(invalid("statements", format!("send at most {MAX_IMPORT_STATEMENTS} in one batch")));
            }
            if votes.len() > MAX_IMPORT_VOTES {
                return Err(invalid("votes", format!("send at most {MAX_IMPORT_VOTES} in one batch")));
            }
            let mut numbers: HashMap<u64, u64> = HashMap::new();
            let mut events = Vec::with_capacity(statements.len() + votes.len());
            for (next, statement) in (c.statements.len() as u64 + 1..).zip(statements) {
                check_statement(statement)?;
                let known = import.statements.get(&statement.polis_id).or(numbers.get(&statement.polis_id));
                if let Some(&number) = known {
                    let comment = statement.polis_id;
                    return Err(Rejection::DuplicateComment { consultation: *id, comment, statement: number });
                }
                numbers.insert(statement.polis_id, next);
                events.push(ConsultationEvent::StatementImported(StatementImported {
                    consultation: *id,
                    statement: next,
                    polis_id: statement.polis_id,
                    author: statement.author.clone(),
                    language: c.settings.language,
                    blob: imported_blob(&statement.text),
                    status: statement.status,
                    time: statement.time,
                }));
            }
            for vote in votes {
                check_participant(&vote.participant)
                    .map_err(|why| invalid("votes", format!("{:?}: {why}", vote.participant)))?;
                let number = import
                    .statements
                    .get(&vote.comment)
                    .or(numbers.get(&vote.comment))
                    .ok_or(Rejection::UnknownComment { consultation: *id, comment: vote.comment })?;
                events.push(ConsultationEvent::VoteImported(VoteImported {
                    consultation: *id,
                    statement: *number,
                    participant: vote.participant.clone(),
                    choice: vote.choice,
                    time: vote.time,
                }));
            }
            Ok(events)
        }
        ImportCommand::Finish { id } => {
            importing(gate, *id, "finished")?;
            Ok(vec![ConsultationEvent::ImportFinished(ConsultationRef { id: *id })])
        }
    }
}

/// Consultation `id` with its import, if it is being imported (a draft).
fn importing<'a>(
    gate: &Gate<'a>,
    id: u64,
    wanted: &'static str,
) -> Result<(&'a super::Consultation, &'a Import), Rejection> {
    let c = gate.state.consultations().get(id).ok_or(Rejection::UnknownConsultation(id))?;
    let import = c.import.as_ref().ok_or(Rejection::NotImported(id))?;
    if c.status != Status::Draft {
        return Err(Rejection::ConsultationStatus { id, status: c.status.code(), wanted });
    }
    Ok((c, import))
}

/// Checks an imported statement: some text, at most [`MAX_COMMENT`]
/// characters (line breaks allowed: exports hold them), an author id.
fn check_statement(statement: &ImportedStatement) -> Result<(), Rejection> {
    let polis_id = statement.polis_id;
    if polis_id > MAX_SAFE_INTEGER {
        return Err(invalid("statements", format!("comment id {polis_id} is larger than 2^53 - 1")));
    }
    if statement.text.trim().is_empty() {
        return Err(invalid("statements", format!("comment {polis_id} has no text")));
    }
    if statement.text.chars().count() > MAX_COMMENT {
        return Err(invalid("statements", format!("comment {polis_id} is longer than {MAX_COMMENT} characters")));
    }
    check_participant(&statement.author)
        .map_err(|why| invalid("statements", format!("the author of comment {polis_id}: {why}")))
}
