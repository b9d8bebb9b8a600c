//! Getting back into an account, and one's private data: recovery codes
//! (`/account/recovery-codes`, and shown once after an authenticator is set
//! up), issuing a password reset link within one's remit
//! (`/account/resets`), using one (`/reset/{token}`), asking for one by
//! e-mail (`/forgot-password`), one's e-mail address (`/account/email`) and
//! deleting one's account (`/account/delete`). The checks are the API's own
//! (`api::recovery`); these handlers turn their answers into pages.
//!
//! Pages that show a secret (recovery codes, a reset link) render it in
//! the POST's answer, marked `no-store`: only its hash is kept.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use domain::authz::{Action, Role, Target};

use super::errors::WebError;
use super::form::{Guard, Posted, see_other};
use super::i18n::Tr;
use super::page::{Ctx, Field, FieldError, Layout, Section, SummaryRow, errors_of};
use crate::AppState;
use crate::api::recovery::{self as api, ResetError};
use crate::api::session::ClientAddress;
use crate::auth::{Caller, password, removal_cookie};
use crate::error::ApiError;
use crate::extract::Path;

/// A page with a short form (or none): the pages of this module that ask
/// for something.
#[derive(Template)]
#[template(path = "recovery_form.html")]
struct FormPage {
    page: Layout,
    guard: Guard,
    errors: Vec<FieldError>,
    heading: String,
    paragraphs: Vec<String>,
    rows: Vec<SummaryRow>,
    action: String,
    fields: Vec<Field>,
    /// The button's text; no form without one.
    submit: Option<String>,
    /// Whether the button warns (deleting).
    warning: bool,
    /// A link back: its text and address.
    back: Option<(String, String)>,
}

/// What a [`FormPage`] shows, before the skeleton is added.
struct Form {
    heading: String,
    paragraphs: Vec<String>,
    rows: Vec<SummaryRow>,
    action: String,
    fields: Vec<Field>,
    submit: Option<String>,
    warning: bool,
    back: Option<(String, String)>,
    /// The status when no field failed.
    status: StatusCode,
}

impl Form {
    fn new(heading: String, action: &str) -> Form {
        Form {
            heading,
            paragraphs: Vec::new(),
            rows: Vec::new(),
            action: action.to_owned(),
            fields: Vec::new(),
            submit: None,
            warning: false,
            back: None,
            status: StatusCode::OK,
        }
    }

    async fn respond(self, state: &AppState, ctx: &Ctx, crumb: bool) -> Response {
        let tr = ctx.tr();
        let errors = errors_of(&self.fields.iter().collect::<Vec<_>>());
        let mut layout = Layout::new(state, ctx, &self.heading, Section::Account).await.private();
        if crumb {
            layout = layout.crumb(tr.t("account-title"), "/account");
        }
        let (page, failed_status) = layout.for_form(&errors);
        let status = if errors.is_empty() { self.status } else { failed_status };
        let template = FormPage {
            page,
            guard: Guard::new(ctx),
            errors,
            heading: self.heading,
            paragraphs: self.paragraphs,
            rows: self.rows,
            action: self.action,
            fields: self.fields,
            submit: self.submit,
            warning: self.warning,
            back: self.back,
        };
        template.page.respond(status, &template)
    }
}

/// A page that shows secrets once: recovery codes, a reset link.
#[derive(Template)]
#[template(path = "recovery_secret.html")]
struct SecretPage {
    page: Layout,
    heading: String,
    lead: String,
    secrets: Vec<String>,
    rows: Vec<SummaryRow>,
    paragraphs: Vec<String>,
    next: String,
    next_label: String,
}

