//! Stakeholder organizations through the pages: a participant applies, the
//! secretariat admits, the applicant manages the members; the list, its
//! filters and a page in another language.

use axum::http::StatusCode;
use serde_json::json;
use store::scratch::on_each_backend;

use crate::session;
use crate::support::visitor::{Visitor, unescape};
use crate::support::{Who, post, state};

/// Signs a new participant up through the API and in through the pages.
async fn participant(state: &server::AppState, username: &str) -> Visitor {
    let account = json!({"username": username, "password": format!("{username} password"), "display_name": username});
    post(state, &Who::anonymous(), "/api/v1/participants", account).await.expect(StatusCode::CREATED);
    let mut visitor = Visitor::new(state);
    let password = format!("{username} password");
    let signed = visitor.fill("/sign-in", "/sign-in", &[("username", username), ("password", password.as_str())]).await;
    assert_eq!(signed.location(), "/participation");
    visitor
}

#[tokio::test]
async fn a_participant_applies_the_secretariat_admits_and_the_manager_invites_and_removes() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut alice = participant(&state, "alice").await;

        // The list offers participants to apply.
        let list = alice.get("/organizations").await;
        assert_eq!(list.status, StatusCode::OK);
        list.assert_has("href=\"/organizations/apply\"");
        list.assert_has("Civil society");

        // A missing name and a bad web site are shown beside their fields,
        // with the input kept.
        let form = alice.get("/organizations/apply").await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_has("<legend class=\"label\">Chamber</legend>");
        form.assert_has("<option value=\"KEN\">Kenya</option>");
        let missing = alice
            .submit(
                &form,
                "/organizations/apply",
                &[("name", ""), ("chamber", "research"), ("country", "KEN"), ("website", "https://uni.example")],
            )
            .await;
        assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(missing.html.contains("<title>Error: Apply for your organization"));
        missing.assert_has("<a href=\"#name\">Enter the name of the organization</a>");
        missing.assert_has("value=\"research\" checked");
        missing.assert_has("<option value=\"KEN\" selected>");
        missing.assert_has("value=\"https://uni.example\"");
        let bad_site = alice
            .submit(
                &missing,
                "/organizations/apply",
                &[("name", "Nairobi AI Lab"), ("chamber", "research"), ("country", "KEN"), ("website", "uni.example")],
            )
            .await;
        assert_eq!(bad_site.status, StatusCode::UNPROCESSABLE_ENTITY);
        bad_site.assert_has("<a href=\"#website\">Enter a web address");
        bad_site.assert_has("value=\"Nairobi AI Lab\"");
        let no_chamber = alice.submit(&bad_site, "/organizations/apply", &[("name", "Nairobi AI Lab")]).await;
        assert_eq!(no_chamber.status, StatusCode::UNPROCESSABLE_ENTITY);
        no_chamber.assert_has("<a href=\"#chamber\">Choose the chamber of the organization</a>");

        // The application is recorded; the organization shows as applied.
        let applied = alice
            .submit(
                &no_chamber,
                "/organizations/apply",
                &[
                    ("name", "Nairobi AI Lab"),
                    ("chamber", "research"),
                    ("country", "KEN"),
                    ("website", "https://uni.example"),
                ],
            )
            .await;
        assert_eq!(applied.location(), "/organizations/1");
        let page = alice.follow(&applied).await;
        page.assert_has("Your application was recorded.");
        page.assert_has("<h1 class=\"heading-xl\">Nairobi AI Lab</h1>");
        page.assert_has("href=\"https://uni.example\" rel=\"nofollow noopener\"");
        page.assert_has("href=\"/members/KEN\">Kenya</a>");
        page.assert_has(">Applied</strong>");
        assert!(!page.has("action=\"/organizations/1/invitations\""), "no invitations before admission");
        let list = alice.get("/organizations?status=applied").await;
        list.assert_has("<a href=\"/organizations/1\">Nairobi AI Lab</a>");
        list.assert_has("1 organization found");

        // A second application waits for the first.
        let again = alice
            .fill("/organizations/apply", "/organizations/apply", &[("name", "Other"), ("chamber", "industry")])
            .await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
        again.assert_has("Your earlier application is still waiting for a decision.");

        // A participant may not decide.
        let refused = alice.get("/secretariat/organizations").await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let mut visitor = Visitor::new(&state);
        let sent = visitor.get("/secretariat/organizations").await;
        assert_eq!(sent.location(), "/sign-in?next=%2Fsecretariat%2Forganizations");
        assert_eq!(visitor.get("/organizations/apply").await.location(), "/sign-in?next=%2Forganizations%2Fapply");

        // The secretariat sees the application; declining needs a reason.
        let (mut admin, _) = session::admin(&state).await;
        let screen = admin.get("/secretariat/organizations").await;
        assert_eq!(screen.status, StatusCode::OK);
        screen.assert_has("<a href=\"/organizations/1\">Nairobi AI Lab</a>");
        screen.assert_has("No application has been decided yet.");
        let no_reason = admin
            .submit(&screen, "/secretariat/organizations/1/decision", &[("decision", "decline"), ("reason", " ")])
            .await;
        assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
        no_reason.assert_has("<a href=\"#reason-1\">Enter the reason for declining</a>");
        no_reason.assert_has("value=\"decline\" checked");
        let no_choice =
            admin.submit(&no_reason, "/secretariat/organizations/1/decision", &[("reason", "Not yet")]).await;
        assert_eq!(no_choice.status, StatusCode::UNPROCESSABLE_ENTITY);
        no_choice.assert_has("<a href=\"#decision-1-admit\">Choose whether to admit or decline");
        no_choice.assert_has(">Not yet</textarea>");

        // Admitting records an entry in the public record.
        let (before, _) = state.store.log_sizes().await.unwrap();
        let admitted =
            admin.submit(&no_choice, "/secretariat/organizations/1/decision", &[("decision", "admit")]).await;
        assert_eq!(admitted.location(), "/secretariat/organizations");
        let screen = admin.follow(&admitted).await;
        screen.assert_has("The decision was recorded in the public record.");
        screen.assert_has("No application is waiting for a decision.");
        screen.assert_has(&format!("href=\"/record/entries/{before}\""));
        let entry = admin.get(&format!("/record/entries/{before}")).await;
        assert_eq!(entry.status, StatusCode::OK);
        entry.assert_has("Nairobi AI Lab was admitted.");

        // The applicant now manages the organization and invites a member.
        let page = alice.get("/organizations/1").await;
        page.assert_has(">Admitted</strong>");
        page.assert_has("action=\"/organizations/1/invitations\"");
        let long = "x".repeat(201);
        let too_long = alice.submit(&page, "/organizations/1/invitations", &[("note", long.as_str())]).await;
        assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
        too_long.assert_has("<a href=\"#note\">Enter at most 200 characters</a>");
        let invited = alice.submit(&too_long, "/organizations/1/invitations", &[("note", "Bob")]).await;
        assert_eq!(invited.status, StatusCode::CREATED);
        assert_eq!(invited.headers.get("cache-control").unwrap(), "no-store");
        invited.assert_has("It works once, until");
        let link = invited.text_of_id("invitation-link").expect("the link is shown");
        let token = unescape(link.rsplit('/').next().unwrap());
        let again = alice.get("/organizations/1").await;
        assert!(!again.has(&token), "the link is shown once");

        // The invitee accepts and appears as a member.
        let created = crate::support::accept_invitation(&state, &token, "bob").await;
        let bob = created["handle"].as_str().unwrap().to_owned();
        let page = alice.get("/organizations/1").await;
        page.assert_has(&format!("<span class=\"code\" dir=\"ltr\">{bob}</span>"));
        let remove = format!("/organizations/1/members/{bob}/remove");
        page.assert_has(&format!("Remove {bob}"));

        // Others may not remove; the manager removes them.
        let mut carol = participant(&state, "carol").await;
        let seen = carol.get("/organizations/1").await;
        assert!(!seen.has(&remove), "only the manager sees remove buttons");
        let forged = carol.post(&remove, &seen.hidden_fields("/sign-out")).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        let removed = alice.submit(&page, &remove, &[]).await;
        assert_eq!(removed.location(), "/organizations/1");
        let page = alice.follow(&removed).await;
        page.assert_has("The person was removed.");
        assert!(!page.has(&format!("{bob}</span>")), "no longer a member");
    })
    .await;
}

