//! Consultations over the API, under `/api/v1/consultations`: the list and
//! a consultation's details (`manage`: also creating, opening, closing and
//! reopening), taking part (`take_part`: statements, votes, flags, the
//! next statement to vote on), moderation and translations (`moderate`),
//! the stored analysis (`analysis`), and Pol.is exports in and out
//! (`polis`: imports in batches, a consultation's whole record).
//!
//! Handlers are thin: they parse, call [`super::submit`] with a
//! `domain::Command::Consultation`, and read through the store. What the
//! caller sees follows `domain::consultation::visibility`: a draft is
//! hidden (404) from those who do not manage it, as are pending statements
//! and the texts of rejected ones; results follow the consultation's
//! setting (403, saying why).

mod analysis;
pub mod dto;
mod manage;
mod moderate;
pub mod polis;
mod take_part;

use std::str::FromStr;

use domain::consultation::visibility::{listed, manages};
use domain::consultation::{ConsultationCommand, ConsultationEvent};
use domain::lang::Lang;
use domain::{Command, Envelope, Event, Rejection};
use store::consultation::ConsultationRecord;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub use self::manage::{ListParams, create_consultation, detail, list_visible};
pub use self::take_part::visible_statements;
use super::{Recorded, submit_or_refuse};
use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;

/// Adds the consultation routes to the API's router (and its document).
pub fn routes(router: OpenApiRouter<AppState>) -> OpenApiRouter<AppState> {
    router
        .routes(routes!(manage::list, manage::create))
        .routes(routes!(manage::show))
        .routes(routes!(manage::open))
        .routes(routes!(manage::close))
        .routes(routes!(manage::reopen))
        .routes(routes!(take_part::statements, take_part::write))
        .routes(routes!(take_part::vote))
        .routes(routes!(take_part::next))
        .routes(routes!(take_part::flag))
        .routes(routes!(moderate::moderate))
        .routes(routes!(moderate::translate))
        .routes(routes!(analysis::analysis))
        .routes(routes!(polis::begin))
        .routes(routes!(polis::batch))
        .routes(routes!(polis::finish))
        .routes(routes!(polis::export))
}

/// A consultation the caller may see, and whether they manage it.
#[derive(Debug, Clone)]
pub struct Seen {
    /// The consultation.
    pub record: ConsultationRecord,
    /// Whether the caller manages it.
    pub manages: bool,
}

/// The consultation numbered `id`, if the caller may see it: a draft
/// answers 404, as an unknown consultation does, to those who do not
/// manage it.
pub async fn seen(state: &AppState, caller: &Caller, id: u64) -> Result<Seen, ApiError> {
    let record = state.store.consultation(id).await?.ok_or(Rejection::UnknownConsultation(id))?;
    let manages = manages(&caller.principal, record.member);
    if !listed(record.status, manages) {
        return Err(Rejection::UnknownConsultation(id).into());
    }
    Ok(Seen { record, manages })
}

/// The consultation number of a path segment (404 beyond what is stored).
fn consultation_id(text: &str) -> Result<u64, ApiError> {
    crate::extract::id(text, "consultation")
}

/// The statement number of a path segment (404 beyond what is stored).
fn statement_number(text: &str) -> Result<u64, ApiError> {
    crate::extract::id(text, "statement")
}

/// A field of a body parsed by its type's codes, or a 422 naming it.
fn field<T: FromStr<Err = String>>(name: &str, text: &str) -> Result<T, ApiError> {
    text.parse().map_err(|err: String| ApiError::Unprocessable(format!("{name}: {err}")))
}

/// A language code of a body (exactly one of the six), or a 422 naming
/// the field.
fn language(name: &str, code: &str) -> Result<Lang, ApiError> {
    Lang::ALL.into_iter().find(|lang| lang.code() == code).ok_or_else(|| {
        ApiError::Unprocessable(format!("{name}: {code:?} is not one of the six languages: ar, zh, en, fr, ru, es"))
    })
}

/// A refusal of the domain as an answer, except that a draft stays hidden
/// from those who do not manage it: taking part in it is answered as for
/// a consultation that does not exist.
async fn refusal(state: &AppState, caller: &Caller, rejection: Rejection) -> ApiError {
    if let Rejection::ConsultationStatus { id, status, .. } = &rejection
        && *status == domain::consultation::Status::Draft.code()
        && let Ok(Some(record)) = state.store.consultation(*id).await
        && !manages(&caller.principal, record.member)
    {
        return Rejection::UnknownConsultation(*id).into();
    }
    rejection.into()
}

/// Submits a consultation command as the caller; refusals are problems.
async fn send(state: &AppState, caller: &Caller, command: ConsultationCommand) -> Result<Recorded, ApiError> {
    match submit_or_refuse(state, caller, Command::Consultation(command)).await? {
        Ok(recorded) => Ok(recorded),
        Err(rejection) => Err(refusal(state, caller, rejection).await),
    }
}

/// The consultation event recorded at log index `index` (to learn the
/// number the domain gave a new consultation or statement).
async fn recorded_event(state: &AppState, index: u64) -> Result<ConsultationEvent, ApiError> {
    let entry = state.store.entry(index).await?;
    let envelope = entry.as_ref().map(|e| Envelope::decode(&e.bytes));
    match envelope {
        Some(Ok(Envelope { event: Event::Consultation(event), .. })) => Ok(event),
        _ => Err(ApiError::Internal(format!("log entry {index} is not the consultation event just recorded"))),
    }
}
