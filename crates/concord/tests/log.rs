//! The server and the log end to end through the `concord` binary, on
//! SQLite and PostgreSQL (issue 3): serve, verify (and its failure after
//! tampering, naming the entry), the refusal to start on a tampered store,
//! rebuild, backup and restore, members, and exit codes.

mod support;

use std::path::Path;

use serde_json::Value;
use store::scratch::{Setup, on_each_backend};
use support::{Served, concord, store_args, text};

async fn sql(setup: &Setup, statement: &str) {
    sqlx::any::install_default_drivers();
    let pool = sqlx::any::AnyPoolOptions::new().max_connections(1).connect(&setup.shared_database_url()).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(statement.to_owned())).execute(&pool).await.unwrap();
    pool.close().await;
}

/// The log's size after a first start: the 196 founding entries, the
/// default methodology and one entry per shipped series of indicator
/// values, and the administrator's appointment.
fn first_start_size() -> u64 {
    let series = domain::divide::shipped_series(|_| true, |_, _, _| false).unwrap();
    196 + 1 + series.len() as u64 + 1
}

fn status(setup: &Setup) -> Value {
    let mut args = vec!["status".to_owned(), "--json".to_owned()];
    args.extend(store_args(setup));
    let output = concord(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(output.status.success(), "{}", text(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_passes_and_then_fails_naming_a_tampered_entry() {
    on_each_backend(|setup| async move {
        let served = Served::start(&setup);
        let key = text(&reqwest_get(&format!("{}/log/key", served.url)).await);
        let ok = concord(&["verify", "--url", &served.url, "--key", key.trim()]);
        assert!(ok.status.success(), "{}", text(&ok.stderr));
        let verified = format!("verified {} entries", first_start_size());
        assert!(text(&ok.stdout).contains(&verified), "{}", text(&ok.stdout));
        assert!(text(&ok.stdout).contains("195  member.admitted"));

        // The organization's published key is another log's: the check fails.
        let other = ledger::Signer::new("test.concord.localhost/log", &[9; 32]).unwrap().verifier().to_string();
        let wrong = concord(&["verify", "--url", &served.url, "--key", &other]);
        assert_eq!(wrong.status.code(), Some(1), "{}", text(&wrong.stderr));
        assert!(text(&wrong.stderr).contains("does not verify"));
        assert_eq!(concord(&["verify", "--url", &served.url, "--key", "not a key"]).status.code(), Some(2));

        // One byte of the last entry (in the log's last, partial tile: full
        // tiles are kept apart once complete) changes behind the server's back.
        let last = first_start_size() - 1;
        let (from, to) = (format!("\"index\":{last}"), format!("\"index\":{}", last + 1));
        let tamper = match setup.backend {
            store::Backend::Sqlite => format!(
                "UPDATE log_entries SET entry = CAST(REPLACE(CAST(entry AS TEXT), '{from}', '{to}') AS BLOB) WHERE idx = {last}"
            ),
            store::Backend::Postgres => format!(
                "UPDATE log_entries SET entry = convert_to(replace(convert_from(entry, 'UTF8'), '{from}', '{to}'), 'UTF8') WHERE idx = {last}"
            ),
        };
        sql(&setup, &tamper).await;
        let failed = concord(&["verify", "--url", &served.url]);
        assert_eq!(failed.status.code(), Some(1));
        assert!(text(&failed.stderr).contains(&format!("entry {last}")), "{}", text(&failed.stderr));
        served.stop();

        // The server now refuses to start on it, and says which entry.
        let mut args = vec!["serve", "--listen", "127.0.0.1:0"];
        let store = store_args(&setup);
        args.extend(store.iter().map(String::as_str));
        let refused = concord(&args);
        assert_eq!(refused.status.code(), Some(1));
        assert!(text(&refused.stderr).contains(&format!("entry {last}")), "{}", text(&refused.stderr));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rebuild_gives_the_same_state_digest() {
    on_each_backend(|setup| async move {
        Served::start(&setup).stop();
        let before = status(&setup);
        assert_eq!(before["log_size"], first_start_size());
        let mut args = vec!["rebuild".to_owned()];
        args.extend(store_args(&setup));
        let rebuilt = concord(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(rebuilt.status.success(), "{}", text(&rebuilt.stderr));
        let digest = before["state_digest"].as_str().unwrap();
        assert!(text(&rebuilt.stdout).contains(&format!("state digest after:  {digest}")));
        assert_eq!(status(&setup)["state_digest"], before["state_digest"]);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_while_serving_and_restore_give_the_same_digest() {
    let dir = tempfile::tempdir().unwrap();
    let setup = Setup { backend: store::Backend::Sqlite, dir, schema: None };
    let served = Served::start(&setup);
    let data = setup.data_dir().display().to_string();
    let backup_dir = setup.dir.path().join("backup").display().to_string();
    let backup = concord(&["backup", &backup_dir, "--data", &data]);
    assert!(backup.status.success(), "{}", text(&backup.stderr));
    let digest = status(&setup)["state_digest"].as_str().unwrap().to_owned();
    assert!(text(&backup.stdout).contains(&digest));

    // Restore refuses while the server holds the directory.
    assert_eq!(concord(&["restore", &backup_dir, "--data", &data]).status.code(), Some(2));
    served.stop();

    let elsewhere = setup.dir.path().join("restored").display().to_string();
    let restored = concord(&["restore", &backup_dir, "--data", &elsewhere]);
    assert!(restored.status.success(), "{}", text(&restored.stderr));
    let status_there = concord(&["status", "--json", "--data", &elsewhere]);
    let status_there: Value = serde_json::from_slice(&status_there.stdout).unwrap();
    assert_eq!(status_there["state_digest"], digest.as_str());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_are_listed_from_a_data_directory_or_a_server() {
    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let served = Served::start(&setup);
    let data = setup.data_dir().display().to_string();
    let remote = concord(&["members", "list", "--url", &served.url, "--group", "GRULAC", "--json"]);
    assert!(remote.status.success(), "{}", text(&remote.stderr));
    let remote: Value = serde_json::from_slice(&remote.stdout).unwrap();
    assert_eq!(remote.as_array().unwrap().len(), 33);
    let local = concord(&["members", "list", "--data", &data, "--group", "GRULAC", "--json"]);
    assert_eq!(serde_json::from_slice::<Value>(&local.stdout).unwrap(), remote);
    let table = concord(&["members", "list", "--data", &data, "--q", "côte"]);
    assert!(text(&table.stdout).contains("CIV"), "{}", text(&table.stdout));
}

#[test]
fn bad_usage_and_bad_input_exit_with_2() {
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such-data-dir");
    let missing = missing.display().to_string();
    for args in [
        vec!["no-such-command"],
        vec!["members", "list", "--group", "ATLANTIS", "--data", &missing],
        vec!["status", "--data", &missing],
        vec!["verify", "--url", "ftp://example.org"],
        vec!["serve", "--listen", "not-an-address"],
    ] {
        let output = concord(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", text(&output.stderr));
        assert!(!output.stderr.is_empty(), "{args:?} printed no message");
    }
    let unreachable = concord(&["verify", "--url", "http://127.0.0.1:9"]);
    assert_eq!(unreachable.status.code(), Some(1));
}

async fn reqwest_get(url: &str) -> Vec<u8> {
    reqwest::get(url).await.unwrap().bytes().await.unwrap().to_vec()
}
