//! `GET /members`: the member directory (search, filters, sorting,
//! pagination), and `GET /members/{code}`: one member state.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::lang::Lang;
use domain::member::{IncomeGroup, Iso3, MemberState, RegionalGroup};
use store::{MemberOrder, MemberQuery, MemberRecord, MemberSort};

use super::errors::WebError;
use super::i18n::Tr;
use super::page::{
    Choice, Ctx, Field, FieldError, Layout, Pagination, Section, SortHeader, SummaryRow, Tag, TagColour, errors_of,
    page_number,
};
use crate::AppState;
use crate::extract::Path;

/// More than the number of member and observer states: a query for all.
const ALL_STATES: u64 = 1000;

/// A member state's name in the page language (its code if unknown).
pub async fn member_name(state: &AppState, tr: Tr, code: Iso3) -> Result<String, WebError> {
    Ok(state.store.member(code).await?.map_or_else(|| code.to_string(), |r| r.member.names.get(tr.lang).to_owned()))
}

/// Every state's code and name in the page language, in the order of the
/// names: one query for the pages that name many states.
pub async fn names_in_order(state: &AppState, tr: Tr) -> Result<Vec<(Iso3, String)>, WebError> {
    let states = states_in_order(state, tr).await?;
    Ok(states.into_iter().map(|m| (m.iso3, m.names.get(tr.lang).to_owned())).collect())
}

/// Every state, in the order of their names in the page language: one
/// query for the pages that show many states with their groups.
pub async fn states_in_order(state: &AppState, tr: Tr) -> Result<Vec<MemberState>, WebError> {
    let query = MemberQuery { limit: ALL_STATES, ..MemberQuery::default() };
    let order = MemberOrder { by: MemberSort::Name(tr.lang), descending: false };
    let page = state.store.members_ordered(&query, order).await?;
    Ok(page.items.into_iter().map(|r| r.member).collect())
}

/// States per page of the directory.
const PER_PAGE: u64 = 50;
/// The longest search text accepted, in characters.
const MAX_SEARCH: usize = 100;

/// The message id of a regional group's name.
pub fn group_id(group: RegionalGroup) -> String {
    format!("group-{}", group.code())
}

/// The message id of an income group's name.
pub fn income_id(income: IncomeGroup) -> String {
    format!("income-{}", income.code())
}

/// Every message id built at run time here, for the message tests.
pub fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = RegionalGroup::ALL.iter().map(|g| group_id(*g)).collect();
    ids.extend(IncomeGroup::ALL.iter().map(|i| income_id(*i)));
    ids.extend(Lang::ALL.iter().map(|l| format!("language-{}", l.code())));
    ids.extend(SORTS.iter().map(|key| format!("members-col-{key}")));
    ids
}

/// A row of the directory table.
struct Row {
    href: String,
    name: String,
    code: String,
    group: String,
    income: String,
    population: String,
    observer: Option<Tag>,
}

#[derive(Template)]
#[template(path = "members.html")]
struct Directory {
    page: Layout,
    lead: String,
    search: Field,
    group: Field,
    income: Field,
    sort: String,
    order: String,
    errors: Vec<FieldError>,
    count: String,
    caption: String,
    headers: Vec<SortHeader>,
    rows: Vec<Row>,
    pagination: Pagination,
}

/// The sort keys of the directory, as written in its address.
const SORTS: [&str; 4] = ["name", "code", "group", "population"];

