//! One's own account: accepting an invitation (`/invitations/{token}`),
//! signing up as a participant (`/sign-up`), the account's summary
//! (`/account`), changing the password (`/account/password`) and the API
//! tokens (`/account/tokens`). The checks are the API's own
//! (`api::invitations`, `api::accounts`, `api::tokens`); these handlers turn
//! their answers into pages and their refusals into messages in the page
//! language.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Role, Target};
use domain::member::Iso3;
use store::access::{ApiToken, Invitation};

use super::errors::WebError;
use super::form::{Guard, Posted, see_other};
use super::i18n::Tr;
use super::locale::When;
use super::members::member_name;
use super::page::{Choice, Ctx, Field, FieldError, Layout, Section, SummaryRow, Tag, TagColour, errors_of};
use crate::AppState;
use crate::api::accounts::{
    InvalidAccount, NewAccountRequest, PasswordChange, PasswordChangeError, register_participant, set_new_password,
};
use crate::api::invitations::{accept_invitation, usable};
use crate::api::session::ClientAddress;
use crate::api::tokens;
use crate::auth::password::{self, PolicyError};
use crate::error::ApiError;
use crate::extract::Path;

/// The expiries offered for a new token, in days.
const TOKEN_DAYS: [u32; 4] = [7, 30, 90, 365];
/// The expiry chosen when the form is first shown.
const DEFAULT_TOKEN_DAYS: u32 = 90;

/// The message id of a role's name.
fn role_id(role: Role) -> String {
    format!("account-role-{}", role.code())
}

/// The message id of an action's name (what a token may do).
fn action_id(action: Action) -> String {
    format!("account-action-{}", action.code())
}

/// Every message id built at run time here, for the message tests.
pub fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = Role::ALL.iter().map(|role| role_id(*role)).collect();
    ids.extend(Action::ALL.iter().map(|action| action_id(*action)));
    ids
}

/// A role's name in the page language.
pub fn role_name(tr: Tr, role: Role) -> String {
    tr.t(&role_id(role))
}

// ---------------------------------------------------------------------------
// A new account: accepting an invitation, signing up.

/// The fields of a new account, with the values sent.
struct AccountFields {
    username: Field,
    display_name: Field,
    password: Field,
    email: Field,
}

impl AccountFields {
    fn new(tr: Tr, sent: &NewAccountRequest) -> AccountFields {
        let min = tr.number(password::MIN_LENGTH as u64);
        AccountFields {
            username: Field::new(tr, "username", tr.t("account-username"))
                .hint(tr.t("account-username-hint"))
                .autocomplete("username")
                .value(&sent.username),
            display_name: Field::new(tr, "display_name", tr.t("account-display-name"))
                .hint(tr.t("account-display-name-hint"))
                .autocomplete("name")
                .value(&sent.display_name),
            password: Field::password(tr, "password", tr.t("account-password"), "new-password")
                .hint(tr.t_args("account-password-hint", &[("min", min.into())])),
            email: Field {
                kind: "email",
                ..Field::new(tr, "email", tr.t("account-email"))
                    .hint(tr.t("account-email-hint"))
                    .autocomplete("email")
                    .value(sent.email.as_deref().unwrap_or(""))
            },
        }
    }

    /// Puts each problem beside its field, in the page language.
    fn fail(&mut self, tr: Tr, problems: &[InvalidAccount]) {
        for problem in problems {
            match problem {
                InvalidAccount::Username => self.username.fail(tr.t("account-error-username")),
                InvalidAccount::Password(policy) => self.password.fail(policy_message(tr, *policy)),
                InvalidAccount::DisplayName => self.display_name.fail(tr.t("account-error-display-name")),
                InvalidAccount::Email => self.email.fail(tr.t("account-error-email")),
            }
        }
    }

    fn errors(&self) -> Vec<FieldError> {
        errors_of(&[&self.username, &self.display_name, &self.password, &self.email])
    }
}

/// What is wrong with a new password, in the page language.
pub(super) fn policy_message(tr: Tr, policy: PolicyError) -> String {
    match policy {
        PolicyError::TooShort => {
            tr.t_args("account-error-password-short", &[("min", tr.number(password::MIN_LENGTH as u64).into())])
        }
        PolicyError::TooLong => {
            tr.t_args("account-error-password-long", &[("max", tr.number(password::MAX_LENGTH as u64).into())])
        }
    }
}

