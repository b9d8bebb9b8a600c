//! `GET /consultations/{id}/results`: what the consensus engine found in a
//! consultation, from the latest stored analysis (`store.analysis`, the
//! JSON of `domain::consultation::analysis::AnalysisReport`):
//! - the opinion map (inline SVG of the base clusters, [`super::opinion_map`])
//!   with a table of the same numbers;
//! - a card per opinion group: its size and its representative statements
//!   with the share of the group that agreed or disagreed;
//! - the consensus statements, the group-informed consensus and the
//!   bridging statements;
//! - the agreement on each statement within each constituency (regional
//!   groups, chambers, the public), paginated by `?page=`, and the
//!   cross-bloc consensus;
//! - which part of the public record the analysis covers, with which
//!   engine and when.
//!
//! Who sees them is `domain::consultation::visibility`'s to say: a draft
//! is not found (404) by those who do not manage it; hidden results answer
//! 403 with the reason. Before the first analysis the page says the
//! results are being computed (200).
//!
//! The page stays small at any scale: the map has at most a hundred base
//! clusters whatever the number of participants, no participant is ever
//! listed, and every list of statements is capped (the constituency table
//! shows [`PER_PAGE`] statements a page, most voted on first).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::consultation::analysis::{AnalysisReport, BaseCluster, ConstituencyCell, ConstituencyColumn};
use domain::consultation::{Status, visibility};
use domain::member::RegionalGroup;
use domain::people::Chamber;
use store::consultation::{ConsultationRecord, StatementRecord, StoredAnalysis};

use super::super::errors::WebError;
use super::super::i18n::Tr;
use super::super::locale::{Phrase, decimal};
use super::super::members::group_id;
use super::super::page::{Ctx, Layout, Pagination, SummaryRow, page_number};
use super::opinion_map;
use super::{SECTION, consultation_of};
use crate::AppState;
use crate::extract::Path;

/// Statements a page of the constituency table.
pub const PER_PAGE: usize = 10;
/// Representative statements shown per group.
const REPRESENTATIVE: usize = 2;
/// Statements shown in each of the consensus, group-informed consensus
/// and bridging lists.
const LISTED: usize = 3;
/// Statements of the cross-bloc consensus shown.
const CROSS_BLOC: usize = 5;

/// A statement's text as the page shows it: in the page language when
/// translated, else in its own (marked with `lang` and `dir`).
pub struct Said {
    /// The text, or why there is none.
    pub text: String,
    /// The text's language, when it is not the page's.
    pub lang: Option<&'static str>,
    /// The text's direction.
    pub dir: &'static str,
}

impl Said {
    /// Statement `number` of `statements` in the page language of `tr`.
    pub fn of(tr: Tr, statements: &[StatementRecord], number: u64) -> Said {
        let record = number.checked_sub(1).and_then(|i| statements.get(usize::try_from(i).ok()?));
        let found = record.filter(|s| s.number == number).and_then(|s| s.text_in(tr.lang));
        let (text, lang) = match found {
            Some((text, lang)) => (text.to_owned(), lang),
            None => (tr.t("results-statement-gone"), tr.lang),
        };
        Said { text, lang: (lang != tr.lang).then_some(lang.code()), dir: if lang.is_rtl() { "rtl" } else { "ltr" } }
    }

    /// The original text of `statement` (what moderators and translators
    /// work from), whatever the page language.
    pub fn original(tr: Tr, statement: &StatementRecord) -> Said {
        let (text, lang) = match &statement.text {
            Some(text) => (text.clone(), statement.language),
            None => (tr.t("results-statement-gone"), tr.lang),
        };
        Said { text, lang: (lang != tr.lang).then_some(lang.code()), dir: if lang.is_rtl() { "rtl" } else { "ltr" } }
    }

    /// The statement named by `id` (its number as text) in the report.
    fn by_id(tr: Tr, statements: &[StatementRecord], id: &str) -> Said {
        Said::of(tr, statements, id.parse().unwrap_or(0))
    }
}

/// A statement in a list, with a note (a share, a score) if any.
struct Item {
    said: Said,
    note: Option<String>,
}

/// A row of the map's data table.
struct MapRow {
    cluster: String,
    group: String,
    participants: String,
    x: String,
    y: String,
}

/// An opinion group's card.
struct GroupCard {
    /// `group-N`, the card's heading id.
    anchor: String,
    /// Its colour on the map (`group-gN` in the stylesheet).
    colour: u32,
    heading: String,
    size: String,
    items: Vec<Item>,
}

