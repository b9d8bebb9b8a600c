//! Issue 14, parts 2, 4 and 5: the results of a consultation and its
//! moderation queue, through the pages.
//!
//! - `/consultations/{id}/results` shows, from a stored analysis, the
//!   opinion map (SVG and its table), the groups with their representative
//!   statements, consensus, bridging, the per-constituency table and the
//!   cross-bloc consensus, and what part of the record it covers; results
//!   kept for participants are refused (403, with the reason) to those who
//!   have not voted; before the first analysis the page says they are
//!   being computed; ids and page numbers are range-checked; at 100,000
//!   participants and 1,000 statements the page stays under 60 KB.
//! - `/consultations/{id}/moderation`: the moderators approve, reject
//!   (with a reason, else 422 and nothing recorded), mark as meta, and the
//!   secretariat translates; others get 403.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use domain::authz::{Caller, Scope};
use domain::consultation::analysis::{
    AnalysisReport, BaseCluster, BridgingReport, ConsensusReport, ConstituencyCell, ConstituencyColumn,
    ConstituencyReport, ConstituencyRow, GroupReport, RepresentativeReport,
};
use domain::consultation::{
    Audience, Choice, ConsultationCommand, Moderation, NewConsultation, ResultsVisibility, StatementStatus,
};
use domain::lang::Lang;
use domain::{Actor, Command};
use serde_json::json;
use server::AppState;
use server::auth::admin::ADMIN_HANDLE;
use store::consultation::StoredAnalysis;
use store::scratch::on_each_backend;

use crate::homes::signs_in_with_code;
use crate::support::visitor::{Page, Visitor};
use crate::support::{self, ADMIN_PASSWORD, Who, post, state};

/// The largest a page may be, HTML and stylesheet together, uncompressed.
const BUDGET: usize = 60 * 1024;

fn actor(handle: &str) -> Actor {
    Actor::try_from(handle.to_owned()).unwrap()
}

fn by(handle: &str) -> Caller {
    Caller::new(actor(handle), Scope::Full)
}

/// Submits a consultation command as `caller`.
async fn submit(state: &AppState, caller: Caller, command: ConsultationCommand) {
    state.store.submit(caller, Command::Consultation(command)).await.unwrap();
}

/// A consultation in French with `seeds`, open to everyone.
fn consultation(results: ResultsVisibility, moderation: Moderation, seeds: &[&str]) -> NewConsultation {
    NewConsultation {
        language: Lang::Fr,
        title: [(Lang::Fr, "Modèles ouverts".to_owned()), (Lang::En, "Open models".to_owned())].into(),
        question: [(Lang::Fr, "Que faut-il partager ?".to_owned())].into(),
        audience: Audience::Everyone,
        moderation,
        participants_write: true,
        results,
        opens_at: None,
        closes_at: None,
        seeds: seeds.iter().map(|s| (*s).to_owned()).collect(),
    }
}

/// The people of the tests: the secretariat, Kenya's head and a delegate,
/// Ghana's head, a member of the public (their handles, and the secrets of
/// the authenticators of those who sign in with two factors).
struct People {
    admin_secret: String,
    kenya_head: String,
    kenya_secret: String,
    ghana_secret: String,
    kenya_delegate: String,
    lucia: String,
}

impl People {
    /// Signs in through the pages someone who set up an authenticator.
    async fn with_code(&self, state: &AppState, username: &str) -> Visitor {
        let (secret, password) = match username {
            "admin" => (&self.admin_secret, ADMIN_PASSWORD.to_owned()),
            "wanjiru" => (&self.kenya_secret, "wanjiru password".to_owned()),
            _ => (&self.ghana_secret, format!("{username} password")),
        };
        signs_in_with_code(state, username, &password, secret).await.0
    }
}

