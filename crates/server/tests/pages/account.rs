//! One's own account through the pages: accepting an invitation, signing
//! up, the account's summary, changing the password, API tokens.

use axum::http::{Method, StatusCode, header};
use serde_json::json;
use store::scratch::on_each_backend;

use crate::support::visitor::{Page, Visitor};
use crate::support::{self, Who, call, post, state};

/// Issues an invitation as the administrator (through the API); returns
/// its token.
async fn invitation(state: &server::AppState, admin: &Who, body: serde_json::Value) -> String {
    let issued = post(state, admin, "/api/v1/invitations", body).await.expect(StatusCode::CREATED).json();
    issued["token"].as_str().unwrap().to_owned()
}

/// Signs up `username` through the pages and signs them in; returns the
/// signed-in visitor.
async fn participant(state: &server::AppState, username: &str, password: &str) -> Visitor {
    let mut visitor = Visitor::new(state);
    let fields = [("username", username), ("display_name", "Ada Participant"), ("password", password)];
    let created = visitor.fill("/sign-up", "/sign-up", &fields).await;
    assert_eq!(created.location(), "/sign-in");
    let signed = visitor.fill("/sign-in", "/sign-in", &[("username", username), ("password", password)]).await;
    assert_eq!(signed.location(), "/participation");
    visitor
}

/// The id in the first revoke form of the tokens page.
fn first_revoke_action(page: &Page) -> String {
    let start = page.html.find("action=\"/account/tokens/").expect("a revoke form") + "action=\"".len();
    let end = start + page.html[start..].find('"').unwrap();
    page.html[start..end].to_owned()
}

#[tokio::test]
async fn an_invitation_is_accepted_on_its_page_once() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let admin = support::admin(&state).await;
        let token = invitation(&state, &admin, json!({"kind": "head", "member": "KEN", "note": "Kenya"})).await;
        let mut visitor = Visitor::new(&state);

        // The offer: the role, the member state by name, who invited.
        let uri = format!("/invitations/{token}");
        let form = visitor.get(&uri).await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_has("Head of delegation");
        form.assert_has("href=\"/members/KEN\">Kenya</a>");
        form.assert_has("sec.admin");
        form.assert_has("<label class=\"label\" for=\"username\">");
        form.assert_has("autocomplete=\"new-password\"");
        form.assert_has("At least 10 characters");
        assert_eq!(form.headers[header::CACHE_CONTROL], "no-store");

        // Every wrong field is named beside it; the input is kept.
        let bad = [("username", "K!"), ("display_name", " "), ("password", "short"), ("email", "nowhere")];
        let refused = visitor.submit(&form, &uri, &bad).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.html.contains("<title>Error: Accept your invitation"), "the title says the form failed");
        refused.assert_has("class=\"error-summary\"");
        refused.assert_has("href=\"#username\">Enter a username of 3 to 40 characters");
        refused.assert_has("Enter your name, in at most 100 characters");
        refused.assert_has("Enter a password of at least 10 characters");
        refused.assert_has("Enter an e-mail address such as name@example.org");
        refused.assert_has("value=\"K!\"");
        refused.assert_has("value=\"nowhere\"");
        assert!(!refused.has("value=\"short\""), "a password is never sent back");

        // A good form creates the account and records the accreditation.
        let good = [
            ("username", "Kenya.Head"),
            ("display_name", "Amina Head"),
            ("password", "kenya head password"),
            ("email", ""),
        ];
        let accepted = visitor.submit(&refused, &uri, &good).await;
        assert_eq!(accepted.location(), "/sign-in");
        visitor.follow(&accepted).await.assert_has("Your account was created and your appointment recorded.");
        let account = state.store.account_by_username("kenya.head").await.unwrap().expect("the account");
        let handle = account.handle.to_string();
        assert!(handle.starts_with("del."), "{handle}");
        let record = Visitor::new(&state).get("/record").await;
        record.assert_has(&handle);

        // The link works once: then a clear page, in the page language.
        let used = visitor.get(&uri).await;
        assert_eq!(used.status, StatusCode::GONE);
        used.assert_has("This invitation link can no longer be used");
        used.assert_has("Ask the person who invited you to send you a new link.");
        let resent = visitor.submit(&form, &uri, &good).await;
        assert_eq!(resent.status, StatusCode::CONFLICT, "a form is sent once");
        // A fresh form (any page's nonce) still finds the link gone.
        let mut fresh = visitor.get("/sign-in").await.hidden_fields("/sign-in");
        fresh.retain(|(name, _)| name != "next");
        fresh.extend(good.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())));
        let again = visitor.post(&uri, &fresh).await;
        assert_eq!(again.status, StatusCode::GONE);
        again.assert_has("This invitation link can no longer be used");
        let french = visitor.get(&format!("{uri}?lang=fr")).await;
        assert_eq!(french.status, StatusCode::GONE);
        french.assert_has("Ce lien d&#39;invitation n&#39;est plus utilisable");
        assert_eq!(visitor.get("/invitations/not-a-token").await.status, StatusCode::NOT_FOUND);

        // A username already taken is named beside the field.
        let mut visitor = Visitor::new(&state);
        let token = invitation(&state, &admin, json!({"kind": "observer", "note": "observer"})).await;
        let uri = format!("/invitations/{token}");
        let taken = visitor
            .fill(
                &uri,
                &uri,
                &[("username", "kenya.head"), ("display_name", "Someone"), ("password", "another password")],
            )
            .await;
        assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
        taken.assert_has("This username is already taken. Choose another one");
        taken.assert_has("value=\"kenya.head\"");
        let observer = visitor
            .submit(
                &taken,
                &uri,
                &[("username", "observer.one"), ("display_name", "Someone"), ("password", "another password")],
            )
            .await;
        assert_eq!(observer.location(), "/sign-in");

        // In Arabic, right to left, with the role's Arabic name.
        let token = invitation(&state, &admin, json!({"kind": "observer", "note": "observer"})).await;
        let arabic = visitor.get(&format!("/invitations/{token}?lang=ar")).await;
        arabic.assert_has("dir=\"rtl\"");
        arabic.assert_has("قبول الدعوة");
        arabic.assert_has("مراقب");
    })
    .await;
}

