//! `concord invite`, `concord token create`, `concord delegation list` and
//! `concord org list` end to end (issue 4), against a data directory and a
//! running server.

mod support;

use serde_json::{Value, json};
use store::scratch::Setup;
use support::{Served, concord, text};

fn json_of(output: &std::process::Output) -> Value {
    assert!(output.status.success(), "{}", text(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitations_and_tokens_from_the_command_line() {
    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let served = Served::start(&setup);
    let data = setup.data_dir().display().to_string();

    // Locally, as the administrator, while the server runs.
    let issued = json_of(&concord(&[
        "invite",
        "--kind",
        "head",
        "--member",
        "KEN",
        "--data",
        &data,
        "--public-url",
        &served.url,
        "--json",
    ]));
    let url = issued["url"].as_str().unwrap();
    assert!(url.starts_with(&format!("{}/invitations/", served.url)), "{url}");
    let token = issued["token"].as_str().unwrap();

    // The invited head accepts through the API.
    let client = reqwest::Client::new();
    let body = json!({"username": "amina", "password": "a long passphrase", "display_name": "Amina"});
    let answer = client
        .post(format!("{}/api/v1/invitations/token/{token}/accept", served.url))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    let accepted: Value = serde_json::from_slice(&answer.bytes().await.unwrap()).unwrap();
    let head = accepted["handle"].as_str().unwrap();

    // A token for scripts, then the same commands through the server.
    let created = json_of(&concord(&[
        "token",
        "create",
        "--name",
        "ci",
        "--scope",
        "invite_observer,read_own_account",
        "--data",
        &data,
        "--json",
    ]));
    let api_token = created["token"].as_str().unwrap();
    let observer = concord(&["invite", "--kind", "observer", "--url", &served.url, "--token", api_token]);
    assert!(observer.status.success(), "{}", text(&observer.stderr));
    assert!(text(&observer.stdout).contains("link (send it privately"), "{}", text(&observer.stdout));

    // Refusals say why and exit 2.
    let out_of_scope =
        concord(&["invite", "--kind", "head", "--member", "GHA", "--url", &served.url, "--token", api_token]);
    assert_eq!(out_of_scope.status.code(), Some(2));
    assert!(text(&out_of_scope.stderr).contains("does not allow invite_head"), "{}", text(&out_of_scope.stderr));
    let no_token = concord(&["invite", "--kind", "observer", "--url", &served.url]);
    assert_eq!(no_token.status.code(), Some(2));
    let bad_kind = concord(&["invite", "--kind", "king", "--data", &data]);
    assert_eq!(bad_kind.status.code(), Some(2));
    assert!(text(&bad_kind.stderr).contains("not a kind of invitation"), "{}", text(&bad_kind.stderr));
    let second_head = concord(&["invite", "--kind", "head", "--member", "KEN", "--data", &data]);
    assert_eq!(second_head.status.code(), Some(2));

    // The delegation is public, from the server or the data directory.
    let remote = json_of(&concord(&["delegation", "list", "--url", &served.url, "--json"]));
    let local = json_of(&concord(&["delegation", "list", "--data", &data, "--json"]));
    assert_eq!(remote, local);
    assert_eq!(remote, json!([{"member": "KEN", "head": head, "delegates": [], "alternates": []}]));
    let orgs = concord(&["org", "list", "--data", &data]);
    assert!(text(&orgs.stdout).contains("0 organizations"), "{}", text(&orgs.stdout));
    let delegations = text(&concord(&["delegation", "list", "--data", &data]).stdout);
    assert!(delegations.ends_with("0 delegates  0 alternates\n1 delegation\n"), "{delegations}");
    served.stop();
}

/// Issue 13: `invite --data DIR` builds its link from the address `serve`
/// recorded in the store (on SQLite and PostgreSQL), from `--public-url`
/// when given, and otherwise refuses to guess one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitation_links_use_the_public_address_recorded_by_serve() {
    store::scratch::on_each_backend(|setup| async move {
        let store_args = support::store_args(&setup);
        let invite = |extra: &[&str]| {
            let mut args = vec!["invite", "--kind", "observer", "--json"];
            args.extend(store_args.iter().map(String::as_str));
            args.extend_from_slice(extra);
            concord(&args)
        };
        // A data directory that no server has run on yet.
        let store = store::Store::open(&setup.config()).await.unwrap();
        server::auth::admin::ensure_admin(&store, Some("a long passphrase")).await.unwrap();
        drop(store);
        let refused = invite(&[]);
        assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stderr));
        let err = text(&refused.stderr);
        assert!(err.contains("no public address is recorded") && err.contains("pass --public-url URL"), "{err}");
        let given = json_of(&invite(&["--public-url", "https://concord.example/"]));
        assert!(given["url"].as_str().unwrap().starts_with("https://concord.example/invitations/"), "{given}");
        let bad = invite(&["--public-url", "concord.example"]);
        assert_eq!(bad.status.code(), Some(2));
        assert!(text(&bad.stderr).contains("--public-url `concord.example` is not a usable address"));

        // A server on a free port records where it listens.
        let served = Served::start(&setup);
        let issued = json_of(&invite(&[]));
        let url = issued["url"].as_str().unwrap();
        assert!(url.starts_with(&format!("{}/invitations/", served.url)), "{url} is not under {}", served.url);
        assert!(!served.url.ends_with(":8080"), "a free port, not the default");
        served.stop();
    })
    .await;
}

