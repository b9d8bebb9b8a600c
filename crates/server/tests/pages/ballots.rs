//! Issue 16: ballots through the pages. The secretariat opens a ballot, a
//! delegate votes with the key the server keeps for the delegation, a head
//! gives the state's proxy and the holder votes for it, the secretariat
//! records a roll call and closes the ballot, and the result shows the
//! votes by regional group, the chart, the outcome and its explanation.
//! A participant, an observer and a delegate of another state are refused
//! (403) every action that is not theirs. A head registers, rotates and
//! revokes the delegation's own key on the delegation page.

use axum::http::StatusCode;
use serde_json::json;
use server::AppState;
use store::scratch::on_each_backend;

use crate::homes::signs_in_with_code;
use crate::support::visitor::{Page, Visitor};
use crate::support::{self, ADMIN_PASSWORD, Who, post, state};

/// The secretariat, Kenya's head and delegate, Ghana's head, a member of
/// the public and an observer, each signed in through the pages.
pub struct People {
    pub admin: Visitor,
    pub kenya_head: Visitor,
    pub kenya_delegate: Visitor,
    pub ghana_head: Visitor,
    pub participant: Visitor,
    pub observer: Visitor,
}

/// Signs in through the pages someone who needs no second factor.
async fn signed_in(state: &AppState, username: &str) -> Visitor {
    let mut visitor = Visitor::new(state);
    let password = format!("{username} password");
    let signed = visitor.fill("/sign-in", "/sign-in", &[("username", username), ("password", &password)]).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{username}: {}", signed.html);
    visitor
}

pub async fn people(state: &AppState) -> People {
    let (mut admin_who, _) = support::sign_in(state, "admin", ADMIN_PASSWORD).await;
    let admin_secret = support::set_up_totp(state, &mut admin_who).await;
    support::invite_and_accept(state, &admin_who, json!({"kind": "head", "member": "KEN"}), "wanjiru").await;
    support::invite_and_accept(state, &admin_who, json!({"kind": "head", "member": "GHA"}), "kofi").await;
    support::invite_and_accept(state, &admin_who, json!({"kind": "observer"}), "olga").await;
    let (mut kenya_who, _) = support::sign_in(state, "wanjiru", "wanjiru password").await;
    let kenya_secret = support::set_up_totp(state, &mut kenya_who).await;
    let (mut ghana_who, _) = support::sign_in(state, "kofi", "kofi password").await;
    let ghana_secret = support::set_up_totp(state, &mut ghana_who).await;
    support::invite_and_accept(state, &kenya_who, json!({"kind": "delegate", "member": "KEN"}), "otieno").await;
    let account = json!({"username": "lucia", "password": "lucia password", "display_name": "Lucía"});
    post(state, &Who::anonymous(), "/api/v1/participants", account).await.expect(StatusCode::CREATED);
    People {
        admin: signs_in_with_code(state, "admin", ADMIN_PASSWORD, &admin_secret).await.0,
        kenya_head: signs_in_with_code(state, "wanjiru", "wanjiru password", &kenya_secret).await.0,
        kenya_delegate: signed_in(state, "otieno").await,
        ghana_head: signs_in_with_code(state, "kofi", "kofi password", &ghana_secret).await.0,
        participant: signed_in(state, "lucia").await,
        observer: signed_in(state, "olga").await,
    }
}

/// Posts `fields` to `action` with the guard of a page just shown (a form
/// the page does not offer, as a hand-made request would).
pub async fn post_anyway(visitor: &mut Visitor, action: &str, fields: &[(&str, &str)]) -> Page {
    let home = visitor.get("/").await;
    let mut all = home.hidden_fields("/sign-out");
    all.extend(fields.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())));
    visitor.post(action, &all).await
}

