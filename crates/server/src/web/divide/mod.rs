//! The AI divide index (issue 17), as pages:
//! - `GET /divide`: the index, filtered by regional and income group and
//!   sorted on the server, each rank interval drawn as a bar ([`index`]);
//! - `GET /divide/{iso3}`: a state's profile: its score, rank and
//!   interval, its pillars against its group's median and the frontier,
//!   the values used and how the missing ones were filled, its indicators
//!   over the years, the submissions awaiting review, and, for its own
//!   head or delegates, the form that submits a newer national value
//!   ([`profile`]); `POST /divide/{iso3}/submissions` ([`submit`]);
//! - `GET /divide/methodology`: how the index is computed, in plain words,
//!   then the pillars and indicators of the methodology in force, and
//!   `GET /divide/methodology.toml`, its file ([`methodology`]);
//! - `GET /divide/submissions`: the national submissions awaiting review
//!   and those reviewed lately, public; the secretariat's accept and
//!   reject forms (`POST /divide/submissions/{id}/accept`, `/reject`)
//!   ([`review`]).
//!
//! The index is the one the analyst task keeps (`crate::divide_index`);
//! before the first one exists, the pages say it is being computed. Every
//! chart is inline SVG built by [`charts`], with the same numbers in a
//! table beside it or behind a disclosure.

mod charts;
mod index;
mod methodology;
mod profile;
mod review;
mod submit;

use axum::Router;
use axum::routing::{get, post};
use domain::member::{IncomeGroup, MemberState, RegionalGroup};
use exchange::{Catalogue, FillMethod, Index};
use store::divide::StoredIndex;

use super::errors::WebError;
use super::i18n::Tr;
use super::locale::decimal;
use super::members::{group_id, income_id};
use crate::AppState;

/// The routes of the divide index's pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/divide", get(index::page))
        .route("/divide/methodology", get(methodology::page))
        .route("/divide/methodology.toml", get(methodology::file))
        .route("/divide/submissions", get(review::page))
        .route("/divide/submissions/{id}/accept", post(review::accept))
        .route("/divide/submissions/{id}/reject", post(review::reject))
        .route("/divide/{iso3}", get(profile::page))
        .route("/divide/{iso3}/submissions", post(submit::submit))
}

/// The index in JSON, from the API (`api::divide`).
pub const API_JSON: &str = "/api/v1/divide";

/// Every message id built at run time here, for the message tests.
pub fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = Catalogue::shipped().indicators().iter().map(|i| indicator_id(&i.code)).collect();
    ids.extend(FILL_METHODS.iter().map(|m| fill_id(*m).to_owned()));
    ids.extend(CHOSEN_IDS.iter().map(|id| (*id).to_owned()));
    ids
}

/// Every way a value is filled, for the message tests.
const FILL_METHODS: [FillMethod; 5] = [
    FillMethod::Latest,
    FillMethod::GroupMedian,
    FillMethod::RegionMedian,
    FillMethod::IncomeMedian,
    FillMethod::OverallMedian,
];

/// The messages chosen by a match (the message tests look for ids in
/// calls of `t`, which these are not).
const CHOSEN_IDS: &[&str] = &[
    "divide-col-rank",
    "divide-col-interval",
    "divide-sort-rank",
    "divide-sort-coverage",
    "divide-sort-uncertainty",
    "divide-direction-higher",
    "divide-direction-lower",
    "divide-transform-none",
    "divide-transform-log",
    "divide-m-within-arithmetic",
    "divide-m-within-geometric",
    "divide-m-across-arithmetic",
    "divide-m-across-geometric",
    "divide-status-pending",
    "divide-status-accepted",
    "divide-status-rejected",
];

/// The message id of an indicator's name: its code in lower case, dots
/// and underscores as hyphens (`IT.NET.USER.ZS` is
/// `divide-ind-it-net-user-zs`).
pub fn indicator_id(code: &str) -> String {
    format!("divide-ind-{}", code.to_ascii_lowercase().replace(['.', '_'], "-"))
}

/// An indicator's name in the page language; an indicator the catalogue
/// does not know (none is accepted) keeps its code.
pub fn indicator_name(tr: Tr, code: &str) -> String {
    if Catalogue::shipped().get(code).is_some() { tr.t(&indicator_id(code)) } else { code.to_owned() }
}

/// The message id of a way of filling a value.
fn fill_id(method: FillMethod) -> &'static str {
    match method {
        FillMethod::Latest => "divide-fill-latest",
        FillMethod::GroupMedian => "divide-fill-group-median",
        FillMethod::RegionMedian => "divide-fill-region-median",
        FillMethod::IncomeMedian => "divide-fill-income-median",
        FillMethod::OverallMedian => "divide-fill-overall-median",
    }
}

