//! `GET /divide/{iso3}`: a state's profile in the index.
//!
//! - its score, rank among the member states and rank interval, coverage,
//!   the group it is compared with, the methodology;
//! - its pillars against its group's median and the frontier
//!   (`domain::divide::view::benchmarks`): an SVG chart, the same numbers
//!   in a table beside it;
//! - the values its score is made of, and which were filled and how;
//! - each indicator of the index over the years, from the values in force
//!   (`Store::indicator_values`): a small SVG line each, its numbers behind
//!   a "show the data" disclosure;
//! - its submissions awaiting review;
//! - for its own head or delegates, the form that submits a newer national
//!   value ([`super::submit`]), shown again with its errors when it fails
//!   ([`render`] with what was [`Sent`]).

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Target, authorize};
use domain::divide::view::{benchmarks, score_of};
use domain::member::{Iso3, MemberState};
use exchange::{Catalogue, Index, Methodology, Score};
use store::divide::{IndicatorValue, StoredIndex, SubmissionFilter, SubmissionStatus};

use super::charts::{
    PILLAR_TRACK, PILLARS_WIDTH, PillarBar, PillarInput, TREND_HEIGHT, TREND_WIDTH, TrendLine, pillars, pillars_height,
    trend,
};
use super::index::{facts, interval_text};
use super::{
    found_text, income_name, indicator_name, percent_text, pillar_name_of, region_name, score_text, value_text,
};
use crate::AppState;
use crate::extract::Path;
use crate::web::errors::WebError;
use crate::web::form::Guard;
use crate::web::i18n::Tr;
use crate::web::locale::{Phrase, When};
use crate::web::page::{Choice, Ctx, Field, FieldError, Layout, Section, SummaryRow, errors_of};

/// What a failed submission sent, shown again with its errors.
#[derive(Debug, Default)]
pub struct Sent {
    /// The indicator's code.
    pub indicator: String,
    /// The year, as typed.
    pub year: String,
    /// The value, as typed.
    pub value: String,
    /// The source.
    pub source: String,
    /// What is wrong, by field name.
    pub errors: BTreeMap<&'static str, String>,
}

/// A row of the pillars' table.
pub struct PillarRow {
    name: String,
    score: String,
    median: String,
    frontier: String,
}

/// A value used in the score.
pub struct UsedRow {
    pillar: String,
    indicator: String,
    value: String,
    year: String,
    scaled: String,
    weight: String,
    how: String,
}

/// One indicator over the years.
pub struct Trend {
    /// The chart's id (for its title).
    id: String,
    name: String,
    title: String,
    line: Option<TrendLine>,
    top: String,
    bottom: String,
    first: String,
    last: String,
    /// Year and value, oldest first.
    rows: Vec<(String, String)>,
}

/// A submission awaiting review.
pub struct PendingRow {
    indicator: String,
    year: String,
    value: String,
    source: String,
    when: When,
}

/// The fields of the submission form.
pub struct SubmitForm {
    indicator: Field,
    year: Field,
    value: Field,
    source: Field,
    action: String,
}

/// The state's standing, once the index scores it.
pub struct Standing {
    summary: Vec<SummaryRow>,
    observer_note: Option<String>,
    facts: String,
    chart_title: String,
    bars: Vec<PillarBar>,
    chart_height: u32,
    pillar_rows: Vec<PillarRow>,
    values_lead: String,
    used: Vec<UsedRow>,
}

#[derive(Template)]
#[template(path = "divide/profile.html")]
struct ProfilePage {
    page: Layout,
    heading: String,
    member_href: String,
    guard: Guard,
    errors: Vec<FieldError>,
    computing: Option<Phrase>,
    /// The index exists but does not score the state.
    not_scored: bool,
    standing: Option<Standing>,
    legend_score: String,
    chart_width: u32,
    track_width: u32,
    trends_lead: String,
    trends: Vec<Trend>,
    trend_width: u32,
    trend_height: u32,
    pending: Vec<PendingRow>,
    form: Option<SubmitForm>,
}

