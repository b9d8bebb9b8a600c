//! Stakeholder organizations and their admission:
//! - `GET /organizations`: the organizations in their chambers, filtered by
//!   chamber and status;
//! - `GET /organizations/{id}`: one organization, its members, and for its
//!   manager the invitation form (`POST /organizations/{id}/invitations`,
//!   which shows the one-time link once) and a remove button per member
//!   (`POST /organizations/{id}/members/{handle}/remove`);
//! - `GET/POST /organizations/apply`: a participant applies;
//! - `GET /secretariat/organizations` and
//!   `POST /secretariat/organizations/{id}/decision`: the secretariat admits
//!   or declines the applications waiting.
//!
//! The checks and the acts are the API's (`api::people`, `api::invitations`,
//! `api::submit_or_refuse`); these handlers turn their answers, and the
//! domain's refusals, into pages in the user's language.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Role, Target, authorize};
use domain::member::Iso3;
use domain::people::{Chamber, OrganizationStatus};
use domain::{Actor, Command, Rejection};
use store::OrganizationRecord;

use super::errors::WebError;
use super::form::{Guard, Posted, see_other};
use super::i18n::Tr;
use super::locale::Phrase;
use super::members::{member_name, names_in_order};
use super::page::{
    Choice, Ctx, Field, FieldError, Layout, Pagination, Section, Tag, TagColour, errors_of, page_number,
};
use crate::AppState;
use crate::api::invitations::{self, InvitationRequest};
use crate::api::people::{Application, ApplicationProblem};
use crate::error::ApiError;
use crate::extract::Path;

/// The longest note of an invitation, as the API accepts it.
const MAX_NOTE: usize = 200;
/// How many decided organizations the admission screen lists.
const RECENT: usize = 20;

/// The message id of a chamber's name.
fn chamber_id(chamber: Chamber) -> String {
    format!("chamber-{}", chamber.code())
}

/// The message id of a chamber's description.
fn chamber_about_id(chamber: Chamber) -> String {
    format!("chamber-about-{}", chamber.code())
}

/// The message id of a status.
fn status_id(status: OrganizationStatus) -> String {
    format!("orgs-status-{}", status.code())
}

/// Every message id built at run time here, for the message tests.
pub fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = Chamber::ALL.iter().map(|c| chamber_id(*c)).collect();
    ids.extend(Chamber::ALL.iter().map(|c| chamber_about_id(*c)));
    ids.extend(STATUSES.iter().map(|s| status_id(*s)));
    ids
}

/// Every status, in the order of the filter.
const STATUSES: [OrganizationStatus; 3] =
    [OrganizationStatus::Applied, OrganizationStatus::Admitted, OrganizationStatus::Declined];

/// An organization's status as a tag.
fn status_tag(tr: Tr, status: OrganizationStatus) -> Tag {
    let colour = match status {
        OrganizationStatus::Applied => TagColour::Blue,
        OrganizationStatus::Admitted => TagColour::Green,
        OrganizationStatus::Declined => TagColour::Grey,
    };
    Tag { text: tr.t(&status_id(status)), colour }
}

/// The name of the state an organization is based in, or "not given".
fn country_name(tr: Tr, names: &HashMap<Iso3, String>, record: &OrganizationRecord) -> String {
    record
        .country
        .map_or_else(|| tr.t("orgs-no-country"), |code| names.get(&code).cloned().unwrap_or_else(|| code.to_string()))
}

/// The names of the states, by code, in the page language.
async fn names_by_code(state: &AppState, tr: Tr) -> Result<HashMap<Iso3, String>, WebError> {
    Ok(names_in_order(state, tr).await?.into_iter().collect())
}

/// A row of the list of organizations.
struct Row {
    href: String,
    name: String,
    chamber: String,
    country: String,
    status: Tag,
}

/// A chamber and what it is for.
struct ChamberInfo {
    name: String,
    about: String,
}

#[derive(Template)]
#[template(path = "organizations.html")]
struct Directory {
    page: Layout,
    chambers: Vec<ChamberInfo>,
    chamber: Field,
    status: Field,
    errors: Vec<FieldError>,
    count: String,
    rows: Vec<Row>,
    pagination: Pagination,
    may_apply: bool,
    /// A visitor: the apply link leads through signing up or in.
    visitor: bool,
}

