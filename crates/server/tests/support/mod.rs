//! A test client for the whole application without a socket: requests with
//! an optional session (cookie and CSRF token) or API token.

#![allow(dead_code)]

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use domain::authz::{Action, Caller};
use domain::{Actor, Command};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use server::auth::admin::ensure_admin;
use server::auth::totp;
use server::{AppState, app};
use store::access::NewAccount;
use store::{Effect, Store};
use tower::ServiceExt;

pub mod consultation;
pub mod visitor;

/// The administrator's password in tests.
pub const ADMIN_PASSWORD: &str = "administrator password";

pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|err| panic!("{err}: {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn detail(&self) -> String {
        self.json()["detail"].as_str().unwrap_or_default().to_owned()
    }

    /// Asserts the status, showing the body if it differs.
    pub fn expect(self, status: StatusCode) -> Answer {
        assert_eq!(self.status, status, "{}", String::from_utf8_lossy(&self.body));
        self
    }
}

/// How a request identifies itself.
#[derive(Debug, Clone, Default)]
pub struct Who {
    pub cookie: Option<String>,
    pub csrf: Option<String>,
    pub token: Option<String>,
}

impl Who {
    pub fn anonymous() -> Who {
        Who::default()
    }

    pub fn token(token: &str) -> Who {
        Who { token: Some(token.to_owned()), ..Who::default() }
    }
}

/// POSTs the JSON `body` to `uri` as `who`.
pub async fn post(state: &AppState, who: &Who, uri: &str, body: Value) -> Answer {
    call(state, who, Method::POST, uri, Some(body)).await
}

pub async fn call(state: &AppState, who: &Who, method: Method, uri: &str, body: Option<Value>) -> Answer {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(cookie) = &who.cookie {
        request = request.header(header::COOKIE, format!("concord_session={cookie}"));
    }
    if let Some(csrf) = &who.csrf {
        request = request.header("x-csrf-token", csrf);
    }
    if let Some(token) = &who.token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let body = match body {
        Some(json) => {
            request = request.header(header::CONTENT_TYPE, "application/json");
            Body::from(serde_json::to_vec(&json).unwrap())
        }
        None => Body::empty(),
    };
    let response = app(state.clone()).oneshot(request.body(body).unwrap()).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    Answer { status, headers, body }
}

/// The metrics, as the `--metrics-listen` address serves them (no token).
pub async fn metrics(state: &AppState) -> String {
    let request = Request::get("/metrics").body(Body::empty()).unwrap();
    let response = server::metrics::router(state.clone()).oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap()
}

/// An opened store with its administrator.
pub async fn state(setup: &store::scratch::Setup) -> AppState {
    let store = Store::open(&setup.config()).await.unwrap();
    ensure_admin(&store, Some(ADMIN_PASSWORD)).await.unwrap();
    AppState::new(store)
}

/// Signs in with a password; returns the session and the sign-in answer.
pub async fn sign_in(state: &AppState, username: &str, password: &str) -> (Who, Value) {
    let answer = call(
        state,
        &Who::anonymous(),
        Method::POST,
        "/api/v1/session",
        Some(json!({"username": username, "password": password})),
    )
    .await
    .expect(StatusCode::OK);
    let cookie = session_cookie_of(&answer).expect("a session cookie");
    let json = answer.json();
    let who = Who { cookie: Some(cookie), csrf: json["csrf_token"].as_str().map(str::to_owned), token: None };
    (who, json)
}

/// The session cookie an answer sets, if any.
pub fn session_cookie_of(answer: &Answer) -> Option<String> {
    answer
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("concord_session="))
        .map(|v| v.split(';').next().unwrap().to_owned())
}

/// Sets up TOTP for a signed-in session and returns the secret. A session
/// waiting for its second factor gets a new cookie and CSRF token: `who`
/// takes them.
pub async fn set_up_totp(state: &AppState, who: &mut Who) -> String {
    let setup = call(state, who, Method::POST, "/api/v1/session/totp/setup", None).await.expect(StatusCode::OK).json();
    let secret = setup["secret"].as_str().unwrap().to_owned();
    let code = totp::code(&secret, totp::now_seconds()).unwrap();
    let answer = call(state, who, Method::POST, "/api/v1/session/totp/confirm", Some(json!({"code": code})))
        .await
        .expect(StatusCode::OK);
    if let Some(cookie) = session_cookie_of(&answer) {
        who.cookie = Some(cookie);
    }
    let done = answer.json();
    assert_eq!(done["second_factor"], "done");
    who.csrf = done["csrf_token"].as_str().map(str::to_owned);
    secret
}

/// Signs in the administrator, setting up TOTP on the way.
pub async fn admin(state: &AppState) -> Who {
    let (mut who, answer) = sign_in(state, "admin", ADMIN_PASSWORD).await;
    assert_eq!(answer["second_factor"], "setup_required");
    set_up_totp(state, &mut who).await;
    who
}

/// Issues an invitation and accepts it as a new person; returns the new
/// handle.
pub async fn invite_and_accept(state: &AppState, inviter: &Who, invitation: Value, username: &str) -> String {
    let issued = call(state, inviter, Method::POST, "/api/v1/invitations", Some(invitation))
        .await
        .expect(StatusCode::CREATED)
        .json();
    let created = accept_invitation(state, issued["token"].as_str().unwrap(), username).await;
    created["handle"].as_str().unwrap().to_owned()
}

/// Accepts the invitation `token` as a new person `username` (password
/// "`username` password") through the API; returns the answer (handle,
/// role, log index).
pub async fn accept_invitation(state: &AppState, token: &str, username: &str) -> Value {
    let account = json!({"username": username, "password": format!("{username} password"), "display_name": username});
    call(state, &Who::anonymous(), Method::POST, &format!("/api/v1/invitations/token/{token}/accept"), Some(account))
        .await
        .expect(StatusCode::CREATED)
        .json()
}

/// A person `handle` with an account (password "the same password"),
/// made by the platform's `command` if given (an accreditation, say) in
/// the same commit as the account, else a participant.
pub async fn person(state: &AppState, handle: &str, command: Option<Command>) -> Actor {
    let handle = Actor::try_from(handle.to_owned()).unwrap();
    let account = NewAccount {
        handle: handle.clone(),
        username: handle.as_str().replace('.', "-"),
        display_name: handle.to_string(),
        email: None,
        password_hash: server::auth::password::hash("the same password").await.unwrap(),
    };
    match command {
        Some(command) => {
            state.store.submit_with(Caller::system(), command, vec![Effect::CreateAccount(account)]).await.unwrap();
        }
        None => state.store.create_account(&account).await.unwrap(),
    }
    handle
}

/// A caller with a token for every action: the secretariat administrator
/// (`sec.admin`), a member of delegation `member` in `role` (made with
/// an account), or a participant (`delegation` `None`).
pub async fn caller(state: &AppState, handle: &str, delegation: Option<(&str, domain::people::DelegationRole)>) -> Who {
    let actor = if handle == "sec.admin" {
        Actor::try_from(handle.to_owned()).unwrap()
    } else {
        let command = delegation.map(|(member, role)| Command::AddDelegationMember {
            member: member.parse().unwrap(),
            handle: Actor::try_from(handle.to_owned()).unwrap(),
            role,
        });
        person(state, handle, command).await
    };
    Who::token(&token(state, &actor, &Action::ALL).await)
}

/// A new API token of `handle` scoped to `actions`.
pub async fn token(state: &AppState, handle: &Actor, actions: &[Action]) -> String {
    let expires = store::access::now_millis() + 3_600_000;
    state.store.create_token(handle, "test", actions, expires).await.unwrap().0
}
