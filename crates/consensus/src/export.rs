//! Reading a Pol.is export (the open-data CSV files) from readers; the
//! caller opens the files and names them in error messages.
//!
//! - `comments.csv`: `comment-id` and `moderated` (1 accepted, 0 not yet
//!   moderated, -1 rejected). Rejected statements are moderated out, as
//!   Pol.is's `mod-update` does for `mod = -1`; their votes are kept and the
//!   math treats them as Pol.is does (see [`crate::Moderation`]).
//! - `votes.csv`: `timestamp`, `comment-id`, `voter-id`, `vote`, the full
//!   history. Rows are ordered by timestamp (stable), so for each voter and
//!   statement the latest vote counts; exact duplicate rows are harmless.
//! - `participants-votes.csv`: `participant`, `group-id`, then one column per
//!   statement id with the latest vote or an empty cell. Used for the votes
//!   when there is no `votes.csv`, and for Pol.is's own groups.
//!
//! Participants and statements get indexes in the order of their first vote,
//! as Pol.is's named matrix appends rows and columns (`named_matrix.clj`,
//! `update-nmat`); statements that nobody voted on come after.

use std::collections::HashMap;
use std::io::Read;

use crate::analysis::{Moderation, TimedVote};
use crate::error::{Error, Result};
use crate::matrix::{Vote, VoteMatrix};

/// A parsed export, ready for the math.
#[derive(Debug, Clone, Default)]
pub struct Export {
    /// Participant ids as written in the export, by index.
    pub participants: Vec<String>,
    /// Statement ids as written in the export, by index.
    pub statements: Vec<String>,
    /// Every vote, oldest first (for a `participants-votes.csv` without
    /// history, one per cell with time 0).
    pub votes: Vec<TimedVote>,
    /// Rejected statements, by index.
    pub moderation: Moderation,
    /// Whether the votes carry real timestamps (came from `votes.csv`).
    pub has_history: bool,
    /// Pol.is's group per participant index, from `participants-votes.csv`
    /// (`None`: not clustered, or not listed there).
    pub polis_groups: Vec<Option<String>>,
    /// Number of statements listed in `comments.csv` (0 without it).
    pub listed_statements: usize,
}

impl Export {
    /// The vote matrix of the latest votes.
    pub fn matrix(&self) -> Result<VoteMatrix> {
        let n_p = u32::try_from(self.participants.len())
            .map_err(|_| Error::TooLarge { what: "participants", max: u32::MAX as u64 })?;
        let n_s = u32::try_from(self.statements.len())
            .map_err(|_| Error::TooLarge { what: "statements", max: u32::MAX as u64 })?;
        let votes: Vec<Vote> = self.votes.iter().map(|v| v.vote).collect();
        VoteMatrix::from_votes(n_p, n_s, &votes)
    }
}

/// One statement of `comments.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementInfo {
    /// The id as written.
    pub id: String,
    /// 1 accepted, 0 unmoderated, -1 rejected.
    pub moderated: i8,
}

struct Table {
    header: HashMap<String, usize>,
    rows: Vec<(u64, csv::StringRecord)>,
}

fn read_table(r: impl Read) -> Result<Table> {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(r);
    let csv_err = |e: csv::Error| Error::Csv {
        line: e.position().map_or(1, |p| p.line()),
        message: match e.kind() {
            csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                format!("{len} fields where the header has {expected_len}")
            }
            csv::ErrorKind::Utf8 { .. } => "invalid utf-8".to_string(),
            _ => e.to_string().to_lowercase(),
        },
    };
    let header: HashMap<String, usize> =
        reader.headers().map_err(csv_err)?.iter().enumerate().map(|(i, h)| (h.trim().to_string(), i)).collect();
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line());
                rows.push((line, record.clone()));
            }
            Ok(false) => break,
            Err(e) => return Err(csv_err(e)),
        }
    }
    Ok(Table { header, rows })
}

impl Table {
    fn column(&self, name: &str) -> Result<usize> {
        self.header.get(name).copied().ok_or_else(|| Error::MissingColumn { column: name.to_string() })
    }
}