/// `GET /members?q=&group=&income=&sort=&order=&page=`.
pub async fn directory(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let tr = ctx.tr();

    // The form: search text and two filters, validated on the server; the
    // user's input is kept, and a bad value is a form error, not a 400.
    let mut search = Field::new(tr, "q", tr.t("members-search-label"));
    search.hint = Some(tr.t("members-search-hint"));
    search.value = ctx.param("q").unwrap_or("").to_owned();
    if search.value.trim().chars().count() > MAX_SEARCH {
        search.error = Some(tr.t_args("members-error-q", &[("max", tr.number(MAX_SEARCH as u64).into())]));
    }
    let (group, group_filter) = select(
        &ctx,
        "group",
        tr.t("members-group-label"),
        tr.t("members-any-group"),
        RegionalGroup::ALL,
        |g| tr.t(&group_id(*g)),
        tr.t("members-error-group"),
    );
    let (income, income_filter) = select(
        &ctx,
        "income",
        tr.t("members-income-label"),
        tr.t("members-any-income"),
        IncomeGroup::ALL,
        |i| tr.t(&income_id(*i)),
        tr.t("members-error-income"),
    );
    let errors = errors_of(&[&search, &group, &income]);

    let sort = ctx.param("sort").filter(|s| SORTS.contains(s)).unwrap_or("name");
    let descending = ctx.param("order") == Some("desc");
    let order = MemberOrder {
        by: match sort {
            "code" => MemberSort::Code,
            "group" => MemberSort::Group,
            "population" => MemberSort::Population,
            _ => MemberSort::Name(ctx.lang),
        },
        descending,
    };

    let current = page_number(&ctx)?;
    let (total, records) = if errors.is_empty() {
        let query = MemberQuery {
            group: group_filter,
            income: income_filter,
            text: Some(search.value.trim().to_owned()).filter(|t| !t.is_empty()),
            limit: PER_PAGE,
            offset: (current - 1).saturating_mul(PER_PAGE),
        };
        let page = state.store.members_ordered(&query, order).await?;
        (page.total, page.items)
    } else {
        (0, Vec::new())
    };
    let last = total.div_ceil(PER_PAGE).max(1);

    let headers = SORTS
        .iter()
        .map(|&key| {
            let is_current = key == sort;
            let next_order = match (is_current, descending, key) {
                (true, true, _) => "asc",
                (true, false, _) => "desc",
                (false, _, "population") => "desc",
                (false, _, _) => "asc",
            };
            SortHeader {
                label: tr.t(&format!("members-col-{key}")),
                href: ctx.href_with(&[("sort", key), ("order", next_order), ("page", "")]),
                aria_sort: is_current.then_some(if descending { "descending" } else { "ascending" }),
                numeric: key == "population",
            }
        })
        .collect();

    let (members, observers) = state.store.member_counts().await?;
    let (layout, _) = Layout::new(&state, &ctx, &tr.t("members-title"), Section::Members)
        .await
        .crumb(tr.t("site-home"), "/")
        .for_form(&errors);
    let template = Directory {
        lead: tr.t_args("members-lead", &[("members", members.into()), ("observers", observers.into())]),
        count: tr.t_args("members-count", &[("count", total.into())]),
        caption: tr
            .t_args("members-caption", &[("page", tr.number(current).into()), ("pages", tr.number(last).into())]),
        rows: records.iter().map(|r| row(tr, r)).collect(),
        pagination: Pagination::new(&ctx, current.min(last), last),
        headers,
        sort: sort.to_owned(),
        order: if descending { "desc" } else { "asc" }.to_owned(),
        search,
        group,
        income,
        errors,
        page: layout,
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}

/// A select field over `all`, with an "any" choice; returns the field and
/// the parsed filter. An unknown value keeps "any" selected and is an error.
pub fn select<T: Copy + PartialEq + std::str::FromStr + std::fmt::Display>(
    ctx: &Ctx,
    name: &'static str,
    label: String,
    any: String,
    all: &[T],
    text: impl Fn(&T) -> String,
    error: String,
) -> (Field, Option<T>) {
    let tr = ctx.tr();
    let mut field = Field::new(tr, name, label);
    let sent = ctx.param(name).unwrap_or("");
    field.value = sent.to_owned();
    let parsed = if sent.is_empty() {
        None
    } else {
        match sent.parse::<T>() {
            Ok(value) => Some(value),
            Err(_) => {
                field.error = Some(error);
                None
            }
        }
    };
    field.choices.push(Choice { value: String::new(), label: any, selected: parsed.is_none() });
    for value in all {
        field.choices.push(Choice { selected: parsed == Some(*value), value: value.to_string(), label: text(value) });
    }
    (field, parsed)
}

fn row(tr: Tr, record: &MemberRecord) -> Row {
    let member = &record.member;
    Row {
        href: format!("/members/{}", member.iso3),
        name: member.names.get(tr.lang).to_owned(),
        code: member.iso3.to_string(),
        group: member.regional_group.map_or_else(|| tr.t("members-no-group"), |g| tr.t(&group_id(g))),
        income: member.income_group.map_or_else(|| tr.t("not-known"), |i| tr.t(&income_id(i))),
        population: member.population.map_or_else(|| tr.t("not-known"), |p| tr.number(p)),
        observer: (!member.votes()).then(|| Tag { text: tr.t("status-observer"), colour: TagColour::Grey }),
    }
}

#[derive(Template)]
#[template(path = "member.html")]
struct MemberPage {
    page: Layout,
    heading: String,
    /// The ISO code, for the link to the state's profile in the divide index.
    code: String,
    status: Tag,
    names: Vec<SummaryRow>,
    details: Vec<SummaryRow>,
    delegation: super::delegation::People,
}

/// `GET /members/{code}`: one state, by its ISO alpha-3 code.
pub async fn member(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let iso3: Iso3 = code.to_ascii_uppercase().parse().map_err(|_| WebError::NotFound)?;
    let record = state.store.member(iso3).await?.ok_or(WebError::NotFound)?;
    let MemberRecord { member, admitted_at } = record;
    let heading = member.names.get(ctx.lang).to_owned();
    let names = Lang::ALL
        .into_iter()
        .map(|lang| {
            SummaryRow::new(tr.t(&format!("language-{}", lang.code())), member.names.get(lang).to_owned()).in_lang(lang)
        })
        .collect();
    let template = MemberPage {
        status: Tag {
            text: if member.votes() { tr.t("status-member") } else { tr.t("status-observer") },
            colour: if member.votes() { TagColour::Blue } else { TagColour::Grey },
        },
        details: details(tr, &member, admitted_at),
        delegation: super::delegation::people(&state, &ctx, iso3, false).await?,
        code: iso3.to_string(),
        names,
        page: Layout::new(&state, &ctx, &heading, Section::Members)
            .await
            .crumb(tr.t("site-home"), "/")
            .crumb(tr.t("members-title"), "/members"),
        heading,
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}

fn details(tr: Tr, member: &MemberState, admitted_at: u64) -> Vec<SummaryRow> {
    let yes_no = |flag: bool| if flag { tr.t("yes") } else { tr.t("no") };
    vec![
        SummaryRow::new(tr.t("member-iso3"), member.iso3.to_string()),
        SummaryRow::new(tr.t("member-iso2"), member.iso2.clone()),
        SummaryRow::new(tr.t("member-m49"), format!("{:03}", member.m49)),
        SummaryRow::new(
            tr.t("member-group"),
            member.regional_group.map_or_else(|| tr.t("members-no-group"), |g| tr.t(&group_id(g))),
        ),
        SummaryRow::new(
            tr.t("member-income"),
            member.income_group.map_or_else(|| tr.t("not-known"), |i| tr.t(&income_id(i))),
        ),
        SummaryRow::new(tr.t("member-ldc"), yes_no(member.ldc)),
        SummaryRow::new(tr.t("member-lldc"), yes_no(member.lldc)),
        SummaryRow::new(tr.t("member-sids"), yes_no(member.sids)),
        SummaryRow::new(
            tr.t("member-population"),
            member.population.map_or_else(|| tr.t("not-known"), |p| tr.number(p)),
        ),
        SummaryRow::new(
            tr.t("member-admitted"),
            tr.t_args("member-admitted-entry", &[("index", tr.number(admitted_at).into())]),
        )
        .link(format!("/record/entries/{admitted_at}")),
    ]
}
