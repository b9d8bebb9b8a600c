//! People and access end to end over the HTTP API (issue 4), on SQLite and
//! PostgreSQL: the administrator invites a head of delegation for Kenya, who
//! signs up through the link, sets up two-factor sign-in and adds a
//! delegate; the log shows the public acts and no private data. And the
//! refusals on the way: wrong codes, reused links, missing CSRF tokens.

mod support;

use axum::http::{Method, StatusCode};
use domain::Envelope;
use serde_json::json;
use server::auth::totp;
use store::scratch::on_each_backend;
use support::{Who, admin, call, post, set_up_totp, sign_in, state};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_administrator_accredits_a_head_for_kenya_who_adds_a_delegate() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;

        // The administrator signs in; until TOTP is set up, nothing else.
        let (mut admin_session, answer) = sign_in(&state, "admin", support::ADMIN_PASSWORD).await;
        assert_eq!(
            (answer["role"].as_str(), answer["second_factor"].as_str()),
            (Some("secretariat"), Some("setup_required"))
        );
        let early = post(&state, &admin_session, "/api/v1/invitations", json!({"kind": "head", "member": "KEN"})).await;
        assert!(early.expect(StatusCode::FORBIDDEN).detail().contains("two-factor"));
        let admin_secret = set_up_totp(&state, &mut admin_session).await;

        // Without the CSRF token, a session cannot change anything.
        let no_csrf = Who { csrf: None, ..admin_session.clone() };
        let refused = post(&state, &no_csrf, "/api/v1/invitations", json!({"kind": "head", "member": "KEN"})).await;
        assert!(refused.expect(StatusCode::FORBIDDEN).detail().contains("CSRF"));

        // The invitation for Kenya's head of delegation.
        let issued = post(
            &state,
            &admin_session,
            "/api/v1/invitations",
            json!({"kind": "head", "member": "ken", "note": "Amina Wanjiru, Ministry of ICT, amina@example.go.ke"}),
        )
        .await
        .expect(StatusCode::CREATED)
        .json();
        let token = issued["token"].as_str().unwrap().to_owned();
        assert!(issued["url"].as_str().unwrap().ends_with(&format!("/invitations/{token}")));
        let offer = call(&state, &Who::anonymous(), Method::GET, &format!("/api/v1/invitations/token/{token}"), None)
            .await
            .expect(StatusCode::OK)
            .json();
        assert_eq!((offer["kind"].as_str(), offer["member"].as_str()), (Some("head"), Some("KEN")));

        // She signs up through the link.
        let account = json!({
            "username": "Amina.W",
            "password": "a long passphrase for Nairobi",
            "display_name": "Amina Wanjiru",
            "email": "amina@example.go.ke",
        });
        let accept = format!("/api/v1/invitations/token/{token}/accept");
        let created =
            post(&state, &Who::anonymous(), &accept, account.clone()).await.expect(StatusCode::CREATED).json();
        let head = created["handle"].as_str().unwrap().to_owned();
        assert!(head.starts_with("del."), "{head}");
        assert_eq!(created["role"], "head_of_delegation");
        // The link works once.
        let again = json!({"username": "someone", "password": "another long password", "display_name": "X"});
        post(&state, &Who::anonymous(), &accept, again).await.expect(StatusCode::GONE);

        // She signs in, must set up TOTP, and a wrong code is refused.
        let (session, answer) = sign_in(&state, "amina.w", "a long passphrase for Nairobi").await;
        assert_eq!(answer["second_factor"], "setup_required");
        let setup_answer = call(&state, &session, Method::POST, "/api/v1/session/totp/setup", None)
            .await
            .expect(StatusCode::OK)
            .json();
        let secret = setup_answer["secret"].as_str().unwrap();
        let right = totp::code(secret, totp::now_seconds()).unwrap();
        let wrong = if right == "000000" { "111111" } else { "000000" };
        post(&state, &session, "/api/v1/session/totp/confirm", json!({"code": wrong}))
            .await
            .expect(StatusCode::UNAUTHORIZED);
        let confirmed =
            post(&state, &session, "/api/v1/session/totp/confirm", json!({"code": right})).await.expect(StatusCode::OK);
        // The second factor done, the session has a new cookie and CSRF
        // token; the ones seen before it no longer work.
        let stale = session;
        let session = Who {
            cookie: support::session_cookie_of(&confirmed),
            csrf: confirmed.json()["csrf_token"].as_str().map(str::to_owned),
            token: None,
        };
        assert!(session.cookie.is_some() && session.cookie != stale.cookie, "a new session cookie");
        assert_ne!(session.csrf, stale.csrf, "a new CSRF token");
        call(&state, &stale, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::UNAUTHORIZED);
        let me = call(&state, &session, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::OK).json();
        assert_eq!(
            (me["role"].as_str(), me["member"].as_str(), me["two_factor"].as_bool()),
            (Some("head_of_delegation"), Some("KEN"), Some(true))
        );

        // She adds a delegate, who accepts; not for another state.
        let delegate =
            support::invite_and_accept(&state, &session, json!({"kind": "delegate", "member": "KEN"}), "brian").await;
        let other_state =
            post(&state, &session, "/api/v1/invitations", json!({"kind": "delegate", "member": "GHA"})).await;
        assert!(other_state.expect(StatusCode::FORBIDDEN).detail().contains("own member state"));

        // A second head for Kenya is refused.
        let second =
            post(&state, &admin_session, "/api/v1/invitations", json!({"kind": "head", "member": "KEN"})).await;
        assert!(second.expect(StatusCode::CONFLICT).detail().contains("already has an accredited head"));

        // The public delegation.
        let delegation = call(&state, &Who::anonymous(), Method::GET, "/api/v1/delegations/KEN", None)
            .await
            .expect(StatusCode::OK)
            .json();
        assert_eq!(delegation["head"], head.as_str());
        assert_eq!(delegation["delegates"], json!([delegate]));

        // A later sign-in asks for the code, and the same code never works twice.
        let (again, answer) = sign_in(&state, "admin", support::ADMIN_PASSWORD).await;
        assert_eq!(answer["second_factor"], "required");
        let code = totp::code(&admin_secret, totp::now_seconds()).unwrap();
        let reused = post(&state, &again, "/api/v1/session/totp", json!({"code": code})).await;
        assert_eq!(reused.status, StatusCode::UNAUTHORIZED, "the setup already used this time step");

        // The log holds the public acts under handles, and nothing private.
        state.store.sign_checkpoint().await.unwrap();
        let size = state.store.status().await.unwrap().log_size;
        let bundle_widths = ledger::tiles_of_size(size).filter(|t| t.level().is_none());
        let mut kinds = Vec::new();
        let mut all = String::new();
        for tile in bundle_widths {
            let bundle = state.store.entry_bundle(tile.index(), tile.width()).await.unwrap().unwrap();
            for entry in tile.entries_from(&bundle).unwrap() {
                let envelope = Envelope::decode(entry).unwrap();
                kinds.push((envelope.event.kind(), envelope.actor.to_string()));
                all.push_str(std::str::from_utf8(entry).unwrap());
            }
        }
        let people: Vec<_> = kinds
            .iter()
            .filter(|(kind, _)| !kind.starts_with("member.") && !kind.starts_with("organization."))
            .collect();
        assert_eq!(
            people,
            [
                &("secretariat.appointed", "system".to_owned()),
                &("delegation.member_added", "sec.admin".to_owned()),
                &("delegation.member_added", head.clone()),
            ]
        );
        for private in
            ["amina", "Amina", "Wanjiru", "example.go.ke", "Nairobi", "brian", "argon2", &token, secret, "Ministry"]
        {
            assert!(!all.contains(private), "the log contains {private:?}");
        }

        // Refusals are counted.
        let metrics = support::metrics(&state).await;
        for reason in ["csrf", "second_factor", "totp", "forbidden", "invitation"] {
            assert!(metrics.contains(&format!("concord_refusals_total{{reason=\"{reason}\"}}")), "{reason}: {metrics}");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_is_rate_limited_and_sessions_end() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let bad = json!({"username": "admin", "password": "not the password"});
        for _ in 0..server::auth::limiter::PER_PAIR {
            post(&state, &Who::anonymous(), "/api/v1/session", bad.clone()).await.expect(StatusCode::UNAUTHORIZED);
        }
        let limited = post(&state, &Who::anonymous(), "/api/v1/session", bad).await;
        assert!(limited.headers.contains_key("retry-after"));
        limited.expect(StatusCode::TOO_MANY_REQUESTS);
        // Even the right password waits out the window.
        let right = json!({"username": "admin", "password": support::ADMIN_PASSWORD});
        post(&state, &Who::anonymous(), "/api/v1/session", right).await.expect(StatusCode::TOO_MANY_REQUESTS);

        // An unknown user gets the same answer as a wrong password.
        let unknown =
            post(&state, &Who::anonymous(), "/api/v1/session", json!({"username": "nobody", "password": "x"})).await;
        assert_eq!(unknown.expect(StatusCode::UNAUTHORIZED).detail(), "the username or the password is wrong");

        // A participant signs up, signs in (no second factor), signs out.
        let account = json!({"username": "reader", "password": "reading all day long", "display_name": "R"});
        post(&state, &Who::anonymous(), "/api/v1/participants", account.clone()).await.expect(StatusCode::CREATED);
        post(&state, &Who::anonymous(), "/api/v1/participants", account).await.expect(StatusCode::CONFLICT);
        let (session, answer) = sign_in(&state, "reader", "reading all day long").await;
        assert_eq!(answer["second_factor"], "done");
        call(&state, &session, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::OK);
        call(&state, &session, Method::DELETE, "/api/v1/session", None).await.expect(StatusCode::NO_CONTENT);
        call(&state, &session, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::UNAUTHORIZED);

        // A password change ends the other sessions.
        let (first, _) = sign_in(&state, "reader", "reading all day long").await;
        let (second, _) = sign_in(&state, "reader", "reading all day long").await;
        assert_ne!(first.cookie, second.cookie, "every sign-in gets a new session");
        let change = json!({"current_password": "reading all day long", "new_password": "writing all night long"});
        post(&state, &first, "/api/v1/accounts/me/password", change).await.expect(StatusCode::NO_CONTENT);
        call(&state, &first, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::OK);
        call(&state, &second, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::UNAUTHORIZED);
        let short = json!({"current_password": "writing all night long", "new_password": "short"});
        post(&state, &first, "/api/v1/accounts/me/password", short).await.expect(StatusCode::UNPROCESSABLE_ENTITY);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_are_scoped_expire_and_are_revoked() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let admin = admin(&state).await;
        let issued = post(
            &state,
            &admin,
            "/api/v1/tokens",
            json!({"name": "CLI", "scopes": ["read_own_account", "invite_observer"]}),
        )
        .await
        .expect(StatusCode::CREATED)
        .json();
        let token = issued["token"].as_str().unwrap().to_owned();
        assert!(token.starts_with("concord_"));
        let with_token = Who::token(&token);
        // A token needs no CSRF token, and does what its scope allows.
        post(&state, &with_token, "/api/v1/invitations", json!({"kind": "observer"})).await.expect(StatusCode::CREATED);
        let out_of_scope =
            post(&state, &with_token, "/api/v1/invitations", json!({"kind": "head", "member": "GHA"})).await;
        assert!(out_of_scope.expect(StatusCode::FORBIDDEN).detail().contains("token does not allow invite_head"));
        // No token may exceed its owner's role.
        let beyond =
            post(&state, &admin, "/api/v1/tokens", json!({"name": "x", "scopes": ["apply_organization"]})).await;
        beyond.expect(StatusCode::UNPROCESSABLE_ENTITY);
        // Tokens are stored hashed; listing shows no secret.
        let list = call(&state, &admin, Method::GET, "/api/v1/tokens", None).await.expect(StatusCode::OK);
        assert!(!String::from_utf8_lossy(&list.body).contains(&token));
        let id = issued["id"].as_str().unwrap();
        call(&state, &admin, Method::DELETE, &format!("/api/v1/tokens/{id}"), None)
            .await
            .expect(StatusCode::NO_CONTENT);
        let revoked = call(&state, &with_token, Method::GET, "/api/v1/accounts/me", None).await;
        assert!(revoked.expect(StatusCode::UNAUTHORIZED).detail().contains("revoked"));
        call(&state, &Who::token("concord_nonsense"), Method::GET, "/api/v1/accounts/me", None)
            .await
            .expect(StatusCode::UNAUTHORIZED);
    })
    .await;
}

