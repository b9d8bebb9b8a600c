//! A mirror's follower: it reads the hub's log through its tiles and
//! appends to the mirror only what the hub's signed checkpoint commits to.
//!
//! One round ([`Follower::step`]):
//!
//! 1. Fetch the hub's checkpoint and open it with the log key. A bad
//!    signature is kept as evidence (`bad_signature`); nothing is accepted
//!    and following goes on.
//! 2. Compare it with the checkpoint the mirror holds. A smaller one is
//!    kept as evidence (`shrank`) and following stops. Otherwise a
//!    [`ContinuityPlan`] checked with the hub's tiles proves that the new
//!    tree begins with the held one; a proof that the log key signed a
//!    rewrite is kept (`rewrite`, with both notes and the proof) and
//!    following stops.
//! 3. Fetch the new entries (bundles with their level-0 tiles, leaf hashes
//!    checked) in windows of [`Follower::window`] bundles. Each window's
//!    leaf hashes are folded onto the mirror's tree, and the root at the
//!    window's end must be proved (a consistency proof from the hub's
//!    tiles) to be a prefix of the signed tree; otherwise the window is
//!    kept out (`bad_tiles`) and the round retried later. The blobs the
//!    entries name are fetched and their hashes checked, and the window
//!    goes to [`Store::append_mirrored`], the last one with the checkpoint.
//!
//! Every round records a [`FollowStatus`]. The hub being away is an error
//! recorded and retried with a bounded backoff, never a stop.

use std::collections::BTreeMap;
use std::time::Duration;

use domain::Envelope;
use domain::blob::{BlobRef, Sha256};
use futures::{StreamExt, TryStreamExt, stream};
use ledger::{Checkpoint, CompactTree, ContinuityPlan, Hash, Verifier};
use store::Store;
use store::federation::{EvidenceKind, FollowStatus, MirroredBatch};

use crate::evidence::{self, is_stopped, new_evidence};
use crate::fetch::{FetchError, Leaves, Remote, on_rayon};

/// Bundles (of 256 entries) appended in one transaction by default.
pub const WINDOW: usize = 16;

/// The longest wait between two rounds after failures.
pub const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// What one round of following did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Following had stopped on evidence of a fork; nothing was asked.
    Stopped,
    /// The hub's signed checkpoint is the one the mirror holds.
    UpToDate {
        /// Its tree size.
        size: u64,
    },
    /// The mirror appended the entries `from..to` and holds the hub's
    /// checkpoint of `to` entries.
    Appended {
        /// The mirror's size before.
        from: u64,
        /// Its size now.
        to: u64,
    },
    /// The round failed and is retried later (the hub away, a bad
    /// signature, tiles that do not prove the signed tree...). What was
    /// appended before the failure stays.
    Failed {
        /// Why.
        error: String,
        /// The evidence kept, if the failure is some.
        evidence: Option<u64>,
    },
    /// The hub's log key signed a history that contradicts the one the
    /// mirror holds: the evidence is kept and following stopped.
    Forked {
        /// What the evidence shows.
        kind: EvidenceKind,
        /// Its number.
        evidence: u64,
    },
}

/// Follows a hub's log into a mirror store.
pub struct Follower {
    /// The hub.
    pub hub: Remote,
    /// The log key.
    pub key: Verifier,
    /// The mirror.
    pub store: Store,
    /// Tiles fetched at the same time.
    pub parallel: usize,
    /// The time between rounds.
    pub poll: Duration,
    /// Bundles appended in one transaction.
    pub window: usize,
    /// Whether to look for texts that became public after the next round:
    /// at the first round, and after windows that hold an event that can
    /// publish texts named earlier (`store::federation::publishes_earlier_texts`).
    texts_due: std::sync::atomic::AtomicBool,
}

/// Why a round failed, before it is recorded.
enum Failure {
    /// An error to record and retry.
    Error(String),
    /// Evidence kept; retried (bad signature, bad tiles).
    Evidence(u64, String),
    /// Evidence of a fork kept; following stopped.
    Fork(EvidenceKind, u64),
}

impl From<FetchError> for Failure {
    fn from(err: FetchError) -> Failure {
        Failure::Error(err.to_string())
    }
}

