//! Reading published documents from their projection.

use domain::blob::Sha256;
use domain::lang::Lang;
use sqlx::{AnyConnection, Row};

use crate::error::{Result, StoreError};
use crate::log::to_u64;

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
    let rows = sqlx::query(
        "SELECT number, title, language, blob_sha256, media_type, size, published_at, redacted_at \
         FROM p_documents ORDER BY number",
    )
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|row| {
            let language: String = row.try_get(2)?;
            let sha256: String = row.try_get(3)?;
            Ok(DocumentRecord {
                number: to_u64(row.try_get(0)?)?,
                title: row.try_get(1)?,
                language: Lang::from_code(&language).ok_or_else(|| {
                    StoreError::Inconsistent(format!("a document in the unknown language {language:?}"))
                })?,
                sha256: sha256.parse().map_err(StoreError::Inconsistent)?,
                media_type: row.try_get(4)?,
                size: to_u64(row.try_get(5)?)?,
                published_at: to_u64(row.try_get(6)?)?,
                redacted_at: row.try_get::<Option<i64>, _>(7)?.map(to_u64).transpose()?,
            })
        })
        .collect()
}
