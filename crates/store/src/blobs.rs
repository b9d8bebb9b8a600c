//! The blob store: bytes by SHA-256, kept beside the log.

use domain::blob::{BlobRef, Sha256};
use sqlx::{AnyConnection, Row};

use crate::error::Result;
use crate::log::{to_i64, to_u64};

/// A stored blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredBlob {
    /// Its reference (hash, size, media type).
    pub reference: BlobRef,
    /// The bytes, or `None` once redacted.
    pub bytes: Option<Vec<u8>>,
}

/// Stores bytes under their hash; storing the same bytes again is a no-op.
pub(crate) async fn put(conn: &mut AnyConnection, bytes: &[u8], media_type: &str) -> Result<BlobRef> {
    let reference = BlobRef::to_bytes(bytes, media_type);
    sqlx::query(
        "INSERT INTO blobs (sha256, media_type, size, bytes) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING",
    )
    .bind(reference.sha256.0.to_vec())
    .bind(reference.media_type.clone())
    .bind(to_i64(reference.size)?)
    .bind(bytes.to_vec())
    .execute(conn)
    .await?;
    Ok(reference)
}

/// Blobs read per query by [`bytes_of`] (well under both backends' limits
/// of bound parameters).
const BLOBS_PER_QUERY: usize = 500;

/// The bytes of each of `hashes` that is stored (`None` once redacted), in
/// a few queries.
pub(crate) async fn bytes_of(
    conn: &mut AnyConnection,
    hashes: &[Sha256],
) -> Result<std::collections::HashMap<Sha256, Option<Vec<u8>>>> {
    let mut found = std::collections::HashMap::with_capacity(hashes.len());
    for chunk in hashes.chunks(BLOBS_PER_QUERY) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!("SELECT sha256, bytes FROM blobs WHERE sha256 IN ({})", placeholders.join(", "));
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for sha256 in chunk {
            query = query.bind(sha256.0.to_vec());
        }
        for row in query.fetch_all(&mut *conn).await? {
            let key: Vec<u8> = row.try_get(0)?;
            if let Ok(digest) = <[u8; 32]>::try_from(key.as_slice()) {
                found.insert(Sha256(digest), row.try_get(1)?);
            }
        }
    }
    Ok(found)
}

pub(crate) async fn get(conn: &mut AnyConnection, sha256: &Sha256) -> Result<Option<StoredBlob>> {
    let row = sqlx::query("SELECT media_type, size, bytes FROM blobs WHERE sha256 = $1")
        .bind(sha256.0.to_vec())
        .fetch_optional(conn)
        .await?;
    row.map(|row| {
        Ok(StoredBlob {
            reference: BlobRef {
                sha256: *sha256,
                size: to_u64(row.try_get::<i64, _>(1)?)?,
                media_type: row.try_get(0)?,
            },
            bytes: row.try_get(2)?,
        })
    })
    .transpose()
}
