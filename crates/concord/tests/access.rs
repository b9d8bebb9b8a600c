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
    served.stop();
}
