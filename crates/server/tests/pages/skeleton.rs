//! The pages of signed-in people have the same skeleton as the public ones,
//! in every language, stay under the weight budget, carry no script, and
//! are never stored by the browser.

use axum::http::{StatusCode, header};
use domain::lang::Lang;
use store::scratch::on_each_backend;

use crate::session::admin;
use crate::support::{consultation, state};

/// The largest a page may be, HTML and stylesheet together, uncompressed.
const BUDGET: usize = 60 * 1024;

/// The secretariat's pages, seen by the administrator.
const SECRETARIAT_PAGES: &[&str] = &[
    "/account",
    "/account/password",
    "/account/tokens",
    "/account/two-factor",
    "/account/recovery-codes",
    "/account/resets",
    "/account/email",
    "/secretariat",
    "/secretariat/accreditation",
    "/secretariat/organizations",
    "/secretariat/documents",
    consultation::RESULTS,
    consultation::MODERATION,
    "/consultations",
    "/consultations/new",
    "/consultations/2",
    "/ballots",
    "/ballots/new",
    "/ballots/1",
    "/ballots/1/roll-call",
];

#[tokio::test]
async fn signed_in_pages_have_the_skeleton_and_fit_the_budget() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        consultation::open_with_results(&state.store).await;
        let (mut admin, _) = admin(&state).await;
        // A consultation the administrator manages, with a question and
        // seed statements of the longest length.
        let form = admin.get("/consultations/new").await;
        let seeds: Vec<String> = (0..domain::consultation::MAX_SEEDS)
            .map(|n| format!("{n} {}", "é".repeat(domain::consultation::MAX_STATEMENT - 4)))
            .collect();
        let question = "q".repeat(domain::consultation::MAX_QUESTION);
        let created = admin
            .submit(
                &form,
                "/consultations/new",
                &[
                    ("language", "fr"),
                    ("title", &"t".repeat(domain::consultation::MAX_TITLE)),
                    ("question", &question),
                    ("title_en", "Open artificial intelligence"),
                    ("audience", "everyone"),
                    ("moderation", "after"),
                    ("participants_write", "yes"),
                    ("results", "everyone"),
                    ("seeds", &seeds.join("\n")),
                    ("open_now", "yes"),
                ],
            )
            .await;
        assert_eq!(created.location(), "/consultations/2", "{}", created.html);
        // An open ballot with the longest title; its roll call starts with
        // the largest regional group.
        let form = admin.get("/ballots/new").await;
        let title = "é".repeat(domain::decision::MAX_BALLOT_TITLE);
        let opened = admin.submit(&form, "/ballots/new", &[("title_en", &title), ("type", "standard")]).await;
        assert_eq!(opened.location(), "/ballots/1", "{}", opened.html);
        let home = admin.get("/").await;
        let at = home.html.find("/static/concord.").unwrap();
        let end = home.html[at..].find('"').unwrap();
        let css = admin.get(&home.html[at..at + end]).await;
        let mut heaviest = (0, String::new());
        for lang in Lang::ALL {
            for path in SECRETARIAT_PAGES {
                let separator = if path.contains('?') { '&' } else { '?' };
                let page = admin.get(&format!("{path}{separator}lang={}", lang.code())).await;
                assert_eq!(page.status, StatusCode::OK, "{path} in {lang}:\n{}", page.html);
                let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
                page.assert_has(&format!("<html lang=\"{}\" dir=\"{dir}\">", lang.code()));
                page.assert_has("action=\"/sign-out\"");
                assert_eq!(page.headers[header::CACHE_CONTROL], "no-store", "{path}");
                assert!(!page.has("<script") && !page.has("style="), "{path}");
                let weight = page.html.len() + css.html.len();
                assert!(weight < BUDGET, "{path} in {lang} weighs {weight} bytes");
                heaviest = heaviest.max((weight, format!("{path} in {lang}")));
            }
        }
        println!("heaviest signed-in page: {} at {} bytes with the stylesheet", heaviest.1, heaviest.0);
    })
    .await;
}
