//! `GET /divide?region=&income=&sort=&page=`: the index. A filter form
//! (GET, works without scripts) by regional and income group and an
//! order (rank, coverage, uncertainty), applied on the server by
//! `domain::divide::view::index_rows`; the table of member states a page
//! at a time, each rank interval drawn as a bar with its text beside it;
//! the observer states apart. Before the analyst has computed the first
//! index, the page says it is being computed.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::divide::view::{IndexQuery, IndexSort, index_rows};
use domain::member::{IncomeGroup, MemberState, RegionalGroup};
use exchange::{Index, Score};
use store::divide::StoredIndex;

use super::charts::{IntervalBar, interval};
use super::{API_JSON, income_name, percent_text, region_name, score_text};
use crate::AppState;
use crate::web::errors::WebError;
use crate::web::i18n::Tr;
use crate::web::locale::Phrase;
use crate::web::members::select;
use crate::web::page::{
    Choice, Ctx, Field, FieldError, Layout, Pagination, Section, SortHeader, errors_of, page_number,
};

/// Member states per page of the table.
const PER_PAGE: usize = 50;

/// A member state's row.
pub struct Row {
    rank: String,
    href: String,
    name: String,
    score: String,
    bar: IntervalBar,
    interval: String,
    coverage: String,
    filled: String,
}

/// An observer state's row (scored for information, not ranked).
pub struct ObserverRow {
    href: String,
    name: String,
    score: String,
    coverage: String,
    filled: String,
}

/// The table, once an index exists.
pub struct Shown {
    /// Methodology, reference year, log size, seed and draws.
    facts: String,
    count: String,
    caption: String,
    rank_header: SortHeader,
    interval_header: SortHeader,
    coverage_header: SortHeader,
    rows: Vec<Row>,
    pagination: Pagination,
    observers: Vec<ObserverRow>,
}

#[derive(Template)]
#[template(path = "divide/index.html")]
struct IndexPage {
    page: Layout,
    region: Field,
    income: Field,
    sort: Field,
    errors: Vec<FieldError>,
    computing: Option<Phrase>,
    shown: Option<Shown>,
    api_json: &'static str,
}

/// `GET /divide`.
pub async fn page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let (region, region_filter) = select(
        &ctx,
        "region",
        tr.t("divide-region-label"),
        tr.t("divide-any-region"),
        RegionalGroup::ALL,
        |g| region_name(tr, *g),
        tr.t("divide-error-region"),
    );
    let (income, income_filter) = select(
        &ctx,
        "income",
        tr.t("divide-income-label"),
        tr.t("divide-any-income"),
        IncomeGroup::ALL,
        |i| income_name(tr, *i),
        tr.t("divide-error-income"),
    );
    let (sort, order) = sort_field(&ctx);
    let errors = errors_of(&[&region, &income, &sort]);
    let query = IndexQuery { region: region_filter, income: income_filter, sort: order };
    let requested = page_number(&ctx)?;

    let (mut computing, mut shown) = (None, None);
    match super::current(&state).await? {
        None => computing = Some(tr.phrase("divide-computing", &[], "time", tr.when(domain::Timestamp::now()))),
        Some((stored, index)) => {
            let states = super::states(&state, tr).await?;
            let query = if errors.is_empty() { query } else { IndexQuery::default() };
            shown = Some(table(&ctx, &stored, &index, &states, &query, requested));
        }
    }
    let (layout, _) = Layout::new(&state, &ctx, &tr.t("divide-title"), Section::Divide)
        .await
        .crumb(tr.t("site-home"), "/")
        .for_form(&errors);
    let template = IndexPage { page: layout, region, income, sort, errors, computing, shown, api_json: API_JSON };
    Ok(template.page.respond(StatusCode::OK, &template))
}

/// The order field: rank, coverage or uncertainty; anything else is an
/// error on the field, and the table keeps the rank order.
fn sort_field(ctx: &Ctx) -> (Field, IndexSort) {
    let tr = ctx.tr();
    let mut field = Field::new(tr, "sort", tr.t("divide-sort-label"));
    let sent = ctx.param("sort").unwrap_or("");
    let order = match sent {
        "" => IndexSort::Rank,
        text => text.parse().unwrap_or_else(|_| {
            field.fail(tr.t("divide-error-sort"));
            IndexSort::Rank
        }),
    };
    field.value = sent.to_owned();
    field.choices = IndexSort::ALL
        .iter()
        .map(|s| Choice { value: s.code().to_owned(), label: tr.t(&sort_id(*s)), selected: *s == order })
        .collect();
    (field, order)
}

