//! Roots, inclusion proofs and consistency proofs, in two phases, and their
//! verification.
//!
//! This crate does no IO, so producing an answer takes two steps: a plan
//! ([`RootPlan`], [`InclusionPlan`], [`ConsistencyPlan`]) lists in
//! [`nodes`](InclusionPlan::nodes) the full subtrees whose hashes it needs;
//! the caller fetches them (from memory, a database, or tiles through
//! [`TilePlan`](crate::TilePlan)) and passes them, in that order, to
//! `finish`. A proof element that is not a full subtree (one on the right
//! edge of the tree) is folded from several full ones.
//!
//! Verification follows RFC 9162, sections 2.1.3.2 and 2.1.4.2, step by
//! step. Roots are taken as bytes, as the RFC treats them: a root of the
//! wrong length simply never matches a computed one.

use crate::Error;
use crate::hash::{Hash, node_hash};
use crate::tree::{NodeId, decompose, fold_right};

/// The shared shape of every plan: proof elements, each the fold of a run
/// of consecutive full subtrees.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Layout {
    /// The full subtrees to fetch, element by element, left to right within
    /// an element.
    nodes: Vec<NodeId>,
    /// Element `i` folds `nodes[ends[i - 1]..ends[i]]`.
    ends: Vec<usize>,
}

impl Layout {
    /// Builds the layout of proof elements spanning the given leaf ranges.
    fn new(spans: &[(u64, u64)]) -> Layout {
        let mut layout = Layout { nodes: Vec::with_capacity(spans.len() + 64), ends: Vec::with_capacity(spans.len()) };
        for &(start, end) in spans {
            decompose(start, end, &mut layout.nodes);
            layout.ends.push(layout.nodes.len());
        }
        layout
    }

    /// Folds the fetched node hashes into one hash per element.
    fn finish(&self, hashes: &[Hash]) -> Result<Vec<Hash>, Error> {
        if hashes.len() != self.nodes.len() {
            return Err(Error::HashCount { got: hashes.len(), want: self.nodes.len() });
        }
        let mut start = 0;
        let mut out = Vec::with_capacity(self.ends.len());
        for &end in &self.ends {
            out.push(fold_right(&hashes[start..end]));
            start = end;
        }
        Ok(out)
    }
}

/// The largest power of two strictly below `n` (`n >= 2`), the split point
/// `k` of RFC 9162, section 2.1.1.
fn split(n: u64) -> u64 {
    1u64 << (63 - (n - 1).leading_zeros())
}

/// The plan for the root of the tree at some size, from its full subtrees
/// (one per set bit of the size). Any earlier size of a log can be served
/// this way from stored node hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RootPlan {
    layout: Layout,
}

impl RootPlan {
    /// Plans the root of the tree of `size` leaves.
    pub fn new(size: u64) -> RootPlan {
        RootPlan { layout: Layout::new(&[(0, size)]) }
    }

    /// The full subtrees whose hashes [`RootPlan::finish`] needs, in order.
    pub fn nodes(&self) -> &[NodeId] {
        &self.layout.nodes
    }

    /// The root, from the hashes of [`RootPlan::nodes`] in the same order.
    pub fn finish(&self, hashes: &[Hash]) -> Result<Hash, Error> {
        Ok(self.layout.finish(hashes)?.pop().unwrap_or_default())
    }
}

/// The plan for an inclusion proof of one leaf in the tree of some size
/// (RFC 9162, section 2.1.3.1; RFC 6962, section 2.1.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InclusionPlan {
    index: u64,
    size: u64,
    layout: Layout,
}

impl InclusionPlan {
    /// Plans the proof that leaf `index` is in the tree of `size` leaves.
    pub fn new(index: u64, size: u64) -> Result<InclusionPlan, Error> {
        if index >= size {
            return Err(Error::IndexOutOfRange { index, size });
        }
        // PATH(m, D[lo:hi]) walked from the top: at each split the sibling
        // of the half holding the leaf is an element; the RFC lists them
        // from the bottom, so the list is reversed at the end.
        let mut spans = Vec::with_capacity(64);
        let (mut lo, mut hi) = (0u64, size);
        while hi - lo > 1 {
            let k = split(hi - lo);
            if index - lo < k {
                spans.push((lo + k, hi));
                hi = lo + k;
            } else {
                spans.push((lo, lo + k));
                lo += k;
            }
        }
        spans.reverse();
        Ok(InclusionPlan { index, size, layout: Layout::new(&spans) })
    }

    /// The leaf index.
    pub fn index(&self) -> u64 {
        self.index
    }

    /// The tree size.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The full subtrees whose hashes [`InclusionPlan::finish`] needs.
    pub fn nodes(&self) -> &[NodeId] {
        &self.layout.nodes
    }