async fn people(state: &AppState) -> People {
    let (mut admin, _) = support::sign_in(state, "admin", ADMIN_PASSWORD).await;
    let admin_secret = support::set_up_totp(state, &mut admin).await;
    let kenya_head =
        support::invite_and_accept(state, &admin, json!({"kind": "head", "member": "KEN"}), "wanjiru").await;
    support::invite_and_accept(state, &admin, json!({"kind": "head", "member": "GHA"}), "kofi").await;
    let (mut head, _) = support::sign_in(state, "wanjiru", "wanjiru password").await;
    let kenya_secret = support::set_up_totp(state, &mut head).await;
    let (mut ghana, _) = support::sign_in(state, "kofi", "kofi password").await;
    let ghana_secret = support::set_up_totp(state, &mut ghana).await;
    let kenya_delegate =
        support::invite_and_accept(state, &head, json!({"kind": "delegate", "member": "KEN"}), "otieno").await;
    let account = json!({"username": "lucia", "password": "lucia password", "display_name": "Lucía"});
    let created = post(state, &Who::anonymous(), "/api/v1/participants", account).await.expect(StatusCode::CREATED);
    let lucia = created.json()["handle"].as_str().unwrap().to_owned();
    People { admin_secret, kenya_head, kenya_secret, ghana_secret, kenya_delegate, lucia }
}

/// Posts `fields` to `action` with the guard of a page just shown (a form
/// the page does not offer, as a hand-made request would).
async fn post_anyway(visitor: &mut Visitor, action: &str, fields: &[(&str, &str)]) -> Page {
    let home = visitor.get("/").await;
    let mut all = home.hidden_fields("/sign-out");
    all.extend(fields.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())));
    visitor.post(action, &all).await
}

/// Signs in through the pages someone who needs no second factor.
async fn signed_in(state: &AppState, username: &str) -> Visitor {
    let mut visitor = Visitor::new(state);
    let password = format!("{username} password");
    let signed = visitor.fill("/sign-in", "/sign-in", &[("username", username), ("password", &password)]).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{username}: {}", signed.html);
    visitor
}

/// Keeps `report` as the analysis of consultation `id`.
async fn store_report(state: &AppState, id: u64, report: &AnalysisReport) {
    let stored = StoredAnalysis {
        log_size: report.log_size,
        engine: report.engine.clone(),
        computed_ms: 1_796_377_000_000,
        report: serde_json::to_string(report).unwrap(),
    };
    state.store.store_analysis(id, &stored).await.unwrap();
}

fn representative(statement: u64, direction: &str, n_success: u32, n_trials: u32) -> RepresentativeReport {
    RepresentativeReport {
        statement: statement.to_string(),
        direction: direction.into(),
        n_success,
        n_trials,
        repness: 1.5,
        repness_test: 2.0,
        p_success: 0.6,
        p_test: 2.1,
    }
}

