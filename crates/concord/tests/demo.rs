//! `concord serve --demo` (issue 15): a new data directory becomes a
//! clearly marked demo whose first page shows consultations with results,
//! in the six languages; the directory remembers it; one that is not a
//! demo is refused. The divide index is computed from the shipped values,
//! and the demo delegations' national submissions wait for review (issue
//! 17).

mod support;

use std::process::Stdio;
use std::time::{Duration, Instant};

use domain::lang::Lang;
use server::web::i18n::Tr;
use store::scratch::{Setup, on_each_backend};
use support::{Served, concord, store_args, text};

/// The demo consultation's title in each language, as the home page shows
/// it.
const TITLES: [(Lang, &str); 6] = [
    (Lang::En, "Sharing computing power for AI (demo)"),
    (Lang::Fr, "Partager la puissance de calcul pour l’IA (démo)"),
    (Lang::Es, "Compartir capacidad de cómputo para la IA (demo)"),
    (Lang::Ru, "Совместное использование вычислительных мощностей для ИИ (демо)"),
    (Lang::Zh, "共享人工智能算力（演示）"),
    (Lang::Ar, "تقاسم القدرة الحاسوبية للذكاء الاصطناعي (عرض تجريبي)"),
];

async fn get(url: &str) -> String {
    let answer = reqwest::get(url).await.unwrap();
    assert!(answer.status().is_success(), "{url}: {}", answer.status());
    answer.text().await.unwrap()
}

/// A message as a page writes it (askama escapes the apostrophe).
fn rendered(lang: Lang, id: &str) -> String {
    Tr { lang }.t(id).replace('\'', "&#39;")
}

/// The status document's log size and demo flag.
async fn status(served: &Served) -> (u64, bool) {
    let json: serde_json::Value = serde_json::from_str(&get(&format!("{}/api/v1/status", served.url)).await).unwrap();
    (json["log_size"].as_u64().unwrap(), json["demo"].as_bool().unwrap())
}

/// The address of the link whose text is `title`, and where it is in
/// `page`.
fn link_to(page: &str, title: &str) -> Option<(usize, String)> {
    let text = page.find(&format!(">{title}</a>"))?;
    let start = page[..text].rfind("href=\"")? + "href=\"".len();
    let end = start + page[start..].find('"')?;
    Some((start, page[start..end].to_owned()))
}

/// Checks that `served`'s first page is the demo's, in every language: the
/// banner, and the native consultation with a link to its results, before
/// the rest of the page. Returns the address of its results.
async fn first_page_is_the_demo(served: &Served) -> String {
    let mut href = String::new();
    for (lang, title) in TITLES {
        let page = get(&format!("{}/?lang={}", served.url, lang.code())).await;
        assert!(page.contains(&format!("<html lang=\"{}\"", lang.code())), "{lang:?}");
        assert!(page.contains("class=\"phase-banner\""), "{lang:?}: no banner");
        assert!(page.contains(&rendered(lang, "demo-banner")), "{lang:?}: the banner's text");
        let (results, link) = link_to(&page, title).unwrap_or_else(|| panic!("{lang:?}: no link to {title}"));
        assert!(link.starts_with("/consultations/") && link.ends_with("/results"), "{lang:?}: {link}");
        href = link;
        let about = page.find(&rendered(lang, "home-about-heading")).expect("the about heading");
        assert!(results < about, "{lang:?}: the results come first");
        assert!(page.contains("Concord demo organization"));
    }
    href
}

