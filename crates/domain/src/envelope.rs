//! The envelope around every event, and its canonical encoding.
//!
//! An entry of the log is one envelope encoded as RFC 8785 canonical JSON:
//!
//! ```text
//! {"actor":"system","body":{...},"index":7,"kind":"member.admitted","time":"2026-11-28T05:45:44.123Z","v":1}
//! ```
//!
//! - `v`: the format version ([`FORMAT_VERSION`]).
//! - `index`: the entry's position in the log, from 0.
//! - `time`: when the entry was committed, RFC 3339 in UTC with exactly three
//!   fractional digits.
//! - `actor`: the public handle of whoever acted ([`Actor`]).
//! - `kind` and `body`: the event ([`Event`]).
//! - `signature`: on signed acts only (`decision.voted`, a ballot vote), the
//!   signer's key and signature ([`EventSignature`]); every other kind is
//!   refused with one, and a signed act without one.
//!
//! Events hold no floating point numbers (decimals are strings), and
//! integers stay below 2^53 ([`MAX_SAFE_INTEGER`]) so that RFC 8785, which
//! formats numbers as IEEE 754 doubles, encodes them exactly.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::event::Event;

/// The envelope format version written by this code.
pub const FORMAT_VERSION: u32 = 1;

/// The largest entry the log accepts: tlog-tiles entry bundles prefix each
/// entry with a big-endian u16 length (C2SP tlog-tiles, "Log entries").
pub const MAX_ENTRY_BYTES: usize = 65_535;

/// The largest integer an event may hold: 2^53 - 1, the largest integer an
/// IEEE 754 double represents exactly (RFC 8785 section 3.2.2.3).
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// One entry of the public log: an event with its index, time and actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Envelope {
    /// The format version, [`FORMAT_VERSION`].
    pub v: u32,
    /// The position of this entry in the log, from 0.
    pub index: u64,
    /// When the entry was committed.
    pub time: Timestamp,
    /// Who acted.
    pub actor: Actor,
    /// What happened.
    #[serde(flatten)]
    pub event: Event,
    /// The actor's signature over the event, on signed acts only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signature: Option<EventSignature>,
}

/// An entry as it is read: the body is kept as raw JSON until the kind says
/// what it is (faster and stricter than serde's flattened tagged enums).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireEnvelope<'a> {
    v: u32,
    index: u64,
    time: Timestamp,
    actor: Actor,
    #[serde(borrow)]
    kind: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    body: &'a serde_json::value::RawValue,
    #[serde(default)]
    signature: Option<EventSignature>,
}

impl Envelope {
    /// An unsigned envelope in the current format.
    pub fn new(index: u64, time: Timestamp, actor: Actor, event: Event) -> Envelope {
        Envelope { v: FORMAT_VERSION, index, time, actor, event, signature: None }
    }

    /// The entry bytes: RFC 8785 canonical JSON, at most [`MAX_ENTRY_BYTES`].
    ///
    /// For Concord's events RFC 8785 comes down to what serde_json writes
    /// for a `serde_json::Value`: object keys are ASCII, so sorting them by
    /// UTF-8 bytes (the `Value` map is a `BTreeMap`) is sorting them by
    /// UTF-16 code units (RFC 8785 3.2.3); numbers are integers below 2^53,
    /// written as plain integers (3.2.2.3); strings are escaped as
    /// ECMAScript's `JSON.stringify` does (3.2.2.2), which serde_json also
    /// does. The test `encoding_is_rfc_8785` checks this against an
    /// independent RFC 8785 implementation for every kind of event.
    pub fn encode(&self) -> Result<Vec<u8>, EncodeError> {
        if self.index > MAX_SAFE_INTEGER {
            return Err(EncodeError::IntegerTooLarge(self.index));
        }
        let value = serde_json::to_value(self).map_err(|err| EncodeError::Json(err.to_string()))?;
        let bytes = serde_json::to_vec(&value).map_err(|err| EncodeError::Json(err.to_string()))?;
        if bytes.len() > MAX_ENTRY_BYTES {
            return Err(EncodeError::TooLarge { len: bytes.len(), kind: self.event.kind() });
        }
        Ok(bytes)
    }

