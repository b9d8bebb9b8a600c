//! Consultations: members, stakeholders and the public deliberate on a
//! question by writing short statements and voting on each other's
//! (agree, disagree, pass), as in Pol.is; the `consensus` crate finds the
//! opinion groups and where they agree.
//!
//! This module is the capability's whole domain layer: its events
//! ([`ConsultationEvent`]), its commands ([`ConsultationCommand`], decided
//! by its `decide`), the part of the state they need ([`Consultations`]: the
//! consultations, their statements and their status; never the votes, which
//! live in the log and the projections only), and its rules
//! ([`visibility`]). The crate's `decide`, `State::apply` and the store's
//! projection writer each dispatch to it with one branch.
//!
//! Who takes part and how they are recorded:
//! - delegates, alternates and heads of delegation vote under their public
//!   handle, and each vote names the constituency it speaks for (their
//!   member state); members of organizations likewise (the organization and
//!   its chamber); anyone can check the constituency against the log;
//! - members of the public (participants) vote under a pseudonym per
//!   consultation ([`pseudonym`]), which is the entry's actor, so their
//!   consultations cannot be linked together from the log;
//! - a consultation held on Pol.is is imported by the secretariat from its
//!   export ([`polis`] reads it, `import` holds the rules): its statements
//!   and votes name the export's participant ids, which are not people of
//!   the platform, and the importer is the entries' actor.

pub mod analysis;
mod command;
mod event;
mod import;
mod next;
pub mod polis;
pub mod pseudonym;
mod state;
pub mod visibility;

use serde::{Deserialize, Serialize};

pub(crate) use command::decide;
pub use command::{
    ConsultationCommand, ImportCommand, ImportedStatement, ImportedVote, MAX_IMPORT_STATEMENTS, MAX_IMPORT_VOTES,
    MAX_QUESTION, MAX_SEEDS, MAX_SOURCE, MAX_STATEMENT, MAX_TITLE, NewConsultation, STATEMENT_MEDIA_TYPE, Schedule,
    check_statement_text, due, imported_blob, recorded_actor, statement_blob,
};
pub use event::{
    ConsultationCreated, ConsultationEvent, ConsultationRef, ConsultationReopened, ImportStarted, StatementAdded,
    StatementFlagged, StatementImported, StatementModerated, StatementTranslated, VoteImported, Voted,
};
pub use import::Import;
pub use next::{next_statement, unvoted_priority};
pub use state::{Consultation, Consultations, Statement};

use crate::member::Iso3;
use crate::people::Chamber;

/// Declares a small enum written in the log and the API as a code.
macro_rules! codes {
    ($(#[$doc:meta])* $name:ident { $( $(#[$vdoc:meta])* $variant:ident = $code:literal, )+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$vdoc])* #[serde(rename = $code)] $variant, )+
        }

        impl $name {
            /// Every value.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as written in the log and the API.
            pub fn code(self) -> &'static str {
                match self {
                    $( $name::$variant => $code, )+
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;

            fn from_str(text: &str) -> Result<$name, String> {
                match text {
                    $( $code => Ok($name::$variant), )+
                    other => Err(format!(
                        "{other:?} is not one of: {}",
                        [$($code),+].join(", ")
                    )),
                }
            }
        }
    };
}

pub(crate) use codes;

codes! {
    /// Who may take part in a consultation.
    Audience {
        /// Everyone signed in, members of the public included.
        Everyone = "everyone",
        /// Member state delegations only.
        Members = "members",
        /// Delegations and members of stakeholder organizations.
        MembersAndStakeholders = "members_and_stakeholders",
    }
}

codes! {
    /// When participants' statements are moderated.
    Moderation {
        /// Shown at once, moderated afterwards.
        After = "after",
        /// Held until a moderator approves them.
        Before = "before",
    }
}

codes! {
    /// Who sees the results while the consultation is open (after it
    /// closes, everyone does).
    ResultsVisibility {
        /// Everyone, signed in or not.
        Everyone = "everyone",
        /// Only those who have voted (and the moderators).
        Participants = "participants",
    }
}

codes! {
    /// Where a consultation stands.
    Status {
        /// Being prepared: seen only by those who manage it.
        Draft = "draft",
        /// Taking votes and statements.
        Open = "open",
        /// Finished; reopening is an event too.
        Closed = "closed",
    }
}

codes! {
    /// Where a statement stands in moderation.
    StatementStatus {
        /// Waiting for a moderator (pre-moderated consultations).
        Pending = "pending",
        /// Shown to participants and voted on.
        Approved = "approved",
        /// Taken out of the conversation, with a public reason.
        Rejected = "rejected",
    }
}

codes! {
    /// A moderator's decision on a statement.
    Verdict {
        /// Show it and take votes on it.
        Approve = "approve",
        /// Take it out, with a public reason.
        Reject = "reject",
        /// Keep it, but as a statement about the conversation itself (Pol.is's
        /// "meta"): voted on, left out of the opinion groups.
        Meta = "meta",
    }
}

codes! {
    /// A vote on a statement, in the Pol.is export's sign convention.
    Choice {
        /// Agree (1).
        Agree = "agree",
        /// Disagree (-1).
        Disagree = "disagree",
        /// Pass, unsure (0).
        Pass = "pass",
    }
}

impl Choice {
    /// The vote as Pol.is writes it: agree 1, disagree -1, pass 0.
    pub fn value(self) -> i8 {
        match self {
            Choice::Agree => 1,
            Choice::Disagree => -1,
            Choice::Pass => 0,
        }
    }

    /// The choice of a Pol.is vote value.
    pub fn from_value(value: i64) -> Option<Choice> {
        match value {
            1 => Some(Choice::Agree),
            -1 => Some(Choice::Disagree),
            0 => Some(Choice::Pass),
            _ => None,
        }
    }
}

/// The constituency a vote or statement speaks for, recorded in its event
/// so that anyone can check it against the log and tally by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "of", rename_all = "snake_case", deny_unknown_fields)]
pub enum Constituency {
    /// A member state's delegation (its regional group is in the log).
    Member {
        /// The member state.
        member: Iso3,
    },
    /// A stakeholder organization, in its chamber.
    Organization {
        /// The organization.
        organization: u64,
        /// Its chamber.
        chamber: Chamber,
    },
    /// A member of the public, under a pseudonym.
    Public,
    /// The secretariat (seed statements only: it does not vote).
    Secretariat,
}

#[cfg(test)]
mod tests;

impl Constituency {
    /// The constituency as one text, as the projections keep it:
    /// `member:KEN`, `organization:3:research`, `public`, `secretariat`.
    pub fn code(self) -> String {
        match self {
            Constituency::Member { member } => format!("member:{member}"),
            Constituency::Organization { organization, chamber } => {
                format!("organization:{organization}:{}", chamber.code())
            }
            Constituency::Public => "public".into(),
            Constituency::Secretariat => "secretariat".into(),
        }
    }
}

impl std::str::FromStr for Constituency {
    type Err = String;

    fn from_str(text: &str) -> Result<Constituency, String> {
        let wrong = || format!("{text:?} is not a constituency");
        match text.split(':').collect::<Vec<_>>().as_slice() {
            ["public"] => Ok(Constituency::Public),
            ["secretariat"] => Ok(Constituency::Secretariat),
            ["member", member] => Ok(Constituency::Member { member: member.parse().map_err(|_| wrong())? }),
            ["organization", id, chamber] => Ok(Constituency::Organization {
                organization: id.parse().map_err(|_| wrong())?,
                chamber: chamber.parse().map_err(|_| wrong())?,
            }),
            _ => Err(wrong()),
        }
    }
}
