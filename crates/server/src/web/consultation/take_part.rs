//! Taking part, from the consultation's page:
//! - `POST /consultations/{id}/vote` (fields `statement`, `choice`): a
//!   vote, or a changed one (the last counts);
//! - `POST /consultations/{id}/statements` (fields `text`, `language`): a
//!   new statement;
//! - `POST /consultations/{id}/statements/{n}/flag`: a flag for the
//!   moderators.
//!
//! Each submits the API's command (`api::submit_or_refuse`); the store
//! records a member of the public under their pseudonym. A refusal about a
//! field comes back beside it on the consultation's page (422); one about
//! the consultation (closed meanwhile) shows the page as it now is (409);
//! "you may not" is the 403 page.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::consultation::{Choice, ConsultationCommand, MAX_STATEMENT, Moderation, check_statement_text};
use domain::lang::Lang;
use domain::{Command, Rejection};

use super::show::{Sent, render};
use crate::AppState;
use crate::api::submit_or_refuse;
use crate::extract::Path;
use crate::web::errors::WebError;
use crate::web::form::{Posted, see_other};
use crate::web::i18n::Tr;
use crate::web::page::Ctx;

/// Refuses a visitor (sent to sign in, then back to the consultation).
pub(super) fn signed_in(ctx: &Ctx, id: u64) -> Result<(), WebError> {
    if ctx.caller.second_factor_pending() {
        return Err(WebError::Redirect("/sign-in/two-factor".into()));
    }
    match ctx.account() {
        Some(_) => Ok(()),
        None => Err(WebError::SignIn(format!("/consultations/{id}"))),
    }
}

/// Submits `command` for consultation `id`: `Ok(Ok)` when recorded,
/// `Ok(Err)` with a refusal the page words itself; "you may not" is the
/// 403 page.
async fn submit(state: &AppState, ctx: &Ctx, command: ConsultationCommand) -> Result<Result<(), Rejection>, WebError> {
    let outcome = submit_or_refuse(state, &ctx.caller, Command::Consultation(command)).await;
    Ok(outcome.map_err(WebError::from_api)?.map(|_| ()))
}

/// The consultation's page again, as it is now, with what was sent.
pub(super) async fn again(
    state: &AppState,
    ctx: &Ctx,
    id: u64,
    sent: Sent,
    status: StatusCode,
) -> Result<Response, WebError> {
    let (record, manager) = super::visible(state, ctx, &id.to_string()).await?;
    render(state, ctx, record, manager, sent, status).await
}

/// `POST /consultations/{id}/vote`.
pub async fn vote(State(state): State<AppState>, Path(id): Path<String>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let (record, _) = super::visible(&state, ctx, &id).await?;
    signed_in(ctx, record.id)?;
    let tr = ctx.tr();
    let statement = crate::extract::number(form.get("statement"))
        .ok_or_else(|| WebError::BadRequest("the statement voted on is not a number".into()))?;
    let Ok(choice) = form.get("choice").parse::<Choice>() else {
        let sent = Sent {
            statement: Some(statement),
            vote_error: Some(tr.t("consultations-error-choice")),
            ..Sent::default()
        };
        return again(&state, ctx, record.id, sent, StatusCode::OK).await;
    };
    let command = ConsultationCommand::Vote { id: record.id, statement, choice, pseudonym: None };
    match submit(&state, ctx, command).await? {
        Ok(()) => Ok(see_other(&format!("/consultations/{}", record.id), Some("notice-vote-recorded"))),
        Err(Rejection::ConsultationStatus { .. }) => {
            again(&state, ctx, record.id, Sent::default(), StatusCode::CONFLICT).await
        }
        Err(Rejection::StatementStatus { .. } | Rejection::UnknownStatement { .. }) => {
            // Another statement is drawn; the error says why.
            let sent = Sent { vote_error: Some(tr.t("consultations-error-statement")), ..Sent::default() };
            again(&state, ctx, record.id, sent, StatusCode::OK).await
        }
        Err(other) => Err(WebError::from_api(other.into())),
    }
}

