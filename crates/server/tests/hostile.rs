//! Hostile input and hostile clients (issue 11, items 5 and 8): numbers of
//! 2^63 and more, slow clients, too many connections, and a generated run
//! of several thousand hostile requests over a real socket that must find
//! no 5xx and no dropped connection.

mod support;

use std::collections::BTreeMap;
use std::time::Duration;

use axum::http::{Method, StatusCode, header};
use serde_json::{Value, json};
use server::AppState;
use server::conn::Limits;
use support::{Who, call};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Long enough for any answer on a loaded machine; a connection still open
/// after it was not cut off.
const GUARD: Duration = Duration::from_secs(20);

async fn sqlite_state() -> (AppState, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let setup = store::scratch::Setup { backend: store::Backend::Sqlite, dir, schema: None };
    let state = support::state(&setup).await;
    (state, setup.dir)
}

/// Serves the whole application on a free port within `limits`.
async fn spawn(state: &AppState, limits: Limits) -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let app = server::app(state.clone());
    tokio::spawn(server::conn::serve(listener, app, limits, std::future::pending()));
    address
}

/// Reads until the server closes the connection; `None` if it was reset.
async fn read_to_end(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    tokio::time::timeout(GUARD, stream.read_to_end(&mut bytes))
        .await
        .expect("the server kept the connection open")
        .ok()
        .map(|_| bytes)
}

/// The status of an HTTP/1.1 answer, if the bytes start with one.
fn status_of(bytes: &[u8]) -> Option<u16> {
    let text = std::str::from_utf8(bytes.get(..12)?).ok()?;
    text.strip_prefix("HTTP/1.1 ")?.parse().ok()
}

/// Sends one request on a connection of its own and reads the answer.
async fn exchange(address: std::net::SocketAddr, request: &[u8]) -> Option<Vec<u8>> {
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream.write_all(request).await.ok()?;
    read_to_end(&mut stream).await
}