/// `GET /divide/{iso3}`.
pub async fn page(State(state): State<AppState>, ctx: Ctx, Path(iso3): Path<String>) -> Result<Response, WebError> {
    let member = state_of(&state, &iso3).await?;
    render(&state, &ctx, member, Sent::default(), StatusCode::OK).await
}

/// The state named by a path's code (in either case), or 404.
pub async fn state_of(state: &AppState, code: &str) -> Result<MemberState, WebError> {
    if code.len() != 3 {
        return Err(WebError::NotFound);
    }
    let iso3: Iso3 = code.to_ascii_uppercase().parse().map_err(|_| WebError::NotFound)?;
    Ok(state.store.member(iso3).await?.ok_or(WebError::NotFound)?.member)
}

/// Whether the caller, signed in, may submit values for `member`: its
/// head or a delegate, by the authorization table.
fn may_submit(ctx: &Ctx, member: Iso3) -> bool {
    ctx.account().is_some()
        && authorize(&ctx.caller.principal, &ctx.caller.scope, Action::SubmitIndicatorValue, Target::Member(member))
            .is_ok()
}

/// The profile of `member`, with what a failed form `sent`; `status` is
/// the answer's when no field is wrong (a failed form answers 422).
pub async fn render(
    state: &AppState,
    ctx: &Ctx,
    member: MemberState,
    sent: Sent,
    status: StatusCode,
) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let iso3 = member.iso3;
    let name = member.names.get(tr.lang).to_owned();
    let (methodology, _) = super::methodology_in_force(state).await?;
    let (mut computing, mut not_scored, mut standing) = (None, false, None);
    match super::current(state).await? {
        None => computing = Some(tr.phrase("divide-computing", &[], "time", tr.when(domain::Timestamp::now()))),
        Some((stored, index)) => {
            let states = super::states(state, tr).await?;
            let used = (methodology.version == index.methodology).then_some(&methodology);
            match score_of(&index, iso3.as_str()) {
                Some(score) => standing = Some(standing_of(tr, &stored, &index, &states, &member, score, used)),
                None => not_scored = true,
            }
        }
    }
    let values = state.store.indicator_values(iso3).await?;
    let pending = state
        .store
        .divide_submissions(SubmissionFilter { status: Some(SubmissionStatus::Pending), member: Some(iso3) })
        .await?
        .into_iter()
        .rev()
        .map(|s| PendingRow {
            indicator: indicator_name(tr, &s.indicator),
            year: s.year.to_string(),
            value: s.value.parse().map_or_else(|_| s.value.clone(), |v| value_text(tr, v)),
            source: s.source,
            when: tr.when_millis(s.submitted_ms),
        })
        .collect();
    let form = may_submit(ctx, iso3).then(|| submit_form(tr, iso3, &sent));
    let errors = form.as_ref().map_or_else(Vec::new, |f| errors_of(&[&f.indicator, &f.year, &f.value, &f.source]));
    let status = if errors.is_empty() { status } else { StatusCode::UNPROCESSABLE_ENTITY };
    let title = tr.t_args("divide-profile-title", &[("member", name.as_str().into())]);
    let mut page = Layout::new(state, ctx, &title, Section::Divide)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("divide-title"), "/divide");
    if !errors.is_empty() {
        page = page.failed();
    }
    let template = ProfilePage {
        page,
        member_href: format!("/members/{iso3}"),
        guard: Guard::new(ctx),
        errors,
        computing,
        not_scored,
        standing,
        legend_score: tr.t_args("divide-legend-score", &[("member", name.as_str().into())]),
        chart_width: PILLARS_WIDTH,
        track_width: PILLAR_TRACK,
        trends_lead: tr.t_args("divide-trends-lead", &[("member", name.as_str().into())]),
        trends: trends(tr, &methodology, &values),
        trend_width: TREND_WIDTH,
        trend_height: TREND_HEIGHT,
        pending,
        form,
        heading: name,
    };
    Ok(template.page.respond(status, &template))
}