    /// Reads an entry. Only canonical bytes are accepted: the envelope must
    /// encode back to exactly the same bytes, so one log entry has one
    /// meaning. A `signature` is required on signed acts
    /// ([`Event::is_signed_act`]) and refused on every other kind. Whether
    /// it verifies is not checked here: that needs the keys valid when the
    /// act was made, which `decide` checked when it was accepted and
    /// `concord recount` checks again.
    pub fn decode(bytes: &[u8]) -> Result<Envelope, DecodeError> {
        if bytes.len() > MAX_ENTRY_BYTES {
            return Err(DecodeError::TooLarge(bytes.len()));
        }
        let wire: WireEnvelope<'_> = serde_json::from_slice(bytes).map_err(|err| DecodeError::Json(err.to_string()))?;
        if wire.v != FORMAT_VERSION {
            return Err(DecodeError::UnknownVersion(wire.v));
        }
        let event = Event::from_parts(&wire.kind, wire.body.get()).map_err(DecodeError::Json)?;
        if event.is_signed_act() != wire.signature.is_some() {
            return Err(if wire.signature.is_some() { DecodeError::Signed } else { DecodeError::Unsigned });
        }
        let envelope = Envelope {
            v: wire.v,
            index: wire.index,
            time: wire.time,
            actor: wire.actor,
            event,
            signature: wire.signature,
        };
        match envelope.encode() {
            Ok(canonical) if canonical == bytes => Ok(envelope),
            Ok(_) => Err(DecodeError::NotCanonical),
            Err(err) => Err(DecodeError::Json(err.to_string())),
        }
    }
}

/// Why an envelope could not be encoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EncodeError {
    /// The encoding is longer than a log entry may be.
    #[error(
        "a {kind} event encodes to {len} bytes, more than the {MAX_ENTRY_BYTES} a log entry may hold; move large content into a blob"
    )]
    TooLarge {
        /// The encoded length.
        len: usize,
        /// The event kind.
        kind: &'static str,
    },
    /// An integer is too large to encode exactly.
    #[error("the integer {0} is larger than 2^53 - 1 and cannot be encoded exactly")]
    IntegerTooLarge(u64),
    /// Serialization failed.
    #[error("cannot encode the event: {0}")]
    Json(String),
}

/// Why bytes are not a valid log entry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The entry is longer than a log entry may be.
    #[error("the entry is {0} bytes long, more than {MAX_ENTRY_BYTES}")]
    TooLarge(usize),
    /// The bytes are not a valid envelope.
    #[error("the entry is not a valid event envelope: {0}")]
    Json(String),
    /// The envelope names a format version this code does not read.
    #[error("the entry has format version {0}, but this program reads version {FORMAT_VERSION}")]
    UnknownVersion(u32),
    /// The envelope is valid but its bytes are not the canonical encoding.
    #[error("the entry is not in canonical form (RFC 8785)")]
    NotCanonical,
    /// The envelope carries an event signature, but its kind is not a
    /// signed act.
    #[error("the entry carries an event signature, but its kind is not a signed act")]
    Signed,
    /// The envelope of a signed act carries no signature.
    #[error("the entry is a signed act but carries no signature")]
    Unsigned,
}

/// An instant in UTC, written as RFC 3339 with exactly three fractional
/// digits, e.g. `2026-11-28T05:45:44.123Z`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(jiff::Timestamp);

impl Timestamp {
    /// The current time, truncated to milliseconds.
    pub fn now() -> Timestamp {
        let now = jiff::Timestamp::now().as_millisecond();
        Timestamp::from_unix_millis(now).expect("the clock reads a representable time")
    }

    /// The instant `millis` milliseconds after 1970-01-01T00:00:00Z, or
    /// `None` outside the years -9999 to 9999.
    pub fn from_unix_millis(millis: i64) -> Option<Timestamp> {
        jiff::Timestamp::from_millisecond(millis).ok().map(Timestamp)
    }

    /// Milliseconds since 1970-01-01T00:00:00Z.
    pub fn unix_millis(self) -> i64 {
        self.0.as_millisecond()
    }

    /// The calendar year in UTC.
    pub fn year(self) -> i16 {
        jiff::tz::Offset::UTC.to_datetime(self.0).year()
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.3}", self.0)
    }
}

impl FromStr for Timestamp {
    type Err = String;

