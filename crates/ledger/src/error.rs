//! The crate's one error type.

/// Everything that can go wrong in this crate: a malformed input, a proof
/// that does not verify, or a request that makes no sense for the tree.
///
/// Every parser and verifier returns this type; none panics on any input.
/// Messages are lowercase and name what was wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    // --- hashes and encodings ---
    /// A hash was not exactly 32 bytes long.
    #[error("hash is {len} bytes long, want 32")]
    HashLength {
        /// The length that was given.
        len: usize,
    },
    /// A string was not canonical standard base64 (RFC 4648, section 4).
    #[error("invalid base64 in {what}")]
    Base64 {
        /// What was being decoded.
        what: &'static str,
    },
    /// A string was not lowercase hexadecimal of the right length.
    #[error("invalid hex in {what}")]
    Hex {
        /// What was being decoded.
        what: &'static str,
    },

    // --- tree ---
    /// A right edge restored from storage did not have one hash per set bit
    /// of the tree size.
    #[error("right edge of a tree of size {size} has {got} hashes, want {want}")]
    EdgeLength {
        /// The tree size.
        size: u64,
        /// The number of hashes given.
        got: usize,
        /// `size.count_ones()`.
        want: usize,
    },
    /// The tree already holds 2^64 - 1 leaves.
    #[error("tree is full")]
    TreeFull,
    /// A leaf index was not below the tree size.
    #[error("leaf index {index} is not below tree size {size}")]
    IndexOutOfRange {
        /// The leaf index.
        index: u64,
        /// The tree size.
        size: u64,
    },
    /// A consistency proof was asked from a larger tree to a smaller one.
    #[error("old size {old} is greater than new size {new}")]
    SizeOrder {
        /// The old (first) size.
        old: u64,
        /// The new (second) size.
        new: u64,
    },
    /// Roots were asked of a consistency path between two trees of the
    /// same size, which has none.
    #[error("a consistency path between two trees of {size} entries computes no root")]
    EqualSizes {
        /// The tree size.
        size: u64,
    },
    /// A node is not a full subtree of the tree of the given size.
    #[error("node at level {level}, index {index} is not in a tree of size {size}")]
    NodeOutOfRange {
        /// The node level.
        level: u8,
        /// The node index within its level.
        index: u64,
        /// The tree size.
        size: u64,
    },
    /// A plan was finished with the wrong number of node hashes.
    #[error("got {got} node hashes, the plan needs {want}")]
    HashCount {
        /// The number of hashes given.
        got: usize,
        /// The number of nodes in the plan.
        want: usize,
    },

    // --- proof verification (RFC 9162, 2.1.3.2 and 2.1.4.2) ---
    /// The proof has more hashes than the tree sizes allow.
    #[error("proof has too many hashes")]
    ProofTooLong,
    /// The proof has fewer hashes than the tree sizes need.
    #[error("proof has too few hashes")]
    ProofTooShort,
    /// A proof for two equal tree sizes was not empty.
    #[error("proof between equal tree sizes must be empty")]
    ProofNotEmpty,
    /// A consistency proof starts from the empty tree, which RFC 9162 does
    /// not define (every tree is consistent with the empty tree).
    #[error("consistency proof from the empty tree is not defined")]
    EmptyOldTree,
    /// The root computed from an inclusion proof, or from the old side of a
    /// consistency proof, does not match the expected root.
    #[error("computed root does not match the expected root")]
    RootMismatch,
    /// The new root computed from a consistency proof does not match.
    #[error("computed new root does not match the expected new root")]
    NewRootMismatch,
    /// A new checkpoint is of a smaller tree than one verified before: the
    /// log was rewritten.
    #[error("the log shrank from {old} to {new} entries: it was rewritten")]
    LogShrank {
        /// The size verified before.
        old: u64,
        /// The new, smaller size.
        new: u64,
    },
    /// The tree of a new checkpoint does not begin with the tree of one
    /// verified before: the log was rewritten.
    #[error(
        "the tree of {new} entries does not begin with the tree of {old} entries verified before: the log was rewritten"
    )]
    LogRewritten {
        /// The size verified before.
        old: u64,
        /// The new size.
        new: u64,
    },

    // --- tiles (C2SP tlog-tiles) ---
    /// A tile path did not follow `tile/<L>/<N>[.p/<W>]`.
    #[error("invalid tile path: {reason}")]
    TilePath {
        /// What was wrong.
        reason: &'static str,
    },
    /// A tile coordinate was out of range (level above 63, width not in
    /// 1..=256, or a tile beyond the tree).
    #[error("invalid tile: {reason}")]
    Tile {
        /// What was wrong.
        reason: &'static str,
    },
    /// A tile plan was given data for the wrong number of tiles.
    #[error("got data for {got} tiles, the plan needs {want}")]
    TileCount {
        /// The number of tiles given.
        got: usize,
        /// The number of tiles in the plan.
        want: usize,
    },
    /// Tile data did not have the length its width implies.
    #[error("tile data is {got} bytes, want {want}")]
    TileData {
        /// The length given.
        got: usize,
        /// The length the tile's width implies.
        want: usize,
    },
    /// An entry is longer than an entry bundle can hold.
    #[error("entry is {len} bytes long, the maximum is 65535")]
    EntryTooLarge {
        /// The entry length.
        len: usize,
    },
    /// An entry bundle ended in the middle of a length prefix or an entry.
    #[error("entry bundle is truncated at byte {offset}")]
    BundleTruncated {
        /// The offset where the incomplete entry starts.
        offset: usize,
    },
    /// An entry bundle held a different number of entries than its width.
    #[error("entry bundle has {got} entries, want {want}")]
    BundleCount {
        /// The number of entries found.
        got: usize,
        /// The tile width.
        want: usize,
    },

    // --- signed notes (C2SP signed-note) ---
    /// A note was not valid UTF-8.
    #[error("note is not valid utf-8")]
    NoteNotUtf8,
    /// A note or note text held a control character other than newline.
    #[error("note has a control character at byte {offset}")]
    NoteControl {
        /// The byte offset of the character.
        offset: usize,
    },
    /// Note text was empty or did not end with a newline.
    #[error("note text must be non-empty and end with a newline")]
    NoteText,
    /// A note had no blank line followed by signature lines.
    #[error("note has no signatures")]
    NoteUnsigned,
    /// A note had more signature lines than this crate accepts.
    #[error("note has more than {max} signatures")]
    TooManySignatures {
        /// The limit.
        max: usize,
    },
    /// A signature line did not have the form `— <name> <base64>` with at
    /// least one signature byte after the key ID.
    #[error("signature line {line} is malformed")]
    SignatureLine {
        /// The 1-based number of the line within the signature block, or 0
        /// for a signature built in code.
        line: usize,
    },
    /// A key name was empty or held a space or a plus sign.
    #[error("invalid key name")]
    KeyName,
    /// A signer or verifier key string was malformed.
    #[error("invalid key string: {reason}")]
    KeyString {
        /// What was wrong.
        reason: &'static str,
    },
    /// A key of a signature type this crate does not implement.
    #[error("unsupported key type 0x{key_type:02x}")]
    KeyType {
        /// The signature type byte.
        key_type: u8,
    },
    /// A key ID did not match the key ID computed from the name and key.
    #[error("key id does not match the key")]
    KeyId,
    /// A signature from a known key did not verify, so the whole note is
    /// rejected (C2SP signed-note, "Signatures").
    #[error("signature by {name}+{key_id:08x} does not verify")]
    BadSignature {
        /// The key name.
        name: String,
        /// The key ID.
        key_id: u32,
    },
    /// No signature on the note came from a known key.
    #[error("note has no signature from a known key")]
    NoKnownSignature,

    // --- checkpoints and cosignatures ---
    /// A checkpoint body did not follow C2SP tlog-checkpoint.
    #[error("malformed checkpoint: {reason}")]
    Checkpoint {
        /// What was wrong.
        reason: &'static str,
    },
    /// The checkpoint's origin is not the log key's name.
    #[error("checkpoint origin does not match the log key name")]
    OriginMismatch,
    /// A cosignature timestamp above 2^63 - 1 (C2SP tlog-cosignature).
    #[error("cosignature timestamp {timestamp} exceeds 2^63 - 1")]
    Timestamp {
        /// The timestamp.
        timestamp: u64,
    },

    // --- witnesses (C2SP tlog-witness) and evidence ---
    /// An add-checkpoint request body did not follow C2SP tlog-witness.
    #[error("malformed add-checkpoint request: {reason}")]
    AddCheckpoint {
        /// What was wrong.
        reason: &'static str,
    },
    /// A witness's response body did not follow C2SP tlog-witness.
    #[error("malformed witness response: {reason}")]
    WitnessResponse {
        /// What was wrong.
        reason: &'static str,
    },
    /// Two checkpoints offered as evidence of a split view are consistent:
    /// the log may have signed both.
    #[error("the checkpoints of {old} and {new} entries are consistent: they are no evidence of a split view")]
    Consistent {
        /// The smaller tree size.
        old: u64,
        /// The larger tree size.
        new: u64,
    },

    // --- witness policy (C2SP tlog-policy) ---
    /// A policy line or definition was invalid.
    #[error("policy line {line}: {reason}")]
    Policy {
        /// The 1-based line number, or 0 for a definition added in code.
        line: usize,
        /// What was wrong.
        reason: &'static str,
    },
    /// The checkpoint was not signed by any log of the policy.
    #[error("checkpoint is not signed by a log of the policy")]
    UnknownLog,
    /// The verified cosignatures do not satisfy the policy's quorum.
    #[error("cosignatures from {witnesses} witnesses do not satisfy the quorum")]
    QuorumNotMet {
        /// How many witnesses of the quorum had valid cosignatures.
        witnesses: usize,
    },
}
