//! Bridging scores: the Community Notes matrix factorization applied to
//! agree / disagree votes.
//!
//! The model and loss follow the public Community Notes scorer
//! (`twitter/communitynotes`, `sourcecode/scoring/matrix_factorization/`):
//! `model.py`, `BiasedMatrixFactorization.forward`, predicts
//! `mu + i_p + i_s + f_p · f_s`; `matrix_factorization.py`, `_fit_model`,
//! minimises the mean squared error plus `l2_lambda * l2_intercept_multiplier`
//! (0.03 × 5 = 0.15) times the mean square of each intercept parameter (the
//! participant intercepts, the statement intercepts and the global intercept
//! `mu`, whose "mean" is `mu²`) plus `l2_lambda` (0.03) times the mean square
//! of each factor parameter:
//!
//! ```text
//! L = Σ (y - mu - i_p - i_s - f_p f_s)² / N
//!     + 0.15 (Σ i_p² / P + Σ i_s² / S + mu²) + 0.03 (Σ f_p² / P + Σ f_s² / S)
//! ```
//!
//! with one factor, `y = 1` for agree and `y = 0` for disagree. **Passes are
//! left out**: a pass says "no opinion", which is neither "helpful" nor "not
//! helpful", so it is not a rating. `N` counts the agree and disagree votes;
//! `P` and `S` count the participants and statements with at least one.
//!
//! The scorer descends the gradient with Adam. Here the loss is minimised by
//! alternating least squares instead: with the statements' parameters fixed,
//! each participant's `(i_p, f_p)` has a closed-form minimiser (a 2×2
//! linear system), and the same holds for each statement and for `mu`. Every
//! step cannot increase `L`, so the iteration settles on a stationary point,
//! in a few dozen sweeps over the votes. The start is fixed: all intercepts
//! and `mu` at 0, statement factors at 0, participant factors drawn uniformly
//! from [-1, 1) by SplitMix64 from the seed. The sign of the factor is not
//! identified by the loss; like the scorer's `_flip_factors_for_identification`
//! we fix it by the participants: after the fit, it is flipped if fewer than
//! half of the non-zero participant factors are negative.
//!
//! A statement is **bridging** when it has at least 5 votes in the fit, an
//! intercept of at least 0.40 and a factor of magnitude at most 0.5.

use rayon::prelude::*;

use crate::matrix::VoteMatrix;
use crate::rng::SplitMix64;

/// Settings of the bridging fit.
#[derive(Debug, Clone)]
pub struct BridgingConfig {
    /// Weight of the intercepts' mean squares (Community Notes: 0.03 × 5).
    pub lambda_intercept: f64,
    /// Weight of the factors' mean squares (Community Notes: 0.03).
    pub lambda_factor: f64,
    /// Most alternating sweeps.
    pub max_iters: usize,
    /// Stop once no parameter moves by more than this in a sweep.
    pub tolerance: f64,
    /// Seed of the participant factors' start.
    pub seed: u64,
    /// Least votes for a statement to be called bridging.
    pub min_votes: u32,
    /// Least intercept to be called bridging.
    pub min_intercept: f64,
    /// Largest factor magnitude to be called bridging.
    pub max_factor: f64,
}

impl Default for BridgingConfig {
    fn default() -> Self {
        BridgingConfig {
            lambda_intercept: 0.15,
            lambda_factor: 0.03,
            max_iters: 1000,
            tolerance: 1e-9,
            seed: 0,
            min_votes: 5,
            min_intercept: 0.40,
            max_factor: 0.5,
        }
    }
}

/// One statement's fitted parameters.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StatementScore {
    /// `i_s`: how much more than expected the statement is agreed with.
    pub intercept: f64,
    /// `f_s`: how much agreement depends on the participant's side.
    pub factor: f64,
    /// Agree and disagree votes on it.
    pub votes: u32,
    /// Whether it meets the bridging thresholds.
    pub bridging: bool,
}

/// The fitted model.
#[derive(Debug, Clone, PartialEq)]
pub struct Bridging {
    /// Global intercept `mu`.
    pub mu: f64,
    /// Per statement; `None` for statements without agree or disagree votes.
    pub statements: Vec<Option<StatementScore>>,
    /// Per participant `(i_p, f_p)`; `None` without agree or disagree votes.
    pub participants: Vec<Option<(f64, f64)>>,
    /// The loss at the result.
    pub loss: f64,
    /// Sweeps run.
    pub iterations: usize,
}

struct Params {
    mu: f64,
    ip: Vec<f64>,
    fp: Vec<f64>,
    is: Vec<f64>,
    fs: Vec<f64>,
}

/// Solves `[a b; b d] x = [e f]`; the matrix is positive definite here.
fn solve2(a: f64, b: f64, d: f64, e: f64, f: f64) -> (f64, f64) {
    let det = a * d - b * b;
    if det.abs() < 1e-300 {
        return (0.0, 0.0);
    }
    ((d * e - b * f) / det, (a * f - b * e) / det)
}

