//! Writing a Pol.is export folder (the open-data format that `concord
//! analyze` and `consensus::ExportBuilder` read): `comments.csv` and
//! `votes.csv`, and `participants-votes.csv` when it stays small.

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

/// Writes `comments.csv` for statements `0..texts.len()`, all accepted, and
/// `votes.csv` with `rows` in the order given. Returns the files written.
pub fn write(
    dir: &Path,
    n_participants: u32,
    texts: &[String],
    rows: impl Iterator<Item = TimedRow>,
) -> anyhow::Result<Vec<&'static str>> {
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
    for (i, text) in texts.iter().enumerate() {
        let id = i.to_string();
        comments.write_record(["0", &datetime(0), &id, "0", "0", "0", "1", text])?;
    }
    comments.flush()?;
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
        write_participants_votes(dir, texts.len(), &cells)?;
        written.push("participants-votes.csv");
    }
    Ok(written)
}

/// `participants-votes.csv` from the latest vote of each cell (no groups).
fn write_participants_votes(dir: &Path, n_statements: usize, cells: &[Option<i8>]) -> anyhow::Result<()> {
    let mut w = create(dir, "participants-votes.csv")?;
    let mut header: Vec<String> =
        ["participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"].map(String::from).to_vec();
    header.extend((0..n_statements).map(|s| s.to_string()));
    w.write_record(&header)?;
    for (p, row) in cells.chunks(n_statements.max(1)).enumerate() {
        let voted: Vec<i8> = row.iter().flatten().copied().collect();
        if voted.is_empty() {
            continue;
        }
        let mut record = vec![
            p.to_string(),
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