/// Waits until the analyst has computed the consultation's results.
async fn results_computed(served: &Served, href: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let page = get(&format!("{}{href}?lang=en", served.url)).await;
        if !page.contains(&rendered(Lang::En, "results-computing-later")) {
            return page;
        }
        assert!(Instant::now() < deadline, "no results after two minutes");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// The demo's ballots: General Assembly roll call 6138 replayed and
/// closed with the Assembly's outcome, each vote signed by its
/// delegation's key; and an open ballot with a proxy.
async fn demo_ballots(served: &Served) {
    let json = |text: String| -> serde_json::Value { serde_json::from_str(&text).unwrap() };
    let replayed = json(get(&format!("{}/api/v1/ballots/1?lang=en", served.url)).await);
    assert_eq!(replayed["status"], "closed");
    assert_eq!(replayed["outcome"], "adopted");
    assert_eq!(
        (replayed["yes"].as_u64(), replayed["no"].as_u64(), replayed["abstain"].as_u64()),
        (Some(94), Some(59), Some(33))
    );
    assert!(replayed["explanation"].as_str().unwrap().starts_with("Adopted."), "{replayed}");
    let votes = replayed["votes"].as_array().unwrap();
    assert_eq!(votes.iter().filter(|v| v["choice"].is_string()).count(), 186);
    let kenya = votes.iter().find(|v| v["member"] == "KEN").unwrap();
    assert!(!kenya["key"].as_str().unwrap_or_default().is_empty(), "signed: {kenya}");
    let open = json(get(&format!("{}/api/v1/ballots/2", served.url)).await);
    assert_eq!(open["status"], "open");
    assert_eq!(open["proxies"][0]["from"], "EST");
    assert_eq!(open["proxies"][0]["to"], "CAN");
}

/// The demo's divide index, once the analyst has computed it from the
/// shipped values: every member state ranked; and the demo delegations'
/// national submissions: three awaiting review, Chile's accepted (its
/// profile shows the value), Estonia's rejected with its reason.
async fn demo_divide(served: &Served) {
    let deadline = Instant::now() + Duration::from_secs(120);
    let index = loop {
        let page = get(&format!("{}/divide?lang=en", served.url)).await;
        if !page.contains(&rendered(Lang::En, "divide-computing-later")) {
            break page;
        }
        assert!(Instant::now() < deadline, "no divide index after two minutes");
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    assert!(index.contains("193 member states"), "{index}");
    assert_eq!(
        index.matches("<th scope=\"row\"><a href=\"/divide/").count(),
        50 + 2,
        "a page of members, the observers"
    );
    assert!(index.contains("class=\"phase-banner\""));
    let queue = get(&format!("{}/divide/submissions?lang=en", served.url)).await;
    assert!(queue.contains("3 submissions await review."), "{queue}");
    for pending in [
        "Kenya: Mobile cellular subscriptions per 100 people, 2023",
        "Indonesia: Fixed broadband subscriptions per 100 people, 2023",
        "Canada: Researchers in research and development (per million people), 2023",
    ] {
        assert!(queue.contains(pending), "{pending} awaits review");
    }
    assert!(queue.contains("Value submitted: 123.4. Value in force: 120.6."), "Kenya's value beside the shipped one");
    assert!(queue.contains(">Accepted</strong>") && queue.contains(">Rejected</strong>"));
    assert!(queue.contains("The figure includes electricity sent to neighbouring grids"), "the reason");
    let chile = get(&format!("{}/divide/CHL?lang=en", served.url)).await;
    assert!(chile.contains("<tr><th scope=\"row\">2023<td>0.410\n"), "Chile's accepted value is in force");
    let kenya = get(&format!("{}/divide/KEN?lang=ar", served.url)).await;
    assert!(kenya.contains("dir=\"rtl\"") && kenya.contains("Communications Authority of Kenya"));
}

#[tokio::test]
async fn serve_demo_shows_consultations_with_results_and_stays_a_demo() {
    on_each_backend(|setup: Setup| async move {
        let served = Served::start_with(&setup, &["--demo"], Stdio::null());
        let href = first_page_is_the_demo(&served).await;
        let results = results_computed(&served, &href).await;
        assert!(results.contains("class=\"phase-banner\""));
        assert!(results.contains("<svg"), "the opinion map is drawn");
        // The two shipped Pol.is consultations are there too, with their
        // results, their source and the data's licence.
        for lang in Lang::ALL {
            let page = get(&format!("{}/?lang={}", served.url, lang.code())).await;
            for (title, source) in
                [("$15/hour", "https://pol.is/2demo"), ("UberX 自用車載客 — vTaiwan.tw", "https://pol.is/3phdex2kjf")]
            {
                let (_, link) = link_to(&page, title).unwrap_or_else(|| panic!("{lang:?}: no link to {title}"));
                if lang == Lang::En {
                    let imported = results_computed(&served, &link).await;
                    assert!(imported.contains(source), "{title}: the source");
                    assert!(imported.contains("CC BY 4.0"), "{title}: the licence");
                    assert!(imported.contains("<svg"), "{title}: the opinion map is drawn");
                }
            }
        }
        let sign_in = get(&format!("{}/sign-in?lang=fr", served.url)).await;
        for account in
            ["demo-secretariat", "demo-kenya-head", "demo-kenya-delegate", "demo-research", "demo-participant"]
        {
            assert!(sign_in.contains(account), "{account} on the sign-in page");
        }
        assert!(sign_in.contains("concord-demo"), "the demo password on the sign-in page");
        assert!(sign_in.contains("Kenya"), "the delegation's name in French");
        // The printed password opens the demo accounts.
        for (username, role) in [("demo-kenya-delegate", "delegate"), ("demo-research", "stakeholder")] {
            let answer = reqwest::Client::new()
                .post(format!("{}/api/v1/session", served.url))
                .header("content-type", "application/json")
                .body(serde_json::json!({"username": username, "password": "concord-demo"}).to_string())
                .send()
                .await
                .unwrap();
            assert!(answer.status().is_success(), "{username}: {}", answer.status());
            let json: serde_json::Value = serde_json::from_str(&answer.text().await.unwrap()).unwrap();
            assert_eq!(json["role"], role, "{username}");
        }
        demo_ballots(&served).await;
        demo_divide(&served).await;
        let (seeded, demo) = status(&served).await;
        assert!(demo);
        served.stop();

        // A restart without --demo is still the demo, unchanged.
        let served = Served::start(&setup);
        first_page_is_the_demo(&served).await;
        assert_eq!(status(&served).await, (seeded, true));
        served.stop();

        // With --demo again, it just starts: nothing is seeded twice.
        let served = Served::start_with(&setup, &["--demo"], Stdio::null());
        assert_eq!(status(&served).await, (seeded, true));
        served.stop();
    })
    .await;
}

#[tokio::test]
async fn serve_demo_refuses_a_data_directory_that_is_not_a_demo() {
    on_each_backend(|setup: Setup| async move {
        let served = Served::start(&setup);
        let (_, demo) = status(&served).await;
        assert!(!demo);
        let home = get(&format!("{}/", served.url)).await;
        assert!(!home.contains("phase-banner"), "no banner outside a demo");
        served.stop();

        let mut args = vec!["serve", "--demo", "--listen", "127.0.0.1:0"];
        let store = store_args(&setup);
        args.extend(store.iter().map(String::as_str));
        let output = concord(&args);
        assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
        let stderr = text(&output.stderr);
        assert!(stderr.contains("--demo") && stderr.contains("not a demo"), "{stderr}");
    })
    .await;
}
