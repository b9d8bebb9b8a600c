//! The signed message of a vote.
//!
//! A vote is signed with Ed25519 over
//!
//! ```text
//! concord-vote/v1\n{"ballot":7,"choice":"yes","member":"KEN","seq":1}
//! ```
//!
//! that is the context line [`VOTE_CONTEXT`] followed by the RFC 8785
//! canonical JSON of `{ballot, member, choice, seq, proxy_for}`
//! (`proxy_for` only on a proxy vote, which the proxy holder signs). The
//! context line means a vote signature can never be taken for a signature
//! on anything else made with the same key (a note, a checkpoint). `seq`
//! is one more than the member's last `seq` on that ballot, so a signed vote
//! cannot be replayed. The envelope of the `decision.voted` entry carries
//! the signature as `{key, sig}` ([`crate::EventSignature`]): the signer's
//! verifier key and the base64 signature.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::Serialize;

use super::Choice;
use super::event::Voted;
use crate::envelope::EventSignature;
use crate::member::Iso3;

/// The first line of every signed vote message.
pub const VOTE_CONTEXT: &str = "concord-vote/v1\n";

/// What a vote's signature covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct VotePayload {
    /// The ballot.
    pub ballot: u64,
    /// The member state that votes (on a proxy vote, the proxy holder).
    pub member: Iso3,
    /// The vote.
    pub choice: Choice,
    /// One more than the member's last `seq` on the ballot.
    pub seq: u64,
    /// On a proxy vote, the member state whose vote it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy_for: Option<Iso3>,
}

impl VotePayload {
    /// The payload of a logged vote.
    pub fn of(voted: &Voted) -> VotePayload {
        VotePayload {
            ballot: voted.ballot,
            member: voted.member,
            choice: voted.choice,
            seq: voted.seq,
            proxy_for: voted.proxy_for,
        }
    }

    /// The bytes signed: [`VOTE_CONTEXT`] and the canonical JSON.
    ///
    /// The fields are ASCII keys and integers below 2^53 (checked by
    /// `decide`), so serde_json's sorted `Value` map writes RFC 8785 bytes,
    /// as for log entries.
    pub fn message(&self) -> Vec<u8> {
        let value = serde_json::to_value(self).expect("a vote payload is plain JSON");
        let mut message = VOTE_CONTEXT.as_bytes().to_vec();
        serde_json::to_writer(&mut message, &value).expect("writing to a vector cannot fail");
        message
    }

    /// Signs the payload with `signer`.
    pub fn sign(&self, signer: &ledger::Signer) -> EventSignature {
        EventSignature { key: signer.verifier().to_string(), sig: BASE64.encode(signer.sign_message(&self.message())) }
    }
}

/// Reads a verifier key as a vote signing key: a C2SP signed-note verifier
/// key of type Ed25519 (0x01).
pub fn parse_key(key: &str) -> Result<ledger::Verifier, String> {
    let verifier = ledger::Verifier::parse(key.trim()).map_err(|err| format!("not a verifier key: {err}"))?;
    if verifier.key_type() != ledger::KeyType::Ed25519 {
        return Err("not an Ed25519 signing key (type 0x01)".into());
    }
    Ok(verifier)
}

/// Checks `signature` on `payload`, strictly: the key must be `key` (the
/// signatory's valid key) and the signature must verify.
pub fn verify_vote(payload: &VotePayload, signature: &EventSignature, key: &str) -> Result<(), String> {
    if signature.key != key {
        return Err("the vote is signed with a key that is not the signatory's valid key".into());
    }
    let verifier = parse_key(key)?;
    let bytes = BASE64.decode(&signature.sig).map_err(|_| "the signature is not base64".to_owned())?;
    verifier.verify_message(&payload.message(), &bytes).map_err(|_| "the signature does not verify".to_owned())
}

/// The decoded signature bytes, for batch verification.
pub(crate) fn signature_bytes(signature: &EventSignature) -> Option<Vec<u8>> {
    BASE64.decode(&signature.sig).ok()
}
