//! `GET/POST /consultations/new`: the secretariat or a head of delegation
//! creates a consultation, as a draft: its authentic language, title and
//! question in it, translations in any of the six, audience, moderation,
//! whether participants write statements, who sees results while it is
//! open, opening and closing times (UTC) and seed statements (one a line).
//! "Open it now" opens it as soon as it is created; else its page has the
//! button that opens it.

use std::collections::{BTreeMap, HashMap, HashSet};

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::authz::{Action, Target};
use domain::consultation::{
    Audience, ConsultationCommand, MAX_QUESTION, MAX_SEEDS, MAX_STATEMENT, MAX_TITLE, Moderation, NewConsultation,
    ResultsVisibility,
};
use domain::lang::Lang;
use domain::{Command, Rejection};

use super::{audience_name, language_choices, moderation_id, results_id, utc_time};
use crate::AppState;
use crate::api::submit_or_refuse;
use crate::web::errors::WebError;
use crate::web::form::{Guard, Posted, see_other};
use crate::web::i18n::Tr;
use crate::web::page::{Choice, Ctx, Field, FieldError, Layout, Section, errors_of};

/// The names of the title and question fields of a translation.
fn translation_names(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Ar => ("title_ar", "question_ar"),
        Lang::Zh => ("title_zh", "question_zh"),
        Lang::En => ("title_en", "question_en"),
        Lang::Fr => ("title_fr", "question_fr"),
        Lang::Ru => ("title_ru", "question_ru"),
        Lang::Es => ("title_es", "question_es"),
    }
}

/// The form as sent (or as first shown).
#[derive(Debug, Clone)]
struct Sent {
    language: String,
    title: String,
    question: String,
    /// Title and question by language, as typed.
    translations: BTreeMap<Lang, (String, String)>,
    audience: String,
    moderation: String,
    participants_write: bool,
    results: String,
    opens_at: String,
    closes_at: String,
    seeds: String,
    open_now: bool,
}

impl Sent {
    /// The form first shown: in the page language, open to everyone,
    /// moderated after, participants writing, results for everyone.
    fn blank(lang: Lang) -> Sent {
        Sent {
            language: lang.code().to_owned(),
            title: String::new(),
            question: String::new(),
            translations: BTreeMap::new(),
            audience: Audience::Everyone.code().to_owned(),
            moderation: Moderation::After.code().to_owned(),
            participants_write: true,
            results: ResultsVisibility::Everyone.code().to_owned(),
            opens_at: String::new(),
            closes_at: String::new(),
            seeds: String::new(),
            open_now: false,
        }
    }

    fn of(form: &Posted) -> Sent {
        let translations = Lang::ALL
            .into_iter()
            .map(|lang| {
                let (title, question) = translation_names(lang);
                (lang, (form.get(title).to_owned(), form.get(question).to_owned()))
            })
            .collect();
        Sent {
            language: form.get("language").to_owned(),
            title: form.get("title").to_owned(),
            question: form.get("question").to_owned(),
            translations,
            audience: form.get("audience").to_owned(),
            moderation: form.get("moderation").to_owned(),
            participants_write: form.get("participants_write") == "yes",
            results: form.get("results").to_owned(),
            opens_at: form.get("opens_at").to_owned(),
            closes_at: form.get("closes_at").to_owned(),
            seeds: form.get("seeds").to_owned(),
            open_now: form.get("open_now") == "yes",
        }
    }

    /// The seed statements: one a line, blank lines left out.
    fn seeds(&self) -> Vec<String> {
        self.seeds.lines().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
    }

    fn translation(&self, lang: Lang) -> (&str, &str) {
        self.translations.get(&lang).map_or(("", ""), |(t, q)| (t.as_str(), q.as_str()))
    }
}

/// What is wrong, by field name.
type Problems = HashMap<&'static str, String>;

/// A translation's fieldset.
struct Translation {
    legend: String,
    title: Field,
    question: Field,
}

#[derive(Template)]
#[template(path = "consultation/new.html")]
struct NewPage {
    page: Layout,
    guard: Guard,
    errors: Vec<FieldError>,
    language: Field,
    title: Field,
    question: Field,
    translations: Vec<Translation>,
    audience: Field,
    moderation: Field,
    participants_write: bool,
    results: Field,
    opens_at: Field,
    closes_at: Field,
    seeds: Field,
    open_now: bool,
}

