//! The national submissions and their review:
//! - `GET /divide/submissions`: the submissions awaiting review, oldest
//!   first (state, indicator, year, value, the value in force for that
//!   year if any, source, who and when), then those reviewed lately with
//!   the decision and its reason. Public, as the log is; the secretariat
//!   sees an Accept form and a Reject form (reason required) on each;
//! - `POST /divide/submissions/{id}/accept` and `/reject` (`reason`): the
//!   secretariat's decision; anyone else gets the 403 page. A refusal
//!   comes back beside the reason's field, in the page language.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Target, authorize};
use domain::divide::{DivideCommand, DivideRejection};
use domain::member::Iso3;
use domain::{Command, Rejection};
use store::divide::{IndicatorValue, SubmissionFilter, SubmissionRecord, SubmissionStatus};

use super::{indicator_name, value_text};
use crate::AppState;
use crate::api::submit_or_refuse;
use crate::extract::Path;
use crate::web::errors::WebError;
use crate::web::form::{Guard, Posted, see_other};
use crate::web::i18n::Tr;
use crate::web::locale::Phrase;
use crate::web::members::names_in_order;
use crate::web::page::{Ctx, Layout, Section, Tag, TagColour};

/// The most submissions awaiting review listed (the oldest first).
const LISTED: usize = 50;

/// The most reviewed submissions listed (the latest).
const REVIEWED: usize = 20;

/// A line of the error summary, linking to a field whose id is made at
/// run time (`reason-3`).
pub struct Problem {
    field: String,
    message: String,
}

/// A submission awaiting review.
pub struct Item {
    id: u64,
    heading: String,
    href: String,
    value: String,
    source: String,
    by: Phrase,
    /// The reason sent with a failed rejection.
    reason: String,
    /// What is wrong with it.
    error: Option<String>,
}

impl Item {
    /// `aria-describedby` of the reason's input.
    pub fn described_by(&self) -> String {
        let hint = format!("reason-{}-hint", self.id);
        if self.error.is_some() { format!("{hint} reason-{}-error", self.id) } else { hint }
    }
}

/// A reviewed submission.
pub struct Reviewed {
    number: String,
    member: String,
    href: String,
    indicator: String,
    year: String,
    value: String,
    status: Tag,
    reason: String,
}

#[derive(Template)]
#[template(path = "divide/submissions.html")]
struct SubmissionsPage {
    page: Layout,
    guard: Guard,
    errors: Vec<Problem>,
    secretariat: bool,
    count: String,
    pending: Vec<Item>,
    reviewed: Vec<Reviewed>,
}

/// What a failed review sent.
#[derive(Default)]
struct Failed {
    /// The submission.
    id: u64,
    /// The reason sent.
    reason: String,
    /// What is wrong.
    error: String,
}

/// `GET /divide/submissions`.
pub async fn page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    render(&state, &ctx, None, StatusCode::OK).await
}

