//! Issue 17: the AI divide index through the pages.
//!
//! - Before the analyst has computed an index, `/divide` and a profile say
//!   it is being computed. Then every page of the index is shown in the six
//!   languages, right to left in Arabic, without scripts or inline styles,
//!   under the weight budget; the filters and the order change the rows;
//!   a bad filter is named on the form; paths and pages are range-checked.
//! - Kenya's delegate submits a newer value: each bad field is named on the
//!   form, a good one waits for review on the profile; the secretariat
//!   rejects one without a reason (refused), with one, and accepts another;
//!   the index is computed again and Kenya's rank moves. Other states'
//!   delegations, a participant and an observer get no form and a 403.

use std::time::Duration;

use axum::http::{StatusCode, header};
use domain::Timestamp;
use domain::authz::Caller;
use domain::lang::Lang;
use server::AppState;
use server::analyst::Analyst;
use server::web::i18n::Tr;
use store::scratch::on_each_backend;

use crate::ballots::{People, people, post_anyway};
use crate::support::state;
use crate::support::visitor::{Page, Visitor};

/// The largest a page may be, HTML and stylesheet together, uncompressed.
const BUDGET: usize = 60 * 1024;

/// Runs the analyst until the stored index covers at least `log_size`
/// entries (bounded: two minutes); returns it.
async fn computed(state: &AppState, analyst: &mut Analyst, log_size: u64) -> exchange::Index {
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    loop {
        analyst.tick(Timestamp::now()).await.unwrap();
        if let Some((stored, index)) = server::divide_index::current(&state.store).await.unwrap()
            && stored.log_size >= log_size
        {
            return index;
        }
        assert!(std::time::Instant::now() < deadline, "no index covering {log_size} entries after two minutes");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The organization with the shipped indicator values loaded.
async fn with_values(setup: &store::scratch::Setup) -> AppState {
    let state = state(setup).await;
    state.store.load_shipped_indicators(Caller::system()).await.unwrap();
    state
}

/// The log's size now.
async fn log_size(state: &AppState) -> u64 {
    state.store.log_sizes().await.unwrap().0
}

/// Kenya's rank in `index`.
fn rank_of(index: &exchange::Index, iso3: &str) -> u32 {
    index.members.iter().find(|s| s.iso3 == iso3).unwrap().rank
}

/// The member states linked from the rows of the index table, in order.
fn rows(page: &Page) -> Vec<String> {
    let table = &page.html[page.html.find("<tbody>").unwrap()..];
    let table = &table[..table.find("</tbody>").unwrap()];
    table.split("<th scope=\"row\"><a href=\"/divide/").skip(1).map(|row| row[..3].to_owned()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_index_pages_are_shown_in_six_languages_filtered_and_sorted() {
    on_each_backend(|setup| async move {
        let state = with_values(&setup).await;
        let mut public = Visitor::new(&state);

        // Before the first index: being computed, not an error.
        let early = public.get("/divide?lang=en").await;
        assert_eq!(early.status, StatusCode::OK);
        early.assert_has("The index is being computed from the public record.");
        public.get("/divide/KEN").await.assert_has("Reload this page in a minute to see it.");

        let mut analyst = Analyst::new(state.store.clone(), "pages".into());
        let index = computed(&state, &mut analyst, log_size(&state).await).await;
        let home = public.get("/").await;
        home.assert_has("href=\"/divide\"");
        let at = home.html.find("/static/concord.").unwrap();
        let css = public.get(&home.html[at..at + home.html[at..].find('"').unwrap()]).await;
        let mut heaviest = (0, String::new());
        for lang in Lang::ALL {
            for path in [
                "/divide",
                "/divide?region=AFRICAN&sort=uncertainty",
                "/divide?page=4",
                "/divide/KEN",
                "/divide/MEX",
                "/divide/VAT",
                "/divide/methodology",
                "/divide/submissions",
            ] {
                let separator = if path.contains('?') { '&' } else { '?' };
                let page = public.get(&format!("{path}{separator}lang={}", lang.code())).await;
                assert_eq!(page.status, StatusCode::OK, "{path} in {lang}:\n{}", page.html);
                let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
                page.assert_has(&format!("<html lang=\"{}\" dir=\"{dir}\">", lang.code()));
                assert!(!page.has("<script") && !page.has("style="), "{path} in {lang}");
                page.assert_has(&format!("<title>{} – ", page_heading(lang, path, &page)));
                let weight = page.html.len() + css.html.len();
                assert!(weight < BUDGET, "{path} in {lang} weighs {weight} bytes");
                heaviest = heaviest.max((weight, format!("{path} in {lang}")));
                if path == "/divide/KEN" && lang == Lang::En {
                    println!(
                        "the profile of Kenya in English weighs {} bytes ({} with the stylesheet)",
                        page.html.len(),
                        weight
                    );
                }
            }
        }
        println!("heaviest divide page: {} at {} bytes with the stylesheet", heaviest.1, heaviest.0);

        // The table: every member state a page at a time, by rank.
        let all = public.get("/divide?lang=en").await;
        all.assert_has("193 member states");
        all.assert_has("Methodology version 1, reference year 2023.");
        all.assert_has("rank intervals from 1,000 weight draws with seed 0");
        all.assert_has(
            "<th scope=\"col\" aria-sort=\"ascending\" class=\"numeric\"><a href=\"/divide?sort=rank\">Rank</a></th>",
        );
        all.assert_has("href=\"/divide/methodology\"");
        all.assert_has("href=\"/api/v1/divide\"");
        all.assert_has("<svg class=\"interval-bar\"");
        let by_rank = rows(&all);
        assert_eq!(by_rank.len(), 50);
        let best: Vec<&str> = index.members.iter().take(50).map(|s| s.iso3.as_str()).collect();
        assert_eq!(by_rank, best, "the first page holds the 50 best ranks in order");
        // The observer states apart.
        all.assert_has("<h2 class=\"heading-l\">Observer states</h2>");
        all.assert_has("href=\"/divide/VAT\"");

        // Filters and orders change the rows.
        let african = public.get("/divide?region=AFRICAN&lang=en").await;
        let african_rows = rows(&african);
        assert!(african_rows.contains(&"KEN".to_owned()) && !african_rows.contains(&"FRA".to_owned()));
        assert!(!african.has("href=\"/divide/VAT\""), "observers belong to no regional group");
        let rich = rows(&public.get("/divide?income=HIC&lang=en").await);
        assert!(rich.contains(&"FRA".to_owned()) && !rich.contains(&"KEN".to_owned()));
        let covered = public.get("/divide?sort=coverage&lang=en").await;
        covered.assert_has("aria-sort=\"descending\" class=\"numeric\"><a href=\"/divide?sort=coverage\">Coverage</a>");
        let by_coverage = rows(&covered);
        assert_ne!(by_coverage, by_rank);
        let coverage_of = |iso3: &str| index.members.iter().find(|s| s.iso3 == iso3).unwrap().coverage;
        assert!(by_coverage.windows(2).all(|w| coverage_of(&w[0]) >= coverage_of(&w[1])));
        let uncertain = rows(&public.get("/divide?sort=uncertainty&lang=en").await);
        let width = |iso3: &str| {
            let s = index.members.iter().find(|s| s.iso3 == iso3).unwrap();
            s.rank_high - s.rank_low
        };
        assert!(uncertain.windows(2).all(|w| width(&w[0]) >= width(&w[1])));
        let last = public.get("/divide?page=4&lang=en").await;
        assert_eq!(rows(&last).len(), 193 - 150);
        let bad = public.get("/divide?region=NOWHERE&sort=name&lang=en").await;
        bad.assert_has("<a href=\"#region\">Choose a regional group from the list</a>");
        bad.assert_has("<a href=\"#sort\">Choose an order from the list</a>");
        assert!(bad.html.contains("<title>Error: "));
        assert_eq!(public.get("/divide?page=99999999999999999999").await.status, StatusCode::BAD_REQUEST);

        // A profile: standing, pillars with their table, values, trends.
        let kenya = public.get("/divide/KEN?lang=en").await;
        let score = index.members.iter().find(|s| s.iso3 == "KEN").unwrap();
        kenya.assert_has(&format!("{} of 193 member states", score.rank));
        kenya.assert_has(
            "<title id=\"pillars-title\">Pillar scores of Kenya, with its group&#39;s median and the frontier</title>",
        );
        kenya.assert_has("<tr><th scope=\"row\">Connectivity</th>");
        kenya.assert_has("Individuals using the Internet (% of population), 2000 to 2024");
        kenya.assert_has("<summary aria-describedby=\"trend-0-name\">Show the data</summary>");
        kenya.assert_has("Filled: its own latest value");
        kenya.assert_has("href=\"/members/KEN\"");
        kenya.assert_has("No submission of this state awaits review.");
        assert!(!kenya.has("action=\"/divide/KEN/submissions\""), "a visitor gets no form");
        let arabic = public.get("/divide/KEN?lang=ar").await;
        arabic.assert_has("التوصيلية");
        arabic.assert_has("كينيا");
        let holy_see = public.get("/divide/VAT?lang=en").await;
        holy_see.assert_has("An observer state: scored for information, not ranked.");
        assert_eq!(public.get("/divide/ken?lang=en").await.status, StatusCode::OK);
        for missing in ["/divide/XKX", "/divide/KENYA", "/divide/K", "/divide/%C3%A9%C3%A9%C3%A9"] {
            assert_eq!(public.get(missing).await.status, StatusCode::NOT_FOUND, "{missing}");
        }
        public.get("/members/KEN?lang=en").await.assert_has("href=\"/divide/KEN\"");

        // The methodology in words, its pillars, its file.
        let methodology = public.get("/divide/methodology?lang=en").await;
        methodology.assert_has("Free data from Gapminder, the World Bank and UNESCO UIS, CC BY 4.0");
        methodology.assert_has("as for the Human Development Index");
        methodology.assert_has("Connectivity: weight 20%");
        methodology.assert_has("Individuals using the Internet (% of population)");
        methodology.assert_has("concord divide compute --url https://concord.test --json");
        let french = public.get("/divide/methodology?lang=fr").await;
        french.assert_has("Connectivité : pondération 20 %");
        french.assert_has("<td lang=\"en\" dir=\"ltr\">The share of people using the Internet");
        let file = public.get("/divide/methodology.toml").await;
        assert_eq!(file.status, StatusCode::OK);
        assert_eq!(file.headers[header::CONTENT_TYPE], "text/plain; charset=utf-8");
        assert!(file.html.contains("version = 1") && file.html.contains("[[pillar]]"));
    })
    .await;
}

/// The heading a page's title starts with.
fn page_heading(lang: Lang, path: &str, page: &Page) -> String {
    let tr = Tr { lang };
    let id = if path.starts_with("/divide/methodology") {
        "divide-methodology-title"
    } else if path.starts_with("/divide/submissions") {
        "divide-submissions-title"
    } else if path.starts_with("/divide/") {
        // A profile is headed by the state's name, which its title names.
        let start = page.html.find("<h1 class=\"heading-xl\">").unwrap() + "<h1 class=\"heading-xl\">".len();
        let name = crate::support::visitor::unescape(&page.html[start..start + page.html[start..].find('<').unwrap()]);
        return tr.t_args("divide-profile-title", &[("member", name.into())]).replace('\'', "&#39;");
    } else {
        "divide-title"
    };
    tr.t(id).replace('\'', "&#39;")
}

/// Posts the submission form of Kenya's profile as `visitor`.
async fn submit(visitor: &mut Visitor, fields: &[(&str, &str)]) -> Page {
    visitor.fill("/divide/KEN?lang=en", "/divide/KEN/submissions", fields).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delegation_submits_a_value_and_the_secretariat_reviews_it() {
    on_each_backend(|setup| async move {
        let state = with_values(&setup).await;
        let mut analyst = Analyst::new(state.store.clone(), "pages".into());
        let before = computed(&state, &mut analyst, log_size(&state).await).await;
        let People { mut admin, kenya_head, mut kenya_delegate, mut ghana_head, mut participant, mut observer } =
            people(&state).await;
        drop(kenya_head);

        // Only Kenya's own delegation gets the form.
        let own = kenya_delegate.get("/divide/KEN?lang=en").await;
        own.assert_has("action=\"/divide/KEN/submissions\"");
        own.assert_has("<option value=\"IT.NET.USER.ZS\">Individuals using the Internet (% of population)</option>");
        for (who, visitor) in
            [("Ghana", &mut ghana_head), ("participant", &mut participant), ("observer", &mut observer)]
        {
            let page = visitor.get("/divide/KEN?lang=en").await;
            assert!(!page.has("action=\"/divide/KEN/submissions\""), "{who} sees Kenya's form");
            let answer = post_anyway(
                visitor,
                "/divide/KEN/submissions",
                &[("indicator", "HDI"), ("year", "2023"), ("value", "0.7"), ("source", "mine")],
            )
            .await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN, "{who}: {}", answer.html);
        }
        assert!(ghana_head.get("/divide/GHA?lang=en").await.has("action=\"/divide/GHA/submissions\""));

        // Each bad field is named on the form, the values kept.
        let typed =
            submit(&mut kenya_delegate, &[("indicator", "IT.NET.USER.ZS"), ("year", "20x3"), ("value", "lots")]).await;
        assert_eq!(typed.status, StatusCode::UNPROCESSABLE_ENTITY);
        typed.assert_has("<a href=\"#year\">Enter the year as four digits, for example 2023</a>");
        typed.assert_has("<a href=\"#value\">Enter the value as a number, for example 23.5</a>");
        typed.assert_has("value=\"20x3\"");
        typed.assert_has("<option value=\"IT.NET.USER.ZS\" selected>");
        let cases: [(&[(&str, &str)], &str); 5] = [
            (
                &[("indicator", ""), ("year", "2023"), ("value", "1"), ("source", "s")],
                "<a href=\"#indicator\">Choose an indicator from the list</a>",
            ),
            (
                &[("indicator", "IT.NET.USER.ZS"), ("year", "2023"), ("value", "150"), ("source", "s")],
                "<a href=\"#value\">Enter a value from 0 to 100</a>",
            ),
            (
                &[("indicator", "IT.NET.USER.ZS"), ("year", "2999"), ("value", "50"), ("source", "s")],
                "<a href=\"#year\">The year cannot be in the future</a>",
            ),
            (
                &[("indicator", "IT.NET.USER.ZS"), ("year", "1950"), ("value", "50"), ("source", "s")],
                "<a href=\"#year\">Enter a year from 1960 on</a>",
            ),
            (
                &[("indicator", "IT.NET.USER.ZS"), ("year", "2023"), ("value", "50"), ("source", " ")],
                "<a href=\"#source\">Enter where the value comes from</a>",
            ),
        ];
        for (fields, error) in cases {
            let failed = submit(&mut kenya_delegate, fields).await;
            assert_eq!(failed.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
            failed.assert_has(error);
            failed.assert_has("<title>Error: Kenya in the AI divide index – ");
        }
        let arabic = kenya_delegate
            .fill(
                "/divide/KEN?lang=ar",
                "/divide/KEN/submissions",
                &[("indicator", "IT.NET.USER.ZS"), ("year", "2023"), ("value", "150"), ("source", "s")],
            )
            .await;
        arabic.assert_has(&format!(
            "<a href=\"#value\">{}</a>",
            Tr { lang: Lang::Ar }.t_args("divide-error-value-range", &[("min", "0".into()), ("max", "100".into())])
        ));
        assert!(state.store.divide_submissions(Default::default()).await.unwrap().is_empty(), "nothing written");

        // A good value waits for review.
        let source = "Kenya National Bureau of Statistics, Economic Survey 2024, table 15.6";
        let fields = [("indicator", "IT.NET.USER.ZS"), ("year", "2023"), ("value", "95"), ("source", source)];
        let sent = submit(&mut kenya_delegate, &fields).await;
        assert_eq!(sent.location(), "/divide/KEN", "{}", sent.html);
        let profile = kenya_delegate.follow(&sent).await;
        profile.assert_has("The value was submitted. The secretariat reviews it before it counts.");
        profile.assert_has(source);
        let again = submit(&mut kenya_delegate, &fields).await;
        again.assert_has(
            "<a href=\"#indicator\">A value of this indicator for this year already awaits review (submission 1)</a>",
        );
        let hdi = [("indicator", "HDI"), ("year", "2023"), ("value", "0.99"), ("source", "A guess")];
        assert_eq!(submit(&mut kenya_delegate, &hdi).await.location(), "/divide/KEN");

        // The queue is public; only the secretariat reviews.
        let mut public = Visitor::new(&state);
        let queue = public.get("/divide/submissions?lang=en").await;
        queue.assert_has("2 submissions await review.");
        queue.assert_has("Kenya: Individuals using the Internet (% of population), 2023");
        queue.assert_has("Value submitted: 95.0. Value in force: 35.0.");
        assert!(!queue.has("action=\"/divide/submissions/1/accept\""));
        for (who, visitor) in [("Kenya", &mut kenya_delegate), ("participant", &mut participant)] {
            for action in ["/divide/submissions/1/accept", "/divide/submissions/1/reject"] {
                let answer = post_anyway(visitor, action, &[("reason", "no")]).await;
                assert_eq!(answer.status, StatusCode::FORBIDDEN, "{who} {action}: {}", answer.html);
            }
        }
        let queue = admin.get("/divide/submissions?lang=en").await;
        queue.assert_has("action=\"/divide/submissions/1/accept\"");
        let refused = admin.submit(&queue, "/divide/submissions/2/reject", &[("reason", "")]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_has("<a href=\"#reason-2\">Enter the reason for rejecting the value</a>");
        let rejected = admin
            .fill(
                "/divide/submissions",
                "/divide/submissions/2/reject",
                &[("reason", "No source was given for this value")],
            )
            .await;
        assert_eq!(rejected.location(), "/divide/submissions", "{}", rejected.html);
        let accepted = admin.fill("/divide/submissions", "/divide/submissions/1/accept", &[]).await;
        assert_eq!(accepted.location(), "/divide/submissions", "{}", accepted.html);
        let reviewed = admin.follow(&accepted).await;
        reviewed.assert_has("The value was accepted.");
        reviewed.assert_has("No submission awaits review.");
        reviewed.assert_has(">Accepted</strong>");
        reviewed.assert_has("No source was given for this value");
        let twice = post_anyway(&mut admin, "/divide/submissions/1/accept", &[]).await;
        assert_eq!(twice.status, StatusCode::CONFLICT, "{}", twice.html);
        twice.assert_has("Submission 1 was already reviewed");
        assert_eq!(post_anyway(&mut admin, "/divide/submissions/9/accept", &[]).await.status, StatusCode::NOT_FOUND);

        // The index is computed again: Kenya's value and rank change.
        let after = computed(&state, &mut analyst, log_size(&state).await).await;
        let (old, new) = (rank_of(&before, "KEN"), rank_of(&after, "KEN"));
        assert!(new < old, "Kenya's rank went from {old} to {new}");
        let profile = public.get("/divide/KEN?lang=en").await;
        profile.assert_has(&format!("{new} of 193 member states"));
        profile.assert_has("<tr><th scope=\"row\">2023<td>95.0\n");
    })
    .await;
}
