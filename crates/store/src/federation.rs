//! Federation (issue 18): what a node keeps to follow, witness and compare
//! the organization's log with other nodes (migration `0015`).
//!
//! - A **mirror** ([`crate::Store::open_mirror`]) holds another node's log:
//!   its writer appends only entries its follower verified
//!   ([`crate::Store::append_mirrored`]), with the hub's signed checkpoint,
//!   and records how following goes ([`FollowStatus`]).
//! - A **witness** (any node) keeps the latest checkpoint it cosigned for
//!   each log (`witness_checkpoints`, C2SP tlog-witness), replaced only by
//!   compare-and-swap on its size, and its cosigning key in the data
//!   directory ([`witness_key`]).
//! - A **hub with a witness policy** keeps the newest checkpoint whose
//!   cosignatures met it and how asking each witness went.
//! - **Evidence** of a rewrite, a split view or a bad checkpoint is kept for
//!   good ([`Evidence`]), and each **peer**'s newest checkpoint.
//!
//! All of it is node bookkeeping: never in the log, never in the state
//! digest. Proofs ([`crate::Store::consistency_proof`],
//! [`crate::Store::root_at`]) are read from the stored hash tiles, as
//! `/log/tile` serves them.

use std::path::Path;

use domain::blob::Sha256;
use ledger::{Checkpoint, ConsistencyPlan, Cosigner, Hash, NodeId, RootPlan, TilePlan};
use sqlx::{AnyConnection, Row};
use tokio::sync::oneshot;

use crate::datadir;
use crate::error::{Result, StoreError};
use crate::log::{hashes_from_bytes, to_i64, to_u64};
use crate::writer::Work;

/// Entries of another node's log, verified by the follower, to append at
/// the end of a mirror's log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MirroredBatch {
    /// The index of the first entry: the mirror's log size.
    pub first: u64,
    /// The entries, in order, as the hub's entry bundles hold them.
    pub entries: Vec<Vec<u8>>,
    /// The blobs the entries name that the hub still serves: bytes and
    /// media type (their hashes are checked by the follower).
    pub blobs: Vec<(Vec<u8>, String)>,
    /// The hub's signed checkpoint for the size the batch ends at, if it
    /// ends at one: stored as the mirror's checkpoint once its root is
    /// checked against the tree.
    pub note: Option<String>,
}

/// A mirrored batch on its way to the writer.
pub(crate) struct MirroredJob {
    pub batch: MirroredBatch,
    /// The batch's checkpoint, opened with the log key.
    pub checkpoint: Option<Checkpoint>,
    pub reply: oneshot::Sender<Result<u64>>,
}

/// How a mirror's following of its hub goes (one record, on a mirror).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowStatus {
    /// The hub's base URL.
    pub hub_url: String,
    /// When the hub last answered with a checkpoint that verified (Unix
    /// milliseconds; 0 = never).
    pub answered_at: i64,
    /// When the follower last tried (Unix milliseconds).
    pub attempted_at: i64,
    /// The size of the newest checkpoint the hub served that verified.
    pub hub_size: u64,
    /// Why the last attempt failed, if it did.
    pub error: Option<String>,
    /// Whether following stopped on evidence (a rewrite or a split view).
    pub stopped: bool,
}

/// What a piece of evidence shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EvidenceKind {
    /// A checkpoint signed with the log key that does not extend the one
    /// held (a consistency proof fails): history was rewritten.
    Rewrite,
    /// A signed checkpoint smaller than the one held.
    Shrank,
    /// Two signed checkpoints, one held here and one held by a peer, that
    /// cannot both be true: different nodes were shown different logs.
    SplitView,
    /// A checkpoint that does not verify with the log key.
    BadSignature,
    /// Tiles or entries that do not hash to the signed checkpoint.
    BadTiles,
}

impl EvidenceKind {
    /// Every kind.
    pub const ALL: [EvidenceKind; 5] = [
        EvidenceKind::Rewrite,
        EvidenceKind::Shrank,
        EvidenceKind::SplitView,
        EvidenceKind::BadSignature,
        EvidenceKind::BadTiles,
    ];

