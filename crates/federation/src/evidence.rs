//! Keeping evidence and stopping: what the follower and gossip do when the
//! log contradicts itself.
//!
//! A mirror stops following for good once it keeps evidence of a fork
//! ([`EvidenceKind::is_fork`]: a rewrite, a log that shrank, a split
//! view): [`is_stopped`] reads that from the store, so a restarted mirror
//! stays stopped, and a follower racing gossip's [`stop_following`] sees
//! it on its next round.

use ledger::Hash;
use store::Store;
use store::federation::{EvidenceKind, FollowStatus, NewEvidence};

/// Whether following stopped on evidence of a fork (recorded in the
/// follow status, or evidence kept that stops it).
pub async fn is_stopped(store: &Store) -> store::Result<bool> {
    if store.follow_status().await?.is_some_and(|status| status.stopped) {
        return Ok(true);
    }
    Ok(store.evidence().await?.iter().any(|kept| kept.evidence.kind.is_fork()))
}

/// Records that following `hub_url` stopped, keeping what the follow
/// status says otherwise.
pub async fn stop_following(store: &Store, hub_url: &str) -> store::Result<()> {
    let now = store::access::now_millis();
    let status = match store.follow_status().await? {
        Some(status) => FollowStatus { stopped: true, ..status },
        None => FollowStatus {
            hub_url: hub_url.to_owned(),
            answered_at: 0,
            attempted_at: now,
            hub_size: 0,
            error: None,
            stopped: true,
        },
    };
    store.record_follow(&status).await
}

/// Keeps `evidence` (once: the store returns the first number for the same
/// evidence) and logs it; a fork also stops following `hub_url`.
pub async fn keep(store: &Store, hub_url: &str, evidence: NewEvidence) -> store::Result<u64> {
    let id = store.record_evidence(&evidence).await?;
    tracing::error!(
        id,
        kind = evidence.kind.as_str(),
        source = %evidence.source,
        detail = %evidence.detail,
        "kept evidence against the log"
    );
    if evidence.kind.is_fork() {
        stop_following(store, hub_url).await?;
        tracing::error!(hub = hub_url, "stopped following the hub: the log key signed two histories");
    }
    Ok(id)
}

/// New evidence of `kind`, detected now.
pub fn new_evidence(
    kind: EvidenceKind,
    source: &str,
    held_note: Option<String>,
    served_note: String,
    proof: Vec<Hash>,
    detail: String,
) -> NewEvidence {
    NewEvidence {
        kind,
        source: source.to_owned(),
        held_note,
        served_note,
        proof,
        detail,
        detected_at: store::access::now_millis(),
    }
}

/// The consistency path from the tree of `old` entries to the tree of
/// `new` that this node holds, as split-view evidence carries it
/// ([`ledger::check_split_view`]): the RFC 9162 proof, preceded, for an
/// old size that is a power of two below `new`, by the root of the first
/// `old` entries. Empty for equal sizes or `old` 0; `None` if the node does
/// not hold `new` entries.
pub async fn path_in_store(store: &Store, old: u64, new: u64) -> store::Result<Option<Vec<Hash>>> {
    if old == 0 || old == new {
        return Ok((old <= new).then(Vec::new));
    }
    let Some(proof) = store.consistency_proof(old, new).await? else {
        return Ok(None);
    };
    if !old.is_power_of_two() {
        return Ok(Some(proof));
    }
    let Some(old_root) = store.root_at(old).await? else {
        return Ok(None);
    };
    Ok(Some(std::iter::once(old_root).chain(proof).collect()))
}
