//! The adjusted Rand index (Hubert and Arabie, 1985), to compare groupings.

use std::collections::HashMap;

/// The adjusted Rand index of two labelings of the same items: 1 for
/// identical partitions (whatever the label names), about 0 for independent
/// ones. Items are paired by position; `None` (not clustered in that
/// labeling) items are left out. Returns `None` when fewer than two items are
/// labelled in both, and 1 when both partitions are trivial and equal.
pub fn adjusted_rand_index<A, B>(a: &[Option<A>], b: &[Option<B>]) -> Option<f64>
where
    A: std::hash::Hash + Eq + Clone,
    B: std::hash::Hash + Eq + Clone,
{
    let mut table: HashMap<(A, B), u64> = HashMap::new();
    let mut rows: HashMap<A, u64> = HashMap::new();
    let mut cols: HashMap<B, u64> = HashMap::new();
    let mut n = 0u64;
    for (x, y) in a.iter().zip(b) {
        if let (Some(x), Some(y)) = (x, y) {
            *table.entry((x.clone(), y.clone())).or_default() += 1;
            *rows.entry(x.clone()).or_default() += 1;
            *cols.entry(y.clone()).or_default() += 1;
            n += 1;
        }
    }
    if n < 2 {
        return None;
    }
    let c2 = |k: u64| (k * k.saturating_sub(1)) as f64 / 2.0;
    let index: f64 = table.values().map(|&k| c2(k)).sum();
    let sa: f64 = rows.values().map(|&k| c2(k)).sum();
    let sb: f64 = cols.values().map(|&k| c2(k)).sum();
    let expected = sa * sb / c2(n);
    let max = (sa + sb) / 2.0;
    if max == expected {
        return Some(1.0);
    }
    Some((index - expected) / (max - expected))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        let a = [Some(0), Some(0), Some(1), Some(1)];
        let b = [Some(5), Some(5), Some(7), Some(7)];
        assert_eq!(adjusted_rand_index(&a, &b), Some(1.0));
        // sklearn: adjusted_rand_score([0,0,1,1],[0,0,1,2]) = 0.5714285714285715
        let c = [Some(0), Some(0), Some(1), Some(2)];
        let ari = adjusted_rand_index(&a, &c).unwrap();
        assert!((ari - 0.5714285714285715).abs() < 1e-12);
    }
}