/// The fields of a new account as posted.
fn posted_account(form: &Posted) -> NewAccountRequest {
    NewAccountRequest {
        username: form.get("username").to_owned(),
        password: form.get("password").to_owned(),
        display_name: form.get("display_name").to_owned(),
        email: Some(form.get("email").to_owned()),
    }
}

fn empty_account() -> NewAccountRequest {
    NewAccountRequest { username: String::new(), password: String::new(), display_name: String::new(), email: None }
}

#[derive(Template)]
#[template(path = "account_new.html")]
struct NewAccountPage {
    page: Layout,
    guard: Guard,
    errors: Vec<FieldError>,
    heading: String,
    lead: String,
    /// What the invitation offers, if it is one.
    offer: Vec<SummaryRow>,
    action: String,
    submit: String,
    fields: AccountFields,
    /// Whether to offer signing in instead (sign-up).
    sign_in_link: bool,
}

/// Rows naming a member state and an organization, each linked to its
/// page, under the labels `(member, organization)`; none for what is absent.
async fn affiliation_rows(
    state: &AppState,
    tr: Tr,
    member: Option<Iso3>,
    organization: Option<u64>,
    (member_label, organization_label): (String, String),
) -> Result<Vec<SummaryRow>, WebError> {
    let mut rows = Vec::new();
    if let Some(iso3) = member {
        let name = member_name(state, tr, iso3).await?;
        rows.push(SummaryRow::new(member_label, name).link(format!("/members/{iso3}")));
    }
    if let Some(id) = organization {
        let organizations = state.store.organizations(Some(id), None, None).await?;
        let name = organizations.first().map_or_else(|| id.to_string(), |o| o.name.clone());
        rows.push(SummaryRow::new(organization_label, name).link(format!("/organizations/{id}")));
    }
    Ok(rows)
}

/// What an invitation offers, in the page language.
async fn offer_rows(state: &AppState, tr: Tr, invitation: &Invitation) -> Result<Vec<SummaryRow>, WebError> {
    let mut rows = vec![SummaryRow::new(tr.t("account-invitation-role"), role_name(tr, invitation.kind.role()))];
    let labels = (tr.t("account-invitation-member"), tr.t("account-invitation-organization"));
    rows.extend(affiliation_rows(state, tr, invitation.member, invitation.organization, labels).await?);
    rows.push(SummaryRow::new(tr.t("account-invitation-invited-by"), invitation.invited_by.to_string()).code());
    rows.push(SummaryRow::time(tr.t("account-invitation-expires"), tr.when_millis(invitation.expires_at)));
    Ok(rows)
}

async fn invitation_page(
    state: &AppState,
    ctx: &Ctx,
    token: &str,
    invitation: &Invitation,
    fields: AccountFields,
) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let errors = fields.errors();
    let (page, status) =
        Layout::new(state, ctx, &tr.t("account-invitation-title"), Section::Account).await.private().for_form(&errors);
    let template = NewAccountPage {
        page,
        guard: Guard::new(ctx),
        heading: tr.t("account-invitation-title"),
        lead: tr.t("account-invitation-lead"),
        offer: offer_rows(state, tr, invitation).await?,
        action: format!("/invitations/{token}"),
        submit: tr.t("account-invitation-submit"),
        fields,
        sign_in_link: false,
        errors,
    };
    Ok(template.page.respond(status, &template))
}

#[derive(Template)]
#[template(path = "account_invitation_gone.html")]
struct GonePage {
    page: Layout,
}

/// The page of a link used, revoked or expired (410).
async fn gone_page(state: &AppState, ctx: &Ctx) -> Response {
    let tr = ctx.tr();
    let template =
        GonePage { page: Layout::new(state, ctx, &tr.t("account-invitation-gone-title"), Section::Account).await };
    template.page.respond(StatusCode::GONE, &template)
}

/// The invitation of a link, or the page that says why there is none.
async fn invitation_of(state: &AppState, ctx: &Ctx, token: &str) -> Result<Result<Invitation, Response>, WebError> {
    match usable(state, token).await {
        Ok(invitation) => Ok(Ok(invitation)),
        Err(ApiError::Gone(_)) => Ok(Err(gone_page(state, ctx).await)),
        Err(err) => Err(WebError::from_api(err)),
    }
}

