//! Tree and proof tests: a whole-tree checker and property tests.

use proptest::prelude::*;

use crate::proof::{walk_consistency, walk_inclusion};
use crate::*;

/// Every full-subtree hash, as a store would keep them: `levels[l][i]` is
/// node `(l, i)`.
#[derive(Default)]
pub(crate) struct MemStore {
    pub(crate) levels: Vec<Vec<Hash>>,
}

impl MemStore {
    pub(crate) fn put(&mut self, id: NodeId, hash: Hash) {
        let level = id.level as usize;
        if self.levels.len() <= level {
            self.levels.resize(level + 1, Vec::new());
        }
        // Nodes arrive in order, so each lands at the end of its level.
        assert_eq!(self.levels[level].len() as u64, id.index, "{id:?} out of order");
        self.levels[level].push(hash);
    }

    pub(crate) fn get(&self, id: NodeId) -> Hash {
        self.levels[id.level as usize][id.index as usize]
    }

    pub(crate) fn fetch(&self, ids: &[NodeId]) -> Vec<Hash> {
        ids.iter().map(|&id| self.get(id)).collect()
    }
}

/// Test leaf data: distinct per seed and index.
pub(crate) fn leaf(seed: u64, i: u64) -> Hash {
    let mut data = [0u8; 16];
    data[..8].copy_from_slice(&seed.to_be_bytes());
    data[8..].copy_from_slice(&i.to_be_bytes());
    leaf_hash(&data)
}

/// Builds a tree of `n` leaves, storing every completed node.
pub(crate) fn build(seed: u64, n: u64) -> (CompactTree, MemStore, Vec<Hash>) {
    let mut tree = CompactTree::new();
    let mut store = MemStore::default();
    let mut leaves = Vec::with_capacity(n as usize);
    for i in 0..n {
        let h = leaf(seed, i);
        leaves.push(h);
        let completed = tree.push(h).unwrap();
        assert_eq!(completed.leaf_index(), i);
        assert_eq!(completed.len(), 1 + i.trailing_ones() as usize);
        for (id, hash) in completed {
            store.put(id, hash);
        }
    }
    (tree, store, leaves)
}

/// The Merkle Tree Hash straight from its definition (RFC 6962, 2.1).
pub(crate) fn mth(leaves: &[Hash]) -> Hash {
    match leaves.len() {
        0 => EMPTY_ROOT,
        1 => leaves[0],
        n => {
            // The largest power of two below n.
            let k = 1usize << (usize::BITS - 1 - (n - 1).leading_zeros());
            node_hash(&mth(&leaves[..k]), &mth(&leaves[k..]))
        }
    }
}

/// The origin and key name of the signed logs of the tests.
pub(crate) const ORIGIN: &str = "log.example/concord";

/// A log signed with a test key (named [`ORIGIN`]), for the witness and
/// evidence tests: its leaves and every full subtree.
pub(crate) struct SignedLog {
    pub(crate) store: MemStore,
    pub(crate) leaves: Vec<Hash>,
    pub(crate) signer: Signer,
}

impl SignedLog {
    /// The log of `n` test leaves of `seed`.
    pub(crate) fn new(seed: u64, n: u64) -> SignedLog {
        SignedLog::of((0..n).map(|i| leaf(seed, i)).collect())
    }

    /// The log of these leaves.
    pub(crate) fn of(leaves: Vec<Hash>) -> SignedLog {
        let mut tree = CompactTree::new();
        let mut store = MemStore::default();
        for leaf in &leaves {
            for (id, hash) in tree.push(*leaf).unwrap() {
                store.put(id, hash);
            }
        }
        SignedLog { store, leaves, signer: Signer::new(ORIGIN, &[1; 32]).unwrap() }
    }

    /// The same log with leaf `at` replaced: a rewrite, signed with the
    /// same key.
    pub(crate) fn rewritten(&self, at: u64) -> SignedLog {
        let mut leaves = self.leaves.clone();
        leaves[at as usize] = leaf_hash(b"rewritten");
        SignedLog::of(leaves)
    }

    pub(crate) fn checkpoint(&self, size: u64) -> Checkpoint {
        Checkpoint::new(ORIGIN, size, mth(&self.leaves[..size as usize])).unwrap()
    }

