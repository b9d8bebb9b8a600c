//! Consultations (issue 14): members, stakeholders and the public answer a
//! question by voting on short statements, one at a time, and writing
//! their own.
//!
//! - `GET /consultations`: the list, filtered by status, audience and
//!   language ([`list`]);
//! - `GET /consultations/{id}`: the question, how to take part, progress,
//!   and the take-part block: the next statement with its three buttons,
//!   the write-a-statement form, the flag button ([`show`]);
//! - `POST /consultations/{id}/vote`, `/statements`,
//!   `/statements/{n}/flag`: taking part ([`take_part`]);
//! - `POST /consultations/{id}/open`, `/close`, `/reopen`: those who
//!   manage it ([`manage`]);
//! - `GET/POST /consultations/new`: the secretariat or a head of
//!   delegation creates one ([`new`]);
//! - `GET /consultations/{id}/results`: the opinion map ([`opinion_map`]),
//!   groups, consensus and the per-constituency table ([`results`]);
//! - `GET /consultations/{id}/moderation` and the moderators' and
//!   translators' forms ([`moderation`]).
//!
//! The rules (who sees a draft, who takes part, who sees results, which
//! statement comes next) are `domain::consultation`'s; the handlers ask
//! them and submit the same commands as the API.

mod list;
mod manage;
mod moderation;
mod new;
mod open;
mod opinion_map;
mod results;
mod show;
mod take_part;

use axum::Router;
use axum::routing::{get, post};
use domain::Timestamp;
use domain::authz::{Action, Target, authorize};
use domain::consultation::{self as consultation, Audience, Moderation, ResultsVisibility, Status, visibility};
use domain::lang::Lang;
use store::consultation::ConsultationRecord;

use super::errors::WebError;
use super::i18n::Tr;
use super::page::{Choice, Ctx, Tag, TagColour};
use crate::AppState;

pub use open::{OpenConsultation, ResultsLink, consultations_with_results, open_consultations};

/// The routes of the consultation pages of this part.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/consultations", get(list::page))
        .route("/consultations/new", get(new::form).post(new::create))
        .route("/consultations/{id}", get(show::page))
        .route("/consultations/{id}/vote", post(take_part::vote))
        .route("/consultations/{id}/statements", post(take_part::write))
        .route("/consultations/{id}/statements/{n}/flag", post(take_part::flag))
        .route("/consultations/{id}/open", post(manage::open))
        .route("/consultations/{id}/close", post(manage::close))
        .route("/consultations/{id}/reopen", post(manage::reopen))
        .route("/consultations/{id}/results", get(results::page))
        .route("/consultations/{id}/moderation", get(moderation::queue))
        .route("/consultations/{id}/statements/{n}/moderation", post(moderation::moderate))
        .route("/consultations/{id}/statements/{n}/translations", post(moderation::translate))
}

/// The section of the navigation the consultation pages belong to.
const SECTION: super::page::Section = super::page::Section::Consultations;

/// Consultation `id` of a path, or 404 when the id is not a number in
/// range (huge, negative, not digits) or names no consultation.
async fn consultation_of(state: &AppState, id: &str) -> Result<ConsultationRecord, WebError> {
    let id = crate::extract::number(id).ok_or(WebError::NotFound)?;
    state.store.consultation(id).await?.ok_or(WebError::NotFound)
}

/// Every message id built at run time here, for the message tests.
pub fn message_ids() -> Vec<String> {
    let mut ids = Vec::new();
    ids.extend(Status::ALL.iter().map(|s| status_id(*s)));
    ids.extend(Audience::ALL.iter().map(|a| audience_id(*a)));
    ids.extend(Audience::ALL.iter().map(|a| who_id(*a)));
    ids.extend(Moderation::ALL.iter().map(|m| moderation_id(*m)));
    ids.extend(ResultsVisibility::ALL.iter().map(|r| results_id(*r)));
    ids.extend(consultation::Choice::ALL.iter().map(|c| choice_id(*c)));
    ids
}

fn status_id(status: Status) -> String {
    format!("consultations-status-{}", status.code())
}

fn audience_id(audience: Audience) -> String {
    format!("consultations-audience-{}", audience.code().replace('_', "-"))
}

/// The sentence saying who may take part.
fn who_id(audience: Audience) -> String {
    format!("consultations-who-{}", audience.code().replace('_', "-"))
}

fn moderation_id(moderation: Moderation) -> String {
    format!("consultations-moderation-{}", moderation.code())
}

fn results_id(results: ResultsVisibility) -> String {
    format!("consultations-results-{}", results.code())
}

fn choice_id(choice: consultation::Choice) -> String {
    format!("consultations-choice-{}", choice.code())
}

/// A consultation's status as a tag.
pub fn status_tag(tr: Tr, status: Status) -> Tag {
    let colour = match status {
        Status::Draft => TagColour::Grey,
        Status::Open => TagColour::Green,
        Status::Closed => TagColour::Blue,
    };
    Tag { text: tr.t(&status_id(status)), colour }
}

/// Who may take part, in a few words ("Member state delegations").
pub fn audience_name(tr: Tr, audience: Audience) -> String {
    tr.t(&audience_id(audience))
}

/// A text shown on a page, with its language marked when it is not the
/// page's (a title or statement not translated into it).
#[derive(Debug, Clone)]
pub struct Text {
    /// The text.
    pub text: String,
    /// Its `lang`, empty when it is the page's.
    pub lang: &'static str,
    /// Its `dir`, empty when it is the page's language.
    pub dir: &'static str,
}

