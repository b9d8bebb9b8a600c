//! Whether a log kept its history between two checkpoints a reader
//! verified: the check of a reader that remembers its last verified
//! checkpoint and, on each new one, asks for an RFC 9162 consistency proof
//! (section 2.1.4) between them.
//!
//! In the crate's plan, fetch, finish style: [`ContinuityPlan::new`] takes
//! the stored checkpoint (`None` on first use) and the new one, refuses a
//! log that shrank, and lists in [`ContinuityPlan::nodes`] the full
//! subtrees of the new tree whose hashes the proof needs;
//! [`ContinuityPlan::finish`] folds them into the proof and checks it with
//! [`check_continuity`], which also takes a proof from anywhere else.
//!
//! This catches a rewrite by the host only for a reader who verified a
//! checkpoint before it. A host that shows different logs to different
//! readers is caught only by comparing checkpoints (witnesses).

use crate::Error;
use crate::checkpoint::Checkpoint;
use crate::hash::{Hash, node_hash};
use crate::proof::{ConsistencyPlan, walk_consistency};
use crate::tree::NodeId;

/// What a new checkpoint is to the one a reader stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Continuity {
    /// Nothing was stored for this log: the new checkpoint is trusted on
    /// first use.
    FirstSeen,
    /// The same tree size and root as the stored checkpoint.
    Unchanged,
    /// A larger tree whose first entries are exactly the stored tree.
    Extended,
}

impl Continuity {
    /// `first_seen`, `unchanged` or `extended`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Continuity::FirstSeen => "first_seen",
            Continuity::Unchanged => "unchanged",
            Continuity::Extended => "extended",
        }
    }
}

/// The plan for checking that a new checkpoint extends a stored one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContinuityPlan {
    stored: Option<Checkpoint>,
    latest: Checkpoint,
    proof: ConsistencyPlan,
    /// The proof's nodes, then, for an old size that is a power of two
    /// below the new one, the old tree itself (a full subtree that an RFC
    /// 9162 proof leaves out, so that a rewrite shows as one).
    nodes: Vec<NodeId>,
}

impl ContinuityPlan {
    /// Plans the check of `latest` against `stored` (`None` on first use).
    ///
    /// Fails with [`Error::OriginMismatch`] if they are checkpoints of two
    /// logs, and with [`Error::LogShrank`] if `latest` is smaller.
    pub fn new(stored: Option<&Checkpoint>, latest: &Checkpoint) -> Result<ContinuityPlan, Error> {
        check_pair(stored, latest)?;
        let old = stored.map_or(0, Checkpoint::size);
        let proof = ConsistencyPlan::new(old, latest.size())?;
        let mut nodes = proof.nodes().to_vec();
        if old.is_power_of_two() && old < latest.size() {
            nodes.push(NodeId::new(old.trailing_zeros() as u8, 0));
        }
        Ok(ContinuityPlan { stored: stored.cloned(), latest: latest.clone(), proof, nodes })
    }

    /// The full subtrees of the new tree whose hashes
    /// [`ContinuityPlan::finish`] needs (none on first use or for an
    /// unchanged size).
    pub fn nodes(&self) -> &[NodeId] {
        &self.nodes
    }

    /// Folds the hashes of [`ContinuityPlan::nodes`], in the same order,
    /// into a consistency proof and checks it as [`check_continuity`]
    /// does; for an old size that is a power of two, the old tree's hash
    /// from the new tree tells a rewrite from a wrong proof.
    pub fn finish(&self, hashes: &[Hash]) -> Result<Continuity, Error> {
        if hashes.len() != self.nodes.len() {
            return Err(Error::HashCount { got: hashes.len(), want: self.nodes.len() });
        }
        let (proof, old_tree) = hashes.split_at(self.proof.nodes().len());
        let proof = self.proof.finish(proof)?;
        check(self.stored.as_ref(), &self.latest, &proof, old_tree.first().copied())
    }

