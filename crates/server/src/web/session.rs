//! Signing in and out: `/sign-in` (username and password), `/sign-in/two-factor`
//! (the code of the authenticator app), `/account/two-factor` (setting the
//! authenticator up), `/sign-out` and `/sign-out/everywhere`. The checks are the API's own
//! (`api::session`); these handlers only turn their answers into pages.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use domain::authz::{Action, Target};

use super::errors::WebError;
use super::form::{Guard, Posted, see_other};
use super::i18n::Tr;
use super::page::{Ctx, Field, FieldError, Layout, Section, errors_of, home_of};
use super::redirect::local_path;
use crate::AppState;
use crate::api::session::{self, ClientAddress, Completed, SecondFactor};
use crate::auth::{removal_cookie, session_cookie, totp};
use crate::error::ApiError;

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    page: Layout,
    guard: Guard,
    errors: Vec<FieldError>,
    username: Field,
    password: Field,
    next: String,
    /// In a demonstration, the accounts a newcomer may sign in with.
    demo: Option<DemoAccounts>,
}

/// The demo accounts, as the sign-in page of a demonstration lists them.
struct DemoAccounts {
    /// Their one password.
    password: String,
    rows: Vec<DemoRow>,
}

/// A demo account in the list.
struct DemoRow {
    username: String,
    /// The role, in the page language.
    role: String,
    /// The member state (its name in the page language) or organization
    /// the person acts for; empty for the secretariat.
    of: String,
}

/// The accounts of the demonstration `state` serves, if any. A member
/// state whose name cannot be read is shown by its code.
async fn demo_accounts(state: &AppState, tr: Tr) -> Option<DemoAccounts> {
    let demo = state.demo.as_ref()?;
    let mut rows = Vec::with_capacity(demo.accounts.len());
    for account in &demo.accounts {
        let role = domain::authz::Role::ALL
            .into_iter()
            .find(|role| role.code() == account.role)
            .map_or_else(|| account.role.clone(), |role| tr.t(&format!("account-role-{}", role.code())));
        let of = match (&account.member, &account.organization) {
            (Some(code), _) => match code.parse::<domain::member::Iso3>() {
                Ok(iso3) => match state.store.member(iso3).await {
                    Ok(Some(record)) => record.member.names.get(tr.lang).to_owned(),
                    _ => code.clone(),
                },
                Err(_) => code.clone(),
            },
            (None, Some(organization)) => organization.clone(),
            (None, None) => String::new(),
        };
        rows.push(DemoRow { username: account.username.clone(), role, of });
    }
    Some(DemoAccounts { password: demo.password.clone(), rows })
}

/// `GET /sign-in?next=`.
pub async fn sign_in_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    if ctx.account().is_some() {
        return Err(WebError::Redirect(
            local_path(ctx.param("next").unwrap_or(""), home_of(ctx.caller.principal.role)).to_owned(),
        ));
    }
    let next = ctx.param("next").unwrap_or("").to_owned();
    Ok(sign_in_page(&state, &ctx, "", next, None).await)
}

async fn sign_in_page(state: &AppState, ctx: &Ctx, username: &str, next: String, error: Option<String>) -> Response {
    let tr = ctx.tr();
    let mut username = Field::new(tr, "username", tr.t("signin-username")).autocomplete("username").value(username);
    let password = Field::password(tr, "password", tr.t("signin-password"), "current-password");
    if let Some(error) = error {
        username.fail(error);
    }
    let errors = errors_of(&[&username, &password]);
    let (page, status) =
        Layout::new(state, ctx, &tr.t("signin-title"), Section::Account).await.private().for_form(&errors);
    let demo = demo_accounts(state, tr).await;
    let template = SignInPage { page, guard: Guard::new(ctx), errors, username, password, next, demo };
    template.page.respond(status, &template)
}

