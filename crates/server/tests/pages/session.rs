//! Sign-in with the two-factor setup and code, sign-out, and the guards of
//! every form: CSRF token, same origin, one submission.

use axum::http::{Method, StatusCode};
use serde_json::json;
use server::auth::totp;
use store::scratch::on_each_backend;

use crate::support::visitor::{Page, Visitor};
use crate::support::{ADMIN_PASSWORD, Who, call, post, state};

/// Signs the administrator in through the pages, setting up the
/// authenticator on the way; returns the visitor and the secret.
pub async fn admin(state: &server::AppState) -> (Visitor, String) {
    with_new_authenticator(state, "admin", ADMIN_PASSWORD).await
}

/// Signs in through the pages a person whose role needs two-factor
/// sign-in and who has no authenticator yet (the secretariat, a head of
/// delegation), setting it up on the way; returns the visitor and the
/// secret.
pub async fn with_new_authenticator(state: &server::AppState, username: &str, password: &str) -> (Visitor, String) {
    let mut admin = Visitor::new(state);
    let signed = admin.fill("/sign-in", "/sign-in", &[("username", username), ("password", password)]).await;
    assert_eq!(signed.location(), "/account/two-factor", "{username} must set up two-factor sign-in");
    let start = admin.follow(&signed).await;
    start.assert_has("action=\"/account/two-factor/start\"");
    let started = admin.submit(&start, "/account/two-factor/start", &[]).await;
    let setup = admin.follow(&started).await;
    let secret = setup.text_of_id("totp-secret").expect("the secret is shown").replace(' ', "");
    let code = totp::code(&secret, totp::now_seconds()).unwrap();
    let done = admin.submit(&setup, "/account/two-factor", &[("code", &code)]).await;
    // The recovery codes are shown once, in the answer, with a link on to
    // the role's home (issue 13).
    assert_eq!(done.status, StatusCode::OK, "{}", done.html);
    done.assert_has("<ol class=\"secret code\" dir=\"ltr\" id=\"secret\">");
    assert!(
        ["href=\"/secretariat\" class=\"button\"", "href=\"/delegation\" class=\"button\""]
            .iter()
            .any(|link| done.html.contains(link)),
        "{username}: {}",
        done.html
    );
    (admin, secret)
}

fn error_summary(page: &Page) -> bool {
    page.has("class=\"error-summary\"")
}

