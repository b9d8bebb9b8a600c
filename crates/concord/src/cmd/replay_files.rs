//! The CSV files `concord rules replay` reads: roll calls, votes, a member
//! list and known outcomes. Every reader refuses a malformed row (a quoted
//! field never closed, a row with the wrong number of columns) with the
//! file and line (issue 13).

use std::collections::{HashMap, HashSet};
use std::io::Cursor;
use std::path::{Path, PathBuf};

use anyhow::anyhow;
use domain::csv_text::Lines;
use rules::{Member, Outcome, Vote};

use super::{Failure, bad_input};

/// A CSV file with a header, its required columns located.
struct Table {
    path: PathBuf,
    reader: csv::Reader<Cursor<Vec<u8>>>,
    /// The file's bytes, to number its lines (see `domain::csv_text::Lines`).
    text: Vec<u8>,
    columns: Vec<usize>,
}

/// The most columns a reader asks for.
const MAX_COLUMNS: usize = 9;

impl Table {
    fn open(path: &Path, required: &[&str]) -> Result<Table, Failure> {
        let text =
            std::fs::read_to_string(path).map_err(|e| bad_input(anyhow!("{}: cannot read: {e}", path.display())))?;
        if let Some(line) = domain::csv_text::unterminated_quote(&text) {
            return Err(bad_input(anyhow!(
                "{}:{line}: a quoted field opened here is never closed (unterminated quote)",
                path.display()
            )));
        }
        let text = text.into_bytes();
        let mut reader = csv::ReaderBuilder::new().from_reader(Cursor::new(text.clone()));
        let headers = reader.headers().map_err(|e| csv_error(path, &mut Lines::new(&text), &e))?.clone();
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
        Ok(Table { path: path.to_owned(), reader, text, columns })
    }

    /// Calls `row(line, fields)` for each record, the fields in the order of
    /// the required columns.
    fn each(&mut self, mut row: impl FnMut(u64, &[&str]) -> Result<(), String>) -> Result<(), Failure> {
        let mut record = csv::StringRecord::new();
        let mut lines = Lines::new(&self.text);
        loop {
            match self.reader.read_record(&mut record) {
                Ok(false) => return Ok(()),
                Ok(true) => {}
                Err(e) => return Err(csv_error(&self.path, &mut lines, &e)),
            }
            let line = record.position().map_or(0, |p| lines.line_of_record(p.byte()));
            let mut fields = [""; MAX_COLUMNS];
            for (field, &c) in fields.iter_mut().zip(&self.columns) {
                *field = record.get(c).unwrap_or("").trim();
            }
            row(line, &fields[..self.columns.len()])
                .map_err(|msg| bad_input(anyhow!("{}:{line}: {msg}", self.path.display())))?;
        }
    }
}

fn csv_error(path: &Path, lines: &mut Lines, e: &csv::Error) -> Failure {
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("{len} columns where the header has {expected_len}")
        }
        _ => e.to_string(),
    };
    match e.position() {
        Some(p) => bad_input(anyhow!("{}:{}: {message}", path.display(), lines.line_of_record(p.byte()))),
        None => bad_input(anyhow!("{}: {message}", path.display())),
    }
}

/// The columns of a roll-call file (the unvotes format).
const ROLL_CALL_COLUMNS: [&str; MAX_COLUMNS] =
    ["rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"];

/// One recorded roll call.
#[derive(Debug)]
pub struct RollCall {
    /// Its id in the vote file.
    pub rcid: u64,
    /// The date of the vote, as written (`2015-10-27`).
    pub date: String,
    /// The resolution's symbol, where known (`R/70/5`).
    pub symbol: String,
    /// What was voted on: the short title, or else the description.
    pub title: String,
}

/// The roll calls, in file order.
pub fn read_roll_calls(path: &Path) -> Result<Vec<RollCall>, Failure> {
    let mut table = Table::open(path, &ROLL_CALL_COLUMNS)?;
    let mut roll_calls = Vec::new();
    let mut seen = HashSet::new();
    table.each(|_, f| {
        let rcid = parse_rcid(f[0])?;
        if !seen.insert(rcid) {
            return Err(format!("roll call {rcid} is listed twice"));
        }
        let title = if f[7].is_empty() { f[8] } else { f[7] };
        roll_calls.push(RollCall { rcid, date: f[3].to_owned(), symbol: f[4].to_owned(), title: title.to_owned() });
        Ok(())
    })?;
    Ok(roll_calls)
}

