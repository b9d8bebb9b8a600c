//! The store end to end on SQLite and PostgreSQL: founding, the one flow,
//! group commit, rebuild, several nodes on one database, refusals of
//! inconsistent data, blobs and redaction.

mod support;

use domain::authz::Caller;
use domain::blob::Sha256;
use domain::lang::Lang;
use domain::{Actor, Command, Envelope, Rejection};
use ledger::{Checkpoint, CompactTree, TileId, Verifier, leaf_hash};
use sqlx::any::AnyPoolOptions;
use store::{Config, MemberQuery, Store, StoreError};
use support::{Setup, on_each_backend};

fn publish(title: &str, blob: &domain::blob::BlobRef) -> Command {
    Command::PublishDocument { title: title.into(), language: Lang::Fr, blob: blob.clone() }
}

/// Re-verifies the whole stored log from its tiles, as a client would:
/// every entry decodes at its index, the level-0 tiles hold the entries'
/// leaf hashes, and the entries hash to the signed checkpoint's root.
async fn check_ledger(store: &Store) {
    store.sign_checkpoint().await.unwrap();
    let verifier = Verifier::parse(store.verifier_key()).unwrap();
    let (checkpoint, _) = Checkpoint::open(store.checkpoint().await.unwrap().as_bytes(), &verifier).unwrap();
    let mut tree = CompactTree::new();
    for tile in ledger::tiles_of_size(checkpoint.size()).filter(|t| t.level().is_none()) {
        let bundle = store.entry_bundle(tile.index(), tile.width()).await.unwrap().unwrap();
        let leaves = TileId::hashes(0, tile.index(), tile.width()).unwrap();
        let hashes =
            leaves.hashes_from(&store.hash_tile(0, tile.index(), tile.width()).await.unwrap().unwrap()).unwrap();
        for (i, entry) in tile.entries_from(&bundle).unwrap().into_iter().enumerate() {
            let envelope = Envelope::decode(entry).unwrap();
            assert_eq!(envelope.index, tree.size());
            assert_eq!(leaf_hash(entry), hashes[i]);
            tree.push(hashes[i]).unwrap();
        }
    }
    assert_eq!(tree.size(), checkpoint.size());
    assert_eq!(tree.root(), checkpoint.root());
}

