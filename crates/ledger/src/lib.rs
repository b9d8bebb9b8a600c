//! The verifiable log of Concord: RFC 9162 Merkle trees and proofs, C2SP
//! signed notes, checkpoints, cosignatures, tiles, witness policies, the
//! witness protocol and split-view evidence.
//!
//! Every public act is one leaf of an append-only Merkle tree. The log signs
//! checkpoints of the tree, witnesses cosign them, and anyone can check that
//! an entry is in the log and that the log was never rewritten; two signed
//! checkpoints that cannot both be true are evidence anyone can check.
//!
//! ```
//! use std::collections::HashMap;
//! use ledger::{Checkpoint, CompactTree, InclusionPlan, Signer, leaf_hash, verify_inclusion};
//!
//! # fn main() -> Result<(), ledger::Error> {
//! // Append: the tree keeps only its right edge and reports every full
//! // subtree it completes, which a store keeps to answer proofs.
//! let mut tree = CompactTree::new();
//! let mut nodes = HashMap::new();
//! for entry in ["alpha", "beta", "gamma"] {
//!     nodes.extend(tree.push(leaf_hash(entry.as_bytes()))?);
//! }
//!
//! // Sign a checkpoint with the log's key (the seed comes from the caller).
//! let log = Signer::new("log.example/concord", &[7; 32])?;
//! let signed = Checkpoint::new("log.example/concord", tree.size(), tree.root())?
//!     .sign(&log)?
//!     .to_string();
//!
//! // Prove inclusion: the plan names the nodes, the caller fetches them.
//! let plan = InclusionPlan::new(1, tree.size())?;
//! let hashes: Vec<_> = plan.nodes().iter().map(|id| nodes[id]).collect();
//! let proof = plan.finish(&hashes)?;
//!
//! // Verify, as a member state would: open the checkpoint with the log's
//! // public key, then check the proof against its root.
//! let (checkpoint, _) = Checkpoint::open(signed.as_bytes(), &log.verifier())?;
//! verify_inclusion(&leaf_hash(b"beta"), 1, checkpoint.size(), &proof, checkpoint.root())?;
//! # Ok(())
//! # }
//! ```
//!
//! # Design
//!
//! - **No IO.** Producing a root of an earlier size, an inclusion proof or a
//!   consistency proof takes two steps: a plan ([`RootPlan`],
//!   [`InclusionPlan`], [`ConsistencyPlan`], [`ContinuityPlan`]) lists the [`NodeId`]s it needs,
//!   the caller fetches their hashes (from memory, a database, or over HTTP),
//!   and `finish` computes the answer. A [`NodeId`] is always a *full*
//!   subtree, which never changes once complete; a proof element that is not
//!   full (on the right edge) is folded from several full ones.
//! - **Store every full subtree.** [`CompactTree::push`] returns the leaf and
//!   each parent it completes, so a store that keeps them all answers every
//!   proof with direct lookups (as Go's sumdb `tlog` "stored hashes" do),
//!   and serves hash tiles, which are the nodes at levels `0, 8, 16, ...`.
//!   A tree is restored from the hashes of [`CompactTree::edge_nodes`].
//! - **Tiles for clients.** A client that can only fetch tiles builds a
//!   [`TilePlan`] from a plan's nodes: it names the tiles, with their
//!   partial widths for the client's tree size, and computes the node hashes
//!   from their data.
//! - **Verification is RFC 9162's**, step by step, with a typed [`Error`].
//!   Roots are compared as bytes: a root of the wrong length never matches.
//! - **Keys come from the caller.** [`Signer`] and [`Cosigner`] are made from
//!   32 seed bytes; the crate creates no randomness.
//! - **Never panics** on any input: every parser returns an [`Error`].
//!
//! # Formats and their sources
//!
//! | What | Where | Source |
//! |---|---|---|
//! | leaf `SHA-256(0x00 \|\| data)`, node `SHA-256(0x01 \|\| l \|\| r)`, empty `SHA-256("")` | [`leaf_hash`], [`node_hash`], [`EMPTY_ROOT`] | RFC 6962 2.1 |
//! | Merkle Tree Hash, split at the largest power of two below `n` | [`merkle_root`], [`CompactTree`] | RFC 9162 2.1.1 |
//! | inclusion proof and verification | [`InclusionPlan`], [`verify_inclusion`] | RFC 9162 2.1.3.1, 2.1.3.2 |
//! | consistency proof and verification | [`ConsistencyPlan`], [`verify_consistency`] | RFC 9162 2.1.4.1, 2.1.4.2 |
//! | a new checkpoint extends a stored one | [`ContinuityPlan`], [`check_continuity`] | RFC 9162 2.1.4 |
//! | signed note, key IDs, key strings | [`Note`], [`Signer`], [`Verifier`], [`key_id`] | C2SP signed-note |
//! | checkpoint body | [`Checkpoint`] | C2SP tlog-checkpoint |
//! | timestamped Ed25519 cosignature (type 0x04) | [`Cosigner`], [`Checkpoint::cosign`] | C2SP tlog-cosignature |
//! | tile paths, partial tiles, entry bundles | [`TileId`], [`tiles_of_size`], [`encode_bundle`] | C2SP tlog-tiles |
//! | witness policy, nested k-of-n groups | [`Policy`] | C2SP tlog-policy |
//! | empty proof for `old 0` | [`ConsistencyPlan`] | C2SP tlog-witness |
//! | `add-checkpoint` request body, at most 63 proof lines | [`AddCheckpoint`] | C2SP tlog-witness |
//! | the witness's checks and their HTTP statuses (400, 403, 404, 409 with a `text/x.tlog.size` body, 422) | [`open_request`], [`check_request`], [`Refusal`] | C2SP tlog-witness |
//! | cosignature lines of the response, and the client's reading of it | [`cosignature_response`], [`parse_cosignature_response`], [`verify_cosignatures`], [`parse_size_response`] | C2SP tlog-witness, C2SP signed-note |
//! | both roots a consistency path computes | [`roots_from_consistency_path`] | RFC 9162 2.1.4.2 (steps 2 to 7) |
//! | split-view evidence: two signed checkpoints and a path | [`check_split_view`], [`SplitView`], [`ContinuityPlan::evidence_path`] | RFC 9162 2.1.4.2, C2SP tlog-checkpoint |
#![deny(missing_docs)]

