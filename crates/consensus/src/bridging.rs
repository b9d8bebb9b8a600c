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
//! linear system), and the same holds for each statement and for `mu`. After
//! each sweep the parameters move, exactly, along the directions that change
//! no prediction (intercepts traded with `mu`, factor shifts traded with
//! intercepts, the factor scale traded between participants and
//! statements), which only the penalty pins and which plain sweeps crawl
//! along. Plain sweeps never increase `L`, so they settle on a stationary
//! point; when one factor cannot express the structure (three equally strong
//! camps) the optimum is nearly flat in the factor's direction and they
//! crawl (ratio about 0.99 per sweep, a thousand sweeps). The sweeps are
//! therefore accelerated with SQUAREM (Varadhan and Roland, "Simple and
//! globally convergent methods for accelerating the convergence of any EM
//! algorithm", 2008, scheme S3), keeping an extrapolated point only when it
//! lowers the loss, which brings that case to about a hundred sweeps and
//! leaves two-sided data at about fifteen. The fit stops when a sweep moves
//! no parameter by more than `tolerance` (1e-9), or after `max_iters`
//! sweeps ([`Bridging::converged`] tells which).
//!
//! The start is fixed: all intercepts and `mu` at 0, statement factors at 0,
//! participant factors drawn uniformly from [-1, 1) by SplitMix64 from the
//! seed. The sign of the factor is not identified by the loss; like the
//! scorer's `_flip_factors_for_identification` we fix it by the
//! participants: after the fit, it is flipped if fewer than half of the
//! non-zero participant factors are negative.
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
    /// Whether the last sweep moved no parameter by more than the tolerance
    /// (false: stopped at `max_iters`).
    pub converged: bool,
}

#[derive(Clone)]
struct Params {
    mu: f64,
    ip: Vec<f64>,
    fp: Vec<f64>,
    is: Vec<f64>,
    fs: Vec<f64>,
}

impl Params {
    fn zip(&self, o: &Params, f: impl Fn(f64, f64) -> f64) -> Params {
        let go = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| f(*x, *y)).collect();
        Params {
            mu: f(self.mu, o.mu),
            ip: go(&self.ip, &o.ip),
            fp: go(&self.fp, &o.fp),
            is: go(&self.is, &o.is),
            fs: go(&self.fs, &o.fs),
        }
    }

    fn minus(&self, o: &Params) -> Params {
        self.zip(o, |a, b| a - b)
    }

    fn norm2(&self) -> f64 {
        let sq = |v: &[f64]| v.iter().map(|x| x * x).sum::<f64>();
        self.mu * self.mu + sq(&self.ip) + sq(&self.fp) + sq(&self.is) + sq(&self.fs)
    }

    /// `self - 2 alpha r + alpha² v`.
    fn jump(&self, r: &Params, v: &Params, alpha: f64) -> Params {
        self.zip(r, |a, b| a - 2.0 * alpha * b).zip(v, |a, b| a + alpha * alpha * b)
    }
}

/// Least-squares normal equations of one intercept and one factor over a
/// list of votes: `(n, Σf, Σf², Σr, Σrf)`.
#[derive(Default, Clone, Copy)]
struct Normal {
    n: f64,
    sf: f64,
    sff: f64,
    sr: f64,
    srf: f64,
    srr: f64,
}

impl Normal {
    fn add(&mut self, r: f64, f: f64) {
        self.n += 1.0;
        self.sf += f;
        self.sff += f * f;
        self.sr += r;
        self.srf += r * f;
        self.srr += r * r;
    }

    /// `Σe` and `Σe²` of the residuals `e = r - i - x f`, from the sums.
    fn residuals(&self, i: f64, x: f64) -> (f64, f64) {
        let se = self.sr - self.n * i - x * self.sf;
        let se2 = self.srr + self.n * i * i + x * x * self.sff - 2.0 * i * self.sr - 2.0 * x * self.srf
            + 2.0 * i * x * self.sf;
        (se, se2)
    }

    /// The minimiser of `Σ (r - i - x f)² + a i² + b x²`.
    fn solve(&self, a: f64, b: f64) -> (f64, f64) {
        if self.n == 0.0 {
            return (0.0, 0.0);
        }
        solve2(self.n + a, self.sf, self.sff + b, self.sr, self.srf)
    }
}

