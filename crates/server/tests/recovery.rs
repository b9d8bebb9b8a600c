//! Account recovery over the API (issue 13, part 1), on SQLite and
//! PostgreSQL: recovery codes (each works once, mistyped or reused ones are
//! refused, made again on demand), password resets by remit (the log says
//! a reset was issued, never the link; outside the remit a 403 and nothing
//! written; links used once and expiring), changing one's e-mail address
//! and deleting one's account.

mod support;

use axum::http::{Method, StatusCode};
use serde_json::{Value, json};
use server::AppState;
use server::auth::totp;
use store::scratch::on_each_backend;
use support::{Who, admin, call, invite_and_accept, post, sign_in, state};

/// Sets up TOTP for a session and returns the secret and the recovery
/// codes the confirmation shows.
async fn totp_with_codes(state: &AppState, who: &mut Who) -> (String, Vec<String>) {
    let setup = call(state, who, Method::POST, "/api/v1/session/totp/setup", None).await.expect(StatusCode::OK).json();
    let secret = setup["secret"].as_str().unwrap().to_owned();
    let code = totp::code(&secret, totp::now_seconds()).unwrap();
    let answer = post(state, who, "/api/v1/session/totp/confirm", json!({"code": code})).await.expect(StatusCode::OK);
    if let Some(cookie) = support::session_cookie_of(&answer) {
        who.cookie = Some(cookie);
    }
    let done = answer.json();
    who.csrf = done["csrf_token"].as_str().map(str::to_owned);
    let codes: Vec<String> =
        done["recovery_codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()).collect();
    (secret, codes)
}

/// The log size now.
async fn log_size(state: &AppState) -> u64 {
    state.store.status().await.unwrap().log_size
}

/// The text of every log entry from `from` on.
async fn log_text(state: &AppState, from: u64) -> String {
    let size = log_size(state).await;
    let entries = state.store.entries(from, size).await.unwrap();
    entries.iter().map(|e| String::from_utf8(e.bytes.clone()).unwrap()).collect::<Vec<_>>().join("\n")
}

/// A head of Kenya with TOTP (and recovery codes), and a delegate.
struct People {
    admin: Who,
    head: Who,
    head_handle: String,
    delegate: Who,
    delegate_handle: String,
}

async fn people(state: &AppState) -> People {
    let admin = admin(state).await;
    let head_handle = invite_and_accept(state, &admin, json!({"kind": "head", "member": "KEN"}), "amina").await;
    let (mut head, _) = sign_in(state, "amina", "amina password").await;
    totp_with_codes(state, &mut head).await;
    let delegate_handle = invite_and_accept(state, &head, json!({"kind": "delegate", "member": "KEN"}), "brian").await;
    let (delegate, _) = sign_in(state, "brian", "brian password").await;
    People { admin, head, head_handle, delegate, delegate_handle }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_head_who_lost_the_phone_signs_in_with_a_recovery_code_once() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let admin = admin(&state).await;
        invite_and_accept(&state, &admin, json!({"kind": "head", "member": "KEN"}), "amina").await;
        let (mut head, _) = sign_in(&state, "amina", "amina password").await;
        let (_, codes) = totp_with_codes(&state, &mut head).await;
        assert_eq!(codes.len(), 10);
        let distinct: std::collections::BTreeSet<&String> = codes.iter().collect();
        assert_eq!(distinct.len(), 10);
        // Stored as hashes only.
        let account = state.store.account_by_username("amina").await.unwrap().unwrap();
        assert_eq!(state.store.recovery_codes_left(&account.handle).await.unwrap(), 10);

        // The phone is lost: a recovery code instead of the app's code,
        // typed in capitals with spaces.
        let (pending, answer) = sign_in(&state, "amina", "amina password").await;
        assert_eq!(answer["second_factor"], "required");
        let typed = codes[0].to_uppercase().replace('-', " ");
        let done = post(&state, &pending, "/api/v1/session/totp", json!({"code": typed})).await.expect(StatusCode::OK);
        assert_eq!(done.json()["second_factor"], "done");
        assert_eq!(done.json()["recovery_codes_left"], 9);

        // The same code never works again; a mistyped one neither.
        let (again, _) = sign_in(&state, "amina", "amina password").await;
        let reused = post(&state, &again, "/api/v1/session/totp", json!({"code": codes[0]})).await;
        assert!(reused.expect(StatusCode::UNAUTHORIZED).detail().contains("already used"));
        // The last character changed (to one it is not: codes are random,
        // and one in a few dozen ends in "x").
        let changed = if codes[1].ends_with('x') { 'y' } else { 'x' };
        let mistyped = format!("{}{changed}", &codes[1][..18]);
        let wrong = post(&state, &again, "/api/v1/session/totp", json!({"code": mistyped})).await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        assert_eq!(state.store.recovery_codes_left(&account.handle).await.unwrap(), 9);

        // Signed in with a code, a new authenticator; new codes replace
        // the old ones.
        let mut in_again = Who { cookie: support::session_cookie_of(&done), ..Who::default() };
        in_again.csrf = done.json()["csrf_token"].as_str().map(str::to_owned);
        let (_, new_codes) = totp_with_codes(&state, &mut in_again).await;
        let (third, _) = sign_in(&state, "amina", "amina password").await;
        let old = post(&state, &third, "/api/v1/session/totp", json!({"code": codes[1]})).await;
        assert_eq!(old.status, StatusCode::UNAUTHORIZED);
        post(&state, &third, "/api/v1/session/totp", json!({"code": new_codes[0]})).await.expect(StatusCode::OK);

        // Made again on demand: the earlier ones stop working.
        let fresh = post(&state, &in_again, "/api/v1/accounts/me/recovery-codes", json!({}))
            .await
            .expect(StatusCode::OK)
            .json();
        assert_eq!(fresh["recovery_codes"].as_array().unwrap().len(), 10);
        let (fourth, _) = sign_in(&state, "amina", "amina password").await;
        let stale = post(&state, &fourth, "/api/v1/session/totp", json!({"code": new_codes[1]})).await;
        assert_eq!(stale.status, StatusCode::UNAUTHORIZED);

        // A person without an authenticator gets no codes.
        invite_and_accept(&state, &admin, json!({"kind": "observer"}), "olga").await;
        let (observer, _) = sign_in(&state, "olga", "olga password").await;
        let none = post(&state, &observer, "/api/v1/accounts/me/recovery-codes", json!({})).await;
        assert_eq!(none.expect(StatusCode::CONFLICT).json()["status"], 409);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recovery_codes_count_against_the_limit_of_codes() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let admin = admin(&state).await;
        invite_and_accept(&state, &admin, json!({"kind": "head", "member": "KEN"}), "amina").await;
        let (mut head, _) = sign_in(&state, "amina", "amina password").await;
        let (_, codes) = totp_with_codes(&state, &mut head).await;
        let (pending, _) = sign_in(&state, "amina", "amina password").await;
        let limit = state.limiter.limits().codes;
        for _ in 0..limit {
            let wrong = post(&state, &pending, "/api/v1/session/totp", json!({"code": "zzzz-zzzz-zzzz-zzzz"})).await;
            assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        }
        // Even the right code waits now, and it is not used up.
        let limited = post(&state, &pending, "/api/v1/session/totp", json!({"code": codes[0]})).await;
        assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
        let account = state.store.account_by_username("amina").await.unwrap().unwrap();
        assert_eq!(state.store.recovery_codes_left(&account.handle).await.unwrap(), 10);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resets_are_issued_within_the_remit_and_logged_without_the_link() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let People { admin, head, head_handle, delegate, delegate_handle } = people(&state).await;
        let before = log_size(&state).await;

        // The secretariat issues a reset for the delegate.
        let issued = post(&state, &admin, "/api/v1/resets", json!({"handle": delegate_handle}))
            .await
            .expect(StatusCode::CREATED)
            .json();
        let link = issued["link"].as_str().unwrap().to_owned();
        let token = link.rsplit('/').next().unwrap().to_owned();
        assert!(link.contains("/reset/") && token.len() >= 32);
        assert_eq!(issued["notified"], false);
        assert_eq!(issued["log_index"], before);
        let logged = log_text(&state, before).await;
        assert!(logged.contains("\"kind\":\"account.reset_issued\""), "{logged}");
        assert!(logged.contains(&delegate_handle) && logged.contains("\"actor\":\"sec.admin\""));
        assert!(!logged.contains(&token) && !logged.contains("brian"), "{logged}");

        // The head, for its own delegate.
        let by_head = post(&state, &head, "/api/v1/resets", json!({"handle": delegate_handle}))
            .await
            .expect(StatusCode::CREATED)
            .json();
        let head_link = by_head["link"].as_str().unwrap().rsplit('/').next().unwrap().to_owned();

        // Outside the remit: a 403 problem, and nothing written.
        let size = log_size(&state).await;
        let head_for_self = post(&state, &head, "/api/v1/resets", json!({"handle": head_handle})).await;
        assert_eq!(head_for_self.status, StatusCode::FORBIDDEN);
        assert_eq!(head_for_self.headers["content-type"], "application/problem+json");
        assert!(head_for_self.detail().contains("own account"), "{}", head_for_self.detail());
        let head_for_admin = post(&state, &head, "/api/v1/resets", json!({"handle": "sec.admin"})).await;
        assert_eq!(head_for_admin.status, StatusCode::FORBIDDEN);
        let admin_for_self = post(&state, &admin, "/api/v1/resets", json!({"handle": "sec.admin"})).await;
        assert!(admin_for_self.expect(StatusCode::FORBIDDEN).detail().contains("concord account reset"));
        // The wrong role: a delegate issues nothing, not even for a peer.
        let by_delegate = post(&state, &delegate, "/api/v1/resets", json!({"handle": head_handle})).await;
        assert_eq!(by_delegate.status, StatusCode::FORBIDDEN);
        // A participant is outside the secretariat's remit.
        post(
            &state,
            &Who::anonymous(),
            "/api/v1/participants",
            json!({"username": "pat", "password": "pat password", "display_name": "Pat"}),
        )
        .await
        .expect(StatusCode::CREATED);
        let participant = state.store.account_by_username("pat").await.unwrap().unwrap();
        let for_participant =
            post(&state, &admin, "/api/v1/resets", json!({"handle": participant.handle.to_string()})).await;
        assert!(for_participant.expect(StatusCode::FORBIDDEN).detail().contains("by e-mail"));
        // The wrong scope: a token without issue_reset.
        let token_answer =
            post(&state, &admin, "/api/v1/tokens", json!({"name": "read", "scopes": ["read_public"]})).await;
        let api_token = token_answer.expect(StatusCode::CREATED).json()["token"].as_str().unwrap().to_owned();
        let scoped = post(&state, &Who::token(&api_token), "/api/v1/resets", json!({"handle": delegate_handle})).await;
        assert!(scoped.expect(StatusCode::FORBIDDEN).detail().contains("issue_reset"));
        // Bad input.
        let unknown = post(&state, &admin, "/api/v1/resets", json!({"handle": "del.00000000"})).await;
        assert_eq!(unknown.status, StatusCode::NOT_FOUND);
        let not_a_handle = post(&state, &admin, "/api/v1/resets", json!({"handle": "no such thing!"})).await;
        assert_eq!(not_a_handle.status, StatusCode::UNPROCESSABLE_ENTITY);
        let anonymous = post(&state, &Who::anonymous(), "/api/v1/resets", json!({"handle": delegate_handle})).await;
        assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
        assert_eq!(log_size(&state).await, size, "no refusal wrote anything");

        // The delegate uses the first link: a short password first.
        let anonymous = Who::anonymous();
        let offer = call(&state, &anonymous, Method::GET, &format!("/api/v1/resets/{token}"), None)
            .await
            .expect(StatusCode::OK);
        assert_eq!(offer.json()["handle"], delegate_handle.as_str());
        let path = format!("/api/v1/resets/{token}");
        let short = post(&state, &anonymous, &path, json!({"new_password": "short"})).await;
        assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
        post(&state, &anonymous, &path, json!({"new_password": "a new passphrase for brian"}))
            .await
            .expect(StatusCode::NO_CONTENT);
        // Used once; the delegate's sessions ended; the new password works.
        let reused = post(&state, &anonymous, &path, json!({"new_password": "another passphrase here"})).await;
        assert_eq!(reused.expect(StatusCode::GONE).json()["status"], 410);
        let old_session = call(&state, &delegate, Method::GET, "/api/v1/accounts/me", None).await;
        assert_eq!(old_session.status, StatusCode::UNAUTHORIZED);
        sign_in(&state, "brian", "a new passphrase for brian").await;
        // The head's link for the same person was made unusable with it,
        // and a link that was never issued says the same.
        for other in [head_link.as_str(), "0123abcd"] {
            let refused = call(&state, &anonymous, Method::GET, &format!("/api/v1/resets/{other}"), None).await;
            assert_eq!(refused.status, StatusCode::GONE);
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_of_a_head_asks_for_a_new_second_factor_and_links_expire() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let People { admin, head_handle, .. } = people(&state).await;
        let issued: Value = post(&state, &admin, "/api/v1/resets", json!({"handle": head_handle}))
            .await
            .expect(StatusCode::CREATED)
            .json();
        let token = issued["link"].as_str().unwrap().rsplit('/').next().unwrap().to_owned();
        let offer = call(&state, &Who::anonymous(), Method::GET, &format!("/api/v1/resets/{token}"), None)
            .await
            .expect(StatusCode::OK)
            .json();
        assert_eq!(offer["clears_second_factor"], true);
        post(
            &state,
            &Who::anonymous(),
            &format!("/api/v1/resets/{token}"),
            json!({"new_password": "the head's new passphrase"}),
        )
        .await
        .expect(StatusCode::NO_CONTENT);
        let (_, answer) = sign_in(&state, "amina", "the head's new passphrase").await;
        assert_eq!(answer["second_factor"], "setup_required");
        let account = state.store.account_by_username("amina").await.unwrap().unwrap();
        assert_eq!(state.store.recovery_codes_left(&account.handle).await.unwrap(), 0);

        // An expired link is refused, and nothing changes.
        let (expired, new) =
            store::recovery::NewReset::make(account.handle.clone(), None, true, store::access::now_millis() - 1)
                .unwrap();
        state.store.create_reset(&new).await.unwrap();
        let path = format!("/api/v1/resets/{expired}");
        let gone = call(&state, &Who::anonymous(), Method::GET, &path, None).await;
        assert_eq!(gone.status, StatusCode::GONE);
        let used = post(&state, &Who::anonymous(), &path, json!({"new_password": "yet another passphrase"})).await;
        assert_eq!(used.status, StatusCode::GONE);
        sign_in(&state, "amina", "the head's new passphrase").await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_participant_changes_the_address_and_deletes_the_account() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let anonymous = Who::anonymous();
        post(
            &state,
            &anonymous,
            "/api/v1/participants",
            json!({"username": "pat", "password": "pat password", "display_name": "Pat Doe", "email": "pat@example.org"}),
        )
        .await
        .expect(StatusCode::CREATED);
        let (pat, _) = sign_in(&state, "pat", "pat password").await;
        let handle = state.store.account_by_username("pat").await.unwrap().unwrap().handle;

        // The address.
        let change = |email: Value| call(&state, &pat, Method::PUT, "/api/v1/accounts/me/email", Some(json!({"email": email})));
        change(json!("pat@new.example")).await.expect(StatusCode::NO_CONTENT);
        assert_eq!(state.store.account(&handle).await.unwrap().unwrap().email.as_deref(), Some("pat@new.example"));
        change(json!("not an address")).await.expect(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(state.store.account(&handle).await.unwrap().unwrap().email.as_deref(), Some("pat@new.example"));
        let not_signed_in = call(&state, &anonymous, Method::PUT, "/api/v1/accounts/me/email", Some(json!({"email": null})));
        assert_eq!(not_signed_in.await.status, StatusCode::UNAUTHORIZED);

        // Without a mail server, no reset by e-mail.
        let by_mail = post(&state, &anonymous, "/api/v1/reset-requests", json!({"email": "pat@new.example"})).await;
        assert_eq!(by_mail.status, StatusCode::CONFLICT);

        // Deleting: the wrong role first, then the wrong password.
        let admin = admin(&state).await;
        let refused = post(&state, &admin, "/api/v1/accounts/me/deletion", json!({"password": support::ADMIN_PASSWORD})).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let size = log_size(&state).await;
        let wrong = post(&state, &pat, "/api/v1/accounts/me/deletion", json!({"password": "not it at all"})).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(state.store.account(&handle).await.unwrap().is_some());
        post(&state, &pat, "/api/v1/accounts/me/deletion", json!({"password": "pat password"}))
            .await
            .expect(StatusCode::NO_CONTENT);
        assert_eq!(state.store.account(&handle).await.unwrap(), None);
        assert_eq!(state.store.accounts_by_email("pat@new.example").await.unwrap(), vec![]);
        let gone = call(&state, &pat, Method::GET, "/api/v1/accounts/me", None).await;
        assert_eq!(gone.status, StatusCode::UNAUTHORIZED);
        let again = call(
            &state,
            &anonymous,
            Method::POST,
            "/api/v1/session",
            Some(json!({"username": "pat", "password": "pat password"})),
        )
        .await;
        assert_eq!(again.status, StatusCode::UNAUTHORIZED);
        assert_eq!(log_size(&state).await, size, "deleting writes nothing to the log");
    })
    .await;
}
