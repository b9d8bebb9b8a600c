//! Mirrors (issue 18), with the real binaries on loopback: `concord
//! mirror` follows a hub's log, serves the same pages, API and log, keeps
//! serving while the hub is away and catches up when it is back; refuses
//! a rewrite signed with the real key (evidence kept, following stopped);
//! and gossip between mirrors catches a hub that shows them different
//! logs.
//!
//! Mirrors poll every 0.2 s; every wait is a poll with a deadline.

mod support;

use std::future::Future;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use domain::blob::Sha256;
use serde_json::{Value, json};
use store::federation::{EvidenceKind, FollowStatus};
use store::scratch::Setup;
use support::tlog::{Files, Host, RealLog, checkpoint_of};
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

/// A GET: the status and body, or `None` if nothing answers.
async fn get(url: &str, path: &str) -> Option<(u16, Vec<u8>)> {
    let response = reqwest::get(format!("{url}{path}")).await.ok()?;
    let status = response.status().as_u16();
    Some((status, response.bytes().await.ok()?.to_vec()))
}

/// The body of a GET that answers 200.
async fn get_ok(url: &str, path: &str) -> Option<Vec<u8>> {
    get(url, path).await.filter(|(status, _)| *status == 200).map(|(_, body)| body)
}

/// A request with an API token and a JSON body: the status and the JSON.
async fn post(url: &str, path: &str, token: &str, body: &Value) -> (u16, Value) {
    let response = reqwest::Client::new()
        .post(format!("{url}{path}"))
        .bearer_auth(token)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let body = response.bytes().await.unwrap();
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

/// `concord mirror` of `hub` into `dir`, polling every 0.2 s.
fn start_mirror(dir: &Path, hub: &str, key: &str, extra: &[&str]) -> Served {
    start_mirror_at(dir, "127.0.0.1:0", hub, key, extra)
}

fn start_mirror_at(dir: &Path, listen: &str, hub: &str, key: &str, extra: &[&str]) -> Served {
    let mut args: Vec<String> = ["mirror", "--from", hub, "--key", key, "--listen", listen, "--poll", "0.2", "--data"]
        .map(str::to_owned)
        .to_vec();
    args.push(dir.display().to_string());
    args.extend(extra.iter().map(|arg| (*arg).to_owned()));
    Served::spawn(&args, Stdio::null())
}

/// A mirror's store, opened beside it to read what it keeps.
async fn mirror_store(dir: &Path, key: &str) -> store::Store {
    let config = store::Config { mirror_of: Some(key.to_owned()), ..store::Config::new(dir) };
    store::Store::open_detached(&config).await.unwrap()
}

async fn follow_status(dir: &Path, key: &str) -> Option<FollowStatus> {
    mirror_store(dir, key).await.follow_status().await.unwrap()
}

/// Waits until the node at `url` serves the checkpoint `note`.
async fn wait_for_checkpoint(url: &str, note: &[u8]) {
    wait_for(&format!("{url} to serve the checkpoint {}", text(note)), || async {
        get_ok(url, "/log/checkpoint").await.filter(|served| served == note).map(|_| ())
    })
    .await;
}

/// Waits until every mirror serves the hub's current checkpoint (read
/// again each time: the hub signs as its log grows).
async fn wait_until_caught_up(hub: &str, mirrors: &[&Served]) {
    for mirror in mirrors {
        wait_for(&format!("{} to catch up with the hub", mirror.url), || async {
            let hub = get_ok(hub, "/log/checkpoint").await?;
            get_ok(&mirror.url, "/log/checkpoint").await.filter(|served| *served == hub).map(|_| ())
        })
        .await;
    }
}

async fn state_digest(url: &str) -> Option<String> {
    let body = get_ok(url, "/api/v1/status").await?;
    let status: Value = serde_json::from_slice(&body).ok()?;
    status["state_digest"].as_str().map(str::to_owned)
}

/// Publishes a document on the hub; returns its text's SHA-256.
async fn publish(hub: &str, token: &str, text: &str) -> String {
    let body = json!({"title": "Mirrored document", "language": "en", "text": text});
    let (status, answer) = post(hub, "/api/v1/documents", token, &body).await;
    assert_eq!(status, 201, "{answer}");
    Sha256::of(text.as_bytes()).to_string()
}

/// A free port on loopback, for nodes that must know each other's address
/// before they start.
fn free_address() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().to_string()
}