    /// The checkpoint at `size`, signed.
    pub(crate) fn note(&self, size: u64) -> Vec<u8> {
        self.checkpoint(size).sign(&self.signer).unwrap().to_string().into_bytes()
    }

    /// The RFC 9162 consistency proof from `old` to `new`.
    pub(crate) fn proof(&self, old: u64, new: u64) -> Vec<Hash> {
        consistency(&self.store, old, new)
    }
}

/// Recomputes the whole tree from its leaves and compares it with what the
/// incremental tree and the store hold: every full subtree level by level,
/// the right edge, the root, and the root of a restored tree.
pub(crate) fn check_tree(tree: &CompactTree, store: &MemStore, leaves: &[Hash]) {
    let n = leaves.len() as u64;
    assert_eq!(tree.size(), n);
    let mut level = leaves.to_vec();
    let mut l = 0;
    while !level.is_empty() {
        assert_eq!(store.levels[l], level, "level {l}");
        level = level.chunks_exact(2).map(|p| node_hash(&p[0], &p[1])).collect();
        l += 1;
    }
    assert_eq!(tree.root(), mth(leaves));
    assert_eq!(tree.root(), merkle_root(leaves));
    let edge = store.fetch(&CompactTree::edge_nodes(n));
    assert_eq!(tree.edge(), edge.as_slice());
    let restored = CompactTree::from_edge(n, &edge).unwrap();
    assert_eq!(&restored, tree);
    assert_eq!(restored.root(), tree.root());
}

fn root_at(store: &MemStore, size: u64) -> Hash {
    let plan = RootPlan::new(size);
    plan.finish(&store.fetch(plan.nodes())).unwrap()
}

fn inclusion(store: &MemStore, index: u64, size: u64) -> Vec<Hash> {
    let plan = InclusionPlan::new(index, size).unwrap();
    plan.finish(&store.fetch(plan.nodes())).unwrap()
}

pub(crate) fn consistency(store: &MemStore, old: u64, new: u64) -> Vec<Hash> {
    let plan = ConsistencyPlan::new(old, new).unwrap();
    plan.finish(&store.fetch(plan.nodes())).unwrap()
}

/// What an inclusion verification computes, as an expression over the leaf
/// `L` and the proof hashes `p0, p1, ...`. Two claims with equal shapes
/// cannot be told apart by any verifier of that proof.
fn inclusion_shape(index: u64, size: u64, len: usize) -> Result<String, Error> {
    let proof: Vec<String> = (0..len).map(|i| format!("p{i}")).collect();
    walk_inclusion("L".to_string(), index, size, &proof, |l, r| format!("({l},{r})"))
}

/// The same for a consistency verification: `(fr, sr)` over the old root
/// `O` and the proof hashes.
fn consistency_shape(old: u64, new: u64, len: usize) -> Result<(String, String), Error> {
    if old == 0 || old >= new {
        return Err(Error::EmptyOldTree);
    }
    let proof: Vec<String> = (0..len).map(|i| format!("p{i}")).collect();
    walk_consistency(old, new, &proof, "O".to_string(), |l, r| format!("({l},{r})"))
}

fn flip(h: &Hash, bit: usize) -> Hash {
    let mut h = *h;
    h.0[bit / 8 % 32] ^= 1 << (bit % 8);
    h
}

#[test]
fn small_trees_are_checked_after_every_push() {
    let mut tree = CompactTree::new();
    let mut store = MemStore::default();
    let mut leaves = Vec::new();
    assert_eq!(tree.root(), EMPTY_ROOT);
    for i in 0..300 {
        let h = leaf(7, i);
        leaves.push(h);
        for (id, hash) in tree.push(h).unwrap() {
            store.put(id, hash);
        }
        check_tree(&tree, &store, &leaves);
    }
}

#[test]
fn every_proof_of_small_trees_verifies() {
    let (_, store, leaves) = build(1, 70);
    for new in 1..=70u64 {
        let root = mth(&leaves[..new as usize]);
        assert_eq!(root_at(&store, new), root);
        for index in 0..new {
            let proof = inclusion(&store, index, new);
            verify_inclusion(&leaves[index as usize], index, new, &proof, root).unwrap();
        }
        for old in 1..=new {
            let old_root = mth(&leaves[..old as usize]);
            let proof = consistency(&store, old, new);
            verify_consistency(old, new, &proof, old_root, root).unwrap();
        }
    }
}

