//! Split-view evidence tests: forks at the same size and at two sizes
//! (the smaller one a power of two or not), consistent pairs, tampered
//! paths and notes that do not open with the log's key.

use crate::tests::{ORIGIN, SignedLog};
use crate::*;

/// The evidence path from `old`'s checkpoint at `n` to `new`'s at `m`, as
/// a reader holding the first and fetching from the second computes it.
fn path(old: &SignedLog, n: u64, new: &SignedLog, m: u64) -> Vec<Hash> {
    let plan = ContinuityPlan::new(Some(&old.checkpoint(n)), &new.checkpoint(m)).unwrap();
    plan.evidence_path(&new.store.fetch(plan.nodes())).unwrap()
}

#[test]
fn two_roots_of_the_same_size_are_a_split_view() {
    let honest = SignedLog::new(1, 13);
    let forked = honest.rewritten(12);
    let key = honest.signer.verifier();
    let (a, b) = (honest.note(13), forked.note(13));
    let view = check_split_view(&a, &b, &[], &key).unwrap();
    assert_eq!(
        view,
        SplitView {
            smaller: honest.checkpoint(13),
            larger: forked.checkpoint(13),
            prefix_root: forked.checkpoint(13).root()
        }
    );
    assert_eq!(check_split_view(&b, &a, &[], &key).unwrap().smaller, forked.checkpoint(13));
    // Nothing to prove between equal sizes.
    assert_eq!(check_split_view(&a, &b, &[EMPTY_ROOT], &key), Err(Error::ProofNotEmpty));
    // The same checkpoint twice is no evidence.
    assert_eq!(check_split_view(&a, &a, &[], &key), Err(Error::Consistent { old: 13, new: 13 }));
    let cosigned = {
        let mut note = Note::parse(&a).unwrap();
        let witness = Cosigner::new("witness.example/w1", &[5; 32]).unwrap();
        note.add_signature(honest.checkpoint(13).cosign(&witness, 1).unwrap()).unwrap();
        note.to_string().into_bytes()
    };
    assert_eq!(check_split_view(&a, &cosigned, &[], &key), Err(Error::Consistent { old: 13, new: 13 }));
}

#[test]
fn a_larger_tree_that_does_not_begin_with_the_smaller_is_a_split_view() {
    let honest = SignedLog::new(1, 40);
    for (n, m, at) in
        [(5, 13, 4), (5, 13, 0), (4, 13, 3), (8, 13, 7), (1, 13, 0), (12, 40, 11), (16, 40, 2), (13, 14, 6)]
    {
        let forked = honest.rewritten(at);
        let path = path(&honest, n, &forked, m);
        let (small, large) = (honest.note(n), forked.note(m));
        let key = honest.signer.verifier();
        let want = SplitView {
            smaller: honest.checkpoint(n),
            larger: forked.checkpoint(m),
            prefix_root: forked.checkpoint(n).root(),
        };
        assert_eq!(check_split_view(&small, &large, &path, &key), Ok(want.clone()), "{n} -> {m}");
        assert_eq!(check_split_view(&large, &small, &path, &key), Ok(want), "{n} -> {m}, given larger first");

        // A plain RFC 9162 proof leaves out the old tree of a power-of-two
        // size, so it is not a path of the evidence.
        if n.is_power_of_two() {
            let proof = forked.proof(n, m);
            assert!(check_split_view(&small, &large, &proof, &key).is_err(), "{n} -> {m}");
        }
        // Any changed hash, or one hash fewer or more, and the path does not
        // compute the larger root.
        for i in 0..path.len() {
            let mut tampered = path.clone();
            tampered[i].0[31] ^= 0x80;
            let refused = check_split_view(&small, &large, &tampered, &key);
            assert_eq!(refused, Err(Error::NewRootMismatch), "{n} -> {m}, hash {i}");
        }
        let short = check_split_view(&small, &large, &path[..path.len() - 1], &key);
        assert_eq!(short, Err(Error::ProofTooShort), "{n} -> {m}");
        let long = [path.as_slice(), &[EMPTY_ROOT]].concat();
        assert_eq!(check_split_view(&small, &large, &long, &key), Err(Error::ProofTooLong), "{n} -> {m}");
    }
}

