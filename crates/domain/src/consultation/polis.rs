//! Reading a Pol.is open-data export (the `compdemocracy/openData` format)
//! for import: `comments.csv`, and `votes.csv` or, when an export has none,
//! `participants-votes.csv`. Pure: the caller opens the files and hands
//! over readers; every error names the file and the line.
//!
//! - `comments.csv`: `timestamp, datetime, comment-id, author-id, agrees,
//!   disagrees, moderated, comment-body`. `timestamp` is Unix milliseconds;
//!   `datetime`, `agrees` and `disagrees` are derived and not read.
//!   `moderated` is 1 (accepted), 0 (not moderated yet) or -1 (rejected).
//! - `votes.csv`: `timestamp, datetime, comment-id, voter-id, vote`, the
//!   whole history in the file's order (re-votes included); vote 1 agree,
//!   -1 disagree, 0 pass.
//! - `participants-votes.csv`: `participant, group-id, n-comments, n-votes,
//!   n-agree, n-disagree`, then one column per comment id with each
//!   participant's latest vote (blank: none). It has no times: every vote
//!   read from it takes the time of the latest comment of `comments.csv`
//!   (the latest moment the export proves the conversation was running),
//!   and the votes come participant by participant, in column order.
//!
//! Refused, with file and line: a missing column, a malformed row (wrong
//! number of fields, a number that is not one), a vote not -1, 0 or 1, a
//! vote on a comment id `comments.csv` does not list, a comment id listed
//! twice, a participant listed twice in `participants-votes.csv`, an empty
//! comment. Identical rows of `votes.csv` are kept, each a vote, with a
//! warning: real exports hold them (vTaiwan's UberX export repeats line
//! 13,880 at 13,881, a vote recorded twice), and keeping them keeps the
//! history and the export's counts exact.

use std::collections::{HashMap, HashSet};
use std::io::Read;

use super::{Choice, StatementStatus};
use crate::envelope::{MAX_SAFE_INTEGER, Timestamp};

/// The longest imported comment, in characters (Pol.is deployments allow
/// at most a few hundred; this only bounds a hostile file).
pub const MAX_COMMENT: usize = 5_000;
/// The longest author or voter id, in characters.
pub const MAX_ID: usize = 64;

/// What is wrong with an export, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file} line {line}: {message}")]
pub struct PolisError {
    /// The file (`comments.csv`, `votes.csv`, ...).
    pub file: &'static str,
    /// The line (1 is the header).
    pub line: u64,
    /// What is wrong.
    pub message: String,
}

/// A comment of the export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// Its Pol.is id.
    pub id: u64,
    /// When it was written.
    pub time: Timestamp,
    /// Its author's Pol.is participant id, as written.
    pub author: String,
    /// Its moderation: 1 approved, 0 pending (not moderated yet), -1 rejected.
    pub status: StatementStatus,
    /// Its text, exactly as exported.
    pub body: String,
}

/// A vote of the export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolisVote {
    /// When it was cast (see the module documentation for
    /// `participants-votes.csv`).
    pub time: Timestamp,
    /// The comment's Pol.is id.
    pub comment: u64,
    /// The voter's Pol.is participant id, as written.
    pub voter: String,
    /// Agree, disagree or pass.
    pub choice: Choice,
}

/// Where the votes were read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VotesFile {
    /// `votes.csv`: the whole history, with times.
    History,
    /// `participants-votes.csv`: the latest vote per cell, without times.
    Latest,
}

/// A whole export, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolisExport {
    /// The comments, in the order of `comments.csv`.
    pub comments: Vec<Comment>,
    /// The votes, in the order of the file they come from.
    pub votes: Vec<PolisVote>,
    /// The file the votes come from.
    pub votes_file: VotesFile,
    /// What was accepted but is worth saying (identical rows).
    pub warnings: Vec<String>,
}

impl PolisExport {
    /// The number of distinct voters.
    pub fn participants(&self) -> usize {
        self.votes.iter().map(|v| v.voter.as_str()).collect::<HashSet<_>>().len()
    }
}

/// The file names, for callers.
pub const COMMENTS: &str = "comments.csv";
/// See [`COMMENTS`].
pub const VOTES: &str = "votes.csv";
/// See [`COMMENTS`].
pub const PARTICIPANTS_VOTES: &str = "participants-votes.csv";
/// See [`COMMENTS`].
pub const SUMMARY: &str = "summary.csv";

