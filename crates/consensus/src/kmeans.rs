//! Weighted k-means in the plane and the silhouette coefficient, after Pol.is's
//! `math/src/polismath/math/clusters.clj`.
//!
//! - `cluster-step`: every point joins its nearest centre, clusters left
//!   without members are dropped, and each centre moves to the (weighted) mean
//!   of its members' positions (`weighted-mean`).
//! - `kmeans`: repeat until `max-iters` steps have run or `same-clustering?`
//!   holds (the sorted centres moved by less than 0.01 each).
//! - `init-clusters`: a fresh clustering starts from the first `k` distinct
//!   points.
//! - `clean-start-clusters`: an update starts from the previous clusters,
//!   recentred on their members' new positions; identical clusters are merged
//!   (`uniqify-clusters`); while fewer than `k` clusters exist and some point
//!   is away from every centre, the point farthest from its nearest centre
//!   (`most-distal`) is split off into a new cluster.
//! - `silhouette`: per point `(b - a) / max(a, b)`, where `a` is the mean
//!   distance to the other members of its cluster and `b` the smallest mean
//!   distance to another cluster's members; a point alone in its cluster
//!   scores 0; the clustering's score is the plain mean over points.
//!
//! Ties between equally near centres go to the cluster listed first (Pol.is's
//! `min-key` walks a hash map, so its tie order is not specified).

use rayon::prelude::*;

use crate::rng::SplitMix64;

/// A cluster of points: an id, the indexes of its member points and its
/// centre.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// The cluster's id (stable across replayed updates, as in Pol.is).
    pub id: u32,
    /// Indexes of the member points, increasing.
    pub members: Vec<u32>,
    /// The weighted mean of the members' positions.
    pub center: [f64; 2],
}

pub(crate) fn dist2(a: [f64; 2], b: [f64; 2]) -> f64 {
    let dx = a[0] - b[0];
    let dy = a[1] - b[1];
    dx * dx + dy * dy
}

fn nearest(p: [f64; 2], centers: &[[f64; 2]]) -> usize {
    let mut best = 0;
    let mut best_d = f64::INFINITY;
    for (i, &c) in centers.iter().enumerate() {
        let d = dist2(p, c);
        if d < best_d {
            best_d = d;
            best = i;
        }
    }
    best
}

/// Sum of weights, weighted sum of x and y per cluster, over an assignment.
/// Fixed chunks summed in order, so the result does not depend on how rayon
/// schedules the work (floating-point addition is not associative).
fn weighted_sums(points: &[[f64; 2]], weights: Option<&[f64]>, assign: &[u32], k: usize) -> Vec<[f64; 3]> {
    const CHUNK: usize = 8192;
    let partial: Vec<Vec<[f64; 3]>> = points
        .par_chunks(CHUNK)
        .enumerate()
        .map(|(c, chunk)| {
            let mut acc = vec![[0.0f64; 3]; k];
            for (j, p) in chunk.iter().enumerate() {
                let i = c * CHUNK + j;
                let w = weights.map_or(1.0, |w| w[i]);
                let a = &mut acc[assign[i] as usize];
                a[0] += w;
                a[1] += w * p[0];
                a[2] += w * p[1];
            }
            acc
        })
        .collect();
    let mut total = vec![[0.0f64; 3]; k];
    for part in partial {
        for (x, y) in total.iter_mut().zip(part) {
            x[0] += y[0];
            x[1] += y[1];
            x[2] += y[2];
        }
    }
    total
}

/// Pol.is's `same-clustering?`: the sorted centres moved less than 0.01.
fn same_clustering(a: &[[f64; 2]], b: &[[f64; 2]]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let sort = |v: &[[f64; 2]]| {
        let mut v = v.to_vec();
        v.sort_by(|x, y| x[0].total_cmp(&y[0]).then(x[1].total_cmp(&y[1])));
        v
    };
    sort(a).iter().zip(sort(b).iter()).all(|(x, y)| dist2(*x, *y).sqrt() < 0.01)
}

