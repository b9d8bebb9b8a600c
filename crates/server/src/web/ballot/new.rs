//! `GET/POST /ballots/new`: the secretariat opens a ballot: its title in
//! one or more of the six languages, the decision type (which names the
//! procedure that decides it), the document voted on (optional) and the
//! closing time (optional, UTC). The electorate is every voting member
//! state at the opening.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::authz::{Action, Target};
use domain::decision::{BallotProcedure, BallotRejection, DecisionCommand, MAX_BALLOT_TITLE, NewBallot};
use domain::lang::Lang;
use domain::{Command, Rejection};

use crate::AppState;
use crate::api::submit_or_refuse;
use crate::web::consultation::utc_time;
use crate::web::errors::WebError;
use crate::web::form::{Guard, Posted, see_other};
use crate::web::i18n::Tr;
use crate::web::page::{Choice, Ctx, Field, FieldError, Layout, Section, errors_of};

/// The name of the title field of `lang`.
fn title_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "title_ar",
        Lang::Zh => "title_zh",
        Lang::En => "title_en",
        Lang::Fr => "title_fr",
        Lang::Ru => "title_ru",
        Lang::Es => "title_es",
    }
}

/// The form as sent (or blank).
#[derive(Debug, Clone, Default)]
struct Sent {
    titles: BTreeMap<Lang, String>,
    decision_type: String,
    document: String,
    closes_at: String,
}

impl Sent {
    fn of(form: &Posted) -> Sent {
        Sent {
            titles: Lang::ALL.into_iter().map(|l| (l, form.get(title_name(l)).to_owned())).collect(),
            decision_type: form.get("type").to_owned(),
            document: form.get("document").trim().to_owned(),
            closes_at: form.get("closes_at").to_owned(),
        }
    }
}

/// What is wrong, by field name.
type Problems = HashMap<&'static str, String>;

#[derive(Template)]
#[template(path = "ballot/new.html")]
struct NewPage {
    page: Layout,
    guard: Guard,
    errors: Vec<FieldError>,
    titles: Vec<Field>,
    decision_type: Field,
    document: Field,
    closes_at: Field,
}

fn field(tr: Tr, name: &'static str, label: String, value: &str, problems: &Problems) -> Field {
    let mut field = Field::new(tr, name, label).value(value);
    if let Some(problem) = problems.get(name) {
        field.fail(problem.clone());
    }
    field
}

async fn new_page(state: &AppState, ctx: &Ctx, sent: &Sent, problems: &Problems) -> Result<Response, WebError> {
    let tr = ctx.tr();
    // The page's language first, then the others.
    let mut langs = vec![ctx.lang];
    langs.extend(Lang::ALL.into_iter().filter(|l| *l != ctx.lang));
    let titles: Vec<Field> = langs
        .into_iter()
        .map(|lang| {
            let label =
                tr.t_args("ballots-new-title", &[("language", tr.t(&format!("language-{}", lang.code())).into())]);
            let value = sent.titles.get(&lang).map_or("", String::as_str);
            field(tr, title_name(lang), label, value, problems)
        })
        .collect();
    let types = state.store.decision_types().await?;
    let mut decision_type =
        field(tr, "type", tr.t("ballots-new-type"), &sent.decision_type, problems).hint(tr.t("ballots-new-type-hint"));
    decision_type.choices = std::iter::once(Choice {
        value: String::new(),
        label: tr.t("ballots-new-type-choose"),
        selected: !types.iter().any(|t| t.decision_type.code == sent.decision_type),
    })
    .chain(types.iter().map(|t| Choice {
        value: t.decision_type.code.clone(),
        label: t.decision_type.procedure.name().to_owned(),
        selected: t.decision_type.code == sent.decision_type,
    }))
    .collect();
    let mut document = field(tr, "document", tr.t("ballots-new-document"), &sent.document, problems)
        .hint(tr.t("ballots-new-document-hint"));
    document.inputmode = "numeric";
    let mut closes_at = field(tr, "closes_at", tr.t("ballots-new-closes"), &sent.closes_at, problems)
        .hint(tr.t("ballots-new-closes-hint"));
    closes_at.kind = "datetime-local";
    let mut all: Vec<&Field> = titles.iter().collect();
    all.extend([&decision_type, &document, &closes_at]);
    let errors = errors_of(&all);
    let (page, status) = Layout::new(state, ctx, &tr.t("ballots-new-heading"), Section::Ballots)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("ballots-title"), "/ballots")
        .for_form(&errors);
    let template = NewPage { page, guard: Guard::new(ctx), errors, titles, decision_type, document, closes_at };
    Ok(template.page.respond(status, &template))
}