async fn healthz(address: std::net::SocketAddr) -> Option<u16> {
    let answer = exchange(address, b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").await?;
    status_of(&answer)
}

// Reproduction 7: numbers of 2^63 and more panicked in the store and the
// connection dropped without an answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn numbers_of_two_to_the_63_and_more_are_answered_not_dropped() {
    let (state, _dir) = sqlite_state().await;
    let anonymous = Who::anonymous();
    for (uri, status) in [
        ("/api/v1/members?offset=9223372036854775808", StatusCode::BAD_REQUEST),
        ("/api/v1/members?limit=18446744073709551616", StatusCode::BAD_REQUEST),
        ("/api/v1/organizations/9223372036854775808", StatusCode::NOT_FOUND),
        ("/api/v1/organizations/18446744073709551616", StatusCode::NOT_FOUND),
        ("/api/v1/consultations?offset=9223372036854775808", StatusCode::BAD_REQUEST),
        ("/api/v1/consultations?limit=18446744073709551616", StatusCode::BAD_REQUEST),
        ("/api/v1/consultations/9223372036854775808", StatusCode::NOT_FOUND),
        ("/api/v1/consultations/-1", StatusCode::NOT_FOUND),
        ("/api/v1/consultations/18446744073709551616/statements", StatusCode::NOT_FOUND),
        ("/api/v1/consultations/9007199254740992/next", StatusCode::NOT_FOUND),
        ("/api/v1/consultations/18446744073709551615/analysis", StatusCode::NOT_FOUND),
        ("/log/tile/0/x036/x028/x797/x018/x963/968", StatusCode::NOT_FOUND),
        ("/log/tile/entries/x036/x028/x797/x018/x963/968", StatusCode::NOT_FOUND),
        ("/log/tile/1/x072/x057/x594/x037/x927/935", StatusCode::NOT_FOUND),
    ] {
        let answer = call(&state, &anonymous, Method::GET, uri, None).await;
        assert_eq!(answer.status, status, "{uri}");
        assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json", "{uri}");
    }
    for (uri, status) in [
        ("/organizations/18446744073709551615", StatusCode::NOT_FOUND),
        ("/organizations/9223372036854775808", StatusCode::NOT_FOUND),
        ("/record/entries/9223372036854775807", StatusCode::NOT_FOUND),
        ("/record/entries/18446744073709551616", StatusCode::NOT_FOUND),
        ("/members?sort=code&page=200000000000000000", StatusCode::BAD_REQUEST),
        ("/record?page=99999999999999999999", StatusCode::BAD_REQUEST),
    ] {
        let answer = call(&state, &anonymous, Method::GET, uri, None).await;
        assert_eq!(answer.status, status, "{uri}");
        assert!(answer.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"), "{uri}");
    }
    // The organization and admission forms, posted by the secretariat.
    let admin = support::admin(&state).await;
    let csrf = admin.csrf.clone().unwrap();
    for (n, uri) in [
        "/secretariat/organizations/9223372036854775808/decision",
        "/organizations/18446744073709551615/invitations",
        "/organizations/9223372036854775808/members/p-1/remove",
    ]
    .into_iter()
    .enumerate()
    {
        let body = format!("csrf={csrf}&nonce={n:032x}&decision=admit&email=a%40b.org");
        let answer = post_form(&state, &admin, uri, &body).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{uri}");
    }
    // The API's commands with such ids.
    for uri in
        ["/api/v1/organizations/9223372036854775808/decision", "/api/v1/organizations/18446744073709551616/decision"]
    {
        let body = serde_json::json!({"admit": true, "reason": ""});
        assert_eq!(support::post(&state, &admin, uri, body).await.status, StatusCode::NOT_FOUND, "{uri}");
    }
    // The consultation commands with such ids, in the path or the body,
    // with an open consultation 1 there to find.
    let open = json!({"language": "en", "title": {"en": "T"}, "question": {"en": "Q?"}, "open": true});
    support::post(&state, &admin, "/api/v1/consultations", open).await.expect(StatusCode::CREATED);
    for (uri, body, status) in [
        ("/api/v1/consultations/9223372036854775808/open", json!({}), StatusCode::NOT_FOUND),
        ("/api/v1/consultations/18446744073709551616/close", json!({}), StatusCode::NOT_FOUND),
        ("/api/v1/consultations/-1/reopen", json!({}), StatusCode::NOT_FOUND),
        ("/api/v1/consultations/1/reopen?closes_at=99999-01-01T00:00:00Z", json!({}), StatusCode::BAD_REQUEST),
        (
            "/api/v1/consultations/9223372036854775808/statements",
            json!({"text": "T.", "language": "en"}),
            StatusCode::NOT_FOUND,
        ),
        (
            "/api/v1/consultations/9223372036854775808/votes",
            json!({"statement": 1, "choice": "agree"}),
            StatusCode::NOT_FOUND,
        ),
        (
            "/api/v1/consultations/1/votes",
            json!({"statement": 9_223_372_036_854_775_808_u64, "choice": "agree"}),
            StatusCode::FORBIDDEN,
        ),
        ("/api/v1/consultations/1/votes", json!({"statement": -1, "choice": "agree"}), StatusCode::BAD_REQUEST),
        ("/api/v1/consultations/1/statements/18446744073709551616/flag", json!({}), StatusCode::NOT_FOUND),
        (
            "/api/v1/consultations/1/statements/9223372036854775808/moderation",
            json!({"verdict": "approve"}),
            StatusCode::NOT_FOUND,
        ),
        (
            "/api/v1/consultations/1/statements/9007199254740991/moderation",
            json!({"verdict": "approve"}),
            StatusCode::NOT_FOUND,
        ),
        (
            "/api/v1/consultations/1/statements/-1/translations",
            json!({"language": "fr", "text": "T."}),
            StatusCode::NOT_FOUND,
        ),
        (
            "/api/v1/consultations/18446744073709551615/statements/1/translations",
            json!({"language": "fr", "text": "T."}),
            StatusCode::NOT_FOUND,
        ),
    ] {
        let answer = support::post(&state, &admin, uri, body).await;
        assert_eq!(answer.status, status, "{uri}: {}", String::from_utf8_lossy(&answer.body));
        assert_eq!(answer.headers[header::CONTENT_TYPE], "application/problem+json", "{uri}");
    }
}

async fn post_form(state: &AppState, who: &Who, uri: &str, body: &str) -> support::Answer {
    use axum::body::Body;
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let request = axum::http::Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, format!("concord_session={}", who.cookie.as_deref().unwrap_or("")))
        .body(Body::from(body.to_owned()))
        .unwrap();
    let response = server::app(state.clone()).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    support::Answer { status, headers, body }
}

