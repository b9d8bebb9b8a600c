//! `GET /ballots/{id}`: the ballot (title, status, decision type, its
//! procedure and source, closing time, document), then what the caller can
//! do on it:
//! - a head, delegate or designated alternate of a member state of the
//!   electorate: the vote form (yes, no, abstain), signed with the key the
//!   server keeps for the delegation; or, when the delegation registered
//!   its own key, how to vote with `concord vote --key FILE`; a second form
//!   for each member state whose proxy it holds;
//! - a head or delegate: giving the state's proxy to another state of the
//!   electorate, or taking it back;
//! - a head: designating an alternate of the delegation for this ballot;
//! - the secretariat: closing it and recording a roll call.
//!
//! Then the votes by regional group and the result ([`super::result`]).
//! The forms answer with this page again when they fail ([`render`] with
//! what was [`Sent`]).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Role, Target, authorize};
use domain::decision::{Choice, Signatory};
use domain::member::Iso3;
use domain::people::DelegationRole;
use store::decision::{BallotRecord, ElectorRecord, PositionRecord};

use super::result::{ResultBlock, block, chart_height, chart_width, tally_now};
use super::{choice_name, status_tag, title_of};
use crate::AppState;
use crate::extract::Path;
use crate::web::consultation::Text;
use crate::web::errors::WebError;
use crate::web::form::Guard;
use crate::web::i18n::Tr;
use crate::web::members::names_in_order;
use crate::web::page::{self, Ctx, Field, FieldError, Layout, Section, SummaryRow, Tag, errors_of};

/// What a failed form of the page sent, shown again with its errors.
#[derive(Debug, Default)]
pub struct Sent {
    /// What is wrong with the delegation's own vote.
    pub vote_error: Option<String>,
    /// The member state of a failed proxy vote, and what is wrong.
    pub proxy_vote_error: Option<(Iso3, String)>,
    /// The member state chosen to hold the proxy.
    pub to: String,
    /// What is wrong with it.
    pub to_error: Option<String>,
    /// The alternate chosen.
    pub alternate: String,
    /// What is wrong with it.
    pub alternate_error: Option<String>,
    /// Why the ballot could not be closed.
    pub close_error: Option<String>,
}

/// A vote form: for the delegation's own state, or for a state whose proxy
/// it holds.
pub struct VoteForm {
    /// The prefix of the radio buttons' ids.
    pub id: String,
    /// The fieldset's legend.
    pub legend: String,
    /// The state voted for by proxy (empty for one's own).
    pub proxy_for: String,
    /// "Your delegation's vote so far: Yes".
    pub current: Option<String>,
    /// What is wrong.
    pub error: Option<String>,
    /// The three choices, the current one checked.
    pub choices: Vec<page::Choice>,
}

impl VoteForm {
    /// `aria-describedby` of the fieldset: the current vote, the error.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if self.current.is_some() {
            ids.push(format!("{}-current", self.id));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.id));
        }
        ids.join(" ")
    }
}

/// The proxy part of a head's or delegate's page.
pub struct ProxyPart {
    /// "Your delegation gave its proxy to Ghana", when it did.
    pub given: Option<String>,
    /// "Your delegation holds the proxy of ...", when it holds one.
    pub holds: Option<String>,
    /// The select of the state to give it to, when it can give one.
    pub to: Option<Field>,
}

/// The head's designation of an alternate.
pub struct AlternatePart {
    /// The alternates designated so far.
    pub designated: Vec<String>,
    /// The select of the delegation's other alternates (none: no select).
    pub handle: Option<Field>,
}

#[derive(Template)]
#[template(path = "ballot/show.html")]
struct ShowPage {
    page: Layout,
    id: u64,
    caption: String,
    guard: Guard,
    errors: Vec<FieldError>,
    title: Text,
    status: Tag,
    summary: Vec<SummaryRow>,
    procedure: String,
    source: Option<String>,
    /// Why the caller sees no vote form, when they would vote but cannot.
    vote_note: Option<String>,
    /// The custody sentence above the form.
    custody: Option<String>,
    vote: Option<VoteForm>,
    proxy_votes: Vec<VoteForm>,
    proxy: Option<ProxyPart>,
    alternate: Option<AlternatePart>,
    secretariat: bool,
    close_error: Option<String>,
    result: Option<ResultBlock>,
    closed: bool,
    chart_width: u32,
    chart_height: u32,
}

/// `GET /ballots/{id}`.
pub async fn page(State(state): State<AppState>, ctx: Ctx, Path(id): Path<String>) -> Result<Response, WebError> {
    let record = super::ballot_of(&state, &id).await?;
    render(&state, &ctx, record, Sent::default(), StatusCode::OK).await
}

/// Whether the caller may take `action` on `target` (signed in, role,
/// relation and scope).
fn may(ctx: &Ctx, action: Action, target: Target) -> bool {
    ctx.account().is_some() && authorize(&ctx.caller.principal, &ctx.caller.scope, action, target).is_ok()
}

