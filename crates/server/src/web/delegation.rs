//! A head of delegation's page, `/delegation`: the people of their
//! delegation with their names (and a confirmed removal for delegates and
//! alternates), a form inviting a delegate or an alternate, and the
//! invitations they issued (revocable while open). A delegate or an
//! alternate sees the same page read-only: the people of their delegation
//! by handle, and what they can do now.
//!
//! Also the pieces the secretariat's accreditation shares: the page that
//! shows a new invitation link once ([`issued_page`]), the rows of an
//! invitations table ([`invitation_rows`]) and revoking one
//! (`POST /invitations/{id}/revoke`).
//!
//! An invitation's link is shown in the answer to the POST that made it,
//! not after a redirect: the token is stored only as a hash, so a page
//! reached later could not show it. Sending the form again is refused by
//! its nonce, so a refresh never makes a second link.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Role, Target};
use domain::member::Iso3;
use domain::people::DelegationRole;
use domain::{Actor, Command};
use store::access::{Invitation, InvitationKind};

use super::ballot::keys::{self, KeysSection, KeysSent};
use super::consultation::{OpenConsultation, open_consultations};
use super::errors::WebError;
use super::form::{Guard, Posted, see_other};
use super::i18n::Tr;
use super::locale::{Phrase, When};
use super::members::member_name;
use super::page::{Ctx, Field, FieldError, Layout, Section, Tag, TagColour, errors_of};
use crate::AppState;
use crate::api::invitations::{self, InvitationDto, InvitationRequest, IssuedInvitation};
use crate::extract::Path;

/// The longest note of an invitation, in characters (as the API checks).
pub const MAX_NOTE: usize = 200;
/// The longest reason of a removal, in characters (as the domain checks).
const MAX_REASON: usize = 1000;

/// A place in a delegation, in the page language.
pub fn role_name(tr: Tr, role: DelegationRole) -> String {
    match role {
        DelegationRole::Head => tr.t("delegation-role-head"),
        DelegationRole::Delegate => tr.t("delegation-role-delegate"),
        DelegationRole::Alternate => tr.t("delegation-role-alternate"),
    }
}

/// What an invitation makes of the person, in the page language.
fn kind_name(tr: Tr, kind: InvitationKind) -> String {
    match kind {
        InvitationKind::Head => role_name(tr, DelegationRole::Head),
        InvitationKind::Delegate => role_name(tr, DelegationRole::Delegate),
        InvitationKind::Alternate => role_name(tr, DelegationRole::Alternate),
        InvitationKind::Secretariat => tr.t("invitation-kind-secretariat"),
        InvitationKind::Observer => tr.t("invitation-kind-observer"),
        InvitationKind::Stakeholder => tr.t("invitation-kind-stakeholder"),
    }
}

/// A person of a delegation, as its tables show them.
#[derive(Debug, Clone)]
pub struct PersonRow {
    /// Their place, in the page language.
    pub role: String,
    /// Their public handle.
    pub handle: String,
    /// "Entry N", the record entry where they joined.
    pub since: String,
    /// That entry's address.
    pub since_href: String,
    /// The confirmation page removing them (delegates and alternates).
    pub remove_href: Option<String>,
    /// Their name and e-mail address, for those who may see them.
    pub name: Option<super::people::Name>,
}

/// The people of a delegation, as `templates/people_table.html` shows
/// them.
#[derive(Debug, Clone)]
pub struct People {
    /// The people, head first.
    pub rows: Vec<PersonRow>,
    /// Whether the table has a column of names (the caller may see some).
    pub names_shown: bool,
    /// Whether the table has a column of removal links.
    pub removable: bool,
}

