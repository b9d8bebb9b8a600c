//! The bridging fit: stationary at the result, deterministic, and it finds a
//! planted bridging statement (issue 6).

use consensus::bridging::{self, BridgingConfig};
use consensus::synth::{self, SynthConfig};
use consensus::{Vote, VoteMatrix};

/// Two camps of 60 that disagree on statements 0..10 (each camp agrees with
/// half of them), plus statement 10 that both camps agree with (with some
/// noise), and statement 11 that only camp A agrees with.
fn planted() -> VoteMatrix {
    let mut votes = Vec::new();
    for p in 0..120u32 {
        let camp: i8 = if p < 60 { 1 } else { -1 };
        for s in 0..10u32 {
            let mut v = if s % 2 == 0 { camp } else { -camp };
            if (p * 7 + s * 3) % 11 == 0 {
                v = -v; // noise
            }
            votes.push(Vote { participant: p, statement: s, value: v });
        }
        let bridge = if p % 9 == 0 { -1 } else { 1 };
        votes.push(Vote { participant: p, statement: 10, value: bridge });
        votes.push(Vote { participant: p, statement: 11, value: camp });
        if p % 5 == 0 {
            votes.push(Vote { participant: p, statement: 12, value: 0 });
        }
    }
    VoteMatrix::from_votes(120, 13, &votes).unwrap()
}

#[test]
fn finds_planted_bridging_statement() {
    let m = planted();
    let config = BridgingConfig::default();
    let b = bridging::fit(&m, &config);
    let bridge = b.statements[10].unwrap();
    let partisan = b.statements[11].unwrap();
    assert!(bridge.bridging, "{bridge:?}");
    assert!(bridge.intercept >= 0.4 && bridge.factor.abs() <= 0.5);
    assert!(!partisan.bridging, "{partisan:?}");
    assert!(partisan.factor.abs() > 0.5);
    for s in 0..10 {
        assert!(!b.statements[s].unwrap().bridging, "statement {s}");
    }
    // Only passes: not in the fit.
    assert_eq!(b.statements[12], None);
    assert!(b.iterations < config.max_iters);
}

#[test]
fn result_is_stationary() {
    let m = planted();
    let config = BridgingConfig::default();
    let b = bridging::fit(&m, &config);
    let g = bridging::max_gradient(&m, &config, &b);
    assert!(g < 1e-8, "gradient {g}");
    // A perturbed model has a clearly non-zero gradient.
    let mut worse = b.clone();
    worse.mu += 0.1;
    assert!(bridging::max_gradient(&m, &config, &worse) > 1e-3);
}

#[test]
fn deterministic_and_stationary_on_synthetic_data() {
    let s = synth::generate(&SynthConfig {
        participants: 2000,
        statements: 60,
        votes: 40_000,
        groups: 2,
        seed: 7,
        ..SynthConfig::default()
    })
    .unwrap();
    let m = VoteMatrix::from_votes(2000, 60, &s.votes).unwrap();
    let config = BridgingConfig::default();
    let a = bridging::fit(&m, &config);
    let b = bridging::fit(&m, &config);
    assert_eq!(a, b);
    assert!(bridging::max_gradient(&m, &config, &a) < 1e-8);
    // The generator's consensus statements (every group agrees) bridge.
    for st in 0..60 {
        let score = a.statements[st].unwrap();
        if s.consensus[st] {
            assert!(score.bridging, "statement {st}: {score:?}");
        }
    }
}

#[test]
fn empty_matrix() {
    let m = VoteMatrix::from_votes(3, 2, &[]).unwrap();
    let b = bridging::fit(&m, &BridgingConfig::default());
    assert!(b.statements.iter().all(Option::is_none));
    assert_eq!(b.loss, 0.0);
}

/// Three equally strong camps: one factor cannot express them, the optimum is
/// nearly flat, and the accelerated sweeps must still get there.
#[test]
fn converges_on_three_camps() {
    let s = synth::generate(&SynthConfig {
        participants: 3000,
        statements: 60,
        votes: 60_000,
        groups: 3,
        seed: 11,
        ..SynthConfig::default()
    })
    .unwrap();
    let m = VoteMatrix::from_votes(3000, 60, &s.votes).unwrap();
    let config = BridgingConfig::default();
    let b = bridging::fit(&m, &config);
    assert!(b.converged, "{} sweeps", b.iterations);
    assert!(bridging::max_gradient(&m, &config, &b) < 1e-8);
}