/// A one-message SMTP server: answers the dialogue and hands back what it
/// received.
async fn fake_smtp() -> (u16, tokio::sync::oneshot::Receiver<String>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (sender, receiver) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        let (read, mut write) = socket.into_split();
        let mut lines = BufReader::new(read).lines();
        write.write_all(b"220 fake ESMTP\r\n").await.unwrap();
        let mut message = String::new();
        let mut in_data = false;
        while let Ok(Some(line)) = lines.next_line().await {
            if in_data {
                if line == "." {
                    in_data = false;
                    write.write_all(b"250 queued\r\n").await.unwrap();
                } else {
                    message.push_str(&line);
                    message.push('\n');
                }
                continue;
            }
            let reply: &[u8] = match line.split_whitespace().next().unwrap_or("").to_ascii_uppercase().as_str() {
                "EHLO" | "HELO" => b"250-fake\r\n250 OK\r\n",
                "DATA" => {
                    in_data = true;
                    b"354 go ahead\r\n"
                }
                "QUIT" => {
                    write.write_all(b"221 bye\r\n").await.unwrap();
                    break;
                }
                _ => b"250 OK\r\n",
            };
            write.write_all(reply).await.unwrap();
        }
        let _ = sender.send(message);
    });
    (port, receiver)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitations_are_emailed_only_when_smtp_is_configured() {
    let setup =
        store::scratch::Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let without = state(&setup).await;
    let admin_session = admin(&without).await;
    let request = json!({"kind": "head", "member": "GHA", "email": "kofi@example.gov.gh"});
    let issued =
        post(&without, &admin_session, "/api/v1/invitations", request.clone()).await.expect(StatusCode::CREATED).json();
    assert_eq!(issued["emailed"], false);
    assert!(issued["email_error"].as_str().unwrap().contains("no SMTP"));

    let (port, received) = fake_smtp().await;
    let mailer =
        server::mail::Mailer::new(&format!("smtp://127.0.0.1:{port}"), "Concord <noreply@concord.example>").unwrap();
    let with = without.clone().with_mailer(mailer);
    let request = json!({"kind": "observer", "email": "press@example.org"});
    let issued = post(&with, &admin_session, "/api/v1/invitations", request).await.expect(StatusCode::CREATED).json();
    assert_eq!(issued["emailed"], true, "{issued}");
    // Undo quoted-printable's soft line breaks, as a mail reader does.
    let message = received.await.unwrap().replace("=\n", "");
    assert!(message.contains("To: press@example.org"), "{message}");
    assert!(message.contains(issued["url"].as_str().unwrap()), "{message}");
    // The address is not kept.
    let listed = call(&with, &admin_session, Method::GET, "/api/v1/invitations", None).await.expect(StatusCode::OK);
    assert!(!String::from_utf8_lossy(&listed.body).contains("press@example.org"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expired_sessions_and_invitations_are_refused() {
    on_each_backend(|setup| async move {
        let store = store::Store::open(&setup.config()).await.unwrap();
        server::auth::admin::ensure_admin(&store, Some(support::ADMIN_PASSWORD)).await.unwrap();
        let config = server::auth::AuthConfig { session_ttl_millis: 1, invitation_ttl_millis: 1, ..Default::default() };
        let state = server::AppState::with_auth(store, config);
        let (session, _) = sign_in(&state, "admin", support::ADMIN_PASSWORD).await;
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        let expired = call(&state, &session, Method::GET, "/api/v1/accounts/me", None).await;
        assert!(expired.expect(StatusCode::UNAUTHORIZED).detail().contains("session has expired"));

        // An invitation past its time, issued by a token of the administrator.
        let admin = domain::Actor::try_from("sec.admin".to_owned()).unwrap();
        let (token, _) = state
            .store
            .create_token(&admin, "t", &domain::authz::Action::ALL, store::access::now_millis() + 60_000)
            .await
            .unwrap();
        let issued = post(&state, &Who::token(&token), "/api/v1/invitations", json!({"kind": "observer"}))
            .await
            .expect(StatusCode::CREATED)
            .json();
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        let link = format!("/api/v1/invitations/token/{}", issued["token"].as_str().unwrap());
        call(&state, &Who::anonymous(), Method::GET, &link, None).await.expect(StatusCode::GONE);
        let account = json!({"username": "late", "password": "too late for this", "display_name": "L"});
        post(&state, &Who::anonymous(), &format!("{link}/accept"), account).await.expect(StatusCode::GONE);
        let metrics = support::metrics(&state).await;
        assert!(metrics.contains("concord_refusals_total{reason=\"session_expired\"}"), "{metrics}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn documents_are_published_served_and_taken_down() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let admin = admin(&state).await;
        let text = "# Charter\n\nArticle 1. The members are sovereign equals.";
        let document = json!({"title": "Charter of the organization", "language": "en", "text": text});
        post(&state, &Who::anonymous(), "/api/v1/documents", document.clone()).await.expect(StatusCode::UNAUTHORIZED);
        post(&state, &admin, "/api/v1/documents", document).await.expect(StatusCode::CREATED);
        let listed =
            call(&state, &Who::anonymous(), Method::GET, "/api/v1/documents", None).await.expect(StatusCode::OK).json();
        let sha256 = listed[0]["sha256"].as_str().unwrap().to_owned();
        assert_eq!((listed[0]["number"].as_u64(), listed[0]["redacted_at"].is_null()), (Some(1), true));

        let served = call(&state, &Who::anonymous(), Method::GET, &format!("/api/v1/blobs/{sha256}"), None)
            .await
            .expect(StatusCode::OK);
        assert_eq!(served.body, text.as_bytes());
        assert_eq!(served.headers["content-type"], "text/markdown; charset=utf-8");

        let takedown = format!("/api/v1/blobs/{sha256}/redaction");
        post(&state, &admin, &takedown, json!({"reason": "personal data"})).await.expect(StatusCode::OK);
        post(&state, &admin, &takedown, json!({"reason": "again"})).await.expect(StatusCode::CONFLICT);
        call(&state, &Who::anonymous(), Method::GET, &format!("/api/v1/blobs/{sha256}"), None)
            .await
            .expect(StatusCode::GONE);
        let listed = call(&state, &Who::anonymous(), Method::GET, "/api/v1/documents", None).await.json();
        assert!(listed[0]["redacted_at"].is_u64());
        // The log still verifies: the hash stays, only the bytes are gone.
        state.store.sign_checkpoint().await.unwrap();
        let unknown = "0".repeat(64);
        call(&state, &Who::anonymous(), Method::GET, &format!("/api/v1/blobs/{unknown}"), None)
            .await
            .expect(StatusCode::NOT_FOUND);
        call(&state, &Who::anonymous(), Method::GET, "/api/v1/blobs/XYZ", None).await.expect(StatusCode::BAD_REQUEST);
        let bad_language = json!({"title": "T", "language": "de", "text": "x"});
        post(&state, &admin, "/api/v1/documents", bad_language).await.expect(StatusCode::UNPROCESSABLE_ENTITY);
    })
    .await;
}

/// The code of `secret` for the next time step: never one used before.
fn next_code(secret: &str) -> String {
    totp::code(secret, totp::now_seconds() + 30).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_waiting_for_its_second_factor_can_only_complete_it_or_sign_out() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        // The real owner, signed in with both factors.
        let (mut owner, _) = sign_in(&state, "admin", support::ADMIN_PASSWORD).await;
        let secret = set_up_totp(&state, &mut owner).await;

        // Someone with the stolen password only: a session that waits for
        // the code.
        let (thief, answer) = sign_in(&state, "admin", support::ADMIN_PASSWORD).await;
        assert_eq!(answer["second_factor"], "required");
        let change = json!({"current_password": support::ADMIN_PASSWORD, "new_password": "the thief's password"});
        let refused = post(&state, &thief, "/api/v1/accounts/me/password", change).await;
        assert!(refused.expect(StatusCode::FORBIDDEN).detail().contains("two-factor"));
        call(&state, &thief, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::FORBIDDEN);
        call(&state, &thief, Method::DELETE, "/api/v1/sessions", None).await.expect(StatusCode::FORBIDDEN);
        post(&state, &thief, "/api/v1/tokens", json!({"name": "mine"})).await.expect(StatusCode::FORBIDDEN);
        post(&state, &thief, "/api/v1/invitations", json!({"kind": "observer"})).await.expect(StatusCode::FORBIDDEN);
        // Nor a new authenticator in place of the owner's.
        call(&state, &thief, Method::POST, "/api/v1/session/totp/setup", None).await.expect(StatusCode::CONFLICT);
        // The owner is still signed in, with the same password.
        call(&state, &owner, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::OK);
        let (_, again) = sign_in(&state, "admin", support::ADMIN_PASSWORD).await;
        assert_eq!(again["second_factor"], "required");

        // Public reading stays open, and signing out works.
        call(&state, &thief, Method::GET, "/api/v1/members/KEN", None).await.expect(StatusCode::OK);
        call(&state, &thief, Method::DELETE, "/api/v1/session", None).await.expect(StatusCode::NO_CONTENT);
        let gone = post(&state, &thief, "/api/v1/session/totp", json!({"code": next_code(&secret)})).await;
        gone.expect(StatusCode::UNAUTHORIZED);

        // Completing the second factor rotates the cookie and CSRF token.
        let (pending, answer) = sign_in(&state, "admin", support::ADMIN_PASSWORD).await;
        let done = post(&state, &pending, "/api/v1/session/totp", json!({"code": next_code(&secret)}))
            .await
            .expect(StatusCode::OK);
        let rotated = Who {
            cookie: support::session_cookie_of(&done),
            csrf: done.json()["csrf_token"].as_str().map(str::to_owned),
            token: None,
        };
        assert_eq!(done.json()["second_factor"], "done");
        assert!(rotated.cookie.is_some() && rotated.cookie != pending.cookie, "a new session cookie");
        assert_ne!(rotated.csrf.as_deref(), answer["csrf_token"].as_str(), "a new CSRF token");
        call(&state, &pending, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::UNAUTHORIZED);
        let old_csrf = Who { csrf: pending.csrf.clone(), ..rotated.clone() };
        let forged = post(&state, &old_csrf, "/api/v1/invitations", json!({"kind": "observer"})).await;
        assert!(forged.expect(StatusCode::FORBIDDEN).detail().contains("CSRF"));
        post(&state, &rotated, "/api/v1/invitations", json!({"kind": "observer"})).await.expect(StatusCode::CREATED);
        // A session already complete has no second factor to complete.
        let twice = post(&state, &rotated, "/api/v1/session/totp", json!({"code": "123456"})).await;
        twice.expect(StatusCode::CONFLICT);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_change_may_revoke_the_api_tokens_and_sign_out_everywhere_ends_every_session() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let owner = admin(&state).await;
        let token = |answer: support::Answer| Who::token(answer.json()["token"].as_str().unwrap());
        let first =
            token(post(&state, &owner, "/api/v1/tokens", json!({"name": "cli"})).await.expect(StatusCode::CREATED));
        let (other, _) = sign_in(&state, "admin", support::ADMIN_PASSWORD).await;

        // Without the field, the tokens survive (the other session ends).
        let password = |current: &str, new: &str, revoke: Option<bool>| {
            let mut body = json!({"current_password": current, "new_password": new});
            if let Some(revoke) = revoke {
                body["revoke_tokens"] = json!(revoke);
            }
            body
        };
        let kept = password(support::ADMIN_PASSWORD, "second admin password", None);
        post(&state, &owner, "/api/v1/accounts/me/password", kept).await.expect(StatusCode::NO_CONTENT);
        call(&state, &other, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::UNAUTHORIZED);
        call(&state, &first, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::OK);
        let unchanged = password("second admin password", "third admin password", Some(false));
        post(&state, &owner, "/api/v1/accounts/me/password", unchanged).await.expect(StatusCode::NO_CONTENT);
        call(&state, &first, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::OK);

        // With it, every token of the account is revoked, in the same change.
        let second =
            token(post(&state, &owner, "/api/v1/tokens", json!({"name": "ci"})).await.expect(StatusCode::CREATED));
        let revoke = password("third admin password", "fourth admin password", Some(true));
        post(&state, &owner, "/api/v1/accounts/me/password", revoke).await.expect(StatusCode::NO_CONTENT);
        for token in [&first, &second] {
            let refused = call(&state, token, Method::GET, "/api/v1/accounts/me", None).await;
            assert!(refused.expect(StatusCode::UNAUTHORIZED).detail().contains("revoked"));
        }
        call(&state, &owner, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::OK);
        let listed = call(&state, &owner, Method::GET, "/api/v1/tokens", None).await.expect(StatusCode::OK).json();
        assert!(listed.as_array().unwrap().iter().all(|t| !t["revoked_at"].is_null()), "{listed}");

        // Sign out everywhere: every session ends, this one included; a
        // token keeps working.
        let third =
            token(post(&state, &owner, "/api/v1/tokens", json!({"name": "cli"})).await.expect(StatusCode::CREATED));
        let (elsewhere, _) = sign_in(&state, "admin", "fourth admin password").await;
        let out = call(&state, &owner, Method::DELETE, "/api/v1/sessions", None).await.expect(StatusCode::NO_CONTENT);
        assert!(support::session_cookie_of(&out).is_some_and(|c| c.is_empty()), "the cookie is removed");
        for session in [&owner, &elsewhere] {
            call(&state, session, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::UNAUTHORIZED);
        }
        call(&state, &third, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::OK);
        call(&state, &Who::anonymous(), Method::DELETE, "/api/v1/sessions", None)
            .await
            .expect(StatusCode::UNAUTHORIZED);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invitation_of_a_withdrawn_head_is_gone_on_look_up_as_on_acceptance() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let admin = admin(&state).await;
        let head =
            support::invite_and_accept(&state, &admin, json!({"kind": "head", "member": "KEN"}), "kenhead").await;
        let (mut head_session, _) = sign_in(&state, "kenhead", "kenhead password").await;
        set_up_totp(&state, &mut head_session).await;
        let issued = post(&state, &head_session, "/api/v1/invitations", json!({"kind": "delegate", "member": "KEN"}))
            .await
            .expect(StatusCode::CREATED)
            .json();
        let token = issued["token"].as_str().unwrap();
        let offer = format!("/api/v1/invitations/token/{token}");
        call(&state, &Who::anonymous(), Method::GET, &offer, None).await.expect(StatusCode::OK);

        // The secretariat withdraws the head: the link dies with her right.
        let withdraw = format!("/api/v1/delegations/KEN/people/{head}?reason=recalled");
        call(&state, &admin, Method::DELETE, &withdraw, None).await.expect(StatusCode::OK);
        let looked_up = call(&state, &Who::anonymous(), Method::GET, &offer, None).await;
        assert!(looked_up.expect(StatusCode::GONE).detail().contains("no longer"));
        let account = json!({"username": "kendelegate", "password": "kendelegate password", "display_name": "D"});
        post(&state, &Who::anonymous(), &format!("{offer}/accept"), account).await.expect(StatusCode::GONE);
        assert!(state.store.account_by_username("kendelegate").await.unwrap().is_none(), "nothing was written");
    })
    .await;
}
