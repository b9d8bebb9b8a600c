//! `concord analyze DIR --json`: opinion groups, representative statements,
//! consensus and bridging scores for a Pol.is export folder. Glue only: the
//! files are opened here and the `consensus` crate does the work.
//!
//! `votes.csv` is used when present (its history decides re-votes), else
//! `participants-votes.csv`; `comments.csv`, when present, supplies the
//! moderation, the statements' texts, and catches votes for unknown
//! statements. The default mode is the one-shot analysis (see the
//! `consensus` crate's README for why and for how the three modes agree
//! with Pol.is); `--mode replay` follows the vote history like the live
//! Pol.is server, `--mode recompute` runs one Pol.is update on all votes.
//! With a terminal, standard error shows the phases of a long analysis.
//!
//! `concord analyze --url URL --consultation ID` analyses a consultation
//! from a server's public log instead ([`consultation`]).

mod consultation;
mod report;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::anyhow;
use clap::ValueEnum;
use consensus::bridging::{self, BridgingConfig};
use consensus::{Config, Export, ExportBuilder, ReplayConfig, Schedule};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Failure, bad_input, failed};

/// Which pipeline to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    /// Compute everything once from the final votes (deterministic,
    /// order-independent; the default).
    OneShot,
    /// Replay the vote history poll by poll, like the live Pol.is server
    /// (needs votes.csv).
    Replay,
    /// One Pol.is update on all the votes from a fresh state, like a Pol.is
    /// recomputation from scratch (needs votes.csv for Pol.is's row order).
    Recompute,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::OneShot => "one-shot",
            Mode::Replay => "replay",
            Mode::Recompute => "recompute",
        }
    }
}

/// The largest consultation number: events hold integers below 2^53.
const MAX_ID: u64 = domain::MAX_SAFE_INTEGER;

/// Arguments of `concord analyze`: an export folder, or a server's
/// consultation.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["dir", "url"])))]
pub struct Args {
    /// A Pol.is export folder (comments.csv, votes.csv or
    /// participants-votes.csv).
    pub dir: Option<PathBuf>,
    /// Analyse a consultation from this server's public log instead (with
    /// --consultation), e.g. http://127.0.0.1:8080. The log is verified as
    /// `concord verify` does.
    #[arg(long, value_name = "BASE_URL", requires = "consultation")]
    pub url: Option<String>,
    /// With --url: the consultation's number.
    #[arg(long, value_name = "ID", requires = "url", value_parser = clap::value_parser!(u64).range(1..=MAX_ID))]
    pub consultation: Option<u64>,
    /// With --url: analyse only the log's first N entries, to reproduce an
    /// analysis the server stored (its `log_size`) [default: the signed
    /// checkpoint's size].
    #[arg(long, value_name = "N", requires = "url", value_parser = clap::value_parser!(u64).range(1..))]
    pub log_size: Option<u64>,
    /// With --url: the log's verifier key as published by the organization
    /// [default: the key the server itself serves].
    #[arg(long, value_name = "VKEY", requires = "url")]
    pub key: Option<String>,
    /// Print the result as one JSON object (otherwise a readable report).
    #[arg(long)]
    pub json: bool,
    /// Seed of every random choice.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// One-shot analysis, history replay, or a Pol.is recomputation (an
    /// export folder only: a consultation is analysed one-shot).
    #[arg(long, value_enum, default_value_t = Mode::OneShot, conflicts_with = "url")]
    pub mode: Mode,
    /// Replay mode: milliseconds between two polls for new votes (Pol.is's
    /// worker polls every 1000).
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(i64).range(1..), conflicts_with = "url")]
    pub poll_ms: i64,
}

fn open(path: &Path) -> Result<File, Failure> {
    File::open(path).map_err(|e| bad_input(anyhow!("{}: {e}", path.display())))
}

/// Adds the file name to a parsing error.
fn named(path: &Path) -> impl Fn(consensus::Error) -> Failure + '_ {
    move |e| bad_input(anyhow!("{}: {e}", path.display()))
}

/// Opens `path` for reading, showing the bytes read on `progress`.
fn open_with(path: &Path, progress: &ProgressBar) -> Result<impl std::io::Read, Failure> {
    let file = open(path)?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    progress.set_length(len);
    progress.set_position(0);
    progress.set_message(format!("reading {}", path.file_name().unwrap_or_default().to_string_lossy()));
    Ok(progress.wrap_read(file))
}

