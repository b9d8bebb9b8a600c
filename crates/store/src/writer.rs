//! The one writer of a node: takes the commands that arrive together and
//! commits them in one transaction (group commit).
//!
//! The path of a batch, in order (see [`Writer::commit_batch`]):
//! 1. Begin a transaction and lock the log head. From here no other writer,
//!    on this node or another sharing the database, can append.
//! 2. Catch up: if other nodes appended since this writer last looked, fold
//!    their entries into the in-memory state and tree.
//! 3. Decide each command against the state, in arrival order. A rejected
//!    command yields no events; later commands see the effects of earlier
//!    ones.
//! 4. Encode each event as an entry, hash it into the Merkle tree, and write
//!    the entries, the new tile-level hashes, the projections and the new
//!    head.
//! 5. Commit. Only now is anything durable, and only now are the callers
//!    told the log indexes of their events. If the commit fails, nothing of
//!    the batch was written: every caller gets the error and the writer
//!    reloads its state from the database.

use std::ops::Range;
use std::sync::Arc;

use domain::authz::Caller;
use domain::{Actor, Command, Envelope, Event, Rejection, State, Timestamp};
use ledger::{CompactTree, leaf_hash};
use sqlx::{AnyConnection, AnyPool};
use tokio::sync::{mpsc, oneshot};

use crate::db::Backend;
use crate::error::{Result, StoreError};
use crate::identity::IdentityCache;
use crate::log::{self, StoredEntry};
use crate::{projection, snapshot};

/// The most commands committed in one transaction.
const MAX_BATCH: usize = 2_000;

/// Levels of the Merkle tree that are tile levels: every 8th
/// (C2SP tlog-tiles uses tiles of height 8).
const TILE_HEIGHT: u8 = 8;

/// What a caller learns when its command is committed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// The log indexes of the command's events.
    pub indexes: Range<u64>,
    /// The commit time written in them.
    pub time: Timestamp,
}

/// A command waiting for the writer.
pub(crate) struct Job {
    /// Who submits it, with the scope of their session or token: the
    /// domain checks both against the state at commit.
    pub caller: Caller,
    pub command: Command,
    /// Private writes that must happen with the command's events or not at
    /// all (an account created by accepting an invitation).
    pub effects: Vec<Effect>,
    pub reply: oneshot::Sender<Result<Receipt>>,
}

/// What the writer is asked to do.
pub(crate) enum Work {
    /// Decide and record a command (a node that signs its log).
    Command(Job),
    /// Append entries another node's log holds, already verified (a
    /// mirror).
    Mirrored(crate::federation::MirroredJob),
}

/// A private write committed atomically with a command's events. It never
/// enters the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Create an account.
    CreateAccount(crate::access::NewAccount),
    /// Use up an invitation (fails if it was used, revoked or expired).
    UseInvitation {
        /// The invitation.
        id: String,
        /// The handle of the person who used it.
        by: Actor,
    },
    /// Store a password reset link (its event says a reset was issued).
    CreateReset(crate::recovery::NewReset),
    /// Keep a custodied signing key, sealed (its event registers it).
    StoreCustodiedKey {
        /// The verifier key.
        key: String,
        /// Whose key (`KEN`, `secretariat`).
        signatory: String,
        /// The sealed private key.
        sealed: Vec<u8>,
    },
    /// Store bytes that the command's events reference as a blob (a
    /// statement's text).
    PutBlob {
        /// The bytes.
        bytes: Vec<u8>,
        /// Their media type.
        media_type: String,
    },
}

/// The writer's view of the log: the state and the tree at the head.
pub(crate) struct Writer {
    pool: AnyPool,
    backend: Backend,
    state: State,
    tree: CompactTree,
    last_time: Timestamp,
    /// The size of the latest snapshot written or started from.
    last_snapshot: u64,
    /// Entries between snapshots.
    snapshot_every: u64,
    /// The identities remembered for API tokens, forgotten when a batch
    /// committed or caught up changes someone's role.
    identities: Arc<IdentityCache>,
}

