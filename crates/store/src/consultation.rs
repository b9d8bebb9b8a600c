//! Consultations in the store: their projections (written from the
//! `consultation.*` events), the queries the pages and the API read, the
//! private pseudonym key, the derived analyses, and the leases of the
//! background tasks.

use std::collections::BTreeMap;

use domain::blob::Sha256;
use domain::consultation::{
    Audience, Choice, Constituency, ConsultationEvent, Moderation, ResultsVisibility, StatementStatus, Status,
};
use domain::lang::Lang;
use domain::member::Iso3;
use domain::{Actor, Envelope};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::db::{Backend, Value, bind_all, insert_new_rows, insert_rows};
use crate::error::{Result, StoreError};
use crate::log::{bound, to_i64, to_u64};
use crate::projection::{Write, int, table, text};

/// The projection writes of one consultation event.
pub(crate) fn writes(envelope: &Envelope, event: &ConsultationEvent, index: Value) -> Result<Vec<Write>> {
    let millis = |t: Option<domain::Timestamp>| int(t.unwrap_or(envelope.time).unix_millis());
    let id = int(to_i64(event.consultation())?);
    let changed = || Write::Statement {
        sql: "UPDATE p_consultations SET changed_at = $1 WHERE id = $2",
        values: vec![index.clone(), id.clone()],
    };
    let status = |status: Status| Write::Statement {
        sql: "UPDATE p_consultations SET status = $1, changed_at = $2 WHERE id = $3",
        values: vec![text(status.code()), index.clone(), id.clone()],
    };
    Ok(match event {
        ConsultationEvent::Created(created) => {
            let mut writes = vec![Write::Insert {
                table: table("p_consultations"),
                values: vec![
                    id.clone(),
                    text(created.language.code()),
                    text(created.audience.code()),
                    text(created.moderation.code()),
                    int(created.participants_write),
                    text(created.results.code()),
                    text(Status::Draft.code()),
                    text(envelope.actor.as_str()),
                    Value::Text(created.member.map(|m| m.to_string())),
                    Value::Int(created.opens_at.map(|t| t.unix_millis())),
                    Value::Int(created.closes_at.map(|t| t.unix_millis())),
                    index.clone(),
                    int(0),
                    index.clone(),
                ],
            }];
            let languages: std::collections::BTreeSet<Lang> =
                created.title.keys().chain(created.question.keys()).copied().collect();
            for lang in languages {
                writes.push(Write::Insert {
                    table: table("p_consultation_texts"),
                    values: vec![
                        id.clone(),
                        text(lang.code()),
                        text(created.title.get(&lang).cloned().unwrap_or_default()),
                        text(created.question.get(&lang).cloned().unwrap_or_default()),
                    ],
                });
            }
            writes
        }
        ConsultationEvent::Opened(_) => vec![status(Status::Open)],
        ConsultationEvent::Closed(_) => vec![status(Status::Closed)],
        ConsultationEvent::Reopened(reopened) => vec![Write::Statement {
            sql: "UPDATE p_consultations SET status = $1, closes_ms = $2, changed_at = $3 WHERE id = $4",
            values: vec![
                text(Status::Open.code()),
                Value::Int(reopened.closes_at.map(|t| t.unix_millis())),
                index.clone(),
                id.clone(),
            ],
        }],
        ConsultationEvent::StatementAdded(added) => vec![
            Write::Insert {
                table: table("p_statements"),
                values: vec![
                    id.clone(),
                    int(to_i64(added.statement)?),
                    text(added.language.code()),
                    text(added.blob.sha256.to_string()),
                    text(envelope.actor.as_str()),
                    text(added.constituency.code()),
                    int(added.seed),
                    text(added.status.code()),
                    int(0),
                    Value::Text(None),
                    int(0),
                    index.clone(),
                    millis(added.original_time),
                ],
            },
            changed(),
        ],
        ConsultationEvent::StatementModerated(moderated) => {
            let (status, meta) = match moderated.verdict {
                domain::consultation::Verdict::Approve => (StatementStatus::Approved, 0),
                domain::consultation::Verdict::Reject => (StatementStatus::Rejected, 0),
                domain::consultation::Verdict::Meta => (StatementStatus::Approved, 1),
            };
            let reason = (!moderated.reason.is_empty()).then(|| moderated.reason.clone());
            vec![
                Write::Statement {
                    sql: "UPDATE p_statements SET status = $1, meta = $2, reason = $3, flags = 0 \
                          WHERE consultation_id = $4 AND number = $5",
                    values: vec![
                        text(status.code()),
                        int(meta),
                        Value::Text(reason),
                        id.clone(),
                        int(to_i64(moderated.statement)?),
                    ],
                },
                changed(),
            ]
        }
        ConsultationEvent::StatementTranslated(translated) => vec![Write::Statement {
            sql: "INSERT INTO p_statement_translations (consultation_id, number, lang, blob_sha256) \
                  VALUES ($1, $2, $3, $4) ON CONFLICT (consultation_id, number, lang) \
                  DO UPDATE SET blob_sha256 = excluded.blob_sha256",
            values: vec![
                id.clone(),
                int(to_i64(translated.statement)?),
                text(translated.language.code()),
                text(translated.blob.sha256.to_string()),
            ],
        }],
        ConsultationEvent::StatementFlagged(flagged) => vec![Write::Statement {
            sql: "UPDATE p_statements SET flags = flags + 1 WHERE consultation_id = $1 AND number = $2",
            values: vec![id.clone(), int(to_i64(flagged.statement)?)],
        }],
        ConsultationEvent::Voted(voted) => vote(
            index,
            id,
            to_i64(voted.statement)?,
            envelope.actor.as_str(),
            voted.choice,
            &voted.constituency.code(),
            millis(voted.original_time),
        ),
        ConsultationEvent::ImportStarted(started) => vec![
            Write::Insert {
                table: table("p_consultation_imports"),
                values: vec![id.clone(), text(started.source.clone()), index.clone(), Value::Int(None)],
            },
            changed(),
        ],
        ConsultationEvent::StatementImported(imported) => vec![
            Write::Insert {
                table: table("p_statements"),
                values: vec![
                    id.clone(),
                    int(to_i64(imported.statement)?),
                    text(imported.language.code()),
                    text(imported.blob.sha256.to_string()),
                    // The importer recorded it, for the secretariat; the
                    // export's author is kept beside it.
                    text(envelope.actor.as_str()),
                    text(Constituency::Secretariat.code()),
                    int(0),
                    text(imported.status.code()),
                    int(0),
                    Value::Text(None),
                    int(0),
                    index.clone(),
                    int(imported.time.unix_millis()),
                ],
            },
            Write::Insert {
                table: table("p_imported_statements"),
                values: vec![
                    id.clone(),
                    int(to_i64(imported.statement)?),
                    int(to_i64(imported.polis_id)?),
                    text(imported.author.clone()),
                ],
            },
            changed(),
        ],
        ConsultationEvent::VoteImported(imported) => vote(
            index,
            id,
            to_i64(imported.statement)?,
            &imported.participant,
            imported.choice,
            IMPORTED,
            int(imported.time.unix_millis()),
        ),
        ConsultationEvent::ImportFinished(_) => vec![
            status(Status::Closed),
            Write::Statement {
                sql: "UPDATE p_consultation_imports SET finished_at = $1 WHERE consultation_id = $2",
                values: vec![index, id],
            },
        ],
    })
}