/// The links of the account page to what this module offers the caller.
pub fn account_links(tr: Tr, caller: &Caller) -> Vec<(String, String)> {
    let mut links = Vec::new();
    let role = caller.principal.role;
    if caller.account.as_ref().is_some_and(|a| a.totp_secret.is_some()) {
        links.push((tr.t("recovery-codes-manage-title"), "/account/recovery-codes".to_owned()));
    }
    if matches!(role, Role::Secretariat | Role::HeadOfDelegation) {
        links.push((tr.t("reset-issue-title"), "/account/resets".to_owned()));
    }
    links.push((tr.t("email-title"), "/account/email".to_owned()));
    if domain::authz::actions_of(role).contains(&Action::DeleteOwnAccount) {
        links.push((tr.t("delete-title"), "/account/delete".to_owned()));
    }
    links
}

// ---------------------------------------------------------------------------
// Recovery codes.

/// The page that shows new recovery codes, once (after an authenticator
/// was set up, or the codes made again), with a link on to `next`.
pub async fn codes_shown(state: &AppState, ctx: &Ctx, codes: Vec<String>, next: &str) -> Response {
    let tr = ctx.tr();
    let heading = tr.t("recovery-codes-title");
    let template = SecretPage {
        page: Layout::new(state, ctx, &heading, Section::Account).await.private(),
        heading,
        lead: tr.t("recovery-codes-once"),
        secrets: codes,
        rows: Vec::new(),
        paragraphs: vec![tr.t("recovery-codes-how"), tr.t("recovery-codes-lost")],
        next: next.to_owned(),
        next_label: tr.t("recovery-codes-continue"),
    };
    template.page.respond(StatusCode::OK, &template)
}

/// `GET /account/recovery-codes`: how many are left, and making new ones.
pub async fn codes_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::ManageOwnCredentials, Target::None)?;
    let tr = ctx.tr();
    let account = ctx.account().ok_or_else(|| WebError::SignIn(ctx.path.clone()))?;
    let mut form = Form::new(tr.t("recovery-codes-manage-title"), "/account/recovery-codes");
    if account.totp_secret.is_none() {
        form.paragraphs.push(tr.t("recovery-codes-none"));
        form.back = Some((tr.t("account-two-factor-manage"), "/account/two-factor".into()));
    } else {
        let left = state.store.recovery_codes_left(&account.handle).await?;
        form.rows.push(SummaryRow::new(tr.t("recovery-codes-left"), tr.number(left)));
        form.paragraphs.push(tr.t("recovery-codes-regenerate-lead"));
        form.submit = Some(tr.t("recovery-codes-regenerate"));
        form.back = Some((tr.t("account-cancel"), "/account".into()));
    }
    Ok(form.respond(&state, &ctx, true).await)
}

/// `POST /account/recovery-codes`: ten new codes, shown in this answer.
pub async fn regenerate(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::ManageOwnCredentials, Target::None)?;
    let codes = api::new_recovery_codes(&state, &ctx.caller).await.map_err(WebError::from_api)?;
    Ok(codes_shown(&state, ctx, codes, "/account").await)
}

// ---------------------------------------------------------------------------
// Issuing a reset.

fn handle_field(tr: Tr, value: &str) -> Field {
    Field::new(tr, "handle", tr.t("reset-issue-handle")).hint(tr.t("reset-issue-handle-hint")).value(value)
}

async fn issue_page(state: &AppState, ctx: &Ctx, handle: Field) -> Response {
    let tr = ctx.tr();
    let mut form = Form::new(tr.t("reset-issue-title"), "/account/resets");
    let remit = if ctx.caller.principal.role == Role::Secretariat {
        tr.t("reset-issue-remit-secretariat")
    } else {
        tr.t("reset-issue-remit-head")
    };
    form.paragraphs = vec![remit, tr.t("reset-issue-what")];
    form.fields.push(handle);
    form.submit = Some(tr.t("reset-issue-submit"));
    form.back = Some((tr.t("account-cancel"), "/account".into()));
    form.respond(state, ctx, true).await
}

/// May the caller issue resets at all (a head: for its own delegation)?
fn require_issuer(state: &AppState, ctx: &Ctx) -> Result<(), WebError> {
    let own = ctx.caller.principal.member.map_or(Target::None, Target::Member);
    ctx.require(state, Action::IssueReset, own)
}

