//! The witness protocol (C2SP tlog-witness): the `add-checkpoint` request,
//! the witness's decision, and its response, for both sides.
//!
//! ```text
//! POST <submission prefix>/add-checkpoint
//!
//! old <size the client believes the witness last cosigned>
//! <consistency proof hash, base64>          (0 to 63 lines)
//!                                           (an empty line)
//! <signed checkpoint note>
//! ```
//!
//! The witness decides in two steps, both pure: [`open_request`] checks
//! the log's signature (404 for an unknown origin, 403 for no valid
//! signature), then [`check_request`], given the checkpoint the witness
//! last cosigned for that origin, checks the sizes and the consistency
//! proof (400, 409, 422), in the order of the spec. On success the witness
//! stores the new checkpoint (atomically with the check: the caller holds
//! the lock), cosigns it ([`Checkpoint::cosign`]) and answers with
//! [`cosignature_response`]. A refused request is a [`Refusal`], which
//! names its HTTP status; a 409 for a stale old size carries the stored
//! size as a `text/x.tlog.size` body ([`Refusal::size_body`]).
//!
//! The client (a log asking for cosignatures) sends
//! [`AddCheckpoint::encode`], reads a 200 with
//! [`parse_cosignature_response`] and keeps the cosignatures that verify
//! with [`verify_cosignatures`], and on a 409 learns the size to prove
//! from with [`parse_size_response`].

use crate::Error;
use crate::checkpoint::Checkpoint;
use crate::hash::{EMPTY_ROOT, Hash};
use crate::note::{KeyType, MAX_SIGNATURES, Note, NoteSignature, Verifier};
use crate::proof::verify_consistency;
use crate::tile::decimal;

/// The most consistency proof lines a request may carry (C2SP
/// tlog-witness: "The client MUST NOT send more than 63").
pub const MAX_PROOF_LINES: usize = 63;

/// The largest checkpoint note a request may carry, in bytes. A checkpoint
/// is three short lines; even with [`MAX_SIGNATURES`] signature lines of
/// 150 bytes it stays under half of this.
pub const MAX_NOTE_SIZE: usize = 32 * 1024;

/// The largest request body [`AddCheckpoint::parse`] can accept: the old
/// size line with 20 digits, [`MAX_PROOF_LINES`] lines of 44 base64
/// characters, the empty line and a note of [`MAX_NOTE_SIZE`]. A server
/// may refuse longer bodies before reading them.
pub const MAX_REQUEST_SIZE: usize = "old ".len() + 20 + 1 + MAX_PROOF_LINES * 45 + 1 + MAX_NOTE_SIZE;

/// The content type of a 409 response that carries the witness's stored
/// size (C2SP tlog-witness).
pub const SIZE_CONTENT_TYPE: &str = "text/x.tlog.size";

/// An `add-checkpoint` request: the size the client believes the witness
/// last cosigned, the consistency proof from there, and the signed
/// checkpoint note, kept as it came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddCheckpoint {
    /// The old size: the size of the checkpoint the witness last cosigned
    /// for this log, as the client believes (0 if none).
    pub old_size: u64,
    /// The RFC 9162 consistency proof from the old size to the
    /// checkpoint's size (empty for old size 0 or an unchanged size).
    pub proof: Vec<Hash>,
    /// The signed checkpoint note, with every signature it carries.
    pub note: Vec<u8>,
}

/// Takes the next newline-terminated line off `rest`, without its newline.
fn next_line<'a>(rest: &mut &'a [u8], missing: &'static str) -> Result<&'a [u8], Error> {
    let end = rest.iter().position(|&b| b == b'\n').ok_or(Error::AddCheckpoint { reason: missing })?;
    let line = &rest[..end];
    *rest = &rest[end + 1..];
    Ok(line)
}

impl AddCheckpoint {
    /// Parses a request body strictly: `old <size>` in canonical decimal,
    /// at most [`MAX_PROOF_LINES`] lines of canonical base64 of 32 bytes,
    /// an empty line, then a non-empty note of at most [`MAX_NOTE_SIZE`]
    /// bytes. The note itself is checked by [`open_request`].
    pub fn parse(body: &[u8]) -> Result<AddCheckpoint, Error> {
        let bad = |reason| Error::AddCheckpoint { reason };
        let mut rest = body;
        let old = next_line(&mut rest, "no old size line")?;
        let old_size = old
            .strip_prefix(b"old ")
            .and_then(|size| std::str::from_utf8(size).ok())
            .and_then(decimal)
            .ok_or(bad("the first line is not old and a size in canonical decimal"))?;
        let mut proof = Vec::new();
        loop {
            let line = next_line(&mut rest, "no empty line before the checkpoint")?;
            if line.is_empty() {
                break;
            }
            if proof.len() == MAX_PROOF_LINES {
                return Err(bad("more than 63 consistency proof lines"));
            }
            let hash = std::str::from_utf8(line).ok().and_then(|line| Hash::from_base64(line).ok());
            proof.push(hash.ok_or(bad("a consistency proof line is not base64 of 32 bytes"))?);
        }
        if rest.is_empty() {
            return Err(bad("no checkpoint"));
        }
        if rest.len() > MAX_NOTE_SIZE {
            return Err(bad("the checkpoint is longer than 32 KiB"));
        }
        Ok(AddCheckpoint { old_size, proof, note: rest.to_vec() })
    }