#[tokio::test]
async fn the_list_filters_by_chamber_and_speaks_the_page_language() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        for (who, name, chamber) in
            [("dora", "Acme Robotics", "industry"), ("erin", "Open Data Watch", "civil_society")]
        {
            let mut person = participant(&state, who).await;
            let applied = person
                .fill("/organizations/apply", "/organizations/apply", &[("name", name), ("chamber", chamber)])
                .await;
            assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.html);
        }
        let mut visitor = Visitor::new(&state);
        let all = visitor.get("/organizations").await;
        all.assert_has("2 organizations found");
        all.assert_has("href=\"/organizations/apply\"");
        all.assert_has("To apply, you need an account.");
        let industry = visitor.get("/organizations?chamber=industry").await;
        industry.assert_has("Acme Robotics");
        assert!(!industry.has("Open Data Watch"));
        industry.assert_has("<option value=\"industry\" selected>");
        let bad = visitor.get("/organizations?chamber=guilds&status=lost").await;
        assert_eq!(bad.status, StatusCode::OK);
        bad.assert_has("<a href=\"#chamber\">Choose a chamber from the list</a>");
        bad.assert_has("<a href=\"#status\">Choose a status from the list</a>");

        // Arabic and Chinese: right to left, localized chamber names.
        let arabic = visitor.get("/organizations?chamber=civil_society&lang=ar").await;
        arabic.assert_has("dir=\"rtl\"");
        arabic.assert_has("<td>المجتمع المدني</td>");
        arabic.assert_has("Open Data Watch");
        let chinese = visitor.get("/organizations/1?lang=zh").await;
        chinese.assert_has("lang=\"zh\"");
        chinese.assert_has("产业界");

        // Unknown organizations are not found.
        assert_eq!(visitor.get("/organizations/99").await.status, StatusCode::NOT_FOUND);
        assert_eq!(visitor.get("/organizations/abc").await.status, StatusCode::NOT_FOUND);
    })
    .await;
}
