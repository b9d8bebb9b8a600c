//! Bounded password hashing and limits that protect an account without
//! locking others out (issue 11, reproductions 3 and 9): attempts are
//! counted before hashing, per account and address, in the store.

mod support;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use server::auth::hashing::HashPool;
use server::auth::limiter::{Limits, SignInLimiter};
use server::{AppState, app};
use store::Store;
use store::scratch::on_each_backend;
use support::{ADMIN_PASSWORD, Answer, post};
use tower::ServiceExt;

const A: &str = "192.0.2.1";
const B: &str = "198.51.100.2";

/// The test state with short turns (the rule is the same, the wait shorter)
/// and a pool large enough that no request of a test is turned away.
fn with_short_turns(mut state: AppState) -> AppState {
    state.limiter = Arc::new(SignInLimiter::new(Limits { turn: Duration::from_millis(100), ..Limits::default() }));
    state.hashing = Arc::new(HashPool::new(2, 30));
    state
}

/// POSTs `body` to `uri` as if from the client address `from`.
async fn post_from(state: &AppState, from: &str, uri: &str, body: Value) -> Answer {
    let address = SocketAddr::new(from.parse::<IpAddr>().unwrap(), 40_000);
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .extension(ConnectInfo(address))
        .body(Body::from(serde_json::to_vec(&body).unwrap()))
        .unwrap();
    let response = app(state.clone()).oneshot(request).await.unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    Answer { status, headers, body }
}

