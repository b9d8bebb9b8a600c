//! A stable counting sort by a small integer key that uses every core:
//! the building block of the vote matrix (rows by participant, columns by
//! statement).
//!
//! The positions `0..n` are grouped by `key(i)`. The work is cut into one
//! chunk of positions per thread and one range of keys per thread (ranges
//! balanced by the number of positions they hold):
//!
//! 1. each chunk counts its keys; the counts are summed into the offsets
//!    (`ptr`);
//! 2. each chunk deals its positions, in order, into one list per key range;
//! 3. each key range places its lists, chunk after chunk, into its own
//!    contiguous part of the output.
//!
//! Every step is parallel, no step writes where another thread writes, and
//! the result is the same as a serial stable counting sort, whatever the
//! number of threads: within a key, positions stay increasing.

use rayon::prelude::*;

/// Below this many positions one thread does the whole sort.
const SERIAL_BELOW: usize = 1 << 16;

/// Groups the positions `0..n` by key: returns `(ptr, perm)` where
/// `perm[ptr[k]..ptr[k + 1]]` lists, increasing, the positions `i` with
/// `key(i) == k`. Every key must be below `n_keys`, and `n` must fit in a
/// `u32` (the caller checks both).
pub(crate) fn group_by_key(n: usize, n_keys: usize, key: impl Fn(usize) -> u32 + Sync) -> (Vec<usize>, Vec<u32>) {
    let threads = rayon::current_num_threads().max(1);
    // Per-chunk counts cost chunks × n_keys; keep them below the data's size.
    let chunks = if n < SERIAL_BELOW { 1 } else { threads.min(1 + n / n_keys.max(1)).max(1) };
    let chunk_len = n.div_ceil(chunks).max(1);
    let ranges: Vec<std::ops::Range<usize>> =
        (0..chunks).map(|c| (c * chunk_len).min(n)..((c + 1) * chunk_len).min(n)).collect();

    // 1. Counts per key, summed over the chunks, then offsets.
    let counts: Vec<Vec<u32>> = ranges
        .par_iter()
        .map(|r| {
            let mut count = vec![0u32; n_keys];
            for i in r.clone() {
                count[key(i) as usize] += 1;
            }
            count
        })
        .collect();
    let mut ptr = vec![0usize; n_keys + 1];
    for count in &counts {
        for (k, &c) in count.iter().enumerate() {
            ptr[k + 1] += c as usize;
        }
    }
    drop(counts);
    for k in 0..n_keys {
        ptr[k + 1] += ptr[k];
    }
    let mut perm = vec![0u32; n];
    if chunks == 1 {
        let mut cursor = ptr[..n_keys].to_vec();
        for i in 0..n {
            let at = &mut cursor[key(i) as usize];
            perm[*at] = i as u32;
            *at += 1;
        }
        return (ptr, perm);
    }

    // Key ranges holding about n / chunks positions each: bounds[b] is the
    // first key of range b.
    let mut bounds = vec![0usize];
    for b in 1..chunks {
        let target = n * b / chunks;
        let k = ptr.partition_point(|&p| p < target).min(n_keys);
        bounds.push(k.max(*bounds.last().unwrap_or(&0)));
    }
    bounds.push(n_keys);
    let range_of = |k: u32| bounds.partition_point(|&b| b <= k as usize) - 1;

    // 2. Each chunk deals its positions into one list per key range.
    let dealt: Vec<Vec<Vec<u32>>> = ranges
        .par_iter()
        .map(|r| {
            let mut lists = vec![Vec::new(); chunks];
            for i in r.clone() {
                lists[range_of(key(i))].push(i as u32);
            }
            lists
        })
        .collect();

    // 3. Each key range fills its own part of the output.
    let mut parts: Vec<(usize, &mut [u32])> = Vec::with_capacity(chunks);
    let mut rest: &mut [u32] = &mut perm;
    for b in 0..chunks {
        let (lo, hi) = (bounds[b], bounds[b + 1]);
        let (part, tail) = std::mem::take(&mut rest).split_at_mut(ptr[hi] - ptr[lo]);
        parts.push((b, part));
        rest = tail;
    }
    parts.into_par_iter().for_each(|(b, part)| {
        let (lo, hi) = (bounds[b], bounds[b + 1]);
        let base = ptr[lo];
        let mut cursor: Vec<usize> = ptr[lo..hi].iter().map(|&p| p - base).collect();
        for lists in &dealt {
            for &i in &lists[b] {
                let at = &mut cursor[key(i as usize) as usize - lo];
                part[*at] = i;
                *at += 1;
            }
        }
    });
    (ptr, perm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn serial(keys: &[u32], n_keys: usize) -> (Vec<usize>, Vec<u32>) {
        let mut ptr = vec![0usize; n_keys + 1];
        for &k in keys {
            ptr[k as usize + 1] += 1;
        }
        for k in 0..n_keys {
            ptr[k + 1] += ptr[k];
        }
        let mut perm: Vec<u32> = (0..keys.len() as u32).collect();
        perm.sort_by_key(|&i| keys[i as usize]);
        (ptr, perm)
    }

    #[test]
    fn parallel_equals_serial_on_large_input() {
        // Large enough for several chunks; skewed keys so ranges are uneven.
        let n = 300_000;
        let keys: Vec<u32> =
            (0..n as u64).map(|i| ((i * 2_654_435_761) % 1000) as u32 % ((i % 7) as u32 * 100 + 50)).collect();
        for threads in [1, 2, 3, 8] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            let got = pool.install(|| group_by_key(n, 1000, |i| keys[i]));
            assert_eq!(got, serial(&keys, 1000), "{threads} threads");
        }
    }

    #[test]
    fn one_key_and_no_positions() {
        let keys = vec![0u32; 100_000];
        let pool = rayon::ThreadPoolBuilder::new().num_threads(4).build().unwrap();
        assert_eq!(pool.install(|| group_by_key(keys.len(), 1, |i| keys[i])), serial(&keys, 1));
        assert_eq!(group_by_key(0, 3, |_| 0), (vec![0, 0, 0, 0], vec![]));
    }

    proptest! {
        #[test]
        fn small_inputs_match_a_stable_sort(keys in proptest::collection::vec(0u32..20, 0..300)) {
            prop_assert_eq!(group_by_key(keys.len(), 20, |i| keys[i]), serial(&keys, 20));
        }
    }
}