mod checkpoint;
mod continuity;
mod error;
mod evidence;
mod hash;
mod note;
mod policy;
mod proof;
mod tile;
mod tree;
mod witness;

pub use checkpoint::Checkpoint;
pub use continuity::{Continuity, ContinuityPlan, check_continuity};
pub use error::Error;
pub use evidence::{SplitView, check_split_view};
pub use hash::{EMPTY_ROOT, Hash, leaf_hash, node_hash};
pub use note::{
    Cosigner, KeyType, MAX_SIGNATURES, Note, NoteSignature, Signer, Verified, Verifier, key_id, verify_message_batch,
};
pub use policy::{Cosigned, Policy, PolicyLog, PolicyReport, Threshold, Witness, WitnessGroup};
pub use proof::{
    ConsistencyPlan, InclusionPlan, RootPlan, root_from_inclusion_proof, roots_from_consistency_path,
    verify_consistency, verify_inclusion,
};
pub use tile::{
    MAX_ENTRY_SIZE, TILE_HEIGHT, TILE_WIDTH, TileId, TileKind, TilePlan, decode_bundle, encode_bundle, new_tiles,
    node_hash_from_tile, tile_for_node, tiles_of_size,
};
pub use tree::{CompactTree, Completed, NodeId, merkle_root};
pub use witness::{
    AddCheckpoint, MAX_NOTE_SIZE, MAX_PROOF_LINES, MAX_REQUEST_SIZE, Refusal, SIZE_CONTENT_TYPE, check_request,
    cosignature_response, open_request, parse_cosignature_response, parse_size_response, verify_cosignatures,
};

#[cfg(test)]
mod evidence_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod witness_tests;
