//! `concord analyze DIR --json`: opinion groups, representative statements,
//! consensus and bridging scores for a Pol.is export folder. Glue only: the
//! files are opened here and the `consensus` crate does the work.
//!
//! `votes.csv` is used when present (its history decides re-votes), else
//! `participants-votes.csv`; `comments.csv`, when present, supplies the
//! moderation and catches votes for unknown statements. The default mode is
//! the one-shot analysis (see the `consensus::analysis` docs for why);
//! `--mode replay` follows the vote history like the Pol.is server.

use std::fmt::Write as _;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::anyhow;
use clap::ValueEnum;
use consensus::bridging::{self, BridgingConfig};
use consensus::{Analysis, Config, Direction, Export, ExportBuilder, ReplayConfig};
use serde_json::{Map, Value, json};

use super::{Failure, bad_input, failed};

/// Which pipeline to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    /// Compute everything once from the final votes (deterministic).
    OneShot,
    /// Replay the vote history in time windows, like the Pol.is server.
    Replay,
}

/// Arguments of `concord analyze`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A Pol.is export folder (comments.csv, votes.csv or
    /// participants-votes.csv).
    pub dir: PathBuf,
    /// Print the result as one JSON object (otherwise a short summary).
    #[arg(long)]
    pub json: bool,
    /// Seed of every random choice.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// One-shot analysis or history replay.
    #[arg(long, value_enum, default_value_t = Mode::OneShot)]
    pub mode: Mode,
    /// Replay mode: one update per window of this many milliseconds.
    #[arg(long, default_value_t = 60_000)]
    pub window_ms: i64,
}

fn open(path: &Path) -> Result<File, Failure> {
    File::open(path).map_err(|e| bad_input(anyhow!("{}: {e}", path.display())))
}

/// Adds the file name to a parsing error.
fn named(path: &Path) -> impl Fn(consensus::Error) -> Failure + '_ {
    move |e| bad_input(anyhow!("{}: {e}", path.display()))
}

fn read_export(dir: &Path) -> Result<Export, Failure> {
    if !dir.is_dir() {
        return Err(bad_input(anyhow!("{}: not a folder", dir.display())));
    }
    let comments = dir.join("comments.csv");
    let votes = dir.join("votes.csv");
    let pv = dir.join("participants-votes.csv");
    if !votes.is_file() && !pv.is_file() {
        return Err(bad_input(anyhow!(
            "{}: no votes.csv or participants-votes.csv, so nothing to analyse",
            dir.display()
        )));
    }
    let mut b = ExportBuilder::new();
    if comments.is_file() {
        b.comments(open(&comments)?).map_err(named(&comments))?;
    }
    if votes.is_file() {
        b.votes(open(&votes)?).map_err(named(&votes))?;
    }
    if pv.is_file() {
        b.participants_votes(open(&pv)?).map_err(named(&pv))?;
    }
    b.build().map_err(|e| bad_input(anyhow!("{}: {e}", dir.display())))
}