fn short(timeout: Duration) -> Limits {
    Limits { header_timeout: timeout, body_timeout: timeout, idle_timeout: timeout, max_connections: 100 }
}

// Reproduction 4: half-sent headers kept a connection open for ever.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_half_sent_header_is_cut_off_after_the_header_timeout() {
    let (state, _dir) = sqlite_state().await;
    let limits = Limits { idle_timeout: Duration::from_secs(600), ..short(Duration::from_millis(300)) };
    let address = spawn(&state, limits).await;
    let mut slow = TcpStream::connect(address).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\nX-Slow: ").await.unwrap();
    // Others are served meanwhile.
    assert_eq!(healthz(address).await, Some(200));
    // The slow one is closed, with or without a 408 first.
    let answer = read_to_end(&mut slow).await.unwrap_or_default();
    assert!(answer.is_empty() || status_of(&answer) == Some(408), "{}", String::from_utf8_lossy(&answer));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_half_sent_body_is_cut_off_after_the_body_timeout() {
    let (state, _dir) = sqlite_state().await;
    let limits = Limits { header_timeout: Duration::from_secs(600), ..short(Duration::from_millis(300)) };
    let address = spawn(&state, limits).await;
    let mut slow = TcpStream::connect(address).await.unwrap();
    slow.write_all(
        b"POST /api/v1/session HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"username\":",
    )
    .await
    .unwrap();
    let answer = read_to_end(&mut slow).await.unwrap_or_default();
    let status = status_of(&answer);
    assert!(status.is_none_or(|s| (400..500).contains(&s)), "{}", String::from_utf8_lossy(&answer));
    assert_eq!(healthz(address).await, Some(200));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_connection_is_closed_after_the_idle_timeout() {
    let (state, _dir) = sqlite_state().await;
    let limits = Limits { header_timeout: Duration::from_secs(600), ..short(Duration::from_millis(300)) };
    let address = spawn(&state, limits).await;
    let mut idle = TcpStream::connect(address).await.unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").await.unwrap();
    let mut first = [0u8; 12];
    idle.read_exact(&mut first).await.unwrap();
    assert_eq!(status_of(&first), Some(200));
    // Kept alive, then closed once it has waited the idle time.
    read_to_end(&mut idle).await;
}

// With every connection taken, the next ones wait (in the kernel's queue)
// instead of failing, the ones open are still served, and a waiting one is
// served as soon as another closes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_beyond_the_limit_wait_for_a_free_one() {
    let (state, _dir) = sqlite_state().await;
    let limits = Limits { max_connections: 2, ..short(Duration::from_secs(600)) };
    let address = spawn(&state, limits).await;
    let request = b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n";
    let mut kept = TcpStream::connect(address).await.unwrap();
    kept.write_all(request).await.unwrap();
    let mut answer = [0u8; 12];
    kept.read_exact(&mut answer).await.unwrap();
    let mut slow = TcpStream::connect(address).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\n").await.unwrap();
    // Both connections are taken: a third waits unanswered.
    let mut waiting = TcpStream::connect(address).await.unwrap();
    waiting.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut byte = [0u8; 1];
    assert!(tokio::time::timeout(Duration::from_millis(500), waiting.read(&mut byte)).await.is_err());
    // The open connection still answers /healthz.
    let mut rest = vec![0u8; 4096];
    let _ = tokio::time::timeout(Duration::from_millis(200), kept.read(&mut rest)).await;
    kept.write_all(request).await.unwrap();
    kept.read_exact(&mut answer).await.unwrap();
    assert_eq!(status_of(&answer), Some(200));
    // Once the slow one leaves, the waiting one is served.
    drop(slow);
    let answer = read_to_end(&mut waiting).await.unwrap();
    assert_eq!(status_of(&answer), Some(200));
}

// -- The generated run ----------------------------------------------------

/// A small seeded generator (xorshift64*): the same requests every run.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[usize::try_from(self.next() % items.len() as u64).unwrap()]
    }
}