/// How a value was found, in the page language: observed, or filled and
/// how.
fn found_text(tr: Tr, filled: Option<FillMethod>) -> String {
    filled.map_or_else(|| tr.t("divide-observed"), |method| tr.t(fill_id(method)))
}

/// A pillar's name in the page language, from the methodology's `names`
/// (English when it has none in the page language; its id if neither).
fn pillar_name(tr: Tr, pillar: &exchange::Pillar) -> String {
    pillar.names.get(tr.lang.code()).or_else(|| pillar.names.get("en")).cloned().unwrap_or_else(|| pillar.id.clone())
}

/// The pillar `id`'s name in `index`'s methodology (the published version
/// `version`), in the page language.
fn pillar_name_of(tr: Tr, methodology: Option<&exchange::Methodology>, id: &str) -> String {
    methodology
        .and_then(|m| m.pillars.iter().find(|p| p.id == id))
        .map_or_else(|| id.to_owned(), |pillar| pillar_name(tr, pillar))
}

/// A score on the 0–100 scale, to one decimal.
fn score_text(tr: Tr, score: f64) -> String {
    decimal(tr.lang, score, 1)
}

/// A share (0–1) as a percentage, without decimals.
fn percent_text(tr: Tr, share: f64) -> String {
    tr.t_args("divide-percent", &[("value", decimal(tr.lang, share * 100.0, 0).into())])
}

/// An indicator's value, with as many decimals as its size needs: none
/// from 1,000 (and for 0), one from 10, two from 1, three below.
fn value_text(tr: Tr, value: f64) -> String {
    let size = value.abs();
    let digits = if size >= 1000.0 || value == 0.0 {
        0
    } else if size >= 10.0 {
        1
    } else if size >= 1.0 {
        2
    } else {
        3
    };
    decimal(tr.lang, value, digits)
}

/// A regional group's name in the page language.
fn region_name(tr: Tr, group: RegionalGroup) -> String {
    tr.t(&group_id(group))
}

/// An income group's name in the page language.
fn income_name(tr: Tr, income: IncomeGroup) -> String {
    tr.t(&income_id(income))
}

/// The latest computed index, if any; a stored index that does not read
/// is an internal error (logged), not "being computed".
async fn current(state: &AppState) -> Result<Option<(StoredIndex, Index)>, WebError> {
    Ok(crate::divide_index::current(&state.store).await?)
}

/// Every member and observer state, in the order of their names in the
/// page language.
async fn states(state: &AppState, tr: Tr) -> Result<Vec<MemberState>, WebError> {
    super::members::states_in_order(state, tr).await
}

/// The methodology in force: the latest published, else the shipped
/// default; with its file.
async fn methodology_in_force(state: &AppState) -> Result<(exchange::Methodology, String), WebError> {
    let published = state.store.divide_methodologies().await?;
    let text = published.last().map_or_else(|| exchange::DEFAULT_TOML.to_owned(), |m| m.text.clone());
    let methodology = exchange::Methodology::parse(&text, &Catalogue::shipped())
        .map_err(|err| WebError::Internal(format!("the methodology in force does not read: {err}")))?;
    Ok((methodology, text))
}

#[cfg(test)]
mod tests {
    use domain::lang::Lang;

    use super::*;

    #[test]
    fn indicator_ids_are_fluent_identifiers() {
        assert_eq!(indicator_id("IT.NET.USER.ZS"), "divide-ind-it-net-user-zs");
        assert_eq!(indicator_id("PATENT_APPS_TOTAL"), "divide-ind-patent-apps-total");
        for id in message_ids() {
            assert!(id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{id}");
        }
        assert_eq!(indicator_name(Tr { lang: Lang::En }, "NOT.A.CODE"), "NOT.A.CODE");
    }

    #[test]
    fn values_keep_the_decimals_their_size_needs() {
        let tr = Tr { lang: Lang::En };
        assert_eq!(value_text(tr, 23_456.7), "23,457");
        assert_eq!(value_text(tr, 35.04), "35.0");
        assert_eq!(value_text(tr, 1.234), "1.23");
        assert_eq!(value_text(tr, 0.0456), "0.046");
        assert_eq!(value_text(tr, 0.0), "0");
        assert_eq!(value_text(Tr { lang: Lang::Fr }, 1.5), "1,50");
        assert_eq!(percent_text(tr, 0.8333), "83%");
    }
}
