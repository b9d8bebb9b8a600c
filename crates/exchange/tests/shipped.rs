//! The index computed from the shipped indicators, the shipped methodology
//! and the UN member and observer states of `data/countries`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use common::countries;
use exchange::{
    FillMethod, Index, Methodology, Observation, Options, ShippedValue, compute, rank_draws, shipped_values,
};

mod common;

const OPTIONS: Options = Options { seed: 2026, draws: 1_000 };

fn values() -> &'static [ShippedValue] {
    static VALUES: OnceLock<Vec<ShippedValue>> = OnceLock::new();
    VALUES.get_or_init(|| shipped_values().expect("the shipped values are valid"))
}

fn observations() -> Vec<Observation> {
    common::observations(values())
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| compute(&Methodology::default_shipped(), &countries(), &observations(), OPTIONS))
}

fn draws() -> &'static BTreeMap<String, Vec<u32>> {
    static DRAWS: OnceLock<BTreeMap<String, Vec<u32>>> = OnceLock::new();
    DRAWS.get_or_init(|| rank_draws(&Methodology::default_shipped(), &countries(), &observations(), OPTIONS))
}

#[test]
fn every_shipped_value_is_read_with_its_text() {
    let values = values();
    assert_eq!(values.len(), exchange::catalogue::VALUES_CSV.lines().count() - 1);
    for v in values {
        assert_eq!(v.text.parse::<f64>().ok(), Some(v.value), "{v:?}");
    }
}

#[test]
fn members_are_ranked_and_observers_shown_apart() {
    let index = index();
    assert_eq!(index.members.len(), 193);
    let observers: Vec<&str> = index.observers.iter().map(|s| s.iso3.as_str()).collect();
    assert_eq!(observers.iter().copied().collect::<BTreeSet<_>>(), BTreeSet::from(["PSE", "VAT"]));
    assert_eq!(index.members[0].rank, 1);
    for pair in index.members.windows(2) {
        assert!(pair[0].rank <= pair[1].rank && pair[0].score >= pair[1].score);
    }
    // Competition ranking: one more than the members scoring strictly higher,
    // for members and observers alike.
    for s in index.members.iter().chain(&index.observers) {
        let above = index.members.iter().filter(|m| m.score > s.score).count() as u32;
        assert_eq!(s.rank, above + 1, "{}", s.iso3);
    }
    assert_eq!((index.year, index.seed, index.draws, index.methodology), (2023, OPTIONS.seed, OPTIONS.draws, 1));
}

#[test]
fn every_state_has_a_score_and_a_coverage() {
    let methodology = Methodology::default_shipped();
    let pillars: BTreeSet<&str> = methodology.pillars.iter().map(|p| p.id.as_str()).collect();
    let indicators = methodology.indicator_codes().len();
    for s in index().members.iter().chain(&index().observers) {
        assert!(s.score.is_finite() && (0.0..=100.0).contains(&s.score), "{}: {}", s.iso3, s.score);
        assert!((0.0..=1.0).contains(&s.coverage), "{}", s.iso3);
        assert_eq!(s.pillars.keys().map(String::as_str).collect::<BTreeSet<_>>(), pillars, "{}", s.iso3);
        assert!(s.pillars.values().all(|p| (0.0..=100.0).contains(p)), "{}", s.iso3);
        assert_eq!(s.values.len(), indicators, "{}", s.iso3);
        let observed = s.values.iter().filter(|v| v.filled.is_none()).count();
        assert_eq!(s.coverage, observed as f64 / indicators as f64, "{}", s.iso3);
    }
}

