//! The pages of consultations.
//!
//! This part: the results (`results`, with the opinion map drawn by
//! `opinion_map`) and the moderators' queue (`moderation`), registered by
//! [`results_routes`].

mod moderation;
mod opinion_map;
mod results;

use axum::Router;
use axum::routing::{get, post};

use super::errors::WebError;
use super::page::Section;
use crate::AppState;

/// The section of the navigation the consultation pages belong to.
const SECTION: Section = Section::None;

/// The routes of the results and moderation pages.
pub fn results_routes() -> Router<AppState> {
    Router::new()
        .route("/consultations/{id}/results", get(results::page))
        .route("/consultations/{id}/moderation", get(moderation::queue))
        .route("/consultations/{id}/statements/{n}/moderation", post(moderation::moderate))
        .route("/consultations/{id}/statements/{n}/translations", post(moderation::translate))
}

/// Consultation `id` of a path, or 404 when the id is not a number in
/// range (huge, negative, not digits) or names no consultation.
async fn consultation_of(state: &AppState, id: &str) -> Result<store::consultation::ConsultationRecord, WebError> {
    let id = crate::extract::number(id).ok_or(WebError::NotFound)?;
    state.store.consultation(id).await?.ok_or(WebError::NotFound)
}
