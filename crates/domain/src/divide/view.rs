//! What the pages and the API show of a computed index: the table filtered
//! by regional and income group and sorted on the server, and a member's
//! pillars against its group's median and the frontier. Pure, so the API
//! and the pages show the same.

use std::str::FromStr;

use exchange::{Index, Score};

use crate::member::{IncomeGroup, MemberState, RegionalGroup};

/// How the index table is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IndexSort {
    /// By rank, best first (ties by ISO code).
    #[default]
    Rank,
    /// By coverage, highest first.
    Coverage,
    /// By the width of the rank interval, most uncertain first.
    Uncertainty,
}

impl IndexSort {
    /// Every sort, as written in URLs: `rank`, `coverage`, `uncertainty`.
    pub const ALL: [IndexSort; 3] = [IndexSort::Rank, IndexSort::Coverage, IndexSort::Uncertainty];

    /// As written in URLs.
    pub fn code(self) -> &'static str {
        match self {
            IndexSort::Rank => "rank",
            IndexSort::Coverage => "coverage",
            IndexSort::Uncertainty => "uncertainty",
        }
    }
}

impl FromStr for IndexSort {
    type Err = String;

    fn from_str(text: &str) -> Result<IndexSort, String> {
        IndexSort::ALL
            .into_iter()
            .find(|s| s.code() == text)
            .ok_or_else(|| format!("{text:?} is not one of: rank, coverage, uncertainty"))
    }
}

/// Which rows of the index table to show, and in what order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IndexQuery {
    /// Only this regional group.
    pub region: Option<RegionalGroup>,
    /// Only this income group.
    pub income: Option<IncomeGroup>,
    /// The order.
    pub sort: IndexSort,
}

/// The member states' rows that `query` selects, in its order. `members`
/// gives each state's groups; a state it does not know is left out of a
/// filtered table.
pub fn index_rows<'a>(index: &'a Index, members: &[MemberState], query: &IndexQuery) -> Vec<&'a Score> {
    let groups = |iso3: &str| members.iter().find(|m| m.iso3.as_str() == iso3);
    let mut rows: Vec<&Score> = index
        .members
        .iter()
        .filter(|score| {
            let member = groups(&score.iso3);
            query.region.is_none_or(|r| member.is_some_and(|m| m.regional_group == Some(r)))
                && query.income.is_none_or(|i| member.is_some_and(|m| m.income_group == Some(i)))
        })
        .collect();
    match query.sort {
        IndexSort::Rank => rows.sort_by(|a, b| a.rank.cmp(&b.rank).then_with(|| a.iso3.cmp(&b.iso3))),
        IndexSort::Coverage => rows.sort_by(|a, b| {
            b.coverage.total_cmp(&a.coverage).then(a.rank.cmp(&b.rank)).then_with(|| a.iso3.cmp(&b.iso3))
        }),
        IndexSort::Uncertainty => rows.sort_by(|a, b| {
            (b.rank_high - b.rank_low)
                .cmp(&(a.rank_high - a.rank_low))
                .then(a.rank.cmp(&b.rank))
                .then_with(|| a.iso3.cmp(&b.iso3))
        }),
    }
    rows
}

/// One pillar of a member's profile against its peers.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PillarBenchmark {
    /// The pillar's id.
    pub pillar: String,
    /// The member's score, 0–100.
    pub score: f64,
    /// The median score of the member states of its regional and income
    /// group (the regional group alone if it has no income group); `None`
    /// for a state without a regional group.
    pub group_median: Option<f64>,
    /// The highest score of any member state (the frontier).
    pub frontier: f64,
}

/// The state `iso3`'s result in `index` (a member's or an observer's).
pub fn score_of<'a>(index: &'a Index, iso3: &str) -> Option<&'a Score> {
    index.members.iter().chain(&index.observers).find(|s| s.iso3 == iso3)
}

/// The member states `iso3` is compared with: those of its regional group
/// and income group (its regional group alone if it has no income group).
pub fn peers<'a>(members: &'a [MemberState], iso3: &str) -> Vec<&'a MemberState> {
    let Some(state) = members.iter().find(|m| m.iso3.as_str() == iso3) else { return Vec::new() };
    let Some(region) = state.regional_group else { return Vec::new() };
    members
        .iter()
        .filter(|m| m.votes() && m.regional_group == Some(region))
        .filter(|m| state.income_group.is_none() || m.income_group == state.income_group)
        .collect()
}

