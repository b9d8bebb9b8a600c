//! From a raw value to a 0–1 score, and from scores to their weighted mean.
//! The logarithm and exponential are `libm`'s, so a score has the same bits
//! on every platform.

use crate::methodology::{Direction, IndicatorSpec, Mean, Transform};

/// A raw value's score, 0–1: clamped to the goalposts, transformed (both the
/// value and the goalposts), scaled so the lower goalpost is 0 and the upper
/// one 1, and flipped (`1 - s`) if a lower value is better.
///
/// Clamping before the logarithm lets a value of 0 (no broadband
/// subscription at all) score 0 under a `log` transform, where the lower
/// goalpost is above 0.
pub(crate) fn scale(value: f64, spec: &IndicatorSpec) -> f64 {
    let (low, high) = spec.goalposts;
    let clamped = value.clamp(low, high);
    let s = match spec.transform {
        Transform::None => (clamped - low) / (high - low),
        Transform::Log => (libm::log(clamped) - libm::log(low)) / (libm::log(high) - libm::log(low)),
    };
    let s = s.clamp(0.0, 1.0);
    match spec.direction {
        Direction::Higher => s,
        Direction::Lower => 1.0 - s,
    }
}

/// The weighted mean of 0–1 `scores` (pairs of weight and score), the
/// weights taken relative to their sum:
/// - arithmetic: `Σ wᵢ·sᵢ / Σ wᵢ`;
/// - geometric: `exp(Σ wᵢ·ln max(sᵢ, floor) / Σ wᵢ)`, so one score of 0
///   does not make the whole mean 0.
///
/// Clamped to 0–1 against rounding; 0 if there is nothing to average.
pub(crate) fn mean(kind: Mean, floor: f64, scores: impl Iterator<Item = (f64, f64)>) -> f64 {
    let (mut total, mut sum) = (0.0, 0.0);
    for (weight, score) in scores {
        total += weight;
        sum += weight
            * match kind {
                Mean::Arithmetic => score,
                Mean::Geometric => libm::log(score.max(floor)),
            };
    }
    if total <= 0.0 {
        return 0.0;
    }
    let m = match kind {
        Mean::Arithmetic => sum / total,
        Mean::Geometric => libm::exp(sum / total),
    };
    m.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(transform: Transform, direction: Direction, goalposts: (f64, f64)) -> IndicatorSpec {
        IndicatorSpec {
            code: "X".into(),
            weight: 1.0,
            direction,
            transform,
            goalposts,
            max_age_years: None,
            rationale: "test".into(),
        }
    }

    #[test]
    fn a_value_is_scaled_between_the_goalposts() {
        let s = spec(Transform::None, Direction::Higher, (20.0, 120.0));
        assert_eq!(scale(20.0, &s), 0.0);
        assert_eq!(scale(45.0, &s), 0.25);
        assert_eq!(scale(120.0, &s), 1.0);
    }

    #[test]
    fn a_value_beyond_a_goalpost_is_clamped() {
        let s = spec(Transform::None, Direction::Higher, (20.0, 120.0));
        assert_eq!(scale(-5.0, &s), 0.0);
        assert_eq!(scale(19.999, &s), 0.0);
        assert_eq!(scale(120.001, &s), 1.0);
        assert_eq!(scale(1e9, &s), 1.0);
    }

    #[test]
    fn a_log_transform_scales_the_logarithms() {
        // HDI technical notes: income index = (ln x - ln 100) / (ln 75000 - ln 100).
        let s = spec(Transform::Log, Direction::Higher, (100.0, 75_000.0));
        let x: f64 = 10_000.0;
        let expected = (x.ln() - 100f64.ln()) / (75_000f64.ln() - 100f64.ln());
        assert!((scale(x, &s) - expected).abs() < 1e-15);
        // 1000 is the geometric midpoint of 100 and 10000.
        let s = spec(Transform::Log, Direction::Higher, (100.0, 10_000.0));
        assert!((scale(1_000.0, &s) - 0.5).abs() < 1e-15);
        // Zero (below the lower goalpost) scores 0 rather than minus infinity.
        assert_eq!(scale(0.0, &s), 0.0);
        assert_eq!(scale(20_000.0, &s), 1.0);
    }

    #[test]
    fn a_lower_is_better_indicator_is_flipped() {
        let s = spec(Transform::None, Direction::Lower, (0.0, 10.0));
        assert_eq!(scale(0.0, &s), 1.0);
        assert_eq!(scale(2.5, &s), 0.75);
        assert_eq!(scale(10.0, &s), 0.0);
        assert_eq!(scale(50.0, &s), 0.0);
    }

    #[test]
    fn the_arithmetic_mean_weighs_each_score() {
        let m = mean(Mean::Arithmetic, 0.01, [(0.25, 0.2), (0.75, 0.6)].into_iter());
        assert!((m - 0.5).abs() < 1e-15, "{m}");
        // Weights count relative to their sum.
        let m = mean(Mean::Arithmetic, 0.01, [(1.0, 0.2), (3.0, 0.6)].into_iter());
        assert!((m - 0.5).abs() < 1e-15, "{m}");
        assert_eq!(mean(Mean::Arithmetic, 0.01, [(1.0, 0.0), (1.0, 0.0)].into_iter()), 0.0);
    }

    #[test]
    fn the_geometric_mean_floors_each_score() {
        // 0.25^0.5 · 1^0.5 = 0.5
        let m = mean(Mean::Geometric, 0.01, [(0.5, 0.25), (0.5, 1.0)].into_iter());
        assert!((m - 0.5).abs() < 1e-15, "{m}");
        // 0.1^(1/3) · 0.8^(2/3)
        let m = mean(Mean::Geometric, 0.01, [(1.0, 0.1), (2.0, 0.8)].into_iter());
        assert!((m - 0.4).abs() < 1e-12, "{m}");
        // A zero counts as the floor: 0.01^0.5 · 1^0.5 = 0.1.
        let m = mean(Mean::Geometric, 0.01, [(0.5, 0.0), (0.5, 1.0)].into_iter());
        assert!((m - 0.1).abs() < 1e-15, "{m}");
        // A score just above the floor is not floored.
        let m = mean(Mean::Geometric, 0.01, [(0.5, 0.04), (0.5, 1.0)].into_iter());
        assert!((m - 0.2).abs() < 1e-15, "{m}");
    }

    #[test]
    fn an_empty_mean_is_zero_and_rounding_stays_within_one() {
        assert_eq!(mean(Mean::Geometric, 0.01, std::iter::empty()), 0.0);
        assert_eq!(mean(Mean::Arithmetic, 0.01, [(0.0, 1.0)].into_iter()), 0.0);
        let ones = [(0.1, 1.0); 10];
        assert_eq!(mean(Mean::Arithmetic, 0.01, ones.into_iter()), 1.0);
        assert_eq!(mean(Mean::Geometric, 0.01, ones.into_iter()), 1.0);
    }
}
