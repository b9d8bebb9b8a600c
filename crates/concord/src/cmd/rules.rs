//! `concord rules ...`: check procedure files and replay recorded votes
//! under a procedure (issue 7). Glue only: reading files and CSV here, the
//! rules themselves in the `rules` crate.
//!
//! Until the domain crate owns the member list, `replay --members` reads
//! `data/countries/un_members.csv` for regional groups and populations; the
//! CSV readers are in `replay_files`.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::anyhow;
use clap::{Args, Subcommand};
use rules::{Counts, Electorate, Lang, Localizer, Member, Outcome, Positions, Procedure, Vote};
use serde_json::{Value, json};

use super::replay_files::{RollCall, Voter, read_members, read_outcomes, read_roll_calls, read_votes};

use super::plural::count;
use super::{Failure, bad_input, failed};

/// Decision procedures: check them, apply them to recorded votes.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Check procedure files (TOML); report each error with file, line and
    /// what to fix. Exit 0 if all are valid, 2 otherwise.
    Check(CheckArgs),
    /// Replay recorded roll-call votes (the unvotes CSV format) under a
    /// procedure: each roll call's resolution, date and outcome explained,
    /// and a summary.
    Replay(ReplayArgs),
}

/// Arguments of `concord rules check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The procedure files to check.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// Arguments of `concord rules replay`.
#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// The roll calls: CSV with columns rcid, session, importantvote, date,
    /// unres, amend, para, short, descr.
    #[arg(long, value_name = "FILE")]
    pub roll_calls: PathBuf,
    /// The votes: CSV with columns rcid, iso2, vote (yes, no or abstain).
    #[arg(long, value_name = "FILE")]
    pub votes: PathBuf,
    /// The procedure (TOML), for example
    /// examples/procedures/un-ga-simple-majority.toml.
    #[arg(long, value_name = "FILE")]
    pub procedure: PathBuf,
    /// The member list with regional groups and populations
    /// (data/countries/un_members.csv). Needed by procedures that look at
    /// groups or weights; without it the electorate is every code in the
    /// votes file, with no group. Votes by codes it does not list (and
    /// votes without a code) still count, as extra voters, with a warning.
    #[arg(long, value_name = "FILE")]
    pub members: Option<PathBuf>,
    /// With --members: refuse a vote by a code the member list does not
    /// name (or without a code), with its file and line.
    #[arg(long, requires = "members")]
    pub strict: bool,
    /// The recorded outcome of roll calls (CSV with columns rcid, outcome:
    /// adopted or rejected), for example data/unvotes/outcomes.csv; the
    /// summary says on how many the procedure agrees.
    #[arg(long, value_name = "FILE")]
    pub outcomes: Option<PathBuf>,
    /// The language of the explanations: ar, zh, en, fr, ru or es.
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
    /// Print JSON: each roll call, the voters the member list does not name
    /// (`unlisted`) and the summary.
    #[arg(long)]
    pub json: bool,
}

fn parse_lang(tag: &str) -> Result<Lang, String> {
    tag.parse().map_err(|e: rules::UnknownLang| e.to_string())
}

impl RulesCommand {
    /// Runs the chosen subcommand.
    pub fn run(self) -> Result<(), Failure> {
        match self {
            RulesCommand::Check(args) => check(&args),
            RulesCommand::Replay(args) => replay(&args),
        }
    }
}

/// Writes `text` to standard output; a closed or failing output is a
/// failure to do the work (exit 1), never a panic.
fn emit(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()).or_else(|e| match e.kind() {
        // The reader stopped reading (`| head`): nothing more to do.
        std::io::ErrorKind::BrokenPipe => Ok(()),
        _ => Err(failed(anyhow!("cannot write the output: {e}"))),
    })
}

fn read_text(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| bad_input(anyhow!("{}: cannot read: {e}", path.display())))
}

fn load_procedure(path: &Path) -> Result<Procedure, Failure> {
    let text = read_text(path)?;
    Procedure::from_toml(&text)
        .map_err(|e| bad_input(anyhow!("{}:{}:{}: {}", path.display(), e.line, e.column, e.kind)))
}

fn check(args: &CheckArgs) -> Result<(), Failure> {
    if let [path] = args.files.as_slice() {
        let procedure = load_procedure(path)?;
        return emit(&format!("{}: ok: {}\n", path.display(), procedure.name()));
    }
    let mut bad = 0;
    for path in &args.files {
        match load_procedure(path) {
            Ok(procedure) => emit(&format!("{}: ok: {}\n", path.display(), procedure.name()))?,
            Err(failure) => {
                bad += 1;
                eprintln!("error: {:#}", failure.error());
            }
        }
    }
    match bad {
        0 => Ok(()),
        _ => Err(bad_input(anyhow!(
            "{bad} of {} {} errors",
            count(args.files.len() as u64, "procedure file", "procedure files"),
            if bad == 1 { "has" } else { "have" }
        ))),
    }
}

