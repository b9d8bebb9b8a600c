//! Signed notes (C2SP signed-note): keys and their string forms, signing,
//! strict parsing and verification. Ed25519 notes are key type 0x01;
//! timestamped cosignatures (C2SP tlog-cosignature) are key type 0x04.
//!
//! A note is a text ending in a newline, a blank line, and one or more
//! signature lines `— <key name> base64(key ID || signature)`. A key ID is
//! `SHA-256(name || 0x0A || type || public key)[:4]` read as a big-endian
//! `u32`. Keys are written as `<name>+<hex key ID>+base64(type || public
//! key)` (verifier keys) and `PRIVATE+KEY+<name>+<hex key ID>+base64(type
//! || seed)` (signer keys, the form of Go's `golang.org/x/mod/sumdb/note`).

use std::fmt;
use std::str::FromStr;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest as _, Sha256};

use crate::Error;

/// The most signature lines [`Note::parse`] accepts. C2SP signed-note asks
/// verifiers to accept at least 16.
pub const MAX_SIGNATURES: usize = 100;

/// The signature line prefix: em dash (U+2014) and a space.
const SIG_PREFIX: &str = "\u{2014} ";

/// The signer key string prefix.
const PRIVATE_PREFIX: &str = "PRIVATE+KEY+";

/// The signature types this crate implements (C2SP signed-note, "Signature
/// types").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyType {
    /// 0x01: Ed25519 over the note text (C2SP signed-note).
    Ed25519,
    /// 0x04: timestamped Ed25519 witness cosignatures (C2SP
    /// tlog-cosignature): the signature is a big-endian `u64` timestamp and
    /// an Ed25519 signature over `cosignature/v1\ntime <t>\n` followed by
    /// the note text.
    Cosignature,
}

impl KeyType {
    /// The signature type byte.
    pub fn byte(self) -> u8 {
        match self {
            KeyType::Ed25519 => 0x01,
            KeyType::Cosignature => 0x04,
        }
    }

    /// The key type of a signature type byte.
    pub fn from_byte(byte: u8) -> Result<KeyType, Error> {
        match byte {
            0x01 => Ok(KeyType::Ed25519),
            0x04 => Ok(KeyType::Cosignature),
            key_type => Err(Error::KeyType { key_type }),
        }
    }
}

/// The key ID: `SHA-256(name || 0x0A || type || public key)[:4]` as a
/// big-endian `u32` (C2SP signed-note, "Signatures").
pub fn key_id(name: &str, key_type: KeyType, public_key: &[u8; 32]) -> u32 {
    let hash = Sha256::new()
        .chain_update(name.as_bytes())
        .chain_update([b'\n', key_type.byte()])
        .chain_update(public_key)
        .finalize();
    u32::from_be_bytes([hash[0], hash[1], hash[2], hash[3]])
}

/// Checks a key name: non-empty, with no Unicode space, no plus sign
/// (C2SP signed-note, "Format") and no control character.
fn check_name(name: &str) -> Result<(), Error> {
    if name.is_empty() || name.chars().any(|c| c.is_whitespace() || c == '+' || c.is_control()) {
        return Err(Error::KeyName);
    }
    Ok(())
}

/// Checks that a text holds only newlines and non-control characters.
/// Characters below U+0020 other than newline are forbidden.
fn check_chars(text: &str) -> Result<(), Error> {
    match text.bytes().position(|b| b < 0x20 && b != b'\n') {
        Some(offset) => Err(Error::NoteControl { offset }),
        None => Ok(()),
    }
}

/// Checks note text: non-empty, newline-terminated, no control characters.
pub(crate) fn check_text(text: &str) -> Result<(), Error> {
    check_chars(text)?;
    if !text.ends_with('\n') {
        return Err(Error::NoteText);
    }
    Ok(())
}

