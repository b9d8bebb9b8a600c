//! The events of the divide index: the `divide.*` kinds.

use serde::{Deserialize, Serialize};

use super::Decimal;
use crate::event::event_kinds;
use crate::member::Iso3;

event_kinds! {
    /// Something happened to the divide index's data or methodology.
    pub enum DivideEvent {
    /// The secretariat published a version of the methodology.
    MethodologyPublished(MethodologyPublished) = "divide.methodology_published",
    /// Values of one indicator for one state were recorded from a
    /// published source (the shipped data, or a later release).
    SeriesRecorded(SeriesRecorded) = "divide.series_recorded",
    /// A delegation submitted a newer national value, to be reviewed.
    ValueSubmitted(ValueSubmitted) = "divide.value_submitted",
    /// The secretariat accepted a submitted value: it counts from now on.
    SubmissionAccepted(Review) = "divide.submission_accepted",
    /// The secretariat rejected a submitted value, with a public reason.
    SubmissionRejected(Review) = "divide.submission_rejected",
    }
}

/// The body of `divide.methodology_published`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodologyPublished {
    /// The version, one more than the last (the file's own `version`).
    pub version: u32,
    /// The methodology file (TOML), as published.
    pub text: String,
}

/// The body of `divide.series_recorded`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesRecorded {
    /// The state.
    pub member: Iso3,
    /// The indicator's code.
    pub indicator: String,
    /// Where the values come from.
    pub source: String,
    /// The values, by year (each year once). A value of a year already
    /// recorded replaces it.
    pub values: Vec<YearValue>,
}

/// One year's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearValue {
    /// The year it describes.
    pub year: u16,
    /// The value, in the indicator's units.
    pub value: Decimal,
}

/// The body of `divide.value_submitted`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueSubmitted {
    /// The submission's number (1, 2, ...).
    pub submission: u64,
    /// The member state whose value it is.
    pub member: Iso3,
    /// The indicator's code.
    pub indicator: String,
    /// The year it describes.
    pub year: u16,
    /// The value.
    pub value: Decimal,
    /// Where it comes from (a national statistics office's release, a URL).
    pub source: String,
}

/// The body of `divide.submission_accepted` and `divide.submission_rejected`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The submission.
    pub submission: u64,
    /// Why (required when rejecting; may be empty when accepting).
    pub reason: String,
}