async fn sign_in_from(state: &AppState, from: &str, username: &str, password: &str) -> Answer {
    post_from(state, from, "/api/v1/session", json!({"username": username, "password": password})).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_wrong_passwords_for_one_account_hashes_at_most_the_limit() {
    on_each_backend(|setup| async move {
        let state = with_short_turns(support::state(&setup).await);
        let before = state.hashing.hashes();
        let burst = (0..25).map(|_| {
            let state = state.clone();
            tokio::spawn(async move { sign_in_from(&state, A, "admin", "a wrong password").await })
        });
        let mut statuses = Vec::new();
        for answer in futures_join(burst).await {
            if answer.status == StatusCode::TOO_MANY_REQUESTS {
                assert!(answer.headers.contains_key(header::RETRY_AFTER));
                assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json");
            }
            statuses.push(answer.status.as_u16());
        }
        statuses.sort();
        let expected: Vec<u16> = [401; 5].into_iter().chain([429; 20]).collect();
        assert_eq!(statuses, expected);
        assert_eq!(state.hashing.hashes() - before, 5, "one hash per counted attempt, none for the refused");
    })
    .await;
}

async fn futures_join<T: Send + 'static>(tasks: impl Iterator<Item = tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut all = Vec::new();
    for task in tasks.collect::<Vec<_>>() {
        all.push(task.await.unwrap());
    }
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_passwords_from_one_address_do_not_lock_the_owner_out_from_another() {
    on_each_backend(|setup| async move {
        let state = with_short_turns(support::state(&setup).await);
        for _ in 0..5 {
            sign_in_from(&state, A, "admin", "a wrong password").await.expect(StatusCode::UNAUTHORIZED);
        }
        let refused = sign_in_from(&state, A, "admin", ADMIN_PASSWORD).await.expect(StatusCode::TOO_MANY_REQUESTS);
        let wait: u64 = refused.headers[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
        assert!((1..=15 * 60).contains(&wait), "{wait}");

        // The real administrator, elsewhere, takes the account's next turn
        // (it backs off after a wrong password) and is let in.
        let turns = state.limiter.turns();
        let answer = sign_in_from(&state, B, "admin", ADMIN_PASSWORD).await.expect(StatusCode::OK);
        assert_eq!(answer.json()["second_factor"], "setup_required");
        assert_eq!(state.limiter.turns(), turns + 1, "the sign-in took a turn");

        // Signed in, the account no longer backs off.
        sign_in_from(&state, B, "admin", ADMIN_PASSWORD).await.expect(StatusCode::OK);
        assert_eq!(state.limiter.turns(), turns + 1);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_failures_from_one_address_do_not_refuse_others_behind_it() {
    on_each_backend(|setup| async move {
        let state = with_short_turns(support::state(&setup).await);
        let account = json!({"username": "reader", "password": "reading all day long", "display_name": "R"});
        post_from(&state, B, "/api/v1/participants", account).await.expect(StatusCode::CREATED);
        // 30 failures from the address of a ministry's NAT, on six accounts.
        for guess in 0..30 {
            let username = format!("someone{}", guess % 6);
            sign_in_from(&state, A, &username, "a wrong password").await.expect(StatusCode::UNAUTHORIZED);
        }
        sign_in_from(&state, A, "reader", "reading all day long").await.expect(StatusCode::OK);
        sign_in_from(&state, A, "someone0", "a wrong password").await.expect(StatusCode::TOO_MANY_REQUESTS);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_counts_survive_a_restart() {
    on_each_backend(|setup| async move {
        let state = with_short_turns(support::state(&setup).await);
        for _ in 0..5 {
            sign_in_from(&state, A, "admin", "a wrong password").await.expect(StatusCode::UNAUTHORIZED);
        }
        drop(state);
        let state = with_short_turns(AppState::new(Store::open(&setup.config()).await.unwrap()));
        let hashes = state.hashing.hashes();
        sign_in_from(&state, A, "admin", ADMIN_PASSWORD).await.expect(StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(state.hashing.hashes(), hashes);
        sign_in_from(&state, B, "admin", ADMIN_PASSWORD).await.expect(StatusCode::OK);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_password_hash_waits_for_a_place_and_a_full_pool_answers_503_at_once() {
    on_each_backend(|setup| async move {
        let mut state = with_short_turns(support::state(&setup).await);
        let admin = support::admin(&state).await;
        state.hashing = Arc::new(HashPool::new(1, 0));
        let held = state.hashing.try_admit().unwrap();

        let busy = |answer: Answer| {
            let answer = answer.expect(StatusCode::SERVICE_UNAVAILABLE);
            assert_eq!(answer.headers[header::RETRY_AFTER], "1");
            assert_eq!(answer.json()["type"], "/problems/busy");
        };
        busy(sign_in_from(&state, A, "admin", ADMIN_PASSWORD).await);
        let account = json!({"username": "reader", "password": "reading all day long", "display_name": "R"});
        busy(post_from(&state, A, "/api/v1/participants", account.clone()).await);
        let change = json!({"current_password": ADMIN_PASSWORD, "new_password": "a new administrator password"});
        busy(post(&state, &admin, "/api/v1/accounts/me/password", change).await);
        assert_eq!(state.hashing.hashes(), 0);

        // A busy answer counts no attempt: the five are still there.
        drop(held);
        for _ in 0..5 {
            sign_in_from(&state, A, "admin", "a wrong password").await.expect(StatusCode::UNAUTHORIZED);
        }
        post_from(&state, A, "/api/v1/participants", account).await.expect(StatusCode::CREATED);
        assert_eq!(state.hashing.hashes(), 6);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sign_in_page_says_when_the_server_is_busy_in_the_readers_language() {
    on_each_backend(|setup| async move {
        let mut state = support::state(&setup).await;
        state.hashing = Arc::new(HashPool::new(1, 0));
        let _held = state.hashing.try_admit().unwrap();
        let mut visitor = support::visitor::Visitor::new(&state);
        let page =
            visitor.fill("/sign-in?lang=fr", "/sign-in", &[("username", "admin"), ("password", ADMIN_PASSWORD)]).await;
        page.assert_has("Trop de personnes se connectent en ce moment");
        assert!(visitor.cookie("concord_session").is_none());
    })
    .await;
}
