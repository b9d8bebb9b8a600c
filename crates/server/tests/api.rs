//! The HTTP surface without a socket (`app(state).oneshot(request)`), on
//! SQLite and PostgreSQL: status, the member directory and its errors, the
//! OpenAPI document, the log as tiles, health, metrics and headers.

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use domain::Command;
use domain::authz::Caller;
use domain::lang::Lang;
use http_body_util::BodyExt;
use ledger::{Checkpoint, TileId, Verifier};
use serde_json::Value;
use server::{AppState, app};
use store::Store;
use store::scratch::on_each_backend;
use tower::ServiceExt;

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|err| panic!("{err}: {}", String::from_utf8_lossy(&self.body)))
    }

    fn content_type(&self) -> &str {
        self.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    /// Asserts a problem document with this status, and returns its detail.
    fn problem(&self, status: StatusCode) -> String {
        assert_eq!(self.status, status, "{}", String::from_utf8_lossy(&self.body));
        assert_eq!(self.content_type(), "application/problem+json");
        let problem = self.json();
        assert_eq!(problem["status"], status.as_u16());
        assert!(problem["type"].as_str().unwrap().starts_with("/problems/"));
        problem["detail"].as_str().unwrap().to_owned()
    }
}

async fn call(state: &AppState, method: Method, uri: &str, body: Body) -> Answer {
    let request = Request::builder().method(method).uri(uri).body(body).unwrap();
    let response = app(state.clone()).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    Answer { status, headers, body }
}

async fn get(state: &AppState, uri: &str) -> Answer {
    call(state, Method::GET, uri, Body::empty()).await
}

