//! Issue 13, part 4: documents have pages. The secretariat publishes from a
//! form with the API's checks (bad input: a clear error, nothing written);
//! `/documents` lists them, filtered and paginated with range-checked page
//! numbers; `/documents/{n}` shows the text escaped, its hash, its record
//! entry (which links back) and a takedown notice. From part 5: the feed
//! says names, `/organizations` is paginated and offers visitors to apply.

use axum::http::{Method, StatusCode};
use domain::authz::{Caller, Scope};
use domain::people::Chamber;
use domain::{Actor, Command};
use serde_json::{Value, json};
use store::scratch::on_each_backend;

use crate::session::admin;
use crate::support::visitor::Visitor;
use crate::support::{self, Who, call, state};

const FORM: &str = "/secretariat/documents";

/// The documents the API lists.
async fn listed(state: &server::AppState) -> Vec<Value> {
    let answer = call(state, &Who::anonymous(), Method::GET, "/api/v1/documents", None).await;
    answer.expect(StatusCode::OK).json().as_array().cloned().unwrap_or_default()
}

#[tokio::test]
async fn the_secretariat_publishes_and_everyone_reads() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let (mut admin, _) = admin(&state).await;
        let (size_before, _) = state.store.log_sizes().await.unwrap();

        // The form, linked from the secretariat's page and the list.
        admin.get("/secretariat").await.assert_has("href=\"/secretariat/documents\"");
        admin.get("/documents").await.assert_has("href=\"/secretariat/documents\"");
        let form = admin.get(FORM).await;
        assert_eq!(form.status, StatusCode::OK);
        form.assert_has("<label class=\"label\" for=\"title\">Title</label>");
        form.assert_has("<option value=\"fr\">French</option>");

        // Bad input: each problem beside its field, the input kept, nothing written.
        let bad = admin
            .submit(&form, FORM, &[("title", ""), ("language", "xx"), ("kind", "markdown"), ("text", "Article 1.")])
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.html);
        bad.assert_has("<a href=\"#title\">Enter the title of the document</a>");
        bad.assert_has("Article 1.</textarea>");
        assert!(bad.html.contains("<title>Error: "));
        for (fields, error) in [
            (
                [("title", "Charter"), ("language", "xx"), ("kind", "markdown"), ("text", "Article 1.")],
                "<a href=\"#language\">Choose the language the document is written in</a>",
            ),
            (
                [("title", "Charter"), ("language", "en"), ("kind", "pdf"), ("text", "Article 1.")],
                "<a href=\"#kind\">Choose a kind from the list: Markdown or plain text</a>",
            ),
            (
                [("title", "Charter"), ("language", "en"), ("kind", "text"), ("text", "  ")],
                "<a href=\"#text\">Enter the text of the document</a>",
            ),
            (
                [("title", &"T".repeat(501)), ("language", "en"), ("kind", "text"), ("text", "Article 1.")],
                "<a href=\"#title\">Enter at most 500 characters</a>",
            ),
        ] {
            let page = admin.fill(FORM, FORM, &fields).await;
            assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
            page.assert_has(error);
        }
        assert!(listed(&state).await.is_empty(), "nothing was published");
        assert_eq!(state.store.log_sizes().await.unwrap().0, size_before, "nothing was recorded");

        // Published: its page, with the text escaped and its hash.
        let text = "Article 1. <script>alert(1)</script>\n\nArticle 2. <b>Members</b> & observers.";
        let published = admin
            .fill(FORM, FORM, &[("title", "Charter <draft>"), ("language", "en"), ("kind", "markdown"), ("text", text)])
            .await;
        assert_eq!(published.status, StatusCode::SEE_OTHER, "{}", published.html);
        assert_eq!(published.location(), "/documents/1");
        let page = admin.follow(&published).await;
        page.assert_has("The document was published and recorded in the public record.");
        page.assert_has("<h1 class=\"heading-xl\" lang=\"en\" dir=\"ltr\">Charter &#60;draft&#62;</h1>");
        page.assert_has("<p>Article 1. &#60;script&#62;alert(1)&#60;/script&#62;</p>");
        page.assert_has("<p>Article 2. &#60;b&#62;Members&#60;/b&#62; &#38; observers.</p>");
        assert!(!page.has("<script>") && !page.has("<b>"), "no raw HTML");
        let documents = listed(&state).await;
        let sha256 = documents[0]["sha256"].as_str().unwrap().to_owned();
        let entry = documents[0]["published_at"].as_u64().unwrap();
        page.assert_has(&sha256);
        page.assert_has(&format!("href=\"/record/entries/{entry}\""));
        page.assert_has("Markdown");
        page.assert_has(&format!("href=\"/api/v1/blobs/{sha256}\""));
        // The record entry links back to the document.
        let mut public = Visitor::new(&state);
        public
            .get(&format!("/record/entries/{entry}"))
            .await
            .assert_has("<a href=\"/documents/1\">Read the document</a>");

        // A second, in French and plain text.
        let blob = state.store.put_blob(b"Texte.", "text/plain").await.unwrap();
        let french = Command::PublishDocument { title: "Principes".into(), language: domain::lang::Lang::Fr, blob };
        state.store.submit(Caller::system(), french).await.unwrap();

        // The list: newest first, filtered by kind and language.
        let all = public.get("/documents").await;
        assert_eq!(all.status, StatusCode::OK);
        all.assert_has("2 documents found");
        assert!(all.html.find("Principes").unwrap() < all.html.find("Charter").unwrap(), "newest first");
        assert!(!all.has("href=\"/secretariat/documents\""), "visitors do not publish");
        let text_only = public.get("/documents?kind=text").await;
        text_only.assert_has("1 document found");
        text_only.assert_has("lang=\"fr\" dir=\"ltr\">Principes</a>");
        assert!(!text_only.has("Charter"));
        let english = public.get("/documents?language=en&kind=markdown").await;
        english.assert_has("1 document found");
        english.assert_has("Charter");
        public.get("/documents?language=ar").await.assert_has("No documents found");
        for query in ["kind=pdf", "language=de"] {
            let wrong = public.get(&format!("/documents?{query}")).await;
            assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}");
            wrong.assert_has("class=\"error-summary\"");
        }
        // Page numbers: beyond the last, the last; beyond what is stored, 400.
        public.get("/documents?page=0").await.assert_has("Principes");
        public.get("/documents?page=999").await.assert_has("Principes");
        assert_eq!(public.get("/documents?page=9007199254740993").await.status, StatusCode::BAD_REQUEST);
        for path in ["/documents/3", "/documents/0", "/documents/x", "/documents/9007199254740993"] {
            assert_eq!(public.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
        }

        // Taken down: a notice with the reason, the hash kept, no text.
        let takedown = Command::RedactBlob { sha256: sha256.parse().unwrap(), reason: "A court order".into() };
        state.store.submit(Caller::system(), takedown).await.unwrap();
        let gone = public.get("/documents/1").await;
        gone.assert_has("The text of this document was taken down.");
        gone.assert_has("Reason given: A court order");
        gone.assert_has(&sha256);
        assert!(!gone.has("Article 1."), "the text is gone");
        public.get("/documents").await.assert_has(">Taken down</strong>");
        // The feed names the document, not a number.
        public.get("/").await.assert_has("The text of “Charter &#60;draft&#62;” was taken down.");

        // Wrong roles: a participant and a visitor cannot publish.
        let account = json!({"username": "lucia", "password": "lucia password", "display_name": "Lucía"});
        support::post(&state, &Who::anonymous(), "/api/v1/participants", account).await.expect(StatusCode::CREATED);
        let mut lucia = Visitor::new(&state);
        lucia.fill("/sign-in", "/sign-in", &[("username", "lucia"), ("password", "lucia password")]).await;
        assert_eq!(lucia.get(FORM).await.status, StatusCode::FORBIDDEN);
        let home = lucia.get("/").await;
        let mut fields = home.hidden_fields("/sign-out");
        fields.extend(
            [("title", "Mine"), ("language", "en"), ("kind", "text"), ("text", "Text")]
                .map(|(n, v)| (n.to_owned(), v.to_owned())),
        );
        assert_eq!(lucia.post(FORM, &fields).await.status, StatusCode::FORBIDDEN);
        assert_eq!(public.get(FORM).await.location(), "/sign-in?next=%2Fsecretariat%2Fdocuments");
        assert_eq!(listed(&state).await.len(), 2);
    })
    .await;
}

