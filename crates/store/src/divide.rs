//! The divide index in the store: its projections (written from the
//! `divide.*` events), the queries the pages and the API read, loading the
//! shipped indicator values, and the computed index (a derived result,
//! outside the state digest).

use std::collections::BTreeSet;

use domain::authz::Caller;
use domain::divide::{DivideCommand, DivideEvent, shipped_series};
use domain::member::Iso3;
use domain::{Actor, Command, Envelope};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::Store;
use crate::db::{Value, actor, opt_u64, parsed};
use crate::error::{Result, StoreError};
use crate::log::{bound, to_i64, to_u64};
use crate::projection::{Write, int, table, text};

/// The changes one divide event makes to the tables.
pub(crate) fn writes(envelope: &Envelope, event: &DivideEvent, index: Value) -> Result<Vec<Write>> {
    let reviewed = |status: &'static str, review: &domain::divide::Review| Write::Statement {
        sql: "UPDATE p_divide_submissions SET status = $1, reason = $2, reviewed_by = $3, reviewed_at = $4 \
              WHERE id = $5",
        values: vec![
            text(status),
            Value::Text((!review.reason.is_empty()).then(|| review.reason.clone())),
            text(envelope.actor.as_str()),
            index.clone(),
            Value::Int(Some(bound(review.submission))),
        ],
    };
    Ok(match event {
        DivideEvent::MethodologyPublished(published) => vec![Write::Insert {
            table: table("p_divide_methodologies"),
            values: vec![int(published.version), text(&published.text), index],
        }],
        DivideEvent::SeriesRecorded(series) => series
            .values
            .iter()
            .map(|v| Write::Insert {
                table: table("p_indicator_values"),
                values: vec![
                    text(series.member.to_string()),
                    text(&series.indicator),
                    int(v.year),
                    index.clone(),
                    text(v.value.as_str()),
                    text(&series.source),
                    Value::Int(None),
                ],
            })
            .collect(),
        DivideEvent::ValueSubmitted(submitted) => vec![Write::Insert {
            table: table("p_divide_submissions"),
            values: vec![
                int(to_i64(submitted.submission)?),
                text(submitted.member.to_string()),
                text(&submitted.indicator),
                int(submitted.year),
                text(submitted.value.as_str()),
                text(&submitted.source),
                text(envelope.actor.as_str()),
                index,
                int(envelope.time.unix_millis()),
                text("pending"),
                Value::Text(None),
                Value::Text(None),
                Value::Int(None),
            ],
        }],
        DivideEvent::SubmissionAccepted(review) => vec![
            reviewed("accepted", review),
            Write::Statement {
                sql: "INSERT INTO p_indicator_values (member, indicator, year, recorded_at, value, source, submission) \
                      SELECT member, indicator, year, $1, value, source, id FROM p_divide_submissions WHERE id = $2",
                values: vec![index.clone(), int(to_i64(review.submission)?)],
            },
        ],
        DivideEvent::SubmissionRejected(review) => vec![reviewed("rejected", review)],
    })
}

/// An indicator value in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorValue {
    /// The indicator's code.
    pub indicator: String,
    /// The year it describes.
    pub year: u16,
    /// The value, as decimal text.
    pub value: String,
    /// Where it comes from.
    pub source: String,
    /// The national submission it came from, if any.
    pub submission: Option<u64>,
    /// The log index that recorded it.
    pub recorded_at: u64,
}

/// Where a submission stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmissionStatus {
    /// Awaiting review.
    Pending,
    /// Accepted: the value counts.
    Accepted,
    /// Rejected, with a reason.
    Rejected,
}

impl SubmissionStatus {
    /// As stored and in the API: `pending`, `accepted`, `rejected`.
    pub fn code(self) -> &'static str {
        match self {
            SubmissionStatus::Pending => "pending",
            SubmissionStatus::Accepted => "accepted",
            SubmissionStatus::Rejected => "rejected",
        }
    }
}

impl std::str::FromStr for SubmissionStatus {
    type Err = String;

    fn from_str(text: &str) -> std::result::Result<SubmissionStatus, String> {
        match text {
            "pending" => Ok(SubmissionStatus::Pending),
            "accepted" => Ok(SubmissionStatus::Accepted),
            "rejected" => Ok(SubmissionStatus::Rejected),
            other => Err(format!("{other:?} is not one of: pending, accepted, rejected")),
        }
    }
}

