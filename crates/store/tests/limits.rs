//! The sign-in counters: shared by nodes, kept across restarts, never in
//! clear, never in the log.

use sqlx::any::AnyPoolOptions;
use store::Store;
use store::limits::Counted;
use store::scratch::on_each_backend;

const WINDOW: i64 = 15 * 60 * 1000;
const NOW: i64 = 1_800_000_000_000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attempts_are_counted_by_every_node_in_one_window_and_survive_a_restart() {
    on_each_backend(|setup| async move {
        let first = Store::open(&setup.config()).await.unwrap();
        let second = Store::open_detached(&setup.config()).await.unwrap();
        let pair = "admin|192.0.2.7";
        assert_eq!(first.count_attempt(pair, WINDOW, NOW).await.unwrap(), Counted { attempts: 1, window_start: NOW });
        assert_eq!(second.count_attempt(pair, WINDOW, NOW + 1).await.unwrap().attempts, 2, "another node");
        assert_eq!(first.count_attempt("admin|192.0.2.8", WINDOW, NOW + 2).await.unwrap().attempts, 1);
        let (digest, size) = (first.status().await.unwrap().state_digest, first.log_sizes().await.unwrap().0);

        drop((first, second));
        let reopened = Store::open(&setup.config()).await.unwrap();
        let third = reopened.count_attempt(pair, WINDOW, NOW + 3).await.unwrap();
        assert_eq!(third, Counted { attempts: 3, window_start: NOW }, "counts survive a restart");
        assert_eq!(reopened.status().await.unwrap().state_digest, digest, "the counters are not public state");
        assert_eq!(reopened.log_sizes().await.unwrap().0, size, "nothing was logged");

        // A window that has ended starts again at one; forgetting starts over.
        let later = reopened.count_attempt(pair, WINDOW, NOW + WINDOW).await.unwrap();
        assert_eq!(later, Counted { attempts: 1, window_start: NOW + WINDOW });
        reopened.count_attempt(pair, WINDOW, NOW + WINDOW + 1).await.unwrap();
        reopened.forget_attempts(pair).await.unwrap();
        assert_eq!(reopened.count_attempt(pair, WINDOW, NOW + WINDOW + 2).await.unwrap().attempts, 1);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn turns_are_spaced_only_after_a_failure_and_capped() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let (interval, cap) = (2_000, 5_000);
        assert_eq!(store.take_turn("admin", interval, cap, NOW).await.unwrap(), None, "no failure: go now");

        store.back_off("admin", interval, NOW).await.unwrap();
        let turns: Vec<_> = {
            let mut turns = Vec::new();
            for _ in 0..5 {
                turns.push(store.take_turn("admin", interval, cap, NOW).await.unwrap().unwrap() - NOW);
            }
            turns
        };
        assert_eq!(turns, [2_000, 4_000, 5_000, 5_000, 5_000], "one every interval, none beyond the cap");
        assert_eq!(store.take_turn("someone else", interval, cap, NOW).await.unwrap(), None);

        // After its turns, a quiet account goes at once; a later failure
        // never moves turns already taken earlier.
        let quiet = NOW + 60_000;
        assert_eq!(store.take_turn("admin", interval, cap, quiet).await.unwrap(), Some(quiet));
        store.back_off("admin", interval, NOW).await.unwrap();
        assert_eq!(store.take_turn("admin", interval, cap, quiet).await.unwrap(), Some(quiet + interval));

        // A right password ends the back-off; a restart does not.
        let other = Store::open_detached(&setup.config()).await.unwrap();
        other.back_off("amina", interval, NOW).await.unwrap();
        drop(store);
        assert_eq!(other.take_turn("amina", interval, cap, NOW).await.unwrap(), Some(NOW + interval));
        other.end_back_off("amina").await.unwrap();
        assert_eq!(other.take_turn("amina", interval, cap, NOW).await.unwrap(), None);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn subjects_are_kept_as_digests_and_old_windows_are_deleted() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        store.count_attempt("amina|198.51.100.4", WINDOW, NOW).await.unwrap();
        store.back_off("amina", 2_000, NOW).await.unwrap();
        sqlx::any::install_default_drivers();
        let pool = AnyPoolOptions::new().max_connections(1).connect(&setup.shared_database_url()).await.unwrap();
        let subjects: Vec<String> = sqlx::query_scalar(
            "SELECT subject FROM sign_in_attempts UNION ALL SELECT subject FROM hash_turns ORDER BY 1",
        )
        .fetch_all(&pool)
        .await
        .unwrap();
        assert_eq!(subjects.len(), 2);
        for subject in &subjects {
            assert_eq!(subject.len(), 64, "{subject}");
            assert!(!subject.contains("amina") && !subject.contains("198.51"), "{subject}");
        }

        // The first attempt of a new window deletes the ended ones.
        store.count_attempt("brian|198.51.100.5", WINDOW, NOW + 2 * WINDOW).await.unwrap();
        let left: i64 =
            sqlx::query_scalar("SELECT (SELECT COUNT(*) FROM sign_in_attempts) + (SELECT COUNT(*) FROM hash_turns)")
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!(left, 1);
        pool.close().await;
    })
    .await;
}

/// Issue 13: `serve` records the public address; the command line, on a
/// detached store (another process beside the server), reads it back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_public_url_is_recorded_privately_and_replaced() {
    on_each_backend(|setup| async move {
        let server = Store::open(&setup.config()).await.unwrap();
        let cli = Store::open_detached(&setup.config()).await.unwrap();
        assert_eq!(cli.public_url().await.unwrap(), None, "never recorded");
        let digest = server.status().await.unwrap().state_digest;
        server.record_public_url("http://127.0.0.1:9123").await.unwrap();
        assert_eq!(cli.public_url().await.unwrap().as_deref(), Some("http://127.0.0.1:9123"));
        server.record_public_url("https://concord.example").await.unwrap();
        assert_eq!(cli.public_url().await.unwrap().as_deref(), Some("https://concord.example"), "replaced");
        assert_eq!(server.status().await.unwrap().state_digest, digest, "not public state");
    })
    .await;
}