/// Splits `<name>+<hex id>+<base64>` into its parts; the base64 may itself
/// hold plus signs.
fn split_key(s: &str) -> Result<(&str, u32, Vec<u8>), Error> {
    let bad = |reason| Error::KeyString { reason };
    let (name, rest) = s.split_once('+').ok_or(bad("missing key id"))?;
    let (id, key) = rest.split_once('+').ok_or(bad("missing key"))?;
    check_name(name)?;
    if id.len() != 8 || !id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
        return Err(bad("key id is not 8 lowercase hex digits"));
    }
    let id = u32::from_str_radix(id, 16).map_err(|_| bad("key id is not hex"))?;
    let key = BASE64.decode(key).map_err(|_| Error::Base64 { what: "key" })?;
    Ok((name, id, key))
}

/// Reads `type || 32 bytes` and checks the type.
fn split_typed(bytes: &[u8]) -> Result<(KeyType, [u8; 32]), Error> {
    let (&key_type, key) = bytes.split_first().ok_or(Error::KeyString { reason: "empty key" })?;
    let key_type = KeyType::from_byte(key_type)?;
    let key = <[u8; 32]>::try_from(key).map_err(|_| Error::KeyString { reason: "key is not 32 bytes" })?;
    Ok((key_type, key))
}

/// A public key that verifies note signatures of one [`KeyType`].
///
/// `Display` and `FromStr` use the verifier key form
/// `<name>+<hex key ID>+base64(type || public key)`.
#[derive(Clone, PartialEq, Eq)]
pub struct Verifier {
    name: String,
    key_id: u32,
    key_type: KeyType,
    key: VerifyingKey,
}

impl Verifier {
    /// A verifier for `name` with an Ed25519 public key. Rejects an invalid
    /// name, a key that is not a valid point and a weak (small-order) key.
    pub fn new(name: &str, key_type: KeyType, public_key: &[u8; 32]) -> Result<Verifier, Error> {
        check_name(name)?;
        let key = VerifyingKey::from_bytes(public_key)
            .map_err(|_| Error::KeyString { reason: "not an ed25519 public key" })?;
        if key.is_weak() {
            return Err(Error::KeyString { reason: "weak ed25519 public key" });
        }
        Ok(Verifier { name: name.to_string(), key_id: key_id(name, key_type, public_key), key_type, key })
    }

    /// Parses a verifier key string; its key ID must match the key.
    pub fn parse(vkey: &str) -> Result<Verifier, Error> {
        let (name, id, key) = split_key(vkey)?;
        let (key_type, key) = split_typed(&key)?;
        let verifier = Verifier::new(name, key_type, &key)?;
        if verifier.key_id != id {
            return Err(Error::KeyId);
        }
        Ok(verifier)
    }

    /// The key name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The key ID.
    pub fn key_id(&self) -> u32 {
        self.key_id
    }

    /// The signature type.
    pub fn key_type(&self) -> KeyType {
        self.key_type
    }

    /// The Ed25519 public key.
    pub fn public_key(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    /// Verifies the signature bytes (after the key ID) of a signature line
    /// over `text`; returns the timestamp of a cosignature.
    ///
    /// Uses strict Ed25519 verification (RFC 8032 with canonical encodings
    /// and no small-order points), which every honest signer satisfies.
    fn verify(&self, text: &str, signature: &[u8]) -> Result<Option<u64>, ()> {
        match self.key_type {
            KeyType::Ed25519 => {
                let signature = Signature::from_slice(signature).map_err(|_| ())?;
                self.key.verify_strict(text.as_bytes(), &signature).map_err(|_| ())?;
                Ok(None)
            }
            KeyType::Cosignature => {
                if signature.len() != 72 {
                    return Err(());
                }
                let (time, signature) = signature.split_at(8);
                let time = u64::from_be_bytes(time.try_into().map_err(|_| ())?);
                if time > i64::MAX as u64 {
                    return Err(());
                }
                let signature = Signature::from_slice(signature).map_err(|_| ())?;
                let message = cosigned_message(time, text);
                self.key.verify_strict(message.as_bytes(), &signature).map_err(|_| ())?;
                Ok(Some(time))
            }
        }
    }
}

/// The message an Ed25519 cosignature signs: `cosignature/v1`, `time <t>`
/// and the note text (C2SP tlog-cosignature, "Ed25519 signed message").
fn cosigned_message(time: u64, text: &str) -> String {
    format!("cosignature/v1\ntime {time}\n{text}")
}

impl fmt::Display for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut key = [0u8; 33];
        key[0] = self.key_type.byte();
        key[1..].copy_from_slice(self.key.as_bytes());
        write!(f, "{}+{:08x}+{}", self.name, self.key_id, BASE64.encode(key))
    }
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Verifier({self})")
    }
}