impl Writer {
    pub(crate) fn new(pool: AnyPool, backend: Backend, loaded: Loaded, snapshot_every: u64) -> Writer {
        Writer {
            pool,
            backend,
            snapshot_every,
            last_snapshot: loaded.start.snapshot.unwrap_or(0),
            state: loaded.state,
            tree: loaded.tree,
            last_time: Timestamp::from_unix_millis(0).expect("epoch"),
            identities: Arc::default(),
        }
    }

    /// The same writer, forgetting `identities` when a role changes.
    pub(crate) fn forgetting(mut self, identities: Arc<IdentityCache>) -> Writer {
        self.identities = identities;
        self
    }

    /// Forgets the remembered identities if any of these events changes
    /// someone's role (call once they are committed).
    fn forget_identities_if_roles_changed(&self, envelopes: &[Envelope]) {
        if envelopes.iter().any(|envelope| envelope.event.changes_principals()) {
            self.identities.forget_all();
        }
    }

    /// Runs until every sender is dropped. Commands that arrive together
    /// are committed together; a mirrored append is committed alone.
    pub(crate) async fn run(mut self, mut work: mpsc::Receiver<Work>) {
        let mut received = Vec::new();
        while work.recv_many(&mut received, MAX_BATCH).await > 0 {
            let mut batch = Vec::new();
            for item in received.drain(..) {
                match item {
                    Work::Command(job) => batch.push(job),
                    Work::Mirrored(job) => {
                        if !batch.is_empty() {
                            self.commit_batch(std::mem::take(&mut batch)).await;
                        }
                        self.append_mirrored(job).await;
                    }
                }
            }
            if !batch.is_empty() {
                self.commit_batch(batch).await;
            }
        }
    }

    /// Appends a mirrored batch in one transaction: each entry decoded,
    /// checked to follow from the log before it, folded into the state and
    /// the tree, written with its tile hashes and projections; the blobs
    /// before the projections (so a takedown in the batch holds); and, when
    /// the batch ends at its size, the hub's signed checkpoint, whose root
    /// must be the tree's. All or nothing.
    async fn append_mirrored(&mut self, job: crate::federation::MirroredJob) {
        let result = self.try_append_mirrored(&job.batch, job.checkpoint.as_ref()).await;
        if result.is_err()
            && let Err(err) = self.reload().await
        {
            tracing::error!(error = %err, "the writer cannot reload the log after a failed mirrored append");
        }
        let _ = job.reply.send(result);
    }