#[tokio::test]
async fn a_participant_signs_up_and_sees_their_account() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut visitor = Visitor::new(&state);

        // Visitors are sent to sign in, and back after.
        assert_eq!(visitor.get("/account").await.location(), "/sign-in?next=%2Faccount");
        assert_eq!(visitor.get("/account/password").await.location(), "/sign-in?next=%2Faccount%2Fpassword");
        assert_eq!(visitor.get("/account/tokens").await.location(), "/sign-in?next=%2Faccount%2Ftokens");

        // The form, then its errors with the input kept.
        let form = visitor.get("/sign-up").await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_has("<label class=\"label\" for=\"display_name\">");
        form.assert_has("E-mail address (optional)");
        let refused = visitor
            .submit(&form, "/sign-up", &[("username", "ab"), ("display_name", "Ada"), ("password", "123")])
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_has("Enter a username of 3 to 40 characters");
        refused.assert_has("Enter a password of at least 10 characters");
        refused.assert_has("value=\"ab\"");
        refused.assert_has("value=\"Ada\"");

        // Signing up, then in: the account page is where sign-in lands.
        let fields = [("username", "ada"), ("display_name", "Ada Participant"), ("password", "ada's long password")];
        let created = visitor.submit(&refused, "/sign-up", &fields).await;
        assert_eq!(created.location(), "/sign-in");
        visitor.follow(&created).await.assert_has("Your account was created. Sign in to continue.");
        let signed =
            visitor.fill("/sign-in", "/sign-in", &[("username", "ada"), ("password", "ada's long password")]).await;
        assert_eq!(signed.location(), "/participation");
        let home = visitor.follow(&signed).await;
        assert_eq!(home.status, StatusCode::OK);
        home.assert_has("You are signed in.");
        let account = visitor.get("/account").await;
        assert_eq!(account.status, StatusCode::OK);
        account.assert_has("Ada Participant");
        account.assert_has(">Participant</dd>");
        let handle = state.store.account_by_username("ada").await.unwrap().unwrap().handle.to_string();
        assert!(handle.starts_with("p."), "{handle}");
        account.assert_has(&handle);
        account.assert_has("the only thing about you that the public record shows");
        account.assert_has("href=\"/account/two-factor\"");
        account.assert_has("href=\"/account/password\"");
        account.assert_has("href=\"/account/tokens\"");
        assert_eq!(visitor.get("/sign-up").await.location(), "/account", "signed in: no sign-up form");

        // The same username again is refused beside the field.
        let mut other = Visitor::new(&state);
        let taken = other.fill("/sign-up", "/sign-up", &fields).await;
        assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
        taken.assert_has("This username is already taken.");

        // In Arabic and Chinese.
        let arabic = visitor.get("/account?lang=ar").await;
        arabic.assert_has("dir=\"rtl\"");
        arabic.assert_has("حسابك");
        arabic.assert_has("مشارك");
        let chinese = visitor.get("/account?lang=zh").await;
        chinese.assert_has("您的账户");
        chinese.assert_has("参与者");
    })
    .await;
}