/// A national submission and its review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmissionRecord {
    /// Its number.
    pub id: u64,
    /// The member state.
    pub member: Iso3,
    /// The indicator.
    pub indicator: String,
    /// The year.
    pub year: u16,
    /// The value, as decimal text.
    pub value: String,
    /// Its source.
    pub source: String,
    /// Who submitted it.
    pub submitted_by: Actor,
    /// The log index of the submission.
    pub submitted_at: u64,
    /// When, in Unix milliseconds.
    pub submitted_ms: i64,
    /// Where it stands.
    pub status: SubmissionStatus,
    /// The reviewer's reason, if any.
    pub reason: Option<String>,
    /// Who reviewed it.
    pub reviewed_by: Option<Actor>,
    /// The log index of the review.
    pub reviewed_at: Option<u64>,
}

/// A published methodology.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodologyRecord {
    /// Its version.
    pub version: u32,
    /// The file, as published.
    pub text: String,
    /// The log index that published it.
    pub published_at: u64,
}

/// The computed index as stored: the log size it covers, the engine, and
/// the `exchange::Index` as JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredIndex {
    /// The log entries `0..log_size` it was computed from.
    pub log_size: u64,
    /// The engine ([`exchange::ENGINE`]).
    pub engine: String,
    /// When it was computed (Unix ms).
    pub computed_ms: i64,
    /// The index, as JSON.
    pub report: String,
}

/// What loading the shipped values appended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LoadReport {
    /// The methodology version published, if none was before.
    pub methodology: Option<u32>,
    /// Series recorded.
    pub series: usize,
    /// Values recorded.
    pub values: usize,
}

/// Submissions of which status and member state (all with `None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SubmissionFilter {
    /// Only this status.
    pub status: Option<SubmissionStatus>,
    /// Only this member state.
    pub member: Option<Iso3>,
}

const SUBMISSION_COLUMNS: &str = "id, member, indicator, year, value, source, submitted_by, submitted_at, \
     submitted_ms, status, reason, reviewed_by, reviewed_at";

fn year(row: &AnyRow, i: usize) -> Result<u16> {
    let year: i64 = row.try_get(i)?;
    u16::try_from(year).map_err(|_| StoreError::Inconsistent(format!("a stored year is out of range ({year})")))
}

fn submission_row(row: &AnyRow) -> Result<SubmissionRecord> {
    Ok(SubmissionRecord {
        id: to_u64(row.try_get(0)?)?,
        member: parsed(row, 1)?,
        indicator: row.try_get(2)?,
        year: year(row, 3)?,
        value: row.try_get(4)?,
        source: row.try_get(5)?,
        submitted_by: actor(row, 6)?,
        submitted_at: to_u64(row.try_get(7)?)?,
        submitted_ms: row.try_get(8)?,
        status: parsed(row, 9)?,
        reason: row.try_get(10)?,
        reviewed_by: row
            .try_get::<Option<String>, _>(11)?
            .map(Actor::try_from)
            .transpose()
            .map_err(StoreError::Inconsistent)?,
        reviewed_at: opt_u64(row, 12)?,
    })
}

async fn recorded_keys(conn: &mut AnyConnection) -> Result<BTreeSet<(Iso3, String, u16)>> {
    let rows = sqlx::query("SELECT DISTINCT member, indicator, year FROM p_indicator_values").fetch_all(conn).await?;
    rows.iter().map(|row| Ok((parsed(row, 0)?, row.try_get(1)?, year(row, 2)?))).collect()
}

