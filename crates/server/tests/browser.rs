//! The pages in a real browser: headless Chromium (Debian's `chromium`)
//! driven through WebDriver (`chromedriver`), with axe-core (from the npm
//! registry, installed by `.ci/run` into `tests/browser/node_modules`).
//!
//! - Keyboard: the skip link is the first stop and moves focus to `<main>`;
//!   the language switch, the search form and the links work with keys.
//! - Switching the directory to Arabic gives a right-to-left page, and the
//!   choice is remembered on the next page; searching in Chinese finds
//!   Kenya; its page opens; the log browser opens an entry and its proof.
//! - The administrator signs in with a password and a new authenticator,
//!   accredits a head of delegation for Kenya; the head opens the link,
//!   creates an account, signs in with two factors, invites a delegate, and
//!   sees the delegation page right to left in Arabic.
//! - axe-core finds no WCAG 2.1 A/AA violation on any page in any of the
//!   six languages: the public pages (a consultation's results with its
//!   opinion map among them), then those of the secretariat (the
//!   consultation's moderation queue among them) and of a head of
//!   delegation, signed in as them.
//! - The same for a demonstration (`serve --demo`): its home page, with
//!   the phase banner and the consultations with results first, and its
//!   sign-in page with the demo accounts.
//! - On a phone (390 CSS pixels wide) none of those pages scrolls
//!   sideways: wide tables scroll inside their own box.
//! - Issue 17's done-when: Kenya's delegate submits a newer value of
//!   Internet use with its source, the secretariat accepts it, and Kenya's
//!   profile shows the value and a better rank, in English and in Arabic;
//!   axe-core finds nothing on the divide index's pages in six languages.
//! - The time of an entry reads in the right order on the Arabic page: it
//!   is isolated from the text around it and laid out right to left.
//!
//! Without Chromium, ChromeDriver or axe-core the test prints a note and
//! passes, except under `CI=true`, where their absence fails it.

use std::net::TcpListener as StdListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result, anyhow, ensure};
use domain::Command as DomainCommand;
use domain::authz::Caller;
use domain::lang::Lang;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use server::auth::admin::ensure_admin;
use server::auth::totp;
use server::{AppState, app};
use store::{Config, Store};

#[path = "support/consultation.rs"]
mod consultation;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const ADMIN_PASSWORD: &str = "administrator password";

/// Every kind of page, checked by axe in every language.
const PAGES: &[&str] = &[
    "/",
    "/members",
    "/members?q=ke&group=AFRICAN&sort=population&order=desc",
    "/members?group=AFRICA&q=k",
    "/members/KEN",
    "/members/VAT",
    "/record",
    "/record/entries/0",
    "/record/entries/196",
    "/no-such-page",
    "/sign-in",
    "/sign-up",
    "/organizations",
    "/documents",
    "/documents?kind=text&language=fr",
    "/documents/1",
    "/forgot-password",
    consultation::RESULTS,
    "/consultations",
    "/consultations/2",
    "/nodes",
];

/// The pages of the secretariat, checked signed in as the administrator.
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
    consultation::MODERATION,
    "/consultations/new",
    "/consultations/2",
];

/// The pages of a head of delegation, checked signed in as one.
/// The pages a demonstration changes, served by a second server on the
/// same store marked as a demo.
const DEMO_PAGES: &[&str] = &["/", "/sign-in", "/consultations/1/results"];

/// The pages a mirror that lost its hub and kept evidence of a fork
/// changes (the banner, the warning, the alert), served by a third server.
const MIRROR_PAGES: &[&str] = &["/", "/nodes", "/members"];

const HEAD_PAGES: &[&str] = &["/delegation", "/account", "/members/KEN"];

struct Tools {
    chromium: PathBuf,
    chromedriver: PathBuf,
    axe: String,
}

/// The browser, its driver and axe-core, or `None` (with a note) when one
/// is missing outside CI.
fn tools() -> Option<Tools> {
    let axe_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/browser/node_modules/axe-core/axe.min.js");
    let missing: Vec<String> = [
        (Path::new(CHROMIUM), "chromium (apt-get install chromium)"),
        (Path::new(CHROMEDRIVER), "chromedriver (apt-get install chromium-driver)"),
        (axe_path.as_path(), "axe-core (npm ci --prefix tests/browser)"),
    ]
    .iter()
    .filter(|(path, _)| !path.exists())
    .map(|(_, what)| what.to_string())
    .collect();
    if !missing.is_empty() {
        let message = format!("the browser tests need {}", missing.join(", "));
        if std::env::var("CI").is_ok_and(|ci| ci == "true") {
            panic!("CI=true and {message}");
        }
        eprintln!("note: SKIPPED: {message}");
        return None;
    }
    Some(Tools {
        chromium: CHROMIUM.into(),
        chromedriver: CHROMEDRIVER.into(),
        axe: std::fs::read_to_string(&axe_path).ok()?,
    })
}

