//! Replaying a log into the index's inputs, so the server, `concord divide
//! compute --url` and anyone else compute the same index from the same
//! entries.

use std::collections::BTreeMap;

use exchange::{Country, Index, Methodology, MethodologyError, Observation, Options};

use super::event::{DivideEvent, ValueSubmitted};
use crate::envelope::Envelope;
use crate::event::Event;
use crate::member::{Iso3, MemberState};

/// What the log says the index is computed from: the states, every value
/// recorded or accepted (a later value of the same state, indicator and
/// year replaces an earlier one), and the latest methodology.
#[derive(Debug, Clone, Default)]
pub struct DivideLog {
    countries: BTreeMap<Iso3, Country>,
    values: BTreeMap<(Iso3, String, u16), f64>,
    /// Submissions awaiting review (they count once accepted).
    submitted: BTreeMap<u64, ValueSubmitted>,
    /// The latest methodology published: its version and text.
    methodology: Option<(u32, String)>,
    log_size: u64,
}

impl DivideLog {
    /// An empty log.
    pub fn new() -> DivideLog {
        DivideLog::default()
    }

    /// Reads the next entry (entries must come in log order).
    pub fn push(&mut self, envelope: &Envelope) {
        self.log_size = envelope.index + 1;
        match &envelope.event {
            Event::MemberAdmitted(member) => {
                self.countries.insert(member.iso3, country_of(member));
            }
            Event::Divide(event) => self.apply(event),
            _ => {}
        }
    }

    fn apply(&mut self, event: &DivideEvent) {
        match event {
            DivideEvent::MethodologyPublished(published) => {
                self.methodology = Some((published.version, published.text.clone()));
            }
            DivideEvent::SeriesRecorded(series) => {
                for value in &series.values {
                    self.values.insert((series.member, series.indicator.clone(), value.year), value.value.value());
                }
            }
            DivideEvent::ValueSubmitted(submitted) => {
                self.submitted.insert(submitted.submission, submitted.clone());
            }
            DivideEvent::SubmissionAccepted(review) => {
                if let Some(s) = self.submitted.remove(&review.submission) {
                    self.values.insert((s.member, s.indicator, s.year), s.value.value());
                }
            }
            DivideEvent::SubmissionRejected(review) => {
                self.submitted.remove(&review.submission);
            }
        }
    }

    /// How many entries were read.
    pub fn log_size(&self) -> u64 {
        self.log_size
    }

    /// Whether any value was recorded.
    pub fn has_values(&self) -> bool {
        !self.values.is_empty()
    }

    /// The latest methodology published, or the shipped default if none
    /// was (an error only if a published file no longer parses, which a
    /// newer catalogue could cause).
    pub fn methodology(&self) -> Result<Methodology, MethodologyError> {
        match &self.methodology {
            Some((_, text)) => Methodology::parse(text, &exchange::Catalogue::shipped()),
            None => Ok(Methodology::default_shipped()),
        }
    }

    /// The states, in code order.
    pub fn countries(&self) -> Vec<Country> {
        self.countries.values().cloned().collect()
    }

    /// Every value, one per state, indicator and year.
    pub fn observations(&self) -> Vec<Observation> {
        self.values
            .iter()
            .map(|((iso3, indicator, year), value)| Observation {
                iso3: iso3.to_string(),
                indicator: indicator.clone(),
                year: *year,
                value: *value,
            })
            .collect()
    }

    /// Computes the index as of the entries read.
    pub fn compute(&self, options: Options) -> Result<Index, MethodologyError> {
        let methodology = self.methodology()?;
        Ok(exchange::compute(&methodology, &self.countries(), &self.observations(), options))
    }
}

/// A state as the index sees it.
fn country_of(member: &MemberState) -> Country {
    Country {
        iso3: member.iso3.to_string(),
        region: member.regional_group.map(|g| g.code().to_owned()),
        income: member.income_group.map(|g| g.code().to_owned()),
        member: member.votes(),
    }
}

/// The states as the index sees them (for computing from files).
pub fn countries_of(members: &[MemberState]) -> Vec<Country> {
    members.iter().map(country_of).collect()
}
