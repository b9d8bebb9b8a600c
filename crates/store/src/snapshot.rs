//! Snapshots of the writer's state, kept beside the projections so a node
//! starts in about the same time however long the log is.
//!
//! A snapshot is the state after the first `log_size` entries
//! ([`domain::snapshot`]) with the Merkle tree's right edge at that size.
//! Its own SHA-256 covers the format, the size, the edge and the state's
//! bytes, so a snapshot changed or torn on disk is noticed; the node then
//! says so and replays the log from the start. A snapshot that decodes is
//! then checked against the log itself: the entries after it, folded into
//! its state and its tree, must give the stored head and the signed
//! checkpoint's root ([`crate::writer::load`]). `concord check` goes
//! further and compares every kept snapshot with the state a full replay
//! gives at its size.
//!
//! The writer writes one, in the transaction of the batch that reaches it,
//! each time the log has grown by [`EVERY`] entries since the last, and
//! keeps the latest two and the latest at or below the signed checkpoint,
//! so a node that stopped before signing its last entries still starts
//! from a snapshot (and replays the entries since the checkpoint).

use domain::State;
use ledger::{CompactTree, Hash};
use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, Row};

use crate::error::{Result, StoreError};
use crate::log::{hashes_from_bytes, to_i64, to_u64};

/// Entries between two snapshots: at most this many are replayed at start.
pub(crate) const EVERY: u64 = 10_000;

/// How many snapshots are kept.
const KEPT: i64 = 2;

/// A snapshot that passed its own hash and decoded.
pub(crate) struct Snapshot {
    pub state: State,
    pub tree: CompactTree,
}

/// The hash that seals a snapshot's row.
fn seal(format: u64, size: u64, edge: &[u8], state: &[u8]) -> Vec<u8> {
    let mut hasher = Sha256::new();
    hasher.update(b"concord-state-snapshot\n");
    hasher.update(format.to_be_bytes());
    hasher.update(size.to_be_bytes());
    hasher.update((edge.len() as u64).to_be_bytes());
    hasher.update(edge);
    hasher.update(state);
    hasher.finalize().to_vec()
}

/// Writes a snapshot of `state` and `tree` (at the same size) and drops
/// all but the latest [`KEPT`].
pub(crate) async fn write(conn: &mut AnyConnection, state: &State, tree: &CompactTree) -> Result<()> {
    if state.size() != tree.size() {
        return Err(StoreError::Inconsistent(format!(
            "a snapshot of the state at {} entries with the tree at {}",
            state.size(),
            tree.size()
        )));
    }
    let bytes = domain::snapshot::encode(state).map_err(|err| StoreError::Inconsistent(err.to_string()))?;
    let edge: Vec<u8> = tree.edge().iter().flat_map(|hash| hash.0).collect();
    let format = domain::snapshot::FORMAT;
    let sha256 = seal(format, state.size(), &edge, &bytes);
    let size = to_i64(state.size())?;
    sqlx::query("DELETE FROM state_snapshots WHERE log_size >= $1").bind(size).execute(&mut *conn).await?;
    sqlx::query("INSERT INTO state_snapshots (log_size, format, edge, state, sha256) VALUES ($1, $2, $3, $4, $5)")
        .bind(size)
        .bind(to_i64(format)?)
        .bind(edge)
        .bind(bytes)
        .bind(sha256)
        .execute(&mut *conn)
        .await?;
    // Kept: the latest two, and the latest at or below the signed
    // checkpoint, which a start needs if the node stopped before signing
    // the entries after it.
    sqlx::query(
        "DELETE FROM state_snapshots WHERE log_size NOT IN \
         (SELECT log_size FROM state_snapshots ORDER BY log_size DESC LIMIT $1) \
         AND log_size <> (SELECT COALESCE(MAX(s.log_size), -1) FROM state_snapshots s, log_checkpoint c \
         WHERE c.id = 1 AND s.log_size <= c.size)",
    )
    .bind(KEPT)
    .execute(conn)
    .await?;
    Ok(())
}

/// The latest snapshot at or below `at_most` entries: `None` if there is
/// none, `Some(Err(why))` if it cannot be used (the caller replays).
pub(crate) async fn latest(conn: &mut AnyConnection, at_most: u64) -> Result<Option<(u64, Result<Snapshot, String>)>> {
    let row = sqlx::query(
        "SELECT log_size, format, edge, state, sha256 FROM state_snapshots \
         WHERE log_size <= $1 ORDER BY log_size DESC LIMIT 1",
    )
    .bind(to_i64(at_most)?)
    .fetch_optional(conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let size = to_u64(row.try_get::<i64, _>(0)?)?;
    let format = to_u64(row.try_get::<i64, _>(1)?)?;
    let edge: Vec<u8> = row.try_get(2)?;
    let bytes: Vec<u8> = row.try_get(3)?;
    let sha256: Vec<u8> = row.try_get(4)?;
    Ok(Some((size, open(size, format, &edge, &bytes, &sha256))))
}

/// Every kept snapshot's size, oldest first, with whether it is sealed and
/// decodes, for `concord check`.
pub(crate) async fn all(conn: &mut AnyConnection) -> Result<Vec<(u64, Result<Snapshot, String>)>> {
    let rows = sqlx::query("SELECT log_size, format, edge, state, sha256 FROM state_snapshots ORDER BY log_size")
        .fetch_all(conn)
        .await?;
    rows.into_iter()
        .map(|row| {
            let size = to_u64(row.try_get::<i64, _>(0)?)?;
            let format = to_u64(row.try_get::<i64, _>(1)?)?;
            let edge: Vec<u8> = row.try_get(2)?;
            let bytes: Vec<u8> = row.try_get(3)?;
            let sha256: Vec<u8> = row.try_get(4)?;
            Ok((size, open(size, format, &edge, &bytes, &sha256)))
        })
        .collect()
}

/// Checks a row's seal and decodes it.
fn open(size: u64, format: u64, edge: &[u8], bytes: &[u8], sha256: &[u8]) -> Result<Snapshot, String> {
    if seal(format, size, edge, bytes) != sha256 {
        return Err(format!("the snapshot at {size} entries does not match its hash"));
    }
    let state =
        domain::snapshot::decode(format, bytes).map_err(|err| format!("the snapshot at {size} entries: {err}"))?;
    if state.size() != size {
        return Err(format!("the snapshot filed at {size} entries holds the state at {}", state.size()));
    }
    let hashes: Vec<Hash> =
        hashes_from_bytes(edge).ok_or_else(|| format!("the snapshot at {size} entries has a torn right edge"))?;
    let tree = CompactTree::from_edge(size, &hashes)
        .map_err(|err| format!("the snapshot at {size} entries has a wrong right edge: {err}"))?;
    Ok(Snapshot { state, tree })
}

/// Removes every snapshot (before a rebuild writes a new one).
pub(crate) async fn clear(conn: &mut AnyConnection) -> Result<()> {
    sqlx::query("DELETE FROM state_snapshots").execute(conn).await?;
    Ok(())
}