/// The state's standing in `index`: the summary, the pillars, the values
/// used. `methodology` is the one the index was computed by, if known
/// (for the pillars' names and the count of indicators).
fn standing_of(
    tr: Tr,
    stored: &StoredIndex,
    index: &Index,
    states: &[MemberState],
    member: &MemberState,
    score: &Score,
    methodology: Option<&Methodology>,
) -> Standing {
    let name = member.names.get(tr.lang);
    let ranked = member.votes() && index.members.iter().any(|s| s.iso3 == score.iso3);
    let members = index.members.len() as u64;
    let mut summary = vec![SummaryRow::new(
        tr.t("divide-row-score"),
        tr.t_args("divide-score-of", &[("score", score_text(tr, score.score).into())]),
    )];
    if ranked {
        summary.push(SummaryRow::new(
            tr.t("divide-row-rank"),
            tr.t_args(
                "divide-rank-of",
                &[("rank", tr.number(u64::from(score.rank)).into()), ("members", tr.number(members).into())],
            ),
        ));
        summary.push(SummaryRow::new(
            tr.t("divide-row-interval"),
            tr.t_args(
                "divide-interval-text",
                &[("interval", interval_text(tr, score).into()), ("draws", tr.number(u64::from(index.draws)).into())],
            ),
        ));
    }
    let observed = score.values.iter().filter(|v| v.filled.is_none()).count() as u64;
    let indicators = methodology.map_or(score.values.len(), |m| m.indicator_codes().len()) as u64;
    summary.push(SummaryRow::new(
        tr.t("divide-row-coverage"),
        tr.t_args(
            "divide-coverage-text",
            &[
                ("percent", percent_text(tr, score.coverage).into()),
                ("observed", tr.number(observed).into()),
                ("indicators", tr.number(indicators).into()),
                ("year", index.year.to_string().into()),
            ],
        ),
    ));
    let group = match (member.regional_group, member.income_group) {
        (Some(region), Some(income)) => Some(tr.t_args(
            "divide-peers",
            &[("region", region_name(tr, region).into()), ("income", income_name(tr, income).into())],
        )),
        (Some(region), None) => Some(region_name(tr, region)),
        (None, _) => None,
    };
    summary.push(SummaryRow::new(tr.t("divide-row-group"), group.unwrap_or_else(|| tr.t("divide-no-group"))));

    let mut benchmarks = benchmarks(index, states, &score.iso3).unwrap_or_default();
    if let Some(m) = methodology {
        benchmarks.sort_by_key(|b| m.pillars.iter().position(|p| p.id == b.pillar).unwrap_or(usize::MAX));
    }
    let pillar_name = |id: &str| pillar_name_of(tr, methodology, id);
    let inputs: Vec<PillarInput> = benchmarks
        .iter()
        .map(|b| PillarInput {
            label: tr.t_args(
                "divide-pillar-label",
                &[("pillar", pillar_name(&b.pillar).into()), ("score", score_text(tr, b.score).into())],
            ),
            score: b.score,
            median: b.group_median,
            frontier: b.frontier,
        })
        .collect();
    let pillar_rows = benchmarks
        .iter()
        .map(|b| PillarRow {
            name: pillar_name(&b.pillar),
            score: score_text(tr, b.score),
            median: b.group_median.map_or_else(|| tr.t("divide-no-group"), |m| score_text(tr, m)),
            frontier: score_text(tr, b.frontier),
        })
        .collect();
    let used = score
        .values
        .iter()
        .map(|v| UsedRow {
            pillar: pillar_name(&v.pillar),
            indicator: indicator_name(tr, &v.indicator),
            value: value_text(tr, v.value),
            year: v.year.to_string(),
            scaled: score_text(tr, v.scaled * 100.0),
            weight: percent_text(tr, v.weight),
            how: found_text(tr, v.filled),
        })
        .collect();
    Standing {
        summary,
        observer_note: (!ranked)
            .then(|| tr.t_args("divide-observer-note", &[("rank", tr.number(u64::from(score.rank)).into())])),
        facts: facts(tr, stored, index),
        chart_title: tr.t_args("divide-pillars-chart", &[("member", name.into())]),
        chart_height: pillars_height(inputs.len()),
        bars: pillars(&inputs, tr.lang.is_rtl()),
        pillar_rows,
        values_lead: tr.t_args("divide-values-lead", &[("year", index.year.to_string().into())]),
        used,
    }
}