async fn state(setup: &store::scratch::Setup) -> AppState {
    AppState::new(Store::open(&setup.config()).await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_reports_the_log_and_the_digest() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let answer = get(&state, "/api/v1/status").await;
        assert_eq!(answer.status, StatusCode::OK);
        let status = answer.json();
        assert_eq!(status["log_size"], 196);
        assert_eq!(status["members"], 193);
        assert_eq!(status["backend"], setup.backend.name());
        assert_eq!(status["state_digest"].as_str().unwrap().len(), 64);
        assert_eq!(status["verifier_key"].as_str().unwrap(), state.store.verifier_key());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_member_directory_filters_searches_and_pages() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let all = get(&state, "/api/v1/members?limit=200").await.json();
        assert_eq!(all["total"], 195);
        assert_eq!(all["items"].as_array().unwrap().len(), 195);

        let african_lic = get(&state, "/api/v1/members?group=AFRICAN&income=LIC&limit=5&offset=5").await.json();
        assert_eq!(african_lic["limit"], 5);
        assert_eq!(african_lic["offset"], 5);
        assert!(african_lic["total"].as_u64().unwrap() > 10);
        for item in african_lic["items"].as_array().unwrap() {
            assert_eq!(
                (item["regional_group"].as_str(), item["income_group"].as_str()),
                (Some("AFRICAN"), Some("LIC"))
            );
        }

        // A name in any of the six languages, whatever its case or accents.
        for q in ["kenya", "%D9%83%D9%8A%D9%86%D9%8A%D8%A7", "%E8%82%AF%E5%B0%BC%E4%BA%9A", "K%C3%89NYA", "KEN"] {
            let found = get(&state, &format!("/api/v1/members?q={q}")).await.json();
            let codes: Vec<&str> =
                found["items"].as_array().unwrap().iter().map(|m| m["iso3"].as_str().unwrap()).collect();
            assert_eq!(codes, ["KEN"], "q={q}");
        }
        let turkiye = get(&state, "/api/v1/members?q=turkiye").await.json();
        assert_eq!(turkiye["items"][0]["iso3"], "TUR");
        // LIKE wildcards in the query are literal.
        assert_eq!(get(&state, "/api/v1/members?q=%25").await.json()["total"], 0);

        let kenya = get(&state, "/api/v1/members/ken").await;
        assert_eq!(kenya.status, StatusCode::OK);
        let kenya = kenya.json();
        assert_eq!(kenya["names"]["zh"], "肯尼亚");
        assert_eq!(kenya["status"], "member");
        let holy_see = get(&state, "/api/v1/members/VAT").await.json();
        assert_eq!((holy_see["status"].as_str(), &holy_see["regional_group"]), (Some("observer"), &Value::Null));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_member_requests_get_problem_documents() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let detail = get(&state, "/api/v1/members/XYZ").await.problem(StatusCode::NOT_FOUND);
        assert!(detail.contains("XYZ is not a member"), "{detail}");
        let detail = get(&state, "/api/v1/members/KENYA").await.problem(StatusCode::BAD_REQUEST);
        assert!(detail.contains("alpha-3"), "{detail}");
        let detail = get(&state, "/api/v1/members?group=AFRICA").await.problem(StatusCode::BAD_REQUEST);
        assert!(detail.contains("use one of AFRICAN"), "{detail}");
        let detail = get(&state, "/api/v1/members?income=rich").await.problem(StatusCode::BAD_REQUEST);
        assert!(detail.contains("income"), "{detail}");
        let detail = get(&state, "/api/v1/members?limit=0").await.problem(StatusCode::BAD_REQUEST);
        assert!(detail.contains("from 1 to 200"), "{detail}");
        let detail = get(&state, "/api/v1/members?limit=ten").await.problem(StatusCode::BAD_REQUEST);
        assert!(detail.contains("limit"), "{detail}");
        let detail = get(&state, "/api/v1/members?grup=AFRICAN").await.problem(StatusCode::BAD_REQUEST);
        assert!(detail.contains("grup"), "{detail}");
        get(&state, "/api/v1/nothing-here").await.problem(StatusCode::NOT_FOUND);
        call(&state, Method::DELETE, "/api/v1/members/KEN", Body::empty())
            .await
            .problem(StatusCode::METHOD_NOT_ALLOWED);
        let oversized = Body::from(vec![b'x'; server::BODY_LIMIT + 1]);
        let request = Request::builder()
            .method(Method::POST)
            .uri("/api/v1/members")
            .header(header::CONTENT_LENGTH, server::BODY_LIMIT + 1)
            .body(oversized)
            .unwrap();
        let response = app(state.clone()).oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/problem+json");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_openapi_document_describes_the_api() {
    let document = serde_json::to_value(server::openapi()).unwrap();
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in ["/api/v1/status", "/api/v1/members", "/api/v1/members/{iso3}"] {
        assert!(document["paths"][path]["get"].is_object(), "{path} is missing");
    }
    let params: Vec<&str> = document["paths"]["/api/v1/members"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(params, ["group", "income", "q", "limit", "offset"]);
    assert!(document["components"]["schemas"]["Problem"].is_object());

    let setup =
        store::scratch::Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let served = get(&state(&setup).await, "/api/v1/openapi.json").await;
    assert_eq!(served.status, StatusCode::OK);
    assert_eq!(served.json(), document);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_is_served_as_tiles_under_its_key() {
    on_each_backend(|setup| async move {
        let state = state(&setup).await;
        let blob = state.store.put_blob(b"doc", "text/plain").await.unwrap();
        for i in 0..100 {
            let command =
                Command::PublishDocument { title: format!("Doc {i}"), language: Lang::Es, blob: blob.clone() };
            state.store.submit(Caller::system(), command).await.unwrap();
        }
        state.store.sign_checkpoint().await.unwrap();

        let key = get(&state, "/log/key").await;
        assert_eq!(key.content_type(), "text/plain; charset=utf-8");
        let verifier = Verifier::parse(std::str::from_utf8(&key.body).unwrap().trim()).unwrap();
        let note = get(&state, "/log/checkpoint").await;
        let (checkpoint, _) = Checkpoint::open(&note.body, &verifier).unwrap();
        assert_eq!(checkpoint.size(), 296);

        // Full tiles are immutable; partial ones are not.
        let full = get(&state, "/log/tile/0/000").await;
        assert_eq!(full.status, StatusCode::OK);
        assert_eq!(full.body.len(), 256 * 32);
        assert!(full.headers[header::CACHE_CONTROL].to_str().unwrap().contains("immutable"));
        let partial = get(&state, "/log/tile/entries/001.p/40").await;
        assert_eq!(partial.status, StatusCode::OK);
        assert!(!partial.headers[header::CACHE_CONTROL].to_str().unwrap().contains("immutable"));
        let entries = TileId::entries(1, 40).unwrap().entries_from(&partial.body).unwrap();
        assert!(std::str::from_utf8(entries[0]).unwrap().contains("\"index\":256"));
        assert_eq!(get(&state, "/log/tile/1/000.p/1").await.body.len(), 32);

        // Tiles the log does not have yet, and paths that are not tiles.
        get(&state, "/log/tile/entries/001.p/41").await.problem(StatusCode::NOT_FOUND);
        get(&state, "/log/tile/0/002").await.problem(StatusCode::NOT_FOUND);
        get(&state, "/log/tile/0/0001").await.problem(StatusCode::NOT_FOUND);
        get(&state, "/log/tile/9/000").await.problem(StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_metrics_and_security_headers() {
    let setup =
        store::scratch::Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
    let state = state(&setup).await;
    assert_eq!(get(&state, "/healthz").await.status, StatusCode::OK);
    let ready = get(&state, "/readyz").await;
    assert_eq!(ready.status, StatusCode::OK);
    let csp = ready.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"));
    assert_eq!(ready.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");

    get(&state, "/api/v1/members/KEN").await;
    get(&state, "/api/v1/members/XYZ").await;
    // On the main listener the metrics need a token allowed read_metrics
    // (the authorization matrix tries every role); the metrics listener
    // serves them without one.
    assert_eq!(get(&state, "/metrics").await.status, StatusCode::UNAUTHORIZED);
    let request = Request::get("/metrics").body(Body::empty()).unwrap();
    let response = server::metrics::router(state.clone()).oneshot(request).await.unwrap();
    let metrics = String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    assert!(
        metrics.contains(r#"concord_http_requests_total{method="GET",route="/api/v1/members/{iso3}",status="200"} 1"#),
        "{metrics}"
    );
    assert!(metrics.contains(r#"route="/api/v1/members/{iso3}",status="404"} 1"#));
    assert!(metrics.contains("concord_log_entries 196"));
}
