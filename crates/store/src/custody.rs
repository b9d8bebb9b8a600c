//! Custodied signing keys: the keys the server keeps for signatories that
//! registered none (a delegation voting from the web, the secretariat
//! recording a roll call).
//!
//! Each private key (an Ed25519 seed) is sealed with ChaCha20-Poly1305
//! under the node's custody key, a 32-byte secret in its own file
//! (`custody.key` in the data directory unless `--custody-key-file` names
//! another; mode 0600; backed up and restored with the log key), and kept in
//! the private table `custodied_keys`. The signatory and the verifier key
//! are the associated data, so a sealed key cannot be moved to another
//! signatory. Nodes sharing one database are given the same custody key.

use std::path::Path;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use sqlx::{AnyConnection, Row};

use crate::datadir;
use crate::error::{Result, StoreError};

/// The node's custody key file, read (or made) when first needed, so that
/// opening a store never writes a key it does not use.
#[derive(Debug)]
pub(crate) struct Custody {
    path: std::path::PathBuf,
    key: std::sync::OnceLock<CustodyKey>,
    /// Held while the file is read or made, so two first uses make one key.
    making: std::sync::Mutex<()>,
}

impl Custody {
    /// The custody key in `path`.
    pub(crate) fn new(path: std::path::PathBuf) -> Custody {
        Custody { path, key: std::sync::OnceLock::new(), making: std::sync::Mutex::new(()) }
    }

    /// The key, read or made now if this is its first use.
    pub(crate) fn get(&self) -> Result<&CustodyKey> {
        if let Some(key) = self.key.get() {
            return Ok(key);
        }
        let _making = self.making.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(key) = self.key.get() {
            return Ok(key);
        }
        let key = CustodyKey::load_or_create(&self.path)?;
        Ok(self.key.get_or_init(|| key))
    }
}

/// The node's custody key.
pub(crate) struct CustodyKey(ChaCha20Poly1305);

impl std::fmt::Debug for CustodyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CustodyKey(..)")
    }
}

impl CustodyKey {
    /// The key in `path`, made (and written, mode 0600) if the file does
    /// not exist yet.
    pub(crate) fn load_or_create(path: &Path) -> Result<CustodyKey> {
        if !path.exists() {
            let mut secret = [0u8; 32];
            fill(&mut secret)?;
            datadir::write_secret_file(path, &format!("{}\n", hex::encode(secret)))?;
        }
        let text = datadir::read_secret_file(path)?;
        let bytes = hex::decode(text.trim()).ok().and_then(|b| <[u8; 32]>::try_from(b).ok()).ok_or_else(|| {
            StoreError::Setup(format!("{} does not hold a custody key (64 hex digits)", path.display()))
        })?;
        Ok(CustodyKey(ChaCha20Poly1305::new(&bytes.into())))
    }

    /// Seals `seed`: a random nonce, then the ciphertext and tag.
    pub(crate) fn seal(&self, signatory: &str, key: &str, seed: &[u8; 32]) -> Result<Vec<u8>> {
        let mut nonce = [0u8; 12];
        fill(&mut nonce)?;
        let aad = associated(signatory, key);
        let sealed = self
            .0
            .encrypt(&Nonce::from(nonce), Payload { msg: seed, aad: &aad })
            .map_err(|_| StoreError::Inconsistent("cannot seal a custodied key".into()))?;
        Ok([nonce.as_slice(), &sealed].concat())
    }

    /// Opens a sealed seed; fails if it was sealed under another custody
    /// key or for another signatory or key.
    pub(crate) fn open(&self, signatory: &str, key: &str, sealed: &[u8]) -> Result<[u8; 32]> {
        let refused = || {
            StoreError::Setup(format!(
                "the custodied key of {signatory} cannot be opened with this node's custody key; \
                 give every node the same custody key file (--custody-key-file)"
            ))
        };
        if sealed.len() < 12 {
            return Err(refused());
        }
        let (nonce, ciphertext) = sealed.split_at(12);
        let nonce = Nonce::from(<[u8; 12]>::try_from(nonce).map_err(|_| refused())?);
        let aad = associated(signatory, key);
        let seed = self.0.decrypt(&nonce, Payload { msg: ciphertext, aad: &aad }).map_err(|_| refused())?;
        <[u8; 32]>::try_from(seed).map_err(|_| refused())
    }
}