    async fn try_append_mirrored(
        &mut self,
        batch: &crate::federation::MirroredBatch,
        checkpoint: Option<&ledger::Checkpoint>,
    ) -> Result<u64> {
        let mut tx = self.pool.begin().await?;
        let head = log::lock_head(&mut tx).await?;
        self.catch_up(&mut tx, &head).await?;
        if batch.first != self.state.size() {
            return Err(StoreError::Conflict(format!(
                "the mirror holds {} entries; a batch starting at entry {} does not follow",
                self.state.size(),
                batch.first
            )));
        }
        let stored: Vec<StoredEntry> = batch
            .entries
            .iter()
            .zip(batch.first..)
            .map(|(bytes, index)| StoredEntry { index, bytes: bytes.clone(), leaf_hash: leaf_hash(bytes) })
            .collect();
        let mut tile_hashes = Vec::new();
        let mut envelopes = Vec::with_capacity(stored.len());
        for entry in &stored {
            let envelope = fold_entry(&mut self.state, entry)?;
            let completed = self.tree.push(entry.leaf_hash).map_err(|err| StoreError::Inconsistent(err.to_string()))?;
            for (node, hash) in completed.skip(1) {
                if node.level % TILE_HEIGHT == 0 {
                    tile_hashes.push((node.level / TILE_HEIGHT, node.index, hash));
                }
            }
            envelopes.push(envelope);
        }
        if let (Some(checkpoint), Some(note)) = (checkpoint, &batch.note) {
            if checkpoint.size() != self.tree.size() || checkpoint.root() != self.tree.root() {
                return Err(StoreError::Inconsistent(format!(
                    "the entries up to {} do not hash to the checkpoint of {} entries",
                    self.tree.size(),
                    checkpoint.size()
                )));
            }
            let current = log::read_checkpoint(&mut tx).await?;
            log::swap_checkpoint(&mut tx, current.as_ref().map(|(_, note)| note.as_str()), checkpoint.size(), note)
                .await?;
        }
        log::insert_entries(&mut tx, self.backend, &stored).await?;
        log::insert_tile_hashes(&mut tx, self.backend, &tile_hashes).await?;
        log::store_full_tiles(&mut tx, self.backend, head.size, self.tree.size()).await?;
        for (bytes, media_type) in &batch.blobs {
            crate::blobs::put(&mut tx, bytes, media_type).await?;
        }
        projection::apply_all(&mut tx, self.backend, &envelopes).await?;
        log::write_head(&mut tx, self.tree.size(), self.tree.edge()).await?;
        let snapshot_due = self.tree.size() >= self.last_snapshot + self.snapshot_every;
        if snapshot_due {
            snapshot::write(&mut tx, &self.state, &self.tree).await?;
        }
        tx.commit().await?;
        self.forget_identities_if_roles_changed(&envelopes);
        if snapshot_due {
            self.last_snapshot = self.tree.size();
        }
        Ok(self.tree.size())
    }

    async fn commit_batch(&mut self, jobs: Vec<Job>) {
        match self.try_commit(&jobs).await {
            Ok(results) => {
                for (job, result) in jobs.into_iter().zip(results) {
                    let _ = job.reply.send(result);
                }
            }
            Err(err) => {
                tracing::error!(error = %err, commands = jobs.len(), "a batch of commands failed to commit");
                let message = err.to_string();
                for job in jobs {
                    let _ = job.reply.send(Err(StoreError::NotCommitted(message.clone())));
                }
                if let Err(err) = self.reload().await {
                    tracing::error!(error = %err, "the writer cannot reload the log after a failed batch");
                }
            }
        }
    }

    /// Steps 1 to 5 of the module documentation. On error nothing was
    /// committed, but the in-memory state may be ahead: the caller reloads.
    async fn try_commit(&mut self, jobs: &[Job]) -> Result<Vec<Result<Receipt>>> {
        let mut tx = self.pool.begin().await?;
        let head = log::lock_head(&mut tx).await?;
        self.catch_up(&mut tx, &head).await?;

        let time = self.next_time();
        let mut results = Vec::with_capacity(jobs.len());
        let mut entries = Vec::new();
        let mut envelopes = Vec::new();
        let mut tile_hashes = Vec::new();
        for job in jobs {
            let first = self.state.size();
            let accepted = match self.decide_and_encode(job, time) {
                Ok(accepted) => accepted,
                Err(rejection) => {
                    results.push(Err(StoreError::Rejected(rejection)));
                    continue;
                }
            };
            if !job.effects.is_empty() {
                // A savepoint: the effects of this command are undone alone
                // if one fails, and the rest of the batch goes on.
                let mut savepoint = sqlx::Connection::begin(&mut *tx).await?;
                match apply_effects(&mut savepoint, &job.effects).await {
                    Ok(()) => savepoint.commit().await?,
                    Err(err @ (StoreError::Conflict(_) | StoreError::Gone(_))) => {
                        savepoint.rollback().await?;
                        results.push(Err(err));
                        continue;
                    }
                    Err(err) => return Err(err),
                }
            }
            for (envelope, bytes) in accepted {
                self.state.apply(&envelope).map_err(|err| StoreError::Inconsistent(err.to_string()))?;
                let leaf = leaf_hash(&bytes);
                let completed = self.tree.push(leaf).map_err(|err| StoreError::Inconsistent(err.to_string()))?;
                for (node, hash) in completed.skip(1) {
                    if node.level % TILE_HEIGHT == 0 {
                        tile_hashes.push((node.level / TILE_HEIGHT, node.index, hash));
                    }
                }
                entries.push(StoredEntry { index: envelope.index, bytes, leaf_hash: leaf });
                envelopes.push(envelope);
            }
            results.push(Ok(Receipt { indexes: first..self.state.size(), time }));
        }
        if entries.is_empty() {
            tx.rollback().await?;
            return Ok(results);
        }
        log::insert_entries(&mut tx, self.backend, &entries).await?;
        log::insert_tile_hashes(&mut tx, self.backend, &tile_hashes).await?;
        log::store_full_tiles(&mut tx, self.backend, head.size, self.tree.size()).await?;
        projection::apply_all(&mut tx, self.backend, &envelopes).await?;
        log::write_head(&mut tx, self.tree.size(), self.tree.edge()).await?;
        let snapshot_due = self.tree.size() >= self.last_snapshot + self.snapshot_every;
        if snapshot_due {
            snapshot::write(&mut tx, &self.state, &self.tree).await?;
        }
        tx.commit().await?;
        self.forget_identities_if_roles_changed(&envelopes);
        if snapshot_due {
            self.last_snapshot = self.tree.size();
        }
        Ok(results)
    }

