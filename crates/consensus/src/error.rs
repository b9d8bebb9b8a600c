//! The crate's one error type.

/// Everything that can go wrong in this crate. Parsing errors carry the
/// 1-based line number of the offending record; the caller adds the file name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// A CSV record could not be read (bad quoting, bad UTF-8, wrong number of
    /// fields).
    #[error("line {line}: malformed csv record: {message}")]
    Csv {
        /// The 1-based line where the record starts.
        line: u64,
        /// What the CSV reader reported.
        message: String,
    },
    /// The header lacks a column the format requires.
    #[error("missing column {column:?} in the header")]
    MissingColumn {
        /// The name of the missing column.
        column: String,
    },
    /// A field that must be an integer is not one.
    #[error("line {line}: column {column:?}: {value:?} is not an integer")]
    NotAnInteger {
        /// The 1-based line of the record.
        line: u64,
        /// The column name.
        column: String,
        /// The text found.
        value: String,
    },
    /// A vote value other than -1, 0 or 1.
    #[error("line {line}: vote {value:?} is not -1, 0 or 1")]
    VoteValue {
        /// The 1-based line of the record.
        line: u64,
        /// The text found.
        value: String,
    },
    /// A vote names a statement that the list of statements does not hold.
    #[error("line {line}: vote for unknown statement {statement:?}")]
    UnknownStatement {
        /// The 1-based line of the record.
        line: u64,
        /// The statement id as written.
        statement: String,
    },
    /// More participants or statements than a `u32` index can address.
    #[error("too many {what}: at most {max} are supported")]
    TooLarge {
        /// What overflowed ("participants", "statements", "votes").
        what: &'static str,
        /// The limit.
        max: u64,
    },
    /// A vote refers to a participant or statement index outside the matrix.
    #[error("vote refers to {what} index {index}, but there are only {len}")]
    IndexOutOfRange {
        /// "participant" or "statement".
        what: &'static str,
        /// The index given.
        index: u32,
        /// The number of rows or columns.
        len: u32,
    },
    /// A configuration value is out of its allowed range.
    #[error("invalid configuration: {0}")]
    Config(String),
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