/// `POST /sign-in`: checks the password, starts a session, and goes on to
/// the code, the authenticator's setup, or the page asked for.
pub async fn sign_in(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    jar: CookieJar,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let tr = ctx.tr();
    let (username, password, next) = (form.get("username").trim(), form.get("password"), form.get("next"));
    if username.is_empty() || password.is_empty() {
        let error = tr.t("signin-error-missing");
        return Ok(sign_in_page(&state, ctx, username, next.to_owned(), Some(error)).await);
    }
    let started = match session::start(&state, address, username, password).await {
        Ok(started) => started,
        Err(err) => {
            let error = limit_or(tr, err, tr.t("signin-error-wrong"))?;
            return Ok(sign_in_page(&state, ctx, username, next.to_owned(), Some(error)).await);
        }
    };
    let to = match started.second_factor {
        SecondFactor::Done => local_path(next, home_of(started.role)).to_owned(),
        SecondFactor::Required => with_next("/sign-in/two-factor", next),
        SecondFactor::SetupRequired => with_next("/account/two-factor", next),
    };
    let notice = (started.second_factor == SecondFactor::Done).then_some("notice-signed-in");
    let jar = jar.add(session_cookie(&state.auth, started.cookie));
    Ok((jar, see_other(&to, notice)).into_response())
}

/// `path?next=next` when `next` is a local path.
fn with_next(path: &str, next: &str) -> String {
    match local_path(next, "") {
        "" => path.to_owned(),
        next => format!("{path}?next={}", form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()),
    }
}

/// The message for a refused password or code: "too many attempts" when
/// rate limited, "busy" when every hashing slot is taken, else `wrong`. Other errors are the page's.
fn limit_or(tr: Tr, err: ApiError, wrong: String) -> Result<String, WebError> {
    match err {
        ApiError::TooManyRequests { retry_after } => {
            Ok(tr.t_args("signin-error-limited", &[("minutes", retry_after.div_ceil(60).into())]))
        }
        ApiError::Busy { retry_after } => Ok(tr.t_args("signin-error-busy", &[("seconds", retry_after.into())])),
        ApiError::Unauthorized(_) => Ok(wrong),
        other => Err(WebError::from_api(other)),
    }
}

#[derive(Template)]
#[template(path = "two_factor.html")]
struct CodePage {
    page: Layout,
    guard: Guard,
    errors: Vec<FieldError>,
    heading: String,
    lead: String,
    action: &'static str,
    code: Field,
    next: String,
    /// While setting up: the secret to type into the app, and its URL.
    secret: Option<(String, String)>,
    /// While setting up: the QR code of the URL (inline SVG, made here).
    qr: String,
    /// While signing in: say that a recovery code works too.
    recovery_hint: bool,
}

fn code_field(tr: Tr, error: Option<String>) -> Field {
    let mut code = Field::new(tr, "code", tr.t("twofactor-code")).hint(tr.t("twofactor-code-hint"));
    code.autocomplete = "one-time-code";
    code.inputmode = "numeric";
    if let Some(error) = error {
        code.fail(error);
    }
    code
}

/// Which page asks for a code: signing in, or confirming a new key (with
/// the key to type and its `otpauth://` URL).
enum CodeAsked {
    SignIn,
    Setup { secret: String, url: String },
}

async fn code_page(state: &AppState, ctx: &Ctx, asked: CodeAsked, next: &str, error: Option<String>) -> Response {
    let tr = ctx.tr();
    let code = code_field(tr, error);
    let errors = errors_of(&[&code]);
    let recovery_hint = matches!(asked, CodeAsked::SignIn);
    let (heading, lead, action, secret, qr) = match asked {
        CodeAsked::SignIn => (tr.t("twofactor-title"), tr.t("twofactor-lead"), "/sign-in/two-factor", None, None),
        CodeAsked::Setup { secret, url } => {
            let qr = super::qr::svg(&url, &tr.t("setup-qr-label"));
            (tr.t("setup-title"), tr.t("setup-scan"), "/account/two-factor", Some((group_secret(&secret), url)), qr)
        }
    };
    let (page, status) = Layout::new(state, ctx, &heading, Section::Account).await.private().for_form(&errors);
    let template = CodePage {
        page,
        guard: Guard::new(ctx),
        errors,
        heading,
        lead,
        action,
        code,
        next: next.to_owned(),
        secret,
        qr: qr.unwrap_or_default(),
        recovery_hint,
    };
    template.page.respond(status, &template)
}

/// The account of a session (waiting for its second factor or not), or
/// the sign-in page.
fn session_account(ctx: &Ctx) -> Result<&store::access::Account, WebError> {
    match (ctx.caller.pending(), ctx.account()) {
        (Some(pending), _) => Ok(&pending.account),
        (None, Some(account)) if ctx.caller.session_cookie().is_some() => Ok(account),
        _ => Err(WebError::SignIn(ctx.path.clone())),
    }
}

