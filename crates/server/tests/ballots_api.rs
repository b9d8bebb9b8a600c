//! Decisions over the API (issue 16), on SQLite and PostgreSQL: decision
//! types published, a delegation's key registered, rotated and revoked,
//! ballots opened under a type or a procedure, votes signed by the client
//! or with a custodied key, proxies, alternates, a roll call, closing with
//! the tally explained; and every bad input of the issue answered with a
//! 4xx problem that says what is wrong.

mod support;

use axum::http::{Method, StatusCode, header};
use domain::decision::{Choice, VotePayload};
use domain::people::DelegationRole;
use serde_json::{Value, json};
use server::AppState;
use store::scratch::on_each_backend;
use support::{Answer, Who, call, caller};

const SIMPLE_MAJORITY: &str = r#"
name = "Simple majority"
[rule]
kind = "majority"
of = "present-and-voting"
threshold = "> 1/2"
"#;

struct People {
    secretariat: Who,
    ken_head: Who,
    ken_delegate: Who,
    ken_alternate: Who,
    gha_head: Who,
    pse_head: Who,
    participant: Who,
}

async fn people(state: &AppState) -> People {
    use DelegationRole::{Alternate, Delegate, Head};
    People {
        secretariat: caller(state, "sec.admin", None).await,
        ken_head: caller(state, "del.ken.head", Some(("KEN", Head))).await,
        ken_delegate: caller(state, "del.ken.amina", Some(("KEN", Delegate))).await,
        ken_alternate: caller(state, "del.ken.alt", Some(("KEN", Alternate))).await,
        gha_head: caller(state, "del.gha.head", Some(("GHA", Head))).await,
        pse_head: caller(state, "del.pse.head", Some(("PSE", Head))).await,
        participant: caller(state, "p.ada", None).await,
    }
}

async fn post(state: &AppState, who: &Who, uri: &str, body: Value) -> Answer {
    call(state, who, Method::POST, uri, Some(body)).await
}

async fn get(state: &AppState, uri: &str) -> Answer {
    call(state, &Who::anonymous(), Method::GET, uri, None).await
}

/// Asserts a problem with `status` whose detail says `says`.
fn problem(answer: &Answer, status: StatusCode, says: &str) {
    assert_eq!(answer.status, status, "{}", String::from_utf8_lossy(&answer.body));
    assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json");
    let detail = answer.detail();
    assert!(detail.contains(says), "{detail:?} does not say {says:?}");
}

fn signer(seed: u8) -> ledger::Signer {
    ledger::Signer::new("ken", &[seed; 32]).unwrap()
}

/// A signed vote's body.
fn signed(
    signer: &ledger::Signer,
    ballot: u64,
    member: &str,
    choice: Choice,
    seq: u64,
    proxy_for: Option<&str>,
) -> Value {
    let payload = VotePayload {
        ballot,
        member: member.parse().unwrap(),
        choice,
        seq,
        proxy_for: proxy_for.map(|p| p.parse().unwrap()),
    };
    let signature = payload.sign(signer);
    let mut body = json!({"member": member, "choice": choice.code(), "seq": seq,
        "signature": {"key": signature.key, "sig": signature.sig}});
    if let Some(p) = proxy_for {
        body["proxy_for"] = json!(p);
    }
    body
}

