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
//!
//! The files are streamed: one reused byte record, fields parsed in place,
//! each id interned once ([`crate::ids`]), and the votes stored by column in a
//! [`VoteLog`], so memory follows the number of votes (17 bytes each with
//! their times) and not the size of the file.

use std::collections::HashMap;
use std::io::Read;

use rayon::prelude::*;

use crate::analysis::Moderation;
use crate::error::{Error, Result};
use crate::ids::Interner;
use crate::matrix::{Vote, VoteMatrix};
use crate::vote_log::VoteLog;

/// A parsed export, ready for the math.
#[derive(Debug, Default)]
pub struct Export {
    /// Participant ids as written in the export, by index.
    pub participants: Vec<String>,
    /// Statement ids as written in the export, by index.
    pub statements: Vec<String>,
    /// Every vote, oldest first (for a `participants-votes.csv` without
    /// history, one per cell with time 0).
    pub votes: VoteLog,
    /// Rejected statements, by index.
    pub moderation: Moderation,
    /// Whether the votes carry real timestamps (came from `votes.csv`).
    pub has_history: bool,
    /// Pol.is's group per participant index, from `participants-votes.csv`
    /// (`None`: not clustered, or not listed there).
    pub polis_groups: Vec<Option<String>>,
    /// Number of statements listed in `comments.csv` (0 without it).
    pub listed_statements: usize,
    /// The text of each statement by index, from `comments.csv` (empty when
    /// unknown).
    pub texts: Vec<String>,
}

impl Export {
    /// The export's ids as Pol.is's numbers (`pid`, `tid`), which order the
    /// votes of a poll in [`crate::replay`]; an id that is not a number keeps
    /// its index.
    pub fn polis_ids(ids: &[String]) -> Vec<i64> {
        ids.iter().enumerate().map(|(i, s)| s.parse().unwrap_or(i as i64)).collect()
    }

    /// The vote matrix of the latest votes.
    pub fn matrix(&self) -> Result<VoteMatrix> {
        let n_p = u32::try_from(self.participants.len())
            .map_err(|_| Error::TooLarge { what: "participants", max: u32::MAX as u64 })?;
        let n_s = u32::try_from(self.statements.len())
            .map_err(|_| Error::TooLarge { what: "statements", max: u32::MAX as u64 })?;
        VoteMatrix::from_source(n_p, n_s, &self.votes)
    }
}

/// One statement of `comments.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementInfo {
    /// The id as written.
    pub id: String,
    /// 1 accepted, 0 unmoderated, -1 rejected.
    pub moderated: i8,
    /// The text (`comment-body`; empty when the column is absent).
    pub text: String,
}

/// A CSV file read record by record into one reused byte record.
struct Table<R> {
    reader: csv::Reader<R>,
    header: HashMap<String, usize>,
    record: csv::ByteRecord,
}

fn csv_error(e: csv::Error) -> Error {
    Error::Csv {
        line: e.position().map_or(1, |p| p.line()),
        message: match e.kind() {
            csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                format!("{len} fields where the header has {expected_len}")
            }
            csv::ErrorKind::Utf8 { .. } => "invalid utf-8".to_string(),
            _ => e.to_string().to_lowercase(),
        },
    }
}

impl<R: Read> Table<R> {
    fn new(r: R) -> Result<Self> {
        let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(r);
        let header =
            reader.headers().map_err(csv_error)?.iter().enumerate().map(|(i, h)| (h.trim().to_string(), i)).collect();
        Ok(Table { reader, header, record: csv::ByteRecord::new() })
    }

    fn column(&self, name: &str) -> Result<usize> {
        self.header.get(name).copied().ok_or_else(|| Error::MissingColumn { column: name.to_string() })
    }

    /// Reads the next record; returns its 1-based line, or `None` at the end.
    fn next(&mut self) -> Result<Option<u64>> {
        match self.reader.read_byte_record(&mut self.record) {
            Ok(true) => Ok(Some(self.record.position().map_or(0, |p| p.line()))),
            Ok(false) => Ok(None),
            Err(e) => Err(csv_error(e)),
        }
    }

