//! Issue 13, parts 2 and 3: every signed-in role lands on a page with
//! something to do (the secretariat's work, the delegation, what a
//! participant or observer takes part in), in the six languages, and no
//! link of its navigation answers 403; the names of people are shown to
//! those who may see them (the secretariat, a head for its delegation) and
//! to nobody else, on the pages and over the API.

use axum::http::{Method, StatusCode};
use domain::lang::Lang;
use serde_json::{Value, json};
use server::AppState;
use store::scratch::on_each_backend;

use crate::support::visitor::{Page, Visitor};
use crate::support::{self, Who, call, post, state};

/// Accepts an invitation through the API as `username`, with a display
/// name and an e-mail address of their own; returns the new handle.
async fn accept(state: &AppState, inviter: &Who, invitation: Value, username: &str, name: &str) -> String {
    let issued = post(state, inviter, "/api/v1/invitations", invitation).await.expect(StatusCode::CREATED).json();
    let account = json!({
        "username": username,
        "password": format!("{username} password"),
        "display_name": name,
        "email": format!("{username}@example.org"),
    });
    let token = issued["token"].as_str().unwrap();
    let created = post(state, &Who::anonymous(), &format!("/api/v1/invitations/token/{token}/accept"), account)
        .await
        .expect(StatusCode::CREATED)
        .json();
    created["handle"].as_str().unwrap().to_owned()
}

/// Signs up a participant through the API; returns the handle.
async fn sign_up(state: &AppState, username: &str, name: &str) -> String {
    let account = json!({
        "username": username,
        "password": format!("{username} password"),
        "display_name": name,
        "email": format!("{username}@example.org"),
    });
    let created = post(state, &Who::anonymous(), "/api/v1/participants", account).await.expect(StatusCode::CREATED);
    created.json()["handle"].as_str().unwrap().to_owned()
}

/// Signs `username` in through the pages (a role without a second
/// factor); returns the visitor and where the sign-in led.
async fn sign_in(state: &AppState, username: &str) -> (Visitor, String) {
    let mut visitor = Visitor::new(state);
    let password = format!("{username} password");
    let signed = visitor.fill("/sign-in", "/sign-in", &[("username", username), ("password", &password)]).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{username}: {}", signed.html);
    let to = signed.location().to_owned();
    (visitor, to)
}

