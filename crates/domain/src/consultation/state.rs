//! The part of the state consultations need to decide commands: each
//! consultation's settings and status, and its statements with their
//! moderation status. Votes are not kept: a vote is decided against the
//! consultation and the statement, never against earlier votes, so the
//! state stays small however many votes the log holds.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::event::{ConsultationCreated, ConsultationEvent};
use super::{Audience, Constituency, StatementStatus, Status, Verdict};
use crate::blob::Sha256;
use crate::envelope::{Actor, Timestamp};
use crate::lang::Lang;

/// Every consultation, by number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consultations {
    list: BTreeMap<u64, Consultation>,
}

/// A consultation as the log describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    /// Its settings when created.
    pub settings: ConsultationCreated,
    /// Who created it.
    pub created_by: Actor,
    /// Where it stands.
    pub status: Status,
    /// When it closes by itself, if set (a reopening may change it).
    pub closes_at: Option<Timestamp>,
    /// Its statements; statement `n` is at `n - 1`.
    pub statements: Vec<Statement>,
    /// The hashes of the statements' texts, to refuse exact duplicates.
    texts: BTreeSet<Sha256>,
    /// Its import, if it was imported from elsewhere (kept after the
    /// import finished: an imported consultation is a record).
    pub import: Option<super::import::Import>,
}

/// A statement as the log describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// The language it is written in.
    pub language: Lang,
    /// The hash of its text.
    pub sha256: Sha256,
    /// Whether it is a seed statement.
    pub seed: bool,
    /// Its moderation status.
    pub status: StatementStatus,
    /// Whether a moderator marked it as meta.
    pub meta: bool,
    /// The languages it has been translated into.
    pub translations: BTreeSet<Lang>,
}

impl Consultation {
    /// Its schedule, for [`super::due`].
    pub fn schedule(&self) -> super::command::Schedule {
        super::command::Schedule {
            id: self.settings.id,
            status: self.status,
            opens_at: self.settings.opens_at,
            closes_at: self.closes_at,
        }
    }

    /// Statement `number` (from 1).
    pub fn statement(&self, number: u64) -> Option<&Statement> {
        let index = usize::try_from(number.checked_sub(1)?).ok()?;
        self.statements.get(index)
    }

    /// Whether someone speaking for `constituency` is in the audience.
    pub fn admits(&self, constituency: Constituency) -> bool {
        match (self.settings.audience, constituency) {
            (_, Constituency::Secretariat) => false,
            (Audience::Everyone, _) => true,
            (Audience::Members, Constituency::Member { .. }) => true,
            (Audience::MembersAndStakeholders, Constituency::Member { .. } | Constituency::Organization { .. }) => true,
            (Audience::Members | Audience::MembersAndStakeholders, _) => false,
        }
    }

    fn statement_mut(&mut self, number: u64) -> Result<&mut Statement, String> {
        let id = self.settings.id;
        let index = number.checked_sub(1).and_then(|i| usize::try_from(i).ok());
        index
            .and_then(|i| self.statements.get_mut(i))
            .ok_or_else(|| format!("consultation {id} has no statement {number}"))
    }
}

impl Consultations {
    /// Consultation `id`.
    pub fn get(&self, id: u64) -> Option<&Consultation> {
        self.list.get(&id)
    }

    /// Every consultation, by number.
    pub fn iter(&self) -> impl Iterator<Item = &Consultation> {
        self.list.values()
    }

    /// The number of consultations created.
    pub fn count(&self) -> u64 {
        self.list.len() as u64
    }

