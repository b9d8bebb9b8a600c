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