/// The addresses of the main navigation of `page`.
fn navigation(page: &Page) -> Vec<String> {
    let start = page.html.find("<nav class=\"width nav\"").expect("the main navigation");
    let end = start + page.html[start..].find("</nav>").unwrap();
    page.html[start..end]
        .match_indices("href=\"")
        .map(|(at, _)| {
            let rest = &page.html[start + at + "href=\"".len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect()
}

/// The world of the tests: the secretariat, Kenya's head, a delegate and
/// an alternate, a Ghanaian delegate, an observer and a participant.
struct World {
    admin: Who,
    /// The secret of the administrator's authenticator.
    admin_secret: String,
    /// Kenya's head over the API, signed in with two factors.
    head_who: Who,
    /// The secret of the head's authenticator.
    head_secret: String,
    head: String,
    delegate: String,
    alternate: String,
    ghana_delegate: String,
    observer: String,
    participant: String,
}

async fn world(state: &AppState) -> World {
    let (mut admin, _) = support::sign_in(state, "admin", support::ADMIN_PASSWORD).await;
    let admin_secret = support::set_up_totp(state, &mut admin).await;
    let head = accept(state, &admin, json!({"kind": "head", "member": "KEN"}), "wanjiru", "Amina Wanjiru").await;
    let ghana_head = accept(state, &admin, json!({"kind": "head", "member": "GHA"}), "kofi", "Kofi Mensah").await;
    let observer = accept(state, &admin, json!({"kind": "observer"}), "olga", "Olga Observer").await;
    let (mut head_who, _) = support::sign_in(state, "wanjiru", "wanjiru password").await;
    let head_secret = support::set_up_totp(state, &mut head_who).await;
    let delegate =
        accept(state, &head_who, json!({"kind": "delegate", "member": "KEN"}), "otieno", "Otieno Odhiambo").await;
    let alternate =
        accept(state, &head_who, json!({"kind": "alternate", "member": "KEN"}), "achieng", "Achieng Atieno").await;
    let (mut ghana_who, _) = support::sign_in(state, "kofi", "kofi password").await;
    support::set_up_totp(state, &mut ghana_who).await;
    let ghana_delegate =
        accept(state, &ghana_who, json!({"kind": "delegate", "member": "GHA"}), "ama", "Ama Owusu").await;
    drop(ghana_head);
    let participant = sign_up(state, "lucia", "Lucía Pérez").await;
    World {
        admin,
        admin_secret,
        head_who,
        head_secret,
        head,
        delegate,
        alternate,
        ghana_delegate,
        observer,
        participant,
    }
}

/// Signs in through the pages someone whose authenticator has `secret`,
/// with the code of the next time step (the current one was used to set
/// the authenticator up); returns the visitor and where the code led.
pub async fn signs_in_with_code(state: &AppState, username: &str, password: &str, secret: &str) -> (Visitor, String) {
    let mut visitor = Visitor::new(state);
    let signed = visitor.fill("/sign-in", "/sign-in", &[("username", username), ("password", password)]).await;
    let to = signed.location().to_owned();
    assert_eq!(to, "/sign-in/two-factor");
    let code = server::auth::totp::code(secret, server::auth::totp::now_seconds() + 30).unwrap();
    let done = visitor.fill(&to, "/sign-in/two-factor", &[("code", &code)]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.html);
    let to = done.location().to_owned();
    (visitor, to)
}

/// Every page of `visitor`'s navigation answers 200, in every language,
/// starting from `home`, which has something to do (`expected`).
async fn check_home(visitor: &mut Visitor, who: &str, home: &str, expected: &[&str]) {
    for lang in Lang::ALL {
        let page = visitor.get(&format!("{home}?lang={}", lang.code())).await;
        assert_eq!(page.status, StatusCode::OK, "{who}'s home {home} in {lang}:\n{}", page.html);
        page.assert_has(&format!("<html lang=\"{}\"", lang.code()));
        page.assert_has(&format!("href=\"{home}\" aria-current=\"page\""));
        for link in navigation(&page) {
            let answer = visitor.get(&link).await;
            assert_eq!(answer.status, StatusCode::OK, "{who}: {link} from the navigation in {lang}");
        }
    }
    let english = visitor.get(&format!("{home}?lang=en")).await;
    for text in expected {
        english.assert_has(text);
    }
}

#[tokio::test]
async fn every_role_lands_on_a_page_with_something_to_do() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let world = world(&state).await;

        // The secretariat and the head set up their second factor on the
        // way and land on their work.
        let (mut secretariat, to) =
            signs_in_with_code(&state, "admin", support::ADMIN_PASSWORD, &world.admin_secret).await;
        assert_eq!(to, "/secretariat");
        check_home(
            &mut secretariat,
            "the secretariat",
            "/secretariat",
            &["href=\"/secretariat/accreditation\"", "href=\"/secretariat/documents\""],
        )
        .await;
        let (mut head, to) = signs_in_with_code(&state, "wanjiru", "wanjiru password", &world.head_secret).await;
        assert_eq!(to, "/delegation");
        check_home(&mut head, "the head", "/delegation", &["action=\"/delegation/invitations\"", &world.delegate])
            .await;

        // A delegate and an alternate see their delegation, read-only.
        for (username, role) in [("otieno", "a delegate"), ("achieng", "an alternate")] {
            let (mut visitor, to) = sign_in(&state, username).await;
            assert_eq!(to, "/delegation", "{username}");
            check_home(
                &mut visitor,
                username,
                "/delegation",
                &[&format!("You are {role} in the delegation of Kenya."), &world.head, "href=\"/documents\""],
            )
            .await;
            let page = visitor.get("/delegation").await;
            assert!(!page.has("action=\"/delegation/invitations\""), "{username} invites nobody");
            assert!(!page.has("/remove\""), "{username} removes nobody");
            assert!(!page.has("Amina Wanjiru"), "{username} sees handles only");
        }

        // A participant and an observer see what they take part in.
        let (mut participant, to) = sign_in(&state, "lucia").await;
        assert_eq!(to, "/participation");
        check_home(
            &mut participant,
            "the participant",
            "/participation",
            &["href=\"/organizations/apply\"", "You have not applied for an organization"],
        )
        .await;
        let (mut observer, to) = sign_in(&state, "olga").await;
        assert_eq!(to, "/participation");
        check_home(&mut observer, "the observer", "/participation", &["You are an accredited observer"]).await;
        assert!(!observer.get("/participation").await.has("/organizations/apply"), "observers do not apply");

        // A page asked for before signing in still comes first.
        let mut visitor = Visitor::new(&state);
        let signed = visitor
            .fill("/sign-in?next=/documents", "/sign-in", &[("username", "lucia"), ("password", "lucia password")])
            .await;
        assert_eq!(signed.location(), "/documents");

        // Each home is its role's: others are sent to theirs.
        assert_eq!(participant.get("/delegation").await.status, StatusCode::FORBIDDEN);
        assert_eq!(secretariat.get("/participation").await.location(), "/secretariat");
        assert_eq!(Visitor::new(&state).get("/participation").await.location(), "/sign-in?next=%2Fparticipation");
        let _ = (&world.admin, &world.alternate, &world.ghana_delegate, &world.observer, &world.participant);
    })
    .await;
}