fn int(line: u64, column: &str, text: &str) -> Result<i64> {
    text.trim().parse::<i64>().map_err(|_| Error::NotAnInteger {
        line,
        column: column.to_string(),
        value: text.to_string(),
    })
}

fn vote_value(line: u64, text: &str) -> Result<i8> {
    match text.trim() {
        "1" | "1.0" => Ok(1),
        "0" | "0.0" | "-0" => Ok(0),
        "-1" | "-1.0" => Ok(-1),
        _ => Err(Error::VoteValue { line, value: text.to_string() }),
    }
}

/// Reads `comments.csv`.
pub fn parse_comments(r: impl Read) -> Result<Vec<StatementInfo>> {
    let t = read_table(r)?;
    let id = t.column("comment-id")?;
    let moderated = t.column("moderated")?;
    t.rows
        .iter()
        .map(|(line, rec)| {
            let m = int(*line, "moderated", &rec[moderated])?;
            Ok(StatementInfo { id: rec[id].trim().to_string(), moderated: m.clamp(-1, 1) as i8 })
        })
        .collect()
}

/// One raw vote row before indexing.
struct RawVote {
    time: i64,
    voter: String,
    statement: String,
    value: i8,
    line: u64,
}

/// Builds an [`Export`] from the files that are present.
#[derive(Debug, Default)]
pub struct ExportBuilder {
    comments: Option<Vec<StatementInfo>>,
    export: Export,
    participant_index: HashMap<String, u32>,
    statement_index: HashMap<String, u32>,
    votes_read: bool,
}