/// One alternating sweep: every statement given the participants, then every
/// participant given the statements, then `mu`. The participant pass also
/// sums the residuals, so `mu`'s update needs no extra pass.
/// Returns the largest parameter move and the sum of squared errors after
/// the sweep.
fn sweep(m: &VoteMatrix, config: &BridgingConfig, z: &Sizes, w: &mut Params) -> (f64, f64) {
    let (ai, af) = (z.n * config.lambda_intercept, z.n * config.lambda_factor);
    let mut moved = 0.0f64;
    // Each participant's (y offset, factor) side by side: one cache line
    // per vote instead of two in this pass's random reads.
    let pf: Vec<[f64; 2]> = w.ip.iter().zip(&w.fp).map(|(i, f)| [w.mu + i, *f]).collect();
    let new: Vec<(f64, f64)> = (0..m.n_statements())
        .into_par_iter()
        .map(|s| {
            let (rows, vals) = m.col(s);
            let mut q = Normal::default();
            for (&p, &v) in rows.iter().zip(vals) {
                if v != 0 {
                    let [o, f] = pf[p as usize];
                    q.add(target(v) - o, f);
                }
            }
            q.solve(ai / z.s, af / z.s)
        })
        .collect();
    for (s, (i, f)) in new.into_iter().enumerate() {
        moved = moved.max((w.is[s] - i).abs()).max((w.fs[s] - f).abs());
        w.is[s] = i;
        w.fs[s] = f;
    }
    // Per participant: new (i_p, f_p), and from the same sums Σe and Σe²
    // of the residuals e = y - i_p - i_s - f_p f_s (without mu), for mu's
    // update and the loss: one pass over the votes.
    let sf: Vec<[f64; 2]> = w.is.iter().zip(&w.fs).map(|(i, f)| [*i, *f]).collect();
    let new: Vec<(f64, f64, f64, f64)> = (0..m.n_participants())
        .into_par_iter()
        .with_min_len(1024)
        .map(|p| {
            let (cols, vals) = m.row(p);
            let mut q = Normal::default();
            for (&s, &v) in cols.iter().zip(vals) {
                if v != 0 {
                    let [i, f] = sf[s as usize];
                    q.add(target(v) - i, f);
                }
            }
            // Solve with mu taken out of r, then read the residuals off.
            let mut shifted = q;
            shifted.sr -= q.n * w.mu;
            shifted.srf -= q.sf * w.mu;
            shifted.srr += q.n * w.mu * w.mu - 2.0 * w.mu * q.sr;
            let (i, f) = shifted.solve(ai / z.p, af / z.p);
            let (se, se2) = q.residuals(i, f);
            (i, f, se, se2)
        })
        .collect();
    let (mut se, mut se2) = (0.0, 0.0);
    for (p, (i, f, a, b)) in new.into_iter().enumerate() {
        moved = moved.max((w.ip[p] - i).abs()).max((w.fp[p] - f).abs());
        w.ip[p] = i;
        w.fp[p] = f;
        se += a;
        se2 += b;
    }
    // mu minimises Σ(e - mu)²/N + λ mu²: the mean residual over (1 + λ).
    let mu = se / (z.n * (1.0 + config.lambda_intercept));
    moved = moved.max((w.mu - mu).abs());
    w.mu = mu;
    (moved, se2 - 2.0 * mu * se + z.n * mu * mu)
}

/// Moves along the directions that leave every prediction unchanged and only
/// the penalty changes, each to its exact minimum:
/// - `(mu + a + b, i_p - a, i_s - b)`: `mu = (mu + mean i_p + mean i_s) / 3`;
/// - `(f_p + c, i_s - c f_s)` and `(f_s + d, i_p - d f_p)`: a quadratic in
///   `c` (and `d`);
/// - `(k f_p, f_s / k)`: `k⁴ = mean f_s² / mean f_p²`.
///
/// Plain alternating sweeps crawl along these nearly flat directions (the
/// penalty is all that pins them); solving them exactly after each sweep
/// turns hundreds of sweeps into tens. Parameters of participants and
/// statements outside the fit stay 0.
fn regauge(config: &BridgingConfig, z: &Sizes, w: &mut Params) {
    let (li, lf) = (config.lambda_intercept, config.lambda_factor);
    let in_p: Vec<bool> = z.row_n.iter().map(|&n| n > 0).collect();
    let in_s: Vec<bool> = z.col_n.iter().map(|&n| n > 0).collect();
    let mean_p = |f: &dyn Fn(usize) -> f64| -> f64 { (0..in_p.len()).filter(|&p| in_p[p]).map(f).sum::<f64>() / z.p };
    let mean_s = |f: &dyn Fn(usize) -> f64| -> f64 { (0..in_s.len()).filter(|&s| in_s[s]).map(f).sum::<f64>() / z.s };
    // Intercepts.
    let (pbar, sbar) = (mean_p(&|p| w.ip[p]), mean_s(&|s| w.is[s]));
    let mu = (w.mu + pbar + sbar) / 3.0;
    let (a, b) = (pbar - mu, sbar - mu);
    w.mu = mu;
    for (x, _) in w.ip.iter_mut().zip(&in_p).filter(|(_, i)| **i) {
        *x -= a;
    }
    for (x, _) in w.is.iter_mut().zip(&in_s).filter(|(_, i)| **i) {
        *x -= b;
    }
    // Participant factors shifted against statement intercepts.
    let denom = lf + li * mean_s(&|s| w.fs[s] * w.fs[s]);
    let c = (li * mean_s(&|s| w.is[s] * w.fs[s]) - lf * mean_p(&|p| w.fp[p])) / denom;
    if c.is_finite() {
        for (x, _) in w.fp.iter_mut().zip(&in_p).filter(|(_, i)| **i) {
            *x += c;
        }
        for s in 0..in_s.len() {
            w.is[s] -= c * w.fs[s];
        }
    }
    // Statement factors shifted against participant intercepts.
    let denom = lf + li * mean_p(&|p| w.fp[p] * w.fp[p]);
    let d = (li * mean_p(&|p| w.ip[p] * w.fp[p]) - lf * mean_s(&|s| w.fs[s])) / denom;
    if d.is_finite() {
        for (x, _) in w.fs.iter_mut().zip(&in_s).filter(|(_, i)| **i) {
            *x += d;
        }
        for p in 0..in_p.len() {
            w.ip[p] -= d * w.fp[p];
        }
    }
    // Scale balance.
    let (fp2, fs2) = (mean_p(&|p| w.fp[p] * w.fp[p]), mean_s(&|s| w.fs[s] * w.fs[s]));
    if fp2 > 0.0 && fs2 > 0.0 {
        let k = (fs2 / fp2).powf(0.25);
        w.fp.iter_mut().for_each(|f| *f *= k);
        w.fs.iter_mut().for_each(|f| *f /= k);
    }
}

