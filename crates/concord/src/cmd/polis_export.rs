//! Writing a Pol.is export folder (the open-data format that `concord
//! analyze` and `consensus::ExportBuilder` read): `comments.csv` and
//! `votes.csv`, and `participants-votes.csv` when it stays small. Two
//! sources: synthetic votes by index ([`write()`], for the benches), and a
//! consultation's record with its comment ids, authors and voters
//! ([`write_record`], for `concord consultation export`).

use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

use anyhow::{Context, anyhow};
use consensus::Vote;

/// `participants-votes.csv` has one cell per participant and statement; it
/// is written only up to this many cells.
pub const MAX_WIDE_CELLS: u64 = 50_000_000;

/// A vote with its time, as written to `votes.csv`.
#[derive(Debug, Clone, Copy)]
pub struct TimedRow {
    /// Milliseconds since the Unix epoch.
    pub time_ms: i64,
    /// Participant and statement by index (the ids written are the indexes).
    pub vote: Vote,
}

fn create(dir: &Path, name: &str) -> anyhow::Result<csv::Writer<BufWriter<File>>> {
    let path = dir.join(name);
    let file = File::create(&path).with_context(|| format!("{}: cannot create", path.display()))?;
    Ok(csv::Writer::from_writer(BufWriter::with_capacity(1 << 20, file)))
}

/// Pol.is's `datetime` column, in UTC ("Tue Jun 30 08:49:52 UTC 2015").
fn datetime(time_ms: i64) -> String {
    jiff::Timestamp::from_millisecond(time_ms)
        .map(|t| t.strftime("%a %b %d %H:%M:%S UTC %Y").to_string())
        .unwrap_or_default()
}

/// A row of `comments.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentRow {
    /// When it was written (Unix ms).
    pub time_ms: i64,
    /// Its comment id.
    pub id: u64,
    /// Its author's participant id.
    pub author: String,
    /// 1 accepted, 0 not moderated, -1 rejected.
    pub moderated: i8,
    /// Its text.
    pub body: String,
}

/// A row of `votes.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteRow {
    /// When it was cast (Unix ms).
    pub time_ms: i64,
    /// The comment id voted on.
    pub comment: u64,
    /// The voter's participant id.
    pub voter: String,
    /// 1 agree, -1 disagree, 0 pass.
    pub vote: i8,
}

/// Writes `comments.csv` with `rows` in the order given; `agrees` and
/// `disagrees` count each comment's votes in `votes` (the raw history, as
/// Pol.is counts them).
fn write_comments(dir: &Path, rows: &[CommentRow], votes: &[VoteRow]) -> anyhow::Result<()> {
    let mut counts: std::collections::HashMap<u64, (u64, u64)> = std::collections::HashMap::new();
    for v in votes {
        let count = counts.entry(v.comment).or_default();
        match v.vote {
            1 => count.0 += 1,
            -1 => count.1 += 1,
            _ => {}
        }
    }
    let mut comments = create(dir, "comments.csv")?;
    comments.write_record([
        "timestamp",
        "datetime",
        "comment-id",
        "author-id",
        "agrees",
        "disagrees",
        "moderated",
        "comment-body",
    ])?;
    for row in rows {
        let (agrees, disagrees) = counts.get(&row.id).copied().unwrap_or_default();
        comments.write_record([
            row.time_ms.to_string(),
            datetime(row.time_ms),
            row.id.to_string(),
            row.author.clone(),
            agrees.to_string(),
            disagrees.to_string(),
            row.moderated.to_string(),
            row.body.clone(),
        ])?;
    }
    comments.flush()?;
    Ok(())
}