/// The message id of an order's name.
fn sort_id(sort: IndexSort) -> String {
    format!("divide-sort-{}", sort.code())
}

/// The table of `index` that `query` selects, page `requested` of it (the
/// last one when beyond it), with the observer states the same filters
/// keep.
fn table(
    ctx: &Ctx,
    stored: &StoredIndex,
    index: &Index,
    states: &[MemberState],
    query: &IndexQuery,
    requested: u64,
) -> Shown {
    let tr = ctx.tr();
    let name_of = |iso3: &str| {
        states
            .iter()
            .find(|m| m.iso3.as_str() == iso3)
            .map_or_else(|| iso3.to_owned(), |m| m.names.get(tr.lang).to_owned())
    };
    let rows = index_rows(index, states, query);
    let total = rows.len();
    let last = total.div_ceil(PER_PAGE).max(1) as u64;
    let current = requested.min(last);
    let start = usize::try_from(current - 1).unwrap_or(0).saturating_mul(PER_PAGE);
    let members = u32::try_from(index.members.len()).unwrap_or(u32::MAX);
    let rtl = tr.lang.is_rtl();
    let page: Vec<Row> = rows
        .iter()
        .skip(start)
        .take(PER_PAGE)
        .map(|score| Row {
            rank: tr.number(u64::from(score.rank)),
            href: format!("/divide/{}", score.iso3),
            name: name_of(&score.iso3),
            score: score_text(tr, score.score),
            bar: interval(score.rank, score.rank_low, score.rank_high, members, rtl),
            interval: interval_text(tr, score),
            coverage: percent_text(tr, score.coverage),
            filled: tr.number(score.filled.len() as u64),
        })
        .collect();
    // Observer states, through the same filters (they belong to no
    // regional group, so a regional filter leaves them out).
    let observers = Index { members: index.observers.clone(), observers: Vec::new(), ..empty_like(index) };
    let observer_query = IndexQuery { sort: IndexSort::Rank, ..*query };
    let observers = index_rows(&observers, states, &observer_query)
        .into_iter()
        .map(|score| ObserverRow {
            href: format!("/divide/{}", score.iso3),
            name: name_of(&score.iso3),
            score: score_text(tr, score.score),
            coverage: percent_text(tr, score.coverage),
            filled: tr.number(score.filled.len() as u64),
        })
        .collect();
    let header = |key: IndexSort, label: &str, aria: &'static str| SortHeader {
        label: tr.t(label),
        href: ctx.href_with(&[("sort", key.code()), ("page", "")]),
        aria_sort: (query.sort == key).then_some(aria),
        numeric: key != IndexSort::Uncertainty,
    };
    Shown {
        facts: facts(tr, stored, index),
        count: tr.t_args("divide-count", &[("count", total.into())]),
        caption: tr
            .t_args("divide-table-caption", &[("page", tr.number(current).into()), ("pages", tr.number(last).into())]),
        rank_header: header(IndexSort::Rank, "divide-col-rank", "ascending"),
        interval_header: header(IndexSort::Uncertainty, "divide-col-interval", "descending"),
        coverage_header: header(IndexSort::Coverage, "divide-col-coverage", "descending"),
        rows: page,
        pagination: Pagination::new(ctx, current, last),
        observers,
    }
}

/// An index with `index`'s facts and no states.
fn empty_like(index: &Index) -> Index {
    Index {
        engine: index.engine.clone(),
        methodology: index.methodology,
        year: index.year,
        seed: index.seed,
        draws: index.draws,
        members: Vec::new(),
        observers: Vec::new(),
    }
}

/// "3–7": a rank interval in the page language.
pub fn interval_text(tr: Tr, score: &Score) -> String {
    tr.t_args(
        "divide-interval",
        &[("low", tr.number(u64::from(score.rank_low)).into()), ("high", tr.number(u64::from(score.rank_high)).into())],
    )
}

/// What an index covers and how it was computed, in one sentence.
pub fn facts(tr: Tr, stored: &StoredIndex, index: &Index) -> String {
    tr.t_args(
        "divide-facts",
        &[
            ("version", tr.number(u64::from(index.methodology)).into()),
            ("year", index.year.to_string().into()),
            ("entries", tr.number(stored.log_size).into()),
            ("draws", tr.number(u64::from(index.draws)).into()),
            ("seed", index.seed.to_string().into()),
        ],
    )
}