/// Radio choices of `codes` with their labels, `sent` checked.
fn radios(codes: Vec<(&'static str, String)>, sent: &str) -> Vec<Choice> {
    codes.into_iter().map(|(code, label)| Choice { value: code.to_owned(), label, selected: code == sent }).collect()
}

/// A field holding `value`, with its error if any.
fn field(tr: Tr, name: &'static str, label: String, value: &str, problems: &Problems) -> Field {
    let mut field = Field::new(tr, name, label).value(value);
    if let Some(problem) = problems.get(name) {
        field.fail(problem.clone());
    }
    field
}

fn time_field(tr: Tr, name: &'static str, label: String, value: &str, problems: &Problems) -> Field {
    let mut field = field(tr, name, label, value, problems).hint(tr.t("consultations-time-hint"));
    field.kind = "datetime-local";
    field
}

async fn new_page(state: &AppState, ctx: &Ctx, sent: &Sent, problems: &Problems) -> Response {
    let tr = ctx.tr();
    let max = |n: usize| tr.number(n as u64);
    let mut language = field(tr, "language", tr.t("consultations-new-language"), &sent.language, problems)
        .hint(tr.t("consultations-new-language-hint"));
    language.choices = language_choices(tr, None, &sent.language);
    let title = field(tr, "title", tr.t("consultations-new-title"), &sent.title, problems)
        .hint(tr.t_args("consultations-new-title-hint", &[("max", max(MAX_TITLE).into())]));
    let question = field(tr, "question", tr.t("consultations-new-question"), &sent.question, problems)
        .hint(tr.t_args("consultations-new-question-hint", &[("max", max(MAX_QUESTION).into())]));
    let translations: Vec<Translation> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let (title_name, question_name) = translation_names(lang);
            let (title, question) = sent.translation(lang);
            let name = tr.t(&format!("language-{}", lang.code()));
            Translation {
                title: field(
                    tr,
                    title_name,
                    tr.t_args("consultations-new-title-in", &[("language", name.as_str().into())]),
                    title,
                    problems,
                ),
                question: field(
                    tr,
                    question_name,
                    tr.t_args("consultations-new-question-in", &[("language", name.as_str().into())]),
                    question,
                    problems,
                ),
                legend: tr.t_args("consultations-new-translation", &[("language", name.as_str().into())]),
            }
        })
        .collect();
    let mut audience = field(tr, "audience", tr.t("consultations-new-audience"), &sent.audience, problems);
    audience.choices =
        radios(Audience::ALL.iter().map(|a| (a.code(), audience_name(tr, *a))).collect(), &sent.audience);
    let mut moderation = field(tr, "moderation", tr.t("consultations-new-moderation"), &sent.moderation, problems);
    moderation.choices =
        radios(Moderation::ALL.iter().map(|m| (m.code(), tr.t(&moderation_id(*m)))).collect(), &sent.moderation);
    let mut results = field(tr, "results", tr.t("consultations-new-results"), &sent.results, problems)
        .hint(tr.t("consultations-new-results-hint"));
    results.choices =
        radios(ResultsVisibility::ALL.iter().map(|r| (r.code(), tr.t(&results_id(*r)))).collect(), &sent.results);
    let opens_at = time_field(tr, "opens_at", tr.t("consultations-new-opens"), &sent.opens_at, problems);
    let closes_at = time_field(tr, "closes_at", tr.t("consultations-new-closes"), &sent.closes_at, problems);
    let seeds = field(tr, "seeds", tr.t("consultations-new-seeds"), &sent.seeds, problems).hint(tr.t_args(
        "consultations-new-seeds-hint",
        &[("count", max(MAX_SEEDS).into()), ("max", max(MAX_STATEMENT).into())],
    ));

    let mut all: Vec<&Field> = vec![&language, &title, &question];
    for t in &translations {
        all.push(&t.title);
        all.push(&t.question);
    }
    all.extend([&audience, &moderation, &results, &opens_at, &closes_at, &seeds]);
    let errors = errors_of(&all);
    let (page, status) = Layout::new(state, ctx, &tr.t("consultations-new-heading"), Section::Consultations)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("consultations-title"), "/consultations")
        .for_form(&errors);
    let template = NewPage {
        page,
        guard: Guard::new(ctx),
        errors,
        language,
        title,
        question,
        translations,
        audience,
        moderation,
        participants_write: sent.participants_write,
        results,
        opens_at,
        closes_at,
        seeds,
        open_now: sent.open_now,
    };
    template.page.respond(status, &template)
}

