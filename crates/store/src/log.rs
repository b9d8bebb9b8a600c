//! The log tables: entries with their leaf hashes, the hashes of higher tile
//! levels, the head (the append lock and the right edge), the signed
//! checkpoint and the log's fixed facts. Plain SQL, no logic.

use ledger::Hash;
use sqlx::{AnyConnection, Row};

use crate::db::{Backend, Value, insert_rows};
use crate::error::{Result, StoreError};

/// The head of the log as stored: its size and right edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Head {
    pub size: u64,
    pub edge: Vec<Hash>,
}

/// Locks the head row for the rest of the transaction and reads it. Every
/// append starts here, so appends are serialized at the database: on
/// PostgreSQL by the row lock, on SQLite by the write lock the UPDATE takes.
pub(crate) async fn lock_head(conn: &mut AnyConnection) -> Result<Head> {
    sqlx::query("UPDATE log_head SET size = size WHERE id = 1").execute(&mut *conn).await?;
    read_head(conn).await
}

/// Reads the head without locking it.
pub(crate) async fn read_head(conn: &mut AnyConnection) -> Result<Head> {
    let row = sqlx::query("SELECT size, edge FROM log_head WHERE id = 1").fetch_one(conn).await?;
    head_of(&row)
}

/// The head in the first two columns of `row`: size and right edge.
fn head_of(row: &sqlx::any::AnyRow) -> Result<Head> {
    let size = to_u64(row.try_get::<i64, _>(0)?)?;
    let edge_bytes: Vec<u8> = row.try_get(1)?;
    let edge = hashes_from_bytes(&edge_bytes)
        .ok_or_else(|| StoreError::Inconsistent("the stored right edge is not a list of hashes".into()))?;
    Ok(Head { size, edge })
}

/// Writes the new head; the caller holds the lock.
pub(crate) async fn write_head(conn: &mut AnyConnection, size: u64, edge: &[Hash]) -> Result<()> {
    let bytes: Vec<u8> = edge.iter().flat_map(|h| h.0).collect();
    sqlx::query("UPDATE log_head SET size = $1, edge = $2 WHERE id = 1")
        .bind(to_i64(size)?)
        .bind(bytes)
        .execute(conn)
        .await?;
    Ok(())
}

/// One entry as stored.
#[derive(Debug, Clone)]
pub(crate) struct StoredEntry {
    pub index: u64,
    pub bytes: Vec<u8>,
    pub leaf_hash: Hash,
}

/// Appends entries (their indexes follow the head; the caller checks).
pub(crate) async fn insert_entries(conn: &mut AnyConnection, backend: Backend, entries: &[StoredEntry]) -> Result<()> {
    let rows = entries
        .iter()
        .map(|e| {
            Ok(vec![
                Value::Int(Some(to_i64(e.index)?)),
                Value::Blob(e.bytes.clone()),
                Value::Blob(e.leaf_hash.0.to_vec()),
            ])
        })
        .collect::<Result<_>>()?;
    insert_rows(conn, backend, "log_entries", &["idx", "entry", "leaf_hash"], rows).await
}

/// Stores hashes of tile levels 1 and up: `(tile level, index, hash)`.
pub(crate) async fn insert_tile_hashes(
    conn: &mut AnyConnection,
    backend: Backend,
    hashes: &[(u8, u64, Hash)],
) -> Result<()> {
    let rows = hashes
        .iter()
        .map(|(level, index, hash)| {
            Ok(vec![
                Value::Int(Some(i64::from(*level))),
                Value::Int(Some(to_i64(*index)?)),
                Value::Blob(hash.0.to_vec()),
            ])
        })
        .collect::<Result<_>>()?;
    insert_rows(conn, backend, "log_tile_hashes", &["level", "idx", "hash"], rows).await
}

/// The level under which `log_full_tiles` keeps entry bundles.
pub(crate) const ENTRIES_LEVEL: i64 = -1;