impl FromStr for Verifier {
    type Err = Error;

    fn from_str(s: &str) -> Result<Verifier, Error> {
        Verifier::parse(s)
    }
}

/// A private key with its name, shared by [`Signer`] and [`Cosigner`].
#[derive(Clone)]
struct KeyPair {
    name: String,
    key_id: u32,
    key_type: KeyType,
    key: SigningKey,
}

impl KeyPair {
    fn new(name: &str, key_type: KeyType, seed: &[u8; 32]) -> Result<KeyPair, Error> {
        check_name(name)?;
        let key = SigningKey::from_bytes(seed);
        Ok(KeyPair {
            name: name.to_string(),
            key_id: key_id(name, key_type, key.verifying_key().as_bytes()),
            key_type,
            key,
        })
    }

    fn parse(skey: &str, want: KeyType) -> Result<KeyPair, Error> {
        let rest =
            skey.strip_prefix(PRIVATE_PREFIX).ok_or(Error::KeyString { reason: "missing PRIVATE+KEY+ prefix" })?;
        let (name, id, seed) = split_key(rest)?;
        let (key_type, seed) = split_typed(&seed)?;
        if key_type != want {
            return Err(Error::KeyType { key_type: key_type.byte() });
        }
        let pair = KeyPair::new(name, key_type, &seed)?;
        if pair.key_id != id {
            return Err(Error::KeyId);
        }
        Ok(pair)
    }

    fn to_key_string(&self) -> String {
        let mut seed = [0u8; 33];
        seed[0] = self.key_type.byte();
        seed[1..].copy_from_slice(self.key.as_bytes());
        format!("{PRIVATE_PREFIX}{}+{:08x}+{}", self.name, self.key_id, BASE64.encode(seed))
    }

    fn verifier(&self) -> Verifier {
        Verifier {
            name: self.name.clone(),
            key_id: self.key_id,
            key_type: self.key_type,
            key: self.key.verifying_key(),
        }
    }

    fn signature(&self, signature: Vec<u8>) -> NoteSignature {
        NoteSignature { name: self.name.clone(), key_id: self.key_id, signature }
    }
}

impl fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print the seed.
        write!(f, "{}+{:08x}", self.name, self.key_id)
    }
}

/// An Ed25519 note signing key (type 0x01), such as the log's key.
///
/// Made from 32 seed bytes that the caller supplies: this crate creates no
/// randomness. `Debug` does not print the seed.
#[derive(Clone, Debug)]
pub struct Signer(KeyPair);

impl Signer {
    /// The signer named `name` whose Ed25519 private key is `seed`.
    pub fn new(name: &str, seed: &[u8; 32]) -> Result<Signer, Error> {
        KeyPair::new(name, KeyType::Ed25519, seed).map(Signer)
    }

    /// Parses a `PRIVATE+KEY+<name>+<id>+base64(0x01 || seed)` string.
    pub fn parse(skey: &str) -> Result<Signer, Error> {
        KeyPair::parse(skey, KeyType::Ed25519).map(Signer)
    }

    /// The signer key string; it holds the private key.
    pub fn to_key_string(&self) -> String {
        self.0.to_key_string()
    }

    /// The key name.
    pub fn name(&self) -> &str {
        &self.0.name
    }