#[test]
fn consistency_paths_compute_both_roots() {
    let (_, store, leaves) = build(2, 40);
    for new in 2..=40u64 {
        let root = mth(&leaves[..new as usize]);
        for old in 1..new {
            // The proof, after the old tree's hash where RFC 9162 leaves
            // it out (old sizes that are powers of two).
            let mut path = consistency(&store, old, new);
            if old.is_power_of_two() {
                path.insert(0, store.get(NodeId::new(old.trailing_zeros() as u8, 0)));
            }
            let roots = roots_from_consistency_path(old, new, &path);
            assert_eq!(roots, Ok((mth(&leaves[..old as usize]), root)), "{old} -> {new}");
            let short = roots_from_consistency_path(old, new, &path[..path.len() - 1]);
            assert_eq!(short, Err(Error::ProofTooShort), "{old} -> {new}");
            path.push(EMPTY_ROOT);
            assert_eq!(roots_from_consistency_path(old, new, &path), Err(Error::ProofTooLong), "{old} -> {new}");
        }
    }
    let path = consistency(&store, 5, 8);
    assert_eq!(roots_from_consistency_path(0, 8, &path), Err(Error::EmptyOldTree));
    assert_eq!(roots_from_consistency_path(9, 8, &path), Err(Error::SizeOrder { old: 9, new: 8 }));
    assert_eq!(roots_from_consistency_path(8, 8, &path), Err(Error::EqualSizes { size: 8 }));
    assert_eq!(roots_from_consistency_path(4, 8, &[]), Err(Error::ProofTooShort));
    assert_eq!(
        Error::EqualSizes { size: 8 }.to_string(),
        "a consistency path between two trees of 8 entries computes no root"
    );
}

#[test]
fn plans_reject_impossible_requests() {
    assert_eq!(InclusionPlan::new(3, 3), Err(Error::IndexOutOfRange { index: 3, size: 3 }));
    assert_eq!(ConsistencyPlan::new(4, 3), Err(Error::SizeOrder { old: 4, new: 3 }));
    // The witness protocol's `old 0` and equal sizes have empty proofs.
    assert!(ConsistencyPlan::new(0, 9).unwrap().nodes().is_empty());
    assert!(ConsistencyPlan::new(9, 9).unwrap().nodes().is_empty());
    assert_eq!(RootPlan::new(0).finish(&[]), Ok(EMPTY_ROOT));
    let plan = RootPlan::new(5);
    assert_eq!(plan.finish(&[]), Err(Error::HashCount { got: 0, want: 2 }));
    assert_eq!(CompactTree::from_edge(5, &[EMPTY_ROOT]), Err(Error::EdgeLength { size: 5, got: 1, want: 2 }));
}

#[test]
fn full_tree_refuses_to_grow() {
    let edge = vec![EMPTY_ROOT; 64];
    let mut tree = CompactTree::from_edge(u64::MAX, &edge).unwrap();
    assert_eq!(tree.push(EMPTY_ROOT).err(), Some(Error::TreeFull));
    let _ = tree.root();
    let mut tree = CompactTree::from_edge(u64::MAX - 1, &edge[..63]).unwrap();
    assert_eq!(tree.push(EMPTY_ROOT).unwrap().len(), 1);
    assert_eq!(tree.size(), u64::MAX);
}