/// The constituency column of an imported vote's rows in `p_votes` and
/// `p_consultation_voters`: the export's participants speak for no
/// constituency of the platform.
pub const IMPORTED: &str = "imported";

/// The writes of one vote, cast here or imported: the vote, its voter
/// (first vote only), the consultation's count.
fn vote(
    index: Value,
    id: Value,
    statement: i64,
    voter: &str,
    choice: Choice,
    constituency: &str,
    time: Value,
) -> Vec<Write> {
    vec![Write::Vote(VoteWrite {
        row: vec![
            index.clone(),
            id.clone(),
            int(statement),
            text(voter),
            int(choice.value()),
            text(constituency),
            time,
        ],
        voter: vec![id.clone(), text(voter), text(constituency), index.clone()],
        consultation: id,
        index,
    })]
}

/// What one vote writes: its row of `p_votes`, its voter's row of
/// `p_consultation_voters` (kept only if the first), and one more vote on
/// its consultation. Votes that follow each other in a batch are written
/// together ([`VoteRun`]): the three tables do not depend on each other.
pub(crate) struct VoteWrite {
    row: Vec<Value>,
    voter: Vec<Value>,
    consultation: Value,
    index: Value,
}

/// Consecutive votes of a batch, written in a few statements: the rows of
/// `p_votes` in multi-row inserts, the new voters likewise (the first vote
/// of each voter, in log order, sets its row), and one counter update per
/// consultation. The result is the same as writing them one by one.
#[derive(Default)]
pub(crate) struct VoteRun {
    rows: Vec<Vec<Value>>,
    voters: Vec<Vec<Value>>,
    /// By consultation: votes added and the last one's log index.
    counts: Vec<(Value, i64, Value)>,
}

