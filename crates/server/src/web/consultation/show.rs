//! `GET /consultations/{id}`: the question, how to take part, progress and
//! times; for a signed-in person in the audience, the take-part block
//! (one statement at a time, its three buttons, what is left, the flag
//! button, the write-a-statement form); for those who manage it, the
//! buttons that open, close and reopen it and the links to its moderation
//! and results.
//!
//! `?statement=N` shows statement N in the take-part block instead of the
//! drawn one, so a vote can be changed (the last vote counts).
//!
//! The take-part forms answer with this page again when they fail
//! ([`render`] with what was [`Sent`]), with the errors beside their
//! fields.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::Actor;
use domain::consultation::{Moderation, Status, visibility};
use store::consultation::{ConsultationRecord, StatementRecord, TakingPart};

use super::list::counts;
use super::{
    Text, audience_name, choice_id, language_choices, moderation_id, question_of, results_id, status_tag, title_of,
    who_id,
};
use crate::AppState;
use crate::extract::Path;
use crate::web::errors::WebError;
use crate::web::form::Guard;
use crate::web::i18n::Tr;
use crate::web::members::member_name;
use crate::web::page::{Ctx, Field, FieldError, Layout, Section, SummaryRow, Tag, errors_of};

/// How many of one's votes the page lists for changing.
const VOTES_LISTED: usize = 20;

/// What a failed take-part or manage form sent, shown again with its
/// errors.
#[derive(Debug, Default)]
pub struct Sent {
    /// The statement the vote was on (shown again).
    pub statement: Option<u64>,
    /// What is wrong with the vote.
    pub vote_error: Option<String>,
    /// The statement written.
    pub text: String,
    /// Its language code.
    pub language: String,
    /// What is wrong with the text.
    pub text_error: Option<String>,
    /// What is wrong with the language.
    pub language_error: Option<String>,
    /// The new closing time given when reopening.
    pub closes_at: String,
    /// What is wrong with it.
    pub closes_at_error: Option<String>,
}

/// The statement on show, with its vote form.
struct Vote {
    action: String,
    guard: Guard,
    statement: u64,
    label: String,
    text: Text,
    /// "You voted: Agree", when changing a vote.
    yours: Option<String>,
    error: Option<String>,
    error_prefix: String,
    flag_action: String,
    flag_guard: Guard,
}

impl Vote {
    /// `aria-describedby` of the buttons' fieldset: one's vote, the error.
    fn described_by(&self) -> String {
        let ids = [self.yours.as_ref().map(|_| "vote-yours"), self.error.as_ref().map(|_| "vote-error")];
        ids.into_iter().flatten().collect::<Vec<_>>().join(" ")
    }
}

/// The write-a-statement form.
struct Write {
    action: String,
    guard: Guard,
    text: Field,
    language: Field,
    max: usize,
}

/// A statement one voted on, with a link to change the vote.
struct Voted {
    href: String,
    label: String,
    text: Text,
    choice: String,
}

/// The take-part block.
struct Part {
    /// The statement to vote on; `None` when every one is voted on.
    vote: Option<Vote>,
    /// "3 statements left".
    left: String,
    write: Option<Write>,
    /// "You voted on N statements", when any.
    voted_count: Option<String>,
    voted: Vec<Voted>,
}

/// The open, close or reopen form of those who manage it.
struct Manage {
    action: String,
    label: String,
    guard: Guard,
    /// A closing button is a warning.
    warning: bool,
    /// The new closing time, when reopening.
    closes_at: Option<Field>,
    moderation_href: String,
}

#[derive(Template)]
#[template(path = "consultation/show.html")]
struct ShowPage {
    page: Layout,
    errors: Vec<FieldError>,
    title: Text,
    question: Text,
    status: Tag,
    summary: Vec<SummaryRow>,
    progress: String,
    how: Vec<String>,
    /// Why there is no take-part block: a draft, closed, outside the
    /// audience.
    notice: Option<String>,
    /// The sign-in link of a visitor, coming back here.
    sign_in: Option<String>,
    part: Option<Part>,
    manage: Option<Manage>,
    results_href: Option<String>,
}

/// `GET /consultations/{id}`.
pub async fn page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, WebError> {
    let (record, manager) = super::visible(&state, &ctx, &id).await?;
    let statement = match ctx.param("statement") {
        None | Some("") => None,
        Some(text) => Some(crate::extract::number(text).ok_or(WebError::NotFound)?),
    };
    render(&state, &ctx, record, manager, Sent { statement, ..Sent::default() }, StatusCode::OK).await
}