/// The redirect after a second factor is done, with the session's new
/// cookie if it has one.
fn completed(state: &AppState, jar: CookieJar, done: Completed, to: &str, notice: &'static str) -> Response {
    let jar = match done.cookie {
        Some(cookie) => jar.add(session_cookie(&state.auth, cookie)),
        None => jar,
    };
    (jar, see_other(to, Some(notice))).into_response()
}

/// `GET /sign-in/two-factor`: the code of the authenticator app.
pub async fn code_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let account = session_account(&ctx)?;
    let next = ctx.param("next").unwrap_or("").to_owned();
    if !ctx.caller.second_factor_pending() {
        return Err(WebError::Redirect(local_path(&next, home_of(ctx.caller.principal.role)).to_owned()));
    }
    if account.totp_secret.is_none() {
        return Err(WebError::Redirect(with_next("/account/two-factor", &next)));
    }
    Ok(code_page(&state, &ctx, CodeAsked::SignIn, &next, None).await)
}

/// `POST /sign-in/two-factor`: the session is signed in, under a new cookie.
pub async fn code(State(state): State<AppState>, jar: CookieJar, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    session_account(ctx)?;
    let tr = ctx.tr();
    let next = form.get("next");
    let sent = form.get("code");
    let recovery_code = crate::auth::recovery::normalize(sent).is_some();
    let error = match code_problem(tr, sent).filter(|_| !recovery_code) {
        Some(error) => error,
        None => match session::finish_sign_in(&state, &ctx.caller, sent).await {
            Ok(done) => {
                if let Some(left) = done.recovery_codes_left {
                    return Ok(recovery_code_used(&state, jar, done, next, left));
                }
                let home = home_of(done.role);
                return Ok(completed(&state, jar, done, local_path(next, home), "notice-signed-in"));
            }
            Err(err) if recovery_code => limit_or(tr, err, tr.t("recovery-error-wrong"))?,
            Err(err) => limit_or(tr, err, tr.t("twofactor-error-wrong"))?,
        },
    };
    Ok(code_page(&state, ctx, CodeAsked::SignIn, next, Some(error)).await)
}

/// After signing in with a recovery code: on to the authenticator's setup
/// (the phone may be lost), saying how many codes are left.
fn recovery_code_used(state: &AppState, jar: CookieJar, done: Completed, next: &str, left: u64) -> Response {
    let to = with_next("/account/two-factor", local_path(next, ""));
    let notice = if left == 0 { "notice-recovery-code-last" } else { "notice-recovery-code-used" };
    completed(state, jar, done, &to, notice)
}

/// What is wrong with the form of a code, before checking it: it is six
/// digits (spaces allowed, as apps show them).
fn code_problem(tr: Tr, sent: &str) -> Option<String> {
    let digits: String = sent.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        Some(tr.t("twofactor-error-missing"))
    } else if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        Some(tr.t("twofactor-error-format"))
    } else {
        None
    }
}

#[derive(Template)]
#[template(path = "two_factor_start.html")]
struct SetupStartPage {
    page: Layout,
    guard: Guard,
    enabled: bool,
    required: bool,
    next: String,
}

/// `GET /account/two-factor`: set up the authenticator app. First a button
/// that makes a secret; then the secret and a field for the first code.
pub async fn setup_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let account = session_account(&ctx)?;
    if !ctx.caller.second_factor_pending() {
        ctx.require(&state, Action::ManageOwnCredentials, Target::None)?;
    }
    let next = ctx.param("next").unwrap_or("").to_owned();
    // A session waiting for its code never sees a new secret the owner
    // may be setting up.
    if account.totp_secret.is_some() && ctx.caller.second_factor_pending() {
        return Err(WebError::Redirect(with_next("/sign-in/two-factor", &next)));
    }
    if let Some(secret) = account.totp_pending_secret.as_deref() {
        return setup_page(&state, &ctx, secret, &account.username, &next, None).await;
    }
    let tr = ctx.tr();
    let template = SetupStartPage {
        page: Layout::new(&state, &ctx, &tr.t("setup-title"), Section::Account).await.private(),
        guard: Guard::new(&ctx),
        enabled: account.totp_secret.is_some(),
        required: ctx.caller.pending().map_or(ctx.caller.principal.role, |p| p.role).requires_second_factor(),
        next,
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}

