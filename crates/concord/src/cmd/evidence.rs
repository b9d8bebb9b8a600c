//! `concord evidence check FILE [--key VKEY]`: checks evidence that a log
//! signed two trees that cannot both be true (a split view or a rewrite),
//! as a mirror writes and serves it, trusting nothing but the log key.
//!
//! ```json
//! {"kind": "split_view", "log_key": "<vkey>",
//!  "checkpoints": ["<signed note a>", "<signed note b>"],
//!  "proof": ["<base64 hash>", ...],
//!  "source": "<where it was seen>", "detected_at": "<RFC 3339 time>"}
//! ```
//!
//! `proof` is the consistency path between the two sizes that
//! `ledger::check_split_view` checks (empty for equal sizes). The kinds
//! `split_view`, `rewrite` and `shrank` are checked that way (a `shrank`
//! pair that is consistent is told as a rollback); `bad_signature` is
//! confirmed by the served note failing to open with the key; `bad_tiles`
//! cannot be checked offline. Exit 0: the file proves what it says; 1: it
//! proves nothing (a note does not open with the key, the path is wrong,
//! the checkpoints are consistent); 2: the file or a key is malformed.

use std::path::PathBuf;

use anyhow::anyhow;
use ledger::{Hash, SplitView, Verifier, check_split_view};
use serde::{Deserialize, Serialize};

use super::plural::count;
use super::{Failure, bad_input, failed};

/// The `evidence` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum EvidenceCommand {
    /// Check an evidence file: exit 0 if it proves that the log signed two
    /// trees that cannot both be true, 1 if it proves nothing.
    Check(CheckArgs),
}

/// Options of `concord evidence check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The evidence file (JSON, as a mirror writes and serves it).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The log's verifier key as the organization publishes it. Without
    /// it, the key the file names is trusted.
    #[arg(long, value_name = "VKEY")]
    pub key: Option<String>,
}

/// What an evidence file shows (`store::federation::EvidenceKind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// Two checkpoints signed by the log whose trees cannot both be true,
    /// held by two nodes.
    SplitView,
    /// A signed checkpoint whose tree does not begin with the one held.
    Rewrite,
    /// A signed checkpoint smaller than the one held.
    Shrank,
    /// A checkpoint that does not verify with the log key.
    BadSignature,
    /// Tiles that do not hash to the signed checkpoint (not kept in the
    /// file: nothing to check offline).
    BadTiles,
}

impl EvidenceKind {
    /// The kind as an adjective: `split-view evidence`.
    fn hyphenated(self) -> &'static str {
        match self {
            EvidenceKind::SplitView => "split-view",
            EvidenceKind::Rewrite => "rewrite",
            EvidenceKind::Shrank => "shrunk-log",
            EvidenceKind::BadSignature => "bad-signature",
            EvidenceKind::BadTiles => "bad-tiles",
        }
    }

    /// The kind in words: `evidence of a split view`.
    fn words(self) -> &'static str {
        match self {
            EvidenceKind::SplitView => "split view",
            EvidenceKind::Rewrite => "rewrite",
            EvidenceKind::Shrank => "shrunk log",
            EvidenceKind::BadSignature => "bad signature",
            EvidenceKind::BadTiles => "bad tile",
        }
    }
}

/// What a checked evidence file shows.
#[derive(Debug)]
pub enum Finding {
    /// The log key signed two trees that cannot both be true.
    Fork(SplitView),
    /// The log served a smaller checkpoint of the same history after a
    /// larger one: both signed, consistent, a rollback rather than a fork.
    Rollback {
        /// The size it served.
        served: u64,
        /// The size it had signed before.
        held: u64,
    },
    /// The served checkpoint indeed does not verify with the log key.
    BadSignature(String),
}

/// An evidence file, as a mirror writes and serves it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceFile {
    /// What the file shows.
    pub kind: EvidenceKind,
    /// The log's verifier key (name+id+key).
    pub log_key: String,
    /// The two signed checkpoint notes, as the log served them.
    pub checkpoints: Vec<String>,
    /// The consistency path between their sizes, each hash in base64
    /// (see `ledger::check_split_view`).
    pub proof: Vec<String>,
    /// Where the checkpoints were seen (URLs of the log, a peer, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// When the split view was detected (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detected_at: Option<String>,
}