fn read_export(dir: &Path, progress: &ProgressBar) -> Result<Export, Failure> {
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
        b.comments(open_with(&comments, progress)?).map_err(named(&comments))?;
    }
    if votes.is_file() {
        b.votes(open_with(&votes, progress)?).map_err(named(&votes))?;
    }
    if pv.is_file() {
        b.participants_votes(open_with(&pv, progress)?).map_err(named(&pv))?;
    }
    b.build().map_err(|e| bad_input(anyhow!("{}: {e}", dir.display())))
}

/// A progress display on standard error, drawn only on a terminal.
fn progress() -> ProgressBar {
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} {bytes}/{total_bytes} ({bytes_per_sec})")
            .expect("the template is valid"),
    );
    bar
}

/// Switches the progress display to a phase without a byte count.
fn phase(progress: &ProgressBar, message: &str) {
    progress.set_style(ProgressStyle::with_template("{spinner} {msg} ({elapsed})").expect("the template is valid"));
    progress.set_message(message.to_owned());
    progress.enable_steady_tick(std::time::Duration::from_millis(120));
}

/// Runs `concord analyze`.
pub fn run(args: Args) -> Result<(), Failure> {
    match (&args.dir, &args.url, args.consultation) {
        (Some(dir), None, None) => run_export(dir, &args),
        (None, Some(url), Some(id)) => {
            let source = consultation::Source { url, id, log_size: args.log_size, key: args.key.as_deref() };
            consultation::run(&source, args.seed, args.json)
        }
        // clap makes the folder and the URL exclusive, the URL needing an id.
        _ => Err(bad_input(anyhow!("give an export folder, or --url with --consultation"))),
    }
}

/// Analyses an export folder.
fn run_export(dir: &Path, args: &Args) -> Result<(), Failure> {
    let progress = progress();
    let mut timings: Vec<(&'static str, f64)> = Vec::new();
    let t = Instant::now();
    let mut export = read_export(dir, &progress)?;
    timings.push(("read", ms(t)));
    if args.mode != Mode::OneShot && !export.has_history {
        return Err(bad_input(anyhow!(
            "{}: --mode {} needs votes.csv (the vote history)",
            dir.display(),
            args.mode.name()
        )));
    }
    let polis_order = |schedule| ReplayConfig {
        schedule,
        statement_ids: Export::polis_ids(&export.statements),
        participant_ids: Export::polis_ids(&export.participants),
    };
    let schedule = match args.mode {
        Mode::Recompute => Schedule::Once,
        _ => Schedule::Polls(args.poll_ms),
    };
    let replay_config = polis_order(schedule);
    let mut config = Config { seed: args.seed, ..Config::default() };
    // One-shot with a history clusters whom Pol.is's live server would:
    // in-conv over the history (see the consensus README).
    if args.mode == Mode::OneShot && export.has_history {
        phase(&progress, "following who takes part");
        let t = Instant::now();
        let n = u32::try_from(export.participants.len()).map_err(failed)?;
        config.in_conv =
            Some(consensus::participation(n, &export.votes.timed(), &config, &replay_config).map_err(bad_input)?);
        timings.push(("participation", ms(t)));
    }
    let timed = (args.mode != Mode::OneShot).then(|| export.votes.timed());
    export.votes.forget_times();
    phase(&progress, "building the vote matrix");
    let t = Instant::now();
    let m = export.matrix().map_err(failed)?;
    timings.push(("matrix", ms(t)));
    phase(&progress, "finding opinion groups");
    let analysis = match &timed {
        None => consensus::analyze(&m, &export.moderation, &config),
        Some(timed) => {
            consensus::replay(m.n_participants(), m.n_statements(), timed, &export.moderation, &config, &replay_config)
        }
    }
    .map_err(bad_input)?;
    drop(timed);
    timings.extend(analysis.timings_ms.iter().copied());
    phase(&progress, "fitting bridging scores");
    let t = Instant::now();
    let b = bridging::fit(&m, &BridgingConfig { seed: args.seed, ..BridgingConfig::default() });
    timings.push(("bridging", ms(t)));
    progress.finish_and_clear();
    let participation = match args.mode {
        Mode::OneShot if export.has_history => "history",
        Mode::OneShot | Mode::Recompute => "final votes",
        Mode::Replay => "history",
    };
    let result = report::Result::new(&export, m.n_votes(), &analysis, &b, args.mode.name(), participation);
    for w in result.warnings() {
        eprintln!("warning: {}: {w}", dir.display());
    }
    let out = if args.json { result.json(&timings) } else { result.readable() };
    println!("{out}");
    Ok(())
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}