/// Hostile values, already percent-encoded where they go into a URL.
const HOSTILE: &[&str] = &[
    "9223372036854775808",
    "9223372036854775807",
    "18446744073709551615",
    "18446744073709551616",
    "9007199254740992",
    "-1",
    "0",
    "1",
    "%00",
    "%01",
    "%0B",
    "%7F",
    "%0D%0AX-Injected:%201",
    "%FF%FE",
    "%C3%28",
    "%E2%80%AE",
    "..%2F..%2Fetc%2Fpasswd",
    "%2F%2Fevil.example",
    "%2F%09%2Fevil.example",
    "x036%2Fx028",
    "KEN",
    "admin",
    "%3Cscript%3E",
    "%25",
    "",
    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
];

/// Hostile JSON values for the fields of bodies.
fn hostile_json(rng: &mut Seeded) -> Value {
    let values = [
        serde_json::json!(9_223_372_036_854_775_808_u64),
        serde_json::json!(18_446_744_073_709_551_615_u64),
        serde_json::json!(-1),
        serde_json::json!(1.5),
        serde_json::json!(null),
        serde_json::json!(true),
        serde_json::json!(""),
        serde_json::json!("\u{0}\u{1}\u{b}\u{7f}"),
        serde_json::json!("x".repeat(70_000)),
        serde_json::json!([]),
        serde_json::json!({}),
        serde_json::json!(["read_public", "no_such_scope"]),
        serde_json::json!("KEN"),
        serde_json::json!("observer"),
        serde_json::json!("a@b.example"),
        serde_json::json!("a long enough password"),
    ];
    rng.pick(&values).clone()
}

/// The page routes (`web::router`), with `{}` for each path parameter.
const PAGES: &[(&str, &str)] = &[
    ("GET", "/"),
    ("GET", "/members"),
    ("GET", "/members/{}"),
    ("GET", "/organizations"),
    ("GET", "/organizations/apply"),
    ("POST", "/organizations/apply"),
    ("GET", "/organizations/{}"),
    ("POST", "/organizations/{}/invitations"),
    ("POST", "/organizations/{}/members/{}/remove"),
    ("GET", "/secretariat/organizations"),
    ("POST", "/secretariat/organizations/{}/decision"),
    ("GET", "/record"),
    ("GET", "/record/entries/{}"),
    ("GET", "/sign-in"),
    ("POST", "/sign-in"),
    ("GET", "/sign-in/two-factor"),
    ("POST", "/sign-in/two-factor"),
    ("GET", "/account/two-factor"),
    ("POST", "/account/two-factor"),
    ("POST", "/account/two-factor/start"),
    ("POST", "/sign-out"),
    ("GET", "/invitations/{}"),
    ("POST", "/invitations/{}"),
    ("GET", "/sign-up"),
    ("POST", "/sign-up"),
    ("GET", "/account"),
    ("GET", "/account/password"),
    ("POST", "/account/password"),
    ("GET", "/account/tokens"),
    ("POST", "/account/tokens"),
    ("POST", "/account/tokens/{}/revoke"),
    ("GET", "/delegation"),
    ("POST", "/delegation/invitations"),
    ("GET", "/delegation/people/{}/remove"),
    ("POST", "/delegation/people/{}/remove"),
    ("POST", "/invitations/{}/revoke"),
    ("GET", "/secretariat"),
    ("GET", "/secretariat/accreditation"),
    ("POST", "/secretariat/accreditation"),
    ("GET", "/secretariat/accreditation/{}/withdraw"),
    ("POST", "/secretariat/accreditation/{}/withdraw"),
    ("GET", "/static/{}"),
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/metrics"),
    ("GET", "/log/checkpoint"),
    ("GET", "/log/key"),
    ("GET", "/log/tile/{}"),
    ("GET", "/log/tile/0/{}"),
    ("GET", "/log/tile/entries/{}"),
    ("GET", "/log/tile/{}/{}"),
];

/// The form fields the pages use, to be filled with hostile values.
const FORM_FIELDS: &[&str] = &[
    "username",
    "password",
    "new_password",
    "current_password",
    "code",
    "next",
    "email",
    "display_name",
    "name",
    "chamber",
    "country",
    "website",
    "kind",
    "member",
    "role",
    "reason",
    "decision",
    "label",
    "days",
    "scopes",
    "handle",
    "lang",
    "confirm",
    "revoke_tokens",
];