fn parse_rcid(text: &str) -> Result<u64, String> {
    text.parse().map_err(|_| format!("rcid `{text}` is not a whole number"))
}

/// A voter of the vote file: a country code, or one row without a code.
#[derive(Debug)]
pub struct Voter {
    /// The code as written; empty for a row without one.
    pub code: String,
    /// Its id in the electorate: the code, or for a row without a code,
    /// one naming its line, so that each such row is a voter of its own.
    pub id: String,
    /// The line of its first vote.
    pub first_line: u64,
    /// How many votes it cast.
    pub votes: u64,
}

/// The votes of all roll calls. Codes are interned: a few hundred voters
/// stand for ninety thousand rows.
pub struct Votes {
    /// Each voter, in order of first appearance.
    pub voters: Vec<Voter>,
    /// For each roll call (in the roll-call file's order), its votes in file
    /// order, as indexes into `voters`.
    pub by_roll_call: Vec<Vec<(u32, Vote)>>,
}

/// Reads the votes. Every row is a vote, whatever its code: a row without a
/// code (a historical state the source could not code) is a voter of its
/// own, so two such rows in one roll call are two voters.
pub fn read_votes(path: &Path, roll_calls: &[RollCall]) -> Result<Votes, Failure> {
    let mut table = Table::open(path, &["rcid", "iso2", "vote"])?;
    let roll_call: HashMap<u64, usize> = roll_calls.iter().enumerate().map(|(i, r)| (r.rcid, i)).collect();
    let mut index: HashMap<String, u32> = HashMap::new();
    let mut votes = Votes { voters: Vec::new(), by_roll_call: vec![Vec::new(); roll_calls.len()] };
    let mut seen: HashSet<(usize, u32)> = HashSet::new();
    table.each(|line, f| {
        let rcid = parse_rcid(f[0])?;
        let code = f[1];
        let vote: Vote = f[2].parse().map_err(|e: rules::TallyError| e.to_string())?;
        let &at = roll_call.get(&rcid).ok_or_else(|| format!("roll call {rcid} is not in the roll-call file"))?;
        let known = if code.is_empty() { None } else { index.get(code).copied() };
        let voter = match known {
            Some(voter) => voter,
            None => {
                let voter = u32::try_from(votes.voters.len()).map_err(|_| "too many voters".to_owned())?;
                let id = if code.is_empty() { format!("(no code, line {line})") } else { code.to_owned() };
                if !code.is_empty() {
                    index.insert(code.to_owned(), voter);
                }
                votes.voters.push(Voter { code: code.to_owned(), id, first_line: line, votes: 0 });
                voter
            }
        };
        if !seen.insert((at, voter)) {
            return Err(format!("`{code}` votes twice in roll call {rcid}"));
        }
        votes.voters[voter as usize].votes += 1;
        votes.by_roll_call[at].push((voter, vote));
        Ok(())
    })?;
    Ok(votes)
}

/// The UN member states (status `member`) with their regional group and
/// population.
pub fn read_members(path: &Path) -> Result<Vec<Member>, Failure> {
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

/// The recorded outcome of some roll calls (columns `rcid`, `outcome`:
/// adopted or rejected), to compare the replay with.
pub fn read_outcomes(path: &Path, roll_calls: &[RollCall]) -> Result<HashMap<u64, Outcome>, Failure> {
    let mut table = Table::open(path, &["rcid", "outcome"])?;
    let listed: HashSet<u64> = roll_calls.iter().map(|r| r.rcid).collect();
    let mut outcomes = HashMap::new();
    table.each(|_, f| {
        let rcid = parse_rcid(f[0])?;
        let outcome = match f[1] {
            "adopted" => Outcome::Adopted,
            "rejected" => Outcome::Rejected,
            other => return Err(format!("unknown outcome `{other}`; use adopted or rejected")),
        };
        if !listed.contains(&rcid) {
            return Err(format!("roll call {rcid} is not in the roll-call file"));
        }
        if outcomes.insert(rcid, outcome).is_some() {
            return Err(format!("roll call {rcid} is listed twice"));
        }
        Ok(())
    })?;
    Ok(outcomes)
}