/// A child process killed when dropped.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Serves `store` as a demonstration with two demo accounts; returns its
/// address.
async fn serve_demo(store: &Store) -> String {
    use server::demo::{Demo, DemoAccount};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let auth = server::auth::AuthConfig { public_url: base.clone(), ..Default::default() };
    let mut state = AppState::with_auth(store.clone(), auth);
    let account = |username: &str, role: &str, member: Option<&str>| DemoAccount {
        username: username.into(),
        role: role.into(),
        member: member.map(str::to_owned),
        organization: None,
    };
    state.demo = Some(std::sync::Arc::new(Demo {
        password: "concord-demo".into(),
        accounts: vec![
            account("demo-kenya-head", "head_of_delegation", Some("KEN")),
            account("demo-participant", "participant", None),
        ],
    }));
    let app = app(state);
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

/// Serves a store of its own as a mirror whose hub has been silent for
/// two minutes, with evidence of a fork; returns its address and the data
/// directory to keep.
async fn serve_mirror_with_evidence() -> (String, tempfile::TempDir) {
    use store::federation::{EvidenceKind, FollowStatus, NewEvidence};
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(&Config::new(data.path())).await.unwrap();
    let now = domain::Timestamp::now().unix_millis();
    let hub = "https://hub.concord.example";
    let follow = FollowStatus {
        hub_url: hub.into(),
        answered_at: now - 120_000,
        attempted_at: now,
        hub_size: 300,
        error: None,
        stopped: true,
    };
    store.record_follow(&follow).await.unwrap();
    let (_, held) = store.signed_checkpoint().await.unwrap();
    let evidence = NewEvidence {
        kind: EvidenceKind::Rewrite,
        source: format!("{hub}/log/checkpoint"),
        held_note: None,
        served_note: held,
        proof: Vec::new(),
        detail: "the hub's checkpoint does not extend the one held".into(),
        detected_at: now - 60_000,
    };
    store.record_evidence(&evidence).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let state = AppState::new(store).with_node(server::federation::Node::mirror_of(hub));
    let app = app(state);
    tokio::spawn(async move { axum::serve(listener, app).await });
    (base, data)
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pages_in_headless_chromium() {
    let Some(tools) = tools() else { return };

    // The server, on a fresh SQLite store with one document published.
    let data = tempfile::tempdir().unwrap();
    let store = Store::open(&Config::new(data.path())).await.unwrap();
    let blob = store.put_blob(b"Texte", "text/plain").await.unwrap();
    let publish = DomainCommand::PublishDocument { title: "Principes directeurs".into(), language: Lang::Fr, blob };
    store.submit(Caller::system(), publish).await.unwrap();
    ensure_admin(&store, Some(ADMIN_PASSWORD)).await.unwrap();
    store.sign_checkpoint().await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let auth = server::auth::AuthConfig { public_url: base.clone(), ..Default::default() };
    let app = app(AppState::with_auth(store.clone(), auth));
    tokio::spawn(async move { axum::serve(listener, app).await });
    let _analyst = server::analyst::Analyst::new(store.clone(), "browser".into()).spawn(Duration::from_millis(200));
    let demo_base = serve_demo(&store).await;
    let (mirror_base, _mirror_data) = serve_mirror_with_evidence().await;

    // ChromeDriver, and a session of Chromium with a fresh profile.
    let port = free_port();
    let _driver = Killed(
        Command::new(&tools.chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts"),
    );
    let profile = tempfile::tempdir().unwrap();
    let mut ready = false;
    for _ in 0..200 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            ready = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(ready, "chromedriver did not listen on port {port}");
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": tools.chromium,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                format!("--user-data-dir={}", profile.path().display()),
            ],
        }),
    );
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a Chromium session");

    // Run everything, then always end the session before judging.
    let outcome = async {
        keyboard(&client, &base).await.context("keyboard")?;
        arabic_and_chinese(&client, &base).await.context("directory in Arabic and Chinese")?;
        record(&client, &base).await.context("log browser")?;
        arabic_time(&client, &base).await.context("an entry's time in Arabic")?;
        // A consultation with results and a moderation queue (1), and one
        // open to everyone, moderated after (2), after the checks that
        // count the record's entries.
        consultation::open_with_results(&store).await;
        consultation(&store).await.context("a consultation")?;
        accessibility(&client, &base, &tools.axe, PAGES).await.context("axe-core")?;
        accessibility(&client, &demo_base, &tools.axe, DEMO_PAGES).await.context("axe-core, demo")?;
        accessibility(&client, &mirror_base, &tools.axe, MIRROR_PAGES).await.context("axe-core, mirror")?;
        let codes = accreditation(&client, &base, &tools.axe).await.context("accreditation")?;
        recovery(&client, &base, &tools.axe, &store, &codes).await.context("recovery")?;
        participant(&client, &base, &tools.axe).await.context("participant")?;
        deliberation(&client, &base, &tools.axe, &store, &codes).await.context("a consultation, from the keyboard")?;
        ballot(&client, &base, &tools.axe, &store, &codes).await.context("a ballot, from the keyboard")?;
        divide(&client, &base, &tools.axe, &store, &codes).await.context("the divide index, from the keyboard")
    }
    .await;
    let _ = client.close().await;
    if let Err(err) = outcome {
        panic!("{err:#}");
    }
}

async fn press(client: &Client, key: Key) -> Result<()> {
    let key = char::from(key);
    let actions =
        KeyActions::new("keyboard".into()).then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
    client.perform_actions(actions).await?;
    Ok(())
}

async fn js(client: &Client, script: &str) -> Result<serde_json::Value> {
    Ok(client.execute(script, vec![]).await?)
}

async fn text_of(client: &Client, css: &str) -> Result<String> {
    // A page still loading may replace the element between finding and
    // reading it: find it again then.
    for _ in 0..5 {
        let Ok(element) = client.wait().at_most(Duration::from_secs(20)).for_element(Locator::Css(css)).await else {
            break;
        };
        match element.text().await {
            Ok(text) => return Ok(text),
            Err(fantoccini::error::CmdError::Standard(err))
                if err.error == fantoccini::error::ErrorStatus::StaleElementReference =>
            {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(err) => return Err(err.into()),
        }
    }
    match client.wait().at_most(Duration::from_secs(20)).for_element(Locator::Css(css)).await {
        Ok(element) => Ok(element.text().await?),
        Err(err) => {
            let url = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
            let text = js(client, "return document.body.innerText;").await.unwrap_or_default();
            Err(anyhow!("no {css} on {url} ({err}); the page says: {text}"))
        }
    }
}

/// The skip link is the first stop of the keyboard and moves to `<main>`.
async fn keyboard(client: &Client, base: &str) -> Result<()> {
    client.goto(&format!("{base}/?lang=en")).await?;
    press(client, Key::Tab).await?;
    let focused = client.active_element().await?;
    ensure!(
        focused.attr("class").await?.as_deref() == Some("skip-link"),
        "the first Tab stop is {:?}",
        focused.html(false).await?
    );
    ensure!(focused.is_displayed().await?, "the focused skip link is hidden");
    press(client, Key::Enter).await?;
    ensure!(
        client.current_url().await?.fragment() == Some("main-content"),
        "the skip link did not go to #main-content"
    );
    let focused = client.active_element().await?;
    ensure!(focused.attr("id").await?.as_deref() == Some("main-content"), "focus is not on <main> after the skip link");
    Ok(())
}

/// Arabic is right to left and remembered; a search in Chinese, made with
/// the keyboard, finds Kenya, whose page opens.
async fn arabic_and_chinese(client: &Client, base: &str) -> Result<()> {
    client.goto(&format!("{base}/members?lang=en")).await?;
    let arabic = client.find(Locator::Css("a[hreflang='ar']")).await?;
    arabic.send_keys(&char::from(Key::Enter).to_string()).await?;
    text_of(client, "html[lang='ar'] h1").await?;
    let direction =
        js(client, "return [document.documentElement.dir, getComputedStyle(document.body).direction];").await?;
    ensure!(direction == serde_json::json!(["rtl", "rtl"]), "{direction}");
    // Mirrored: the organization's name sits right of the language switch.
    let mirrored = js(
        client,
        "return document.querySelector('.header-org').getBoundingClientRect().left > \
         document.querySelector('.languages').getBoundingClientRect().left;",
    )
    .await?;
    ensure!(mirrored == serde_json::json!(true), "the header is not mirrored");
    // The choice is remembered without the parameter.
    client.goto(&format!("{base}/record")).await?;
    let heading = text_of(client, "h1").await?;
    ensure!(heading == "السجل العام", "the record page is in {heading:?}");

    client.goto(&format!("{base}/members")).await?;
    client.find(Locator::Css("a[hreflang='zh']")).await?.click().await?;
    text_of(client, "html[lang='zh'] h1").await?;
    let search = client.find(Locator::Id("q")).await?;
    search.send_keys("肯尼亚").await?;
    search.send_keys(&char::from(Key::Enter).to_string()).await?;
    let link = client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("tbody a[href='/members/KEN']"))
        .await?;
    ensure!(link.text().await? == "肯尼亚", "the result is not in Chinese");
    let count = text_of(client, ".count").await?;
    ensure!(count == "找到 1 个国家", "{count}");
    link.send_keys(&char::from(Key::Enter).to_string()).await?;
    let heading = text_of(client, "h1").await?;
    ensure!(heading == "肯尼亚", "the member page is headed {heading:?}");
    let names = client.find_all(Locator::Css(".summary-list dd[lang]")).await?;
    ensure!(names.len() == 6, "{} names", names.len());
    Ok(())
}

/// The log browser: the checkpoint, an entry, its proof.
async fn record(client: &Client, base: &str) -> Result<()> {
    client.goto(&format!("{base}/record?lang=en")).await?;
    let note = text_of(client, "pre.code-block").await?;
    ensure!(note.contains("concord.localhost/log"), "{note}");
    let first = client.find(Locator::Css("tbody a")).await?;
    first.click().await?;
    let heading = text_of(client, "h1").await?;
    ensure!(heading == "Entry 197", "the newest entry (the administrator's appointment) is {heading}");
    let steps = client.find_all(Locator::Css("tbody td.code")).await?;
    ensure!(!steps.is_empty(), "no proof hashes");
    let command = text_of(client, "pre code").await?;
    ensure!(command.starts_with("concord verify --url http://127.0.0.1:"), "{command}");
    Ok(())
}