async fn sql(setup: &Setup, statement: &str) {
    sqlx::any::install_default_drivers();
    let pool = AnyPoolOptions::new().max_connections(1).connect(&setup.shared_database_url()).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(statement.to_owned())).execute(&pool).await.unwrap();
    pool.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_start_founds_the_organization_with_the_un_members() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let status = store.status().await.unwrap();
        assert_eq!(status.backend, setup.backend);
        assert_eq!((status.log_size, status.checkpoint_size), (196, 196));
        assert_eq!((status.members, status.observers), (193, 2));
        assert_eq!(status.origin, "test.concord.localhost/log");
        check_ledger(&store).await;

        let kenya = store.member("KEN".parse().unwrap()).await.unwrap().unwrap();
        assert_eq!(kenya.member.names.fr, "Kenya (le)");
        let page = store
            .members(&MemberQuery { text: Some("КЕНИ".into()), limit: 10, ..MemberQuery::default() })
            .await
            .unwrap();
        assert_eq!(page.items.iter().map(|m| m.member.iso3.to_string()).collect::<Vec<_>>(), ["KEN"]);
        drop(store);

        // A second start finds the log and founds nothing more.
        let store = Store::open(&setup.config()).await.unwrap();
        assert_eq!(store.status().await.unwrap().log_size, 196);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_arriving_together_are_committed_in_order_with_distinct_indexes() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let blob = store.put_blob(b"text", "text/plain").await.unwrap();
        let tasks: Vec<_> = (0..300)
            .map(|i| {
                let (store, command) = (store.clone(), publish(&format!("Doc {i}"), &blob));
                tokio::spawn(async move { store.submit(Caller::system(), command).await.unwrap() })
            })
            .collect();
        let mut indexes = Vec::new();
        for task in tasks {
            let receipt = task.await.unwrap();
            assert_eq!(receipt.indexes.end - receipt.indexes.start, 1);
            indexes.push(receipt.indexes.start);
        }
        indexes.sort_unstable();
        assert_eq!(indexes, (196..496).collect::<Vec<_>>());
        assert_eq!(store.status().await.unwrap().log_size, 496);
        // 496 entries: one full tile of 256 and a partial one of 240.
        assert!(store.entry_bundle(0, 256).await.unwrap().is_some());
        assert!(store.entry_bundle(1, 240).await.unwrap().is_some());
        assert!(store.entry_bundle(1, 241).await.unwrap().is_none());
        assert_eq!(store.hash_tile(1, 0, 1).await.unwrap().map(|t| t.len()), Some(32));
        check_ledger(&store).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_command_writes_nothing() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let before = store.status().await.unwrap();
        let unknown = Command::RedactBlob { sha256: Sha256::of(b"never stored"), reason: "test".into() };
        let err = store.submit(Caller::system(), unknown).await.unwrap_err();
        assert!(matches!(err, StoreError::Rejected(Rejection::UnknownBlob(_))), "{err}");
        let blob = store.put_blob(b"x", "text/plain").await.unwrap();
        let empty_title = publish("  ", &blob);
        assert!(matches!(store.submit(Caller::system(), empty_title).await, Err(StoreError::Rejected(_))));
        assert_eq!(store.status().await.unwrap(), before);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rebuild_restores_the_same_state_digest() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let blob = store.put_blob(b"charter", "text/markdown").await.unwrap();
        store.submit(Caller::system(), publish("Charter", &blob)).await.unwrap();
        let digest = store.status().await.unwrap().state_digest;
        drop(store);

        let (before, after) = store::rebuild(&setup.config(), &|_, _| {}).await.unwrap();
        assert_eq!((before.as_str(), after.as_str()), (digest.as_str(), digest.as_str()));

        // A projection row changed behind the log's back changes the digest;
        // rebuild puts it back.
        sql(&setup, "UPDATE p_members SET name_en = 'Atlantis' WHERE iso3 = 'KEN'").await;
        let (before, after) = store::rebuild(&setup.config(), &|_, _| {}).await.unwrap();
        assert_ne!(before, digest);
        assert_eq!(after, digest);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_on_one_database_append_one_consistent_log() {
    on_each_backend(|setup| async move {
        let first = Store::open(&setup.config()).await.unwrap();
        let shared = Config {
            database_url: Some(setup.shared_database_url()),
            key_file: Some(setup.data_dir().join("log.key")),
            ..setup.config()
        };
        let second = Store::open(&shared).await.unwrap();
        let blob = first.put_blob(b"shared", "text/plain").await.unwrap();
        let mut tasks = Vec::new();
        for i in 0..60 {
            let node = if i % 2 == 0 { first.clone() } else { second.clone() };
            let command = publish(&format!("Doc {i}"), &blob);
            tasks.push(tokio::spawn(async move { node.submit(Caller::system(), command).await.unwrap() }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        assert_eq!(first.status().await.unwrap().log_size, 256);
        let (a, b) = (first.sign_checkpoint().await.unwrap(), second.sign_checkpoint().await.unwrap());
        assert!(a.is_some() != b.is_some() || a.is_none(), "only one node signs a given head: {a:?} {b:?}");
        check_ledger(&first).await;
        check_ledger(&second).await;
        // Document numbers were decided against one state: 1 to 60, once each.
        let digest = first.status().await.unwrap().state_digest;
        drop((first, second));
        let (_, after) = store::rebuild(&setup.config(), &|_, _| {}).await.unwrap();
        assert_eq!(after, digest);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redaction_removes_the_bytes_and_keeps_the_hash() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let blob = store.put_blob("Texte à retirer".as_bytes(), "text/plain; charset=utf-8").await.unwrap();
        store.submit(Caller::system(), publish("Doc", &blob)).await.unwrap();
        assert!(store.blob(&blob.sha256).await.unwrap().unwrap().bytes.is_some());
        let redact = Command::RedactBlob { sha256: blob.sha256, reason: "personal data".into() };
        store.submit(Caller::system(), redact).await.unwrap();
        let stored = store.blob(&blob.sha256).await.unwrap().unwrap();
        assert_eq!((stored.bytes, stored.reference), (None, blob.clone()));
        // Storing the same bytes again does not bring them back.
        store.put_blob("Texte à retirer".as_bytes(), "text/plain; charset=utf-8").await.unwrap();
        assert_eq!(store.blob(&blob.sha256).await.unwrap().unwrap().bytes, None);
        check_ledger(&store).await;
        drop(store);
        store::rebuild(&setup.config(), &|_, _| {}).await.unwrap();
        let store = Store::open(&setup.config()).await.unwrap();
        assert_eq!(store.blob(&blob.sha256).await.unwrap().unwrap().bytes, None);
    })
    .await;
}

/// Issue 13: documents are listed a page at a time, newest first, filtered
/// by language and by the start of their media type, on both backends.
#[tokio::test]
async fn documents_are_listed_by_page_language_and_media_type() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        for (i, (language, media_type)) in
            [(Lang::Fr, "text/plain"), (Lang::En, "text/markdown; charset=utf-8"), (Lang::Fr, "text/markdown")]
                .into_iter()
                .enumerate()
        {
            let blob = store.put_blob(format!("Texte {i}").as_bytes(), media_type).await.unwrap();
            let command = Command::PublishDocument { title: format!("Doc {i}"), language, blob };
            store.submit(Caller::system(), command).await.unwrap();
        }
        let query = |language, media_type: Option<&str>, offset, limit| store::DocumentQuery {
            language,
            media_type: media_type.map(str::to_owned),
            offset,
            limit,
        };
        let all = store.documents_page(&query(None, None, 0, 10)).await.unwrap();
        assert_eq!(all.total, 3);
        assert_eq!(all.items.iter().map(|d| d.number).collect::<Vec<_>>(), [3, 2, 1], "newest first");
        let second = store.documents_page(&query(None, None, 1, 1)).await.unwrap();
        assert_eq!((second.total, second.items[0].number), (3, 2));
        let french_markdown = store.documents_page(&query(Some(Lang::Fr), Some("text/markdown"), 0, 10)).await.unwrap();
        assert_eq!((french_markdown.total, french_markdown.items[0].number), (1, 3));
        assert_eq!(store.documents_page(&query(Some(Lang::Ar), None, 0, 10)).await.unwrap().total, 0);
        assert_eq!(store.document(2).await.unwrap().unwrap().title, "Doc 1");
        assert_eq!(store.document(4).await.unwrap(), None);
    })
    .await;
}

