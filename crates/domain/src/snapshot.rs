//! The state as bytes, so a node can start from a snapshot instead of
//! replaying the whole log.
//!
//! The encoding is JSON of [`State`]; every map in the state is ordered, so
//! the same state always gives the same bytes, and two nodes at the same
//! log size write the same snapshot. A snapshot written by another version
//! of the state (a [`FORMAT`] it does not know, or fields it does not
//! expect) does not decode: the node then replays the log.

use crate::state::State;

/// The version of the snapshot encoding. Bump it whenever the fields of
/// [`State`] (or of anything in it) change, or what they mean does: a node
/// never starts from a snapshot of another format.
pub const FORMAT: u64 = 4;

/// Why a snapshot cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SnapshotError {
    /// Written by a version of Concord whose state has another shape.
    #[error("the snapshot has format {found}, this version reads format {FORMAT}")]
    Format {
        /// The format the snapshot says it has.
        found: u64,
    },
    /// The bytes are not a state.
    #[error("the snapshot does not decode: {0}")]
    Decode(String),
    /// The state does not serialize (a bug: its map keys are all strings or
    /// integers).
    #[error("the state does not serialize: {0}")]
    Encode(String),
}

/// The state's bytes.
pub fn encode(state: &State) -> Result<Vec<u8>, SnapshotError> {
    serde_json::to_vec(state).map_err(|err| SnapshotError::Encode(err.to_string()))
}

/// The state from bytes written by [`encode`] under `format`.
pub fn decode(format: u64, bytes: &[u8]) -> Result<State, SnapshotError> {
    if format != FORMAT {
        return Err(SnapshotError::Format { found: format });
    }
    serde_json::from_slice(bytes).map_err(|err| SnapshotError::Decode(err.to_string()))
}