    /// The key ID.
    pub fn key_id(&self) -> u32 {
        self.0.key_id
    }

    /// The matching verifier.
    pub fn verifier(&self) -> Verifier {
        self.0.verifier()
    }

    /// Signs a note text.
    pub fn sign(&self, text: &str) -> Result<NoteSignature, Error> {
        check_text(text)?;
        let signature = self.0.key.sign(text.as_bytes());
        Ok(self.0.signature(signature.to_bytes().to_vec()))
    }
}

impl Signer {
    /// Signs `message` itself, not a note: for signed acts that live outside
    /// notes (a ballot vote), whose messages carry their own
    /// domain-separation prefix (such as `concord-vote/v1\n`), so that a
    /// signature on one can never be read as a note signature.
    pub fn sign_message(&self, message: &[u8]) -> [u8; 64] {
        self.0.key.sign(message).to_bytes()
    }
}

impl Verifier {
    /// Checks an Ed25519 signature over `message` itself (see
    /// [`Signer::sign_message`]), strictly (RFC 8032 with canonical
    /// encodings, no small-order points). Only keys of type 0x01 sign
    /// messages.
    pub fn verify_message(&self, message: &[u8], signature: &[u8]) -> Result<(), Error> {
        let bad = || Error::BadSignature { name: self.name.clone(), key_id: self.key_id };
        if self.key_type != KeyType::Ed25519 {
            return Err(Error::KeyType { key_type: self.key_type.byte() });
        }
        let signature = Signature::from_slice(signature).map_err(|_| bad())?;
        self.key.verify_strict(message, &signature).map_err(|_| bad())
    }
}

/// Checks many message signatures at once (Ed25519 batch verification,
/// about twice as fast per signature as one by one): `Ok` only if every
/// `(verifier, message, signature)` verifies. On `Err` the caller checks
/// them one by one with [`Verifier::verify_message`] to find which failed.
///
/// Batch verification is the cofactored equation, so it may accept a
/// signature that the strict check refuses (one with a small-order
/// component, which no honest signer makes); callers that must refuse
/// those check strictly as well. Verifiers of keys that are not type 0x01
/// fail the batch.
pub fn verify_message_batch(items: &[(&Verifier, &[u8], &[u8])]) -> Result<(), Error> {
    if items.is_empty() {
        return Ok(());
    }
    let mut messages = Vec::with_capacity(items.len());
    let mut signatures = Vec::with_capacity(items.len());
    let mut keys = Vec::with_capacity(items.len());
    for (verifier, message, signature) in items {
        if verifier.key_type != KeyType::Ed25519 {
            return Err(Error::KeyType { key_type: verifier.key_type.byte() });
        }
        let bad = || Error::BadSignature { name: verifier.name.clone(), key_id: verifier.key_id };
        signatures.push(Signature::from_slice(signature).map_err(|_| bad())?);
        messages.push(*message);
        keys.push(verifier.key);
    }
    ed25519_dalek::verify_batch(&messages, &signatures, &keys)
        .map_err(|_| Error::BadSignature { name: "batch".into(), key_id: 0 })
}

/// A witness's timestamped cosigning key (type 0x04, C2SP
/// tlog-cosignature).
///
/// Made from 32 seed bytes that the caller supplies. The signer key string
/// uses the same form as [`Signer`] with type byte 0x04, an extension of
/// Go's format, which defines only type 0x01.
#[derive(Clone, Debug)]
pub struct Cosigner(KeyPair);

impl Cosigner {
    /// The cosigner named `name` whose Ed25519 private key is `seed`.
    pub fn new(name: &str, seed: &[u8; 32]) -> Result<Cosigner, Error> {
        KeyPair::new(name, KeyType::Cosignature, seed).map(Cosigner)
    }

    /// Parses a `PRIVATE+KEY+<name>+<id>+base64(0x04 || seed)` string.
    pub fn parse(skey: &str) -> Result<Cosigner, Error> {
        KeyPair::parse(skey, KeyType::Cosignature).map(Cosigner)
    }