    /// Decides one command and encodes its events at the next indexes,
    /// without changing the state: a command is all or nothing.
    fn decide_and_encode(&self, job: &Job, time: Timestamp) -> Result<Vec<(Envelope, Vec<u8>)>, Rejection> {
        let events: Vec<Event> = domain::decide_at(&self.state, &job.caller, &job.command, time)?;
        let actor = domain::consultation::recorded_actor(&self.state, &job.caller, &job.command);
        let mut signatures = domain::decision::event_signatures(&job.command).into_iter();
        let first = self.state.size();
        events
            .into_iter()
            .zip(first..)
            .map(|(event, index)| {
                let mut envelope = Envelope::new(index, time, actor.clone(), event);
                if envelope.event.is_signed_act() {
                    envelope.signature = signatures.next();
                }
                let bytes = envelope
                    .encode()
                    .map_err(|err| Rejection::Invalid { field: "command", message: err.to_string() })?;
                Ok((envelope, bytes))
            })
            .collect()
    }

    /// Folds in entries that other nodes appended since this writer last
    /// held the lock.
    async fn catch_up(&mut self, conn: &mut AnyConnection, head: &log::Head) -> Result<()> {
        if head.size == self.state.size() && head.edge == self.tree.edge() {
            return Ok(());
        }
        if head.size < self.state.size() {
            return Err(StoreError::Inconsistent(format!(
                "the log head is at {} but this node has already seen {} entries",
                head.size,
                self.state.size()
            )));
        }
        let entries = log::read_entries(conn, self.state.size(), head.size).await?;
        let envelopes = fold_entries(&mut self.state, &mut self.tree, &entries)?;
        // Other nodes committed these already.
        self.forget_identities_if_roles_changed(&envelopes);
        if self.tree.size() != head.size || self.tree.edge() != head.edge.as_slice() {
            return Err(StoreError::Inconsistent(format!(
                "the stored entries up to {} do not hash to the stored head",
                head.size
            )));
        }
        Ok(())
    }

    /// Reloads the state and tree from the database after a failed batch.
    async fn reload(&mut self) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        let loaded = load(&mut conn, Origin::Snapshot, &[]).await?;
        self.state = loaded.state;
        self.tree = loaded.tree;
        Ok(())
    }

    /// The time for the next batch: now, but never before the last batch,
    /// so times in the log never go backwards.
    fn next_time(&mut self) -> Timestamp {
        self.last_time = self.last_time.max(Timestamp::now());
        self.last_time
    }
}