#[tokio::test]
async fn the_password_is_changed_after_checking_the_current_one() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut visitor = participant(&state, "bob", "bo's first password").await;

        let form = visitor.get("/account/password").await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_has("autocomplete=\"current-password\"");
        form.assert_has("autocomplete=\"new-password\"");
        let fields = |current: &'static str, new: &'static str, confirm: &'static str| {
            [("current_password", current), ("new_password", new), ("confirm_password", confirm)]
        };

        let wrong = visitor
            .submit(&form, "/account/password", &fields("not my password", "bo's new password", "bo's new password"))
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        wrong.assert_has("href=\"#current_password\">The current password is wrong");
        assert!(!wrong.has("bo&#39;s new password") && !wrong.has("bo's new password"), "passwords are not sent back");

        let mismatch = visitor
            .submit(&wrong, "/account/password", &fields("bo's first password", "bo's new password", "bo's other"))
            .await;
        assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
        mismatch.assert_has("The two new passwords do not match");
        let short = visitor.submit(&mismatch, "/account/password", &fields("", "short", "short")).await;
        assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
        short.assert_has("Enter your current password");
        short.assert_has("Enter a password of at least 10 characters");

        let changed = visitor
            .submit(
                &short,
                "/account/password",
                &fields("bo's first password", "bo's new password", "bo's new password"),
            )
            .await;
        assert_eq!(changed.location(), "/account");
        visitor.follow(&changed).await.assert_has("Your password was changed.");

        // The old password no longer signs in; the new one does.
        let mut again = Visitor::new(&state);
        let old = again.fill("/sign-in", "/sign-in", &[("username", "bob"), ("password", "bo's first password")]).await;
        assert_eq!(old.status, StatusCode::UNPROCESSABLE_ENTITY);
        let new = again.fill("/sign-in", "/sign-in", &[("username", "bob"), ("password", "bo's new password")]).await;
        assert_eq!(new.location(), "/participation");
    })
    .await;
}