impl From<store::StoreError> for Failure {
    fn from(err: store::StoreError) -> Failure {
        Failure::Error(format!("the mirror's store: {err}"))
    }
}

/// The checkpoint the mirror holds.
struct Held {
    note: String,
    checkpoint: Checkpoint,
}

impl Follower {
    /// A follower of the hub at `hub` with the log key `key`, into the
    /// mirror `store`, with the default window.
    pub fn new(hub: Remote, key: Verifier, store: Store, parallel: usize, poll: Duration) -> Follower {
        Follower { hub, key, store, parallel: parallel.max(1), poll, window: WINDOW, texts_due: true.into() }
    }

    /// Follows until dropped: a round every [`Follower::poll`], retried
    /// with a backoff (up to 16 polls, at most [`MAX_BACKOFF`]) while
    /// rounds fail. Returns once following stopped on evidence of a fork;
    /// the node goes on serving what it holds.
    pub async fn run(mut self) {
        let mut failures = 0u32;
        loop {
            let wait = match self.step().await {
                Step::Stopped | Step::Forked { .. } => {
                    tracing::warn!(hub = self.hub.url(), "not following the hub: evidence of a fork is kept");
                    return;
                }
                Step::Failed { .. } => {
                    failures = failures.saturating_add(1);
                    backoff(self.poll, failures)
                }
                Step::UpToDate { .. } | Step::Appended { .. } => {
                    failures = 0;
                    self.poll
                }
            };
            tokio::time::sleep(wait).await;
        }
    }

    /// One round (see the module documentation), recorded in the follow
    /// status.
    pub async fn step(&mut self) -> Step {
        let attempted_at = store::access::now_millis();
        match is_stopped(&self.store).await {
            Ok(true) => return Step::Stopped,
            Ok(false) => {}
            Err(err) => return self.failed(attempted_at, Failure::from(err)).await,
        }
        match self.round(attempted_at).await {
            Ok(step) => step,
            Err(failure) => self.failed(attempted_at, failure).await,
        }
    }

    /// Records a failed round and says what happened.
    async fn failed(&self, attempted_at: i64, failure: Failure) -> Step {
        let (step, error) = match failure {
            Failure::Error(error) => (Step::Failed { error: error.clone(), evidence: None }, error),
            Failure::Evidence(id, error) => (Step::Failed { error: error.clone(), evidence: Some(id) }, error),
            Failure::Fork(kind, evidence) => {
                return Step::Forked { kind, evidence };
            }
        };
        tracing::warn!(hub = self.hub.url(), %error, "following the hub failed; trying again later");
        let previous = self.store.follow_status().await.ok().flatten();
        let status = FollowStatus {
            hub_url: self.hub.url().to_owned(),
            answered_at: previous.as_ref().map_or(0, |p| p.answered_at),
            attempted_at,
            hub_size: previous.as_ref().map_or(0, |p| p.hub_size),
            error: Some(error),
            stopped: previous.is_some_and(|p| p.stopped),
        };
        if let Err(err) = self.store.record_follow(&status).await {
            tracing::error!(error = %err, "cannot record the follow status");
        }
        step
    }

    /// Records that the hub answered with a checkpoint that verified.
    async fn answered(&self, attempted_at: i64, hub_size: u64) -> Result<(), Failure> {
        let stopped = is_stopped(&self.store).await?;
        let status = FollowStatus {
            hub_url: self.hub.url().to_owned(),
            answered_at: store::access::now_millis(),
            attempted_at,
            hub_size,
            error: None,
            stopped,
        };
        Ok(self.store.record_follow(&status).await?)
    }

