//! The moderators' queue of a consultation (the secretariat, or the head
//! of the delegation that opened it):
//! - `GET /consultations/{id}/moderation`: the statements waiting for a
//!   decision (held for approval, or flagged by participants), each with
//!   its text, the constituency its author speaks for (never the author's
//!   handle or pseudonym), its flags and a decision form; for the
//!   secretariat, a translation form per statement (`?page=` pages them);
//!   and the statements rejected last, with their public reasons;
//! - `POST /consultations/{id}/statements/{n}/moderation` (fields
//!   `verdict`: approve, reject or meta; `reason`, required to reject);
//! - `POST /consultations/{id}/statements/{n}/translations` (fields
//!   `language`, `text`).
//!
//! The rules are the domain's: the commands go through `api::submit_or_refuse`
//! as the API's do, and a refusal about a field is shown beside it (422).

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::authz::{Action, Target, authorize};
use domain::consultation::{Constituency, ConsultationCommand, StatementStatus, Verdict, check_statement_text};
use domain::lang::Lang;
use domain::{Command, Rejection};
use store::consultation::{ConsultationRecord, StatementRecord};

use super::super::errors::WebError;
use super::super::form::{Guard, Posted, see_other};
use super::super::i18n::Tr;
use super::super::page::{Choice, Ctx, Layout, Pagination, Tag, TagColour, page_number};
use super::results::Said;
use super::{SECTION, consultation_of};
use crate::AppState;
use crate::error::ApiError;
use crate::extract::Path;

/// Statements of the queue shown at once (the oldest first).
const QUEUE: usize = 20;
/// Statements a page of the translation section.
const TRANSLATIONS_PER_PAGE: usize = 10;
/// Rejected statements shown.
const REJECTED: usize = 10;

/// A link of the error summary, to a field of one statement's form.
struct Mistake {
    field: String,
    message: String,
}

/// A statement waiting for a decision, with its form.
struct Waiting {
    number: u64,
    id: String,
    heading: String,
    said: Said,
    author: String,
    language: String,
    status: Tag,
    flags: Option<String>,
    legend: String,
    action: String,
    guard: Guard,
    /// The verdict sent (`approve`, `reject`, `meta` or empty).
    verdict: String,
    reason: String,
    verdict_error: Option<String>,
    reason_error: Option<String>,
}

/// A statement with its translation form.
struct Translatable {
    number: u64,
    id: String,
    heading: String,
    said: Said,
    translated: Option<String>,
    action: String,
    guard: Guard,
    languages: Vec<Choice>,
    text: String,
    language_error: Option<String>,
    text_error: Option<String>,
}

/// A statement rejected, with the moderator's public reason.
struct Rejected {
    said: Said,
    reason: String,
}

#[derive(Template)]
#[template(path = "consultation/moderation.html")]
struct QueuePage {
    page: Layout,
    title: Said,
    errors: Vec<Mistake>,
    count: String,
    waiting: Vec<Waiting>,
    translatable: Vec<Translatable>,
    translations_caption: String,
    pagination: Pagination,
    translator: bool,
    rejected: Vec<Rejected>,
    results_href: String,
}

/// A form sent for one statement, and what is wrong with it.
enum Attempt<'a> {
    Moderate {
        number: u64,
        verdict: &'a str,
        reason: &'a str,
        verdict_error: Option<String>,
        reason_error: Option<String>,
    },
    Translate {
        number: u64,
        language: &'a str,
        text: &'a str,
        language_error: Option<String>,
        text_error: Option<String>,
    },
}

impl Attempt<'_> {
    fn number(&self) -> u64 {
        match self {
            Attempt::Moderate { number, .. } | Attempt::Translate { number, .. } => *number,
        }
    }
}

/// The authorization target of managing `record`: the delegation that
/// opened it, or none (the secretariat's).
fn target(record: &ConsultationRecord) -> Target {
    record.member.map_or(Target::None, Target::Member)
}

