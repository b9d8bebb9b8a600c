//! `concord rules ...`: check procedure files and replay recorded votes
//! under a procedure (issue 7). Glue only: reading files and CSV here, the
//! rules themselves in the `rules` crate.
//!
//! Until the domain crate owns the member list, `replay --members` reads
//! `data/countries/un_members.csv` here for regional groups and populations.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::anyhow;
use clap::{Args, Subcommand};
use rules::{Electorate, Lang, Localizer, Member, Positions, Procedure, Vote};

use super::{Failure, bad_input, failed};

/// Decision procedures: check them, apply them to recorded votes.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Check procedure files (TOML); report each error with file, line and
    /// what to fix. Exit 0 if all are valid, 2 otherwise.
    Check(CheckArgs),
    /// Replay recorded roll-call votes (the unvotes CSV format) under a
    /// procedure and print each roll call's outcome.
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
    /// votes file, with no group.
    #[arg(long, value_name = "FILE")]
    pub members: Option<PathBuf>,
    /// The language of the explanations: ar, zh, en, fr, ru or es.
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
    /// Print a JSON array, one object per roll call.
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

fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| bad_input(anyhow!("{}: cannot read: {e}", path.display())))
}

fn load_procedure(path: &Path) -> Result<Procedure, Failure> {
    let text = read(path)?;
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
        _ => Err(bad_input(anyhow!("{bad} of {} procedure files have errors", args.files.len()))),
    }
}

/// A CSV file with a header, its required columns located.
struct Table {
    path: PathBuf,
    reader: csv::Reader<std::fs::File>,
    columns: Vec<usize>,
}

impl Table {
    fn open(path: &Path, required: &[&str]) -> Result<Table, Failure> {
        let mut reader = csv::ReaderBuilder::new()
            .from_path(path)
            .map_err(|e| bad_input(anyhow!("{}: cannot read: {e}", path.display())))?;
        let headers = reader.headers().map_err(|e| csv_error(path, &e))?.clone();
        let columns = required
            .iter()
            .map(|name| {
                headers
                    .iter()
                    // A spreadsheet may start the file with a byte-order mark.
                    .position(|h| h.trim_start_matches('\u{feff}').trim() == *name)
                    .ok_or_else(|| {
                        bad_input(anyhow!(
                            "{}: missing column `{name}`; the header must name {}",
                            path.display(),
                            required.join(", ")
                        ))
                    })
            })
            .collect::<Result<_, _>>()?;
        Ok(Table { path: path.to_owned(), reader, columns })
    }

    /// Calls `row(line, fields)` for each record, the fields in the order of
    /// the required columns.
    fn each(&mut self, mut row: impl FnMut(u64, &[&str]) -> Result<(), String>) -> Result<(), Failure> {
        let mut record = csv::StringRecord::new();
        loop {
            match self.reader.read_record(&mut record) {
                Ok(false) => return Ok(()),
                Ok(true) => {}
                Err(e) => return Err(csv_error(&self.path, &e)),
            }
            let line = record.position().map_or(0, |p| p.line());
            let mut fields = [""; ROLL_CALL_COLUMNS.len()];
            for (field, &c) in fields.iter_mut().zip(&self.columns) {
                *field = record.get(c).unwrap_or("").trim();
            }
            row(line, &fields[..self.columns.len()])
                .map_err(|msg| bad_input(anyhow!("{}:{line}: {msg}", self.path.display())))?;
        }
    }
}

fn csv_error(path: &Path, e: &csv::Error) -> Failure {
    match e.position() {
        Some(p) => bad_input(anyhow!("{}:{}: {e}", path.display(), p.line())),
        None => bad_input(anyhow!("{}: {e}", path.display())),
    }
}

const ROLL_CALL_COLUMNS: [&str; 9] =
    ["rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"];

/// The roll calls' ids, in file order.
fn read_roll_calls(path: &Path) -> Result<Vec<u64>, Failure> {
    let mut table = Table::open(path, &ROLL_CALL_COLUMNS)?;
    let mut rcids = Vec::new();
    let mut seen = HashSet::new();
    table.each(|_, f| {
        let rcid: u64 = f[0].parse().map_err(|_| format!("rcid `{}` is not a whole number", f[0]))?;
        if !seen.insert(rcid) {
            return Err(format!("roll call {rcid} is listed twice"));
        }
        rcids.push(rcid);
        Ok(())
    })?;
    Ok(rcids)
}

/// The votes of all roll calls. Country codes are interned: a few hundred
/// distinct codes stand for ninety thousand rows.
struct Votes {
    /// Each distinct code, in order of first appearance.
    codes: Vec<String>,
    /// For each roll call (in the roll-call file's order), its votes in file
    /// order, as indexes into `codes`.
    by_roll_call: Vec<Vec<(u32, Vote)>>,
}

