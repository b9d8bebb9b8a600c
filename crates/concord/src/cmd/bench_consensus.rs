//! `concord bench consensus`: the consensus engine on a generated
//! consultation with planted opinion groups. Prints the time of every phase
//! (building the vote matrix included) and the process's peak memory; nothing
//! is asserted.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::anyhow;

use consensus::bridging::{self, BridgingConfig};
use consensus::synth::{self, SynthConfig};
use consensus::{Config, Moderation, VoteMatrix, adjusted_rand_index};

use super::plural::count;
use super::{Failure, bad_input, failed, polis_export};

/// Arguments of `concord bench consensus`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Number of participants.
    #[arg(long)]
    pub participants: u32,
    /// Number of statements.
    #[arg(long)]
    pub statements: u32,
    /// Number of votes (distinct participant-statement pairs).
    #[arg(long)]
    pub votes: u64,
    /// Number of planted opinion groups.
    #[arg(long, default_value_t = 3)]
    pub groups: u32,
    /// Seed of the generator and of the analysis.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Skip the bridging fit.
    #[arg(long)]
    pub no_bridging: bool,
    /// Run only the bridging fit (after building the matrix).
    #[arg(long, conflicts_with = "no_bridging")]
    pub bridging_only: bool,
    /// Write the generated votes as a Pol.is export into this new (or empty)
    /// folder, for `concord analyze` to read, instead of running the bench.
    #[arg(long, value_name = "DIR")]
    pub write: Option<PathBuf>,
}

/// The process's peak resident memory in bytes (Linux `VmHWM`), if known.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn gib(bytes: u64) -> String {
    format!("{:.2} GiB", bytes as f64 / (1u64 << 30) as f64)
}

/// Runs the benchmark.
pub fn run(args: Args) -> Result<(), Failure> {
    let cfg = SynthConfig {
        participants: args.participants,
        statements: args.statements,
        votes: args.votes,
        groups: args.groups,
        seed: args.seed,
        ..SynthConfig::default()
    };
    println!(
        "consensus bench: {} x {}, {}, {}, seed {}, {}",
        count(args.participants, "participant", "participants"),
        count(args.statements, "statement", "statements"),
        count(args.votes, "vote", "votes"),
        count(args.groups, "planted group", "planted groups"),
        args.seed,
        count(std::thread::available_parallelism().map_or(1, |n| n.get()) as u64, "thread", "threads")
    );
    let t = Instant::now();
    let synthetic = synth::generate(&cfg).map_err(bad_input)?;
    println!("  generate        {:>10.1} ms (not counted)", ms(t));
    if let Some(dir) = &args.write {
        return write_export(dir, &args, &synthetic.votes);
    }
    let t = Instant::now();
    let m = VoteMatrix::from_votes(args.participants, args.statements, &synthetic.votes).map_err(failed)?;
    let matrix_ms = ms(t);
    let truth = synthetic.group_of;
    drop(synthetic.votes);
    println!(
        "  matrix          {:>10.1} ms ({}, {} in the matrix)",
        matrix_ms,
        count(args.votes, "vote", "votes"),
        gib(m.heap_bytes() as u64)
    );
    let mut groups_total = matrix_ms;
    if !args.bridging_only {
        let a = consensus::analyze(&m, &Moderation::default(), &Config { seed: args.seed, ..Config::default() })
            .map_err(failed)?;
        for (phase, t) in &a.timings_ms {
            println!("  {phase:<15} {t:>10.1} ms");
            if *phase != "statistics" {
                groups_total += t;
            }
        }
        println!(
            "  = opinion groups (matrix to groups) {:.1} ms; with statistics {:.1} ms",
            groups_total,
            groups_total + a.timings_ms.iter().filter(|p| p.0 == "statistics").map(|p| p.1).sum::<f64>()
        );
        let mut found: Vec<Option<u32>> = vec![None; truth.len()];
        for g in &a.groups {
            for &p in &g.members {
                found[p as usize] = Some(g.id);
            }
        }
        let planted: Vec<Option<u32>> = truth.iter().map(|&g| Some(g)).collect();
        let ari = adjusted_rand_index(&found, &planted).unwrap_or(f64::NAN);
        println!(
            "  groups found {} (planted {}), {} clustered, pca iterations {}, ARI vs planted {:.4}",
            a.groups.len(),
            args.groups,
            a.in_conv.len(),
            a.pca.iterations,
            ari
        );
    }
    if !args.no_bridging {
        let t = Instant::now();
        let b = bridging::fit(&m, &BridgingConfig { seed: args.seed, ..BridgingConfig::default() });
        println!(
            "  bridging        {:>10.1} ms ({}, {}, {})",
            ms(t),
            count(b.iterations as u64, "sweep", "sweeps"),
            if b.converged { "converged" } else { "not converged" },
            count(
                b.statements.iter().filter(|s| s.is_some_and(|s| s.bridging)).count() as u64,
                "bridging statement",
                "bridging statements"
            )
        );
    }
    match peak_rss() {
        Some(b) => println!("  peak memory     {}", gib(b)),
        None => println!("  peak memory     unknown"),
    }
    Ok(())
}

/// Writes the votes as a Pol.is export: participants vote in turns (the
/// first vote of everyone, then the second, ...), ten milliseconds apart.
fn write_export(dir: &Path, args: &Args, votes: &[consensus::Vote]) -> Result<(), Failure> {
    if dir.exists()
        && std::fs::read_dir(dir).map_err(|e| bad_input(anyhow!("{}: {e}", dir.display())))?.next().is_some()
    {
        return Err(bad_input(anyhow!("{}: the folder exists and is not empty", dir.display())));
    }
    std::fs::create_dir_all(dir).map_err(|e| bad_input(anyhow!("{}: {e}", dir.display())))?;
    let t = Instant::now();
    // The votes are participant by participant; start of each participant's.
    let mut start = vec![0usize; args.participants as usize + 1];
    for v in votes {
        start[v.participant as usize + 1] += 1;
    }
    for p in 0..args.participants as usize {
        start[p + 1] += start[p];
    }
    let longest = (0..args.participants as usize).map(|p| start[p + 1] - start[p]).max().unwrap_or(0);
    let rows = (0..longest)
        .flat_map(|turn| {
            let start = &start;
            (0..args.participants as usize)
                .filter_map(move |p| (start[p] + turn < start[p + 1]).then_some(start[p] + turn))
        })
        .enumerate()
        .map(|(i, at)| polis_export::TimedRow { time_ms: 1_700_000_000_000 + 10 * i as i64, vote: votes[at] });
    let texts: Vec<String> =
        (0..args.statements).map(|s| format!("Generated statement {s} (seed {})", args.seed)).collect();
    let written = polis_export::write(dir, args.participants, &texts, rows).map_err(failed)?;
    println!("  wrote {} to {} in {:.1} s", written.join(", "), dir.display(), t.elapsed().as_secs_f64());
    Ok(())
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}