/// Organizations per page of the list.
const PER_PAGE: usize = 25;

/// `GET /organizations?chamber=&status=`.
pub async fn directory(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let (chamber, chamber_filter) = filter(
        &ctx,
        "chamber",
        tr.t("orgs-chamber-label"),
        tr.t("orgs-any-chamber"),
        Chamber::ALL.iter().map(|c| (*c, c.code(), tr.t(&chamber_id(*c)))).collect(),
        tr.t("orgs-error-chamber"),
    );
    let (status, status_filter) = filter(
        &ctx,
        "status",
        tr.t("orgs-status-label"),
        tr.t("orgs-any-status"),
        STATUSES.iter().map(|s| (*s, s.code(), tr.t(&status_id(*s)))).collect(),
        tr.t("orgs-error-status"),
    );
    let errors = errors_of(&[&chamber, &status]);
    let records = if errors.is_empty() {
        state.store.organizations(None, chamber_filter, status_filter).await?
    } else {
        Vec::new()
    };
    let names = names_by_code(&state, tr).await?;
    let total = records.len();
    let last = total.div_ceil(PER_PAGE).max(1) as u64;
    let current = page_number(&ctx)?.min(last);
    let skip = usize::try_from(current - 1).unwrap_or(usize::MAX).saturating_mul(PER_PAGE);
    let rows = records
        .iter()
        .skip(skip)
        .take(PER_PAGE)
        .map(|record| Row {
            href: format!("/organizations/{}", record.id),
            name: record.name.clone(),
            chamber: tr.t(&chamber_id(record.chamber)),
            country: country_name(tr, &names, record),
            status: status_tag(tr, record.status),
        })
        .collect::<Vec<_>>();
    let (page, _) = Layout::new(&state, &ctx, &tr.t("orgs-title"), Section::Organizations)
        .await
        .crumb(tr.t("site-home"), "/")
        .for_form(&errors);
    let template = Directory {
        page,
        chambers: Chamber::ALL
            .iter()
            .map(|c| ChamberInfo { name: tr.t(&chamber_id(*c)), about: tr.t(&chamber_about_id(*c)) })
            .collect(),
        chamber,
        status,
        errors,
        count: tr.t_args("orgs-count", &[("count", total.into())]),
        rows,
        pagination: Pagination::new(&ctx, current, last),
        may_apply: ctx.account().is_some() && ctx.caller.principal.role == Role::Participant,
        visitor: ctx.account().is_none(),
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}

/// A select filter over `all` (value, code, label) with an "any" choice;
/// an unknown value keeps "any" selected and is an error.
fn filter<T: Copy + PartialEq>(
    ctx: &Ctx,
    name: &'static str,
    label: String,
    any: String,
    all: Vec<(T, &'static str, String)>,
    error: String,
) -> (Field, Option<T>) {
    let mut field = Field::new(ctx.tr(), name, label);
    let sent = ctx.param(name).unwrap_or("");
    field.value = sent.to_owned();
    let parsed = all.iter().find(|(_, code, _)| *code == sent).map(|(value, _, _)| *value);
    if !sent.is_empty() && parsed.is_none() {
        field.fail(error);
    }
    field.choices.push(Choice { value: String::new(), label: any, selected: parsed.is_none() });
    for (value, code, text) in all {
        field.choices.push(Choice { value: code.to_owned(), label: text, selected: parsed == Some(value) });
    }
    (field, parsed)
}

/// A row of an organization's details.
struct Detail {
    key: String,
    value: String,
    href: Option<String>,
    /// A link to another site, which the organization gave: not endorsed.
    external: bool,
}

impl Detail {
    fn new(key: String, value: String) -> Detail {
        Detail { key, value, href: None, external: false }
    }

    fn link(mut self, href: String) -> Detail {
        self.href = Some(href);
        self
    }
}

/// A member of an organization, as its page lists them.
struct Member {
    handle: String,
    /// Their name and e-mail address, for those who may see them.
    name: Option<super::people::Name>,
    manager: bool,
    /// The remove button's text, which names the person.
    remove_label: String,
    /// Where the manager's remove button posts (none for the manager).
    remove: Option<String>,
}

/// The invitation form of an organization's manager.
struct InviteForm {
    action: String,
    guard: Guard,
    note: Field,
    email: Field,
}

#[derive(Template)]
#[template(path = "organization.html")]
struct OrganizationPage {
    page: Layout,
    heading: String,
    status: Tag,
    manager_tag: Tag,
    details: Vec<Detail>,
    members: Vec<Member>,
    errors: Vec<FieldError>,
    /// For the manager: the invitation form.
    invite: Option<InviteForm>,
    /// For the manager: the guard of the remove buttons.
    remove_guard: Option<Guard>,
}

/// The organization numbered `id` (a path segment), or a 404.
async fn organization_of(state: &AppState, id: &str) -> Result<OrganizationRecord, WebError> {
    let id = crate::extract::number(id).ok_or(WebError::NotFound)?;
    state.store.organizations(Some(id), None, None).await?.into_iter().next().ok_or(WebError::NotFound)
}

/// Whether the caller may invite members of organization `id`.
fn manages(ctx: &Ctx, id: u64) -> bool {
    ctx.account().is_some()
        && authorize(
            &ctx.caller.principal,
            &ctx.caller.scope,
            Action::InviteOrganizationMember,
            Target::Organization(id),
        )
        .is_ok()
}

/// `GET /organizations/{id}`.
pub async fn organization(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let record = organization_of(&state, &id).await?;
    organization_page(&state, &ctx, record, "", "", None).await
}

/// The page of `record`; for its manager with the invitation form holding
/// `note` and `email`, and `note_error` beside the note (status 422).
async fn organization_page(
    state: &AppState,
    ctx: &Ctx,
    record: OrganizationRecord,
    note: &str,
    email: &str,
    note_error: Option<String>,
) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let entry = |index: u64| tr.t_args("org-entry", &[("index", tr.number(index).into())]);
    let mut details = vec![Detail::new(tr.t("org-chamber"), tr.t(&chamber_id(record.chamber)))];
    let country_text = match record.country {
        Some(code) => member_name(state, tr, code).await?,
        None => tr.t("orgs-no-country"),
    };
    let country = Detail::new(tr.t("org-country"), country_text);
    details.push(match record.country {
        Some(code) => country.link(format!("/members/{code}")),
        None => country,
    });
    if let Some(website) = &record.website {
        let mut row = Detail::new(tr.t("org-website"), website.clone()).link(website.clone());
        row.external = true;
        details.push(row);
    }
    let applicant = match super::people::name_of(state, ctx, &record.applicant).await? {
        Some(person) => format!("{} ({})", record.applicant, person.name),
        None => record.applicant.to_string(),
    };
    details.push(Detail::new(tr.t("org-applicant"), applicant));
    details.push(
        Detail::new(tr.t("org-applied"), entry(record.applied_at))
            .link(format!("/record/entries/{}", record.applied_at)),
    );
    if let Some(decided) = record.decided_at {
        details.push(Detail::new(tr.t("org-decided"), entry(decided)).link(format!("/record/entries/{decided}")));
    }
    if let Some(reason) = &record.reason {
        details.push(Detail::new(tr.t("org-reason"), reason.clone()));
    }
    let manager = manages(ctx, record.id);
    let may_remove = ctx.account().is_some()
        && authorize(
            &ctx.caller.principal,
            &ctx.caller.scope,
            Action::RemoveOrganizationMember,
            Target::Organization(record.id),
        )
        .is_ok();
    let handles: Vec<Actor> = record.members.iter().chain([&record.applicant]).cloned().collect();
    let people = super::people::names(state, ctx, &handles).await?;
    let members = record
        .members
        .iter()
        .map(|handle| {
            let is_manager = *handle == record.applicant;
            Member {
                handle: handle.to_string(),
                name: people.get(handle).cloned(),
                manager: is_manager,
                remove_label: tr.t_args("org-remove", &[("handle", handle.to_string().into())]),
                remove: (may_remove && !is_manager)
                    .then(|| format!("/organizations/{}/members/{handle}/remove", record.id)),
            }
        })
        .collect();
    let invite = manager.then(|| {
        let mut note_field =
            Field::new(tr, "note", tr.t("org-invite-note")).hint(tr.t("org-invite-note-hint")).value(note);
        if let Some(error) = note_error {
            note_field.fail(error);
        }
        let mut email_field =
            Field::new(tr, "email", tr.t("org-invite-email")).hint(tr.t("org-invite-email-hint")).value(email);
        email_field.kind = "email";
        email_field.autocomplete = "email";
        InviteForm {
            action: format!("/organizations/{}/invitations", record.id),
            guard: Guard::new(ctx),
            note: note_field,
            email: email_field,
        }
    });
    let errors = invite.as_ref().map_or_else(Vec::new, |form| errors_of(&[&form.note, &form.email]));
    let (page, status) = Layout::new(state, ctx, &record.name, Section::Organizations)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("orgs-title"), "/organizations")
        .for_form(&errors);
    let template = OrganizationPage {
        page,
        status: status_tag(tr, record.status),
        manager_tag: Tag { text: tr.t("org-manager"), colour: TagColour::Grey },
        heading: record.name,
        details,
        members,
        errors,
        invite,
        remove_guard: may_remove.then(|| Guard::new(ctx)),
    };
    Ok(template.page.respond(status, &template))
}

