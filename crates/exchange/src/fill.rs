//! Which value each state has for each indicator: observed in the reference
//! year, or filled, always with how.
//!
//! The order tried, for a state without a value in the reference year:
//! 1. [`FillMethod::Latest`]: its own latest value in
//!    `[year - max_age, year - 1]` (the indicator's `max_age_years` if it
//!    has one, otherwise the methodology's);
//! 2. [`FillMethod::GroupMedian`]: the median of the states of the same
//!    regional and income group (needs both);
//! 3. [`FillMethod::RegionMedian`]: the median of the same regional group
//!    (no income group, or no such peer has a value);
//! 4. [`FillMethod::IncomeMedian`]: the median of the same income group
//!    (no regional group, as for observer states, or no regional peer);
//! 5. [`FillMethod::OverallMedian`]: the median of all states with a value.
//!
//! A median is taken over the values states have of their own (observed or
//! `Latest`), never over other medians, so the order states are filled in
//! cannot matter. The median of an even count is the mean of the two middle
//! values. Values after the reference year are ignored, and so is a value
//! that is not a finite number.

use std::collections::BTreeMap;

use crate::index::{Country, FillMethod, Observation};
use crate::methodology::Methodology;

/// A value as used: observed (`filled: None`) or filled.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Found {
    /// The raw value.
    pub value: f64,
    /// The year of the value used (the reference year for a median).
    pub year: u16,
    /// How it was filled, if it was.
    pub filled: Option<FillMethod>,
}

/// `found[state][indicator]`: each state's value of each of the
/// methodology's indicators (in [`Methodology::indicator_codes`] order), or
/// `None` where no state at all has a value of that indicator.
pub(crate) fn fill(
    methodology: &Methodology,
    countries: &[&Country],
    observations: &[Observation],
) -> Vec<Vec<Option<Found>>> {
    let year = methodology.year;
    let codes = methodology.indicator_codes();
    let windows: Vec<u16> = methodology
        .pillars
        .iter()
        .flat_map(|p| p.indicators.iter().map(|i| i.max_age_years.unwrap_or(methodology.max_age_years)))
        .collect();
    let indicator_at: BTreeMap<&str, usize> = codes.iter().enumerate().map(|(k, &code)| (code, k)).collect();
    let state_at: BTreeMap<&str, usize> = countries.iter().enumerate().map(|(c, s)| (s.iso3.as_str(), c)).collect();

    // Each state's own value: the latest in the window, the later of two
    // observations of the same year.
    let mut own: Vec<Vec<Option<(u16, f64)>>> = vec![vec![None; codes.len()]; countries.len()];
    for o in observations {
        let Some(&k) = indicator_at.get(o.indicator.as_str()) else { continue };
        if o.year > year || o.year < year.saturating_sub(windows[k]) || !o.value.is_finite() {
            continue;
        }
        let Some(&c) = state_at.get(o.iso3.as_str()) else { continue };
        let slot = &mut own[c][k];
        if slot.is_none_or(|(y, _)| o.year >= y) {
            *slot = Some((o.year, o.value));
        }
    }

    let mut found: Vec<Vec<Option<Found>>> = own
        .iter()
        .map(|row| {
            row.iter()
                .map(|v| {
                    v.map(|(y, value)| Found { value, year: y, filled: (y != year).then_some(FillMethod::Latest) })
                })
                .collect()
        })
        .collect();

    for k in 0..codes.len() {
        let peers = Peers::new(countries, own.iter().map(|row| row[k].map(|(_, v)| v)));
        for (c, state) in countries.iter().enumerate() {
            if found[c][k].is_none() {
                found[c][k] =
                    peers.median_for(state).map(|(value, filled)| Found { value, year, filled: Some(filled) });
            }
        }
    }
    found
}

/// The values states have of their own of one indicator, sorted, by group.
struct Peers<'c> {
    group: BTreeMap<(&'c str, &'c str), Vec<f64>>,
    region: BTreeMap<&'c str, Vec<f64>>,
    income: BTreeMap<&'c str, Vec<f64>>,
    all: Vec<f64>,
}