/// Lloyd's iterations from the given clusters (ids and centres), Pol.is's
/// `kmeans` loop: at most `max_iters + 1` assignment steps.
pub(crate) fn lloyd(
    points: &[[f64; 2]],
    weights: Option<&[f64]>,
    start: Vec<(u32, [f64; 2])>,
    max_iters: usize,
) -> Vec<Cluster> {
    let mut ids: Vec<u32> = start.iter().map(|c| c.0).collect();
    let mut centers: Vec<[f64; 2]> = start.iter().map(|c| c.1).collect();
    let mut assign = vec![0u32; points.len()];
    if points.is_empty() || centers.is_empty() {
        return Vec::new();
    }
    let mut iter = max_iters;
    loop {
        assign
            .par_iter_mut()
            .zip(points.par_iter())
            .with_min_len(4096)
            .for_each(|(a, &p)| *a = nearest(p, &centers) as u32);
        let sums = weighted_sums(points, weights, &assign, centers.len());
        // Drop clusters without members (by count, not weight) and recentre.
        let mut count = vec![0usize; centers.len()];
        for &a in &assign {
            count[a as usize] += 1;
        }
        let mut new_ids = Vec::with_capacity(centers.len());
        let mut new_centers = Vec::with_capacity(centers.len());
        let mut remap = vec![u32::MAX; centers.len()];
        for c in 0..centers.len() {
            if count[c] == 0 {
                continue;
            }
            let s = sums[c];
            let center = if s[0] > 0.0 { [s[1] / s[0], s[2] / s[0]] } else { centers[c] };
            remap[c] = new_centers.len() as u32;
            new_ids.push(ids[c]);
            new_centers.push(center);
        }
        let done = iter == 0 || same_clustering(&centers, &new_centers);
        ids = new_ids;
        if done {
            assign.iter_mut().for_each(|a| *a = remap[*a as usize]);
            return into_clusters(&ids, &new_centers, &assign);
        }
        centers = new_centers;
        iter -= 1;
    }
}

fn into_clusters(ids: &[u32], centers: &[[f64; 2]], assign: &[u32]) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> =
        ids.iter().zip(centers).map(|(&id, &center)| Cluster { id, members: Vec::new(), center }).collect();
    for (i, &a) in assign.iter().enumerate() {
        clusters[a as usize].members.push(i as u32);
    }
    clusters.sort_by_key(|c| c.id);
    clusters
}

/// Pol.is's `init-clusters`: the first `k` distinct points, ids 0, 1, ...
pub(crate) fn init_first_distinct(points: &[[f64; 2]], k: usize) -> Vec<(u32, [f64; 2])> {
    let mut out: Vec<(u32, [f64; 2])> = Vec::new();
    for &p in points {
        if out.len() == k {
            break;
        }
        if !out.iter().any(|c| c.1 == p) {
            out.push((out.len() as u32, p));
        }
    }
    out
}

/// Farthest-first start: from the weighted mean of all points, repeatedly
/// add the point farthest from its nearest centre (Pol.is's `most-distal`
/// splitting in `clean-start-clusters`, starting from a single cluster that
/// holds everyone). Stops early when every point sits on a centre. The mean
/// itself is dropped if another centre would serve its points.
pub(crate) fn init_farthest_first(points: &[[f64; 2]], weights: Option<&[f64]>, k: usize) -> Vec<(u32, [f64; 2])> {
    if points.is_empty() || k == 0 {
        return Vec::new();
    }
    let assign = vec![0u32; points.len()];
    let s = weighted_sums(points, weights, &assign, 1)[0];
    let mean = if s[0] > 0.0 { [s[1] / s[0], s[2] / s[0]] } else { points[0] };
    let mut centers = vec![mean];
    let mut best: Vec<f64> = points.par_iter().map(|&p| dist2(p, mean)).collect();
    while centers.len() < k {
        let (i, d) = best.par_iter().enumerate().map(|(i, &d)| (i, d)).reduce(
            || (usize::MAX, -1.0),
            |a, b| {
                if b.1 > a.1 || (b.1 == a.1 && b.0 < a.0) { b } else { a }
            },
        );
        if d <= 0.0 || i == usize::MAX {
            break;
        }
        let c = points[i];
        centers.push(c);
        best.par_iter_mut().zip(points.par_iter()).for_each(|(b, &p)| *b = b.min(dist2(p, c)));
    }
    centers.into_iter().enumerate().map(|(i, c)| (i as u32, c)).collect()
}

