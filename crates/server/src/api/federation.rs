//! The federation over the API (issue 18): this node's place in it (the
//! `node` object of `/api/v1/status`), the nodes and witnesses it knows
//! (`GET /api/v1/federation/nodes`), and the evidence it keeps
//! (`GET /api/v1/federation/evidence[/{id}]`), each piece a file anyone
//! can check with `concord evidence check`.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use store::federation::{Evidence, PeerStatus, WitnessStatus, WitnessedCheckpoint};
use utoipa::ToSchema;

use super::rfc3339;
use crate::AppState;
use crate::error::{ApiError, Problem};
use crate::extract::{MAX_NUMBER, Path};
use crate::federation::Node;
use crate::federation::facts::NodeFacts;

/// This node's place in the federation.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
pub struct NodeDto {
    /// `hub` (the node that signs the log) or `mirror` (a read-only copy).
    pub role: String,
    /// A mirror's hub (its base URL).
    pub hub_url: Option<String>,
    /// The size of the hub's newest checkpoint that verified (a mirror).
    pub hub_size: Option<u64>,
    /// Entries of that checkpoint not yet in this log (a mirror).
    pub behind: Option<u64>,
    /// When the hub last answered with a checkpoint that verified, RFC 3339
    /// (a mirror).
    pub hub_answered_at: Option<String>,
    /// Why the last round of following failed, if it did (a mirror): the
    /// hub unreachable, a checkpoint or tiles that failed their checks.
    pub hub_error: Option<String>,
    /// Whether this mirror follows its hub: false on a hub, and on a
    /// mirror that stopped on evidence of a fork.
    pub following: bool,
    /// The witness's cosignature verifier key, when this node witnesses.
    pub witness_key: Option<String>,
    /// Every piece of evidence kept (`/api/v1/federation/evidence/{id}`).
    pub alerts: Vec<AlertDto>,
}

/// A piece of evidence, in the status.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
pub struct AlertDto {
    /// Its number on this node.
    pub id: u64,
    /// `rewrite`, `shrank`, `split_view`, `bad_signature` or `bad_tiles`.
    pub kind: String,
    /// When it was found, RFC 3339.
    pub detected_at: String,
    /// What was found, in words.
    pub detail: String,
}

impl NodeDto {
    /// The node object of `node` with `facts`.
    pub fn of(node: &Node, facts: &NodeFacts) -> NodeDto {
        let mirror = node.hub_url().is_some();
        NodeDto {
            role: node.role_name().to_owned(),
            hub_url: node.hub_url().map(str::to_owned),
            hub_size: facts.follow.as_ref().filter(|_| mirror).map(|follow| follow.hub_size),
            behind: facts.behind().filter(|_| mirror),
            hub_answered_at: facts.hub_answered_at().filter(|_| mirror).map(rfc3339),
            hub_error: facts.follow.as_ref().filter(|_| mirror).and_then(|follow| follow.error.clone()),
            following: mirror && facts.following(),
            witness_key: node.witness_key(),
            alerts: facts
                .alerts
                .iter()
                .map(|alert| AlertDto {
                    id: alert.id,
                    kind: alert.kind.as_str().to_owned(),
                    detected_at: rfc3339(alert.detected_at),
                    detail: alert.detail.clone(),
                })
                .collect(),
        }
    }
}

/// The nodes this node knows: itself, the witnesses of the hub's policy,
/// its peers, and the logs it witnesses.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct NodesDto {
    /// This node.
    pub this_node: ThisNodeDto,
    /// The quorum of the witness policy (its name), on a hub with one.
    pub quorum: Option<String>,
    /// The witnesses of the policy, and how asking each went.
    pub witnesses: Vec<WitnessDto>,
    /// The nodes this one compares checkpoints with.
    pub peers: Vec<PeerDto>,
    /// The logs this node witnesses: the latest checkpoint it cosigned.
    pub witnessed: Vec<WitnessedDto>,
}

/// This node, in the list of nodes.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ThisNodeDto {
    /// `hub` or `mirror`.
    pub role: String,
    /// The log's checkpoint origin.
    pub origin: String,
    /// The log's verifier key.
    pub log_key: String,
    /// Entries in this node's log.
    pub log_size: u64,
    /// A mirror's hub.
    pub hub_url: Option<String>,
    /// The size of the hub's newest checkpoint that verified (a mirror).
    pub hub_size: Option<u64>,
    /// Entries this mirror is behind.
    pub behind: Option<u64>,
    /// When the hub last answered, RFC 3339 (a mirror).
    pub hub_answered_at: Option<String>,
    /// Whether this mirror follows its hub.
    pub following: bool,
    /// This node's witness key, when it witnesses.
    pub witness_key: Option<String>,
}

