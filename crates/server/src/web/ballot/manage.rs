//! The secretariat's part of a ballot:
//! - `POST /ballots/{id}/close`: closes it and records its tally;
//! - `GET/POST /ballots/{id}/roll-call?group=CODE`: records the votes of a
//!   roll call taken in the room, one regional group at a time (a row per
//!   member state of the group: yes, no, abstain or absent, absent by
//!   default), each vote signed with the secretariat's custodied key
//!   (`Store::record_roll_call`). One group per form keeps the page light.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Target};
use domain::decision::{BallotRejection, Choice, DecisionCommand};
use domain::member::{Iso3, RegionalGroup};
use domain::{Command, Rejection};

use super::show::{Sent, render};
use super::{ballot_of, choice_name, refusal, refusal_text, title_of};
use crate::AppState;
use crate::api::submit_or_refuse;
use crate::extract::Path;
use crate::web::consultation::Text;
use crate::web::errors::WebError;
use crate::web::form::{Guard, Posted, see_other};
use crate::web::members::{group_id, names_in_order};
use crate::web::page::{Ctx, FieldError, Layout, Section};

/// `POST /ballots/{id}/close`.
pub async fn close(State(state): State<AppState>, Path(id): Path<String>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::CloseBallot, Target::None)?;
    let record = ballot_of(&state, &id).await?;
    let command = Command::Decision(DecisionCommand::CloseBallot { ballot: record.id });
    match submit_or_refuse(&state, &ctx.caller, command).await.map_err(WebError::from_api)? {
        Ok(_) => Ok(see_other(&format!("/ballots/{}", record.id), Some("notice-ballot-closed"))),
        // Closed meanwhile (at its closing time, or by another hand).
        Err(Rejection::Ballot(BallotRejection::Closed(_))) => {
            let record = state.store.ballot(record.id).await?.ok_or(WebError::NotFound)?;
            render(&state, ctx, record, Sent::default(), StatusCode::CONFLICT).await
        }
        Err(rejection) => {
            let sent = Sent { close_error: Some(refusal_text(ctx.tr(), &rejection)), ..Sent::default() };
            render(&state, ctx, record, sent, StatusCode::OK).await
        }
    }
}

/// A row of the roll call: a member state and its select.
struct Row {
    code: String,
    name: String,
    /// Its vote so far, if any.
    current: Option<String>,
    /// The value sent (`""` absent).
    sent: String,
}

/// A link to another group's roll call.
struct GroupLink {
    label: String,
    href: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "ballot/roll_call.html")]
struct RollCallPage {
    page: Layout,
    guard: Guard,
    errors: Vec<FieldError>,
    error: Option<String>,
    action: String,
    title: Text,
    group: String,
    group_name: String,
    groups: Vec<GroupLink>,
    rows: Vec<Row>,
    /// Yes, no, abstain: value and label.
    options: Vec<(String, String)>,
    absent: String,
    back: String,
}

/// The group asked for (the first of the electorate when none is).
fn chosen_group(asked: Option<&str>, codes: &[String]) -> Result<String, WebError> {
    match asked {
        None | Some("") => codes.first().cloned().ok_or(WebError::NotFound),
        Some(code) if codes.iter().any(|c| c == code) => Ok(code.to_owned()),
        Some(_) => Err(WebError::NotFound),
    }
}