/// k-means++ seeding (Arthur and Vassilvitskii, 2007), weighted, seeded.
pub(crate) fn init_plus_plus(
    points: &[[f64; 2]],
    weights: Option<&[f64]>,
    k: usize,
    rng: &mut SplitMix64,
) -> Vec<(u32, [f64; 2])> {
    if points.is_empty() || k == 0 {
        return Vec::new();
    }
    let w = |i: usize| weights.map_or(1.0, |w| w[i]);
    let total: f64 = (0..points.len()).map(w).sum();
    let pick = |scores: &dyn Fn(usize) -> f64, sum: f64, rng: &mut SplitMix64| {
        let mut r = rng.next_f64() * sum;
        for i in 0..points.len() {
            r -= scores(i);
            if r < 0.0 {
                return i;
            }
        }
        points.len() - 1
    };
    let first = pick(&w, total, rng);
    let mut centers = vec![points[first]];
    let mut best: Vec<f64> = points.iter().map(|&p| dist2(p, points[first])).collect();
    while centers.len() < k {
        let sum: f64 = (0..points.len()).map(|i| w(i) * best[i]).sum();
        if sum <= 0.0 {
            break;
        }
        let b = best.clone();
        let i = pick(&|i| w(i) * b[i], sum, rng);
        centers.push(points[i]);
        for (j, p) in points.iter().enumerate() {
            best[j] = best[j].min(dist2(*p, points[i]));
        }
    }
    centers.into_iter().enumerate().map(|(i, c)| (i as u32, c)).collect()
}

/// Weighted within-cluster sum of squares.
pub(crate) fn inertia(points: &[[f64; 2]], weights: Option<&[f64]>, clusters: &[Cluster]) -> f64 {
    clusters
        .iter()
        .flat_map(|c| {
            c.members.iter().map(move |&m| weights.map_or(1.0, |w| w[m as usize]) * dist2(points[m as usize], c.center))
        })
        .sum()
}

/// Pol.is's `clean-start-clusters`: the previous clusters, recentred on the
/// current positions of their members (members not in `points` dropped,
/// clusters left empty dropped), identical clusters merged, then split by the
/// most distal point until `k` clusters exist or every point sits on a
/// centre. `member_key` maps a point to the stable key that `last` uses for
/// its members; `next_id` is one more than the largest id ever used.
pub(crate) fn clean_start(
    points: &[[f64; 2]],
    weights: Option<&[f64]>,
    last: &[Cluster],
    k: usize,
) -> Vec<(u32, [f64; 2])> {
    let w = |i: u32| weights.map_or(1.0, |w| w[i as usize]);
    let recenter = |members: &[u32]| -> Option<[f64; 2]> {
        let mut s = [0.0f64; 3];
        for &m in members {
            let p = points[m as usize];
            s[0] += w(m);
            s[1] += w(m) * p[0];
            s[2] += w(m) * p[1];
        }
        (!members.is_empty() && s[0] > 0.0).then(|| [s[1] / s[0], s[2] / s[0]])
    };
    // safe-recenter-clusters
    let mut clusters: Vec<Cluster> = last
        .iter()
        .filter_map(|c| {
            let members: Vec<u32> = c.members.iter().copied().filter(|&m| (m as usize) < points.len()).collect();
            recenter(&members).map(|center| Cluster { id: c.id, members, center })
        })
        .collect();
    if clusters.is_empty() {
        return init_first_distinct(points, k);
    }
    // uniqify-clusters: merge clusters with identical centres; the merged
    // cluster keeps the id of the larger one.
    let mut uniq: Vec<Cluster> = Vec::new();
    for c in clusters.drain(..) {
        if let Some(u) = uniq.iter_mut().find(|u| u.center == c.center) {
            if c.members.len() > u.members.len() {
                u.id = c.id;
            }
            u.members.extend(c.members);
        } else {
            uniq.push(c);
        }
    }
    let mut clusters = uniq;
    let mut distinct: Vec<[f64; 2]> = points.to_vec();
    distinct.sort_by(|a, b| a[0].total_cmp(&b[0]).then(a[1].total_cmp(&b[1])));
    distinct.dedup();
    let possible = k.min(distinct.len());
    loop {
        for c in clusters.iter_mut() {
            if let Some(center) = recenter(&c.members) {
                c.center = center;
            }
        }
        clusters.retain(|c| !c.members.is_empty());
        if clusters.len() >= possible {
            break;
        }
        let centers: Vec<[f64; 2]> = clusters.iter().map(|c| c.center).collect();
        // most-distal over all points (Pol.is walks the rows of the data).
        let (far, d) = points
            .iter()
            .enumerate()
            .map(|(i, &p)| (i, dist2(p, centers[nearest(p, &centers)])))
            .fold((usize::MAX, -1.0f64), |a, b| if b.1 >= a.1 { b } else { a });
        if far == usize::MAX || d <= 0.0 {
            break;
        }
        for c in clusters.iter_mut() {
            c.members.retain(|&m| m as usize != far);
        }
        let id = clusters.iter().map(|c| c.id).max().map_or(0, |m| m + 1);
        clusters.push(Cluster { id, members: vec![far as u32], center: points[far] });
    }
    clusters.into_iter().map(|c| (c.id, c.center)).collect()
}