/// The constituencies of a report: the five regional groups, the four
/// chambers and the public.
fn columns(voters: usize) -> Vec<ConstituencyColumn> {
    let groups = ["AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "GRULAC", "WEOG"].map(|g| ("regional_group", g));
    let chambers = ["industry", "research", "civil_society", "intergovernmental"].map(|c| ("chamber", c));
    groups
        .into_iter()
        .chain(chambers)
        .chain([("public", "public")])
        .map(|(kind, code)| ConstituencyColumn { kind: kind.into(), code: code.into(), participants: voters })
        .collect()
}

/// A small hand-made analysis of consultation 1: two groups, statement 1
/// agreed by most and across blocs, statement 2 bridging, statement 3
/// disagreed by most.
fn small_report(log_size: u64) -> AnalysisReport {
    let cell = |agree, disagree, pass| ConstituencyCell { agree, disagree, pass };
    let mut africa_and_public = vec![ConstituencyCell::default(); 10];
    africa_and_public[0] = cell(1, 1, 0);
    africa_and_public[9] = cell(2, 0, 1);
    AnalysisReport {
        participants: 5,
        statements: 3,
        votes: 12,
        mode: "one-shot".into(),
        participation: "history".into(),
        clustered: 5,
        groups: vec![
            GroupReport {
                id: 0,
                participants: vec!["a".into(), "b".into(), "c".into()],
                representative: vec![representative(1, "agree", 2, 3)],
            },
            GroupReport {
                id: 1,
                participants: vec!["d".into(), "e".into()],
                representative: vec![representative(3, "disagree", 2, 2)],
            },
        ],
        consensus: ConsensusReport { agree: vec!["1".into()], disagree: vec!["3".into()] },
        group_informed_consensus: [("1".to_owned(), 0.42), ("2".to_owned(), 0.3)].into(),
        bridging: [
            ("1".to_owned(), BridgingReport { intercept: 0.1, factor: 0.5, bridging: false }),
            ("2".to_owned(), BridgingReport { intercept: 0.45, factor: 0.0, bridging: true }),
        ]
        .into(),
        polis: None,
        warnings: Vec::new(),
        log_size,
        engine: "concord-consensus/0.1.0".into(),
        constituencies: ConstituencyReport {
            columns: columns(2),
            rows: vec![
                ConstituencyRow { statement: "1".into(), cells: africa_and_public },
                ConstituencyRow { statement: "2".into(), cells: vec![cell(0, 1, 0); 10] },
            ],
            cross_bloc: vec!["1".into()],
        },
        map: vec![
            BaseCluster { id: 0, x: -1.0, y: 0.2, participants: 3, group: Some(0) },
            BaseCluster { id: 1, x: 1.0, y: -0.4, participants: 2, group: Some(1) },
        ],
        priorities: BTreeMap::new(),
        polis_ids: BTreeMap::new(),
    }
}

#[tokio::test]
async fn results_are_shown_from_the_stored_analysis_to_those_who_may_see_them() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let people = people(&state).await;
        let seeds = ["Partager les modèles", "Partager les données", "Garder le code secret"];
        let new = consultation(ResultsVisibility::Participants, Moderation::Before, &seeds);
        submit(&state, by(ADMIN_HANDLE), ConsultationCommand::Create(new)).await;
        submit(&state, Caller::system(), ConsultationCommand::Open { id: 1 }).await;
        let translate = ConsultationCommand::Translate {
            id: 1,
            statement: 1,
            language: Lang::En,
            text: "Share the models".into(),
        };
        submit(&state, Caller::system(), translate).await;
        let results = "/consultations/1/results";

        // Shown to those who voted: before voting, 403 with the reason.
        let mut visitor = Visitor::new(&state);
        let refused = visitor.get(results).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        refused.assert_has("its results are shown only to those who have voted in it");
        refused.assert_has("<a href=\"/consultations/1\">Go to the consultation to take part</a>");
        let mut lucia = signed_in(&state, "lucia").await;
        assert_eq!(lucia.get(results).await.status, StatusCode::FORBIDDEN);
        let vote = |statement, choice| ConsultationCommand::Vote { id: 1, statement, choice, pseudonym: None };
        submit(&state, by(&people.lucia), vote(1, Choice::Agree)).await;
        submit(&state, by(&people.kenya_delegate), vote(1, Choice::Agree)).await;
        submit(&state, by(&people.kenya_delegate), vote(2, Choice::Disagree)).await;

        // Voted, no analysis yet: being computed, with the time.
        let computing = lucia.get(results).await;
        assert_eq!(computing.status, StatusCode::OK, "{}", computing.html);
        computing.assert_has("The results are being computed from the public record. Checked at <time datetime=\"");
        assert!(!computing.has("<svg"));
        assert_eq!(visitor.get(results).await.status, StatusCode::FORBIDDEN, "still hidden from visitors");

        // The analysis: every part of it.
        let (log_size, _) = state.store.log_sizes().await.unwrap();
        store_report(&state, 1, &small_report(log_size)).await;
        let page = lucia.get(results).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.html);
        page.assert_has("<p class=\"consultation-caption\">Open models</p>");
        page.assert_has("<title>Results: Open models – Concord</title>");
        page.assert_has("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"opinion-map\" viewBox=\"0 0 600 400\" role=\"img\"");
        page.assert_has("<title id=\"opinion-map-title\">Opinion map of the participants</title>");
        page.assert_has("<caption>The clusters of the map</caption>");
        page.assert_has("<tr><th scope=\"row\">1</th><td>1</td><td>3</td><td>-1.00</td><td>0.20</td></tr>");
        page.assert_has("<h3 class=\"heading-m\" id=\"group-1\">Group 1</h3>");
        page.assert_has("<h3 class=\"heading-m\" id=\"group-2\">Group 2</h3>");
        page.assert_has("3 participants");
        // The translation in the page's language; the original elsewhere.
        page.assert_has("<li><p>Share the models</p><p class=\"hint\">67% of 3 in this group who voted on it agreed</p></li>");
        page.assert_has(
            "<p lang=\"fr\" dir=\"ltr\">Garder le code secret</p><p class=\"hint\">100% of 2 in this group who voted on it disagreed</p>",
        );
        page.assert_has("<p>Share the models</p><p class=\"hint\">Score 0.42</p>");
        page.assert_has("<p lang=\"fr\" dir=\"ltr\">Partager les données</p><p class=\"hint\">Bridging score 0.45</p>");
        page.assert_has("<caption>Agreement on each statement by constituency, page 1 of 1</caption>");
        page.assert_has("<th scope=\"col\">African States (2 voters)</th>");
        page.assert_has("<th scope=\"col\">Research (2 voters)</th>");
        page.assert_has("<th scope=\"col\">The public (2 voters)</th>");
        page.assert_has("<th scope=\"row\">Share the models</th><td>50% (1/2)</td><td>no votes</td>");
        page.assert_has("<td>67% (2/3)</td></tr>");
        page.assert_has(&format!("covers the public record up to entry {}", log_size - 1));
        page.assert_has("It was computed by concord-consensus/0.1.0 at <time datetime=\"2026-12-04T09:36:40");
        let cross_bloc = page.html.find("Cross-bloc consensus").unwrap();
        assert!(page.html[cross_bloc..].contains("<li><p>Share the models</p></li>"));
        assert!(!page.has("style="), "no inline style");
        // In French and Arabic.
        let french = lucia.get("/consultations/1/results?lang=fr").await;
        french.assert_has("<li><p>Partager les modèles</p><p class=\"hint\">67 % des 3 votants");
        let arabic = lucia.get("/consultations/1/results?lang=ar").await;
        arabic.assert_has("<html lang=\"ar\" dir=\"rtl\">");
        arabic.assert_has("مجموعات الرأي");
        arabic.assert_has("<p lang=\"fr\" dir=\"ltr\">Partager les modèles</p>");

        // Ids and page numbers are range-checked.
        for path in [
            "/consultations/2/results",
            "/consultations/0/results",
            "/consultations/-1/results",
            "/consultations/x/results",
            "/consultations/9007199254740993/results",
            "/consultations/99999999999999999999999/results",
        ] {
            assert_eq!(visitor.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
        }
        lucia.get("/consultations/1/results?page=99&lang=en").await.assert_has("page 1 of 1");
        assert_eq!(lucia.get("/consultations/1/results?page=9007199254740993").await.status, StatusCode::BAD_REQUEST);

        // Results for everyone: a visitor sees them; a draft is not found
        // but by those who manage it.
        let everyone = consultation(ResultsVisibility::Everyone, Moderation::After, &["Un"]);
        submit(&state, by(&people.kenya_head), ConsultationCommand::Create(everyone)).await;
        assert_eq!(visitor.get("/consultations/2/results").await.status, StatusCode::NOT_FOUND, "a draft");
        let mut head = people.with_code(&state, "wanjiru").await;
        head.get("/consultations/2/results").await.assert_has("The results are being computed");
        submit(&state, by(&people.kenya_head), ConsultationCommand::Open { id: 2 }).await;
        let open = visitor.get("/consultations/2/results").await;
        assert_eq!(open.status, StatusCode::OK);
        open.assert_has("The results are being computed");
        // After closing, everyone sees the results kept for participants.
        submit(&state, Caller::system(), ConsultationCommand::Close { id: 1 }).await;
        visitor.get(results).await.assert_has("<svg ");
    })
    .await;
}

