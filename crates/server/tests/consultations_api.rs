//! Consultations over the API (issue 14, part 6 and "Bad input"), on
//! SQLite and PostgreSQL: the secretariat creates and opens one, a
//! delegate, a stakeholder and a member of the public vote (the last under
//! a pseudonym) and change their votes, statements are written, moderated,
//! flagged and translated, the next statement is drawn, and the analysis
//! answers 202 until one is stored. Every bad request is a 4xx problem and
//! leaves the log as it was.

mod support;

use axum::http::{Method, StatusCode, header};
use domain::authz::{Action, Caller, Scope};
use domain::consultation::Choice;
use domain::consultation::analysis::{AnalysisReport, ConsensusReport, ConstituencyReport};
use domain::people::{Chamber, DelegationRole};
use domain::{Actor, Command, Envelope};
use serde_json::{Value, json};
use server::AppState;
use store::consultation::StoredAnalysis;
use store::scratch::on_each_backend;
use support::{Answer, Who, call, person, token};

/// The people of these tests, each with a token for every action.
struct People {
    secretariat: Who,
    kenya_head: Who,
    kenya_head_handle: Actor,
    delegate: Who,
    delegate_handle: Actor,
    stakeholder: Who,
    public: Who,
    public_handle: Actor,
    observer: Who,
}

async fn people(state: &AppState) -> People {
    let delegation = |handle: &str, member: &str, role| {
        Some(Command::AddDelegationMember {
            member: member.parse().unwrap(),
            handle: Actor::try_from(handle.to_owned()).unwrap(),
            role,
        })
    };
    let who = |handle: &Actor| {
        let handle = handle.clone();
        async move { Who::token(&token(state, &handle, &Action::ALL).await) }
    };
    let secretariat = Actor::try_from("sec.admin".to_owned()).unwrap();
    let head = person(state, "del.ken.head", delegation("del.ken.head", "KEN", DelegationRole::Head)).await;
    let delegate = person(state, "del.ken.amina", delegation("del.ken.amina", "KEN", DelegationRole::Delegate)).await;
    let observer = person(
        state,
        "obs.unesco",
        Some(Command::AccreditObserver { handle: Actor::try_from("obs.unesco".to_owned()).unwrap() }),
    )
    .await;
    let public = person(state, "p.ada", None).await;
    // A stakeholder: the admitted applicant of a research organization.
    let stakeholder = person(state, "p.lab", None).await;
    let apply = Command::ApplyOrganization {
        name: "Nairobi AI Lab".into(),
        chamber: Chamber::Research,
        country: Some("KEN".parse().unwrap()),
        website: None,
    };
    state.store.submit(Caller::new(stakeholder.clone(), Scope::Full), apply).await.unwrap();
    let admit = Command::DecideOrganization { id: 1, admit: true, reason: String::new() };
    state.store.submit(Caller::system(), admit).await.unwrap();
    People {
        secretariat: who(&secretariat).await,
        kenya_head: who(&head).await,
        kenya_head_handle: head,
        delegate: who(&delegate).await,
        delegate_handle: delegate,
        stakeholder: who(&stakeholder).await,
        public: who(&public).await,
        public_handle: public,
        observer: who(&observer).await,
    }
}

async fn post(state: &AppState, who: &Who, uri: &str, body: Value) -> Answer {
    call(state, who, Method::POST, uri, Some(body)).await
}

async fn get(state: &AppState, who: &Who, uri: &str) -> Answer {
    call(state, who, Method::GET, uri, None).await
}

/// Asserts a problem document with `status`; returns its detail.
fn problem(answer: &Answer, status: StatusCode) -> String {
    assert_eq!(answer.status, status, "{}", String::from_utf8_lossy(&answer.body));
    assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json");
    let problem = answer.json();
    assert_eq!(problem["status"], status.as_u16());
    problem["detail"].as_str().unwrap().to_owned()
}

/// A bad request: who sends it, its method and path (`POST /api/...`),
/// its body (null for none), and the status and words of its problem.
type Bad<'a> = (&'a Who, String, Value, u16, &'static str);