impl Store {
    /// The indicator values in force for `member`, by indicator and year.
    pub async fn indicator_values(&self, member: Iso3) -> Result<Vec<IndicatorValue>> {
        let rows = sqlx::query(
            "SELECT v.indicator, v.year, v.value, v.source, v.submission, v.recorded_at FROM p_indicator_values v \
             WHERE v.member = $1 AND v.recorded_at = (SELECT MAX(w.recorded_at) FROM p_indicator_values w \
             WHERE w.member = v.member AND w.indicator = v.indicator AND w.year = v.year) \
             ORDER BY v.indicator, v.year",
        )
        .bind(member.to_string())
        .fetch_all(&mut *self.conn().await?)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(IndicatorValue {
                    indicator: row.try_get(0)?,
                    year: year(row, 1)?,
                    value: row.try_get(2)?,
                    source: row.try_get(3)?,
                    submission: opt_u64(row, 4)?,
                    recorded_at: to_u64(row.try_get(5)?)?,
                })
            })
            .collect()
    }

    /// The submissions `filter` selects, newest first.
    pub async fn divide_submissions(&self, filter: SubmissionFilter) -> Result<Vec<SubmissionRecord>> {
        let sql = format!(
            "SELECT {SUBMISSION_COLUMNS} FROM p_divide_submissions \
             WHERE ($1 IS NULL OR status = $1) AND ($2 IS NULL OR member = $2) ORDER BY id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(filter.status.map(|s| s.code().to_owned()))
            .bind(filter.member.map(|m| m.to_string()))
            .fetch_all(&mut *self.conn().await?)
            .await?;
        rows.iter().map(submission_row).collect()
    }

    /// Submission `id`.
    pub async fn divide_submission(&self, id: u64) -> Result<Option<SubmissionRecord>> {
        let sql = format!("SELECT {SUBMISSION_COLUMNS} FROM p_divide_submissions WHERE id = $1");
        let row =
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(bound(id)).fetch_optional(&mut *self.conn().await?).await?;
        row.as_ref().map(submission_row).transpose()
    }

    /// Every published methodology, oldest first.
    pub async fn divide_methodologies(&self) -> Result<Vec<MethodologyRecord>> {
        let rows = sqlx::query("SELECT version, text, published_at FROM p_divide_methodologies ORDER BY version")
            .fetch_all(&mut *self.conn().await?)
            .await?;
        rows.iter()
            .map(|row| {
                let version: i64 = row.try_get(0)?;
                Ok(MethodologyRecord {
                    version: u32::try_from(version)
                        .map_err(|_| StoreError::Inconsistent(format!("methodology version {version}")))?,
                    text: row.try_get(1)?,
                    published_at: to_u64(row.try_get(2)?)?,
                })
            })
            .collect()
    }

    /// Appends what is new in the shipped data, as `caller`: the default
    /// methodology if none is published, and every shipped value of a state
    /// in the organization whose state, indicator and year the log does not
    /// hold yet. All the values in one command: all or none.
    pub async fn load_shipped_indicators(&self, caller: Caller) -> Result<LoadReport> {
        let mut report = LoadReport::default();
        if self.divide_methodologies().await?.is_empty() {
            let text = exchange::DEFAULT_TOML.to_owned();
            let command = Command::Divide(DivideCommand::PublishMethodology { text });
            self.submit(caller.clone(), command).await?;
            report.methodology = Some(1);
        }
        let mut conn = self.conn().await?;
        let recorded = recorded_keys(&mut conn).await?;
        let codes: Vec<String> = sqlx::query_scalar("SELECT iso3 FROM p_members").fetch_all(&mut *conn).await?;
        drop(conn);
        let members: BTreeSet<Iso3> = codes
            .iter()
            .map(|code| code.parse())
            .collect::<std::result::Result<_, String>>()
            .map_err(StoreError::Inconsistent)?;
        let series = shipped_series(
            |iso3| members.contains(&iso3),
            |iso3, indicator, year| recorded.contains(&(iso3, indicator.to_owned(), year)),
        )
        .map_err(StoreError::Inconsistent)?;
        if series.is_empty() {
            return Ok(report);
        }
        report.series = series.len();
        report.values = series.iter().map(|s| s.values.len()).sum();
        self.submit(caller, Command::Divide(DivideCommand::RecordSeries(series))).await?;
        Ok(report)
    }

    /// The latest computed index, if any.
    pub async fn divide_index(&self) -> Result<Option<StoredIndex>> {
        let row = sqlx::query("SELECT log_size, engine, computed_ms, report FROM divide_indexes WHERE id = 1")
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        row.map(|row| {
            Ok(StoredIndex {
                log_size: to_u64(row.try_get(0)?)?,
                engine: row.try_get(1)?,
                computed_ms: row.try_get(2)?,
                report: row.try_get(3)?,
            })
        })
        .transpose()
    }

    /// Keeps a computed index, unless one covering more of the log is kept.
    pub async fn store_divide_index(&self, index: &StoredIndex) -> Result<()> {
        sqlx::query(
            "INSERT INTO divide_indexes (id, log_size, engine, computed_ms, report) VALUES (1, $1, $2, $3, $4) \
             ON CONFLICT (id) DO UPDATE SET log_size = excluded.log_size, engine = excluded.engine, \
             computed_ms = excluded.computed_ms, report = excluded.report \
             WHERE divide_indexes.log_size <= excluded.log_size",
        )
        .bind(to_i64(index.log_size)?)
        .bind(index.engine.clone())
        .bind(index.computed_ms)
        .bind(index.report.clone())
        .execute(&mut *self.conn().await?)
        .await?;
        Ok(())
    }
}