#[tokio::test]
async fn moderators_approve_reject_with_a_reason_mark_meta_and_translate() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let people = people(&state).await;
        let new = consultation(ResultsVisibility::Everyone, Moderation::Before, &["Partager les modèles"]);
        submit(&state, by(ADMIN_HANDLE), ConsultationCommand::Create(new)).await;
        submit(&state, Caller::system(), ConsultationCommand::Open { id: 1 }).await;
        let write = |text: &str, language| ConsultationCommand::AddStatement {
            id: 1,
            language,
            text: text.into(),
            pseudonym: None,
        };
        submit(&state, by(&people.lucia), write("Publish the weights <now>", Lang::En)).await;
        submit(&state, by(&people.kenya_delegate), write("Share compute with Africa", Lang::En)).await;
        submit(&state, by(&people.lucia), ConsultationCommand::Flag { id: 1, statement: 1, pseudonym: None }).await;
        let queue = "/consultations/1/moderation";

        let mut admin = people.with_code(&state, "admin").await;
        let page = admin.get(queue).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.html);
        page.assert_has("3 statements are waiting for a decision, oldest first.");
        page.assert_has("<p class=\"statement-text\" lang=\"fr\" dir=\"ltr\">Partager les modèles</p>");
        page.assert_has("<p class=\"statement-text\">Publish the weights &#60;now&#62;</p>");
        page.assert_has("<dd>A member of the public</dd>");
        page.assert_has("<dd>The delegation of Kenya</dd>");
        page.assert_has("<dd>Once since the last decision</dd>");
        page.assert_has("<strong class=\"tag\">Waiting for approval</strong>");
        // Never who wrote it: neither the handle nor the pseudonym.
        let pseudonym = state.store.pseudonym(1, &actor(&people.lucia));
        assert!(!page.has(pseudonym.as_str()) && !page.has(&people.lucia) && !page.has(&people.kenya_delegate));
        assert_eq!(page.headers["cache-control"], "no-store");

        // Reject without a reason, or no decision: 422, nothing recorded.
        let before = state.store.log_sizes().await.unwrap();
        let action = "/consultations/1/statements/2/moderation";
        let bad = admin.submit(&page, action, &[("verdict", "reject"), ("reason", " \r\n ")]).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.html);
        bad.assert_has("<a href=\"#reason-2\">Enter the reason for rejecting the statement</a>");
        bad.assert_has("<p class=\"error-message\" id=\"reason-2-error\">");
        bad.assert_has("<input class=\"radio-input\" type=\"radio\" id=\"verdict-2-reject\" name=\"verdict\" value=\"reject\" checked>");
        assert!(bad.html.contains("<title>Error: "));
        let none = admin.fill(queue, action, &[("verdict", "maybe"), ("reason", "")]).await;
        assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
        none.assert_has("<a href=\"#verdict-2-approve\">Choose whether to approve the statement");
        let long = admin.fill(queue, action, &[("verdict", "reject"), ("reason", &"x".repeat(1_001))]).await;
        assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
        long.assert_has("The reason is too long: shorten it");
        assert_eq!(state.store.log_sizes().await.unwrap(), before);

        // Reject with a reason: recorded, shown with it.
        let rejected = admin.fill(queue, action, &[("verdict", "reject"), ("reason", "Off\r\ntopic")]).await;
        assert_eq!(rejected.location(), queue);
        let after = admin.follow(&rejected).await;
        after.assert_has("The decision was recorded in the public record.");
        after.assert_has("<tr><th scope=\"row\">Publish the weights &#60;now&#62;</th><td>Off topic</td></tr>");
        after.assert_has("2 statements are waiting for a decision");
        // Approve the delegate's, mark the flagged seed as meta.
        let approved =
            admin.fill(queue, "/consultations/1/statements/3/moderation", &[("verdict", "approve")]).await;
        assert_eq!(approved.location(), queue);
        let meta = admin.fill(queue, "/consultations/1/statements/1/moderation", &[("verdict", "meta")]).await;
        assert_eq!(meta.location(), queue);
        let statements = state.store.statements(1).await.unwrap();
        assert_eq!((statements[0].status, statements[0].meta, statements[0].flags), (StatementStatus::Approved, true, 0));
        assert_eq!((statements[1].status, statements[1].reason.as_deref()), (StatementStatus::Rejected, Some("Off topic")));
        assert_eq!(statements[2].status, StatementStatus::Approved);
        admin.get(queue).await.assert_has("No statement is waiting for a decision.");

        // Translations by the secretariat: errors beside the fields.
        let translations = "/consultations/1/statements/1/translations";
        for (fields, error) in [
            ([("language", "fr"), ("text", "Share the models")], "<a href=\"#language-1\">Choose a language other than"),
            ([("language", "xx"), ("text", "Share the models")], "<a href=\"#language-1\">Choose the language of the translation</a>"),
            ([("language", "en"), ("text", " \n ")], "<a href=\"#text-1\">Enter the translation</a>"),
            ([("language", "en"), ("text", &"y".repeat(301))], "<a href=\"#text-1\">Enter at most 300 characters</a>"),
        ] {
            let page = admin.fill(queue, translations, &fields).await;
            assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
            page.assert_has(error);
        }
        let page = admin.get(queue).await;
        let form = &page.html[page.html.find(&format!("action=\"{translations}\"")).unwrap()..];
        let form = &form[..form.find("</form>").unwrap()];
        assert!(form.contains("<option value=\"en\">English</option>"), "{form}");
        assert!(!form.contains("<option value=\"fr\">"), "not into its own language");
        let translated = admin.submit(&page, translations, &[("language", "en"), ("text", "Share\nthe models")]).await;
        assert_eq!(translated.location(), queue);
        admin.follow(&translated).await.assert_has("Translated into: English");
        let statements = state.store.statements(1).await.unwrap();
        assert_eq!(statements[0].text_in(Lang::En), Some(("Share the models", Lang::En)));

        // Unknown or out-of-range statements and consultations: 404.
        for action in [
            "/consultations/1/statements/9/moderation",
            "/consultations/1/statements/-1/moderation",
            "/consultations/1/statements/9007199254740993/moderation",
            "/consultations/7/statements/1/moderation",
            "/consultations/1/statements/x/translations",
        ] {
            let page = post_anyway(&mut admin, action, &[("verdict", "approve")]).await;
            assert_eq!(page.status, StatusCode::NOT_FOUND, "{action}");
        }
        for path in ["/consultations/7/moderation", "/consultations/18446744073709551616/moderation"] {
            assert_eq!(admin.get(path).await.status, StatusCode::NOT_FOUND, "{path}");
        }
    })
    .await;
}