fn target(v: i8) -> f64 {
    if v > 0 { 1.0 } else { 0.0 }
}

/// Counts of the fit: votes N, participants P, statements S with votes.
struct Sizes {
    n: f64,
    p: f64,
    s: f64,
    row_n: Vec<u32>,
    col_n: Vec<u32>,
}

fn sizes(m: &VoteMatrix) -> Sizes {
    let row_n: Vec<u32> = (0..m.n_participants())
        .into_par_iter()
        .map(|p| m.row(p).1.iter().filter(|&&v| v != 0).count() as u32)
        .collect();
    let col_n: Vec<u32> = (0..m.n_statements())
        .into_par_iter()
        .map(|s| m.col(s).1.iter().filter(|&&v| v != 0).count() as u32)
        .collect();
    Sizes {
        n: row_n.iter().map(|&x| x as f64).sum(),
        p: row_n.iter().filter(|&&x| x > 0).count() as f64,
        s: col_n.iter().filter(|&&x| x > 0).count() as f64,
        row_n,
        col_n,
    }
}

/// Fits the model; deterministic for the seed.
pub fn fit(m: &VoteMatrix, config: &BridgingConfig) -> Bridging {
    let z = sizes(m);
    let np = m.n_participants() as usize;
    let ns = m.n_statements() as usize;
    let mut rng = SplitMix64::new(config.seed);
    let mut w = Params {
        mu: 0.0,
        ip: vec![0.0; np],
        fp: (0..np)
            .map(|p| {
                let r = rng.next_f64() * 2.0 - 1.0;
                if z.row_n[p] > 0 { r } else { 0.0 }
            })
            .collect(),
        is: vec![0.0; ns],
        fs: vec![0.0; ns],
    };
    let mut iterations = 0;
    if z.n > 0.0 {
        let (ai, af) = (z.n * config.lambda_intercept, z.n * config.lambda_factor);
        while iterations < config.max_iters {
            iterations += 1;
            let mut moved = 0.0f64;
            // Statements, given participants and mu.
            let new: Vec<(f64, f64)> = (0..ns as u32)
                .into_par_iter()
                .map(|s| {
                    let (rows, vals) = m.col(s);
                    let (mut n, mut sf, mut sff, mut sr, mut srf) = (0.0, 0.0, 0.0, 0.0, 0.0);
                    for (&p, &v) in rows.iter().zip(vals) {
                        if v == 0 {
                            continue;
                        }
                        let p = p as usize;
                        let r = target(v) - w.mu - w.ip[p];
                        let f = w.fp[p];
                        n += 1.0;
                        sf += f;
                        sff += f * f;
                        sr += r;
                        srf += r * f;
                    }
                    if n == 0.0 {
                        return (0.0, 0.0);
                    }
                    solve2(n + ai / z.s, sf, sff + af / z.s, sr, srf)
                })
                .collect();
            for (s, (i, f)) in new.into_iter().enumerate() {
                moved = moved.max((w.is[s] - i).abs()).max((w.fs[s] - f).abs());
                w.is[s] = i;
                w.fs[s] = f;
            }
            // Participants, given statements and mu.
            let new: Vec<(f64, f64)> = (0..np as u32)
                .into_par_iter()
                .with_min_len(1024)
                .map(|p| {
                    let (cols, vals) = m.row(p);
                    let (mut n, mut sf, mut sff, mut sr, mut srf) = (0.0, 0.0, 0.0, 0.0, 0.0);
                    for (&s, &v) in cols.iter().zip(vals) {
                        if v == 0 {
                            continue;
                        }
                        let s = s as usize;
                        let r = target(v) - w.mu - w.is[s];
                        let f = w.fs[s];
                        n += 1.0;
                        sf += f;
                        sff += f * f;
                        sr += r;
                        srf += r * f;
                    }
                    if n == 0.0 {
                        return (0.0, 0.0);
                    }
                    solve2(n + ai / z.p, sf, sff + af / z.p, sr, srf)
                })
                .collect();
            for (p, (i, f)) in new.into_iter().enumerate() {
                moved = moved.max((w.ip[p] - i).abs()).max((w.fp[p] - f).abs());
                w.ip[p] = i;
                w.fp[p] = f;
            }
            // mu, given everything else: mean residual / (1 + lambda).
            let sum: f64 = (0..np as u32)
                .into_par_iter()
                .with_min_len(1024)
                .map(|p| {
                    let (cols, vals) = m.row(p);
                    let p = p as usize;
                    cols.iter()
                        .zip(vals)
                        .filter(|(_, v)| **v != 0)
                        .map(|(&s, &v)| {
                            let s = s as usize;
                            target(v) - w.ip[p] - w.is[s] - w.fp[p] * w.fs[s]
                        })
                        .sum::<f64>()
                })
                .sum();
            let mu = sum / (z.n * (1.0 + config.lambda_intercept));
            moved = moved.max((w.mu - mu).abs());
            w.mu = mu;
            if moved <= config.tolerance {
                break;
            }
        }
    }
    // Fix the factor's sign by the participants.
    let neg = w.fp.iter().filter(|&&f| f < 0.0).count();
    let nonzero = w.fp.iter().filter(|&&f| f != 0.0).count();
    if nonzero > 0 && 2 * neg < nonzero {
        w.fp.iter_mut().for_each(|f| *f = -*f);
        w.fs.iter_mut().for_each(|f| *f = -*f);
    }
    let loss = loss_of(m, config, &w, &z);
    let statements = (0..ns)
        .map(|s| {
            (z.col_n[s] > 0).then(|| StatementScore {
                intercept: w.is[s],
                factor: w.fs[s],
                votes: z.col_n[s],
                bridging: z.col_n[s] >= config.min_votes
                    && w.is[s] >= config.min_intercept
                    && w.fs[s].abs() <= config.max_factor,
            })
        })
        .collect();
    let participants = (0..np)
        .map(|p| (z.row_n[p] > 0).then(|| (w.ip[p], w.fp[p])))
        .collect();
    Bridging {
        mu: w.mu,
        statements,
        participants,
        loss,
        iterations,
    }
}

