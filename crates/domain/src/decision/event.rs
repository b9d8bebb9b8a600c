//! The events of decisions: the `decision.*` kinds.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Choice, Signatory};
use crate::envelope::{Actor, Timestamp};
use crate::event::event_kinds;
use crate::lang::Lang;
use crate::member::{Iso3, RegionalGroup};

event_kinds! {
    /// Something happened in the organization's decisions.
    pub enum DecisionEvent {
    /// The secretariat published a new version of the set of decision
    /// types.
    TypesPublished(TypesPublished) = "decision.types_published",
    /// A signing key became valid for a delegation or the secretariat.
    KeyRegistered(KeyRegistered) = "decision.key_registered",
    /// A signing key stopped being valid (revoked, or replaced).
    KeyRevoked(KeyRevoked) = "decision.key_revoked",
    /// The secretariat opened a ballot.
    BallotOpened(BallotOpened) = "decision.ballot_opened",
    /// A head designated an alternate to vote on one ballot.
    AlternateDesignated(AlternateDesignated) = "decision.alternate_designated",
    /// A member state gave its proxy for one ballot to another.
    ProxyGiven(ProxyGiven) = "decision.proxy_given",
    /// A member state took its proxy back.
    ProxyRevoked(ProxyRevoked) = "decision.proxy_revoked",
    /// A member state voted (the entry carries the signature).
    Voted(Voted) = "decision.voted",
    /// A ballot closed, with its tally and explanation.
    BallotClosed(BallotClosed) = "decision.ballot_closed",
    }
}

impl DecisionEvent {
    /// The ballot the event belongs to, if any.
    pub fn ballot(&self) -> Option<u64> {
        match self {
            DecisionEvent::TypesPublished(_) | DecisionEvent::KeyRegistered(_) | DecisionEvent::KeyRevoked(_) => None,
            DecisionEvent::BallotOpened(e) => Some(e.id),
            DecisionEvent::AlternateDesignated(e) => Some(e.ballot),
            DecisionEvent::ProxyGiven(e) => Some(e.ballot),
            DecisionEvent::ProxyRevoked(e) => Some(e.ballot),
            DecisionEvent::Voted(e) => Some(e.ballot),
            DecisionEvent::BallotClosed(e) => Some(e.ballot),
        }
    }
}

/// One decision type: a code (`substantive`) and its procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionType {
    /// The code ballots name it by: 1 to 40 of `a-z`, `0-9` and `-`.
    pub code: String,
    /// The procedure that decides.
    pub procedure: rules::Procedure,
}

/// The body of `decision.types_published`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypesPublished {
    /// The set's version, from 1.
    pub version: u64,
    /// The types, by code.
    pub types: Vec<DecisionType>,
}

/// The body of `decision.key_registered`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyRegistered {
    /// Whose key it is.
    pub signatory: Signatory,
    /// The verifier key (C2SP signed-note form, Ed25519).
    pub key: String,
    /// Whether the server keeps the private key for the signatory
    /// ("custodied"), rather than the delegation itself.
    pub custodied: bool,
}

/// The body of `decision.key_revoked`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyRevoked {
    /// Whose key it was.
    pub signatory: Signatory,
    /// The verifier key.
    pub key: String,
    /// Why, for the public record (may be empty).
    pub reason: String,
}

/// A decision type as a ballot names it: the code and the set's version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeRef {
    /// The type's code.
    pub code: String,
    /// The version of the set it was taken from.
    pub version: u64,
}

/// A member state of a ballot's electorate and its regional group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Elector {
    /// The member state.
    pub member: Iso3,
    /// Its UN regional group.
    pub group: RegionalGroup,
}

/// The body of `decision.ballot_opened`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BallotOpened {
    /// The ballot's number, from 1.
    pub id: u64,
    /// Its title, in one or more of the six languages.
    pub title: BTreeMap<Lang, String>,
    /// The document voted on, if any (its number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<u64>,
    /// When it closes by itself, if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes: Option<Timestamp>,
    /// The decision type it was opened under, if any (otherwise the
    /// procedure was given with the ballot).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_type: Option<TypeRef>,
    /// The procedure that decides it, as it was when the ballot opened.
    pub procedure: rules::Procedure,
    /// The member states that may vote, with their regional groups, as
    /// they were when the ballot opened.
    pub electorate: Vec<Elector>,
}

/// The body of `decision.alternate_designated`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlternateDesignated {
    /// The ballot.
    pub ballot: u64,
    /// The member state.
    pub member: Iso3,
    /// The alternate.
    pub handle: Actor,
}

/// The body of `decision.proxy_given`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProxyGiven {
    /// The ballot.
    pub ballot: u64,
    /// The member state giving its proxy.
    pub from: Iso3,
    /// The member state that votes for it.
    pub to: Iso3,
}

/// The body of `decision.proxy_revoked`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProxyRevoked {
    /// The ballot.
    pub ballot: u64,
    /// The member state taking its proxy back.
    pub from: Iso3,
}

/// The body of `decision.voted`: the signed payload
/// ([`super::VotePayload`]) and whether the secretariat recorded it from
/// a roll call in the room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Voted {
    /// The ballot.
    pub ballot: u64,
    /// The member state that voted (on a proxy vote, the proxy holder).
    pub member: Iso3,
    /// The vote.
    pub choice: Choice,
    /// One more than the member's last `seq` on this ballot.
    pub seq: u64,
    /// On a proxy vote, the member state whose vote it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_for: Option<Iso3>,
    /// Recorded by the secretariat from a roll call (signed with the
    /// secretariat's key).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recorded: bool,
}

impl Voted {
    /// The member state whose position the vote sets.
    pub fn position(&self) -> Iso3 {
        self.proxy_for.unwrap_or(self.member)
    }
}

/// The body of `decision.ballot_closed`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BallotClosed {
    /// The ballot.
    pub ballot: u64,
    /// The tally under the ballot's procedure: outcome, counts, and each
    /// clause with its numbers (the explanation, as Fluent messages).
    pub tally: rules::Tally,
}