    /// The inclusion proof (the audit path, leaf side first), from the
    /// hashes of [`InclusionPlan::nodes`] in the same order.
    pub fn finish(&self, hashes: &[Hash]) -> Result<Vec<Hash>, Error> {
        self.layout.finish(hashes)
    }
}

/// The plan for a consistency proof between two sizes of the tree (RFC
/// 9162, section 2.1.4.1; RFC 6962, section 2.1.2).
///
/// The proof is empty when the sizes are equal or the old size is 0; RFC
/// 9162 verification rejects an old size of 0, but C2SP tlog-witness sends
/// exactly that empty proof for `old 0`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsistencyPlan {
    old: u64,
    new: u64,
    layout: Layout,
}

impl ConsistencyPlan {
    /// Plans the proof that the tree of `old` leaves is a prefix of the
    /// tree of `new` leaves.
    pub fn new(old: u64, new: u64) -> Result<ConsistencyPlan, Error> {
        if old > new {
            return Err(Error::SizeOrder { old, new });
        }
        // SUBPROOF(m, D[lo:hi], b) walked from the top, with `m` relative
        // to `lo`; reversed at the end as the RFC lists from the bottom.
        let mut spans = Vec::with_capacity(64);
        if old != 0 && old != new {
            let (mut lo, mut hi, mut m, mut whole) = (0u64, new, old, true);
            loop {
                let n = hi - lo;
                if m == n {
                    if !whole {
                        spans.push((lo, hi));
                    }
                    break;
                }
                let k = split(n);
                if m <= k {
                    spans.push((lo + k, hi));
                    hi = lo + k;
                } else {
                    spans.push((lo, lo + k));
                    lo += k;
                    m -= k;
                    whole = false;
                }
            }
            spans.reverse();
        }
        Ok(ConsistencyPlan { old, new, layout: Layout::new(&spans) })
    }

    /// The old size.
    pub fn old_size(&self) -> u64 {
        self.old
    }

    /// The new size.
    pub fn new_size(&self) -> u64 {
        self.new
    }

    /// The full subtrees whose hashes [`ConsistencyPlan::finish`] needs.
    pub fn nodes(&self) -> &[NodeId] {
        &self.layout.nodes
    }

    /// The consistency proof, from the hashes of
    /// [`ConsistencyPlan::nodes`] in the same order.
    pub fn finish(&self, hashes: &[Hash]) -> Result<Vec<Hash>, Error> {
        self.layout.finish(hashes)
    }
}

/// Verifies that `leaf` (a leaf hash) is at `index` in the tree of `size`
/// leaves whose root is `root` (RFC 9162, section 2.1.3.2).
///
/// The proof binds the leaf, its index and the root; the size is bound by
/// the signed checkpoint the root comes from (RFC 9162 verification does
/// not always tell two sizes apart whose proofs have the same shape).
pub fn verify_inclusion(
    leaf: &Hash,
    index: u64,
    size: u64,
    proof: &[Hash],
    root: impl AsRef<[u8]>,
) -> Result<(), Error> {
    let computed = root_from_inclusion_proof(leaf, index, size, proof)?;
    if computed.as_ref() != root.as_ref() {
        return Err(Error::RootMismatch);
    }
    Ok(())
}

/// The root that an inclusion proof implies for `leaf` at `index` in a
/// tree of `size` leaves (steps 1 to 4 of RFC 9162, section 2.1.3.2).
pub fn root_from_inclusion_proof(leaf: &Hash, index: u64, size: u64, proof: &[Hash]) -> Result<Hash, Error> {
    walk_inclusion(*leaf, index, size, proof, node_hash)
}

/// Verifies that the tree of `old_size` leaves with root `old_root` is a
/// prefix of the tree of `new_size` leaves with root `new_root` (RFC 9162,
/// section 2.1.4.2).
///
/// Equal sizes need an empty proof and equal roots. An old size of 0 is
/// rejected, as RFC 9162 defines no proof for it; a tlog-witness, which
/// accepts `old 0` with an empty proof, checks that case itself.
pub fn verify_consistency(
    old_size: u64,
    new_size: u64,
    proof: &[Hash],
    old_root: impl AsRef<[u8]>,
    new_root: impl AsRef<[u8]>,
) -> Result<(), Error> {
    let (old_root, new_root) = (old_root.as_ref(), new_root.as_ref());
    if old_size > new_size {
        return Err(Error::SizeOrder { old: old_size, new: new_size });
    }
    if old_size == 0 {
        return Err(Error::EmptyOldTree);
    }
    if old_size == new_size {
        if !proof.is_empty() {
            return Err(Error::ProofNotEmpty);
        }
        if old_root != new_root {
            return Err(Error::RootMismatch);
        }
        return Ok(());
    }
    // The old root may be hashed into the path (step 2), so it must be a
    // hash; one of any other length cannot match what the proof computes.
    let old_hash = Hash::try_from(old_root).map_err(|_| Error::RootMismatch)?;
    let (old_computed, new_computed) = walk_consistency(old_size, new_size, proof, old_hash, node_hash)?;
    if old_computed.as_ref() != old_root {
        return Err(Error::RootMismatch);
    }
    if new_computed.as_ref() != new_root {
        return Err(Error::NewRootMismatch);
    }
    Ok(())
}

