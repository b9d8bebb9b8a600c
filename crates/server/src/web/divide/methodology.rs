//! `GET /divide/methodology`: how the index is computed, in plain words in
//! the page language (the prose is in `locales/<lang>/divide.ftl`, its
//! numbers taken from the methodology in force, so the words follow a new
//! version), then each pillar with its indicators: weight, direction,
//! transformation, goalposts, fill window and the reason for each choice
//! (in English, as the methodology file gives it). `GET
//! /divide/methodology.toml`: the file itself, as published.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::lang::Lang;
use exchange::{Direction, Mean, Methodology, Transform};

use super::{indicator_name, percent_text, pillar_name};
use crate::AppState;
use crate::divide_index::{DRAWS, SEED};
use crate::web::errors::WebError;
use crate::web::i18n::Tr;
use crate::web::locale::decimal;
use crate::web::page::{Ctx, Layout, Section};
use crate::web::record::server_url;

/// An indicator of a pillar.
pub struct IndicatorRow {
    name: String,
    code: String,
    weight: String,
    direction: String,
    transform: String,
    goalposts: String,
    window: String,
    rationale: String,
}

/// A pillar and its indicators.
pub struct PillarTable {
    caption: String,
    rows: Vec<IndicatorRow>,
}

#[derive(Template)]
#[template(path = "divide/methodology.html")]
struct MethodologyPage {
    page: Layout,
    version: String,
    /// The methodology's name, as its file gives it (in English).
    name: String,
    /// The methodology's name is English: marked as such on other pages.
    english: bool,
    scale: String,
    aggregation: String,
    floor: String,
    missing: String,
    interval: String,
    /// `concord divide compute --url ...` for this server.
    command: String,
    pillars: Vec<PillarTable>,
}

/// `GET /divide/methodology`.
pub async fn page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let (m, _) = super::methodology_in_force(&state).await?;
    let within = match m.aggregation.within_pillar {
        Mean::Arithmetic => "divide-m-within-arithmetic",
        Mean::Geometric => "divide-m-within-geometric",
    };
    let across = match m.aggregation.across_pillars {
        Mean::Arithmetic => "divide-m-across-arithmetic",
        Mean::Geometric => "divide-m-across-geometric",
    };
    let template = MethodologyPage {
        version: tr.t_args("divide-m-version", &[("version", tr.number(u64::from(m.version)).into())]),
        name: m.name.clone(),
        english: tr.lang != Lang::En,
        scale: tr.t_args("divide-m-scale", &[("pillars", tr.number(m.pillars.len() as u64).into())]),
        aggregation: format!("{} {}", tr.t(within), tr.t(across)),
        floor: tr.t_args("divide-m-floor", &[("floor", decimal(tr.lang, m.aggregation.floor * 100.0, 0).into())]),
        missing: tr.t_args(
            "divide-m-missing",
            &[("year", m.year.to_string().into()), ("window", years(tr, m.max_age_years).into())],
        ),
        interval: tr.t_args(
            "divide-m-interval",
            &[
                ("draws", tr.number(u64::from(DRAWS)).into()),
                ("concentration", decimal(tr.lang, m.concentration, 0).into()),
                ("seed", SEED.to_string().into()),
            ],
        ),
        command: format!("concord divide compute --url {} --json", server_url(&ctx)),
        pillars: pillars(tr, &m),
        page: Layout::new(&state, &ctx, &tr.t("divide-methodology-title"), Section::Divide)
            .await
            .crumb(tr.t("site-home"), "/")
            .crumb(tr.t("divide-title"), "/divide"),
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}

/// Each pillar of `m` and its indicators, in the file's order.
fn pillars(tr: Tr, m: &Methodology) -> Vec<PillarTable> {
    let bound = |x: f64| if x.fract() == 0.0 { decimal(tr.lang, x, 0) } else { super::value_text(tr, x) };
    m.pillars
        .iter()
        .map(|pillar| PillarTable {
            caption: tr.t_args(
                "divide-m-pillar-caption",
                &[("pillar", pillar_name(tr, pillar).into()), ("weight", percent_text(tr, pillar.weight).into())],
            ),
            rows: pillar
                .indicators
                .iter()
                .map(|i| IndicatorRow {
                    name: indicator_name(tr, &i.code),
                    code: i.code.clone(),
                    weight: percent_text(tr, i.weight),
                    direction: tr.t(match i.direction {
                        Direction::Higher => "divide-direction-higher",
                        Direction::Lower => "divide-direction-lower",
                    }),
                    transform: tr.t(match i.transform {
                        Transform::None => "divide-transform-none",
                        Transform::Log => "divide-transform-log",
                    }),
                    goalposts: tr.t_args(
                        "divide-goalposts",
                        &[("min", bound(i.goalposts.0).into()), ("max", bound(i.goalposts.1).into())],
                    ),
                    window: years(tr, i.max_age_years.unwrap_or(m.max_age_years)),
                    rationale: i.rationale.clone(),
                })
                .collect(),
        })
        .collect()
}

/// "5 years", in the page language (the number chooses the plural form).
fn years(tr: Tr, years: u16) -> String {
    tr.t_args("divide-years", &[("years", years.into())])
}

/// `GET /divide/methodology.toml`: the methodology in force, as published
/// (the shipped default before any is).
pub async fn file(State(state): State<AppState>) -> Result<Response, WebError> {
    let (_, text) = super::methodology_in_force(&state).await?;
    let mut response = (StatusCode::OK, text).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(response)
}
