//! Benchmarks: leaf appends, proofs on a 10M-leaf tree (from stored nodes
//! and from tiles), verification, and the root of 10M leaves from scratch.
//!
//! Run with `cargo bench -p ledger`. The 10M-leaf tree takes about 640 MB
//! (every full-subtree hash, as the store keeps them) and is built once.

use std::collections::HashMap;
use std::hint::black_box;
use std::sync::OnceLock;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ledger::{
    CompactTree, ConsistencyPlan, Hash, InclusionPlan, NodeId, RootPlan, TileId, TilePlan, leaf_hash, node_hash,
    verify_consistency, verify_inclusion,
};
use sha2::{Digest as _, Sha256};

const SIZE: u64 = 10_000_000;

/// Every full-subtree hash of a tree: `levels[l][i]` is node `(l, i)`.
struct Nodes {
    levels: Vec<Vec<Hash>>,
}

impl Nodes {
    fn get(&self, id: NodeId) -> Hash {
        self.levels[id.level as usize][id.index as usize]
    }

    fn fetch(&self, ids: &[NodeId], out: &mut Vec<Hash>) {
        out.clear();
        out.extend(ids.iter().map(|&id| self.get(id)));
    }

    fn tile(&self, tile: &TileId) -> Vec<u8> {
        tile.nodes().unwrap().flat_map(|id| self.get(id).0).collect()
    }
}

fn entry(i: u64) -> [u8; 8] {
    i.to_be_bytes()
}

/// The 10M-leaf tree and its root, built once.
fn big() -> &'static (Nodes, Hash) {
    static BIG: OnceLock<(Nodes, Hash)> = OnceLock::new();
    BIG.get_or_init(|| {
        let mut levels: Vec<Vec<Hash>> = (0..24).map(|l| Vec::with_capacity((SIZE >> l) as usize)).collect();
        let mut tree = CompactTree::new();
        for i in 0..SIZE {
            for (id, hash) in tree.push(leaf_hash(&entry(i))).unwrap() {
                levels[id.level as usize].push(hash);
            }
        }
        (Nodes { levels }, tree.root())
    })
}

/// A fixed pseudo-random sequence (splitmix64), so runs compare.
fn picks(n: usize, seed: u64) -> Vec<u64> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x = x.wrapping_add(0x9e3779b97f4a7c15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
            z ^ (z >> 31)
        })
        .collect()
}

fn hashing(c: &mut Criterion) {
    let mut g = c.benchmark_group("hash");
    g.throughput(Throughput::Elements(1));
    let (l, r) = (leaf_hash(b"l"), leaf_hash(b"r"));
    g.bench_function("node_hash", |b| b.iter(|| node_hash(black_box(&l), black_box(&r))));
    g.bench_function("sha256 of 65 bytes (streaming)", |b| {
        let mut data = [1u8; 65];
        data[1..33].copy_from_slice(&l.0);
        b.iter(|| Sha256::digest(black_box(&data)))
    });
    g.bench_function("leaf_hash of 8 bytes", |b| b.iter(|| leaf_hash(black_box(b"12345678"))));
    g.finish();
}

fn appends(c: &mut Criterion) {
    let mut g = c.benchmark_group("append");
    g.throughput(Throughput::Elements(1));
    let leaf = leaf_hash(b"leaf");
    g.bench_function("push leaf hash", |b| {
        let mut tree = CompactTree::new();
        b.iter(|| tree.push(black_box(leaf)).map(|done| done.len()))
    });
    g.bench_function("push leaf hash, keep completed nodes", |b| {
        let mut tree = CompactTree::new();
        let mut kept: Vec<(NodeId, Hash)> = Vec::with_capacity(1 << 20);
        b.iter(|| {
            if kept.len() > (1 << 20) - 64 {
                kept.clear();
            }
            kept.extend(tree.push(black_box(leaf)).unwrap());
        })
    });
    let data = [0x5au8; 256];
    g.bench_function("hash 256-byte entry and push", |b| {
        let mut tree = CompactTree::new();
        b.iter(|| tree.push(leaf_hash(black_box(&data))).map(|done| done.len()))
    });
    g.finish();
}

fn roots(c: &mut Criterion) {
    let (nodes, root) = big();
    let mut g = c.benchmark_group("root of 10M leaves");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(20));
    g.throughput(Throughput::Elements(SIZE));
    g.bench_function("from leaf hashes", |b| {
        b.iter(|| {
            let mut tree = CompactTree::new();
            for h in &nodes.levels[0] {
                tree.push(*h).unwrap();
            }
            assert_eq!(tree.root(), *root);
        })
    });
    g.bench_function("from entries", |b| {
        b.iter(|| {
            let mut tree = CompactTree::new();
            for i in 0..SIZE {
                tree.push(leaf_hash(&entry(i))).unwrap();
            }
            assert_eq!(tree.root(), *root);
        })
    });
    g.finish();

    let mut g = c.benchmark_group("10M tree");
    let sizes = picks(1024, 3);
    g.bench_function("root at an earlier size from stored nodes", |b| {
        let mut k = 0;
        let mut buf = Vec::new();
        b.iter(|| {
            k = (k + 1) % sizes.len();
            let plan = RootPlan::new(1 + sizes[k] % SIZE);
            nodes.fetch(plan.nodes(), &mut buf);
            plan.finish(&buf).unwrap()
        })
    });
    g.finish();
}