/// Reads an export: `comments`, and `votes` (`votes.csv`) or `latest`
/// (`participants-votes.csv`, read only without `votes`).
pub fn read(
    comments: impl Read,
    votes: Option<impl Read>,
    latest: Option<impl Read>,
) -> Result<PolisExport, PolisError> {
    let comments = read_comments(comments)?;
    let ids: HashSet<u64> = comments.iter().map(|c| c.id).collect();
    let (votes, votes_file, warnings) = match (votes, latest) {
        (Some(votes), _) => {
            let (votes, warnings) = read_votes(votes, &ids)?;
            (votes, VotesFile::History, warnings)
        }
        (None, Some(latest)) => {
            let time = comments.iter().map(|c| c.time).max();
            (read_latest(latest, &ids, time)?, VotesFile::Latest, Vec::new())
        }
        (None, None) => {
            return Err(PolisError {
                file: VOTES,
                line: 0,
                message: format!("the export has neither {VOTES} nor {PARTICIPANTS_VOTES}"),
            });
        }
    };
    Ok(PolisExport { comments, votes, votes_file, warnings })
}

/// What `summary.csv` says of the conversation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Its `topic`.
    pub topic: Option<String>,
    /// Its `url`.
    pub url: Option<String>,
}

/// Reads `summary.csv` (key,value rows without a header).
pub fn read_summary(summary: impl Read) -> Result<Summary, PolisError> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(summary);
    let mut read = Summary::default();
    for record in reader.records() {
        let record = record.map_err(|err| csv_error(SUMMARY, &err))?;
        let value = || record.get(1).map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
        match record.get(0) {
            Some("topic") => read.topic = value(),
            Some("url") => read.url = value(),
            _ => {}
        }
    }
    Ok(read)
}

/// A CSV reader's error, with its line.
fn csv_error(file: &'static str, err: &csv::Error) -> PolisError {
    let line = err.position().map_or(0, |p| p.line());
    let message = match err.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("malformed row: {len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "malformed row: not UTF-8".to_owned(),
        _ => format!("malformed file: {err}"),
    };
    PolisError { file, line, message }
}

/// The columns a file needs, found in its header.
struct Columns {
    at: Vec<usize>,
}

impl Columns {
    fn find(file: &'static str, header: &csv::StringRecord, names: &[&str]) -> Result<Columns, PolisError> {
        let mut at = Vec::with_capacity(names.len());
        for name in names {
            let Some(i) = header.iter().position(|h| h.trim() == *name) else {
                return Err(PolisError { file, line: 1, message: format!("missing column {name:?}") });
            };
            at.push(i);
        }
        Ok(Columns { at })
    }
}

/// One row being read, for errors naming its line.
struct Row<'a> {
    file: &'static str,
    line: u64,
    record: &'a csv::StringRecord,
}

impl Row<'_> {
    fn error(&self, message: String) -> PolisError {
        PolisError { file: self.file, line: self.line, message }
    }

    fn text(&self, at: usize) -> &str {
        self.record.get(at).unwrap_or("")
    }

    fn int(&self, at: usize, name: &str) -> Result<i64, PolisError> {
        let text = self.text(at).trim();
        text.parse().map_err(|_| self.error(format!("{name} {text:?} is not a whole number")))
    }

    fn id(&self, at: usize, name: &str) -> Result<u64, PolisError> {
        let text = self.text(at).trim();
        let id: u64 =
            text.parse().map_err(|_| self.error(format!("{name} {text:?} is not a comment id (0, 1, ...)")))?;
        if id > MAX_SAFE_INTEGER {
            return Err(self.error(format!("{name} {id} is larger than 2^53 - 1")));
        }
        Ok(id)
    }

    fn time(&self, at: usize) -> Result<Timestamp, PolisError> {
        let millis = self.int(at, "timestamp")?;
        Timestamp::from_unix_millis(millis)
            .ok_or_else(|| self.error(format!("timestamp {millis} is not a time in milliseconds")))
    }

    fn participant(&self, at: usize, name: &str) -> Result<String, PolisError> {
        let text = self.text(at).trim();
        check_participant(text).map_err(|why| self.error(format!("{name} {text:?}: {why}")))?;
        Ok(text.to_owned())
    }

    fn choice(&self, text: &str) -> Result<Choice, PolisError> {
        let wrong = || self.error(format!("vote {text:?} is not -1, 0 or 1"));
        Choice::from_value(text.trim().parse().map_err(|_| wrong())?).ok_or_else(wrong)
    }
}

