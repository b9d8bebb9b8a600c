//! The store's one error type.

use domain::Rejection;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The domain refused the command; nothing was written.
    #[error(transparent)]
    Rejected(#[from] Rejection),
    /// The stored data contradicts itself (a tampered, truncated or
    /// mismatched data directory or database). The message says what.
    #[error("the stored log is inconsistent: {0}")]
    Inconsistent(String),
    /// The data directory or configuration cannot be used as it is.
    #[error("{0}")]
    Setup(String),
    /// The database failed or could not be reached.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// A file in the data directory could not be read or written.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The batch holding the command failed to commit; nothing of it was
    /// recorded and the command may be sent again.
    #[error("the command was not recorded because the database failed: {0}")]
    NotCommitted(String),
    /// The request conflicts with private data (a username that is taken).
    #[error("{0}")]
    Conflict(String),
    /// The public handle drawn for a new account belongs to another account
    /// already (a collision of random handles): draw another and try again.
    #[error("the public handle drawn for the new account is already in use")]
    HandleTaken,
    /// A one-time thing (an invitation) was used up, revoked or expired.
    #[error("{0}")]
    Gone(String),
    /// The store was opened without a writer ([`crate::Store::open_detached`]).
    #[error("the store was opened without a writer; start the server or use --url")]
    ReadOnly,
    /// The store is a mirror of another node's log: it records no command
    /// and signs no checkpoint; changes go to the hub.
    #[error("this node is a read-only mirror of the organization's log; send changes to the hub")]
    Mirror,
    /// The writer task stopped (the server is shutting down).
    #[error("the log writer has stopped; try again shortly")]
    WriterStopped,
}

impl StoreError {
    /// An IO error with what was being done.
    pub(crate) fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> StoreError {
        let context = context.into();
        move |source| StoreError::Io { context, source }
    }
}

/// Shorthand for results of store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
