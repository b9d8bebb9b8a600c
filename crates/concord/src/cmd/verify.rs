//! `concord verify --url BASE_URL`: check a server's public log as any
//! member state would, trusting nothing but the log key, and remember what
//! was verified.
//!
//! 1. Fetch `/log/checkpoint` and open it with the log key (`--key`, or
//!    `/log/key` from the server itself, which only proves the server is
//!    self-consistent).
//! 2. Load the checkpoint this log had when it was last verified (from the
//!    state directory, by origin and key). A smaller log was rewritten.
//! 3. Fetch every entry bundle and level-0 hash tile of the checkpoint's
//!    tree, in order. Recompute each entry's leaf hash and compare it with
//!    the tile; decode each entry as a canonical event envelope at its index.
//! 4. Fold the leaf hashes into a Merkle tree; compare its root with the
//!    signed checkpoint, and the full subtrees it completes with the hash
//!    tiles of levels 1 and up.
//! 5. Prove from the tiles (RFC 9162 consistency, [`ledger::ContinuityPlan`])
//!    that the new tree begins with the one verified before, then store the
//!    new checkpoint. If it does not, the log was rewritten: both signed
//!    notes are kept as evidence and the stored checkpoint stays.
//!
//! 6. With `--policy FILE` (C2SP tlog-policy): the policy must name the log
//!    key, and the verified checkpoint note must carry the cosignatures its
//!    quorum asks for. The tree is verified and remembered first: the
//!    quorum is about trusting this view of the log, not about whether the
//!    log only grew.
//!
//! Any mismatch fails the command (exit 1) and names the entry, tile or
//! checkpoints.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::anyhow;
use domain::Envelope;
use federation::fetch::{FetchError, Leaves, Remote, on_rayon};
use futures::{StreamExt, TryStreamExt, stream};
use ledger::{
    Checkpoint, CompactTree, Continuity, ContinuityPlan, Cosigned, Hash, NodeId, Note, Policy, TileId, TileKind,
    Verifier,
};
use rayon::prelude::*;

use super::plural::count;
use super::rebuild::progress_bar;
use super::verify_state::{self, LogState};
use super::{Failure, bad_input, block_on, failed};

/// Options of `concord verify`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub source: Source,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
    /// A witness policy (C2SP tlog-policy: log, witness, group and quorum
    /// lines) that must name the log key; the checkpoint must carry the
    /// cosignatures of its quorum.
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
}

