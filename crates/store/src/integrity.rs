//! Integrity checks beyond the replay of [`crate::Store::open`]: the stored
//! tile hashes against the entries (those under the right edge at every
//! start, every one in [`check`] and `rebuild`), the public projections
//! against a replay of the log into a scratch database, and the record of
//! the last full check, which `status` shows.
//!
//! The start check reads only the right edge (a few hundred hashes per tile
//! level), so it stays cheap however long the log grows, and is kept apart
//! from the replay so that a start from a snapshot can still run it.

use std::collections::BTreeMap;

use domain::{Envelope, Timestamp};
use ledger::{CompactTree, Hash, merkle_root};
use sqlx::{AnyConnection, Connection, Row};

use crate::admin::{self, Opened};
use crate::db::{self, Backend};
use crate::error::{Result, StoreError};
use crate::log::{self, to_i64, to_u64};
use crate::writer::{Origin, REPLAY_CHUNK};
use crate::{Config, projection, snapshot};

/// Tree levels per tile level (C2SP tlog-tiles: tiles of height 8).
const TILE_HEIGHT: u8 = ledger::TILE_HEIGHT;

/// Hashes per tile.
const TILE_WIDTH: u64 = ledger::TILE_WIDTH as u64;

fn mismatch(message: String) -> StoreError {
    StoreError::Inconsistent(message)
}

/// Checks the stored tile hashes under the right edge of `tree` (a tree
/// computed from the entries): for each edge subtree of tree level 8 or
/// more, the stored hashes of the highest tile level inside it must hash
/// to it. These are the hashes of the rightmost tile of each tile level,
/// the ones every new inclusion proof uses; at most 255 hashes per level.
pub(crate) async fn check_edge_tiles(conn: &mut AnyConnection, tree: &CompactTree) -> Result<()> {
    for (node, expected) in CompactTree::edge_nodes(tree.size()).into_iter().zip(tree.edge()) {
        if node.level < TILE_HEIGHT {
            continue;
        }
        let level = node.level / TILE_HEIGHT;
        let below = node.level - level * TILE_HEIGHT;
        let (first, count) = (node.index << below, 1u64 << below);
        let stored = log::tile_level_hashes(conn, level, first, first + count).await?;
        let hashes: Vec<Hash> = stored.into_iter().map(|(_, hash)| hash).collect();
        if hashes.len() as u64 != count || merkle_root(&hashes) != *expected {
            let tile = format!("of tile level {level} (tile {level}/{})", first / TILE_WIDTH);
            return Err(mismatch(match count {
                1 => format!("the stored hash {first} {tile} does not match the entries"),
                _ => format!("the stored hashes {first} to {} {tile} do not match the entries", first + count - 1),
            }));
        }
    }
    Ok(())
}

/// Recomputes every tile hash (tile levels 1 and up) from the leaf hashes,
/// in log order, and compares each with the stored one.
#[derive(Default)]
pub(crate) struct TileCheck {
    tree: CompactTree,
    checked: u64,
}

impl TileCheck {
    /// Pushes the next leaf hashes (already checked against their entries)
    /// and checks the stored tile hashes they complete.
    pub(crate) async fn push(&mut self, conn: &mut AnyConnection, leaves: &[Hash]) -> Result<()> {
        let mut computed: BTreeMap<u8, BTreeMap<u64, Hash>> = BTreeMap::new();
        for leaf in leaves {
            let completed = self.tree.push(*leaf).map_err(|err| mismatch(err.to_string()))?;
            for (node, hash) in completed.filter(|(node, _)| node.level > 0 && node.level % TILE_HEIGHT == 0) {
                computed.entry(node.level / TILE_HEIGHT).or_default().insert(node.index, hash);
            }
        }
        for (level, hashes) in computed {
            let (Some(first), Some(last)) = (hashes.keys().next(), hashes.keys().next_back()) else { continue };
            let stored: BTreeMap<u64, Hash> =
                log::tile_level_hashes(conn, level, *first, last + 1).await?.into_iter().collect();
            for (index, hash) in &hashes {
                let tile = format!("hash {index} of tile level {level} (tile {level}/{})", index / TILE_WIDTH);
                match stored.get(index) {
                    None => return Err(mismatch(format!("the {tile} is missing"))),
                    Some(found) if found != hash => {
                        return Err(mismatch(format!("the stored {tile} does not match the entries")));
                    }
                    Some(_) => self.checked += 1,
                }
            }
        }
        Ok(())
    }

    /// After the last leaf: checks that no tile level holds more hashes
    /// than the entries make. Returns the number of tile hashes checked.
    pub(crate) async fn finish(self, conn: &mut AnyConnection) -> Result<u64> {
        let size = self.tree.size();
        for (level, count) in log::tile_hash_counts(conn).await? {
            let expected = match u32::try_from(level) {
                Ok(level @ 1..8) => size >> (level * u32::from(TILE_HEIGHT)),
                _ => 0,
            };
            if count != expected {
                return Err(mismatch(format!(
                    "tile level {level} holds {count} stored hashes, but the {size} entries make {expected}"
                )));
            }
        }
        Ok(self.checked)
    }
}

/// What a full check found, when every part passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    /// Entries checked.
    pub log_size: u64,
    /// The tree size of the signed checkpoint that was verified.
    pub checkpoint_size: u64,
    /// Tile hashes (levels 1 and up) checked.
    pub tile_hashes: u64,
    /// The state digest of the projections, which the replay reproduced.
    pub state_digest: String,
}

/// The last full check of a database, as recorded by [`check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastCheck {
    /// When it ran.
    pub at: Timestamp,
    /// The entries it covered.
    pub log_size: u64,
    /// The first mismatch it found; `None` if every check passed.
    pub problem: Option<String>,
}