    /// The consistency path that split-view evidence carries
    /// ([`check_split_view`](crate::check_split_view)), from the hashes of
    /// [`ContinuityPlan::nodes`] in the same order: the proof, preceded,
    /// for an old size that is a power of two, by the old tree's hash as
    /// the new tree holds it. Empty for an unchanged size or a first use.
    pub fn evidence_path(&self, hashes: &[Hash]) -> Result<Vec<Hash>, Error> {
        if hashes.len() != self.nodes.len() {
            return Err(Error::HashCount { got: hashes.len(), want: self.nodes.len() });
        }
        let (proof, old_tree) = hashes.split_at(self.proof.nodes().len());
        let mut path = old_tree.to_vec();
        path.extend(self.proof.finish(proof)?);
        Ok(path)
    }
}

/// Checks that `latest` extends `stored` (`None` on first use), given the
/// RFC 9162 consistency proof from the stored size to the new one.
///
/// - [`Error::OriginMismatch`]: the two are checkpoints of different logs.
/// - [`Error::LogShrank`]: the new tree is smaller.
/// - [`Error::LogRewritten`]: the proof leads to the new root but not to
///   the stored one, so the new tree does not begin with the stored tree
///   (for equal sizes: the roots differ). Both checkpoints are signed by
///   the log, so together with the proof they show the rewrite to anyone.
/// - Any other error: the proof itself is wrong (it does not lead to the
///   new root, or has the wrong length), which shows nothing about the log.
///   For an old size that is a power of two, an RFC 9162 proof leaves the
///   old tree out, so a rewrite also shows as [`Error::NewRootMismatch`]
///   here; [`ContinuityPlan`] fetches that node and tells them apart.
///
/// An empty stored tree (size 0) is extended by any tree, with an empty
/// proof.
pub fn check_continuity(stored: Option<&Checkpoint>, latest: &Checkpoint, proof: &[Hash]) -> Result<Continuity, Error> {
    check(stored, latest, proof, None)
}

/// [`check_continuity`], with the old tree's hash as the new tree has it
/// when the old size is a power of two (`None`: assume the stored root).
fn check(
    stored: Option<&Checkpoint>,
    latest: &Checkpoint,
    proof: &[Hash],
    old_tree: Option<Hash>,
) -> Result<Continuity, Error> {
    check_pair(stored, latest)?;
    let Some(stored) = stored else {
        return empty_proof(proof, Continuity::FirstSeen);
    };
    let (old, new) = (stored.size(), latest.size());
    let rewritten = Error::LogRewritten { old, new };
    if old == new {
        if stored.root() != latest.root() {
            return Err(rewritten);
        }
        return empty_proof(proof, Continuity::Unchanged);
    }
    if old == 0 {
        return empty_proof(proof, Continuity::Extended);
    }
    let start = old_tree.unwrap_or(stored.root());
    let (old_root, new_root) = walk_consistency(old, new, proof, start, node_hash)?;
    if new_root != latest.root() {
        return Err(Error::NewRootMismatch);
    }
    if old_root != stored.root() {
        return Err(rewritten);
    }
    Ok(Continuity::Extended)
}

/// The checks that need no proof: one log, not smaller.
fn check_pair(stored: Option<&Checkpoint>, latest: &Checkpoint) -> Result<(), Error> {
    let Some(stored) = stored else { return Ok(()) };
    if stored.origin() != latest.origin() {
        return Err(Error::OriginMismatch);
    }
    if stored.size() > latest.size() {
        return Err(Error::LogShrank { old: stored.size(), new: latest.size() });
    }
    Ok(())
}

/// `result` if the proof is empty, as it must be when there is nothing to
/// prove.
fn empty_proof(proof: &[Hash], result: Continuity) -> Result<Continuity, Error> {
    if !proof.is_empty() {
        return Err(Error::ProofNotEmpty);
    }
    Ok(result)
}
