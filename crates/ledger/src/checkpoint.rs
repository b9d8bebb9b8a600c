//! Checkpoints (C2SP tlog-checkpoint): the signed note body that commits a
//! log to its size and root.
//!
//! ```text
//! <origin>
//! <tree size, ASCII decimal, no leading zeros>
//! <root hash, standard base64>
//! [<extension line>...]
//! ```
//!
//! Each line ends with a newline; extension lines are optional and
//! non-empty. The log signs the body as a note; witnesses add cosignatures
//! (C2SP tlog-cosignature) over the same body.

use std::fmt;

use crate::Error;
use crate::hash::Hash;
use crate::note::{Cosigner, Note, NoteSignature, Signer, Verifier, check_text};
use crate::tile::decimal;

/// A log checkpoint: origin, tree size, root hash and optional extension
/// lines. `Display` writes the note text (the body).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    origin: String,
    size: u64,
    root: Hash,
    extensions: Vec<String>,
}

/// Checks one line of a checkpoint: non-empty, no newline or control
/// character.
fn check_line(line: &str, reason: &'static str) -> Result<(), Error> {
    if line.is_empty() || line.chars().any(|c| c.is_control()) {
        return Err(Error::Checkpoint { reason });
    }
    Ok(())
}

impl Checkpoint {
    /// A checkpoint of the tree of `size` leaves with root `root`. The
    /// origin must be one non-empty line without control characters.
    pub fn new(origin: &str, size: u64, root: Hash) -> Result<Checkpoint, Error> {
        check_line(origin, "origin must be one non-empty line")?;
        Ok(Checkpoint { origin: origin.to_string(), size, root, extensions: Vec::new() })
    }

    /// Adds an extension line (non-empty, no control characters). C2SP
    /// tlog-checkpoint advises against them: monitors cannot audit them.
    pub fn with_extension(mut self, line: &str) -> Result<Checkpoint, Error> {
        check_line(line, "extension lines must be non-empty")?;
        self.extensions.push(line.to_string());
        Ok(self)
    }

    /// The origin: the log's identity, conventionally a schema-less URL.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The tree size.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The root hash of the tree at that size.
    pub fn root(&self) -> Hash {
        self.root
    }

    /// The extension lines, without newlines.
    pub fn extensions(&self) -> &[String] {
        &self.extensions
    }

    /// Parses a checkpoint body (the note text): at least three lines, the
    /// size in canonical decimal, the root in canonical base64 of 32 bytes,
    /// extension lines non-empty, the last line ending with a newline.
    pub fn parse(text: &str) -> Result<Checkpoint, Error> {
        let bad = |reason| Error::Checkpoint { reason };
        check_text(text).map_err(|_| bad("not newline-terminated text"))?;
        let mut lines = text[..text.len() - 1].split('\n');
        let origin = lines.next().unwrap_or_default();
        check_line(origin, "empty origin")?;
        let size = lines.next().ok_or(bad("missing tree size"))?;
        let size = decimal(size).ok_or(bad("tree size is not a canonical decimal"))?;
        let root = lines.next().ok_or(bad("missing root hash"))?;
        let root = Hash::from_base64(root).map_err(|_| bad("root is not base64 of 32 bytes"))?;
        let mut checkpoint = Checkpoint::new(origin, size, root)?;
        for line in lines {
            checkpoint = checkpoint.with_extension(line)?;
        }
        Ok(checkpoint)
    }

    /// Signs the checkpoint with the log's key, whose name must be the
    /// origin (C2SP tlog-checkpoint says it should; C2SP tlog-policy
    /// requires it of a log's key).
    pub fn sign(&self, signer: &Signer) -> Result<Note, Error> {
        if signer.name() != self.origin {
            return Err(Error::OriginMismatch);
        }
        let mut note = Note::new(&self.to_string())?;
        note.sign(signer)?;
        Ok(note)
    }

    /// A witness cosignature of this checkpoint at `timestamp` (C2SP
    /// tlog-cosignature). Add it to the note with [`Note::add_signature`].
    pub fn cosign(&self, cosigner: &Cosigner, timestamp: u64) -> Result<NoteSignature, Error> {
        cosigner.cosign(&self.to_string(), timestamp)
    }

    /// Parses a signed checkpoint and verifies the log's signature: the
    /// note must verify against `log` (other signatures are ignored unless
    /// they are bad signatures by `log`), and the origin must be the log
    /// key's name.
    pub fn open(note: &[u8], log: &Verifier) -> Result<(Checkpoint, Note), Error> {
        let (note, _) = Note::open(note, std::slice::from_ref(log))?;
        let checkpoint = Checkpoint::parse(note.text())?;
        if checkpoint.origin != log.name() {
            return Err(Error::OriginMismatch);
        }
        Ok((checkpoint, note))
    }
}

impl fmt::Display for Checkpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}\n{}\n{}", self.origin, self.size, self.root.to_base64())?;
        for line in &self.extensions {
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}