/// `GET /invitations/{token}`: what the invitation offers, and the form
/// that creates the account.
pub async fn invitation_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let invitation = match invitation_of(&state, &ctx, &token).await? {
        Ok(invitation) => invitation,
        Err(gone) => return Ok(gone),
    };
    let fields = AccountFields::new(ctx.tr(), &empty_account());
    invitation_page(&state, &ctx, &token, &invitation, fields).await
}

/// `POST /invitations/{token}`: creates the account and records the act the
/// invitation stands for.
pub async fn accept(
    State(state): State<AppState>,
    Path(token): Path<String>,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let tr = ctx.tr();
    let invitation = match invitation_of(&state, ctx, &token).await? {
        Ok(invitation) => invitation,
        Err(gone) => return Ok(gone),
    };
    let sent = posted_account(&form);
    let mut fields = AccountFields::new(tr, &sent);
    let problems = sent.problems();
    if !problems.is_empty() {
        fields.fail(tr, &problems);
        return invitation_page(&state, ctx, &token, &invitation, fields).await;
    }
    let username = sent.username.trim().to_lowercase();
    match accept_invitation(&state, &invitation, sent).await {
        Ok(_) => Ok(see_other("/sign-in", Some("notice-invitation-accepted"))),
        Err(ApiError::Conflict(_)) if username_taken(&state, &username).await? => {
            fields.username.fail(tr.t("account-error-username-taken"));
            invitation_page(&state, ctx, &token, &invitation, fields).await
        }
        // The place was filled meanwhile, or the link used in another tab.
        Err(ApiError::Gone(_) | ApiError::Conflict(_)) => Ok(gone_page(&state, ctx).await),
        Err(err) => Err(WebError::from_api(err)),
    }
}

async fn username_taken(state: &AppState, username: &str) -> Result<bool, WebError> {
    Ok(state.store.account_by_username(username).await?.is_some())
}

async fn sign_up_page(state: &AppState, ctx: &Ctx, fields: AccountFields) -> Response {
    let tr = ctx.tr();
    let errors = fields.errors();
    let (page, status) =
        Layout::new(state, ctx, &tr.t("account-signup-title"), Section::Account).await.private().for_form(&errors);
    let template = NewAccountPage {
        page,
        guard: Guard::new(ctx),
        heading: tr.t("account-signup-title"),
        lead: tr.t("account-signup-lead"),
        offer: Vec::new(),
        action: "/sign-up".into(),
        submit: tr.t("account-signup-submit"),
        fields,
        sign_in_link: true,
        errors,
    };
    template.page.respond(status, &template)
}

/// `GET /sign-up`: a member of the public creates a participant's account.
pub async fn sign_up_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    if ctx.account().is_some() {
        return Err(WebError::Redirect("/account".into()));
    }
    let fields = AccountFields::new(ctx.tr(), &empty_account());
    Ok(sign_up_page(&state, &ctx, fields).await)
}

/// `POST /sign-up`: creates the account (a few per address and hour).
pub async fn sign_up(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let tr = ctx.tr();
    let sent = posted_account(&form);
    let mut fields = AccountFields::new(tr, &sent);
    let problems = sent.problems();
    if !problems.is_empty() {
        fields.fail(tr, &problems);
        return Ok(sign_up_page(&state, ctx, fields).await);
    }
    match register_participant(&state, address, sent).await {
        Ok(_) => return Ok(see_other("/sign-in", Some("notice-signed-up"))),
        Err(ApiError::Conflict(_)) => fields.username.fail(tr.t("account-error-username-taken")),
        Err(ApiError::TooManyRequests { retry_after }) => {
            fields.username.fail(tr.t_args("account-error-limited", &[("minutes", retry_after.div_ceil(60).into())]))
        }
        Err(err) => return Err(WebError::from_api(err)),
    }
    Ok(sign_up_page(&state, ctx, fields).await)
}