/// `GET /account/resets?handle=`: the form that issues a reset link.
pub async fn issue_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    require_issuer(&state, &ctx)?;
    let handle = handle_field(ctx.tr(), ctx.param("handle").unwrap_or(""));
    Ok(issue_page(&state, &ctx, handle).await)
}

/// `POST /account/resets`: issues the link and shows it, once, in this
/// answer (201); a person outside the caller's remit is an error beside
/// the field, and nothing is written.
pub async fn issue(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    require_issuer(&state, ctx)?;
    let tr = ctx.tr();
    let sent = form.get("handle").trim();
    let mut handle = handle_field(tr, sent);
    if sent.is_empty() {
        handle.fail(tr.t("reset-error-handle-missing"));
        return Ok(issue_page(&state, ctx, handle).await);
    }
    let issued = match api::issue_reset(&state, &ctx.caller, sent).await {
        Ok(issued) => issued,
        Err(err) => {
            let message = match err {
                ApiError::Unprocessable(_) => tr.t("reset-error-handle"),
                ApiError::NotFound(_) => tr.t_args("reset-error-unknown", &[("handle", sent.into())]),
                ApiError::Forbidden(_) => tr.t_args("reset-error-remit", &[("handle", sent.into())]),
                other => return Err(WebError::from_api(other)),
            };
            handle.fail(message);
            return Ok(issue_page(&state, ctx, handle).await);
        }
    };
    let heading = tr.t("reset-issued-title");
    let mut rows = vec![
        SummaryRow::new(tr.t("reset-issue-handle"), issued.handle.clone()).code(),
        SummaryRow::time(tr.t("reset-issued-expires"), tr.when_text(&issued.expires_at)),
    ];
    if issued.notified {
        rows.push(SummaryRow::new(tr.t("reset-issued-notified"), tr.t("reset-issued-notified-yes")));
    }
    let template = SecretPage {
        page: Layout::new(&state, ctx, &heading, Section::Account)
            .await
            .private()
            .crumb(tr.t("account-title"), "/account"),
        heading,
        lead: tr.t("reset-issued-once"),
        secrets: vec![issued.link],
        rows,
        paragraphs: vec![tr.t("reset-issued-give"), tr.t("reset-issued-logged")],
        next: "/account/resets".into(),
        next_label: tr.t("reset-issued-another"),
    };
    Ok(template.page.respond(StatusCode::CREATED, &template))
}

// ---------------------------------------------------------------------------
// Using a reset link.

fn new_password_fields(tr: Tr) -> (Field, Field) {
    let min = tr.number(password::MIN_LENGTH as u64);
    (
        Field::password(tr, "new_password", tr.t("account-password-new"), "new-password")
            .hint(tr.t_args("account-password-hint", &[("min", min.into())])),
        Field::password(tr, "confirm_password", tr.t("account-password-confirm"), "new-password"),
    )
}

async fn gone(state: &AppState, ctx: &Ctx) -> Response {
    let tr = ctx.tr();
    let mut form = Form::new(tr.t("reset-gone-title"), "");
    form.paragraphs = vec![tr.t("reset-gone-lead")];
    form.back = Some((tr.t("forgot-title"), "/forgot-password".into()));
    form.status = StatusCode::GONE;
    form.respond(state, ctx, false).await
}

async fn reset_page(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
    reset: &store::recovery::Reset,
    (new, confirm): (Field, Field),
) -> Response {
    let tr = ctx.tr();
    let mut form = Form::new(tr.t("reset-title"), &format!("/reset/{token}"));
    form.rows = vec![
        SummaryRow::new(tr.t("reset-issue-handle"), reset.handle.to_string()).code(),
        SummaryRow::time(tr.t("reset-issued-expires"), tr.when_text(&crate::api::rfc3339(reset.expires_at))),
    ];
    form.paragraphs.push(tr.t("reset-lead"));
    if reset.clears_second_factor {
        form.paragraphs.push(tr.t("reset-clears-second-factor"));
    }
    form.fields = vec![new, confirm];
    form.submit = Some(tr.t("reset-submit"));
    form.respond(state, ctx, false).await
}