#[tokio::test]
async fn names_are_shown_to_those_who_may_see_them() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let world = world(&state).await;
        let delegate_name = "Otieno Odhiambo";
        let delegate_email = "otieno@example.org";

        // The secretariat: every screen names the people beside their handles.
        let (mut secretariat, _) =
            signs_in_with_code(&state, "admin", support::ADMIN_PASSWORD, &world.admin_secret).await;
        let accreditation = secretariat.get("/secretariat/accreditation").await;
        accreditation.assert_has("Amina Wanjiru");
        accreditation.assert_has("wanjiru@example.org");
        accreditation.assert_has("Kofi Mensah");
        accreditation.assert_has(&world.head);
        accreditation.assert_has("<th scope=\"col\">Used by</th>");
        let kenya = secretariat.get("/members/KEN").await;
        kenya.assert_has(delegate_name);
        kenya.assert_has(delegate_email);
        kenya.assert_has(&world.delegate);
        secretariat.get("/members/GHA").await.assert_has("Ama Owusu");

        // The participant applies; the admission screen names the applicant.
        let (mut lucia, _) = sign_in(&state, "lucia").await;
        let applied = lucia
            .fill(
                "/organizations/apply",
                "/organizations/apply",
                &[("name", "Red Abierta"), ("chamber", "civil_society"), ("country", "CHL")],
            )
            .await;
        assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.html);
        let organization = applied.location().to_owned();
        let admissions = secretariat.get("/secretariat/organizations").await;
        admissions.assert_has("Lucía Pérez");
        admissions.assert_has("lucia@example.org");
        secretariat.get(&organization).await.assert_has("Lucía Pérez");

        // A head: the names of its own delegation, not of another.
        let (mut head, _) = signs_in_with_code(&state, "wanjiru", "wanjiru password", &world.head_secret).await;
        let delegation = head.get("/delegation").await;
        delegation.assert_has(delegate_name);
        delegation.assert_has(delegate_email);
        delegation.assert_has("Achieng Atieno");
        delegation.assert_has("<th scope=\"col\">Used by</th>");
        head.get("/members/KEN").await.assert_has(delegate_name);
        let ghana = head.get("/members/GHA").await;
        ghana.assert_has(&world.ghana_delegate);
        assert!(!ghana.has("Ama Owusu") && !ghana.has("Kofi Mensah"), "another delegation's names");
        assert!(!head.get(&organization).await.has("Lucía Pérez"), "a participant's name");

        // A delegate, a participant and the public: handles only.
        let (mut delegate, _) = sign_in(&state, "otieno").await;
        let mut public = Visitor::new(&state);
        for (who, visitor) in
            [("the delegate", &mut delegate), ("the participant", &mut lucia), ("a visitor", &mut public)]
        {
            for path in ["/members/KEN", "/members/GHA", organization.as_str(), "/"] {
                let page = visitor.get(path).await;
                assert_eq!(page.status, StatusCode::OK, "{who} on {path}");
                for name in ["Amina Wanjiru", "Achieng Atieno", "Ama Owusu", "@example.org"] {
                    assert!(!page.has(name), "{who} sees {name} on {path}");
                }
                if path == "/members/KEN" {
                    page.assert_has(&world.delegate);
                }
            }
        }

        // Over the API: the same rule.
        let details = format!("/api/v1/people/{}", world.delegate);
        let seen = call(&state, &world.admin, Method::GET, &details, None).await.expect(StatusCode::OK).json();
        assert_eq!(seen["display_name"], delegate_name);
        assert_eq!(seen["email"], delegate_email);
        assert_eq!(seen["handle"], world.delegate.as_str());
        let head_who = &world.head_who;
        let by_head = call(&state, head_who, Method::GET, &details, None).await.expect(StatusCode::OK).json();
        assert_eq!(by_head["display_name"], delegate_name);
        let other = format!("/api/v1/people/{}", world.ghana_delegate);
        call(&state, head_who, Method::GET, &other, None).await.expect(StatusCode::FORBIDDEN);
        call(&state, head_who, Method::GET, &format!("/api/v1/people/{}", world.participant), None)
            .await
            .expect(StatusCode::FORBIDDEN);
        let (delegate_who, _) = support::sign_in(&state, "otieno", "otieno password").await;
        let (participant_who, _) = support::sign_in(&state, "lucia", "lucia password").await;
        let (observer_who, _) = support::sign_in(&state, "olga", "olga password").await;
        for who in [&delegate_who, &participant_who, &observer_who] {
            call(&state, who, Method::GET, &details, None).await.expect(StatusCode::FORBIDDEN);
        }
        call(&state, &Who::anonymous(), Method::GET, &details, None).await.expect(StatusCode::UNAUTHORIZED);
        call(&state, &world.admin, Method::GET, "/api/v1/people/p.nobody00", None).await.expect(StatusCode::NOT_FOUND);
        call(&state, &world.admin, Method::GET, "/api/v1/people/NOT%20A%20HANDLE", None)
            .await
            .expect(StatusCode::BAD_REQUEST);
    })
    .await;
}
