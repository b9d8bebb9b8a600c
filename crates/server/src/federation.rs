//! What this node is to the federation (issue 18): the hub that signs the
//! log, or a read-only mirror of it; whether it witnesses (C2SP
//! tlog-witness) and for which logs; the peers it gossips with.
//!
//! The server side of the protocols lives here (`POST
//! /witness/add-checkpoint`, `GET /log/checkpoints/seen`); the client side
//! (following, gossip, asking witnesses) is the `federation` crate.

use ledger::{Cosigner, Policy, Verifier};

/// What this node is and does for the federation.
#[derive(Debug, Default)]
pub struct Node {
    /// Hub or mirror.
    pub role: NodeRole,
    /// Set when the node acts as a witness.
    pub witness: Option<WitnessRole>,
    /// The base URLs of the nodes it compares checkpoints with.
    pub peers: Vec<String>,
    /// The hub's witness policy (`serve --witness-policy`): its checkpoints
    /// count as witnessed only when their cosignatures meet it.
    pub policy: Option<Policy>,
}

/// Whether the node signs the log or mirrors another node's.
#[derive(Debug, Default)]
pub enum NodeRole {
    /// The node that signs the log (`concord serve`).
    #[default]
    Hub,
    /// A read-only mirror of the hub at `hub_url` (`concord mirror`).
    Mirror {
        /// The hub's base URL.
        hub_url: String,
    },
}

/// A node acting as a C2SP tlog-witness.
#[derive(Debug)]
pub struct WitnessRole {
    /// Its cosigning key (`witness.key` in the data directory).
    pub cosigner: Cosigner,
    /// The logs it witnesses, by their checkpoint keys.
    pub logs: Vec<Verifier>,
}

pub mod facts;
pub mod read_only;
pub mod seen;
pub mod witness;

use axum::Router;

use crate::AppState;

impl Node {
    /// A mirror of the hub at `hub_url`, neither witnessing nor gossiping.
    pub fn mirror_of(hub_url: impl Into<String>) -> Node {
        Node { role: NodeRole::Mirror { hub_url: hub_url.into() }, ..Node::default() }
    }

    /// The hub's base URL, on a mirror.
    pub fn hub_url(&self) -> Option<&str> {
        match &self.role {
            NodeRole::Hub => None,
            NodeRole::Mirror { hub_url } => Some(hub_url),
        }
    }

    /// `hub` or `mirror`, as the API writes the role.
    pub fn role_name(&self) -> &'static str {
        match self.role {
            NodeRole::Hub => "hub",
            NodeRole::Mirror { .. } => "mirror",
        }
    }

    /// The witness's cosignature verifier key, when this node witnesses.
    pub fn witness_key(&self) -> Option<String> {
        self.witness.as_ref().map(|witness| witness.cosigner.verifier().to_string())
    }
}

/// The routes of the federation's protocols outside the API: the witness
/// endpoint and the checkpoints this node has seen.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(witness::PATH, axum::routing::post(witness::add_checkpoint))
        .route(seen::PATH, axum::routing::get(seen::seen))
}
