//! The HTML pages without a socket (`app(state).oneshot(request)`): the
//! skeleton in six languages, the language choice, the directory's search,
//! filters, sorting, paging and form errors, the member pages, the log
//! browser and its proofs, the error pages, and the page-weight budget.

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use domain::Command;
use domain::authz::Caller;
use domain::lang::Lang;
use http_body_util::BodyExt;
use ledger::{Checkpoint, Verifier, leaf_hash, verify_inclusion};
use server::{AppState, app};
use store::Store;
use store::scratch::on_each_backend;
use tower::ServiceExt;

#[path = "support/consultation.rs"]
mod consultation;

/// The largest a page may be, HTML and stylesheet together, uncompressed.
const BUDGET: usize = 60 * 1024;

struct Page {
    status: StatusCode,
    headers: HeaderMap,
    html: String,
}

impl Page {
    fn has(&self, text: &str) -> bool {
        self.html.contains(text)
    }

    #[track_caller]
    fn assert_has(&self, text: &str) {
        assert!(self.has(text), "no {text:?} in:\n{}", self.html);
    }

    fn header(&self, name: header::HeaderName) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    /// The text of `<title>`.
    fn title(&self) -> &str {
        let start = self.html.find("<title>").unwrap() + "<title>".len();
        let end = self.html.find("</title>").unwrap();
        &self.html[start..end]
    }
}