    /// The request body, as [`AddCheckpoint::parse`] reads it.
    pub fn encode(&self) -> Vec<u8> {
        let mut body = format!("old {}\n", self.old_size).into_bytes();
        for hash in &self.proof {
            body.extend_from_slice(hash.to_base64().as_bytes());
            body.push(b'\n');
        }
        body.push(b'\n');
        body.extend_from_slice(&self.note);
        body
    }
}

/// Why a witness refuses an `add-checkpoint` request, each with the HTTP
/// status C2SP tlog-witness names ([`Refusal::status`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Refusal {
    /// 400: the body is not a request ([`Error::AddCheckpoint`]), or its
    /// checkpoint is not a checkpoint note; the error says which.
    #[error("{0}")]
    Malformed(Error),
    /// 404: no log the witness knows has the checkpoint's origin as the
    /// name of its key.
    #[error("unknown log {origin}")]
    UnknownLog {
        /// The checkpoint's origin.
        origin: String,
    },
    /// 403: no signature verifies with the log's key, or one by the log's
    /// key does not verify.
    #[error("the checkpoint is not signed by the log: {0}")]
    BadSignature(Error),
    /// 400: the old size is larger than the checkpoint's size.
    #[error("old size {old} is larger than the checkpoint's size {size}")]
    OldSizeTooLarge {
        /// The request's old size.
        old: u64,
        /// The checkpoint's size.
        size: u64,
    },
    /// 409, with the stored size as a `text/x.tlog.size` body: the old
    /// size is not the size the witness last cosigned for this log.
    #[error("the witness last cosigned this log at size {size}, not at the old size given")]
    Conflict {
        /// The size of the witness's latest cosigned checkpoint (0 if none).
        size: u64,
    },
    /// 409: the checkpoint has the size the witness last cosigned but
    /// another root: the log signed two different trees of that size.
    #[error("the checkpoint of size {size} has another root than the one the witness cosigned")]
    RootConflict {
        /// The tree size.
        size: u64,
    },
    /// 422: the consistency proof does not prove the checkpoint's tree
    /// extends the one the witness cosigned (or is not empty where it
    /// must be).
    #[error("the consistency proof does not verify: {0}")]
    BadProof(Error),
}

impl Refusal {
    /// The HTTP status C2SP tlog-witness names for this refusal.
    pub fn status(&self) -> u16 {
        match self {
            Refusal::Malformed(_) | Refusal::OldSizeTooLarge { .. } => 400,
            Refusal::BadSignature(_) => 403,
            Refusal::UnknownLog { .. } => 404,
            Refusal::Conflict { .. } | Refusal::RootConflict { .. } => 409,
            Refusal::BadProof(_) => 422,
        }
    }

    /// The `text/x.tlog.size` body of a [`Refusal::Conflict`]: the stored
    /// size in decimal and a newline. Other refusals have none.
    pub fn size_body(&self) -> Option<String> {
        match self {
            Refusal::Conflict { size } => Some(format!("{size}\n")),
            _ => None,
        }
    }
}

/// The witness's first step: parses the request's note and checks that it
/// is signed by a log it knows, whose key (an Ed25519 note key, type 0x01)
/// is named by the checkpoint's origin. Signatures by other keys are
/// ignored; one by the log's key that does not verify refuses the note
/// (C2SP signed-note).
pub fn open_request(request: &AddCheckpoint, logs: &[Verifier]) -> Result<Checkpoint, Refusal> {
    let note = Note::parse(&request.note).map_err(Refusal::Malformed)?;
    let checkpoint = Checkpoint::parse(note.text()).map_err(Refusal::Malformed)?;
    let keys: Vec<Verifier> = logs
        .iter()
        .filter(|log| log.key_type() == KeyType::Ed25519 && log.name() == checkpoint.origin())
        .cloned()
        .collect();
    if keys.is_empty() {
        return Err(Refusal::UnknownLog { origin: checkpoint.origin().to_owned() });
    }
    note.verify(&keys).map_err(Refusal::BadSignature)?;
    Ok(checkpoint)
}

