//! The commands of the divide index and their rules.

use std::collections::BTreeSet;

use exchange::{Catalogue, Methodology};

use super::Decimal;
use super::event::{DivideEvent, MethodologyPublished, Review, SeriesRecorded, ValueSubmitted, YearValue};
use crate::authz::{Action, Target};
use crate::command::{Gate, Rejection, check_text, invalid};
use crate::event::Event;
use crate::member::Iso3;

/// The most values one recorded series may hold.
pub const MAX_SERIES_VALUES: usize = 200;

/// The most series one command may record.
pub const MAX_SERIES_PER_COMMAND: usize = 20_000;

/// The longest source, in characters.
pub const MAX_SOURCE: usize = 500;

/// The longest methodology file, in bytes (it must fit in one log entry).
const MAX_METHODOLOGY: usize = 48_000;

/// The earliest year a value may describe.
const FIRST_YEAR: u16 = 1960;

/// Something about the divide index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DivideCommand {
    /// Publish a new version of the methodology (the secretariat).
    PublishMethodology {
        /// The methodology file (TOML); its `version` must be the next one.
        text: String,
    },
    /// Record series of values, each of one indicator for one state, from
    /// published sources (the secretariat, or the platform loading the
    /// shipped data): one event per series, all or none.
    RecordSeries(Vec<SeriesRecorded>),
    /// Submit a newer national value for review (the member state's head
    /// or a delegate).
    SubmitValue(NewValue),
    /// Accept or reject a submission (the secretariat).
    Review {
        /// The submission.
        submission: u64,
        /// Accept (true) or reject (false).
        accept: bool,
        /// Why; required when rejecting.
        reason: String,
    },
}

/// A national value submitted for review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewValue {
    /// The member state.
    pub member: Iso3,
    /// The indicator's code.
    pub indicator: String,
    /// The year it describes.
    pub year: u16,
    /// The value.
    pub value: Decimal,
    /// Where it comes from.
    pub source: String,
}

/// Why a divide command was refused (beyond authorization and field errors).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DivideRejection {
    /// No submission with that number.
    #[error("there is no submission {0}")]
    UnknownSubmission(u64),
    /// The submission was already accepted or rejected.
    #[error("submission {0} was already reviewed")]
    AlreadyReviewed(u64),
    /// The same value already awaits review.
    #[error("submission {existing} for {member} {indicator} {year} already awaits review")]
    AlreadyPending {
        /// The submission awaiting review.
        existing: u64,
        /// The member state.
        member: Iso3,
        /// The indicator.
        indicator: String,
        /// The year.
        year: u16,
    },
}

impl DivideRejection {
    /// The kind of refusal, which decides the HTTP status.
    pub fn kind(&self) -> crate::command::RejectionKind {
        use crate::command::RejectionKind::{Conflict, NotFound};
        match self {
            DivideRejection::UnknownSubmission(_) => NotFound,
            DivideRejection::AlreadyReviewed(_) | DivideRejection::AlreadyPending { .. } => Conflict,
        }
    }
}

impl From<DivideRejection> for Rejection {
    fn from(rejection: DivideRejection) -> Rejection {
        Rejection::Divide(rejection)
    }
}

