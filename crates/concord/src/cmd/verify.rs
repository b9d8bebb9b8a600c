//! `concord verify --url BASE_URL`: check a server's public log as any
//! member state would, trusting nothing but the log key.
//!
//! 1. Fetch `/log/checkpoint` and open it with the log key (`--key`, or
//!    `/log/key` from the server itself, which only proves the server is
//!    self-consistent).
//! 2. Fetch every entry bundle and level-0 hash tile of the checkpoint's
//!    tree, in order. Recompute each entry's leaf hash and compare it with
//!    the tile; decode each entry as a canonical event envelope at its index.
//! 3. Fold the leaf hashes into a Merkle tree; compare its root with the
//!    signed checkpoint, and the full subtrees it completes with the hash
//!    tiles of levels 1 and up.
//!
//! Any mismatch fails the command (exit 1) and names the entry or tile.

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use anyhow::anyhow;
use domain::Envelope;
use futures::{StreamExt, TryStreamExt, stream};
use ledger::{Checkpoint, CompactTree, Hash, NodeId, TileId, TileKind, Verifier, leaf_hash};
use rayon::prelude::*;

use super::http::Server;
use super::rebuild::progress_bar;
use super::{Failure, bad_input, block_on, failed};

/// Options of `concord verify`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The server's base URL, e.g. http://127.0.0.1:8080.
    #[arg(long, env = "CONCORD_URL", value_name = "BASE_URL")]
    pub url: String,
    /// The log's verifier key (name+id+key) as published by the
    /// organization. Without it, the key the server serves is used, which
    /// shows only that the server agrees with itself.
    #[arg(long, value_name = "VKEY")]
    pub key: Option<String>,
    /// Tiles fetched at the same time.
    #[arg(long, default_value_t = 8, value_name = "N")]
    pub parallel: usize,
}

/// What a successful verification found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The checkpoint's origin.
    pub origin: String,
    /// Entries verified (the checkpoint's tree size).
    pub entries: u64,
    /// The verified root.
    pub root: Hash,
    /// Entries by event kind.
    pub kinds: BTreeMap<String, u64>,
}

/// Verifies and prints a summary.
pub fn run(args: Args) -> Result<(), Failure> {
    let started = Instant::now();
    let summary = block_on(verify(&args))??;
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "verified {} entries of {} in {seconds:.2} s ({:.0} entries/s)",
        summary.entries,
        summary.origin,
        summary.entries as f64 / seconds.max(1e-9)
    );
    println!("root {} matches the signed checkpoint", summary.root);
    for (kind, count) in &summary.kinds {
        println!("  {count:>9}  {kind}");
    }
    Ok(())
}

