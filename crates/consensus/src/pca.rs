//! Principal components of the vote matrix by power iteration, and Pol.is's
//! sparsity-aware projection of participants and statements.
//!
//! Sources, all in `math/src/polismath/math/` of `compdemocracy/polis`:
//! - `conversation.clj`, `small-conv-update-graph` `:mat`: each missing vote
//!   is replaced by its statement's mean over the votes cast; moderated-out
//!   statements were first set to 0 for *every* participant
//!   (`named_matrix.clj`, `zero-out-columns`, which uses `set-column`).
//! - `pca.clj`, `powerit-pca`: the data is centred on the column means, so a
//!   filled-in cell becomes exactly 0. The centred matrix is therefore as
//!   sparse as the votes, and `A^T A x` costs two passes over the votes; no
//!   dense matrix is ever formed.
//! - `pca.clj`, `power-iteration` and `factor-matrix`: repeated products with
//!   `A^T A`, normalised, and the first component factored out before the
//!   second is sought. Here both vectors are iterated together (simultaneous
//!   iteration): the second is re-orthogonalised against the first after
//!   each product, which is `factor-matrix` applied lazily, so one pass over
//!   the votes serves both vectors. The iteration stops when the vectors, or
//!   the plane they span, move by at most the tolerance, or after
//!   `max_iters` (Pol.is's `:pca-iters`, 100) products; a last Rayleigh-Ritz
//!   step (the eigenvectors of the 2×2 matrix `X^T A^T A X`) turns the basis
//!   of the plane into the two components, largest first. At convergence
//!   these are the same eigenvectors Pol.is's sequential iteration finds.
//!   Stopping on the plane is safe because everything downstream (distances
//!   between projections, statement extremity) is unchanged by a rotation
//!   within it, and it matters when the two leading eigenvalues are close
//!   (three equally strong camps), where the vectors turn within the plane
//!   very slowly.
//! - `pca.clj`, `sparsity-aware-project-ptpt`: a participant's coordinates are
//!   the dot products of their centred votes with the components, scaled by
//!   `sqrt(n_statements / max(n_votes, 1))` to push sparse voters out from the
//!   centre. `n_votes` counts the non-missing cells of the rating matrix, so
//!   it includes the moderated-out statements that `zero-out-columns` filled.
//! - `pca.clj`, `pca-project-cmnts` and `conversation.clj`,
//!   `with-proj-and-extremtiy`: a statement's projection is that of a lone
//!   agree vote on it; its extremity is the length of that projection.

use rayon::prelude::*;

use crate::matrix::VoteMatrix;
use crate::rng::SplitMix64;

/// The first two principal components and the column means.
#[derive(Debug, Clone, PartialEq)]
pub struct Pca {
    /// Mean vote of each statement over the votes cast (0 for moderated-out
    /// statements and statements without votes), agree = +1.
    pub center: Vec<f64>,
    /// The two components, unit length (or all zero when the data has no
    /// variance in that direction).
    pub comps: [Vec<f64>; 2],
    /// Power iterations run.
    pub iterations: usize,
}

/// Settings of the power iteration; [`crate::Config`] fills them in.
#[derive(Debug, Clone)]
pub struct PcaConfig {
    /// The most products with `A^T A` (Pol.is: `:pca-iters`, 100).
    pub max_iters: usize,
    /// Stop once no coordinate of either unit vector, or of their plane,
    /// moves by more than this.
    pub tolerance: f64,
    /// Seed of the random start vectors (Pol.is starts from uniform random
    /// vectors, `rand-starting-vec`), used when no start is given.
    pub seed: u64,
}

impl Default for PcaConfig {
    fn default() -> Self {
        PcaConfig { max_iters: 100, tolerance: 1e-10, seed: 0 }
    }
}

/// Which cells count for the math: statements with at least one vote (Pol.is's
/// rating matrix only has columns for voted comments) and which of them are
/// moderated out.
#[derive(Debug, Clone)]
pub(crate) struct Columns {
    /// Column has at least one vote.
    pub voted: Vec<bool>,
    /// Column is moderated out (zeroed for everybody).
    pub moderated_out: Vec<bool>,
    /// Number of voted columns (Pol.is's `n-cmts`).
    pub n_voted: usize,
    /// Number of voted columns that are moderated out.
    pub n_voted_out: usize,
}