    async fn round(&mut self, attempted_at: i64) -> Result<Step, Failure> {
        let note = self.hub.checkpoint().await?;
        let held = self.held().await?;
        let checkpoint = match Checkpoint::open(note.as_bytes(), &self.key) {
            Ok((checkpoint, _)) => checkpoint,
            Err(err) => {
                let detail = format!("the hub's checkpoint does not verify with the log key {}: {err}", self.key);
                let found = new_evidence(
                    EvidenceKind::BadSignature,
                    self.hub.url(),
                    held.map(|held| held.note),
                    note,
                    Vec::new(),
                    detail.clone(),
                );
                let id = evidence::keep(&self.store, self.hub.url(), found).await?;
                return Err(Failure::Evidence(id, detail));
            }
        };
        self.check_continuity(held.as_ref(), &note, &checkpoint).await?;
        self.answered(attempted_at, checkpoint.size()).await?;
        let held_size = held.as_ref().map_or(0, |held| held.checkpoint.size());
        if checkpoint.size() == held_size {
            self.fetch_missing_texts().await?;
            return Ok(Step::UpToDate { size: held_size });
        }
        let (from, _) = self.store.log_sizes().await?;
        if from > checkpoint.size() {
            return Err(Failure::Error(format!(
                "the hub's checkpoint of {} entries is smaller than the {from} entries this mirror holds",
                checkpoint.size()
            )));
        }
        let to = self.catch_up(from, held.as_ref(), &note, &checkpoint).await?;
        tracing::info!(hub = self.hub.url(), from, to, "appended the hub's new entries");
        self.fetch_missing_texts().await?;
        Ok(Step::Appended { from, to })
    }

    /// Fetches public texts the mirror does not hold yet, when they are
    /// due (see `texts_due`): a statement's text becomes public when a
    /// moderator approves it or its consultation opens, after the entry
    /// that names it (`Store::missing_public_blobs`). A text the hub does
    /// not serve is asked again after the next such event, or at restart.
    async fn fetch_missing_texts(&self) -> Result<(), Failure> {
        if !self.texts_due.swap(false, std::sync::atomic::Ordering::Relaxed) {
            return Ok(());
        }
        let missing = self.store.missing_public_blobs(MISSING_TEXTS_PER_ROUND).await?;
        let fetched: Vec<_> = stream::iter(missing)
            .map(|sha256| async move { self.hub.blob(&sha256).await })
            .buffered(self.parallel)
            .try_collect()
            .await?;
        let mut stored = 0;
        for blob in fetched.into_iter().flatten() {
            let media_type = blob.media_type.as_deref().unwrap_or("application/octet-stream");
            self.store.put_blob(&blob.bytes, media_type).await?;
            stored += 1;
        }
        if stored > 0 {
            tracing::info!(hub = self.hub.url(), texts = stored, "fetched texts that became public");
        }
        Ok(())
    }

    /// The checkpoint the mirror holds, if any.
    async fn held(&self) -> Result<Option<Held>, Failure> {
        let (_, size) = self.store.log_sizes().await?;
        if size == 0 {
            return Ok(None);
        }
        let (_, note) = self.store.signed_checkpoint().await?;
        let (checkpoint, _) = Checkpoint::open(note.as_bytes(), &self.key)
            .map_err(|err| Failure::Error(format!("the mirror's own checkpoint does not verify: {err}")))?;
        Ok(Some(Held { note, checkpoint }))
    }

    /// Step 2 of the module documentation.
    async fn check_continuity(&self, held: Option<&Held>, note: &str, checkpoint: &Checkpoint) -> Result<(), Failure> {
        let stored = held.map(|held| &held.checkpoint);
        let plan = match ContinuityPlan::new(stored, checkpoint) {
            Ok(plan) => plan,
            Err(ledger::Error::LogShrank { old, new }) => {
                let path = evidence::path_in_store(&self.store, new, old).await?.unwrap_or_default();
                let detail = format!("the hub's signed checkpoint has {new} entries; this mirror holds {old}");
                return Err(self.fork(EvidenceKind::Shrank, held, note, path, detail).await?);
            }
            Err(err) => return Err(Failure::Error(format!("the hub's checkpoint is not of this log: {err}"))),
        };
        let hashes = self.hub.node_hashes(plan.nodes(), checkpoint.size(), self.parallel).await?;
        match plan.finish(&hashes) {
            Ok(_) => Ok(()),
            Err(err @ ledger::Error::LogRewritten { .. }) => {
                let path = plan.evidence_path(&hashes).unwrap_or_default();
                let detail =
                    format!("{err}: the hub's tiles prove its new signed tree does not begin with the held one");
                Err(self.fork(EvidenceKind::Rewrite, held, note, path, detail).await?)
            }
            Err(err) => {
                let detail = format!("the hub's tiles do not prove its checkpoint extends the held one: {err}");
                let found = new_evidence(
                    EvidenceKind::BadTiles,
                    self.hub.url(),
                    held_note(held),
                    note.to_owned(),
                    hashes,
                    detail.clone(),
                );
                Err(Failure::Evidence(evidence::keep(&self.store, self.hub.url(), found).await?, detail))
            }
        }
    }

