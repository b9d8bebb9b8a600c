//! The secretariat's pages: `/secretariat`, its landing page, and
//! `/secretariat/accreditation`, where it accredits heads of delegation
//! (an invitation link per head), follows the invitations it issued and
//! sees which states have a head. The admission of organizations
//! (`/secretariat/organizations`) is in its own module.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Target};
use domain::member::Iso3;
use domain::people::DelegationRole;

use super::consultation::{OpenConsultation, open_consultations};
use super::delegation::{InvitationRow, InviteFields, invitation_rows, issued_page};
use super::errors::WebError;
use super::form::{Guard, Posted};
use super::i18n::Tr;
use super::members::{member_name, names_in_order};
use super::page::{Choice, Ctx, Field, FieldError, Layout, Section, errors_of};
use crate::AppState;
use crate::api::invitations::{self, InvitationRequest};
use crate::error::ApiError;

#[derive(Template)]
#[template(path = "secretariat.html")]
struct Landing {
    page: Layout,
    consultations: Vec<OpenConsultation>,
}

/// `GET /secretariat`.
pub async fn landing(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::InviteHead, Target::None)?;
    let tr = ctx.tr();
    let page =
        Layout::new(&state, &ctx, &tr.t("secretariat-title"), Section::Secretariat).await.crumb(tr.t("site-home"), "/");
    let template = Landing { page, consultations: open_consultations(&state, &ctx).await? };
    Ok(template.page.respond(StatusCode::OK, &template))
}

/// An accredited head, in the table of heads.
struct HeadRow {
    member: String,
    href: String,
    handle: String,
    name: Option<super::people::Name>,
    withdraw_href: String,
}

#[derive(Template)]
#[template(path = "accreditation.html")]
struct AccreditationPage {
    page: Layout,
    guard: Guard,
    errors: Vec<FieldError>,
    member: Field,
    note: Field,
    email: Field,
    invitations: Vec<InvitationRow>,
    heads: Vec<HeadRow>,
}

/// `GET /secretariat/accreditation`.
pub async fn accreditation(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::InviteHead, Target::None)?;
    let fields = InviteFields::new(ctx.tr(), "", "", false);
    accreditation_page(&state, &ctx, "", None, fields).await
}

/// The member states in the page language's order (`names`), as choices.
fn member_choices(tr: Tr, names: &[(Iso3, String)], sent: &str) -> Vec<Choice> {
    let mut choices =
        vec![Choice { value: String::new(), label: tr.t("accreditation-member-choose"), selected: false }];
    choices.extend(names.iter().map(|(code, name)| {
        let code = code.to_string();
        Choice { selected: code == sent, label: name.clone(), value: code }
    }));
    if !choices.iter().any(|c| c.selected) {
        choices[0].selected = true;
    }
    choices
}

async fn accreditation_page(
    state: &AppState,
    ctx: &Ctx,
    member: &str,
    member_error: Option<String>,
    fields: InviteFields,
) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let ordered = names_in_order(state, tr).await?;
    let mut member_field = Field::new(tr, "member", tr.t("accreditation-member-label")).value(member);
    member_field.choices = member_choices(tr, &ordered, member);
    let names: HashMap<Iso3, String> = ordered.into_iter().collect();
    let name_of = |code: Iso3| names.get(&code).cloned().unwrap_or_else(|| code.to_string());
    if let Some(error) = member_error {
        member_field.fail(error);
    }
    let errors = errors_of(&[&member_field, &fields.note, &fields.email]);
    let heading = tr.t("accreditation-title");
    let (page, status) = Layout::new(state, ctx, &heading, Section::Secretariat)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("secretariat-title"), "/secretariat")
        .for_form(&errors);
    let invitations = invitations::issued_by(state, &ctx.caller).await.map_err(WebError::from_api)?;
    let mut heads = Vec::new();
    let delegations = state.store.delegations(None).await?;
    let heads_of: Vec<domain::Actor> = delegations
        .iter()
        .flat_map(|d| d.people.iter())
        .filter(|(role, _, _)| *role == DelegationRole::Head)
        .map(|(_, handle, _)| handle.clone())
        .collect();
    let people = super::people::names(state, ctx, &heads_of).await?;
    for delegation in delegations {
        for (role, handle, _) in &delegation.people {
            if *role == DelegationRole::Head {
                heads.push(HeadRow {
                    member: name_of(delegation.member),
                    href: format!("/members/{}", delegation.member),
                    handle: handle.to_string(),
                    name: people.get(handle).cloned(),
                    withdraw_href: format!("/secretariat/accreditation/{}/withdraw", delegation.member),
                });
            }
        }
    }
    heads.sort_by(|a, b| a.member.cmp(&b.member));
    let template = AccreditationPage {
        page,
        guard: Guard::new(ctx),
        errors,
        member: member_field,
        note: fields.note,
        email: fields.email,
        invitations: invitation_rows(state, ctx, &invitations, &names).await?,
        heads,
    };
    Ok(template.page.respond(status, &template))
}

/// `POST /secretariat/accreditation`: invites the head of a member
/// state's delegation; answers with the link, once.
pub async fn accredit(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::InviteHead, Target::None)?;
    let tr = ctx.tr();
    let sent = form.get("member").trim();
    let fields = InviteFields::new(tr, form.get("note"), form.get("email"), true);
    let member = match sent.to_ascii_uppercase().parse::<Iso3>() {
        _ if sent.is_empty() => Err(tr.t("accreditation-member-missing")),
        Ok(code) if state.store.member(code).await?.is_some() => Ok(code),
        _ => Err(tr.t("accreditation-member-unknown")),
    };
    let code = match member {
        Ok(code) if fields.note.error.is_none() && fields.email.error.is_none() => code,
        Ok(_) => return accreditation_page(&state, ctx, sent, None, fields).await,
        Err(error) => return accreditation_page(&state, ctx, sent, Some(error), fields).await,
    };
    let request = InvitationRequest {
        kind: "head".into(),
        member: Some(code.to_string()),
        organization: None,
        note: fields.note.value.trim().to_owned(),
        email: fields.email(),
    };
    let issued = match invitations::issue(&state, &ctx.caller, request).await {
        Ok(issued) => issued,
        // The only conflict of a head's invitation: the state has one.
        Err(ApiError::Conflict(_)) => {
            let name = member_name(&state, tr, code).await?;
            let error = tr.t_args("accreditation-member-taken", &[("member", name.into())]);
            return accreditation_page(&state, ctx, sent, Some(error), fields).await;
        }
        Err(err) => return Err(WebError::from_api(err)),
    };
    Ok(issued_page(
        &state,
        ctx,
        &issued,
        fields.email().is_some(),
        Section::Secretariat,
        (tr.t("accreditation-back"), "/secretariat/accreditation"),
    )
    .await)
}