fn refusal(result: Result<Store, StoreError>) -> String {
    match result {
        Ok(_) => panic!("the store opened but should have refused"),
        Err(err) => err.to_string(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tampered_or_truncated_log_is_refused_and_named() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        drop(store);
        // One changed byte of entry 7: its leaf hash no longer matches.
        let concat = match setup.backend {
            store::Backend::Sqlite => "UPDATE log_entries SET entry = CAST(REPLACE(CAST(entry AS TEXT), '\"index\":7', '\"index\":8') AS BLOB) WHERE idx = 7",
            store::Backend::Postgres => "UPDATE log_entries SET entry = convert_to(replace(convert_from(entry, 'UTF8'), '\"index\":7', '\"index\":8'), 'UTF8') WHERE idx = 7",
        };
        sql(&setup, concat).await;
        let message = refusal(Store::open(&setup.config()).await);
        assert!(message.contains("entry 7"), "{message}");
    })
    .await;
    on_each_backend(|setup| async move {
        drop(Store::open(&setup.config()).await.unwrap());
        sql(&setup, "DELETE FROM log_entries WHERE idx = 195").await;
        let message = refusal(Store::open(&setup.config()).await);
        assert!(message.contains("196 entries but 195 are stored"), "{message}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_tiles_are_stored_whole_and_checked_at_start() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let blob = store.put_blob(b"t", "text/plain").await.unwrap();
        for i in 0..100 {
            store.submit(Caller::system(), publish(&format!("Doc {i}"), &blob)).await.unwrap();
        }
        // 296 entries: tile 0 is full and stored whole; it matches the rows.
        let whole = store.entry_bundle(0, 256).await.unwrap().unwrap();
        let entries = TileId::entries(0, 256).unwrap().entries_from(&whole).unwrap().len();
        assert_eq!(entries, 256);
        check_ledger(&store).await;
        drop(store);
        let tamper = match setup.backend {
            store::Backend::Sqlite => "UPDATE log_full_tiles SET data = CAST(REPLACE(CAST(data AS TEXT), 'Doc 7', 'Doc 9') AS BLOB) WHERE level = -1",
            store::Backend::Postgres => "UPDATE log_full_tiles SET data = overlay(data placing '\\x39'::bytea from length(data) - 20) WHERE level = -1",
        };
        sql(&setup, tamper).await;
        let message = refusal(Store::open(&setup.config()).await);
        assert!(message.contains("entry bundle 0 (entries 0 to 255)"), "{message}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_or_foreign_key_is_refused() {
    on_each_backend(|setup| async move {
        drop(Store::open(&setup.config()).await.unwrap());
        let key = setup.data_dir().join("log.key");
        let original = std::fs::read_to_string(&key).unwrap();
        std::fs::remove_file(&key).unwrap();
        let message = refusal(Store::open(&setup.config()).await);
        assert!(message.contains("key"), "{message}");

        // Another log's key, even with the right name, does not open this log.
        let other = tempfile::tempdir().unwrap();
        drop(
            Store::open(&Config { origin: "test.concord.localhost/log".into(), ..Config::new(other.path().join("d")) })
                .await
                .unwrap(),
        );
        std::fs::copy(other.path().join("d/log.key"), &key).unwrap();
        let message = refusal(Store::open(&setup.config()).await);
        assert!(message.contains("does not belong to the log"), "{message}");

        std::fs::remove_file(&key).unwrap();
        std::fs::write(&key, original).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
            assert!(refusal(Store::open(&setup.config()).await).contains("chmod 600"));
            std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        Store::open(&setup.config()).await.unwrap();
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_data_directories_are_checked_before_use() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = Config::new(&data);
    let store = Store::open(&config).await.unwrap();
    // A second server on the same directory is refused while the first runs.
    assert!(refusal(Store::open(&config).await).contains("another Concord process"));
    drop(store);

    // A key without its database: a new log under the old key would fork it.
    std::fs::rename(data.join("concord.db"), dir.path().join("moved.db")).unwrap();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(data.join(format!("concord.db{suffix}")));
    }
    assert!(refusal(Store::open(&config).await).contains("no database"));

    // A directory with other files is not taken over.
    let foreign = dir.path().join("home");
    std::fs::create_dir(&foreign).unwrap();
    std::fs::write(foreign.join("notes.txt"), "mine").unwrap();
    assert!(refusal(Store::open(&Config::new(&foreign)).await).contains("not a Concord data directory"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_and_restore_keep_the_state_digest() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::new(dir.path().join("data"));
    let store = Store::open(&config).await.unwrap();
    let blob = store.put_blob(b"b", "text/plain").await.unwrap();
    store.submit(Caller::system(), publish("Doc", &blob)).await.unwrap();
    let status = store.status().await.unwrap();

    // The backup is taken while the store is open and writing.
    let backup = store::backup(&config, &dir.path().join("backup")).await.unwrap();
    assert_eq!((backup.log_size, backup.state_digest.as_str()), (status.log_size, status.state_digest.as_str()));
    assert!(store::backup(&config, &dir.path().join("backup")).await.is_err(), "a non-empty target is refused");
    assert!(
        store::restore(&config, &dir.path().join("backup")).await.is_err(),
        "restore is refused while the store is open"
    );
    store.submit(Caller::system(), publish("After the backup", &blob)).await.unwrap();
    drop(store);

    let restored = store::restore(&config, &dir.path().join("backup")).await.unwrap();
    assert_eq!(restored, backup);
    let store = Store::open(&config).await.unwrap();
    assert_eq!(store.status().await.unwrap().state_digest, status.state_digest);
    let replaced = std::fs::read_dir(dir.path().join("data"))
        .unwrap()
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_string_lossy().starts_with("replaced-"));
    assert!(replaced, "the files the restore replaced are kept aside");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_founding_gives_the_same_digest_on_both_backends() {
    let digests = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    on_each_backend(|setup| {
        let digests = digests.clone();
        async move {
            let store = Store::open(&setup.config()).await.unwrap();
            let digest = store.status().await.unwrap().state_digest;
            digests.lock().unwrap().push(digest);
        }
    })
    .await;
    let digests = digests.lock().unwrap();
    assert!(digests.windows(2).all(|pair| pair[0] == pair[1]), "{digests:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_starting_together_on_a_fresh_database_found_it_once() {
    on_each_backend(|setup| async move {
        if setup.backend == store::Backend::Sqlite {
            // One SQLite file is served by one node: the data directory's
            // lock sees to that (see sqlite_data_directories_are_checked_before_use).
            return;
        }
        std::fs::create_dir_all(setup.data_dir()).unwrap();
        let (key, _) = {
            // One key file for both nodes, made by a first open elsewhere.
            let other = tempfile::tempdir().unwrap();
            let config = Config { origin: "test.concord.localhost/log".into(), ..Config::new(other.path().join("d")) };
            drop(Store::open(&config).await.unwrap());
            (std::fs::read_to_string(other.path().join("d/log.key")).unwrap(), other)
        };
        let key_file = setup.dir.path().join("shared.key");
        std::fs::write(&key_file, key).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&key_file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let config =
            Config { database_url: Some(setup.shared_database_url()), key_file: Some(key_file), ..setup.config() };
        let (a, b) = tokio::join!(Store::open(&config), Store::open(&config));
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!(a.status().await.unwrap().log_size, 196);
        assert_eq!(b.status().await.unwrap().log_size, 196);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_nonce_is_accepted_once_by_every_node_and_forgotten_after_its_time() {
    on_each_backend(|setup| async move {
        let first = Store::open(&setup.config()).await.unwrap();
        let second = Store::open_detached(&setup.config()).await.unwrap();
        let day = 24 * 60 * 60 * 1000;
        assert!(first.use_form_nonce("0123456789abcdef0123456789abcdef", day).await.unwrap());
        assert!(!first.use_form_nonce("0123456789abcdef0123456789abcdef", day).await.unwrap());
        assert!(!second.use_form_nonce("0123456789abcdef0123456789abcdef", day).await.unwrap(), "another node");
        assert!(second.use_form_nonce("fedcba9876543210fedcba9876543210", day).await.unwrap());
        // Kept for no time at all, an old nonce is forgotten and accepted.
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        assert!(first.use_form_nonce("0123456789abcdef0123456789abcdef", 0).await.unwrap());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn account_updates_touch_only_their_own_columns_and_sessions_rotate() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let handle = Actor::try_from("p.0123456789abcdef".to_owned()).unwrap();
        let new = store::access::NewAccount {
            handle: handle.clone(),
            username: "ada".into(),
            display_name: "Ada".into(),
            email: None,
            password_hash: "first hash".into(),
        };
        store.create_account(&new).await.unwrap();
        let account = || async { store.account(&handle).await.unwrap().unwrap() };

        // Each update writes its own columns and nothing else.
        store.enable_totp(&handle, "SECRETONE", 0).await.unwrap();
        store.set_pending_totp(&handle, Some("PENDING")).await.unwrap();
        let (keep, _) = store.create_session(&handle, true, 60_000).await.unwrap();
        let (other, _) = store.create_session(&handle, true, 60_000).await.unwrap();
        let (token, _) = store.create_token(&handle, "cli", &[], i64::MAX).await.unwrap();
        store.set_password(&handle, "second hash", &keep, false).await.unwrap();
        let after = account().await;
        assert_eq!(after.password_hash, "second hash");
        assert_eq!(after.totp_secret.as_deref(), Some("SECRETONE"), "a password change leaves the second factor");
        assert_eq!(after.totp_pending_secret.as_deref(), Some("PENDING"));
        store.set_pending_totp(&handle, None).await.unwrap();
        let after = account().await;
        assert_eq!((after.totp_secret.as_deref(), after.totp_pending_secret), (Some("SECRETONE"), None));
        assert_eq!(after.password_hash, "second hash");
        let live = |lookup| matches!(lookup, store::access::SessionLookup::Valid(_));
        assert!(live(store.session(&keep).await.unwrap()));
        assert!(!live(store.session(&other).await.unwrap()), "the other session ended");
        assert!(store.token_identity(&token).await.unwrap().unwrap().token.revoked_at.is_none(), "tokens kept");

        // Asked to, the change revokes every token, in the same transaction.
        store.set_password(&handle, "third hash", &keep, true).await.unwrap();
        assert!(store.token_identity(&token).await.unwrap().unwrap().token.revoked_at.is_some());

        // Completing the second factor gives the session a new id and token.
        let (pending, before) = store.create_session(&handle, false, 60_000).await.unwrap();
        let (renewed, session) = store.complete_second_factor(&pending).await.unwrap().unwrap();
        assert_ne!(renewed, pending);
        assert_ne!(session.csrf_token, before.csrf_token);
        assert!(session.second_factor);
        assert!(!live(store.session(&pending).await.unwrap()), "the old id is gone");
        assert!(live(store.session(&renewed).await.unwrap()));
        assert!(store.complete_second_factor(&pending).await.unwrap().is_none());

        // Sign out everywhere.
        assert_eq!(store.delete_sessions(&handle).await.unwrap(), 2);
        assert!(!live(store.session(&keep).await.unwrap()));
    })
    .await;
}

/// A log of 296 entries: one full tile, so one stored hash of tile level 1.
async fn log_with_a_level_one_tile(setup: &Setup) {
    let store = Store::open(&setup.config()).await.unwrap();
    let blob = store.put_blob(b"t", "text/plain").await.unwrap();
    for i in 0..100 {
        store.submit(Caller::system(), publish(&format!("Doc {i}"), &blob)).await.unwrap();
    }
    store.sign_checkpoint().await.unwrap();
}

/// Replaces the level-1 tile hash with another 32-byte hash (entry 0's).
const TAMPER_TILE: &str =
    "UPDATE log_tile_hashes SET hash = (SELECT leaf_hash FROM log_entries WHERE idx = 0) WHERE level = 1 AND idx = 0";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_tile_hash_is_refused_at_start_by_check_and_by_rebuild() {
    on_each_backend(|setup| async move {
        log_with_a_level_one_tile(&setup).await;
        assert!(store::check(&setup.config()).await.is_ok());
        sql(&setup, TAMPER_TILE).await;
        // Also a projection row, to see that the failed rebuild writes nothing.
        sql(&setup, "UPDATE p_members SET name_en = 'Atlantis' WHERE iso3 = 'KEN'").await;

        let message = refusal(Store::open(&setup.config()).await);
        assert!(message.contains("hash 0 of tile level 1 (tile 1/0) does not match"), "{message}");
        let checked = store::check(&setup.config()).await.unwrap_err().to_string();
        assert!(checked.contains("hash 0 of tile level 1 (tile 1/0) does not match"), "{checked}");
        let rebuilt = store::rebuild(&setup.config(), &|_, _| {}).await.unwrap_err().to_string();
        assert!(rebuilt.contains("hash 0 of tile level 1 (tile 1/0) does not match"), "{rebuilt}");
        let store = Store::open_detached(&setup.config()).await.unwrap();
        assert_eq!(store.member("KEN".parse().unwrap()).await.unwrap().unwrap().member.names.en, "Atlantis");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_extra_tile_hash_fails_the_check() {
    on_each_backend(|setup| async move {
        log_with_a_level_one_tile(&setup).await;
        sql(
            &setup,
            "INSERT INTO log_tile_hashes (level, idx, hash) SELECT 1, 9, leaf_hash FROM log_entries WHERE idx = 0",
        )
        .await;
        let checked = store::check(&setup.config()).await.unwrap_err().to_string();
        assert!(checked.contains("tile level 1 holds 2 stored hashes, but the 296 entries make 1"), "{checked}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_names_a_changed_projection_row_leaves_it_and_records_the_outcome() {
    on_each_backend(|setup| async move {
        log_with_a_level_one_tile(&setup).await;
        let status = |setup: &Setup| {
            let config = setup.config();
            async move { Store::open_detached(&config).await.unwrap().status().await.unwrap() }
        };
        assert_eq!(status(&setup).await.last_check, None);

        let report = store::check(&setup.config()).await.unwrap();
        assert_eq!((report.log_size, report.checkpoint_size, report.tile_hashes), (296, 296, 1));
        let before = status(&setup).await;
        assert_eq!(report.state_digest, before.state_digest);
        let last = before.last_check.unwrap();
        assert_eq!((last.log_size, last.problem), (296, None));

        sql(&setup, "UPDATE p_members SET name_en = 'Atlantis' WHERE iso3 = 'KEN'").await;
        let checked = store::check(&setup.config()).await.unwrap_err().to_string();
        assert!(checked.contains("table p_members: the row iso3 = KEN differs"), "{checked}");
        let after = status(&setup).await;
        assert_eq!(
            after.last_check.unwrap().problem.unwrap(),
            checked.trim_start_matches("the stored log is inconsistent: ")
        );
        // The check replayed into a scratch database: the real row is as it was.
        let store = Store::open_detached(&setup.config()).await.unwrap();
        assert_eq!(store.member("KEN".parse().unwrap()).await.unwrap().unwrap().member.names.en, "Atlantis");

        sql(&setup, "DELETE FROM p_documents WHERE number = 3").await;
        sql(&setup, "UPDATE p_members SET name_en = 'Kenya' WHERE iso3 = 'KEN'").await;
        let checked = store::check(&setup.config()).await.unwrap_err().to_string();
        assert!(checked.contains("table p_documents: the row number = 3 is missing"), "{checked}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_taken_handle_and_a_taken_username_are_told_apart() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let account = |handle: &str, username: &str| store::access::NewAccount {
            handle: Actor::try_from(handle.to_owned()).unwrap(),
            username: username.into(),
            display_name: "Ada".into(),
            email: None,
            password_hash: "hash".into(),
        };
        store.create_account(&account("p.00000000000000aa", "ada")).await.unwrap();
        let same_handle = store.create_account(&account("p.00000000000000aa", "grace")).await.unwrap_err();
        assert!(matches!(same_handle, StoreError::HandleTaken), "{same_handle:?}");
        let same_name = store.create_account(&account("p.00000000000000bb", "ada")).await.unwrap_err();
        assert!(matches!(same_name, StoreError::Conflict(ref m) if m.contains("\"ada\" is taken")), "{same_name:?}");
        // Nothing of either attempt was written: "grace" can still sign up.
        store.create_account(&account("p.00000000000000bb", "grace")).await.unwrap();
    })
    .await;
}

/// Changes the bytes of the stored snapshot at `size` without resealing it.
async fn tamper_snapshot(setup: &Setup, size: u64) {
    let statement = match setup.backend {
        store::Backend::Sqlite => format!(
            "UPDATE state_snapshots SET state = CAST(REPLACE(CAST(state AS TEXT), '\"documents\":', '\"documents\": ') AS BLOB) WHERE log_size = {size}"
        ),
        store::Backend::Postgres => format!(
            "UPDATE state_snapshots SET state = convert_to(replace(convert_from(state, 'UTF8'), '\"documents\":', '\"documents\": '), 'UTF8') WHERE log_size = {size}"
        ),
    };
    sql(setup, &statement).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_starts_from_its_latest_snapshot_at_or_below_the_checkpoint() {
    on_each_backend(|setup| async move {
        let config = Config { snapshot_every: 50, ..setup.config() };
        let store = Store::open(&config).await.unwrap();
        let founded = store.log_sizes().await.unwrap().0;
        // The founding batch was snapshotted; nothing was replayed at first start.
        assert_eq!(store.start(), &store::Start::default());
        let blob = store.put_blob(b"t", "text/plain").await.unwrap();
        for i in 0..160 {
            store.submit(Caller::system(), publish(&format!("Doc {i}"), &blob)).await.unwrap();
        }
        let size = founded + 160;
        let status = store.status().await.unwrap();
        drop(store);

        // The checkpoint still covers only the founding entries: the node
        // starts from the snapshot there (kept, though three were written
        // since), not a later one, and replays.
        let store = Store::open(&config).await.unwrap();
        assert_eq!(store.start().snapshot, Some(founded));
        assert_eq!(store.start().replayed, 160);
        assert_eq!(store.status().await.unwrap().state_digest, status.state_digest);
        drop(store);

        // Opening signed a checkpoint at the head: now the latest snapshot
        // (the first commit at or past founded + 150) is used.
        let store = Store::open(&config).await.unwrap();
        let later = founded + 150;
        assert_eq!(store.start().snapshot, Some(later));
        assert_eq!(store.start().replayed, size - later);
        // The state it started from decides as a replayed one would.
        let refused = store.submit(
            Caller::system(),
            Command::FoundOrganization { name: "Again".into(), log_origin: "o".into(), members: Vec::new() },
        );
        assert!(matches!(refused.await, Err(StoreError::Rejected(Rejection::AlreadyFounded))));
        store.submit(Caller::system(), publish("Doc 160", &blob)).await.unwrap();
        drop(store);
        store::check(&config).await.unwrap();

        // A snapshot whose bytes changed is refused by its hash: the node
        // says why, replays the whole log and works on; `check` names it
        // and `rebuild` writes a good one.
        tamper_snapshot(&setup, later).await;
        let store = Store::open(&config).await.unwrap();
        let start = store.start().clone();
        assert_eq!(start.snapshot, None);
        assert_eq!(start.replayed, size + 1);
        let why = start.refused.unwrap();
        assert!(why.contains(&format!("snapshot at {later} entries does not match its hash")), "{why}");
        store.submit(Caller::system(), publish("Doc 161", &blob)).await.unwrap();
        store.sign_checkpoint().await.unwrap();
        drop(store);
        let problem = store::check(&config).await.unwrap_err().to_string();
        assert!(problem.contains(&format!("snapshot at {later} entries does not match its hash")), "{problem}");
        store::rebuild(&config, &|_, _| {}).await.unwrap();
        store::check(&config).await.unwrap();
        let store = Store::open(&config).await.unwrap();
        assert_eq!(store.start().snapshot, Some(size + 2));
        assert_eq!(store.start().replayed, 0);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_full_tile_is_checked_at_start_not_only_the_first() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let blob = store.put_blob(b"t", "text/plain").await.unwrap();
        for i in 0..400 {
            store.submit(Caller::system(), publish(&format!("Doc {i}"), &blob)).await.unwrap();
        }
        drop(store);
        // Entry bundle 1 (entries 256 to 511) holds documents 60 to 315.
        let tamper = match setup.backend {
            store::Backend::Sqlite => "UPDATE log_full_tiles SET data = CAST(REPLACE(CAST(data AS TEXT), 'Doc 100', 'Doc 199') AS BLOB) WHERE level = -1 AND idx = 1",
            store::Backend::Postgres => "UPDATE log_full_tiles SET data = overlay(data placing '\\x39'::bytea from length(data) - 20) WHERE level = -1 AND idx = 1",
        };
        sql(&setup, tamper).await;
        let message = refusal(Store::open(&setup.config()).await);
        assert!(message.contains("entry bundle 1 (entries 256 to 511)"), "{message}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_start_from_a_snapshot_checks_the_tiles_across_its_replay_chunks() {
    on_each_backend(|setup| async move {
        let config = Config { snapshot_every: 1_000, ..setup.config() };
        let store = Store::open(&config).await.unwrap();
        let blob = store.put_blob(b"t", "text/plain").await.unwrap();
        for i in 0..4_200 {
            store.submit(Caller::system(), publish(&format!("Doc {i}"), &blob)).await.unwrap();
            if i == 3_300 {
                store.sign_checkpoint().await.unwrap();
            }
        }
        drop(store);
        // Entry bundle 16 (entries 4096 to 4351) holds documents 3900 to
        // 4155; a start from the snapshot at 3196 replays it in its second
        // chunk of 4,096.
        let tamper = match setup.backend {
            store::Backend::Sqlite => "UPDATE log_full_tiles SET data = CAST(REPLACE(CAST(data AS TEXT), 'Doc 4000', 'Doc 4999') AS BLOB) WHERE level = -1 AND idx = 16",
            store::Backend::Postgres => "UPDATE log_full_tiles SET data = overlay(data placing '\\x39'::bytea from length(data) - 20) WHERE level = -1 AND idx = 16",
        };
        sql(&setup, tamper).await;
        let message = refusal(Store::open(&config).await);
        assert!(message.contains("entry bundle 16 (entries 4096 to 4351)"), "{message}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_identity_is_remembered_until_this_node_changes_it_and_for_a_moment_on_others() {
    on_each_backend(|setup| async move {
        use domain::authz::Role;
        let store = Store::open(&setup.config()).await.unwrap();
        let other = Store::open_detached(&setup.config()).await.unwrap();
        let handle = Actor::try_from("ada".to_owned()).unwrap();
        let account = store::access::NewAccount {
            handle: handle.clone(),
            username: "ada".into(),
            display_name: "Ada".into(),
            email: None,
            password_hash: "a hash".into(),
        };
        store.create_account(&account).await.unwrap();
        let (token, _) = store.create_token(&handle, "cli", &[], i64::MAX).await.unwrap();
        let identity = |node: Store| {
            let token = token.clone();
            async move { node.token_identity(&token).await.unwrap().expect("the token exists") }
        };
        assert_eq!(identity(store.clone()).await.principal.role, Role::Participant);
        assert_eq!(identity(other.clone()).await.principal.role, Role::Participant);
        assert_eq!(identity(store.clone()).await.account.as_ref().unwrap().display_name, "Ada");

        // An event that changes the role is seen at once by the node whose
        // writer commits it.
        store.submit(Caller::system(), Command::AppointSecretariat { handle: handle.clone() }).await.unwrap();
        assert_eq!(identity(store.clone()).await.principal.role, Role::Secretariat);

        // A revocation is seen at once by the node that makes it...
        store.set_password(&handle, "another hash", "", true).await.unwrap();
        let here = identity(store.clone()).await;
        assert!(here.token.revoked_at.is_some());
        assert_eq!(here.account.as_ref().unwrap().password_hash, "another hash");
        // ...and by another node once what it remembers has expired.
        assert!(identity(other.clone()).await.token.revoked_at.is_none(), "remembered for a moment");
        tokio::time::sleep(store::TOKEN_IDENTITY_TTL + std::time::Duration::from_millis(200)).await;
        let there = identity(other.clone()).await;
        assert!(there.token.revoked_at.is_some());
        assert_eq!(there.principal.role, Role::Secretariat);

        // Deleting the account forgets it at once.
        assert!(store.delete_account(&handle).await.unwrap());
        assert!(store.token_identity(&token).await.unwrap().is_none());
        assert!(store.token_identity("concord_nonsense").await.unwrap().is_none());
    })
    .await;
}