impl Text {
    /// `text`, written in `lang`, on a page in `page`.
    pub fn new(text: &str, lang: Lang, page: Lang) -> Text {
        let (lang, dir) =
            if lang == page { ("", "") } else { (lang.code(), if lang.is_rtl() { "rtl" } else { "ltr" }) };
        Text { text: text.to_owned(), lang, dir }
    }
}

/// The title of a consultation in the page language if it was given in
/// it, else in the authentic language.
pub fn title_of(record: &ConsultationRecord, page: Lang) -> Text {
    let (text, lang) = record.text_in(page);
    Text::new(&text.title, lang, page)
}

/// The question of a consultation, likewise.
pub fn question_of(record: &ConsultationRecord, page: Lang) -> Text {
    match record.texts.get(&page) {
        Some(text) if !text.question.is_empty() => Text::new(&text.question, page, page),
        _ => {
            let question = record.texts.get(&record.language).map_or("", |t| t.question.as_str());
            Text::new(question, record.language, page)
        }
    }
}

/// Whether the signed-in caller manages `record` (opens, closes,
/// moderates it).
pub fn manages(ctx: &Ctx, record: &ConsultationRecord) -> bool {
    ctx.account().is_some() && visibility::manages(&ctx.caller.principal, record.member)
}

/// Whether the signed-in caller may create consultations.
pub fn may_create(ctx: &Ctx) -> bool {
    ctx.account().is_some()
        && authorize(&ctx.caller.principal, &ctx.caller.scope, Action::CreateConsultation, Target::None).is_ok()
}

/// Consultation `id` (as the path gives it), if the caller may see it: a
/// malformed or out-of-range number, an unknown consultation and a draft
/// the caller does not manage are all "not found". Returns it with
/// whether the caller manages it.
pub async fn visible(state: &AppState, ctx: &Ctx, id: &str) -> Result<(ConsultationRecord, bool), WebError> {
    let id = crate::extract::number(id).ok_or(WebError::NotFound)?;
    let record = state.store.consultation(id).await?.ok_or(WebError::NotFound)?;
    let manager = manages(ctx, &record);
    if !visibility::listed(record.status, manager) {
        return Err(WebError::NotFound);
    }
    Ok((record, manager))
}

/// A time given in a `datetime-local` input (`2027-01-15T09:00`, seconds
/// optional, a space for the `T` when typed by hand), read as UTC; empty
/// is `None`. `Err` for anything else.
pub fn utc_time(text: &str) -> Result<Option<Timestamp>, ()> {
    let text = text.trim().replacen(' ', "T", 1);
    if text.is_empty() {
        return Ok(None);
    }
    let shape: &[u8] = match text.len() {
        16 => b"dddd-dd-ddTdd:dd",
        19 => b"dddd-dd-ddTdd:dd:dd",
        _ => return Err(()),
    };
    let fits = text.bytes().zip(shape).all(|(b, s)| if *s == b'd' { b.is_ascii_digit() } else { b == *s });
    if !fits {
        return Err(());
    }
    let seconds = if text.len() == 16 { ":00" } else { "" };
    format!("{text}{seconds}Z").parse::<Timestamp>().map(Some).map_err(|_| ())
}

/// A select of the six languages, `first` (when given) an empty choice
/// before them; `sent` is selected.
fn language_choices(tr: Tr, first: Option<String>, sent: &str) -> Vec<Choice> {
    let known = Lang::from_code(sent);
    let mut choices: Vec<Choice> =
        first.map(|label| Choice { value: String::new(), label, selected: known.is_none() }).into_iter().collect();
    choices.extend(Lang::ALL.into_iter().map(|lang| Choice {
        value: lang.code().to_owned(),
        label: tr.t(&format!("language-{}", lang.code())),
        selected: known == Some(lang),
    }));
    choices
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_marks_its_language_only_when_it_is_not_the_page_s() {
        let same = Text::new("Bonjour", Lang::Fr, Lang::Fr);
        assert_eq!((same.lang, same.dir), ("", ""));
        let arabic = Text::new("مرحبا", Lang::Ar, Lang::En);
        assert_eq!((arabic.lang, arabic.dir), ("ar", "rtl"));
        let french = Text::new("Bonjour", Lang::Fr, Lang::Ar);
        assert_eq!((french.lang, french.dir), ("fr", "ltr"));
    }

    #[test]
    fn times_are_read_as_utc() {
        assert_eq!(utc_time("  "), Ok(None));
        let at = |text| utc_time(text).unwrap().unwrap().to_string();
        assert_eq!(at("2027-01-15T09:30"), "2027-01-15T09:30:00.000Z");
        assert_eq!(at("2027-01-15 09:30:15"), "2027-01-15T09:30:15.000Z");
        for bad in [
            "2027-01-15",
            "2027-13-01T00:00",
            "2027-02-30T10:00",
            "15/01/2027 09:30",
            "2027-01-15T09:30Z",
            "２０２７-01-15T09:30",
        ] {
            assert_eq!(utc_time(bad), Err(()), "{bad}");
        }
    }

    #[test]
    fn run_time_ids_follow_the_codes() {
        let ids = message_ids();
        assert!(ids.contains(&"consultations-audience-members-and-stakeholders".to_owned()));
        assert!(ids.contains(&"consultations-who-everyone".to_owned()));
        assert!(ids.contains(&"consultations-choice-pass".to_owned()));
        assert!(ids.contains(&"consultations-status-draft".to_owned()));
    }
}