/// One roll call replayed.
struct Replayed<'a> {
    roll_call: &'a RollCall,
    counts: Counts,
    outcome: Outcome,
    /// Its recorded outcome, if `--outcomes` gives one.
    known: Option<Outcome>,
    /// The explanation on one line.
    explanation: String,
}

/// What the replay found, for the summary.
#[derive(Default)]
struct Summary {
    adopted: u64,
    rejected: u64,
    pending: u64,
    /// Roll calls with a known outcome.
    known: u64,
    /// Of those, the ones the procedure decided the same way.
    matched: u64,
}

fn replay(args: &ReplayArgs) -> Result<(), Failure> {
    let procedure = load_procedure(&args.procedure)?;
    if args.members.is_none() && (procedure.uses_groups() || procedure.uses_weights()) {
        return Err(bad_input(anyhow!(
            "{}: the procedure looks at regional groups or populations; pass --members data/countries/un_members.csv",
            args.procedure.display()
        )));
    }
    let roll_calls = read_roll_calls(&args.roll_calls)?;
    let votes = read_votes(&args.votes, &roll_calls)?;
    let outcomes = args.outcomes.as_deref().map(|path| read_outcomes(path, &roll_calls)).transpose()?;
    let base: Vec<Member> = match &args.members {
        Some(path) => read_members(path)?,
        None => {
            let mut ids: Vec<&str> = votes.voters.iter().map(|v| v.id.as_str()).collect();
            ids.sort_unstable();
            ids.into_iter().map(Member::new).collect()
        }
    };
    let listed: HashSet<&str> = base.iter().map(|m| m.id.as_str()).collect();
    let is_listed: Vec<bool> = votes.voters.iter().map(|v| listed.contains(v.id.as_str())).collect();
    let unlisted: Vec<&Voter> = votes.voters.iter().zip(&is_listed).filter(|(_, l)| !**l).map(|(v, _)| v).collect();
    if let (Some(members), true, Some(first)) =
        (&args.members, args.strict, unlisted.iter().min_by_key(|v| v.first_line))
    {
        let who = if first.code.is_empty() {
            "a vote without a country code".to_owned()
        } else {
            format!("`{}`", first.code)
        };
        return Err(bad_input(anyhow!(
            "{}:{}: {who} is not in {} (--strict refuses votes by voters the member list does not name)",
            args.votes.display(),
            first.first_line,
            members.display()
        )));
    }
    let base_electorate = Electorate::new(base.clone()).map_err(|e| match &args.members {
        Some(path) => bad_input(anyhow!("{}: {e}", path.display())),
        None => bad_input(e),
    })?;
    let localizer = Localizer::new();

    let mut summary = Summary::default();
    let mut rows = Vec::with_capacity(roll_calls.len());
    for (i, roll_call) in roll_calls.iter().enumerate() {
        let cast_rows = &votes.by_roll_call[i];
        // Every vote row counts, whatever its code: a historical state, an
        // unknown code or a row without a code joins the electorate for
        // this roll call.
        let extra: Vec<Member> = cast_rows
            .iter()
            .filter(|(voter, _)| !is_listed[*voter as usize])
            .map(|(voter, _)| Member::new(votes.voters[*voter as usize].id.as_str()))
            .collect();
        let cast: Vec<(String, Vote)> =
            cast_rows.iter().map(|(voter, vote)| (votes.voters[*voter as usize].id.clone(), *vote)).collect();
        let rcid = roll_call.rcid;
        let extended;
        let electorate = if extra.is_empty() {
            &base_electorate
        } else {
            let mut members = base.clone();
            members.extend(extra);
            extended = Electorate::new(members).map_err(|e| bad_input(anyhow!("roll call {rcid}: {e}")))?;
            &extended
        };
        let positions = Positions { votes: cast, ..Positions::default() };
        let tally = procedure.tally(electorate, &positions).map_err(|e| bad_input(anyhow!("roll call {rcid}: {e}")))?;
        match tally.outcome {
            Outcome::Adopted => summary.adopted += 1,
            Outcome::Rejected => summary.rejected += 1,
            Outcome::Pending => summary.pending += 1,
        }
        let known = outcomes.as_ref().and_then(|o| o.get(&rcid).copied());
        if let Some(known) = known {
            summary.known += 1;
            summary.matched += u64::from(known == tally.outcome);
        }
        let explanation = one_line(&localizer.explain(args.lang, &tally));
        rows.push(Replayed { roll_call, counts: tally.counts, outcome: tally.outcome, known, explanation });
    }
    if let (false, Some(members)) = (unlisted.is_empty(), &args.members) {
        eprintln!("warning: {}", unlisted_warning(&unlisted, &args.votes, members));
    }
    // Without --members every voter is listed: `unlisted` is empty.
    emit(&if args.json {
        json_output(&procedure, &rows, &unlisted, &summary)
    } else {
        text_output(args, &procedure, &rows, &summary)
    })
}

