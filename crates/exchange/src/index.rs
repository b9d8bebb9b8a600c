//! Computing the index: fill, transform, scale, aggregate, rank, and the
//! rank interval of the sensitivity analysis.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::methodology::Methodology;

/// The engine's name and version, stored with every computed index: a
/// change that can change any result bumps it.
pub const ENGINE: &str = concat!("concord-divide/", env!("CARGO_PKG_VERSION"), "+1");

/// A state, as the index needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code.
    pub iso3: String,
    /// The UN regional group's code, if any (observer states have none).
    pub region: Option<String>,
    /// The World Bank income group's code, if classified.
    pub income: Option<String>,
    /// A member state (ranked) or an observer state (scored, shown apart).
    pub member: bool,
}

/// One observed value.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    /// The state.
    pub iso3: String,
    /// The indicator's code.
    pub indicator: String,
    /// The year it describes.
    pub year: u16,
    /// The value, in the indicator's units. A later observation of the same
    /// state, indicator and year replaces an earlier one.
    pub value: f64,
}

/// The sensitivity analysis's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The seed of the weight draws: the same seed gives the same output.
    pub seed: u64,
    /// How many weight draws (0: no interval; rank_low = rank_high = rank).
    pub draws: u32,
}

impl Default for Options {
    fn default() -> Options {
        Options { seed: 0, draws: 1_000 }
    }
}

/// A computed index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// The engine that computed it ([`ENGINE`]).
    pub engine: String,
    /// The methodology's version.
    pub methodology: u32,
    /// The reference year.
    pub year: u16,
    /// The seed and number of draws of the sensitivity analysis.
    pub seed: u64,
    /// The number of weight draws.
    pub draws: u32,
    /// Member states, by rank (then ISO code).
    pub members: Vec<Score>,
    /// Observer states, by score; their `rank` is where they would stand
    /// among the members, for information only.
    pub observers: Vec<Score>,
}

/// One state's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// ISO 3166-1 alpha-3 code.
    pub iso3: String,
    /// 0–100.
    pub score: f64,
    /// 1 = highest; equal scores share a rank (competition ranking: 1, 2, 2, 4).
    pub rank: u32,
    /// The 5th percentile of the rank over the weight draws.
    pub rank_low: u32,
    /// The 95th percentile of the rank over the weight draws.
    pub rank_high: u32,
    /// Each pillar's score, 0–100, by pillar id.
    pub pillars: BTreeMap<String, f64>,
    /// The share of the methodology's indicators observed in the reference year (0–1).
    pub coverage: f64,
    /// Every value that was not observed in the reference year, and how it was filled.
    pub filled: Vec<Filled>,
    /// Every value used, in the methodology's order: what `divide explain` shows.
    pub values: Vec<UsedValue>,
}

/// A value that was filled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filled {
    /// The indicator.
    pub indicator: String,
    /// The year of the value used (the reference year for a median).
    pub year: u16,
    /// How.
    pub method: FillMethod,
}

/// How a missing value was filled, in the order tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FillMethod {
    /// The state's own latest value within the fill window.
    Latest,
    /// The median of the states of the same regional and income group.
    GroupMedian,
    /// The median of the same regional group (no income group, or no peer with a value).
    RegionMedian,
    /// The median of the same income group (no regional group).
    IncomeMedian,
    /// The median of all states with a value.
    OverallMedian,
}

/// One value as used in a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UsedValue {
    /// The pillar it counts in.
    pub pillar: String,
    /// The indicator.
    pub indicator: String,
    /// The raw value used (observed or filled).
    pub value: f64,
    /// The year of that value.
    pub year: u16,
    /// How it was filled, if it was.
    pub filled: Option<FillMethod>,
    /// Its score after transform, goalposts and direction, 0–1.
    pub scaled: f64,
    /// Its weight within the pillar.
    pub weight: f64,
}

/// Computes the index of `countries` from `observations` by `methodology`.
/// Every country gets a score; members are ranked.
pub fn compute(
    methodology: &Methodology,
    countries: &[Country],
    observations: &[Observation],
    options: Options,
) -> Index {
    let _ = (methodology, countries, observations, options);
    todo!()
}