async fn roll_call_page(
    state: &AppState,
    ctx: &Ctx,
    id: u64,
    group: Option<&str>,
    sent: &[(String, String)],
    error: Option<String>,
) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let record = state.store.ballot(id).await?.ok_or(WebError::NotFound)?;
    if record.closed {
        return Err(WebError::Redirect(format!("/ballots/{id}")));
    }
    let electors = state.store.ballot_electors(id).await?;
    let mut codes: Vec<String> = electors.iter().map(|e| e.regional_group.clone()).collect();
    codes.sort_unstable();
    codes.dedup();
    let group = chosen_group(group, &codes)?;
    let group_label =
        |code: &str| code.parse::<RegionalGroup>().map_or_else(|_| code.to_owned(), |g| tr.t(&group_id(g)));
    let names = names_in_order(state, tr).await?;
    let rows = names
        .iter()
        .filter_map(|(code, name)| {
            let elector = electors.iter().find(|e| e.member == *code && e.regional_group == group)?;
            Some(Row {
                code: code.to_string(),
                name: name.clone(),
                current: elector.position.as_ref().map(|p| choice_name(tr, p.choice)),
                sent: sent.iter().find(|(n, _)| n == code.as_str()).map(|(_, v)| v.clone()).unwrap_or_default(),
            })
        })
        .collect();
    let errors: Vec<FieldError> =
        error.iter().map(|message| FieldError { field: "roll-call", message: message.clone() }).collect();
    let heading = tr.t("ballots-roll-call-heading");
    let (page, status) = Layout::new(state, ctx, &heading, Section::Ballots)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("ballots-title"), "/ballots")
        .crumb(title_of(&record, ctx.lang).text, &format!("/ballots/{id}"))
        .for_form(&errors);
    let template = RollCallPage {
        page,
        guard: Guard::new(ctx),
        errors,
        error,
        action: format!("/ballots/{id}/roll-call"),
        title: title_of(&record, ctx.lang),
        group_name: group_label(&group),
        groups: codes
            .iter()
            .map(|code| GroupLink {
                label: group_label(code),
                href: format!("/ballots/{id}/roll-call?group={code}"),
                current: *code == group,
            })
            .collect(),
        group,
        rows,
        options: Choice::ALL.iter().map(|c| (c.code().to_owned(), choice_name(tr, *c))).collect(),
        absent: tr.t("ballots-roll-call-absent"),
        back: format!("/ballots/{id}"),
    };
    Ok(template.page.respond(status, &template))
}

/// `GET /ballots/{id}/roll-call`.
pub async fn roll_call_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    ctx.require(&state, Action::RecordVotes, Target::None)?;
    let record = ballot_of(&state, &id).await?;
    roll_call_page(&state, &ctx, record.id, ctx.param("group"), &[], None).await
}

/// `POST /ballots/{id}/roll-call`: fields `group`, and one per member state
/// of the group named by its code (`yes`, `no`, `abstain`, or empty for
/// absent).
pub async fn roll_call(
    State(state): State<AppState>,
    Path(id): Path<String>,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::RecordVotes, Target::None)?;
    let record = ballot_of(&state, &id).await?;
    let tr = ctx.tr();
    let group = form.get("group").to_owned();
    let electors = state.store.ballot_electors(record.id).await?;
    let mut votes: Vec<(Iso3, Choice)> = Vec::new();
    let mut sent = Vec::new();
    let mut bad = false;
    for elector in electors.iter().filter(|e| e.regional_group == group) {
        let value = form.get(elector.member.as_str());
        sent.push((elector.member.to_string(), value.to_owned()));
        match value {
            "" | "absent" => {}
            text => match text.parse::<Choice>() {
                Ok(choice) => votes.push((elector.member, choice)),
                Err(_) => bad = true,
            },
        }
    }
    let error = if bad {
        Some(tr.t("ballots-error-choice"))
    } else if votes.is_empty() {
        Some(tr.t("ballots-error-roll-call-empty"))
    } else {
        None
    };
    if error.is_some() {
        return roll_call_page(&state, ctx, record.id, Some(&group), &sent, error).await;
    }
    let acting = ctx.caller.acting().ok_or_else(|| WebError::SignIn(format!("/ballots/{}", record.id)))?;
    match state.store.record_roll_call(&acting, record.id, &votes).await {
        Ok(_) => Ok(see_other(&format!("/ballots/{}", record.id), Some("notice-ballot-roll-call"))),
        Err(err) => {
            let rejection = refusal(err)?;
            if matches!(rejection, Rejection::Ballot(BallotRejection::Closed(_) | BallotRejection::PastClosing(_))) {
                return Err(WebError::Redirect(format!("/ballots/{}", record.id)));
            }
            let error = Some(refusal_text(tr, &rejection));
            roll_call_page(&state, ctx, record.id, Some(&group), &sent, error).await
        }
    }
}