/// `GET /ballots/new`.
pub async fn form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::OpenBallot, Target::None)?;
    new_page(&state, &ctx, &Sent::default(), &Problems::new()).await
}

/// What is wrong with a title, if anything.
fn title_problem(tr: Tr, text: &str) -> Option<String> {
    let text = text.trim();
    if text.chars().count() > MAX_BALLOT_TITLE {
        return Some(tr.t_args("text-too-long", &[("max", tr.number(MAX_BALLOT_TITLE as u64).into())]));
    }
    text.chars().any(char::is_control).then(|| tr.t("ballots-error-title-line"))
}

/// `POST /ballots/new`: opens the ballot and shows it.
pub async fn create(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::OpenBallot, Target::None)?;
    let tr = ctx.tr();
    let sent = Sent::of(&form);
    let mut problems = Problems::new();
    let mut title = BTreeMap::new();
    for (lang, text) in &sent.titles {
        if let Some(problem) = title_problem(tr, text) {
            problems.insert(title_name(*lang), problem);
        } else if !text.trim().is_empty() {
            title.insert(*lang, text.trim().to_owned());
        }
    }
    if title.is_empty() && problems.is_empty() {
        problems.insert(title_name(ctx.lang), tr.t("ballots-error-title-missing"));
    }
    let types = state.store.decision_types().await?;
    if !types.iter().any(|t| t.decision_type.code == sent.decision_type) {
        problems.insert("type", tr.t("ballots-error-type-choose"));
    }
    let document = match sent.document.as_str() {
        "" => None,
        text => match crate::extract::number(text).filter(|n| *n > 0) {
            Some(n) if state.store.document(n).await?.is_some() => Some(n),
            _ => {
                problems.insert("document", tr.t("ballots-error-document"));
                None
            }
        },
    };
    let closes = match utc_time(&sent.closes_at) {
        Ok(closes) => closes,
        Err(()) => {
            problems.insert("closes_at", tr.t("ballots-error-time"));
            None
        }
    };
    if !problems.is_empty() {
        return new_page(&state, ctx, &sent, &problems).await;
    }
    let new = NewBallot { title, document, closes, procedure: BallotProcedure::Type(sent.decision_type.clone()) };
    let opened = submit_or_refuse(&state, &ctx.caller, Command::Decision(DecisionCommand::OpenBallot(new)))
        .await
        .map_err(WebError::from_api)?;
    match opened {
        Ok(_) => {}
        Err(Rejection::Invalid { field: "closes", .. }) => {
            problems.insert("closes_at", tr.t("ballots-error-closes-past"));
        }
        Err(Rejection::Invalid { field: "document", .. }) => {
            problems.insert("document", tr.t("ballots-error-document"));
        }
        Err(Rejection::Invalid { field: "title", .. }) => {
            problems.insert(title_name(ctx.lang), tr.t("ballots-error-title-line"));
        }
        Err(Rejection::Invalid { field: "electorate", .. }) => {
            problems.insert("type", tr.t("ballots-error-electorate"));
        }
        Err(Rejection::Ballot(BallotRejection::UnknownType(_))) => {
            problems.insert("type", tr.t("ballots-error-type-choose"));
        }
        Err(other) => return Err(WebError::from_api(other.into())),
    }
    if !problems.is_empty() {
        return new_page(&state, ctx, &sent, &problems).await;
    }
    // The newest ballot is the one just opened (ids follow the log).
    let id = state.store.ballots().await?.first().map(|b| b.id).ok_or(WebError::NotFound)?;
    Ok(see_other(&format!("/ballots/{id}"), Some("notice-ballot-opened")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_one_line_within_the_limit() {
        let tr = Tr { lang: Lang::En };
        assert_eq!(title_problem(tr, "  Open models "), None);
        assert!(title_problem(tr, &"t".repeat(MAX_BALLOT_TITLE + 1)).unwrap().contains("300"));
        assert_eq!(title_problem(tr, "one\ntwo"), Some(tr.t("ballots-error-title-line")));
    }
}
