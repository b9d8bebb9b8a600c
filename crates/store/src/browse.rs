//! Reading the log for people: single entries, recent entries, and an
//! entry's inclusion proof against a signed tree size, computed from the
//! stored hash tiles the way a client would compute it from `/log/tile`.

use ledger::{Hash, InclusionPlan, TilePlan};

use crate::error::{Result, StoreError};
use crate::log::{self, StoredEntry};
use crate::members::{self, MemberOrder, MemberQuery, MemberRecord, Page};
use crate::{Store, admin};

/// One entry of the log as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    /// Its position, from 0.
    pub index: u64,
    /// The entry bytes (a canonical event envelope).
    pub bytes: Vec<u8>,
    /// Its RFC 6962 leaf hash.
    pub leaf_hash: Hash,
}

impl From<StoredEntry> for LogEntry {
    fn from(entry: StoredEntry) -> LogEntry {
        LogEntry { index: entry.index, bytes: entry.bytes, leaf_hash: entry.leaf_hash }
    }
}

impl Store {
    /// A page of the member directory in the given order.
    pub async fn members_ordered(&self, query: &MemberQuery, order: MemberOrder) -> Result<Page<MemberRecord>> {
        let mut conn = self.inner.pool.acquire().await?;
        members::list(&mut conn, query, order).await
    }

    /// Entries `start..end` in order (fewer where the log is shorter).
    pub async fn entries(&self, start: u64, end: u64) -> Result<Vec<LogEntry>> {
        let mut conn = self.inner.pool.acquire().await?;
        let entries = log::read_entries(&mut conn, start, end).await?;
        Ok(entries.into_iter().map(LogEntry::from).collect())
    }

    /// The entry at `index`, if the log has it.
    pub async fn entry(&self, index: u64) -> Result<Option<LogEntry>> {
        let Some(end) = index.checked_add(1) else {
            return Ok(None);
        };
        Ok(self.entries(index, end).await?.pop())
    }

    /// The tree size and note text of the latest signed checkpoint.
    pub async fn signed_checkpoint(&self) -> Result<(u64, String)> {
        let mut conn = self.inner.pool.acquire().await?;
        log::read_checkpoint(&mut conn)
            .await?
            .ok_or_else(|| StoreError::Inconsistent("no checkpoint has been signed".into()))
    }

    /// The inclusion proof (RFC 9162 audit path, leaf side first) of entry
    /// `index` in the tree of `size` entries, or `None` unless
    /// `index < size <= ` the stored log size. The node hashes come from
    /// the hash tiles of that size, as `/log/tile` serves them.
    pub async fn inclusion_proof(&self, index: u64, size: u64) -> Result<Option<Vec<Hash>>> {
        let Ok(plan) = InclusionPlan::new(index, size) else {
            return Ok(None);
        };
        let tiles = TilePlan::new(plan.nodes(), size).map_err(|err| StoreError::Inconsistent(err.to_string()))?;
        let mut conn = self.inner.pool.acquire().await?;
        let mut data = Vec::with_capacity(tiles.tiles().len());
        for tile in tiles.tiles() {
            let level = tile.level().unwrap_or(0);
            match admin::hash_tile(&mut conn, level, tile.index(), tile.width()).await? {
                Some(bytes) => data.push(bytes),
                None => return Ok(None),
            }
        }
        let inconsistent = |err: ledger::Error| StoreError::Inconsistent(err.to_string());
        let hashes = tiles.hashes(&data).map_err(inconsistent)?;
        plan.finish(&hashes).map(Some).map_err(inconsistent)
    }
}