/// Consultation 2: open, in French with an English title and two seed
/// statements, created by the administrator (secretariat) after the log
/// browser was checked.
async fn consultation(store: &Store) -> Result<()> {
    use std::collections::BTreeMap;

    use domain::consultation::{Audience, ConsultationCommand, Moderation, NewConsultation, ResultsVisibility};
    let admin = store.account_by_username("admin").await?.ok_or_else(|| anyhow!("no administrator"))?;
    let caller = Caller::new(admin.handle, domain::authz::Scope::Full);
    let new = NewConsultation {
        language: Lang::Fr,
        title: BTreeMap::from([
            (Lang::Fr, "L’intelligence artificielle ouverte".to_owned()),
            (Lang::En, "Open artificial intelligence".to_owned()),
        ]),
        question: BTreeMap::from([(Lang::Fr, "Que faut-il partager des modèles d’IA ?".to_owned())]),
        audience: Audience::Everyone,
        moderation: Moderation::After,
        participants_write: true,
        results: ResultsVisibility::Everyone,
        opens_at: None,
        closes_at: None,
        seeds: vec!["Partager les poids des modèles".into(), "Publier les données d’entraînement".into()],
    };
    store.submit(caller.clone(), DomainCommand::Consultation(ConsultationCommand::Create(new))).await?;
    store.submit(caller, DomainCommand::Consultation(ConsultationCommand::Open { id: 2 })).await?;
    Ok(())
}

/// Fills the input named `name` (after clearing it).
async fn fill(client: &Client, name: &str, value: &str) -> Result<()> {
    let input = client.find(Locator::Css(&format!("input[name='{name}']"))).await?;
    input.clear().await?;
    input.send_keys(value).await?;
    Ok(())
}

/// Sends the form that posts to `action` from the keyboard: Enter on its
/// submit button.
async fn send(client: &Client, action: &str) -> Result<()> {
    let button = client.find(Locator::Css(&format!("form[action='{action}'] button[type='submit']"))).await?;
    button.send_keys(&char::from(Key::Enter).to_string()).await?;
    Ok(())
}

/// The path of the one-time invitation link on the page the form led to
/// (waiting for that page to load).
async fn invitation_path(client: &Client) -> Result<String> {
    let link = text_of(client, "#invitation-link").await?;
    let at = link.find("/invitations/").ok_or_else(|| anyhow!("{link:?} is not an invitation link"))?;
    Ok(link[at..].trim().to_owned())
}

/// Signs in through the pages, setting up the authenticator when asked;
/// returns the recovery codes shown once on the way.
async fn sign_in_with_new_authenticator(
    client: &Client,
    base: &str,
    username: &str,
    password: &str,
) -> Result<Vec<String>> {
    client.goto(&format!("{base}/sign-in?lang=en")).await?;
    fill(client, "username", username).await?;
    fill(client, "password", password).await?;
    send(client, "/sign-in").await?;
    text_of(client, "form[action='/account/two-factor/start'] button")
        .await
        .with_context(|| format!("after signing in as {username}"))?;
    send(client, "/account/two-factor/start").await?;
    let codes = new_authenticator(client).await?;
    // Issue 13: signing in leads to the role's home, never the account.
    let home = client.current_url().await?.path().to_owned();
    ensure!(home == "/secretariat" || home == "/delegation", "{username} landed on {home}");
    Ok(codes)
}

/// On the authenticator's setup page: the QR code beside the key, the
/// first code, then the recovery codes shown once (returned) and on, from
/// the keyboard.
async fn new_authenticator(client: &Client) -> Result<Vec<String>> {
    let secret = text_of(client, "#totp-secret").await?.replace(' ', "");
    let qr = client.find(Locator::Css("svg.qr[role='img']")).await.context("the QR code")?;
    ensure!(qr.attr("aria-label").await?.is_some_and(|label| !label.is_empty()), "the QR code has no label");
    let code = totp::code(&secret, totp::now_seconds()).map_err(|err| anyhow!("{err}"))?;
    fill(client, "code", &code).await?;
    send(client, "/account/two-factor").await?;
    text_of(client, "#secret li").await.context("the recovery codes")?;
    let mut codes = Vec::new();
    for item in client.find_all(Locator::Css("#secret li")).await? {
        codes.push(item.text().await?.trim().to_owned());
    }
    ensure!(codes.len() == 10, "{codes:?}");
    client.find(Locator::Css("main a.button")).await?.send_keys(&char::from(Key::Enter).to_string()).await?;
    let notice = text_of(client, ".banner-success .banner-body").await?;
    ensure!(notice.starts_with("Two-factor sign-in is on"), "{notice}");
    Ok(codes)
}

/// The recovery codes of the administrator and of Kenya's head.
struct Codes {
    admin: Vec<String>,
    head: Vec<String>,
}

/// Signs in through the pages someone without a second factor; returns
/// the path the sign-in led to.
async fn sign_in_and_land(client: &Client, base: &str, username: &str, password: &str) -> Result<String> {
    client.goto(&format!("{base}/sign-in?lang=en")).await?;
    fill(client, "username", username).await?;
    fill(client, "password", password).await?;
    send(client, "/sign-in").await?;
    // The sign-in page had no notice: wait for the signed-in header.
    text_of(client, "form[action='/sign-out'] button").await.with_context(|| format!("{username} signed in"))?;
    Ok(client.current_url().await?.path().to_owned())
}