fn associated(signatory: &str, key: &str) -> Vec<u8> {
    format!("concord-custody/v1\n{signatory}\n{key}").into_bytes()
}

fn fill(bytes: &mut [u8]) -> Result<()> {
    getrandom::fill(bytes).map_err(|err| StoreError::Setup(format!("no randomness for a new key: {err}")))
}

/// A new custodied key for `signatory`: a random seed, its signer, and the
/// sealed seed to store.
pub(crate) fn generate(custody: &CustodyKey, signatory: &str) -> Result<(ledger::Signer, Vec<u8>)> {
    let mut seed = [0u8; 32];
    fill(&mut seed)?;
    let name = format!("concord-custodied-{}", signatory.to_lowercase());
    let signer = ledger::Signer::new(&name, &seed)
        .map_err(|err| StoreError::Inconsistent(format!("cannot make a key named {name}: {err}")))?;
    let sealed = custody.seal(signatory, &signer.verifier().to_string(), &seed)?;
    Ok((signer, sealed))
}

/// Stores a sealed key (in the transaction of the event registering it).
pub(crate) async fn insert(conn: &mut AnyConnection, key: &str, signatory: &str, sealed: &[u8]) -> Result<()> {
    sqlx::query("INSERT INTO custodied_keys (key, signatory, sealed, created_ms) VALUES ($1, $2, $3, $4)")
        .bind(key.to_owned())
        .bind(signatory.to_owned())
        .bind(sealed.to_vec())
        .bind(domain::Timestamp::now().unix_millis())
        .execute(conn)
        .await?;
    Ok(())
}

/// The signer of a custodied key, if this node keeps it.
pub(crate) async fn signer(
    conn: &mut AnyConnection,
    custody: &CustodyKey,
    signatory: &str,
    key: &str,
) -> Result<Option<ledger::Signer>> {
    let row = sqlx::query("SELECT sealed FROM custodied_keys WHERE key = $1 AND signatory = $2")
        .bind(key.to_owned())
        .bind(signatory.to_owned())
        .fetch_optional(conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let sealed: Vec<u8> = row.try_get(0)?;
    let seed = custody.open(signatory, key, &sealed)?;
    let name = format!("concord-custodied-{}", signatory.to_lowercase());
    let signer = ledger::Signer::new(&name, &seed)
        .map_err(|err| StoreError::Inconsistent(format!("a custodied key is not valid: {err}")))?;
    if signer.verifier().to_string() != key {
        return Err(StoreError::Inconsistent(format!("the custodied key of {signatory} does not match its record")));
    }
    Ok(Some(signer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_key_opens_only_for_its_signatory_and_key_under_the_same_custody_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("custody.key");
        let custody = CustodyKey::load_or_create(&path).unwrap();
        let (signer, sealed) = generate(&custody, "KEN").unwrap();
        let key = signer.verifier().to_string();
        assert_eq!(custody.open("KEN", &key, &sealed).unwrap().len(), 32);
        assert!(custody.open("GHA", &key, &sealed).is_err(), "another signatory");
        assert!(custody.open("KEN", "other", &sealed).is_err(), "another key");
        let again = CustodyKey::load_or_create(&path).unwrap();
        assert!(again.open("KEN", &key, &sealed).is_ok(), "the file keeps the key");
        let other = CustodyKey::load_or_create(&dir.path().join("other.key")).unwrap();
        assert!(other.open("KEN", &key, &sealed).is_err(), "another custody key");
    }
}