impl Columns {
    pub fn new(m: &VoteMatrix, moderated_out: &[bool]) -> Self {
        let n = m.n_statements();
        let voted: Vec<bool> = (0..n).map(|s| m.col_len(s) > 0).collect();
        let moderated_out: Vec<bool> =
            (0..n as usize).map(|s| moderated_out.get(s).copied().unwrap_or(false)).collect();
        let n_voted = voted.iter().filter(|&&v| v).count();
        let n_voted_out = (0..n as usize).filter(|&s| voted[s] && moderated_out[s]).count();
        Columns { voted, moderated_out, n_voted, n_voted_out }
    }

    /// Column takes part in the PCA with its own votes.
    pub fn live(&self, s: usize) -> bool {
        self.voted[s] && !self.moderated_out[s]
    }
}

/// Column means over the votes cast; 0 for moderated-out and unvoted columns.
pub(crate) fn column_means(m: &VoteMatrix, cols: &Columns) -> Vec<f64> {
    (0..m.n_statements())
        .into_par_iter()
        .map(|s| {
            if !cols.live(s as usize) {
                return 0.0;
            }
            let (_, vals) = m.col(s);
            vals.iter().map(|&v| v as f64).sum::<f64>() / vals.len() as f64
        })
        .collect()
}

/// `y = A^T A [x0 x1]` for the centred matrix `A` (cells `v - center` where
/// voted and live, 0 elsewhere), one pass over rows and one over columns.
fn ata2(m: &VoteMatrix, center: &[f64], live: &[f64], x: &[Vec<f64>; 2], u: &mut Vec<[f64; 2]>) -> [Vec<f64>; 2] {
    (0..m.n_participants())
        .into_par_iter()
        .with_min_len(4096)
        .map(|p| {
            let (cols, vals) = m.row(p);
            let mut acc = [0.0f64; 2];
            for (&s, &v) in cols.iter().zip(vals) {
                let s = s as usize;
                let a = (v as f64 - center[s]) * live[s];
                acc[0] += a * x[0][s];
                acc[1] += a * x[1][s];
            }
            acc
        })
        .collect_into_vec(u);
    let y: Vec<[f64; 2]> = (0..m.n_statements())
        .into_par_iter()
        .with_min_len(64)
        .map(|s| {
            let (rows, vals) = m.col(s);
            let su = s as usize;
            if live[su] == 0.0 {
                return [0.0, 0.0];
            }
            let mut acc = [0.0f64; 2];
            for (&p, &v) in rows.iter().zip(vals) {
                let a = v as f64 - center[su];
                let up = u[p as usize];
                acc[0] += a * up[0];
                acc[1] += a * up[1];
            }
            acc
        })
        .collect();
    [y.iter().map(|a| a[0]).collect(), y.iter().map(|a| a[1]).collect()]
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn normalise(v: &mut [f64]) {
    let n = dot(v, v).sqrt();
    if n > 0.0 && n.is_finite() {
        v.iter_mut().for_each(|x| *x /= n);
    } else {
        v.iter_mut().for_each(|x| *x = 0.0);
    }
}

/// Pol.is's `factor-matrix` applied to a vector: removes the `pc` direction.
fn factor_out(v: &mut [f64], pc: &[f64]) {
    let pp = dot(pc, pc);
    if pp == 0.0 {
        return;
    }
    let c = dot(pc, v) / pp;
    v.iter_mut().zip(pc).for_each(|(x, p)| *x -= c * p);
}

/// The two leading principal components of the rating matrix (votes with
/// moderated-out statements zeroed), by simultaneous power iteration from
/// `start` (the previous components, as Pol.is does on each update) or from
/// seeded uniform random vectors. Start vectors that are all zero count as
/// missing (`wrapped-pca`).
pub(crate) fn pca(m: &VoteMatrix, cols: &Columns, start: Option<&[Vec<f64>; 2]>, config: &PcaConfig) -> Pca {
    let n = m.n_statements() as usize;
    let center = column_means(m, cols);
    let live: Vec<f64> = (0..n).map(|s| if cols.live(s) { 1.0 } else { 0.0 }).collect();
    let mut rng = SplitMix64::new(config.seed);
    let mut random = || -> Vec<f64> { (0..n).map(|_| rng.next_f64()).collect() };
    let usable = |v: &Vec<f64>| v.len() == n && v.iter().any(|&x| x != 0.0);
    let mut x: [Vec<f64>; 2] = match start {
        Some([a, b]) => [if usable(a) { a.clone() } else { random() }, if usable(b) { b.clone() } else { random() }],
        None => [random(), random()],
    };
    normalise(&mut x[0]);
    let [x0, x1] = &mut x;
    factor_out(x1, x0);
    normalise(x1);
    // Pol.is limits the number of components to min(rows, columns).
    let dims = (m.n_participants() as usize).min(cols.n_voted);
    let mut u = Vec::new();
    let mut iterations = 0;
    while iterations < config.max_iters && dims > 0 {
        iterations += 1;
        let mut y = ata2(m, &center, &live, &x, &mut u);
        normalise(&mut y[0]);
        let pc1 = y[0].clone();
        factor_out(&mut y[1], &pc1);
        normalise(&mut y[1]);
        let moved =
            x.iter().zip(&y).flat_map(|(a, b)| a.iter().zip(b).map(|(p, q)| (p - q).abs())).fold(0.0f64, f64::max);
        // How far the new vectors stick out of the old plane.
        let mut off_plane = 0.0f64;
        for v in &y {
            let mut r = v.clone();
            factor_out(&mut r, &x[0]);
            factor_out(&mut r, &x[1]);
            off_plane = off_plane.max(dot(&r, &r).sqrt());
        }
        x = y;
        // The plane is all the pipeline uses: projections' distances, the
        // statements' extremity and hence every group and statistic are
        // unchanged by a rotation within it. Power iteration settles the
        // plane at the rate l3 / l2 but turns the vectors within it only at
        // l2 / l1, so stop on the plane and rotate once at the end.
        if moved <= config.tolerance || off_plane <= config.tolerance {
            break;
        }
    }
    // Rayleigh-Ritz within the plane: the eigenvectors of X^T A^T A X give
    // the components themselves (largest first) once the plane is right.
    if dims >= 2 && iterations > 0 {
        let y = ata2(m, &center, &live, &x, &mut u);
        let b11 = dot(&x[0], &y[0]);
        let b12 = 0.5 * (dot(&x[0], &y[1]) + dot(&x[1], &y[0]));
        let b22 = dot(&x[1], &y[1]);
        let theta = 0.5 * (2.0 * b12).atan2(b11 - b22);
        let (c, sn) = (theta.cos(), theta.sin());
        let r0: Vec<f64> = x[0].iter().zip(&x[1]).map(|(a, b)| c * a + sn * b).collect();
        let r1: Vec<f64> = x[0].iter().zip(&x[1]).map(|(a, b)| -sn * a + c * b).collect();
        x = [r0, r1];
    }
    if dims < 2 {
        x[1].iter_mut().for_each(|v| *v = 0.0);
    }
    if dims < 1 {
        x[0].iter_mut().for_each(|v| *v = 0.0);
    }
    Pca { center, comps: x, iterations }
}

/// Pol.is's sparsity-aware projection of every participant
/// (`pca.clj`, `sparsity-aware-project-ptpt`).
pub(crate) fn project_participants(m: &VoteMatrix, cols: &Columns, pca: &Pca) -> Vec<[f64; 2]> {
    let n_cols = cols.n_voted as f64;
    (0..m.n_participants())
        .into_par_iter()
        .with_min_len(4096)
        .map(|p| {
            let (ss, vals) = m.row(p);
            let mut acc = [0.0f64; 2];
            let mut n_votes = cols.n_voted_out;
            for (&s, &v) in ss.iter().zip(vals) {
                let s = s as usize;
                if !cols.live(s) {
                    continue;
                }
                n_votes += 1;
                let a = v as f64 - pca.center[s];
                acc[0] += a * pca.comps[0][s];
                acc[1] += a * pca.comps[1][s];
            }
            let scale = (n_cols / n_votes.max(1) as f64).sqrt();
            [acc[0] * scale, acc[1] * scale]
        })
        .collect()
}

/// Each statement's extremity: the length of the projection of a lone agree
/// vote on it (`pca-project-cmnts`, `with-proj-and-extremtiy`). Pol.is's lone
/// vote is -1 in its own sign convention, agree; the length is the same in
/// ours.
pub(crate) fn statement_extremity(cols: &Columns, pca: &Pca) -> Vec<f64> {
    let scale = (cols.n_voted as f64).sqrt();
    (0..pca.center.len())
        .map(|s| {
            let a = (1.0 - pca.center[s]).abs();
            let x = a * pca.comps[0][s] * scale;
            let y = a * pca.comps[1][s] * scale;
            (x * x + y * y).sqrt()
        })
        .collect()
}