    fn from_str(text: &str) -> Result<Timestamp, String> {
        let parsed: jiff::Timestamp = text.parse().map_err(|err| format!("{text:?} is not an RFC 3339 time: {err}"))?;
        let millis =
            Timestamp::from_unix_millis(parsed.as_millisecond()).ok_or_else(|| format!("{text:?} is out of range"))?;
        if millis.0 != parsed {
            return Err(format!("{text:?} is more precise than milliseconds"));
        }
        Ok(millis)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The public handle of whoever acted: `system` for acts of the platform
/// itself, otherwise a handle such as `secretariat.admin` or
/// `p.7f3a9c2e` (a participant's pseudonym). Private identities (e-mail
/// addresses, names of accounts) never appear here.
///
/// 1 to 64 characters from `a-z`, `0-9`, `.`, `_`, `-` and `:`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Actor(String);

impl Actor {
    /// The platform itself (first start, imports).
    pub fn system() -> Actor {
        Actor("system".into())
    }

    /// The handle as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Actor {
    type Error = String;

    fn try_from(handle: String) -> Result<Actor, String> {
        let allowed = |c: char| matches!(c, 'a'..='z' | '0'..='9' | '.' | '_' | '-' | ':');
        if handle.is_empty() || handle.len() > 64 || !handle.chars().all(allowed) {
            return Err(format!("{handle:?} is not an actor handle (1 to 64 of a-z, 0-9, '.', '_', '-', ':')"));
        }
        Ok(Actor(handle))
    }
}

impl From<Actor> for String {
    fn from(actor: Actor) -> String {
        actor.0
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The signature of a signed act (a ballot vote, `decision.voted`), carried
/// in its entry's envelope.
///
/// `sig` is Ed25519 over `concord-vote/v1\n` followed by the RFC 8785
/// canonical JSON of `{ballot, member, choice, seq, proxy_for}` (see
/// [`crate::decision::VotePayload`]; `proxy_for` only on a proxy vote,
/// which the proxy holder signs), made with the key valid for the signer
/// (the member state's delegation, or the secretariat for a recorded roll
/// call) when the vote was cast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventSignature {
    /// The signer's verifier key (C2SP signed-note form,
    /// `name+hex(id)+base64(0x01||key)`).
    pub key: String,
    /// The base64 Ed25519 signature over the vote's signed message.
    pub sig: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{BlobRedacted, OrganizationFounded};

    fn sample() -> Envelope {
        let event = Event::OrganizationFounded(OrganizationFounded {
            name: "Concord \u{2014} «AI» 合作".into(),
            log_origin: "concord.example/log".into(),
        });
        let time = Timestamp::from_unix_millis(1_795_000_000_123).unwrap();
        Envelope::new(0, time, Actor::system(), event)
    }

    #[test]
    fn encodes_canonically_and_round_trips() {
        let envelope = sample();
        let bytes = envelope.encode().unwrap();
        let text = std::str::from_utf8(&bytes).unwrap();
        assert_eq!(
            text,
            r#"{"actor":"system","body":{"log_origin":"concord.example/log","name":"Concord — «AI» 合作"},"index":0,"kind":"organization.founded","time":"2026-11-18T11:06:40.123Z","v":1}"#
        );
        assert_eq!(Envelope::decode(&bytes).unwrap(), envelope);
    }

    /// Envelopes of every kind, with texts that need escaping.
    fn every_kind(text: &str) -> Vec<Envelope> {
        use crate::blob::BlobRef;
        let time = Timestamp::from_unix_millis(1_795_000_000_123).unwrap();
        let mut member = crate::member::un_members().unwrap().remove(0);
        member.names.fr = text.to_owned();
        let mut events = vec![
            Event::OrganizationFounded(OrganizationFounded { name: text.into(), log_origin: "o".into() }),
            Event::MemberAdmitted(member),
            Event::DocumentPublished(crate::event::DocumentPublished {
                number: 9,
                title: text.into(),
                language: crate::lang::Lang::Ar,
                blob: BlobRef::to_bytes(text.as_bytes(), "text/plain"),
            }),
            Event::BlobRedacted(BlobRedacted { sha256: crate::blob::Sha256::of(b"x"), reason: text.into() }),
        ];
        events.extend(people_events(text));
        events.extend(consultation_events(text));
        events.extend(decision_events(text));
        events.extend(divide_events(text));
        let kinds: Vec<&str> = events.iter().map(Event::kind).collect();
        assert_eq!(kinds, Event::kinds(), "every kind has a sample");
        let mut envelopes: Vec<Envelope> =
            events.into_iter().enumerate().map(|(i, e)| Envelope::new(i as u64, time, Actor::system(), e)).collect();
        // A signature where none belongs, and one on the signed act.
        envelopes[0].signature = Some(EventSignature { key: "k".into(), sig: text.into() });
        for envelope in &mut envelopes {
            if envelope.event.is_signed_act() {
                envelope.signature = Some(EventSignature { key: text.into(), sig: "c2ln".into() });
            }
        }
        envelopes
    }

    fn divide_events(text: &str) -> Vec<Event> {
        use crate::divide::*;
        let kenya: crate::member::Iso3 = "KEN".parse().unwrap();
        let value = |text: &str| text.parse::<Decimal>().unwrap();
        let review = |reason: &str| Review { submission: 1, reason: reason.into() };
        vec![
            DivideEvent::MethodologyPublished(MethodologyPublished { version: 1, text: format!("# {text}") }),
            DivideEvent::SeriesRecorded(SeriesRecorded {
                member: kenya,
                indicator: "IT.NET.USER.ZS".into(),
                source: text.into(),
                values: vec![YearValue { year: 2020, value: value("3e-05") }],
            }),
            DivideEvent::ValueSubmitted(ValueSubmitted {
                submission: 1,
                member: kenya,
                indicator: "HDI".into(),
                year: 2023,
                value: value("0.601"),
                source: text.into(),
            }),
            DivideEvent::SubmissionAccepted(review("")),
            DivideEvent::SubmissionRejected(review(text)),
        ]
        .into_iter()
        .map(Event::Divide)
        .collect()
    }

    fn decision_events(text: &str) -> Vec<Event> {
        use crate::decision::*;
        let kenya: crate::member::Iso3 = "KEN".parse().unwrap();
        let procedure = types::shipped().remove(2).procedure;
        let who = Actor::try_from("del.kenalt".to_owned()).unwrap();
        let electors = vec![Elector { member: kenya, group: crate::member::RegionalGroup::African }];
        let electorate = rules::Electorate::new(vec![rules::Member::new("KEN").in_group("AFRICAN")]).unwrap();
        let positions = rules::Positions { votes: vec![("KEN".into(), rules::Vote::Yes)], ..Default::default() };
        let tally = procedure.tally(&electorate, &positions).unwrap();
        let signatory = Signatory::Member(kenya);
        vec![
            DecisionEvent::TypesPublished(TypesPublished {
                version: 2,
                types: vec![DecisionType { code: "standard".into(), procedure: procedure.clone() }],
            }),
            DecisionEvent::KeyRegistered(KeyRegistered { signatory, key: text.into(), custodied: true }),
            DecisionEvent::KeyRevoked(KeyRevoked {
                signatory: Signatory::Secretariat,
                key: text.into(),
                reason: text.into(),
            }),
            DecisionEvent::BallotOpened(BallotOpened {
                id: 2,
                title: [(crate::lang::Lang::Ru, text.to_owned())].into(),
                document: Some(1),
                closes: Some(Timestamp::from_unix_millis(1_795_000_000_001).unwrap()),
                decision_type: Some(TypeRef { code: "standard".into(), version: 2 }),
                procedure,
                electorate: electors,
            }),
            DecisionEvent::AlternateDesignated(AlternateDesignated { ballot: 2, member: kenya, handle: who }),
            DecisionEvent::ProxyGiven(ProxyGiven { ballot: 2, from: kenya, to: "GHA".parse().unwrap() }),
            DecisionEvent::ProxyRevoked(ProxyRevoked { ballot: 2, from: kenya }),
            DecisionEvent::Voted(Voted {
                ballot: 2,
                member: "GHA".parse().unwrap(),
                choice: Choice::Abstain,
                seq: 3,
                proxy_for: Some(kenya),
                recorded: false,
            }),
            DecisionEvent::BallotClosed(BallotClosed { ballot: 2, tally }),
        ]
        .into_iter()
        .map(Event::Decision)
        .collect()
    }

    fn people_events(text: &str) -> Vec<Event> {
        use crate::people::*;
        let who = Actor::try_from("p.1a2b".to_owned()).unwrap();
        let kenya: crate::member::Iso3 = "KEN".parse().unwrap();
        let member = OrganizationMember { id: 4, handle: who.clone() };
        vec![
            Event::SecretariatAppointed(Person { handle: who.clone() }),
            Event::ObserverAccredited(Person { handle: who.clone() }),
            Event::DelegationMemberAdded(DelegationMemberAdded {
                member: kenya,
                handle: who.clone(),
                role: DelegationRole::Alternate,
            }),
            Event::DelegationMemberRemoved(DelegationMemberRemoved {
                member: kenya,
                handle: who.clone(),
                reason: text.into(),
            }),
            Event::OrganizationApplied(OrganizationApplied {
                id: 4,
                name: text.into(),
                chamber: Chamber::CivilSociety,
                country: None,
                website: Some(text.into()),
                applicant: who.clone(),
            }),
            Event::OrganizationAdmitted(OrganizationAdmitted { id: 4 }),
            Event::OrganizationDeclined(OrganizationDeclined { id: 4, reason: text.into() }),
            Event::OrganizationMemberAdded(member.clone()),
            Event::OrganizationMemberRemoved(member),
            Event::AccountResetIssued(Person { handle: who.clone() }),
        ]
    }

    fn consultation_events(text: &str) -> Vec<Event> {
        use crate::consultation::*;
        use crate::lang::Lang;
        let blob = crate::blob::BlobRef::to_bytes(text.as_bytes(), STATEMENT_MEDIA_TYPE);
        let moment = Timestamp::from_unix_millis(1_795_000_000_001).unwrap();
        let time = Some(moment);
        let kenya = Constituency::Member { member: "KEN".parse().unwrap() };
        let created = ConsultationCreated {
            id: 3,
            language: Lang::Ar,
            title: [(Lang::Ar, text.to_owned()), (Lang::Zh, "标题".to_owned())].into(),
            question: [(Lang::Ar, text.to_owned())].into(),
            audience: Audience::MembersAndStakeholders,
            moderation: Moderation::Before,
            participants_write: true,
            results: ResultsVisibility::Participants,
            opens_at: time,
            closes_at: None,
            member: Some("KEN".parse().unwrap()),
        };
        let statement = StatementAdded {
            consultation: 3,
            statement: 1,
            language: Lang::Ar,
            blob: blob.clone(),
            seed: false,
            status: StatementStatus::Pending,
            constituency: Constituency::Organization { organization: 2, chamber: crate::people::Chamber::CivilSociety },
            original_time: time,
        };
        [
            ConsultationEvent::Created(created),
            ConsultationEvent::Opened(ConsultationRef { id: 3 }),
            ConsultationEvent::Closed(ConsultationRef { id: 3 }),
            ConsultationEvent::Reopened(ConsultationReopened { id: 3, closes_at: time }),
            ConsultationEvent::StatementAdded(statement),
            ConsultationEvent::StatementModerated(StatementModerated {
                consultation: 3,
                statement: 1,
                verdict: Verdict::Reject,
                reason: text.into(),
            }),
            ConsultationEvent::StatementTranslated(StatementTranslated {
                consultation: 3,
                statement: 1,
                language: Lang::Fr,
                blob,
            }),
            ConsultationEvent::StatementFlagged(StatementFlagged { consultation: 3, statement: 1 }),
            ConsultationEvent::Voted(Voted {
                consultation: 3,
                statement: 1,
                choice: Choice::Disagree,
                constituency: kenya,
                original_time: None,
            }),
            ConsultationEvent::ImportStarted(ImportStarted { id: 4, source: text.into() }),
            ConsultationEvent::StatementImported(StatementImported {
                consultation: 4,
                statement: 1,
                polis_id: 53,
                author: "6172".into(),
                language: Lang::En,
                blob: crate::blob::BlobRef::to_bytes(text.as_bytes(), STATEMENT_MEDIA_TYPE),
                status: StatementStatus::Pending,
                time: moment,
            }),
            ConsultationEvent::VoteImported(VoteImported {
                consultation: 4,
                statement: 1,
                participant: text.into(),
                choice: Choice::Pass,
                time: moment,
            }),
            ConsultationEvent::ImportFinished(ConsultationRef { id: 4 }),
        ]
        .into_iter()
        .map(Event::Consultation)
        .collect()
    }

    #[test]
    fn encoding_is_rfc_8785() {
        for text in ["plain", "quote \" back\\slash", "\u{0}\u{1f}\u{7f}\u{2028}\t\n", "العربية 中文 😀", ""]
        {
            for envelope in every_kind(text) {
                let reference = serde_json_canonicalizer::to_vec(&envelope).unwrap();
                assert_eq!(envelope.encode().unwrap(), reference, "{text:?}");
                assert_eq!(decoded(&reference, &envelope), Ok(()));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_encodes_as_rfc_8785_and_round_trips(text in "\\PC{0,40}|[\\x00-\\x7f]{0,40}") {
            for envelope in every_kind(&text) {
                let bytes = envelope.encode().unwrap();
                proptest::prop_assert_eq!(&bytes, &serde_json_canonicalizer::to_vec(&envelope).unwrap());
                proptest::prop_assert_eq!(decoded(&bytes, &envelope), Ok(()));
            }
        }

        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)) {
            let _ = Envelope::decode(&bytes);
        }
    }

    /// Whether `bytes` decode back to `envelope`, or are refused for its
    /// signature if it has one.
    fn decoded(bytes: &[u8], envelope: &Envelope) -> Result<(), String> {
        match (Envelope::decode(bytes), &envelope.signature) {
            (Ok(got), _) if got == *envelope => Ok(()),
            (Err(DecodeError::Signed), Some(_)) if !envelope.event.is_signed_act() => Ok(()),
            (got, _) => Err(format!("{got:?}")),
        }
    }

    #[test]
    fn refuses_an_entry_that_carries_a_signature() {
        let mut envelope = sample();
        envelope.signature = Some(EventSignature { key: "k".into(), sig: "s".into() });
        let bytes = envelope.encode().unwrap();
        assert!(std::str::from_utf8(&bytes).unwrap().contains(r#""signature":{"key":"k","sig":"s"}"#));
        assert_eq!(Envelope::decode(&bytes), Err(DecodeError::Signed));
        envelope.signature = None;
        assert_eq!(Envelope::decode(&envelope.encode().unwrap()), Ok(envelope));
    }

    #[test]
    fn rejects_non_canonical_bytes() {
        let bytes = sample().encode().unwrap();
        let null_signature =
            String::from_utf8(bytes.clone()).unwrap().replace(",\"time\"", ",\"signature\":null,\"time\"");
        assert_eq!(Envelope::decode(null_signature.as_bytes()), Err(DecodeError::NotCanonical));
        let spaced = String::from_utf8(bytes).unwrap().replace(",\"index\"", ", \"index\"");
        assert_eq!(Envelope::decode(spaced.as_bytes()), Err(DecodeError::NotCanonical));
        let extra = r#"{"actor":"system","body":{"reason":"x","sha256":"00"},"extra":1,"index":0,"kind":"blob.redacted","time":"2026-11-17T23:46:40.123Z","v":1}"#;
        assert!(Envelope::decode(extra.as_bytes()).is_err());
    }

    #[test]
    fn rejects_floats_unknown_kinds_and_versions() {
        let float = r#"{"actor":"system","body":{"log_origin":"o","name":"n"},"index":1.5,"kind":"organization.founded","time":"2026-11-17T23:46:40.123Z","v":1}"#;
        assert!(matches!(Envelope::decode(float.as_bytes()), Err(DecodeError::Json(_))));
        let kind = r#"{"actor":"system","body":{},"index":0,"kind":"nope","time":"2026-11-17T23:46:40.123Z","v":1}"#;
        assert!(matches!(Envelope::decode(kind.as_bytes()), Err(DecodeError::Json(_))));
        let version = r#"{"actor":"system","body":{"log_origin":"o","name":"n"},"index":0,"kind":"organization.founded","time":"2026-11-17T23:46:40.123Z","v":2}"#;
        assert_eq!(Envelope::decode(version.as_bytes()), Err(DecodeError::UnknownVersion(2)));
    }

    #[test]
    fn refuses_entries_over_the_tile_limit() {
        let event = Event::BlobRedacted(BlobRedacted {
            sha256: crate::blob::Sha256::of(b"x"),
            reason: "r".repeat(MAX_ENTRY_BYTES),
        });
        let envelope = Envelope::new(0, Timestamp::now(), Actor::system(), event);
        assert!(matches!(envelope.encode(), Err(EncodeError::TooLarge { .. })));
    }

    #[test]
    fn timestamps_have_millisecond_precision() {
        let t: Timestamp = "2026-11-28T05:45:44.120Z".parse().unwrap();
        assert_eq!(t.to_string(), "2026-11-28T05:45:44.120Z");
        assert!("2026-11-28T05:45:44.1201Z".parse::<Timestamp>().is_err());
        assert!("yesterday".parse::<Timestamp>().is_err());
    }

    #[test]
    fn actors_are_plain_handles() {
        assert!(Actor::try_from("secretariat.admin".to_string()).is_ok());
        assert!(Actor::try_from("Admin".to_string()).is_err());
        assert!(Actor::try_from(String::new()).is_err());
        assert!(Actor::try_from("a".repeat(65)).is_err());
    }
}
