//! Those who manage a consultation (the secretariat, or the head of the
//! delegation that created it) open, close and reopen it from its page:
//! `POST /consultations/{id}/open`, `/close`, `/reopen` (with an optional
//! new closing time, `closes_at`, a `datetime-local` value in UTC).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::consultation::ConsultationCommand;
use domain::{Command, Rejection};

use super::show::Sent;
use super::take_part::{again, signed_in};
use super::utc_time;
use crate::AppState;
use crate::api::submit_or_refuse;
use crate::extract::Path;
use crate::web::errors::WebError;
use crate::web::form::{Posted, see_other};

/// Submits `command` (made from the consultation's number) and goes back
/// to the consultation with `notice`; a consultation no longer in the
/// status the button was for is shown as it is now (409).
async fn change(
    state: &AppState,
    id: &str,
    form: &Posted,
    command: impl FnOnce(u64) -> ConsultationCommand,
    notice: &'static str,
) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let (record, _) = super::visible(state, ctx, id).await?;
    signed_in(ctx, record.id)?;
    let outcome = submit_or_refuse(state, &ctx.caller, Command::Consultation(command(record.id))).await;
    match outcome.map_err(WebError::from_api)? {
        Ok(_) => Ok(see_other(&format!("/consultations/{}", record.id), Some(notice))),
        Err(Rejection::ConsultationStatus { .. }) => {
            again(state, ctx, record.id, Sent::default(), StatusCode::CONFLICT).await
        }
        Err(other) => Err(WebError::from_api(other.into())),
    }
}

/// `POST /consultations/{id}/open`.
pub async fn open(State(state): State<AppState>, Path(id): Path<String>, form: Posted) -> Result<Response, WebError> {
    change(&state, &id, &form, |id| ConsultationCommand::Open { id }, "notice-consultation-opened").await
}

/// `POST /consultations/{id}/close`.
pub async fn close(State(state): State<AppState>, Path(id): Path<String>, form: Posted) -> Result<Response, WebError> {
    change(&state, &id, &form, |id| ConsultationCommand::Close { id }, "notice-consultation-closed").await
}

/// `POST /consultations/{id}/reopen`.
pub async fn reopen(State(state): State<AppState>, Path(id): Path<String>, form: Posted) -> Result<Response, WebError> {
    let sent = form.get("closes_at");
    let Ok(closes_at) = utc_time(sent) else {
        let ctx = &form.ctx;
        let (record, _) = super::visible(&state, ctx, &id).await?;
        signed_in(ctx, record.id)?;
        let error = ctx.tr().t("consultations-error-time");
        let sent = Sent { closes_at: sent.to_owned(), closes_at_error: Some(error), ..Sent::default() };
        return again(&state, ctx, record.id, sent, StatusCode::OK).await;
    };
    change(&state, &id, &form, |id| ConsultationCommand::Reopen { id, closes_at }, "notice-consultation-reopened").await
}