/// What is wrong with a statement's text, in the page language.
fn text_error(tr: Tr, text: &str) -> String {
    if text.trim().is_empty() {
        tr.t("consultations-error-text-empty")
    } else if text.trim().chars().count() > MAX_STATEMENT {
        tr.t_args("text-too-long", &[("max", tr.number(MAX_STATEMENT as u64).into())])
    } else {
        tr.t("consultations-error-text-line")
    }
}

/// `POST /consultations/{id}/statements`.
pub async fn write(State(state): State<AppState>, Path(id): Path<String>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let (record, _) = super::visible(&state, ctx, &id).await?;
    signed_in(ctx, record.id)?;
    let tr = ctx.tr();
    let (text, language) = (form.get("text"), form.get("language"));
    let mut sent = Sent { text: text.to_owned(), language: language.to_owned(), ..Sent::default() };
    let lang = Lang::from_code(language);
    if lang.is_none() {
        sent.language_error = Some(tr.t("consultations-error-statement-language"));
    }
    // The domain's own check, asked before sending, so that every field's
    // error shows at once.
    if check_statement_text(text).is_err() {
        sent.text_error = Some(text_error(tr, text));
    }
    let Some(language) = lang.filter(|_| sent.text_error.is_none()) else {
        return again(&state, ctx, record.id, sent, StatusCode::OK).await;
    };
    let command = ConsultationCommand::AddStatement { id: record.id, language, text: text.to_owned(), pseudonym: None };
    match submit(&state, ctx, command).await? {
        Ok(()) => {
            let notice = match record.moderation {
                Moderation::Before => "notice-statement-held",
                Moderation::After => "notice-statement-added",
            };
            Ok(see_other(&format!("/consultations/{}", record.id), Some(notice)))
        }
        Err(Rejection::DuplicateStatement { statement, .. }) => {
            sent.text_error =
                Some(tr.t_args("consultations-error-duplicate", &[("number", tr.number(statement).into())]));
            again(&state, ctx, record.id, sent, StatusCode::OK).await
        }
        Err(Rejection::Invalid { field: "text", .. }) => {
            sent.text_error = Some(text_error(tr, text));
            again(&state, ctx, record.id, sent, StatusCode::OK).await
        }
        Err(Rejection::ConsultationStatus { .. }) => {
            again(&state, ctx, record.id, Sent::default(), StatusCode::CONFLICT).await
        }
        Err(other) => Err(WebError::from_api(other.into())),
    }
}

/// `POST /consultations/{id}/statements/{n}/flag`.
pub async fn flag(
    State(state): State<AppState>,
    Path((id, n)): Path<(String, String)>,
    form: Posted,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let (record, _) = super::visible(&state, ctx, &id).await?;
    let statement = crate::extract::number(&n).ok_or(WebError::NotFound)?;
    signed_in(ctx, record.id)?;
    match submit(&state, ctx, ConsultationCommand::Flag { id: record.id, statement, pseudonym: None }).await? {
        Ok(()) => Ok(see_other(&format!("/consultations/{}", record.id), Some("notice-statement-flagged"))),
        Err(Rejection::ConsultationStatus { .. }) => {
            again(&state, ctx, record.id, Sent::default(), StatusCode::CONFLICT).await
        }
        Err(other) => Err(WebError::from_api(other.into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_error_says_what_is_wrong() {
        let tr = Tr { lang: Lang::En };
        assert_eq!(text_error(tr, "  "), tr.t("consultations-error-text-empty"));
        assert!(text_error(tr, &"x".repeat(MAX_STATEMENT + 1)).contains("300"));
        assert_eq!(text_error(tr, "one\ntwo"), tr.t("consultations-error-text-line"));
    }
}
