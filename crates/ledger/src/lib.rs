//! The verifiable log: RFC 9162 Merkle trees and proofs, C2SP signed notes,
//! checkpoints, cosignatures, tiles and witness policies. No IO, no async.
#![deny(missing_docs)]
