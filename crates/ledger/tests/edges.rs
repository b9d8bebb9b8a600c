//! Edges that mutation testing (`cargo mutants -p ledger`) found untested
//! (issue 11, item 14): nodes outside the tree, the overflow guard of
//! `NodeId::start`, cosignature timestamps at and above 2^63 - 1, the
//! shortest signature line, and the small accessors and `Debug` impls.
//!
//! Mutants left alive on purpose (equivalent, or caught only as a
//! timeout): in `proof.rs`, mutants of `split`, of `lsb` and of the `&&` in
//! the `while !lsb(f) && f != 0` loops of `walk_inclusion` and
//! `walk_consistency` make those loops never end, so cargo-mutants reports
//! them as timeouts, not as missed: the tests do fail on them.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::{Signer as _, SigningKey};
use ledger::*;

#[test]
fn a_node_outside_the_tree_is_refused() {
    assert!(NodeId::leaf(4).is_in(5));
    assert!(!NodeId::leaf(5).is_in(5));
    assert!(NodeId::new(8, 0).is_in(256));
    assert!(!NodeId::new(8, 0).is_in(255));
    assert!(!NodeId::new(63, 1).is_in(u64::MAX));
    for (node, size) in [(NodeId::leaf(5), 5), (NodeId::new(8, 0), 255), (NodeId::new(1, 2), 5)] {
        assert_eq!(
            tile_for_node(node, size),
            Err(Error::NodeOutOfRange { level: node.level, index: node.index, size }),
            "{node:?}"
        );
    }
    assert!(tile_for_node(NodeId::new(1, 1), 5).is_ok());
}

#[test]
fn node_start_and_end_guard_their_overflow() {
    for level in 0..64u8 {
        let last = u64::MAX >> level;
        assert_eq!(NodeId::new(level, last).start(), Some(last << level), "level {level}");
        if level > 0 {
            assert_eq!(NodeId::new(level, last + 1).start(), None, "level {level}");
        }
    }
    assert_eq!(NodeId::new(64, 0).start(), None);
    assert_eq!(NodeId::new(3, 2).start(), Some(16));
    assert_eq!(NodeId::new(3, 2).end(), Some(24));
    assert_eq!(NodeId::leaf(7).end(), Some(8));
    assert_eq!(NodeId::new(63, 1).end(), None);
    assert_eq!(NodeId::leaf(u64::MAX).end(), None);
    assert_eq!(format!("{:?}", NodeId::new(3, 2)), "NodeId(3/2)");
}

/// A cosignature line at `time`, signed by hand (the crate refuses to make
/// one above 2^63 - 1).
fn cosignature_at(seed: &[u8; 32], cosigner: &Cosigner, text: &str, time: u64) -> NoteSignature {
    let message = format!("cosignature/v1\ntime {time}\n{text}");
    let signature = SigningKey::from_bytes(seed).sign(message.as_bytes());
    let mut bytes = time.to_be_bytes().to_vec();
    bytes.extend_from_slice(&signature.to_bytes());
    NoteSignature::new(cosigner.name(), cosigner.key_id(), bytes).unwrap()
}

#[test]
fn cosignature_timestamps_stop_at_2_63_minus_1() {
    let seed = [4; 32];
    let witness = Cosigner::new("witness.example/w", &seed).unwrap();
    let text = "log.example\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";
    let top = i64::MAX as u64;
    // The hand-made line is the crate's own at a time it accepts.
    assert_eq!(cosignature_at(&seed, &witness, text, 5), witness.cosign(text, 5).unwrap());
    for (time, accepted) in [(top - 1, true), (top, true), (top + 1, false), (u64::MAX, false)] {
        let mut note = Note::new(text).unwrap();
        note.add_signature(cosignature_at(&seed, &witness, text, time)).unwrap();
        let verified = note.verify(&[witness.verifier()]);
        match accepted {
            true => assert_eq!(verified.unwrap()[0].timestamp, Some(time)),
            false => assert!(matches!(verified, Err(Error::BadSignature { .. })), "{time}: {verified:?}"),
        }
    }
}

#[test]
fn the_shortest_signature_line_is_a_key_id_and_one_byte() {
    let line = |bytes: &[u8]| format!("\u{2014} name {}", BASE64.encode(bytes));
    let five = NoteSignature::parse(&line(&[0, 0, 0, 7, 9])).unwrap();
    assert_eq!((five.name(), five.key_id(), five.signature()), ("name", 7, &[9u8][..]));
    assert!(matches!(NoteSignature::parse(&line(&[0, 0, 0, 7])), Err(Error::SignatureLine { .. })));
}

#[test]
fn accessors_and_debug() {
    let witness = Cosigner::new("witness.example/w", &[4; 32]).unwrap();
    assert_eq!(witness.name(), "witness.example/w");
    assert_eq!(witness.key_id(), witness.verifier().key_id());
    assert!(witness.key_id() > 1);
    let debug = format!("{witness:?}");
    assert!(debug.contains(&format!("witness.example/w+{:08x}", witness.key_id())), "{debug}");
    assert!(!debug.contains(&BASE64.encode([4; 32])), "{debug}");
    assert_eq!(format!("{:?}", witness.verifier()), format!("Verifier({})", witness.verifier()));

    let plan = InclusionPlan::new(5, 9).unwrap();
    assert_eq!((plan.index(), plan.size()), (5, 9));
    let plan = ConsistencyPlan::new(5, 9).unwrap();
    assert_eq!((plan.old_size(), plan.new_size()), (5, 9));

    let tree = |leaves: &[&[u8]]| {
        let mut tree = CompactTree::new();
        for leaf in leaves {
            tree.push(leaf_hash(leaf)).unwrap();
        }
        tree
    };
    assert_eq!(tree(&[b"a", b"b"]), tree(&[b"a", b"b"]));
    assert_ne!(tree(&[b"a", b"b"]), tree(&[b"a", b"c"]));
    assert_ne!(tree(&[b"a"]), tree(&[b"a", b"b"]));
    assert!(format!("{:?}", tree(&[b"a", b"b", b"c"])).starts_with("CompactTree { size: 3, edge: ["));
}