/// Whether the caller adds translations (the secretariat).
fn translates(ctx: &Ctx) -> bool {
    authorize(&ctx.caller.principal, &ctx.caller.scope, Action::TranslateStatement, Target::None).is_ok()
}

/// Whether a statement waits for a decision: held for approval, or
/// flagged since it was last moderated.
fn waits(statement: &StatementRecord) -> bool {
    statement.status == StatementStatus::Pending
        || (statement.flags > 0 && statement.status == StatementStatus::Approved)
}

/// Whether a statement can be translated from the queue page (not rejected).
fn translatable(statement: &StatementRecord) -> bool {
    statement.status != StatementStatus::Rejected
}

/// `GET /consultations/{id}/moderation?page=`.
pub async fn queue(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, WebError> {
    let record = consultation_of(&state, &id).await?;
    ctx.require(&state, Action::ModerateConsultation, target(&record))?;
    let page = page_number(&ctx)?;
    queue_page(&state, &ctx, &record, page, None).await
}

/// The page of the queue, with `attempt`'s errors beside its fields.
async fn queue_page(
    state: &AppState,
    ctx: &Ctx,
    record: &ConsultationRecord,
    requested: u64,
    attempt: Option<Attempt<'_>>,
) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let statements = state.store.statements(record.id).await?;
    let mut authors = Authors::default();
    let attempted = attempt.as_ref().map(Attempt::number);
    let mut errors = Vec::new();

    let waiting_all: Vec<&StatementRecord> = statements.iter().filter(|s| waits(s)).collect();
    let mut waiting = Vec::new();
    for (i, s) in waiting_all.iter().enumerate() {
        if i >= QUEUE && attempted != Some(s.number) {
            continue;
        }
        let sent = match &attempt {
            Some(Attempt::Moderate { number, verdict, reason, verdict_error, reason_error }) if *number == s.number => {
                let id = format!("verdict-{}-approve", s.number);
                errors.extend(verdict_error.iter().map(|m| Mistake { field: id.clone(), message: m.clone() }));
                let id = format!("reason-{}", s.number);
                errors.extend(reason_error.iter().map(|m| Mistake { field: id.clone(), message: m.clone() }));
                Some((*verdict, *reason, verdict_error.clone(), reason_error.clone()))
            }
            _ => None,
        };
        let (verdict, reason, verdict_error, reason_error) = sent.unwrap_or_default();
        waiting.push(Waiting {
            number: s.number,
            id: format!("statement-{}", s.number),
            heading: tr.t_args("moderation-statement", &[("number", tr.number(s.number).into())]),
            said: Said::original(tr, s),
            author: authors.name(state, tr, s.constituency).await?,
            language: tr.t(&format!("language-{}", s.language.code())),
            status: status_tag(tr, s),
            flags: (s.flags > 0).then(|| {
                tr.t_args("moderation-flags", &[("count", s.flags.into()), ("shown", tr.number(s.flags).into())])
            }),
            legend: tr.t_args("moderation-decision", &[("number", tr.number(s.number).into())]),
            action: format!("/consultations/{}/statements/{}/moderation", record.id, s.number),
            guard: Guard::new(ctx),
            verdict: verdict.to_owned(),
            reason: reason.to_owned(),
            verdict_error,
            reason_error,
        });
    }

    let translator = translates(ctx);
    let candidates: Vec<&StatementRecord> = statements.iter().filter(|s| translatable(s)).collect();
    let last = candidates.len().div_ceil(TRANSLATIONS_PER_PAGE).max(1) as u64;
    // A failed translation shows the page that holds its form.
    let current = match &attempt {
        Some(Attempt::Translate { number, .. }) => {
            candidates.iter().position(|s| s.number == *number).map_or(1, |i| (i / TRANSLATIONS_PER_PAGE) as u64 + 1)
        }
        _ => requested.clamp(1, last),
    };
    let mut translatable = Vec::new();
    if translator {
        let start = (current as usize - 1) * TRANSLATIONS_PER_PAGE;
        for s in candidates.iter().skip(start).take(TRANSLATIONS_PER_PAGE) {
            let sent = match &attempt {
                Some(Attempt::Translate { number, language, text, language_error, text_error })
                    if *number == s.number =>
                {
                    let id = format!("language-{}", s.number);
                    errors.extend(language_error.iter().map(|m| Mistake { field: id.clone(), message: m.clone() }));
                    let id = format!("text-{}", s.number);
                    errors.extend(text_error.iter().map(|m| Mistake { field: id.clone(), message: m.clone() }));
                    Some((*language, *text, language_error.clone(), text_error.clone()))
                }
                _ => None,
            };
            let (language, text, language_error, text_error) = sent.unwrap_or_default();
            let names: Vec<String> =
                s.translations.keys().map(|lang| tr.t(&format!("language-{}", lang.code()))).collect();
            translatable.push(Translatable {
                number: s.number,
                id: format!("translate-{}", s.number),
                heading: tr.t_args("moderation-statement", &[("number", tr.number(s.number).into())]),
                said: Said::original(tr, s),
                translated: (!names.is_empty())
                    .then(|| tr.t_args("moderation-translated", &[("languages", names.join(", ").into())])),
                action: format!("/consultations/{}/statements/{}/translations", record.id, s.number),
                guard: Guard::new(ctx),
                languages: language_choices(tr, s.language, language),
                text: text.to_owned(),
                language_error,
                text_error,
            });
        }
    }

    let rejected = statements
        .iter()
        .rev()
        .filter(|s| s.status == StatementStatus::Rejected)
        .take(REJECTED)
        .map(|s| Rejected {
            said: Said::original(tr, s),
            reason: s.reason.clone().unwrap_or_else(|| tr.t("moderation-no-reason")),
        })
        .collect();

    let (title, title_lang) = record.text_in(tr.lang);
    let title = Said {
        text: title.title.clone(),
        lang: (title_lang != tr.lang).then_some(title_lang.code()),
        dir: if title_lang.is_rtl() { "rtl" } else { "ltr" },
    };
    let heading = tr.t_args("moderation-page-title", &[("title", title.text.clone().into())]);
    let (page, status) = Layout::new(state, ctx, &heading, SECTION)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("results-consultations"), "/consultations")
        .crumb(title.text.clone(), &format!("/consultations/{}", record.id))
        .private()
        .for_form(&errors);
    let template = QueuePage {
        page,
        title,
        errors,
        count: tr.t_args(
            "moderation-count",
            &[("count", waiting_all.len().into()), ("shown", tr.number(waiting_all.len() as u64).into())],
        ),
        waiting,
        translatable,
        translations_caption: tr.t_args(
            "moderation-translations-page",
            &[("page", tr.number(current).into()), ("pages", tr.number(last).into())],
        ),
        pagination: Pagination::new(ctx, current, last),
        translator,
        rejected,
        results_href: format!("/consultations/{}/results", record.id),
    };
    Ok(template.page.respond(status, &template))
}