    /// Field `i` of the current record, without surrounding spaces.
    fn field(&self, i: usize) -> &[u8] {
        self.record.get(i).unwrap_or_default().trim_ascii()
    }
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn int(line: u64, column: &str, text: &[u8]) -> Result<i64> {
    std::str::from_utf8(text).ok().and_then(|t| t.parse::<i64>().ok()).ok_or_else(|| Error::NotAnInteger {
        line,
        column: column.to_string(),
        value: lossy(text),
    })
}

fn vote_value(line: u64, text: &[u8]) -> Result<i8> {
    match text {
        b"1" | b"1.0" => Ok(1),
        b"0" | b"0.0" | b"-0" => Ok(0),
        b"-1" | b"-1.0" => Ok(-1),
        _ => Err(Error::VoteValue { line, value: lossy(text) }),
    }
}

fn utf8(line: u64, bytes: &[u8]) -> Result<&str> {
    std::str::from_utf8(bytes).map_err(|_| Error::Csv { line, message: "invalid utf-8".to_string() })
}

/// Reads `comments.csv`.
pub fn parse_comments(r: impl Read) -> Result<Vec<StatementInfo>> {
    let mut t = Table::new(r)?;
    let id = t.column("comment-id")?;
    let moderated = t.column("moderated")?;
    let body = t.column("comment-body").ok();
    let mut out = Vec::new();
    while let Some(line) = t.next()? {
        let m = int(line, "moderated", t.field(moderated))?;
        let text = match body {
            Some(b) => utf8(line, t.field(b))?.to_string(),
            None => String::new(),
        };
        out.push(StatementInfo { id: utf8(line, t.field(id))?.to_string(), moderated: m.clamp(-1, 1) as i8, text });
    }
    Ok(out)
}

/// Builds an [`Export`] from the files that are present.
#[derive(Debug)]
pub struct ExportBuilder {
    comments: Option<Vec<StatementInfo>>,
    /// The statement ids `comments.csv` lists, when it was read.
    listed: Option<Interner>,
    participants: Interner,
    statements: Interner,
    votes: VoteLog,
    polis_groups: Vec<Option<String>>,
    has_history: bool,
    votes_read: bool,
}

impl Default for ExportBuilder {
    fn default() -> Self {
        ExportBuilder {
            comments: None,
            listed: None,
            participants: Interner::new("participants"),
            statements: Interner::new("statements"),
            votes: VoteLog::default(),
            polis_groups: Vec::new(),
            has_history: false,
            votes_read: false,
        }
    }
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
        let mut listed = Interner::new("statements");
        for s in &c {
            listed.intern(s.id.as_bytes())?;
        }
        self.listed = Some(listed);
        self.comments = Some(c);
        Ok(self)
    }

    fn participant(&mut self, line: u64, id: &[u8]) -> Result<u32> {
        if let Some(i) = self.participants.get(id) {
            return Ok(i);
        }
        utf8(line, id)?;
        Ok(self.participants.intern(id)?.0)
    }

    /// The index of a statement id; a new id must be listed in
    /// `comments.csv` when that was read.
    fn statement(&mut self, line: u64, id: &[u8]) -> Result<u32> {
        if let Some(i) = self.statements.get(id) {
            return Ok(i);
        }
        let id_text = utf8(line, id)?;
        if self.listed.as_ref().is_some_and(|l| l.get(id).is_none()) {
            return Err(Error::UnknownStatement { line, statement: id_text.to_string() });
        }
        Ok(self.statements.intern(id)?.0)
    }

    /// Reads `votes.csv` (the history).
    pub fn votes(&mut self, r: impl Read) -> Result<&mut Self> {
        let mut t = Table::new(r)?;
        let (ts, cid, vid, vote) =
            (t.column("timestamp")?, t.column("comment-id")?, t.column("voter-id")?, t.column("vote")?);
        let mut in_order = true;
        let mut last = i64::MIN;
        while let Some(line) = t.next()? {
            let time = int(line, "timestamp", t.field(ts))?;
            let value = vote_value(line, t.field(vote))?;
            let statement = self.statement(line, t.field(cid))?;
            let participant = self.participant(line, t.field(vid))?;
            in_order &= time >= last;
            last = time;
            self.votes.push(time, Vote { participant, statement, value });
        }
        if !in_order {
            self.sort_by_time();
        }
        self.has_history = true;
        self.votes_read = true;
        Ok(self)
    }

    /// Orders the votes by time (stable) and renumbers participants and
    /// statements in the order of their first vote.
    fn sort_by_time(&mut self) {
        let times = self.votes.times();
        let mut order: Vec<u32> = (0..times.len() as u32).collect();
        order.par_sort_by_key(|&i| times[i as usize]);
        self.votes.permute(&order);
        let participants = first_seen(self.votes.participants(), self.participants.len());
        let statements = first_seen(self.votes.statements(), self.statements.len());
        self.votes.rename(&participants, &statements);
        self.participants.reorder(&participants);
        self.statements.reorder(&statements);
        let mut groups = vec![None; self.polis_groups.len()];
        for (old, g) in std::mem::take(&mut self.polis_groups).into_iter().enumerate() {
            if let Some(&new) = participants.get(old)
                && let Some(slot) = groups.get_mut(new as usize)
            {
                *slot = g;
            }
        }
        self.polis_groups = groups;
    }