impl VoteRun {
    /// Adds the next vote.
    pub(crate) fn push(&mut self, vote: VoteWrite) {
        self.rows.push(vote.row);
        self.voters.push(vote.voter);
        match self.counts.iter_mut().find(|(id, _, _)| *id == vote.consultation) {
            Some((_, added, last)) => {
                *added += 1;
                *last = vote.index;
            }
            None => self.counts.push((vote.consultation, 1, vote.index)),
        }
    }

    /// Writes the votes pushed so far, and starts again.
    pub(crate) async fn flush(&mut self, conn: &mut AnyConnection, backend: Backend) -> Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let run = std::mem::take(self);
        let votes = table("p_votes");
        let columns: Vec<&str> = votes.columns.iter().map(|c| c.name()).collect();
        insert_rows(conn, backend, votes.name, &columns, run.rows).await?;
        let voters = ["consultation_id", "voter", "constituency", "first_at"];
        insert_new_rows(conn, backend, "p_consultation_voters", &voters, "consultation_id, voter", run.voters).await?;
        for (id, added, last) in run.counts {
            bind_all(
                sqlx::query("UPDATE p_consultations SET votes = votes + $1, changed_at = $2 WHERE id = $3"),
                [int(added), last, id],
            )
            .execute(&mut *conn)
            .await?;
        }
        Ok(())
    }
}

/// A consultation as the pages and the API show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsultationRecord {
    /// Its number.
    pub id: u64,
    /// Its authentic language.
    pub language: Lang,
    /// Title and question by language.
    pub texts: BTreeMap<Lang, ConsultationText>,
    /// Who may take part.
    pub audience: Audience,
    /// When statements are moderated.
    pub moderation: Moderation,
    /// Whether participants write statements.
    pub participants_write: bool,
    /// Who sees results while open.
    pub results: ResultsVisibility,
    /// Where it stands.
    pub status: Status,
    /// Who created it.
    pub created_by: Actor,
    /// The delegation that created it, if a head did.
    pub member: Option<Iso3>,
    /// When it opens by itself (Unix ms).
    pub opens_ms: Option<i64>,
    /// When it closes by itself (Unix ms).
    pub closes_ms: Option<i64>,
    /// The log index of its creation.
    pub created_at: u64,
    /// Votes cast (changed votes included).
    pub votes: u64,
    /// People who have voted.
    pub participants: u64,
    /// Statements shown to participants (approved).
    pub statements: u64,
    /// The log index of the last event about it.
    pub changed_at: u64,
}

/// A title and question in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsultationText {
    /// The title.
    pub title: String,
    /// The question.
    pub question: String,
}

impl ConsultationRecord {
    /// The title and question in `lang`, else in the authentic language.
    pub fn text_in(&self, lang: Lang) -> (&ConsultationText, Lang) {
        match self.texts.get(&lang) {
            Some(text) if !text.title.is_empty() => (text, lang),
            _ => (&self.texts[&self.language], self.language),
        }
    }
}

/// A statement as the pages and the API show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementRecord {
    /// Its number in the consultation.
    pub number: u64,
    /// The language it is written in.
    pub language: Lang,
    /// The hash of its text.
    pub sha256: Sha256,
    /// Its text, `None` once taken down.
    pub text: Option<String>,
    /// Who wrote it (a handle or a pseudonym).
    pub author: Actor,
    /// Whom the author speaks for.
    pub constituency: Constituency,
    /// Whether it is a seed.
    pub seed: bool,
    /// Its moderation status.
    pub status: StatementStatus,
    /// Whether it is meta.
    pub meta: bool,
    /// The moderator's public reason, if any.
    pub reason: Option<String>,
    /// Flags since it was last moderated.
    pub flags: u64,
    /// The log index where it was written.
    pub added_at: u64,
    /// When it was written (Unix ms): its original time if imported, else
    /// its entry's.
    pub added_ms: i64,
    /// What the export said of it, if it was imported.
    pub imported: Option<ImportedFrom>,
    /// Translations by language (text `None` once taken down).
    pub translations: BTreeMap<Lang, Option<String>>,
}

/// What a Pol.is export said of an imported statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedFrom {
    /// Its comment id in the export.
    pub polis_id: u64,
    /// Its author's participant id in the export.
    pub author: String,
}