/// The administrator signs in with two factors and accredits a head of
/// delegation for Kenya; the head accepts the link, signs in, sets up the
/// authenticator and invites a delegate; in Arabic the page is right to
/// left.
async fn accreditation(client: &Client, base: &str, axe: &str) -> Result<Codes> {
    let admin_codes = sign_in_with_new_authenticator(client, base, "admin", ADMIN_PASSWORD)
        .await
        .context("the administrator signs in")?;
    accessibility(client, base, axe, SECRETARIAT_PAGES).await.context("axe-core, secretariat")?;
    client.goto(&format!("{base}/secretariat/accreditation")).await?;
    // Typing a name on the list selects it, as with the keyboard alone.
    client.find(Locator::Css("select[name='member']")).await?.send_keys("Kenya").await?;
    let chosen = js(client, "return document.querySelector(\"select[name='member']\").value;").await?;
    ensure!(chosen == "KEN", "typing Kenya chose {chosen}");
    fill(client, "note", "Amina Wanjiru, Ministry of ICT").await?;
    send(client, "/secretariat/accreditation").await?;
    let link = invitation_path(client).await.context("the head's link")?;
    let mut violations = axe_here(client, axe).await?;

    // The head, in a fresh session.
    client.delete_all_cookies().await?;
    accessibility(client, base, axe, &[&link]).await.context("axe-core, invitation")?;
    client.goto(&format!("{base}{link}?lang=en")).await?;
    text_of(client, "h1").await?;
    fill(client, "username", "amina").await?;
    fill(client, "display_name", "Amina Wanjiru").await?;
    fill(client, "password", "amina's long passphrase").await?;
    send(client, &link).await.context("accepting the invitation")?;
    let notice = text_of(client, ".banner-success .banner-body").await?;
    ensure!(notice.starts_with("Your account was created"), "{notice}");
    let head_codes = sign_in_with_new_authenticator(client, base, "amina", "amina's long passphrase")
        .await
        .context("the head signs in")?;
    client.goto(&format!("{base}/delegation")).await?;
    client.find(Locator::Css("input[name='kind'][value='delegate']")).await?.send_keys(" ").await?;
    fill(client, "note", "Otieno, delegate").await?;
    send(client, "/delegation/invitations").await?;
    let delegate_link = invitation_path(client).await.context("the delegate's link")?;
    violations.extend(axe_here(client, axe).await?);
    ensure!(violations.is_empty(), "on the pages of a new link: {}", violations.join("\n"));
    accessibility(client, base, axe, HEAD_PAGES).await.context("axe-core, head of delegation")?;

    // The same page in Arabic is right to left.
    client.goto(&format!("{base}/delegation")).await?;
    client.find(Locator::Css("a[hreflang='ar']")).await?.click().await?;
    text_of(client, "html[lang='ar'] h1").await?;
    let direction = js(client, "return document.documentElement.dir;").await?;
    ensure!(direction == "rtl", "{direction}");

    // Issue 13: the delegate accepts, signs in and lands on the
    // delegation, read-only, in every language.
    client.delete_all_cookies().await?;
    client.goto(&format!("{base}{delegate_link}?lang=en")).await?;
    text_of(client, "h1").await?;
    fill(client, "username", "otieno").await?;
    fill(client, "display_name", "Otieno Odhiambo").await?;
    fill(client, "password", "otieno's long passphrase").await?;
    send(client, &delegate_link).await.context("the delegate accepts")?;
    text_of(client, ".banner-success").await.context("the delegate's account")?;
    let home = sign_in_and_land(client, base, "otieno", "otieno's long passphrase").await?;
    ensure!(home == "/delegation", "the delegate landed on {home}");
    let lead = text_of(client, "main .lead").await?;
    ensure!(lead.starts_with("You are a delegate in the delegation of Kenya"), "{lead}");
    accessibility(client, base, axe, &["/delegation"]).await.context("axe-core, delegate")?;
    Ok(Codes { admin: admin_codes, head: head_codes })
}

/// Signs in with a password and a recovery code instead of the app's code.
async fn sign_in_with_recovery_code(
    client: &Client,
    base: &str,
    username: &str,
    password: &str,
    code: &str,
) -> Result<()> {
    client.delete_all_cookies().await?;
    client.goto(&format!("{base}/sign-in?lang=en")).await?;
    fill(client, "username", username).await?;
    fill(client, "password", password).await?;
    send(client, "/sign-in").await?;
    // Wait for the second step's form, not the sign-in page still shown.
    text_of(client, "form[action='/sign-in/two-factor'] button").await.context("the code page")?;
    let hint = text_of(client, "main").await?;
    ensure!(hint.contains("recovery codes"), "the code page offers no recovery code: {hint}");
    fill(client, "code", code).await?;
    send(client, "/sign-in/two-factor").await?;
    let notice = text_of(client, ".banner-success .banner-body").await?;
    ensure!(notice.contains("recovery code"), "{notice}");
    Ok(())
}

/// Kenya's head loses the phone: signs in with a recovery code and sets up
/// a new authenticator (its QR code page passes axe-core); the head
/// invites a delegate, the secretariat issues a reset link for the
/// delegate, and the delegate sets a new password through it; all from
/// the keyboard.
async fn recovery(client: &Client, base: &str, axe: &str, store: &Store, codes: &Codes) -> Result<()> {
    let head_password = "amina's long passphrase";
    sign_in_with_recovery_code(client, base, "amina", head_password, &codes.head[0]).await.context("the head")?;
    // On the authenticator's page: a new key, its QR code.
    send(client, "/account/two-factor/start").await?;
    text_of(client, "#totp-secret").await?;
    let mut violations = axe_here(client, axe).await?;
    let new_codes = new_authenticator(client).await.context("the head's new authenticator")?;
    ensure!(!new_codes.contains(&codes.head[1]), "the old codes were replaced");

    // The head invites a delegate, who accepts.
    client.goto(&format!("{base}/delegation?lang=en")).await?;
    client.find(Locator::Css("input[name='kind'][value='delegate']")).await?.send_keys(" ").await?;
    fill(client, "note", "Wanjiku, delegate").await?;
    send(client, "/delegation/invitations").await?;
    let link = invitation_path(client).await?;
    client.delete_all_cookies().await?;
    client.goto(&format!("{base}{link}?lang=en")).await?;
    fill(client, "username", "wanjiku").await?;
    fill(client, "display_name", "Wanjiku Kamau").await?;
    fill(client, "password", "wanjiku's first passphrase").await?;
    send(client, &link).await?;
    text_of(client, ".banner-success").await.context("the delegate's account")?;
    let delegate = store.account_by_username("wanjiku").await?.ok_or_else(|| anyhow!("no account wanjiku"))?;

    // The secretariat issues a reset link for the delegate.
    sign_in_with_recovery_code(client, base, "admin", ADMIN_PASSWORD, &codes.admin[0]).await.context("the admin")?;
    client.goto(&format!("{base}/account/resets?lang=en")).await?;
    fill(client, "handle", delegate.handle.as_str()).await?;
    send(client, "/account/resets").await?;
    let reset_link = text_of(client, "#secret").await.context("the reset link")?;
    violations.extend(axe_here(client, axe).await?);
    let at = reset_link.find("/reset/").ok_or_else(|| anyhow!("{reset_link:?} is not a reset link"))?;
    let path = reset_link[at..].trim().to_owned();

    // The delegate resets the password, then signs in with it.
    client.delete_all_cookies().await?;
    accessibility(client, base, axe, &[&path]).await.context("axe-core, the reset form")?;
    client.goto(&format!("{base}{path}?lang=en")).await?;
    fill(client, "new_password", "wanjiku's second passphrase").await?;
    fill(client, "confirm_password", "wanjiku's second passphrase").await?;
    send(client, &path).await?;
    let notice = text_of(client, ".banner-success .banner-body").await?;
    ensure!(notice.starts_with("Your new password is set"), "{notice}");
    fill(client, "username", "wanjiku").await?;
    fill(client, "password", "wanjiku's second passphrase").await?;
    send(client, "/sign-in").await?;
    text_of(client, "form[action='/sign-out'] button").await.context("the delegate signed in")?;
    // The link works once.
    client.goto(&format!("{base}{path}?lang=en")).await?;
    let heading = text_of(client, "h1").await?;
    ensure!(heading.contains("does not work"), "{heading}");
    ensure!(violations.is_empty(), "{}", violations.join("\n"));
    Ok(())
}

/// axe-core on the page the browser shows now (an answer to a form, which
/// cannot be fetched again).
async fn axe_here(client: &Client, axe: &str) -> Result<Vec<String>> {
    client.execute(&format!("{axe}\nreturn true;"), vec![]).await?;
    let found = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, {
                 runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                 resultTypes: ['violations'],
             }).then(r => done({
                 passes: r.passes.length,
                 violations: r.violations.map(v =>
                     v.id + ' (' + v.impact + '): ' + v.help + ' at ' +
                     v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')),
             })).catch(e => done({passes: 0, violations: ['axe failed: ' + e]}));",
            vec![],
        )
        .await?;
    let passes = found["passes"].as_u64().unwrap_or(0);
    ensure!(passes > 10, "axe passed only {passes} rules");
    serde_json::from_value(found["violations"].clone()).map_err(|err| anyhow!("axe answered oddly: {err}"))
}

