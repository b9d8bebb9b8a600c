//! What every page and `/api/v1/status` say about this node's place in the
//! federation: how far a mirror is behind its hub, when the hub last
//! answered, and the evidence kept. Pages read it on every request, so it
//! is read from the store at most once every [`FRESH`] (two seconds) and
//! kept in [`FactsCache`].

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use store::federation::{EvidenceKind, FollowStatus};
use store::{Store, StoreError};

/// How long facts read from the store are served again.
pub const FRESH: Duration = Duration::from_secs(2);

/// How long the hub may stay silent before pages warn about it, in
/// milliseconds.
pub const SILENCE_MS: i64 = 60_000;

/// A piece of evidence, as pages and the status list it (the notes and the
/// proof are served by `/api/v1/federation/evidence/{id}`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    /// Its number on this node.
    pub id: u64,
    /// What it shows.
    pub kind: EvidenceKind,
    /// When it was found (Unix milliseconds).
    pub detected_at: i64,
    /// What was found, in words.
    pub detail: String,
}

/// What this node knows of its place in the federation at one moment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NodeFacts {
    /// Entries in this node's log.
    pub log_size: u64,
    /// How following the hub goes (a mirror that has tried).
    pub follow: Option<FollowStatus>,
    /// Every piece of evidence kept, oldest first.
    pub alerts: Vec<Alert>,
}

impl NodeFacts {
    /// Reads the facts from `store`.
    pub async fn read(store: &Store) -> Result<NodeFacts, StoreError> {
        let (log_size, _) = store.log_sizes().await?;
        let follow = store.follow_status().await?;
        let alerts = store
            .evidence()
            .await?
            .into_iter()
            .map(|kept| Alert {
                id: kept.id,
                kind: kept.evidence.kind,
                detected_at: kept.evidence.detected_at,
                detail: kept.evidence.detail,
            })
            .collect();
        Ok(NodeFacts { log_size, follow, alerts })
    }

    /// The first evidence of a fork kept (a rewrite, a shrunk log or a
    /// split view: the log key signed two histories that cannot both be
    /// true), if any.
    pub fn fork(&self) -> Option<&Alert> {
        self.alerts.iter().find(|alert| alert.kind.is_fork())
    }

    /// How many entries the hub's newest verified checkpoint holds beyond
    /// this node's log (a mirror that has heard from its hub).
    pub fn behind(&self) -> Option<u64> {
        self.follow.as_ref().map(|follow| follow.hub_size.saturating_sub(self.log_size))
    }

    /// When the hub last answered with a checkpoint that verified (Unix
    /// milliseconds), if it ever did.
    pub fn hub_answered_at(&self) -> Option<i64> {
        self.follow.as_ref().map(|follow| follow.answered_at).filter(|at| *at > 0)
    }

    /// Whether a mirror still follows its hub: it has tried, and did not
    /// stop on evidence.
    pub fn following(&self) -> bool {
        self.follow.as_ref().is_some_and(|follow| !follow.stopped)
    }

    /// Whether the hub has been silent for more than [`SILENCE_MS`] at
    /// `now` (Unix milliseconds): it last answered longer ago, or it never
    /// answered though the follower has tried.
    pub fn hub_silent(&self, now: i64) -> bool {
        let Some(follow) = &self.follow else { return false };
        match self.hub_answered_at() {
            Some(answered) => now - answered > SILENCE_MS,
            None => follow.attempted_at > 0,
        }
    }
}

/// The facts last read, served again for [`FRESH`]; one request at a time
/// reads them anew, the others wait for it.
#[derive(Default)]
pub struct FactsCache {
    last: Mutex<Option<(Instant, Arc<NodeFacts>)>>,
    reading: tokio::sync::Mutex<()>,
}

impl FactsCache {
    /// The facts of `store`, at most [`FRESH`] old.
    pub async fn get(&self, store: &Store) -> Result<Arc<NodeFacts>, StoreError> {
        if let Some(facts) = self.fresh() {
            return Ok(facts);
        }
        let _reading = self.reading.lock().await;
        if let Some(facts) = self.fresh() {
            return Ok(facts);
        }
        let facts = Arc::new(NodeFacts::read(store).await?);
        *self.last.lock().unwrap_or_else(PoisonError::into_inner) = Some((Instant::now(), facts.clone()));
        Ok(facts)
    }

    /// The facts last read, however old, without reading the store (for
    /// the apology of a server error, when the database may be down).
    pub fn cached(&self) -> Option<Arc<NodeFacts>> {
        self.last.lock().unwrap_or_else(PoisonError::into_inner).as_ref().map(|(_, facts)| facts.clone())
    }

    /// Forgets the facts, so the next request reads them (after this
    /// process recorded evidence or a follow status).
    pub fn forget(&self) {
        *self.last.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }

    fn fresh(&self) -> Option<Arc<NodeFacts>> {
        let last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        last.as_ref().filter(|(read, _)| read.elapsed() < FRESH).map(|(_, facts)| facts.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn follow(answered_at: i64, attempted_at: i64) -> FollowStatus {
        FollowStatus {
            hub_url: "http://hub.example".into(),
            answered_at,
            attempted_at,
            hub_size: 10,
            error: None,
            stopped: false,
        }
    }

    #[test]
    fn the_hub_is_silent_after_a_minute_without_an_answer() {
        let facts = NodeFacts { log_size: 7, follow: Some(follow(1_000, 70_000)), alerts: Vec::new() };
        assert!(!facts.hub_silent(1_000 + SILENCE_MS));
        assert!(facts.hub_silent(1_001 + SILENCE_MS));
        assert_eq!(facts.behind(), Some(3));
        let never = NodeFacts { follow: Some(follow(0, 5)), ..facts.clone() };
        assert!(never.hub_silent(6));
        assert_eq!(never.hub_answered_at(), None);
        let hub = NodeFacts::default();
        assert!(!hub.hub_silent(i64::MAX) && hub.behind().is_none() && !hub.following());
    }

    #[test]
    fn only_a_fork_is_a_fork() {
        let alert = |id, kind| Alert { id, kind, detected_at: 5, detail: String::new() };
        let facts = NodeFacts {
            alerts: vec![alert(1, EvidenceKind::BadSignature), alert(2, EvidenceKind::SplitView)],
            ..NodeFacts::default()
        };
        assert_eq!(facts.fork().map(|alert| alert.id), Some(2));
    }
}