fn loss_of(m: &VoteMatrix, config: &BridgingConfig, w: &Params, z: &Sizes) -> f64 {
    if z.n == 0.0 {
        return 0.0;
    }
    let sse: f64 = (0..m.n_participants())
        .into_par_iter()
        .map(|p| {
            let (cols, vals) = m.row(p);
            let p = p as usize;
            cols.iter()
                .zip(vals)
                .filter(|(_, v)| **v != 0)
                .map(|(&s, &v)| {
                    let s = s as usize;
                    let e = target(v) - w.mu - w.ip[p] - w.is[s] - w.fp[p] * w.fs[s];
                    e * e
                })
                .sum::<f64>()
        })
        .sum();
    let sq = |v: &[f64]| v.iter().map(|x| x * x).sum::<f64>();
    sse / z.n
        + config.lambda_intercept * (sq(&w.ip) / z.p + sq(&w.is) / z.s + w.mu * w.mu)
        + config.lambda_factor * (sq(&w.fp) / z.p + sq(&w.fs) / z.s)
}

/// The gradient of the loss at a fitted model, as the largest absolute
/// partial derivative over all parameters. Used to check that the fit is a
/// stationary point.
pub fn max_gradient(m: &VoteMatrix, config: &BridgingConfig, b: &Bridging) -> f64 {
    let z = sizes(m);
    if z.n == 0.0 {
        return 0.0;
    }
    let np = m.n_participants() as usize;
    let ns = m.n_statements() as usize;
    let w = Params {
        mu: b.mu,
        ip: b.participants.iter().map(|x| x.map_or(0.0, |x| x.0)).collect(),
        fp: b.participants.iter().map(|x| x.map_or(0.0, |x| x.1)).collect(),
        is: b.statements.iter().map(|x| x.map_or(0.0, |x| x.intercept)).collect(),
        fs: b.statements.iter().map(|x| x.map_or(0.0, |x| x.factor)).collect(),
    };
    let (mut g_mu, mut g_ip, mut g_fp, mut g_is, mut g_fs) =
        (0.0, vec![0.0; np], vec![0.0; np], vec![0.0; ns], vec![0.0; ns]);
    for p in 0..np {
        let (cols, vals) = m.row(p as u32);
        for (&s, &v) in cols.iter().zip(vals) {
            if v == 0 {
                continue;
            }
            let s = s as usize;
            let e = target(v) - w.mu - w.ip[p] - w.is[s] - w.fp[p] * w.fs[s];
            let d = -2.0 * e / z.n;
            g_mu += d;
            g_ip[p] += d;
            g_is[s] += d;
            g_fp[p] += d * w.fs[s];
            g_fs[s] += d * w.fp[p];
        }
    }
    let (li, lf) = (config.lambda_intercept, config.lambda_factor);
    let mut worst = (g_mu + 2.0 * li * w.mu).abs();
    for p in 0..np {
        worst = worst
            .max((g_ip[p] + 2.0 * li * w.ip[p] / z.p).abs())
            .max((g_fp[p] + 2.0 * lf * w.fp[p] / z.p).abs());
    }
    for s in 0..ns {
        worst = worst
            .max((g_is[s] + 2.0 * li * w.is[s] / z.s).abs())
            .max((g_fs[s] + 2.0 * lf * w.fs[s] / z.s).abs());
    }
    worst
}