/// Applies a command's private writes.
async fn apply_effects(conn: &mut AnyConnection, effects: &[Effect]) -> Result<()> {
    for effect in effects {
        match effect {
            Effect::CreateAccount(account) => crate::access::insert_account(conn, account).await?,
            Effect::UseInvitation { id, by } => crate::access::use_invitation(conn, id, by).await?,
            Effect::CreateReset(reset) => crate::recovery::insert_reset(conn, reset).await?,
            Effect::PutBlob { bytes, media_type } => _ = crate::blobs::put(conn, bytes, media_type).await?,
            Effect::StoreCustodiedKey { key, signatory, sealed } => {
                crate::custody::insert(conn, key, signatory, sealed).await?
            }
        }
    }
    Ok(())
}

/// Folds stored entries into a state and tree, checking each entry: it
/// decodes, its stored leaf hash is its hash, and it follows from the log
/// before it. Returns the decoded entries.
pub(crate) fn fold_entries(
    state: &mut State,
    tree: &mut CompactTree,
    entries: &[StoredEntry],
) -> Result<Vec<Envelope>> {
    let mut envelopes = Vec::with_capacity(entries.len());
    for entry in entries {
        let envelope = fold_entry(state, entry)?;
        tree.push(entry.leaf_hash).map_err(|err| StoreError::Inconsistent(err.to_string()))?;
        envelopes.push(envelope);
    }
    Ok(envelopes)
}

/// Folds one entry into a state: it decodes canonically, says it is at its
/// own index, matches its leaf hash, and follows from the log before it.
fn fold_entry(state: &mut State, entry: &StoredEntry) -> Result<Envelope> {
    let envelope = Envelope::decode(&entry.bytes)
        .map_err(|err| StoreError::Inconsistent(format!("entry {}: {err}", entry.index)))?;
    if envelope.index != entry.index {
        return Err(StoreError::Inconsistent(format!("entry {} says it is entry {}", entry.index, envelope.index)));
    }
    if leaf_hash(&entry.bytes) != entry.leaf_hash {
        return Err(StoreError::Inconsistent(format!(
            "entry {} does not match its stored leaf hash (the entry or the hash was changed)",
            entry.index
        )));
    }
    state.apply(&envelope).map_err(|err| StoreError::Inconsistent(format!("entry {}: {err}", entry.index)))?;
    Ok(envelope)
}

/// Entries read per query when replaying the whole log.
pub(crate) const REPLAY_CHUNK: u64 = 4_096;

/// Checks the full tiles stored whole for these entries (which start at a
/// tile boundary) against the entries themselves.
async fn check_full_tiles(conn: &mut AnyConnection, entries: &[StoredEntry]) -> Result<()> {
    let width = usize::from(ledger::TILE_WIDTH);
    for tile in entries.chunks_exact(width) {
        let index = tile[0].index / width as u64;
        let bundle = ledger::encode_bundle(tile.iter().map(|e| e.bytes.as_slice()))
            .map_err(|err| StoreError::Inconsistent(err.to_string()))?;
        let leaves: Vec<u8> = tile.iter().flat_map(|e| e.leaf_hash.0).collect();
        for (level, expected, what) in [(log::ENTRIES_LEVEL, bundle, "entry bundle"), (0, leaves, "leaf hash tile")] {
            if let Some(stored) = log::full_tile(conn, level, index).await?
                && stored != expected
            {
                return Err(StoreError::Inconsistent(format!(
                    "the stored {what} {index} (entries {} to {}) does not match the entries",
                    tile[0].index,
                    tile[width - 1].index
                )));
            }
        }
    }
    Ok(())
}

/// Where [`load`] starts folding the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// From the latest usable snapshot at or below the first stop (or the
    /// head), else from the first entry: a node's start.
    Snapshot,
    /// From the first entry, checking every one: `check`, `backup`.
    Genesis,
}

/// How a node started: from which snapshot, how many entries it replayed,
/// and why it passed over a snapshot it found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Start {
    /// The size of the snapshot it started from, if any.
    pub snapshot: Option<u64>,
    /// Entries folded after it.
    pub replayed: u64,
    /// Why the latest snapshot could not be used, if one was found and
    /// refused (the node then replayed from the first entry).
    pub refused: Option<String>,
}