/// The page of `record`, with what a failed form `sent`. `status` is the
/// answer's status when no field is wrong (a failed form answers 422).
pub async fn render(
    state: &AppState,
    ctx: &Ctx,
    record: ConsultationRecord,
    manager: bool,
    sent: Sent,
    status: StatusCode,
) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let id = record.id;
    let title = title_of(&record, ctx.lang);
    let handle = ctx.account().and(ctx.caller.handle()).cloned();
    let takes_part = handle.is_some() && visibility::takes_part(&ctx.caller.principal, record.audience);

    let mut has_voted = false;
    let mut part = None;
    if let (Some(handle), true, Status::Open) = (&handle, takes_part, record.status) {
        let voter = state.store.voter_in(id, handle).await?;
        let (block, voted) = take_part_block(state, ctx, &record, &voter, &sent).await?;
        has_voted = voted;
        part = Some(block);
    } else if let (Some(handle), true) = (&handle, takes_part) {
        // Closed: whether they voted still decides the results link.
        let voter = state.store.voter_in(id, handle).await?;
        has_voted = !state.store.votes_of(id, &voter).await?.is_empty();
    }
    if sent.statement.is_some() && part.as_ref().is_some_and(|p| p.vote.is_none()) {
        // A statement was asked for that cannot be voted on.
        return Err(WebError::NotFound);
    }

    let notice = match (record.status, &handle) {
        (Status::Draft, _) => Some(tr.t("consultations-draft")),
        (Status::Closed, _) => Some(tr.t("consultations-closed")),
        (Status::Open, Some(_)) if !takes_part && !manager => Some(tr.t("consultations-outside")),
        _ => None,
    };
    let sign_in = (record.status == Status::Open && handle.is_none()).then(|| {
        format!(
            "/sign-in?next={}",
            form_urlencoded::byte_serialize(format!("/consultations/{id}").as_bytes()).collect::<String>()
        )
    });

    let manage = manager.then(|| manage_block(tr, ctx, &record, &sent));
    let results_href = visibility::results_shown(record.status, record.results, manager, has_voted)
        .then(|| format!("/consultations/{id}/results"));

    let mut errors: Vec<FieldError> = Vec::new();
    if let Some(message) = &sent.vote_error {
        // Beside the buttons, or at the top of the block when no statement
        // is left to show them with.
        let field = if part.as_ref().is_some_and(|p| p.vote.is_some()) { "vote" } else { "take-part" };
        errors.push(FieldError { field, message: message.clone() });
    }
    if let Some(write) = part.as_ref().and_then(|p| p.write.as_ref()) {
        errors.extend(errors_of(&[&write.text, &write.language]));
    }
    if let Some(field) = manage.as_ref().and_then(|m| m.closes_at.as_ref()) {
        errors.extend(errors_of(&[field]));
    }
    let (page, form_status) = Layout::new(state, ctx, &title.text, Section::Consultations)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("consultations-title"), "/consultations")
        .for_form(&errors);
    let template = ShowPage {
        page,
        errors,
        question: question_of(&record, ctx.lang),
        status: status_tag(tr, record.status),
        summary: summary(state, tr, &record).await?,
        progress: counts(tr, &record),
        how: how(tr, &record),
        notice,
        sign_in,
        part,
        manage,
        results_href,
        title,
    };
    let status = if form_status == StatusCode::OK { status } else { form_status };
    Ok(template.page.respond(status, &template))
}

/// The take-part block of `voter`, and whether they have voted at all.
async fn take_part_block(
    state: &AppState,
    ctx: &Ctx,
    record: &ConsultationRecord,
    voter: &Actor,
    sent: &Sent,
) -> Result<(Part, bool), WebError> {
    let tr = ctx.tr();
    let id = record.id;
    let TakingPart { statements, votes, remaining, next } = state.store.taking_part(id, voter).await?;
    let by_number: HashMap<u64, &StatementRecord> = statements.iter().map(|s| (s.number, s)).collect();
    let shown = match sent.statement {
        Some(n) => by_number.get(&n).copied().filter(|s| s.votable()),
        None => next.and_then(|n| by_number.get(&n).copied()),
    };
    let statement_label = |n: u64| tr.t_args("consultations-statement-number", &[("number", tr.number(n).into())]);
    let vote = shown.map(|s| {
        let (text, lang) = s.text_in(ctx.lang).unwrap_or(("", s.language));
        Vote {
            action: format!("/consultations/{id}/vote"),
            guard: Guard::new(ctx),
            statement: s.number,
            label: statement_label(s.number),
            text: Text::new(text, lang, ctx.lang),
            yours: votes
                .get(&s.number)
                .map(|c| tr.t_args("consultations-your-vote", &[("choice", tr.t(&choice_id(*c)).into())])),
            error: sent.vote_error.clone(),
            error_prefix: tr.t("error-prefix"),
            flag_action: format!("/consultations/{id}/statements/{}/flag", s.number),
            flag_guard: Guard::new(ctx),
        }
    });
    let write = record.participants_write.then(|| {
        let max = [("max", tr.number(domain::consultation::MAX_STATEMENT as u64).into())];
        let hint = match record.moderation {
            Moderation::Before => tr.t_args("consultations-write-hint-before", &max),
            Moderation::After => tr.t_args("consultations-write-hint-after", &max),
        };
        let mut text = Field::new(tr, "text", tr.t("consultations-write-label")).hint(hint).value(&sent.text);
        if let Some(error) = &sent.text_error {
            text.fail(error.clone());
        }
        let chosen = if sent.language.is_empty() { ctx.lang.code() } else { sent.language.as_str() };
        let mut language = Field::new(tr, "language", tr.t("consultations-write-language")).value(chosen);
        language.choices = language_choices(tr, None, chosen);
        if let Some(error) = &sent.language_error {
            language.fail(error.clone());
        }
        Write {
            action: format!("/consultations/{id}/statements"),
            guard: Guard::new(ctx),
            text,
            language,
            max: domain::consultation::MAX_STATEMENT,
        }
    });
    let mut voted: Vec<Voted> = votes
        .iter()
        .rev()
        .filter_map(|(n, choice)| {
            let s = by_number.get(n).filter(|s| s.votable())?;
            let (text, lang) = s.text_in(ctx.lang)?;
            Some(Voted {
                href: format!("/consultations/{id}?statement={n}#take-part"),
                label: statement_label(*n),
                text: Text::new(text, lang, ctx.lang),
                choice: tr.t(&choice_id(*choice)),
            })
        })
        .collect();
    let changeable = voted.len();
    voted.truncate(VOTES_LISTED);
    let voted_count = match changeable {
        0 => None,
        n if n <= VOTES_LISTED => Some(tr.t_args("consultations-voted-all", &[("count", n.into())])),
        n => Some(tr.t_args("consultations-voted-some", &[("count", n.into()), ("shown", VOTES_LISTED.into())])),
    };
    let part =
        Part { vote, left: tr.t_args("consultations-left", &[("count", remaining.into())]), write, voted_count, voted };
    Ok((part, !votes.is_empty()))
}