#[test]
fn proofs_of_size_do_not_always_bind_the_size() {
    // Why the size properties below compare shapes: the same audit path
    // proves leaf 0 in trees of 6 and of 7 leaves with the same root,
    // because RFC 9162 verification only checks the path's shape.
    let (_, store, leaves) = build(3, 6);
    let proof = inclusion(&store, 0, 6);
    let root = mth(&leaves);
    verify_inclusion(&leaves[0], 0, 6, &proof, root).unwrap();
    verify_inclusion(&leaves[0], 0, 7, &proof, root).unwrap();
    assert_eq!(inclusion_shape(0, 6, 3), inclusion_shape(0, 7, 3));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Proofs from stored nodes verify for random trees up to 10,000
    /// leaves and random sizes, and any single-bit change is rejected.
    #[test]
    fn proofs_verify_and_bit_flips_reject(
        seed in any::<u64>(),
        n in 1u64..=10_000,
        picks in any::<[u64; 3]>(),
        bits in any::<[usize; 8]>(),
    ) {
        let (tree, store, leaves) = build(seed, n);
        check_tree(&tree, &store, &leaves);

        let new = 1 + picks[0] % n;
        let old = 1 + picks[1] % new;
        let index = picks[2] % new;
        let new_root = root_at(&store, new);
        let old_root = root_at(&store, old);
        prop_assert_eq!(new_root, mth(&leaves[..new as usize]));
        prop_assert_eq!(old_root, mth(&leaves[..old as usize]));

        // Inclusion.
        let leaf = leaves[index as usize];
        let proof = inclusion(&store, index, new);
        prop_assert_eq!(verify_inclusion(&leaf, index, new, &proof, new_root), Ok(()));
        if !proof.is_empty() {
            let mut bad = proof.clone();
            let at = bits[0] % bad.len();
            bad[at] = flip(&bad[at], bits[1]);
            prop_assert!(verify_inclusion(&leaf, index, new, &bad, new_root).is_err());
        }
        prop_assert!(verify_inclusion(&flip(&leaf, bits[2]), index, new, &proof, new_root).is_err());
        prop_assert!(verify_inclusion(&leaf, index, new, &proof, flip(&new_root, bits[3])).is_err());
        let bad_index = index ^ (1 << (bits[4] % 64));
        prop_assert!(verify_inclusion(&leaf, bad_index, new, &proof, new_root).is_err());
        // A different size is rejected unless its audit path has exactly
        // the same shape, which no verifier of this proof can detect.
        let bad_size = new ^ (1 << (bits[5] % 64));
        let same = inclusion_shape(index, bad_size, proof.len()).ok()
            == inclusion_shape(index, new, proof.len()).ok();
        prop_assert_eq!(
            verify_inclusion(&leaf, index, bad_size, &proof, new_root).is_ok(),
            same
        );

        // Consistency.
        let proof = consistency(&store, old, new);
        prop_assert_eq!(verify_consistency(old, new, &proof, old_root, new_root), Ok(()));
        if !proof.is_empty() {
            let mut bad = proof.clone();
            let at = bits[0] % bad.len();
            bad[at] = flip(&bad[at], bits[1]);
            prop_assert!(verify_consistency(old, new, &bad, old_root, new_root).is_err());
        }
        prop_assert!(verify_consistency(old, new, &proof, flip(&old_root, bits[2]), new_root).is_err());
        prop_assert!(verify_consistency(old, new, &proof, old_root, flip(&new_root, bits[3])).is_err());
        let shape = consistency_shape(old, new, proof.len()).ok();
        let bad_old = old ^ (1 << (bits[6] % 64));
        let bad_new = new ^ (1 << (bits[7] % 64));
        for (o, nn) in [(bad_old, new), (old, bad_new)] {
            let same = shape.is_some() && consistency_shape(o, nn, proof.len()).ok() == shape;
            prop_assert_eq!(
                verify_consistency(o, nn, &proof, old_root, new_root).is_ok(),
                same,
                "sizes {} {} -> {} {}", old, new, o, nn
            );
        }
    }

    /// Plans and verifiers accept any sizes, indices and proofs without
    /// panicking, including sizes near 2^64.
    #[test]
    fn plans_and_verifiers_never_panic(
        a in any::<u64>(),
        b in any::<u64>(),
        small in 0u64..300,
        len in 0usize..70,
        fill in any::<[u8; 32]>(),
    ) {
        let proof = vec![Hash(fill); len];
        for (x, y) in [(a, b), (small, b), (a, small), (a.min(b), a.max(b))] {
            if let Ok(plan) = InclusionPlan::new(x, y) {
                let hashes = vec![Hash(fill); plan.nodes().len()];
                prop_assert!(plan.nodes().len() <= 128);
                prop_assert!(plan.nodes().iter().all(|id| id.is_in(y)));
                plan.finish(&hashes).unwrap();
            }
            if let Ok(plan) = ConsistencyPlan::new(x, y) {
                let hashes = vec![Hash(fill); plan.nodes().len()];
                prop_assert!(plan.nodes().iter().all(|id| id.is_in(y)));
                plan.finish(&hashes).unwrap();
            }
            let plan = RootPlan::new(x);
            plan.finish(&vec![Hash(fill); plan.nodes().len()]).unwrap();
            let _ = verify_inclusion(&Hash(fill), x, y, &proof, fill);
            let _ = verify_consistency(x, y, &proof, fill, fill);
            let _ = verify_consistency(x, y, &proof, [0u8; 3], fill);
        }
        let _ = CompactTree::from_edge(a, &proof);
        let _ = NodeId::new(fill[0], a).end();
    }
}