/// Stores whole the entry bundles and leaf-hash tiles that growing the log
/// from `old_size` to `new_size` completed (read back from `log_entries`
/// in the same transaction).
pub(crate) async fn store_full_tiles(
    conn: &mut AnyConnection,
    backend: Backend,
    old_size: u64,
    new_size: u64,
) -> Result<()> {
    const WIDTH: u64 = ledger::TILE_WIDTH as u64;
    let mut rows = Vec::new();
    for index in old_size / WIDTH..new_size / WIDTH {
        let entries = read_entries(conn, index * WIDTH, (index + 1) * WIDTH).await?;
        let bundle = ledger::encode_bundle(entries.iter().map(|e| e.bytes.as_slice()))
            .map_err(|err| StoreError::Inconsistent(err.to_string()))?;
        let leaves: Vec<u8> = entries.iter().flat_map(|e| e.leaf_hash.0).collect();
        let stored_index = to_i64(index)?;
        rows.push(vec![Value::Int(Some(ENTRIES_LEVEL)), Value::Int(Some(stored_index)), Value::Blob(bundle)]);
        rows.push(vec![Value::Int(Some(0)), Value::Int(Some(stored_index)), Value::Blob(leaves)]);
    }
    insert_rows(conn, backend, "log_full_tiles", &["level", "idx", "data"], rows).await
}

/// A full tile stored whole, if it is.
pub(crate) async fn full_tile(conn: &mut AnyConnection, level: i64, index: u64) -> Result<Option<Vec<u8>>> {
    Ok(sqlx::query_scalar("SELECT data FROM log_full_tiles WHERE level = $1 AND idx = $2")
        .bind(level)
        .bind(bound(index))
        .fetch_optional(conn)
        .await?)
}

/// Entries `start..end` in order (fewer if the log is shorter).
pub(crate) async fn read_entries(conn: &mut AnyConnection, start: u64, end: u64) -> Result<Vec<StoredEntry>> {
    let rows = sqlx::query("SELECT idx, entry, leaf_hash FROM log_entries WHERE idx >= $1 AND idx < $2 ORDER BY idx")
        .bind(bound(start))
        .bind(bound(end))
        .fetch_all(conn)
        .await?;
    rows.into_iter()
        .map(|row| {
            let index = to_u64(row.try_get::<i64, _>(0)?)?;
            let leaf: Vec<u8> = row.try_get(2)?;
            let leaf_hash = hash_from_bytes(&leaf).ok_or_else(|| {
                StoreError::Inconsistent(format!("entry {index} has a stored leaf hash of {} bytes", leaf.len()))
            })?;
            Ok(StoredEntry { index, bytes: row.try_get(1)?, leaf_hash })
        })
        .collect()
}

/// The bytes of entries `start..end` in order (fewer if the log is
/// shorter): what an entry bundle holds.
pub(crate) async fn read_entry_bytes(conn: &mut AnyConnection, start: u64, end: u64) -> Result<Vec<Vec<u8>>> {
    let rows = sqlx::query_scalar("SELECT entry FROM log_entries WHERE idx >= $1 AND idx < $2 ORDER BY idx")
        .bind(bound(start))
        .bind(bound(end))
        .fetch_all(conn)
        .await?;
    Ok(rows)
}

/// The hashes of tile level `level` with indexes `start..end`, in order:
/// leaf hashes for level 0, stored subtree hashes above.
pub(crate) async fn tile_level_hashes(
    conn: &mut AnyConnection,
    level: u8,
    start: u64,
    end: u64,
) -> Result<Vec<(u64, Hash)>> {
    let rows = if level == 0 {
        sqlx::query("SELECT idx, leaf_hash FROM log_entries WHERE idx >= $1 AND idx < $2 ORDER BY idx")
            .bind(bound(start))
            .bind(bound(end))
            .fetch_all(conn)
            .await?
    } else {
        sqlx::query("SELECT idx, hash FROM log_tile_hashes WHERE level = $1 AND idx >= $2 AND idx < $3 ORDER BY idx")
            .bind(i64::from(level))
            .bind(bound(start))
            .bind(bound(end))
            .fetch_all(conn)
            .await?
    };
    rows.into_iter()
        .map(|row| {
            let index = to_u64(row.try_get::<i64, _>(0)?)?;
            let bytes: Vec<u8> = row.try_get(1)?;
            let hash = hash_from_bytes(&bytes).ok_or_else(|| {
                StoreError::Inconsistent(format!("the stored hash {index} of tile level {level} is not 32 bytes"))
            })?;
            Ok((index, hash))
        })
        .collect()
}