/// The member state the caller votes for on `record`, if any: a head or
/// delegate of a state of the electorate, or an alternate the head
/// designated for this ballot.
pub async fn voter_member(
    state: &AppState,
    ctx: &Ctx,
    record: &BallotRecord,
    electors: &[ElectorRecord],
) -> Result<Option<Iso3>, WebError> {
    let (Some(member), Some(handle)) = (ctx.caller.principal.member, ctx.caller.handle()) else { return Ok(None) };
    if !may(ctx, Action::CastVote, Target::Member(member)) || !electors.iter().any(|e| e.member == member) {
        return Ok(None);
    }
    let votes = match ctx.caller.principal.role {
        Role::HeadOfDelegation | Role::Delegate => true,
        Role::Alternate => {
            state.store.ballot_alternates(record.id).await?.iter().any(|(m, h)| *m == member && h == handle)
        }
        _ => false,
    };
    Ok(votes.then_some(member))
}

/// The three radio buttons, `current` checked.
fn choices(tr: Tr, current: Option<&PositionRecord>) -> Vec<page::Choice> {
    Choice::ALL
        .iter()
        .map(|c| page::Choice {
            value: c.code().to_owned(),
            label: choice_name(tr, *c),
            selected: current.is_some_and(|p| p.choice == *c),
        })
        .collect()
}