/// The JSON output: each roll call, the voters the member list does not
/// name, and the summary.
fn json_output(procedure: &Procedure, rows: &[Replayed], unlisted: &[&Voter], summary: &Summary) -> String {
    let roll_calls: Vec<Value> = rows
        .iter()
        .map(|row| {
            let (r, c) = (row.roll_call, &row.counts);
            json!({
                "rcid": r.rcid, "date": r.date, "symbol": r.symbol, "title": r.title,
                "yes": c.yes, "no": c.no, "abstain": c.abstain,
                "outcome": row.outcome.key(), "known_outcome": row.known.map(|k| k.key()),
                "explanation": row.explanation,
            })
        })
        .collect();
    let unlisted: Vec<Value> =
        unlisted.iter().map(|v| json!({"code": v.code, "votes": v.votes, "first_line": v.first_line})).collect();
    let json = json!({
        "procedure": procedure.name(),
        "roll_calls": roll_calls,
        "unlisted": unlisted,
        "summary": {
            "roll_calls": rows.len(), "adopted": summary.adopted, "rejected": summary.rejected,
            "pending": summary.pending, "known": summary.known, "matched": summary.matched,
        },
    });
    format!("{json:#}\n")
}

/// The text output: per roll call its id, date, symbol and title, then the
/// explanation on one line (and the recorded outcome); then the summary.
fn text_output(args: &ReplayArgs, procedure: &Procedure, rows: &[Replayed], summary: &Summary) -> String {
    let mut out = String::new();
    for row in rows {
        let r = row.roll_call;
        let rcid = r.rcid.to_string();
        let title = shorten(&r.title, TITLE_CHARS);
        let heading: Vec<&str> =
            [rcid.as_str(), &r.date, &r.symbol, &title].into_iter().filter(|part| !part.is_empty()).collect();
        let _ = writeln!(out, "{}", heading.join("  "));
        let _ = write!(out, "    {}", row.explanation);
        match row.known {
            Some(known) => {
                let _ = writeln!(out, " Recorded outcome: {}.", known.key());
            }
            None => out.push('\n'),
        }
    }
    let _ = writeln!(
        out,
        "{} under \"{}\": {} adopted, {} rejected{}",
        count(rows.len() as u64, "roll call", "roll calls"),
        procedure.name(),
        summary.adopted,
        summary.rejected,
        if summary.pending > 0 { format!(", {} pending", summary.pending) } else { String::new() }
    );
    if let Some(path) = &args.outcomes {
        let _ = writeln!(
            out,
            "known outcomes ({}): the procedure agrees on {} of {}",
            path.display(),
            summary.matched,
            count(summary.known, "roll call", "roll calls")
        );
    }
    out
}

/// The longest title printed in the text output, in characters.
const TITLE_CHARS: usize = 100;

/// `text` cut to `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", text[..at].trim_end()),
        None => text.to_owned(),
    }
}

/// A multi-line explanation on one line: its lines (and the bullets of
/// nested clauses) joined by spaces.
fn one_line(explanation: &str) -> String {
    explanation.lines().map(|line| line.trim_start().trim_start_matches("- ")).collect::<Vec<_>>().join(" ")
}

/// The one warning about voters the member list does not name, each listed
/// once with its first line and number of votes.
fn unlisted_warning(unlisted: &[&Voter], votes: &Path, members: &Path) -> String {
    let coded: Vec<String> = unlisted
        .iter()
        .filter(|v| !v.code.is_empty())
        .map(|v| format!("{} ({}, first at line {})", v.code, count(v.votes, "vote", "votes"), v.first_line))
        .collect();
    let uncoded: Vec<&&Voter> = unlisted.iter().filter(|v| v.code.is_empty()).collect();
    let mut parts = Vec::new();
    if !coded.is_empty() {
        parts.push(format!(
            "{} not in {}: {}",
            count(coded.len() as u64, "code", "codes"),
            members.display(),
            coded.join(", ")
        ));
    }
    if let Some(first) = uncoded.iter().map(|v| v.first_line).min() {
        parts.push(format!(
            "{} without a country code (first at line {first})",
            count(uncoded.len() as u64, "vote", "votes")
        ));
    }
    format!("{}: {}; each was counted as a voter (pass --strict to refuse them)", votes.display(), parts.join("; and "))
}