/// An import of a consultation from elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRecord {
    /// Where the consultation was held, as the importer described it.
    pub source: String,
    /// The log index of `consultation.import_started`.
    pub started_at: u64,
    /// The log index of `consultation.import_finished`, once finished.
    pub finished_at: Option<u64>,
}

/// One vote as the log recorded it, for an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteRow {
    /// When it was cast (Unix ms): its original time if imported.
    pub time_ms: i64,
    /// The statement's number.
    pub statement: u64,
    /// The voter: a handle, a pseudonym, or an export's participant id.
    pub voter: String,
    /// Agree, disagree or pass.
    pub choice: Choice,
}

impl StatementRecord {
    /// The text in `lang` if translated, else the original, with its
    /// language; `None` once taken down.
    pub fn text_in(&self, lang: Lang) -> Option<(&str, Lang)> {
        match self.translations.get(&lang) {
            Some(Some(text)) => Some((text, lang)),
            _ => self.text.as_deref().map(|t| (t, self.language)),
        }
    }
}

const CONSULTATION_COLUMNS: &str = "c.id, c.language, c.audience, c.moderation, c.participants_write, c.results, \
     c.status, c.created_by, c.member, c.opens_ms, c.closes_ms, c.created_at, c.votes, c.changed_at, \
     (SELECT COUNT(*) FROM p_consultation_voters v WHERE v.consultation_id = c.id), \
     (SELECT COUNT(*) FROM p_statements s WHERE s.consultation_id = c.id AND s.status = 'approved')";

fn parsed<T: std::str::FromStr<Err = String>>(row: &AnyRow, i: usize) -> Result<T> {
    let text: String = row.try_get(i)?;
    text.parse().map_err(StoreError::Inconsistent)
}

fn consultation_row(row: &AnyRow) -> Result<ConsultationRecord> {
    let language = Lang::from_code(&row.try_get::<String, _>(1)?)
        .ok_or_else(|| StoreError::Inconsistent("a consultation's language is not one of the six".into()))?;
    Ok(ConsultationRecord {
        id: to_u64(row.try_get(0)?)?,
        language,
        texts: BTreeMap::new(),
        audience: parsed(row, 2)?,
        moderation: parsed(row, 3)?,
        participants_write: row.try_get::<i64, _>(4)? != 0,
        results: parsed(row, 5)?,
        status: parsed(row, 6)?,
        created_by: Actor::try_from(row.try_get::<String, _>(7)?).map_err(StoreError::Inconsistent)?,
        member: row
            .try_get::<Option<String>, _>(8)?
            .map(|m| m.parse::<Iso3>())
            .transpose()
            .map_err(|e| StoreError::Inconsistent(e.to_string()))?,
        opens_ms: row.try_get(9)?,
        closes_ms: row.try_get(10)?,
        created_at: to_u64(row.try_get(11)?)?,
        votes: to_u64(row.try_get(12)?)?,
        changed_at: to_u64(row.try_get(13)?)?,
        participants: to_u64(row.try_get(14)?)?,
        statements: to_u64(row.try_get(15)?)?,
    })
}

/// Adds the titles and questions to `records`: those of consultation `only`,
/// or of all.
async fn with_texts(
    conn: &mut AnyConnection,
    mut records: Vec<ConsultationRecord>,
    only: Option<u64>,
) -> Result<Vec<ConsultationRecord>> {
    let sql = "SELECT consultation_id, lang, title, question FROM p_consultation_texts";
    let rows = match only {
        Some(id) => {
            sqlx::query(sqlx::AssertSqlSafe(format!("{sql} WHERE consultation_id = $1")))
                .bind(bound(id))
                .fetch_all(&mut *conn)
                .await?
        }
        None => sqlx::query(sql).fetch_all(&mut *conn).await?,
    };
    let mut by_id: BTreeMap<u64, &mut ConsultationRecord> = records.iter_mut().map(|r| (r.id, r)).collect();
    for row in rows {
        let id = to_u64(row.try_get(0)?)?;
        let Some(record) = by_id.get_mut(&id) else { continue };
        let Some(lang) = Lang::from_code(&row.try_get::<String, _>(1)?) else { continue };
        record.texts.insert(lang, ConsultationText { title: row.try_get(2)?, question: row.try_get(3)? });
    }
    Ok(records)
}