async fn setup_page(
    state: &AppState,
    ctx: &Ctx,
    secret: &str,
    username: &str,
    next: &str,
    error: Option<String>,
) -> Result<Response, WebError> {
    let url = totp::url(secret, username).map_err(WebError::from_api)?;
    Ok(code_page(state, ctx, CodeAsked::Setup { secret: secret.to_owned(), url }, next, error).await)
}

/// A base32 secret in groups of four, easier to type.
fn group_secret(secret: &str) -> String {
    secret.as_bytes().chunks(4).map(|chunk| String::from_utf8_lossy(chunk).into_owned()).collect::<Vec<_>>().join(" ")
}

/// `POST /account/two-factor/start`: a new secret, pending until confirmed.
pub async fn setup_start(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    session_account(ctx)?;
    session::begin_totp_setup(&state, &ctx.caller).await.map_err(WebError::from_api)?;
    Ok(see_other(&with_next("/account/two-factor", form.get("next")), None))
}

/// `POST /account/two-factor`: the first code turns two-factor sign-in on
/// (and signs a waiting session in, under a new cookie).
pub async fn setup_confirm(State(state): State<AppState>, jar: CookieJar, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let tr = ctx.tr();
    let next = form.get("next");
    let account = session_account(ctx)?;
    if account.totp_secret.is_some() && ctx.caller.second_factor_pending() {
        return Err(WebError::Redirect(with_next("/sign-in/two-factor", next)));
    }
    let Some(secret) = account.totp_pending_secret.as_deref() else {
        return Err(WebError::Redirect("/account/two-factor".into()));
    };
    let sent = form.get("code");
    let error = match code_problem(tr, sent) {
        Some(error) => error,
        None => match session::confirm_totp(&state, &ctx.caller, sent).await {
            Ok(mut done) => {
                // Set up while signing in: on to the role's home; from the
                // account page: back there. The recovery codes are shown
                // once, in this answer, with the session's new cookie.
                let home = if done.cookie.is_some() { home_of(done.role) } else { "/account" };
                let codes = std::mem::take(&mut done.recovery_codes);
                let jar = match done.cookie.take() {
                    Some(cookie) => jar.add(session_cookie(&state.auth, cookie)),
                    None => jar,
                };
                let mut page = super::recovery::codes_shown(&state, ctx, codes, local_path(next, home)).await;
                super::form::leave_notice(&mut page, "notice-two-factor-on");
                return Ok((jar, page).into_response());
            }
            Err(err) => limit_or(tr, err, tr.t("twofactor-error-wrong"))?,
        },
    };
    setup_page(&state, ctx, secret, &account.username, next, Some(error)).await
}

/// `POST /sign-out`: ends the session (and forgets its cookie).
pub async fn sign_out(State(state): State<AppState>, jar: CookieJar, form: Posted) -> Result<Response, WebError> {
    if let Some(cookie) = form.ctx.caller.session_cookie() {
        state.store.delete_session(cookie).await?;
    }
    let jar = jar.add(removal_cookie(&state.auth));
    Ok((jar, see_other("/", Some("notice-signed-out"))).into_response())
}

/// `POST /sign-out/everywhere`: ends every session of the account, this
/// one included.
pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    jar: CookieJar,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::ReadOwnAccount, Target::None)?;
    session::end_every_session(&state, &ctx.caller).await.map_err(WebError::from_api)?;
    let jar = jar.add(removal_cookie(&state.auth));
    Ok((jar, see_other("/", Some("notice-signed-out-everywhere"))).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_page_stays_on_this_site() {
        assert_eq!(with_next("/sign-in/two-factor", "/delegation"), "/sign-in/two-factor?next=%2Fdelegation");
        assert_eq!(with_next("/sign-in/two-factor", "https://evil.example"), "/sign-in/two-factor");
        assert_eq!(with_next("/sign-in/two-factor", ""), "/sign-in/two-factor");
    }

    #[test]
    fn secrets_are_grouped_by_four() {
        assert_eq!(group_secret("ABCDEFGHIJ"), "ABCD EFGH IJ");
    }
}
