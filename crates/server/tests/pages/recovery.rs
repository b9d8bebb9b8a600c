//! Account recovery through the pages (issue 13, part 1): the secretariat
//! issues a reset link (and is told, beside the field, when the person is
//! outside its remit: nothing is written), the person sets a new password
//! through it once; a participant changes the e-mail address and deletes
//! the account.

use axum::http::StatusCode;
use serde_json::json;
use store::scratch::on_each_backend;

use crate::support::visitor::Visitor;
use crate::support::{self, state};

#[tokio::test]
async fn the_secretariat_issues_a_reset_link_and_the_delegate_uses_it_once() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let (mut admin, _) = crate::session::admin(&state).await;
        let sec_admin = domain::Actor::try_from("sec.admin".to_owned()).unwrap();
        let expires = store::access::now_millis() + 3_600_000;
        let token = state.store.create_token(&sec_admin, "t", &domain::authz::Action::ALL, expires).await.unwrap().0;
        let api_admin = support::Who::token(&token);
        support::invite_and_accept(&state, &api_admin, json!({"kind": "head", "member": "KEN"}), "amina").await;
        let (mut head, _) = support::sign_in(&state, "amina", "amina password").await;
        support::set_up_totp(&state, &mut head).await;
        let delegate =
            support::invite_and_accept(&state, &head, json!({"kind": "delegate", "member": "KEN"}), "brian").await;

        // Outside the remit, and unknown: said beside the field, nothing written.
        let size = state.store.status().await.unwrap().log_size;
        let own = admin.fill("/account/resets", "/account/resets", &[("handle", "sec.admin")]).await;
        assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);
        own.assert_has("it is outside your remit");
        own.assert_has("class=\"error-summary\"");
        let unknown = admin.fill("/account/resets", "/account/resets", &[("handle", "del.00000000")]).await;
        unknown.assert_has("There is no account with the handle");
        assert_eq!(state.store.status().await.unwrap().log_size, size);

        // The link, shown once.
        let prefilled = admin.get(&format!("/account/resets?handle={delegate}")).await;
        prefilled.assert_has(&format!("value=\"{delegate}\""));
        let issued = admin.submit(&prefilled, "/account/resets", &[("handle", &delegate)]).await;
        assert_eq!(issued.status, StatusCode::CREATED, "{}", issued.html);
        assert_eq!(issued.headers["cache-control"], "no-store");
        let link = issued.text_of_id("secret").expect("the link");
        let path = link[link.find("/reset/").unwrap()..].trim().to_owned();
        assert_eq!(state.store.status().await.unwrap().log_size, size + 1);
        let entry = admin.get(&format!("/record/entries/{size}")).await;
        entry.assert_has(&format!("A password reset was issued for {delegate}"));
        assert!(!entry.has(&path), "the record never shows the link");

        // The delegate sets a new password: a mismatch first.
        let mut person = Visitor::new(&state);
        let form = person.get(&path).await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_has("two-factor sign-in again");
        let mismatch = person
            .submit(&form, &path, &[("new_password", "a new passphrase"), ("confirm_password", "another one")])
            .await;
        assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
        let done = person
            .submit(&mismatch, &path, &[("new_password", "a new passphrase"), ("confirm_password", "a new passphrase")])
            .await;
        assert_eq!(done.location(), "/sign-in");
        let signed =
            person.fill("/sign-in", "/sign-in", &[("username", "brian"), ("password", "a new passphrase")]).await;
        // A delegate's home (issue 13).
        assert_eq!(signed.location(), "/delegation");
        // Used once.
        assert_eq!(Visitor::new(&state).get(&path).await.status, StatusCode::GONE);

        // The wrong role never sees the form.
        let account = person.get("/account/resets").await;
        assert_eq!(account.status, StatusCode::FORBIDDEN);

        // A new key's page: the QR code, labelled, beside the key; light.
        let start = admin.get("/account/two-factor").await;
        let started = admin.submit(&start, "/account/two-factor/start", &[]).await;
        let setup = admin.follow(&started).await;
        setup.assert_has("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" aria-label=\"QR code");
        assert!(setup.text_of_id("totp-secret").is_some());
        println!("the QR code's page: {} bytes of HTML", setup.html.len());
        assert!(setup.html.len() < 20 * 1024, "{} bytes", setup.html.len());
    })
    .await;
}

#[tokio::test]
async fn a_participant_changes_the_address_and_deletes_the_account() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut visitor = Visitor::new(&state);
        let fields = [("username", "lucia"), ("display_name", "Lucía"), ("password", "lucia's passphrase")];
        visitor.fill("/sign-up", "/sign-up", &fields).await;
        visitor.fill("/sign-in", "/sign-in", &[("username", "lucia"), ("password", "lucia's passphrase")]).await;
        let account = visitor.get("/account").await;
        account.assert_has("href=\"/account/delete\"");
        account.assert_has("href=\"/account/email\"");

        let wrong = visitor.fill("/account/email", "/account/email", &[("email", "not an address")]).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        wrong.assert_has("value=\"not an address\"");
        let saved = visitor.fill("/account/email", "/account/email", &[("email", "lucia@example.org")]).await;
        assert_eq!(saved.location(), "/account");
        let lucia = state.store.account_by_username("lucia").await.unwrap().unwrap();
        assert_eq!(lucia.email.as_deref(), Some("lucia@example.org"));

        // Without SMTP, the forgotten-password page says whom to ask.
        let forgot = Visitor::new(&state).get("/forgot-password").await;
        forgot.assert_has("This server does not send e-mail");
        assert!(!forgot.has("name=\"email\""));

        let refused = visitor.fill("/account/delete", "/account/delete", &[("password", "not it at all")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(state.store.account(&lucia.handle).await.unwrap().is_some());
        let deleted = visitor.fill("/account/delete", "/account/delete", &[("password", "lucia's passphrase")]).await;
        assert_eq!(deleted.location(), "/");
        assert_eq!(state.store.account(&lucia.handle).await.unwrap(), None);
        let again =
            visitor.fill("/sign-in", "/sign-in", &[("username", "lucia"), ("password", "lucia's passphrase")]).await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    })
    .await;
}