/// The people of `member`'s delegation, head first; `removable` adds the
/// removal links of delegates and alternates. Their names are shown to
/// those who may see them (the secretariat, the delegation's head).
pub async fn people(state: &AppState, ctx: &Ctx, member: Iso3, removable: bool) -> Result<People, WebError> {
    let tr = ctx.tr();
    let delegations = state.store.delegations(Some(member)).await?;
    let all: Vec<_> = delegations.iter().flat_map(|d| d.people.iter()).collect();
    let handles: Vec<Actor> = all.iter().map(|(_, handle, _)| handle.clone()).collect();
    let names = super::people::names(state, ctx, &handles).await?;
    let rows = all
        .into_iter()
        .map(|(role, handle, index)| PersonRow {
            role: role_name(tr, *role),
            handle: handle.to_string(),
            since: tr.t_args("delegation-since-entry", &[("index", tr.number(*index).into())]),
            since_href: format!("/record/entries/{index}"),
            remove_href: (removable && *role != DelegationRole::Head)
                .then(|| format!("/delegation/people/{handle}/remove")),
            name: names.get(handle).cloned(),
        })
        .collect();
    Ok(People { rows, names_shown: !names.is_empty(), removable })
}

/// A row of an invitations table.
#[derive(Debug, Clone)]
pub struct InvitationRow {
    /// Its id, for the revoke form.
    pub id: String,
    /// What it makes of the person.
    pub kind: String,
    /// The member state's name, if any.
    pub member: String,
    /// Whom it is for (private).
    pub note: String,
    /// Open, used, revoked or expired.
    pub status: Tag,
    /// Until when it can be used.
    pub expires: When,
    /// Whether it can still be revoked.
    pub open: bool,
    /// Who used it: their handle, and their name for those who may see it.
    pub used_by: Option<(String, Option<super::people::Name>)>,
}

/// The rows of `invitations` in the page language, the states named from
/// `names` (by code), the people who used them named for those who may
/// see their names.
pub async fn invitation_rows(
    state: &AppState,
    ctx: &Ctx,
    invitations: &[Invitation],
    names: &HashMap<Iso3, String>,
) -> Result<Vec<InvitationRow>, WebError> {
    let tr = ctx.tr();
    let used_by: Vec<Actor> = invitations.iter().filter_map(|i| i.used_by.clone()).collect();
    let people = super::people::names(state, ctx, &used_by).await?;
    Ok(invitations
        .iter()
        .map(|invitation| {
            let dto = InvitationDto::from(invitation);
            let (text, colour) = match dto.status {
                "open" => (tr.t("invitation-status-open"), TagColour::Blue),
                "used" => (tr.t("invitation-status-used"), TagColour::Green),
                "revoked" => (tr.t("invitation-status-revoked"), TagColour::Grey),
                _ => (tr.t("invitation-status-expired"), TagColour::Grey),
            };
            let member = invitation
                .member
                .map_or_else(String::new, |code| names.get(&code).cloned().unwrap_or_else(|| code.to_string()));
            InvitationRow {
                id: invitation.id.clone(),
                kind: kind_name(tr, invitation.kind),
                member,
                note: invitation.note.clone(),
                open: dto.status == "open",
                status: Tag { text, colour },
                expires: tr.when_text(&dto.expires_at),
                used_by: invitation.used_by.as_ref().map(|h| (h.to_string(), people.get(h).cloned())),
            }
        })
        .collect())
}