/// `GET /reset/{token}`: the form that sets a new password, or why the
/// link no longer works (410).
pub async fn reset_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    match reset_of(&state, &ctx, &token).await? {
        Ok(reset) => Ok(reset_page(&state, &ctx, &token, &reset, new_password_fields(ctx.tr())).await),
        Err(gone) => Ok(gone),
    }
}

/// The reset a link stands for while it works, or the page saying it no
/// longer does (410).
async fn reset_of(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
) -> Result<Result<store::recovery::Reset, Response>, WebError> {
    match api::usable_reset(state, token).await {
        Ok(reset) => Ok(Ok(reset)),
        Err(ApiError::Gone(_)) => Ok(Err(gone(state, ctx).await)),
        Err(err) => Err(WebError::from_api(err)),
    }
}

/// `POST /reset/{token}`: sets the new password (the link is used up,
/// every session ends) and goes on to the sign-in.
pub async fn reset(
    State(state): State<AppState>,
    Path(token): Path<String>,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let tr = ctx.tr();
    let reset = match reset_of(&state, ctx, &token).await? {
        Ok(reset) => reset,
        Err(gone) => return Ok(gone),
    };
    let (mut new, mut confirm) = new_password_fields(tr);
    let sent = form.get("new_password");
    if let Err(policy) = password::check_policy(sent) {
        new.fail(super::account::policy_message(tr, policy));
    } else if form.get("confirm_password") != sent {
        confirm.fail(tr.t("account-error-confirm"));
    } else {
        match api::use_reset(&state, &token, sent).await {
            Ok(_) => return Ok(see_other("/sign-in", Some("notice-password-reset"))),
            Err(ResetError::Policy(policy)) => new.fail(super::account::policy_message(tr, policy)),
            Err(ResetError::Other(ApiError::Gone(_))) => return Ok(gone(&state, ctx).await),
            Err(ResetError::Other(err)) => return Err(WebError::from_api(err)),
        }
    }
    Ok(reset_page(&state, ctx, &token, &reset, (new, confirm)).await)
}

// ---------------------------------------------------------------------------
// Asking for a reset by e-mail.

fn email_field(tr: Tr, value: &str, hint: String) -> Field {
    Field {
        kind: "email",
        ..Field::new(tr, "email", tr.t("email-address")).hint(hint).autocomplete("email").value(value)
    }
}

async fn forgot_page(state: &AppState, ctx: &Ctx, email: Field) -> Response {
    let tr = ctx.tr();
    let mut form = Form::new(tr.t("forgot-title"), "/forgot-password");
    if state.mailer.is_some() {
        form.paragraphs = vec![tr.t("forgot-lead"), tr.t("forgot-others")];
        form.fields.push(email);
        form.submit = Some(tr.t("forgot-submit"));
    } else {
        form.paragraphs = vec![tr.t("forgot-no-mail")];
    }
    form.back = Some((tr.t("signin-title"), "/sign-in".into()));
    form.respond(state, ctx, false).await
}

/// `GET /forgot-password`: asks for the account's e-mail address (when the
/// server sends mail; otherwise says whom to ask).
pub async fn forgot_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    Ok(forgot_page(&state, &ctx, email_field(ctx.tr(), "", ctx.tr().t("forgot-email-hint"))).await)
}

/// `POST /forgot-password`: sends a link if a participant's account has
/// the address; the answer is the same either way.
pub async fn forgot(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let tr = ctx.tr();
    let sent = form.get("email").trim();
    let mut email = email_field(tr, sent, tr.t("forgot-email-hint"));
    match api::request_reset_by_email(&state, address, sent).await {
        Ok(()) => return Ok(see_other("/sign-in", Some("notice-reset-requested"))),
        Err(ApiError::Unprocessable(_)) => email.fail(tr.t("email-error")),
        Err(ApiError::TooManyRequests { retry_after }) => {
            email.fail(tr.t_args("account-error-limited", &[("minutes", retry_after.div_ceil(60).into())]))
        }
        Err(ApiError::Conflict(_)) => {}
        Err(err) => return Err(WebError::from_api(err)),
    }
    Ok(forgot_page(&state, ctx, email).await)
}