/// A 70,000-leaf tree shared by the tile tests: three tile levels, with
/// partial tiles at each.
fn big() -> &'static (CompactTree, MemStore, Vec<Hash>) {
    static BIG: std::sync::OnceLock<(CompactTree, MemStore, Vec<Hash>)> = std::sync::OnceLock::new();
    BIG.get_or_init(|| build(99, 70_000))
}

/// The data of a hash tile, as a log serves it from its stored nodes.
fn tile_data(store: &MemStore, tile: &TileId) -> Vec<u8> {
    tile.nodes().unwrap().flat_map(|id| store.get(id).0).collect()
}

/// Runs a plan's nodes through tiles of the tree of `size` leaves.
fn via_tiles(store: &MemStore, nodes: &[NodeId], size: u64) -> Vec<Hash> {
    let plan = TilePlan::new(nodes, size).unwrap();
    let data: Vec<Vec<u8>> = plan.tiles().iter().map(|t| tile_data(store, t)).collect();
    plan.hashes(&data).unwrap()
}

#[test]
fn tile_paths() {
    let cases = [
        (TileId::hashes(0, 1_234_067, 256), "tile/0/x001/x234/067"),
        (TileId::hashes(1, 0, 256), "tile/1/000"),
        (TileId::hashes(63, 999, 1), "tile/63/999.p/1"),
        (TileId::entries(7, 5), "tile/entries/007.p/5"),
        (TileId::entries(1000, 255), "tile/entries/x001/000.p/255"),
        (TileId::hashes(2, u64::MAX, 256), "tile/2/x018/x446/x744/x073/x709/x551/615"),
    ];
    for (tile, path) in cases {
        let tile = tile.unwrap();
        assert_eq!(tile.path(), path);
        assert_eq!(tile.to_string(), path);
        assert_eq!(path.parse::<TileId>(), Ok(tile), "{path}");
    }
    let bad = [
        "",
        "tile/",
        "tile/0",
        "tiles/0/000",
        "/tile/0/000",
        "tile/0/",
        "tile/00/000",
        "tile/64/000",
        "tile/-1/000",
        "tile/+1/000",
        "tile/0/1",
        "tile/0/0000",
        "tile/0/x000/001",
        "tile/0/001/002",
        "tile/0/x01/002",
        "tile/0/x001/x002",
        "tile/0/000.p/0",
        "tile/0/000.p/05",
        "tile/0/000.p/256",
        "tile/0/000.p/",
        "tile/0/000.p",
        "tile/0/000.p/1/2",
        "tile/0/x000.p/1",
        "tile/entries/000.q/1",
        "tile/0/x018/x446/x744/x073/x709/x551/616",
        "tile/0/x001/x001/x001/x001/x001/x001/x001/001",
        "tile/0/٣٣٣",
    ];
    for path in bad {
        assert!(TileId::parse(path).is_err(), "{path} parsed");
    }
    assert!(TileId::hashes(64, 0, 1).is_err());
    assert!(TileId::entries(0, 0).is_err());
    assert!(TileId::entries(0, 257).is_err());
}

