//! `concord recount ID --url BASE_URL` (or `--all`): recount a server's
//! ballots from its public log, as any member state can on its own machine.
//!
//! The log is read and verified exactly as `concord verify` reads it (the
//! signed checkpoint, every entry under its root, every tile, and that the
//! log begins with the one verified before, remembered in the same state
//! directory), which shows that every vote is in the log. Each entry, in
//! order, then goes to [`domain::decision::Recount`], which asks every
//! vote the questions the server asked when it was cast, recomputes each
//! closed ballot's tally from the logged votes, and verifies the votes'
//! signatures in batches at the end.
//!
//! The output gives, for each ballot (or the one asked for), the result the
//! logged votes give next to the logged one, and every problem found, by
//! entry. Exit 0 when everything holds, 1 on any difference (named), 2 on
//! bad input (a ballot the log does not hold). A ballot still open is told
//! as open: its votes are checked, its result is not due yet.

use std::time::Instant;

use anyhow::anyhow;
use domain::decision::{BallotRecount, DecisionEvent, Recount, RecountReport};
use domain::{Envelope, Event};
use serde_json::{Value, json};

use super::plural::count;
use super::verify::{self, Source};
use super::{Failure, bad_input, failed};

/// Options of `concord recount`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["id", "all"])))]
pub struct Args {
    /// The ballot to recount.
    #[arg(value_name = "ID")]
    pub id: Option<u64>,
    /// Recount every ballot in the log.
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub source: Source,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Verifies the log, recounts, prints the result, and fails naming every
/// ballot that does not hold.
pub fn run(args: Args) -> Result<(), Failure> {
    let started = Instant::now();
    let mut replay = Replay::default();
    let (summary, remembered) = verify::check_and_remember(&args.source, |envelope| replay.push(&envelope))?;
    let votes = replay.votes;
    let report = replay.finish()?;
    let seconds = started.elapsed().as_secs_f64();
    let ballots: Vec<&BallotRecount> = match args.id {
        Some(id) => vec![report.ballot(id).ok_or_else(|| unknown_ballot(id, &report))?],
        None => report.ballots.iter().collect(),
    };

    if args.json {
        let json = json!({
            "size": summary.entries,
            "root": summary.root.to_string(),
            "ballots": ballots.iter().map(|ballot| ballot_json(ballot)).collect::<Vec<_>>(),
        });
        println!("{json:#}");
    } else {
        println!(
            "verified {} of {}: root {} matches the signed checkpoint",
            count(summary.entries, "entry", "entries"),
            summary.origin,
            summary.root
        );
        println!("{}", remembered.describe());
        println!(
            "recounted {} ({}) in {seconds:.2} s",
            count(report.ballots.len() as u64, "ballot", "ballots"),
            count(votes, "signed vote", "signed votes"),
        );
        if ballots.is_empty() {
            println!("the log holds no ballots");
        }
        for ballot in &ballots {
            print!("{}", ballot_text(ballot));
        }
    }

    let failing: Vec<String> = ballots.iter().filter(|b| !b.problems.is_empty()).map(|b| failure_text(b)).collect();
    if failing.is_empty() {
        return Ok(());
    }
    Err(failed(anyhow!("the recount does not hold: {}", failing.join("; "))))
}

/// A ballot the log does not hold: bad input.
fn unknown_ballot(id: u64, report: &RecountReport) -> Failure {
    let holds = match (report.ballots.first(), report.ballots.last()) {
        (Some(first), Some(last)) if first.id == last.id => format!("it holds ballot {}", first.id),
        (Some(first), Some(last)) => format!("it holds ballots {} to {}", first.id, last.id),
        _ => "it holds no ballots".to_owned(),
    };
    bad_input(anyhow!("there is no ballot {id} in the log ({holds})"))
}

/// A tally's outcome and counts, in words.
fn tally_text(tally: &rules::Tally) -> String {
    let c = &tally.counts;
    format!("{}, {} yes, {} no, {} abstaining", tally.outcome.key(), c.yes, c.no, c.abstain)
}

/// What the recount found for one ballot, in lines.
fn ballot_text(ballot: &BallotRecount) -> String {
    let votes = count(ballot.votes, "vote", "votes");
    let verdict = if ballot.problems.is_empty() { "holds" } else { "DOES NOT HOLD" };
    let mut text = match (&ballot.recomputed, &ballot.logged) {
        (_, None) => format!("ballot {}: open ({votes} cast so far, each checked): {verdict}\n", ballot.id),
        (Some(recomputed), Some(logged)) => {
            let counted = recomputed.counts.yes + recomputed.counts.no + recomputed.counts.abstain;
            format!(
                "ballot {}: {verdict}\n  recounted {} ({} counted of {votes} cast)\n  logged    {}\n",
                ballot.id,
                tally_text(recomputed),
                count(counted, "vote", "votes"),
                tally_text(logged)
            )
        }
        (None, Some(logged)) => format!(
            "ballot {}: {verdict}\n  recounted: no result\n  logged    {} ({votes} cast)\n",
            ballot.id,
            tally_text(logged)
        ),
    };
    for problem in &ballot.problems {
        text.push_str(&format!("  entry {}: {}\n", problem.index, problem.what));
    }
    text
}

/// The error text naming a ballot that does not hold and its problems.
fn failure_text(ballot: &BallotRecount) -> String {
    const SHOWN: usize = 3;
    let mut problems: Vec<String> =
        ballot.problems.iter().take(SHOWN).map(|p| format!("entry {}: {}", p.index, p.what)).collect();
    if ballot.problems.len() > SHOWN {
        problems.push(format!("and {} more", ballot.problems.len() - SHOWN));
    }
    format!("ballot {} ({})", ballot.id, problems.join(", "))
}

/// One ballot as JSON: the recounted outcome and counts (null while open,
/// or when they cannot be recomputed), the logged outcome, whether it holds
/// and every problem.
fn ballot_json(ballot: &BallotRecount) -> Value {
    let counts = ballot.recomputed.as_ref().map(|t| &t.counts);
    let outcome = match (&ballot.recomputed, &ballot.logged) {
        (_, None) => json!("open"),
        (Some(tally), Some(_)) => json!(tally.outcome.key()),
        (None, Some(_)) => Value::Null,
    };
    json!({
        "id": ballot.id,
        "votes": ballot.votes,
        "outcome": outcome,
        "logged_outcome": ballot.logged.as_ref().map(|t| t.outcome.key()),
        "yes": counts.map(|c| c.yes),
        "no": counts.map(|c| c.no),
        "abstain": counts.map(|c| c.abstain),
        "holds": ballot.problems.is_empty(),
        "problems": ballot.problems.iter().map(|p| json!({"index": p.index, "what": p.what})).collect::<Vec<_>>(),
    })
}

/// A recount fed the verified entries one by one; an entry that cannot be
/// replayed stops it (the log is not one a node would have written).
#[derive(Debug, Default)]
pub(super) struct Replay {
    recount: Recount,
    stopped: Option<Failure>,
    /// The signed votes seen (each carries one signature).
    pub(super) votes: u64,
}

impl Replay {
    /// The next entry of the log.
    pub(super) fn push(&mut self, envelope: &Envelope) {
        if self.stopped.is_some() {
            return;
        }
        if matches!(envelope.event, Event::Decision(DecisionEvent::Voted(_))) {
            self.votes += 1;
        }
        if let Err(err) = self.recount.push(envelope) {
            self.stopped = Some(failed(anyhow!(
                "entry {} cannot be replayed on the log before it ({err}): the log is not one a node would write",
                envelope.index
            )));
        }
    }

    /// Verifies the signatures and returns the report.
    pub(super) fn finish(self) -> Result<RecountReport, Failure> {
        match self.stopped {
            Some(failure) => Err(failure),
            None => Ok(self.recount.finish()),
        }
    }
}
