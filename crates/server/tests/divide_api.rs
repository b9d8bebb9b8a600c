//! The AI divide index over the API (issue 17), on SQLite and PostgreSQL:
//! the shipped values loaded by the secretariat, 202 until the analyst has
//! computed the index and then the table (filtered and sorted) and a
//! member's profile; a delegate's submission accepted by the secretariat
//! changes the member's values, score and rank; and every bad input of the
//! issue answered with a 4xx problem that says what is wrong, nothing
//! written.

mod support;

use std::collections::BTreeSet;

use axum::http::{Method, StatusCode, header};
use domain::Timestamp;
use domain::people::DelegationRole;
use serde_json::{Value, json};
use server::AppState;
use server::analyst::{Analyst, POLL_MS};
use store::scratch::on_each_backend;
use support::{Answer, Who, call, caller};

struct People {
    secretariat: Who,
    ken_head: Who,
    ken_delegate: Who,
    gha_head: Who,
    participant: Who,
}

async fn people(state: &AppState) -> People {
    use DelegationRole::{Delegate, Head};
    People {
        secretariat: caller(state, "sec.admin", None).await,
        ken_head: caller(state, "del.ken.head", Some(("KEN", Head))).await,
        ken_delegate: caller(state, "del.ken.amina", Some(("KEN", Delegate))).await,
        gha_head: caller(state, "del.gha.head", Some(("GHA", Head))).await,
        participant: caller(state, "p.ada", None).await,
    }
}

async fn post(state: &AppState, who: &Who, uri: &str, body: Value) -> Answer {
    call(state, who, Method::POST, uri, Some(body)).await
}

async fn get(state: &AppState, uri: &str) -> Answer {
    call(state, &Who::anonymous(), Method::GET, uri, None).await
}

/// Asserts a problem with `status` whose detail says `says`.
fn problem(answer: &Answer, status: StatusCode, says: &str) {
    assert_eq!(answer.status, status, "{}", String::from_utf8_lossy(&answer.body));
    assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json");
    let detail = answer.detail();
    assert!(detail.contains(says), "{detail:?} does not say {says:?}");
}

/// Asserts the 202 of an index not computed yet.
fn pending(answer: &Answer) {
    assert_eq!(answer.status, StatusCode::ACCEPTED, "{}", String::from_utf8_lossy(&answer.body));
    assert_eq!(answer.headers[header::RETRY_AFTER], "2");
    assert_eq!(answer.json()["type"], "/problems/divide-index-pending");
}

async fn log_size(state: &AppState) -> u64 {
    state.store.status().await.unwrap().log_size
}

/// One round of the analyst at a time after every entry so far: it
/// recomputes the index if a divide event arrived.
async fn analyse(analyst: &mut Analyst) {
    let later = Timestamp::from_unix_millis(Timestamp::now().unix_millis() + 2 * POLL_MS).unwrap();
    analyst.tick(later).await.unwrap();
}

/// The index computed from the shipped files, as `concord divide compute`
/// computes it, with the server's seed and draws.
fn from_the_files() -> exchange::Index {
    exchange::compute(
        &exchange::Methodology::default_shipped(),
        &domain::divide::countries_of(&domain::member::un_members().unwrap()),
        &domain::divide::shipped_observations().unwrap(),
        exchange::Options { seed: server::divide_index::SEED, draws: server::divide_index::DRAWS },
    )
}