#[derive(Template)]
#[template(path = "organization_invited.html")]
struct InvitedPage {
    page: Layout,
    back: String,
    url: String,
    once: Phrase,
    /// What became of the e-mail asked for, if one was.
    emailed: Option<String>,
}

/// `POST /organizations/{id}/invitations`: the manager invites a member.
/// The answer is the one-time link itself (201, never stored by the
/// browser): its token is kept only as a hash, so it cannot be shown
/// again after a redirect.
pub async fn invite(State(state): State<AppState>, Path(id): Path<String>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let record = organization_of(&state, &id).await?;
    ctx.require(&state, Action::InviteOrganizationMember, Target::Organization(record.id))?;
    let tr = ctx.tr();
    let (note, email) = (form.get("note").trim(), form.get("email").trim());
    if note.chars().count() > MAX_NOTE {
        let error = tr.t_args("org-invite-error-note", &[("max", tr.number(MAX_NOTE as u64).into())]);
        return organization_page(&state, ctx, record, note, email, Some(error)).await;
    }
    let request = InvitationRequest {
        kind: "stakeholder".into(),
        member: None,
        organization: Some(record.id),
        note: note.to_owned(),
        email: Some(email.to_owned()).filter(|e| !e.is_empty()),
    };
    let issued = invitations::issue(&state, &ctx.caller, request).await.map_err(WebError::from_api)?;
    let until = &issued.invitation.expires_at;
    let template = InvitedPage {
        page: Layout::new(&state, ctx, &tr.t("org-invite-created-title"), Section::Organizations)
            .await
            .crumb(tr.t("orgs-title"), "/organizations")
            .crumb(record.name.clone(), &format!("/organizations/{}", record.id))
            .private(),
        back: format!("/organizations/{}", record.id),
        url: issued.url,
        once: tr.phrase("org-invite-once", &[], "date", tr.when_text(until)),
        emailed: (!email.is_empty()).then(|| super::delegation::mail_outcome(&state, tr, issued.emailed)),
    };
    Ok(template.page.respond(StatusCode::CREATED, &template))
}