    /// The signer key string; it holds the private key.
    pub fn to_key_string(&self) -> String {
        self.0.to_key_string()
    }

    /// The key name.
    pub fn name(&self) -> &str {
        &self.0.name
    }

    /// The key ID.
    pub fn key_id(&self) -> u32 {
        self.0.key_id
    }

    /// The matching verifier.
    pub fn verifier(&self) -> Verifier {
        self.0.verifier()
    }

    /// Cosigns a note text (a checkpoint body) at `timestamp`, in seconds
    /// since the Unix epoch, which must not exceed 2^63 - 1. The signature
    /// is the big-endian timestamp followed by the Ed25519 signature.
    pub fn cosign(&self, text: &str, timestamp: u64) -> Result<NoteSignature, Error> {
        check_text(text)?;
        if timestamp > i64::MAX as u64 {
            return Err(Error::Timestamp { timestamp });
        }
        let signature = self.0.key.sign(cosigned_message(timestamp, text).as_bytes());
        let mut bytes = Vec::with_capacity(72);
        bytes.extend_from_slice(&timestamp.to_be_bytes());
        bytes.extend_from_slice(&signature.to_bytes());
        Ok(self.0.signature(bytes))
    }
}

/// One signature line of a note: `— <name> base64(key ID || signature)`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NoteSignature {
    name: String,
    key_id: u32,
    signature: Vec<u8>,
}

impl NoteSignature {
    /// A signature line's parts; the name is checked, the signature bytes
    /// must not be empty.
    pub fn new(name: &str, key_id: u32, signature: Vec<u8>) -> Result<NoteSignature, Error> {
        check_name(name)?;
        if signature.is_empty() {
            return Err(Error::SignatureLine { line: 0 });
        }
        Ok(NoteSignature { name: name.to_string(), key_id, signature })
    }

    /// Parses one signature line, without its final newline.
    pub fn parse(line: &str) -> Result<NoteSignature, Error> {
        NoteSignature::parse_line(line, 1)
    }

    fn parse_line(line: &str, number: usize) -> Result<NoteSignature, Error> {
        let bad = Error::SignatureLine { line: number };
        let rest = line.strip_prefix(SIG_PREFIX).ok_or(bad.clone())?;
        let (name, b64) = rest.split_once(' ').ok_or(bad.clone())?;
        check_name(name).map_err(|_| bad.clone())?;
        let bytes = BASE64.decode(b64).map_err(|_| bad.clone())?;
        if bytes.len() < 5 {
            return Err(bad);
        }
        let (id, signature) = bytes.split_at(4);
        Ok(NoteSignature {
            name: name.to_string(),
            key_id: u32::from_be_bytes([id[0], id[1], id[2], id[3]]),
            signature: signature.to_vec(),
        })
    }

    /// The key name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The key ID.
    pub fn key_id(&self) -> u32 {
        self.key_id
    }

    /// The signature bytes after the key ID.
    pub fn signature(&self) -> &[u8] {
        &self.signature
    }
}

/// The line, with its final newline.
impl fmt::Display for NoteSignature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut bytes = Vec::with_capacity(4 + self.signature.len());
        bytes.extend_from_slice(&self.key_id.to_be_bytes());
        bytes.extend_from_slice(&self.signature);
        writeln!(f, "{SIG_PREFIX}{} {}", self.name, BASE64.encode(bytes))
    }
}

/// A signature that verified against a known key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The key name.
    pub name: String,
    /// The key ID.
    pub key_id: u32,
    /// The signature type.
    pub key_type: KeyType,
    /// For a cosignature, its timestamp in seconds since the Unix epoch.
    pub timestamp: Option<u64>,
}

/// A signed note: a text and its signature lines.
///
/// `Display` writes the note: the text, a blank line and the signature
/// lines. A note with no signature is not valid on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    text: String,
    signatures: Vec<NoteSignature>,
}