impl ExportBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads `comments.csv`; read it before the votes so that votes for
    /// unknown statements are caught.
    pub fn comments(&mut self, r: impl Read) -> Result<&mut Self> {
        let c = parse_comments(r)?;
        self.export.listed_statements = c.len();
        self.comments = Some(c);
        Ok(self)
    }

    fn intern_participant(&mut self, id: &str) -> Result<u32> {
        if let Some(&i) = self.participant_index.get(id) {
            return Ok(i);
        }
        let i = u32::try_from(self.export.participants.len())
            .map_err(|_| Error::TooLarge { what: "participants", max: u32::MAX as u64 })?;
        self.participant_index.insert(id.to_string(), i);
        self.export.participants.push(id.to_string());
        Ok(i)
    }

    fn intern_statement(&mut self, id: &str) -> Result<u32> {
        if let Some(&i) = self.statement_index.get(id) {
            return Ok(i);
        }
        let i = u32::try_from(self.export.statements.len())
            .map_err(|_| Error::TooLarge { what: "statements", max: u32::MAX as u64 })?;
        self.statement_index.insert(id.to_string(), i);
        self.export.statements.push(id.to_string());
        Ok(i)
    }

    fn add_votes(&mut self, mut raw: Vec<RawVote>) -> Result<()> {
        let known: HashMap<&str, ()> =
            self.comments.as_ref().map(|c| c.iter().map(|s| (s.id.as_str(), ())).collect()).unwrap_or_default();
        for v in &raw {
            if self.comments.is_some() && !known.contains_key(v.statement.as_str()) {
                return Err(Error::UnknownStatement { line: v.line, statement: v.statement.clone() });
            }
        }
        raw.sort_by_key(|v| v.time);
        for v in raw {
            let participant = self.intern_participant(&v.voter)?;
            let statement = self.intern_statement(&v.statement)?;
            self.export.votes.push(TimedVote { time: v.time, vote: Vote { participant, statement, value: v.value } });
        }
        self.votes_read = true;
        Ok(())
    }

    /// Reads `votes.csv` (the history).
    pub fn votes(&mut self, r: impl Read) -> Result<&mut Self> {
        let t = read_table(r)?;
        let (ts, cid, vid, vote) =
            (t.column("timestamp")?, t.column("comment-id")?, t.column("voter-id")?, t.column("vote")?);
        let mut raw = Vec::with_capacity(t.rows.len());
        for (line, rec) in &t.rows {
            raw.push(RawVote {
                time: int(*line, "timestamp", &rec[ts])?,
                voter: rec[vid].trim().to_string(),
                statement: rec[cid].trim().to_string(),
                value: vote_value(*line, &rec[vote])?,
                line: *line,
            });
        }
        self.add_votes(raw)?;
        self.export.has_history = true;
        Ok(self)
    }

    /// Reads `participants-votes.csv`: Pol.is's groups always, and the votes
    /// too unless `votes.csv` was read.
    pub fn participants_votes(&mut self, r: impl Read) -> Result<&mut Self> {
        let t = read_table(r)?;
        let pid = t.column("participant")?;
        let gid = t.column("group-id")?;
        let fixed = ["participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"];
        let mut statement_cols: Vec<(usize, String)> = t
            .header
            .iter()
            .filter(|(name, _)| !fixed.contains(&name.as_str()))
            .map(|(name, &i)| (i, name.clone()))
            .collect();
        statement_cols.sort();
        let mut groups: Vec<(String, Option<String>)> = Vec::new();
        let mut raw = Vec::new();
        for (line, rec) in &t.rows {
            let p = rec[pid].trim().to_string();
            let g = rec[gid].trim();
            groups.push((p.clone(), (!g.is_empty()).then(|| g.to_string())));
            if self.votes_read {
                continue;
            }
            for (i, name) in &statement_cols {
                let cell = rec[*i].trim();
                if cell.is_empty() {
                    continue;
                }
                raw.push(RawVote {
                    time: 0,
                    voter: p.clone(),
                    statement: name.clone(),
                    value: vote_value(*line, cell)?,
                    line: *line,
                });
            }
        }
        if !self.votes_read {
            self.add_votes(raw)?;
        }
        for (p, g) in groups {
            if let Some(&i) = self.participant_index.get(&p) {
                let i = i as usize;
                if self.export.polis_groups.len() <= i {
                    self.export.polis_groups.resize(i + 1, None);
                }
                self.export.polis_groups[i] = g;
            }
        }
        Ok(self)
    }

    /// The export: statements listed in `comments.csv` without votes are
    /// appended, and moderation is mapped to indexes.
    pub fn build(mut self) -> Result<Export> {
        if let Some(comments) = self.comments.take() {
            for c in &comments {
                self.intern_statement(&c.id)?;
            }
            let n = self.export.statements.len();
            let mut out = vec![false; n];
            for c in &comments {
                if c.moderated < 0 {
                    out[self.statement_index[&c.id] as usize] = true;
                }
            }
            self.export.moderation.out = out;
            self.comments = Some(comments);
        }
        self.export.polis_groups.resize(self.export.participants.len(), None);
        Ok(self.export)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn votes_and_errors() {
        let mut b = ExportBuilder::new();
        b.comments("comment-id,moderated,comment-body\n0,1,\"a\nb\"\n1,-1,c\n".as_bytes()).unwrap();
        b.votes(
            "timestamp,datetime,comment-id,voter-id,vote\n5,x,1,a,1\n1,x,0,b,-1\n6,x,1,a,-1\n6,x,1,a,-1\n".as_bytes(),
        )
        .unwrap();
        let e = b.build().unwrap();
        assert_eq!(e.participants, vec!["b", "a"]);
        assert_eq!(e.statements, vec!["0", "1"]);
        assert_eq!(e.moderation.out, vec![false, true]);
        let m = e.matrix().unwrap();
        assert_eq!(m.row(1), (&[1u32][..], &[-1i8][..]));

        let mut b = ExportBuilder::new();
        b.comments("comment-id,moderated\n0,1\n".as_bytes()).unwrap();
        let err =
            b.votes("timestamp,datetime,comment-id,voter-id,vote\n1,x,0,a,1\n2,x,9,a,1\n".as_bytes()).unwrap_err();
        assert_eq!(err, Error::UnknownStatement { line: 3, statement: "9".into() });
        let err = ExportBuilder::new()
            .votes("timestamp,datetime,comment-id,voter-id,vote\n1,x,0,a,2\n".as_bytes())
            .unwrap_err();
        assert!(matches!(err, Error::VoteValue { line: 2, .. }));
        let err =
            ExportBuilder::new().votes("timestamp,datetime,comment-id,voter-id,vote\n1,x,0\n".as_bytes()).unwrap_err();
        assert!(matches!(err, Error::Csv { line: 2, .. }), "{err:?}");
    }
}
