//! The open consultations as a short list, for the home page and each
//! role's landing page (`templates/consultation/open.html`, macro
//! `open_list`).

use domain::consultation::Status;

use super::{Text, title_of};
use crate::AppState;
use crate::web::errors::WebError;
use crate::web::locale::Phrase;
use crate::web::page::Ctx;

/// How many open consultations a home page lists.
const SHOWN: usize = 5;

/// An open consultation in the short list.
#[derive(Debug, Clone)]
pub struct OpenConsultation {
    /// Its page.
    pub href: String,
    /// Its title.
    pub title: Text,
    /// "Closes on …", when it closes by itself.
    pub closes: Option<Phrase>,
}

/// The open consultations, newest first, at most a few.
pub async fn open_consultations(state: &AppState, ctx: &Ctx) -> Result<Vec<OpenConsultation>, WebError> {
    let tr = ctx.tr();
    let records = state.store.consultations().await?;
    Ok(records
        .iter()
        .filter(|r| r.status == Status::Open)
        .take(SHOWN)
        .map(|r| OpenConsultation {
            href: format!("/consultations/{}", r.id),
            title: title_of(r, ctx.lang),
            closes: r.closes_ms.map(|ms| tr.phrase("consultations-closes", &[], "time", tr.when_millis(ms))),
        })
        .collect())
}