#[test]
fn consistent_checkpoints_are_no_evidence() {
    let log = SignedLog::new(1, 40);
    let key = log.signer.verifier();
    for (n, m) in [(1, 2), (4, 13), (5, 13), (8, 13), (12, 40), (39, 40)] {
        let path = path(&log, n, &log, m);
        let refused = check_split_view(&log.note(n), &log.note(m), &path, &key);
        assert_eq!(refused, Err(Error::Consistent { old: n, new: m }));
    }
    assert_eq!(
        Error::Consistent { old: 4, new: 13 }.to_string(),
        "the checkpoints of 4 and 13 entries are consistent: they are no evidence of a split view"
    );
}

#[test]
fn the_empty_tree_has_one_root() {
    let log = SignedLog::new(1, 5);
    let key = log.signer.verifier();
    assert_eq!(check_split_view(&log.note(0), &log.note(5), &[], &key), Err(Error::Consistent { old: 0, new: 5 }));
    assert_eq!(check_split_view(&log.note(0), &log.note(0), &[], &key), Err(Error::Consistent { old: 0, new: 0 }));
    assert_eq!(check_split_view(&log.note(0), &log.note(5), &[EMPTY_ROOT], &key), Err(Error::ProofNotEmpty));
    let false_empty = Checkpoint::new(ORIGIN, 0, log.checkpoint(5).root()).unwrap();
    let false_note = false_empty.sign(&log.signer).unwrap().to_string().into_bytes();
    let view = check_split_view(&log.note(5), &false_note, &[], &key).unwrap();
    assert_eq!(view, SplitView { smaller: false_empty.clone(), larger: log.checkpoint(5), prefix_root: EMPTY_ROOT });
    let view = check_split_view(&false_note, &log.note(0), &[], &key).unwrap();
    assert_eq!(view, SplitView { smaller: false_empty, larger: log.checkpoint(0), prefix_root: EMPTY_ROOT });
}

#[test]
fn both_checkpoints_must_open_with_the_log_key() {
    let honest = SignedLog::new(1, 13);
    let forked = honest.rewritten(2);
    let key = honest.signer.verifier();
    let impostor = Signer::new(ORIGIN, &[4; 32]).unwrap();
    let forged = forked.checkpoint(13).sign(&impostor).unwrap().to_string().into_bytes();
    assert_eq!(check_split_view(&honest.note(13), &forged, &[], &key), Err(Error::NoKnownSignature));
    assert_eq!(check_split_view(&forged, &honest.note(13), &[], &key), Err(Error::NoKnownSignature));
    // Another log's key, named as this one's origin, opens neither.
    assert_eq!(
        check_split_view(&honest.note(13), &forked.note(13), &[], &impostor.verifier()),
        Err(Error::NoKnownSignature)
    );
    // A checkpoint of another origin, signed by a key of that name.
    let other = Signer::new("other.example/log", &[1; 32]).unwrap();
    let mut note = Note::new(&Checkpoint::new(ORIGIN, 13, EMPTY_ROOT).unwrap().to_string()).unwrap();
    note.sign(&other).unwrap();
    let refused = check_split_view(&note.to_string().into_bytes(), &honest.note(13), &[], &other.verifier());
    assert_eq!(refused, Err(Error::OriginMismatch));
    assert!(check_split_view(b"not a note", &honest.note(13), &[], &key).is_err());
}

#[test]
fn evidence_paths_need_the_plans_hashes() {
    let log = SignedLog::new(1, 13);
    let plan = ContinuityPlan::new(Some(&log.checkpoint(4)), &log.checkpoint(13)).unwrap();
    assert_eq!(plan.evidence_path(&[]), Err(Error::HashCount { got: 0, want: plan.nodes().len() }));
    let unchanged = ContinuityPlan::new(Some(&log.checkpoint(13)), &log.checkpoint(13)).unwrap();
    assert_eq!(unchanged.evidence_path(&[]), Ok(Vec::new()));
}
