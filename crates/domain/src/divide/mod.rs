//! The AI divide index: indicator values in the log, a methodology that is
//! data, and national submissions the secretariat reviews. The index itself
//! is computed by the pure `exchange` crate from what the log holds
//! ([`DivideLog`]), so anyone can recompute it.
//!
//! This module is the capability's whole domain layer:
//! - its events ([`DivideEvent`], the `divide.*` kinds): a methodology
//!   version published, a series of values recorded from a published
//!   source, a national value submitted, accepted or rejected;
//! - its commands ([`DivideCommand`], decided by its `decide`);
//! - the part of the state they need ([`Divide`]: the latest methodology
//!   version and the submissions awaiting review; values live in the log
//!   and the projections only);
//! - [`DivideLog`], which replays a log into the index's inputs, and
//!   [`shipped_series`], the shipped values as events to record;
//! - [`view`]: the index table filtered and sorted, and a member's pillars
//!   against its group and the frontier, as the pages and the API show them.
//!
//! Values are written in the log as decimal text ([`Decimal`]), never as
//! floating point numbers, so every entry's bytes are canonical.

mod command;
mod decimal;
mod event;
mod log;
mod shipped;
mod state;
#[cfg(test)]
mod tests;
pub mod view;

pub(crate) use command::decide;
pub use command::{DivideCommand, DivideRejection, MAX_SERIES_PER_COMMAND, MAX_SERIES_VALUES, MAX_SOURCE, NewValue};
pub use decimal::Decimal;
pub use event::{DivideEvent, MethodologyPublished, Review, SeriesRecorded, ValueSubmitted, YearValue};
pub use log::{DivideLog, countries_of};
pub use shipped::{shipped_observations, shipped_series};
pub use state::{Divide, PendingSubmission};