#[derive(Template)]
#[template(path = "invitation_issued.html")]
struct IssuedPage {
    page: Layout,
    heading: String,
    lead: Phrase,
    url: String,
    email: Option<String>,
    back: (String, &'static str),
}

/// The answer to a form that made an invitation: its link, shown once
/// (201, never stored by the browser), and whether it was e-mailed.
pub async fn issued_page(
    state: &AppState,
    ctx: &Ctx,
    issued: &IssuedInvitation,
    emailing: bool,
    section: Section,
    back: (String, &'static str),
) -> Response {
    let tr = ctx.tr();
    let heading = tr.t("issued-title");
    let expires = tr.when_text(&issued.invitation.expires_at);
    let email = emailing.then(|| mail_outcome(state, tr, issued.emailed));
    let template = IssuedPage {
        page: Layout::new(state, ctx, &heading, section).await.private().crumb(tr.t("site-home"), "/"),
        lead: tr.phrase("issued-lead", &[("note", issued.invitation.note.as_str().into())], "expires", expires),
        heading,
        url: issued.url.clone(),
        email,
        back,
    };
    template.page.respond(StatusCode::CREATED, &template)
}

/// What became of the e-mail an invitation form asked for: sent; not
/// sent, because this server sends no e-mail (nothing failed: the person
/// is given the link by hand); or not sent because sending failed.
pub fn mail_outcome(state: &AppState, tr: Tr, emailed: bool) -> String {
    match (state.mailer.is_some(), emailed) {
        (_, true) => tr.t("issued-emailed"),
        (false, false) => tr.t("issued-no-mail"),
        (true, false) => tr.t("issued-not-emailed"),
    }
}

/// The fields shared by the invitation forms: the note and the e-mail.
pub struct InviteFields {
    /// Whom it is for (private, required).
    pub note: Field,
    /// Where to send the link too (optional).
    pub email: Field,
}

impl InviteFields {
    /// The fields, with the values sent (if any) checked.
    pub fn new(tr: Tr, note: &str, email: &str, check: bool) -> InviteFields {
        let mut note_field =
            Field::new(tr, "note", tr.t("invite-note-label")).hint(tr.t("invite-note-hint")).value(note);
        let mut email_field = Field::new(tr, "email", tr.t("invite-email-label"))
            .hint(tr.t("invite-email-hint"))
            .autocomplete("off")
            .value(email);
        email_field.kind = "email";
        if check {
            if note.trim().is_empty() {
                note_field.fail(tr.t("invite-note-missing"));
            } else if note.trim().chars().count() > MAX_NOTE {
                note_field.fail(tr.t_args("text-too-long", &[("max", tr.number(MAX_NOTE as u64).into())]));
            }
            let email = email.trim();
            let plausible = email.split_once('@').is_some_and(|(name, host)| {
                !name.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
            });
            if !email.is_empty() && (!plausible || email.contains(char::is_whitespace)) {
                email_field.fail(tr.t("invite-email-error"));
            }
        }
        InviteFields { note: note_field, email: email_field }
    }

    /// The e-mail address to send to, if one was given.
    pub fn email(&self) -> Option<String> {
        Some(self.email.value.trim().to_owned()).filter(|e| !e.is_empty())
    }
}

/// The member state whose delegation the caller heads; visitors are sent
/// to sign in, everyone else but a head of delegation refused.
fn headed_member(state: &AppState, ctx: &Ctx) -> Result<Iso3, WebError> {
    let member = ctx.caller.principal.member;
    ctx.require(state, Action::InviteDelegationMember, member.map_or(Target::None, Target::Member))?;
    match (ctx.caller.principal.role, member) {
        (Role::HeadOfDelegation, Some(member)) => Ok(member),
        _ => Err(WebError::Forbidden("only a head of delegation manages a delegation".into())),
    }
}

/// A radio button of the invitation's kind.
#[derive(Debug, Clone)]
pub struct Radio {
    /// The `id` of the input.
    pub id: &'static str,
    /// The value sent.
    pub value: &'static str,
    /// Its label.
    pub label: String,
    /// Whether it is checked.
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "delegation.html")]
struct DelegationPage {
    page: Layout,
    heading: String,
    guard: Guard,
    errors: Vec<FieldError>,
    people: People,
    kind_error: Option<String>,
    kinds: Vec<Radio>,
    note: Field,
    email: Field,
    invitations: Vec<InvitationRow>,
    consultations: Vec<OpenConsultation>,
    keys: KeysSection,
    /// The state's profile in the divide index.
    divide_href: String,
}

/// `GET /delegation`: the head's page, or, for a delegate or an
/// alternate, their delegation read-only.
pub async fn page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    if let (Some(_), Role::Delegate | Role::Alternate, Some(member)) =
        (ctx.account(), ctx.caller.principal.role, ctx.caller.principal.member)
    {
        return read_only_page(&state, &ctx, member).await;
    }
    let member = headed_member(&state, &ctx)?;
    head_page(&state, &ctx, member, KeysSent::default()).await
}

