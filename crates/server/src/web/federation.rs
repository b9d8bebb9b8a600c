//! `GET /nodes`: the nodes that keep the record and the witnesses that
//! cosign it, as this node knows them: this node (hub, or mirror of which
//! hub, how far behind, when last in step), the witnesses of the hub's
//! policy with the size each last cosigned and its last error, the logs
//! this node witnesses, its peers with the size each showed, and the
//! evidence it keeps (`#evidence`), each with its file to check.
//!
//! The same facts as `GET /api/v1/federation/nodes`, read through the same
//! functions.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use store::federation::EvidenceKind;

use super::errors::WebError;
use super::i18n::Tr;
use super::locale::When;
use super::page::{Ctx, Layout, Section, SummaryRow};
use crate::AppState;
use crate::api::federation::{evidence_href, witnesses};

/// The message ids this page builds at run time.
pub fn message_ids() -> Vec<String> {
    EvidenceKind::ALL.iter().map(|kind| kind_message(*kind).to_owned()).collect()
}

/// The name of a kind of evidence.
fn kind_message(kind: EvidenceKind) -> &'static str {
    match kind {
        EvidenceKind::Rewrite => "nodes-kind-rewrite",
        EvidenceKind::Shrank => "nodes-kind-shrank",
        EvidenceKind::SplitView => "nodes-kind-split-view",
        EvidenceKind::BadSignature => "nodes-kind-bad-signature",
        EvidenceKind::BadTiles => "nodes-kind-bad-tiles",
    }
}

/// A witness of the policy, as the table shows it.
struct WitnessRow {
    name: String,
    key: String,
    size: String,
    when: Option<When>,
    error: Option<String>,
}

/// A peer, as the table shows it.
struct PeerRow {
    url: String,
    size: String,
    when: Option<When>,
    error: Option<String>,
}

/// A log this node witnesses.
struct WitnessedRow {
    origin: String,
    size: String,
    when: When,
}

/// A piece of evidence.
struct EvidenceRow {
    number: String,
    kind: String,
    when: When,
    detail: String,
    source: String,
    href: String,
}

#[derive(Template)]
#[template(path = "federation/nodes.html")]
struct NodesPage {
    page: Layout,
    this_node: Vec<SummaryRow>,
    quorum: Option<String>,
    witnesses: Vec<WitnessRow>,
    witnessed: Vec<WitnessedRow>,
    peers: Vec<PeerRow>,
    evidence: Vec<EvidenceRow>,
}

/// A moment that may be "never" (0).
fn moment(tr: Tr, millis: i64) -> Option<When> {
    (millis > 0).then(|| tr.when_millis(millis))
}

/// `GET /nodes`.
pub async fn page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let facts = state.node_facts.get(&state.store).await?;
    let mut this_node = vec![match state.node.hub_url() {
        Some(_) => SummaryRow::new(tr.t("nodes-role"), tr.t("nodes-role-mirror")),
        None => SummaryRow::new(tr.t("nodes-role"), tr.t("nodes-role-hub")),
    }];
    if let Some(hub) = state.node.hub_url() {
        this_node.push(SummaryRow::new(tr.t("nodes-hub"), hub.to_owned()).link(hub.to_owned()).code());
    }
    this_node.push(SummaryRow::new(tr.t("nodes-origin"), state.store.origin().to_owned()).code());
    this_node.push(SummaryRow::new(tr.t("nodes-log-key"), state.store.verifier_key().to_owned()).code());
    this_node.push(SummaryRow::new(tr.t("nodes-entries"), tr.number(facts.log_size)));
    if state.node.hub_url().is_some() {
        let behind = facts.behind().map_or_else(|| tr.t("not-known"), |behind| tr.number(behind));
        this_node.push(SummaryRow::new(tr.t("nodes-behind"), behind));
        this_node.push(match facts.hub_answered_at() {
            Some(at) => SummaryRow::time(tr.t("nodes-in-step"), tr.when_millis(at)),
            None => SummaryRow::new(tr.t("nodes-in-step"), tr.t("nodes-never")),
        });
        let following = if facts.following() { tr.t("nodes-following-yes") } else { tr.t("nodes-following-no") };
        this_node.push(SummaryRow::new(tr.t("nodes-following"), following));
    }
    if let Some(key) = state.node.witness_key() {
        this_node.push(SummaryRow::new(tr.t("nodes-witness-key"), key).code());
    }
    let statuses = state.store.witness_statuses().await?;
    let witnesses = witnesses(&state.node, statuses)
        .into_iter()
        .map(|status| WitnessRow {
            size: if status.cosigned_size == 0 { tr.t("nodes-none-yet") } else { tr.number(status.cosigned_size) },
            when: moment(tr, status.cosigned_at),
            name: status.name,
            key: status.verifier_key,
            error: status.error,
        })
        .collect();
    let witnessed = state
        .store
        .witnessed_all()
        .await?
        .into_iter()
        .map(|w| WitnessedRow { size: tr.number(w.size), when: tr.when_millis(w.cosigned_at), origin: w.origin })
        .collect();
    let peers = state
        .store
        .peers()
        .await?
        .into_iter()
        .map(|peer| PeerRow {
            size: if peer.size == 0 { tr.t("nodes-none-yet") } else { tr.number(peer.size) },
            when: moment(tr, peer.checked_at),
            url: peer.url,
            error: peer.error,
        })
        .collect();
    let evidence = state
        .store
        .evidence()
        .await?
        .into_iter()
        .map(|kept| EvidenceRow {
            number: tr.number(kept.id),
            kind: tr.t(kind_message(kept.evidence.kind)),
            when: tr.when_millis(kept.evidence.detected_at),
            detail: kept.evidence.detail,
            source: kept.evidence.source,
            href: evidence_href(kept.id),
        })
        .collect();
    let template = NodesPage {
        page: Layout::new(&state, &ctx, &tr.t("nodes-title"), Section::Record)
            .await
            .crumb(tr.t("site-home"), "/")
            .crumb(tr.t("record-title"), "/record"),
        this_node,
        quorum: state.node.policy.as_ref().and_then(|policy| policy.quorum().map(str::to_owned)),
        witnesses,
        witnessed,
        peers,
        evidence,
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}
