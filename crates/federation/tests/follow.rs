//! The follower against a real hub (a store served by `server::serve` on
//! loopback), into a mirror store on each backend: it catches up from zero
//! in several windows, replays the same state, fetches the blobs the
//! entries name, follows a takedown, and records a hub that is away
//! without stopping.

use std::time::Duration;

use domain::Command;
use domain::authz::Caller;
use domain::lang::Lang;
use federation::fetch::Remote;
use federation::follower::{Follower, Step};
use store::scratch::{Setup, on_each_backend};
use store::{Config, Store};

/// A hub on SQLite with `documents` published documents (one text), served
/// on a free port: the store, its base URL, its directory.
async fn hub(documents: u64) -> (Store, String, tempfile::TempDir, domain::blob::BlobRef) {
    let dir = tempfile::tempdir().unwrap();
    let config = Config { origin: "hub.concord.localhost/log".into(), ..Config::new(dir.path().join("data")) };
    let store = Store::open(&config).await.unwrap();
    let blob = store.put_blob(b"A mirrored text.", "text/plain; charset=utf-8").await.unwrap();
    for i in 0..documents {
        let command =
            Command::PublishDocument { title: format!("Document {i}"), language: Lang::En, blob: blob.clone() };
        store.submit(Caller::system(), command).await.unwrap();
    }
    store.sign_checkpoint().await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(server::serve(listener, server::AppState::new(store.clone())));
    (store, url, dir, blob)
}

async fn mirror(setup: &Setup, hub: &Store) -> Store {
    let config = Config { mirror_of: Some(hub.verifier_key().to_owned()), ..setup.config() };
    Store::open_mirror(&config).await.unwrap()
}

fn follower(url: &str, hub: &Store, mirror: &Store) -> Follower {
    let key = ledger::Verifier::parse(hub.verifier_key()).unwrap();
    let mut follower = Follower::new(Remote::new(url).unwrap(), key, mirror.clone(), 4, Duration::from_millis(100));
    follower.window = 1;
    follower
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mirror_catches_up_in_windows_and_replays_the_same_state() {
    let (hub, url, _dir, blob) = hub(600).await;
    on_each_backend(|setup| {
        let (hub, url, blob) = (hub.clone(), url.clone(), blob.clone());
        async move {
            let mirror = mirror(&setup, &hub).await;
            let mut follower = follower(&url, &hub, &mirror);
            let (size, _) = hub.log_sizes().await.unwrap();
            assert!(size > 3 * 256, "the log spans several bundles: {size}");

            assert_eq!(follower.step().await, Step::Appended { from: 0, to: size });
            assert_eq!(follower.step().await, Step::UpToDate { size });
            assert_eq!(mirror.signed_checkpoint().await.unwrap(), hub.signed_checkpoint().await.unwrap());
            assert_eq!(mirror.status().await.unwrap().state_digest, hub.status().await.unwrap().state_digest);
            let held = mirror.blob(&blob.sha256).await.unwrap().expect("the text was fetched");
            assert_eq!(held.bytes.as_deref(), Some(&b"A mirrored text."[..]));
            assert_eq!(held.reference, blob);
            let status = mirror.follow_status().await.unwrap().unwrap();
            assert_eq!(
                (status.hub_url.as_str(), status.hub_size, status.error, status.stopped),
                (url.as_str(), size, None, false)
            );
            assert!(status.answered_at > 0);
            for size in [1, 200, 256, 257, size] {
                assert_eq!(mirror.root_at(size).await.unwrap(), hub.root_at(size).await.unwrap(), "{size}");
            }
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_takedown_on_the_hub_reaches_the_mirror() {
    on_each_backend(|setup| async move {
        let (hub, url, _dir, blob) = hub(3).await;
        let mirror = mirror(&setup, &hub).await;
        let mut follower = follower(&url, &hub, &mirror);
        let Step::Appended { to: before, .. } = follower.step().await else { panic!("the mirror catches up") };
        assert!(mirror.blob(&blob.sha256).await.unwrap().unwrap().bytes.is_some());

        let command = Command::RedactBlob { sha256: blob.sha256, reason: "A test takedown.".into() };
        hub.submit(Caller::system(), command).await.unwrap();
        hub.sign_checkpoint().await.unwrap();
        assert_eq!(follower.step().await, Step::Appended { from: before, to: before + 1 });
        let held = mirror.blob(&blob.sha256).await.unwrap().expect("the hash stays");
        assert_eq!(held.bytes, None);
        assert_eq!(mirror.status().await.unwrap().state_digest, hub.status().await.unwrap().state_digest);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hub_that_is_away_is_an_error_recorded_not_a_stop() {
    let (hub, _url, _dir, _blob) = hub(0).await;
    on_each_backend(|setup| {
        let hub = hub.clone();
        async move {
            let mirror = mirror(&setup, &hub).await;
            // Nothing listens on the discard port.
            let mut follower = follower("http://127.0.0.1:9", &hub, &mirror);
            let Step::Failed { error, evidence: None } = follower.step().await else { panic!("the round must fail") };
            assert!(error.contains("cannot reach http://127.0.0.1:9/log/checkpoint"), "{error}");
            let status = mirror.follow_status().await.unwrap().unwrap();
            assert_eq!(status.error.as_deref(), Some(error.as_str()));
            assert_eq!((status.answered_at, status.stopped), (0, false));
            assert!(!federation::evidence::is_stopped(&mirror).await.unwrap());
            assert_eq!(mirror.log_sizes().await.unwrap(), (0, 0));
        }
    })
    .await;
}

#[test]
fn the_backoff_doubles_up_to_sixteen_polls_and_thirty_seconds() {
    use federation::follower::backoff;
    let poll = Duration::from_millis(200);
    assert_eq!(backoff(poll, 0), poll);
    assert_eq!(backoff(poll, 1), poll * 2);
    assert_eq!(backoff(poll, 4), poll * 16);
    assert_eq!(backoff(poll, 40), poll * 16);
    assert_eq!(backoff(Duration::from_secs(5), 3), Duration::from_secs(30));
    assert_eq!(backoff(Duration::from_secs(60), 3), Duration::from_secs(60));
}