/// `POST /organizations/{id}/members/{handle}/remove`: the manager (or the
/// secretariat) removes a member.
pub async fn remove(
    State(state): State<AppState>,
    Path((id, handle)): Path<(String, String)>,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let record = organization_of(&state, &id).await?;
    ctx.require(&state, Action::RemoveOrganizationMember, Target::Organization(record.id))?;
    let handle = Actor::try_from(handle).map_err(|_| WebError::NotFound)?;
    let command = Command::RemoveOrganizationMember { id: record.id, handle };
    match crate::api::submit_or_refuse(&state, &ctx.caller, command).await.map_err(WebError::from_api)? {
        Ok(_) => Ok(see_other(&format!("/organizations/{}", record.id), Some("notice-person-removed"))),
        Err(rejection) => Err(WebError::from_api(rejection.into())),
    }
}

#[derive(Template)]
#[template(path = "organization_apply.html")]
struct ApplyPage {
    page: Layout,
    guard: Guard,
    errors: Vec<FieldError>,
    name: Field,
    chamber: Field,
    country: Field,
    website: Field,
}

/// What a participant sent to apply.
#[derive(Debug, Default)]
struct Sent<'a> {
    name: &'a str,
    chamber: &'a str,
    country: &'a str,
    website: &'a str,
}

