//! Delegations through the pages: the secretariat accredits a head of
//! delegation on `/secretariat/accreditation`, the head invites, removes
//! and revokes on `/delegation`, and a member state's page shows its
//! delegation.

use axum::http::{Method, StatusCode, header};
use serde_json::json;
use server::AppState;
use store::scratch::on_each_backend;

use crate::session::{admin, with_new_authenticator};
use crate::support::visitor::{Page, Visitor, unescape};
use crate::support::{self, Who, call, state};

const ACCREDITATION: &str = "/secretariat/accreditation";

/// The token at the end of the invitation link shown on `page`.
fn token_of(page: &Page) -> String {
    let link = page.text_of_id("invitation-link").expect("the link is shown");
    assert!(link.contains("/invitations/"), "{link}");
    link.rsplit('/').next().expect("a token").to_owned()
}

/// Accepts an invitation link through the API as a new person; returns
/// their handle and the record entry of their appointment.
async fn accept(state: &AppState, token: &str, username: &str) -> (String, u64) {
    let created = crate::support::accept_invitation(state, token, username).await;
    (created["handle"].as_str().expect("a handle").to_owned(), created["log_index"].as_u64().expect("an entry"))
}

/// The actions of the revoke forms on `page`, in order.
fn revoke_actions(page: &Page) -> Vec<String> {
    page.html
        .match_indices("action=\"/invitations/")
        .map(|(at, _)| {
            let rest = &page.html[at + "action=\"".len()..];
            unescape(&rest[..rest.find('"').expect("the attribute ends")])
        })
        .collect()
}