/// Checks a data directory or database entirely, without changing it:
/// every entry (canonical, at its index, matching its leaf hash, following
/// from the log before it), the stored head, the full tiles, every stored
/// tile hash, the signature and root of the checkpoint, and the public
/// projections against a replay of the log into a scratch database (the
/// real projections are only read). All in one read snapshot, so it is
/// safe beside a running server.
///
/// The first mismatch is an [`StoreError::Inconsistent`] naming it (entry
/// index, tile level and index, or table and row). The outcome is recorded
/// in the private table `integrity_checks`, for `status`.
pub async fn check(config: &Config) -> Result<CheckReport> {
    let opened = admin::open_database(config, false).await?;
    let mut conn = opened.pool.acquire().await?;
    let mut tx = conn.begin().await?;
    if opened.backend == Backend::Postgres {
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").execute(&mut *tx).await?;
    }
    let size = log::read_head(&mut tx).await?.size;
    let outcome = check_all(&opened, &mut tx, size).await;
    tx.rollback().await?;
    let problem = match &outcome {
        Ok(_) => None,
        Err(StoreError::Inconsistent(problem)) => Some(problem.as_str()),
        // The database failed: nothing was learnt about the data.
        Err(_) => return outcome,
    };
    record(&mut conn, size, problem).await?;
    outcome
}

/// Replays the whole log from its first entry (checking every entry, the
/// head and the checkpoint), and compares each kept snapshot with the
/// state and tree the replay gives at its size.
async fn check_snapshots(conn: &mut AnyConnection, opened: &Opened) -> Result<()> {
    let snapshots = snapshot::all(conn).await?;
    let sizes: Vec<u64> = snapshots.iter().map(|(size, _)| *size).collect();
    let loaded = admin::check_log_on(conn, opened, Origin::Genesis, &sizes).await?;
    for ((size, kept), replayed) in snapshots.into_iter().zip(loaded.stops) {
        let kept = kept.map_err(mismatch)?;
        let Some((state, tree)) = replayed else {
            return Err(mismatch(format!(
                "a snapshot is kept at {size} entries, beyond the log's {}",
                loaded.tree.size()
            )));
        };
        if kept.tree != tree {
            return Err(mismatch(format!("the snapshot at {size} entries has another tree than the log")));
        }
        if kept.state != state {
            return Err(mismatch(format!(
                "the snapshot at {size} entries has another state than the log gives (`concord rebuild` rewrites it)"
            )));
        }
    }
    Ok(())
}

/// The parts of [`check`], in order, on one snapshot of `size` entries.
async fn check_all(opened: &Opened, conn: &mut AnyConnection, size: u64) -> Result<CheckReport> {
    check_snapshots(conn, opened).await?;
    let checkpoint_size = log::read_checkpoint(conn).await?.map_or(0, |(size, _)| size);
    let mut scratch = db::scratch_sqlite().await?;
    let mut tiles = TileCheck::default();
    let mut start = 0;
    while start < size {
        let end = (start + REPLAY_CHUNK).min(size);
        let entries = log::read_entries(conn, start, end).await?;
        let leaves: Vec<Hash> = entries.iter().map(|entry| entry.leaf_hash).collect();
        tiles.push(conn, &leaves).await?;
        let envelopes = entries
            .iter()
            .map(|entry| {
                Envelope::decode(&entry.bytes).map_err(|err| mismatch(format!("entry {}: {err}", entry.index)))
            })
            .collect::<Result<Vec<_>>>()?;
        projection::apply_all(&mut scratch, Backend::Sqlite, &envelopes).await?;
        start = end;
    }
    let tile_hashes = tiles.finish(conn).await?;
    if let Some(difference) = projection::first_difference(conn, &mut scratch).await? {
        return Err(mismatch(format!(
            "the public projections do not follow from the log: {difference} (`concord rebuild` rebuilds them)"
        )));
    }
    let state_digest = hex::encode(projection::digest(conn).await?);
    Ok(CheckReport { log_size: size, checkpoint_size, tile_hashes, state_digest })
}

/// Records the outcome of a full check, replacing the previous one.
async fn record(conn: &mut AnyConnection, log_size: u64, problem: Option<&str>) -> Result<()> {
    sqlx::query(
        "INSERT INTO integrity_checks (id, checked_at, log_size, passed, problem) VALUES (1, $1, $2, $3, $4) \
         ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at, log_size = excluded.log_size, \
         passed = excluded.passed, problem = excluded.problem",
    )
    .bind(Timestamp::now().unix_millis())
    .bind(to_i64(log_size)?)
    .bind(i64::from(problem.is_none()))
    .bind(problem.map(str::to_owned))
    .execute(conn)
    .await?;
    Ok(())
}

/// The last recorded full check, if any.
pub(crate) async fn last_check(conn: &mut AnyConnection) -> Result<Option<LastCheck>> {
    let row = sqlx::query("SELECT checked_at, log_size, passed, problem FROM integrity_checks WHERE id = 1")
        .fetch_optional(conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let millis: i64 = row.try_get(0)?;
    let at = Timestamp::from_unix_millis(millis)
        .ok_or_else(|| mismatch(format!("the time of the last check ({millis}) is out of range")))?;
    let passed = row.try_get::<i64, _>(2)? == 1;
    let problem: Option<String> = row.try_get(3)?;
    Ok(Some(LastCheck {
        at,
        log_size: to_u64(row.try_get::<i64, _>(1)?)?,
        problem: if passed { None } else { Some(problem.unwrap_or_default()) },
    }))
}