// ---------------------------------------------------------------------------
// The account.

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    page: Layout,
    rows: Vec<SummaryRow>,
    two_factor: Tag,
    /// Whether the role may make API tokens.
    tokens: bool,
    /// The "sign out everywhere" form's.
    guard: Guard,
    /// Links to recovery codes, resets, the e-mail address, deletion.
    recovery_links: Vec<(String, String)>,
}

/// `GET /account`: who you are here, and what you can change.
pub async fn overview(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::ReadOwnAccount, Target::None)?;
    let tr = ctx.tr();
    let account = ctx.account().ok_or_else(|| WebError::SignIn(ctx.path.clone()))?;
    let principal = &ctx.caller.principal;
    let mut rows = vec![
        SummaryRow::new(tr.t("account-name"), account.display_name.clone()),
        SummaryRow::new(tr.t("account-username"), account.username.clone()).code(),
        SummaryRow::new(tr.t("account-handle"), account.handle.to_string()).code(),
        SummaryRow::new(tr.t("account-role"), role_name(tr, principal.role)),
    ];
    let labels = (tr.t("account-member"), tr.t("account-organization"));
    let organization = principal.organization.map(|(id, _)| id);
    rows.extend(affiliation_rows(&state, tr, principal.member, organization, labels).await?);
    let two_factor = if account.totp_secret.is_some() {
        Tag { text: tr.t("account-two-factor-on"), colour: TagColour::Green }
    } else {
        Tag { text: tr.t("account-two-factor-off"), colour: TagColour::Grey }
    };
    let tokens = domain::authz::actions_of(principal.role).contains(&Action::ManageOwnTokens);
    let template = AccountPage {
        page: Layout::new(&state, &ctx, &tr.t("account-title"), Section::Account).await.private(),
        rows,
        two_factor,
        tokens,
        guard: Guard::new(&ctx),
        recovery_links: super::recovery::account_links(tr, &ctx.caller),
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}

// ---------------------------------------------------------------------------
// The password.

#[derive(Template)]
#[template(path = "account_password.html")]
struct PasswordPage {
    page: Layout,
    guard: Guard,
    errors: Vec<FieldError>,
    current: Field,
    new: Field,
    confirm: Field,
    /// Whether "revoke my API tokens too" is ticked.
    revoke_tokens: bool,
}

fn password_fields(tr: Tr) -> (Field, Field, Field) {
    let min = tr.number(password::MIN_LENGTH as u64);
    (
        Field::password(tr, "current_password", tr.t("account-password-current"), "current-password"),
        Field::password(tr, "new_password", tr.t("account-password-new"), "new-password")
            .hint(tr.t_args("account-password-hint", &[("min", min.into())])),
        Field::password(tr, "confirm_password", tr.t("account-password-confirm"), "new-password"),
    )
}

async fn password_page(
    state: &AppState,
    ctx: &Ctx,
    (current, new, confirm): (Field, Field, Field),
    revoke_tokens: bool,
) -> Response {
    let tr = ctx.tr();
    let errors = errors_of(&[&current, &new, &confirm]);
    let (page, status) = Layout::new(state, ctx, &tr.t("account-password-title"), Section::Account)
        .await
        .private()
        .crumb(tr.t("account-title"), "/account")
        .for_form(&errors);
    let template = PasswordPage { page, guard: Guard::new(ctx), errors, current, new, confirm, revoke_tokens };
    template.page.respond(status, &template)
}

/// `GET /account/password`.
pub async fn password_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::ManageOwnCredentials, Target::None)?;
    Ok(password_page(&state, &ctx, password_fields(ctx.tr()), false).await)
}

