//! The sensitivity analysis's weight draws: pillar weights drawn from a
//! Dirichlet distribution centred on the defaults.
//!
//! A draw is `Dirichlet(c·w₁, …, c·wₙ)` for the default weights `w` and the
//! methodology's concentration `c`: its mean is `w`, and each weight varies
//! with variance `wᵢ(1 - wᵢ)/(c + 1)`, so a larger `c` keeps the draws
//! closer to the defaults. It is sampled as independent `Gamma(c·wᵢ, 1)`
//! variates divided by their sum (Devroye 1986, *Non-Uniform Random Variate
//! Generation*, XI.4). Each gamma variate is drawn by Marsaglia and Tsang's
//! method (2000, "A simple method for generating gamma variables", ACM
//! TOMS 26(3)), with their boost `Gamma(a) = Gamma(a + 1)·U^(1/a)` for a
//! shape `a < 1`, and its normal variates by Marsaglia's polar method
//! (Marsaglia and Bray 1964).
//!
//! The sampler is written here rather than taken from `rand_distr`: that
//! crate's arithmetic is `libm`'s or the platform's depending on which
//! features other crates of a build switch on, while every logarithm,
//! exponential and power here is `libm`'s, so a seed gives the same draws
//! to the last bit on every platform. The random stream is ChaCha20
//! (`rand_chacha`, pinned to an exact version) keyed by the seed's eight
//! little-endian bytes followed by zeros; a uniform number is the top 53
//! bits of a 64-bit output.

use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};

/// `draws` weight vectors around `defaults`, in draw order. Each sums to 1
/// (to rounding). If a shape `concentration × weight` is not a positive
/// finite number (possible only in a methodology built by hand) every draw
/// is the defaults.
pub(crate) fn draw_weights(defaults: &[f64], concentration: f64, seed: u64, draws: u32) -> Vec<Vec<f64>> {
    let mut rng = rng(seed);
    let shapes: Vec<f64> = defaults.iter().map(|&w| concentration * w).collect();
    let usable = shapes.iter().all(|&a| a > 0.0 && a.is_finite());
    (0..draws).map(|_| if usable { dirichlet(&mut rng, &shapes) } else { defaults.to_vec() }).collect()
}

/// The generator for `seed`.
pub(crate) fn rng(seed: u64) -> ChaCha20Rng {
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    ChaCha20Rng::from_seed(key)
}

/// One Dirichlet draw: gamma variates of `shapes` over their sum. With very
/// small shapes every variate can underflow to 0; such a draw is discarded
/// and drawn again (the stream stays determined by the seed).
pub(crate) fn dirichlet<R: Rng + ?Sized>(rng: &mut R, shapes: &[f64]) -> Vec<f64> {
    loop {
        let x: Vec<f64> = shapes.iter().map(|&a| gamma(rng, a)).collect();
        let sum: f64 = x.iter().sum();
        if sum > 0.0 && sum.is_finite() {
            return x.into_iter().map(|v| v / sum).collect();
        }
    }
}

/// A `Gamma(shape, 1)` variate, `shape` positive and finite (Marsaglia and
/// Tsang 2000): with `d = a - 1/3` and `c = 1/√(9d)`, draw a normal `x` and
/// `v = (1 + c·x)³` until `v > 0` and a uniform `u` passes the squeeze
/// `u < 1 - 0.0331·x⁴` or `ln u < x²/2 + d·(1 - v + ln v)`; return `d·v`.
pub(crate) fn gamma<R: Rng + ?Sized>(rng: &mut R, shape: f64) -> f64 {
    if shape < 1.0 {
        let boost = libm::pow(uniform(rng), 1.0 / shape);
        return gamma(rng, shape + 1.0) * boost;
    }
    let d = shape - 1.0 / 3.0;
    let c = 1.0 / libm::sqrt(9.0 * d);
    loop {
        let x = normal(rng);
        let t = 1.0 + c * x;
        if t <= 0.0 {
            continue;
        }
        let v = t * t * t;
        let u = uniform(rng);
        let x2 = x * x;
        if u < 1.0 - 0.0331 * x2 * x2 || libm::log(u) < 0.5 * x2 + d * (1.0 - v + libm::log(v)) {
            return d * v;
        }
    }
}