/// Whether `id` can be a Pol.is participant id as recorded: 1 to
/// [`MAX_ID`] letters, digits, `.`, `_` or `-`.
pub fn check_participant(id: &str) -> Result<(), String> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
    if id.is_empty() || id.len() > MAX_ID || !id.chars().all(allowed) {
        return Err(format!("not a participant id (1 to {MAX_ID} letters, digits, '.', '_' or '-')"));
    }
    Ok(())
}

/// Reads every record of `reader`: `on_header` first sees the header,
/// then `row` each record with its line.
fn rows<R: Read, H>(
    file: &'static str,
    reader: R,
    names: &[&str],
    on_header: impl FnOnce(&csv::StringRecord) -> Result<H, PolisError>,
    mut row: impl FnMut(&H, &Columns, &Row) -> Result<(), PolisError>,
) -> Result<(), PolisError> {
    let mut reader = csv::ReaderBuilder::new().from_reader(reader);
    let header = reader.headers().map_err(|err| csv_error(file, &err))?.clone();
    let columns = Columns::find(file, &header, names)?;
    let header = on_header(&header)?;
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line());
                row(&header, &columns, &Row { file, line, record: &record })?;
            }
            Err(err) => return Err(csv_error(file, &err)),
        }
    }
}

/// Reads `comments.csv`.
pub fn read_comments(reader: impl Read) -> Result<Vec<Comment>, PolisError> {
    let names = ["timestamp", "comment-id", "author-id", "moderated", "comment-body"];
    let mut comments = Vec::new();
    let mut lines: HashMap<u64, u64> = HashMap::new();
    rows(
        COMMENTS,
        reader,
        &names,
        |_| Ok(()),
        |_, c, row| {
            let id = row.id(c.at[1], "comment-id")?;
            if let Some(first) = lines.insert(id, row.line) {
                return Err(row.error(format!("comment-id {id} is listed twice (first on line {first})")));
            }
            let status = match row.int(c.at[3], "moderated")? {
                1 => StatementStatus::Approved,
                0 => StatementStatus::Pending,
                -1 => StatementStatus::Rejected,
                other => return Err(row.error(format!("moderated {other} is not -1, 0 or 1"))),
            };
            let body = row.text(c.at[4]);
            if body.trim().is_empty() {
                return Err(row.error(format!("comment {id} has no text")));
            }
            if body.chars().count() > MAX_COMMENT {
                return Err(row.error(format!("comment {id} is longer than {MAX_COMMENT} characters")));
            }
            comments.push(Comment {
                id,
                time: row.time(c.at[0])?,
                author: row.participant(c.at[2], "author-id")?,
                status,
                body: body.to_owned(),
            });
            Ok(())
        },
    )?;
    Ok(comments)
}

/// Reads `votes.csv`, whose comment ids must be among `ids`; returns the
/// votes and the warnings about identical rows.
pub fn read_votes(reader: impl Read, ids: &HashSet<u64>) -> Result<(Vec<PolisVote>, Vec<String>), PolisError> {
    let names = ["timestamp", "comment-id", "voter-id", "vote"];
    let mut votes = Vec::new();
    let mut warnings = Vec::new();
    let mut seen: HashMap<(i64, u64, String, i8), u64> = HashMap::new();
    rows(
        VOTES,
        reader,
        &names,
        |_| Ok(()),
        |_, c, row| {
            let comment = row.id(c.at[1], "comment-id")?;
            if !ids.contains(&comment) {
                return Err(row.error(format!("comment-id {comment} is not in {COMMENTS}")));
            }
            let vote = PolisVote {
                time: row.time(c.at[0])?,
                comment,
                voter: row.participant(c.at[2], "voter-id")?,
                choice: row.choice(row.text(c.at[3]))?,
            };
            let key = (vote.time.unix_millis(), comment, vote.voter.clone(), vote.choice.value());
            if let Some(first) = seen.insert(key, row.line) {
                warnings.push(format!(
                    "{VOTES} line {}: the same row as line {first} (kept: a vote recorded twice)",
                    row.line
                ));
            }
            votes.push(vote);
            Ok(())
        },
    )?;
    Ok((votes, warnings))
}

