//! `GET /`: what the organization is, and its latest public acts.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::Envelope;

use super::consultation::{OpenConsultation, ResultsLink, consultations_with_results, open_consultations};
use super::errors::WebError;
use super::events;
use super::locale::When;
use super::page::{Ctx, Layout, Section};
use crate::AppState;

/// How many acts the home page lists.
const LATEST: u64 = 8;

/// An act in the list.
pub struct Act {
    /// The log index.
    pub index: u64,
    /// The entry number as written in the page language.
    pub number: String,
    /// When it was recorded.
    pub when: When,
    /// What happened.
    pub sentence: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Layout,
    acts: Vec<Act>,
    /// The open consultations.
    consultations: Vec<OpenConsultation>,
    /// The consultations whose results everyone may see: in a
    /// demonstration, the first thing under the heading.
    results: Vec<ResultsLink>,
    /// A signed-in person's home (what they can do now); visitors are
    /// offered to sign up instead.
    your_home: Option<&'static str>,
}

/// The most recent entries of the log, newest first, as acts.
pub async fn latest_acts(state: &AppState, ctx: &Ctx, count: u64) -> Result<Vec<Act>, WebError> {
    let (size, _) = state.store.log_sizes().await?;
    let entries = state.store.entries(size.saturating_sub(count), size).await?;
    let names = events::Names::read(state).await?;
    Ok(entries.iter().rev().map(|entry| act(ctx, entry, &names)).collect())
}

/// An entry as an act, told with `names`.
pub fn act(ctx: &Ctx, entry: &store::LogEntry, names: &events::Names) -> Act {
    let tr = ctx.tr();
    Act {
        index: entry.index,
        number: tr.number(entry.index),
        when: Envelope::decode(&entry.bytes).map_or_else(|_| tr.when_text(""), |e| tr.when(e.time)),
        sentence: events::describe_bytes(tr, &entry.bytes, names),
    }
}

/// `GET /`.
pub async fn page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let (org, verified) = super::page::chrome_facts(&state).await;
    let acts = latest_acts(&state, &ctx, LATEST).await?;
    let facts = super::page::node_facts(&state).await;
    let layout = Layout::with_facts(&ctx, &org, Section::Home, org.clone(), verified)
        .of_demo(&state)
        .of_node(&state, facts.as_deref());
    // The home page's heading is the organization's name; its title is
    // just that name.
    let mut layout = layout;
    layout.title = org;
    let your_home = ctx.account().map(|_| super::page::home_of(ctx.caller.principal.role));
    let consultations = open_consultations(&state, &ctx).await?;
    let results = consultations_with_results(&state, &ctx).await?;
    let template = HomePage { page: layout, acts, consultations, results, your_home };
    Ok(template.page.respond(StatusCode::OK, &template))
}