#[tokio::test]
async fn only_the_opening_delegation_and_the_secretariat_moderate() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let people = people(&state).await;
        let new = consultation(ResultsVisibility::Everyone, Moderation::Before, &["Un", "Deux"]);
        submit(&state, by(&people.kenya_head), ConsultationCommand::Create(new)).await;
        submit(&state, by(&people.kenya_head), ConsultationCommand::Open { id: 1 }).await;
        let queue = "/consultations/1/moderation";

        let mut visitor = Visitor::new(&state);
        assert_eq!(visitor.get(queue).await.location(), "/sign-in?next=%2Fconsultations%2F1%2Fmoderation");
        let mut delegate = signed_in(&state, "otieno").await;
        assert_eq!(delegate.get(queue).await.status, StatusCode::FORBIDDEN);
        let mut lucia = signed_in(&state, "lucia").await;
        assert_eq!(lucia.get(queue).await.status, StatusCode::FORBIDDEN);
        let mut ghana = people.with_code(&state, "kofi").await;
        let forbidden = ghana.get(queue).await;
        assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
        forbidden.assert_has("You cannot use this page");
        // Nor by a form of their own.
        let before = state.store.log_sizes().await.unwrap();
        let moderate = "/consultations/1/statements/1/moderation";
        assert_eq!(post_anyway(&mut ghana, moderate, &[("verdict", "approve")]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(state.store.log_sizes().await.unwrap(), before);

        // Kenya's head moderates, but translating is the secretariat's.
        let mut head = people.with_code(&state, "wanjiru").await;
        let page = head.get(queue).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.html);
        assert!(!page.has("/translations\""), "no translation form for a head");
        let translate = "/consultations/1/statements/1/translations";
        let refused = post_anyway(&mut head, translate, &[("language", "en"), ("text", "One")]).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let mut admin = people.with_code(&state, "admin").await;
        admin.get(queue).await.assert_has("action=\"/consultations/1/statements/1/translations\"");
    })
    .await;
}