#[tokio::test]
async fn the_administrator_signs_in_with_two_factor_and_out() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut visitor = Visitor::new(&state);

        // The form: a label for each input, the guard's hidden fields.
        let form = visitor.get("/sign-in?next=/members").await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_has("<label class=\"label\" for=\"username\">");
        form.assert_has("<label class=\"label\" for=\"password\">");
        form.assert_has("autocomplete=\"current-password\"");
        let hidden = form.hidden_fields("/sign-in");
        assert!(hidden.iter().any(|(n, v)| n == "nonce" && v.len() == 32), "{hidden:?}");
        assert!(hidden.iter().any(|(n, v)| n == "next" && v == "/members"), "{hidden:?}");

        // Missing and wrong fields re-render with the username kept.
        let missing = visitor.fill("/sign-in", "/sign-in", &[("username", "admin"), ("password", "")]).await;
        assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(error_summary(&missing));
        missing.assert_has("Enter your username and your password");
        missing.assert_has("value=\"admin\"");
        assert!(missing.html.contains("<title>Error: Sign in"), "the title says the form failed");
        let wrong = visitor.fill("/sign-in", "/sign-in", &[("username", "admin"), ("password", "not it at all")]).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        wrong.assert_has("The username or the password is wrong");
        assert!(!wrong.has("not it at all"), "a password is never sent back");

        // The secretariat sets up its authenticator before anything else.
        let (mut admin, secret) = admin(&state).await;
        let members = admin.get("/members").await;
        members.assert_has("action=\"/sign-out\"");
        members.assert_has("Two-factor sign-in is on.");
        members.assert_has("href=\"/secretariat\"");
        let again = admin.get("/members").await;
        assert!(!again.has("Two-factor sign-in is on."), "a notice shows once");

        // Next time, the code is asked for; a wrong one is refused.
        let mut back = Visitor::new(&state);
        let signed = back
            .fill("/sign-in?next=/record", "/sign-in", &[("username", "ADMIN "), ("password", ADMIN_PASSWORD)])
            .await;
        assert_eq!(signed.location(), "/sign-in/two-factor?next=%2Frecord");
        let code_page = back.follow(&signed).await;
        let refused = back.get("/members").await;
        assert!(!refused.has("action=\"/sign-out\""), "not signed in before the code");
        let bad = back.submit(&code_page, "/sign-in/two-factor", &[("code", "12345")]).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        bad.assert_has("Enter the 6 digits of the code");
        let next_step = totp::code(&secret, totp::now_seconds() + 30).unwrap();
        let done = back.submit(&bad, "/sign-in/two-factor", &[("code", &next_step)]).await;
        assert_eq!(done.location(), "/record");
        assert_eq!(back.get("/sign-in").await.location(), "/secretariat", "signed in: no form");
        let mut third = Visitor::new(&state);
        let reused = third.fill("/sign-in", "/sign-in", &[("username", "admin"), ("password", ADMIN_PASSWORD)]).await;
        let code_page = third.follow(&reused).await;
        let reused = third.submit(&code_page, "/sign-in/two-factor", &[("code", &next_step)]).await;
        reused.assert_has("The code is wrong or was already used");

        // Signing out ends the session: its cookie no longer signs in.
        let page = admin.get("/record").await;
        let out = admin.submit(&page, "/sign-out", &[]).await;
        assert_eq!(out.location(), "/");
        assert!(admin.cookie("concord_session").is_none());
        let home = admin.follow(&out).await;
        home.assert_has("You are signed out.");
        assert!(!home.has("action=\"/sign-out\""));
    })
    .await;
}

#[tokio::test]
async fn forms_are_guarded_against_forgery_and_double_submission() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let (mut admin, _) = admin(&state).await;
        let page = admin.get("/account/two-factor").await;

        // Without the session's token: refused, in the user's language.
        let mut fields = page.hidden_fields("/account/two-factor/start");
        fields.retain(|(name, _)| name != "csrf");
        let forged = admin.post("/account/two-factor/start", &fields).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        forged.assert_has("This form has expired");

        // The same form twice: the second is refused.
        let first = admin.submit(&page, "/account/two-factor/start", &[]).await;
        assert_eq!(first.status, StatusCode::SEE_OTHER);
        let second = admin.submit(&page, "/account/two-factor/start", &[]).await;
        assert_eq!(second.status, StatusCode::CONFLICT);
        second.assert_has("This form was already sent");

        // A sign-in form sent twice is refused the second time too.
        let mut visitor = crate::support::visitor::Visitor::new(&state);
        let form = visitor.get("/sign-in").await;
        let once = visitor.submit(&form, "/sign-in", &[("username", "x"), ("password", "")]).await;
        assert_eq!(once.status, StatusCode::UNPROCESSABLE_ENTITY);
        let twice = visitor.submit(&form, "/sign-in", &[("username", "x"), ("password", "")]).await;
        assert_eq!(twice.status, StatusCode::CONFLICT);
    })
    .await;
}

#[tokio::test]
async fn pages_of_the_signed_in_send_visitors_to_sign_in() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut visitor = Visitor::new(&state);
        let sent = visitor.get("/account/two-factor").await;
        assert_eq!(sent.location(), "/sign-in?next=%2Faccount%2Ftwo-factor");
        let arabic = visitor.get("/sign-in?lang=ar").await;
        arabic.assert_has("dir=\"rtl\"");
        arabic.assert_has("تسجيل الدخول");
    })
    .await;
}