/// A member of the public signs up, signs in and applies for an
/// organization, all with the keyboard; the apply form and the new
/// organization's page pass axe-core.
async fn participant(client: &Client, base: &str, axe: &str) -> Result<()> {
    client.delete_all_cookies().await?;
    client.goto(&format!("{base}/sign-up?lang=en")).await?;
    fill(client, "username", "lucia").await?;
    fill(client, "display_name", "Lucía Pérez").await?;
    fill(client, "password", "lucia's long passphrase").await?;
    send(client, "/sign-up").await?;
    text_of(client, ".banner-success").await.context("signed up")?;
    let home = sign_in_and_land(client, base, "lucia", "lucia's long passphrase").await?;
    ensure!(home == "/participation", "the participant landed on {home}");
    accessibility(
        client,
        base,
        axe,
        &["/participation", "/organizations/apply", "/account/email", "/account/delete", "/consultations/2"],
    )
    .await?;
    // Taking part from the keyboard: a vote, then a statement.
    let written = "Publish the evaluation results of every model";
    take_part(client, base, "/consultations/2", written, "Your statement was added").await?;
    let violations = axe_here(client, axe).await?;
    ensure!(violations.is_empty(), "{}", violations.join("\n"));
    client.goto(&format!("{base}/organizations/apply")).await?;
    fill(client, "name", "Red Latinoamericana de IA Abierta").await?;
    client.find(Locator::Css("input[name='chamber']")).await?.send_keys(" ").await?;
    client.find(Locator::Css("select[name='country']")).await?.send_keys("Chile").await?;
    fill(client, "website", "https://ia-abierta.example.org").await?;
    send(client, "/organizations/apply").await?;
    let notice = text_of(client, ".banner-success .banner-body").await?;
    ensure!(notice.starts_with("Your application was recorded"), "{notice}");
    let organization = client.current_url().await?.path().to_owned();
    accessibility(client, base, axe, &[&organization]).await?;
    Ok(())
}

/// Fills the text area named `name`.
async fn fill_area(client: &Client, name: &str, value: &str) -> Result<()> {
    let area = client.find(Locator::Css(&format!("textarea[name='{name}']"))).await?;
    area.clear().await?;
    area.send_keys(value).await?;
    Ok(())
}

/// Presses Space on the radio button or check box `css` (checking it).
async fn check(client: &Client, css: &str) -> Result<()> {
    let input = client.find(Locator::Css(css)).await.with_context(|| format!("no {css}"))?;
    if !input.is_selected().await? {
        input.send_keys(" ").await?;
    }
    ensure!(input.is_selected().await?, "{css} is not checked after Space");
    Ok(())
}

/// Marks the page shown now, so that [`notice`] waits for the next one.
async fn mark_page(client: &Client) -> Result<()> {
    js(client, "document.documentElement.dataset.before = 'yes'; return true;").await?;
    Ok(())
}