/// A row of the constituency table.
struct TableRow {
    said: Said,
    cells: Vec<String>,
}

/// The results, when there are some to show.
struct Shown {
    summary: Vec<SummaryRow>,
    map: Option<String>,
    map_rows: Vec<MapRow>,
    groups: Vec<GroupCard>,
    agree: Vec<Item>,
    disagree: Vec<Item>,
    informed: Vec<Item>,
    bridging: Vec<Item>,
    columns: Vec<String>,
    rows: Vec<TableRow>,
    table_caption: String,
    pagination: Pagination,
    cross_bloc: Vec<Item>,
    cross_bloc_more: Option<String>,
    covers: Phrase,
}

/// Why the results are not shown, and where to go.
struct Hidden {
    reason: String,
    link: String,
    href: String,
}

#[derive(Template)]
#[template(path = "consultation/results.html")]
struct ResultsPage {
    page: Layout,
    title: Said,
    hidden: Option<Hidden>,
    computing: Option<Phrase>,
    shown: Option<Box<Shown>>,
    /// Where an imported consultation was held, and the data's licence.
    imported: Option<String>,
}

/// `GET /consultations/{id}/results?page=`.
pub async fn page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let record = consultation_of(&state, &id).await?;
    let manager = visibility::manages(&ctx.caller.principal, record.member);
    if !visibility::listed(record.status, manager) {
        return Err(WebError::NotFound);
    }
    let shown =
        visibility::results_shown(record.status, record.results, manager, has_voted(&state, &ctx, &record).await?);
    let (title, title_lang) = record.text_in(tr.lang);
    let title = Said {
        text: title.title.clone(),
        lang: (title_lang != tr.lang).then_some(title_lang.code()),
        dir: if title_lang.is_rtl() { "rtl" } else { "ltr" },
    };
    let heading = tr.t_args("results-page-title", &[("title", title.text.clone().into())]);
    let page = Layout::new(&state, &ctx, &heading, SECTION)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("results-consultations"), "/consultations")
        .crumb(title.text.clone(), &format!("/consultations/{}", record.id));
    let imported = state
        .store
        .consultation_import(record.id)
        .await?
        .map(|import| tr.t_args("results-imported", &[("source", import.source.into())]));
    let mut template = ResultsPage { page, title, hidden: None, computing: None, shown: None, imported };
    if !shown {
        template.hidden = Some(Hidden {
            reason: tr.t("results-hidden-participants"),
            link: tr.t("results-hidden-take-part"),
            href: format!("/consultations/{}", record.id),
        });
        return Ok(template.page.respond(StatusCode::FORBIDDEN, &template));
    }
    match state.store.analysis(record.id).await? {
        None => {
            let now = tr.when(domain::Timestamp::now());
            template.computing = Some(tr.phrase("results-computing", &[], "time", now));
        }
        Some(stored) => {
            let report: AnalysisReport = serde_json::from_str(&stored.report).map_err(|err| {
                WebError::Internal(format!("the analysis of consultation {} does not parse: {err}", record.id))
            })?;
            let statements = state.store.statements(record.id).await?;
            let requested = page_number(&ctx)?;
            template.shown = Some(Box::new(shown_results(&ctx, &report, &stored, &statements, requested)));
        }
    }
    Ok(template.page.respond(StatusCode::OK, &template))
}

/// Whether the caller has voted in `record` (asked only when it matters:
/// results shown to participants while open).
async fn has_voted(state: &AppState, ctx: &Ctx, record: &ConsultationRecord) -> Result<bool, WebError> {
    let needed =
        record.status == Status::Open && record.results == domain::consultation::ResultsVisibility::Participants;
    let Some(handle) = ctx.caller.principal.handle.as_ref().filter(|_| needed && ctx.account().is_some()) else {
        return Ok(false);
    };
    let voter = state.store.voter_in(record.id, handle).await?;
    Ok(!state.store.votes_of(record.id, &voter).await?.is_empty())
}