/// `POST /account/password`: checks the current password, sets the new
/// one and ends the account's other sessions (and revokes its API tokens,
/// when the box is ticked).
pub async fn change_password(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::ManageOwnCredentials, Target::None)?;
    let tr = ctx.tr();
    let (mut current, mut new, mut confirm) = password_fields(tr);
    let change = PasswordChange {
        current_password: form.get("current_password").to_owned(),
        new_password: form.get("new_password").to_owned(),
        revoke_tokens: !form.get("revoke_tokens").is_empty(),
    };
    if change.current_password.is_empty() {
        current.fail(tr.t("account-error-current-missing"));
    }
    if let Err(policy) = password::check_policy(&change.new_password) {
        new.fail(policy_message(tr, policy));
    } else if form.get("confirm_password") != change.new_password {
        confirm.fail(tr.t("account-error-confirm"));
    }
    if current.error.is_none() && new.error.is_none() && confirm.error.is_none() {
        match set_new_password(&state, &ctx.caller, &change).await {
            Ok(()) if change.revoke_tokens => {
                return Ok(see_other("/account", Some("notice-password-changed-tokens-revoked")));
            }
            Ok(()) => return Ok(see_other("/account", Some("notice-password-changed"))),
            Err(PasswordChangeError::CurrentWrong) => current.fail(tr.t("account-error-current-wrong")),
            Err(PasswordChangeError::Policy(policy)) => new.fail(policy_message(tr, policy)),
            Err(PasswordChangeError::Other(err)) => return Err(WebError::from_api(err)),
        }
    }
    Ok(password_page(&state, ctx, (current, new, confirm), change.revoke_tokens).await)
}

// ---------------------------------------------------------------------------
// API tokens.

/// A token, as a row of the table.
struct TokenRow {
    id: String,
    name: String,
    scopes: Vec<String>,
    created: When,
    expires: When,
    /// `None`: never used.
    last_used: Option<When>,
    status: Tag,
    active: bool,
}

impl TokenRow {
    fn of(tr: Tr, token: &ApiToken, now: i64) -> TokenRow {
        let (status, active) = if token.revoked_at.is_some() {
            (Tag { text: tr.t("account-token-revoked"), colour: TagColour::Grey }, false)
        } else if token.expires_at <= now {
            (Tag { text: tr.t("account-token-expired"), colour: TagColour::Grey }, false)
        } else {
            (Tag { text: tr.t("account-token-active"), colour: TagColour::Green }, true)
        };
        TokenRow {
            id: token.id.clone(),
            name: token.name.clone(),
            scopes: token.scopes.iter().map(|action| tr.t(&action_id(*action))).collect(),
            created: tr.when_millis(token.created_at),
            expires: tr.when_millis(token.expires_at),
            last_used: token.last_used_at.map(|millis| tr.when_millis(millis)),
            status,
            active,
        }
    }
}

/// A checkbox of what a new token may do.
struct ScopeBox {
    /// The input's id (the first is the group's, for the error summary).
    id: String,
    code: &'static str,
    label: String,
    checked: bool,
}

/// The form that makes a token.
struct TokenForm {
    name: Field,
    expiry: Field,
    /// The group's legend, hint and error.
    scopes: Field,
    boxes: Vec<ScopeBox>,
}

impl TokenForm {
    fn new(tr: Tr, grantable: &[Action], name: &str, days: &str, checked: Option<&[&str]>) -> TokenForm {
        let expiry_choices = TOKEN_DAYS
            .iter()
            .map(|d| Choice {
                value: d.to_string(),
                label: tr.t_args("account-token-days", &[("days", (*d).into())]),
                selected: d.to_string() == days,
            })
            .collect();
        TokenForm {
            name: Field::new(tr, "name", tr.t("account-token-name")).hint(tr.t("account-token-name-hint")).value(name),
            expiry: Field {
                choices: expiry_choices,
                ..Field::new(tr, "expires_in_days", tr.t("account-token-expiry"))
            },
            scopes: Field::new(tr, "scopes", tr.t("account-token-scopes")).hint(tr.t("account-token-scopes-hint")),
            boxes: grantable
                .iter()
                .enumerate()
                .map(|(at, action)| ScopeBox {
                    id: if at == 0 { "scopes".to_owned() } else { format!("scope-{}", action.code()) },
                    code: action.code(),
                    label: tr.t(&action_id(*action)),
                    checked: checked.is_none_or(|codes| codes.contains(&action.code())),
                })
                .collect(),
        }
    }

    fn errors(&self) -> Vec<FieldError> {
        errors_of(&[&self.name, &self.expiry, &self.scopes])
    }
}

#[derive(Template)]
#[template(path = "account_tokens.html")]
struct TokensPage {
    page: Layout,
    guard: Guard,
    /// One guard per revoke form (each form has its own nonce).
    rows: Vec<(TokenRow, Guard)>,
    errors: Vec<FieldError>,
    form: TokenForm,
}