/// One generated request.
struct Generated {
    method: &'static str,
    target: String,
    content_type: Option<&'static str>,
    body: Vec<u8>,
    who: usize,
}

/// The operations of the OpenAPI document: method, path template, query
/// parameter names, and the property names of a JSON body.
/// An API operation: method, path template, query parameter names, and the
/// property names of its JSON body if it takes one.
type Operation = (&'static str, String, Vec<String>, Option<Vec<String>>);

fn operations(openapi: &Value) -> Vec<Operation> {
    let mut found = Vec::new();
    for (path, item) in openapi["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let method = match method.as_str() {
                "get" => "GET",
                "post" => "POST",
                "put" => "PUT",
                "delete" => "DELETE",
                "patch" => "PATCH",
                _ => continue,
            };
            let query = operation["parameters"]
                .as_array()
                .map(|params| {
                    params
                        .iter()
                        .filter(|p| p["in"] == "query")
                        .filter_map(|p| p["name"].as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            let body = operation["requestBody"]["content"]["application/json"]["schema"]
                .as_object()
                .map(|schema| properties(openapi, &Value::Object(schema.clone())));
            found.push((method, path.clone(), query, body));
        }
    }
    found
}

/// The property names of a schema, following one `$ref`.
fn properties(openapi: &Value, schema: &Value) -> Vec<String> {
    let schema = match schema["$ref"].as_str() {
        Some(reference) => {
            let name = reference.rsplit('/').next().unwrap();
            &openapi["components"]["schemas"][name]
        }
        None => schema,
    };
    schema["properties"].as_object().map(|p| p.keys().cloned().collect()).unwrap_or_default()
}

/// Replaces each `{...}` of a path template by a hostile value.
fn fill_path(template: &str, rng: &mut Seeded) -> String {
    let mut path = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').unwrap() + open;
        path.push_str(&rest[..open]);
        let value: &&str = rng.pick(HOSTILE);
        path.push_str(value);
        rest = &rest[close + 1..];
    }
    path.push_str(rest);
    path
}

fn generate(openapi: &Value, count: usize) -> Vec<Generated> {
    let mut rng = Seeded(0x5eed_c0c0_0d00_0011);
    let operations = operations(openapi);
    let mut generated = Vec::new();
    while generated.len() < count {
        let who = usize::try_from(rng.next() % 3).unwrap();
        let api = rng.next().is_multiple_of(2);
        let (method, template, query, fields, json) = if api {
            let (method, path, query, body) = rng.pick(&operations);
            (*method, path.clone(), query.clone(), body.clone().unwrap_or_default(), body.is_some())
        } else {
            let (method, path) = rng.pick(PAGES);
            let fields = if *method == "POST" { FORM_FIELDS.iter().map(|f| (*f).to_owned()).collect() } else { vec![] };
            let query = ["page", "sort", "order", "q", "lang", "next", "group", "income", "chamber", "status"]
                .iter()
                .map(|q| (*q).to_owned())
                .collect();
            (*method, (*path).to_owned(), query, fields, false)
        };
        let mut target = fill_path(&template, &mut rng);
        let chosen: Vec<&String> = query.iter().filter(|_| rng.next().is_multiple_of(3)).collect();
        for (i, name) in chosen.iter().enumerate() {
            target.push(if i == 0 { '?' } else { '&' });
            target.push_str(&format!("{name}={}", rng.pick(HOSTILE)));
        }
        let (content_type, body) = if method == "GET" || method == "DELETE" {
            (None, Vec::new())
        } else if json {
            match rng.next() % 6 {
                0 => (Some("text/plain"), b"{}".to_vec()),
                1 => (Some("application/json"), b"{\"a\":".to_vec()),
                2 => (Some("application/json"), vec![0xff, 0xfe, b'{', b'}']),
                3 => (Some("application/json"), b"{}".to_vec()),
                _ => {
                    let mut object = serde_json::Map::new();
                    for field in &fields {
                        if !rng.next().is_multiple_of(4) {
                            object.insert(field.clone(), hostile_json(&mut rng));
                        }
                    }
                    (Some("application/json"), serde_json::to_vec(&object).unwrap())
                }
            }
        } else {
            let mut pairs = Vec::new();
            for field in &fields {
                if rng.next().is_multiple_of(3) {
                    pairs.push(format!("{field}={}", rng.pick(HOSTILE)));
                }
            }
            let content_type = match rng.next() % 5 {
                0 => "application/json",
                1 => "multipart/form-data",
                _ => "application/x-www-form-urlencoded",
            };
            (Some(content_type), pairs.join("&").into_bytes())
        };
        generated.push(Generated { method, target, content_type, body, who });
    }
    generated
}

/// Sends `request` as `who` (0 anonymous, 1 a signed-in secretariat
/// session, 2 a secretariat token) on a connection of its own.
fn wire(request: &Generated, sessions: &[Who]) -> Vec<u8> {
    let who = &sessions[request.who];
    let mut head =
        format!("{} {} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n", request.method, request.target);
    if let Some(cookie) = &who.cookie {
        head.push_str(&format!("Cookie: concord_session={cookie}\r\n"));
    }
    if let Some(csrf) = &who.csrf {
        head.push_str(&format!("X-CSRF-Token: {csrf}\r\n"));
    }
    if let Some(token) = &who.token {
        head.push_str(&format!("Authorization: Bearer {token}\r\n"));
    }
    let mut body = request.body.clone();
    if let (Some(csrf), Some(content_type)) = (&who.csrf, request.content_type)
        && content_type.ends_with("urlencoded")
    {
        let separator = if body.is_empty() { "" } else { "&" };
        body = format!("csrf={csrf}{separator}").into_bytes().into_iter().chain(body).collect();
    }
    if let Some(content_type) = request.content_type {
        head.push_str(&format!("Content-Type: {content_type}\r\nContent-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend(body);
    bytes
}

// Done-when of issue 11: several thousand generated hostile requests, every
// API operation and every page and form route, as anonymous, as a
// secretariat session and with a secretariat token, over a real socket:
// no 5xx, no dropped connection.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thousands_of_hostile_requests_find_no_5xx_and_no_dropped_connection() {
    let (state, _dir) = sqlite_state().await;
    let admin = support::admin(&state).await;
    let handle = domain::Actor::try_from("sec.admin".to_owned()).unwrap();
    let (token, _) = state
        .store
        .create_token(&handle, "hostile", &domain::authz::Action::ALL, store::access::now_millis() + 3_600_000)
        .await
        .unwrap();
    // An open consultation with statements, so that ids reach something.
    let consultation = json!({
        "language": "en",
        "title": {"en": "Compute"},
        "question": {"en": "How should compute be shared?"},
        "seeds": ["Compute is a common good.", "Models should be open."],
        "open": true,
    });
    support::post(&state, &admin, "/api/v1/consultations", consultation).await.expect(StatusCode::CREATED);
    let sessions = vec![Who::anonymous(), admin, Who::token(&token)];
    let openapi = call(&state, &Who::anonymous(), Method::GET, "/api/v1/openapi.json", None).await.json();
    let requests = generate(&openapi, 3000);
    let covered: std::collections::BTreeSet<&str> = requests.iter().map(|r| r.target.as_str()).collect();
    assert!(covered.len() > 1000, "the generator repeats itself");
    let address = spawn(&state, Limits::default()).await;

    let mut classes: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    let wires: Vec<(String, Vec<u8>)> =
        requests.iter().map(|r| (format!("{} {}", r.method, r.target), wire(r, &sessions))).collect();
    for chunk in wires.chunks(16) {
        let answers = futures_join(chunk.iter().map(|(name, bytes)| {
            let bytes = bytes.clone();
            let name = name.clone();
            tokio::spawn(async move { (name, exchange(address, &bytes).await) })
        }))
        .await;
        for (name, answer) in answers {
            let status = answer.as_deref().and_then(status_of);
            let class = status.map_or_else(|| "dropped".to_owned(), |s| format!("{}xx", s / 100));
            *classes.entry(class.clone()).or_default() += 1;
            if status.is_none_or(|s| s >= 500) {
                failures.push(format!("{name} -> {class}"));
            }
        }
    }
    println!("{} requests by status class: {classes:?}", requests.len());
    failures.sort();
    failures.dedup();
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// Awaits every task.
async fn futures_join<T: Send + 'static>(tasks: impl Iterator<Item = tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut done = Vec::new();
    for task in tasks.collect::<Vec<_>>() {
        done.push(task.await.unwrap());
    }
    done
}