/// Decides a divide command, asking the one authorization gate for every
/// check.
pub(crate) fn decide(gate: &Gate, command: &DivideCommand) -> Result<Vec<Event>, Rejection> {
    let state = gate.state;
    let divide = state.divide();
    if let DivideCommand::RecordSeries(all) = command {
        gate.allow(Action::RecordIndicatorValues, Target::None)?;
        if all.is_empty() || all.len() > MAX_SERIES_PER_COMMAND {
            return Err(invalid("series", format!("give 1 to {MAX_SERIES_PER_COMMAND} series, not {}", all.len())));
        }
        let this_year = gate.now.year();
        return all
            .iter()
            .map(|series| {
                check_series(state, series, this_year)?;
                Ok(Event::Divide(DivideEvent::SeriesRecorded(series.clone())))
            })
            .collect();
    }
    let event = match command {
        DivideCommand::PublishMethodology { text } => {
            gate.allow(Action::PublishMethodology, Target::None)?;
            let version = check_methodology(text, divide.methodology_version().unwrap_or(0) + 1)?;
            DivideEvent::MethodologyPublished(MethodologyPublished { version, text: text.clone() })
        }
        DivideCommand::RecordSeries(_) => unreachable!("decided above"),
        DivideCommand::SubmitValue(value) => {
            gate.allow(Action::SubmitIndicatorValue, Target::Member(value.member))?;
            if state.member(value.member).is_none() {
                return Err(Rejection::UnknownMember(value.member));
            }
            check_value(&value.indicator, value.year, &value.value, gate.now.year())?;
            check_text("source", &value.source, MAX_SOURCE)?;
            if let Some(existing) = divide.pending_for(value.member, &value.indicator, value.year) {
                return Err(DivideRejection::AlreadyPending {
                    existing,
                    member: value.member,
                    indicator: value.indicator.clone(),
                    year: value.year,
                }
                .into());
            }
            DivideEvent::ValueSubmitted(ValueSubmitted {
                submission: divide.next_submission(),
                member: value.member,
                indicator: value.indicator.clone(),
                year: value.year,
                value: value.value.clone(),
                source: value.source.clone(),
            })
        }
        DivideCommand::Review { submission, accept, reason } => {
            gate.allow(Action::ReviewIndicatorValue, Target::None)?;
            if divide.pending(*submission).is_none() {
                return Err(if *submission >= 1 && *submission < divide.next_submission() {
                    DivideRejection::AlreadyReviewed(*submission)
                } else {
                    DivideRejection::UnknownSubmission(*submission)
                }
                .into());
            }
            if *accept {
                if !reason.is_empty() {
                    check_text("reason", reason, 1000)?;
                }
            } else {
                check_text("reason", reason, 1000)?;
            }
            let review = Review { submission: *submission, reason: reason.clone() };
            if *accept { DivideEvent::SubmissionAccepted(review) } else { DivideEvent::SubmissionRejected(review) }
        }
    };
    Ok(vec![Event::Divide(event)])
}

/// Checks a methodology file and that its version is `next`; returns it.
fn check_methodology(text: &str, next: u32) -> Result<u32, Rejection> {
    if text.len() > MAX_METHODOLOGY {
        return Err(invalid("text", format!("the methodology is {} bytes; at most {MAX_METHODOLOGY}", text.len())));
    }
    let methodology =
        Methodology::parse(text, &Catalogue::shipped()).map_err(|err| invalid("text", err.to_string()))?;
    if methodology.version != next {
        return Err(invalid(
            "text",
            format!("the file says version {}, but the next version is {next}", methodology.version),
        ));
    }
    Ok(next)
}

/// Checks a recorded series: a known state and indicator, a source, each
/// year once, each value possible.
fn check_series(state: &crate::state::State, series: &SeriesRecorded, this_year: i16) -> Result<(), Rejection> {
    if state.member(series.member).is_none() {
        return Err(Rejection::UnknownMember(series.member));
    }
    check_text("source", &series.source, MAX_SOURCE)?;
    if series.values.is_empty() || series.values.len() > MAX_SERIES_VALUES {
        return Err(invalid("values", format!("give 1 to {MAX_SERIES_VALUES} values, not {}", series.values.len())));
    }
    let mut years = BTreeSet::new();
    for YearValue { year, value } in &series.values {
        if !years.insert(*year) {
            return Err(invalid("values", format!("the year {year} is given twice")));
        }
        check_value(&series.indicator, *year, value, this_year)?;
    }
    Ok(())
}

/// Checks one value of `indicator` for `year`: a known indicator, a year
/// neither before 1960 nor after this one, a possible value.
fn check_value(indicator: &str, year: u16, value: &Decimal, this_year: i16) -> Result<(), Rejection> {
    let catalogue = Catalogue::shipped();
    let Some(known) = catalogue.get(indicator) else {
        let codes: Vec<&str> = catalogue.indicators().iter().map(|i| i.code.as_str()).collect();
        return Err(invalid("indicator", format!("unknown indicator {indicator:?}; use one of: {}", codes.join(", "))));
    };
    if year < FIRST_YEAR {
        return Err(invalid("year", format!("{year} is before {FIRST_YEAR}")));
    }
    if i32::from(year) > i32::from(this_year) {
        return Err(invalid("year", format!("{year} is in the future")));
    }
    known.check_value(value.value()).map_err(|err| invalid("value", err.to_string()))
}