/// Runs steps 1 to 3 of the module documentation.
pub async fn verify(args: &Args) -> Result<Summary, Failure> {
    let server = Server::new(&args.url)?;
    let key = match &args.key {
        Some(key) => key.clone(),
        None => {
            let served = String::from_utf8(server.get_required("log/key").await?)
                .map_err(|_| failed(anyhow!("the server's /log/key is not text")))?;
            eprintln!(
                "note: trusting the key the server itself publishes; pass --key to check against the organization's published key"
            );
            served.trim().to_owned()
        }
    };
    let verifier =
        Verifier::parse(key.trim()).map_err(|err| bad_input(anyhow!("--key is not a verifier key: {err}")))?;
    let note = server.get_required("log/checkpoint").await?;
    let (checkpoint, _) = Checkpoint::open(&note, &verifier)
        .map_err(|err| failed(anyhow!("the checkpoint does not verify with the log key {key}: {err}")))?;
    let size = checkpoint.size();

    let mut tree = CompactTree::new();
    let mut subtrees: HashMap<NodeId, Hash> = HashMap::new();
    let mut kinds = BTreeMap::new();
    let bar = progress_bar("verifying");
    bar.set_length(size);

    let tiles: Vec<TileId> = ledger::tiles_of_size(size).collect();
    let bundles = tiles.iter().filter(|t| t.kind() == TileKind::Entries).copied();
    let mut fetched = stream::iter(bundles.map(|bundle| fetch_bundle(&server, bundle))).buffered(args.parallel.max(1));
    while let Some((bundle, entries, leaf_tile)) = fetched.try_next().await? {
        let first = bundle.index() * u64::from(ledger::TILE_WIDTH);
        let checked: Vec<(Hash, &'static str)> = entries
            .par_iter()
            .enumerate()
            .map(|(i, entry)| check_entry(first + i as u64, entry, &leaf_tile[i]))
            .collect::<Result<_, _>>()?;
        for (leaf, kind) in checked {
            let completed = tree.push(leaf).map_err(|err| failed(anyhow!("{err}")))?;
            subtrees.extend(completed.skip(1).filter(|(node, _)| node.level % ledger::TILE_HEIGHT == 0));
            *kinds.entry(kind.to_owned()).or_insert(0) += 1;
        }
        bar.set_position(tree.size());
    }
    bar.finish_and_clear();
    if tree.root() != checkpoint.root() {
        return Err(failed(anyhow!(
            "the {size} entries hash to {}, not to the signed checkpoint's root {}",
            tree.root(),
            checkpoint.root()
        )));
    }

    let upper = tiles.iter().filter(|t| matches!(t.kind(), TileKind::Hashes(level) if level > 0));
    let server = &server;
    let fetched: Vec<(TileId, Vec<u8>)> = stream::iter(upper.map(|tile| async move {
        Ok::<_, Failure>((*tile, server.get_required(&format!("log/{}", tile.path())).await?))
    }))
    .buffered(args.parallel.max(1))
    .try_collect()
    .await?;
    for (tile, data) in fetched {
        check_upper_tile(&tile, &data, &subtrees)?;
    }
    Ok(Summary { origin: checkpoint.origin().to_owned(), entries: size, root: tree.root(), kinds })
}

/// Fetches an entry bundle and the level-0 hash tile of the same leaves.
async fn fetch_bundle(server: &Server, bundle: TileId) -> Result<(TileId, Vec<Vec<u8>>, Vec<Hash>), Failure> {
    let data = server.get_required(&format!("log/{}", bundle.path())).await?;
    let entries = bundle
        .entries_from(&data)
        .map_err(|err| failed(anyhow!("the entry bundle {} is malformed: {err}", bundle.path())))?
        .into_iter()
        .map(<[u8]>::to_vec)
        .collect();
    let leaves = TileId::hashes(0, bundle.index(), bundle.width()).map_err(|err| failed(anyhow!("{err}")))?;
    let data = server.get_required(&format!("log/{}", leaves.path())).await?;
    let hashes = leaves
        .hashes_from(&data)
        .map_err(|err| failed(anyhow!("the hash tile {} is malformed: {err}", leaves.path())))?;
    Ok((bundle, entries, hashes))
}

/// Checks one entry: its hash is the tile's leaf hash, and it is a
/// canonical event envelope at its own index.
fn check_entry(index: u64, entry: &[u8], tile_leaf: &Hash) -> Result<(Hash, &'static str), Failure> {
    let leaf = leaf_hash(entry);
    if leaf != *tile_leaf {
        return Err(failed(anyhow!(
            "entry {index} does not match its leaf hash in the level-0 tile (the entry was changed after it was logged)"
        )));
    }
    let envelope =
        Envelope::decode(entry).map_err(|err| failed(anyhow!("entry {index} is not a valid event: {err}")))?;
    if envelope.index != index {
        return Err(failed(anyhow!("entry {index} says it is entry {}", envelope.index)));
    }
    Ok((leaf, envelope.event.kind()))
}

/// Checks a hash tile of level 1 or higher against the subtrees the
/// entries completed.
fn check_upper_tile(tile: &TileId, data: &[u8], subtrees: &HashMap<NodeId, Hash>) -> Result<(), Failure> {
    let hashes =
        tile.hashes_from(data).map_err(|err| failed(anyhow!("the hash tile {} is malformed: {err}", tile.path())))?;
    let nodes = tile.nodes().ok_or_else(|| failed(anyhow!("{} is not a hash tile", tile.path())))?;
    for (node, served) in nodes.zip(hashes) {
        if subtrees.get(&node) != Some(&served) {
            let first = node.start().unwrap_or(0);
            return Err(failed(anyhow!(
                "the hash tile {} disagrees with entries {first} to {} (the tile or those entries were changed)",
                tile.path(),
                node.end().unwrap_or(first).saturating_sub(1)
            )));
        }
    }
    Ok(())
}