/// Writes a consultation's record: `comments.csv` (in the order given),
/// `votes.csv` (likewise: the log's order), and `participants-votes.csv`
/// (participants in order of first vote, comment ids ascending; no groups)
/// when it has at most [`MAX_WIDE_CELLS`] cells. Returns the files written.
pub fn write_record(dir: &Path, comments: &[CommentRow], votes: &[VoteRow]) -> anyhow::Result<Vec<&'static str>> {
    write_comments(dir, comments, votes)?;
    let mut w = create(dir, "votes.csv")?;
    w.write_record(["timestamp", "datetime", "comment-id", "voter-id", "vote"])?;
    for v in votes {
        w.write_record([
            v.time_ms.to_string(),
            datetime(v.time_ms),
            v.comment.to_string(),
            v.voter.clone(),
            v.vote.to_string(),
        ])?;
    }
    w.flush()?;
    let mut written = vec!["comments.csv", "votes.csv"];
    let mut ids: Vec<u64> = comments.iter().map(|c| c.id).collect();
    ids.sort_unstable();
    let mut voters: Vec<&str> = Vec::new();
    let mut voter_index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for v in votes {
        voter_index.entry(v.voter.as_str()).or_insert_with(|| {
            voters.push(v.voter.as_str());
            voters.len() - 1
        });
    }
    if voters.len() as u64 * ids.len() as u64 <= MAX_WIDE_CELLS {
        let column: std::collections::HashMap<u64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        let mut cells = vec![None::<i8>; voters.len() * ids.len()];
        for v in votes {
            if let Some(c) = column.get(&v.comment) {
                cells[voter_index[v.voter.as_str()] * ids.len() + c] = Some(v.vote);
            }
        }
        let header: Vec<String> = ids.iter().map(u64::to_string).collect();
        write_participants_votes(dir, &header, |p| voters[p].to_owned(), &cells)?;
        written.push("participants-votes.csv");
    }
    Ok(written)
}

/// Writes `comments.csv` for statements `0..texts.len()`, all accepted, and
/// `votes.csv` with `rows` in the order given. Returns the files written.
pub fn write(
    dir: &Path,
    n_participants: u32,
    texts: &[String],
    rows: impl Iterator<Item = TimedRow>,
) -> anyhow::Result<Vec<&'static str>> {
    let comments: Vec<CommentRow> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| CommentRow { time_ms: 0, id: i as u64, author: "0".into(), moderated: 1, body: text.clone() })
        .collect();
    write_comments(dir, &comments, &[])?;
    let mut votes = create(dir, "votes.csv")?;
    votes.write_record(["timestamp", "datetime", "comment-id", "voter-id", "vote"])?;
    let mut wide = (u64::from(n_participants) * texts.len() as u64 <= MAX_WIDE_CELLS)
        .then(|| vec![None::<i8>; n_participants as usize * texts.len()]);
    let mut line = String::new();
    for row in rows {
        let v = row.vote;
        if v.participant >= n_participants || v.statement as usize >= texts.len() {
            return Err(anyhow!(
                "vote for participant {} on statement {} is outside the export",
                v.participant,
                v.statement
            ));
        }
        line.clear();
        use std::fmt::Write as _;
        let _ = write!(line, "{}", row.time_ms);
        votes.write_record([
            line.as_str(),
            &datetime(row.time_ms),
            &v.statement.to_string(),
            &v.participant.to_string(),
            &v.value.to_string(),
        ])?;
        if let Some(cells) = wide.as_mut() {
            cells[v.participant as usize * texts.len() + v.statement as usize] = Some(v.value);
        }
    }
    votes.flush()?;
    let mut written = vec!["comments.csv", "votes.csv"];
    if let Some(cells) = wide {
        let header: Vec<String> = (0..texts.len()).map(|s| s.to_string()).collect();
        write_participants_votes(dir, &header, |p| p.to_string(), &cells)?;
        written.push("participants-votes.csv");
    }
    Ok(written)
}

/// `participants-votes.csv` from the latest vote of each cell (no groups):
/// one column per comment id of `ids`, one row per participant with a
/// vote, named by `name` of its index.
fn write_participants_votes(
    dir: &Path,
    ids: &[String],
    name: impl Fn(usize) -> String,
    cells: &[Option<i8>],
) -> anyhow::Result<()> {
    let n_statements = ids.len();
    let mut w = create(dir, "participants-votes.csv")?;
    let mut header: Vec<String> =
        ["participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"].map(String::from).to_vec();
    header.extend(ids.iter().cloned());
    w.write_record(&header)?;
    for (p, row) in cells.chunks(n_statements.max(1)).enumerate() {
        let voted: Vec<i8> = row.iter().flatten().copied().collect();
        if voted.is_empty() {
            continue;
        }
        let mut record = vec![
            name(p),
            String::new(),
            "0".to_string(),
            voted.len().to_string(),
            voted.iter().filter(|&&v| v == 1).count().to_string(),
            voted.iter().filter(|&&v| v == -1).count().to_string(),
        ];
        record.extend(row.iter().map(|c| c.map_or_else(String::new, |v| v.to_string())));
        w.write_record(&record)?;
    }
    w.flush()?;
    Ok(())
}
