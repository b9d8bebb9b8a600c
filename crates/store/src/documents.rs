//! Reading published documents from their projection.

use domain::blob::Sha256;
use domain::lang::Lang;
use sqlx::{AnyConnection, Row};

use crate::error::{Result, StoreError};
use crate::log::{bound, to_u64};
use crate::members::Page;

/// The columns of a document, in the order [`record`] reads them.
const COLUMNS: &str = "number, title, language, blob_sha256, media_type, size, published_at, redacted_at";

/// Which documents to list, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentQuery {
    /// Only documents in this language.
    pub language: Option<Lang>,
    /// Only documents whose media type starts with this (`text/markdown`).
    pub media_type: Option<String>,
    /// How many to skip.
    pub offset: u64,
    /// How many at most.
    pub limit: u64,
}

/// A published document as the public sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRecord {
    /// Its number.
    pub number: u64,
    /// Its title.
    pub title: String,
    /// Its language.
    pub language: Lang,
    /// The SHA-256 of its text.
    pub sha256: Sha256,
    /// The media type of its text.
    pub media_type: String,
    /// The text's length in bytes.
    pub size: u64,
    /// The log index of its publication.
    pub published_at: u64,
    /// The log index of the takedown of its text, if taken down.
    pub redacted_at: Option<u64>,
}

/// Every published document, by number.
pub(crate) async fn list(conn: &mut AnyConnection) -> Result<Vec<DocumentRecord>> {
    let sql = format!("SELECT {COLUMNS} FROM p_documents ORDER BY number");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(conn).await?;
    rows.iter().map(record).collect()
}

/// The document numbered `number`.
pub(crate) async fn get(conn: &mut AnyConnection, number: u64) -> Result<Option<DocumentRecord>> {
    let sql = format!("SELECT {COLUMNS} FROM p_documents WHERE number = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(bound(number)).fetch_optional(conn).await?;
    row.as_ref().map(record).transpose()
}

/// One page of the documents `query` asks for, newest first, and how many
/// match in all.
pub(crate) async fn page(conn: &mut AnyConnection, query: &DocumentQuery) -> Result<Page<DocumentRecord>> {
    let mut conditions = Vec::new();
    let mut values = Vec::new();
    if let Some(language) = query.language {
        values.push(language.code().to_owned());
        conditions.push(format!("language = ${}", values.len()));
    }
    if let Some(media_type) = &query.media_type {
        // A prefix: `text/markdown` matches `text/markdown; charset=utf-8`.
        // Media types are ASCII without `%` or `_`, so no escaping is needed.
        values.push(format!("{media_type}%"));
        conditions.push(format!("media_type LIKE ${}", values.len()));
    }
    let filter = if conditions.is_empty() { String::new() } else { format!(" WHERE {}", conditions.join(" AND ")) };
    let mut count =
        sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM p_documents{filter}")));
    for value in &values {
        count = count.bind(value.clone());
    }
    let total = to_u64(count.fetch_one(&mut *conn).await?)?;
    let n = values.len();
    let sql =
        format!("SELECT {COLUMNS} FROM p_documents{filter} ORDER BY number DESC LIMIT ${} OFFSET ${}", n + 1, n + 2);
    let mut rows = sqlx::query(sqlx::AssertSqlSafe(sql));
    for value in values {
        rows = rows.bind(value);
    }
    let rows = rows.bind(bound(query.limit)).bind(bound(query.offset)).fetch_all(conn).await?;
    let items = rows.iter().map(record).collect::<Result<_>>()?;
    Ok(Page { total, items })
}

/// A document from a row of [`COLUMNS`].
fn record(row: &sqlx::any::AnyRow) -> Result<DocumentRecord> {
    let language: String = row.try_get(2)?;
    let sha256: String = row.try_get(3)?;
    Ok(DocumentRecord {
        number: to_u64(row.try_get(0)?)?,
        title: row.try_get(1)?,
        language: Lang::from_code(&language)
            .ok_or_else(|| StoreError::Inconsistent(format!("a document in the unknown language {language:?}")))?,
        sha256: sha256.parse().map_err(StoreError::Inconsistent)?,
        media_type: row.try_get(4)?,
        size: to_u64(row.try_get(5)?)?,
        published_at: to_u64(row.try_get(6)?)?,
        redacted_at: row.try_get::<Option<i64>, _>(7)?.map(to_u64).transpose()?,
    })
}