/// Opens ballot 1 ("Open models", substantive) as the secretariat.
async fn open_ballot(admin: &mut Visitor) {
    let form = admin.get("/ballots/new").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.html);
    let opened = admin
        .submit(
            &form,
            "/ballots/new",
            &[("title_en", "Open models"), ("title_fr", "Modèles ouverts"), ("type", "substantive")],
        )
        .await;
    assert_eq!(opened.location(), "/ballots/1", "{}", opened.html);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ballot_is_opened_voted_on_by_proxy_and_roll_call_and_closed() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut p = people(&state).await;

        // The list says what ballots are; the secretariat may open one.
        let list = p.admin.get("/ballots").await;
        assert_eq!(list.status, StatusCode::OK);
        list.assert_has("Secret ballots, such as elections, are not held here.");
        list.assert_has("href=\"/ballots/new\"");
        list.assert_has("No ballot is open.");
        assert!(!p.kenya_delegate.get("/ballots").await.has("href=\"/ballots/new\""));

        // Validation: no title, no type, a bad time, an unknown document.
        let form = p.admin.get("/ballots/new").await;
        form.assert_has("<option value=\"substantive\">");
        let failed =
            p.admin.submit(&form, "/ballots/new", &[("type", ""), ("closes_at", "tomorrow"), ("document", "99")]).await;
        assert_eq!(failed.status, StatusCode::UNPROCESSABLE_ENTITY);
        failed.assert_has("<a href=\"#title_en\">Enter the title in at least one language</a>");
        failed.assert_has("<a href=\"#type\">Choose a decision type from the list</a>");
        failed.assert_has("<a href=\"#document\">There is no document with this number</a>");
        failed.assert_has("<a href=\"#closes_at\">Enter the time as a date and time");
        let past = p
            .admin
            .fill(
                "/ballots/new",
                "/ballots/new",
                &[("title_en", "Past"), ("type", "procedural"), ("closes_at", "2020-01-01T10:00")],
            )
            .await;
        assert_eq!(past.status, StatusCode::UNPROCESSABLE_ENTITY);
        past.assert_has("The closing time must be in the future");
        past.assert_has("value=\"Past\"");

        open_ballot(&mut p.admin).await;
        let ballot = p.admin.get("/ballots/1").await;
        ballot.assert_has("Open models");
        ballot.assert_has("Substantive decision: two-thirds of members present and voting");
        ballot.assert_has("Charter of the United Nations, Article 18(2)");
        ballot.assert_has("action=\"/ballots/1/close\"");
        ballot.assert_has("href=\"/ballots/1/roll-call\"");
        assert!(!ballot.has("action=\"/ballots/1/vote\""), "the secretariat does not vote");
        let french = p.admin.get("/ballots/1?lang=fr").await;
        french.assert_has("Modèles ouverts");

        // Kenya's delegate votes yes with the custodied key.
        let page = p.kenya_delegate.get("/ballots/1").await;
        page.assert_has("votes are signed with a key the server keeps (custodied).");
        page.assert_has("<legend class=\"label\">Vote of Kenya</legend>");
        assert!(!page.has("action=\"/ballots/1/alternates\""), "only the head designates alternates");
        let bad = p.kenya_delegate.submit(&page, "/ballots/1/vote", &[("choice", "maybe")]).await;
        bad.assert_has("<a href=\"#vote-yes\">Choose yes, no or abstain</a>");
        let voted = p.kenya_delegate.fill("/ballots/1", "/ballots/1/vote", &[("choice", "yes")]).await;
        assert_eq!(voted.location(), "/ballots/1");
        let after = p.kenya_delegate.follow(&voted).await;
        after.assert_has("The vote was recorded and signed.");
        after.assert_has("Vote recorded so far: Yes.");
        let delegation = p.kenya_delegate.get("/delegation").await;
        delegation.assert_has("Signing keys");
        delegation.assert_has("Kept by the server");
        assert!(!delegation.has("action=\"/delegation/keys\""), "a delegate sees the keys read-only");

        // Ghana's head gives Ghana's proxy to Kenya; Kenya votes for Ghana.
        let ghana = p.ghana_head.get("/ballots/1").await;
        ghana.assert_has("action=\"/ballots/1/proxy\"");
        ghana.assert_has("<h3 class=\"heading-m\">Alternates</h3>");
        let none = p.ghana_head.submit(&ghana, "/ballots/1/proxy", &[("to", "")]).await;
        none.assert_has("Choose the member state to give the proxy to");
        let given = p.ghana_head.fill("/ballots/1", "/ballots/1/proxy", &[("to", "KEN")]).await;
        assert_eq!(given.location(), "/ballots/1", "{}", given.html);
        let ghana = p.ghana_head.follow(&given).await;
        ghana.assert_has("Your delegation gave its proxy on this ballot to Kenya.");
        ghana.assert_has("action=\"/ballots/1/proxy/revoke\"");
        assert!(!ghana.has("<legend class=\"label\">Vote of Ghana</legend>"), "Kenya votes for Ghana now");
        let kenya = p.kenya_delegate.get("/ballots/1").await;
        kenya.assert_has("Vote for Ghana, by proxy");
        let by_proxy =
            p.kenya_delegate.submit(&kenya, "/ballots/1/vote", &[("choice", "no"), ("proxy_for", "GHA")]).await;
        assert_eq!(by_proxy.location(), "/ballots/1", "{}", by_proxy.html);

        // Wrong roles are refused every action that is not theirs.
        for (who, visitor) in
            [("participant", &mut p.participant), ("observer", &mut p.observer), ("Ghana", &mut p.ghana_head)]
        {
            for (action, fields) in [
                ("/ballots/new", vec![("title_en", "Mine"), ("type", "procedural")]),
                ("/ballots/1/close", vec![]),
                ("/ballots/1/roll-call", vec![("group", "WEOG"), ("FRA", "yes")]),
            ] {
                let answer = post_anyway(visitor, action, &fields).await;
                assert_eq!(answer.status, StatusCode::FORBIDDEN, "{who} {action}: {}", answer.html);
            }
        }
        for (who, visitor) in [("participant", &mut p.participant), ("observer", &mut p.observer)] {
            for (action, fields) in [
                ("/ballots/1/vote", vec![("choice", "yes")]),
                ("/ballots/1/proxy", vec![("to", "KEN")]),
                ("/ballots/1/proxy/revoke", vec![]),
                ("/ballots/1/alternates", vec![("handle", "del.someone")]),
                ("/delegation/keys", vec![("key", "x")]),
                ("/delegation/keys/revoke", vec![]),
            ] {
                let answer = post_anyway(visitor, action, &fields).await;
                assert_eq!(answer.status, StatusCode::FORBIDDEN, "{who} {action}: {}", answer.html);
            }
        }
        // Ghana votes for no state whose proxy it does not hold; Kenya's
        // delegate does not designate alternates nor manage the key.
        let answer =
            post_anyway(&mut p.ghana_head, "/ballots/1/vote", &[("choice", "yes"), ("proxy_for", "UGA")]).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{}", answer.html);
        for action in
            ["/ballots/1/alternates", "/delegation/keys", "/delegation/keys/rotate", "/delegation/keys/revoke"]
        {
            let answer = post_anyway(&mut p.kenya_delegate, action, &[("handle", "del.x"), ("key", "x")]).await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN, "delegate {action}: {}", answer.html);
        }
        let roll = p.participant.get("/ballots/1/roll-call").await;
        assert_eq!(roll.status, StatusCode::FORBIDDEN);

        // The secretariat records a roll call of the WEOG and closes.
        let roll = p.admin.get("/ballots/1/roll-call?group=WEOG&lang=en").await;
        assert_eq!(roll.status, StatusCode::OK, "{}", roll.html);
        roll.assert_has("<label for=\"m-FRA\">France</label>");
        let empty = p.admin.submit(&roll, "/ballots/1/roll-call", &[]).await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        empty.assert_has("Choose the vote of at least one member state");
        let recorded = p
            .admin
            .fill("/ballots/1/roll-call?group=WEOG", "/ballots/1/roll-call", &[("FRA", "yes"), ("DEU", "abstain")])
            .await;
        assert_eq!(recorded.location(), "/ballots/1", "{}", recorded.html);
        assert_eq!(p.admin.get("/ballots/1/roll-call?group=NOWHERE").await.status, StatusCode::NOT_FOUND);
        let open = p.admin.get("/ballots/1").await;
        open.assert_has("Positions so far");
        let closed = p.admin.fill("/ballots/1", "/ballots/1/close", &[]).await;
        assert_eq!(closed.location(), "/ballots/1", "{}", closed.html);

        // The result: outcome, explanation, chart and table, votes by group.
        let mut public = Visitor::new(&state);
        let result = public.get("/ballots/1").await;
        assert_eq!(result.status, StatusCode::OK);
        result.assert_has("<h2 class=\"heading-l\" id=\"result\">Result</h2>");
        result.assert_has(">Adopted</strong>");
        result.assert_has("<title id=\"chart-title\">Votes: 2 yes, 1 no, 1 abstentions</title>");
        result.assert_has("<tr><th scope=\"row\">Kenya</th><td>Yes</td><td></td></tr>");
        result.assert_has("<tr><th scope=\"row\">Ghana</th><td>No</td><td>Through the proxy of Kenya</td></tr>");
        result.assert_has("<tr><th scope=\"row\">France</th><td>Yes</td><td>Recorded by the secretariat</td></tr>");
        result.assert_has("Western European and other States");
        assert!(!result.has("action=\"/ballots/1/close\""));
        let arabic = public.get("/ballots/1?lang=ar").await;
        arabic.assert_has("<html lang=\"ar\" dir=\"rtl\">");
        arabic.assert_has(">اعتُمد</strong>");
        let list = public.get("/ballots?lang=en").await;
        list.assert_has(">Adopted</strong>");
        list.assert_has("4 of 193 member states voted");

        // Closed: votes are refused with the page as it is.
        let late = post_anyway(&mut p.kenya_delegate, "/ballots/1/vote", &[("choice", "no")]).await;
        assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.html);
        assert_eq!(public.get("/ballots/2").await.status, StatusCode::NOT_FOUND);
        assert_eq!(public.get("/ballots/99999999999999999999").await.status, StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_head_registers_rotates_and_revokes_the_delegation_key() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let mut p = people(&state).await;
        open_ballot(&mut p.admin).await;
        let page = p.kenya_head.get("/delegation").await;
        page.assert_has("Signing keys");
        page.assert_has("The delegation has no signing key yet.");
        let bad = p.kenya_head.submit(&page, "/delegation/keys", &[("key", "not a key")]).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        bad.assert_has("<a href=\"#key\">This is not an Ed25519 verifier key");

        let own = ledger::Signer::new("concord-ken", &[4; 32]).unwrap();
        let key = own.verifier().to_string();
        let registered = p.kenya_head.fill("/delegation", "/delegation/keys", &[("key", &key)]).await;
        assert_eq!(registered.location(), "/delegation", "{}", registered.html);
        let page = p.kenya_head.follow(&registered).await;
        page.assert_has("key was registered.");
        page.assert_has(&key);
        page.assert_has("action=\"/delegation/keys/rotate\"");
        // Own key: no vote form, the command line instead.
        let ballot = p.kenya_delegate.get("/ballots/1").await;
        ballot.assert_has("concord vote --key FILE");
        assert!(!ballot.has("action=\"/ballots/1/vote\""));

        let again = p.kenya_head.fill("/delegation", "/delegation/keys/rotate", &[("key", &key)]).await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
        again.assert_has("This key was registered before; generate a new one");
        let next = ledger::Signer::new("concord-ken", &[5; 32]).unwrap().verifier().to_string();
        let rotated = p.kenya_head.fill("/delegation", "/delegation/keys/rotate", &[("key", &next)]).await;
        assert_eq!(rotated.location(), "/delegation", "{}", rotated.html);
        let revoked =
            p.kenya_head.fill("/delegation", "/delegation/keys/revoke", &[("reason", "the laptop was lost")]).await;
        assert_eq!(revoked.location(), "/delegation", "{}", revoked.html);
        let page = p.kenya_head.follow(&revoked).await;
        page.assert_has("the laptop was lost");
        page.assert_has("action=\"/delegation/keys\"");
        // Another state's head does not manage Kenya's key: Ghana's own.
        let ghana = p.ghana_head.get("/delegation").await;
        assert!(!ghana.has(&next));
    })
    .await;
}