/// Member `iso3`'s row in the index table.
fn row<'a>(table: &'a Value, iso3: &str) -> &'a Value {
    table["members"].as_array().unwrap().iter().find(|r| r["iso3"] == iso3).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_index_from_the_shipped_values_to_an_accepted_submission() {
    on_each_backend(|setup| async move {
        let state = support::state(&setup).await;
        let p = people(&state).await;
        let mut analyst = Analyst::new(state.store.clone(), "node-test".into());

        // Nothing computed yet; the shipped methodology, not yet published.
        pending(&get(&state, "/api/v1/divide").await);
        pending(&get(&state, "/api/v1/divide/members/KEN").await);
        let methodology = get(&state, "/api/v1/divide/methodology").await.expect(StatusCode::OK).json();
        assert_eq!(methodology, json!({"version": 1, "text": exchange::DEFAULT_TOML, "published_at": null}));
        let indicators = get(&state, "/api/v1/divide/indicators").await.expect(StatusCode::OK).json();
        let internet = indicators.as_array().unwrap().iter().find(|i| i["code"] == "IT.NET.USER.ZS").unwrap();
        assert_eq!((internet["min"].as_f64(), internet["max"].as_f64()), (Some(0.0), Some(100.0)));
        assert_eq!(indicators.as_array().unwrap().len(), exchange::Catalogue::shipped().indicators().len());

        // The secretariat loads the shipped values: the methodology and
        // every value, once.
        let shipped = domain::divide::shipped_observations().unwrap().len() as u64;
        let loaded = post(&state, &p.secretariat, "/api/v1/divide/load-indicators", json!(null)).await;
        let loaded = loaded.expect(StatusCode::OK).json();
        assert_eq!((loaded["methodology"].as_u64(), loaded["values"].as_u64()), (Some(1), Some(shipped)));
        assert!(loaded["series"].as_u64().unwrap() > 1_000, "{loaded}");
        let size = log_size(&state).await;
        let again = post(&state, &p.secretariat, "/api/v1/divide/load-indicators", json!(null)).await;
        assert_eq!(again.expect(StatusCode::OK).json(), json!({"methodology": null, "series": 0, "values": 0}));
        assert_eq!(log_size(&state).await, size);
        let methodology = get(&state, "/api/v1/divide/methodology").await.json();
        assert!(methodology["published_at"].is_u64(), "{methodology}");
        pending(&get(&state, "/api/v1/divide").await);

        // Computed: the rows of the files, every member scored.
        analyse(&mut analyst).await;
        let table = get(&state, "/api/v1/divide").await.expect(StatusCode::OK).json();
        assert_eq!(table["log_size"], size);
        assert_eq!(table["engine"], exchange::ENGINE);
        assert_eq!((table["seed"].as_u64(), table["draws"].as_u64()), (Some(0), Some(1000)));
        let files = from_the_files();
        let rows: Vec<server::api::divide::dto::IndexRow> =
            files.members.iter().map(server::api::divide::dto::IndexRow::from).collect();
        assert_eq!(table["members"].as_array().unwrap().len(), 193);
        for (served, file) in table["members"].as_array().unwrap().iter().zip(&rows) {
            assert_eq!(served, &serde_json::to_value(file).unwrap(), "{}", file.iso3);
        }
        assert_eq!(table["observers"].as_array().unwrap().len(), 2);
        let keys: BTreeSet<&str> = table["members"][0].as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            BTreeSet::from(["iso3", "score", "rank", "rank_low", "rank_high", "pillars", "coverage", "filled"])
        );

        // Filtered and sorted on the server.
        let african = get(&state, "/api/v1/divide?region=AFRICAN&income=LMC").await.expect(StatusCode::OK).json();
        let codes: Vec<&str> =
            african["members"].as_array().unwrap().iter().map(|r| r["iso3"].as_str().unwrap()).collect();
        assert!(codes.contains(&"KEN") && codes.contains(&"GHA") && !codes.contains(&"ZAF"), "{codes:?}");
        assert_eq!(african["observers"], json!([]));
        let by_coverage = get(&state, "/api/v1/divide?sort=coverage").await.json();
        let coverage: Vec<f64> =
            by_coverage["members"].as_array().unwrap().iter().map(|r| r["coverage"].as_f64().unwrap()).collect();
        assert!(coverage.windows(2).all(|w| w[0] >= w[1]));
        let ranks: Vec<u64> =
            table["members"].as_array().unwrap().iter().map(|r| r["rank"].as_u64().unwrap()).collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]));

        // Kenya's profile.
        let kenya = get(&state, "/api/v1/divide/members/ken").await.expect(StatusCode::OK).json();
        assert_eq!(kenya["score"]["rank"], row(&table, "KEN")["rank"]);
        let values = kenya["score"]["values"].as_array().unwrap();
        assert_eq!(values.len(), exchange::Methodology::default_shipped().indicator_codes().len());
        assert!(values.iter().all(|v| v["scaled"].is_f64() && v["weight"].is_f64() && v["year"].is_u64()));
        assert_eq!(kenya["benchmarks"].as_array().unwrap().len(), 5);
        assert!(kenya["benchmarks"].as_array().unwrap().iter().all(|b| b["group_median"].is_f64()));
        assert!(kenya["values"].as_array().unwrap().iter().any(|v| v["indicator"] == "IT.NET.USER.ZS"));
        assert_eq!(kenya["submissions"], json!([]));

        // A delegate submits a newer value of the reference year; it
        // changes nothing until accepted.
        let year = table["year"].as_u64().unwrap();
        let submission = json!({"member": "KEN", "indicator": "IT.NET.USER.ZS", "year": year, "value": "99.50",
            "source": "Kenya National Bureau of Statistics, Economic Survey"});
        let created =
            post(&state, &p.ken_delegate, "/api/v1/divide/submissions", submission).await.expect(StatusCode::CREATED);
        let created = created.json();
        assert_eq!(created["id"], 1);
        let pending_list = get(&state, "/api/v1/divide/submissions?status=pending&member=KEN").await.json();
        assert_eq!(pending_list.as_array().unwrap().len(), 1);
        assert_eq!(pending_list[0]["value"], "99.50", "the text is kept as written");
        assert_eq!(pending_list[0]["submitted_by"], "del.ken.amina");
        analyse(&mut analyst).await;
        let unchanged = get(&state, "/api/v1/divide/members/KEN").await.json();
        assert_eq!(unchanged["score"]["score"], kenya["score"]["score"]);
        assert_eq!(unchanged["submissions"][0]["status"], "pending");

        // The secretariat accepts it: Kenya's value, score and rank change.
        let reviewed = post(&state, &p.secretariat, "/api/v1/divide/submissions/1/review", json!({"accept": true}))
            .await
            .expect(StatusCode::OK)
            .json();
        assert_eq!(
            (reviewed["status"].as_str(), reviewed["reviewed_by"].as_str()),
            (Some("accepted"), Some("sec.admin"))
        );
        analyse(&mut analyst).await;
        let after = get(&state, "/api/v1/divide/members/KEN").await.expect(StatusCode::OK).json();
        assert!(after["score"]["score"].as_f64() > kenya["score"]["score"].as_f64(), "{after}");
        assert!(after["score"]["rank"].as_u64() < kenya["score"]["rank"].as_u64(), "{after}");
        let internet = after["values"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["indicator"] == "IT.NET.USER.ZS" && v["year"] == year)
            .unwrap();
        assert_eq!((internet["value"].as_str(), internet["submission"].as_u64()), (Some("99.50"), Some(1)));
        let used = after["score"]["values"].as_array().unwrap().iter().find(|v| v["indicator"] == "IT.NET.USER.ZS");
        assert_eq!(used.unwrap()["value"], 99.5);
        assert_eq!(used.unwrap()["filled"], Value::Null);
        assert_eq!(after["submissions"][0]["status"], "accepted");
        let table = get(&state, "/api/v1/divide").await.json();
        assert_eq!(row(&table, "KEN")["rank"], after["score"]["rank"]);

        // A value given as a JSON number, rejected with a reason.
        let number = json!({"member": "KEN", "indicator": "GB.XPD.RSDV.GD.ZS", "year": 2022, "value": 0.5,
            "source": "UNESCO UIS, national survey"});
        let created = post(&state, &p.ken_head, "/api/v1/divide/submissions", number).await.expect(StatusCode::CREATED);
        assert_eq!(created.json()["id"], 2);
        let rejected = post(
            &state,
            &p.secretariat,
            "/api/v1/divide/submissions/2/review",
            json!({"accept": false, "reason": "the survey covers the public sector only"}),
        )
        .await
        .expect(StatusCode::OK)
        .json();
        assert_eq!((rejected["value"].as_str(), rejected["status"].as_str()), (Some("0.5"), Some("rejected")));
        assert_eq!(rejected["reason"], "the survey covers the public sector only");
        let shown = get(&state, "/api/v1/divide/submissions/2").await.expect(StatusCode::OK).json();
        assert_eq!(shown, rejected);
        let all = get(&state, "/api/v1/divide/submissions").await.json();
        let ids: Vec<u64> = all.as_array().unwrap().iter().map(|s| s["id"].as_u64().unwrap()).collect();
        assert_eq!(ids, [2, 1]);
    })
    .await;
}

