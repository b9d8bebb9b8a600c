//! A mirror's store (issue 18), on SQLite and PostgreSQL: it opens without
//! a signing key, appends only entries that hash to the hub's checkpoint,
//! ends with the hub's state, and keeps what following, witnessing and
//! gossip need.

use domain::Command;
use domain::authz::Caller;
use domain::lang::Lang;
use ledger::{Checkpoint, Hash, verify_consistency};
use store::federation::{
    EvidenceKind, FollowStatus, MirroredBatch, NewEvidence, PeerStatus, WitnessStatus, WitnessedCheckpoint, witness_key,
};
use store::scratch::{Setup, on_each_backend};
use store::{Config, Store, StoreError};

/// A hub on SQLite with a published document, its checkpoint signed.
async fn hub(dir: &std::path::Path) -> (Store, Vec<Vec<u8>>) {
    let store = Store::open(&Config { origin: "hub.concord.localhost/log".into(), ..Config::new(dir) }).await.unwrap();
    let blob = store.put_blob(b"the text of a resolution", "text/plain; charset=utf-8").await.unwrap();
    let document = Command::PublishDocument { title: "A resolution".into(), language: Lang::En, blob };
    store.submit(Caller::system(), document).await.unwrap();
    store.sign_checkpoint().await.unwrap();
    let size = store.log_sizes().await.unwrap().0;
    let entries = store.entries(0, size).await.unwrap().into_iter().map(|entry| entry.bytes).collect();
    (store, entries)
}

fn mirror_config(setup: &Setup, hub: &Store) -> Config {
    Config { mirror_of: Some(hub.verifier_key().to_owned()), ..setup.config() }
}