/// A statement's status as a tag.
fn status_tag(tr: Tr, statement: &StatementRecord) -> Tag {
    match statement.status {
        StatementStatus::Pending => Tag { text: tr.t("moderation-status-pending"), colour: TagColour::Blue },
        StatementStatus::Approved if statement.meta => {
            Tag { text: tr.t("moderation-status-meta"), colour: TagColour::Grey }
        }
        StatementStatus::Approved => Tag { text: tr.t("moderation-status-approved"), colour: TagColour::Green },
        StatementStatus::Rejected => Tag { text: tr.t("moderation-status-rejected"), colour: TagColour::Grey },
    }
}

/// The languages a statement written in `own` can be translated into,
/// "choose" first, with `sent` selected.
fn language_choices(tr: Tr, own: Lang, sent: &str) -> Vec<Choice> {
    let mut choices =
        vec![Choice { value: String::new(), label: tr.t("moderation-language-choose"), selected: sent.is_empty() }];
    choices.extend(Lang::ALL.into_iter().filter(|lang| *lang != own).map(|lang| Choice {
        value: lang.code().to_owned(),
        label: tr.t(&format!("language-{}", lang.code())),
        selected: lang.code() == sent,
    }));
    choices
}

/// The names of the constituencies authors speak for, read once a page.
#[derive(Default)]
struct Authors {
    members: BTreeMap<domain::member::Iso3, String>,
    organizations: BTreeMap<u64, String>,
}