/// Checks each value used against the raw shipped values: an observed one
/// is the last value of the reference year; a `Latest` one the state's
/// newest value in its window, with nothing newer up to the reference year.
#[test]
fn a_value_not_observed_in_the_year_is_always_flagged() {
    let methodology = Methodology::default_shipped();
    let window: BTreeMap<&str, u16> = methodology
        .pillars
        .iter()
        .flat_map(|p| &p.indicators)
        .map(|i| (i.code.as_str(), i.max_age_years.unwrap_or(methodology.max_age_years)))
        .collect();
    let mut raw: BTreeMap<(&str, &str, u16), f64> = BTreeMap::new();
    for v in values() {
        raw.insert((v.iso3.as_str(), v.indicator.as_str(), v.year), v.value);
    }
    let mut filled_somewhere = Vec::new();
    for s in index().members.iter().chain(&index().observers) {
        for v in &s.values {
            let key = (s.iso3.as_str(), v.indicator.as_str());
            let in_year = raw.get(&(key.0, key.1, 2023));
            match v.filled {
                None => assert_eq!((v.year, Some(&v.value)), (2023, in_year), "{key:?}"),
                Some(method) => {
                    filled_somewhere.push(method);
                    assert!(in_year.is_none(), "{key:?} was observed in 2023 but filled");
                    if method == FillMethod::Latest {
                        assert!(v.year < 2023 && v.year >= 2023 - window[key.1], "{key:?} {}", v.year);
                        assert_eq!(raw.get(&(key.0, key.1, v.year)), Some(&v.value), "{key:?}");
                        assert!((v.year + 1..=2023).all(|y| !raw.contains_key(&(key.0, key.1, y))), "{key:?}");
                    } else {
                        assert_eq!(v.year, 2023, "a median is dated to the reference year");
                    }
                }
            }
        }
        let flagged: Vec<(&str, u16, FillMethod)> =
            s.values.iter().filter_map(|v| v.filled.map(|m| (v.indicator.as_str(), v.year, m))).collect();
        let listed: Vec<(&str, u16, FillMethod)> =
            s.filled.iter().map(|f| (f.indicator.as_str(), f.year, f.method)).collect();
        assert_eq!(flagged, listed, "{}", s.iso3);
    }
    for method in [FillMethod::Latest, FillMethod::GroupMedian, FillMethod::OverallMedian] {
        assert!(filled_somewhere.contains(&method), "{method:?} never used");
    }
}

#[test]
fn states_without_a_group_fall_back_to_the_next_median() {
    let index = index();
    let by_iso3 = |iso3: &str| index.members.iter().chain(&index.observers).find(|s| s.iso3 == iso3).unwrap();
    // Venezuela has no income group: its medians are its regional group's.
    let venezuela = by_iso3("VEN");
    let medians: Vec<FillMethod> =
        venezuela.filled.iter().map(|f| f.method).filter(|&m| m != FillMethod::Latest).collect();
    assert!(!medians.is_empty());
    assert!(medians.iter().all(|&m| m == FillMethod::RegionMedian), "{medians:?}");
    // The observers have neither a regional nor an income group.
    for observer in &index.observers {
        assert!(observer.filled.iter().all(|f| matches!(f.method, FillMethod::Latest | FillMethod::OverallMedian)));
    }
}

/// The nearest-rank percentile, computed here independently of the crate.
fn percentile(sorted: &[u32], percent: usize) -> u32 {
    let position = (percent * sorted.len()).div_ceil(100).max(1);
    sorted[position - 1]
}

#[test]
fn the_rank_interval_is_the_5th_to_95th_percentile_of_the_draws() {
    let draws = draws();
    for s in index().members.iter().chain(&index().observers) {
        let mut ranks = draws[&s.iso3].clone();
        assert_eq!(ranks.len(), OPTIONS.draws as usize);
        ranks.sort_unstable();
        let (low, high) = (percentile(&ranks, 5), percentile(&ranks, 95));
        // On the shipped data the default-weight rank lies within the
        // percentiles themselves: the interval never had to be widened.
        assert!(low <= s.rank && s.rank <= high, "{}: rank {} outside [{low}, {high}]", s.iso3, s.rank);
        assert_eq!((s.rank_low, s.rank_high), (low, high), "{}", s.iso3);
        let within = ranks.iter().filter(|&&r| s.rank_low <= r && r <= s.rank_high).count();
        assert!(within * 10 >= ranks.len() * 9, "{}: only {within} of {} draws in the interval", s.iso3, ranks.len());
    }
    // The weights matter for some states and not for others.
    assert!(index().members.iter().any(|s| s.rank_high > s.rank_low));
}

#[test]
fn the_same_data_and_seed_give_the_same_index() {
    let again = compute(&Methodology::default_shipped(), &countries(), &observations(), OPTIONS);
    let json = |index: &Index| serde_json::to_string(index).expect("an index serializes");
    assert_eq!(json(&again), json(index()));
    let other = compute(&Methodology::default_shipped(), &countries(), &observations(), Options { seed: 7, ..OPTIONS });
    let intervals = |index: &Index| index.members.iter().map(|s| (s.rank_low, s.rank_high)).collect::<Vec<_>>();
    assert_eq!(
        other.members.iter().map(|s| s.score).collect::<Vec<_>>(),
        index().members.iter().map(|s| s.score).collect::<Vec<_>>()
    );
    assert_ne!(intervals(&other), intervals(index()));
    // The order of the input does not matter.
    let mut reversed = countries();
    reversed.reverse();
    let shuffled = compute(&Methodology::default_shipped(), &reversed, &observations(), OPTIONS);
    assert_eq!(json(&shuffled), json(index()));
}