async fn request(state: &AppState, method: Method, uri: &str, headers: &[(&str, &str)]) -> Page {
    let mut builder = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let response = app(state.clone()).oneshot(builder.body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Page { status, headers, html: String::from_utf8(bytes.to_vec()).unwrap() }
}

async fn get(state: &AppState, uri: &str) -> Page {
    request(state, Method::GET, uri, &[]).await
}

async fn get_in(state: &AppState, uri: &str, lang: Lang) -> Page {
    request(state, Method::GET, uri, &[("accept-language", lang.code())]).await
}

/// A store with the founding entries and a published document.
async fn state(setup: &store::scratch::Setup) -> AppState {
    let store = Store::open(&setup.config()).await.unwrap();
    let blob = store.put_blob(b"Texte", "text/plain").await.unwrap();
    let command = Command::PublishDocument { title: "Principes directeurs".into(), language: Lang::Fr, blob };
    store.submit(Caller::system(), command).await.unwrap();
    store.sign_checkpoint().await.unwrap();
    AppState::new(store)
}

/// Every kind of page, once.
const PAGES: &[&str] = &[
    "/",
    "/members",
    "/members?q=ke&group=AFRICAN&sort=population&order=desc",
    "/members?group=AFRICA",
    "/members/KEN",
    "/members/VAT",
    "/record",
    "/record/entries/0",
    "/record/entries/196",
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/organizations",
    "/organizations?chamber=research&status=admitted",
    "/documents",
    "/documents?kind=text&language=fr",
    "/documents/1",
    consultation::RESULTS,
    "/consultations",
    "/consultations?status=open&audience=everyone&language=en",
    "/consultations/2",
    "/ballots",
    "/ballots/1",
    "/nodes",
    "/no-such-page",
];

/// A closed ballot with the longest title, every member state of the
/// electorate voting in a roll call (the heaviest result page), opened by
/// the secretariat member of [`with_consultation`].
async fn with_ballot(state: &AppState) {
    use domain::decision::{BallotProcedure, Choice, DecisionCommand, MAX_BALLOT_TITLE, NewBallot};
    let handle = domain::Actor::try_from("s.clerk".to_owned()).unwrap();
    let caller = domain::authz::Caller::new(handle, domain::authz::Scope::Full);
    let new = NewBallot {
        title: Lang::ALL.into_iter().map(|lang| (lang, "é".repeat(MAX_BALLOT_TITLE))).collect(),
        document: Some(1),
        closes: None,
        procedure: BallotProcedure::Type("charter-amendment".into()),
    };
    state.store.submit(caller.clone(), Command::Decision(DecisionCommand::OpenBallot(new))).await.unwrap();
    let choices = [Choice::Yes, Choice::No, Choice::Abstain];
    let votes: Vec<_> = state
        .store
        .ballot_electors(1)
        .await
        .unwrap()
        .iter()
        .zip(choices.iter().cycle())
        .map(|(e, choice)| (e.member, *choice))
        .collect();
    state.store.record_roll_call(&caller, 1, &votes).await.unwrap();
    state.store.submit(caller, Command::Decision(DecisionCommand::CloseBallot { ballot: 1 })).await.unwrap();
}

/// An open consultation with a hundred seed statements of the longest
/// length, in French with an English title, created by a secretariat
/// member after the checkpoint was signed (so the entries the other tests
/// count stay as they are).
async fn with_consultation(state: &AppState) {
    use std::collections::BTreeMap;

    use domain::consultation::{
        Audience, ConsultationCommand, MAX_QUESTION, MAX_SEEDS, MAX_STATEMENT, MAX_TITLE, Moderation, NewConsultation,
        ResultsVisibility,
    };
    let handle = domain::Actor::try_from("s.clerk".to_owned()).unwrap();
    state.store.submit(Caller::system(), Command::AppointSecretariat { handle: handle.clone() }).await.unwrap();
    let long = |n: usize, max: usize| format!("{n} {}", "é".repeat(max - 4));
    let new = NewConsultation {
        language: Lang::Fr,
        title: BTreeMap::from([(Lang::Fr, long(0, MAX_TITLE)), (Lang::En, "Open artificial intelligence".into())]),
        question: BTreeMap::from([(Lang::Fr, long(0, MAX_QUESTION))]),
        audience: Audience::Everyone,
        moderation: Moderation::After,
        participants_write: true,
        results: ResultsVisibility::Everyone,
        opens_at: None,
        closes_at: None,
        seeds: (0..MAX_SEEDS).map(|n| long(n, MAX_STATEMENT)).collect(),
    };
    let caller = domain::authz::Caller::new(handle, domain::authz::Scope::Full);
    let create = Command::Consultation(ConsultationCommand::Create(new));
    state.store.submit(caller.clone(), create).await.unwrap();
    let open = Command::Consultation(ConsultationCommand::Open { id: 2 });
    state.store.submit(caller, open).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_has_the_skeleton_in_every_language_and_fits_the_budget() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        // After the checkpoint: the footer still names entry 196.
        consultation::open_with_results(&state.store).await;
        with_consultation(&state).await;
        with_ballot(&state).await;
        let home = get(&state, "/").await;
        let css_href = {
            let at = home.html.find("/static/concord.").unwrap();
            let end = home.html[at..].find('"').unwrap();
            home.html[at..at + end].to_owned()
        };
        let css = get(&state, &css_href).await;
        assert_eq!(css.status, StatusCode::OK);
        assert!(css.header(header::CONTENT_TYPE).starts_with("text/css"));
        assert!(css.header(header::CACHE_CONTROL).contains("immutable"));
        assert!(!css.html.contains("margin-left") && !css.html.contains("padding-right"));
        assert!(css.has("@media print"));

        // The same pages on a mirror whose hub never answered and that
        // keeps evidence of a fork: every banner there is.
        let mirror = AppState::from(server::Shared {
            node: std::sync::Arc::new(server::federation::Node {
                role: server::federation::NodeRole::Mirror { hub_url: "https://concord.example.org".into() },
                ..Default::default()
            }),
            node_facts: Default::default(),
            ..(*state).clone()
        });
        let mut heaviest = (0, String::new());
        for (node, state) in [("hub", &state), ("mirror", &mirror)] {
            if node == "mirror" {
                let evidence = store::federation::NewEvidence {
                    kind: store::federation::EvidenceKind::SplitView,
                    source: "https://mirror.example.org".into(),
                    held_note: None,
                    served_note: "a note".into(),
                    proof: vec![],
                    detail: "two roots".into(),
                    detected_at: 1_700_000_000_000,
                };
                state.store.record_evidence(&evidence).await.unwrap();
            }
            for lang in Lang::ALL {
                for path in PAGES {
                    let page = get_in(state, path, lang).await;
                    let expected = if *path == "/no-such-page" { StatusCode::NOT_FOUND } else { StatusCode::OK };
                    assert_eq!(page.status, expected, "{path} in {lang}");
                    assert_eq!(page.header(header::CONTENT_TYPE), "text/html; charset=utf-8");
                    assert_eq!(page.header(header::CONTENT_LANGUAGE), lang.code());
                    let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
                    page.assert_has(&format!("<html lang=\"{}\" dir=\"{dir}\">", lang.code()));
                    // The home page's heading is the organization's name.
                    let title = page.title();
                    assert!(title.ends_with(" – Concord") || title == "Concord", "{title}");
                    page.assert_has("<a href=\"#main-content\" class=\"skip-link\">");
                    page.assert_has("<main id=\"main-content\" tabindex=\"-1\">");
                    page.assert_has(&format!("<link rel=\"stylesheet\" href=\"{css_href}\">"));
                    page.assert_has("<a href=\"/record\">");
                    // No scripts and no inline styles: the CSP forbids them and
                    // every page works without JavaScript.
                    assert!(!page.has("<script") && !page.has("style="), "{path}");
                    assert!(!page.has("<style"), "{path}");
                    let weight = page.html.len() + css.html.len();
                    assert!(weight < BUDGET, "{path} in {lang} on a {node} weighs {weight} bytes");
                    if weight > heaviest.0 {
                        heaviest = (weight, format!("{path} in {lang} on a {node}"));
                    }
                }
            }
        }
        println!(
            "heaviest page: {} at {} bytes with the stylesheet ({} bytes)",
            heaviest.1,
            heaviest.0,
            css.html.len()
        );
        let english = get(&state, "/").await;
        english.assert_has("Record verified up to entry 196");
        english.assert_has("Skip to main content");
        let arabic = get_in(&state, "/", Lang::Ar).await;
        arabic.assert_has("الانتقال إلى المحتوى الرئيسي");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_is_chosen_then_remembered_then_negotiated() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        // Accept-Language.
        let french = get_in(&state, "/members", Lang::Fr).await;
        french.assert_has("<h1 class=\"heading-xl\">États membres</h1>");
        assert_eq!(french.header(header::SET_COOKIE), "");
        assert!(french.header(header::VARY).contains("Accept-Language"));
        // The switch: a link per language keeping the query, without
        // JavaScript; the choice sets a cookie.
        french.assert_has("href=\"/members?lang=ar\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>");
        let filtered = get_in(&state, "/members?q=ke&page=1", Lang::Fr).await;
        filtered.assert_has("href=\"/members?q=ke&#38;page=1&#38;lang=zh\"");
        let arabic = request(&state, Method::GET, "/members?lang=ar", &[("accept-language", "fr")]).await;
        arabic.assert_has("<html lang=\"ar\" dir=\"rtl\">");
        arabic.assert_has("<span aria-current=\"true\" lang=\"ar\" dir=\"rtl\">العربية</span>");
        let cookie = arabic.header(header::SET_COOKIE);
        assert!(cookie.starts_with("concord_lang=ar; Path=/;"), "{cookie}");
        // The cookie beats Accept-Language on every later page.
        let later =
            request(&state, Method::GET, "/record", &[("accept-language", "fr"), ("cookie", "concord_lang=ar")]).await;
        later.assert_has("<h1 class=\"heading-xl\">السجل العام</h1>");
        // Nothing but one of the six codes is taken.
        let english = get(&state, "/members?lang=de").await;
        english.assert_has("<html lang=\"en\" dir=\"ltr\">");
        assert_eq!(english.header(header::SET_COOKIE), "");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_directory_searches_in_any_language_filters_sorts_and_pages() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let all = get(&state, "/members").await;
        all.assert_has("193 member states and 2 observer states.");
        all.assert_has("195 states found");
        all.assert_has("<caption>Member and observer states, page 1 of 4</caption>");
        // Sorted by name in the page language by default.
        all.assert_has(
            "<th scope=\"col\" aria-sort=\"ascending\"><a href=\"/members?sort=name&#38;order=desc\">Name</a></th>",
        );
        assert!(all.html.find(">Afghanistan<").unwrap() < all.html.find(">Albania<").unwrap());
        all.assert_has("aria-current=\"page\" class=\"current\">1</a>");
        all.assert_has("href=\"/members?page=2\" rel=\"next\"");

        // Search in Chinese, shown in Chinese.
        let kenya = get_in(&state, "/members?q=%E8%82%AF%E5%B0%BC%E4%BA%9A", Lang::Zh).await;
        kenya.assert_has("找到 1 个国家");
        kenya.assert_has("<a href=\"/members/KEN\">肯尼亚</a>");
        kenya.assert_has("value=\"肯尼亚\"");
        // Search in Spanish from an English page: the name is shown in English.
        let germany = get(&state, "/members?q=alemania").await;
        germany.assert_has("<a href=\"/members/DEU\">Germany</a>");

        // Filters and sorting by population, largest first.
        let african = get(&state, "/members?group=AFRICAN&sort=population&order=desc").await;
        african.assert_has("54 states found");
        african.assert_has("<option value=\"AFRICAN\" selected>African States</option>");
        african.assert_has("aria-sort=\"descending\"");
        assert!(african.html.find(">Nigeria<").unwrap() < african.html.find(">Ethiopia<").unwrap());
        assert!(!african.has(">France<"));
        let low = get(&state, "/members?income=LIC&group=ASIA_PACIFIC").await;
        low.assert_has("4 states found");
        low.assert_has(">Yemen<");
        let none = get(&state, "/members?q=zzzz").await;
        none.assert_has("No states found");
        none.assert_has("No state matches your search.");

        // The last page, and observer states tagged.
        let last = get(&state, "/members?sort=code&page=4").await;
        last.assert_has("page 4 of 4");
        assert_eq!(last.html.matches("<tr>").count(), 1 + 45);
        let observers = get(&state, "/members?sort=group&order=asc&page=4").await;
        observers.assert_has("<strong class=\"tag tag-grey\">Observer state</strong>");
        observers.assert_has("None (observer state)");
        // Populations are grouped as readers of the language expect.
        let india = get_in(&state, "/members?q=IND&sort=code", Lang::Fr).await;
        assert!(india.has("\u{202f}"), "{}", india.html);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_filter_is_a_form_error_that_keeps_the_input() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let page = get(&state, "/members?q=ke&group=AFRICA&income=LMC").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.title().starts_with("Error: Member states – "), "{}", page.title());
        page.assert_has("<h2 class=\"error-summary-title\" id=\"error-summary-title\">There is a problem</h2>");
        page.assert_has("<li><a href=\"#group\">Choose a regional group from the list</a></li>");
        page.assert_has("<p class=\"error-message\" id=\"group-error\"><span class=\"visually-hidden\">Error:</span> Choose a regional group from the list</p>");
        page.assert_has("<select class=\"select\" id=\"group\" name=\"group\" aria-describedby=\"group-error\" aria-invalid=\"true\">");
        page.assert_has("<label class=\"label\" for=\"q\">");
        page.assert_has("aria-describedby=\"q-hint\"");
        // The other input is kept.
        page.assert_has("value=\"ke\"");
        page.assert_has("<option value=\"LMC\" selected>");
        assert!(!page.has("<table"));

        let long = "k".repeat(101);
        let page = get_in(&state, &format!("/members?q={long}"), Lang::Ru).await;
        assert!(page.title().starts_with("Ошибка: "), "{}", page.title());
        page.assert_has("<li><a href=\"#q\">Введите для поиска не более 100 символов</a></li>");
        page.assert_has("aria-describedby=\"q-hint q-error\" aria-invalid=\"true\"");
        page.assert_has(&format!("value=\"{long}\""));
        // A page number that is not one is simply the first page.
        let page = get(&state, "/members?page=x").await;
        page.assert_has("page 1 of 4");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_page_shows_the_names_groups_and_the_admitting_entry() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let page = get(&state, "/members/KEN").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.title(), "Kenya – Concord");
        page.assert_has("<strong class=\"tag\">Member state</strong>");
        for (lang, name) in [("ar", "كينيا"), ("zh", "肯尼亚"), ("fr", "Kenya (le)"), ("ru", "Кения"), ("es", "Kenya")]
        {
            let dir = if lang == "ar" { "rtl" } else { "ltr" };
            page.assert_has(&format!("<dd lang=\"{lang}\" dir=\"{dir}\">{name}</dd>"));
        }
        page.assert_has("African States");
        page.assert_has("Lower-middle income");
        page.assert_has("No delegation has been accredited for this state yet.");
        let record = state.store.member("KEN".parse().unwrap()).await.unwrap().unwrap();
        page.assert_has(&format!(
            "<a href=\"/record/entries/{0}\">Entry {0} of the public record</a>",
            record.admitted_at
        ));
        page.assert_has("<a href=\"/members\">Member states</a>");
        // Codes in lower case work; unknown ones are a 404 page.
        assert_eq!(get(&state, "/members/ken").await.status, StatusCode::OK);
        let missing = get_in(&state, "/members/XYZ", Lang::Es).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        missing.assert_has("No se encontró la página");
        assert_eq!(get(&state, "/members/KENYA").await.status, StatusCode::NOT_FOUND);
        let holy_see = get_in(&state, "/members/VAT", Lang::Ar).await;
        holy_see.assert_has("دولة مراقبة");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_browser_shows_the_checkpoint_entries_and_checkable_proofs() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let note = state.store.checkpoint().await.unwrap();
        let verifier = Verifier::parse(state.store.verifier_key()).unwrap();
        let (checkpoint, _) = Checkpoint::open(note.as_bytes(), &verifier).unwrap();
        assert_eq!(checkpoint.size(), 197);

        let record = get(&state, "/record").await;
        record.assert_has(&checkpoint.root().to_string());
        record.assert_has(note.lines().next().unwrap());
        record.assert_has("Document 1, “Principes directeurs”, was published in French.");
        record.assert_has("<caption>Entries, newest first, page 1 of 8</caption>");
        let last_page = get(&state, "/record?page=8").await;
        last_page.assert_has("The organization Concord was founded.");
        let arabic = get_in(&state, "/record?page=8", Lang::Ar).await;
        arabic.assert_has("تأسيس المنظمة");

        for index in [0u64, 5, 196] {
            let page = get(&state, &format!("/record/entries/{index}")).await;
            assert_eq!(page.status, StatusCode::OK);
            let entry = state.store.entry(index).await.unwrap().unwrap();
            assert_eq!(entry.leaf_hash, leaf_hash(&entry.bytes));
            let json = std::str::from_utf8(&entry.bytes).unwrap();
            let escaped = json
                .replace('&', "&#38;")
                .replace('"', "&#34;")
                .replace('<', "&#60;")
                .replace('>', "&#62;")
                .replace('\'', "&#39;");
            assert!(page.has(&escaped), "entry {index}: no JSON {escaped} in\n{}", page.html);
            page.assert_has(&entry.leaf_hash.to_string());
            // The proof on the page verifies against the checkpoint.
            let proof: Vec<ledger::Hash> = page
                .html
                .match_indices("<td class=\"code\" dir=\"ltr\">")
                .map(|(at, tag)| {
                    let hex = &page.html[at + tag.len()..at + tag.len() + 64];
                    hex.parse().unwrap()
                })
                .collect();
            assert!(!proof.is_empty());
            verify_inclusion(&entry.leaf_hash, index, checkpoint.size(), &proof, checkpoint.root()).unwrap();
            page.assert_has("concord verify --url http://");
            page.assert_has("How to check it yourself");
        }
        let kenya = get_in(&state, "/record/entries/1", Lang::Zh).await;
        kenya.assert_has("被接纳为成员国");
        for bad in ["/record/entries/197", "/record/entries/-1", "/record/entries/x"] {
            assert_eq!(get(&state, bad).await.status, StatusCode::NOT_FOUND, "{bad}");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_entry_not_yet_signed_says_so() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let blob = state.store.put_blob(b"x", "text/plain").await.unwrap();
        let command = Command::PublishDocument { title: "Unsigned".into(), language: Lang::En, blob };
        let receipt = state.store.submit(Caller::system(), command).await.unwrap();
        let page = get(&state, &format!("/record/entries/{}", receipt.indexes.start)).await;
        page.assert_has("<h2 class=\"banner-title\" id=\"banner-title\">Important</h2>");
        page.assert_has("not covered by a signed checkpoint yet");
        assert!(!page.has("How to check it yourself"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_are_pages_for_people_and_problems_for_programs() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let page = get_in(&state, "/nothing/here", Lang::Fr).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        assert_eq!(page.title(), "Page introuvable – Concord");
        page.assert_has("<a href=\"/members\">États membres</a>");
        let post = request(&state, Method::POST, "/members", &[]).await;
        assert_eq!(post.status, StatusCode::METHOD_NOT_ALLOWED);
        post.assert_has("Sorry, this request could not be handled");
        let asset = get(&state, "/static/other.css").await;
        assert_eq!(asset.status, StatusCode::NOT_FOUND);
        asset.assert_has("Page not found");

        for path in ["/api/v1/nothing", "/log/nothing", "/api", "/log"] {
            let problem = get(&state, path).await;
            assert_eq!(problem.status, StatusCode::NOT_FOUND, "{path}");
            assert_eq!(problem.header(header::CONTENT_TYPE), "application/problem+json");
        }
        let problem = request(&state, Method::DELETE, "/api/v1/members/KEN", &[]).await;
        assert_eq!(problem.header(header::CONTENT_TYPE), "application/problem+json");

        // The apology: no status code, no internals.
        let request = Request::get("/members").header("accept-language", "ru").body(()).unwrap();
        let (parts, ()) = request.into_parts();
        let ctx = server::web::page::Ctx::of(&parts);
        let response = server::web::errors::page(
            &state,
            &ctx,
            StatusCode::INTERNAL_SERVER_ERROR,
            server::web::errors::Problem::Plain,
        )
        .await;
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let html = String::from_utf8(bytes.to_vec()).unwrap();
        assert!(html.contains("К сожалению, в работе сервиса возникла проблема"), "{html}");
        assert!(!html.contains("500") && !html.contains("rror"), "{html}");
    })
    .await;
}