/// Every consultation, newest first.
pub(crate) async fn list(conn: &mut AnyConnection) -> Result<Vec<ConsultationRecord>> {
    let sql = format!("SELECT {CONSULTATION_COLUMNS} FROM p_consultations c ORDER BY c.id DESC");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&mut *conn).await?;
    let records = rows.iter().map(consultation_row).collect::<Result<Vec<_>>>()?;
    with_texts(conn, records, None).await
}

/// Consultation `id`.
pub(crate) async fn get(conn: &mut AnyConnection, id: u64) -> Result<Option<ConsultationRecord>> {
    let sql = format!("SELECT {CONSULTATION_COLUMNS} FROM p_consultations c WHERE c.id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(bound(id)).fetch_optional(&mut *conn).await?;
    let Some(row) = row else { return Ok(None) };
    let record = consultation_row(&row)?;
    Ok(with_texts(conn, vec![record], Some(id)).await?.pop())
}

/// The statements of consultation `id`, by number, with their texts.
pub(crate) async fn statements(conn: &mut AnyConnection, id: u64) -> Result<Vec<StatementRecord>> {
    let rows = sqlx::query(
        "SELECT s.number, s.language, s.blob_sha256, s.author, s.constituency, s.seed, s.status, s.meta, s.reason, \
         s.flags, s.added_at, s.added_ms, i.polis_id, i.author FROM p_statements s \
         LEFT JOIN p_imported_statements i ON i.consultation_id = s.consultation_id AND i.number = s.number \
         WHERE s.consultation_id = $1 ORDER BY s.number",
    )
    .bind(bound(id))
    .fetch_all(&mut *conn)
    .await?;
    let mut statements = Vec::with_capacity(rows.len());
    for row in rows {
        let sha256: Sha256 = parsed(&row, 2)?;
        statements.push(StatementRecord {
            number: to_u64(row.try_get(0)?)?,
            language: Lang::from_code(&row.try_get::<String, _>(1)?)
                .ok_or_else(|| StoreError::Inconsistent("a statement's language is not one of the six".into()))?,
            text: None,
            sha256,
            author: Actor::try_from(row.try_get::<String, _>(3)?).map_err(StoreError::Inconsistent)?,
            constituency: parsed(&row, 4)?,
            seed: row.try_get::<i64, _>(5)? != 0,
            status: parsed(&row, 6)?,
            meta: row.try_get::<i64, _>(7)? != 0,
            reason: row.try_get(8)?,
            flags: to_u64(row.try_get(9)?)?,
            added_at: to_u64(row.try_get(10)?)?,
            added_ms: row.try_get(11)?,
            imported: match (row.try_get::<Option<i64>, _>(12)?, row.try_get::<Option<String>, _>(13)?) {
                (Some(polis_id), Some(author)) => Some(ImportedFrom { polis_id: to_u64(polis_id)?, author }),
                _ => None,
            },
            translations: BTreeMap::new(),
        });
    }
    let rows = sqlx::query(
        "SELECT number, lang, blob_sha256 FROM p_statement_translations WHERE consultation_id = $1 ORDER BY number",
    )
    .bind(bound(id))
    .fetch_all(&mut *conn)
    .await?;
    let mut translations = Vec::with_capacity(rows.len());
    for row in rows {
        let number = to_u64(row.try_get(0)?)?;
        let Some(lang) = Lang::from_code(&row.try_get::<String, _>(1)?) else { continue };
        translations.push((number, lang, parsed::<Sha256>(&row, 2)?));
    }
    // Every text in one read per few hundred, not one per statement.
    let hashes: Vec<Sha256> =
        statements.iter().map(|s| s.sha256).chain(translations.iter().map(|(_, _, sha256)| *sha256)).collect();
    let texts = crate::blobs::bytes_of(conn, &hashes).await?;
    let text = |sha256: &Sha256| {
        texts.get(sha256).cloned().flatten().map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
    };
    for statement in &mut statements {
        statement.text = text(&statement.sha256);
    }
    for (number, lang, sha256) in translations {
        if let Some(statement) = number.checked_sub(1).and_then(|i| statements.get_mut(i as usize)) {
            statement.translations.insert(lang, text(&sha256));
        }
    }
    Ok(statements)
}

/// The import of consultation `id`, if it was imported.
pub(crate) async fn import(conn: &mut AnyConnection, id: u64) -> Result<Option<ImportRecord>> {
    let row =
        sqlx::query("SELECT source, started_at, finished_at FROM p_consultation_imports WHERE consultation_id = $1")
            .bind(bound(id))
            .fetch_optional(conn)
            .await?;
    row.map(|row| {
        Ok(ImportRecord {
            source: row.try_get(0)?,
            started_at: to_u64(row.try_get(1)?)?,
            finished_at: row.try_get::<Option<i64>, _>(2)?.map(to_u64).transpose()?,
        })
    })
    .transpose()
}

/// Every vote of consultation `id`, in log order (changed votes included).
pub(crate) async fn vote_rows(conn: &mut AnyConnection, id: u64) -> Result<Vec<VoteRow>> {
    let rows = sqlx::query(
        "SELECT time_ms, statement, voter, choice FROM p_votes WHERE consultation_id = $1 ORDER BY log_index",
    )
    .bind(bound(id))
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(VoteRow {
                time_ms: row.try_get(0)?,
                statement: to_u64(row.try_get(1)?)?,
                voter: row.try_get(2)?,
                choice: Choice::from_value(row.try_get(3)?)
                    .ok_or_else(|| StoreError::Inconsistent("a stored vote is not -1, 0 or 1".into()))?,
            })
        })
        .collect()
}