/// `GET /consultations/new`.
pub async fn form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::CreateConsultation, Target::None)?;
    Ok(new_page(&state, &ctx, &Sent::blank(ctx.lang), &Problems::new()).await)
}

/// What is wrong with a title or question the domain refused, if
/// anything: `required` when it must be given.
fn text_problem(tr: Tr, text: &str, max: usize, required: bool) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        return required.then(|| tr.t("consultations-error-required"));
    }
    if text.chars().count() > max {
        return Some(tr.t_args("text-too-long", &[("max", tr.number(max as u64).into())]));
    }
    text.chars().any(char::is_control).then(|| tr.t("consultations-error-one-paragraph"))
}

/// What is wrong with the seed statements, if anything.
fn seeds_problem(tr: Tr, seeds: &[String]) -> Option<String> {
    if seeds.len() > MAX_SEEDS {
        return Some(tr.t_args("consultations-error-seeds-count", &[("max", tr.number(MAX_SEEDS as u64).into())]));
    }
    let mut seen = HashSet::new();
    for (n, seed) in (1u64..).zip(seeds) {
        let number = ("number", tr.number(n).into());
        if seed.chars().count() > MAX_STATEMENT {
            let max = ("max", tr.number(MAX_STATEMENT as u64).into());
            return Some(tr.t_args("consultations-error-seed-long", &[number, max]));
        }
        if seed.chars().any(char::is_control) {
            return Some(tr.t_args("consultations-error-seed-control", &[number]));
        }
        if !seen.insert(seed.as_str()) {
            return Some(tr.t_args("consultations-error-seed-twice", &[number]));
        }
    }
    None
}

/// The problems the domain's refusal of the texts points at, found field
/// by field (the domain names the first it met; the page shows each).
fn text_problems(tr: Tr, sent: &Sent, language: Lang) -> Problems {
    let mut problems = Problems::new();
    if let Some(p) = text_problem(tr, &sent.title, MAX_TITLE, true) {
        problems.insert("title", p);
    }
    if let Some(p) = text_problem(tr, &sent.question, MAX_QUESTION, true) {
        problems.insert("question", p);
    }
    for lang in Lang::ALL.into_iter().filter(|l| *l != language) {
        let (title_name, question_name) = translation_names(lang);
        let (title, question) = sent.translation(lang);
        if let Some(p) = text_problem(tr, title, MAX_TITLE, false) {
            problems.insert(title_name, p);
        }
        if let Some(p) = text_problem(tr, question, MAX_QUESTION, false) {
            problems.insert(question_name, p);
        }
    }
    if let Some(p) = seeds_problem(tr, &sent.seeds()) {
        problems.insert("seeds", p);
    }
    problems
}