async fn log_size(state: &AppState) -> u64 {
    state.store.status().await.unwrap().log_size
}

/// A consultation in French with an English translation, open to
/// everyone, with two seed statements, and `settings` on top.
fn french(settings: Value) -> Value {
    let mut body = json!({
        "language": "fr",
        "title": {"fr": "Le calcul partagé", "en": "Shared compute"},
        "question": {"fr": "Comment partager la puissance de calcul ?", "en": "How should compute be shared?"},
        "seeds": ["Le calcul est un bien commun.", "Les modèles doivent être ouverts."],
    });
    body.as_object_mut().unwrap().extend(settings.as_object().unwrap().clone());
    body
}

async fn create(state: &AppState, who: &Who, body: Value) -> u64 {
    let created = post(state, who, "/api/v1/consultations", body).await.expect(StatusCode::CREATED).json();
    created["id"].as_u64().unwrap()
}

async fn vote(state: &AppState, who: &Who, id: u64, statement: u64, choice: &str) -> Answer {
    post(state, who, &format!("/api/v1/consultations/{id}/votes"), json!({"statement": statement, "choice": choice}))
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_consultation_from_its_creation_to_its_analysis() {
    on_each_backend(|setup| async move {
        let state = support::state(&setup).await;
        let people = people(&state).await;
        let anonymous = Who::anonymous();

        // Created as a draft: the creation and each seed are events.
        let created = post(&state, &people.secretariat, "/api/v1/consultations", french(json!({}))).await;
        let created = created.expect(StatusCode::CREATED).json();
        assert_eq!(
            (created["id"].as_u64(), created["status"].as_str(), created["events"].as_u64()),
            (Some(1), Some("draft"), Some(3))
        );

        // A draft is seen only by those who manage it.
        assert_eq!(get(&state, &anonymous, "/api/v1/consultations").await.json()["total"], 0);
        problem(&get(&state, &people.delegate, "/api/v1/consultations/1").await, StatusCode::NOT_FOUND);
        let drafts = get(&state, &people.secretariat, "/api/v1/consultations?status=draft").await.json();
        assert_eq!(drafts["items"][0]["title"], json!({"fr": "Le calcul partagé", "en": "Shared compute"}));
        let before = log_size(&state).await;
        let hidden = vote(&state, &people.delegate, 1, 1, "agree").await;
        assert!(problem(&hidden, StatusCode::NOT_FOUND).contains("no consultation 1"));
        assert_eq!(log_size(&state).await, before);

        // Opened, it is listed to everyone, by its filters.
        post(&state, &people.secretariat, "/api/v1/consultations/1/open", json!({})).await.expect(StatusCode::OK);
        let again = post(&state, &people.secretariat, "/api/v1/consultations/1/open", json!({})).await;
        assert!(problem(&again, StatusCode::CONFLICT).contains("consultation 1 is open, so it cannot be opened"));
        for (query, total) in [
            ("", 1),
            ("?language=en", 1),
            ("?language=ar", 0),
            ("?status=open", 1),
            ("?status=closed", 0),
            ("?audience=everyone", 1),
            ("?audience=members", 0),
            ("?limit=1&offset=1", 1),
        ] {
            let list = get(&state, &anonymous, &format!("/api/v1/consultations{query}")).await.json();
            assert_eq!(list["total"], total, "{query}");
        }

        // A delegate, a stakeholder and a member of the public vote.
        vote(&state, &people.delegate, 1, 1, "agree").await.expect(StatusCode::CREATED);
        vote(&state, &people.stakeholder, 1, 1, "disagree").await.expect(StatusCode::CREATED);
        let public_vote = vote(&state, &people.public, 1, 2, "pass").await.expect(StatusCode::CREATED).json();
        // The public vote is recorded under a pseudonym, never the handle.
        let entry = state.store.entry(public_vote["log_index"].as_u64().unwrap()).await.unwrap().unwrap();
        let envelope = Envelope::decode(&entry.bytes).unwrap();
        let pseudonym = state.store.voter_in(1, &people.public_handle).await.unwrap();
        assert_eq!(envelope.actor, pseudonym);
        assert_ne!(pseudonym, people.public_handle);
        assert!(!String::from_utf8_lossy(&entry.bytes).contains("p.ada"));
        assert_eq!(state.store.votes_of(1, &pseudonym).await.unwrap(), [(2, Choice::Pass)].into());
        let text = String::from_utf8_lossy(&entry.bytes).into_owned();
        assert!(text.contains(r#""constituency":{"of":"public"}"#), "{text}");

        // A vote may be changed; the last counts.
        vote(&state, &people.delegate, 1, 1, "disagree").await.expect(StatusCode::CREATED);
        let votes = state.store.votes_of(1, &people.delegate_handle).await.unwrap();
        assert_eq!(votes, [(1, Choice::Disagree)].into());
        let shown = get(&state, &anonymous, "/api/v1/consultations/1").await.expect(StatusCode::OK).json();
        assert_eq!((shown["votes"].as_u64(), shown["participants"].as_u64()), (Some(4), Some(3)));
        assert_eq!(shown["manages"], false);

        // Statements: written by the public, shown at once (moderated after).
        let written = post(
            &state,
            &people.public,
            "/api/v1/consultations/1/statements",
            json!({"text": "  Publier les poids des modèles.  ", "language": "fr"}),
        )
        .await
        .expect(StatusCode::CREATED)
        .json();
        assert_eq!((written["number"].as_u64(), written["status"].as_str()), (Some(3), Some("approved")));

        // The next statement: one the delegate has not voted on, until none.
        let next = get(&state, &people.delegate, "/api/v1/consultations/1/next").await.expect(StatusCode::OK).json();
        let first = next["statement"]["number"].as_u64().unwrap();
        assert!([2, 3].contains(&first), "{next}");
        assert_eq!((next["remaining"].as_u64(), next["voted"].as_u64()), (Some(2), Some(1)));
        let again = get(&state, &people.delegate, "/api/v1/consultations/1/next").await.json();
        assert_eq!(again["statement"]["number"], first, "the same statement until a vote");
        vote(&state, &people.delegate, 1, first, "agree").await.expect(StatusCode::CREATED);
        let next = get(&state, &people.delegate, "/api/v1/consultations/1/next").await.json();
        assert_eq!(next["statement"]["number"], 5 - first);
        vote(&state, &people.delegate, 1, 5 - first, "pass").await.expect(StatusCode::CREATED);
        get(&state, &people.delegate, "/api/v1/consultations/1/next").await.expect(StatusCode::NO_CONTENT);

        // Moderation, flags and translations.
        let reject = json!({"verdict": "reject", "reason": "Hors sujet."});
        post(&state, &people.secretariat, "/api/v1/consultations/1/statements/3/moderation", reject)
            .await
            .expect(StatusCode::OK);
        post(&state, &people.stakeholder, "/api/v1/consultations/1/statements/2/flag", json!({}))
            .await
            .expect(StatusCode::OK);
        let translation = json!({"language": "en", "text": "Compute is a common good."});
        post(&state, &people.secretariat, "/api/v1/consultations/1/statements/1/translations", translation)
            .await
            .expect(StatusCode::CREATED);
        let public = get(&state, &anonymous, "/api/v1/consultations/1/statements").await.expect(StatusCode::OK).json();
        assert_eq!(public[0]["translations"], json!({"en": "Compute is a common good."}));
        assert_eq!((public[2]["status"].as_str(), public[2]["text"].as_str()), (Some("rejected"), None));
        assert_eq!(public[2]["reason"], "Hors sujet.");
        assert!(public[1].get("flags").is_none(), "flags are for moderators");
        let moderators = get(&state, &people.secretariat, "/api/v1/consultations/1/statements").await.json();
        assert_eq!(moderators[2]["text"], "Publier les poids des modèles.", "as recorded, trimmed");
        assert_eq!(moderators[1]["flags"], 1);
        let counts =
            get(&state, &people.secretariat, "/api/v1/consultations/1").await.json()["statement_counts"].clone();
        assert_eq!(counts, json!({"total": 3, "approved": 2, "pending": 0, "rejected": 1, "meta": 0, "flagged": 1}));

        // The analysis: 202 until the first is stored, then the report.
        let pending = get(&state, &anonymous, "/api/v1/consultations/1/analysis").await;
        assert_eq!(pending.status, StatusCode::ACCEPTED);
        assert_eq!(pending.headers[header::RETRY_AFTER], "2");
        assert!(pending.json()["detail"].as_str().unwrap().contains("not been analysed yet"));
        let report = report(log_size(&state).await);
        let stored = StoredAnalysis {
            log_size: report.log_size,
            engine: report.engine.clone(),
            computed_ms: 1_700_000_000_000,
            report: serde_json::to_string(&report).unwrap(),
        };
        state.store.store_analysis(1, &stored).await.unwrap();
        let served = get(&state, &anonymous, "/api/v1/consultations/1/analysis").await.expect(StatusCode::OK);
        assert_eq!(served.headers[header::CONTENT_TYPE], "application/json");
        assert_eq!(serde_json::from_slice::<AnalysisReport>(&served.body).unwrap(), report);

        // Closed: no more votes; reopened: votes again.
        post(&state, &people.kenya_head, "/api/v1/consultations/1/close", json!({}))
            .await
            .expect(StatusCode::FORBIDDEN);
        post(&state, &people.secretariat, "/api/v1/consultations/1/close", json!({})).await.expect(StatusCode::OK);
        let before = log_size(&state).await;
        let closed = vote(&state, &people.stakeholder, 1, 2, "agree").await;
        assert!(problem(&closed, StatusCode::CONFLICT).contains("consultation 1 is closed"));
        assert_eq!(log_size(&state).await, before);
        let reopen = "/api/v1/consultations/1/reopen?closes_at=2099-01-01T00:00:00Z";
        post(&state, &people.secretariat, reopen, json!({})).await.expect(StatusCode::OK);
        let reopened = get(&state, &anonymous, "/api/v1/consultations/1").await.json();
        assert_eq!(
            (reopened["status"].as_str(), reopened["closes_at"].as_str()),
            (Some("open"), Some("2099-01-01T00:00:00.000Z"))
        );
        vote(&state, &people.stakeholder, 1, 2, "agree").await.expect(StatusCode::CREATED);
    })
    .await;
}

/// A small report as the analysis task would store it.
fn report(log_size: u64) -> AnalysisReport {
    AnalysisReport {
        participants: 3,
        statements: 3,
        votes: 7,
        mode: "one-shot".into(),
        participation: "history".into(),
        clustered: 0,
        groups: Vec::new(),
        consensus: ConsensusReport::default(),
        group_informed_consensus: [("1".to_owned(), 0.25)].into(),
        bridging: Default::default(),
        polis: None,
        warnings: vec!["too few participants to form opinion groups".into()],
        log_size,
        engine: "concord-consensus/0.1.0".into(),
        constituencies: ConstituencyReport::default(),
        map: Vec::new(),
        priorities: [("2".to_owned(), 1.5)].into(),
        polis_ids: Default::default(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_a_problem_and_writes_nothing() {
    on_each_backend(|setup| async move {
        let state = support::state(&setup).await;
        let people = people(&state).await;
        let anonymous = Who::anonymous();
        // 1: members only, held for moderators; 2: a draft; 3: only seeds;
        // 4: results to those who have voted.
        let members = json!({"audience": "members", "moderation": "before", "open": true});
        let members = create(&state, &people.secretariat, french(members)).await;
        let draft = create(&state, &people.secretariat, french(json!({}))).await;
        let seeds_only =
            create(&state, &people.secretariat, french(json!({"participants_write": false, "open": true}))).await;
        let secret =
            create(&state, &people.secretariat, french(json!({"results": "participants", "open": true}))).await;
        let pending = post(
            &state,
            &people.delegate,
            &format!("/api/v1/consultations/{members}/statements"),
            json!({"text": "Les données restent locales.", "language": "fr"}),
        )
        .await
        .expect(StatusCode::CREATED)
        .json();
        assert_eq!((pending["number"].as_u64(), pending["status"].as_str()), (Some(3), Some("pending")));
        let rejected = format!("/api/v1/consultations/{seeds_only}/statements/2/moderation");
        post(&state, &people.secretariat, &rejected, json!({"verdict": "reject", "reason": "Doublon."}))
            .await
            .expect(StatusCode::OK);
        let before = log_size(&state).await;

        let long = "x".repeat(domain::consultation::MAX_STATEMENT + 1);
        let votes = |id: u64| format!("POST /api/v1/consultations/{id}/votes");
        let statements = |id: u64| format!("POST /api/v1/consultations/{id}/statements");
        let moderation = |n: &str| format!("POST /api/v1/consultations/{members}/statements/{n}/moderation");
        let translation = format!("POST /api/v1/consultations/{members}/statements/1/translations");
        let analysis = |id: u64| format!("GET /api/v1/consultations/{id}/analysis");
        let vote = |statement: Value, choice: &str| json!({"statement": statement, "choice": choice});
        let text = |text: &str, language: &str| json!({"text": text, "language": language});
        let verdict = |verdict: &str| json!({"verdict": verdict});
        let get = |path: &str| format!("GET /api/v1/consultations{path}");
        let none = Value::Null;
        let (delegate, head, secretariat) = (&people.delegate, &people.kenya_head, &people.secretariat);
        let cases: Vec<Bad> = vec![
            // Votes on what takes none, or by someone outside the audience.
            (delegate, votes(draft), vote(json!(1), "agree"), 404, "no consultation 2"),
            (head, votes(draft), vote(json!(1), "agree"), 404, "no consultation 2"),
            (delegate, votes(members), vote(json!(3), "agree"), 409, "waiting for a moderator"),
            (delegate, votes(seeds_only), vote(json!(2), "agree"), 409, "was rejected by a moderator"),
            (delegate, votes(members), vote(json!(99), "agree"), 404, "has no statement 99"),
            (delegate, votes(members), vote(json!(9_007_199_254_740_993_u64), "agree"), 404, "has no statement"),
            (delegate, votes(members), vote(json!(-1), "agree"), 400, "statement"),
            (
                delegate,
                votes(members),
                vote(json!(1), "maybe"),
                422,
                "choice: \"maybe\" is not one of: agree, disagree",
            ),
            (delegate, votes(42), vote(json!(1), "agree"), 404, "no consultation 42"),
            (&people.public, votes(members), vote(json!(1), "agree"), 403, "open to member state delegations only"),
            (&people.stakeholder, votes(members), vote(json!(1), "agree"), 403, "open to member state delegations"),
            (&people.observer, votes(members), vote(json!(1), "agree"), 403, "may not take part"),
            (secretariat, votes(members), vote(json!(1), "agree"), 403, "may not take part"),
            (&anonymous, votes(members), vote(json!(1), "agree"), 401, "sign in"),
            // Statements over the limit, empty, duplicated, or not taken.
            (delegate, statements(members), text(&long, "fr"), 422, "text: use at most 300 characters"),
            (delegate, statements(members), text("   ", "fr"), 422, "text: enter a text"),
            (delegate, statements(members), text("Deux\nlignes.", "fr"), 422, "line breaks"),
            (delegate, statements(members), text(" Le calcul est un bien commun.", "fr"), 409, "(statement 1)"),
            (delegate, statements(members), text("Neu.", "de"), 422, "language: \"de\""),
            (delegate, statements(seeds_only), text("Une idée.", "fr"), 403, "do not write new ones"),
            (delegate, statements(members), json!({"text": "Une idée."}), 400, "missing field `language`"),
            // Moderation and translation by those who may not.
            (delegate, moderation("1"), verdict("approve"), 403, "may not moderate consultations"),
            (head, moderation("1"), verdict("approve"), 403, "only for their own member state"),
            (&anonymous, moderation("1"), verdict("approve"), 401, "sign in"),
            (secretariat, moderation("1"), verdict("delete"), 422, "verdict: \"delete\""),
            (secretariat, moderation("1"), verdict("reject"), 422, "reason: enter a text"),
            (secretariat, moderation("7"), verdict("approve"), 404, "has no statement 7"),
            (head, translation.clone(), text("Hello.", "en"), 403, "may not translate statements"),
            (secretariat, translation.clone(), text("Bonjour.", "fr"), 422, "written in that language"),
            // Opening and closing what cannot be.
            (
                delegate,
                format!("POST /api/v1/consultations/{members}/close"),
                none.clone(),
                403,
                "may not open or close",
            ),
            (
                secretariat,
                format!("POST /api/v1/consultations/{draft}/close"),
                none.clone(),
                409,
                "is draft, so it cannot",
            ),
            (
                secretariat,
                format!("POST /api/v1/consultations/{members}/reopen"),
                none.clone(),
                409,
                "cannot be reopened",
            ),
            (
                secretariat,
                format!("POST /api/v1/consultations/{members}/reopen?closes_at=x"),
                none.clone(),
                400,
                "RFC 3339",
            ),
            // Results hidden until one has voted; drafts hidden.
            (&anonymous, analysis(secret), none.clone(), 403, "sign in and vote"),
            (delegate, analysis(secret), none.clone(), 403, "vote on a statement first"),
            (delegate, analysis(draft), none.clone(), 404, "no consultation 2"),
            (&people.observer, get(&format!("/{members}/next")), none.clone(), 403, "may not take part"),
            // Huge or negative numbers anywhere.
            (&anonymous, get("/9223372036854775808"), none.clone(), 404, "no consultation numbered"),
            (&anonymous, get("/-1"), none.clone(), 404, "no consultation numbered"),
            (&anonymous, get("/18446744073709551616/statements"), none.clone(), 404, "no consultation numbered"),
            (&anonymous, get("/9007199254740992/analysis"), none.clone(), 404, "no consultation numbered"),
            (
                delegate,
                format!("POST /api/v1/consultations/{members}/statements/18446744073709551616/flag"),
                none.clone(),
                404,
                "no statement numbered",
            ),
            (secretariat, moderation("-1"), verdict("approve"), 404, "no statement numbered"),
            (delegate, votes(9_223_372_036_854_775_807), vote(json!(1), "agree"), 404, "no consultation numbered"),
            (&anonymous, get("?offset=9223372036854775808"), none.clone(), 400, "out of range"),
            (&anonymous, get("?limit=0"), none.clone(), 400, "from 1 to 200"),
            (&anonymous, get("?limit=-1"), none.clone(), 400, "limit"),
            (&anonymous, get("?status=pending"), none.clone(), 400, "status"),
            (&anonymous, get("?language=de"), none.clone(), 400, "language"),
        ];
        let mut failures = Vec::new();
        for (who, request, body, status, says) in cases {
            let (method, uri) = request.split_once(' ').unwrap();
            let body = (!body.is_null()).then_some(body);
            let answer = call(&state, who, method.parse().unwrap(), uri, body).await;
            let is_problem = answer.headers.get(header::CONTENT_TYPE).is_some_and(|t| t == "application/problem+json");
            if answer.status.as_u16() != status || !is_problem || !answer.detail().contains(says) {
                let body = String::from_utf8_lossy(&answer.body);
                failures.push(format!("{request}: {} {body} (expected {status}, {says:?})", answer.status));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert_eq!(log_size(&state).await, before, "nothing was written");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_consultations_are_refused_and_none_is_left_half_made() {
    on_each_backend(|setup| async move {
        let state = support::state(&setup).await;
        let people = people(&state).await;
        let before = log_size(&state).await;
        let seeds: Vec<String> = (0..=domain::consultation::MAX_SEEDS).map(|i| format!("Idée {i}.")).collect();
        for (who, body, status, says) in [
            (&people.delegate, french(json!({})), StatusCode::FORBIDDEN, "may not create consultations"),
            (
                &people.secretariat,
                french(json!({"language": "de"})),
                StatusCode::UNPROCESSABLE_ENTITY,
                "language: \"de\"",
            ),
            (
                &people.secretariat,
                french(json!({"title": {"en": "Compute"}})),
                StatusCode::UNPROCESSABLE_ENTITY,
                "title: enter it in the consultation's language",
            ),
            (
                &people.secretariat,
                french(json!({"question": {"fr": ""}})),
                StatusCode::UNPROCESSABLE_ENTITY,
                "question: enter a text",
            ),
            (
                &people.secretariat,
                french(json!({"title": {"fr": "x".repeat(201)}})),
                StatusCode::UNPROCESSABLE_ENTITY,
                "title: use at most 200",
            ),
            (
                &people.secretariat,
                french(json!({"title": {"fr": "Oui", "xx": "Non"}})),
                StatusCode::UNPROCESSABLE_ENTITY,
                "title: \"xx\"",
            ),
            (
                &people.secretariat,
                french(json!({"audience": "all"})),
                StatusCode::UNPROCESSABLE_ENTITY,
                "audience: \"all\" is not one of",
            ),
            (
                &people.secretariat,
                french(json!({"moderation": "never"})),
                StatusCode::UNPROCESSABLE_ENTITY,
                "moderation",
            ),
            (&people.secretariat, french(json!({"results": "nobody"})), StatusCode::UNPROCESSABLE_ENTITY, "results"),
            (
                &people.secretariat,
                french(json!({"opens_at": "soon"})),
                StatusCode::UNPROCESSABLE_ENTITY,
                "opens_at: \"soon\" is not an RFC 3339 time",
            ),
            (
                &people.secretariat,
                french(json!({"opens_at": "2030-01-02T00:00:00Z", "closes_at": "2030-01-01T00:00:00Z"})),
                StatusCode::UNPROCESSABLE_ENTITY,
                "closing time must come after",
            ),
            (
                &people.secretariat,
                french(json!({"opens_at": "2030-01-02T00:00:00Z", "open": true})),
                StatusCode::UNPROCESSABLE_ENTITY,
                "opens_at: leave it out",
            ),
            (
                &people.secretariat,
                french(json!({"seeds": seeds})),
                StatusCode::UNPROCESSABLE_ENTITY,
                "at most 100 seed statements",
            ),
            (
                &people.secretariat,
                french(json!({"seeds": ["Oui.", " Oui."]})),
                StatusCode::UNPROCESSABLE_ENTITY,
                "given twice",
            ),
            (&people.secretariat, french(json!({"colour": "blue"})), StatusCode::BAD_REQUEST, "unknown field `colour`"),
        ] {
            let answer = post(&state, who, "/api/v1/consultations", body).await;
            let detail = problem(&answer, status);
            assert!(detail.contains(says), "{detail} does not say {says:?}");
        }
        // A head's token that may create but not open: refused before the
        // draft is made, so none is left behind.
        let create_only = token(&state, &people.kenya_head_handle, &[Action::CreateConsultation]).await;
        let answer =
            post(&state, &Who::token(&create_only), "/api/v1/consultations", french(json!({"open": true}))).await;
        assert!(problem(&answer, StatusCode::FORBIDDEN).contains("does not allow manage_consultation"));
        assert_eq!(log_size(&state).await, before, "nothing was written");

        // A head's consultation is managed by that head and the secretariat.
        let id = create(&state, &people.kenya_head, french(json!({"open": true}))).await;
        let shown = get(&state, &people.kenya_head, &format!("/api/v1/consultations/{id}")).await.json();
        assert_eq!((shown["member"].as_str(), shown["manages"].as_bool()), (Some("KEN"), Some(true)));
        let approve = json!({"verdict": "meta"});
        post(&state, &people.kenya_head, &format!("/api/v1/consultations/{id}/statements/1/moderation"), approve)
            .await
            .expect(StatusCode::OK);
        post(&state, &people.secretariat, &format!("/api/v1/consultations/{id}/close"), json!({}))
            .await
            .expect(StatusCode::OK);
    })
    .await;
}