/// The latest vote of `voter` on each statement of consultation `id`.
pub(crate) async fn votes_of(conn: &mut AnyConnection, id: u64, voter: &Actor) -> Result<BTreeMap<u64, Choice>> {
    let rows = sqlx::query(
        "SELECT statement, choice FROM p_votes WHERE consultation_id = $1 AND voter = $2 ORDER BY log_index",
    )
    .bind(bound(id))
    .bind(voter.as_str().to_owned())
    .fetch_all(&mut *conn)
    .await?;
    let mut votes = BTreeMap::new();
    for row in rows {
        let choice = Choice::from_value(row.try_get(1)?)
            .ok_or_else(|| StoreError::Inconsistent("a stored vote is not -1, 0 or 1".into()))?;
        votes.insert(to_u64(row.try_get(0)?)?, choice);
    }
    Ok(votes)
}

/// The organization's pseudonym key: read, or made on first use. Two
/// nodes starting together agree: the first insert wins, both read it.
pub(crate) async fn pseudonym_key(conn: &mut AnyConnection) -> Result<[u8; 32]> {
    let mut fresh = [0u8; 32];
    getrandom::fill(&mut fresh)
        .map_err(|err| StoreError::Setup(format!("no randomness for the pseudonym key: {err}")))?;
    sqlx::query("INSERT INTO pseudonym_key (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING")
        .bind(fresh.to_vec())
        .execute(&mut *conn)
        .await?;
    let key: Vec<u8> = sqlx::query_scalar("SELECT key FROM pseudonym_key WHERE id = 1").fetch_one(&mut *conn).await?;
    <[u8; 32]>::try_from(key.as_slice())
        .map_err(|_| StoreError::Inconsistent("the pseudonym key is not 32 bytes".into()))
}

/// A stored analysis of a consultation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAnalysis {
    /// The analysis covers the log's entries `0..log_size`.
    pub log_size: u64,
    /// The engine that made it.
    pub engine: String,
    /// When it was computed (Unix ms).
    pub computed_ms: i64,
    /// The report, as JSON.
    pub report: String,
}

/// The schedule of every consultation (what `domain::consultation::due`
/// reads), without the counts and texts of a full record.
pub(crate) async fn schedules(conn: &mut AnyConnection) -> Result<Vec<domain::consultation::Schedule>> {
    let rows = sqlx::query("SELECT id, status, opens_ms, closes_ms FROM p_consultations ORDER BY id")
        .fetch_all(&mut *conn)
        .await?;
    let time = |ms: Option<i64>| ms.and_then(domain::Timestamp::from_unix_millis);
    rows.iter()
        .map(|row| {
            Ok(domain::consultation::Schedule {
                id: to_u64(row.try_get(0)?)?,
                status: parsed(row, 1)?,
                opens_at: time(row.try_get(2)?),
                closes_at: time(row.try_get(3)?),
            })
        })
        .collect()
}

/// The log size the stored analysis of consultation `id` covers, if any
/// (without reading the report).
pub(crate) async fn analysed_log_size(conn: &mut AnyConnection, id: u64) -> Result<Option<u64>> {
    let size: Option<i64> = sqlx::query_scalar("SELECT log_size FROM consultation_analyses WHERE consultation_id = $1")
        .bind(bound(id))
        .fetch_optional(conn)
        .await?;
    size.map(to_u64).transpose()
}