async fn log_size(state: &AppState) -> u64 {
    state.store.status().await.unwrap().log_size
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ballots_from_opening_to_the_tally() {
    on_each_backend(|setup| async move {
        let state = support::state(&setup).await;
        let p = people(&state).await;

        // The shipped decision types, not yet published.
        let types = get(&state, "/api/v1/decision-types").await.expect(StatusCode::OK).json();
        assert_eq!(types["version"], Value::Null);
        assert_eq!(types["types"].as_array().unwrap().len(), 6);
        assert!(types["types"].as_array().unwrap().iter().any(|t| t["code"] == "procedural"));
        assert!(types["types"][0]["procedure"]["rule"]["kind"].is_string());

        // Opening under a type publishes the shipped set as version 1.
        let title = json!({"en": "Compute sharing", "fr": "Le partage du calcul"});
        let opened =
            post(&state, &p.secretariat, "/api/v1/ballots", json!({"title": title, "decision_type": "substantive"}))
                .await
                .expect(StatusCode::CREATED)
                .json();
        assert_eq!(opened, json!({"id": 1}));
        let types = get(&state, "/api/v1/decision-types").await.json();
        assert_eq!(types["version"], 1);
        let given =
            json!({"title": {"en": "A roll call"}, "procedure": SIMPLE_MAJORITY, "closes": "2099-01-01T00:00:00Z"});
        let opened = post(&state, &p.secretariat, "/api/v1/ballots", given).await.expect(StatusCode::CREATED).json();
        assert_eq!(opened, json!({"id": 2}));

        // A new set of types.
        let publish = json!({"types": [{"code": "simple", "procedure": SIMPLE_MAJORITY}]});
        let published = post(&state, &p.secretariat, "/api/v1/decision-types", publish.clone()).await;
        assert_eq!(published.expect(StatusCode::CREATED).json(), json!({"version": 2}));
        let types = get(&state, "/api/v1/decision-types").await.json();
        assert_eq!((types["version"].as_u64(), types["types"][0]["name"].as_str()), (Some(2), Some("Simple majority")));

        let list = get(&state, "/api/v1/ballots?lang=fr").await.expect(StatusCode::OK).json();
        assert_eq!(list[1]["title"], "Le partage du calcul");
        assert_eq!(list[0]["title"], "A roll call", "English when the language is missing");
        assert_eq!(list[0]["closes"], "2099-01-01T00:00:00.000Z");
        assert_eq!((list[1]["status"].as_str(), list[1]["outcome"].clone()), (Some("open"), Value::Null));

        // Kenya's head registers the delegation's own key.
        let key = signer(1);
        let body = json!({"key": key.verifier().to_string()});
        let registered = post(&state, &p.ken_head, "/api/v1/delegations/KEN/keys", body).await;
        assert_eq!(registered.expect(StatusCode::CREATED).json()["indexes"].as_array().unwrap().len(), 1);
        let keys = get(&state, "/api/v1/delegations/KEN/keys").await.expect(StatusCode::OK).json();
        assert_eq!(keys[0]["key"], key.verifier().to_string());
        assert_eq!((keys[0]["custodied"].as_bool(), keys[0]["revoked_at"].clone()), (Some(false), Value::Null));
        assert_eq!(keys[0]["registered_by"], "del.ken.head");

        // A delegate votes, signed with it.
        let seq = get(&state, "/api/v1/ballots/1/seq/KEN").await.expect(StatusCode::OK).json();
        assert_eq!(seq, json!({"next": 1}));
        let voted =
            post(&state, &p.ken_delegate, "/api/v1/ballots/1/votes", signed(&key, 1, "KEN", Choice::Yes, 1, None))
                .await
                .expect(StatusCode::CREATED)
                .json();
        assert!(voted["index"].as_u64().unwrap() > 0);
        assert_eq!(get(&state, "/api/v1/ballots/1/seq/KEN").await.json(), json!({"next": 2}));

        // Ghana has no key: its head votes with one the server keeps.
        let custodied = json!({"member": "GHA", "choice": "no"});
        post(&state, &p.gha_head, "/api/v1/ballots/1/votes/custodied", custodied).await.expect(StatusCode::CREATED);
        let ghana_keys = get(&state, "/api/v1/delegations/GHA/keys").await.json();
        assert_eq!(ghana_keys[0]["custodied"], true);

        // Ghana gives its proxy to Kenya, which votes for it, signed with
        // its own key.
        post(&state, &p.gha_head, "/api/v1/ballots/1/proxies", json!({"from": "GHA", "to": "KEN"}))
            .await
            .expect(StatusCode::CREATED);
        post(&state, &p.ken_head, "/api/v1/ballots/1/votes", signed(&key, 1, "KEN", Choice::Yes, 2, Some("GHA")))
            .await
            .expect(StatusCode::CREATED);

        // Kenya's head designates its alternate, who votes.
        post(&state, &p.ken_head, "/api/v1/ballots/1/alternates", json!({"member": "KEN", "handle": "del.ken.alt"}))
            .await
            .expect(StatusCode::CREATED);
        post(&state, &p.ken_alternate, "/api/v1/ballots/1/votes", signed(&key, 1, "KEN", Choice::Abstain, 3, None))
            .await
            .expect(StatusCode::CREATED);

        let shown = get(&state, "/api/v1/ballots/1").await.expect(StatusCode::OK).json();
        assert_eq!(
            (shown["status"].as_str(), shown["outcome"].as_str(), shown["explanation"].as_str()),
            (Some("open"), Some("pending"), Some(""))
        );
        assert_eq!(
            (shown["yes"].as_u64(), shown["no"].as_u64(), shown["abstain"].as_u64()),
            (Some(1), Some(0), Some(1))
        );
        assert_eq!(shown["electorate"], 193);
        assert_eq!(shown["decision_type"], json!({"code": "substantive", "version": 1}));
        assert_eq!(shown["titles"]["fr"], "Le partage du calcul");
        assert_eq!(shown["proxies"], json!([{"from": "GHA", "to": "KEN"}]));
        assert_eq!(shown["alternates"], json!([{"member": "KEN", "handle": "del.ken.alt"}]));
        let ghana = shown["votes"].as_array().unwrap().iter().find(|v| v["member"] == "GHA").unwrap().clone();
        assert_eq!((ghana["choice"].as_str(), ghana["cast_by"].as_str()), (Some("yes"), Some("KEN")));
        assert_eq!((ghana["seq"].as_u64(), ghana["regional_group"].as_str()), (Some(2), Some("AFRICAN")));
        post(&state, &p.gha_head, "/api/v1/ballots/1/proxies/revoke", json!({"from": "GHA"}))
            .await
            .expect(StatusCode::OK);
        assert_eq!(get(&state, "/api/v1/ballots/1").await.json()["proxies"], json!([]));

        // The secretariat records a roll call on ballot 2 and closes it.
        let roll = json!({"votes": [{"member": "KEN", "choice": "yes"}, {"member": "GHA", "choice": "no"},
            {"member": "NGA", "choice": "yes"}]});
        let recorded =
            post(&state, &p.secretariat, "/api/v1/ballots/2/roll-call", roll).await.expect(StatusCode::CREATED);
        let indexes = recorded.json()["indexes"].as_array().unwrap().len();
        assert!(indexes >= 3, "{indexes}");
        let closed = post(&state, &p.secretariat, "/api/v1/ballots/2/close?lang=fr", json!(null))
            .await
            .expect(StatusCode::OK)
            .json();
        assert_eq!((closed["status"].as_str(), closed["outcome"].as_str()), (Some("closed"), Some("adopted")));
        assert_eq!(
            (closed["yes"].as_u64(), closed["no"].as_u64(), closed["abstain"].as_u64()),
            (Some(2), Some(1), Some(0))
        );
        assert!(closed["explanation"].as_str().unwrap().starts_with("Adopt"), "{closed}");
        let english = get(&state, "/api/v1/ballots/2").await.json();
        assert!(english["explanation"].as_str().unwrap().starts_with("Adopted."), "{english}");
        assert!(english["votes"].as_array().unwrap().iter().all(|v| v["recorded"] == true));
        let list = get(&state, "/api/v1/ballots").await.json();
        assert_eq!((list[0]["status"].as_str(), list[0]["outcome"].as_str()), (Some("closed"), Some("adopted")));

        // Rotating, then revoking, Kenya's key.
        let rotated = signer(2);
        post(
            &state,
            &p.ken_head,
            "/api/v1/delegations/KEN/keys/rotate",
            json!({"key": rotated.verifier().to_string()}),
        )
        .await
        .expect(StatusCode::OK);
        post(&state, &p.ken_head, "/api/v1/ballots/1/votes", signed(&rotated, 1, "KEN", Choice::No, 4, None))
            .await
            .expect(StatusCode::CREATED);
        post(&state, &p.ken_head, "/api/v1/delegations/KEN/keys/revoke", json!({"reason": "lost laptop"}))
            .await
            .expect(StatusCode::OK);
        let keys = get(&state, "/api/v1/delegations/KEN/keys").await.json();
        assert!(keys.as_array().unwrap().iter().all(|k| !k["revoked_at"].is_null()), "{keys}");
        assert_eq!(keys[0]["reason"], "lost laptop");

        // The OpenAPI document describes the routes.
        let document = get(&state, "/api/v1/openapi.json").await.json();
        for path in [
            "/api/v1/decision-types",
            "/api/v1/delegations/{iso3}/keys",
            "/api/v1/ballots/{id}",
            "/api/v1/ballots/{id}/votes/custodied",
            "/api/v1/ballots/{id}/roll-call",
        ] {
            assert!(document["paths"][path].is_object(), "{path}");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_a_problem_that_says_what_is_wrong() {
    on_each_backend(|setup| async move {
        let state = support::state(&setup).await;
        let p = people(&state).await;
        let open = |title: &str| json!({"title": {"en": title}, "procedure": SIMPLE_MAJORITY});
        post(&state, &p.secretariat, "/api/v1/ballots", open("One")).await.expect(StatusCode::CREATED);
        post(&state, &p.secretariat, "/api/v1/ballots", open("Two")).await.expect(StatusCode::CREATED);
        let key = signer(1);
        post(&state, &p.ken_head, "/api/v1/delegations/KEN/keys", json!({"key": key.verifier().to_string()}))
            .await
            .expect(StatusCode::CREATED);
        let before = log_size(&state).await;
        let ok_vote = signed(&key, 1, "KEN", Choice::Yes, 1, None);

        // Types and ballots.
        let bad_toml = json!({"types": [{"code": "simple", "procedure": "name = \"x\"\n[rule]\nkind = \"majorty\"\n"}]});
        let answer = post(&state, &p.secretariat, "/api/v1/decision-types", bad_toml).await;
        problem(&answer, StatusCode::UNPROCESSABLE_ENTITY, "decision type \"simple\": procedure: line 3, column");
        let bad_code = json!({"types": [{"code": "Bad Code", "procedure": SIMPLE_MAJORITY}]});
        problem(&post(&state, &p.secretariat, "/api/v1/decision-types", bad_code).await, StatusCode::UNPROCESSABLE_ENTITY, "is not a code");
        let types = json!({"types": [{"code": "simple", "procedure": SIMPLE_MAJORITY}]});
        problem(&post(&state, &p.ken_head, "/api/v1/decision-types", types).await, StatusCode::FORBIDDEN, "publish");
        let both = json!({"title": {"en": "x"}, "procedure": SIMPLE_MAJORITY, "decision_type": "procedural"});
        problem(&post(&state, &p.secretariat, "/api/v1/ballots", both).await, StatusCode::UNPROCESSABLE_ENTITY, "exactly one");
        let neither = json!({"title": {"en": "x"}});
        problem(&post(&state, &p.secretariat, "/api/v1/ballots", neither).await, StatusCode::UNPROCESSABLE_ENTITY, "exactly one");
        let unknown = json!({"title": {"en": "x"}, "decision_type": "nonesuch"});
        problem(&post(&state, &p.secretariat, "/api/v1/ballots", unknown).await, StatusCode::NOT_FOUND, "\"nonesuch\"");
        let toml = json!({"title": {"en": "x"}, "procedure": "name = \"x\"\n[rule]\nkind = \"majority\"\nof = \"eligible\"\nthreshold = \"> 3/2\"\n"});
        problem(&post(&state, &p.secretariat, "/api/v1/ballots", toml).await, StatusCode::UNPROCESSABLE_ENTITY, "procedure: line 5");
        let lang = json!({"title": {"xx": "x"}, "procedure": SIMPLE_MAJORITY});
        problem(&post(&state, &p.secretariat, "/api/v1/ballots", lang).await, StatusCode::UNPROCESSABLE_ENTITY, "six languages");
        let past = json!({"title": {"en": "x"}, "procedure": SIMPLE_MAJORITY, "closes": "2001-01-01T00:00:00Z"});
        problem(&post(&state, &p.secretariat, "/api/v1/ballots", past).await, StatusCode::UNPROCESSABLE_ENTITY, "future");
        let time = json!({"title": {"en": "x"}, "procedure": SIMPLE_MAJORITY, "closes": "tomorrow"});
        problem(&post(&state, &p.secretariat, "/api/v1/ballots", time).await, StatusCode::UNPROCESSABLE_ENTITY, "closes");
        problem(&post(&state, &p.ken_head, "/api/v1/ballots", open("x")).await, StatusCode::FORBIDDEN, "open ballots");

        // Numbers in paths and queries.
        for uri in ["/api/v1/ballots/0", "/api/v1/ballots/9007199254740992", "/api/v1/ballots/abc", "/api/v1/ballots/-1"] {
            assert_eq!(get(&state, uri).await.status, StatusCode::NOT_FOUND, "{uri}");
        }
        problem(&get(&state, "/api/v1/ballots/99").await, StatusCode::NOT_FOUND, "there is no ballot 99");
        problem(&get(&state, "/api/v1/ballots/99/seq/KEN").await, StatusCode::NOT_FOUND, "there is no ballot 99");
        problem(&get(&state, "/api/v1/ballots/1/seq/kenya").await, StatusCode::NOT_FOUND, "member state");
        problem(&get(&state, "/api/v1/ballots/1?lang=xx").await, StatusCode::BAD_REQUEST, "six languages");
        problem(&get(&state, "/api/v1/ballots?page=2").await, StatusCode::BAD_REQUEST, "page");
        problem(&post(&state, &p.secretariat, "/api/v1/ballots/99/close", json!(null)).await, StatusCode::NOT_FOUND, "no ballot 99");
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/99/votes", ok_vote.clone()).await, StatusCode::NOT_FOUND, "no ballot 99");
        let custodied = json!({"member": "GHA", "choice": "yes"});
        problem(&post(&state, &p.gha_head, "/api/v1/ballots/99/votes/custodied", custodied).await, StatusCode::NOT_FOUND, "no ballot 99");

        // Who may vote.
        problem(&post(&state, &p.participant, "/api/v1/ballots/1/votes", ok_vote.clone()).await, StatusCode::FORBIDDEN, "vote for a member state");
        problem(&post(&state, &p.gha_head, "/api/v1/ballots/1/votes", ok_vote.clone()).await, StatusCode::FORBIDDEN, "");
        problem(&post(&state, &p.ken_alternate, "/api/v1/ballots/1/votes", ok_vote.clone()).await, StatusCode::FORBIDDEN, "alternate votes only when");
        let palestine = json!({"member": "PSE", "choice": "yes"});
        problem(&post(&state, &p.pse_head, "/api/v1/ballots/1/votes/custodied", palestine).await, StatusCode::FORBIDDEN, "observer states do not vote");
        let holy_see = json!({"votes": [{"member": "VAT", "choice": "yes"}]});
        problem(&post(&state, &p.secretariat, "/api/v1/ballots/1/roll-call", holy_see).await, StatusCode::FORBIDDEN, "VAT may not vote");
        let proxy_pse = json!({"from": "KEN", "to": "PSE"});
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/proxies", proxy_pse).await, StatusCode::FORBIDDEN, "PSE may not vote");

        // Signatures, keys and seqs.
        let other = signer(9);
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/votes", signed(&other, 1, "KEN", Choice::Yes, 1, None)).await, StatusCode::UNPROCESSABLE_ENTITY, "not the signatory's valid key");
        let mut forged = ok_vote.clone();
        forged["choice"] = json!("no");
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/votes", forged).await, StatusCode::UNPROCESSABLE_ENTITY, "does not verify");
        let mut garbled = ok_vote.clone();
        garbled["signature"]["sig"] = json!("%%%");
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/votes", garbled).await, StatusCode::UNPROCESSABLE_ENTITY, "not base64");
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/votes", signed(&key, 1, "KEN", Choice::Yes, 5, None)).await, StatusCode::CONFLICT, "with seq 1, not 5");
        let mut bad_choice = ok_vote.clone();
        bad_choice["choice"] = json!("maybe");
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/votes", bad_choice).await, StatusCode::UNPROCESSABLE_ENTITY, "choice");
        let kenya = json!({"member": "KEN", "choice": "yes"});
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/votes/custodied", kenya.clone()).await, StatusCode::CONFLICT, "own key");
        problem(&post(&state, &p.ken_head, "/api/v1/delegations/KEN/keys", json!({"key": "not a key"})).await, StatusCode::CONFLICT, "not a verifier key");
        problem(&post(&state, &p.ken_head, "/api/v1/delegations/KEN/keys", json!({"key": signer(3).verifier().to_string()})).await, StatusCode::CONFLICT, "rotate it instead");
        problem(&post(&state, &p.ken_delegate, "/api/v1/delegations/KEN/keys/revoke", json!({})).await, StatusCode::FORBIDDEN, "");
        problem(&post(&state, &p.ken_head, "/api/v1/delegations/GHA/keys", json!({"key": signer(4).verifier().to_string()})).await, StatusCode::FORBIDDEN, "");
        assert_eq!(log_size(&state).await, before, "nothing refused was recorded");

        // A repeated seq, then a revoked key.
        post(&state, &p.ken_head, "/api/v1/ballots/1/votes", ok_vote.clone()).await.expect(StatusCode::CREATED);
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/votes", ok_vote.clone()).await, StatusCode::CONFLICT, "with seq 2, not 1");
        post(&state, &p.ken_head, "/api/v1/delegations/KEN/keys/revoke", json!({})).await.expect(StatusCode::OK);
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/votes", signed(&key, 1, "KEN", Choice::No, 2, None)).await, StatusCode::CONFLICT, "KEN has no valid signing key");
        problem(&post(&state, &p.ken_head, "/api/v1/delegations/KEN/keys/revoke", json!({})).await, StatusCode::CONFLICT, "no valid signing key");
        problem(&post(&state, &p.ken_head, "/api/v1/delegations/KEN/keys", json!({"key": key.verifier().to_string()})).await, StatusCode::CONFLICT, "registered before");

        // Proxies: to oneself, and a chain A to B to C.
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/proxies", json!({"from": "KEN", "to": "KEN"})).await, StatusCode::CONFLICT, "to itself");
        post(&state, &p.gha_head, "/api/v1/ballots/1/proxies", json!({"from": "GHA", "to": "KEN"})).await.expect(StatusCode::CREATED);
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/proxies", json!({"from": "KEN", "to": "NGA"})).await, StatusCode::CONFLICT, "one level only");
        problem(&post(&state, &p.ken_delegate, "/api/v1/ballots/1/proxies", json!({"from": "NGA", "to": "GHA"})).await, StatusCode::FORBIDDEN, "");
        problem(&post(&state, &p.gha_head, "/api/v1/ballots/1/votes/custodied", json!({"member": "GHA", "choice": "no"})).await, StatusCode::CONFLICT, "gave its proxy to KEN");
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/proxies/revoke", json!({"from": "KEN"})).await, StatusCode::CONFLICT, "has given no proxy");
        problem(&post(&state, &p.ken_delegate, "/api/v1/ballots/1/alternates", json!({"member": "KEN", "handle": "del.ken.alt"})).await, StatusCode::FORBIDDEN, "");
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/1/alternates", json!({"member": "KEN", "handle": "del.ken.amina"})).await, StatusCode::UNPROCESSABLE_ENTITY, "not an alternate of KEN");

        // Roll calls.
        let twice = json!({"votes": [{"member": "KEN", "choice": "yes"}, {"member": "KEN", "choice": "no"}]});
        problem(&post(&state, &p.secretariat, "/api/v1/ballots/2/roll-call", twice).await, StatusCode::UNPROCESSABLE_ENTITY, "names KEN twice");
        problem(&post(&state, &p.secretariat, "/api/v1/ballots/2/roll-call", json!({"votes": []})).await, StatusCode::UNPROCESSABLE_ENTITY, "no votes");
        let lower = json!({"votes": [{"member": "ken", "choice": "yes"}]});
        problem(&post(&state, &p.secretariat, "/api/v1/ballots/2/roll-call", lower).await, StatusCode::UNPROCESSABLE_ENTITY, "votes[0].member");
        let one = json!({"votes": [{"member": "KEN", "choice": "yes"}]});
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/2/roll-call", one.clone()).await, StatusCode::FORBIDDEN, "record roll-call votes");

        // After closing.
        post(&state, &p.secretariat, "/api/v1/ballots/2/close", json!(null)).await.expect(StatusCode::OK);
        problem(&post(&state, &p.secretariat, "/api/v1/ballots/2/close", json!(null)).await, StatusCode::CONFLICT, "ballot 2 is closed");
        problem(&post(&state, &p.secretariat, "/api/v1/ballots/2/roll-call", one).await, StatusCode::CONFLICT, "ballot 2 is closed");
        problem(&post(&state, &p.gha_head, "/api/v1/ballots/2/votes/custodied", json!({"member": "GHA", "choice": "no"})).await, StatusCode::CONFLICT, "ballot 2 is closed");
        problem(&post(&state, &p.gha_head, "/api/v1/ballots/2/proxies", json!({"from": "GHA", "to": "NGA"})).await, StatusCode::CONFLICT, "ballot 2 is closed");
        problem(&post(&state, &p.ken_head, "/api/v1/ballots/2/alternates", json!({"member": "KEN", "handle": "del.ken.alt"})).await, StatusCode::CONFLICT, "ballot 2 is closed");
        problem(&post(&state, &p.secretariat, "/api/v1/ballots/2/close", json!(null)).await, StatusCode::CONFLICT, "closed");
        problem(&post(&state, &Who::anonymous(), "/api/v1/ballots/1/close", json!(null)).await, StatusCode::UNAUTHORIZED, "");
    })
    .await;
}
