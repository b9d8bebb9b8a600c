//! Decision rules: the charter's procedures as data, exact tallies, and
//! explanations in the six UN languages. No IO, no async.
//!
//! - A [`Procedure`] is data: a name, its source, the groups members belong
//!   to, and one [`Clause`] (majority, quorum, support across groups, no
//!   single group, weighted double majority, consensus with a silence
//!   period, and `all-of`/`any-of` to combine them). It is written in TOML
//!   ([`Procedure::from_toml`], with the line of any error) and serializes
//!   with serde in the same shape, so it can be stored in an event.
//! - A tally takes an [`Electorate`] (members with their group, weight and
//!   eligibility) and their [`Positions`] (votes, and the record of a
//!   silence procedure), and yields a [`Tally`]: the [`Outcome`], each
//!   clause's [`Verdict`] with its numbers, and an explanation made of
//!   [`Message`]s (Fluent ids with arguments).
//! - A [`Localizer`] renders those messages in Arabic, Chinese, English,
//!   French, Russian and Spanish from Fluent files embedded in the crate.
//!
//! # Procedure files
//!
//! A TOML table with `name`, optional `source` (where the rule comes from)
//! and `groups` (default: the five UN regional groups), and one `[rule]`
//! with a `kind`:
//!
//! | kind | keys |
//! |---|---|
//! | `majority` | `of` (`present-and-voting`, `eligible`, `all-members`), `threshold` (`"> 1/2"`, `">= 2/3"`, `">= 55%"`), `abstentions` (`not-counted`, the default, or `counted`; present and voting only) |
//! | `quorum` | `threshold`: the share of eligible members taking part (voting yes, no or abstaining) |
//! | `groups` | `min-groups`, `within` (a majority table without `kind`; default more than half of the group's members present and voting), `among` (group names; default all) |
//! | `no-single-group` | `at-most`: the largest share of the yes votes one group may supply (`"1/3"`) |
//! | `weighted` | `of`, `weight` and/or `members` thresholds (a double majority) |
//! | `all-of`, `any-of` | `clauses`: a list of clauses (`[[rule.clauses]]`) |
//! | `consensus` | `silence-hours`, `fallback` (a clause applied once a formal objection breaks silence) |
//!
//! Every error names its line and column and what to write instead. The
//! files under `examples/procedures/` show each kind.
//!
//! All arithmetic is exact: shares are fractions of integers ([`Threshold`],
//! [`Fraction`]) compared by cross-multiplication, never floating point, so
//! "at least two-thirds" passes 94 of 141 and fails 93.
//!
//! ```
//! use rules::{Electorate, Lang, Localizer, Member, Outcome, Positions, Procedure, Vote};
//!
//! let procedure = Procedure::from_toml(r#"
//!     name = "Important question"
//!     source = "UN General Assembly Rules of Procedure, rules 83 and 86"
//!     [rule]
//!     kind = "majority"
//!     of = "present-and-voting"
//!     threshold = ">= 2/3"
//! "#)?;
//! let electorate = Electorate::new(
//!     ["A", "B", "C", "D"].into_iter().map(Member::new).collect(),
//! )?;
//! let positions = Positions {
//!     votes: vec![
//!         ("A".into(), Vote::Yes),
//!         ("B".into(), Vote::Yes),
//!         ("C".into(), Vote::No),
//!         ("D".into(), Vote::Abstain),
//!     ],
//!     ..Positions::default()
//! };
//! let tally = procedure.tally(&electorate, &positions)?;
//! // Two of the three members present and voting: exactly two-thirds.
//! assert_eq!(tally.outcome, Outcome::Adopted);
//!
//! let text = Localizer::new().explain(Lang::En, &tally);
//! assert!(text.starts_with("Adopted."));
//! assert!(text.contains("Yes: 2 of 3; needed: 2."));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod i18n;
mod message;
mod procedure;
mod ratio;
mod tally;
mod toml_file;

pub use i18n::{Lang, Localizer, MESSAGE_IDS, RenderError, UnknownLang};
pub use message::{Arg, Message};
pub use procedure::{
    Abstentions, Base, Clause, ClauseList, Consensus, Groups, Invalid, InvalidAt, Majority, NoSingleGroup, PathSegment,
    Procedure, Quorum, UN_REGIONAL_GROUPS, Weighted,
};
pub use ratio::{Comparison, Fraction, Threshold, ThresholdError};
pub use tally::{
    ClauseResult, ConsensusRecord, Counts, Electorate, Line, Member, Note, Outcome, Positions, Statement,
    StatementKind, Tally, TallyError, Verdict, Vote,
};
pub use toml_file::{ProcedureError, ProcedureErrorKind, WriteError};