/// The page, with a failed review's reason and error if any.
async fn render(state: &AppState, ctx: &Ctx, failed: Option<Failed>, status: StatusCode) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let all = state.store.divide_submissions(SubmissionFilter::default()).await?;
    let names: HashMap<Iso3, String> = names_in_order(state, tr).await?.into_iter().collect();
    let name_of = |code: Iso3| names.get(&code).cloned().unwrap_or_else(|| code.to_string());
    let (pending, reviewed): (Vec<&SubmissionRecord>, Vec<&SubmissionRecord>) =
        all.iter().partition(|s| s.status == SubmissionStatus::Pending);
    let mut in_force: HashMap<Iso3, Vec<IndicatorValue>> = HashMap::new();
    let mut items = Vec::new();
    for s in pending.iter().rev().take(LISTED) {
        if let std::collections::hash_map::Entry::Vacant(entry) = in_force.entry(s.member) {
            entry.insert(state.store.indicator_values(s.member).await?);
        }
        let previous = in_force
            .get(&s.member)
            .and_then(|values| values.iter().find(|v| v.indicator == s.indicator && v.year == s.year))
            .map(|v| v.value.clone());
        let failed = failed.as_ref().filter(|f| f.id == s.id);
        items.push(Item {
            id: s.id,
            heading: tr.t_args(
                "divide-queue-item",
                &[
                    ("member", name_of(s.member).into()),
                    ("indicator", indicator_name(tr, &s.indicator).into()),
                    ("year", s.year.to_string().into()),
                ],
            ),
            href: format!("/divide/{}", s.member),
            value: match previous {
                Some(previous) => tr.t_args(
                    "divide-queue-value",
                    &[("value", number(tr, &s.value).into()), ("previous", number(tr, &previous).into())],
                ),
                None => tr.t_args("divide-queue-value-new", &[("value", number(tr, &s.value).into())]),
            },
            source: s.source.clone(),
            by: tr.phrase(
                "divide-queue-by",
                &[("handle", s.submitted_by.as_str().into()), ("id", tr.number(s.id).into())],
                "time",
                tr.when_millis(s.submitted_ms),
            ),
            reason: failed.map(|f| f.reason.clone()).unwrap_or_default(),
            error: failed.map(|f| f.error.clone()),
        });
    }
    let reviewed = reviewed
        .iter()
        .filter(|s| s.reviewed_at.is_some())
        .take(REVIEWED)
        .map(|s| Reviewed {
            number: tr.number(s.id),
            member: name_of(s.member),
            href: format!("/divide/{}", s.member),
            indicator: indicator_name(tr, &s.indicator),
            year: s.year.to_string(),
            value: number(tr, &s.value),
            status: status_tag(tr, s.status),
            reason: s.reason.clone().unwrap_or_default(),
        })
        .collect();
    let errors: Vec<Problem> = failed
        .iter()
        .map(|f| Problem {
            field: if pending.iter().any(|s| s.id == f.id) { format!("reason-{}", f.id) } else { "reviewed".into() },
            message: f.error.clone(),
        })
        .collect();
    let secretariat = ctx.account().is_some()
        && authorize(&ctx.caller.principal, &ctx.caller.scope, Action::ReviewIndicatorValue, Target::None).is_ok();
    let (page, form_status) = Layout::new(state, ctx, &tr.t("divide-submissions-title"), Section::Divide)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("divide-title"), "/divide")
        .for_form(&errors);
    let template = SubmissionsPage {
        page,
        guard: Guard::new(ctx),
        errors,
        secretariat,
        count: tr.t_args("divide-queue-count", &[("count", pending.len().into())]),
        pending: items,
        reviewed,
    };
    let status = if status == StatusCode::OK { form_status } else { status };
    Ok(template.page.respond(status, &template))
}

/// A value as decimal text, written in the page language.
fn number(tr: Tr, text: &str) -> String {
    text.parse::<f64>().map_or_else(|_| text.to_owned(), |v| value_text(tr, v))
}

/// A submission's status as a tag.
fn status_tag(tr: Tr, status: SubmissionStatus) -> Tag {
    let colour = match status {
        SubmissionStatus::Pending => TagColour::Blue,
        SubmissionStatus::Accepted => TagColour::Green,
        SubmissionStatus::Rejected => TagColour::Grey,
    };
    Tag { text: tr.t(&format!("divide-status-{}", status.code())), colour }
}

/// `POST /divide/submissions/{id}/accept`.
pub async fn accept(State(state): State<AppState>, Path(id): Path<String>, form: Posted) -> Result<Response, WebError> {
    review(&state, &id, &form, true).await
}

/// `POST /divide/submissions/{id}/reject` (`reason`).
pub async fn reject(State(state): State<AppState>, Path(id): Path<String>, form: Posted) -> Result<Response, WebError> {
    review(&state, &id, &form, false).await
}

/// Accepts or rejects submission `id` as the secretariat.
async fn review(state: &AppState, id: &str, form: &Posted, accept: bool) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(state, Action::ReviewIndicatorValue, Target::None)?;
    let id = crate::extract::number(id).ok_or(WebError::NotFound)?;
    state.store.divide_submission(id).await?.ok_or(WebError::NotFound)?;
    let tr = ctx.tr();
    let reason = if accept { String::new() } else { form.get("reason").trim().to_owned() };
    let command = DivideCommand::Review { submission: id, accept, reason: reason.clone() };
    let outcome = submit_or_refuse(state, &ctx.caller, Command::Divide(command)).await.map_err(WebError::from_api)?;
    let failed = |error: String| Failed { id, reason: reason.clone(), error };
    match outcome {
        Ok(_) => {
            let notice = if accept { "notice-divide-accepted" } else { "notice-divide-rejected" };
            Ok(see_other("/divide/submissions", Some(notice)))
        }
        Err(Rejection::Invalid { field: "reason", .. }) => {
            let error = if reason.is_empty() {
                tr.t("divide-error-reason")
            } else if reason.chars().any(char::is_control) {
                tr.t("divide-error-line")
            } else {
                tr.t("divide-error-reason-long")
            };
            render(state, ctx, Some(failed(error)), StatusCode::OK).await
        }
        Err(Rejection::Divide(DivideRejection::AlreadyReviewed(_))) => {
            let error = tr.t_args("divide-error-reviewed", &[("id", tr.number(id).into())]);
            render(state, ctx, Some(failed(error)), StatusCode::CONFLICT).await
        }
        Err(other) => Err(WebError::from_api(other.into())),
    }
}