fn batch(entries: &[Vec<u8>], first: usize, end: usize) -> MirroredBatch {
    MirroredBatch { first: first as u64, entries: entries[first..end].to_vec(), ..MirroredBatch::default() }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mirror_appends_the_hubs_entries_and_ends_with_the_same_state_and_tiles() {
    let hub_dir = tempfile::tempdir().unwrap();
    let (hub, entries) = hub(hub_dir.path()).await;
    let (size, note) = hub.signed_checkpoint().await.unwrap();
    on_each_backend(|setup| {
        let (hub, entries, note) = (hub.clone(), entries.clone(), note.clone());
        async move {
            let mirror = Store::open_mirror(&mirror_config(&setup, &hub)).await.unwrap();
            assert!(mirror.is_mirror());
            assert_eq!(mirror.log_sizes().await.unwrap(), (0, 0));
            assert_eq!(mirror.verifier_key(), hub.verifier_key());
            assert!(matches!(
                mirror
                    .submit(
                        Caller::system(),
                        Command::RedactBlob { sha256: domain::blob::Sha256::of(b"x"), reason: "r".into() }
                    )
                    .await,
                Err(StoreError::Mirror)
            ));
            assert_eq!(mirror.sign_checkpoint().await.unwrap(), None);

            // Two batches; the second ends at the checkpoint and carries it
            // and the document's text.
            assert_eq!(mirror.append_mirrored(batch(&entries, 0, 100)).await.unwrap(), 100);
            let overlapping = mirror.append_mirrored(batch(&entries, 50, 120)).await;
            assert!(matches!(overlapping, Err(StoreError::Conflict(_))), "{overlapping:?}");
            let text = b"the text of a resolution".to_vec();
            let last = MirroredBatch { note: Some(note.clone()), ..batch(&entries, 100, entries.len()) };
            assert_eq!(mirror.append_mirrored(last).await.unwrap(), size);
            // The document's text is public and missing until fetched.
            let sha = domain::blob::Sha256::of(&text);
            assert_eq!(mirror.missing_public_blobs(10).await.unwrap(), vec![sha]);
            mirror.put_blob(&text, "text/plain; charset=utf-8").await.unwrap();
            assert_eq!(mirror.missing_public_blobs(10).await.unwrap(), vec![]);
            assert_eq!(mirror.signed_checkpoint().await.unwrap(), (size, note.clone()));
            assert_eq!(mirror.status().await.unwrap().state_digest, hub.status().await.unwrap().state_digest);
            let blob = mirror.blob(&domain::blob::Sha256::of(&text)).await.unwrap().unwrap();
            assert_eq!(blob.bytes, Some(text));
            for tile in ledger::tiles_of_size(size) {
                let (ours, theirs) = match tile.kind() {
                    ledger::TileKind::Entries => (
                        mirror.entry_bundle(tile.index(), tile.width()).await.unwrap(),
                        hub.entry_bundle(tile.index(), tile.width()).await.unwrap(),
                    ),
                    ledger::TileKind::Hashes(level) => (
                        mirror.hash_tile(level, tile.index(), tile.width()).await.unwrap(),
                        hub.hash_tile(level, tile.index(), tile.width()).await.unwrap(),
                    ),
                };
                assert_eq!(ours, theirs, "{}", tile.path());
            }

            // Roots and consistency proofs from the mirror's own tiles.
            let verifier = mirror.verifier().clone();
            let (checkpoint, _) = Checkpoint::open(note.as_bytes(), &verifier).unwrap();
            let root_100 = mirror.root_at(100).await.unwrap().unwrap();
            assert_eq!(Some(root_100), hub.root_at(100).await.unwrap());
            assert_eq!(mirror.root_at(size).await.unwrap(), Some(checkpoint.root()));
            assert_eq!(mirror.root_at(size + 1).await.unwrap(), None);
            let proof = mirror.consistency_proof(100, size).await.unwrap().unwrap();
            verify_consistency(100, size, &proof, root_100, checkpoint.root()).unwrap();
            assert_eq!(mirror.consistency_proof(size, size + 1).await.unwrap(), None);
            assert_eq!(mirror.consistency_proof(101, 100).await.unwrap(), None);

            // The mirror opens again (checked like any node); a hub cannot
            // open it, and it refuses another log's key.
            drop(mirror);
            let mirror = Store::open_mirror(&mirror_config(&setup, &hub)).await.unwrap();
            assert_eq!(mirror.log_sizes().await.unwrap(), (size, size));
            drop(mirror);
            let as_hub = Store::open(&setup.config()).await;
            assert!(matches!(&as_hub, Err(StoreError::Setup(m)) if m.contains("mirror")), "{:?}", as_hub.err());
            let other = ledger::Signer::new("other.example/log", &[9; 32]).unwrap().verifier().to_string();
            let foreign = Store::open_mirror(&Config { mirror_of: Some(other), ..setup.config() }).await;
            assert!(
                matches!(&foreign, Err(StoreError::Setup(m)) if m.contains("does not belong")),
                "{:?}",
                foreign.err()
            );
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_that_does_not_hash_to_its_checkpoint_writes_nothing() {
    let hub_dir = tempfile::tempdir().unwrap();
    let (hub, entries) = hub(hub_dir.path()).await;
    let (size, note) = hub.signed_checkpoint().await.unwrap();
    on_each_backend(|setup| {
        let (hub, entries, note) = (hub.clone(), entries.clone(), note.clone());
        async move {
            let mirror = Store::open_mirror(&mirror_config(&setup, &hub)).await.unwrap();
            // The checkpoint is for the whole log; a batch ending before it
            // cannot carry it.
            let short = MirroredBatch { note: Some(note.clone()), ..batch(&entries, 0, entries.len() - 1) };
            let refused = mirror.append_mirrored(short).await;
            assert!(matches!(&refused, Err(StoreError::Inconsistent(m)) if m.contains("do not hash")), "{refused:?}");
            assert_eq!(mirror.log_sizes().await.unwrap(), (0, 0));

            // A changed entry fails to decode or to follow; nothing is kept.
            let mut changed = entries.clone();
            changed[5] = entries[6].clone();
            let refused = mirror.append_mirrored(batch(&changed, 0, 10)).await;
            assert!(matches!(&refused, Err(StoreError::Inconsistent(m)) if m.contains("entry 5")), "{refused:?}");
            assert_eq!(mirror.log_sizes().await.unwrap(), (0, 0));

            // A note that is not the log's is refused before anything.
            let forged = ledger::Signer::new("hub.concord.localhost/log", &[3; 32]).unwrap();
            let (checkpoint, _) = Checkpoint::open(note.as_bytes(), mirror.verifier()).unwrap();
            let forged_note = checkpoint.sign(&forged).unwrap().to_string();
            let refused = mirror
                .append_mirrored(MirroredBatch { note: Some(forged_note), ..batch(&entries, 0, entries.len()) })
                .await;
            assert!(matches!(refused, Err(StoreError::Inconsistent(_))), "{refused:?}");

            // The writer reloaded after each failure: the right batch goes in.
            let whole = MirroredBatch { note: Some(note.clone()), ..batch(&entries, 0, entries.len()) };
            assert_eq!(mirror.append_mirrored(whole).await.unwrap(), size);
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hub_cannot_append_mirrored_entries_nor_open_as_a_mirror() {
    on_each_backend(|setup| async move {
        let hub = Store::open(&setup.config()).await.unwrap();
        let refused = hub.append_mirrored(MirroredBatch::default()).await;
        assert!(matches!(refused, Err(StoreError::Setup(_))), "{refused:?}");
        let key = hub.verifier_key().to_owned();
        drop(hub);
        let as_mirror = Store::open_mirror(&Config { mirror_of: Some(key), ..setup.config() }).await;
        assert!(matches!(&as_mirror, Err(StoreError::Setup(m)) if m.contains("not a mirror")), "{:?}", as_mirror.err());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_keeps_evidence_witness_state_and_what_peers_and_witnesses_said() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();

        // Evidence: kept once, listed in order, proofs read back whole.
        let evidence = NewEvidence {
            kind: EvidenceKind::SplitView,
            source: "http://peer.example".into(),
            held_note: Some("held".into()),
            served_note: "served".into(),
            proof: vec![Hash([1; 32]), Hash([2; 32])],
            detail: "two roots at 10".into(),
            detected_at: 1_000,
        };
        assert_eq!(store.record_evidence(&evidence).await.unwrap(), 1);
        assert_eq!(store.record_evidence(&evidence).await.unwrap(), 1);
        let rewrite = NewEvidence { kind: EvidenceKind::Rewrite, held_note: None, proof: vec![], ..evidence.clone() };
        assert_eq!(store.record_evidence(&rewrite).await.unwrap(), 2);
        let kept = store.evidence().await.unwrap();
        assert_eq!(kept.iter().map(|e| e.id).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(kept[0].evidence, evidence);
        assert_eq!(kept[1].evidence, rewrite);
        assert!(EvidenceKind::ALL.iter().all(|kind| kind.as_str().parse::<EvidenceKind>() == Ok(*kind)));
        assert!("fork".parse::<EvidenceKind>().is_err());

        // Witness state: compare-and-swap on the stored size.
        let at = |size: u64, note: &str| WitnessedCheckpoint {
            origin: "hub.example/log".into(),
            size,
            note: note.into(),
            cosigned_at: size as i64,
        };
        assert_eq!(store.witnessed("hub.example/log").await.unwrap(), None);
        assert!(store.swap_witnessed(0, &at(10, "ten")).await.unwrap());
        assert!(!store.swap_witnessed(0, &at(11, "eleven")).await.unwrap());
        assert!(!store.swap_witnessed(9, &at(12, "twelve")).await.unwrap());
        assert!(store.swap_witnessed(10, &at(20, "twenty")).await.unwrap());
        assert_eq!(store.witnessed("hub.example/log").await.unwrap(), Some(at(20, "twenty")));
        assert_eq!(store.witnessed_all().await.unwrap(), vec![at(20, "twenty")]);

        // The cosigned checkpoint never goes back to a smaller one.
        assert_eq!(store.cosigned_checkpoint().await.unwrap(), None);
        store.record_cosigned_checkpoint(30, "thirty", 1).await.unwrap();
        store.record_cosigned_checkpoint(25, "older", 2).await.unwrap();
        assert_eq!(store.cosigned_checkpoint().await.unwrap(), Some((30, "thirty".into())));
        store.record_cosigned_checkpoint(31, "newer", 3).await.unwrap();
        assert_eq!(store.cosigned_checkpoint().await.unwrap(), Some((31, "newer".into())));

        // Follow, witness and peer statuses are replaced, not added.
        assert_eq!(store.follow_status().await.unwrap(), None);
        let mut follow = FollowStatus {
            hub_url: "http://hub.example".into(),
            answered_at: 5,
            attempted_at: 6,
            hub_size: 7,
            error: None,
            stopped: false,
        };
        store.record_follow(&follow).await.unwrap();
        follow.error = Some("connection refused".into());
        follow.stopped = true;
        store.record_follow(&follow).await.unwrap();
        assert_eq!(store.follow_status().await.unwrap(), Some(follow));
        let witness = WitnessStatus {
            name: "ken".into(),
            verifier_key: "key".into(),
            url: Some("http://ken.example".into()),
            cosigned_size: 4,
            cosigned_at: 5,
            asked_at: 6,
            round_millis: 7,
            error: None,
        };
        store.record_witness_status(&witness).await.unwrap();
        store.record_witness_status(&WitnessStatus { cosigned_size: 8, ..witness.clone() }).await.unwrap();
        assert_eq!(store.witness_statuses().await.unwrap(), vec![WitnessStatus { cosigned_size: 8, ..witness }]);
        let peer = PeerStatus { url: "http://b.example".into(), size: 3, note: None, checked_at: 4, error: None };
        store.record_peer(&peer).await.unwrap();
        store.record_peer(&PeerStatus { size: 9, ..peer.clone() }).await.unwrap();
        assert_eq!(store.peers().await.unwrap(), vec![PeerStatus { size: 9, ..peer }]);
    })
    .await;
}

#[test]
fn the_witness_key_is_made_once_readable_only_by_its_owner() {
    let dir = tempfile::tempdir().unwrap();
    let made = witness_key(dir.path(), "witness.ken.example").unwrap();
    let again = witness_key(dir.path(), "another name").unwrap();
    assert_eq!(made.verifier(), again.verifier());
    assert_eq!(again.name(), "witness.ken.example");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("witness.key")).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let bad = tempfile::tempdir().unwrap();
    std::fs::write(bad.path().join("witness.key"), "not a key\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(bad.path().join("witness.key"), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    assert!(matches!(witness_key(bad.path(), "x"), Err(StoreError::Setup(_))));
}