/// Reads `participants-votes.csv`: every vote takes `time` (the latest
/// comment's; `None` when there are no comments, and then no column can
/// name one). Its columns after the six fixed ones are comment ids, which
/// must be among `ids`.
pub fn read_latest(
    reader: impl Read,
    ids: &HashSet<u64>,
    time: Option<Timestamp>,
) -> Result<Vec<PolisVote>, PolisError> {
    const FIXED: [&str; 6] = ["participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"];
    let mut votes = Vec::new();
    let mut lines: HashMap<String, u64> = HashMap::new();
    let comment_columns = |header: &csv::StringRecord| {
        let wrong = |message: String| PolisError { file: PARTICIPANTS_VOTES, line: 1, message };
        let mut columns: Vec<(usize, u64)> = Vec::new();
        for (at, name) in header.iter().enumerate() {
            if FIXED.contains(&name.trim()) {
                continue;
            }
            let id: u64 = name.trim().parse().map_err(|_| wrong(format!("column {name:?} is not a comment id")))?;
            if !ids.contains(&id) {
                return Err(wrong(format!("column {id} names a comment-id that is not in {COMMENTS}")));
            }
            if columns.iter().any(|&(_, seen)| seen == id) {
                return Err(wrong(format!("comment-id {id} has two columns")));
            }
            columns.push((at, id));
        }
        Ok(columns)
    };
    rows(PARTICIPANTS_VOTES, reader, &["participant"], comment_columns, |comment_columns, c, row| {
        let voter = row.participant(c.at[0], "participant")?;
        if let Some(first) = lines.insert(voter.clone(), row.line) {
            return Err(row.error(format!("participant {voter} is listed twice (first on line {first})")));
        }
        for &(at, comment) in comment_columns {
            let cell = row.text(at);
            if !cell.trim().is_empty()
                && let Some(time) = time
            {
                votes.push(PolisVote { time, comment, voter: voter.clone(), choice: row.choice(cell)? });
            }
        }
        Ok(())
    })?;
    Ok(votes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMENTS_HEADER: &str = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n";
    const VOTES_HEADER: &str = "timestamp,datetime,comment-id,voter-id,vote\n";
    const GOOD_COMMENTS: &str =
        "1000,x,0,7,1,0,1,First\n2000,x,1,8,0,1,0,\"Second,\nover two lines\"\n3000,x,2,7,0,0,-1,Third\n";

    fn read_with(comments: &str, votes: Option<&str>, latest: Option<&str>) -> Result<PolisExport, PolisError> {
        read(comments.as_bytes(), votes.map(str::as_bytes), latest.map(str::as_bytes))
    }

    fn comments(body: &str) -> String {
        format!("{COMMENTS_HEADER}{body}")
    }

    fn votes(body: &str) -> String {
        format!("{VOTES_HEADER}{body}")
    }

    /// Asserts that reading fails in `file` at `line`, saying `says`.
    fn fails(result: Result<PolisExport, PolisError>, file: &str, line: u64, says: &str) {
        let err = result.unwrap_err();
        assert_eq!((err.file, err.line), (file, line), "{err}");
        assert!(err.to_string().contains(says), "{err} does not say {says:?}");
        assert!(err.to_string().starts_with(&format!("{file} line {line}: ")), "{err}");
    }

    #[test]
    fn an_export_is_read_with_its_history_in_file_order() {
        let history = votes("5000,x,1,17,1\n4000,x,0,17,-1\n6000,x,1,17,0\n4500,x,2,3,1\n");
        let export = read_with(&comments(GOOD_COMMENTS), Some(&history), None).unwrap();
        assert_eq!(export.votes_file, VotesFile::History);
        assert_eq!(export.comments.len(), 3);
        let second = &export.comments[1];
        assert_eq!((second.id, second.author.as_str(), second.status), (1, "8", StatementStatus::Pending));
        assert_eq!(second.body, "Second,\nover two lines");
        assert_eq!(export.comments[2].status, StatementStatus::Rejected);
        let rows: Vec<(i64, u64, &str, i8)> = export
            .votes
            .iter()
            .map(|v| (v.time.unix_millis(), v.comment, v.voter.as_str(), v.choice.value()))
            .collect();
        assert_eq!(rows, [(5000, 1, "17", 1), (4000, 0, "17", -1), (6000, 1, "17", 0), (4500, 2, "3", 1)]);
        assert_eq!(export.participants(), 2);
        assert!(export.warnings.is_empty());
    }

    #[test]
    fn without_votes_csv_the_wide_file_gives_the_latest_votes_at_the_latest_comment_time() {
        let wide = "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2\n\
                    17,0,1,2,1,1,1,,-1\n3,,0,1,0,0,,0,\n";
        let export = read_with(&comments(GOOD_COMMENTS), None, Some(wide)).unwrap();
        assert_eq!(export.votes_file, VotesFile::Latest);
        let rows: Vec<(i64, u64, &str, i8)> = export
            .votes
            .iter()
            .map(|v| (v.time.unix_millis(), v.comment, v.voter.as_str(), v.choice.value()))
            .collect();
        assert_eq!(rows, [(3000, 0, "17", 1), (3000, 2, "17", -1), (3000, 1, "3", 0)]);
    }

    #[test]
    fn missing_columns_are_named() {
        let no_body = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated\n1,x,0,7,0,0,1\n";
        fails(read_with(no_body, Some(VOTES_HEADER), None), COMMENTS, 1, "missing column \"comment-body\"");
        let no_voter = "timestamp,datetime,comment-id,vote\n";
        fails(read_with(&comments(GOOD_COMMENTS), Some(no_voter), None), VOTES, 1, "missing column \"voter-id\"");
        fails(
            read_with(&comments(GOOD_COMMENTS), None, Some("group-id,0\n")),
            PARTICIPANTS_VOTES,
            1,
            "missing column \"participant\"",
        );
        fails(read_with(&comments(GOOD_COMMENTS), None::<&str>, None), VOTES, 0, "neither");
    }

    #[test]
    fn votes_on_unknown_comments_are_refused() {
        let history = votes("5000,x,1,17,1\n5001,x,9,17,1\n");
        fails(
            read_with(&comments(GOOD_COMMENTS), Some(&history), None),
            VOTES,
            3,
            "comment-id 9 is not in comments.csv",
        );
        let wide = "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,9\n";
        fails(read_with(&comments(GOOD_COMMENTS), None, Some(wide)), PARTICIPANTS_VOTES, 1, "column 9");
    }

    #[test]
    fn votes_other_than_minus_one_zero_one_are_refused() {
        for bad in ["2", "-2", "yes", ""] {
            let history = votes(&format!("5000,x,1,17,1\n5001,x,0,17,{bad}\n"));
            fails(read_with(&comments(GOOD_COMMENTS), Some(&history), None), VOTES, 3, "is not -1, 0 or 1");
        }
        let wide = "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1\n17,,0,1,1,0,1,\n3,,0,1,1,0,,5\n";
        fails(read_with(&comments(GOOD_COMMENTS), None, Some(wide)), PARTICIPANTS_VOTES, 3, "vote \"5\"");
        let bad_moderation = comments("1000,x,0,7,1,0,2,First\n");
        fails(read_with(&bad_moderation, Some(VOTES_HEADER), None), COMMENTS, 2, "moderated 2");
    }

    #[test]
    fn duplicates_are_refused_or_kept_with_a_warning() {
        let twice = comments("1000,x,0,7,1,0,1,First\n2000,x,1,8,0,1,1,Second\n1000,x,0,7,1,0,1,First\n");
        fails(
            read_with(&twice, Some(VOTES_HEADER), None),
            COMMENTS,
            4,
            "comment-id 0 is listed twice (first on line 2)",
        );
        let same_id = comments("1000,x,0,7,1,0,1,First\n2000,x,0,8,0,1,1,Other\n");
        fails(read_with(&same_id, Some(VOTES_HEADER), None), COMMENTS, 3, "comment-id 0 is listed twice");
        let wide = "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0\n17,,0,1,1,0,1\n17,,0,1,1,0,1\n";
        fails(
            read_with(&comments(GOOD_COMMENTS), None, Some(wide)),
            PARTICIPANTS_VOTES,
            3,
            "participant 17 is listed twice",
        );
        let column_twice = "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,0\n";
        fails(read_with(&comments(GOOD_COMMENTS), None, Some(column_twice)), PARTICIPANTS_VOTES, 1, "two columns");
        // An identical vote row is a vote recorded twice: kept, and said.
        let history = votes("5000,x,1,17,1\n5000,x,1,17,1\n");
        let export = read_with(&comments(GOOD_COMMENTS), Some(&history), None).unwrap();
        assert_eq!(export.votes.len(), 2);
        assert_eq!(export.warnings, ["votes.csv line 3: the same row as line 2 (kept: a vote recorded twice)"]);
    }

    #[test]
    fn malformed_rows_are_refused_with_their_line() {
        let short = comments("1000,x,0,7,1,0,1,First\n2000,x,1\n");
        fails(read_with(&short, Some(VOTES_HEADER), None), COMMENTS, 3, "3 fields where the header has 8");
        let not_a_number = votes("5000,x,1,17,1\nsoon,x,1,17,1\n");
        fails(read_with(&comments(GOOD_COMMENTS), Some(&not_a_number), None), VOTES, 3, "timestamp \"soon\"");
        let huge = comments("1000,x,9007199254740992,7,1,0,1,First\n");
        fails(read_with(&huge, Some(VOTES_HEADER), None), COMMENTS, 2, "larger than 2^53 - 1");
        let bad_id = votes("5000,x,one,17,1\n");
        fails(read_with(&comments(GOOD_COMMENTS), Some(&bad_id), None), VOTES, 2, "comment-id \"one\"");
        let bad_voter = votes("5000,x,1,a b,1\n");
        fails(read_with(&comments(GOOD_COMMENTS), Some(&bad_voter), None), VOTES, 2, "voter-id \"a b\"");
        let empty = comments("1000,x,0,7,1,0,1,\" \"\n");
        fails(read_with(&empty, Some(VOTES_HEADER), None), COMMENTS, 2, "comment 0 has no text");
        let not_utf8 = [COMMENTS_HEADER.as_bytes(), b"1000,x,0,7,1,0,1,\xff\n"].concat();
        let err = read(&not_utf8[..], Some(VOTES_HEADER.as_bytes()), None::<&[u8]>).unwrap_err();
        assert_eq!((err.file, err.line), (COMMENTS, 2), "{err}");
    }

    #[test]
    fn the_topic_and_address_are_read_from_the_summary() {
        let summary = read_summary("topic,$15/hour\nurl,https://pol.is/2demo\nviews,6184\n".as_bytes()).unwrap();
        assert_eq!(
            (summary.topic.as_deref(), summary.url.as_deref()),
            (Some("$15/hour"), Some("https://pol.is/2demo"))
        );
        assert_eq!(read_summary("views,6184\n".as_bytes()).unwrap(), Summary::default());
    }

    proptest::proptest! {
        /// Untrusted bytes in any file give an export or an error, never a
        /// panic; an error names one of the files.
        #[test]
        fn any_bytes_are_read_or_refused(
            comments in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            votes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            wide in proptest::option::of(proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)),
        ) {
            let comments = [COMMENTS_HEADER.as_bytes(), &comments].concat();
            let votes = [VOTES_HEADER.as_bytes(), &votes].concat();
            let with_votes = wide.is_none().then_some(&votes[..]);
            if let Err(err) = read(&comments[..], with_votes, wide.as_deref()) {
                proptest::prop_assert!([COMMENTS, VOTES, PARTICIPANTS_VOTES].contains(&err.file), "{}", err);
            }
        }

        /// Well-formed rows with any ids and values are read, or refused
        /// with the line they are on.
        #[test]
        fn rows_with_any_values_are_read_or_refused_by_line(
            rows in proptest::collection::vec((0i64..4_000_000_000_000, 0u64..5, "[0-9a-z ]{0,4}", -3i64..3), 1..20),
        ) {
            let history: String = rows.iter().map(|(t, c, v, x)| format!("{t},x,{c},{v},{x}\n")).collect();
            match read(comments(GOOD_COMMENTS).as_bytes(), Some(votes(&history).as_bytes()), None::<&[u8]>) {
                Ok(export) => proptest::prop_assert_eq!(export.votes.len(), rows.len()),
                Err(err) => {
                    proptest::prop_assert_eq!(err.file, VOTES);
                    proptest::prop_assert!((2..2 + rows.len() as u64).contains(&err.line), "{}", err);
                }
            }
        }
    }
}
