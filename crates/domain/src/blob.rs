//! Content-addressed blobs: texts and documents too large for a log entry,
//! or that may have to be taken down.
//!
//! An event carries a blob's SHA-256 ([`BlobRef`]); the store keeps the
//! bytes beside the log. A `blob.redacted` event removes the bytes and keeps
//! the hash, so the log still verifies after a takedown.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256 as Sha256Hasher};

/// A SHA-256 digest, written as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Sha256(pub [u8; 32]);

impl Sha256 {
    /// The digest of `bytes`.
    pub fn of(bytes: &[u8]) -> Sha256 {
        Sha256(Sha256Hasher::digest(bytes).into())
    }
}

impl fmt::Display for Sha256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for Sha256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sha256({self})")
    }
}

impl FromStr for Sha256 {
    type Err = String;

    fn from_str(text: &str) -> Result<Sha256, String> {
        let mut digest = [0u8; 32];
        if text.len() != 64 || text.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(format!("{text:?} is not a SHA-256 digest (64 lowercase hex digits)"));
        }
        hex::decode_to_slice(text, &mut digest)
            .map_err(|_| format!("{text:?} is not a SHA-256 digest (64 lowercase hex digits)"))?;
        Ok(Sha256(digest))
    }
}

impl TryFrom<String> for Sha256 {
    type Error = String;

    fn try_from(text: String) -> Result<Sha256, String> {
        text.parse()
    }
}

impl From<Sha256> for String {
    fn from(digest: Sha256) -> String {
        digest.to_string()
    }
}

/// A reference from an event to a blob.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlobRef {
    /// The SHA-256 of the bytes.
    pub sha256: Sha256,
    /// The length in bytes.
    pub size: u64,
    /// The media type, e.g. `text/markdown; charset=utf-8`.
    pub media_type: String,
}

impl BlobRef {
    /// The reference to `bytes` of the given media type.
    pub fn to_bytes(bytes: &[u8], media_type: impl Into<String>) -> BlobRef {
        BlobRef { sha256: Sha256::of(bytes), size: bytes.len() as u64, media_type: media_type.into() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_print_and_parse_as_lowercase_hex() {
        let empty = Sha256::of(b"");
        let text = empty.to_string();
        assert_eq!(text, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(text.parse::<Sha256>().unwrap(), empty);
        assert!(text.to_uppercase().parse::<Sha256>().is_err());
        assert!(text[1..].parse::<Sha256>().is_err());
        assert!("zz".repeat(32).parse::<Sha256>().is_err());
    }
}