/// The errors of an application, by field.
#[derive(Debug, Default)]
struct ApplyErrors {
    name: Option<String>,
    chamber: Option<String>,
    country: Option<String>,
    website: Option<String>,
}

/// `GET /organizations/apply`.
pub async fn apply_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::ApplyOrganization, Target::None)?;
    apply_page(&state, &ctx, &Sent::default(), ApplyErrors::default()).await
}

async fn apply_page(state: &AppState, ctx: &Ctx, sent: &Sent<'_>, errors: ApplyErrors) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let mut name = Field::new(tr, "name", tr.t("apply-name")).autocomplete("organization").value(sent.name);
    let mut chamber = Field::new(tr, "chamber", tr.t("apply-chamber")).hint(tr.t("apply-chamber-hint"));
    chamber.choices = Chamber::ALL
        .iter()
        .map(|c| Choice {
            value: c.code().to_owned(),
            label: tr.t(&chamber_id(*c)),
            selected: c.code() == sent.chamber,
        })
        .collect();
    let mut country = Field::new(tr, "country", tr.t("apply-country"));
    country.choices.push(Choice {
        value: String::new(),
        label: tr.t("orgs-no-country"),
        selected: sent.country.is_empty(),
    });
    for (code, label) in names_in_order(state, tr).await? {
        let code = code.to_string();
        country.choices.push(Choice { selected: code == sent.country, value: code, label });
    }
    let mut website =
        Field::new(tr, "website", tr.t("apply-website")).hint(tr.t("apply-website-hint")).value(sent.website);
    website.kind = "url";
    website.autocomplete = "url";
    for (field, error) in [
        (&mut name, errors.name),
        (&mut chamber, errors.chamber),
        (&mut country, errors.country),
        (&mut website, errors.website),
    ] {
        if let Some(error) = error {
            field.fail(error);
        }
    }
    let errors = errors_of(&[&name, &chamber, &country, &website]);
    let (page, status) = Layout::new(state, ctx, &tr.t("apply-title"), Section::Organizations)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("orgs-title"), "/organizations")
        .for_form(&errors);
    let template = ApplyPage { page, guard: Guard::new(ctx), errors, name, chamber, country, website };
    Ok(template.page.respond(status, &template))
}