/// A witness of the hub's policy.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct WitnessDto {
    /// Its name in the policy.
    pub name: String,
    /// Its cosignature verifier key.
    pub verifier_key: String,
    /// Where it is asked (its tlog-witness prefix), if the policy says.
    pub url: Option<String>,
    /// The largest tree size it cosigned (0: none yet).
    pub cosigned_size: u64,
    /// When it last cosigned, RFC 3339.
    pub cosigned_at: Option<String>,
    /// When it was last asked, RFC 3339.
    pub asked_at: Option<String>,
    /// How long the last request took, in milliseconds.
    pub round_millis: Option<u64>,
    /// Why the last request failed, if it did.
    pub error: Option<String>,
}

/// A peer, as gossip last found it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PeerDto {
    /// Its base URL.
    pub url: String,
    /// The size of the newest checkpoint of this log it showed (0: none).
    pub size: u64,
    /// When it was last asked, RFC 3339.
    pub checked_at: Option<String>,
    /// Why the last exchange failed, if it did.
    pub error: Option<String>,
}

/// A log this node witnesses.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct WitnessedDto {
    /// The log's origin.
    pub origin: String,
    /// The size of the latest checkpoint cosigned.
    pub size: u64,
    /// When, RFC 3339.
    pub cosigned_at: String,
}

/// A moment that may be "never" (0).
fn moment(millis: i64) -> Option<String> {
    (millis > 0).then(|| rfc3339(millis))
}

/// The witnesses to show: those of the policy, with how asking each went
/// (a witness never asked has no status yet); without a policy, every
/// status recorded.
pub fn witnesses(node: &Node, statuses: Vec<WitnessStatus>) -> Vec<WitnessStatus> {
    let Some(policy) = &node.policy else { return statuses };
    policy
        .witnesses()
        .iter()
        .map(|witness| {
            statuses.iter().find(|status| status.name == witness.name).cloned().unwrap_or_else(|| WitnessStatus {
                name: witness.name.clone(),
                verifier_key: witness.verifier.to_string(),
                url: witness.url.clone(),
                cosigned_size: 0,
                cosigned_at: 0,
                asked_at: 0,
                round_millis: 0,
                error: None,
            })
        })
        .collect()
}

impl From<WitnessStatus> for WitnessDto {
    fn from(status: WitnessStatus) -> WitnessDto {
        WitnessDto {
            round_millis: (status.asked_at > 0).then_some(status.round_millis),
            cosigned_at: moment(status.cosigned_at),
            asked_at: moment(status.asked_at),
            name: status.name,
            verifier_key: status.verifier_key,
            url: status.url,
            cosigned_size: status.cosigned_size,
            error: status.error,
        }
    }
}

impl From<PeerStatus> for PeerDto {
    fn from(peer: PeerStatus) -> PeerDto {
        PeerDto { checked_at: moment(peer.checked_at), url: peer.url, size: peer.size, error: peer.error }
    }
}

impl From<WitnessedCheckpoint> for WitnessedDto {
    fn from(witnessed: WitnessedCheckpoint) -> WitnessedDto {
        WitnessedDto { cosigned_at: rfc3339(witnessed.cosigned_at), origin: witnessed.origin, size: witnessed.size }
    }
}