#[tokio::test]
async fn the_secretariat_accredits_a_head_who_manages_the_delegation() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let (mut admin, _) = admin(&state).await;

        // The landing page links the secretariat's two screens.
        let landing = admin.get("/secretariat").await;
        assert_eq!(landing.status, StatusCode::OK);
        landing.assert_has("href=\"/secretariat/accreditation\"");
        landing.assert_has("href=\"/secretariat/organizations\"");

        // The form: every state in a select, named in the page language.
        let form = admin.get(ACCREDITATION).await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_has("<label class=\"label\" for=\"member\">Member state</label>");
        form.assert_has("<option value=\"KEN\">Kenya</option>");
        form.assert_has("No invitation has been issued yet.");
        form.assert_has("No head of delegation has been accredited yet.");

        // Validation: no state, an unknown state, no note; input kept.
        let missing = admin.submit(&form, ACCREDITATION, &[("member", ""), ("note", "Minister Wanjiru")]).await;
        assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
        missing.assert_has("class=\"error-summary\"");
        missing.assert_has("<a href=\"#member\">Choose the member state of the delegation</a>");
        missing.assert_has("value=\"Minister Wanjiru\"");
        assert!(missing.html.contains("<title>Error: "), "the title says the form failed");
        let unknown = admin.fill(ACCREDITATION, ACCREDITATION, &[("member", "XYZ"), ("note", "Someone")]).await;
        assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
        unknown.assert_has("Choose a member state from the list");
        let no_note = admin.fill(ACCREDITATION, ACCREDITATION, &[("member", "KEN"), ("note", " ")]).await;
        assert_eq!(no_note.status, StatusCode::UNPROCESSABLE_ENTITY);
        no_note.assert_has("Enter who the invitation is for");
        no_note.assert_has("<option value=\"KEN\" selected>Kenya</option>");

        // Kenya: the link is shown once, in the answer, never stored.
        let form = admin.get(ACCREDITATION).await;
        let issued = admin.submit(&form, ACCREDITATION, &[("member", "KEN"), ("note", "Minister Wanjiru")]).await;
        assert_eq!(issued.status, StatusCode::CREATED, "{}", issued.html);
        issued.assert_has("Invitation link created");
        issued.assert_has("(Minister Wanjiru)");
        assert_eq!(issued.headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
        let token = token_of(&issued);
        let again = admin.submit(&form, ACCREDITATION, &[("member", "KEN"), ("note", "Minister Wanjiru")]).await;
        assert_eq!(again.status, StatusCode::CONFLICT, "a refresh makes no second link");
        let listed = admin.get(ACCREDITATION).await;
        listed.assert_has("<td>Minister Wanjiru</td>");
        listed.assert_has("<td>Kenya</td>");
        listed.assert_has(">Open</strong>");
        assert!(!listed.has(&token), "the token is never shown again");

        // The head accepts; a second head for Kenya is refused beside the field.
        let (head, joined) = accept(&state, &token, "wanjiru").await;
        let second = admin.fill(ACCREDITATION, ACCREDITATION, &[("member", "KEN"), ("note", "Another")]).await;
        assert_eq!(second.status, StatusCode::UNPROCESSABLE_ENTITY);
        second.assert_has("<a href=\"#member\">Kenya already has a head of delegation</a>");
        second.assert_has("id=\"member-error\"");
        second.assert_has(">Used</strong>");
        second.assert_has("<a href=\"/members/KEN\">Kenya</a>");
        second.assert_has(&head);

        // The member state's page shows the head and the entry of the accreditation.
        let mut public = Visitor::new(&state);
        let kenya = public.get("/members/KEN").await;
        kenya.assert_has(&head);
        kenya.assert_has("Head of delegation");
        kenya.assert_has(&format!("href=\"/record/entries/{joined}\""));
        assert!(!kenya.has("No delegation has been accredited"), "{}", kenya.html);
        public.get("/members/UGA").await.assert_has("No delegation has been accredited for this state yet.");

        // The head signs in through the pages, with two-factor sign-in.
        let (mut head_visitor, _) = with_new_authenticator(&state, "wanjiru", "wanjiru password").await;
        let page = head_visitor.get("/delegation").await;
        assert_eq!(page.status, StatusCode::OK);
        page.assert_has("<h1 class=\"heading-xl\">Delegation of Kenya</h1>");
        page.assert_has(&head);
        page.assert_has("<legend class=\"label\">Invite as</legend>");
        page.assert_has("You have not issued any invitation yet.");
        assert!(!page.has("/remove\""), "the head is not removed here");

        // Inviting: each problem beside its field, the input kept.
        let bad = head_visitor
            .submit(&page, "/delegation/invitations", &[("note", "Deputy Otieno"), ("email", "not-an-address")])
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        bad.assert_has("<a href=\"#kind-delegate\">Choose delegate or alternate</a>");
        bad.assert_has("Enter an e-mail address in the correct format");
        bad.assert_has("value=\"Deputy Otieno\"");
        bad.assert_has("value=\"not-an-address\"");
        let no_note =
            head_visitor.fill("/delegation", "/delegation/invitations", &[("kind", "alternate"), ("note", "")]).await;
        assert_eq!(no_note.status, StatusCode::UNPROCESSABLE_ENTITY);
        no_note.assert_has("Enter who the invitation is for");
        no_note.assert_has("value=\"alternate\" checked");

        // A delegate: the link, once.
        let delegate_link = head_visitor
            .fill("/delegation", "/delegation/invitations", &[("kind", "delegate"), ("note", "Deputy Otieno")])
            .await;
        assert_eq!(delegate_link.status, StatusCode::CREATED, "{}", delegate_link.html);
        assert!(!delegate_link.has("sent"), "no address, no word of e-mail");
        let (delegate, _) = accept(&state, &token_of(&delegate_link), "otieno").await;

        // An alternate, with an address this server cannot mail.
        let alternate_link = head_visitor
            .fill(
                "/delegation",
                "/delegation/invitations",
                &[("kind", "alternate"), ("note", "Alternate Achieng"), ("email", "achieng@example.org")],
            )
            .await;
        assert_eq!(alternate_link.status, StatusCode::CREATED);
        // Without SMTP nothing failed: the head is told to hand the link over.
        alternate_link.assert_has("This server does not send e-mail: give the link to the person yourself.");
        assert!(!alternate_link.has("could not be sent"));

        // Removing the delegate: a confirmation, a reason of bounded length.
        let page = head_visitor.get("/delegation").await;
        let remove = format!("/delegation/people/{delegate}/remove");
        page.assert_has(&format!("href=\"{remove}\""));
        let confirm = head_visitor.get(&remove).await;
        assert_eq!(confirm.status, StatusCode::OK);
        confirm.assert_has("class=\"button button-warning\"");
        confirm.assert_has("<label class=\"label\" for=\"reason\">Reason (optional)</label>");
        let long = "x".repeat(1001);
        let too_long = head_visitor.submit(&confirm, &remove, &[("reason", &long)]).await;
        assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
        too_long.assert_has("Enter at most 1,000 characters");
        too_long.assert_has(&long);
        let removed = head_visitor.submit(&too_long, &remove, &[("reason", "Reassigned to the capital")]).await;
        assert_eq!(removed.location(), "/delegation");
        let after = head_visitor.follow(&removed).await;
        after.assert_has("The person was removed.");
        assert!(!after.has(&remove), "{}", after.html);
        assert_eq!(head_visitor.get(&remove).await.status, StatusCode::NOT_FOUND, "no longer in the delegation");

        // The removal is a public act, with its reason.
        let (size, _) = state.store.log_sizes().await.unwrap();
        let entry = public.get(&format!("/record/entries/{}", size - 1)).await;
        entry.assert_has(&format!("{delegate} left the delegation of Kenya."));
        entry.assert_has("Reassigned to the capital");
        assert!(!public.get("/members/KEN").await.has(&delegate));

        // Revoking the open invitation of the alternate.
        let page = head_visitor.get("/delegation").await;
        page.assert_has(">Used</strong>");
        let actions = revoke_actions(&page);
        assert_eq!(actions.len(), 1, "only the open invitation can be revoked: {actions:?}");
        let revoked = head_visitor.submit(&page, &actions[0], &[]).await;
        assert_eq!(revoked.location(), "/delegation");
        let after = head_visitor.follow(&revoked).await;
        after.assert_has("The invitation was revoked.");
        after.assert_has(">Revoked</strong>");
        assert!(revoke_actions(&after).is_empty());
        let offer = format!("/api/v1/invitations/token/{}", token_of(&alternate_link));
        call(&state, &Who::anonymous(), Method::GET, &offer, None).await.expect(StatusCode::GONE);

        // Another head's handle, or no handle at all: no such page.
        assert_eq!(head_visitor.get(&format!("/delegation/people/{head}/remove")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(head_visitor.get("/delegation/people/NOT%20A%20HANDLE/remove").await.status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn only_a_head_and_the_secretariat_reach_their_pages() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;

        // Visitors are sent to sign in, and back after.
        let mut visitor = Visitor::new(&state);
        for path in ["/delegation", "/secretariat", ACCREDITATION, "/delegation/people/del.x/remove"] {
            let sent = visitor.get(path).await;
            let back = form_urlencoded::byte_serialize(path.as_bytes()).collect::<String>();
            assert_eq!(sent.location(), format!("/sign-in?next={back}"), "{path}");
        }

        // A head of Kenya, accredited on the page, and a delegate named
        // through the API.
        let (mut admin, _) = admin(&state).await;
        let issued = admin.fill(ACCREDITATION, ACCREDITATION, &[("member", "KEN"), ("note", "head")]).await;
        accept(&state, &token_of(&issued), "kenyahead").await;
        let (mut head_api, _) = support::sign_in(&state, "kenyahead", "kenyahead password").await;
        support::set_up_totp(&state, &mut head_api).await;
        let delegate = json!({"kind": "delegate", "member": "KEN", "note": "delegate"});
        support::invite_and_accept(&state, &head_api, delegate, "kenyadelegate").await;

        // The delegate is refused the secretariat's pages; its delegation
        // is read-only (issue 13).
        let mut delegate = Visitor::new(&state);
        let signed = delegate
            .fill("/sign-in", "/sign-in", &[("username", "kenyadelegate"), ("password", "kenyadelegate password")])
            .await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER);
        assert_eq!(delegate.get("/delegation").await.status, StatusCode::OK);
        for path in ["/secretariat", ACCREDITATION] {
            let refused = delegate.get(path).await;
            assert_eq!(refused.status, StatusCode::FORBIDDEN, "{path}");
            refused.assert_has("You cannot use this page");
            refused.assert_has("action=\"/sign-out\"");
        }
        assert!(!delegate.get("/members").await.has("href=\"/secretariat\""), "no link to what is refused");

        // The secretariat has no delegation; a head no secretariat.
        assert_eq!(admin.get("/delegation").await.status, StatusCode::FORBIDDEN);
        let mut head = Visitor::new(&state);
        let signed =
            head.fill("/sign-in", "/sign-in", &[("username", "kenyahead"), ("password", "kenyahead password")]).await;
        assert_eq!(signed.location(), "/sign-in/two-factor");
        assert_eq!(head.get("/delegation").await.location(), "/sign-in/two-factor", "the code comes first");
    })
    .await;
}