fn read_votes(path: &Path, rcids: &[u64]) -> Result<Votes, Failure> {
    let mut table = Table::open(path, &["rcid", "iso2", "vote"])?;
    let roll_call: HashMap<u64, usize> = rcids.iter().enumerate().map(|(i, &r)| (r, i)).collect();
    let mut code_index: HashMap<String, u32> = HashMap::new();
    let mut votes = Votes { codes: Vec::new(), by_roll_call: vec![Vec::new(); rcids.len()] };
    let mut seen: HashSet<(usize, u32)> = HashSet::new();
    table.each(|_, f| {
        let rcid: u64 = f[0].parse().map_err(|_| format!("rcid `{}` is not a whole number", f[0]))?;
        let code = f[1];
        if code.is_empty() {
            return Err("a vote without a country code (iso2)".into());
        }
        let vote: Vote = f[2].parse().map_err(|e: rules::TallyError| e.to_string())?;
        let &index = roll_call.get(&rcid).ok_or_else(|| format!("roll call {rcid} is not in the roll-call file"))?;
        let code_id = match code_index.get(code) {
            Some(&id) => id,
            None => {
                let id = u32::try_from(votes.codes.len()).map_err(|_| "too many country codes".to_owned())?;
                code_index.insert(code.to_owned(), id);
                votes.codes.push(code.to_owned());
                id
            }
        };
        if !seen.insert((index, code_id)) {
            return Err(format!("`{code}` votes twice in roll call {rcid}"));
        }
        votes.by_roll_call[index].push((code_id, vote));
        Ok(())
    })?;
    Ok(votes)
}

/// The UN member states (status `member`) with their regional group and
/// population.
fn read_members(path: &Path) -> Result<Vec<Member>, Failure> {
    let mut table = Table::open(path, &["iso2", "status", "un_regional_group", "population"])?;
    let mut members = Vec::new();
    table.each(|_, f| {
        if f[1] != "member" {
            return Ok(());
        }
        let population: u64 = if f[3].is_empty() {
            0
        } else {
            f[3].parse().map_err(|_| format!("population `{}` is not a whole number", f[3]))?
        };
        let mut member = Member::new(f[0]).weighing(population);
        if !f[2].is_empty() {
            member = member.in_group(f[2]);
        }
        members.push(member);
        Ok(())
    })?;
    Ok(members)
}

fn replay(args: &ReplayArgs) -> Result<(), Failure> {
    let procedure = load_procedure(&args.procedure)?;
    if args.members.is_none() && (procedure.uses_groups() || procedure.uses_weights()) {
        return Err(bad_input(anyhow!(
            "{}: the procedure looks at regional groups or populations; pass --members data/countries/un_members.csv",
            args.procedure.display()
        )));
    }
    let rcids = read_roll_calls(&args.roll_calls)?;
    let votes = read_votes(&args.votes, &rcids)?;
    let base: Vec<Member> = match &args.members {
        Some(path) => read_members(path)?,
        None => {
            let mut codes: Vec<&str> = votes.codes.iter().map(String::as_str).collect();
            codes.sort_unstable();
            codes.into_iter().map(Member::new).collect()
        }
    };
    let known: HashSet<&str> = base.iter().map(|m| m.id.as_str()).collect();
    let is_known: Vec<bool> = votes.codes.iter().map(|c| known.contains(c.as_str())).collect();
    let base_electorate = Electorate::new(base.clone()).map_err(|e| match &args.members {
        Some(path) => bad_input(anyhow!("{}: {e}", path.display())),
        None => bad_input(e),
    })?;
    let localizer = Localizer::new();

    let mut out = String::new();
    let (mut adopted, mut rejected, mut pending) = (0, 0, 0);
    if args.json {
        out.push('[');
    }
    for (i, rcid) in rcids.iter().enumerate() {
        let rows = &votes.by_roll_call[i];
        // Every vote row counts, whatever its code: a historical state or
        // an unknown code joins the electorate for this roll call.
        let extra: Vec<Member> = rows
            .iter()
            .filter(|(code, _)| !is_known[*code as usize])
            .map(|(code, _)| Member::new(votes.codes[*code as usize].as_str()))
            .collect();
        let cast: Vec<(String, Vote)> =
            rows.iter().map(|(code, vote)| (votes.codes[*code as usize].clone(), *vote)).collect();
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
            rules::Outcome::Adopted => adopted += 1,
            rules::Outcome::Rejected => rejected += 1,
            rules::Outcome::Pending => pending += 1,
        }
        let c = tally.counts;
        if args.json {
            let explanation = serde_json::Value::String(localizer.explain(args.lang, &tally));
            out.push_str(if i == 0 { "\n" } else { ",\n" });
            let _ = write!(
                out,
                r#"{{"rcid":{rcid},"yes":{},"no":{},"abstain":{},"outcome":"{}","explanation":{explanation}}}"#,
                c.yes,
                c.no,
                c.abstain,
                tally.outcome.key(),
            );
        } else {
            let _ = writeln!(out, "{rcid}\t{}\t{}\t{}\t{}", c.yes, c.no, c.abstain, tally.outcome.key());
        }
    }
    if args.json {
        out.push_str("\n]\n");
        emit(&out)
    } else {
        let _ = writeln!(
            out,
            "{} roll calls under \"{}\": {adopted} adopted, {rejected} rejected{}",
            rcids.len(),
            procedure.name(),
            if pending > 0 { format!(", {pending} pending") } else { String::new() }
        );
        emit(&format!("rcid\tyes\tno\tabstain\toutcome\n{out}"))
    }
}