/// A standard normal variate by Marsaglia's polar method: a point `(p, q)`
/// uniform in the unit disc (`0 < s = p² + q² < 1`) gives
/// `p·√(-2 ln s / s)`. The second variate it also gives is not kept.
pub(crate) fn normal<R: Rng + ?Sized>(rng: &mut R) -> f64 {
    loop {
        let p = 2.0 * uniform(rng) - 1.0;
        let q = 2.0 * uniform(rng) - 1.0;
        let s = p * p + q * q;
        if s > 0.0 && s < 1.0 {
            return p * libm::sqrt(-2.0 * libm::log(s) / s);
        }
    }
}

/// A uniform number in the open interval (0, 1): the top 53 bits of the
/// next output, plus a half, over 2⁵³ (never 0, so its logarithm is finite).
pub(crate) fn uniform<R: Rng + ?Sized>(rng: &mut R) -> f64 {
    ((rng.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULTS: [f64; 5] = [0.2, 0.2, 0.2, 0.3, 0.1];

    #[test]
    fn a_draw_sums_to_one_and_is_positive() {
        for draw in draw_weights(&DEFAULTS, 20.0, 7, 200) {
            assert_eq!(draw.len(), 5);
            assert!((draw.iter().sum::<f64>() - 1.0).abs() < 1e-12);
            assert!(draw.iter().all(|&w| w >= 0.0));
        }
    }

    #[test]
    fn draws_vary_around_the_defaults() {
        let draws = draw_weights(&DEFAULTS, 20.0, 3, 4000);
        for (i, &w) in DEFAULTS.iter().enumerate() {
            let mean = draws.iter().map(|d| d[i]).sum::<f64>() / draws.len() as f64;
            let variance = draws.iter().map(|d| (d[i] - mean).powi(2)).sum::<f64>() / draws.len() as f64;
            let expected = w * (1.0 - w) / 21.0;
            // 4000 draws: the mean within ~6 standard errors, the variance within 15%.
            assert!((mean - w).abs() < 6.0 * (expected / 4000.0).sqrt(), "weight {i}: mean {mean}");
            assert!((variance / expected - 1.0).abs() < 0.15, "weight {i}: variance {variance} vs {expected}");
        }
    }

    #[test]
    fn a_huge_concentration_stays_near_the_defaults() {
        for draw in draw_weights(&DEFAULTS, 1e6, 11, 100) {
            for (w, d) in DEFAULTS.iter().zip(&draw) {
                assert!((w - d).abs() < 0.005, "{draw:?}");
            }
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_draws() {
        assert_eq!(draw_weights(&DEFAULTS, 20.0, 42, 50), draw_weights(&DEFAULTS, 20.0, 42, 50));
        assert_ne!(draw_weights(&DEFAULTS, 20.0, 42, 50), draw_weights(&DEFAULTS, 20.0, 43, 50));
    }

    #[test]
    fn unusable_shapes_fall_back_to_the_defaults() {
        assert_eq!(draw_weights(&DEFAULTS, 0.0, 1, 2), vec![DEFAULTS.to_vec(), DEFAULTS.to_vec()]);
        assert_eq!(draw_weights(&DEFAULTS, f64::NAN, 1, 1), vec![DEFAULTS.to_vec()]);
        assert_eq!(draw_weights(&DEFAULTS, f64::INFINITY, 1, 1), vec![DEFAULTS.to_vec()]);
        assert!(draw_weights(&DEFAULTS, 20.0, 1, 0).is_empty());
    }

    /// The mean and variance of `n` variates.
    fn moments(n: usize, mut draw: impl FnMut() -> f64) -> (f64, f64) {
        let x: Vec<f64> = (0..n).map(|_| draw()).collect();
        let mean = x.iter().sum::<f64>() / n as f64;
        (mean, x.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n as f64)
    }

    #[test]
    fn gamma_variates_have_the_shape_as_mean_and_variance() {
        let mut rng = rng(17);
        for shape in [0.3, 1.0, 2.5, 20.0] {
            let n = 40_000;
            let (mean, variance) = moments(n, || gamma(&mut rng, shape));
            // The mean within 5 standard errors (√(a/n)); the variance within 10%.
            assert!((mean - shape).abs() < 5.0 * (shape / n as f64).sqrt(), "shape {shape}: mean {mean}");
            assert!((variance / shape - 1.0).abs() < 0.1, "shape {shape}: variance {variance}");
        }
        assert!((0..1000).all(|_| gamma(&mut rng, 0.05) >= 0.0));
    }

    #[test]
    fn normal_and_uniform_variates() {
        let mut rng = rng(23);
        let (mean, variance) = moments(40_000, || normal(&mut rng));
        assert!(mean.abs() < 0.025 && (variance - 1.0).abs() < 0.04, "{mean} {variance}");
        // A quarter of normal variates lie below -0.6745 (the first quartile).
        let below = (0..40_000).filter(|_| normal(&mut rng) < -0.6745).count();
        assert!((below as f64 / 40_000.0 - 0.25).abs() < 0.01, "{below}");
        let (mean, variance) = moments(40_000, || uniform(&mut rng));
        assert!((mean - 0.5).abs() < 0.01 && (variance - 1.0 / 12.0).abs() < 0.003, "{mean} {variance}");
        assert!((0..10_000).map(|_| uniform(&mut rng)).all(|u| u > 0.0 && u < 1.0));
    }

    /// The uniform variate from a generator whose outputs are fixed.
    struct Fixed(u64);

    impl rand_chacha::rand_core::TryRng for Fixed {
        type Error = std::convert::Infallible;
        fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
            Ok(self.0 as u32)
        }
        fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
            Ok(self.0)
        }
        fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
            dst.fill(0);
            Ok(())
        }
    }

    #[test]
    fn uniform_variates_stay_inside_the_open_interval() {
        assert_eq!(uniform(&mut Fixed(0)), 0.5 / 9_007_199_254_740_992.0);
        assert_eq!(uniform(&mut Fixed(u64::MAX)), 1.0 - 0.5 / 9_007_199_254_740_992.0);
        assert_eq!(uniform(&mut Fixed(1 << 63)), 0.5 + 0.5 / 9_007_199_254_740_992.0);
    }

    #[test]
    fn a_seed_keys_its_own_stream() {
        assert_eq!(draw_weights(&DEFAULTS, 20.0, 2026, 3), draw_weights(&DEFAULTS, 20.0, 2026, 3));
        assert_eq!(rng(2026).next_u64(), rng(2026).next_u64());
        assert_ne!(rng(2026).next_u64(), rng(2027).next_u64());
        // Seeds differing in the top byte key different streams too.
        assert_ne!(rng(1).next_u64(), rng(1 | 1 << 63).next_u64());
    }

    #[test]
    fn the_stream_of_seed_2026_is_pinned() {
        // Reproduced outside Rust: OpenSSL's ChaCha20 (Python `cryptography`)
        // keyed by 2026's little-endian bytes, counter and nonce 0, read as
        // little-endian 64-bit words, and the same formulas. A change here
        // changes every published interval and must bump the engine version.
        let mut rng = rng(2026);
        assert_eq!(normal(&mut rng), 0.448938246697351);
        assert_eq!(gamma(&mut rng, 1.0), 0.10745670820243708);
        assert_eq!(gamma(&mut rng, 0.5), 0.02229711854395389);
        assert_eq!(gamma(&mut rng, 4.0), 1.8119390643287536);
    }

    #[test]
    fn tiny_shapes_still_give_a_draw() {
        // Shapes of 10^-4: most variates underflow to 0, and a draw whose
        // variates all do is drawn again.
        for draw in draw_weights(&[0.5, 0.5], 2e-4, 5, 50) {
            assert!((draw.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{draw:?}");
        }
    }
}