/// The page of `record`, with what a failed form `sent`. `status` is the
/// answer's status when no field is wrong (a failed form answers 422).
pub async fn render(
    state: &AppState,
    ctx: &Ctx,
    record: BallotRecord,
    sent: Sent,
    status: StatusCode,
) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let id = record.id;
    let electors = state.store.ballot_electors(id).await?;
    let names = names_in_order(state, tr).await?;
    let name_of =
        |code: Iso3| names.iter().find(|(c, _)| *c == code).map_or_else(|| code.to_string(), |(_, n)| n.clone());
    let open = !record.closed;

    // The ballot's facts.
    let mut summary = vec![SummaryRow::new(tr.t("ballots-row-status"), status_tag(tr, record.closed).text)];
    if let Some((code, version)) = &record.decision_type {
        summary.push(SummaryRow::new(
            tr.t("ballots-row-type"),
            tr.t_args(
                "ballots-type-version",
                &[("code", code.as_str().into()), ("version", tr.number(*version).into())],
            ),
        ));
    }
    summary.push(SummaryRow::time(tr.t("ballots-row-opened"), tr.when_millis(record.opened_ms)));
    match (record.closed_ms, record.closes_ms) {
        (Some(ms), _) => summary.push(SummaryRow::time(tr.t("ballots-row-closed"), tr.when_millis(ms))),
        (None, Some(ms)) => summary.push(SummaryRow::time(tr.t("ballots-row-closes"), tr.when_millis(ms))),
        (None, None) => summary.push(SummaryRow::new(tr.t("ballots-row-closes"), tr.t("ballots-closes-never"))),
    }
    if let Some(number) = record.document {
        let title = match state.store.document(number).await? {
            Some(document) => document.title,
            None => tr.number(number),
        };
        summary.push(SummaryRow::new(tr.t("ballots-row-document"), title).link(format!("/documents/{number}")));
    }
    summary.push(SummaryRow::new(
        tr.t("ballots-row-votes"),
        tr.t_args(
            "ballots-counts-open",
            &[("votes", tr.number(record.votes).into()), ("electorate", tr.number(record.electorate).into())],
        ),
    ));

    let mut errors: Vec<FieldError> = Vec::new();
    let mut vote_note = None;
    let mut custody = None;
    let mut vote = None;
    let mut proxy_votes = Vec::new();
    let mut proxy = None;
    let mut alternate = None;
    if open && let Some(member) = voter_member(state, ctx, &record, &electors).await? {
        let proxies = state.store.ballot_proxies(id).await?;
        let given = proxies.iter().find(|p| p.from == member).map(|p| p.to);
        let held: Vec<Iso3> = proxies.iter().filter(|p| p.to == member).map(|p| p.from).collect();
        let own_key = state.store.valid_key(Signatory::Member(member)).await?.filter(|k| !k.custodied);
        let position = |m: Iso3| electors.iter().find(|e| e.member == m).and_then(|e| e.position.as_ref());
        if own_key.is_some() {
            vote_note = Some(tr.t_args("ballots-own-key", &[("id", tr.number(id).into())]));
        } else {
            custody = Some(tr.t("ballots-custodied"));
            if let Some(to) = given {
                vote_note = Some(tr.t_args("ballots-gave-proxy-no-vote", &[("member", name_of(to).into())]));
            } else {
                let current = position(member);
                vote = Some(VoteForm {
                    id: "vote".into(),
                    legend: tr.t_args("ballots-vote-legend", &[("member", name_of(member).into())]),
                    proxy_for: String::new(),
                    current: current
                        .map(|p| tr.t_args("ballots-vote-current", &[("choice", choice_name(tr, p.choice).into())])),
                    error: sent.vote_error.clone(),
                    choices: choices(tr, current),
                });
                if let Some(error) = &sent.vote_error {
                    errors.push(FieldError { field: "vote-yes", message: error.clone() });
                }
            }
            for from in &held {
                let current = position(*from);
                let error = sent.proxy_vote_error.as_ref().filter(|(m, _)| m == from).map(|(_, e)| e.clone());
                if let Some(error) = &error {
                    errors.push(FieldError { field: "proxy-votes", message: error.clone() });
                }
                proxy_votes.push(VoteForm {
                    id: format!("proxy-{from}"),
                    legend: tr.t_args("ballots-proxy-vote-legend", &[("member", name_of(*from).into())]),
                    proxy_for: from.to_string(),
                    current: current
                        .map(|p| tr.t_args("ballots-vote-current", &[("choice", choice_name(tr, p.choice).into())])),
                    error,
                    choices: choices(tr, current),
                });
            }
        }
        if may(ctx, Action::ManageProxy, Target::Member(member)) {
            let holds = (!held.is_empty()).then(|| {
                let list: Vec<String> = held.iter().map(|m| name_of(*m)).collect();
                tr.t_args("ballots-holds-proxy", &[("members", list.join(", ").into())])
            });
            let to = (given.is_none() && held.is_empty()).then(|| {
                let mut field = Field::new(tr, "to", tr.t("ballots-proxy-to")).hint(tr.t("ballots-proxy-to-hint"));
                // States of the electorate, by name, without oneself and
                // without those that gave their own proxy (one level only).
                let gave: Vec<Iso3> = proxies.iter().map(|p| p.from).collect();
                field.choices = std::iter::once(page::Choice {
                    value: String::new(),
                    label: tr.t("ballots-proxy-choose"),
                    selected: sent.to.is_empty(),
                })
                .chain(
                    names
                        .iter()
                        .filter(|(code, _)| *code != member && !gave.contains(code))
                        .filter(|(code, _)| electors.iter().any(|e| e.member == *code))
                        .map(|(code, name)| page::Choice {
                            value: code.to_string(),
                            label: name.clone(),
                            selected: sent.to == code.as_str(),
                        }),
                )
                .collect();
                if let Some(error) = &sent.to_error {
                    field.fail(error.clone());
                }
                field
            });
            if let Some(field) = &to {
                errors.extend(errors_of(&[field]));
            }
            proxy = Some(ProxyPart {
                given: given.map(|to| tr.t_args("ballots-gave-proxy", &[("member", name_of(to).into())])),
                holds,
                to,
            });
        }
        if may(ctx, Action::DesignateAlternate, Target::Member(member))
            && ctx.caller.principal.role == Role::HeadOfDelegation
        {
            let designated: Vec<String> = state
                .store
                .ballot_alternates(id)
                .await?
                .into_iter()
                .filter(|(m, _)| *m == member)
                .map(|(_, handle)| handle.to_string())
                .collect();
            let alternates: Vec<String> = state
                .store
                .delegations(Some(member))
                .await?
                .iter()
                .flat_map(|d| d.people.iter())
                .filter(|(role, handle, _)| {
                    *role == DelegationRole::Alternate && !designated.contains(&handle.to_string())
                })
                .map(|(_, handle, _)| handle.to_string())
                .collect();
            let handle = (!alternates.is_empty()).then(|| {
                let mut field = Field::new(tr, "handle", tr.t("ballots-alternate-label"));
                field.choices = alternates
                    .iter()
                    .map(|h| page::Choice { value: h.clone(), label: h.clone(), selected: sent.alternate == *h })
                    .collect();
                if let Some(error) = &sent.alternate_error {
                    field.fail(error.clone());
                }
                field
            });
            if let Some(field) = &handle {
                errors.extend(errors_of(&[field]));
            }
            alternate = Some(AlternatePart { designated, handle });
        }
    }
    let secretariat = open && may(ctx, Action::CloseBallot, Target::None);
    if let Some(error) = &sent.close_error {
        errors.push(FieldError { field: "close", message: error.clone() });
    }

    let tally = match &record.tally {
        Some(tally) => Some(tally.clone()),
        None => tally_now(&record, &electors),
    };
    let result = tally.map(|t| block(tr, &t, &electors, &names));
    let title = title_of(&record, ctx.lang);
    let heading = title.text.clone();
    let status = if errors.is_empty() { status } else { StatusCode::UNPROCESSABLE_ENTITY };
    let mut page = Layout::new(state, ctx, &heading, Section::Ballots)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("ballots-title"), "/ballots");
    if !errors.is_empty() {
        page = page.failed();
    }
    let template = ShowPage {
        page,
        id,
        caption: tr.t_args("ballots-caption", &[("id", tr.number(id).into())]),
        guard: Guard::new(ctx),
        errors,
        title,
        status: status_tag(tr, record.closed),
        summary,
        procedure: record.procedure.name().to_owned(),
        source: record.procedure.source().map(str::to_owned),
        vote_note,
        custody,
        vote,
        proxy_votes,
        proxy,
        alternate,
        secretariat,
        close_error: sent.close_error,
        result,
        closed: record.closed,
        chart_width: chart_width(),
        chart_height: chart_height(),
    };
    Ok(template.page.respond(status, &template))
}
