//! The append-only tree: [`NodeId`] names a full subtree, [`CompactTree`]
//! appends leaves while keeping only the right edge.
//!
//! The tree is the RFC 6962 Merkle Tree Hash (section 2.1; RFC 9162,
//! section 2.1.1): for `n > 1` leaves, with `k` the largest power of two
//! below `n`, `MTH(D[n]) = node_hash(MTH(D[0:k]), MTH(D[k:n]))`. Every node
//! of such a tree is either a *full* subtree of `2^level` leaves starting at
//! a multiple of `2^level`, or lies on the right edge and is the fold of the
//! full subtrees that the binary digits of its width describe. Full subtrees
//! never change once complete, so a store can keep each one as it appears
//! and answer any proof by direct lookups.

use std::fmt;

use crate::Error;
use crate::hash::{EMPTY_ROOT, Hash, node_hash};

/// A full subtree: the `2^level` leaves starting at leaf `index << level`.
///
/// Level 0 nodes are leaves (their hash is the leaf hash). The nodes of a
/// hash tile at tile level `L` are the nodes at level `8 * L` (C2SP
/// tlog-tiles). Ordered by level, then index.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId {
    /// The height of the subtree: it spans `2^level` leaves.
    pub level: u8,
    /// The position of the subtree among those of its level.
    pub index: u64,
}

impl NodeId {
    /// The node at `level` and `index`.
    pub const fn new(level: u8, index: u64) -> NodeId {
        NodeId { level, index }
    }

    /// The leaf at `index` (a level 0 node).
    pub const fn leaf(index: u64) -> NodeId {
        NodeId { level: 0, index }
    }

    /// The index of the first leaf under this node, or `None` if it does
    /// not fit in a `u64`.
    pub fn start(&self) -> Option<u64> {
        if self.level >= 64 || self.index > (u64::MAX >> self.level) {
            return None;
        }
        Some(self.index << self.level)
    }

    /// One past the index of the last leaf under this node, or `None` if it
    /// does not fit in a `u64` (no tree of `u64` size contains such a node).
    pub fn end(&self) -> Option<u64> {
        self.start()?.checked_add(1u64 << self.level)
    }

    /// Whether this node is a complete subtree of a tree of `size` leaves.
    pub fn is_in(&self, size: u64) -> bool {
        self.end().is_some_and(|end| end <= size)
    }
}

impl fmt::Debug for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NodeId({}/{})", self.level, self.index)
    }
}

/// Pushes onto `out`, left to right, the full subtrees whose fold is the
/// node spanning leaves `start..end`.
///
/// `start` must be a multiple of every power of two not above
/// `end - start`, which holds for `0..size` and for every node of an RFC
/// 6962 tree (each is aligned to the power of two at or above its width).
pub(crate) fn decompose(start: u64, end: u64, out: &mut Vec<NodeId>) {
    let mut at = start;
    let width = end - start;
    for level in (0..64u8).rev() {
        if width & (1u64 << level) != 0 {
            out.push(NodeId::new(level, at >> level));
            at += 1u64 << level;
        }
    }
}

/// The hash of a node spanning several full subtrees: the right fold
/// `node_hash(h0, node_hash(h1, ... node_hash(hn-2, hn-1)))` of their
/// hashes, left to right (RFC 6962, section 2.1, applied to the right
/// edge). An empty slice gives the empty-tree root.
pub(crate) fn fold_right(hashes: &[Hash]) -> Hash {
    let Some((last, rest)) = hashes.split_last() else {
        return EMPTY_ROOT;
    };
    rest.iter().rev().fold(*last, |acc, h| node_hash(h, &acc))
}

/// The Merkle Tree Hash of a sequence of leaf hashes (RFC 6962, section
/// 2.1), computed in one pass with O(log n) memory.
///
/// Also gives the hash of any subtree from the hashes of its children at
/// some lower level, such as a node computed from the hashes of a tile.
pub fn merkle_root(leaves: &[Hash]) -> Hash {
    let mut tree = CompactTree::new();
    for leaf in leaves {
        tree.append(*leaf);
    }
    tree.root()
}

/// The right edge (compact range `[0, size)`) of an append-only tree: what
/// is needed to append more leaves and to compute the current root.
///
/// Holds one hash per set bit of `size`: the full subtrees into which the
/// binary digits of `size` split the leaves, largest (leftmost) first.
/// [`CompactTree::push`] costs one leaf copy plus, on average, one node
/// hash, and never allocates.
///
/// To restore a tree from storage, fetch the hashes of
/// [`CompactTree::edge_nodes`] and pass them to [`CompactTree::from_edge`].
#[derive(Clone)]
pub struct CompactTree {
    /// The number of leaves.
    size: u64,
    /// `edge[..size.count_ones()]` holds the right edge, largest subtree
    /// first.
    edge: [Hash; 64],
    /// The nodes completed by the last push: `done[k]` is at level `k`.
    done: [Hash; 64],
}