    /// Keeps evidence of a fork; following stops.
    async fn fork(
        &self,
        kind: EvidenceKind,
        held: Option<&Held>,
        note: &str,
        proof: Vec<Hash>,
        detail: String,
    ) -> Result<Failure, Failure> {
        let found = new_evidence(kind, self.hub.url(), held_note(held), note.to_owned(), proof, detail);
        Ok(Failure::Fork(kind, evidence::keep(&self.store, self.hub.url(), found).await?))
    }

    /// Step 3 of the module documentation: appends the entries `from..`
    /// up to the checkpoint's size; returns the new size. Windows are
    /// fetched and checked while the one before is being appended.
    async fn catch_up(
        &self,
        from: u64,
        held: Option<&Held>,
        note: &str,
        checkpoint: &Checkpoint,
    ) -> Result<u64, Failure> {
        let (send, mut receive) = tokio::sync::mpsc::channel::<MirroredBatch>(2);
        let produce = self.produce(from, held, note, checkpoint, send);
        let append = async move {
            let mut size = from;
            while let Some(batch) = receive.recv().await {
                let first = batch.first;
                size = self.store.append_mirrored(batch).await?;
                tracing::debug!(hub = self.hub.url(), first, end = size, "appended a window of the hub's log");
            }
            Ok::<_, Failure>(size)
        };
        let (produced, appended) = tokio::join!(produce, append);
        // An append that failed closed the channel: its error is the cause.
        let size = appended?;
        produced?;
        Ok(size)
    }

    /// Fetches the entries `from..` up to the checkpoint's size a window
    /// at a time, proves each window a prefix of the signed tree, fetches
    /// its blobs, and sends it to be appended (the last with the note).
    async fn produce(
        &self,
        from: u64,
        held: Option<&Held>,
        note: &str,
        checkpoint: &Checkpoint,
        batches: tokio::sync::mpsc::Sender<MirroredBatch>,
    ) -> Result<(), Failure> {
        let size = checkpoint.size();
        let mut tree = self.tree_at(from).await?;
        let mut bundles = self.hub.bundles(from, size, self.parallel);
        while tree.size() < size {
            let mut window = Vec::with_capacity(self.window);
            while window.len() < self.window.max(1)
                && let Some(leaves) = bundles.try_next().await?
            {
                window.push(leaves);
            }
            let (first, entries, hashes) = flatten(window);
            if entries.is_empty() || first != tree.size() {
                return Err(Failure::Error(format!("the hub's entry bundles stop at {}, not at {size}", tree.size())));
            }
            let mut next = tree.clone();
            for hash in hashes {
                next.push(hash).map_err(|err| Failure::Error(err.to_string()))?;
            }
            self.prove_window(&next, held, note, checkpoint).await?;
            let blobs = self.blobs(first, &entries).await?;
            let note = (next.size() == size).then(|| note.to_owned());
            if batches.send(MirroredBatch { first, entries, blobs, note }).await.is_err() {
                // The append failed; it says why.
                return Ok(());
            }
            tree = next;
        }
        Ok(())
    }

    /// The mirror's tree of its `size` stored entries, from the head its
    /// writer keeps.
    async fn tree_at(&self, size: u64) -> Result<CompactTree, Failure> {
        let tree = self.store.tree().await?;
        if tree.size() != size {
            return Err(Failure::Error(format!(
                "the mirror's log grew from {size} to {} entries during the round",
                tree.size()
            )));
        }
        Ok(tree)
    }