/// Each indicator of `methodology` over the years, from `values` (the
/// values in force, by indicator and year).
fn trends(tr: Tr, methodology: &Methodology, values: &[IndicatorValue]) -> Vec<Trend> {
    methodology
        .indicator_codes()
        .iter()
        .enumerate()
        .map(|(n, code)| {
            let name = indicator_name(tr, code);
            let series: Vec<(u16, f64)> = values
                .iter()
                .filter(|v| v.indicator == *code)
                .filter_map(|v| v.value.parse::<f64>().ok().filter(|x| x.is_finite()).map(|x| (v.year, x)))
                .collect();
            let top = series.iter().map(|(_, v)| *v).fold(f64::NEG_INFINITY, f64::max);
            let title = match (series.first(), series.last()) {
                (Some(first), Some(last)) if first.0 != last.0 => tr.t_args(
                    "divide-trend-title",
                    &[
                        ("indicator", name.as_str().into()),
                        ("first", first.0.to_string().into()),
                        ("last", last.0.to_string().into()),
                        ("from", value_text(tr, first.1).into()),
                        ("to", value_text(tr, last.1).into()),
                    ],
                ),
                (Some(one), _) => tr.t_args(
                    "divide-trend-one",
                    &[
                        ("indicator", name.as_str().into()),
                        ("year", one.0.to_string().into()),
                        ("value", value_text(tr, one.1).into()),
                    ],
                ),
                _ => String::new(),
            };
            let line = trend(&series, top);
            Trend {
                id: format!("trend-{n}"),
                title,
                top: line.as_ref().map(|l| value_text(tr, l.scale_top)).unwrap_or_default(),
                bottom: line.as_ref().map(|l| value_text(tr, l.scale_bottom)).unwrap_or_default(),
                line,
                first: series.first().map(|(y, _)| y.to_string()).unwrap_or_default(),
                last: series.last().map(|(y, _)| y.to_string()).unwrap_or_default(),
                rows: series.iter().map(|(y, v)| (y.to_string(), value_text(tr, *v))).collect(),
                name,
            }
        })
        .collect()
}

/// The submission form of `member`, with what was sent and its errors.
fn submit_form(tr: Tr, member: Iso3, sent: &Sent) -> SubmitForm {
    let error = |field: &str| sent.errors.get(field).cloned();
    let mut indicator = Field::new(tr, "indicator", tr.t("divide-form-indicator"));
    let mut choices: Vec<Choice> = Catalogue::shipped()
        .indicators()
        .iter()
        .map(|i| Choice {
            value: i.code.clone(),
            label: indicator_name(tr, &i.code),
            selected: i.code == sent.indicator,
        })
        .collect();
    choices.sort_by(|a, b| a.label.cmp(&b.label));
    indicator.choices = std::iter::once(Choice {
        value: String::new(),
        label: tr.t("divide-form-indicator-choose"),
        selected: sent.indicator.is_empty(),
    })
    .chain(choices)
    .collect();
    indicator.error = error("indicator");
    let mut year =
        Field::new(tr, "year", tr.t("divide-form-year")).hint(tr.t("divide-form-year-hint")).value(&sent.year);
    year.inputmode = "numeric";
    year.error = error("year");
    let mut value =
        Field::new(tr, "value", tr.t("divide-form-value")).hint(tr.t("divide-form-value-hint")).value(&sent.value);
    value.inputmode = "decimal";
    value.error = error("value");
    let mut source =
        Field::new(tr, "source", tr.t("divide-form-source")).hint(tr.t("divide-form-source-hint")).value(&sent.source);
    source.error = error("source");
    SubmitForm { indicator, year, value, source, action: format!("/divide/{member}/submissions") }
}