/// `body` with `key` set to `value`.
fn with(body: &Value, key: &str, value: Value) -> Value {
    let mut body = body.clone();
    body[key] = value;
    body
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_a_problem_that_says_what_and_writes_nothing() {
    on_each_backend(|setup| async move {
        let state = support::state(&setup).await;
        let p = people(&state).await;
        let this_year = Timestamp::now().year();
        let good = json!({"member": "KEN", "indicator": "IT.NET.USER.ZS", "year": 2020, "value": "41.2",
            "source": "Kenya National Bureau of Statistics"});
        let size = log_size(&state).await;
        let submit = |who: &Who, body: Value| {
            let who = who.clone();
            let state = state.clone();
            async move { post(&state, &who, "/api/v1/divide/submissions", body).await }
        };

        // Submissions.
        let cases = [
            (with(&good, "value", json!("-1")), StatusCode::UNPROCESSABLE_ENTITY, "cannot be below 0"),
            (with(&good, "value", json!("101")), StatusCode::UNPROCESSABLE_ENTITY, "cannot be above 100"),
            (
                with(&good, "value", json!("forty")),
                StatusCode::UNPROCESSABLE_ENTITY,
                "value: \"forty\" is not a number",
            ),
            (with(&good, "value", json!(true)), StatusCode::UNPROCESSABLE_ENTITY, "value: give a number"),
            (with(&good, "year", json!(this_year + 1)), StatusCode::UNPROCESSABLE_ENTITY, "is in the future"),
            (with(&good, "year", json!(1900)), StatusCode::UNPROCESSABLE_ENTITY, "before 1960"),
            (with(&good, "source", json!("")), StatusCode::UNPROCESSABLE_ENTITY, "source: enter a text"),
            (with(&good, "source", json!("  ")), StatusCode::UNPROCESSABLE_ENTITY, "source: enter a text"),
            (with(&good, "indicator", json!("IT.NOPE")), StatusCode::UNPROCESSABLE_ENTITY, "unknown indicator"),
            (with(&good, "member", json!("Kenya")), StatusCode::UNPROCESSABLE_ENTITY, "member:"),
            (with(&good, "year", json!(70000)), StatusCode::BAD_REQUEST, "year"),
            (with(&good, "color", json!("red")), StatusCode::BAD_REQUEST, "unknown field `color`"),
            // The authorization table is asked first: Kenya's delegate
            // speaks for no other state, in the organization or not.
            (with(&good, "member", json!("XKX")), StatusCode::FORBIDDEN, ""),
        ];
        for (body, status, says) in cases {
            problem(&submit(&p.ken_delegate, body).await, status, says);
        }
        let mut no_source = good.clone();
        no_source.as_object_mut().unwrap().remove("source");
        problem(&submit(&p.ken_head, no_source).await, StatusCode::UNPROCESSABLE_ENTITY, "source: enter a text");
        // Another member's indicator, someone of no delegation, nobody.
        problem(&submit(&p.gha_head, good.clone()).await, StatusCode::FORBIDDEN, "");
        problem(&submit(&p.participant, good.clone()).await, StatusCode::FORBIDDEN, "");
        problem(&submit(&Who::anonymous(), good.clone()).await, StatusCode::UNAUTHORIZED, "sign in");
        assert_eq!(log_size(&state).await, size, "nothing was written");

        // Reviews.
        submit(&p.ken_delegate, good.clone()).await.expect(StatusCode::CREATED);
        problem(&submit(&p.ken_head, good.clone()).await, StatusCode::CONFLICT, "already awaits review");
        let size = log_size(&state).await;
        let review = |who: &Who, id: &str, body: Value| {
            let (who, state, uri) = (who.clone(), state.clone(), format!("/api/v1/divide/submissions/{id}/review"));
            async move { post(&state, &who, &uri, body).await }
        };
        problem(
            &review(&p.secretariat, "1", json!({"accept": false})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "reason",
        );
        problem(
            &review(&p.secretariat, "1", json!({"accept": false, "reason": " "})).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "reason",
        );
        problem(&review(&p.ken_head, "1", json!({"accept": true})).await, StatusCode::FORBIDDEN, "");
        problem(&review(&p.secretariat, "7", json!({"accept": true})).await, StatusCode::NOT_FOUND, "no submission 7");
        problem(&review(&p.secretariat, "x", json!({"accept": true})).await, StatusCode::NOT_FOUND, "submission");
        problem(&review(&p.secretariat, "1", json!({"reason": "no verdict"})).await, StatusCode::BAD_REQUEST, "accept");
        assert_eq!(log_size(&state).await, size, "nothing was written");
        review(&p.secretariat, "1", json!({"accept": true})).await.expect(StatusCode::OK);
        let size = log_size(&state).await;
        problem(&review(&p.secretariat, "1", json!({"accept": true})).await, StatusCode::CONFLICT, "already reviewed");
        problem(
            &review(&p.secretariat, "1", json!({"accept": false, "reason": "changed my mind"})).await,
            StatusCode::CONFLICT,
            "already reviewed",
        );
        assert_eq!(log_size(&state).await, size, "nothing was written");

        // Methodologies: weights that do not sum to one (the line of the
        // first pillar), goalposts in the wrong order, not TOML, an
        // unknown indicator, not the next version, not the secretariat.
        let publish = |who: &Who, text: String| {
            let (who, state) = (who.clone(), state.clone());
            async move { post(&state, &who, "/api/v1/divide/methodology", json!({"text": text})).await }
        };
        let heavy = exchange::DEFAULT_TOML.replacen("weight = 0.2", "weight = 0.3", 1);
        let first_pillar = exchange::DEFAULT_TOML.lines().position(|l| l == "[[pillar]]").unwrap() + 1;
        let error = exchange::Methodology::parse(&heavy, &exchange::Catalogue::shipped()).unwrap_err();
        assert!((first_pillar..first_pillar + 3).contains(&error.line), "{error}");
        let answer = publish(&p.secretariat, heavy).await;
        problem(&answer, StatusCode::UNPROCESSABLE_ENTITY, &format!("text: line {}, column", error.line));
        problem(&answer, StatusCode::UNPROCESSABLE_ENTITY, "the weights of the pillars sum to");
        let swapped = exchange::DEFAULT_TOML.replacen("goalposts = [0, 100]", "goalposts = [100, 0]", 1);
        problem(&publish(&p.secretariat, swapped).await, StatusCode::UNPROCESSABLE_ENTITY, "goalposts must be");
        problem(&publish(&p.secretariat, "version = [".into()).await, StatusCode::UNPROCESSABLE_ENTITY, "line 1");
        let unknown = exchange::DEFAULT_TOML.replacen("\"IT.NET.USER.ZS\"", "\"IT.NOPE\"", 1);
        problem(
            &publish(&p.secretariat, unknown).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown indicator `IT.NOPE`",
        );
        let second = exchange::DEFAULT_TOML.replacen("version = 1", "version = 2", 1);
        problem(&publish(&p.secretariat, second).await, StatusCode::UNPROCESSABLE_ENTITY, "the next version is 1");
        problem(&publish(&p.ken_head, exchange::DEFAULT_TOML.into()).await, StatusCode::FORBIDDEN, "");
        problem(&publish(&p.secretariat, "x".repeat(50_000)).await, StatusCode::UNPROCESSABLE_ENTITY, "bytes");
        problem(
            &post(&state, &p.ken_head, "/api/v1/divide/load-indicators", json!(null)).await,
            StatusCode::FORBIDDEN,
            "",
        );
        assert_eq!(log_size(&state).await, size, "nothing was written");
        let published = publish(&p.secretariat, exchange::DEFAULT_TOML.into()).await.expect(StatusCode::CREATED).json();
        assert_eq!(published["version"], 1);
        let methodology = get(&state, "/api/v1/divide/methodology").await.json();
        assert_eq!(methodology["published_at"], published["log_index"]);

        // Reading: unknown parameters, values and things.
        for (uri, says) in [
            ("/api/v1/divide?region=AFRICA", "region: \"AFRICA\" is not a UN regional group"),
            ("/api/v1/divide?income=rich", "income: \"rich\" is not a World Bank income group"),
            ("/api/v1/divide?sort=name", "sort: \"name\" is not one of"),
            ("/api/v1/divide?page=2", "unknown field `page`"),
            ("/api/v1/divide/submissions?status=open", "status: \"open\" is not one of"),
            ("/api/v1/divide/submissions?member=Kenya", "member: \"Kenya\" is not an ISO 3166-1 alpha-3 code"),
        ] {
            problem(&get(&state, uri).await, StatusCode::BAD_REQUEST, says);
        }
        for uri in [
            "/api/v1/divide/members/XKX",
            "/api/v1/divide/members/KENYA",
            "/api/v1/divide/submissions/2",
            "/api/v1/divide/submissions/0",
            "/api/v1/divide/submissions/9007199254740992",
            "/api/v1/divide/submissions/-1",
        ] {
            problem(&get(&state, uri).await, StatusCode::NOT_FOUND, "");
        }
    })
    .await;
}