fn proofs(c: &mut Criterion) {
    let (nodes, root) = big();
    let picks = picks(1024, 7);
    let indices: Vec<u64> = picks.iter().map(|p| p % SIZE).collect();
    let olds: Vec<u64> = picks.iter().map(|p| 1 + p % (SIZE - 1)).collect();
    let old_roots: Vec<Hash> = olds
        .iter()
        .map(|&old| {
            let plan = RootPlan::new(old);
            let mut buf = Vec::new();
            nodes.fetch(plan.nodes(), &mut buf);
            plan.finish(&buf).unwrap()
        })
        .collect();
    let inclusion = |i: u64| {
        let plan = InclusionPlan::new(i, SIZE).unwrap();
        let mut buf = Vec::new();
        nodes.fetch(plan.nodes(), &mut buf);
        plan.finish(&buf).unwrap()
    };
    let consistency = |old: u64| {
        let plan = ConsistencyPlan::new(old, SIZE).unwrap();
        let mut buf = Vec::new();
        nodes.fetch(plan.nodes(), &mut buf);
        plan.finish(&buf).unwrap()
    };

    let mut g = c.benchmark_group("10M tree");
    g.bench_function("inclusion proof from stored nodes", |b| {
        let mut k = 0;
        let mut buf = Vec::with_capacity(64);
        b.iter(|| {
            k = (k + 1) % indices.len();
            let plan = InclusionPlan::new(indices[k], SIZE).unwrap();
            nodes.fetch(plan.nodes(), &mut buf);
            plan.finish(&buf).unwrap()
        })
    });
    g.bench_function("consistency proof from stored nodes", |b| {
        let mut k = 0;
        let mut buf = Vec::with_capacity(128);
        b.iter(|| {
            k = (k + 1) % olds.len();
            let plan = ConsistencyPlan::new(olds[k], SIZE).unwrap();
            nodes.fetch(plan.nodes(), &mut buf);
            plan.finish(&buf).unwrap()
        })
    });

    let inclusion_proofs: Vec<Vec<Hash>> = indices.iter().map(|&i| inclusion(i)).collect();
    let leaves: Vec<Hash> = indices.iter().map(|&i| leaf_hash(&entry(i))).collect();
    g.bench_function("verify inclusion", |b| {
        let mut k = 0;
        b.iter(|| {
            k = (k + 1) % indices.len();
            verify_inclusion(&leaves[k], indices[k], SIZE, &inclusion_proofs[k], root).unwrap()
        })
    });
    let consistency_proofs: Vec<Vec<Hash>> = olds.iter().map(|&o| consistency(o)).collect();
    g.bench_function("verify consistency", |b| {
        let mut k = 0;
        b.iter(|| {
            k = (k + 1) % olds.len();
            verify_consistency(olds[k], SIZE, &consistency_proofs[k], old_roots[k], root).unwrap()
        })
    });

    // The tile path: a client holding fetched tiles (here a map standing in
    // for its HTTP cache) plans the tiles and computes the proof from them.
    let mut cache: HashMap<TileId, Vec<u8>> = HashMap::new();
    for k in 0..indices.len() {
        for plan_nodes in [
            InclusionPlan::new(indices[k], SIZE).unwrap().nodes().to_vec(),
            ConsistencyPlan::new(olds[k], SIZE).unwrap().nodes().to_vec(),
        ] {
            for tile in TilePlan::new(&plan_nodes, SIZE).unwrap().tiles() {
                cache.entry(*tile).or_insert_with(|| nodes.tile(tile));
            }
        }
    }
    g.bench_function("inclusion proof from tiles", |b| {
        let mut k = 0;
        b.iter(|| {
            k = (k + 1) % indices.len();
            let plan = InclusionPlan::new(indices[k], SIZE).unwrap();
            let tiles = TilePlan::new(plan.nodes(), SIZE).unwrap();
            let data: Vec<&[u8]> = tiles.tiles().iter().map(|t| cache[t].as_slice()).collect();
            let proof = plan.finish(&tiles.hashes(&data).unwrap()).unwrap();
            debug_assert_eq!(proof, inclusion_proofs[k]);
            proof
        })
    });
    g.bench_function("consistency proof from tiles", |b| {
        let mut k = 0;
        b.iter(|| {
            k = (k + 1) % olds.len();
            let plan = ConsistencyPlan::new(olds[k], SIZE).unwrap();
            let tiles = TilePlan::new(plan.nodes(), SIZE).unwrap();
            let data: Vec<&[u8]> = tiles.tiles().iter().map(|t| cache[t].as_slice()).collect();
            plan.finish(&tiles.hashes(&data).unwrap()).unwrap()
        })
    });
    g.bench_function("inclusion proof from tiles, then verify", |b| {
        let mut k = 0;
        b.iter(|| {
            k = (k + 1) % indices.len();
            let plan = InclusionPlan::new(indices[k], SIZE).unwrap();
            let tiles = TilePlan::new(plan.nodes(), SIZE).unwrap();
            let data: Vec<&[u8]> = tiles.tiles().iter().map(|t| cache[t].as_slice()).collect();
            let proof = plan.finish(&tiles.hashes(&data).unwrap()).unwrap();
            verify_inclusion(&leaves[k], indices[k], SIZE, &proof, root).unwrap()
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30);
    targets = hashing, appends, proofs, roots
}
criterion_main!(benches);