    /// `rewrite`, `shrank`, `split_view`, `bad_signature` or `bad_tiles`.
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Rewrite => "rewrite",
            EvidenceKind::Shrank => "shrank",
            EvidenceKind::SplitView => "split_view",
            EvidenceKind::BadSignature => "bad_signature",
            EvidenceKind::BadTiles => "bad_tiles",
        }
    }

    /// Whether this evidence stops a mirror following: the log key signed
    /// two histories that cannot both be true.
    pub fn is_fork(self) -> bool {
        matches!(self, EvidenceKind::Rewrite | EvidenceKind::Shrank | EvidenceKind::SplitView)
    }
}

impl std::str::FromStr for EvidenceKind {
    type Err = String;

    fn from_str(text: &str) -> Result<EvidenceKind, String> {
        EvidenceKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
            .ok_or_else(|| format!("{text:?} is not a kind of evidence"))
    }
}

/// Evidence to keep ([`crate::Store::record_evidence`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvidence {
    /// What it shows.
    pub kind: EvidenceKind,
    /// Where the contradicting checkpoint came from (a URL).
    pub source: String,
    /// The signed checkpoint this node held, if any.
    pub held_note: Option<String>,
    /// The signed checkpoint that contradicts it, or the bad one.
    pub served_note: String,
    /// The consistency proof between them, when there is one.
    pub proof: Vec<Hash>,
    /// What was found, in words.
    pub detail: String,
    /// When (Unix milliseconds).
    pub detected_at: i64,
}

/// Kept evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// Its number on this node, from 1.
    pub id: u64,
    /// The evidence.
    pub evidence: NewEvidence,
}

/// A checkpoint this node cosigned as a witness: the latest for its log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WitnessedCheckpoint {
    /// The log's origin.
    pub origin: String,
    /// Its tree size.
    pub size: u64,
    /// The signed note as received.
    pub note: String,
    /// When it was cosigned (Unix milliseconds).
    pub cosigned_at: i64,
}

/// How a hub's requests to one witness of its policy go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WitnessStatus {
    /// The witness's name in the policy.
    pub name: String,
    /// Its cosignature verifier key.
    pub verifier_key: String,
    /// Where it is asked (its tlog-witness prefix).
    pub url: Option<String>,
    /// The largest tree size it cosigned (0 = none yet).
    pub cosigned_size: u64,
    /// When it last cosigned (Unix milliseconds; 0 = never).
    pub cosigned_at: i64,
    /// When it was last asked (Unix milliseconds).
    pub asked_at: i64,
    /// How long the last request took, in milliseconds.
    pub round_millis: u64,
    /// Why the last request failed, if it did.
    pub error: Option<String>,
}

/// What gossip last learned from one peer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerStatus {
    /// The peer's base URL.
    pub url: String,
    /// The size of the newest checkpoint of this log it showed (0 = none).
    pub size: u64,
    /// That checkpoint's signed note.
    pub note: Option<String>,
    /// When it was last asked (Unix milliseconds).
    pub checked_at: i64,
    /// Why the last exchange failed, if it did.
    pub error: Option<String>,
}

/// The witness key file inside a data directory.
pub const WITNESS_KEY_FILE: &str = "witness.key";

/// The node's witness (cosigning) key, from `witness.key` in the data
/// directory `dir`, made on first use with the key name `name` (a
/// schema-less URL naming the node, e.g. `witness.ken.example`). The file
/// is readable only by its owner, like the log key.
pub fn witness_key(dir: &Path, name: &str) -> Result<Cosigner> {
    let path = dir.join(WITNESS_KEY_FILE);
    if !path.exists() {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|err| StoreError::Setup(format!("no randomness for a new key: {err}")))?;
        let cosigner = Cosigner::new(name, &seed)
            .map_err(|err| StoreError::Setup(format!("cannot make a witness key named {name:?}: {err}")))?;
        std::fs::create_dir_all(dir).map_err(StoreError::io(format!("cannot create {}", dir.display())))?;
        datadir::write_secret_file(&path, &format!("{}\n", cosigner.to_key_string()))?;
        return Ok(cosigner);
    }
    Cosigner::parse(datadir::read_secret_file(&path)?.trim())
        .map_err(|err| StoreError::Setup(format!("{} does not hold a witness key: {err}", path.display())))
}