/// The head's page of `member`'s delegation, with what a failed key form
/// sent (`web::ballot::keys`).
pub(crate) async fn head_page(state: &AppState, ctx: &Ctx, member: Iso3, keys: KeysSent) -> Result<Response, WebError> {
    delegation_page(state, ctx, member, "", InviteFields::new(ctx.tr(), "", "", false), None, keys).await
}

async fn delegation_page(
    state: &AppState,
    ctx: &Ctx,
    member: Iso3,
    kind: &str,
    fields: InviteFields,
    kind_error: Option<String>,
    keys: KeysSent,
) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let name = member_name(state, tr, member).await?;
    let heading = tr.t_args("delegation-title", &[("member", name.as_str().into())]);
    let mut errors = Vec::new();
    if let Some(message) = &kind_error {
        errors.push(FieldError { field: "kind-delegate", message: message.clone() });
    }
    errors.extend(errors_of(&[&fields.note, &fields.email]));
    let keys = keys::section(state, tr, member, true, &keys).await?;
    errors.extend(errors_of(&keys.fields()));
    let (page, status) =
        Layout::new(state, ctx, &heading, Section::Delegation).await.crumb(tr.t("site-home"), "/").for_form(&errors);
    let invitations = invitations::issued_by(state, &ctx.caller).await.map_err(WebError::from_api)?;
    let template = DelegationPage {
        page,
        heading,
        guard: Guard::new(ctx),
        errors,
        people: people(state, ctx, member, true).await?,
        kinds: vec![
            Radio {
                id: "kind-delegate",
                value: "delegate",
                label: tr.t("delegation-role-delegate"),
                checked: kind == "delegate",
            },
            Radio {
                id: "kind-alternate",
                value: "alternate",
                label: tr.t("delegation-role-alternate"),
                checked: kind == "alternate",
            },
        ],
        kind_error,
        note: fields.note,
        email: fields.email,
        // A head invites only to their own delegation.
        invitations: invitation_rows(state, ctx, &invitations, &HashMap::from([(member, name)])).await?,
        consultations: open_consultations(state, ctx).await?,
        keys,
        divide_href: format!("/divide/{member}"),
    };
    Ok(template.page.respond(status, &template))
}

#[derive(Template)]
#[template(path = "delegation_member.html")]
struct MemberPage {
    page: Layout,
    heading: String,
    lead: String,
    member_href: String,
    /// The state's profile in the divide index.
    divide_href: String,
    people: People,
    consultations: Vec<OpenConsultation>,
    guard: Guard,
    keys: KeysSection,
}