/// `POST /consultations/new`: creates the draft (and opens it when asked),
/// then shows it.
pub async fn create(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::CreateConsultation, Target::None)?;
    let tr = ctx.tr();
    let sent = Sent::of(&form);
    let mut problems = Problems::new();
    let language = Lang::from_code(&sent.language);
    if language.is_none() {
        problems.insert("language", tr.t("consultations-error-language-choose"));
    }
    let audience = sent.audience.parse::<Audience>().ok();
    if audience.is_none() {
        problems.insert("audience", tr.t("consultations-error-audience-choose"));
    }
    let moderation = sent.moderation.parse::<Moderation>().ok();
    if moderation.is_none() {
        problems.insert("moderation", tr.t("consultations-error-moderation-choose"));
    }
    let results = sent.results.parse::<ResultsVisibility>().ok();
    if results.is_none() {
        problems.insert("results", tr.t("consultations-error-results-choose"));
    }
    let opens_at = utc_time(&sent.opens_at);
    if opens_at.is_err() {
        problems.insert("opens_at", tr.t("consultations-error-time"));
    } else if sent.open_now && opens_at.is_ok_and(|t| t.is_some()) {
        problems.insert("opens_at", tr.t("consultations-error-open-now"));
    }
    let closes_at = utc_time(&sent.closes_at);
    if closes_at.is_err() {
        problems.insert("closes_at", tr.t("consultations-error-time"));
    }
    // A translation in the authentic language says something else than
    // the title and question above.
    if let Some(language) = language {
        let (title_name, question_name) = translation_names(language);
        let (title, question) = sent.translation(language);
        if !title.trim().is_empty() && title.trim() != sent.title.trim() {
            problems.insert(title_name, tr.t("consultations-error-authentic-twice"));
        }
        if !question.trim().is_empty() && question.trim() != sent.question.trim() {
            problems.insert(question_name, tr.t("consultations-error-authentic-twice"));
        }
    }
    let (Some(language), Some(audience), Some(moderation), Some(results), Ok(opens_at), Ok(closes_at), true) =
        (language, audience, moderation, results, opens_at, closes_at, problems.is_empty())
    else {
        if let Some(language) = language {
            problems.extend(text_problems(tr, &sent, language));
        }
        return Ok(new_page(&state, ctx, &sent, &problems).await);
    };

    let mut title = BTreeMap::from([(language, sent.title.clone())]);
    let mut question = BTreeMap::from([(language, sent.question.clone())]);
    for (lang, (t, q)) in sent.translations.iter().filter(|(lang, _)| **lang != language) {
        if !t.trim().is_empty() {
            title.insert(*lang, t.clone());
        }
        if !q.trim().is_empty() {
            question.insert(*lang, q.clone());
        }
    }
    let new = NewConsultation {
        language,
        title,
        question,
        audience,
        moderation,
        participants_write: sent.participants_write,
        results,
        opens_at,
        closes_at,
        seeds: sent.seeds(),
    };
    let created = submit_or_refuse(&state, &ctx.caller, Command::Consultation(ConsultationCommand::Create(new)))
        .await
        .map_err(WebError::from_api)?;
    let recorded = match created {
        Ok(recorded) => recorded,
        Err(Rejection::Invalid { field: "closes_at", .. }) => {
            problems.insert("closes_at", tr.t("consultations-error-closes-before"));
            return Ok(new_page(&state, ctx, &sent, &problems).await);
        }
        Err(Rejection::Invalid { field: "title" | "question" | "seeds", message }) => {
            problems = text_problems(tr, &sent, language);
            if problems.is_empty() {
                // The page's reading of the rule missed what the domain saw.
                tracing::warn!(%message, "a refusal of a new consultation's texts that the page does not place");
                problems.insert("title", tr.t("consultations-error-texts"));
            }
            return Ok(new_page(&state, ctx, &sent, &problems).await);
        }
        Err(other) => return Err(WebError::from_api(other.into())),
    };
    let id = state
        .store
        .consultations()
        .await?
        .iter()
        .find(|c| c.created_at == recorded.log_index)
        .map(|c| c.id)
        .ok_or_else(|| WebError::Internal(format!("no consultation created at entry {}", recorded.log_index)))?;
    let mut notice = "notice-consultation-created";
    if sent.open_now {
        let open = Command::Consultation(ConsultationCommand::Open { id });
        match submit_or_refuse(&state, &ctx.caller, open).await.map_err(WebError::from_api)? {
            Ok(_) => notice = "notice-consultation-opened",
            // Created but not opened: its page has the button.
            Err(rejection) => tracing::warn!(%rejection, id, "a new consultation could not be opened"),
        }
    }
    Ok(see_other(&format!("/consultations/{id}"), Some(notice)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_read_one_a_line_and_checked() {
        let tr = Tr { lang: Lang::En };
        let mut sent = Sent::blank(Lang::En);
        sent.seeds = "  First\r\n\n Second \n".into();
        assert_eq!(sent.seeds(), ["First", "Second"]);
        assert_eq!(seeds_problem(tr, &sent.seeds()), None);
        let twice = vec!["Same".to_owned(), "Other".to_owned(), "Same".to_owned()];
        assert!(seeds_problem(tr, &twice).unwrap().contains('3'));
        let long = vec!["x".repeat(MAX_STATEMENT + 1)];
        assert!(seeds_problem(tr, &long).unwrap().contains("300"));
        let many: Vec<String> = (0..=MAX_SEEDS).map(|n| format!("Seed {n}")).collect();
        assert!(seeds_problem(tr, &many).unwrap().contains("100"));
    }

    #[test]
    fn text_problems_name_each_field() {
        let tr = Tr { lang: Lang::En };
        let mut sent = Sent::blank(Lang::Fr);
        sent.question = "Que faire ?".into();
        sent.translations.insert(Lang::En, ("T".repeat(MAX_TITLE + 1), "What\tnow?".into()));
        let problems = text_problems(tr, &sent, Lang::Fr);
        assert_eq!(problems["title"], tr.t("consultations-error-required"));
        assert!(problems["title_en"].contains("200"));
        assert_eq!(problems["question_en"], tr.t("consultations-error-one-paragraph"));
        assert!(!problems.contains_key("question"));
    }
}