/// The nodes this node knows.
#[utoipa::path(
    get,
    path = "/api/v1/federation/nodes",
    tag = "federation",
    responses(
        (status = 200, description = "This node, the witnesses of the policy, the peers", body = NodesDto),
        (status = 503, description = "The database is unavailable", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn nodes(State(state): State<AppState>) -> Result<Json<NodesDto>, ApiError> {
    let facts = state.node_facts.get(&state.store).await?;
    let dto = NodeDto::of(&state.node, &facts);
    let this_node = ThisNodeDto {
        role: dto.role,
        origin: state.store.origin().to_owned(),
        log_key: state.store.verifier_key().to_owned(),
        log_size: facts.log_size,
        hub_url: dto.hub_url,
        hub_size: dto.hub_size,
        behind: dto.behind,
        hub_answered_at: dto.hub_answered_at,
        following: dto.following,
        witness_key: dto.witness_key,
    };
    let statuses = state.store.witness_statuses().await?;
    Ok(Json(NodesDto {
        this_node,
        quorum: state.node.policy.as_ref().and_then(|policy| policy.quorum().map(str::to_owned)),
        witnesses: witnesses(&state.node, statuses).into_iter().map(WitnessDto::from).collect(),
        peers: state.store.peers().await?.into_iter().map(PeerDto::from).collect(),
        witnessed: state.store.witnessed_all().await?.into_iter().map(WitnessedDto::from).collect(),
    }))
}

/// A piece of evidence, as a file anyone can check (`concord evidence
/// check FILE`): two signed checkpoints that cannot both be true (or one
/// bad one), the consistency proof between them, where the second came
/// from and when.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
pub struct EvidenceFile {
    /// `rewrite`, `shrank`, `split_view`, `bad_signature` or `bad_tiles`.
    pub kind: String,
    /// The log's verifier key.
    pub log_key: String,
    /// The checkpoint this node held (when it held one), then the one that
    /// contradicts it (or the bad one), as signed notes.
    pub checkpoints: Vec<String>,
    /// The consistency proof between them, base64 hashes (may be empty).
    pub proof: Vec<String>,
    /// Where the contradicting checkpoint came from.
    pub source: String,
    /// When it was found, RFC 3339.
    pub detected_at: String,
}

impl EvidenceFile {
    /// The file of `evidence` about the log of key `log_key`.
    pub fn of(evidence: &Evidence, log_key: &str) -> EvidenceFile {
        let kept = &evidence.evidence;
        EvidenceFile {
            kind: kept.kind.as_str().to_owned(),
            log_key: log_key.to_owned(),
            checkpoints: kept.held_note.iter().chain([&kept.served_note]).cloned().collect(),
            proof: kept.proof.iter().map(|hash| hash.to_base64()).collect(),
            source: kept.source.clone(),
            detected_at: rfc3339(kept.detected_at),
        }
    }
}

/// The evidence kept, in the list.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EvidenceSummary {
    /// Its number.
    pub id: u64,
    /// What it shows.
    pub kind: String,
    /// Where the contradicting checkpoint came from.
    pub source: String,
    /// What was found, in words.
    pub detail: String,
    /// When it was found, RFC 3339.
    pub detected_at: String,
    /// Its file.
    pub href: String,
}

/// The list of evidence.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EvidenceList {
    /// Oldest first.
    pub evidence: Vec<EvidenceSummary>,
}

/// Where the file of evidence `id` is served.
pub fn evidence_href(id: u64) -> String {
    format!("/api/v1/federation/evidence/{id}")
}

/// The evidence this node keeps.
#[utoipa::path(
    get,
    path = "/api/v1/federation/evidence",
    tag = "federation",
    responses(
        (status = 200, description = "Every piece of evidence kept, oldest first", body = EvidenceList),
        (status = 503, description = "The database is unavailable", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn evidence_list(State(state): State<AppState>) -> Result<Json<EvidenceList>, ApiError> {
    let evidence = state
        .store
        .evidence()
        .await?
        .into_iter()
        .map(|kept| EvidenceSummary {
            href: evidence_href(kept.id),
            id: kept.id,
            kind: kept.evidence.kind.as_str().to_owned(),
            source: kept.evidence.source,
            detail: kept.evidence.detail,
            detected_at: rfc3339(kept.evidence.detected_at),
        })
        .collect();
    Ok(Json(EvidenceList { evidence }))
}

/// One piece of evidence, as a file to check.
#[utoipa::path(
    get,
    path = "/api/v1/federation/evidence/{id}",
    tag = "federation",
    params(("id" = u64, Path, description = "The evidence's number")),
    responses(
        (status = 200, description = "The evidence file", body = EvidenceFile),
        (status = 400, description = "The id is not a number", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No evidence has that number", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn evidence(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<EvidenceFile>, ApiError> {
    let number = crate::extract::number(&id)
        .ok_or_else(|| ApiError::invalid_parameter(format!("{id:?} is not an evidence number (1 to {MAX_NUMBER})")))?;
    let kept = state.store.evidence().await?.into_iter().find(|kept| kept.id == number);
    let kept = kept.ok_or_else(|| ApiError::NotFound(format!("this node keeps no evidence numbered {number}")))?;
    Ok(Json(EvidenceFile::of(&kept, state.store.verifier_key())))
}