/// The texts whose bytes anyone may read (`GET /api/v1/blobs/{sha256}`),
/// by hex SHA-256: published documents not taken down, and the texts and
/// translations of approved statements of consultations that are no
/// longer drafts. A statement waiting for a moderator, a rejected one, and
/// anything in a draft are not public yet.
const PUBLIC_TEXTS: [&str; 3] = [
    "SELECT d.blob_sha256 FROM p_documents d WHERE d.redacted_at IS NULL AND {d}",
    "SELECT s.blob_sha256 FROM p_statements s JOIN p_consultations c ON c.id = s.consultation_id \
     WHERE s.status = 'approved' AND c.status <> 'draft' AND {s}",
    "SELECT t.blob_sha256 FROM p_statement_translations t \
     JOIN p_statements s ON s.consultation_id = t.consultation_id AND s.number = t.number \
     JOIN p_consultations c ON c.id = t.consultation_id \
     WHERE s.status = 'approved' AND c.status <> 'draft' AND {t}",
];

/// `PUBLIC_TEXTS` as one query, each part also asking `condition` of its
/// table's `blob_sha256` (`= $1` for one text, which the indexes of
/// migration 0015 answer; `IS NOT NULL` for all).
fn public_texts(condition: &str) -> String {
    PUBLIC_TEXTS
        .iter()
        .zip(["d", "s", "t"])
        .map(|(part, table)| part.replace(&format!("{{{table}}}"), &format!("{table}.blob_sha256 {condition}")))
        .collect::<Vec<_>>()
        .join(" UNION ")
}

/// Whether `event` can make public a text an earlier entry named (see
/// `PUBLIC_TEXTS`): a consultation opening (its drafted statements), a
/// moderator's verdict, the end of an import. A mirror looks for texts to
/// fetch after such events, not after every vote.
pub fn publishes_earlier_texts(event: &domain::Event) -> bool {
    use domain::consultation::ConsultationEvent;
    matches!(
        event,
        domain::Event::Consultation(
            ConsultationEvent::Opened(_)
                | ConsultationEvent::StatementModerated(_)
                | ConsultationEvent::ImportFinished(_)
        )
    )
}

impl crate::Store {
    /// Whether the text with this hash is public: a published document's
    /// not taken down, or an approved statement's (or its translation) in a
    /// consultation that is no longer a draft.
    pub async fn blob_is_public(&self, sha256: &Sha256) -> Result<bool> {
        let sql = format!("SELECT COUNT(*) FROM ({}) public", public_texts("= $1"));
        let found: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(sha256.to_string())
            .fetch_one(&mut *self.conn().await?)
            .await?;
        Ok(found > 0)
    }