/// Everything the page shows of `report`, with page `requested` of the
/// constituency table (the last one when beyond it).
fn shown_results(
    ctx: &Ctx,
    report: &AnalysisReport,
    stored: &StoredAnalysis,
    statements: &[StatementRecord],
    requested: u64,
) -> Shown {
    let tr = ctx.tr();
    let count = |n: usize| tr.number(n as u64);
    let summary = vec![
        SummaryRow::new(tr.t("results-participants"), count(report.participants)),
        SummaryRow::new(tr.t("results-statements"), count(report.statements)),
        SummaryRow::new(tr.t("results-votes"), count(report.votes)),
        SummaryRow::new(tr.t("results-clustered"), count(report.clustered)),
    ];
    let item = |id: &str| Item { said: Said::by_id(tr, statements, id), note: None };
    let mut informed: Vec<(&String, f64)> = report.group_informed_consensus.iter().map(|(id, v)| (id, *v)).collect();
    informed.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| number_order(a.0, b.0)));
    let mut bridging: Vec<(&String, f64)> =
        report.bridging.iter().filter(|(_, b)| b.bridging).map(|(id, b)| (id, b.intercept)).collect();
    bridging.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| number_order(a.0, b.0)));
    let scored = |list: Vec<(&String, f64)>, note: &dyn Fn(String) -> String| -> Vec<Item> {
        list.into_iter()
            .take(LISTED)
            .map(|(id, score)| Item { note: Some(note(decimal(tr.lang, score, 2))), ..item(id) })
            .collect()
    };
    // The constituency table: most voted on first, a page at a time.
    let mut rows: Vec<&domain::consultation::analysis::ConstituencyRow> = report.constituencies.rows.iter().collect();
    rows.sort_by_key(|row| (std::cmp::Reverse(row.cells.iter().map(votes).sum::<u64>()), number_of(&row.statement)));
    let last = rows.len().div_ceil(PER_PAGE).max(1) as u64;
    let current = requested.clamp(1, last);
    let start = (current as usize - 1) * PER_PAGE;
    let table_rows = rows
        .iter()
        .skip(start)
        .take(PER_PAGE)
        .map(|row| TableRow {
            said: Said::by_id(tr, statements, &row.statement),
            cells: (0..report.constituencies.columns.len())
                .map(|i| cell(tr, &row.cells.get(i).copied().unwrap_or_default()))
                .collect(),
        })
        .collect();
    let covered = stored.log_size.saturating_sub(1);
    Shown {
        summary,
        map: opinion_map::svg(
            &report.map,
            opinion_map::Texts {
                title: &tr.t("results-map-title"),
                description: &tr.t_args("results-map-description", &[("count", report.map.len().into())]),
                id: "opinion-map",
            },
        ),
        map_rows: map_rows(tr, &report.map),
        groups: report
            .groups
            .iter()
            .map(|group| GroupCard {
                anchor: format!("group-{}", group.id + 1),
                colour: group.id % opinion_map::COLOURS,
                heading: tr.t_args("results-group", &[("number", tr.number(u64::from(group.id) + 1).into())]),
                size: tr.t_args(
                    "results-group-size",
                    &[("count", group.participants.len().into()), ("shown", count(group.participants.len()).into())],
                ),
                items: group
                    .representative
                    .iter()
                    .take(REPRESENTATIVE)
                    .map(|rep| {
                        let percent = share(u64::from(rep.n_success), u64::from(rep.n_trials));
                        let args = [
                            ("percent", tr.number(percent).into()),
                            ("count", tr.number(u64::from(rep.n_trials)).into()),
                        ];
                        let note = if rep.direction == "disagree" {
                            tr.t_args("results-rep-disagree", &args)
                        } else {
                            tr.t_args("results-rep-agree", &args)
                        };
                        Item { note: Some(note), ..item(&rep.statement) }
                    })
                    .collect(),
            })
            .collect(),
        agree: report.consensus.agree.iter().take(LISTED).map(|id| item(id)).collect(),
        disagree: report.consensus.disagree.iter().take(LISTED).map(|id| item(id)).collect(),
        informed: scored(informed, &|score| tr.t_args("results-informed-score", &[("score", score.into())])),
        bridging: scored(bridging, &|score| tr.t_args("results-bridging-score", &[("score", score.into())])),
        columns: report.constituencies.columns.iter().map(|c| column_name(tr, c)).collect(),
        rows: table_rows,
        table_caption: tr
            .t_args("results-table-caption", &[("page", tr.number(current).into()), ("pages", tr.number(last).into())]),
        pagination: Pagination::new(ctx, current, last),
        cross_bloc: report.constituencies.cross_bloc.iter().take(CROSS_BLOC).map(|id| item(id)).collect(),
        cross_bloc_more: (report.constituencies.cross_bloc.len() > CROSS_BLOC).then(|| {
            tr.t_args(
                "results-cross-bloc-more",
                &[("count", (report.constituencies.cross_bloc.len() - CROSS_BLOC).into())],
            )
        }),
        covers: tr.phrase(
            "results-covers",
            &[("entry", tr.number(covered).into()), ("engine", stored.engine.clone().into())],
            "time",
            tr.when_millis(stored.computed_ms),
        ),
    }
}

