//! The log's signing key and its checkpoints, through the `ledger` crate's
//! signed notes (C2SP signed-note, tlog-checkpoint).

use ledger::{Checkpoint, Hash, Signer, Verifier};

use crate::error::{Result, StoreError};

/// The log's Ed25519 key: the signing key on the node that signs the log's
/// checkpoints, only the verifier key on a mirror.
pub(crate) struct LogKey {
    signer: Option<Signer>,
    verifier: Verifier,
    verifier_key: String,
}

impl LogKey {
    /// A new random key named `name` (the log's origin), and the text of its
    /// key file.
    pub(crate) fn generate(name: &str) -> Result<(LogKey, String)> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|err| StoreError::Setup(format!("no randomness for a new key: {err}")))?;
        let signer = Signer::new(name, &seed)
            .map_err(|err| StoreError::Setup(format!("cannot make a log key named {name:?}: {err}")))?;
        let text = format!("{}\n", signer.to_key_string());
        Ok((LogKey::from_signer(signer), text))
    }

    /// The key in a key file's text.
    pub(crate) fn parse(text: &str) -> Result<LogKey> {
        let signer = Signer::parse(text.trim())
            .map_err(|err| StoreError::Setup(format!("the key file does not hold a log signing key: {err}")))?;
        Ok(LogKey::from_signer(signer))
    }

    fn from_signer(signer: Signer) -> LogKey {
        let verifier = signer.verifier();
        let verifier_key = verifier.to_string();
        LogKey { signer: Some(signer), verifier, verifier_key }
    }

    /// Only the verifier key (a mirror's): it opens checkpoints and signs
    /// none.
    pub(crate) fn verifying(vkey: &str) -> Result<LogKey> {
        let verifier = Verifier::parse(vkey.trim())
            .map_err(|err| StoreError::Setup(format!("{vkey:?} is not a log verifier key: {err}")))?;
        if verifier.key_type() != ledger::KeyType::Ed25519 {
            return Err(StoreError::Setup(format!("{vkey:?} is not a log's checkpoint key (it is a witness key)")));
        }
        Ok(LogKey { signer: None, verifier_key: verifier.to_string(), verifier })
    }

    /// The verifier.
    pub(crate) fn verifier(&self) -> &Verifier {
        &self.verifier
    }

    /// The verifier key, `name+hex(id)+base64(0x01||pubkey)`.
    pub(crate) fn verifier_key(&self) -> &str {
        &self.verifier_key
    }

    /// The key's name, which is the log's origin.
    pub(crate) fn name(&self) -> &str {
        self.verifier.name()
    }

    /// A signed checkpoint note for the tree of `size` with `root`.
    pub(crate) fn sign_checkpoint(&self, origin: &str, size: u64, root: &Hash) -> Result<String> {
        let signer = self.signer.as_ref().ok_or(StoreError::Mirror)?;
        let signed = Checkpoint::new(origin, size, *root)
            .and_then(|checkpoint| checkpoint.sign(signer))
            .map_err(|err| StoreError::Inconsistent(format!("cannot sign a checkpoint: {err}")))?;
        Ok(signed.to_string())
    }

    /// Opens a stored checkpoint note with this key.
    pub(crate) fn open_checkpoint(&self, note: &str) -> Result<Checkpoint> {
        Checkpoint::open(note.as_bytes(), &self.verifier).map(|(checkpoint, _)| checkpoint).map_err(|err| {
            StoreError::Inconsistent(format!("the stored checkpoint does not verify with the log key: {err}"))
        })
    }
}