/// Where a log is read from, with which key, and where what was verified
/// is remembered: the options `concord verify` and `concord recount` share.
#[derive(Debug, clap::Args)]
pub struct Source {
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
    /// Where the last verified checkpoint of each log is kept [default:
    /// $XDG_STATE_HOME/concord, else ~/.local/state/concord].
    #[arg(long, value_name = "DIR")]
    pub state: Option<PathBuf>,
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

/// Verifies, checks the log against the checkpoint verified before,
/// remembers the new one, and prints the result.
pub fn run(args: Args) -> Result<(), Failure> {
    let policy = args.policy.as_deref().map(|file| read_policy(file).map(|policy| (file, policy))).transpose()?;
    let started = Instant::now();
    let (summary, remembered) = check_and_remember(&args.source, |_| {})?;
    let seconds = started.elapsed().as_secs_f64();
    let cosigned = policy.map(|(file, policy)| require_quorum(file, &policy, &remembered)).transpose()?;
    if args.json {
        let previous =
            remembered.previous.as_ref().map(|p| serde_json::json!({"size": p.size(), "root": p.root().to_string()}));
        let json = serde_json::json!({
            "origin": summary.origin,
            "key": remembered.key,
            "size": summary.entries,
            "root": summary.root.to_string(),
            "previous": previous,
            "result": remembered.result.as_str(),
            "witnesses": cosigned.as_ref().map(|cosigned| cosigned
                .iter()
                .map(|c| serde_json::json!({"name": c.witness, "timestamp": c.timestamp}))
                .collect::<Vec<_>>()),
        });
        println!("{json:#}");
        return Ok(());
    }
    println!(
        "verified {} of {} in {seconds:.2} s ({:.0} entries/s)",
        count(summary.entries, "entry", "entries"),
        summary.origin,
        summary.entries as f64 / seconds.max(1e-9)
    );
    println!("root {} matches the signed checkpoint", summary.root);
    println!("{}", remembered.describe());
    if let Some(cosigned) = &cosigned {
        let names: Vec<&str> = cosigned.iter().map(|c| c.witness.as_str()).collect();
        println!(
            "the policy's quorum is met: cosigned by {} ({})",
            count(names.len() as u64, "witness", "witnesses"),
            names.join(", ")
        );
    }
    for (kind, count) in &summary.kinds {
        println!("  {count:>9}  {kind}");
    }
    Ok(())
}

/// Verifies the log of `source` (steps 1 to 5 of the module
/// documentation), handing each entry, decoded, to `visit` in log order,
/// and remembers the verified checkpoint in the state directory. As with
/// [`read`], nothing is verified unless the whole call succeeds.
pub fn check_and_remember(source: &Source, visit: impl FnMut(Envelope)) -> Result<(Summary, Remembered), Failure> {
    let state = match &source.state {
        Some(dir) => dir.clone(),
        None => verify_state::default_dir()?,
    };
    block_on(verify_and_remember(source, &state, visit))?
}

/// What the state directory knew of the log and what it says now.
#[derive(Debug)]
pub struct Remembered {
    /// The verifier key the log was checked with.
    pub key: String,
    /// The checkpoint verified before, if any.
    pub previous: Option<Checkpoint>,
    /// How the verified checkpoint relates to it.
    pub result: Continuity,
    /// The signed checkpoint note that was verified, with every signature
    /// it carried.
    pub note: String,
}

impl Remembered {
    /// One line saying how the log relates to the one verified before.
    pub fn describe(&self) -> String {
        match (self.result, &self.previous) {
            (Continuity::Extended, Some(previous)) => format!(
                "extended: the log begins with the {} verified before (root {})",
                count(previous.size(), "entry", "entries"),
                previous.root()
            ),
            (Continuity::Unchanged, _) => "unchanged since it was last verified".to_owned(),
            _ => "first seen (trust on first use): later runs check that this log only grows".to_owned(),
        }
    }
}

/// Steps 1 to 5 of the module documentation.
async fn verify_and_remember(
    source: &Source,
    state: &std::path::Path,
    visit: impl FnMut(Envelope),
) -> Result<(Summary, Remembered), Failure> {
    let log = Log::open(&source.url, source.key.as_deref()).await?;
    let state = LogState::new(state, log.checkpoint.origin(), &log.verifier);
    let stored = state.load(&log.verifier)?;
    // A rewrite is told with both checkpoints, and both notes are kept.
    let refuse = |err: ledger::Error| -> Failure {
        let rewrite = matches!(err, ledger::Error::LogShrank { .. } | ledger::Error::LogRewritten { .. });
        let Some((old, old_note)) = stored.as_ref().filter(|_| rewrite) else {
            return failed(anyhow!(
                "the consistency proof from the served tiles does not verify against the checkpoint verified before: {err}"
            ));
        };
        let evidence = match state.keep_evidence((old, old_note), (&log.checkpoint, &log.note)) {
            Ok(dir) => format!("both signed notes are in {}", dir.display()),
            Err(failure) => format!("the evidence could not be written: {:#}", failure.error()),
        };
        failed(anyhow!(
            "{err}: the checkpoint verified before (size {}, root {}) and the one served now (size {}, root {}) are \
             both signed with the log key. The stored checkpoint {} is kept; {evidence}",
            old.size(),
            old.root(),
            log.checkpoint.size(),
            log.checkpoint.root(),
            state.checkpoint_file().display()
        ))
    };
    let plan =
        ContinuityPlan::new(stored.as_ref().map(|(checkpoint, _)| checkpoint), &log.checkpoint).map_err(refuse)?;
    let summary = log.verify_tree(source.parallel, visit).await?;

    let hashes = log.remote.node_hashes(plan.nodes(), log.checkpoint.size(), source.parallel).await.map_err(fetch)?;
    let result = plan.finish(&hashes).map_err(refuse)?;
    if result != Continuity::Unchanged {
        state.store(log.checkpoint.origin(), &log.verifier, &log.note)?;
    }
    let remembered = Remembered {
        key: log.verifier.to_string(),
        previous: stored.map(|(checkpoint, _)| checkpoint),
        result,
        note: log.note,
    };
    Ok((summary, remembered))
}

/// Reads and parses the witness policy of `--policy`: an unreadable or
/// malformed file is bad input, named with its line.
pub(super) fn read_policy(file: &Path) -> Result<Policy, Failure> {
    let text =
        std::fs::read(file).map_err(|err| bad_input(anyhow!("cannot read the policy {}: {err}", file.display())))?;
    Policy::parse(&text).map_err(|err| match err {
        ledger::Error::Policy { line, reason } if line > 0 => {
            bad_input(anyhow!("the policy {}, line {line}: {reason}", file.display()))
        }
        ledger::Error::Policy { reason, .. } => bad_input(anyhow!("the policy {}: {reason}", file.display())),
        err => bad_input(anyhow!("the policy {}: {err}", file.display())),
    })
}

/// Step 6 of the module documentation: the policy names the log key the
/// log was verified with, and the verified note meets its quorum. Returns
/// the quorum's witnesses that cosigned.
fn require_quorum(file: &Path, policy: &Policy, remembered: &Remembered) -> Result<Vec<Cosigned>, Failure> {
    let key = &remembered.key;
    if !policy.logs().iter().any(|log| log.verifier.to_string() == *key) {
        return Err(bad_input(anyhow!(
            "the policy does not name the log key {key}: {} lists {} (add the line `log {key}` if the organization \
             publishes that key)",
            file.display(),
            count(policy.logs().len() as u64, "log key", "log keys")
        )));
    }
    match policy.verify(remembered.note.as_bytes()) {
        Ok(report) => Ok(report.cosigned),
        Err(ledger::Error::QuorumNotMet { .. }) => {
            // Which of the policy's witnesses cosigned at all (a bad
            // cosignature would have failed the note above).
            let keys: Vec<Verifier> = policy.witnesses().iter().map(|w| w.verifier.clone()).collect();
            let verified = Note::parse(remembered.note.as_bytes())
                .ok()
                .and_then(|note| note.verify(&keys).ok())
                .unwrap_or_default();
            let names: Vec<&str> = policy
                .witnesses()
                .iter()
                .filter(|w| verified.iter().any(|v| v.name == w.verifier.name() && v.key_id == w.verifier.key_id()))
                .map(|w| w.name.as_str())
                .collect();
            let which = if names.is_empty() { String::new() } else { format!(" ({})", names.join(", ")) };
            Err(failed(anyhow!(
                "the checkpoint is cosigned by {} of the policy {}{which}: the quorum {} was not met",
                count(names.len() as u64, "witness", "witnesses"),
                file.display(),
                policy.quorum().unwrap_or_default()
            )))
        }
        Err(err) => Err(failed(anyhow!("the checkpoint does not satisfy the policy {}: {err}", file.display()))),
    }
}

/// Steps 1, 3 and 4 of the module documentation, without the state
/// directory (for benchmarks).
pub async fn verify(source: &Source) -> Result<Summary, Failure> {
    Log::open(&source.url, source.key.as_deref()).await?.verify_tree(source.parallel, |_| {}).await
}

/// Reads a server's log as [`verify`] checks it (steps 1, 3 and 4: the
/// signed checkpoint, every entry under its root, every tile), handing each
/// entry, decoded, to `visit` in log order, fetching `parallel` tiles at a
/// time. `key` is the log's verifier key; without it, the server's own.
/// Nothing is verified unless the whole call succeeds: on an error, throw
/// away what `visit` gathered.
pub async fn read(
    url: &str,
    key: Option<&str>,
    parallel: usize,
    visit: impl FnMut(Envelope),
) -> Result<Summary, Failure> {
    Log::open(url, key).await?.verify_tree(parallel, visit).await
}

/// A server's log and its signed checkpoint, opened with the log key.
struct Log {
    remote: Remote,
    verifier: Verifier,
    note: String,
    checkpoint: Checkpoint,
}

impl Log {
    /// Step 1 of the module documentation.
    async fn open(url: &str, key: Option<&str>) -> Result<Log, Failure> {
        let remote = Remote::new(url).map_err(|err| match err {
            FetchError::BadUrl(_) => bad_input(err),
            err => fetch(err),
        })?;
        let key = match key {
            Some(key) => key.to_owned(),
            None => {
                let served = remote.key().await.map_err(fetch)?;
                eprintln!(
                    "note: trusting the key the server itself publishes; pass --key to check against the organization's published key"
                );
                served
            }
        };
        let verifier =
            Verifier::parse(key.trim()).map_err(|err| bad_input(anyhow!("--key is not a verifier key: {err}")))?;
        let note = remote.checkpoint().await.map_err(fetch)?;
        let (checkpoint, _) = Checkpoint::open(note.as_bytes(), &verifier)
            .map_err(|err| failed(anyhow!("the checkpoint does not verify with the log key {key}: {err}")))?;
        Ok(Log { remote, verifier, note, checkpoint })
    }

