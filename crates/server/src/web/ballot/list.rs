//! `GET /ballots`: the open ballots, then the closed ones, newest first,
//! each with its title (in the page language when it was given in it),
//! status, closing time and, once closed, its outcome. The secretariat
//! sees the link that opens a new one.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Target, authorize};
use store::decision::BallotRecord;

use super::{outcome_tag, status_tag, title_of};
use crate::AppState;
use crate::web::consultation::Text;
use crate::web::errors::WebError;
use crate::web::i18n::Tr;
use crate::web::locale::Phrase;
use crate::web::page::{Ctx, Layout, Section, Tag};

/// A ballot in the list.
struct Item {
    href: String,
    title: Text,
    status: Tag,
    outcome: Option<Tag>,
    /// When it closes (or closed).
    when: Option<Phrase>,
    /// "12 of 193 member states voted".
    counts: String,
}

#[derive(Template)]
#[template(path = "ballot/list.html")]
struct ListPage {
    page: Layout,
    open: Vec<Item>,
    closed: Vec<Item>,
    may_open: bool,
}

/// `GET /ballots`.
pub async fn page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let ballots = state.store.ballots().await?;
    let (closed, open): (Vec<&BallotRecord>, Vec<&BallotRecord>) = ballots.iter().partition(|b| b.closed);
    let may_open = ctx.account().is_some()
        && authorize(&ctx.caller.principal, &ctx.caller.scope, Action::OpenBallot, Target::None).is_ok();
    let template = ListPage {
        page: Layout::new(&state, &ctx, &tr.t("ballots-title"), Section::Ballots).await.crumb(tr.t("site-home"), "/"),
        open: open.into_iter().map(|b| item(tr, &ctx, b)).collect(),
        closed: closed.into_iter().map(|b| item(tr, &ctx, b)).collect(),
        may_open,
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}

fn item(tr: Tr, ctx: &Ctx, record: &BallotRecord) -> Item {
    let when = match (record.closed, record.closed_ms, record.closes_ms) {
        (true, Some(ms), _) => Some(tr.phrase("ballots-closed-at", &[], "time", tr.when_millis(ms))),
        (false, _, Some(ms)) => Some(tr.phrase("ballots-closes-at", &[], "time", tr.when_millis(ms))),
        _ => None,
    };
    let voted = record.tally.as_ref().map(|t| t.counts.yes + t.counts.no + t.counts.abstain);
    Item {
        href: format!("/ballots/{}", record.id),
        title: title_of(record, ctx.lang),
        status: status_tag(tr, record.closed),
        outcome: record.tally.as_ref().map(|t| outcome_tag(tr, t.outcome)),
        when,
        counts: match voted {
            Some(voted) => tr.t_args(
                "ballots-counts-closed",
                &[("voted", tr.number(voted).into()), ("electorate", tr.number(record.electorate).into())],
            ),
            None => tr.t_args(
                "ballots-counts-open",
                &[("votes", tr.number(record.votes).into()), ("electorate", tr.number(record.electorate).into())],
            ),
        },
    }
}