#[test]
fn tiles_of_the_spec_example() {
    // C2SP tlog-tiles, "Partial Tiles": a tree of 70,000 leaves.
    let tiles: Vec<TileId> = tiles_of_size(70_000).collect();
    let of = |kind: TileKind| -> Vec<(u64, u16)> {
        tiles.iter().filter(|t| t.kind() == kind).map(|t| (t.index(), t.width())).collect()
    };
    let level0 = of(TileKind::Hashes(0));
    assert_eq!(level0.len(), 274);
    assert!(level0[..273].iter().all(|&(_, w)| w == 256));
    assert_eq!(level0[273], (273, 112));
    assert_eq!(of(TileKind::Hashes(1)), vec![(0, 256), (1, 17)]);
    assert_eq!(of(TileKind::Hashes(2)), vec![(0, 1)]);
    assert_eq!(of(TileKind::Hashes(3)), vec![]);
    assert_eq!(of(TileKind::Entries), level0);
    let tiles: Vec<String> = tiles_of_size(256).map(|t| t.path()).collect();
    assert_eq!(tiles, ["tile/0/000", "tile/1/000.p/1", "tile/entries/000"]);
    assert_eq!(tiles_of_size(0).count(), 0);

    // Availability: every listed tile, narrower ones, and no wider one.
    for tile in tiles_of_size(70_000) {
        assert!(tile.is_available(70_000), "{tile}");
        if !tile.is_full() {
            let wider = TileId::hashes(tile.level().unwrap_or(0), tile.index(), tile.width() + 1);
            let wider = match tile.kind() {
                TileKind::Entries => TileId::entries(tile.index(), tile.width() + 1),
                TileKind::Hashes(_) => wider,
            };
            assert!(!wider.unwrap().is_available(70_000), "{tile}");
        }
    }
    assert!(TileId::hashes(0, 273, 5).unwrap().is_available(70_000));
    assert!(!TileId::hashes(0, 274, 1).unwrap().is_available(70_000));
    assert!(!TileId::hashes(3, 0, 1).unwrap().is_available(70_000));
    assert!(!TileId::hashes(8, 0, 1).unwrap().is_available(u64::MAX));
    assert!(TileId::hashes(7, 0, 255).unwrap().is_available(u64::MAX));
}

#[test]
fn tiles_hold_the_stored_nodes() {
    let (_, store, leaves) = big();
    for tile in tiles_of_size(70_000) {
        if tile.kind() == TileKind::Entries {
            continue;
        }
        let data = tile_data(store, &tile);
        let hashes = tile.hashes_from(&data).unwrap();
        assert_eq!(hashes.len(), usize::from(tile.width()));
        // Each full tile's hashes fold into the node 8 levels above.
        if tile.is_full() {
            let level = tile.level().unwrap() * 8 + 8;
            assert_eq!(merkle_root(&hashes), store.get(NodeId::new(level, tile.index())));
        }
    }
    let tile = TileId::hashes(0, 3, 256).unwrap();
    assert_eq!(tile.hashes_from(&[0; 31]), Err(Error::TileData { got: 31, want: 8192 }));
    let data = tile_data(store, &tile);
    assert_eq!(
        node_hash_from_tile(&tile, &data, NodeId::new(3, 3 * 32 + 5)),
        Ok(mth(&leaves[3 * 256 + 40..3 * 256 + 48]))
    );
    assert!(node_hash_from_tile(&tile, &data, NodeId::new(3, 5)).is_err());
    assert!(node_hash_from_tile(&tile, &data, NodeId::new(8, 3)).is_err());
}

