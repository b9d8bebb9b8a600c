//! The sensitivity analysis's weight draws: pillar weights drawn from a
//! Dirichlet distribution centred on the defaults.
//!
//! A draw is `Dirichlet(c·w₁, …, c·wₙ)` for the default weights `w` and the
//! methodology's concentration `c`: its mean is `w`, and each weight varies
//! with variance `wᵢ(1 - wᵢ)/(c + 1)`, so a larger `c` keeps the draws
//! closer to the defaults. It is sampled as independent `Gamma(c·wᵢ, 1)`
//! variates divided by their sum (Devroye 1986, *Non-Uniform Random Variate
//! Generation*, XI.4); `rand_distr`'s gamma sampler is Marsaglia and Tsang's
//! (2000, "A simple method for generating gamma variables", ACM TOMS 26(3)),
//! its normal variates by the ziggurat, all in `libm` arithmetic.
//!
//! The random stream is ChaCha20 (`rand_chacha`) keyed by the seed's eight
//! little-endian bytes followed by zeros; both crates are pinned to exact
//! versions, so a seed gives the same draws until the engine version says
//! otherwise.

use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};
use rand_distr::{Distribution, Gamma};

/// `draws` weight vectors around `defaults`, in draw order. Each sums to 1
/// (to rounding). If a gamma cannot be built (a concentration or weight
/// that is not a positive finite number, possible only in a methodology
/// built by hand) every draw is the defaults.
pub(crate) fn draw_weights(defaults: &[f64], concentration: f64, seed: u64, draws: u32) -> Vec<Vec<f64>> {
    let mut rng = rng(seed);
    let gammas: Option<Vec<Gamma<f64>>> = defaults
        .iter()
        .map(|&w| {
            Some(concentration * w).filter(|shape| shape.is_finite()).and_then(|shape| Gamma::new(shape, 1.0).ok())
        })
        .collect();
    (0..draws)
        .map(|_| match &gammas {
            Some(gammas) => dirichlet(&mut rng, gammas),
            None => defaults.to_vec(),
        })
        .collect()
}

/// The generator for `seed`.
pub(crate) fn rng(seed: u64) -> ChaCha20Rng {
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    ChaCha20Rng::from_seed(key)
}

/// One Dirichlet draw: the gammas' variates over their sum. With very small
/// shapes every variate can underflow to 0; such a draw is discarded and
/// drawn again (the stream stays determined by the seed).
pub(crate) fn dirichlet<R: Rng + ?Sized>(rng: &mut R, gammas: &[Gamma<f64>]) -> Vec<f64> {
    loop {
        let x: Vec<f64> = gammas.iter().map(|g| g.sample(rng)).collect();
        let sum: f64 = x.iter().sum();
        if sum > 0.0 && sum.is_finite() {
            return x.into_iter().map(|v| v / sum).collect();
        }
    }
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

    #[test]
    fn tiny_shapes_still_give_a_draw() {
        // Shapes of 10^-4: most variates underflow to 0, and a draw whose
        // variates all do is drawn again.
        for draw in draw_weights(&[0.5, 0.5], 2e-4, 5, 50) {
            assert!((draw.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{draw:?}");
        }
    }
}