    /// Up to `limit` public texts whose bytes this node does not hold (a
    /// mirror fetches them from the hub: a statement's text becomes public
    /// when it is approved, long after the entry that names it).
    pub async fn missing_public_blobs(&self, limit: u64) -> Result<Vec<Sha256>> {
        let mut conn = self.conn().await?;
        let hashes: Vec<String> =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("{} ORDER BY 1", public_texts("IS NOT NULL"))))
                .fetch_all(&mut *conn)
                .await?;
        let hashes: Vec<Sha256> = hashes.iter().filter_map(|hex| hex.parse().ok()).collect();
        let held = crate::blobs::bytes_of(&mut conn, &hashes).await?;
        Ok(hashes
            .into_iter()
            .filter(|sha| !held.contains_key(sha))
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
            .collect())
    }

    /// Whether this store is a mirror of another node's log.
    pub fn is_mirror(&self) -> bool {
        self.inner.mirror
    }

    /// Appends verified entries of the hub's log (a mirror only), in one
    /// transaction, and returns the new log size. The batch's checkpoint,
    /// if any, must open with the log key, and its size and root must be
    /// the tree's once the entries are folded in: otherwise nothing is
    /// written.
    pub async fn append_mirrored(&self, batch: MirroredBatch) -> Result<u64> {
        if !self.inner.mirror {
            return Err(StoreError::Setup("only a mirror appends another node's entries".into()));
        }
        let checkpoint = batch.note.as_deref().map(|note| self.inner.key.open_checkpoint(note)).transpose()?;
        let (reply, answer) = oneshot::channel();
        let jobs = self.inner.jobs.as_ref().ok_or(StoreError::ReadOnly)?;
        let job = MirroredJob { batch, checkpoint, reply };
        jobs.send(Work::Mirrored(job)).await.map_err(|_| StoreError::WriterStopped)?;
        answer.await.map_err(|_| StoreError::WriterStopped)?
    }

    /// The tree of the whole stored log, from its head (the right edge the
    /// writer keeps).
    pub async fn tree(&self) -> Result<ledger::CompactTree> {
        let head = crate::log::read_head(&mut *self.conn().await?).await?;
        ledger::CompactTree::from_edge(head.size, &head.edge).map_err(|err| StoreError::Inconsistent(err.to_string()))
    }

    /// The log's verifier.
    pub fn verifier(&self) -> &ledger::Verifier {
        self.inner.key.verifier()
    }

    /// The hashes of full subtrees of the tree of `size` entries, read
    /// from the stored hash tiles of that size; `None` if the log is
    /// smaller than `size`.
    async fn node_hashes(&self, nodes: &[NodeId], size: u64) -> Result<Option<Vec<Hash>>> {
        let inconsistent = |err: ledger::Error| StoreError::Inconsistent(err.to_string());
        let tiles = TilePlan::new(nodes, size).map_err(inconsistent)?;
        let mut conn = self.conn().await?;
        let mut data = Vec::with_capacity(tiles.tiles().len());
        for tile in tiles.tiles() {
            let level = tile.level().unwrap_or(0);
            match crate::admin::hash_tile(&mut conn, level, tile.index(), tile.width()).await? {
                Some(bytes) => data.push(bytes),
                None => return Ok(None),
            }
        }
        tiles.hashes(&data).map(Some).map_err(inconsistent)
    }

    /// The RFC 9162 consistency proof from the tree of `old` entries to the
    /// tree of `new`, or `None` unless `old <= new <=` the stored log size.
    pub async fn consistency_proof(&self, old: u64, new: u64) -> Result<Option<Vec<Hash>>> {
        let Ok(plan) = ConsistencyPlan::new(old, new) else {
            return Ok(None);
        };
        let Some(hashes) = self.node_hashes(plan.nodes(), new).await? else {
            return Ok(None);
        };
        plan.finish(&hashes).map(Some).map_err(|err| StoreError::Inconsistent(err.to_string()))
    }

    /// The root of the tree of the first `size` entries, or `None` if the
    /// log is smaller.
    pub async fn root_at(&self, size: u64) -> Result<Option<Hash>> {
        let plan = RootPlan::new(size);
        let Some(hashes) = self.node_hashes(plan.nodes(), size).await? else {
            return Ok(None);
        };
        plan.finish(&hashes).map(Some).map_err(|err| StoreError::Inconsistent(err.to_string()))
    }

    /// Records how following the hub goes (a mirror).
    pub async fn record_follow(&self, status: &FollowStatus) -> Result<()> {
        sqlx::query(
            "INSERT INTO mirror_follow (id, hub_url, answered_at, attempted_at, hub_size, error, stopped) \
             VALUES (1, $1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO UPDATE SET hub_url = excluded.hub_url, \
             answered_at = excluded.answered_at, attempted_at = excluded.attempted_at, \
             hub_size = excluded.hub_size, error = excluded.error, stopped = excluded.stopped",
        )
        .bind(status.hub_url.clone())
        .bind(status.answered_at)
        .bind(status.attempted_at)
        .bind(to_i64(status.hub_size)?)
        .bind(status.error.clone())
        .bind(i64::from(status.stopped))
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    /// How following the hub goes, if this node ever followed one.
    pub async fn follow_status(&self) -> Result<Option<FollowStatus>> {
        let row = sqlx::query(
            "SELECT hub_url, answered_at, attempted_at, hub_size, error, stopped FROM mirror_follow WHERE id = 1",
        )
        .fetch_optional(&mut *self.conn().await?)
        .await?;
        row.map(|row| {
            Ok(FollowStatus {
                hub_url: row.try_get(0)?,
                answered_at: row.try_get(1)?,
                attempted_at: row.try_get(2)?,
                hub_size: to_u64(row.try_get(3)?)?,
                error: row.try_get(4)?,
                stopped: row.try_get::<i64, _>(5)? != 0,
            })
        })
        .transpose()
    }

    /// Keeps evidence and returns its number. The same evidence (kind and
    /// contradicting note from the same source) is kept once: recording it
    /// again returns the first number.
    pub async fn record_evidence(&self, evidence: &NewEvidence) -> Result<u64> {
        let mut conn = self.conn().await?;
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        let existing: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM federation_evidence WHERE kind = $1 AND source = $2 AND served_note = $3",
        )
        .bind(evidence.kind.as_str())
        .bind(evidence.source.clone())
        .bind(evidence.served_note.clone())
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(id) = existing {
            return to_u64(id);
        }
        let id: i64 =
            sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM federation_evidence").fetch_one(&mut *tx).await?;
        let proof: Vec<u8> = evidence.proof.iter().flat_map(|hash| hash.0).collect();
        sqlx::query(
            "INSERT INTO federation_evidence (id, kind, source, held_note, served_note, proof, detail, detected_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id)
        .bind(evidence.kind.as_str())
        .bind(evidence.source.clone())
        .bind(evidence.held_note.clone())
        .bind(evidence.served_note.clone())
        .bind(proof)
        .bind(evidence.detail.clone())
        .bind(evidence.detected_at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        to_u64(id)
    }

    /// Every piece of evidence kept, oldest first.
    pub async fn evidence(&self) -> Result<Vec<Evidence>> {
        let rows = sqlx::query(
            "SELECT id, kind, source, held_note, served_note, proof, detail, detected_at \
             FROM federation_evidence ORDER BY id",
        )
        .fetch_all(&mut *self.conn().await?)
        .await?;
        rows.iter()
            .map(|row| {
                let proof: Vec<u8> = row.try_get(5)?;
                Ok(Evidence {
                    id: to_u64(row.try_get(0)?)?,
                    evidence: NewEvidence {
                        kind: crate::db::parsed(row, 1)?,
                        source: row.try_get(2)?,
                        held_note: row.try_get(3)?,
                        served_note: row.try_get(4)?,
                        proof: hashes_from_bytes(&proof)
                            .ok_or_else(|| StoreError::Inconsistent("a stored proof is not whole hashes".into()))?,
                        detail: row.try_get(6)?,
                        detected_at: row.try_get(7)?,
                    },
                })
            })
            .collect()
    }

    /// The latest checkpoint this node cosigned for the log `origin`.
    pub async fn witnessed(&self, origin: &str) -> Result<Option<WitnessedCheckpoint>> {
        let rows = witnessed_rows(&mut *self.conn().await?, Some(origin)).await?;
        Ok(rows.into_iter().next())
    }

    /// The latest checkpoint this node cosigned, for every log it
    /// witnesses.
    pub async fn witnessed_all(&self) -> Result<Vec<WitnessedCheckpoint>> {
        witnessed_rows(&mut *self.conn().await?, None).await
    }

    /// Replaces the latest cosigned checkpoint of `checkpoint.origin` with
    /// it, only if the stored one still has size `old_size` (0: none is
    /// stored). Returns false if another request replaced it first (C2SP
    /// tlog-witness: the witness stores the checkpoint before it answers).
    pub async fn swap_witnessed(&self, old_size: u64, checkpoint: &WitnessedCheckpoint) -> Result<bool> {
        let mut conn = self.conn().await?;
        let size = to_i64(checkpoint.size)?;
        let result = if old_size == 0 {
            sqlx::query(
                "INSERT INTO witness_checkpoints (origin, size, note, cosigned_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (origin) DO UPDATE SET size = excluded.size, note = excluded.note, \
                 cosigned_at = excluded.cosigned_at WHERE witness_checkpoints.size = 0",
            )
            .bind(checkpoint.origin.clone())
            .bind(size)
            .bind(checkpoint.note.clone())
            .bind(checkpoint.cosigned_at)
            .execute(&mut *conn)
            .await?
        } else {
            sqlx::query(
                "UPDATE witness_checkpoints SET size = $1, note = $2, cosigned_at = $3 \
                 WHERE origin = $4 AND size = $5",
            )
            .bind(size)
            .bind(checkpoint.note.clone())
            .bind(checkpoint.cosigned_at)
            .bind(checkpoint.origin.clone())
            .bind(to_i64(old_size)?)
            .execute(&mut *conn)
            .await?
        };
        Ok(result.rows_affected() == 1)
    }

    /// Records the newest checkpoint whose cosignatures met the witness
    /// policy (a hub), unless a larger one is recorded.
    pub async fn record_cosigned_checkpoint(&self, size: u64, note: &str, now: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO cosigned_checkpoint (id, size, note, recorded_at) VALUES (1, $1, $2, $3) \
             ON CONFLICT (id) DO UPDATE SET size = excluded.size, note = excluded.note, \
             recorded_at = excluded.recorded_at WHERE cosigned_checkpoint.size <= excluded.size",
        )
        .bind(to_i64(size)?)
        .bind(note.to_owned())
        .bind(now)
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    /// The newest checkpoint whose cosignatures met the witness policy:
    /// its size and the note with the cosignatures.
    pub async fn cosigned_checkpoint(&self) -> Result<Option<(u64, String)>> {
        let row = sqlx::query("SELECT size, note FROM cosigned_checkpoint WHERE id = 1")
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        row.map(|row| Ok((to_u64(row.try_get(0)?)?, row.try_get(1)?))).transpose()
    }

    /// Records how asking a witness went (a hub).
    pub async fn record_witness_status(&self, status: &WitnessStatus) -> Result<()> {
        sqlx::query(
            "INSERT INTO witness_status (name, verifier_key, url, cosigned_size, cosigned_at, asked_at, \
             round_millis, error) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (name) DO UPDATE SET \
             verifier_key = excluded.verifier_key, url = excluded.url, cosigned_size = excluded.cosigned_size, \
             cosigned_at = excluded.cosigned_at, asked_at = excluded.asked_at, \
             round_millis = excluded.round_millis, error = excluded.error",
        )
        .bind(status.name.clone())
        .bind(status.verifier_key.clone())
        .bind(status.url.clone())
        .bind(to_i64(status.cosigned_size)?)
        .bind(status.cosigned_at)
        .bind(status.asked_at)
        .bind(to_i64(status.round_millis)?)
        .bind(status.error.clone())
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    /// How asking each witness went, by name.
    pub async fn witness_statuses(&self) -> Result<Vec<WitnessStatus>> {
        let rows = sqlx::query(
            "SELECT name, verifier_key, url, cosigned_size, cosigned_at, asked_at, round_millis, error \
             FROM witness_status ORDER BY name",
        )
        .fetch_all(&mut *self.conn().await?)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(WitnessStatus {
                    name: row.try_get(0)?,
                    verifier_key: row.try_get(1)?,
                    url: row.try_get(2)?,
                    cosigned_size: to_u64(row.try_get(3)?)?,
                    cosigned_at: row.try_get(4)?,
                    asked_at: row.try_get(5)?,
                    round_millis: to_u64(row.try_get(6)?)?,
                    error: row.try_get(7)?,
                })
            })
            .collect()
    }

    /// Records what gossip learned from a peer.
    pub async fn record_peer(&self, peer: &PeerStatus) -> Result<()> {
        sqlx::query(
            "INSERT INTO peer_status (url, size, note, checked_at, error) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (url) DO UPDATE SET size = excluded.size, note = excluded.note, \
             checked_at = excluded.checked_at, error = excluded.error",
        )
        .bind(peer.url.clone())
        .bind(to_i64(peer.size)?)
        .bind(peer.note.clone())
        .bind(peer.checked_at)
        .bind(peer.error.clone())
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }

    /// What gossip last learned from each peer, by URL.
    pub async fn peers(&self) -> Result<Vec<PeerStatus>> {
        let rows = sqlx::query("SELECT url, size, note, checked_at, error FROM peer_status ORDER BY url")
            .fetch_all(&mut *self.conn().await?)
            .await?;
        rows.iter()
            .map(|row| {
                Ok(PeerStatus {
                    url: row.try_get(0)?,
                    size: to_u64(row.try_get(1)?)?,
                    note: row.try_get(2)?,
                    checked_at: row.try_get(3)?,
                    error: row.try_get(4)?,
                })
            })
            .collect()
    }
}

async fn witnessed_rows(conn: &mut AnyConnection, origin: Option<&str>) -> Result<Vec<WitnessedCheckpoint>> {
    let rows = match origin {
        Some(origin) => {
            sqlx::query("SELECT origin, size, note, cosigned_at FROM witness_checkpoints WHERE origin = $1")
                .bind(origin.to_owned())
                .fetch_all(conn)
                .await?
        }
        None => {
            sqlx::query("SELECT origin, size, note, cosigned_at FROM witness_checkpoints ORDER BY origin")
                .fetch_all(conn)
                .await?
        }
    };
    rows.iter()
        .map(|row| {
            Ok(WitnessedCheckpoint {
                origin: row.try_get(0)?,
                size: to_u64(row.try_get(1)?)?,
                note: row.try_get(2)?,
                cosigned_at: row.try_get(3)?,
            })
        })
        .collect()
}