#[test]
fn entry_bundles() {
    let entries: Vec<Vec<u8>> = vec![vec![], vec![1], vec![7; 300], vec![9; MAX_ENTRY_SIZE]];
    let data = encode_bundle(&entries).unwrap();
    assert_eq!(&data[..5], &[0, 0, 0, 1, 1]);
    let decoded = decode_bundle(&data).unwrap();
    assert_eq!(decoded, entries.iter().map(|e| e.as_slice()).collect::<Vec<_>>());
    let tile = TileId::entries(0, 4).unwrap();
    assert_eq!(tile.entries_from(&data).unwrap().len(), 4);
    assert_eq!(TileId::entries(0, 5).unwrap().entries_from(&data), Err(Error::BundleCount { got: 4, want: 5 }));
    assert_eq!(encode_bundle([vec![0u8; MAX_ENTRY_SIZE + 1]]), Err(Error::EntryTooLarge { len: 65_536 }));
    assert_eq!(decode_bundle(&[0]), Err(Error::BundleTruncated { offset: 0 }));
    assert_eq!(decode_bundle(&[0, 1, 5, 0, 2, 1]), Err(Error::BundleTruncated { offset: 3 }));
    assert_eq!(decode_bundle(&[]), Ok(vec![]));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Proofs computed from tiles, as a client does, equal the proofs from
    /// stored nodes, for any tiles size at or above the proof's sizes.
    #[test]
    fn proofs_from_tiles_match(picks in any::<[u64; 4]>()) {
        let (_, store, _) = big();
        let size = 1 + picks[0] % 70_000;
        let new = 1 + picks[1] % size;
        let old = picks[2] % (new + 1);
        let index = picks[3] % new;

        let plan = InclusionPlan::new(index, new).unwrap();
        let from_tiles = via_tiles(store, plan.nodes(), size);
        prop_assert_eq!(&from_tiles, &store.fetch(plan.nodes()));
        prop_assert_eq!(plan.finish(&from_tiles).unwrap(), inclusion(store, index, new));

        let plan = ConsistencyPlan::new(old, new).unwrap();
        let from_tiles = via_tiles(store, plan.nodes(), size);
        prop_assert_eq!(&from_tiles, &store.fetch(plan.nodes()));

        let plan = RootPlan::new(new);
        let from_tiles = via_tiles(store, plan.nodes(), size);
        prop_assert_eq!(plan.finish(&from_tiles).unwrap(), root_at(store, new));

        // Every tile named is one that a tree of `size` has.
        let tiles = TilePlan::new(InclusionPlan::new(index, new).unwrap().nodes(), size).unwrap();
        let all: Vec<TileId> = tiles_of_size(size).collect();
        prop_assert!(tiles.tiles().iter().all(|t| all.contains(t)));
    }

    /// The tiles added between two sizes are exactly the difference of the
    /// tiles of each size.
    #[test]
    fn new_tiles_is_the_difference(a in 0u64..200_000, b in 0u64..200_000) {
        let (old, new) = (a.min(b), a.max(b));
        let before: std::collections::HashSet<TileId> = tiles_of_size(old).collect();
        let want: Vec<TileId> = tiles_of_size(new).filter(|t| !before.contains(t)).collect();
        prop_assert_eq!(new_tiles(old, new).collect::<Vec<_>>(), want);
        prop_assert_eq!(new_tiles(new, old).count(), 0);
    }

    /// Tile paths round-trip, and random strings never panic the parser.
    #[test]
    fn tile_paths_round_trip(
        level in 0u8..64,
        index in any::<u64>(),
        width in 1u16..=256,
        entries in any::<bool>(),
        junk in ".*",
        groups in proptest::collection::vec("x?[0-9]{1,4}(\\.p)?", 0..9),
    ) {
        let tile = if entries {
            TileId::entries(index, width).unwrap()
        } else {
            TileId::hashes(level, index, width).unwrap()
        };
        prop_assert_eq!(TileId::parse(&tile.path()), Ok(tile));
        let _ = TileId::parse(&junk);
        let _ = TileId::parse(&format!("tile/{}", junk));
        let _ = TileId::parse(&format!("tile/{level}/{}", groups.join("/")));
        let _ = tile.nodes().map(|n| n.count());
    }

    /// Random bytes never panic the bundle and tile decoders.
    #[test]
    fn bundle_and_tile_decoders_never_panic(
        data in proptest::collection::vec(any::<u8>(), 0..600),
        level in any::<u8>(),
        index in any::<u64>(),
        size in any::<u64>(),
    ) {
        if let Ok(entries) = decode_bundle(&data) {
            prop_assert_eq!(encode_bundle(&entries).unwrap(), data.clone());
        }
        let node = NodeId::new(level, index);
        let _ = tile_for_node(node, size);
        if let Ok(plan) = TilePlan::new(&[node], size) {
            let _ = plan.hashes(&[&data]);
            let _ = node_hash_from_tile(&plan.tiles()[0], &data, node);
        }
        for width in [1u16, 2, 256] {
            let _ = TileId::entries(index, width).unwrap().entries_from(&data);
            let _ = TileId::hashes(level % 64, index, width).unwrap().hashes_from(&data);
        }
    }
}