#[tokio::test]
async fn the_pages_speak_arabic_right_to_left() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let (mut admin, _) = admin(&state).await;
        let form = admin.get("/secretariat/accreditation?lang=ar").await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_has("<html lang=\"ar\" dir=\"rtl\">");
        form.assert_has("اعتماد رؤساء الوفود");
        form.assert_has("<option value=\"KEN\">كينيا</option>");
        let missing = admin.submit(&form, ACCREDITATION, &[("member", ""), ("note", "الوزير")]).await;
        assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
        missing.assert_has("اختر الدولة العضو التي يمثلها الوفد");
        missing.assert_has("value=\"الوزير\"");
        let issued = admin.fill(ACCREDITATION, ACCREDITATION, &[("member", "KEN"), ("note", "الوزير")]).await;
        assert_eq!(issued.status, StatusCode::CREATED);
        issued.assert_has("تم إنشاء رابط الدعوة");
        accept(&state, &token_of(&issued), "arabichead").await;
        let taken = admin.fill(ACCREDITATION, ACCREDITATION, &[("member", "KEN"), ("note", "آخر")]).await;
        assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
        taken.assert_has("رئيس وفد بالفعل");
        assert!(!taken.has("already"), "no English on an Arabic page");
        // The secretariat revokes an open invitation from its list.
        let uganda = admin.fill(ACCREDITATION, ACCREDITATION, &[("member", "UGA"), ("note", "أوغندا")]).await;
        assert_eq!(uganda.status, StatusCode::CREATED);
        let list = admin.get(ACCREDITATION).await;
        let actions = revoke_actions(&list);
        assert_eq!(actions.len(), 1, "{actions:?}");
        let revoked = admin.submit(&list, &actions[0], &[]).await;
        assert_eq!(revoked.location(), ACCREDITATION);
        admin.follow(&revoked).await.assert_has("أُلغيت الدعوة");
        let landing = admin.get("/secretariat").await;
        landing.assert_has("dir=\"rtl\"");
        landing.assert_has("قبول المنظمات");
    })
    .await;
}