/// Each pillar of `iso3` against its peers' median and the frontier, in
/// the index's pillar order; `None` if the index does not score `iso3`.
pub fn benchmarks(index: &Index, members: &[MemberState], iso3: &str) -> Option<Vec<PillarBenchmark>> {
    let score = score_of(index, iso3)?;
    let peers = peers(members, iso3);
    let peer_scores: Vec<&Score> =
        index.members.iter().filter(|s| peers.iter().any(|p| p.iso3.as_str() == s.iso3)).collect();
    Some(
        score
            .pillars
            .iter()
            .map(|(pillar, value)| {
                let mut values: Vec<f64> = peer_scores.iter().filter_map(|s| s.pillars.get(pillar).copied()).collect();
                let frontier =
                    index.members.iter().filter_map(|s| s.pillars.get(pillar).copied()).fold(*value, f64::max);
                PillarBenchmark { pillar: pillar.clone(), score: *value, group_median: median(&mut values), frontier }
            })
            .collect(),
    )
}

/// The median (the mean of the two middle values of an even count).
fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) { (values[mid - 1] + values[mid]) / 2.0 } else { values[mid] })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn score(iso3: &str, value: f64, rank: u32, interval: (u32, u32), coverage: f64) -> Score {
        Score {
            iso3: iso3.into(),
            score: value,
            rank,
            rank_low: interval.0,
            rank_high: interval.1,
            pillars: BTreeMap::from([("economy".to_owned(), value)]),
            coverage,
            filled: Vec::new(),
            values: Vec::new(),
        }
    }

    fn index() -> Index {
        Index {
            engine: "test".into(),
            methodology: 1,
            year: 2023,
            seed: 0,
            draws: 0,
            members: vec![
                score("DEU", 80.0, 1, (1, 2), 0.9),
                score("FRA", 70.0, 2, (1, 3), 1.0),
                score("KEN", 40.0, 3, (3, 5), 0.8),
                score("GHA", 30.0, 4, (3, 4), 0.8),
                score("NGA", 20.0, 5, (4, 5), 0.6),
            ],
            observers: vec![score("PSE", 35.0, 4, (3, 5), 0.5)],
        }
    }

    fn members() -> Vec<MemberState> {
        crate::member::un_members().unwrap()
    }

    fn codes(rows: &[&Score]) -> Vec<String> {
        rows.iter().map(|s| s.iso3.clone()).collect()
    }

    #[test]
    fn the_table_filters_by_group_and_sorts_on_request() {
        let (index, members) = (index(), members());
        let all = index_rows(&index, &members, &IndexQuery::default());
        assert_eq!(codes(&all), ["DEU", "FRA", "KEN", "GHA", "NGA"]);
        let african = IndexQuery { region: Some(RegionalGroup::African), ..IndexQuery::default() };
        assert_eq!(codes(&index_rows(&index, &members, &african)), ["KEN", "GHA", "NGA"]);
        let high = IndexQuery { income: Some(IncomeGroup::High), ..IndexQuery::default() };
        assert_eq!(codes(&index_rows(&index, &members, &high)), ["DEU", "FRA"]);
        let coverage = IndexQuery { sort: IndexSort::Coverage, ..IndexQuery::default() };
        assert_eq!(codes(&index_rows(&index, &members, &coverage)), ["FRA", "DEU", "KEN", "GHA", "NGA"]);
        let uncertain = IndexQuery { sort: IndexSort::Uncertainty, ..IndexQuery::default() };
        assert_eq!(codes(&index_rows(&index, &members, &uncertain)), ["FRA", "KEN", "DEU", "GHA", "NGA"]);
        assert_eq!("coverage".parse(), Ok(IndexSort::Coverage));
        assert!("name".parse::<IndexSort>().is_err());
    }

    #[test]
    fn a_profile_compares_each_pillar_with_the_group_median_and_the_frontier() {
        let (index, members) = (index(), members());
        // Kenya and Ghana are African lower-middle-income states; Nigeria too.
        let kenya = benchmarks(&index, &members, "KEN").unwrap();
        assert_eq!(kenya.len(), 1);
        assert_eq!((kenya[0].score, kenya[0].group_median, kenya[0].frontier), (40.0, Some(30.0), 80.0));
        // An even count takes the mean of the two middle values.
        let france = benchmarks(&index, &members, "FRA").unwrap();
        assert_eq!(france[0].group_median, Some(75.0));
        // An observer state without a regional group has no group.
        let palestine = benchmarks(&index, &members, "PSE").unwrap();
        assert_eq!((palestine[0].group_median, palestine[0].frontier), (None, 80.0));
        assert_eq!(benchmarks(&index, &members, "XKX"), None);
    }
}
