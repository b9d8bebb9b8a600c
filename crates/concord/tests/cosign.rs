//! A hub with a witness policy (issue 18), with the real binaries on
//! loopback: `concord serve --witness-policy` asks three witnessing
//! mirrors (`concord mirror --witness`) to cosign each new checkpoint and
//! serves, at `/log/checkpoint`, the newest one cosigned by two of them;
//! `concord verify --policy` accepts it. With one witness gone the quorum
//! still holds; with two gone the hub keeps serving the last witnessed
//! checkpoint. A policy that does not parse or does not name the log's key
//! is refused at start.
//!
//! Every wait is a poll with a deadline.

mod support;

use std::future::Future;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use ledger::Policy;
use serde_json::{Value, json};
use store::scratch::Setup;
use support::{Served, concord, people, text};

/// How long anything may take to show.
const DEADLINE: Duration = Duration::from_secs(90);

/// Polls `check` every 100 ms until it gives something; panics with `what`
/// after the deadline.
async fn wait_for<T, F, Fut>(what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let started = Instant::now();
    loop {
        if let Some(found) = check().await {
            return found;
        }
        assert!(started.elapsed() < DEADLINE, "gave up waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The body of a GET that answers 200.
async fn get_ok(url: &str, path: &str) -> Option<Vec<u8>> {
    let response = reqwest::get(format!("{url}{path}")).await.ok()?;
    if response.status() != 200 {
        return None;
    }
    Some(response.bytes().await.ok()?.to_vec())
}

async fn get_json(url: &str, path: &str) -> Option<Value> {
    serde_json::from_slice(&get_ok(url, path).await?).ok()
}

/// Publishes a document on the hub with an API token.
async fn publish(hub: &str, token: &str, text: &str) {
    let response = reqwest::Client::new()
        .post(format!("{hub}/api/v1/documents"))
        .bearer_auth(token)
        .header("content-type", "application/json")
        .body(json!({"title": "Witnessed document", "language": "en", "text": text}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
}

fn free_address() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().to_string()
}

/// `concord mirror --witness` of `hub` into `dir`, listening on `address`.
fn start_witness(dir: &Path, address: &str, hub: &str, key: &str) -> Served {
    let mut args: Vec<String> =
        ["mirror", "--from", hub, "--key", key, "--listen", address, "--poll", "0.2", "--witness", "--data"]
            .map(str::to_owned)
            .to_vec();
    args.push(dir.display().to_string());
    Served::spawn(&args, Stdio::null())
}

/// The size of the checkpoint the hub serves and the witnesses that
/// cosigned it, if it meets `policy`.
async fn witnessed(hub: &str, policy: &Policy) -> Option<(u64, Vec<String>)> {
    let note = get_ok(hub, "/log/checkpoint").await?;
    let report = policy.verify(&note).ok()?;
    Some((report.checkpoint.size(), report.cosigned.into_iter().map(|c| c.witness).collect()))
}

/// The hub's witness `name` as `/api/v1/federation/nodes` lists it.
async fn witness_status(hub: &str, name: &str) -> Option<Value> {
    let nodes = get_json(hub, "/api/v1/federation/nodes").await?;
    nodes["witnesses"].as_array()?.iter().find(|w| w["name"] == name).cloned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hub_serves_checkpoints_its_witness_policy_accepts() {
    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let tokens = people(&setup, &[]).await;
    let admin = tokens.iter().find(|(handle, _)| handle == "sec.admin").unwrap().1.clone();
    let key = store::Store::open_detached(&setup.config()).await.unwrap().verifier_key().to_owned();
    let hub_address = free_address();
    let hub_url = format!("http://{hub_address}");

    // Three witnessing mirrors, and the policy naming their keys.
    let dirs: Vec<_> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    let addresses: Vec<String> = (0..3).map(|_| free_address()).collect();
    let mut witnesses: Vec<Option<Served>> = dirs
        .iter()
        .zip(&addresses)
        .map(|(dir, address)| Some(start_witness(dir.path(), address, &hub_url, &key)))
        .collect();
    let mut policy_text = format!("log {key} {hub_url}\n");
    for (n, address) in addresses.iter().enumerate() {
        let url = format!("http://{address}");
        let status = wait_for("a witness's status", || get_json(&url, "/api/v1/status")).await;
        let witness_key = status["node"]["witness_key"].as_str().expect("a witness says its key").to_owned();
        policy_text.push_str(&format!("witness w{} {witness_key} {url}/witness\n", n + 1));
    }
    policy_text.push_str("group two 2 w1 w2 w3\nquorum two\n");
    let policy = Policy::parse(policy_text.as_bytes()).unwrap();
    let files = tempfile::tempdir().unwrap();
    let policy_file = files.path().join("policy.txt");
    std::fs::write(&policy_file, &policy_text).unwrap();
    let policy_path = policy_file.display().to_string();

    let metrics_address = free_address();
    let metrics_url = format!("http://{metrics_address}");
    let hub = Served::start_at(
        &setup,
        &hub_address,
        &["--witness-policy", &policy_path, "--cosign-interval", "1", "--metrics-listen", &metrics_address],
        Stdio::null(),
    );
    wait_for("the hub to say it asks its witnesses", || async {
        hub.printed()
            .contains("Asking 3 witnesses of the witness policy to cosign each new checkpoint (quorum two)")
            .then_some(())
    })
    .await;

    // The hub serves a checkpoint cosigned by a quorum, and verify accepts it.
    let (first, cosigned) = wait_for("a witnessed checkpoint", || witnessed(&hub.url, &policy)).await;
    assert!(cosigned.len() >= 2, "{cosigned:?}");
    let state = tempfile::tempdir().unwrap();
    let state = state.path().display().to_string();
    let output = concord(&["verify", "--url", &hub.url, "--key", &key, "--policy", &policy_path, "--state", &state]);
    assert!(output.status.success(), "{}{}", text(&output.stdout), text(&output.stderr));
    assert!(text(&output.stdout).contains("the policy's quorum is met"), "{}", text(&output.stdout));
    let status = wait_for("a witness status", || async {
        witness_status(&hub.url, "w1").await.filter(|w| w["cosigned_size"].as_u64() >= Some(first))
    })
    .await;
    assert_eq!(status["url"], format!("http://{}/witness", addresses[0]));
    assert!(status["cosigned_at"].is_string() && status["error"].is_null(), "{status}");

    // The hub forgets what w1 cosigned: w1 answers 409 with the size it
    // holds, and the hub asks again from there.
    let hub_store = store::Store::open_detached(&setup.config()).await.unwrap();
    let mut forgotten = hub_store.witness_statuses().await.unwrap().into_iter().find(|w| w.name == "w1").unwrap();
    forgotten.cosigned_size = 0;
    hub_store.record_witness_status(&forgotten).await.unwrap();

    // One witness gone: two of three still cosign the next checkpoint.
    witnesses[2].take().unwrap().stop();
    publish(&hub.url, &admin, "Cosigned by two witnesses.").await;
    let (second, cosigned) = wait_for("the next witnessed checkpoint", || async {
        witnessed(&hub.url, &policy).await.filter(|(size, _)| *size > first)
    })
    .await;
    assert_eq!(cosigned, ["w1", "w2"]);
    let metrics = text(&get_ok(&metrics_url, "/metrics").await.unwrap());
    let rounds = metrics.lines().find_map(|line| line.strip_prefix("concord_cosignature_round_seconds_count "));
    assert!(rounds.and_then(|n| n.parse::<u64>().ok()).is_some_and(|n| n >= 2), "{metrics}");

    // Two gone: the next checkpoint is signed but never witnessed, and the
    // hub keeps serving the last witnessed one.
    witnesses[1].take().unwrap().stop();
    publish(&hub.url, &admin, "Cosigned by one witness only.").await;
    let asked = wait_for("the round without a quorum", || async {
        let w2 = witness_status(&hub.url, "w2").await?;
        let w1 = witness_status(&hub.url, "w1").await?;
        (w1["cosigned_size"].as_u64()? > second && w2["error"].is_string()).then_some(w1)
    })
    .await;
    assert!(asked["error"].is_null(), "{asked}");
    let (size, _) = witnessed(&hub.url, &policy).await.expect("the last witnessed checkpoint is still served");
    assert_eq!(size, second);
    let page = text(&get_ok(&hub.url, "/nodes").await.unwrap());
    assert!(page.contains("<code dir=\"ltr\">two</code>"), "{page}");
    drop(witnesses);
}

#[test]
fn a_policy_that_cannot_work_is_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").display().to_string();
    let file = dir.path().join("policy.txt");
    std::fs::write(&file, "log not-a-key\nquorum none\n").unwrap();
    let file = file.display().to_string();
    let output = concord(&["serve", "--listen", "127.0.0.1:0", "--data", &data, "--witness-policy", &file]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(
        text(&output.stderr).contains(&format!("the policy {file}, line 1: invalid vkey")),
        "{}",
        text(&output.stderr)
    );

    let other = ledger::Signer::new("other.example/log", &[1; 32]).unwrap().verifier();
    std::fs::write(&file, format!("log {other}\nquorum none\n")).unwrap();
    let output = concord(&["serve", "--listen", "127.0.0.1:0", "--data", &data, "--witness-policy", &file]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(text(&output.stderr).contains(&format!("the witness policy {file} does not name this log's key")));

    let output = concord(&["serve", "--data", &data, "--cosign-interval", "3"]);
    assert_eq!(output.status.code(), Some(2), "--cosign-interval needs --witness-policy");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hub_can_witness_another_organizations_log() {
    let other = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let partner = Served::start_with(&other, &["--origin", "partner.example/log"], Stdio::null());
    let partner_key = text(&get_ok(&partner.url, "/log/key").await.unwrap()).trim().to_owned();
    let note = get_ok(&partner.url, "/log/checkpoint").await.unwrap();

    let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let hub = Served::start_with(&setup, &["--witness-log", &partner_key], Stdio::null());
    let status = wait_for("the hub's status", || get_json(&hub.url, "/api/v1/status")).await;
    let witness_key = ledger::Verifier::parse(status["node"]["witness_key"].as_str().unwrap()).unwrap();

    // The partner's checkpoint, first seen (old size 0): cosigned by the
    // hub's witness key, and stored.
    let request = ledger::AddCheckpoint { old_size: 0, proof: vec![], note: note.clone() };
    let answer = reqwest::Client::new()
        .post(format!("{}/witness/add-checkpoint", hub.url))
        .body(request.encode())
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let cosignatures = ledger::parse_cosignature_response(&answer.bytes().await.unwrap()).unwrap();
    let mut cosigned = ledger::Note::parse(&note).unwrap();
    for cosignature in cosignatures {
        cosigned.add_signature(cosignature).unwrap();
    }
    let partner_verifier = ledger::Verifier::parse(&partner_key).unwrap();
    let verified = cosigned.verify(&[partner_verifier, witness_key]).unwrap();
    assert_eq!(verified.len(), 2, "the log's signature and the hub's cosignature");

    // Its own log is not one it witnesses (404: an unknown log); a key
    // that is not a log's is refused at start.
    let own = get_ok(&hub.url, "/log/checkpoint").await.unwrap();
    let request = ledger::AddCheckpoint { old_size: 0, proof: vec![], note: own };
    let answer = reqwest::Client::new()
        .post(format!("{}/witness/add-checkpoint", hub.url))
        .body(request.encode())
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 404);
    let data = tempfile::tempdir().unwrap();
    let data = data.path().join("data").display().to_string();
    let output = concord(&["serve", "--listen", "127.0.0.1:0", "--data", &data, "--witness-log", "not-a-key"]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(text(&output.stderr).contains("--witness-log \"not-a-key\" is not a log's verifier key"));
}