    /// Steps 3 and 4 of the module documentation; each entry goes to
    /// `visit` once checked, in log order.
    async fn verify_tree(&self, parallel: usize, mut visit: impl FnMut(Envelope)) -> Result<Summary, Failure> {
        let checkpoint = &self.checkpoint;
        let size = checkpoint.size();
        let mut tree = CompactTree::new();
        let mut subtrees: HashMap<NodeId, Hash> = HashMap::new();
        let mut kinds = BTreeMap::new();
        let bar = progress_bar("verifying");
        bar.set_length(size);

        let mut bundles = self.remote.bundles(0, size, parallel);
        while let Some(leaves) = bundles.try_next().await.map_err(fetch)? {
            let Leaves { first, entries, hashes } = leaves;
            let envelopes = on_rayon(move || decode_entries(first, &entries)).await?;
            for (leaf, envelope) in hashes.into_iter().zip(envelopes) {
                let completed = tree.push(leaf).map_err(|err| failed(anyhow!("{err}")))?;
                subtrees.extend(completed.skip(1).filter(|(node, _)| node.level % ledger::TILE_HEIGHT == 0));
                *kinds.entry(envelope.event.kind().to_owned()).or_insert(0) += 1;
                visit(envelope);
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

        let upper = ledger::tiles_of_size(size).filter(|t| matches!(t.kind(), TileKind::Hashes(level) if level > 0));
        let fetched: Vec<(TileId, Vec<u8>)> =
            stream::iter(upper.map(|tile| async move { Ok::<_, FetchError>((tile, self.remote.tile(&tile).await?)) }))
                .buffered(parallel.max(1))
                .try_collect()
                .await
                .map_err(fetch)?;
        for (tile, data) in fetched {
            check_upper_tile(&tile, &data, &subtrees)?;
        }
        Ok(Summary { origin: checkpoint.origin().to_owned(), entries: size, root: tree.root(), kinds })
    }
}

/// A failure to read the log (the server away, a tile malformed, an entry
/// that does not match its leaf hash).
fn fetch(err: FetchError) -> Failure {
    failed(err)
}

/// Decodes the entries from index `first` (their leaf hashes were checked
/// against the level-0 tiles): each must be a canonical event envelope at
/// its own index.
fn decode_entries(first: u64, entries: &[Vec<u8>]) -> Result<Vec<Envelope>, Failure> {
    entries
        .par_iter()
        .enumerate()
        .map(|(i, entry)| {
            let index = first + i as u64;
            let envelope =
                Envelope::decode(entry).map_err(|err| failed(anyhow!("entry {index} is not a valid event: {err}")))?;
            if envelope.index != index {
                return Err(failed(anyhow!("entry {index} says it is entry {}", envelope.index)));
            }
            Ok(envelope)
        })
        .collect()
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
