//! Gossip between nodes: each round, ask every peer which checkpoints of
//! this log it holds (`GET /log/checkpoints/seen`) and compare them with
//! this node's tree. A checkpoint signed with the log key whose root is
//! not this node's root at the same size shows that the hub gave different
//! nodes different logs (a split view): the peer's note, this node's held
//! note and the consistency path between them are kept as evidence that
//! [`ledger::check_split_view`] accepts, and following stops.
//!
//! A peer's checkpoint larger than this node's is left for when this node
//! catches up; the peer keeps showing it.

use std::time::Duration;

use ledger::{Checkpoint, Verifier};
use store::Store;
use store::federation::{EvidenceKind, PeerStatus};

use crate::evidence::{self, new_evidence};
use crate::fetch::{Remote, Seen};

/// What one peer showed in a round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeerOutcome {
    /// The peer could not be asked, or answered nonsense.
    Failed(String),
    /// Its checkpoints of this log agree with this node's tree (those it
    /// could compare): the size of the newest it showed (0 = none).
    Agrees {
        /// The newest size of this log the peer showed.
        size: u64,
    },
    /// A split view: the evidence's number.
    SplitView(u64),
}

/// Compares this node's log with its peers'.
pub struct Gossip {
    /// The peers.
    pub peers: Vec<Remote>,
    /// This node's store.
    pub store: Store,
    /// The log key.
    pub key: Verifier,
    /// The hub this node follows (recorded when following stops).
    pub hub_url: String,
    /// The time between rounds.
    pub interval: Duration,
}

impl Gossip {
    /// Runs a round every [`Gossip::interval`] until dropped.
    pub async fn run(self) {
        if self.peers.is_empty() {
            return;
        }
        loop {
            self.round().await;
            tokio::time::sleep(self.interval).await;
        }
    }

    /// Asks every peer once, records a [`PeerStatus`] for each, and keeps
    /// evidence of any split view.
    pub async fn round(&self) -> Vec<(String, PeerOutcome)> {
        let mut outcomes = Vec::with_capacity(self.peers.len());
        for peer in &self.peers {
            let outcome = match self.ask(peer).await {
                Ok(outcome) => outcome,
                Err(error) => {
                    tracing::warn!(peer = peer.url(), %error, "gossip with a peer failed");
                    let status = PeerStatus {
                        url: peer.url().to_owned(),
                        size: 0,
                        note: None,
                        checked_at: store::access::now_millis(),
                        error: Some(error.clone()),
                    };
                    let previous = self
                        .store
                        .peers()
                        .await
                        .ok()
                        .and_then(|peers| peers.into_iter().find(|known| known.url == status.url));
                    // Keep what the peer showed last; only the error is new.
                    let status = match previous {
                        Some(known) => PeerStatus { size: known.size, note: known.note, ..status },
                        None => status,
                    };
                    if let Err(err) = self.store.record_peer(&status).await {
                        tracing::error!(error = %err, "cannot record a peer's status");
                    }
                    PeerOutcome::Failed(error)
                }
            };
            outcomes.push((peer.url().to_owned(), outcome));
        }
        outcomes
    }

    /// One peer: its checkpoints of this log, each compared.
    async fn ask(&self, peer: &Remote) -> Result<PeerOutcome, String> {
        let seen: Seen = peer.seen().await.map_err(|err| err.to_string())?;
        let origin = self.store.origin();
        let mut newest: Option<(u64, String)> = None;
        let mut split = None;
        for shown in seen.checkpoints.iter().filter(|shown| shown.origin == origin) {
            let checkpoint = match Checkpoint::open(shown.note.as_bytes(), &self.key) {
                Ok((checkpoint, _)) => checkpoint,
                Err(err) => {
                    tracing::warn!(peer = peer.url(), error = %err, "a peer shows a checkpoint that does not verify with the log key");
                    continue;
                }
            };
            if newest.as_ref().is_none_or(|(size, _)| checkpoint.size() > *size) {
                newest = Some((checkpoint.size(), shown.note.clone()));
            }
            if split.is_none() {
                split = self.compare(peer, &checkpoint, &shown.note).await.map_err(|err| err.to_string())?;
            }
        }
        let (size, note) = newest.map_or((0, None), |(size, note)| (size, Some(note)));
        let status =
            PeerStatus { url: peer.url().to_owned(), size, note, checked_at: store::access::now_millis(), error: None };
        self.store.record_peer(&status).await.map_err(|err| err.to_string())?;
        Ok(match split {
            Some(id) => PeerOutcome::SplitView(id),
            None => PeerOutcome::Agrees { size },
        })
    }

    /// Compares one of the peer's checkpoints with this node's tree; keeps
    /// evidence and returns its number if they differ.
    async fn compare(&self, peer: &Remote, shown: &Checkpoint, note: &str) -> store::Result<Option<u64>> {
        let (_, held_size) = self.store.log_sizes().await?;
        let size = shown.size();
        if size == 0 || size > held_size {
            return Ok(None);
        }
        if self.store.root_at(size).await? == Some(shown.root()) {
            return Ok(None);
        }
        let (held_size, held_note) = self.store.signed_checkpoint().await?;
        let path = evidence::path_in_store(&self.store, size, held_size).await?.unwrap_or_default();
        let detail = format!(
            "{} shows a checkpoint of {size} entries signed with the log key whose root is not the root of the first \
             {size} entries this node holds (of {held_size})",
            peer.url()
        );
        let found = new_evidence(EvidenceKind::SplitView, peer.url(), Some(held_note), note.to_owned(), path, detail);
        Ok(Some(evidence::keep(&self.store, &self.hub_url, found).await?))
    }
}