/// `POST /organizations/apply`.
pub async fn apply(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::ApplyOrganization, Target::None)?;
    let tr = ctx.tr();
    let sent = Sent {
        name: form.get("name").trim(),
        chamber: form.get("chamber"),
        country: form.get("country"),
        website: form.get("website").trim(),
    };
    let mut errors = ApplyErrors::default();
    if sent.name.is_empty() {
        errors.name = Some(tr.t("apply-error-name"));
    }
    if sent.chamber.is_empty() {
        errors.chamber = Some(tr.t("apply-error-chamber"));
    }
    if !(sent.website.is_empty() || sent.website.starts_with("https://") || sent.website.starts_with("http://")) {
        errors.website = Some(tr.t("apply-error-website"));
    }
    if errors.name.is_some() || errors.chamber.is_some() || errors.website.is_some() {
        return apply_page(&state, ctx, &sent, errors).await;
    }
    let application = Application {
        name: sent.name.to_owned(),
        chamber: sent.chamber.to_owned(),
        country: Some(sent.country.to_owned()),
        website: Some(sent.website.to_owned()),
    };
    let command = match application.command() {
        Ok(command) => command,
        Err(ApplicationProblem::Chamber(_)) => {
            errors.chamber = Some(tr.t("apply-error-chamber"));
            return apply_page(&state, ctx, &sent, errors).await;
        }
        Err(ApplicationProblem::Country(_)) => {
            errors.country = Some(tr.t("apply-error-country"));
            return apply_page(&state, ctx, &sent, errors).await;
        }
    };
    match crate::api::submit_or_refuse(&state, &ctx.caller, command).await.map_err(WebError::from_api)? {
        Ok(recorded) => {
            // The new organization's page; its number is found by its entry.
            let created = state.store.organizations(None, None, Some(OrganizationStatus::Applied)).await?;
            let to = created
                .iter()
                .find(|o| o.applied_at == recorded.log_index)
                .map_or_else(|| "/organizations".to_owned(), |o| format!("/organizations/{}", o.id));
            Ok(see_other(&to, Some("notice-applied")))
        }
        Err(rejection) => {
            match rejection {
                Rejection::Invalid { field: "website", .. } => errors.website = Some(tr.t("apply-error-website")),
                Rejection::Invalid { field: "name", .. } => errors.name = Some(tr.t("apply-error-name-form")),
                Rejection::UnknownMember(_) => errors.country = Some(tr.t("apply-error-country")),
                Rejection::ApplicationPending(_) => errors.name = Some(tr.t("apply-error-pending")),
                Rejection::AlreadyAffiliated(_) => errors.name = Some(tr.t("apply-error-affiliated")),
                other => return Err(WebError::from_api(ApiError::from(other))),
            }
            apply_page(&state, ctx, &sent, errors).await
        }
    }
}

/// A message beside a field of one of several forms on a page, whose ids
/// are made at run time.
struct Mistake {
    field: String,
    message: String,
}

/// An application waiting, with its decision form.
struct Waiting {
    id: u64,
    name: String,
    href: String,
    chamber: String,
    country: String,
    website: Option<String>,
    applicant: String,
    /// The applicant's name and e-mail address.
    applicant_name: Option<super::people::Name>,
    /// The decision's legend, which names the organization.
    legend: String,
    applied: String,
    applied_href: String,
    action: String,
    guard: Guard,
    /// `admit`, `decline` or empty, as sent.
    decision: String,
    reason: String,
    decision_error: Option<String>,
    reason_error: Option<String>,
}

/// An organization decided.
struct Decided {
    href: String,
    name: String,
    chamber: String,
    status: Tag,
    entry: String,
    entry_href: String,
}

#[derive(Template)]
#[template(path = "admissions.html")]
struct AdmissionsPage {
    page: Layout,
    errors: Vec<Mistake>,
    waiting: Vec<Waiting>,
    decided: Vec<Decided>,
}

/// The decision form sent for one application, and what is wrong with it.
struct Attempt<'a> {
    id: u64,
    decision: &'a str,
    reason: &'a str,
    decision_error: Option<String>,
    reason_error: Option<String>,
}

/// `GET /secretariat/organizations`.
pub async fn admissions(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::DecideOrganization, Target::None)?;
    admissions_page(&state, &ctx, None).await
}