    /// Reads `participants-votes.csv`: Pol.is's groups always, and the votes
    /// too unless `votes.csv` was read.
    pub fn participants_votes(&mut self, r: impl Read) -> Result<&mut Self> {
        let mut t = Table::new(r)?;
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
        // The statement index of each column, interned at its first vote.
        let mut column_index: Vec<Option<u32>> = vec![None; statement_cols.len()];
        let read_votes = !self.votes_read;
        let mut groups: Vec<(u32, String)> = Vec::new();
        while let Some(line) = t.next()? {
            let id = t.field(pid);
            let mut participant = self.participants.get(id);
            if read_votes {
                for (c, (i, name)) in statement_cols.iter().enumerate() {
                    let cell = t.field(*i);
                    if cell.is_empty() {
                        continue;
                    }
                    let value = vote_value(line, cell)?;
                    let statement = match column_index[c] {
                        Some(s) => s,
                        None => {
                            let s = self.statement(line, name.as_bytes())?;
                            column_index[c] = Some(s);
                            s
                        }
                    };
                    let p = match participant {
                        Some(p) => p,
                        None => {
                            let p = self.participant(line, t.field(pid))?;
                            participant = Some(p);
                            p
                        }
                    };
                    self.votes.push(0, Vote { participant: p, statement, value });
                }
            }
            let group = t.field(gid);
            if let (Some(p), false) = (participant, group.is_empty()) {
                groups.push((p, utf8(line, group)?.to_string()));
            }
        }
        if read_votes {
            self.votes_read = true;
        }
        for (p, g) in groups {
            let p = p as usize;
            if self.polis_groups.len() <= p {
                self.polis_groups.resize(p + 1, None);
            }
            self.polis_groups[p] = Some(g);
        }
        Ok(self)
    }

    /// The export: statements listed in `comments.csv` without votes are
    /// appended, and moderation is mapped to indexes.
    pub fn build(mut self) -> Result<Export> {
        let listed_statements = self.comments.as_ref().map_or(0, Vec::len);
        let mut moderation = Moderation::default();
        let mut texts = Vec::new();
        if let Some(comments) = &self.comments {
            for c in comments {
                self.statements.intern(c.id.as_bytes())?;
            }
            let mut out = vec![false; self.statements.len()];
            for c in comments {
                if let (true, Some(i)) = (c.moderated < 0, self.statements.get(c.id.as_bytes())) {
                    out[i as usize] = true;
                }
            }
            moderation.out = out;
            texts = vec![String::new(); self.statements.len()];
            for c in comments {
                if let Some(i) = self.statements.get(c.id.as_bytes()) {
                    texts[i as usize] = c.text.clone();
                }
            }
        }
        self.polis_groups.resize(self.participants.len(), None);
        Ok(Export {
            participants: self.participants.into_names(),
            statements: self.statements.into_names(),
            votes: self.votes,
            moderation,
            has_history: self.has_history,
            polis_groups: self.polis_groups,
            listed_statements,
            texts,
        })
    }
}

/// New indexes in the order of first appearance in `ids`; indexes that never
/// appear come after, in their old order.
fn first_seen(ids: &[u32], n: usize) -> Vec<u32> {
    let mut map = vec![u32::MAX; n];
    let mut next = 0u32;
    for &i in ids {
        if map[i as usize] == u32::MAX {
            map[i as usize] = next;
            next += 1;
        }
    }
    for m in &mut map {
        if *m == u32::MAX {
            *m = next;
            next += 1;
        }
    }
    map
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
        assert_eq!(e.texts, vec!["a\nb".to_string(), "c".to_string()]);

        // Groups follow the participants through the reordering by time.
        let mut b = ExportBuilder::new();
        b.votes("timestamp,datetime,comment-id,voter-id,vote\n9,x,0,7,1\n3,x,1,07,0\n".as_bytes()).unwrap();
        b.participants_votes("participant,group-id,0,1\n7,1,1,\n07,,,0\n8,0,,\n".as_bytes()).unwrap();
        let e = b.build().unwrap();
        assert_eq!(e.participants, vec!["07", "7"]);
        assert_eq!(e.polis_groups, vec![None, Some("1".to_string())]);
        assert_eq!(e.votes.timed().iter().map(|v| v.time).collect::<Vec<_>>(), [3, 9]);

        // participants-votes.csv alone: one vote per filled cell.
        let mut b = ExportBuilder::new();
        b.participants_votes("participant,group-id,n-votes,s1,s2\np,0,2,1,-1\nq,,0,,\nr,1,1,,0\n".as_bytes()).unwrap();
        let e = b.build().unwrap();
        assert_eq!(e.participants, vec!["p", "r"]);
        assert_eq!(e.statements, vec!["s1", "s2"]);
        assert_eq!(e.polis_groups, vec![Some("0".to_string()), Some("1".to_string())]);
        assert_eq!(e.matrix().unwrap().n_votes(), 3);

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
