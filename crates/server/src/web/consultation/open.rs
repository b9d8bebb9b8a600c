//! The open consultations as a short list, for the home page and each
//! role's landing page (`templates/consultation/open.html`, macro
//! `open_list`), and the consultations whose results everyone may see, for
//! the home page (macro `results_list`).

use domain::consultation::{Status, visibility};

use super::list::counts;
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

/// A consultation whose results everyone may see, in the home page's
/// short list.
#[derive(Debug, Clone)]
pub struct ResultsLink {
    /// Its results page.
    pub href: String,
    /// Its title.
    pub title: Text,
    /// Its statements, participants and votes.
    pub counts: String,
}

/// The consultations whose results everyone may see (closed, or open with
/// results shown to all), newest first, at most a few.
pub async fn consultations_with_results(state: &AppState, ctx: &Ctx) -> Result<Vec<ResultsLink>, WebError> {
    let tr = ctx.tr();
    let records = state.store.consultations().await?;
    Ok(records
        .iter()
        .filter(|r| visibility::results_shown(r.status, r.results, false, false))
        .take(SHOWN)
        .map(|r| ResultsLink {
            href: format!("/consultations/{}/results", r.id),
            title: title_of(r, ctx.lang),
            counts: counts(tr, r),
        })
        .collect())
}
