//! Decisions: member states vote on ballots under decision rules that are
//! data (the `rules` crate), every vote signed by its delegation's key and
//! every step in the public log, so that anyone can recount.
//!
//! This module is the capability's whole domain layer:
//! - its events ([`DecisionEvent`], the `decision.*` kinds): decision types
//!   published as versioned sets, delegation keys registered and revoked,
//!   ballots opened and closed (with the tally), alternates designated,
//!   proxies given and revoked, and votes;
//! - its commands ([`DecisionCommand`], decided by its `decide`);
//! - the part of the state they need ([`Decisions`]: the latest set of
//!   decision types, each signatory's valid key, and for each open ballot
//!   its electorate, proxies and the positions so far; a closed ballot
//!   keeps only its outcome);
//! - the signed message of a vote ([`VotePayload`]) and the recount
//!   ([`Recount`]), which replays a log and checks every vote and result.
//!
//! Who votes: a member state (never an observer state) in the ballot's
//! electorate, through its head, a delegate, or an alternate the head
//! designated for that ballot; or through the member state holding its
//! proxy for that ballot (one level only). The secretariat records the
//! votes of a roll call taken in the room, signed with its own key.

mod command;
mod event;
mod recount;
pub mod roll_call;
mod signing;
mod state;
#[cfg(test)]
mod tests;
pub mod types;

pub(crate) use command::decide;
pub use command::{
    BallotProcedure, BallotRejection, DecisionCommand, MAX_BALLOT_TITLE, NewBallot, SignedVote, event_signatures,
};
pub use event::{
    AlternateDesignated, BallotClosed, BallotOpened, DecisionEvent, DecisionType, Elector, KeyRegistered, KeyRevoked,
    ProxyGiven, ProxyRevoked, TypeRef, TypesPublished, Voted,
};
pub use recount::{BallotRecount, Recount, RecountProblem, RecountReport};
pub use signing::{VOTE_CONTEXT, VotePayload, parse_key, verify_vote};
pub use state::{ActiveKey, Ballot, Decisions, OpenBallot};

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::consultation::codes;
use crate::member::Iso3;

codes! {
    /// A member state's vote on a ballot.
    Choice {
        /// In favour.
        Yes = "yes",
        /// Against.
        No = "no",
        /// Present, not voting either way.
        Abstain = "abstain",
    }
}

impl Choice {
    /// The vote as the `rules` crate counts it.
    pub fn vote(self) -> rules::Vote {
        match self {
            Choice::Yes => rules::Vote::Yes,
            Choice::No => rules::Vote::No,
            Choice::Abstain => rules::Vote::Abstain,
        }
    }
}

/// Who holds a signing key: a member state's delegation, or the secretariat
/// (which signs the roll calls it records). Written as the ISO code or
/// `secretariat`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Signatory {
    /// A member state's delegation.
    Member(Iso3),
    /// The secretariat.
    Secretariat,
}

impl fmt::Display for Signatory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Signatory::Member(member) => member.fmt(f),
            Signatory::Secretariat => f.write_str("secretariat"),
        }
    }
}

impl FromStr for Signatory {
    type Err = String;

    fn from_str(text: &str) -> Result<Signatory, String> {
        if text == "secretariat" {
            return Ok(Signatory::Secretariat);
        }
        text.parse::<Iso3>()
            .map(Signatory::Member)
            .map_err(|_| format!("{text:?} is neither an ISO 3166-1 alpha-3 code nor \"secretariat\""))
    }
}

impl Serialize for Signatory {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Signatory {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}