async fn admissions_page(state: &AppState, ctx: &Ctx, attempt: Option<Attempt<'_>>) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let names = names_by_code(state, tr).await?;
    let records = state.store.organizations(None, None, None).await?;
    let entry = |index: u64| tr.t_args("org-entry", &[("index", tr.number(index).into())]);
    let applicants: Vec<Actor> =
        records.iter().filter(|r| r.status == OrganizationStatus::Applied).map(|r| r.applicant.clone()).collect();
    let people = super::people::names(state, ctx, &applicants).await?;
    let mut errors = Vec::new();
    let waiting = records
        .iter()
        .filter(|r| r.status == OrganizationStatus::Applied)
        .map(|r| {
            let mine = attempt.as_ref().filter(|a| a.id == r.id);
            if let Some(a) = mine {
                if let Some(message) = &a.decision_error {
                    errors.push(Mistake { field: format!("decision-{}-admit", r.id), message: message.clone() });
                }
                if let Some(message) = &a.reason_error {
                    errors.push(Mistake { field: format!("reason-{}", r.id), message: message.clone() });
                }
            }
            Waiting {
                id: r.id,
                name: r.name.clone(),
                href: format!("/organizations/{}", r.id),
                chamber: tr.t(&chamber_id(r.chamber)),
                country: country_name(tr, &names, r),
                website: r.website.clone(),
                applicant: r.applicant.to_string(),
                applicant_name: people.get(&r.applicant).cloned(),
                legend: tr.t_args("adm-decision", &[("name", r.name.clone().into())]),
                applied: entry(r.applied_at),
                applied_href: format!("/record/entries/{}", r.applied_at),
                action: format!("/secretariat/organizations/{}/decision", r.id),
                guard: Guard::new(ctx),
                decision: mine.map(|a| a.decision.to_owned()).unwrap_or_default(),
                reason: mine.map(|a| a.reason.to_owned()).unwrap_or_default(),
                decision_error: mine.and_then(|a| a.decision_error.clone()),
                reason_error: mine.and_then(|a| a.reason_error.clone()),
            }
        })
        .collect();
    let mut decided: Vec<&OrganizationRecord> = records.iter().filter(|r| r.decided_at.is_some()).collect();
    decided.sort_by_key(|r| std::cmp::Reverse(r.decided_at));
    let decided = decided
        .into_iter()
        .take(RECENT)
        .map(|r| {
            let at = r.decided_at.unwrap_or(r.applied_at);
            Decided {
                href: format!("/organizations/{}", r.id),
                name: r.name.clone(),
                chamber: tr.t(&chamber_id(r.chamber)),
                status: status_tag(tr, r.status),
                entry: entry(at),
                entry_href: format!("/record/entries/{at}"),
            }
        })
        .collect();
    let (page, status) = Layout::new(state, ctx, &tr.t("adm-title"), Section::Secretariat)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("site-secretariat"), "/secretariat")
        .for_form(&errors);
    let template = AdmissionsPage { page, errors, waiting, decided };
    Ok(template.page.respond(status, &template))
}

/// `POST /secretariat/organizations/{id}/decision`.
pub async fn decide(State(state): State<AppState>, Path(id): Path<String>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::DecideOrganization, Target::None)?;
    let record = organization_of(&state, &id).await?;
    let tr = ctx.tr();
    // The reason is public text on one line: line breaks typed in the box
    // become spaces.
    let reason = form.get("reason").split_whitespace().collect::<Vec<_>>().join(" ");
    let mut attempt = Attempt {
        id: record.id,
        decision: form.get("decision"),
        reason: form.get("reason"),
        decision_error: None,
        reason_error: None,
    };
    let admit = match attempt.decision {
        "admit" => true,
        "decline" => false,
        _ => {
            attempt.decision_error = Some(tr.t("adm-error-decision"));
            return admissions_page(&state, ctx, Some(attempt)).await;
        }
    };
    if !admit && reason.is_empty() {
        attempt.reason_error = Some(tr.t("adm-error-reason"));
        return admissions_page(&state, ctx, Some(attempt)).await;
    }
    let command =
        Command::DecideOrganization { id: record.id, admit, reason: if admit { String::new() } else { reason } };
    match crate::api::submit_or_refuse(&state, &ctx.caller, command).await.map_err(WebError::from_api)? {
        Ok(_) => Ok(see_other("/secretariat/organizations", Some("notice-decided"))),
        Err(rejection) => {
            match rejection {
                Rejection::Invalid { field: "reason", .. } => {
                    attempt.reason_error = Some(tr.t("adm-error-reason-long"))
                }
                Rejection::AlreadyAffiliated(_) => attempt.decision_error = Some(tr.t("adm-error-affiliated")),
                // Decided meanwhile (in another window): the list shows how.
                Rejection::OrganizationStatus { .. } => {
                    return Ok(see_other("/secretariat/organizations", None));
                }
                other => return Err(WebError::from_api(ApiError::from(other))),
            }
            admissions_page(&state, ctx, Some(attempt)).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_ids_cover_every_chamber_and_status() {
        let ids = message_ids();
        assert!(ids.contains(&"chamber-civil_society".to_owned()));
        assert!(ids.contains(&"chamber-about-intergovernmental".to_owned()));
        assert!(ids.contains(&"orgs-status-declined".to_owned()));
        assert_eq!(ids.len(), 11);
    }
}
