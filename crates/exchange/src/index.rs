//! Computing the index: fill, transform, scale, aggregate, rank, and the
//! rank interval of the sensitivity analysis.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::methodology::Methodology;
use crate::{aggregate, fill, rank, sensitivity};

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
    /// The 5th percentile of the rank over the weight draws (nearest-rank
    /// method), or `rank` if that is lower.
    pub rank_low: u32,
    /// The 95th percentile of the rank over the weight draws (nearest-rank
    /// method), or `rank` if that is higher.
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
///
/// Observations of other indicators, of states not in `countries`, after
/// the reference year, or that are not finite numbers are ignored. A state
/// listed twice counts once (its first entry). An indicator no state has a
/// value of within its window is left out of every score (its pillar's
/// other weights count relative to their sum), and a pillar left with no
/// indicator likewise; such an indicator still counts as not observed in
/// the coverage.
pub fn compute(
    methodology: &Methodology,
    countries: &[Country],
    observations: &[Observation],
    options: Options,
) -> Index {
    let scored = Scored::new(methodology, countries, observations);
    let samples = scored.rank_samples(methodology, options);
    scored.into_index(methodology, options, samples)
}

/// Each state's rank under each weight draw of the sensitivity analysis, in
/// draw order, by ISO code: the samples whose 5th and 95th percentiles
/// [`compute`] reports as `rank_low` and `rank_high`, for whoever wants to
/// check them or draw their distribution.
pub fn rank_draws(
    methodology: &Methodology,
    countries: &[Country],
    observations: &[Observation],
    options: Options,
) -> BTreeMap<String, Vec<u32>> {
    let scored = Scored::new(methodology, countries, observations);
    let samples = scored.rank_samples(methodology, options);
    scored.states.iter().map(|s| s.country.iso3.clone()).zip(samples).collect()
}

/// Every state's values and pillar scores, before ranking.
struct Scored<'c> {
    /// By ISO code.
    states: Vec<StateScores<'c>>,
}

struct StateScores<'c> {
    country: &'c Country,
    /// Each pillar's score (0–1), in the methodology's order; `None` for a
    /// pillar no state has a value in.
    pillars: Vec<Option<f64>>,
    values: Vec<UsedValue>,
}

impl<'c> Scored<'c> {
    fn new(methodology: &Methodology, countries: &'c [Country], observations: &[Observation]) -> Scored<'c> {
        let mut states: Vec<&Country> = countries.iter().collect();
        states.sort_by(|a, b| a.iso3.cmp(&b.iso3));
        states.dedup_by(|b, a| a.iso3 == b.iso3);
        let found = fill::fill(methodology, &states, observations);
        let within = methodology.aggregation.within_pillar;
        let floor = methodology.aggregation.floor;
        let states = states
            .into_iter()
            .zip(found)
            .map(|(country, found)| {
                let mut found = found.into_iter();
                let mut values = Vec::new();
                let mut pillars = Vec::with_capacity(methodology.pillars.len());
                for pillar in &methodology.pillars {
                    let start = values.len();
                    for (spec, f) in pillar.indicators.iter().zip(found.by_ref()) {
                        let Some(f) = f else { continue };
                        values.push(UsedValue {
                            pillar: pillar.id.clone(),
                            indicator: spec.code.clone(),
                            value: f.value,
                            year: f.year,
                            filled: f.filled,
                            scaled: aggregate::scale(f.value, spec),
                            weight: spec.weight,
                        });
                    }
                    let used = &values[start..];
                    pillars.push(
                        (!used.is_empty())
                            .then(|| aggregate::mean(within, floor, used.iter().map(|v| (v.weight, v.scaled)))),
                    );
                }
                StateScores { country, pillars, values }
            })
            .collect();
        Scored { states }
    }

    /// Every state's score (0–100) with pillar `weights`.
    fn scores(&self, methodology: &Methodology, weights: &[f64]) -> Vec<f64> {
        let across = methodology.aggregation.across_pillars;
        let floor = methodology.aggregation.floor;
        self.states
            .iter()
            .map(|s| {
                let terms = s.pillars.iter().zip(weights).filter_map(|(p, &w)| p.map(|p| (w, p)));
                100.0 * aggregate::mean(across, floor, terms)
            })
            .collect()
    }

    /// Every state's rank among the members for `scores`.
    fn ranks(&self, scores: &[f64]) -> Vec<u32> {
        let members: Vec<f64> =
            self.states.iter().zip(scores).filter(|(s, _)| s.country.member).map(|(_, &score)| score).collect();
        rank::competition_ranks(&members, scores)
    }

    /// `samples[state][draw]`: each state's rank under each weight draw.
    fn rank_samples(&self, methodology: &Methodology, options: Options) -> Vec<Vec<u32>> {
        let defaults: Vec<f64> = methodology.pillars.iter().map(|p| p.weight).collect();
        let draws = sensitivity::draw_weights(&defaults, methodology.concentration, options.seed, options.draws);
        let mut samples = vec![Vec::with_capacity(draws.len()); self.states.len()];
        for weights in &draws {
            let ranks = self.ranks(&self.scores(methodology, weights));
            for (sample, rank) in samples.iter_mut().zip(ranks) {
                sample.push(rank);
            }
        }
        samples
    }

    fn into_index(self, methodology: &Methodology, options: Options, samples: Vec<Vec<u32>>) -> Index {
        let defaults: Vec<f64> = methodology.pillars.iter().map(|p| p.weight).collect();
        let scores = self.scores(methodology, &defaults);
        let ranks = self.ranks(&scores);
        let total = methodology.indicator_codes().len();
        let (mut members, mut observers) = (Vec::new(), Vec::new());
        for (((state, score), rank), mut sample) in self.states.into_iter().zip(scores).zip(ranks).zip(samples) {
            sample.sort_unstable();
            let (rank_low, rank_high) = interval(rank, &sample);
            let observed = state.values.iter().filter(|v| v.filled.is_none()).count();
            let result = Score {
                iso3: state.country.iso3.clone(),
                score,
                rank,
                rank_low,
                rank_high,
                pillars: methodology
                    .pillars
                    .iter()
                    .zip(&state.pillars)
                    .filter_map(|(p, s)| s.map(|s| (p.id.clone(), 100.0 * s)))
                    .collect(),
                coverage: if total == 0 { 0.0 } else { observed as f64 / total as f64 },
                filled: state
                    .values
                    .iter()
                    .filter_map(|v| {
                        v.filled.map(|method| Filled { indicator: v.indicator.clone(), year: v.year, method })
                    })
                    .collect(),
                values: state.values,
            };
            if state.country.member { members.push(result) } else { observers.push(result) }
        }
        members.sort_by(|a, b| a.rank.cmp(&b.rank).then_with(|| a.iso3.cmp(&b.iso3)));
        observers.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.iso3.cmp(&b.iso3)));
        Index {
            engine: ENGINE.to_owned(),
            methodology: methodology.version,
            year: methodology.year,
            seed: options.seed,
            draws: options.draws,
            members,
            observers,
        }
    }
}

/// The rank interval from sorted rank `samples`: their 5th and 95th
/// percentiles by the nearest-rank method, widened if need be to include
/// `rank` (the rank at the default weights, the draws' mean, is one the
/// weights can give, and the interval shown beside a rank must contain
/// it); `[rank, rank]` without samples.
fn interval(rank: u32, samples: &[u32]) -> (u32, u32) {
    let low = rank::nearest_rank(samples, 5).unwrap_or(rank);
    let high = rank::nearest_rank(samples, 95).unwrap_or(rank);
    (low.min(rank), high.max(rank))
}