impl Authors {
    /// Whom an author speaking for `constituency` speaks for, in words.
    async fn name(&mut self, state: &AppState, tr: Tr, constituency: Constituency) -> Result<String, WebError> {
        Ok(match constituency {
            Constituency::Member { member } => {
                let name = match self.members.get(&member) {
                    Some(name) => name.clone(),
                    None => {
                        let record = state.store.member(member).await?;
                        let name =
                            record.map_or_else(|| member.to_string(), |r| r.member.names.get(tr.lang).to_owned());
                        self.members.entry(member).or_insert(name).clone()
                    }
                };
                tr.t_args("moderation-author-member", &[("member", name.into())])
            }
            Constituency::Organization { organization, chamber } => {
                let name = match self.organizations.get(&organization) {
                    Some(name) => name.clone(),
                    None => {
                        let found = state.store.organizations(Some(organization), None, None).await?;
                        let name = found.into_iter().next().map_or_else(|| organization.to_string(), |o| o.name);
                        self.organizations.entry(organization).or_insert(name).clone()
                    }
                };
                let chamber = tr.t(&format!("chamber-{}", chamber.code()));
                tr.t_args(
                    "moderation-author-organization",
                    &[("organization", name.into()), ("chamber", chamber.into())],
                )
            }
            Constituency::Public => tr.t("moderation-author-public"),
            Constituency::Secretariat => tr.t("moderation-author-secretariat"),
        })
    }
}

/// Statement `number` (as a path gives it) of `record`, or 404.
async fn statement_of(
    state: &AppState,
    record: &ConsultationRecord,
    number: &str,
) -> Result<StatementRecord, WebError> {
    let number = crate::extract::number(number).ok_or(WebError::NotFound)?;
    let statements = state.store.statements(record.id).await?;
    statements.into_iter().find(|s| s.number == number).ok_or(WebError::NotFound)
}

/// Text typed in a box, on one line: line breaks and runs of spaces become
/// one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `POST /consultations/{id}/statements/{n}/moderation`.
pub async fn moderate(
    State(state): State<AppState>,
    Path((id, number)): Path<(String, String)>,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let record = consultation_of(&state, &id).await?;
    ctx.require(&state, Action::ModerateConsultation, target(&record))?;
    let statement = statement_of(&state, &record, &number).await?;
    let tr = ctx.tr();
    let reason = one_line(form.get("reason"));
    let mut verdict_error = None;
    let mut reason_error = None;
    let verdict = form.get("verdict").parse::<Verdict>().ok();
    match verdict {
        None => verdict_error = Some(tr.t("moderation-error-verdict")),
        Some(Verdict::Reject) if reason.is_empty() => reason_error = Some(tr.t("moderation-error-reason")),
        Some(_) => {}
    }
    if let Some(verdict) = verdict.filter(|_| reason_error.is_none()) {
        let command = Command::Consultation(ConsultationCommand::Moderate {
            id: record.id,
            statement: statement.number,
            verdict,
            reason: reason.clone(),
        });
        match crate::api::submit_or_refuse(&state, &ctx.caller, command).await.map_err(WebError::from_api)? {
            Ok(_) => {
                let to = format!("/consultations/{}/moderation", record.id);
                return Ok(see_other(&to, Some("notice-statement-moderated")));
            }
            Err(Rejection::Invalid { field: "reason", .. }) => {
                reason_error = Some(tr.t("moderation-error-reason-long"))
            }
            Err(other) => return Err(WebError::from_api(ApiError::from(other))),
        }
    }
    let attempt = Attempt::Moderate {
        number: statement.number,
        verdict: form.get("verdict"),
        reason: form.get("reason"),
        verdict_error,
        reason_error,
    };
    queue_page(&state, ctx, &record, 1, Some(attempt)).await
}