impl EvidenceFile {
    /// Checks the evidence with `key` (the file's own key if `None`): bad
    /// input if the file is malformed, a failure if it proves nothing.
    pub fn check(&self, key: Option<&Verifier>) -> Result<Finding, Failure> {
        let named = Verifier::parse(self.log_key.trim())
            .map_err(|err| bad_input(anyhow!("the evidence's log_key is not a verifier key: {err}")))?;
        if let Some(key) = key
            && *key != named
        {
            return Err(failed(anyhow!("the evidence is about the log key {named}, not {key}")));
        }
        match self.kind {
            EvidenceKind::SplitView | EvidenceKind::Rewrite | EvidenceKind::Shrank => self.check_pair(&named),
            EvidenceKind::BadSignature => {
                let served =
                    self.checkpoints.last().ok_or_else(|| bad_input(anyhow!("the evidence holds no checkpoint")))?;
                match ledger::Checkpoint::open(served.as_bytes(), &named) {
                    Ok(_) => {
                        Err(failed(anyhow!("the served checkpoint verifies with the log key: this proves nothing")))
                    }
                    Err(err) => Ok(Finding::BadSignature(err.to_string())),
                }
            }
            EvidenceKind::BadTiles => Err(failed(anyhow!(
                "bad_tiles evidence records tiles that did not hash to the signed checkpoint; the tiles are not in \
                 the file, so there is nothing to check offline"
            ))),
        }
    }

    /// Checks two signed checkpoints and the path between them.
    fn check_pair(&self, log: &Verifier) -> Result<Finding, Failure> {
        let [a, b] = self.checkpoints.as_slice() else {
            return Err(bad_input(anyhow!(
                "{} evidence has two checkpoints, this has {}",
                self.kind.hyphenated(),
                self.checkpoints.len()
            )));
        };
        let proof = self
            .proof
            .iter()
            .enumerate()
            .map(|(i, hash)| {
                Hash::from_base64(hash)
                    .map_err(|err| bad_input(anyhow!("proof hash {} of the evidence is malformed: {err}", i + 1)))
            })
            .collect::<Result<Vec<Hash>, Failure>>()?;
        match check_split_view(a.as_bytes(), b.as_bytes(), &proof, log) {
            Ok(view) => Ok(Finding::Fork(view)),
            Err(ledger::Error::Consistent { old, new }) if self.kind == EvidenceKind::Shrank => {
                Ok(Finding::Rollback { served: old, held: new })
            }
            Err(err) => Err(failed(anyhow!("this is not evidence of a {}: {err}", self.kind.words()))),
        }
    }
}

impl EvidenceCommand {
    /// Runs the subcommand.
    pub fn run(self) -> Result<(), Failure> {
        let EvidenceCommand::Check(args) = self;
        let file = args.file.display();
        let text = std::fs::read(&args.file).map_err(|err| bad_input(anyhow!("cannot read {file}: {err}")))?;
        let evidence: EvidenceFile =
            serde_json::from_slice(&text).map_err(|err| bad_input(anyhow!("{file} is not an evidence file: {err}")))?;
        let key = args
            .key
            .as_deref()
            .map(|key| {
                Verifier::parse(key.trim()).map_err(|err| bad_input(anyhow!("--key is not a verifier key: {err}")))
            })
            .transpose()?;
        if key.is_none() {
            eprintln!(
                "note: trusting the log key the evidence names; pass --key to check against the organization's published key"
            );
        }
        match evidence.check(key.as_ref())? {
            Finding::Fork(view) => describe(&view).iter().for_each(|line| println!("{line}")),
            Finding::Rollback { served, held } => println!(
                "the log served a checkpoint of {} after signing one of {}: the same history rolled back, not a fork",
                count(served, "entry", "entries"),
                count(held, "entry", "entries")
            ),
            Finding::BadSignature(why) => {
                println!("confirmed: the served checkpoint does not verify with the log key ({why})")
            }
        }
        if let Some(source) = &evidence.source {
            println!("seen at {source}");
        }
        if let Some(at) = &evidence.detected_at {
            println!("detected at {at}");
        }
        Ok(())
    }
}

/// What valid evidence proves, in a few lines.
fn describe(view: &SplitView) -> Vec<String> {
    let (smaller, larger) = (&view.smaller, &view.larger);
    let entries = |n: u64| count(n, "entry", "entries");
    let mut lines = vec![format!(
        "the log {} signed two trees that cannot both be true (a split view or a rewrite):",
        larger.origin()
    )];
    if smaller.size() == larger.size() {
        lines.push(format!(
            "  two checkpoints of {}, with roots {} and {}",
            entries(smaller.size()),
            smaller.root(),
            larger.root()
        ));
    } else {
        lines.push(format!("  a checkpoint of {} with root {}", entries(smaller.size()), smaller.root()));
        lines.push(format!(
            "  a checkpoint of {}, whose tree of the first {} has root {}",
            entries(larger.size()),
            smaller.size(),
            view.prefix_root
        ));
    }
    lines
}