    /// Checks that the tree `next` (the mirror's, with a window folded in)
    /// is a prefix of the hub's signed tree.
    async fn prove_window(
        &self,
        next: &CompactTree,
        held: Option<&Held>,
        note: &str,
        checkpoint: &Checkpoint,
    ) -> Result<(), Failure> {
        let (end, size) = (next.size(), checkpoint.size());
        let proof = if end == size { Vec::new() } else { self.hub.consistency_proof(end, size, self.parallel).await? };
        let verified = if end == size {
            if next.root() == checkpoint.root() { Ok(()) } else { Err(ledger::Error::RootMismatch) }
        } else {
            ledger::verify_consistency(end, size, &proof, next.root(), checkpoint.root())
        };
        let Err(err) = verified else { return Ok(()) };
        let detail = format!(
            "the hub's entries up to {end} hash to {}, which its tiles do not prove to be in its signed tree of {size} entries: {err}",
            next.root()
        );
        let found = new_evidence(
            EvidenceKind::BadTiles,
            self.hub.url(),
            held_note(held),
            note.to_owned(),
            proof,
            detail.clone(),
        );
        Err(Failure::Evidence(evidence::keep(&self.store, self.hub.url(), found).await?, detail))
    }

    /// The blobs the entries name that the mirror does not hold and the hub
    /// still serves, their hashes checked, with the media type the log
    /// records.
    async fn blobs(&self, first: u64, entries: &[Vec<u8>]) -> Result<Vec<(Vec<u8>, String)>, Failure> {
        let (named, publishes) = named_blobs(first, entries.to_vec()).await?;
        if publishes {
            self.texts_due.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        let mut wanted = Vec::new();
        for blob in named.into_values() {
            if self.store.blob(&blob.sha256).await?.is_none() {
                wanted.push(blob);
            }
        }
        let fetched: Vec<Option<(Vec<u8>, String)>> = stream::iter(wanted)
            .map(|blob| async move {
                let served = self.hub.blob(&blob.sha256).await?;
                Ok::<_, FetchError>(served.map(|served| (served.bytes, blob.media_type)))
            })
            .buffered(self.parallel)
            .try_collect()
            .await?;
        Ok(fetched.into_iter().flatten().collect())
    }
}

/// The most public texts fetched after one round.
const MISSING_TEXTS_PER_ROUND: u64 = 2_000;

/// The wait after `failures` failed rounds in a row: the poll doubled each
/// time, up to 16 polls and at most [`MAX_BACKOFF`] (never less than one
/// poll).
pub fn backoff(poll: Duration, failures: u32) -> Duration {
    let doubled = poll.saturating_mul(1u32 << failures.min(4));
    doubled.min(MAX_BACKOFF).max(poll)
}

fn held_note(held: Option<&Held>) -> Option<String> {
    held.map(|held| held.note.clone())
}

/// A window's bundles as one run of entries and leaf hashes.
fn flatten(window: Vec<Leaves>) -> (u64, Vec<Vec<u8>>, Vec<Hash>) {
    let first = window.first().map_or(0, |leaves| leaves.first);
    let (mut entries, mut hashes) = (Vec::new(), Vec::new());
    for leaves in window {
        entries.extend(leaves.entries);
        hashes.extend(leaves.hashes);
    }
    (first, entries, hashes)
}

/// The blobs the entries name, by SHA-256, and whether one of them can
/// publish texts named earlier (decoded on the rayon pool).
async fn named_blobs(first: u64, entries: Vec<Vec<u8>>) -> Result<(BTreeMap<Sha256, BlobRef>, bool), Failure> {
    on_rayon(move || {
        use rayon::prelude::*;
        let decoded: Vec<(Option<BlobRef>, bool)> = entries
            .par_iter()
            .enumerate()
            .map(|(i, entry)| {
                let envelope = Envelope::decode(entry).map_err(|err| {
                    Failure::Error(format!("entry {} of the hub's log is not a valid event: {err}", first + i as u64))
                })?;
                let publishes = store::federation::publishes_earlier_texts(&envelope.event);
                Ok((envelope.event.blob().cloned(), publishes))
            })
            .collect::<Result<_, Failure>>()?;
        let publishes = decoded.iter().any(|(_, publishes)| *publishes);
        let named = decoded.into_iter().filter_map(|(blob, _)| blob).map(|blob| (blob.sha256, blob)).collect();
        Ok((named, publishes))
    })
    .await
}