/// A statement of at most 300 characters (the longest allowed), unique.
fn long_statement(n: u64) -> String {
    let text =
        format!("Statement {n}: the organization should share open models, data and compute with every member state, ");
    let mut long = text.repeat(3);
    long.truncate(domain::consultation::MAX_STATEMENT);
    long.trim().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_results_page_stays_small_at_a_hundred_thousand_participants() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let seeds: Vec<String> = (1..=100).map(long_statement).collect();
        let seed_refs: Vec<&str> = seeds.iter().map(String::as_str).collect();
        let new = consultation(ResultsVisibility::Everyone, Moderation::After, &seed_refs);
        submit(&state, by(ADMIN_HANDLE), ConsultationCommand::Create(new)).await;
        submit(&state, Caller::system(), ConsultationCommand::Open { id: 1 }).await;
        // 900 more, written together (the writer commits them in batches).
        let mut writes = tokio::task::JoinSet::new();
        for n in 101..=1_000u64 {
            let store = state.store.clone();
            writes.spawn(async move {
                let text = long_statement(n);
                let command = ConsultationCommand::AddStatement { id: 1, language: Lang::En, text, pseudonym: None };
                store.submit(by(&format!("p.writer{}", n % 50)), Command::Consultation(command)).await.unwrap();
            });
        }
        while let Some(done) = writes.join_next().await {
            done.unwrap();
        }
        assert_eq!(state.store.statements(1).await.unwrap().len(), 1_000);

        // 100,000 participants in five groups, 100 base clusters, every
        // statement with votes in every constituency.
        let participants: Vec<String> = (0..100_000).map(|i| format!("p.{i:08}")).collect();
        let groups = (0..5u32)
            .map(|g| GroupReport {
                id: g,
                participants: participants.iter().skip(g as usize).step_by(5).cloned().collect(),
                representative: (0..5u64)
                    .map(|r| representative(u64::from(g) * 5 + r + 1, "agree", 15_000, 20_000))
                    .collect(),
            })
            .collect();
        let ids: Vec<String> = (1..=1_000u64).map(|n| n.to_string()).collect();
        let cell = |n: u64| ConstituencyCell { agree: 5_000 + n as u32, disagree: 3_000, pass: 2_000 };
        let report = AnalysisReport {
            participants: 100_000,
            statements: 1_000,
            votes: 3_000_000,
            mode: "one-shot".into(),
            participation: "history".into(),
            clustered: 100_000,
            groups,
            consensus: ConsensusReport { agree: ids[..50].to_vec(), disagree: ids[50..100].to_vec() },
            group_informed_consensus: ids
                .iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), 1.0 / (i as f64 + 2.0)))
                .collect(),
            bridging: ids
                .iter()
                .map(|id| (id.clone(), BridgingReport { intercept: 0.4, factor: 0.1, bridging: id.len() < 3 }))
                .collect(),
            polis: None,
            warnings: Vec::new(),
            log_size: 1_102,
            engine: "concord-consensus/0.1.0".into(),
            constituencies: ConstituencyReport {
                columns: columns(10_000),
                rows: (1..=1_000u64)
                    .map(|n| ConstituencyRow { statement: n.to_string(), cells: vec![cell(n); 10] })
                    .collect(),
                cross_bloc: ids[..300].to_vec(),
            },
            map: (0..100u32)
                .map(|i| BaseCluster {
                    id: i,
                    x: (f64::from(i) * 0.37).sin() * 3.217_9,
                    y: (f64::from(i) * 0.61).cos() * 1.742_3,
                    participants: 1_000,
                    group: Some(i % 5),
                })
                .collect(),
            priorities: BTreeMap::new(),
            polis_ids: BTreeMap::new(),
        };
        store_report(&state, 1, &report).await;

        let mut visitor = Visitor::new(&state);
        let first = visitor.get("/consultations/1/results").await;
        let at = first.html.find("/static/concord.").unwrap();
        let css = visitor.get(&first.html[at..at + first.html[at..].find('"').unwrap()]).await;
        let mut heaviest = (0, String::new());
        for lang in Lang::ALL {
            for page in [1, 2, 100] {
                let path = format!("/consultations/1/results?page={page}&lang={}", lang.code());
                let shown: Page = visitor.get(&path).await;
                assert_eq!(shown.status, StatusCode::OK, "{path}");
                shown.assert_has(&format!("aria-current=\"page\" class=\"current\">{page}</a>"));
                assert!(!shown.has("p.00000001"), "no participant is listed");
                let weight = shown.html.len() + css.html.len();
                assert!(weight < BUDGET, "{path} weighs {weight} bytes");
                heaviest = heaviest.max((weight, path));
            }
        }
        println!("heaviest results page: {} at {} bytes with the stylesheet", heaviest.1, heaviest.0);
        // The most voted on first: statement 1,000 has the most agree votes.
        let english = visitor.get("/consultations/1/results?lang=en").await;
        let table = english.html.find("<caption>Agreement on each statement").unwrap();
        let last = state.store.statements(1).await.unwrap().pop().unwrap().text.unwrap();
        assert!(english.html[table..].contains(&format!("<th scope=\"row\">{last}</th><td>55% (6,000/11,000)</td>")));
        assert_eq!(english.html.matches("<circle ").count(), 100);
        english.assert_has("And 295 more statements.");
    })
    .await;
}