pub(crate) async fn analysis(conn: &mut AnyConnection, id: u64) -> Result<Option<StoredAnalysis>> {
    let row = sqlx::query(
        "SELECT log_size, engine, computed_ms, report FROM consultation_analyses WHERE consultation_id = $1",
    )
    .bind(bound(id))
    .fetch_optional(conn)
    .await?;
    row.map(|row| {
        Ok(StoredAnalysis {
            log_size: to_u64(row.try_get(0)?)?,
            engine: row.try_get(1)?,
            computed_ms: row.try_get(2)?,
            report: row.try_get(3)?,
        })
    })
    .transpose()
}

/// Keeps `analysis` for consultation `id`, unless a newer one (covering
/// more of the log) is already kept.
pub(crate) async fn store_analysis(conn: &mut AnyConnection, id: u64, analysis: &StoredAnalysis) -> Result<()> {
    /// The one field of the report kept apart.
    #[derive(serde::Deserialize)]
    struct Priorities {
        #[serde(default)]
        priorities: BTreeMap<String, f64>,
    }
    let priorities = serde_json::from_str::<Priorities>(&analysis.report)
        .map_err(|err| StoreError::Inconsistent(format!("the analysis of consultation {id} is not JSON: {err}")))?;
    let priorities = serde_json::to_string(&priorities.priorities)
        .map_err(|err| StoreError::Inconsistent(format!("the priorities do not serialize: {err}")))?;
    sqlx::query(
        "INSERT INTO consultation_analyses (consultation_id, log_size, engine, computed_ms, report, priorities) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (consultation_id) DO UPDATE SET \
         log_size = excluded.log_size, engine = excluded.engine, computed_ms = excluded.computed_ms, \
         report = excluded.report, priorities = excluded.priorities \
         WHERE consultation_analyses.log_size <= excluded.log_size",
    )
    .bind(to_i64(id)?)
    .bind(to_i64(analysis.log_size)?)
    .bind(analysis.engine.clone())
    .bind(analysis.computed_ms)
    .bind(analysis.report.clone())
    .bind(priorities)
    .execute(conn)
    .await?;
    Ok(())
}

/// Pol.is's priority of each statement id of consultation `id`, from its
/// stored analysis (empty before the first).
async fn priorities(conn: &mut AnyConnection, id: u64) -> Result<BTreeMap<String, f64>> {
    let text: Option<String> =
        sqlx::query_scalar("SELECT priorities FROM consultation_analyses WHERE consultation_id = $1")
            .bind(bound(id))
            .fetch_optional(conn)
            .await?;
    match text {
        None => Ok(BTreeMap::new()),
        Some(text) => serde_json::from_str(&text)
            .map_err(|err| StoreError::Inconsistent(format!("the priorities of consultation {id}: {err}"))),
    }
}

/// What a voter sees when taking part in a consultation.
#[derive(Debug, Clone)]
pub struct TakingPart {
    /// Every statement, by number.
    pub statements: Vec<StatementRecord>,
    /// The voter's latest vote on each statement.
    pub votes: BTreeMap<u64, Choice>,
    /// How many statements the voter may still vote on.
    pub remaining: usize,
    /// The statement drawn next (`domain::consultation::next_statement`,
    /// by the stored analysis's priorities), if any is left.
    pub next: Option<u64>,
}

impl StatementRecord {
    /// Whether it takes votes: approved, and its text not taken down.
    pub fn votable(&self) -> bool {
        self.status == StatementStatus::Approved && self.text.is_some()
    }
}

/// Takes or renews the lease `name` for `holder` until `now + ttl`: true
/// when `holder` holds it now (it was free, expired, or already its own).
pub(crate) async fn claim_lease(
    conn: &mut AnyConnection,
    name: &str,
    holder: &str,
    now: i64,
    ttl: i64,
) -> Result<bool> {
    sqlx::query(
        "INSERT INTO task_leases (name, holder, expires_ms) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET \
         holder = excluded.holder, expires_ms = excluded.expires_ms \
         WHERE task_leases.holder = excluded.holder OR task_leases.expires_ms < $4",
    )
    .bind(name.to_owned())
    .bind(holder.to_owned())
    .bind(now.saturating_add(ttl))
    .bind(now)
    .execute(&mut *conn)
    .await?;
    let current: String = sqlx::query_scalar("SELECT holder FROM task_leases WHERE name = $1")
        .bind(name.to_owned())
        .fetch_one(&mut *conn)
        .await?;
    Ok(current == holder)
}

impl crate::Store {
    /// Every consultation, newest first (drafts included: the caller
    /// applies `domain::consultation::visibility`).
    pub async fn consultations(&self) -> Result<Vec<ConsultationRecord>> {
        list(&mut *self.conn().await?).await
    }