/// Runs `concord analyze`.
pub fn run(args: Args) -> Result<(), Failure> {
    let mut timings: Vec<(&'static str, f64)> = Vec::new();
    let t = Instant::now();
    let export = read_export(&args.dir)?;
    timings.push(("read", ms(t)));
    let t = Instant::now();
    let m = export.matrix().map_err(failed)?;
    timings.push(("matrix", ms(t)));
    let config = Config { seed: args.seed, ..Config::default() };
    let analysis = match args.mode {
        Mode::OneShot => consensus::analyze(&m, &export.moderation, &config),
        Mode::Replay => consensus::replay(
            m.n_participants(),
            m.n_statements(),
            &export.votes,
            &export.moderation,
            &config,
            &ReplayConfig { window_ms: args.window_ms },
        ),
    }
    .map_err(bad_input)?;
    timings.extend(analysis.timings_ms.iter().copied());
    let t = Instant::now();
    let b = bridging::fit(&m, &BridgingConfig { seed: args.seed, ..BridgingConfig::default() });
    timings.push(("bridging", ms(t)));
    for w in &analysis.warnings {
        eprintln!("warning: {}: {w}", args.dir.display());
    }
    let out = if args.json {
        json(&export, m.n_votes(), &analysis, &b, &timings, args.mode)
    } else {
        summary(&export, m.n_votes(), &analysis, &b)
    };
    println!("{out}");
    Ok(())
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn summary(e: &Export, votes: usize, a: &Analysis, b: &bridging::Bridging) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} participants, {} statements, {} votes; {} opinion groups",
        e.participants.len(),
        e.statements.len(),
        votes,
        a.groups.len()
    );
    for (g, reps) in a.groups.iter().zip(&a.statistics.representative) {
        let list: Vec<&str> = reps.iter().map(|r| e.statements[r.statement as usize].as_str()).collect();
        let _ = writeln!(s, "group {}: {} participants, representative {}", g.id, g.members.len(), list.join(", "));
    }
    let ids = |l: &[consensus::ConsensusStatement]| {
        l.iter().map(|c| e.statements[c.statement as usize].as_str()).collect::<Vec<_>>().join(", ")
    };
    let _ = writeln!(s, "consensus agree: {}", ids(&a.statistics.consensus.agree));
    let _ = writeln!(s, "consensus disagree: {}", ids(&a.statistics.consensus.disagree));
    let bridging: Vec<&str> = b
        .statements
        .iter()
        .enumerate()
        .filter(|(_, x)| x.is_some_and(|x| x.bridging))
        .map(|(i, _)| e.statements[i].as_str())
        .collect();
    let _ = write!(s, "bridging: {}", bridging.join(", "));
    s
}

/// The result as the JSON object (ids as strings exactly as in the
/// export; non-finite numbers as null).
fn json(
    e: &Export,
    votes: usize,
    a: &Analysis,
    b: &bridging::Bridging,
    timings: &[(&'static str, f64)],
    mode: Mode,
) -> String {
    let sid = |s: u32| e.statements[s as usize].clone();
    let groups: Vec<Value> = a
        .groups
        .iter()
        .zip(&a.statistics.representative)
        .map(|(g, reps)| {
            let representative: Vec<Value> = reps
                .iter()
                .map(|r| {
                    json!({
                        "statement": sid(r.statement),
                        "direction": match r.direction {
                            Direction::Agree => "agree",
                            Direction::Disagree => "disagree",
                        },
                        "repness": r.repness,
                        "repness_test": r.repness_test,
                        "p_success": r.p_success,
                        "p_test": r.p_test,
                    })
                })
                .collect();
            let members: Vec<&str> = g.members.iter().map(|&p| e.participants[p as usize].as_str()).collect();
            json!({"id": g.id, "participants": members, "representative": representative})
        })
        .collect();
    let list = |l: &[consensus::ConsensusStatement]| l.iter().map(|c| sid(c.statement)).collect::<Vec<_>>();
    let group_informed: Map<String, Value> = a
        .statistics
        .group_aware_consensus
        .iter()
        .enumerate()
        .filter_map(|(s, v)| v.map(|v| (sid(s as u32), json!(v))))
        .collect();
    let bridging: Map<String, Value> = b
        .statements
        .iter()
        .enumerate()
        .filter_map(|(s, v)| {
            v.map(|v| (sid(s as u32), json!({"intercept": v.intercept, "factor": v.factor, "bridging": v.bridging})))
        })
        .collect();
    let timings: Map<String, Value> = timings.iter().map(|(k, v)| ((*k).to_owned(), json!(v))).collect();
    json!({
        "participants": e.participants.len(),
        "statements": e.statements.len(),
        "votes": votes,
        "mode": match mode {
            Mode::OneShot => "one-shot",
            Mode::Replay => "replay",
        },
        "groups": groups,
        "consensus": {"agree": list(&a.statistics.consensus.agree), "disagree": list(&a.statistics.consensus.disagree)},
        "group_informed_consensus": group_informed,
        "bridging": bridging,
        "warnings": a.warnings,
        "timings_ms": timings,
    })
    .to_string()
}