/// The delegation of a delegate or an alternate, read-only: who is in it
/// and what they can do now.
async fn read_only_page(state: &AppState, ctx: &Ctx, member: Iso3) -> Result<Response, WebError> {
    ctx.require(state, Action::ReadPublic, Target::Member(member))?;
    let tr = ctx.tr();
    let name = member_name(state, tr, member).await?;
    let heading = tr.t_args("delegation-title", &[("member", name.as_str().into())]);
    let role = ctx.caller.principal.role.delegation_role().unwrap_or(DelegationRole::Delegate);
    let template = MemberPage {
        page: Layout::new(state, ctx, &heading, Section::Delegation).await.crumb(tr.t("site-home"), "/"),
        lead: tr.t_args("delegation-member-lead", &[("role", role.code().into()), ("member", name.as_str().into())]),
        heading,
        member_href: format!("/members/{member}"),
        divide_href: format!("/divide/{member}"),
        people: people(state, ctx, member, false).await?,
        consultations: open_consultations(state, ctx).await?,
        guard: Guard::new(ctx),
        keys: keys::section(state, tr, member, false, &KeysSent::default()).await?,
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}

/// `POST /delegation/invitations`: invites a delegate or an alternate;
/// answers with the link, once.
pub async fn invite(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let member = headed_member(&state, ctx)?;
    let tr = ctx.tr();
    let kind = form.get("kind");
    let fields = InviteFields::new(tr, form.get("note"), form.get("email"), true);
    let kind_error = (!matches!(kind, "delegate" | "alternate")).then(|| tr.t("delegation-kind-error"));
    if kind_error.is_some() || fields.note.error.is_some() || fields.email.error.is_some() {
        return delegation_page(&state, ctx, member, kind, fields, kind_error, KeysSent::default()).await;
    }
    let request = InvitationRequest {
        kind: kind.to_owned(),
        member: Some(member.to_string()),
        organization: None,
        note: fields.note.value.trim().to_owned(),
        email: fields.email(),
    };
    let issued = invitations::issue(&state, &ctx.caller, request).await.map_err(WebError::from_api)?;
    Ok(issued_page(
        &state,
        ctx,
        &issued,
        fields.email().is_some(),
        Section::Delegation,
        (tr.t("delegation-back"), "/delegation"),
    )
    .await)
}

#[derive(Template)]
#[template(path = "delegation_remove.html")]
struct RemovePage {
    page: Layout,
    heading: String,
    guard: Guard,
    errors: Vec<FieldError>,
    action: String,
    back: &'static str,
    reason: Field,
}

/// Who removes someone from a delegation, and so whom they may remove and
/// where the pages lead.
#[derive(Debug, Clone, Copy)]
enum Remover {
    /// A head removes a delegate or an alternate of their own delegation.
    Head,
    /// The secretariat withdraws a state's head of delegation.
    Secretariat(Iso3),
}

impl Remover {
    /// The page to go back to.
    fn back(self) -> &'static str {
        match self {
            Remover::Head => "/delegation",
            Remover::Secretariat(_) => "/secretariat/accreditation",
        }
    }

    /// Where the confirmation is sent.
    fn action(self, handle: &Actor) -> String {
        match self {
            Remover::Head => format!("/delegation/people/{handle}/remove"),
            Remover::Secretariat(member) => format!("/secretariat/accreditation/{member}/withdraw"),
        }
    }

    /// The member state and the person to remove: for a head, `handle` if
    /// a delegate or alternate of their delegation; for the secretariat,
    /// the state's head. Anything else is a 404.
    async fn target(self, state: &AppState, ctx: &Ctx, handle: Option<&str>) -> Result<(Iso3, Actor), WebError> {
        let (member, wanted) = match self {
            Remover::Head => {
                let handle = Actor::try_from(handle.unwrap_or_default().to_owned()).map_err(|_| WebError::NotFound)?;
                (headed_member(state, ctx)?, Some(handle))
            }
            Remover::Secretariat(member) => {
                ctx.require(state, Action::WithdrawHead, Target::Member(member))?;
                (member, None)
            }
        };
        let delegations = state.store.delegations(Some(member)).await?;
        let found = delegations.iter().flat_map(|d| d.people.iter()).find(|(role, person, _)| match &wanted {
            Some(handle) => person == handle && *role != DelegationRole::Head,
            None => *role == DelegationRole::Head,
        });
        found.map(|(_, person, _)| (member, person.clone())).ok_or(WebError::NotFound)
    }

    fn section(self) -> (Section, &'static str) {
        match self {
            Remover::Head => (Section::Delegation, "/delegation"),
            Remover::Secretariat(_) => (Section::Secretariat, "/secretariat"),
        }
    }
}