#[tokio::test]
async fn next_leads_only_to_a_path_of_this_site() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let reader = json!({"username": "reader", "password": "reading all day long", "display_name": "R"});
        post(&state, &Who::anonymous(), "/api/v1/participants", reader).await.expect(StatusCode::CREATED);
        let sign_in = [("username", "reader"), ("password", "reading all day long")];

        // After POST /sign-in: the reproductions fall back to the account,
        // never a 500 (the session was created before the redirect).
        let hostile = ["/\t/evil.example", "/\n/evil.example", "/\u{1}", "/\0", "/\u{b}", "/\u{7f}", "//evil.example"];
        for next in hostile.into_iter().chain(["/\\evil.example", "https://evil.example/"]) {
            let mut visitor = Visitor::new(&state);
            let fields = [sign_in[0], sign_in[1], ("next", next)];
            let signed = visitor.fill("/sign-in", "/sign-in", &fields).await;
            assert_eq!(signed.location(), "/participation", "{next:?}");
        }

        // Signed in, GET /sign-in?next= likewise.
        let mut visitor = Visitor::new(&state);
        let signed = visitor.fill("/sign-in?next=/members", "/sign-in", &sign_in).await;
        assert_eq!(signed.location(), "/members");
        for query in ["/%09/evil.example", "/%01", "/%00", "/%0B", "/%7F", "/%5Cevil.example", "%2F%2Fevil.example"] {
            let answer = visitor.get(&format!("/sign-in?next={query}")).await;
            assert_eq!(answer.location(), "/participation", "{query}");
        }
        assert_eq!(visitor.get("/sign-in?next=/record%3Fpage%3D2").await.location(), "/record?page=2");

        // With a second factor: the code page, then the account.
        let (_, secret) = admin(&state).await;
        let mut visitor = Visitor::new(&state);
        let fields = [("username", "admin"), ("password", ADMIN_PASSWORD), ("next", "/\t/evil.example")];
        let signed = visitor.fill("/sign-in", "/sign-in", &fields).await;
        assert_eq!(signed.location(), "/sign-in/two-factor");
        let code_page = visitor.follow(&signed).await;
        let code = totp::code(&secret, totp::now_seconds() + 30).unwrap();
        let done = visitor.submit(&code_page, "/sign-in/two-factor", &[("code", &code), ("next", "/\u{1}")]).await;
        assert_eq!(done.location(), "/secretariat");
    })
    .await;
}

#[tokio::test]
async fn the_session_waiting_for_its_code_changes_nothing_and_is_renewed_by_it() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let (mut owner, secret) = admin(&state).await;
        // The owner starts setting up a new authenticator.
        let started = owner.fill("/account/two-factor", "/account/two-factor/start", &[]).await;
        assert_eq!(started.status, StatusCode::SEE_OTHER);
        let mut visitor = Visitor::new(&state);
        let signed = visitor.fill("/sign-in", "/sign-in", &[("username", "admin"), ("password", ADMIN_PASSWORD)]).await;
        let code_page = visitor.follow(&signed).await;
        let before = visitor.cookie("concord_session").unwrap().to_owned();

        // Pages that change the account send it back to the code.
        assert_eq!(visitor.get("/account/password").await.location(), "/sign-in/two-factor");
        assert_eq!(visitor.get("/account").await.location(), "/sign-in/two-factor");
        let start = visitor.get("/account/two-factor").await;
        assert_eq!(start.location(), "/sign-in/two-factor", "the owner's new secret is not shown");
        let mut fields = visitor.get("/sign-in/two-factor").await.hidden_fields("/sign-in/two-factor");
        fields.push(("code".to_owned(), "123456".to_owned()));
        assert_eq!(visitor.post("/account/two-factor", &fields).await.location(), "/sign-in/two-factor");

        // The code signs in under a new cookie; the old one is dead.
        let code = totp::code(&secret, totp::now_seconds() + 30).unwrap();
        let done = visitor.submit(&code_page, "/sign-in/two-factor", &[("code", &code)]).await;
        assert_eq!(done.location(), "/secretariat");
        let after = visitor.cookie("concord_session").unwrap().to_owned();
        assert_ne!(before, after, "the session id is new");
        let old = Who { cookie: Some(before), ..Who::default() };
        call(&state, &old, Method::GET, "/api/v1/accounts/me", None).await.expect(StatusCode::UNAUTHORIZED);
        visitor.get("/account").await.assert_has("action=\"/sign-out\"");
    })
    .await;
}
