//! `concord check`, `status` and `rebuild` on tampered data directories,
//! through the binary, on SQLite and PostgreSQL (issue 11, reproduction 10).

mod support;

use domain::authz::Caller;
use domain::lang::Lang;
use serde_json::Value;
use store::scratch::{Setup, on_each_backend};
use support::{concord, store_args, text};

async fn sql(setup: &Setup, statement: &str) {
    sqlx::any::install_default_drivers();
    let pool = sqlx::any::AnyPoolOptions::new().max_connections(1).connect(&setup.shared_database_url()).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(statement.to_owned())).execute(&pool).await.unwrap();
    pool.close().await;
}

/// Runs `concord <command> [extra] <store options>`.
fn run(setup: &Setup, command: &[&str]) -> std::process::Output {
    let mut args: Vec<String> = command.iter().map(|s| (*s).to_owned()).collect();
    args.extend(store_args(setup));
    concord(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

/// A log of 296 entries, so that one hash of tile level 1 is stored.
async fn log_with_a_level_one_tile(setup: &Setup) {
    let store = store::Store::open(&setup.config()).await.unwrap();
    let blob = store.put_blob(b"t", "text/plain").await.unwrap();
    for i in 0..100 {
        let command =
            domain::Command::PublishDocument { title: format!("Doc {i}"), language: Lang::En, blob: blob.clone() };
        store.submit(Caller::system(), command).await.unwrap();
    }
    store.sign_checkpoint().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_passes_then_names_a_changed_row_and_status_shows_the_last_check() {
    on_each_backend(|setup| async move {
        log_with_a_level_one_tile(&setup).await;
        let never = run(&setup, &["status"]);
        assert!(never.status.success(), "{}", text(&never.stderr));
        assert!(text(&never.stdout).contains("last checked:    never"), "{}", text(&never.stdout));

        let passed = run(&setup, &["check", "--json"]);
        assert!(passed.status.success(), "{}", text(&passed.stderr));
        let report: Value = serde_json::from_slice(&passed.stdout).unwrap();
        assert_eq!(
            (&report["result"], &report["log_size"], &report["tile_hashes"]),
            (&"passed".into(), &296.into(), &1.into())
        );
        let status = run(&setup, &["status", "--json"]);
        assert!(status.status.success(), "{}", text(&status.stderr));
        let status: Value = serde_json::from_slice(&status.stdout).unwrap();
        assert_eq!(status["last_check"]["result"], "passed");
        assert_eq!(status["last_check"]["log_size"], 296);
        assert_eq!(report["state_digest"], status["state_digest"]);

        sql(&setup, "UPDATE p_members SET name_en = 'Atlantis' WHERE iso3 = 'KEN'").await;
        let failed = run(&setup, &["check"]);
        assert_eq!(failed.status.code(), Some(1), "{}", text(&failed.stderr));
        assert!(
            text(&failed.stderr).contains("table p_members: the row iso3 = KEN differs"),
            "{}",
            text(&failed.stderr)
        );
        let status = run(&setup, &["status"]);
        assert_eq!(status.status.code(), Some(1));
        assert!(text(&status.stdout).contains("entries: FAILED"), "{}", text(&status.stdout));
        assert!(text(&status.stderr).contains("table p_members"), "{}", text(&status.stderr));

        // rebuild repairs the projections; the next check passes.
        assert_eq!(run(&setup, &["rebuild"]).status.code(), Some(1));
        assert!(run(&setup, &["check"]).status.success());
        assert!(run(&setup, &["status"]).status.success());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_tile_hash_fails_check_rebuild_and_serve() {
    on_each_backend(|setup| async move {
        log_with_a_level_one_tile(&setup).await;
        sql(
            &setup,
            "UPDATE log_tile_hashes SET hash = (SELECT leaf_hash FROM log_entries WHERE idx = 0) WHERE level = 1 AND idx = 0",
        )
        .await;
        let named = "hash 0 of tile level 1 (tile 1/0) does not match the entries";
        for command in [&["check"][..], &["rebuild"], &["serve", "--listen", "127.0.0.1:0"]] {
            let output = run(&setup, command);
            assert_eq!(output.status.code(), Some(1), "{command:?}: {}", text(&output.stderr));
            assert!(text(&output.stderr).contains(named), "{command:?}: {}", text(&output.stderr));
        }
        let failed = run(&setup, &["check", "--json"]);
        let report: Value = serde_json::from_slice(&failed.stdout).unwrap();
        assert_eq!(report["result"], "failed");
        assert!(report["problem"].as_str().unwrap().contains(named));
    })
    .await;
}