async fn remove_page(state: &AppState, ctx: &Ctx, remover: Remover, handle: &Actor, reason: Field) -> Response {
    let tr = ctx.tr();
    let heading = tr.t_args("remove-title", &[("handle", handle.as_str().into())]);
    let errors = errors_of(&[&reason]);
    let (section, area) = remover.section();
    let area_name = match remover {
        Remover::Head => tr.t("site-delegation"),
        Remover::Secretariat(_) => tr.t("site-secretariat"),
    };
    let (page, status) = Layout::new(state, ctx, &heading, section)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(area_name, area)
        .for_form(&errors);
    let template = RemovePage {
        page,
        heading,
        guard: Guard::new(ctx),
        errors,
        action: remover.action(handle),
        back: remover.back(),
        reason,
    };
    template.page.respond(status, &template)
}

fn reason_field(tr: Tr, value: &str) -> Field {
    Field::new(tr, "reason", tr.t("remove-reason-label")).hint(tr.t("remove-reason-hint")).value(value)
}

async fn confirm_removal(
    state: &AppState,
    ctx: &Ctx,
    remover: Remover,
    handle: Option<&str>,
) -> Result<Response, WebError> {
    let (_, handle) = remover.target(state, ctx, handle).await?;
    Ok(remove_page(state, ctx, remover, &handle, reason_field(ctx.tr(), "")).await)
}

/// Records the removal confirmed by `form`, or shows the form again when
/// the reason is too long.
async fn removal(
    state: &AppState,
    form: &Posted,
    remover: Remover,
    handle: Option<&str>,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let (member, handle) = remover.target(state, ctx, handle).await?;
    let tr = ctx.tr();
    let reason = form.get("reason").trim();
    let mut field = reason_field(tr, reason);
    if reason.chars().count() > MAX_REASON {
        field.fail(tr.t_args("text-too-long", &[("max", tr.number(MAX_REASON as u64).into())]));
        return Ok(remove_page(state, ctx, remover, &handle, field).await);
    }
    let command = Command::RemoveDelegationMember { member, handle, reason: reason.to_owned() };
    crate::api::submit(state, &ctx.caller, command).await.map_err(WebError::from_api)?;
    Ok(see_other(remover.back(), Some("notice-person-removed")))
}

/// `GET /delegation/people/{handle}/remove`: asks to confirm, with an
/// optional reason.
pub async fn remove_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(handle): Path<String>,
) -> Result<Response, WebError> {
    confirm_removal(&state, &ctx, Remover::Head, Some(&handle)).await
}

/// `POST /delegation/people/{handle}/remove`.
pub async fn remove(
    State(state): State<AppState>,
    Path(handle): Path<String>,
    form: Posted,
) -> Result<Response, WebError> {
    removal(&state, &form, Remover::Head, Some(&handle)).await
}

/// `GET /secretariat/accreditation/{member}/withdraw`: the secretariat
/// confirms withdrawing a state's head of delegation.
pub async fn withdraw_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(member): Path<String>,
) -> Result<Response, WebError> {
    confirm_removal(&state, &ctx, Remover::Secretariat(member_of(&member)?), None).await
}

/// `POST /secretariat/accreditation/{member}/withdraw`.
pub async fn withdraw(
    State(state): State<AppState>,
    Path(member): Path<String>,
    form: Posted,
) -> Result<Response, WebError> {
    removal(&state, &form, Remover::Secretariat(member_of(&member)?), None).await
}

/// A member state's code from a path, or 404.
fn member_of(code: &str) -> Result<Iso3, WebError> {
    code.to_ascii_uppercase().parse().map_err(|_: String| WebError::NotFound)
}

/// `POST /invitations/{id}/revoke`: revokes one's open invitation (any,
/// for the secretariat) and goes back to the list it was in.
pub async fn revoke(State(state): State<AppState>, Path(id): Path<String>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::ManageInvitations, Target::None)?;
    invitations::revoke_invitation(&state, &ctx.caller, &id).await.map_err(WebError::from_api)?;
    let back = match ctx.caller.principal.role {
        Role::Secretariat => "/secretariat/accreditation",
        Role::HeadOfDelegation => "/delegation",
        _ => "/account",
    };
    Ok(see_other(back, Some("notice-invitation-revoked")))
}