    /// Folds one event, by `actor`, whose constituency the state gives as
    /// `constituency` (`None` for someone who speaks for no one, such as an
    /// observer). On error nothing changed.
    pub(crate) fn apply(
        &mut self,
        event: &ConsultationEvent,
        actor: &Actor,
        constituency: Option<Constituency>,
    ) -> Result<(), String> {
        let id = event.consultation();
        if let ConsultationEvent::Created(created) = event {
            if id != self.count() + 1 {
                return Err(format!("consultation {id} created after consultation {}", self.count()));
            }
            let consultation = Consultation {
                settings: created.clone(),
                created_by: actor.clone(),
                status: Status::Draft,
                closes_at: created.closes_at,
                statements: Vec::new(),
                texts: BTreeSet::new(),
                import: None,
            };
            self.list.insert(id, consultation);
            return Ok(());
        }
        let consultation = self.list.get_mut(&id).ok_or_else(|| format!("there is no consultation {id}"))?;
        let speaks_for = |recorded: Constituency| {
            if constituency == Some(recorded) {
                Ok(())
            } else {
                Err(format!("{actor} does not speak for {recorded:?} (the log gives {constituency:?})"))
            }
        };
        let status = consultation.status;
        let imported = consultation.import.is_some();
        let importing = || {
            if imported && status == Status::Draft {
                Ok(())
            } else {
                Err(format!("consultation {id} is not being imported"))
            }
        };
        let recorded = || if imported { Err(format!("consultation {id} is an imported record")) } else { Ok(()) };
        let expect = |wanted: Status| {
            if status == wanted { Ok(()) } else { Err(format!("consultation {id} is {}", status.code())) }
        };
        match event {
            ConsultationEvent::Created(_) => unreachable!("handled above"),
            ConsultationEvent::Opened(_) => {
                recorded()?;
                expect(Status::Draft)?;
                consultation.status = Status::Open;
            }
            ConsultationEvent::Closed(_) => {
                expect(Status::Open)?;
                consultation.status = Status::Closed;
            }
            ConsultationEvent::Reopened(reopened) => {
                recorded()?;
                expect(Status::Closed)?;
                consultation.status = Status::Open;
                consultation.closes_at = reopened.closes_at;
            }
            ConsultationEvent::StatementAdded(added) => {
                speaks_for(added.constituency)?;
                if added.statement != consultation.statements.len() as u64 + 1 {
                    return Err(format!(
                        "statement {} added after statement {}",
                        added.statement,
                        consultation.statements.len()
                    ));
                }
                if !consultation.texts.insert(added.blob.sha256) {
                    return Err(format!("statement {} repeats an earlier statement", added.statement));
                }
                consultation.statements.push(Statement {
                    language: added.language,
                    sha256: added.blob.sha256,
                    seed: added.seed,
                    status: added.status,
                    meta: false,
                    translations: BTreeSet::new(),
                });
            }
            ConsultationEvent::StatementModerated(moderated) => {
                let statement = consultation.statement_mut(moderated.statement)?;
                (statement.status, statement.meta) = match moderated.verdict {
                    Verdict::Approve => (StatementStatus::Approved, false),
                    Verdict::Reject => (StatementStatus::Rejected, false),
                    Verdict::Meta => (StatementStatus::Approved, true),
                };
            }
            ConsultationEvent::StatementTranslated(translated) => {
                let statement = consultation.statement_mut(translated.statement)?;
                if statement.language == translated.language {
                    return Err(format!("statement {} is already in that language", translated.statement));
                }
                statement.translations.insert(translated.language);
            }
            ConsultationEvent::StatementFlagged(flagged) => {
                consultation.statement_mut(flagged.statement)?;
            }
            ConsultationEvent::Voted(voted) => {
                expect(Status::Open)?;
                speaks_for(voted.constituency)?;
                let statement = consultation.statement_mut(voted.statement)?;
                if statement.status != StatementStatus::Approved {
                    return Err(format!("statement {} is {}", voted.statement, statement.status.code()));
                }
            }
            ConsultationEvent::ImportStarted(_) => {
                expect(Status::Draft)?;
                if imported || !consultation.statements.is_empty() {
                    return Err(format!("consultation {id} cannot begin an import now"));
                }
                consultation.import = Some(super::import::Import::default());
            }
            ConsultationEvent::StatementImported(added) => {
                importing()?;
                if added.statement != consultation.statements.len() as u64 + 1 {
                    return Err(format!(
                        "statement {} added after statement {}",
                        added.statement,
                        consultation.statements.len()
                    ));
                }
                let import = consultation.import.get_or_insert_default();
                if import.statements.insert(added.polis_id, added.statement).is_some() {
                    return Err(format!("comment {} is imported twice", added.polis_id));
                }
                consultation.texts.insert(added.blob.sha256);
                consultation.statements.push(Statement {
                    language: added.language,
                    sha256: added.blob.sha256,
                    seed: false,
                    status: added.status,
                    meta: false,
                    translations: BTreeSet::new(),
                });
            }
            ConsultationEvent::VoteImported(voted) => {
                importing()?;
                consultation.statement_mut(voted.statement)?;
            }
            ConsultationEvent::ImportFinished(_) => {
                importing()?;
                consultation.status = Status::Closed;
            }
        }
        Ok(())
    }
}