// ---------------------------------------------------------------------------
// The e-mail address.

async fn email_page(state: &AppState, ctx: &Ctx, email: Field) -> Response {
    let tr = ctx.tr();
    let mut form = Form::new(tr.t("email-title"), "/account/email");
    form.paragraphs = vec![tr.t("email-lead")];
    form.fields.push(email);
    form.submit = Some(tr.t("email-submit"));
    form.back = Some((tr.t("account-cancel"), "/account".into()));
    form.respond(state, ctx, true).await
}

/// `GET /account/email`.
pub async fn email_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::ChangeOwnEmail, Target::None)?;
    let current = ctx.account().and_then(|a| a.email.clone()).unwrap_or_default();
    Ok(email_page(&state, &ctx, email_field(ctx.tr(), &current, ctx.tr().t("email-hint"))).await)
}

/// `POST /account/email`: sets the address (or removes it when empty).
pub async fn change_email(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::ChangeOwnEmail, Target::None)?;
    let tr = ctx.tr();
    let sent = form.get("email").trim();
    let mut email = email_field(tr, sent, tr.t("email-hint"));
    match api::set_email(&state, &ctx.caller, Some(sent)).await {
        Ok(()) => Ok(see_other("/account", Some("notice-email-changed"))),
        Err(ApiError::Unprocessable(_)) => {
            email.fail(tr.t("email-error"));
            Ok(email_page(&state, ctx, email).await)
        }
        Err(err) => Err(WebError::from_api(err)),
    }
}

// ---------------------------------------------------------------------------
// Deleting the account.

async fn delete_page(state: &AppState, ctx: &Ctx, password: Field) -> Response {
    let tr = ctx.tr();
    let mut form = Form::new(tr.t("delete-title"), "/account/delete");
    form.paragraphs = vec![tr.t("delete-lead"), tr.t("delete-handle-stays"), tr.t("delete-final")];
    form.fields.push(password);
    form.submit = Some(tr.t("delete-submit"));
    form.warning = true;
    form.back = Some((tr.t("account-cancel"), "/account".into()));
    form.respond(state, ctx, true).await
}

fn delete_password(tr: Tr) -> Field {
    Field::password(tr, "password", tr.t("delete-password"), "current-password")
}

/// `GET /account/delete`: what deleting means, and the password that
/// confirms it.
pub async fn delete_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::DeleteOwnAccount, Target::None)?;
    Ok(delete_page(&state, &ctx, delete_password(ctx.tr())).await)
}

/// `POST /account/delete`: deletes the account and signs out.
pub async fn delete(State(state): State<AppState>, jar: CookieJar, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::DeleteOwnAccount, Target::None)?;
    let tr = ctx.tr();
    let mut password = delete_password(tr);
    let sent = form.get("password");
    if sent.is_empty() {
        password.fail(tr.t("delete-error-missing"));
        return Ok(delete_page(&state, ctx, password).await);
    }
    match api::delete_own_account(&state, &ctx.caller, sent).await {
        Ok(()) => {
            let jar = jar.add(removal_cookie(&state.auth));
            Ok((jar, see_other("/", Some("notice-account-deleted"))).into_response())
        }
        Err(ApiError::Unprocessable(_)) => {
            password.fail(tr.t("account-error-current-wrong"));
            Ok(delete_page(&state, ctx, password).await)
        }
        Err(ApiError::TooManyRequests { retry_after }) => {
            password.fail(tr.t_args("signin-error-limited", &[("minutes", retry_after.div_ceil(60).into())]));
            Ok(delete_page(&state, ctx, password).await)
        }
        Err(err) => Err(WebError::from_api(err)),
    }
}