#[tokio::test]
async fn a_token_is_shown_once_works_and_is_revoked() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut visitor = participant(&state, "cyd", "cy's long password").await;

        // The page: no tokens yet; the participant's actions to choose.
        let page = visitor.get("/account/tokens").await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_has("You have no API tokens yet.");
        page.assert_has("<legend class=\"label\">What it may do</legend>");
        page.assert_has("value=\"apply_organization\" checked");
        page.assert_has("Apply for an organization");
        assert!(!page.has("value=\"invite_head\""), "only the role's actions are offered");
        page.assert_has("<option value=\"90\" selected>90 days</option>");

        // Errors: a name, an expiry offered, at least one action.
        let mut fields = page.hidden_fields("/account/tokens");
        fields.extend([("name".to_owned(), " ".to_owned()), ("expires_in_days".to_owned(), "1000".to_owned())]);
        let refused = visitor.post("/account/tokens", &fields).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_has("Enter a name of at most 100 characters");
        refused.assert_has("Choose when the token expires");
        refused.assert_has("href=\"#scopes\">Choose at least one thing the token may do");
        assert!(!refused.has("value=\"apply_organization\" checked"), "the boxes stay as sent");
        let mut forged = refused.hidden_fields("/account/tokens");
        forged.extend([
            ("name".to_owned(), "laptop".to_owned()),
            ("expires_in_days".to_owned(), "30".to_owned()),
            ("scopes".to_owned(), "invite_head".to_owned()),
        ]);
        let forged = visitor.post("/account/tokens", &forged).await;
        assert_eq!(forged.status, StatusCode::UNPROCESSABLE_ENTITY);
        forged.assert_has("value=\"laptop\"");

        // Created: the secret is in this answer only.
        let mut good = forged.hidden_fields("/account/tokens");
        good.extend([
            ("name".to_owned(), "laptop".to_owned()),
            ("expires_in_days".to_owned(), "30".to_owned()),
            ("scopes".to_owned(), "read_own_account".to_owned()),
            ("scopes".to_owned(), "read_public".to_owned()),
        ]);
        let created = visitor.post("/account/tokens", &good).await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.html);
        assert_eq!(created.headers[header::CACHE_CONTROL], "no-store");
        let secret = created.text_of_id("token-secret").expect("the secret is shown");
        assert!(secret.starts_with("concord_"), "{secret}");
        created.assert_has("It will not be shown again");
        created.assert_has(&format!("Authorization: Bearer {secret}"));
        created.assert_has("--token");
        let resent = visitor.post("/account/tokens", &good).await;
        assert_eq!(resent.status, StatusCode::CONFLICT, "a refresh does not make a second token");

        // It works on the API, for what it may do.
        let who = Who::token(&secret);
        let me = call(&state, &who, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::OK).json();
        assert_eq!(me["username"], "cyd");
        assert_eq!(me["via_token"], true);

        // Listed without its secret; someone else cannot revoke it.
        let list = visitor.get("/account/tokens").await;
        list.assert_has("<th scope=\"row\">laptop</th>");
        list.assert_has("Read the public record, See your account");
        list.assert_has("Active");
        assert!(!list.has(&secret), "the secret is shown once");
        let revoke = first_revoke_action(&list);
        let mut stranger = participant(&state, "dee", "dee's long password").await;
        let theirs = stranger.get("/account/tokens").await;
        let refused = stranger.post(&revoke, &theirs.hidden_fields("/account/tokens")).await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND);

        // Revoked: it no longer works.
        let revoked = visitor.submit(&list, &revoke, &[]).await;
        assert_eq!(revoked.location(), "/account/tokens");
        let after = visitor.follow(&revoked).await;
        after.assert_has("The token was revoked.");
        after.assert_has("Revoked");
        assert!(!after.has(&revoke), "no revoke button for a revoked token");
        let refused = call(&state, &who, Method::GET, "/api/v1/accounts/me", None).await;
        assert_eq!(refused.status, StatusCode::UNAUTHORIZED);

        // Visitors are sent to sign in; in Spanish the page is Spanish.
        let mut nobody = Visitor::new(&state);
        let form = nobody.get("/sign-in").await;
        let sent = nobody.post(&revoke, &form.hidden_fields("/sign-in")).await;
        assert_eq!(sent.location(), format!("/sign-in?next={}", revoke.replace('/', "%2F")));
        let without_nonce = nobody.post(&revoke, &[]).await;
        assert_eq!(without_nonce.status, StatusCode::FORBIDDEN, "a form without its nonce is refused");
        visitor.get("/account/tokens?lang=es").await.assert_has("Tokens de API");
    })
    .await;
}

/// Makes an API token on the tokens page; returns its secret.
async fn new_token(visitor: &mut Visitor, name: &str) -> String {
    let page = visitor.get("/account/tokens").await;
    let fields = [("name", name), ("expires_in_days", "30"), ("scopes", "read_own_account")];
    let created = visitor.submit(&page, "/account/tokens", &fields).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.html);
    created.text_of_id("token-secret").expect("the secret is shown")
}

#[tokio::test]
async fn a_form_without_its_nonce_is_refused_as_expired() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut visitor = participant(&state, "eve", "eve's long password").await;
        let page = visitor.get("/account/tokens").await;
        let mut fields = page.hidden_fields("/account/tokens");
        fields.retain(|(name, _)| name != "nonce");
        fields.extend([
            ("name".to_owned(), "twice".to_owned()),
            ("expires_in_days".to_owned(), "30".to_owned()),
            ("scopes".to_owned(), "read_own_account".to_owned()),
        ]);
        // The reproduction: the same form without its nonce, sent twice.
        for _ in 0..2 {
            let refused = visitor.post("/account/tokens", &fields).await;
            assert_eq!(refused.status, StatusCode::FORBIDDEN);
            refused.assert_has("This form has expired");
        }
        // A nonce that is no nonce is refused the same way.
        fields.push(("nonce".to_owned(), "x".repeat(32)));
        assert_eq!(visitor.post("/account/tokens", &fields).await.status, StatusCode::FORBIDDEN);
        let handle = state.store.account_by_username("eve").await.unwrap().unwrap().handle;
        assert!(state.store.tokens(&handle).await.unwrap().is_empty(), "no token was made");

        // The header's sign-out form carries its nonce, and works.
        let account = visitor.get("/account").await;
        assert!(account.hidden_fields("/sign-out").iter().any(|(n, v)| n == "nonce" && v.len() == 32));
        let out = visitor.submit(&account, "/sign-out", &[]).await;
        assert_eq!(out.location(), "/");
        assert!(visitor.cookie("concord_session").is_none());
    })
    .await;
}