/// What [`load`] gives: the state and tree at the head, the state and tree
/// at each stop asked for (in the order asked; a stop below the starting
/// snapshot or beyond the head is missing), and how it started.
pub(crate) struct Loaded {
    pub state: State,
    pub tree: CompactTree,
    pub stops: Vec<Option<(State, CompactTree)>>,
    pub start: Start,
}

/// Folds the stored log into a state and tree, checking every entry it
/// reads, and checks the result against the stored head. With
/// [`Origin::Snapshot`] it starts from the latest sealed snapshot at or
/// below the first of `stops` (the signed checkpoint's size, whose root
/// the caller checks), so only the entries after it are read.
pub(crate) async fn load(conn: &mut AnyConnection, origin: Origin, stops: &[u64]) -> Result<Loaded> {
    let (head, beyond) = log::read_head_and_count_from(conn).await?;
    if beyond != 0 {
        return Err(StoreError::Inconsistent(format!(
            "the log head says {} entries but {beyond} more are stored",
            head.size
        )));
    }
    let mut start = Start::default();
    let mut state = State::default();
    let mut tree = CompactTree::new();
    if origin == Origin::Snapshot {
        let limit = stops.iter().copied().chain([head.size]).min().unwrap_or(head.size);
        match snapshot::latest(conn, limit).await? {
            Some((_, Ok(snapshot))) => {
                start.snapshot = Some(snapshot.state.size());
                (state, tree) = (snapshot.state, snapshot.tree);
            }
            Some((size, Err(why))) => {
                tracing::warn!(snapshot = size, problem = %why, "not starting from the snapshot; replaying the whole log");
                start.refused = Some(why);
            }
            None => {}
        }
    }
    if start.snapshot.is_none() {
        // Every entry is read anyway: count them too, to name a gap.
        let stored = log::count_entries(conn).await?;
        if stored != head.size {
            return Err(StoreError::Inconsistent(format!(
                "the log head says {} entries but {stored} are stored",
                head.size
            )));
        }
    }
    let first = tree.size();
    let mut found: Vec<Option<(State, CompactTree)>> = vec![None; stops.len()];
    let mut take_stops = |state: &State, tree: &CompactTree| {
        for (slot, stop) in found.iter_mut().zip(stops) {
            if *stop == tree.size() {
                *slot = Some((state.clone(), tree.clone()));
            }
        }
    };
    take_stops(&state, &tree);
    let width = u64::from(ledger::TILE_WIDTH);
    let mut position = first;
    while position < head.size {
        // Chunks end on tile boundaries, so whole tiles can be checked.
        let end = ((position / REPLAY_CHUNK + 1) * REPLAY_CHUNK).min(head.size);
        let entries = log::read_entries(conn, position, end).await?;
        if entries.len() as u64 != end - position {
            return Err(StoreError::Inconsistent(format!("entries {position} to {end} are not all stored")));
        }
        let mut done = 0;
        while done < entries.len() {
            // Fold up to the next stop within the chunk, to take it there.
            let next_stop = stops.iter().filter(|stop| **stop > tree.size()).min().copied().unwrap_or(u64::MAX);
            let split = (next_stop.min(end) - tree.size()) as usize;
            fold_entries(&mut state, &mut tree, &entries[done..done + split])?;
            done += split;
            take_stops(&state, &tree);
        }
        let aligned = (position.div_ceil(width) * width - position) as usize;
        check_full_tiles(conn, &entries[aligned.min(entries.len())..]).await?;
        position = end;
    }
    if tree.edge() != head.edge.as_slice() {
        return Err(StoreError::Inconsistent("the stored entries do not hash to the stored log head".into()));
    }
    start.replayed = head.size - first;
    Ok(Loaded { state, tree, stops: found, start })
}