    /// Consultation `id`.
    pub async fn consultation(&self, id: u64) -> Result<Option<ConsultationRecord>> {
        get(&mut *self.conn().await?, id).await
    }

    /// The votes cast in consultation `id` (every one, changed votes too).
    pub async fn vote_count(&self, id: u64) -> Result<u64> {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM p_votes WHERE consultation_id = $1")
            .bind(crate::log::to_i64(id)?)
            .fetch_one(&mut *self.conn().await?)
            .await?;
        crate::log::to_u64(count)
    }

    /// The statements of consultation `id`, by number.
    pub async fn statements(&self, id: u64) -> Result<Vec<StatementRecord>> {
        statements(&mut *self.conn().await?, id).await
    }

    /// The import of consultation `id`, if it was imported from elsewhere.
    pub async fn consultation_import(&self, id: u64) -> Result<Option<ImportRecord>> {
        import(&mut *self.conn().await?, id).await
    }

    /// Every vote of consultation `id` in log order, changed ones included
    /// (what a Pol.is export's `votes.csv` lists).
    pub async fn vote_rows(&self, id: u64) -> Result<Vec<VoteRow>> {
        vote_rows(&mut *self.conn().await?, id).await
    }

    /// The latest vote of `voter` (a handle or pseudonym) on each statement.
    pub async fn votes_of(&self, id: u64, voter: &Actor) -> Result<BTreeMap<u64, Choice>> {
        votes_of(&mut *self.conn().await?, id, voter).await
    }

    /// Whom `handle` is recorded as in consultation `id`: a member of the
    /// public's pseudonym there, for anyone else the handle itself. (A
    /// person's votes in a consultation are found under this actor.)
    pub async fn voter_in(&self, id: u64, handle: &Actor) -> Result<Actor> {
        let principal = self.principal(handle).await?;
        Ok(if principal.role == domain::authz::Role::Participant { self.pseudonym(id, handle) } else { handle.clone() })
    }

    /// What `voter` (a handle or pseudonym, see [`crate::Store::voter_in`]) sees
    /// when taking part in consultation `id`.
    pub async fn taking_part(&self, id: u64, voter: &Actor) -> Result<TakingPart> {
        let mut conn = self.conn().await?;
        let votes = votes_of(&mut conn, id, voter).await?;
        let statements = statements(&mut conn, id).await?;
        let priorities = priorities(&mut conn, id).await?;
        let candidates: Vec<(u64, Option<f64>)> = statements
            .iter()
            .filter(|s| s.votable() && !votes.contains_key(&s.number))
            .map(|s| (s.number, priorities.get(&s.number.to_string()).copied()))
            .collect();
        let next = domain::consultation::next_statement(&candidates, id, voter, votes.len() as u64);
        Ok(TakingPart { statements, votes, remaining: candidates.len(), next })
    }

    /// The pseudonym of `handle` in consultation `id`.
    pub fn pseudonym(&self, id: u64, handle: &Actor) -> Actor {
        domain::consultation::pseudonym::pseudonym(&self.inner.pseudonym_key, id, handle)
    }

    /// The schedule of every consultation, for scheduled openings and
    /// closings.
    pub async fn consultation_schedules(&self) -> Result<Vec<domain::consultation::Schedule>> {
        schedules(&mut *self.conn().await?).await
    }

    /// The log size the stored analysis of consultation `id` covers.
    pub async fn analysed_log_size(&self, id: u64) -> Result<Option<u64>> {
        analysed_log_size(&mut *self.conn().await?, id).await
    }

    /// The latest stored analysis of consultation `id`.
    pub async fn analysis(&self, id: u64) -> Result<Option<StoredAnalysis>> {
        analysis(&mut *self.conn().await?, id).await
    }

    /// Keeps an analysis of consultation `id` (a newer one is never
    /// replaced by an older one).
    pub async fn store_analysis(&self, id: u64, analysis: &StoredAnalysis) -> Result<()> {
        store_analysis(&mut *self.conn().await?, id, analysis).await
    }

    /// Takes or renews the lease of background task `name` for `holder`
    /// for `ttl_ms`; true when `holder` holds it.
    pub async fn claim_lease(&self, name: &str, holder: &str, ttl_ms: i64) -> Result<bool> {
        let now = domain::Timestamp::now().unix_millis();
        claim_lease(&mut *self.conn().await?, name, holder, now, ttl_ms).await
    }
}