fn penalty(config: &BridgingConfig, w: &Params, z: &Sizes) -> f64 {
    let sq = |v: &[f64]| v.iter().map(|x| x * x).sum::<f64>();
    config.lambda_intercept * (sq(&w.ip) / z.p + sq(&w.is) / z.s + w.mu * w.mu)
        + config.lambda_factor * (sq(&w.fp) / z.p + sq(&w.fs) / z.s)
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
    let col_n: Vec<u32> =
        (0..m.n_statements()).into_par_iter().map(|s| m.col(s).1.iter().filter(|&&v| v != 0).count() as u32).collect();
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
    let mut converged = z.n == 0.0;
    if z.n > 0.0 {
        // One update: a sweep and the exact gauge steps; returns the move
        // and the loss afterwards (the gauge steps change no prediction).
        let step = |w: &mut Params, iterations: &mut usize| -> (f64, f64) {
            *iterations += 1;
            let (moved, sse) = sweep(m, config, &z, w);
            regauge(config, &z, w);
            (moved, sse / z.n + penalty(config, w, &z))
        };
        // SQUAREM (Varadhan and Roland, 2008, scheme S3): two updates give
        // the step r and its change v; jump to θ0 - 2αr + α²v with
        // α = -|r|/|v|, then one more update; keep the jump only if the loss
        // went down, else halve α towards -1 (which is two plain updates).
        'outer: while iterations < config.max_iters {
            let w0 = w.clone();
            let (moved, _) = step(&mut w, &mut iterations);
            if moved <= config.tolerance {
                converged = true;
                break;
            }
            let w1 = w.clone();
            let (moved, loss2) = step(&mut w, &mut iterations);
            if moved <= config.tolerance {
                converged = true;
                break;
            }
            let r = w1.minus(&w0);
            let v = w.minus(&w1).minus(&r);
            let (rr, vv) = (r.norm2(), v.norm2());
            let mut alpha = -(rr / vv).sqrt();
            if !alpha.is_finite() || alpha > -1.0 {
                continue;
            }
            while alpha < -1.0 - 1e-9 && iterations < config.max_iters {
                let mut trial = w0.jump(&r, &v, alpha);
                let (moved, loss) = step(&mut trial, &mut iterations);
                if loss <= loss2 {
                    w = trial;
                    if moved <= config.tolerance {
                        converged = true;
                        break 'outer;
                    }
                    continue 'outer;
                }
                alpha = (alpha - 1.0) / 2.0;
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
    let participants = (0..np).map(|p| (z.row_n[p] > 0).then(|| (w.ip[p], w.fp[p]))).collect();
    Bridging { mu: w.mu, statements, participants, loss, iterations, converged }
}

fn loss_of(m: &VoteMatrix, config: &BridgingConfig, w: &Params, z: &Sizes) -> f64 {
    if z.n == 0.0 {
        return 0.0;
    }
    // Per-participant sums, then added in order: deterministic.
    let per_row: Vec<f64> = (0..m.n_participants())
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
        .collect();
    let sse: f64 = per_row.iter().sum();
    sse / z.n + penalty(config, w, z)
}

/// The gradient of the loss at a fitted model, as the largest absolute
/// partial derivative over all parameters. Used to check that the fit is a
/// stationary point. Infinite when `b` was not fitted on a matrix of this
/// shape.
pub fn max_gradient(m: &VoteMatrix, config: &BridgingConfig, b: &Bridging) -> f64 {
    let np = m.n_participants() as usize;
    let ns = m.n_statements() as usize;
    if b.participants.len() != np || b.statements.len() != ns {
        return f64::INFINITY;
    }
    let z = sizes(m);
    if z.n == 0.0 {
        return 0.0;
    }
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
        worst = worst.max((g_ip[p] + 2.0 * li * w.ip[p] / z.p).abs()).max((g_fp[p] + 2.0 * lf * w.fp[p] / z.p).abs());
    }
    for s in 0..ns {
        worst = worst.max((g_is[s] + 2.0 * li * w.is[s] / z.s).abs()).max((g_fs[s] + 2.0 * lf * w.fs[s] / z.s).abs());
    }
    worst
}