/// How many hashes each tile level of `log_tile_hashes` holds, by level.
pub(crate) async fn tile_hash_counts(conn: &mut AnyConnection) -> Result<Vec<(i64, u64)>> {
    let rows = sqlx::query("SELECT level, COUNT(*) FROM log_tile_hashes GROUP BY level ORDER BY level")
        .fetch_all(conn)
        .await?;
    rows.into_iter().map(|row| Ok((row.try_get::<i64, _>(0)?, to_u64(row.try_get::<i64, _>(1)?)?))).collect()
}

/// The head and the number of entries stored beyond it (there should be
/// none), read in one statement so that both come from the same snapshot
/// even while another node commits (PostgreSQL's read committed gives each
/// statement its own snapshot). Cheap at any size: an index range.
pub(crate) async fn read_head_and_count_from(conn: &mut AnyConnection) -> Result<(Head, u64)> {
    let row = sqlx::query(
        "SELECT h.size, h.edge, (SELECT COUNT(*) FROM log_entries WHERE idx >= h.size) FROM log_head h WHERE h.id = 1",
    )
    .fetch_one(conn)
    .await?;
    Ok((head_of(&row)?, to_u64(row.try_get::<i64, _>(2)?)?))
}

/// The number of entries stored (linear in the log: for full checks).
pub(crate) async fn count_entries(conn: &mut AnyConnection) -> Result<u64> {
    to_u64(sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM log_entries").fetch_one(conn).await?)
}

/// The latest signed checkpoint: its tree size and note text.
pub(crate) async fn read_checkpoint(conn: &mut AnyConnection) -> Result<Option<(u64, String)>> {
    let row = sqlx::query("SELECT size, note FROM log_checkpoint WHERE id = 1").fetch_optional(conn).await?;
    row.map(|row| Ok((to_u64(row.try_get::<i64, _>(0)?)?, row.try_get(1)?))).transpose()
}

/// Replaces the checkpoint only if it is still `old` (compare-and-swap).
/// Returns false when another writer replaced it first.
pub(crate) async fn swap_checkpoint(
    conn: &mut AnyConnection,
    old: Option<&str>,
    size: u64,
    note: &str,
) -> Result<bool> {
    let result = match old {
        None => {
            sqlx::query("INSERT INTO log_checkpoint (id, size, note) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING")
                .bind(to_i64(size)?)
                .bind(note.to_owned())
                .execute(conn)
                .await?
        }
        Some(old) => {
            sqlx::query("UPDATE log_checkpoint SET size = $1, note = $2 WHERE id = 1 AND note = $3")
                .bind(to_i64(size)?)
                .bind(note.to_owned())
                .bind(old.to_owned())
                .execute(conn)
                .await?
        }
    };
    Ok(result.rows_affected() == 1)
}

/// A fact about the log fixed at creation.
pub(crate) async fn read_meta(conn: &mut AnyConnection, name: &str) -> Result<Option<String>> {
    Ok(sqlx::query_scalar("SELECT value FROM log_meta WHERE name = $1")
        .bind(name.to_owned())
        .fetch_optional(conn)
        .await?)
}

/// Records a fact about the log, unless it is already recorded.
pub(crate) async fn insert_meta(conn: &mut AnyConnection, name: &str, value: &str) -> Result<()> {
    sqlx::query("INSERT INTO log_meta (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
        .bind(name.to_owned())
        .bind(value.to_owned())
        .execute(conn)
        .await?;
    Ok(())
}

/// A number to store in a BIGINT column; one of 2^63 or more cannot be
/// stored and is an error (never a panic).
pub(crate) fn to_i64(value: u64) -> Result<i64> {
    i64::try_from(value).map_err(|_| StoreError::Inconsistent(format!("{value} is too large to store (2^63 or more)")))
}

/// A bound to compare stored numbers with: one of 2^63 or more lies beyond
/// every stored number, as `i64::MAX` does (no stored position reaches it).
pub(crate) fn bound(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

pub(crate) fn to_u64(value: i64) -> Result<u64> {
    u64::try_from(value).map_err(|_| StoreError::Inconsistent(format!("a stored position is negative ({value})")))
}

pub(crate) fn hash_from_bytes(bytes: &[u8]) -> Option<Hash> {
    <[u8; 32]>::try_from(bytes).ok().map(Hash)
}

pub(crate) fn hashes_from_bytes(bytes: &[u8]) -> Option<Vec<Hash>> {
    if !bytes.len().is_multiple_of(32) {
        return None;
    }
    bytes.chunks_exact(32).map(hash_from_bytes).collect()
}