#[tokio::test]
async fn a_password_change_may_revoke_the_tokens_and_sign_out_everywhere_ends_every_session() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut visitor = participant(&state, "fay", "fay's first password").await;
        let mut elsewhere = Visitor::new(&state);
        let signed =
            elsewhere.fill("/sign-in", "/sign-in", &[("username", "fay"), ("password", "fay's first password")]).await;
        assert_eq!(signed.location(), "/participation");
        let kept = new_token(&mut visitor, "kept").await;

        // The box, unticked by default: the token survives the change.
        let form = visitor.get("/account/password").await;
        form.assert_has("<input type=\"checkbox\" id=\"revoke_tokens\" name=\"revoke_tokens\" value=\"yes\">");
        form.assert_has("<label for=\"revoke_tokens\">Also revoke all my API tokens");
        let change = |current: &'static str, new: &'static str| {
            [("current_password", current), ("new_password", new), ("confirm_password", new)]
        };
        let changed =
            visitor.submit(&form, "/account/password", &change("fay's first password", "fay's second password")).await;
        assert_eq!(changed.location(), "/account");
        visitor.follow(&changed).await.assert_has("Your other sessions were ended.");
        assert_eq!(elsewhere.get("/account").await.location(), "/sign-in?next=%2Faccount");
        call(&state, &Who::token(&kept), Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::OK);

        // Ticked: every token of the account is revoked.
        let other = new_token(&mut visitor, "other").await;
        let form = visitor.get("/account/password").await;
        let mut fields = change("fay's second password", "fay's third password").to_vec();
        fields.push(("revoke_tokens", "yes"));
        let changed = visitor.submit(&form, "/account/password", &fields).await;
        assert_eq!(changed.location(), "/account");
        visitor.follow(&changed).await.assert_has("your API tokens revoked");
        for token in [&kept, &other] {
            call(&state, &Who::token(token), Method::GET, "/api/v1/accounts/me", None)
                .await
                .expect(StatusCode::UNAUTHORIZED);
        }
        let french = visitor.get("/account/password?lang=fr").await;
        french.assert_has("Révoquer aussi tous mes jetons");

        // Sign out everywhere, from the account page: this session and
        // every other end.
        let mut elsewhere = Visitor::new(&state);
        let signed =
            elsewhere.fill("/sign-in", "/sign-in", &[("username", "fay"), ("password", "fay's third password")]).await;
        assert_eq!(signed.location(), "/participation");
        let account = visitor.get("/account?lang=en").await;
        account.assert_has("Sign out everywhere</button>");
        let out = visitor.submit(&account, "/sign-out/everywhere", &[]).await;
        assert_eq!(out.location(), "/");
        assert!(visitor.cookie("concord_session").is_none());
        visitor.follow(&out).await.assert_has("You are signed out everywhere");
        assert_eq!(visitor.get("/account").await.location(), "/sign-in?next=%2Faccount");
        assert_eq!(elsewhere.get("/account").await.location(), "/sign-in?next=%2Faccount");
    })
    .await;
}

#[tokio::test]
async fn the_link_of_a_withdrawn_head_is_gone_on_its_page() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let admin = support::admin(&state).await;
        let head =
            support::invite_and_accept(&state, &admin, json!({"kind": "head", "member": "GHA"}), "ghahead").await;
        let (mut head_session, _) = support::sign_in(&state, "ghahead", "ghahead password").await;
        support::set_up_totp(&state, &mut head_session).await;
        let token = invitation(&state, &head_session, json!({"kind": "delegate", "member": "GHA"})).await;
        let uri = format!("/invitations/{token}");
        let mut visitor = Visitor::new(&state);
        assert_eq!(visitor.get(&uri).await.status, StatusCode::OK);

        let withdraw = format!("/api/v1/delegations/GHA/people/{head}?reason=recalled");
        call(&state, &admin, Method::DELETE, &withdraw, None).await.expect(StatusCode::OK);
        let gone = visitor.get(&uri).await;
        assert_eq!(gone.status, StatusCode::GONE);
        gone.assert_has("This invitation link can no longer be used");
    })
    .await;
}
