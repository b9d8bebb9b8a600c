//! Synthetic consultations with planted opinion groups, for benchmarks and
//! tests.
//!
//! Participant `p` belongs to group `p % groups`. Every group has a stance on
//! every statement (agree or disagree, drawn per group and statement), except
//! that one statement in ten is a consensus statement that every group agrees
//! with. Each participant votes on `votes / participants` distinct statements
//! (the remainder spread over the first participants), chosen as an
//! arithmetic progression modulo the number of statements with a random start
//! and a random step coprime to it; each vote follows the group's stance with
//! probability `fidelity`, passes with probability `pass`, and goes against
//! the stance otherwise. Everything is drawn from SplitMix64 streams keyed by
//! the seed and the participant, so the output is the same for a seed
//! whatever the number of threads.

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::matrix::Vote;
use crate::rng::SplitMix64;

/// What to generate.
#[derive(Debug, Clone)]
pub struct SynthConfig {
    /// Number of participants.
    pub participants: u32,
    /// Number of statements.
    pub statements: u32,
    /// Total number of votes (at most participants × statements).
    pub votes: u64,
    /// Number of planted groups (at least 1).
    pub groups: u32,
    /// Seed.
    pub seed: u64,
    /// Probability that a vote follows the group's stance.
    pub fidelity: f64,
    /// Probability of a pass.
    pub pass: f64,
}

impl Default for SynthConfig {
    fn default() -> Self {
        SynthConfig {
            participants: 1000,
            statements: 100,
            votes: 20_000,
            groups: 3,
            seed: 0,
            fidelity: 0.85,
            pass: 0.05,
        }
    }
}

/// A generated consultation.
#[derive(Debug, Clone)]
pub struct Synthetic {
    /// The votes, participant by participant.
    pub votes: Vec<Vote>,
    /// The planted group of each participant.
    pub group_of: Vec<u32>,
    /// `consensus[s]`: every group agrees with statement `s`.
    pub consensus: Vec<bool>,
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// Generates the votes.
pub fn generate(c: &SynthConfig) -> Result<Synthetic> {
    if c.participants == 0 || c.statements == 0 || c.groups == 0 {
        return Err(Error::Config("participants, statements and groups must be positive".into()));
    }
    let cap = c.participants as u64 * c.statements as u64;
    if c.votes > cap {
        return Err(Error::Config(format!(
            "{} votes do not fit {} participants × {} statements",
            c.votes, c.participants, c.statements
        )));
    }
    let m = c.statements as u64;
    let mut rng = SplitMix64::new(c.seed);
    let consensus: Vec<bool> = (0..m).map(|s| s % 10 == 3).collect();
    let stance: Vec<Vec<i8>> = (0..c.groups)
        .map(|_| (0..m as usize).map(|s| if consensus[s] || rng.next_u64() & 1 == 0 { 1 } else { -1 }).collect())
        .collect();
    let n = c.participants as u64;
    let base = c.votes / n;
    let extra = c.votes % n;
    let mut votes = vec![Vote { participant: 0, statement: 0, value: 0 }; c.votes as usize];
    // Split the output into per-participant slices for parallel filling.
    let mut slices: Vec<(u32, &mut [Vote])> = Vec::with_capacity(n as usize);
    let mut rest: &mut [Vote] = &mut votes;
    for p in 0..n {
        let len = (base + u64::from(p < extra)) as usize;
        let (a, b) = std::mem::take(&mut rest).split_at_mut(len);
        slices.push((p as u32, a));
        rest = b;
    }
    slices.par_iter_mut().with_min_len(256).for_each(|(p, out)| {
        let mut r = SplitMix64::stream(c.seed, *p as u64 + 1);
        let g = (*p % c.groups) as usize;
        let start = r.below(m);
        let mut step = 1 + r.below(m.max(2) - 1);
        while gcd(step, m) != 1 {
            step = 1 + r.below(m.max(2) - 1);
        }
        for (i, v) in out.iter_mut().enumerate() {
            let s = ((start + i as u64 * step) % m) as usize;
            let x = r.next_f64();
            let value = if x < c.pass {
                0
            } else if x < c.pass + c.fidelity {
                stance[g][s]
            } else {
                -stance[g][s]
            };
            *v = Vote { participant: *p, statement: s as u32, value };
        }
    });
    Ok(Synthetic { votes, group_of: (0..c.participants).map(|p| p % c.groups).collect(), consensus })
}
