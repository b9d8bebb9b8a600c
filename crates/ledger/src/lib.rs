//! The verifiable log: RFC 9162 Merkle trees and proofs, C2SP signed notes,
//! checkpoints, cosignatures, tiles and witness policies. No IO, no async.
#![deny(missing_docs)]

mod checkpoint;
mod error;
mod hash;
mod note;
mod policy;
mod proof;
mod tile;
mod tree;

pub use checkpoint::Checkpoint;
pub use error::Error;
pub use hash::{EMPTY_ROOT, Hash, leaf_hash, node_hash};
pub use note::{
    Cosigner, KeyType, MAX_SIGNATURES, Note, NoteSignature, Signer, Verified, Verifier, key_id,
};
pub use policy::{Cosigned, Group, Policy, PolicyLog, Report, Threshold, Witness};
pub use proof::{
    ConsistencyPlan, InclusionPlan, RootPlan, root_from_inclusion_proof, verify_consistency,
    verify_inclusion,
};
pub use tile::{
    MAX_ENTRY_SIZE, TILE_HEIGHT, TILE_WIDTH, TileId, TileKind, TilePlan, decode_bundle,
    encode_bundle, new_tiles, node_hash_from_tile, tile_for_node, tiles_of_size,
};
pub use tree::{CompactTree, Completed, NodeId, merkle_root};

#[cfg(test)]
mod tests;
