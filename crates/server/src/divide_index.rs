//! Keeping the divide index fresh: the analyst task feeds it every entry it
//! reads, and after each round it recomputes the index if a `divide.*` or
//! `member.admitted` entry arrived, storing it with the log size it covers
//! and the engine (a derived result: `concord divide compute --url` gives
//! the same from the public log).

use domain::divide::DivideLog;
use domain::{Envelope, Event, Timestamp};
use store::divide::StoredIndex;
use store::{Store, StoreError};

/// The seed of the sensitivity analysis (as `concord divide compute`'s default).
pub const SEED: u64 = 0;

/// The number of weight draws (as `concord divide compute`'s default).
pub const DRAWS: u32 = 1_000;

/// The index's inputs as read so far, and whether they changed since the
/// last computation.
#[derive(Default)]
pub struct DivideIndexer {
    log: DivideLog,
    dirty: bool,
}

impl DivideIndexer {
    /// Reads the next entry.
    pub fn feed(&mut self, envelope: &Envelope) {
        self.dirty |= matches!(envelope.event, Event::Divide(_) | Event::MemberAdmitted(_));
        self.log.push(envelope);
    }

    /// Forgets everything (the log is read again from the start).
    pub fn forget(&mut self) {
        *self = DivideIndexer::default();
    }

    /// Recomputes and stores the index if its inputs changed and hold
    /// values. Returns whether it did.
    pub async fn refresh(&mut self, store: &Store) -> Result<bool, StoreError> {
        if !self.dirty || !self.log.has_values() {
            return Ok(false);
        }
        let log = std::mem::take(&mut self.log);
        let (log, result) = tokio::task::spawn_blocking(move || {
            let result = log.compute(exchange::Options { seed: SEED, draws: DRAWS });
            (log, result)
        })
        .await
        .map_err(|err| StoreError::Inconsistent(format!("the divide index computation stopped: {err}")))?;
        let log_size = log.log_size();
        self.log = log;
        self.dirty = false;
        let index = match result {
            Ok(index) => index,
            Err(err) => {
                tracing::warn!(error = %err, "the published methodology no longer reads; the index is not computed");
                return Ok(false);
            }
        };
        let stored = StoredIndex {
            log_size,
            engine: index.engine.clone(),
            computed_ms: Timestamp::now().unix_millis(),
            report: serde_json::to_string(&index)
                .map_err(|err| StoreError::Inconsistent(format!("the divide index does not serialize: {err}")))?,
        };
        store.store_divide_index(&stored).await?;
        Ok(true)
    }
}

/// The latest computed index, read back: what it covers, and the index.
/// `None` until the analyst has computed one.
pub async fn current(store: &Store) -> Result<Option<(StoredIndex, exchange::Index)>, StoreError> {
    let Some(stored) = store.divide_index().await? else { return Ok(None) };
    let index = serde_json::from_str(&stored.report)
        .map_err(|err| StoreError::Inconsistent(format!("the stored divide index does not read: {err}")))?;
    Ok(Some((stored, index)))
}
