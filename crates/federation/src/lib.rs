//! The client side of Concord's node-to-node protocols (issue 18): how a
//! mirror follows its hub's log through C2SP tlog-tiles, how mirrors
//! compare the checkpoints they hold (gossip), and how a hub asks the
//! witnesses of its policy to cosign (C2SP tlog-witness).
//!
//! The pure halves live in `ledger` (proofs, the witness protocol's
//! messages and decisions, evidence); what a node keeps lives in
//! `store::federation`; the server side (the witness endpoint, the pages)
//! in `server::federation`. This crate does the HTTP requests and runs the
//! background tasks.
#![deny(missing_docs)]

pub mod collector;
pub mod evidence;
pub mod fetch;
pub mod follower;
pub mod gossip;