impl Note {
    /// An unsigned note. The text must be non-empty, end with a newline and
    /// hold no control character but newline.
    pub fn new(text: &str) -> Result<Note, Error> {
        check_text(text)?;
        Ok(Note { text: text.to_string(), signatures: Vec::new() })
    }

    /// Parses a note strictly: valid UTF-8, no control character but
    /// newline, text up to the last blank line, then 1 to
    /// [`MAX_SIGNATURES`] well-formed signature lines, each ending with a
    /// newline. Does not verify signatures: see [`Note::verify`].
    pub fn parse(bytes: &[u8]) -> Result<Note, Error> {
        let note = std::str::from_utf8(bytes).map_err(|_| Error::NoteNotUtf8)?;
        check_chars(note)?;
        let split = note.rfind("\n\n").ok_or(Error::NoteUnsigned)?;
        let (text, block) = (&note[..split + 1], &note[split + 2..]);
        if block.is_empty() {
            return Err(Error::NoteUnsigned);
        }
        let Some(block) = block.strip_suffix('\n') else {
            let line = block.split('\n').count();
            return Err(Error::SignatureLine { line });
        };
        let mut signatures = Vec::new();
        for (i, line) in block.split('\n').enumerate() {
            if i == MAX_SIGNATURES {
                return Err(Error::TooManySignatures { max: MAX_SIGNATURES });
            }
            signatures.push(NoteSignature::parse_line(line, i + 1)?);
        }
        Ok(Note { text: text.to_string(), signatures })
    }

    /// The note text, with its final newline.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The signature lines, in order.
    pub fn signatures(&self) -> &[NoteSignature] {
        &self.signatures
    }

    /// Appends a signature line, such as one from [`Signer::sign`] or
    /// [`Cosigner::cosign`] over [`Note::text`].
    pub fn add_signature(&mut self, signature: NoteSignature) -> Result<(), Error> {
        if self.signatures.len() >= MAX_SIGNATURES {
            return Err(Error::TooManySignatures { max: MAX_SIGNATURES });
        }
        self.signatures.push(signature);
        Ok(())
    }

    /// Signs the note with `signer` and appends the signature.
    pub fn sign(&mut self, signer: &Signer) -> Result<(), Error> {
        let signature = signer.sign(&self.text)?;
        self.add_signature(signature)
    }

    /// Verifies the note against known keys (C2SP signed-note,
    /// "Signatures"): signatures whose name and key ID match no verifier
    /// are ignored; one that matches but does not verify rejects the whole
    /// note; at least one must verify. Returns each known key that signed,
    /// once, in the order of the signature lines.
    pub fn verify(&self, verifiers: &[Verifier]) -> Result<Vec<Verified>, Error> {
        let mut out: Vec<Verified> = Vec::new();
        for sig in &self.signatures {
            let Some(verifier) = verifiers.iter().find(|v| v.name == sig.name && v.key_id == sig.key_id) else {
                continue;
            };
            let timestamp = verifier
                .verify(&self.text, &sig.signature)
                .map_err(|()| Error::BadSignature { name: sig.name.clone(), key_id: sig.key_id })?;
            if !out.iter().any(|v| v.name == sig.name && v.key_id == sig.key_id) {
                out.push(Verified {
                    name: sig.name.clone(),
                    key_id: sig.key_id,
                    key_type: verifier.key_type,
                    timestamp,
                });
            }
        }
        if out.is_empty() {
            return Err(Error::NoKnownSignature);
        }
        Ok(out)
    }

    /// Parses and verifies a note in one step.
    pub fn open(bytes: &[u8], verifiers: &[Verifier]) -> Result<(Note, Vec<Verified>), Error> {
        let note = Note::parse(bytes)?;
        let verified = note.verify(verifiers)?;
        Ok((note, verified))
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.text)?;
        for sig in &self.signatures {
            write!(f, "{sig}")?;
        }
        Ok(())
    }
}