/// The old and new roots that a consistency path computes from `old_size`
/// to `new_size` (steps 2 to 7 of RFC 9162, section 2.1.4.2), for
/// `0 < old_size < new_size`: `(fr, sr)`.
///
/// The path is the RFC 9162 consistency proof, except that for an old size
/// that is a power of two it starts with the hash of the old tree as the
/// new tree holds it: the proof leaves that hash out, because a verifier
/// holding the old root starts from it, and step 2 prepends it. With it
/// the path alone computes both roots, so anyone can see which old tree a
/// new root commits to, whatever they trust.
///
/// [`verify_consistency`] compares both roots with trusted ones; this
/// function is for evidence, where the old root the path yields is
/// compared with one the log signed (see [`check_split_view`](crate::check_split_view)).
pub fn roots_from_consistency_path(old_size: u64, new_size: u64, path: &[Hash]) -> Result<(Hash, Hash), Error> {
    if old_size == 0 {
        return Err(Error::EmptyOldTree);
    }
    if old_size > new_size {
        return Err(Error::SizeOrder { old: old_size, new: new_size });
    }
    if old_size == new_size {
        return Err(Error::EqualSizes { size: old_size });
    }
    if old_size.is_power_of_two() {
        let (old_tree, proof) = path.split_first().ok_or(Error::ProofTooShort)?;
        return walk_consistency(old_size, new_size, proof, *old_tree, node_hash);
    }
    // Any start will do: for an old size that is not a power of two, the
    // walk starts from the path's first hash.
    walk_consistency(old_size, new_size, path, Hash::default(), node_hash)
}

/// Whether the lowest bit is set: `LSB` in RFC 9162.
fn lsb(x: u64) -> bool {
    x & 1 == 1
}

/// Steps 1 to 4 of RFC 9162, section 2.1.3.2, and the `sn == 0` check of
/// step 5, generic over the values hashed so that tests can compare the
/// shapes of two claims symbolically.
pub(crate) fn walk_inclusion<T>(
    leaf: T,
    index: u64,
    size: u64,
    proof: &[T],
    node: impl Fn(&T, &T) -> T,
) -> Result<T, Error> {
    if index >= size {
        return Err(Error::IndexOutOfRange { index, size });
    }
    let (mut f, mut s) = (index, size - 1);
    let mut r = leaf;
    for p in proof {
        if s == 0 {
            return Err(Error::ProofTooLong);
        }
        if lsb(f) || f == s {
            r = node(p, &r);
            while !lsb(f) && f != 0 {
                f >>= 1;
                s >>= 1;
            }
        } else {
            r = node(&r, p);
        }
        f >>= 1;
        s >>= 1;
    }
    if s != 0 {
        return Err(Error::ProofTooShort);
    }
    Ok(r)
}

/// Steps 1 to 6 of RFC 9162, section 2.1.4.2, and the `sn == 0` check of
/// step 7, for `0 < old < new`; returns `(fr, sr)`. Generic for the same
/// reason as [`walk_inclusion`].
pub(crate) fn walk_consistency<T: Clone>(
    old: u64,
    new: u64,
    proof: &[T],
    old_root: T,
    node: impl Fn(&T, &T) -> T,
) -> Result<(T, T), Error> {
    let Some((head, tail)) = proof.split_first() else {
        return Err(Error::ProofTooShort);
    };
    // Step 2: for a power-of-two old size the old root is itself a node of
    // the new tree and heads the path.
    let (first, rest): (T, &[T]) = if old.is_power_of_two() { (old_root, proof) } else { (head.clone(), tail) };
    let (mut f, mut s) = (old - 1, new - 1);
    while lsb(f) {
        f >>= 1;
        s >>= 1;
    }
    let (mut fr, mut sr) = (first.clone(), first);
    for c in rest {
        if s == 0 {
            return Err(Error::ProofTooLong);
        }
        if lsb(f) || f == s {
            fr = node(c, &fr);
            sr = node(c, &sr);
            while !lsb(f) && f != 0 {
                f >>= 1;
                s >>= 1;
            }
        } else {
            sr = node(&sr, c);
        }
        f >>= 1;
        s >>= 1;
    }
    if s != 0 {
        return Err(Error::ProofTooShort);
    }
    Ok((fr, sr))
}
