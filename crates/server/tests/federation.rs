//! The server side of federation (issue 18), on SQLite and PostgreSQL: a
//! mirror refuses every change (405, a problem or a page naming the hub),
//! says on every page whose record it holds and how current it is, and
//! sends signing in to the hub; evidence of a fork puts an alert on every
//! page and in the status; the evidence endpoints, the checkpoints seen,
//! the witness endpoint (C2SP tlog-witness) with each refusal, the
//! checkpoint a hub with a witness policy serves, and the nodes page in
//! six languages.

mod support;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use domain::Command;
use domain::authz::Caller;
use domain::lang::Lang;
use http_body_util::BodyExt;
use ledger::{
    AddCheckpoint, Checkpoint, Cosigner, Hash, Note, Policy, Signer, Verifier, parse_cosignature_response,
    verify_cosignatures,
};
use serde_json::Value;
use server::federation::{Node, WitnessRole};
use server::{AppState, app};
use store::federation::{EvidenceKind, FollowStatus, MirroredBatch, NewEvidence, WitnessStatus};
use store::scratch::{Setup, on_each_backend};
use store::{Config, Store};
use support::Answer;
use tower::ServiceExt;

const HUB: &str = "https://hub.concord.example";

/// Sends `body` to `uri` with `headers`.
async fn send(state: &AppState, method: Method, uri: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Answer {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app(state.clone()).oneshot(request.body(Body::from(body)).unwrap()).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    Answer { status, headers, body }
}

async fn get(state: &AppState, uri: &str) -> Answer {
    send(state, Method::GET, uri, &[], Vec::new()).await
}

async fn page(state: &AppState, uri: &str, lang: Lang) -> String {
    let answer = send(state, Method::GET, uri, &[("accept-language", lang.code())], Vec::new()).await;
    let answer = answer.expect(StatusCode::OK);
    String::from_utf8(answer.body).unwrap()
}

fn text(answer: &Answer) -> String {
    String::from_utf8_lossy(&answer.body).into_owned()
}

fn now() -> i64 {
    domain::Timestamp::now().unix_millis()
}

/// A hub's store of its own (SQLite, in `dir`), with a published document
/// after the founding entries, checkpoint signed.
async fn hub_store(dir: &std::path::Path) -> Store {
    let store = Store::open(&Config::new(dir)).await.unwrap();
    publish(&store, "Principes directeurs").await;
    store
}

/// Publishes a document and signs the checkpoint.
async fn publish(store: &Store, title: &str) {
    let blob = store.put_blob(b"Texte", "text/plain").await.unwrap();
    let command = Command::PublishDocument { title: title.into(), language: Lang::Fr, blob };
    store.submit(Caller::system(), command).await.unwrap();
    store.sign_checkpoint().await.unwrap();
}

/// A mirror of `hub` on `setup`'s backend, holding its whole log, as a
/// node following `HUB`.
async fn mirror_of(setup: &Setup, hub: &Store) -> AppState {
    let config = Config { mirror_of: Some(hub.verifier_key().to_owned()), ..setup.config() };
    let mirror = Store::open_mirror(&config).await.unwrap();
    let (size, note) = hub.signed_checkpoint().await.unwrap();
    let entries = hub.entries(0, size).await.unwrap().into_iter().map(|entry| entry.bytes).collect();
    let blobs = vec![(b"Texte".to_vec(), "text/plain".to_owned())];
    mirror.append_mirrored(MirroredBatch { first: 0, entries, blobs, note: Some(note) }).await.unwrap();
    AppState::new(mirror).with_node(Node::mirror_of(HUB))
}

/// Records that the hub last answered `ago` milliseconds before now, at
/// `hub_size` entries.
async fn followed(state: &AppState, ago: i64, hub_size: u64) {
    let status = FollowStatus {
        hub_url: HUB.into(),
        answered_at: now() - ago,
        attempted_at: now(),
        hub_size,
        error: None,
        stopped: false,
    };
    state.store.record_follow(&status).await.unwrap();
    state.node_facts.forget();
}

/// Keeps evidence of `kind` and forgets the cached facts.
async fn evidence(state: &AppState, kind: EvidenceKind) -> u64 {
    let (_, held) = state.store.signed_checkpoint().await.unwrap();
    let other = Signer::new(state.store.origin(), &[9; 32]).unwrap();
    let served = Checkpoint::new(state.store.origin(), 3, Hash([7; 32])).unwrap().sign(&other).unwrap().to_string();
    let id = state
        .store
        .record_evidence(&NewEvidence {
            kind,
            source: format!("{HUB}/log/checkpoint"),
            held_note: Some(held),
            served_note: served,
            proof: vec![Hash([1; 32]), Hash([2; 32])],
            detail: format!("the hub showed a {} checkpoint", kind.as_str()),
            detected_at: 1_780_000_000_000,
        })
        .await
        .unwrap();
    state.node_facts.forget();
    id
}

#[tokio::test]
async fn a_mirror_refuses_every_change_before_any_handler() {
    on_each_backend(|setup| async move {
        let dir = tempfile::tempdir().unwrap();
        let hub = hub_store(dir.path()).await;
        let state = mirror_of(&setup, &hub).await;
        // The API: a 405 problem naming the hub.
        let json = br#"{"username":"secretariat.admin","password":"administrator password"}"#.to_vec();
        let answer = send(&state, Method::POST, "/api/v1/session", &[("content-type", "application/json")], json)
            .await
            .expect(StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json");
        assert_eq!(answer.headers[header::ALLOW], "GET, HEAD");
        let detail = answer.detail();
        assert!(detail.contains("read-only mirror of https://hub.concord.example"), "{detail}");
        assert!(detail.contains("send POST /api/v1/session to the hub"), "{detail}");
        for (method, uri) in [(Method::DELETE, "/api/v1/session"), (Method::PUT, "/log/checkpoint")] {
            send(&state, method, uri, &[], Vec::new()).await.expect(StatusCode::METHOD_NOT_ALLOWED);
        }
        // A page: the refusal in the reader's language, linking the hub.
        let form = b"username=a&password=b".to_vec();
        let answer = send(
            &state,
            Method::POST,
            "/sign-in",
            &[("content-type", "application/x-www-form-urlencoded"), ("accept-language", "fr")],
            form,
        )
        .await
        .expect(StatusCode::METHOD_NOT_ALLOWED);
        assert!(answer.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
        assert_eq!(answer.headers[header::ALLOW], "GET, HEAD");
        let html = text(&answer);
        assert!(html.contains("Ce site est un miroir en lecture seule"), "{html}");
        assert!(html.contains(&format!("<a href=\"{HUB}\">Aller au nœud central</a>")), "{html}");
        // Reading works; the witness endpoint is not refused as a change
        // (this mirror is no witness: 404).
        get(&state, "/members").await.expect(StatusCode::OK);
        get(&state, "/api/v1/members").await.expect(StatusCode::OK);
        let answer = send(&state, Method::POST, "/witness/add-checkpoint", &[], b"old 0\n\n".to_vec()).await;
        answer.expect(StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn every_page_of_a_mirror_says_whose_record_it_holds() {
    on_each_backend(|setup| async move {
        let dir = tempfile::tempdir().unwrap();
        let hub = hub_store(dir.path()).await;
        let state = mirror_of(&setup, &hub).await;
        let (size, _) = hub.log_sizes().await.unwrap();
        followed(&state, 1_000, size + 5).await;
        // The lag, in the metrics.
        let metrics = support::metrics(&state).await;
        assert!(metrics.contains("concord_mirror_entries_behind 5\n"), "{metrics}");
        let silence = metrics.lines().find_map(|line| line.strip_prefix("concord_mirror_hub_silence_seconds "));
        assert!(silence.and_then(|s| s.parse::<i64>().ok()).is_some_and(|s| (1..60).contains(&s)), "{metrics}");
        for uri in ["/", "/members", "/record", "/nodes", "/no-such-page"] {
            let answer = send(&state, Method::GET, uri, &[], Vec::new()).await;
            let html = text(&answer);
            assert!(
                html.contains(&format!(
                    "This site mirrors the record of {HUB}. It holds {size} entries; it was last in step with the hub on <time datetime="
                )),
                "{uri}: {html}"
            );
            assert!(html.contains("<a href=\"/nodes\">About this mirror</a>"), "{uri}");
            assert!(html.contains(&format!("<a href=\"{HUB}/sign-in\">Sign in</a>")), "{uri}");
            assert!(!html.contains("has not answered"), "{uri}");
        }
        let arabic = page(&state, "/members", Lang::Ar).await;
        assert!(arabic.contains("هذا الموقع مرآة لسجل"), "{arabic}");
        // Silent for over a minute: the warning says since when.
        followed(&state, 120_000, size).await;
        let html = page(&state, "/members", Lang::En).await;
        assert!(html.contains("<span class=\"visually-hidden\">Warning</span> The hub has not answered since <time"));
        // A hub shows none of it.
        let hub_state = AppState::new(hub.clone());
        let html = page(&hub_state, "/members", Lang::En).await;
        assert!(!html.contains("mirrors the record") && html.contains("<a href=\"/sign-in\">Sign in</a>"));
    })
    .await;
}

#[tokio::test]
async fn evidence_of_a_fork_puts_an_alert_on_every_page_and_in_the_status() {
    on_each_backend(|setup| async move {
        let dir = tempfile::tempdir().unwrap();
        let hub = hub_store(dir.path()).await;
        let state = mirror_of(&setup, &hub).await;
        followed(&state, 1_000, 5).await;
        let status = get(&state, "/api/v1/status").await.expect(StatusCode::OK).json();
        assert_eq!(status["node"]["following"], true);
        assert_eq!(status["node"]["alerts"], serde_json::json!([]));
        // A bad signature is evidence, not a fork: no alert.
        evidence(&state, EvidenceKind::BadSignature).await;
        assert!(!page(&state, "/", Lang::En).await.contains("role=\"alert\""));
        let id = evidence(&state, EvidenceKind::Rewrite).await;
        for uri in ["/", "/members", "/record", "/nodes"] {
            let html = page(&state, uri, Lang::En).await;
            assert!(html.contains("<div class=\"banner\" role=\"alert\""), "{uri}");
            assert!(html.contains("contradicts the one this node held before"), "{uri}");
            assert!(html.contains("This node stopped following the hub on <time datetime=\"2026-05-28T"), "{uri}");
            assert!(html.contains("<a href=\"/nodes#evidence\">See the evidence</a>"), "{uri}");
        }
        let status = get(&state, "/api/v1/status").await.expect(StatusCode::OK).json();
        let alerts = status["node"]["alerts"].as_array().unwrap();
        assert_eq!(alerts.len(), 2);
        assert_eq!(alerts[1]["id"], id);
        assert_eq!(alerts[1]["kind"], "rewrite");
        assert_eq!(alerts[1]["detected_at"], "2026-05-28T20:26:40.000Z");
        // On a hub, a split view is told as found, not as stopped.
        let hub_state = AppState::new(hub.clone());
        evidence(&hub_state, EvidenceKind::SplitView).await;
        let html = page(&hub_state, "/members", Lang::Zh).await;
        assert!(html.contains("主节点展示的记录历史与另一节点保存的历史相矛盾。"), "{html}");
        assert!(html.contains("发现时间："), "{html}");
    })
    .await;
}

#[tokio::test]
async fn the_status_says_what_the_node_is() {
    on_each_backend(|setup| async move {
        let dir = tempfile::tempdir().unwrap();
        let hub = hub_store(dir.path()).await;
        let hub_state = AppState::new(hub.clone());
        let node = get(&hub_state, "/api/v1/status").await.expect(StatusCode::OK).json()["node"].clone();
        assert_eq!(
            node,
            serde_json::json!({"role": "hub", "hub_url": null, "hub_size": null, "behind": null,
                "hub_answered_at": null, "hub_error": null, "following": false, "witness_key": null, "alerts": []})
        );
        let mirror = mirror_of(&setup, &hub).await;
        let node = get(&mirror, "/api/v1/status").await.expect(StatusCode::OK).json()["node"].clone();
        assert_eq!(node["role"], "mirror");
        assert_eq!(node["hub_url"], HUB);
        assert_eq!(node["following"], false, "it never followed");
        let (size, _) = hub.log_sizes().await.unwrap();
        followed(&mirror, 2_000, size + 7).await;
        let node = get(&mirror, "/api/v1/status").await.expect(StatusCode::OK).json()["node"].clone();
        assert_eq!(node["hub_size"], size + 7);
        assert_eq!(node["behind"], 7);
        assert_eq!(node["following"], true);
        let answered: domain::Timestamp = node["hub_answered_at"].as_str().unwrap().parse().unwrap();
        assert!((now() - answered.unix_millis() - 2_000).abs() < 60_000);
        assert_eq!(node["hub_error"], serde_json::Value::Null);
        // A failed round says why, and keeps what the hub last answered.
        let mut failing = mirror.store.follow_status().await.unwrap().unwrap();
        failing.error = Some("cannot reach the hub".into());
        mirror.store.record_follow(&failing).await.unwrap();
        mirror.node_facts.forget();
        let node = get(&mirror, "/api/v1/status").await.expect(StatusCode::OK).json()["node"].clone();
        assert_eq!(node["hub_error"], "cannot reach the hub");
        assert_eq!(node["hub_size"], size + 7);
        // A witness says its key.
        let cosigner = Cosigner::new("witness.example", &[3; 32]).unwrap();
        let key = cosigner.verifier().to_string();
        let witness = hub_state
            .clone()
            .with_node(Node { witness: Some(WitnessRole { cosigner, logs: Vec::new() }), ..Node::default() });
        let node = get(&witness, "/api/v1/status").await.expect(StatusCode::OK).json()["node"].clone();
        assert_eq!(node["witness_key"], key);
        // The OpenAPI document describes it.
        let doc = get(&hub_state, "/api/v1/openapi.json").await.expect(StatusCode::OK).json();
        assert!(doc["components"]["schemas"]["NodeDto"]["properties"]["alerts"].is_object());
        for path in ["/api/v1/federation/nodes", "/api/v1/federation/evidence", "/api/v1/federation/evidence/{id}"] {
            assert!(doc["paths"][path]["get"].is_object(), "{path}");
        }
    })
    .await;
}

#[tokio::test]
async fn evidence_is_served_as_files_to_check() {
    on_each_backend(|setup| async move {
        let dir = tempfile::tempdir().unwrap();
        let hub = hub_store(dir.path()).await;
        let state = mirror_of(&setup, &hub).await;
        let list = get(&state, "/api/v1/federation/evidence").await.expect(StatusCode::OK).json();
        assert_eq!(list, serde_json::json!({"evidence": []}));
        let id = evidence(&state, EvidenceKind::SplitView).await;
        let list = get(&state, "/api/v1/federation/evidence").await.expect(StatusCode::OK).json();
        assert_eq!(list["evidence"][0]["id"], id);
        assert_eq!(list["evidence"][0]["kind"], "split_view");
        assert_eq!(list["evidence"][0]["href"], format!("/api/v1/federation/evidence/{id}"));
        let file = get(&state, &format!("/api/v1/federation/evidence/{id}")).await.expect(StatusCode::OK).json();
        let (_, held) = state.store.signed_checkpoint().await.unwrap();
        assert_eq!(file["kind"], "split_view");
        assert_eq!(file["log_key"], hub.verifier_key());
        assert_eq!(file["checkpoints"][0], held);
        assert!(file["checkpoints"][1].as_str().unwrap().starts_with(&format!("{}\n3\n", state.store.origin())));
        assert_eq!(file["proof"], serde_json::json!([Hash([1; 32]).to_base64(), Hash([2; 32]).to_base64()]));
        assert_eq!(file["source"], format!("{HUB}/log/checkpoint"));
        assert_eq!(file["detected_at"], "2026-05-28T20:26:40.000Z");
        assert_eq!(file.as_object().unwrap().len(), 6, "{file}");
        get(&state, "/api/v1/federation/evidence/2").await.expect(StatusCode::NOT_FOUND);
        for bad in ["x", "-1", "1.0", "99999999999999999999", "9007199254740992"] {
            let answer = get(&state, &format!("/api/v1/federation/evidence/{bad}")).await;
            let answer = answer.expect(StatusCode::BAD_REQUEST);
            assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json", "{bad}");
        }
    })
    .await;
}

/// A witness node whose store is `store`, witnessing `logs`.
fn witness(store: &Store, logs: Vec<Verifier>) -> (AppState, Verifier) {
    let cosigner = Cosigner::new("witness.concord.example", &[5; 32]).unwrap();
    let key = cosigner.verifier();
    let node = Node { witness: Some(WitnessRole { cosigner, logs }), ..Node::default() };
    (AppState::new(store.clone()).with_node(node), key)
}

async fn add_checkpoint(state: &AppState, old_size: u64, proof: Vec<Hash>, note: &str) -> Answer {
    let body = AddCheckpoint { old_size, proof, note: note.as_bytes().to_vec() }.encode();
    send(state, Method::POST, "/witness/add-checkpoint", &[], body).await
}

#[tokio::test]
async fn a_witness_cosigns_checkpoints_that_extend_the_last_it_cosigned() {
    on_each_backend(|setup| async move {
        let dir = tempfile::tempdir().unwrap();
        let log = hub_store(dir.path()).await;
        let own = Store::open(&setup.config()).await.unwrap();
        let (state, key) = witness(&own, vec![log.verifier().clone()]);
        let (first, note) = log.signed_checkpoint().await.unwrap();
        let checkpoint = Checkpoint::parse(Note::parse(note.as_bytes()).unwrap().text()).unwrap();

        // The first checkpoint, from old size 0.
        let answer = add_checkpoint(&state, 0, Vec::new(), &note).await.expect(StatusCode::OK);
        let signatures = parse_cosignature_response(&answer.body).unwrap();
        assert_eq!(verify_cosignatures(&checkpoint, &signatures, std::slice::from_ref(&key)).unwrap().len(), 1);
        assert_eq!(own.witnessed(log.origin()).await.unwrap().unwrap().size, first);

        // A later one, with the consistency proof from there.
        publish(&log, "Deuxième document").await;
        let (second, later) = log.signed_checkpoint().await.unwrap();
        let proof = log.consistency_proof(first, second).await.unwrap().unwrap();
        let answer = add_checkpoint(&state, first, proof.clone(), &later).await.expect(StatusCode::OK);
        let later_checkpoint = Checkpoint::parse(Note::parse(later.as_bytes()).unwrap().text()).unwrap();
        let signatures = parse_cosignature_response(&answer.body).unwrap();
        assert_eq!(verify_cosignatures(&later_checkpoint, &signatures, std::slice::from_ref(&key)).unwrap().len(), 1);

        // Gossip sees it.
        let seen = get(&state, "/log/checkpoints/seen").await.expect(StatusCode::OK).json();
        assert_eq!(seen["origin"], own.origin());
        let checkpoints = seen["checkpoints"].as_array().unwrap();
        assert_eq!(checkpoints.len(), 2);
        assert_eq!(checkpoints[0]["note"], own.signed_checkpoint().await.unwrap().1);
        assert_eq!(checkpoints[1], serde_json::json!({"origin": log.origin(), "size": second, "note": later}));

        // An old size that is not the stored one: 409 with the size.
        let answer = add_checkpoint(&state, first, proof, &later).await.expect(StatusCode::CONFLICT);
        assert_eq!(answer.headers[header::CONTENT_TYPE], "text/x.tlog.size");
        assert_eq!(answer.body, format!("{second}\n").into_bytes());
        // A proof that does not prove: 422.
        publish(&log, "Troisième document").await;
        let (_, third) = log.signed_checkpoint().await.unwrap();
        let answer = add_checkpoint(&state, second, vec![Hash([4; 32])], &third).await;
        assert_eq!(answer.expect(StatusCode::UNPROCESSABLE_ENTITY).json()["status"], 422);
        // A log it does not witness: 404.
        let other = Signer::new("other.example/log", &[6; 32]).unwrap();
        let foreign = Checkpoint::new("other.example/log", 1, Hash([8; 32])).unwrap().sign(&other).unwrap();
        add_checkpoint(&state, 0, Vec::new(), &foreign.to_string()).await.expect(StatusCode::NOT_FOUND);
        // Its origin, signed by another key: 403.
        let forger = Signer::new(log.origin(), &[6; 32]).unwrap();
        let forged = later_checkpoint.sign(&forger).unwrap();
        add_checkpoint(&state, second, Vec::new(), &forged.to_string()).await.expect(StatusCode::FORBIDDEN);
        // Not a request: 400.
        for body in [b"hello".to_vec(), b"old 01\n\nx".to_vec(), b"old 0\n\n".to_vec()] {
            let answer = send(&state, Method::POST, "/witness/add-checkpoint", &[], body).await;
            assert_eq!(
                answer.expect(StatusCode::BAD_REQUEST).headers[header::CONTENT_TYPE],
                "application/problem+json"
            );
        }
        // Too large.
        let answer = send(&state, Method::POST, "/witness/add-checkpoint", &[], vec![b'a'; 64 * 1024]).await;
        answer.expect(StatusCode::PAYLOAD_TOO_LARGE);
        // Nothing refused was stored.
        assert_eq!(own.witnessed(log.origin()).await.unwrap().unwrap().size, second);
        // The metrics count each outcome.
        let metrics = support::metrics(&state).await;
        for (outcome, n) in [
            ("cosigned", 2),
            ("conflict", 1),
            ("bad_proof", 1),
            ("unknown_log", 1),
            ("bad_signature", 1),
            ("malformed", 3),
            ("too_large", 1),
        ] {
            let line = format!("concord_witness_requests_total{{outcome=\"{outcome}\"}} {n}");
            assert!(metrics.contains(&line), "no {line} in {metrics}");
        }
    })
    .await;
}

#[tokio::test]
async fn only_a_witness_takes_checkpoints() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let state = AppState::new(store.clone());
        let (_, note) = store.signed_checkpoint().await.unwrap();
        let answer = add_checkpoint(&state, 0, Vec::new(), &note).await.expect(StatusCode::NOT_FOUND);
        assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json");
        let seen = get(&state, "/log/checkpoints/seen").await.expect(StatusCode::OK).json();
        assert_eq!(seen["checkpoints"].as_array().unwrap().len(), 1);
    })
    .await;
}

/// A policy over the log of `log` with three witnesses, two of which must
/// cosign.
fn policy(log: &Store) -> (Policy, Vec<Cosigner>) {
    let cosigners: Vec<Cosigner> =
        (1..=3).map(|n| Cosigner::new(&format!("w{n}.example"), &[n; 32]).unwrap()).collect();
    let mut text = format!("log {}\n", log.verifier_key());
    for (n, cosigner) in cosigners.iter().enumerate() {
        text.push_str(&format!("witness w{} {} http://w{}.example/witness\n", n + 1, cosigner.verifier(), n + 1));
    }
    text.push_str("group two 2 w1 w2 w3\nquorum two\n");
    (Policy::parse(text.as_bytes()).unwrap(), cosigners)
}

#[tokio::test]
async fn a_hub_with_a_policy_serves_its_newest_witnessed_checkpoint() {
    on_each_backend(|setup| async move {
        let store = Store::open(&setup.config()).await.unwrap();
        let (policy, cosigners) = policy(&store);
        let state = AppState::new(store.clone()).with_node(Node { policy: Some(policy.clone()), ..Node::default() });
        let (size, note) = store.signed_checkpoint().await.unwrap();
        // Until a checkpoint is witnessed, the signed one.
        assert_eq!(get(&state, "/log/checkpoint").await.expect(StatusCode::OK).body, note.as_bytes());
        let checkpoint = Checkpoint::parse(Note::parse(note.as_bytes()).unwrap().text()).unwrap();
        let mut cosigned = Note::parse(note.as_bytes()).unwrap();
        for cosigner in &cosigners[..2] {
            cosigned.add_signature(checkpoint.cosign(cosigner, 1_780_000_000).unwrap()).unwrap();
        }
        let cosigned = cosigned.to_string();
        policy.verify(cosigned.as_bytes()).unwrap();
        store.record_cosigned_checkpoint(size, &cosigned, now()).await.unwrap();
        // Then the witnessed one, even once a newer one is signed.
        let blob = store.put_blob(b"x", "text/plain").await.unwrap();
        let command = Command::PublishDocument { title: "x".into(), language: Lang::En, blob };
        store.submit(Caller::system(), command).await.unwrap();
        store.sign_checkpoint().await.unwrap();
        let served = get(&state, "/log/checkpoint").await.expect(StatusCode::OK);
        assert_eq!(text(&served), cosigned);
        let seen = get(&state, "/log/checkpoints/seen").await.expect(StatusCode::OK).json();
        assert_eq!(seen["checkpoints"][0]["note"], cosigned);
        // The nodes list the policy's witnesses, asked or not.
        let status = WitnessStatus {
            name: "w2".into(),
            verifier_key: cosigners[1].verifier().to_string(),
            url: Some("http://w2.example/witness".into()),
            cosigned_size: size,
            cosigned_at: 1_780_000_000_000,
            asked_at: 1_780_000_000_000,
            round_millis: 12,
            error: Some("cannot reach http://w2.example/witness/add-checkpoint".into()),
        };
        store.record_witness_status(&status).await.unwrap();
        let nodes = get(&state, "/api/v1/federation/nodes").await.expect(StatusCode::OK).json();
        assert_eq!(nodes["this_node"]["role"], "hub");
        assert_eq!(nodes["this_node"]["log_key"], store.verifier_key());
        assert_eq!(nodes["quorum"], "two");
        let witnesses = nodes["witnesses"].as_array().unwrap();
        assert_eq!(witnesses.len(), 3);
        assert_eq!(witnesses[0]["name"], "w1");
        assert_eq!(witnesses[0]["cosigned_size"], 0);
        assert_eq!(witnesses[0]["asked_at"], Value::Null);
        assert_eq!(witnesses[1]["cosigned_size"], size);
        assert_eq!(witnesses[1]["cosigned_at"], "2026-05-28T20:26:40.000Z");
        assert_eq!(witnesses[1]["round_millis"], 12);
        assert_eq!(nodes["peers"], serde_json::json!([]));
        // And the page shows them.
        let html = page(&state, "/nodes", Lang::En).await;
        assert!(html.contains("<code dir=\"ltr\">two</code>"), "{html}");
        assert!(html.contains("cannot reach http://w2.example/witness/add-checkpoint"), "{html}");
    })
    .await;
}

#[tokio::test]
async fn the_nodes_page_in_six_languages() {
    on_each_backend(|setup| async move {
        let dir = tempfile::tempdir().unwrap();
        let hub = hub_store(dir.path()).await;
        let state = mirror_of(&setup, &hub).await;
        let (size, _) = hub.log_sizes().await.unwrap();
        followed(&state, 1_000, size + 2).await;
        state
            .store
            .record_peer(&store::federation::PeerStatus {
                url: "https://peer.example".into(),
                size,
                note: None,
                checked_at: 1_780_000_000_000,
                error: None,
            })
            .await
            .unwrap();
        let id = evidence(&state, EvidenceKind::SplitView).await;
        let headings = [
            (Lang::En, "Nodes and witnesses", "Mirror: a read-only copy of the hub"),
            (Lang::Fr, "Nœuds et témoins", "Miroir : une copie en lecture seule"),
            (Lang::Es, "Nodos y testigos", "Espejo: una copia de solo lectura"),
            (Lang::Ru, "Узлы и свидетели", "Зеркало: копия реестра"),
            (Lang::Zh, "节点与见证方", "镜像：主节点记录的只读副本"),
            (Lang::Ar, "العُقد والشهود", "مرآة: نسخة للقراءة فقط"),
        ];
        for (lang, heading, role) in headings {
            let html = page(&state, "/nodes", lang).await;
            assert!(html.contains(&format!("<h1 class=\"heading-xl\">{heading}</h1>")), "{lang}: {html}");
            assert!(html.contains(role), "{lang}: {html}");
            assert!(html.contains("id=\"evidence\""), "{lang}");
            assert!(html.contains(&format!("<a href=\"/api/v1/federation/evidence/{id}\">")), "{lang}");
            assert!(html.contains("<a href=\"https://peer.example\" dir=\"ltr\">https://peer.example</a>"), "{lang}");
            assert!(html.contains(&format!("<a href=\"{HUB}\">{HUB}</a>")), "{lang}");
            assert_eq!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), lang == Lang::Ar, "{lang}");
        }
        // The record's page links it.
        assert!(
            page(&state, "/record", Lang::En)
                .await
                .contains("<a href=\"/nodes\">Nodes and witnesses of the record</a>")
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mirror_analyses_but_opens_and_closes_nothing() {
    use domain::Timestamp;
    use domain::authz::Scope;
    use domain::consultation::{Audience, Choice, ConsultationCommand, Moderation, NewConsultation, ResultsVisibility};
    on_each_backend(|setup| async move {
        let dir = tempfile::tempdir().unwrap();
        let hub = hub_store(dir.path()).await;
        let at = |millis: i64| Timestamp::from_unix_millis(now() + millis).unwrap();
        let settings = |opens_at| NewConsultation {
            language: Lang::En,
            title: [(Lang::En, "Compute".to_owned())].into(),
            question: [(Lang::En, "What should members share?".to_owned())].into(),
            audience: Audience::Everyone,
            moderation: Moderation::After,
            participants_write: true,
            results: ResultsVisibility::Everyone,
            opens_at,
            closes_at: None,
            seeds: vec!["Share compute".into(), "Share data".into()],
        };
        // One consultation open with a vote, one due to open in a minute.
        let submit = |command| hub.submit(Caller::system(), Command::Consultation(command));
        submit(ConsultationCommand::Create(settings(None))).await.unwrap();
        submit(ConsultationCommand::Open { id: 1 }).await.unwrap();
        let vote = ConsultationCommand::Vote { id: 1, statement: 1, choice: Choice::Agree, pseudonym: None };
        let voter = Caller::new(domain::Actor::try_from("p.0001".to_owned()).unwrap(), Scope::Full);
        hub.submit(voter, Command::Consultation(vote)).await.unwrap();
        submit(ConsultationCommand::Create(settings(Some(at(60_000))))).await.unwrap();
        hub.sign_checkpoint().await.unwrap();
        let state = mirror_of(&setup, &hub).await;
        let mut analyst = server::analyst::Analyst::new(state.store.clone(), "mirror".into());
        // Past the second one's opening: the mirror analyses the first and
        // leaves the opening to the hub (a submission would fail).
        assert_eq!(analyst.tick(at(120_000)).await.unwrap(), vec![1, 2]);
        assert!(state.store.analysis(1).await.unwrap().is_some());
        let status = state.store.consultation(2).await.unwrap().unwrap().status;
        assert_eq!(status, domain::consultation::Status::Draft);
    })
    .await;
}