/// `POST /consultations/{id}/statements/{n}/translations`.
pub async fn translate(
    State(state): State<AppState>,
    Path((id, number)): Path<(String, String)>,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let record = consultation_of(&state, &id).await?;
    ctx.require(&state, Action::TranslateStatement, Target::None)?;
    let statement = statement_of(&state, &record, &number).await?;
    let tr = ctx.tr();
    let text = one_line(form.get("text"));
    let mut language_error = None;
    let mut text_error = None;
    let language = Lang::from_code(form.get("language"));
    match language {
        None => language_error = Some(tr.t("moderation-error-language")),
        Some(lang) if lang == statement.language => language_error = Some(tr.t("moderation-error-language-own")),
        Some(_) => {}
    }
    if check_statement_text(&text).is_err() {
        text_error = Some(text_problem(tr, &text));
    }
    if let (Some(language), None, None) = (language, &language_error, &text_error) {
        let command = Command::Consultation(ConsultationCommand::Translate {
            id: record.id,
            statement: statement.number,
            language,
            text: text.clone(),
        });
        match crate::api::submit_or_refuse(&state, &ctx.caller, command).await.map_err(WebError::from_api)? {
            Ok(_) => {
                let statements = state.store.statements(record.id).await?;
                let at = statements.iter().filter(|s| translatable(s)).position(|s| s.number == statement.number);
                let page = at.map_or(1, |i| i / TRANSLATIONS_PER_PAGE + 1);
                let to = if page > 1 {
                    format!("/consultations/{}/moderation?page={page}", record.id)
                } else {
                    format!("/consultations/{}/moderation", record.id)
                };
                return Ok(see_other(&to, Some("notice-statement-translated")));
            }
            Err(Rejection::Invalid { field: "language", .. }) => {
                language_error = Some(tr.t("moderation-error-language-own"))
            }
            Err(Rejection::Invalid { field: "text", .. }) => text_error = Some(text_problem(tr, &text)),
            Err(other) => return Err(WebError::from_api(ApiError::from(other))),
        }
    }
    let attempt = Attempt::Translate {
        number: statement.number,
        language: form.get("language"),
        text: form.get("text"),
        language_error,
        text_error,
    };
    queue_page(&state, ctx, &record, 1, Some(attempt)).await
}

/// What is wrong with a translation's text the domain refuses.
fn text_problem(tr: Tr, text: &str) -> String {
    if text.is_empty() {
        tr.t("moderation-error-text")
    } else {
        let max = domain::consultation::MAX_STATEMENT as u64;
        tr.t_args("text-too-long", &[("max", tr.number(max).into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_are_read_on_one_line() {
        assert_eq!(one_line("  Off\r\ntopic \t here "), "Off topic here");
        assert_eq!(one_line(" \n "), "");
    }

    #[test]
    fn a_statement_is_translated_into_the_five_other_languages() {
        let tr = Tr { lang: Lang::En };
        let choices = language_choices(tr, Lang::Fr, "en");
        assert_eq!(choices.len(), 6);
        assert_eq!(choices[0].value, "");
        assert!(!choices.iter().any(|c| c.value == "fr"));
        assert!(choices.iter().any(|c| c.value == "en" && c.selected && c.label == "English"));
    }
}