#[tokio::test]
async fn the_secretariat_withdraws_a_head_with_a_public_reason() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let (mut admin, _) = admin(&state).await;
        let issued = admin.fill(ACCREDITATION, ACCREDITATION, &[("member", "GHA"), ("note", "Kwame")]).await;
        assert_eq!(issued.status, StatusCode::CREATED, "{}", issued.html);
        let (head, _) = accept(&state, &token_of(&issued), "ghana").await;

        let page = admin.get(ACCREDITATION).await;
        page.assert_has("href=\"/secretariat/accreditation/GHA/withdraw\"");
        let confirm = admin.get("/secretariat/accreditation/gha/withdraw").await;
        assert_eq!(confirm.status, StatusCode::OK);
        confirm.assert_has(&format!("Remove {head} from the delegation"));
        confirm.assert_has("href=\"/secretariat/accreditation\"");
        let action = "/secretariat/accreditation/GHA/withdraw";
        let long = "x".repeat(1001);
        let refused = admin.submit(&confirm, action, &[("reason", &long)]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.html);
        let done = admin.submit(&refused, action, &[("reason", "Credentials replaced by the new government")]).await;
        assert_eq!(done.location(), ACCREDITATION);
        admin.follow(&done).await.assert_has("The person was removed.");

        // The state has no head any more, the record says why, and a state
        // without a head has nothing to withdraw.
        admin.get("/members/GHA").await.assert_has("No delegation has been accredited for this state yet.");
        let record = admin.get("/record?lang=en").await;
        record.assert_has(&format!("{head} left the delegation of Ghana."));
        assert_eq!(admin.get("/secretariat/accreditation/GHA/withdraw").await.status, StatusCode::NOT_FOUND);
        assert_eq!(admin.get("/secretariat/accreditation/XYZ/withdraw").await.status, StatusCode::NOT_FOUND);

        // Visitors are sent to sign in first.
        let mut visitor = Visitor::new(&state);
        let sent = visitor.get("/secretariat/accreditation/GHA/withdraw").await;
        assert!(sent.location().starts_with("/sign-in?next="));
    })
    .await;
}