/// Issue 13: counts agree with their noun, in the text output.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counts_are_printed_in_the_singular_for_one() {
    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let store = store::Store::open(&setup.config()).await.unwrap();
    drop(store);
    let data = setup.data_dir().display().to_string();
    let one = concord(&["members", "list", "--q", "Kenya", "--data", &data]);
    assert!(text(&one.stdout).ends_with("\n1 state\n"), "{}", text(&one.stdout));
    let none = concord(&["members", "list", "--q", "Atlantis", "--data", &data]);
    assert!(text(&none.stdout).ends_with("0 states\n"), "{}", text(&none.stdout));
    let status = concord(&["status", "--data", &data]);
    assert!(text(&status.stdout).contains("193 (and 2 observers)"), "{}", text(&status.stdout));
}

/// Issue 13: the server's log written to a file carries no colour codes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_log_in_a_file_has_no_escape_codes() {
    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let path = setup.dir.path().join("serve.log");
    let served = Served::start_logging(&setup, std::fs::File::create(&path).unwrap());
    let answer = reqwest::get(format!("{}/no/such/page", served.url)).await.unwrap();
    assert_eq!(answer.status(), 404);
    served.stop();
    let log = std::fs::read(&path).unwrap();
    assert!(text(&log).contains("INFO"), "the log says something: {}", text(&log));
    assert!(!log.contains(&0x1b), "escape codes in the log file:\n{}", text(&log));
}

/// Issue 13: `--help` lists only the options a command uses.
#[test]
fn help_texts_list_only_the_options_each_command_uses() {
    let help = |args: &[&str]| {
        let output = concord(&[args, &["--help"][..]].concat());
        assert!(output.status.success(), "{args:?}");
        text(&output.stdout)
    };
    let first_start = ["--origin", "--organization-name", "--admin-password"];
    for command in [&["invite"][..], &["token", "create"], &["delegation", "list"], &["status"], &["backup"]] {
        let text = help(command);
        assert!(text.contains("--data <DIR>"), "{command:?}: {text}");
        for option in first_start {
            assert!(!text.contains(option), "{command:?} lists {option}:\n{text}");
        }
    }
    let serve = help(&["serve"]);
    assert!(first_start.iter().all(|option| serve.contains(option)), "{serve}");
    assert!(help(&["invite"]).contains("--public-url"));
    assert!(!help(&["token", "create"]).contains("--public-url"), "no links in a token");
    assert!(!help(&["delegation", "list"]).contains("--token"), "a public list needs no token");
    assert!(!help(&["backup"]).contains("--database-url"), "backup copies SQLite only");
}
