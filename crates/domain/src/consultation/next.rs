//! Which statement a participant sees next: one they have not voted on,
//! drawn at random in proportion to Pol.is's priority, as Pol.is does
//! (`server/src/nextComment.ts`, `selectProbabilistically`, with the
//! priorities of `conversation.clj`, `:comment-priorities`).
//!
//! A statement the analysis has not seen votes on yet gets the priority
//! Pol.is's formula gives a statement without votes (about 5.06, well above
//! that of a much-voted statement), so new statements are shown soon.
//!
//! The draw is seeded by the consultation, the voter and how many votes
//! they have cast, so reloading the page shows the same statement, and the
//! next vote moves on.

use sha2::{Digest, Sha256};

use crate::envelope::Actor;

/// The priority of a statement without votes.
pub fn unvoted_priority() -> f64 {
    consensus::stats::priority(false, 0.0, 0.0, 0.0, 0.0)
}

/// Draws the next statement among `candidates` (statement, priority if
/// known) for `voter`, who has voted `voted` times in consultation
/// `consultation`. `None` when there is nothing left.
pub fn next_statement(candidates: &[(u64, Option<f64>)], consultation: u64, voter: &Actor, voted: u64) -> Option<u64> {
    let weight = |p: Option<f64>| p.filter(|p| p.is_finite() && *p > 0.0).unwrap_or_else(unvoted_priority);
    let total: f64 = candidates.iter().map(|(_, p)| weight(*p)).sum();
    let digest = Sha256::digest(format!("concord-next/v1\n{consultation}\n{voter}\n{voted}").as_bytes());
    let draw = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes")) as f64 / 2f64.powi(64) * total;
    let mut seen = 0.0;
    for (statement, priority) in candidates {
        seen += weight(*priority);
        if draw < seen {
            return Some(*statement);
        }
    }
    candidates.last().map(|(statement, _)| *statement)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voter(n: u32) -> Actor {
        Actor::try_from(format!("p.{n:04}")).unwrap()
    }

    #[test]
    fn nothing_left_means_none_and_one_left_is_it() {
        assert_eq!(next_statement(&[], 1, &voter(1), 0), None);
        assert_eq!(next_statement(&[(7, Some(0.5))], 1, &voter(1), 3), Some(7));
    }

    #[test]
    fn the_draw_is_stable_and_follows_the_priorities() {
        let candidates = [(1, Some(1.0)), (2, Some(9.0)), (3, None)];
        assert_eq!(next_statement(&candidates, 1, &voter(1), 0), next_statement(&candidates, 1, &voter(1), 0));
        let mut shown = [0u32; 4];
        for v in 0..3_000 {
            shown[next_statement(&candidates, 1, &voter(v), 0).unwrap() as usize] += 1;
        }
        // Expected shares: 1 / 15.06, 9 / 15.06, 5.06 / 15.06.
        let share = |n: u32| f64::from(n) / 3_000.0;
        assert!((share(shown[1]) - 1.0 / 15.0625).abs() < 0.03, "{shown:?}");
        assert!((share(shown[2]) - 9.0 / 15.0625).abs() < 0.03, "{shown:?}");
        assert!((share(shown[3]) - 5.0625 / 15.0625).abs() < 0.03, "{shown:?}");
    }

    #[test]
    fn a_statement_without_votes_has_pol_is_priority_for_no_votes() {
        // (importance * (1 + 8 * 2^0))^2 with importance = 0.5 * 1 * 0.5.
        assert_eq!(unvoted_priority(), (0.25f64 * 9.0).powi(2));
        // Non-finite or zero priorities count as unvoted (about 5.06),
        // neither as nothing nor as everything: beside a statement of
        // priority 1, each is drawn about 5 times in 6.
        for odd in [f64::NAN, f64::INFINITY, 0.0, -1.0] {
            let candidates = [(4, Some(odd)), (5, Some(1.0))];
            let drawn = (0..600).filter(|&v| next_statement(&candidates, 1, &voter(v), 0) == Some(4)).count();
            assert!((450..560).contains(&drawn), "{odd}: drawn {drawn} times in 600");
        }
    }
}
