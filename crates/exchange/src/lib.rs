//! The exchange's pure half: the AI divide index now, the matching of what
//! members share with what others need later. No IO, no async, so `domain`
//! never depends on a solver and anyone can recompute a result from the log.
//!
//! The index:
//! - a [`Catalogue`] of the indicators Concord knows (codes from
//!   `data/indicators`, with the bounds a value must lie in);
//! - a [`Methodology`], which is data (TOML, versioned): pillars, their
//!   indicators, direction, transformation, goalposts, how a missing value
//!   is filled, how scores are aggregated, and the sensitivity analysis
//!   ([`Methodology::parse`], with the line of any error);
//! - [`compute`] turns a methodology, the countries and the observed values
//!   into an [`Index`]: each member state's score (0–100), rank, pillar
//!   scores, coverage, filled values, and rank interval.

pub mod catalogue;
pub mod index;
pub mod methodology;

pub use catalogue::{Catalogue, Indicator, ValueError};
pub use index::{Country, ENGINE, FillMethod, Filled, Index, Observation, Options, Score, UsedValue, compute};
pub use methodology::{
    Aggregation, DEFAULT_TOML, Direction, IndicatorSpec, Mean, Methodology, MethodologyError, MethodologyErrorKind,
    Pillar, Transform,
};
