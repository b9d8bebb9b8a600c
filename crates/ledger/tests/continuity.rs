//! A reader's check that a new checkpoint extends the one it stored:
//! first seen, unchanged, extended, and a log that shrank or was rewritten
//! with the log's own key.

use std::collections::HashMap;

use ledger::*;

const ORIGIN: &str = "log.example/concord";

/// A log of `size` leaves, leaf `i` being `data(i)`: its checkpoint at
/// every size up to `size`, and every full subtree, as a store keeps them.
struct Log {
    nodes: HashMap<NodeId, Hash>,
    checkpoints: Vec<Checkpoint>,
}

impl Log {
    fn new(size: u64, data: impl Fn(u64) -> Vec<u8>) -> Log {
        let mut tree = CompactTree::new();
        let mut nodes = HashMap::new();
        let mut checkpoints = vec![Checkpoint::new(ORIGIN, 0, tree.root()).unwrap()];
        for i in 0..size {
            nodes.extend(tree.push(leaf_hash(&data(i))).unwrap());
            checkpoints.push(Checkpoint::new(ORIGIN, tree.size(), tree.root()).unwrap());
        }
        Log { nodes, checkpoints }
    }

    fn at(&self, size: u64) -> &Checkpoint {
        &self.checkpoints[size as usize]
    }

    /// Plans the check of this log at `new` against `stored`, fetches the
    /// hashes from this log, and finishes.
    fn check(&self, stored: Option<&Checkpoint>, new: u64) -> Result<Continuity, Error> {
        let plan = ContinuityPlan::new(stored, self.at(new))?;
        let hashes: Vec<Hash> = plan.nodes().iter().map(|id| self.nodes[id]).collect();
        plan.finish(&hashes)
    }

    /// The consistency proof of this log from `old` to `new`.
    fn proof(&self, old: u64, new: u64) -> Vec<Hash> {
        let plan = ConsistencyPlan::new(old, new).unwrap();
        let hashes: Vec<Hash> = plan.nodes().iter().map(|id| self.nodes[id]).collect();
        plan.finish(&hashes).unwrap()
    }
}

fn honest(i: u64) -> Vec<u8> {
    format!("entry {i}").into_bytes()
}

/// The honest log with entry `at` rewritten.
fn rewritten(at: u64) -> impl Fn(u64) -> Vec<u8> {
    move |i| if i == at { b"rewritten".to_vec() } else { honest(i) }
}

#[test]
fn first_seen_unchanged_and_extended() {
    let log = Log::new(70, honest);
    assert_eq!(log.check(None, 13), Ok(Continuity::FirstSeen));
    assert!(ContinuityPlan::new(None, log.at(13)).unwrap().nodes().is_empty());
    for old in 0..=70 {
        assert_eq!(log.check(Some(log.at(old)), old), Ok(Continuity::Unchanged), "{old}");
        for new in old + 1..=70 {
            assert_eq!(log.check(Some(log.at(old)), new), Ok(Continuity::Extended), "{old} -> {new}");
        }
    }
    assert_eq!(Continuity::FirstSeen.as_str(), "first_seen");
    assert_eq!(Continuity::Unchanged.as_str(), "unchanged");
    assert_eq!(Continuity::Extended.as_str(), "extended");
}

#[test]
fn a_log_that_shrank_is_refused_before_any_proof() {
    let log = Log::new(20, honest);
    for (old, new) in [(20, 19), (20, 0), (1, 0)] {
        assert_eq!(ContinuityPlan::new(Some(log.at(old)), log.at(new)), Err(Error::LogShrank { old, new }));
        assert_eq!(check_continuity(Some(log.at(old)), log.at(new), &[]), Err(Error::LogShrank { old, new }));
    }
}

#[test]
fn a_rewrite_signed_with_the_real_key_is_caught_at_the_same_size_or_larger() {
    let log = Log::new(40, honest);
    for at in [0, 5, 16, 31] {
        let forged = Log::new(40, rewritten(at));
        for old in at + 1..=32 {
            for new in [old, old + 1, 33, 40] {
                let result = forged.check(Some(log.at(old)), new);
                assert_eq!(result, Err(Error::LogRewritten { old, new }), "entry {at} rewritten, {old} -> {new}");
            }
        }
        // A reader who stored a checkpoint before the rewritten entry was
        // logged cannot tell: that part of the history is new to them.
        assert_eq!(forged.check(Some(log.at(at)), 40), Ok(Continuity::Extended));
    }
}

#[test]
fn a_wrong_proof_is_not_taken_for_a_rewrite() {
    let log = Log::new(40, honest);
    for (old, new) in [(3, 7), (4, 40), (13, 21), (32, 33)] {
        let proof = log.proof(old, new);
        let (stored, latest) = (log.at(old), log.at(new));
        assert_eq!(check_continuity(Some(stored), latest, &proof), Ok(Continuity::Extended));
        for i in 0..proof.len() {
            let mut bad = proof.clone();
            bad[i].0[0] ^= 1;
            assert_eq!(check_continuity(Some(stored), latest, &bad), Err(Error::NewRootMismatch), "{old} {new} {i}");
        }
        assert_eq!(check_continuity(Some(stored), latest, &proof[1..]), Err(Error::ProofTooShort));
        let longer: Vec<Hash> = proof.iter().chain(&proof[..1]).copied().collect();
        assert_eq!(check_continuity(Some(stored), latest, &longer), Err(Error::ProofTooLong));
        let plan = ContinuityPlan::new(Some(stored), latest).unwrap();
        assert_eq!(plan.finish(&[]), Err(Error::HashCount { got: 0, want: plan.nodes().len() }));
    }
    // Nothing to prove takes an empty proof.
    let extra = [log.proof(3, 7)[0]];
    assert_eq!(check_continuity(None, log.at(5), &extra), Err(Error::ProofNotEmpty));
    assert_eq!(check_continuity(Some(log.at(5)), log.at(5), &extra), Err(Error::ProofNotEmpty));
    assert_eq!(check_continuity(Some(log.at(0)), log.at(5), &extra), Err(Error::ProofNotEmpty));
    assert_eq!(check_continuity(Some(log.at(0)), log.at(5), &[]), Ok(Continuity::Extended));
}

#[test]
fn checkpoints_of_two_logs_are_not_compared() {
    let log = Log::new(5, honest);
    let other = Checkpoint::new("other.example/log", 5, log.at(5).root()).unwrap();
    assert_eq!(ContinuityPlan::new(Some(log.at(3)), &other), Err(Error::OriginMismatch));
    assert_eq!(check_continuity(Some(&other), log.at(5), &[]), Err(Error::OriginMismatch));
}