#[tokio::test]
async fn organizations_are_paginated_named_in_the_feed_and_offered_to_visitors() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        for i in 0..27 {
            let applicant = Actor::try_from(format!("p.applicant{i:02}")).unwrap();
            let command = Command::ApplyOrganization {
                name: format!("Organization {i:02}"),
                chamber: Chamber::Research,
                country: None,
                website: None,
            };
            state.store.submit(Caller::new(applicant, Scope::Full), command).await.unwrap();
        }
        let admit = Command::DecideOrganization { id: 1, admit: true, reason: String::new() };
        state.store.submit(Caller::system(), admit).await.unwrap();
        let mut visitor = Visitor::new(&state);

        let first = visitor.get("/organizations").await;
        first.assert_has("27 organizations found");
        first.assert_has("Organization 24");
        assert!(!first.has("Organization 25"), "25 a page");
        first.assert_has("href=\"/organizations?page=2\" rel=\"next\"");
        // Visitors are offered to apply, through signing up or in.
        first.assert_has("<a href=\"/organizations/apply\" class=\"button\">");
        first.assert_has("<a href=\"/sign-up\">");
        assert_eq!(visitor.get("/organizations/apply").await.location(), "/sign-in?next=%2Forganizations%2Fapply");
        let second = visitor.get("/organizations?page=2").await;
        second.assert_has("Organization 26");
        assert!(!second.has("Organization 00"));
        visitor.get("/organizations?page=50").await.assert_has("Organization 26");
        assert_eq!(visitor.get("/organizations?page=9007199254740993").await.status, StatusCode::BAD_REQUEST);
        let filtered = visitor.get("/organizations?status=admitted&page=2").await;
        filtered.assert_has("1 organization found");

        // The feed names the organization, not its number; the home page
        // offers to sign up.
        let home = visitor.get("/").await;
        home.assert_has("Organization 00 was admitted.");
        home.assert_has("<a href=\"/sign-up\">");
        assert!(!home.has("Organization 1 was admitted"));
    })
    .await;
}
