//! Ranks and percentiles of ranks.

/// Each of `scores`' rank among `field` (the members' scores): one more than
/// the number of field scores strictly above it. For the members themselves
/// this is competition ranking (equal scores share a rank: 1, 2, 2, 4); an
/// observer gets the rank it would have among the members.
pub(crate) fn competition_ranks(field: &[f64], scores: &[f64]) -> Vec<u32> {
    let mut descending = field.to_vec();
    descending.sort_by(|a, b| b.total_cmp(a));
    scores.iter().map(|&s| 1 + descending.partition_point(|&x| x > s) as u32).collect()
}

/// The `percent`-th percentile of sorted `values` by the nearest-rank
/// method: the value at 1-based position `⌈percent × n / 100⌉` (at least 1),
/// always one of the values. For n = 1000 the 5th percentile is the 50th
/// value and the 95th the 950th, so at least 90% of the values lie between
/// them (inclusive). `None` for no values.
pub(crate) fn nearest_rank(sorted: &[u32], percent: u32) -> Option<u32> {
    let n = sorted.len();
    let position = (percent as usize * n).div_ceil(100).max(1);
    sorted.get(position - 1).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_scores_share_a_rank_and_the_next_is_skipped() {
        let field = [50.0, 70.0, 70.0, 90.0, 10.0];
        assert_eq!(competition_ranks(&field, &field), vec![4, 2, 2, 1, 5]);
    }

    #[test]
    fn an_outsider_gets_the_rank_it_would_have() {
        let field = [50.0, 70.0, 70.0, 90.0];
        assert_eq!(competition_ranks(&field, &[95.0, 90.0, 80.0, 70.0, 60.0, 0.0]), vec![1, 1, 2, 2, 4, 5]);
        assert_eq!(competition_ranks(&[], &[1.0]), vec![1]);
    }

    #[test]
    fn nearest_rank_percentiles_at_the_boundaries() {
        let hundred: Vec<u32> = (1..=100).collect();
        assert_eq!(nearest_rank(&hundred, 5), Some(5));
        assert_eq!(nearest_rank(&hundred, 95), Some(95));
        let thousand: Vec<u32> = (1..=1000).collect();
        assert_eq!(nearest_rank(&thousand, 5), Some(50));
        assert_eq!(nearest_rank(&thousand, 95), Some(950));
        // ⌈5 × 21 / 100⌉ = ⌈1.05⌉ = 2 and ⌈95 × 21 / 100⌉ = ⌈19.95⌉ = 20.
        let twenty_one: Vec<u32> = (1..=21).collect();
        assert_eq!(nearest_rank(&twenty_one, 5), Some(2));
        assert_eq!(nearest_rank(&twenty_one, 95), Some(20));
        // ⌈5 × 20 / 100⌉ = 1 exactly, and ⌈95 × 20 / 100⌉ = 19.
        let twenty: Vec<u32> = (1..=20).collect();
        assert_eq!(nearest_rank(&twenty, 5), Some(1));
        assert_eq!(nearest_rank(&twenty, 95), Some(19));
        // Few values: the smallest and the largest.
        assert_eq!(nearest_rank(&[7], 5), Some(7));
        assert_eq!(nearest_rank(&[7], 95), Some(7));
        assert_eq!(nearest_rank(&[3, 9], 5), Some(3));
        assert_eq!(nearest_rank(&[3, 9], 95), Some(9));
        assert_eq!(nearest_rank(&[], 5), None);
        assert_eq!(nearest_rank(&[4, 6], 0), Some(4));
        assert_eq!(nearest_rank(&[4, 6], 100), Some(6));
    }
}
