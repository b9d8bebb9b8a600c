//! `GET /participation`: the home of a participant, a member of a
//! stakeholder organization or an observer (where signing in leads them):
//! the organizations they applied for or belong to, and what they can do
//! now. The secretariat and delegations have their own homes
//! (`page::home_of`).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Role, Target};
use domain::people::OrganizationStatus;

use super::consultation::{OpenConsultation, open_consultations};
use super::errors::WebError;
use super::page::{Ctx, Layout, Section, Tag, TagColour, home_of};
use crate::AppState;

/// An organization of the person.
struct Affiliation {
    name: String,
    href: String,
    status: Tag,
    /// "You manage it", for the applicant of an admitted organization.
    manager: Option<Tag>,
}

#[derive(Template)]
#[template(path = "participation.html")]
struct ParticipationPage {
    page: Layout,
    lead: String,
    organizations: Vec<Affiliation>,
    consultations: Vec<OpenConsultation>,
    may_apply: bool,
}

/// `GET /participation`.
pub async fn page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::ReadOwnAccount, Target::None)?;
    let role = ctx.caller.principal.role;
    if !matches!(role, Role::Participant | Role::Stakeholder | Role::Observer) {
        return Err(WebError::Redirect(home_of(role).to_owned()));
    }
    let handle = ctx.caller.handle().cloned().ok_or_else(|| WebError::SignIn(ctx.path.clone()))?;
    let tr = ctx.tr();
    let records = state.store.organizations(None, None, None).await?;
    let organizations = records
        .into_iter()
        .filter(|o| o.applicant == handle || o.members.contains(&handle))
        .map(|o| {
            let (text, colour) = match o.status {
                OrganizationStatus::Applied => (tr.t("orgs-status-applied"), TagColour::Blue),
                OrganizationStatus::Admitted => (tr.t("orgs-status-admitted"), TagColour::Green),
                OrganizationStatus::Declined => (tr.t("orgs-status-declined"), TagColour::Grey),
            };
            let manages = o.applicant == handle && o.status == OrganizationStatus::Admitted;
            Affiliation {
                href: format!("/organizations/{}", o.id),
                name: o.name,
                status: Tag { text, colour },
                manager: manages.then(|| Tag { text: tr.t("org-manager"), colour: TagColour::Grey }),
            }
        })
        .collect();
    let lead = match role {
        Role::Observer => tr.t("participation-lead-observer"),
        Role::Stakeholder => tr.t("participation-lead-stakeholder"),
        _ => tr.t("participation-lead-participant"),
    };
    let template = ParticipationPage {
        page: Layout::new(&state, &ctx, &tr.t("participation-title"), Section::Participation)
            .await
            .crumb(tr.t("site-home"), "/"),
        lead,
        organizations,
        consultations: open_consultations(&state, &ctx).await?,
        may_apply: role == Role::Participant,
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}