/// The rows of the map's data table, by cluster.
fn map_rows(tr: Tr, map: &[BaseCluster]) -> Vec<MapRow> {
    let mut clusters: Vec<&BaseCluster> = map.iter().collect();
    clusters.sort_by_key(|c| c.id);
    clusters
        .into_iter()
        .map(|c| MapRow {
            cluster: tr.number(u64::from(c.id) + 1),
            group: c.group.map_or_else(|| tr.t("results-no-group"), |g| tr.number(u64::from(g) + 1)),
            participants: tr.number(c.participants as u64),
            x: decimal(tr.lang, c.x, 2),
            y: decimal(tr.lang, c.y, 2),
        })
        .collect()
}

/// A constituency's name in the page language, with its voters.
fn column_name(tr: Tr, column: &ConstituencyColumn) -> String {
    let name = match column.kind.as_str() {
        "regional_group" => column.code.parse::<RegionalGroup>().ok().map(|g| tr.t(&group_id(g))),
        "chamber" => column.code.parse::<Chamber>().ok().map(|c| tr.t(&format!("chamber-{}", c.code()))),
        "public" => Some(tr.t("results-public")),
        _ => None,
    };
    tr.t_args(
        "results-column",
        &[
            ("name", name.unwrap_or_else(|| column.code.clone()).into()),
            ("count", column.participants.into()),
            ("shown", tr.number(column.participants as u64).into()),
        ],
    )
}

/// All votes in a cell.
fn votes(cell: &ConstituencyCell) -> u64 {
    u64::from(cell.agree) + u64::from(cell.disagree) + u64::from(cell.pass)
}

/// A cell of the constituency table: the share agreeing and the counts.
fn cell(tr: Tr, cell: &ConstituencyCell) -> String {
    let all = votes(cell);
    if all == 0 {
        return tr.t("results-no-votes");
    }
    tr.t_args(
        "results-cell",
        &[
            ("percent", tr.number(share(u64::from(cell.agree), all)).into()),
            ("agree", tr.number(u64::from(cell.agree)).into()),
            ("votes", tr.number(all).into()),
        ],
    )
}

/// `part` of `whole` in whole percent, rounded (0 of 0 is 0).
fn share(part: u64, whole: u64) -> u64 {
    if whole == 0 { 0 } else { (part.min(whole) * 200 + whole) / (2 * whole) }
}

/// A statement id's number (ids that are not numbers sort last).
fn number_of(id: &str) -> u64 {
    id.parse().unwrap_or(u64::MAX)
}

/// Statement ids in number order.
fn number_order(a: &str, b: &str) -> std::cmp::Ordering {
    number_of(a).cmp(&number_of(b))
}

#[cfg(test)]
mod tests {
    use domain::lang::Lang;

    use super::*;

    #[test]
    fn shares_are_rounded_percentages() {
        assert_eq!(share(0, 0), 0);
        assert_eq!(share(1, 3), 33);
        assert_eq!(share(2, 3), 67);
        assert_eq!(share(1, 200), 1);
        assert_eq!(share(1, 201), 0);
        assert_eq!(share(5, 4), 100);
    }

    #[test]
    fn cells_and_columns_are_named_in_the_page_language() {
        let tr = Tr { lang: Lang::En };
        assert_eq!(cell(tr, &ConstituencyCell { agree: 9, disagree: 8, pass: 3 }), "45% (9/20)");
        assert_eq!(cell(tr, &ConstituencyCell::default()), "no votes");
        let column =
            |kind: &str, code: &str| ConstituencyColumn { kind: kind.into(), code: code.into(), participants: 1_204 };
        assert_eq!(column_name(tr, &column("regional_group", "AFRICAN")), "African States (1,204 voters)");
        assert_eq!(column_name(tr, &column("chamber", "research")), "Research (1,204 voters)");
        assert_eq!(column_name(tr, &column("public", "public")), "The public (1,204 voters)");
        assert_eq!(column_name(tr, &column("other", "xyz")), "xyz (1,204 voters)");
    }
}
