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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::methodology::{Direction, Mean, Transform};
    use crate::test_support::*;

    const NO_DRAWS: Options = Options { seed: 0, draws: 0 };

    /// Two pillars: `a` (X 0.75, Y 0.25) weight 0.6, `b` (Z) weight 0.4.
    fn two_pillars(within: Mean, across: Mean) -> Methodology {
        methodology(
            within,
            across,
            vec![
                pillar("a", 0.6, vec![linear("X", 0.75), linear("Y", 0.25)]),
                pillar("b", 0.4, vec![linear("Z", 1.0)]),
            ],
        )
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn score<'i>(index: &'i Index, iso3: &str) -> &'i Score {
        index.members.iter().chain(&index.observers).find(|s| s.iso3 == iso3).unwrap()
    }

    #[test]
    fn a_score_by_hand() {
        let states = [member("AAA", None, None)];
        let observations = [obs("AAA", "X", 2023, 40.0), obs("AAA", "Y", 2023, 80.0), obs("AAA", "Z", 2023, 10.0)];
        // Pillar a = 0.75·0.4 + 0.25·0.8 = 0.5; pillar b = 0.1.
        let geometric = compute(&two_pillars(Mean::Arithmetic, Mean::Geometric), &states, &observations, NO_DRAWS);
        let s = score(&geometric, "AAA");
        assert!(close(s.pillars["a"], 50.0) && close(s.pillars["b"], 10.0), "{:?}", s.pillars);
        // 0.5^0.6 · 0.1^0.4
        assert!(close(s.score, 100.0 * 0.5f64.powf(0.6) * 0.1f64.powf(0.4)), "{}", s.score);
        let arithmetic = compute(&two_pillars(Mean::Arithmetic, Mean::Arithmetic), &states, &observations, NO_DRAWS);
        assert!(close(score(&arithmetic, "AAA").score, 34.0));
        // Geometric within: a = 0.4^0.75 · 0.8^0.25.
        let within = compute(&two_pillars(Mean::Geometric, Mean::Arithmetic), &states, &observations, NO_DRAWS);
        let a = 0.4f64.powf(0.75) * 0.8f64.powf(0.25);
        assert!(close(score(&within, "AAA").pillars["a"], 100.0 * a));
        assert!(close(score(&within, "AAA").score, 100.0 * (0.6 * a + 0.04)));
    }

    #[test]
    fn a_zero_pillar_is_floored_in_a_geometric_mean() {
        let states = [member("AAA", None, None)];
        let observations = [obs("AAA", "X", 2023, 100.0), obs("AAA", "Y", 2023, 100.0), obs("AAA", "Z", 2023, 0.0)];
        let index = compute(&two_pillars(Mean::Arithmetic, Mean::Geometric), &states, &observations, NO_DRAWS);
        assert!(close(score(&index, "AAA").score, 100.0 * 0.01f64.powf(0.4)));
    }

    #[test]
    fn transform_goalposts_and_direction_reach_the_values() {
        let mut m = one_indicator();
        let spec = &mut m.pillars[0].indicators[0];
        (spec.transform, spec.goalposts, spec.direction) = (Transform::Log, (10.0, 1000.0), Direction::Lower);
        let states = [member("AAA", None, None), member("BBB", None, None)];
        let observations = [obs("AAA", "X", 2023, 100.0), obs("BBB", "X", 2023, 5.0)];
        let index = compute(&m, &states, &observations, NO_DRAWS);
        assert!(close(score(&index, "AAA").values[0].scaled, 0.5));
        assert!(close(score(&index, "AAA").score, 50.0));
        // Below the lower goalpost, and lower is better: 1.
        assert_eq!(score(&index, "BBB").values[0].scaled, 1.0);
        assert_eq!(index.members.iter().map(|s| s.rank).collect::<Vec<_>>(), [1, 2]);
    }

    #[test]
    fn values_and_fills_are_reported() {
        let states = [member("AAA", None, None), member("BBB", None, None)];
        let observations = [
            obs("AAA", "X", 2023, 40.0),
            obs("AAA", "Y", 2020, 80.0),
            obs("AAA", "Z", 2023, 10.0),
            obs("BBB", "Z", 2023, 30.0),
        ];
        let index = compute(&two_pillars(Mean::Arithmetic, Mean::Geometric), &states, &observations, NO_DRAWS);
        let a = score(&index, "AAA");
        assert_eq!(a.filled, [Filled { indicator: "Y".into(), year: 2020, method: FillMethod::Latest }]);
        assert!(close(a.coverage, 2.0 / 3.0));
        let expected = UsedValue {
            pillar: "a".into(),
            indicator: "Y".into(),
            value: 80.0,
            year: 2020,
            filled: Some(FillMethod::Latest),
            scaled: 0.8,
            weight: 0.25,
        };
        assert_eq!(a.values[1], expected);
        assert_eq!(a.values.iter().map(|v| v.indicator.as_str()).collect::<Vec<_>>(), ["X", "Y", "Z"]);
        let b = score(&index, "BBB");
        assert!(close(b.coverage, 1.0 / 3.0));
        assert_eq!(
            b.filled.iter().map(|f| (f.indicator.as_str(), f.year, f.method)).collect::<Vec<_>>(),
            [("X", 2023, FillMethod::OverallMedian), ("Y", 2023, FillMethod::OverallMedian)]
        );
    }

    #[test]
    fn equal_scores_share_a_rank_in_iso_order() {
        let states = [
            member("DDD", None, None),
            member("CCC", None, None),
            member("BBB", None, None),
            member("AAA", None, None),
        ];
        let observations = [
            obs("AAA", "X", 2023, 50.0),
            obs("BBB", "X", 2023, 70.0),
            obs("CCC", "X", 2023, 70.0),
            obs("DDD", "X", 2023, 90.0),
        ];
        let index = compute(&one_indicator(), &states, &observations, NO_DRAWS);
        let order: Vec<(&str, u32)> = index.members.iter().map(|s| (s.iso3.as_str(), s.rank)).collect();
        assert_eq!(order, [("DDD", 1), ("BBB", 2), ("CCC", 2), ("AAA", 4)]);
    }

    #[test]
    fn observers_are_scored_and_placed_but_not_ranked_among_members() {
        let states =
            [member("AAA", None, None), member("BBB", None, None), observer("OOO", None), observer("PPP", None)];
        let observations = [
            obs("AAA", "X", 2023, 50.0),
            obs("BBB", "X", 2023, 70.0),
            obs("OOO", "X", 2023, 90.0),
            obs("PPP", "X", 2023, 60.0),
        ];
        let index = compute(&one_indicator(), &states, &observations, Options { seed: 1, draws: 50 });
        let members: Vec<(&str, u32)> = index.members.iter().map(|s| (s.iso3.as_str(), s.rank)).collect();
        assert_eq!(members, [("BBB", 1), ("AAA", 2)]);
        let observers: Vec<(&str, u32)> = index.observers.iter().map(|s| (s.iso3.as_str(), s.rank)).collect();
        assert_eq!(observers, [("OOO", 1), ("PPP", 2)]);
        // One pillar: the weights cannot change any rank.
        assert!(index.members.iter().chain(&index.observers).all(|s| (s.rank_low, s.rank_high) == (s.rank, s.rank)));
    }

    #[test]
    fn no_draws_give_the_rank_as_its_interval() {
        let states = [member("AAA", None, None), member("BBB", None, None), member("CCC", None, None)];
        let observations = [
            obs("AAA", "X", 2023, 90.0),
            obs("AAA", "Z", 2023, 10.0),
            obs("BBB", "X", 2023, 10.0),
            obs("BBB", "Z", 2023, 90.0),
            obs("CCC", "X", 2023, 50.0),
            obs("CCC", "Z", 2023, 50.0),
        ];
        let m = two_pillars(Mean::Arithmetic, Mean::Arithmetic);
        let index = compute(&m, &states, &observations, NO_DRAWS);
        assert!(index.members.iter().all(|s| (s.rank_low, s.rank_high) == (s.rank, s.rank)));
        assert!(rank_draws(&m, &states, &observations, NO_DRAWS).values().all(Vec::is_empty));
        // With draws, AAA and BBB trade places as the weights move.
        let index = compute(&m, &states, &observations, Options { seed: 3, draws: 200 });
        let a = score(&index, "AAA");
        assert!(a.rank_low < a.rank_high, "{a:?}");
        let draws = rank_draws(&m, &states, &observations, Options { seed: 3, draws: 200 });
        assert!(draws.values().all(|d| d.len() == 200));
    }

    #[test]
    fn the_interval_holds_the_rank_at_the_default_weights() {
        assert_eq!(interval(4, &[]), (4, 4));
        let samples: Vec<u32> = (1..=20).collect();
        assert_eq!(interval(10, &samples), (1, 19));
        // Draws that all rank the state lower than its default rank.
        assert_eq!(interval(3, &[5; 20]), (3, 5));
        assert_eq!(interval(9, &[5; 20]), (5, 9));
    }

    #[test]
    fn an_indicator_without_any_value_is_left_out() {
        let states = [member("AAA", None, None), member("BBB", None, None)];
        let observations = [obs("AAA", "X", 2023, 40.0), obs("BBB", "X", 2023, 80.0), obs("BBB", "Z", 2010, 5.0)];
        let index = compute(&two_pillars(Mean::Arithmetic, Mean::Geometric), &states, &observations, NO_DRAWS);
        let a = score(&index, "AAA");
        // Y has no value: X alone makes pillar a; pillar b has none at all.
        assert_eq!(a.pillars.keys().collect::<Vec<_>>(), ["a"]);
        assert!(close(a.score, 40.0));
        assert!(close(a.coverage, 1.0 / 3.0));
        assert!(a.filled.is_empty());
        assert_eq!(a.values.len(), 1);
        // Nothing at all: every score is 0.
        let index = compute(&two_pillars(Mean::Arithmetic, Mean::Geometric), &states, &[], NO_DRAWS);
        assert!(index.members.iter().all(|s| s.score == 0.0 && s.rank == 1 && s.coverage == 0.0));
    }

    #[test]
    fn a_state_listed_twice_counts_once() {
        let states = [member("AAA", Some("R"), None), member("AAA", None, None), member("BBB", Some("R"), None)];
        let observations = [obs("AAA", "X", 2023, 40.0)];
        let index = compute(&one_indicator(), &states, &observations, NO_DRAWS);
        assert_eq!(index.members.len(), 2);
        // The first entry's region: BBB takes AAA's value as its regional median.
        assert_eq!(score(&index, "BBB").filled[0].method, FillMethod::RegionMedian);
    }

    #[test]
    fn the_index_says_what_made_it() {
        let index = compute(&one_indicator(), &[], &[], Options { seed: 9, draws: 12 });
        assert_eq!(
            (index.engine.as_str(), index.methodology, index.year, index.seed, index.draws),
            (ENGINE, 1, 2023, 9, 12)
        );
        assert!(index.members.is_empty() && index.observers.is_empty());
    }

    /// A small random world: states with or without groups, values of three
    /// indicators in two pillars, some missing or old.
    fn world() -> impl Strategy<Value = (Methodology, Vec<Country>, Vec<Observation>)> {
        let means = prop_oneof![Just(Mean::Arithmetic), Just(Mean::Geometric)];
        let state = (
            proptest::option::of(prop_oneof![Just("R"), Just("S")]),
            proptest::option::of(prop_oneof![Just("H"), Just("L")]),
            any::<bool>(),
        );
        let value = proptest::option::of((2015u16..=2024, -10.0f64..150.0));
        (means.clone(), means, proptest::collection::vec((state, [value.clone(), value.clone(), value]), 1..8))
            .prop_map(|(within, across, rows)| {
                let m = two_pillars(within, across);
                let mut countries = Vec::new();
                let mut observations = Vec::new();
                for (i, ((region, income, is_member), values)) in rows.into_iter().enumerate() {
                    let iso3 = format!("S{i:02}");
                    countries.push(Country {
                        iso3: iso3.clone(),
                        region: region.map(Into::into),
                        income: income.map(Into::into),
                        member: is_member || i == 0,
                    });
                    for (code, value) in ["X", "Y", "Z"].into_iter().zip(values) {
                        if let Some((year, v)) = value {
                            observations.push(obs(&iso3, code, year, v));
                        }
                    }
                }
                (m, countries, observations)
            })
    }

    proptest! {
        #[test]
        fn scores_and_coverage_stay_in_range((m, countries, observations) in world(), seed in any::<u64>()) {
            let index = compute(&m, &countries, &observations, Options { seed, draws: 20 });
            prop_assert_eq!(index.members.len() + index.observers.len(), countries.len());
            for s in index.members.iter().chain(&index.observers) {
                prop_assert!((0.0..=100.0).contains(&s.score), "{}", s.score);
                prop_assert!((0.0..=1.0).contains(&s.coverage));
                prop_assert!(s.pillars.values().all(|p| (0.0..=100.0).contains(p)));
                prop_assert!(s.rank_low <= s.rank && s.rank <= s.rank_high);
                prop_assert!(s.values.iter().all(|v| (0.0..=1.0).contains(&v.scaled)));
                let flagged = s.values.iter().filter(|v| v.filled.is_some()).count();
                prop_assert_eq!(flagged, s.filled.len());
            }
        }

        #[test]
        fn raising_a_higher_is_better_value_never_lowers_the_score(
            (m, countries, mut observations) in world(),
            pick in any::<proptest::sample::Index>(),
            raise in 0.0f64..200.0,
        ) {
            let own: Vec<usize> = (0..observations.len()).filter(|&i| observations[i].year == 2023).collect();
            prop_assume!(!own.is_empty());
            let at = own[pick.index(own.len())];
            let before = compute(&m, &countries, &observations, NO_DRAWS);
            let iso3 = observations[at].iso3.clone();
            observations[at].value += raise;
            // A later observation of the same year would shadow the raised one.
            let shadowed = observations.iter().skip(at + 1).any(|o| {
                o.iso3 == iso3 && o.indicator == observations[at].indicator && o.year == 2023
            });
            prop_assume!(!shadowed);
            let after = compute(&m, &countries, &observations, NO_DRAWS);
            prop_assert!(score(&after, &iso3).score >= score(&before, &iso3).score);
        }

        #[test]
        fn the_same_input_and_seed_give_the_same_index((m, countries, observations) in world(), seed in any::<u64>()) {
            let options = Options { seed, draws: 30 };
            prop_assert_eq!(compute(&m, &countries, &observations, options), compute(&m, &countries, &observations, options));
        }
    }
}