fn sqlite_setup() -> Setup {
    Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mirrors_follow_the_hub_serve_what_it_serves_and_outlive_its_absence() {
    let setup = sqlite_setup();
    let tokens = people(&setup, &[]).await;
    let admin = &tokens.iter().find(|(handle, _)| handle == "sec.admin").unwrap().1;
    let hub = Served::start(&setup);
    let key = text(&get_ok(&hub.url, "/log/key").await.unwrap()).trim().to_owned();
    let dirs: Vec<_> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    let mirrors: Vec<Served> = dirs.iter().map(|dir| start_mirror(dir.path(), &hub.url, &key, &[])).collect();
    let all: Vec<&Served> = mirrors.iter().collect();

    // Each mirror serves the hub's signed checkpoint, the same state and
    // the same public pages.
    wait_until_caught_up(&hub.url, &all).await;
    let hub_digest = state_digest(&hub.url).await.unwrap();
    for mirror in &mirrors {
        assert!(mirror.printed().contains(&format!("a read-only mirror of {}", hub.url)), "{}", mirror.printed());
        wait_for("the mirror's state digest", || async {
            state_digest(&mirror.url).await.filter(|digest| *digest == hub_digest)
        })
        .await;
        assert_eq!(get(&mirror.url, "/members").await.unwrap().0, 200);
        assert_eq!(get_ok(&mirror.url, "/log/key").await.unwrap(), get_ok(&hub.url, "/log/key").await.unwrap());
        let status: Value = serde_json::from_slice(&get_ok(&mirror.url, "/api/v1/status").await.unwrap()).unwrap();
        assert_eq!(status["node"]["role"], "mirror");
        assert_eq!(status["node"]["hub_url"], hub.url.as_str());
        assert_eq!(status["node"]["following"], true);
        assert_eq!(status["node"]["alerts"], json!([]));
    }

    // A document published on the hub: each mirror serves its text...
    let sha = publish(&hub.url, admin, "The text of a mirrored document.").await;
    let blob = format!("/api/v1/blobs/{sha}");
    for mirror in &mirrors {
        let served = wait_for("the mirror to serve the document's text", || get_ok(&mirror.url, &blob)).await;
        assert_eq!(served, b"The text of a mirrored document.");
    }
    // ... and refuses to take changes itself.
    let body = json!({"title": "Not here", "language": "en", "text": "A mirror records nothing."});
    let (status, answer) = post(&mirrors[0].url, "/api/v1/documents", admin, &body).await;
    assert_eq!(status, 405, "{answer}");

    // Taken down on the hub, the text is gone from every mirror.
    let (status, answer) =
        post(&hub.url, &format!("{blob}/redaction"), admin, &json!({"reason": "A test takedown."})).await;
    assert_eq!(status, 200, "{answer}");
    for mirror in &mirrors {
        wait_for("the mirror to take the text down", || async {
            get(&mirror.url, &blob).await.filter(|(status, _)| *status == 410)
        })
        .await;
    }

    // A consultation's seed is not public while it is a draft, on the hub
    // or a mirror; once it opens, every mirror fetches and serves it.
    let consultation = json!({
        "language": "fr",
        "title": {"fr": "Le calcul partagé"},
        "question": {"fr": "Comment partager la puissance de calcul ?"},
        "seeds": ["Le calcul est un bien commun."],
    });
    let (status, answer) = post(&hub.url, "/api/v1/consultations", admin, &consultation).await;
    assert_eq!(status, 201, "{answer}");
    let id = answer["id"].as_u64().unwrap();
    let seed =
        format!("/api/v1/blobs/{}", domain::consultation::statement_blob("Le calcul est un bien commun.").sha256);
    wait_until_caught_up(&hub.url, &all).await;
    assert_eq!(get(&hub.url, &seed).await.unwrap().0, 404);
    assert_eq!(get(&mirrors[0].url, &seed).await.unwrap().0, 404);
    let (status, answer) = post(&hub.url, &format!("/api/v1/consultations/{id}/open"), admin, &json!({})).await;
    assert_eq!(status, 200, "{answer}");
    for mirror in &mirrors {
        let served = wait_for("the mirror to serve the opened seed", || get_ok(&mirror.url, &seed)).await;
        assert_eq!(served, "Le calcul est un bien commun.".as_bytes());
    }

    // The hub stops: the mirrors go on serving and say why they lag.
    let hub_address = hub.url.trim_start_matches("http://").to_owned();
    hub.stop();
    for (mirror, dir) in mirrors.iter().zip(&dirs) {
        let status = wait_for("the follow status to record the error", || async {
            follow_status(dir.path(), &key).await.filter(|status| status.error.is_some())
        })
        .await;
        assert!(status.error.unwrap().contains("cannot reach"), "the error says the hub is unreachable");
        assert!(!status.stopped);
        assert!(status.answered_at > 0);
        assert_eq!(get(&mirror.url, "/members").await.unwrap().0, 200);
        assert_eq!(get(&mirror.url, &blob).await.unwrap().0, 410);
    }

    // Back on the same data directory with new entries: they catch up.
    let hub = Served::start_at(&setup, &hub_address, &[], Stdio::null());
    let sha = publish(&hub.url, admin, "Written while the mirrors waited.").await;
    let blob = format!("/api/v1/blobs/{sha}");
    for mirror in &mirrors {
        let served = wait_for("the new document's text", || get_ok(&mirror.url, &blob)).await;
        assert_eq!(served, b"Written while the mirrors waited.");
    }
    wait_until_caught_up(&hub.url, &all).await;
    for dir in &dirs {
        let status = wait_for("the follow status to clear the error", || async {
            follow_status(dir.path(), &key).await.filter(|status| status.error.is_none())
        })
        .await;
        let (_, hub_size) = mirror_store(dir.path(), &key).await.log_sizes().await.unwrap();
        assert_eq!(status.hub_size, hub_size);
        assert!(mirror_store(dir.path(), &key).await.evidence().await.unwrap().is_empty());
    }
}

/// Checks kept evidence as anyone would: two notes signed with the log
/// key and a path that shows they cannot both be true.
fn check_evidence(evidence: &store::federation::Evidence, key: &str) {
    let key = ledger::Verifier::parse(key).unwrap();
    let held = evidence.evidence.held_note.as_ref().expect("the held note is kept");
    ledger::check_split_view(held.as_bytes(), evidence.evidence.served_note.as_bytes(), &evidence.evidence.proof, &key)
        .expect("the evidence holds");
}

/// The mirror's file of evidence `id` (`/api/v1/federation/evidence/{id}`)
/// passes `concord evidence check` with the log key.
async fn check_served_evidence(url: &str, id: u64, key: &str) {
    let file = get_ok(url, &format!("/api/v1/federation/evidence/{id}")).await.expect("the evidence is served");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evidence.json");
    std::fs::write(&path, file).unwrap();
    let output = concord(&["evidence", "check", &path.display().to_string(), "--key", key]);
    assert!(output.status.success(), "{}{}", text(&output.stdout), text(&output.stderr));
}

/// Waits until the mirror's `/api/v1/status` says it does not follow and
/// lists the evidence of `kind`.
async fn wait_for_alert(url: &str, kind: &str) {
    wait_for(&format!("{url} to report a {kind}"), || async {
        let status: Value = serde_json::from_slice(&get_ok(url, "/api/v1/status").await?).ok()?;
        let node = &status["node"];
        (node["role"] == "mirror" && node["following"] == false && node["alerts"][0]["kind"] == kind).then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rewrite_signed_with_the_real_key_stops_every_mirror() {
    let real = RealLog::take();
    let (host, key) = (Host::start(), real.key());
    let honest = real.honest(150);
    host.serve(&honest);
    let dirs: Vec<_> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    let mirrors: Vec<Served> = dirs.iter().map(|dir| start_mirror(dir.path(), &host.url, &key, &[])).collect();
    for mirror in &mirrors {
        wait_for_checkpoint(&mirror.url, &honest["/log/checkpoint"]).await;
    }

    // The host rewrites entry 42, recomputes the tiles and signs a larger
    // checkpoint with the real key.
    let forged = real.forged(197, 42);
    host.serve(&forged);
    for (mirror, dir) in mirrors.iter().zip(&dirs) {
        let status = wait_for("the mirror to stop following", || async {
            follow_status(dir.path(), &key).await.filter(|status| status.stopped)
        })
        .await;
        assert_eq!(status.hub_size, 150, "the forged checkpoint never counted");
        let evidence = mirror_store(dir.path(), &key).await.evidence().await.unwrap();
        assert_eq!(evidence.len(), 1, "{evidence:?}");
        assert_eq!(evidence[0].evidence.kind, EvidenceKind::Rewrite);
        assert_eq!(evidence[0].evidence.source, host.url);
        assert_eq!(evidence[0].evidence.held_note.as_deref().unwrap().as_bytes(), honest["/log/checkpoint"]);
        assert_eq!(evidence[0].evidence.served_note.as_bytes(), forged["/log/checkpoint"]);
        check_evidence(&evidence[0], &key);
        wait_for_alert(&mirror.url, "rewrite").await;
        // It goes on serving what it holds.
        assert_eq!(get_ok(&mirror.url, "/log/checkpoint").await.unwrap(), honest["/log/checkpoint"]);
        assert_eq!(get(&mirror.url, "/members").await.unwrap().0, 200);
    }

    // Restarted, a mirror stays stopped, even if the host turns honest.
    host.serve(&real.honest(197));
    let dir = dirs[0].path();
    let mut mirrors = mirrors;
    mirrors.remove(0).stop();
    let restarted = start_mirror(dir, &host.url, &key, &[]);
    wait_for("the restarted mirror to say it does not follow", || async {
        restarted.printed().contains(&format!("Not following {}", host.url)).then_some(())
    })
    .await;
    assert_eq!(get_ok(&restarted.url, "/log/checkpoint").await.unwrap(), honest["/log/checkpoint"]);
    assert!(follow_status(dir, &key).await.unwrap().stopped);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_log_that_shrank_stops_the_mirror() {
    let real = RealLog::take();
    let (host, key) = (Host::start(), real.key());
    let (larger, smaller) = (real.honest(197), real.honest(150));
    host.serve(&larger);
    let dir = tempfile::tempdir().unwrap();
    let mirror = start_mirror(dir.path(), &host.url, &key, &[]);
    wait_for_checkpoint(&mirror.url, &larger["/log/checkpoint"]).await;

    host.serve(&smaller);
    let status = wait_for("the mirror to stop following", || async {
        follow_status(dir.path(), &key).await.filter(|status| status.stopped)
    })
    .await;
    assert_eq!(status.hub_size, 197);
    let kept = mirror_store(dir.path(), &key).await.evidence().await.unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(kept[0].evidence.kind, EvidenceKind::Shrank);
    assert_eq!(kept[0].evidence.held_note.as_deref().unwrap().as_bytes(), larger["/log/checkpoint"]);
    assert_eq!(kept[0].evidence.served_note.as_bytes(), smaller["/log/checkpoint"]);
    assert_eq!(get_ok(&mirror.url, "/log/checkpoint").await.unwrap(), larger["/log/checkpoint"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_signature_is_kept_and_following_goes_on() {
    let real = RealLog::take();
    let (host, key) = (Host::start(), real.key());
    let honest = real.honest(150);
    host.serve(&honest);
    let dir = tempfile::tempdir().unwrap();
    let mirror = start_mirror(dir.path(), &host.url, &key, &[]);
    wait_for_checkpoint(&mirror.url, &honest["/log/checkpoint"]).await;

    // A checkpoint signed by another key with the log's name.
    let other = ledger::Signer::new(real.signer.name(), &[9; 32]).unwrap();
    let mut impostor: Files = support::tlog::publish(&real.entries[..197], &other);
    impostor.insert("/log/key".into(), honest["/log/key"].clone());
    host.serve(&impostor);
    let kept = wait_for("the bad signature to be kept", || async {
        let evidence = mirror_store(dir.path(), &key).await.evidence().await.unwrap();
        (!evidence.is_empty()).then_some(evidence)
    })
    .await;
    assert_eq!(kept[0].evidence.kind, EvidenceKind::BadSignature);
    assert_eq!(kept[0].evidence.served_note.as_bytes(), impostor["/log/checkpoint"]);
    assert!(!follow_status(dir.path(), &key).await.unwrap().stopped);

    // The host serves the real log again: the mirror follows on.
    let at_197 = real.honest(197);
    host.serve(&at_197);
    wait_for_checkpoint(&mirror.url, &at_197["/log/checkpoint"]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tiles_that_do_not_hash_to_the_signed_checkpoint_are_kept_out() {
    let real = RealLog::take();
    let (host, key) = (Host::start(), real.key());
    // The honest signed checkpoint over the tiles and entries of a forged
    // log: every entry matches its leaf hash, the root does not.
    let honest = real.honest(197);
    let mut mixed = real.forged(197, 42);
    mixed.insert("/log/checkpoint".into(), honest["/log/checkpoint"].clone());
    host.serve(&mixed);
    let dir = tempfile::tempdir().unwrap();
    let mirror = start_mirror(dir.path(), &host.url, &key, &[]);
    let kept = wait_for("the bad tiles to be kept", || async {
        let evidence = mirror_store(dir.path(), &key).await.evidence().await.unwrap();
        (!evidence.is_empty()).then_some(evidence)
    })
    .await;
    assert_eq!(kept[0].evidence.kind, EvidenceKind::BadTiles);
    assert_eq!(kept[0].evidence.served_note.as_bytes(), honest["/log/checkpoint"]);
    assert_eq!(mirror_store(dir.path(), &key).await.log_sizes().await.unwrap(), (0, 0), "nothing was appended");
    assert!(!follow_status(dir.path(), &key).await.unwrap().stopped);

    // Served honestly, the same checkpoint is followed.
    host.serve(&honest);
    wait_for_checkpoint(&mirror.url, &honest["/log/checkpoint"]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gossip_between_mirrors_catches_a_split_view() {
    let real = RealLog::take();
    let key = real.key();
    let (honest, forged) = (real.honest(197), real.forged(197, 42));
    let (host_a, host_b) = (Host::start(), Host::start());
    host_a.serve(&honest);
    host_b.serve(&forged);
    let (address_a, address_b) = (free_address(), free_address());
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let peer_a = format!("http://{address_a}");
    let peer_b = format!("http://{address_b}");
    let mirror_a = start_mirror_at(dir_a.path(), &address_a, &host_a.url, &key, &["--peer", &peer_b]);
    let mirror_b = start_mirror_at(dir_b.path(), &address_b, &host_b.url, &key, &["--peer", &peer_a]);

    for (mirror, dir, served) in [(&mirror_a, &dir_a, &forged), (&mirror_b, &dir_b, &honest)] {
        let evidence = wait_for("gossip to catch the split view", || async {
            let kept = mirror_store(dir.path(), &key).await.evidence().await.unwrap();
            kept.into_iter().find(|kept| kept.evidence.kind == EvidenceKind::SplitView)
        })
        .await;
        assert_eq!(evidence.evidence.source, if mirror.url == mirror_a.url { peer_b.clone() } else { peer_a.clone() });
        assert_eq!(evidence.evidence.served_note.as_bytes(), served["/log/checkpoint"]);
        assert!(evidence.evidence.proof.is_empty(), "same size: the roots differ, nothing more to prove");
        check_evidence(&evidence, &key);
        wait_for_alert(&mirror.url, "split_view").await;
        check_served_evidence(&mirror.url, evidence.id, &key).await;
        let status = wait_for("following to stop", || async {
            follow_status(dir.path(), &key).await.filter(|status| status.stopped)
        })
        .await;
        assert!(status.stopped);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_peer_showing_a_smaller_tree_that_is_not_a_prefix_is_a_split_view() {
    let real = RealLog::take();
    let key = real.key();
    let honest = real.honest(197);
    let host = Host::start();
    host.serve(&honest);
    // A peer that holds a forged tree of 128 entries (a power of two: the
    // path starts with the root of the first 128 entries).
    let forged = real.forged(128, 42);
    let origin = real.signer.name().to_owned();
    let seen = json!({"origin": origin, "checkpoints": [
        {"origin": origin, "size": 128, "note": text(&forged["/log/checkpoint"])},
    ]});
    let peer = Host::start();
    peer.serve(&Files::from([("/log/checkpoints/seen".to_owned(), seen.to_string().into_bytes())]));

    let dir = tempfile::tempdir().unwrap();
    let mirror = start_mirror(dir.path(), &host.url, &key, &["--peer", &peer.url]);
    assert!(mirror.printed().contains("a read-only mirror of"));
    let evidence = wait_for("gossip to catch the split view", || async {
        let kept = mirror_store(dir.path(), &key).await.evidence().await.unwrap();
        kept.into_iter().find(|kept| kept.evidence.kind == EvidenceKind::SplitView)
    })
    .await;
    assert_eq!(evidence.evidence.source, peer.url);
    assert_eq!(evidence.evidence.held_note.as_deref().unwrap().as_bytes(), honest["/log/checkpoint"]);
    assert_eq!(checkpoint_of(evidence.evidence.served_note.as_bytes()).size(), 128);
    assert!(!evidence.evidence.proof.is_empty());
    check_evidence(&evidence, &key);
    check_served_evidence(&mirror.url, evidence.id, &key).await;
    let peers = mirror_store(dir.path(), &key).await.peers().await.unwrap();
    assert_eq!(peers.len(), 1);
    assert_eq!((peers[0].url.as_str(), peers[0].size), (peer.url.as_str(), 128));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_peer_that_agrees_is_recorded_and_nothing_is_kept() {
    let real = RealLog::take();
    let key = real.key();
    let honest = real.honest(197);
    let host = Host::start();
    host.serve(&honest);
    let origin = real.signer.name().to_owned();
    let smaller = real.honest(100);
    let seen = json!({"origin": origin, "checkpoints": [
        {"origin": "another.log.example/log", "size": 7, "note": "not a note"},
        {"origin": origin, "size": 100, "note": text(&smaller["/log/checkpoint"])},
    ]});
    let peer = Host::start();
    peer.serve(&Files::from([("/log/checkpoints/seen".to_owned(), seen.to_string().into_bytes())]));
    let dir = tempfile::tempdir().unwrap();
    let mirror = start_mirror(dir.path(), &host.url, &key, &["--peer", &peer.url]);
    wait_for_checkpoint(&mirror.url, &honest["/log/checkpoint"]).await;
    let peers = wait_for("gossip to record the peer", || async {
        let peers = mirror_store(dir.path(), &key).await.peers().await.unwrap();
        peers.into_iter().find(|peer| peer.size == 100 && peer.error.is_none())
    })
    .await;
    assert_eq!(peers.note.as_deref().unwrap().as_bytes(), smaller["/log/checkpoint"]);
    assert!(mirror_store(dir.path(), &key).await.evidence().await.unwrap().is_empty());
    assert!(!follow_status(dir.path(), &key).await.unwrap().stopped);
}

#[test]
fn bad_input_is_refused_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("mirror").display().to_string();
    let key = "concord.localhost/log+01234567+AbCdEf";
    let real_key = ledger::Signer::new("concord.localhost/log", &[1; 32]).unwrap().verifier().to_string();
    let cases: [(&[&str], &str); 4] = [
        (&["--from", "http://127.0.0.1:9", "--key", key], "--key is not a verifier key"),
        (&["--from", "ftp://hub.example", "--key", &real_key], "must start with http:// or https://"),
        (&["--from", "http://127.0.0.1:9", "--key", &real_key, "--poll", "0"], "--poll must be more than 0"),
        (&["--from", "http://127.0.0.1:9", "--key", &real_key, "--peer", "hub.example"], "--peer"),
    ];
    for (args, message) in cases {
        let mut all = vec!["mirror", "--data", &data, "--listen", "127.0.0.1:0"];
        all.extend(args);
        let output = concord(&all);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", text(&output.stderr));
        assert!(text(&output.stderr).contains(message), "{args:?}: {}", text(&output.stderr));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hubs_data_directory_is_not_a_mirror() {
    let setup = sqlite_setup();
    drop(store::Store::open(&setup.config()).await.unwrap());
    let key = store::Store::open_detached(&setup.config()).await.unwrap().verifier_key().to_owned();
    let data = setup.data_dir().display().to_string();
    let output =
        concord(&["mirror", "--from", "http://127.0.0.1:9", "--key", &key, "--data", &data, "--listen", "127.0.0.1:0"]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(text(&output.stderr).contains("holds a log this node signs, not a mirror"), "{}", text(&output.stderr));
}
