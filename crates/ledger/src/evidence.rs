//! Evidence that a log signed two trees that cannot both be true (a split
//! view, or a rewrite): two checkpoints signed with the log's key and, for
//! two sizes, a consistency path showing that the larger tree does not
//! begin with the smaller one. Anyone with the log's public key can check
//! it, without trusting whoever found it.
//!
//! - Same size: the roots differ; nothing else is needed.
//! - Sizes `n < m`: an RFC 9162 consistency proof from `n` to `m` (for `n`
//!   a power of two, preceded by the hash of the first `n` entries as the
//!   larger tree holds them: see [`roots_from_consistency_path`]) that
//!   computes the larger checkpoint's root, and with it the root of the
//!   larger tree's first `n` entries, which is not the smaller
//!   checkpoint's root. A forged path cannot compute the signed root
//!   (SHA-256 would have to collide), so the log signed both trees.
//! - Size 0: the empty tree has one root, [`EMPTY_ROOT`]; a checkpoint of
//!   size 0 with another root is itself false.
//!
//! [`ContinuityPlan::evidence_path`](crate::ContinuityPlan::evidence_path)
//! gives the path for a rewrite a reader caught.

use crate::Error;
use crate::checkpoint::Checkpoint;
use crate::hash::{EMPTY_ROOT, Hash};
use crate::note::Verifier;
use crate::proof::roots_from_consistency_path;

/// What valid split-view evidence shows: two checkpoints the log signed
/// whose trees cannot both be true.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitView {
    /// The checkpoint of the smaller tree (for equal sizes, the first one
    /// given).
    pub smaller: Checkpoint,
    /// The checkpoint of the larger tree (for equal sizes, the second one
    /// given).
    pub larger: Checkpoint,
    /// The root of the larger tree's first `smaller.size()` entries, as
    /// the path computes it (for equal sizes the larger root, for size 0
    /// the empty root): it is not the smaller checkpoint's root.
    pub prefix_root: Hash,
}

/// Checks split-view evidence: `a` and `b` are signed checkpoint notes of
/// the log whose key is `log`, and `path` the consistency path between
/// their sizes, as the module documentation says (empty for equal sizes
/// and for size 0).
///
/// Errors: a note that does not open with the log's key (or whose origin
/// is not the key's name); a path that is not empty where it must be
/// ([`Error::ProofNotEmpty`]), or has the wrong length, or does not
/// compute the larger root ([`Error::NewRootMismatch`]); and two
/// checkpoints the log may well have signed both ([`Error::Consistent`]).
pub fn check_split_view(a: &[u8], b: &[u8], path: &[Hash], log: &Verifier) -> Result<SplitView, Error> {
    let (a, _) = Checkpoint::open(a, log)?;
    let (b, _) = Checkpoint::open(b, log)?;
    let (smaller, larger) = if a.size() <= b.size() { (a, b) } else { (b, a) };
    let (n, m) = (smaller.size(), larger.size());
    let prefix_root = if n == m || n == 0 {
        if !path.is_empty() {
            return Err(Error::ProofNotEmpty);
        }
        if n == m { larger.root() } else { EMPTY_ROOT }
    } else {
        let (prefix_root, root) = roots_from_consistency_path(n, m, path)?;
        if root != larger.root() {
            return Err(Error::NewRootMismatch);
        }
        prefix_root
    };
    if prefix_root == smaller.root() {
        return Err(Error::Consistent { old: n, new: m });
    }
    Ok(SplitView { smaller, larger, prefix_root })
}