/// The success banner of the page after a form, once that page replaced
/// the one [`mark_page`] marked; the banner must start with `expected`.
async fn notice(client: &Client, expected: &str) -> Result<()> {
    let mut replaced = false;
    for _ in 0..200 {
        let before = js(client, "return document.documentElement.dataset.before || null;").await.unwrap_or_default();
        if before.is_null() {
            replaced = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    ensure!(replaced, "the form's answer did not replace the page");
    let notice = text_of(client, ".banner-success .banner-body").await?;
    ensure!(notice.starts_with(expected), "expected {expected:?}, the page says {notice:?}");
    Ok(())
}

/// Votes agree on the statement shown and writes `text`, on consultation
/// `path`, from the keyboard, as whoever is signed in; the statement's
/// notice starts with `written`.
async fn take_part(client: &Client, base: &str, path: &str, text: &str, written: &str) -> Result<()> {
    client.goto(&format!("{base}{path}?lang=en")).await?;
    let agree = client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(&format!("form[action='{path}/vote'] button[value='agree']")))
        .await
        .context("the agree button")?;
    mark_page(client).await?;
    agree.send_keys(&char::from(Key::Enter).to_string()).await?;
    notice(client, "Your vote was recorded").await?;
    fill_area(client, "text", text).await?;
    mark_page(client).await?;
    send(client, &format!("{path}/statements")).await?;
    notice(client, written).await
}

/// The notice of a statement held for the moderators.
const HELD: &str = "Your statement was recorded";

/// Issue 14, end to end from the keyboard: the secretariat opens a
/// consultation in French with an English translation, held for
/// moderation; a delegate, a member of an organization and a member of the
/// public each vote and write a statement; the secretariat approves one;
/// with the votes of others, the results page shows the opinion groups,
/// the consensus and the per-constituency table, in English and in
/// Arabic, and axe-core finds nothing on them.
async fn deliberation(client: &Client, base: &str, axe: &str, store: &Store, codes: &Codes) -> Result<()> {
    use domain::consultation::{Choice, ConsultationCommand};
    // An admitted research organization whose manager has an account.
    let manager = domain::Actor::try_from("p.labmanager".to_owned()).map_err(|err| anyhow!(err))?;
    let password = "the lab's long passphrase";
    let account = store::access::NewAccount {
        handle: manager.clone(),
        username: "lab".into(),
        display_name: "Open Lab".into(),
        email: None,
        password_hash: server::auth::password::hash(password).await.map_err(|err| anyhow!("{err:?}"))?,
    };
    store.create_account(&account).await?;
    let apply = DomainCommand::ApplyOrganization {
        name: "Open Lab".into(),
        chamber: domain::people::Chamber::Research,
        country: None,
        website: None,
    };
    store.submit(Caller::new(manager, domain::authz::Scope::Full), apply).await?;
    let id = store.organizations(None, None, None).await?.len() as u64;
    store
        .submit(Caller::system(), DomainCommand::DecideOrganization { id, admit: true, reason: String::new() })
        .await?;

    // The secretariat creates and opens it.
    sign_in_with_recovery_code(client, base, "admin", ADMIN_PASSWORD, &codes.admin[1]).await?;
    client.goto(&format!("{base}/consultations/new?lang=en")).await?;
    client.find(Locator::Css("select[name='language']")).await?.send_keys("French").await?;
    fill(client, "title", "L’IA ouverte pour tous").await?;
    fill_area(client, "question", "Que doivent partager les membres ?").await?;
    fill(client, "title_en", "Open AI for everyone").await?;
    fill_area(client, "question_en", "What should members share?").await?;
    check(client, "input[name='moderation'][value='before']").await?;
    check(client, "input[name='participants_write']").await?;
    fill_area(
        client,
        "seeds",
        "Partager les modèles ouverts\nPartager les données d’entraînement\nGarder les poids secrets",
    )
    .await?;
    check(client, "input[name='open_now']").await?;
    mark_page(client).await?;
    send(client, "/consultations/new").await?;
    notice(client, "").await.context("the consultation was created")?;
    let path = client.current_url().await?.path().to_owned();
    ensure!(path == "/consultations/3", "the new consultation is at {path}");
    let heading = text_of(client, "h1").await?;
    ensure!(heading.contains("Open AI for everyone"), "{heading}");

    // A delegate of Kenya, a member of the organization and a member of
    // the public take part.
    client.delete_all_cookies().await?;
    sign_in_and_land(client, base, "wanjiku", "wanjiku's second passphrase").await?;
    take_part(client, base, &path, "Train the officials of every member state", HELD).await.context("the delegate")?;
    client.delete_all_cookies().await?;
    sign_in_and_land(client, base, "lab", password).await?;
    take_part(client, base, &path, "Open the evaluation sets", HELD).await.context("the organization")?;
    client.delete_all_cookies().await?;
    sign_in_and_land(client, base, "lucia", "lucia's long passphrase").await?;
    take_part(client, base, &path, "Translate the models into every language", HELD).await.context("the public")?;

    // The secretariat approves the delegate's statement (number 4).
    sign_in_with_recovery_code(client, base, "admin", ADMIN_PASSWORD, &codes.admin[2]).await?;
    client.goto(&format!("{base}{path}/moderation?lang=en")).await?;
    accessibility(client, base, axe, &[&format!("{path}/moderation")]).await.context("axe-core, the queue")?;
    client.goto(&format!("{base}{path}/moderation?lang=en")).await?;
    check(client, "input#verdict-4-approve").await?;
    mark_page(client).await?;
    send(client, &format!("{path}/statements/4/moderation")).await?;
    notice(client, "The decision was recorded").await?;

    // Others vote too: two camps of twelve members of the public.
    for p in 0..24u32 {
        let who = Caller::new(
            domain::Actor::try_from(format!("p.camp{p:02}")).map_err(|err| anyhow!(err))?,
            domain::authz::Scope::Full,
        );
        for (statement, agree) in [(1, true), (2, p < 12), (3, p >= 12), (4, p < 12)] {
            let choice = if agree { Choice::Agree } else { Choice::Disagree };
            let vote = ConsultationCommand::Vote { id: 3, statement, choice, pseudonym: None };
            store.submit(who.clone(), DomainCommand::Consultation(vote)).await?;
        }
    }

    // The results, once the analyst has caught up.
    let results = format!("{path}/results");
    let mut shown = false;
    for _ in 0..100 {
        client.goto(&format!("{base}{results}?lang=en")).await?;
        if client.find(Locator::Css(".group-card")).await.is_ok() {
            shown = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    ensure!(shown, "no opinion groups on {results}: {}", text_of(client, "main").await?);
    let cards = client.find_all(Locator::Css(".group-card")).await?;
    ensure!(cards.len() == 2, "{} opinion groups", cards.len());
    let main = text_of(client, "main").await?;
    ensure!(main.contains("Partager les modèles ouverts"), "the consensus statement is missing: {main}");
    client.find(Locator::Css("#constituencies")).await.context("the per-constituency table")?;
    client.find(Locator::Css("svg[role='img']")).await.context("the opinion map")?;
    client.goto(&format!("{base}{results}?lang=ar")).await?;
    text_of(client, "html[lang='ar'] h1").await?;
    ensure!(
        js(client, "return document.documentElement.dir;").await? == "rtl",
        "the Arabic results are not right to left"
    );
    ensure!(client.find_all(Locator::Css(".group-card")).await?.len() == 2, "the Arabic page lost its groups");
    client.find(Locator::Css("#constituencies")).await.context("the Arabic per-constituency table")?;
    accessibility(client, base, axe, &[&results, &path]).await.context("axe-core, the results")?;
    Ok(())
}

/// A person with an account (password `password`) put in a delegation by
/// the platform.
async fn delegation_member(
    store: &Store,
    handle: &str,
    username: &str,
    password: &str,
    member: &str,
    role: domain::people::DelegationRole,
) -> Result<domain::Actor> {
    let handle = domain::Actor::try_from(handle.to_owned()).map_err(|err| anyhow!(err))?;
    let account = store::access::NewAccount {
        handle: handle.clone(),
        username: username.into(),
        display_name: username.into(),
        email: None,
        password_hash: server::auth::password::hash(password).await.map_err(|err| anyhow!("{err:?}"))?,
    };
    store.create_account(&account).await?;
    let member = member.parse().map_err(|err: String| anyhow!(err))?;
    store.submit(Caller::system(), DomainCommand::AddDelegationMember { member, handle: handle.clone(), role }).await?;
    Ok(handle)
}

/// Issue 16, end to end from the keyboard: the secretariat opens a ballot;
/// Uganda's head registers the delegation's own key (a verifier key made
/// here, as `concord key generate` makes one); a delegate of Ghana votes
/// yes with the key the server keeps, and votes for Senegal, whose proxy
/// Ghana holds; the secretariat closes the ballot, and the result shows
/// the outcome and the rule in English and in Arabic; axe-core finds
/// nothing on the ballot pages in six languages.
async fn ballot(client: &Client, base: &str, axe: &str, store: &Store, codes: &Codes) -> Result<()> {
    use domain::decision::DecisionCommand;
    use domain::people::DelegationRole;
    delegation_member(store, "d.musa", "musa", "musa's long passphrase", "UGA", DelegationRole::Head).await?;
    delegation_member(store, "d.ama", "ama", "ama's long passphrase", "GHA", DelegationRole::Delegate).await?;
    let senegal = domain::Actor::try_from("d.senhead".to_owned()).map_err(|err| anyhow!(err))?;
    let sen = "SEN".parse().map_err(|err: String| anyhow!(err))?;
    let add = DomainCommand::AddDelegationMember { member: sen, handle: senegal.clone(), role: DelegationRole::Head };
    store.submit(Caller::system(), add).await?;

    // The secretariat opens the ballot.
    sign_in_with_recovery_code(client, base, "admin", ADMIN_PASSWORD, &codes.admin[3]).await?;
    client.goto(&format!("{base}/ballots/new?lang=en")).await?;
    fill(client, "title_en", "Adopt the open model principles").await?;
    fill(client, "title_ar", "اعتماد مبادئ النماذج المفتوحة").await?;
    client.find(Locator::Css("select[name='type']")).await?.send_keys("Procedural").await?;
    mark_page(client).await?;
    send(client, "/ballots/new").await?;
    notice(client, "The ballot is open").await?;
    let path = client.current_url().await?.path().to_owned();
    ensure!(path == "/ballots/1", "the new ballot is at {path}");
    accessibility(client, base, axe, &["/ballots/new", &path, &format!("{path}/roll-call")])
        .await
        .context("axe-core, the secretariat's ballot pages")?;
    let give = DomainCommand::Decision(DecisionCommand::GiveProxy {
        ballot: 1,
        from: sen,
        to: "GHA".parse().map_err(|err: String| anyhow!(err))?,
    });
    store.submit(Caller::new(senegal, domain::authz::Scope::Full), give).await?;

    // Uganda's head registers the delegation's own key.
    client.delete_all_cookies().await?;
    sign_in_with_new_authenticator(client, base, "musa", "musa's long passphrase").await?;
    client.goto(&format!("{base}/delegation?lang=en")).await?;
    let key = ledger::Signer::new("concord-uga", &[3; 32]).map_err(|err| anyhow!("{err:?}"))?.verifier().to_string();
    fill(client, "key", &key).await?;
    mark_page(client).await?;
    send(client, "/delegation/keys").await?;
    notice(client, "The delegation's key was registered").await?;
    ensure!(text_of(client, "main").await?.contains(&key), "the key is not listed");
    accessibility(client, base, axe, &["/delegation", &path]).await.context("axe-core, a head with a key")?;
    client.goto(&format!("{base}{path}?lang=en")).await?;
    ensure!(text_of(client, "main").await?.contains("concord vote --key FILE"), "no command for Uganda");

    // A delegate of Ghana votes yes, then for Senegal by proxy.
    client.delete_all_cookies().await?;
    sign_in_and_land(client, base, "ama", "ama's long passphrase").await?;
    client.goto(&format!("{base}{path}?lang=en")).await?;
    let custody = text_of(client, "main").await?;
    ensure!(custody.contains("signed with a key the server keeps (custodied)"), "{custody}");
    check(client, "#vote-yes").await?;
    mark_page(client).await?;
    send(client, &format!("{path}/vote")).await?;
    notice(client, "The vote was recorded and signed").await?;
    check(client, "#proxy-SEN-yes").await?;
    mark_page(client).await?;
    let button = client.find(Locator::Css("#proxy-votes form button[type='submit']")).await?;
    button.send_keys(&char::from(Key::Enter).to_string()).await?;
    notice(client, "The vote was recorded and signed").await?;
    accessibility(client, base, axe, &[&path, "/delegation"]).await.context("axe-core, a delegate's ballot")?;

    // The secretariat closes the ballot.
    sign_in_with_recovery_code(client, base, "admin", ADMIN_PASSWORD, &codes.admin[4]).await?;
    client.goto(&format!("{base}{path}?lang=en")).await?;
    mark_page(client).await?;
    send(client, &format!("{path}/close")).await?;
    notice(client, "The ballot is closed").await?;
    let result = text_of(client, "#result").await?;
    ensure!(result == "Result", "{result}");
    let outcome = text_of(client, ".ballot-result .outcome").await?;
    ensure!(outcome == "Adopted", "{outcome}");
    let explanation = text_of(client, ".explanation").await?;
    ensure!(explanation.contains("Majority"), "the rule is not explained: {explanation}");
    client.find(Locator::Css("svg.result-chart[role='img'] title")).await.context("the chart")?;
    let rows = text_of(client, ".ballot-result").await?;
    ensure!(rows.contains("Through the proxy of Ghana"), "{rows}");
    client.goto(&format!("{base}{path}?lang=ar")).await?;
    text_of(client, "html[lang='ar'] h1").await?;
    ensure!(js(client, "return document.documentElement.dir;").await? == "rtl", "the Arabic result is not rtl");
    let outcome = text_of(client, ".ballot-result .outcome").await?;
    ensure!(outcome == "اعتُمد", "{outcome}");
    let explanation = text_of(client, ".explanation").await?;
    ensure!(explanation.contains("أغلبية") || explanation.contains("الأغلبية"), "{explanation}");
    accessibility(client, base, axe, &["/ballots", &path]).await.context("axe-core, the result")?;
    Ok(())
}

/// The divide index's latest computation covering at least `log_size`
/// entries of the record, waiting for the analyst (at most two minutes).
async fn divide_index(store: &Store, log_size: u64) -> Result<exchange::Index> {
    for _ in 0..600 {
        if let Some((stored, index)) = server::divide_index::current(store).await?
            && stored.log_size >= log_size
        {
            return Ok(index);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    Err(anyhow!("no divide index covering {log_size} entries after two minutes"))
}

/// Kenya's rank in `index`.
fn kenya_rank(index: &exchange::Index) -> Result<u32> {
    index.members.iter().find(|s| s.iso3 == "KEN").map(|s| s.rank).ok_or_else(|| anyhow!("Kenya is not ranked"))
}

/// Text as a reader sees it: without the marks that isolate the
/// arguments of a message on Arabic pages.
fn visible(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// Issue 17, the done-when, from the keyboard: once the shipped indicator
/// values are loaded (as at a new organization's first start) and the
/// analyst has computed the index, Kenya's delegate submits a newer value
/// of Internet use for 2023 with its source; the secretariat accepts it on
/// the review queue; the index is computed again, and Kenya's profile shows
/// the new value and a better rank, in English and in Arabic. axe-core
/// finds nothing on the divide index's pages in six languages, public,
/// with the delegate's form and with the secretariat's.
async fn divide(client: &Client, base: &str, axe: &str, store: &Store, codes: &Codes) -> Result<()> {
    store.load_shipped_indicators(Caller::system()).await?;
    let before = kenya_rank(&divide_index(store, store.log_sizes().await?.0).await?)?;
    client.delete_all_cookies().await?;
    accessibility(
        client,
        base,
        axe,
        &["/divide", "/divide?region=AFRICAN&sort=uncertainty", "/divide/KEN", "/divide/VAT", "/divide/methodology"],
    )
    .await
    .context("axe-core, the divide index's public pages")?;

    // Kenya's delegate submits a newer value.
    sign_in_and_land(client, base, "otieno", "otieno's long passphrase").await?;
    client.goto(&format!("{base}/divide/KEN?lang=en")).await?;
    // Typing a name on the list chooses it, as with the keyboard alone.
    client.find(Locator::Css("select[name='indicator']")).await?.send_keys("Individuals using").await?;
    let chosen = js(client, "return document.querySelector(\"select[name='indicator']\").value;").await?;
    ensure!(chosen == "IT.NET.USER.ZS", "typing the name chose {chosen}");
    let source = "Kenya National Bureau of Statistics, Economic Survey 2024, table 15.6";
    fill(client, "year", "2023").await?;
    fill(client, "value", "95").await?;
    fill(client, "source", source).await?;
    mark_page(client).await?;
    send(client, "/divide/KEN/submissions").await?;
    notice(client, "The value was submitted").await?;
    let pending = text_of(client, "main").await?;
    ensure!(pending.contains(source), "the submission is not listed as pending: {pending}");
    accessibility(client, base, axe, &["/divide/KEN"]).await.context("axe-core, a delegate's profile")?;

    // The secretariat accepts it.
    sign_in_with_recovery_code(client, base, "admin", ADMIN_PASSWORD, &codes.admin[5]).await?;
    accessibility(client, base, axe, &["/divide/submissions"]).await.context("axe-core, the review queue")?;
    client.goto(&format!("{base}/divide/submissions?lang=en")).await?;
    let queue = text_of(client, "#submission-1").await?;
    ensure!(queue.contains("Value submitted: 95.0. Value in force: 35.0."), "{queue}");
    mark_page(client).await?;
    send(client, "/divide/submissions/1/accept").await?;
    notice(client, "The value was accepted").await?;

    // The index is computed again: the profile shows the value and rank.
    let after = kenya_rank(&divide_index(store, store.log_sizes().await?.0).await?)?;
    ensure!(after < before, "Kenya's rank went from {before} to {after}");
    for lang in [Lang::En, Lang::Ar] {
        client.goto(&format!("{base}/divide/KEN?lang={}", lang.code())).await?;
        text_of(client, &format!("html[lang='{}'] h1", lang.code())).await?;
        let tr = server::web::i18n::Tr { lang };
        let rank = tr.t_args(
            "divide-rank-of",
            &[("rank", tr.number(u64::from(after)).into()), ("members", tr.number(193).into())],
        );
        let summary = visible(&text_of(client, ".summary-list").await?);
        ensure!(summary.contains(&visible(&rank)), "{lang}: no {rank:?} in {summary:?}");
        let used = js(
            client,
            "const row = [...document.querySelectorAll('#values ~ .table-wrap tbody tr')]
                 .find(r => r.textContent.includes(arguments_name));
             return row ? [...row.cells].map(c => c.textContent) : null;"
                .replace("arguments_name", &serde_json::to_string(&tr.t("divide-ind-it-net-user-zs"))?)
                .as_str(),
        )
        .await?;
        ensure!(
            used[2] == "95.0" && used[3] == "2023" && used[6] == tr.t("divide-observed"),
            "{lang}: Internet use in the values used is {used}"
        );
        if lang.is_rtl() {
            ensure!(
                js(client, "return document.documentElement.dir;").await? == "rtl",
                "the Arabic profile is not rtl"
            );
        }
    }
    accessibility(client, base, axe, &["/divide/KEN", "/divide/submissions"])
        .await
        .context("axe-core, after review")?;
    Ok(())
}

/// axe-core on every page in every language, and the same pages on a
/// phone.
async fn accessibility(client: &Client, base: &str, axe: &str, pages: &[&str]) -> Result<()> {
    let mut violations = Vec::new();
    let mut too_wide = Vec::new();
    let mut checked = 0;
    for lang in Lang::ALL {
        for path in pages {
            let separator = if path.contains('?') { '&' } else { '?' };
            client.goto(&format!("{base}{path}{separator}lang={}", lang.code())).await?;
            let found = axe_here(client, axe).await.with_context(|| format!("{path} in {lang}"))?;
            violations.extend(found.into_iter().map(|violation| format!("{path} in {lang}: {violation}")));
            if let Some(wide) = phone_overflow(client).await.with_context(|| format!("{path} in {lang}"))? {
                too_wide.push(format!("{path} in {lang}: {wide}"));
            }
            checked += 1;
        }
    }
    println!("axe-core checked {checked} pages: {} violations", violations.len());
    ensure!(violations.is_empty(), "{}", violations.join("\n"));
    ensure!(too_wide.is_empty(), "on a phone {PHONE_WIDTH} px wide:\n{}", too_wide.join("\n"));
    // Back to English for what follows.
    client.goto(&format!("{base}/?lang=en")).await?;
    Ok(())
}

/// The width of a phone's screen in CSS pixels (an iPhone 12 to 15).
const PHONE_WIDTH: u32 = 390;

/// The page the browser shows, narrowed to a phone's width: `None` when
/// nothing makes it scroll sideways, else how wide it is and which
/// elements stick out (those inside a box that scrolls by itself, such as
/// a wide table's, do not count). The window is widened again after.
async fn phone_overflow(client: &Client) -> Result<Option<String>> {
    let (outer, _) = client.get_window_size().await?;
    client.set_window_size(PHONE_WIDTH, 844).await?;
    // The window may be wider than its viewport (borders): make the
    // viewport itself 390 px.
    let inner = js(client, "return window.innerWidth;").await?.as_u64().unwrap_or(0);
    if inner != u64::from(PHONE_WIDTH) {
        let frame = u32::try_from(inner.abs_diff(u64::from(PHONE_WIDTH))).unwrap_or(0);
        client.set_window_size(PHONE_WIDTH + frame, 844).await?;
    }
    let found = js(
        client,
        "const root = document.documentElement;
         if (window.innerWidth !== arguments_width) return 'the viewport is ' + window.innerWidth + ' px wide';
         // Whether a box that scrolls or clips by itself holds the node (an
         // absolutely positioned one only if it is its containing block).
         const clippedFrom = start => { for (let a = start; a && a !== root; a = a.parentElement) {
             const o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
             return false; };
         const scrolls = n => n.nodeType === Node.TEXT_NODE ? clippedFrom(n.parentElement)
             : clippedFrom(getComputedStyle(n).position === 'absolute' ? n.offsetParent : n.parentElement);
         const rtl = getComputedStyle(root).direction === 'rtl';
         // Only what sticks out on the side the page would scroll to.
         const beyond = r => r.width > 0 && (rtl ? r.left < -1 : r.right > root.clientWidth + 1);
         const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
             (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/ +/).join('.') : '');
         const out = [...document.body.querySelectorAll('*')]
             .filter(e => beyond(e.getBoundingClientRect()) && !scrolls(e))
             .map(e => name(e) + ' (' + Math.round(e.getBoundingClientRect().width) + ' px)');
         const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
         for (let t = walk.nextNode(); t; t = walk.nextNode()) {
             const range = document.createRange(); range.selectNodeContents(t);
             if (beyond(range.getBoundingClientRect()) && !scrolls(t))
                 out.push('text ' + JSON.stringify(t.data.trim().slice(0, 40)) + ' in ' + name(t.parentElement));
         }
         // A table's caption is read whole without scrolling its table (one
         // hidden from sight is read only by screen readers, whole anyway).
         const captions = [...document.querySelectorAll('caption:not(.visually-hidden)')].filter(c => {
             const range = document.createRange(); range.selectNodeContents(c);
             const r = range.getBoundingClientRect(), box = (c.closest('.table-wrap') || root).getBoundingClientRect();
             return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1); })
             .map(c => 'the caption ' + JSON.stringify(c.textContent.trim().slice(0, 40)) + ' is cut');
         if (root.scrollWidth <= root.clientWidth) return captions.length ? captions.join(', ') : null;
         return root.scrollWidth + ' px wide for ' + root.clientWidth + ': ' + out.concat(captions).slice(0, 6).join(', ');"
            .replace("arguments_width", &PHONE_WIDTH.to_string())
            .as_str(),
    )
    .await?;
    client.set_window_size(u32::try_from(outer).unwrap_or(1280), 1000).await?;
    Ok(found.as_str().map(str::to_owned))
}

/// An entry's time on the Arabic page: in a `<time>` element with its ISO
/// value, isolated from the text around it (`unicode-bidi: isolate`),
/// written with Latin digits, and laid out right to left: the date (read
/// first) to the right of the hour. Before, it read "UTC 09:36 2026-12-04".
async fn arabic_time(client: &Client, base: &str) -> Result<()> {
    client.goto(&format!("{base}/record/entries/1?lang=ar")).await?;
    text_of(client, "html[lang='ar'] h1").await?;
    let found = js(
        client,
        "const time = document.querySelector('.summary-list time');
         if (!time) return {missing: true};
         const text = time.firstChild;
         const at = (part) => {
             const i = text.data.indexOf(part);
             if (i < 0) return null;
             const range = document.createRange();
             range.setStart(text, i); range.setEnd(text, i + part.length);
             return range.getBoundingClientRect().left;
         };
         const clock = (text.data.match(/[0-9]{1,2}:[0-9]{2}/) || [''])[0];
         const year = time.getAttribute('datetime').slice(0, 4);
         return {
             text: text.data, datetime: time.getAttribute('datetime'),
             bidi: getComputedStyle(time).unicodeBidi, direction: getComputedStyle(time).direction,
             clock: clock, year: at(year), hour: clock ? at(clock) : null,
         };",
    )
    .await?;
    ensure!(found["missing"].is_null(), "no <time> in the entry's summary");
    let text = found["text"].as_str().unwrap_or_default();
    ensure!(found["datetime"].as_str().is_some_and(|iso| iso.ends_with('Z') && iso.len() == 24), "{found}");
    ensure!(found["bidi"] == "isolate", "the time is not isolated: {found}");
    ensure!(found["direction"] == "rtl", "the time is not laid out right to left: {found}");
    ensure!(!text.chars().any(|c| ('\u{660}'..='\u{669}').contains(&c)), "Arabic-Indic digits in {text:?}");
    let (Some(year), Some(hour)) = (found["year"].as_f64(), found["hour"].as_f64()) else {
        return Err(anyhow!("no year or hour in {text:?}: {found}"));
    };
    ensure!(year > hour, "the date is not read before the hour (right of it) in {text:?}: {found}");
    Ok(())
}