impl Default for CompactTree {
    fn default() -> CompactTree {
        CompactTree::new()
    }
}

impl fmt::Debug for CompactTree {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CompactTree").field("size", &self.size).field("edge", &self.edge()).finish()
    }
}

impl PartialEq for CompactTree {
    fn eq(&self, other: &CompactTree) -> bool {
        self.size == other.size && self.edge() == other.edge()
    }
}

impl Eq for CompactTree {}

impl CompactTree {
    /// The empty tree.
    pub fn new() -> CompactTree {
        CompactTree { size: 0, edge: [Hash::default(); 64], done: [Hash::default(); 64] }
    }

    /// Restores a tree of `size` leaves from its right edge, given in the
    /// order of [`CompactTree::edge_nodes`].
    pub fn from_edge(size: u64, edge: &[Hash]) -> Result<CompactTree, Error> {
        let want = size.count_ones() as usize;
        if edge.len() != want {
            return Err(Error::EdgeLength { size, got: edge.len(), want });
        }
        let mut tree = CompactTree::new();
        tree.size = size;
        tree.edge[..want].copy_from_slice(edge);
        Ok(tree)
    }

    /// The full subtrees on the right edge of a tree of `size` leaves,
    /// largest (leftmost) first: one per set bit of `size`.
    pub fn edge_nodes(size: u64) -> Vec<NodeId> {
        let mut out = Vec::with_capacity(size.count_ones() as usize);
        decompose(0, size, &mut out);
        out
    }

    /// The number of leaves.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The right edge, in the order of [`CompactTree::edge_nodes`].
    pub fn edge(&self) -> &[Hash] {
        &self.edge[..self.size.count_ones() as usize]
    }

    /// The tree's root (RFC 6962 Merkle Tree Hash); [`EMPTY_ROOT`] for the
    /// empty tree.
    pub fn root(&self) -> Hash {
        fold_right(self.edge())
    }

    /// Appends a leaf hash and returns the full subtrees it completed: the
    /// leaf itself (level 0), then each parent that became full, lowest
    /// first. A store that keeps them all can answer any proof directly.
    pub fn push(&mut self, leaf: Hash) -> Result<Completed<'_>, Error> {
        if self.size == u64::MAX {
            return Err(Error::TreeFull);
        }
        let first = self.size;
        let count = self.append(leaf);
        Ok(Completed { first, hashes: &self.done[..count], next: 0 })
    }

    /// Appends without the overflow check; returns how many nodes it
    /// completed. The caller ensures `size < u64::MAX`.
    fn append(&mut self, leaf: Hash) -> usize {
        let merges = self.size.trailing_ones() as usize;
        let mut len = self.size.count_ones() as usize;
        let mut hash = leaf;
        self.done[0] = leaf;
        for level in 1..=merges {
            // The old size has `merges` trailing ones, so the edge ends with
            // that many subtrees of levels 0, 1, ...: each now has a right
            // sibling of the same size and merges with it.
            len -= 1;
            hash = node_hash(&self.edge[len], &hash);
            self.done[level] = hash;
        }
        self.edge[len] = hash;
        self.size += 1;
        merges + 1
    }
}

/// The full subtrees that one [`CompactTree::push`] completed, lowest
/// first: the leaf, then each parent. Iterates as `(NodeId, Hash)`.
#[derive(Debug, Clone)]
pub struct Completed<'a> {
    /// The index of the leaf that was pushed.
    first: u64,
    /// `hashes[k]` is the completed node at level `k`.
    hashes: &'a [Hash],
    /// The level the iterator yields next.
    next: usize,
}

impl Completed<'_> {
    /// The index of the leaf that was pushed.
    pub fn leaf_index(&self) -> u64 {
        self.first
    }

    /// The completed node at `level`, if that push completed one.
    pub fn get(&self, level: u8) -> Option<(NodeId, Hash)> {
        let hash = *self.hashes.get(level as usize)?;
        Some((NodeId::new(level, self.first >> level), hash))
    }
}

impl Iterator for Completed<'_> {
    type Item = (NodeId, Hash);

    fn next(&mut self) -> Option<(NodeId, Hash)> {
        let item = self.get(u8::try_from(self.next).ok()?)?;
        self.next += 1;
        Some(item)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.hashes.len().saturating_sub(self.next);
        (left, Some(left))
    }
}

impl ExactSizeIterator for Completed<'_> {}