/// Pol.is's silhouette of a clustering of `points` (the plain mean over the
/// clustered points of each point's silhouette; `clusters[].members` index
/// `points`; members outside `points` are ignored).
pub fn silhouette(points: &[[f64; 2]], clusters: &[Cluster]) -> f64 {
    let kept: Vec<Cluster>;
    let clusters = if clusters.iter().all(|c| c.members.iter().all(|&m| (m as usize) < points.len())) {
        clusters
    } else {
        kept = clusters
            .iter()
            .map(|c| Cluster {
                members: c.members.iter().copied().filter(|&m| (m as usize) < points.len()).collect(),
                ..c.clone()
            })
            .collect();
        &kept
    };
    let n: usize = clusters.iter().map(|c| c.members.len()).sum();
    if n == 0 {
        return 0.0;
    }
    let dist = |a: u32, b: u32| dist2(points[a as usize], points[b as usize]).sqrt();
    let mut total = 0.0;
    for (ci, c) in clusters.iter().enumerate() {
        for &m in &c.members {
            if c.members.len() == 1 {
                continue; // a singleton scores 0
            }
            let a =
                c.members.iter().filter(|&&o| o != m).map(|&o| dist(m, o)).sum::<f64>() / (c.members.len() - 1) as f64;
            let b = clusters
                .iter()
                .enumerate()
                .filter(|(oi, o)| *oi != ci && !o.members.is_empty())
                .map(|(_, o)| o.members.iter().map(|&x| dist(m, x)).sum::<f64>() / o.members.len() as f64)
                .fold(f64::INFINITY, f64::min);
            if b.is_finite() {
                let denom = a.max(b);
                if denom > 0.0 {
                    total += (b - a) / denom;
                }
            }
        }
    }
    total / n as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_blobs() {
        let pts = vec![[0.0, 0.0], [0.1, 0.0], [0.0, 0.1], [5.0, 5.0], [5.1, 5.0]];
        let c = lloyd(&pts, None, init_farthest_first(&pts, None, 2), 100);
        let mut sets: Vec<Vec<u32>> = c.iter().map(|c| c.members.clone()).collect();
        sets.sort();
        assert_eq!(sets, vec![vec![0, 1, 2], vec![3, 4]]);
        assert!(silhouette(&pts, &c) > 0.9);
    }

    #[test]
    fn empty_clusters_are_dropped() {
        let pts = vec![[0.0, 0.0], [0.0, 0.0]];
        let c = lloyd(&pts, None, vec![(0, [0.0, 0.0]), (1, [9.0, 9.0])], 10);
        assert_eq!(c.len(), 1);
        assert_eq!(silhouette(&pts, &c), 0.0);
    }
}