/// The open, close or reopen form and the links of those who manage it.
fn manage_block(tr: Tr, ctx: &Ctx, record: &ConsultationRecord, sent: &Sent) -> Manage {
    let id = record.id;
    let (verb, label, warning) = match record.status {
        Status::Draft => ("open", tr.t("consultations-open-button"), false),
        Status::Open => ("close", tr.t("consultations-close-button"), true),
        Status::Closed => ("reopen", tr.t("consultations-reopen-button"), false),
    };
    let closes_at = (record.status == Status::Closed).then(|| {
        let mut field = Field::new(tr, "closes_at", tr.t("consultations-reopen-closes"))
            .hint(tr.t("consultations-time-hint"))
            .value(&sent.closes_at);
        field.kind = "datetime-local";
        if let Some(error) = &sent.closes_at_error {
            field.fail(error.clone());
        }
        field
    });
    Manage {
        action: format!("/consultations/{id}/{verb}"),
        label,
        guard: Guard::new(ctx),
        warning,
        closes_at,
        moderation_href: format!("/consultations/{id}/moderation"),
    }
}

/// The details of a consultation.
async fn summary(state: &AppState, tr: Tr, record: &ConsultationRecord) -> Result<Vec<SummaryRow>, WebError> {
    let convened = match record.member {
        Some(member) => {
            tr.t_args("consultations-by-delegation", &[("member", member_name(state, tr, member).await?.into())])
        }
        None => tr.t("consultations-by-secretariat"),
    };
    let yes_no = |yes: bool| tr.t(if yes { "yes" } else { "no" });
    let mut rows = vec![
        SummaryRow::new(tr.t("consultations-col-status"), status_tag(tr, record.status).text),
        SummaryRow::new(tr.t("consultations-col-audience"), audience_name(tr, record.audience)),
        SummaryRow::new(tr.t("consultations-col-language"), tr.t(&format!("language-{}", record.language.code()))),
        SummaryRow::new(tr.t("consultations-col-moderation"), tr.t(&moderation_id(record.moderation))),
        SummaryRow::new(tr.t("consultations-col-write"), yes_no(record.participants_write)),
        SummaryRow::new(tr.t("consultations-col-results"), tr.t(&results_id(record.results))),
        SummaryRow::new(tr.t("consultations-col-convened"), convened),
    ];
    if let Some(ms) = record.opens_ms {
        rows.push(SummaryRow::time(tr.t("consultations-col-opens"), tr.when_millis(ms)));
    }
    if let Some(ms) = record.closes_ms {
        rows.push(SummaryRow::time(tr.t("consultations-col-closes"), tr.when_millis(ms)));
    }
    rows.push(
        SummaryRow::new(
            tr.t("consultations-col-created"),
            tr.t_args("consultations-entry", &[("index", tr.number(record.created_at).into())]),
        )
        .link(format!("/record/entries/{}", record.created_at)),
    );
    Ok(rows)
}

/// How to take part, in short paragraphs.
fn how(tr: Tr, record: &ConsultationRecord) -> Vec<String> {
    let mut how = vec![tr.t(&who_id(record.audience)), tr.t("consultations-how-vote")];
    if record.participants_write {
        how.push(match record.moderation {
            Moderation::Before => tr.t("consultations-how-write-before"),
            Moderation::After => tr.t("consultations-how-write-after"),
        });
    }
    how.push(tr.t("consultations-how-record"));
    how
}
