//! The part of the state the divide index needs: the latest methodology
//! version and the submissions awaiting review. Values are never held here.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::event::DivideEvent;
use crate::member::Iso3;

/// The divide index as `decide` needs it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Divide {
    /// The latest methodology version published (0: none yet).
    methodology: u32,
    /// How many submissions were made.
    submissions: u64,
    /// The submissions awaiting review.
    pending: BTreeMap<u64, PendingSubmission>,
}

/// A submission awaiting review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PendingSubmission {
    /// The member state.
    pub member: Iso3,
    /// The indicator.
    pub indicator: String,
    /// The year.
    pub year: u16,
}

impl Divide {
    /// The latest methodology version published, if any.
    pub fn methodology_version(&self) -> Option<u32> {
        (self.methodology > 0).then_some(self.methodology)
    }

    /// The number the next submission gets.
    pub fn next_submission(&self) -> u64 {
        self.submissions + 1
    }

    /// Submission `id`, if it awaits review.
    pub fn pending(&self, id: u64) -> Option<&PendingSubmission> {
        self.pending.get(&id)
    }

    /// Whether a submission for the same member state, indicator and year
    /// awaits review.
    pub fn pending_for(&self, member: Iso3, indicator: &str, year: u16) -> Option<u64> {
        self.pending
            .iter()
            .find(|(_, p)| p.member == member && p.indicator == indicator && p.year == year)
            .map(|(id, _)| *id)
    }

    /// Applies an event; an error means the log contradicts itself.
    pub(crate) fn apply(&mut self, event: &DivideEvent) -> Result<(), String> {
        match event {
            DivideEvent::MethodologyPublished(published) => {
                if published.version != self.methodology + 1 {
                    return Err(format!(
                        "methodology version {} follows version {}",
                        published.version, self.methodology
                    ));
                }
                self.methodology = published.version;
            }
            DivideEvent::SeriesRecorded(_) => {}
            DivideEvent::ValueSubmitted(submitted) => {
                if submitted.submission != self.submissions + 1 {
                    return Err(format!("submission {} follows submission {}", submitted.submission, self.submissions));
                }
                self.submissions = submitted.submission;
                let pending = PendingSubmission {
                    member: submitted.member,
                    indicator: submitted.indicator.clone(),
                    year: submitted.year,
                };
                self.pending.insert(submitted.submission, pending);
            }
            DivideEvent::SubmissionAccepted(review) | DivideEvent::SubmissionRejected(review) => {
                if self.pending.remove(&review.submission).is_none() {
                    return Err(format!("submission {} is not awaiting review", review.submission));
                }
            }
        }
        Ok(())
    }
}
