//! `concord account reset USERNAME` through the binary, on SQLite and
//! PostgreSQL (issue 13, part 1): an administrator who lost the phone gets
//! a one-time link from the server; the log says a reset was issued, never
//! the link; using it asks for a new second factor at the next sign-in.

mod support;

use serde_json::Value;
use store::scratch::{Setup, on_each_backend};
use support::{concord, store_args, text};

fn run(setup: &Setup, command: &[&str]) -> std::process::Output {
    let mut args: Vec<String> = command.iter().map(|s| (*s).to_owned()).collect();
    args.extend(store_args(setup));
    concord(&args.iter().map(String::as_str).collect::<Vec<_>>())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_who_lost_the_phone_is_reset_on_the_server() {
    on_each_backend(|setup| async move {
        let admin = domain::Actor::try_from("sec.admin".to_owned()).unwrap();
        let size = {
            let store = store::Store::open(&setup.config()).await.unwrap();
            server::auth::admin::ensure_admin(&store, Some("administrator password")).await.unwrap();
            store.enable_totp(&admin, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", 1).await.unwrap();
            store.status().await.unwrap().log_size
        };

        // No address recorded by `serve` and none given: the link could not
        // be built, so nothing is issued.
        let nowhere = run(&setup, &["account", "reset", "ADMIN"]);
        assert_eq!(nowhere.status.code(), Some(2), "{}", text(&nowhere.stderr));
        assert!(text(&nowhere.stderr).contains("pass --public-url URL"), "{}", text(&nowhere.stderr));

        let unknown = run(&setup, &["account", "reset", "nobody", "--public-url", "https://concord.example"]);
        assert_eq!(unknown.status.code(), Some(2), "{}", text(&unknown.stderr));
        assert!(text(&unknown.stderr).contains("no account with the username"), "{}", text(&unknown.stderr));

        let reset = run(&setup, &["account", "reset", "ADMIN", "--public-url", "https://concord.example", "--json"]);
        assert!(reset.status.success(), "{}", text(&reset.stderr));
        let issued: Value = serde_json::from_slice(&reset.stdout).unwrap();
        assert_eq!(issued["handle"], "sec.admin");
        assert_eq!(issued["log_index"], size);
        let link = issued["link"].as_str().unwrap();
        let token = link.strip_prefix("https://concord.example/reset/").expect("a link of the public URL");

        let store = store::Store::open_detached(&setup.config()).await.unwrap();
        let entry = store.entry(size).await.unwrap().unwrap();
        let entry = String::from_utf8(entry.bytes).unwrap();
        assert!(entry.contains("\"kind\":\"account.reset_issued\"") && entry.contains("\"actor\":\"system\""));
        assert!(!entry.contains(token), "the log never holds the link");
        let reset = store.complete_reset(token, "a new hash").await.unwrap();
        assert_eq!(reset.handle, admin);
        let account = store.account(&admin).await.unwrap().unwrap();
        assert_eq!((account.password_hash.as_str(), account.totp_secret), ("a new hash", None));
        assert!(matches!(store.complete_reset(token, "again").await, Err(store::StoreError::Gone(_))));
    })
    .await;
}