/// The witness's second step, given the checkpoint [`open_request`]
/// returned and the one the witness last cosigned for its origin (`None`
/// if it never cosigned one). In the order of C2SP tlog-witness:
///
/// 1. the old size is not larger than the checkpoint's (else 400);
/// 2. the old size is the stored size, 0 if none (else 409 with it);
/// 3. the proof is empty for old size 0 and for an unchanged size, and
///    otherwise an RFC 9162 consistency proof from the stored root to the
///    new one (else 422); a checkpoint of the empty tree must carry the
///    empty tree's root (else 422, as the spec's later drafts require);
/// 4. an unchanged size has an unchanged root (else 409).
///
/// The caller must check and store atomically: two requests checked
/// against the same stored checkpoint must not both be stored.
///
/// Two refusals show the log misbehaving, and the spec lets a witness keep
/// the request: [`Refusal::RootConflict`], and
/// `Refusal::BadProof(Error::RootMismatch)` (the proof computes the new
/// root but not the stored one; for a stored size that is not a power of
/// two, the stored note, the request's note and its proof are evidence
/// [`check_split_view`](crate::check_split_view) accepts).
pub fn check_request(
    request: &AddCheckpoint,
    checkpoint: &Checkpoint,
    stored: Option<&Checkpoint>,
) -> Result<(), Refusal> {
    let (old, size) = (request.old_size, checkpoint.size());
    if old > size {
        return Err(Refusal::OldSizeTooLarge { old, size });
    }
    let stored_size = stored.map_or(0, Checkpoint::size);
    if old != stored_size {
        return Err(Refusal::Conflict { size: stored_size });
    }
    let stored = match stored {
        Some(stored) if old != 0 => stored,
        _ => {
            if !request.proof.is_empty() {
                return Err(Refusal::BadProof(Error::ProofNotEmpty));
            }
            if size == 0 && checkpoint.root() != EMPTY_ROOT {
                return Err(Refusal::BadProof(Error::RootMismatch));
            }
            return Ok(());
        }
    };
    if old == size {
        if !request.proof.is_empty() {
            return Err(Refusal::BadProof(Error::ProofNotEmpty));
        }
        if stored.root() != checkpoint.root() {
            return Err(Refusal::RootConflict { size });
        }
        return Ok(());
    }
    verify_consistency(old, size, &request.proof, stored.root(), checkpoint.root()).map_err(Refusal::BadProof)
}

/// The body of a successful response: the witness's cosignature lines,
/// each ending with a newline.
pub fn cosignature_response(signatures: &[NoteSignature]) -> String {
    signatures.iter().map(NoteSignature::to_string).collect()
}

/// Parses a successful response (the client side): one to
/// [`MAX_SIGNATURES`] signature lines, each ending with a newline. The
/// signatures are not verified: see [`verify_cosignatures`].
pub fn parse_cosignature_response(body: &[u8]) -> Result<Vec<NoteSignature>, Error> {
    let bad = |reason| Error::WitnessResponse { reason };
    let text = std::str::from_utf8(body).map_err(|_| bad("not utf-8"))?;
    if text.is_empty() {
        return Err(bad("no cosignature"));
    }
    let lines = text.strip_suffix('\n').ok_or(bad("the last line does not end with a newline"))?;
    let mut signatures = Vec::new();
    for (i, line) in lines.split('\n').enumerate() {
        if i == MAX_SIGNATURES {
            return Err(Error::TooManySignatures { max: MAX_SIGNATURES });
        }
        signatures.push(NoteSignature::parse(line).map_err(|_| Error::SignatureLine { line: i + 1 })?);
    }
    Ok(signatures)
}

/// The cosignatures of a response that verify over `checkpoint` with the
/// keys of the `witnesses` asked (the client side). As C2SP tlog-witness
/// says, cosignatures by unknown keys are ignored; one by a known key that
/// does not verify, or none by a known key, is an error.
pub fn verify_cosignatures(
    checkpoint: &Checkpoint,
    signatures: &[NoteSignature],
    witnesses: &[Verifier],
) -> Result<Vec<NoteSignature>, Error> {
    let mut note = Note::new(&checkpoint.to_string())?;
    for signature in signatures {
        note.add_signature(signature.clone())?;
    }
    let verified = note.verify(witnesses)?;
    Ok(signatures
        .iter()
        .filter(|s| verified.iter().any(|v| v.name == s.name() && v.key_id == s.key_id()))
        .cloned()
        .collect())
}

/// Parses the `text/x.tlog.size` body of a 409 response (the client side):
/// the witness's stored size in canonical decimal and a newline.
pub fn parse_size_response(body: &[u8]) -> Result<u64, Error> {
    body.strip_suffix(b"\n")
        .and_then(|size| std::str::from_utf8(size).ok())
        .and_then(decimal)
        .ok_or(Error::WitnessResponse { reason: "the size is not a canonical decimal and a newline" })
}