impl<'c> Peers<'c> {
    fn new(countries: &[&'c Country], values: impl Iterator<Item = Option<f64>>) -> Peers<'c> {
        let mut peers = Peers { group: BTreeMap::new(), region: BTreeMap::new(), income: BTreeMap::new(), all: vec![] };
        for (state, value) in countries.iter().zip(values) {
            let Some(value) = value else { continue };
            let (region, income) = (state.region.as_deref(), state.income.as_deref());
            if let (Some(r), Some(i)) = (region, income) {
                peers.group.entry((r, i)).or_default().push(value);
            }
            if let Some(r) = region {
                peers.region.entry(r).or_default().push(value);
            }
            if let Some(i) = income {
                peers.income.entry(i).or_default().push(value);
            }
            peers.all.push(value);
        }
        let lists = peers.group.values_mut().chain(peers.region.values_mut()).chain(peers.income.values_mut());
        for list in lists.chain(std::iter::once(&mut peers.all)) {
            list.sort_by(f64::total_cmp);
        }
        peers
    }

    /// The first median that exists for `state`, in the order tried.
    fn median_for(&self, state: &Country) -> Option<(f64, FillMethod)> {
        let (region, income) = (state.region.as_deref(), state.income.as_deref());
        let group = region.zip(income).and_then(|(r, i)| self.group.get(&(r, i)));
        let region = region.and_then(|r| self.region.get(r));
        let income = income.and_then(|i| self.income.get(i));
        [
            (group, FillMethod::GroupMedian),
            (region, FillMethod::RegionMedian),
            (income, FillMethod::IncomeMedian),
            (Some(&self.all), FillMethod::OverallMedian),
        ]
        .into_iter()
        .find_map(|(values, method)| values.and_then(|v| median(v)).map(|m| (m, method)))
    }
}

/// The median of sorted `values`: the middle one, or the mean of the two
/// middle ones for an even count; `None` for no values.
pub(crate) fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::methodology::Mean;
    use crate::test_support::*;

    /// The value `iso3` gets for the only indicator `X` of `methodology`.
    fn found_for(
        methodology: &Methodology,
        countries: &[Country],
        observations: &[Observation],
        iso3: &str,
    ) -> Option<Found> {
        let refs: Vec<&Country> = countries.iter().collect();
        let found = fill(methodology, &refs, observations);
        let at = countries.iter().position(|c| c.iso3 == iso3).unwrap();
        found[at][0]
    }

    fn found(value: f64, year: u16, filled: Option<FillMethod>) -> Option<Found> {
        Some(Found { value, year, filled })
    }

    #[test]
    fn a_value_of_the_reference_year_is_observed() {
        let states = [member("AAA", None, None)];
        let got = found_for(&one_indicator(), &states, &[obs("AAA", "X", 2023, 40.0)], "AAA");
        assert_eq!(got, found(40.0, 2023, None));
    }

    #[test]
    fn the_latest_value_in_the_window_fills_and_keeps_its_year() {
        let states = [member("AAA", None, None), member("BBB", None, None)];
        let observations = [obs("AAA", "X", 2019, 10.0), obs("AAA", "X", 2021, 30.0), obs("AAA", "X", 2020, 20.0)];
        let got = found_for(&one_indicator(), &states, &observations, "AAA");
        assert_eq!(got, found(30.0, 2021, Some(FillMethod::Latest)));
    }

    #[test]
    fn a_value_exactly_max_age_years_old_is_used_one_older_is_not() {
        let states = [member("AAA", None, None), member("BBB", None, None)];
        // 2018 = 2023 - 5: used.
        let at_edge = [obs("AAA", "X", 2018, 10.0), obs("BBB", "X", 2023, 50.0)];
        let got = found_for(&one_indicator(), &states, &at_edge, "AAA");
        assert_eq!(got, found(10.0, 2018, Some(FillMethod::Latest)));
        // 2017 = 2023 - 6: too old, so the median of the others (BBB alone).
        let too_old = [obs("AAA", "X", 2017, 10.0), obs("BBB", "X", 2023, 50.0)];
        let got = found_for(&one_indicator(), &states, &too_old, "AAA");
        assert_eq!(got, found(50.0, 2023, Some(FillMethod::OverallMedian)));
    }

    #[test]
    fn an_indicators_own_window_wins() {
        let mut m = one_indicator();
        m.pillars[0].indicators[0].max_age_years = Some(6);
        let states = [member("AAA", None, None), member("BBB", None, None)];
        let observations = [obs("AAA", "X", 2017, 10.0), obs("BBB", "X", 2023, 50.0)];
        assert_eq!(found_for(&m, &states, &observations, "AAA"), found(10.0, 2017, Some(FillMethod::Latest)));
        m.pillars[0].indicators[0].max_age_years = Some(1);
        let observations = [obs("AAA", "X", 2021, 10.0), obs("BBB", "X", 2023, 50.0)];
        assert_eq!(found_for(&m, &states, &observations, "AAA"), found(50.0, 2023, Some(FillMethod::OverallMedian)));
        // A window of 0 takes only the reference year.
        m.pillars[0].indicators[0].max_age_years = Some(0);
        let observations = [obs("AAA", "X", 2022, 10.0), obs("BBB", "X", 2023, 50.0)];
        assert_eq!(found_for(&m, &states, &observations, "AAA"), found(50.0, 2023, Some(FillMethod::OverallMedian)));
    }

    #[test]
    fn values_after_the_reference_year_and_non_numbers_are_ignored() {
        let states = [member("AAA", None, None), member("BBB", None, None)];
        let observations = [
            obs("AAA", "X", 2024, 99.0),
            obs("AAA", "X", 2023, f64::NAN),
            obs("AAA", "X", 2022, f64::INFINITY),
            obs("AAA", "X", 2020, 20.0),
            obs("BBB", "X", 2023, 50.0),
        ];
        let got = found_for(&one_indicator(), &states, &observations, "AAA");
        assert_eq!(got, found(20.0, 2020, Some(FillMethod::Latest)));
    }

    #[test]
    fn a_later_observation_of_the_same_year_replaces_an_earlier_one() {
        let states = [member("AAA", None, None)];
        let observations = [obs("AAA", "X", 2023, 10.0), obs("AAA", "X", 2023, 11.0), obs("AAA", "X", 2022, 12.0)];
        assert_eq!(found_for(&one_indicator(), &states, &observations, "AAA"), found(11.0, 2023, None));
    }

    /// Region R: high-income P (10), low-income Q (20) and S (30), and the
    /// states to fill; elsewhere: Z (region E, high income, 1000).
    fn world(extra: &[Country]) -> (Vec<Country>, Vec<Observation>) {
        let mut states = vec![
            member("PPP", Some("R"), Some("H")),
            member("QQQ", Some("R"), Some("L")),
            member("SSS", Some("R"), Some("L")),
            member("ZZZ", Some("E"), Some("H")),
        ];
        states.extend_from_slice(extra);
        let observations = vec![
            obs("PPP", "X", 2023, 10.0),
            obs("QQQ", "X", 2022, 20.0),
            obs("SSS", "X", 2023, 30.0),
            obs("ZZZ", "X", 2023, 1000.0),
        ];
        (states, observations)
    }

    #[test]
    fn the_median_of_the_same_regional_and_income_group() {
        let (states, observations) = world(&[member("TTT", Some("R"), Some("H")), member("UUU", Some("R"), Some("L"))]);
        let m = one_indicator();
        assert_eq!(found_for(&m, &states, &observations, "TTT"), found(10.0, 2023, Some(FillMethod::GroupMedian)));
        // An even count: the mean of the two middle values (QQQ's latest counts).
        assert_eq!(found_for(&m, &states, &observations, "UUU"), found(25.0, 2023, Some(FillMethod::GroupMedian)));
    }

    #[test]
    fn the_regional_median_without_an_income_group_or_without_a_group_peer() {
        let (states, observations) = world(&[member("TTT", Some("R"), None), member("UUU", Some("R"), Some("M"))]);
        let m = one_indicator();
        // P, Q, S: 10, 20, 30.
        assert_eq!(found_for(&m, &states, &observations, "TTT"), found(20.0, 2023, Some(FillMethod::RegionMedian)));
        assert_eq!(found_for(&m, &states, &observations, "UUU"), found(20.0, 2023, Some(FillMethod::RegionMedian)));
    }

    #[test]
    fn medians_are_never_taken_over_other_medians() {
        // TTT is filled with its group's median (P: 10); UUU's regional
        // median is over P, Q, S only (20), not over T's 10 as well (15).
        let (states, observations) = world(&[member("TTT", Some("R"), Some("H")), member("UUU", Some("R"), None)]);
        let m = one_indicator();
        assert_eq!(found_for(&m, &states, &observations, "TTT"), found(10.0, 2023, Some(FillMethod::GroupMedian)));
        assert_eq!(found_for(&m, &states, &observations, "UUU"), found(20.0, 2023, Some(FillMethod::RegionMedian)));
    }

    #[test]
    fn the_income_median_without_a_regional_group_or_regional_peer() {
        let (states, observations) = world(&[observer("VVV", Some("H")), member("WWW", Some("N"), Some("H"))]);
        let m = one_indicator();
        // High income: P (10) and Z (1000).
        assert_eq!(found_for(&m, &states, &observations, "VVV"), found(505.0, 2023, Some(FillMethod::IncomeMedian)));
        assert_eq!(found_for(&m, &states, &observations, "WWW"), found(505.0, 2023, Some(FillMethod::IncomeMedian)));
    }

    #[test]
    fn the_overall_median_as_the_last_resort() {
        let (states, observations) = world(&[observer("VVV", None), member("WWW", Some("N"), Some("M"))]);
        let m = one_indicator();
        // 10, 20, 30, 1000.
        assert_eq!(found_for(&m, &states, &observations, "VVV"), found(25.0, 2023, Some(FillMethod::OverallMedian)));
        assert_eq!(found_for(&m, &states, &observations, "WWW"), found(25.0, 2023, Some(FillMethod::OverallMedian)));
    }

    #[test]
    fn no_value_anywhere_leaves_the_indicator_empty() {
        let states = [member("AAA", Some("R"), Some("H")), member("BBB", Some("R"), Some("H"))];
        let observations = [obs("AAA", "X", 2010, 10.0), obs("AAA", "Y", 2023, 10.0), obs("CCC", "X", 2023, 5.0)];
        assert_eq!(found_for(&one_indicator(), &states, &observations, "BBB"), None);
    }

    #[test]
    fn each_indicator_is_filled_from_its_own_values() {
        let m = methodology(
            Mean::Arithmetic,
            Mean::Arithmetic,
            vec![pillar("p", 1.0, vec![linear("X", 0.5), linear("Y", 0.5)])],
        );
        let states = [member("AAA", None, None), member("BBB", None, None)];
        let refs: Vec<&Country> = states.iter().collect();
        let observations = [obs("AAA", "X", 2023, 1.0), obs("AAA", "Y", 2023, 2.0), obs("BBB", "Y", 2021, 3.0)];
        let got = fill(&m, &refs, &observations);
        assert_eq!(got[1][0], found(1.0, 2023, Some(FillMethod::OverallMedian)));
        assert_eq!(got[1][1], found(3.0, 2021, Some(FillMethod::Latest)));
    }

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[4.0]), Some(4.0));
        assert_eq!(median(&[1.0, 4.0]), Some(2.5));
        assert_eq!(median(&[1.0, 2.0, 9.0]), Some(2.0));
        assert_eq!(median(&[1.0, 2.0, 3.0, 9.0]), Some(2.5));
    }
}