async fn tokens_page(state: &AppState, ctx: &Ctx, form: TokenForm) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let now = store::access::now_millis();
    let rows = tokens::own(state, &ctx.caller)
        .await
        .map_err(WebError::from_api)?
        .iter()
        .map(|token| (TokenRow::of(tr, token, now), Guard::new(ctx)))
        .collect();
    let errors = form.errors();
    let (page, status) = Layout::new(state, ctx, &tr.t("account-tokens-title"), Section::Account)
        .await
        .private()
        .crumb(tr.t("account-title"), "/account")
        .for_form(&errors);
    let template = TokensPage { page, guard: Guard::new(ctx), rows, errors, form };
    Ok(template.page.respond(status, &template))
}

/// `GET /account/tokens`: your tokens, and the form that makes one.
pub async fn tokens_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::ManageOwnTokens, Target::None)?;
    let form = TokenForm::new(ctx.tr(), &tokens::grantable(&ctx.caller), "", &DEFAULT_TOKEN_DAYS.to_string(), None);
    tokens_page(&state, &ctx, form).await
}

#[derive(Template)]
#[template(path = "account_token_created.html")]
struct CreatedPage {
    page: Layout,
    rows: Vec<SummaryRow>,
    secret: String,
    /// The address of the API, for the examples.
    api: String,
}

/// `POST /account/tokens`: makes a token and shows its secret, once, in
/// this answer (201). Nothing else ever shows it: only its hash is kept.
/// Sending the form again is refused by its nonce.
pub async fn create_token(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::ManageOwnTokens, Target::None)?;
    let tr = ctx.tr();
    let grantable = tokens::grantable(&ctx.caller);
    let (name, days, codes) = (form.get("name"), form.get("expires_in_days"), form.all("scopes"));
    let mut token_form = TokenForm::new(tr, &grantable, name, days, Some(&codes));
    if !tokens::name_is_acceptable(name.trim()) {
        token_form.name.fail(tr.t("account-error-token-name"));
    }
    let days = days.parse::<u32>().ok().filter(|d| TOKEN_DAYS.contains(d) && tokens::EXPIRY_DAYS.contains(d));
    if days.is_none() {
        token_form.expiry.fail(tr.t("account-error-token-expiry"));
    }
    let scopes: Vec<Action> = grantable.iter().copied().filter(|a| codes.contains(&a.code())).collect();
    if scopes.is_empty() || scopes.len() != codes.len() {
        token_form.scopes.fail(tr.t("account-error-token-scopes"));
    }
    if !token_form.errors().is_empty() {
        return tokens_page(&state, ctx, token_form).await;
    }
    let request = tokens::TokenRequest {
        name: name.to_owned(),
        scopes: Some(scopes.iter().map(|a| a.code().to_owned()).collect()),
        expires_in_days: days,
    };
    let issued = tokens::issue(&state, &ctx.caller, request).await.map_err(WebError::from_api)?;
    let scopes: Vec<String> = scopes.iter().map(|action| tr.t(&action_id(*action))).collect();
    let rows = vec![
        SummaryRow::new(tr.t("account-token-name"), issued.info.name.clone()),
        SummaryRow::time(tr.t("account-tokens-col-expires"), tr.when_text(&issued.info.expires_at)),
        SummaryRow::new(tr.t("account-tokens-col-scopes"), scopes.join(", ")),
    ];
    let api = state.auth.public_url.trim_end_matches('/').to_owned();
    let template = CreatedPage {
        page: Layout::new(&state, ctx, &tr.t("account-token-created-title"), Section::Account)
            .await
            .private()
            .crumb(tr.t("account-title"), "/account")
            .crumb(tr.t("account-tokens-title"), "/account/tokens"),
        rows,
        secret: issued.token,
        api,
    };
    Ok(template.page.respond(StatusCode::CREATED, &template))
}

/// `POST /account/tokens/{id}/revoke`.
pub async fn revoke_token(
    State(state): State<AppState>,
    Path(id): Path<String>,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::ManageOwnTokens, Target::None)?;
    tokens::revoke_own(&state, &ctx.caller, &id).await.map_err(WebError::from_api)?;
    Ok(see_other("/account/tokens", Some("notice-token-revoked")))
}
