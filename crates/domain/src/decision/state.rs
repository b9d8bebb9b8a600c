//! The part of the state decisions need: the latest decision types, each
//! signatory's valid key, and the open ballots with their proxies and
//! positions. A closed ballot keeps only its outcome, so the state stays
//! small however many ballots the log holds.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::event::{BallotOpened, DecisionEvent, TypesPublished};
use super::{Choice, Signatory};
use crate::envelope::Actor;
use crate::member::Iso3;

/// The decisions as the log describes them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decisions {
    types: Option<TypesPublished>,
    keys: BTreeMap<Signatory, ActiveKey>,
    /// Every key ever registered: a key is never registered twice.
    used_keys: BTreeSet<String>,
    ballots: BTreeMap<u64, Ballot>,
}

/// A signatory's valid key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActiveKey {
    /// The verifier key.
    pub key: String,
    /// Whether the server keeps the private key.
    pub custodied: bool,
}

/// A ballot: open with everything deciding it needs, or closed with its
/// outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ballot {
    /// Open: votes are taken.
    Open(Box<OpenBallot>),
    /// Closed, with the outcome of its tally.
    Closed(rules::Outcome),
}

/// An open ballot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenBallot {
    /// As opened.
    pub opened: BallotOpened,
    /// Alternates designated to vote, by member state.
    pub alternates: BTreeMap<Iso3, BTreeSet<Actor>>,
    /// Proxies: the member state giving it, and the one holding it.
    pub proxies: BTreeMap<Iso3, Iso3>,
    /// Each member state's position so far (the last vote counts).
    pub positions: BTreeMap<Iso3, Choice>,
    /// Each signing member state's last `seq` on the ballot.
    pub seqs: BTreeMap<Iso3, u64>,
}

impl OpenBallot {
    /// Whether `member` may vote on the ballot.
    pub fn eligible(&self, member: Iso3) -> bool {
        self.opened.electorate.iter().any(|e| e.member == member)
    }

    /// The member state holding `member`'s proxy, if it gave one.
    pub fn proxy_of(&self, member: Iso3) -> Option<Iso3> {
        self.proxies.get(&member).copied()
    }

    /// Whether `member` holds someone's proxy.
    pub fn holds_proxy(&self, member: Iso3) -> bool {
        self.proxies.values().any(|to| *to == member)
    }

    /// The member states whose proxy `member` holds.
    pub fn proxies_held_by(&self, member: Iso3) -> impl Iterator<Item = Iso3> + '_ {
        self.proxies.iter().filter(move |(_, to)| **to == member).map(|(from, _)| *from)
    }

    /// The last `seq` of `member` on the ballot (0 before its first vote).
    pub fn last_seq(&self, member: Iso3) -> u64 {
        self.seqs.get(&member).copied().unwrap_or(0)
    }

    /// The electorate and positions as the `rules` crate counts them.
    pub fn tally(&self) -> Result<rules::Tally, rules::TallyError> {
        let members = self
            .opened
            .electorate
            .iter()
            .map(|e| rules::Member::new(e.member.as_str()).in_group(e.group.code()))
            .collect();
        let electorate = rules::Electorate::new(members)?;
        let positions = rules::Positions {
            votes: self.positions.iter().map(|(member, choice)| (member.as_str().to_owned(), choice.vote())).collect(),
            ..rules::Positions::default()
        };
        self.opened.procedure.tally(&electorate, &positions)
    }
}

impl Decisions {
    /// The latest published set of decision types.
    pub fn types(&self) -> Option<&TypesPublished> {
        self.types.as_ref()
    }

    /// The signatory's valid key, if any.
    pub fn key(&self, signatory: Signatory) -> Option<&ActiveKey> {
        self.keys.get(&signatory)
    }

    /// Whether the key was ever registered, by anyone.
    pub fn key_used(&self, key: &str) -> bool {
        self.used_keys.contains(key)
    }

    /// A ballot.
    pub fn ballot(&self, id: u64) -> Option<&Ballot> {
        self.ballots.get(&id)
    }

    /// An open ballot.
    pub fn open_ballot(&self, id: u64) -> Option<&OpenBallot> {
        match self.ballots.get(&id) {
            Some(Ballot::Open(open)) => Some(open),
            _ => None,
        }
    }

    /// The number of ballots opened.
    pub fn ballot_count(&self) -> u64 {
        self.ballots.len() as u64
    }

    /// Folds one event. `decide` made it, so an event that does not follow
    /// (a ballot that is not open, a `seq` out of order) is a log that
    /// contradicts itself.
    pub(crate) fn apply(&mut self, event: &DecisionEvent) -> Result<(), String> {
        match event {
            DecisionEvent::TypesPublished(published) => {
                let next = self.types.as_ref().map_or(1, |t| t.version + 1);
                if published.version != next {
                    return Err(format!(
                        "decision types version {} published where {next} was next",
                        published.version
                    ));
                }
                self.types = Some(published.clone());
            }
            DecisionEvent::KeyRegistered(registered) => {
                if self.keys.contains_key(&registered.signatory) {
                    return Err(format!("{} already has a valid key", registered.signatory));
                }
                if !self.used_keys.insert(registered.key.clone()) {
                    return Err("the key was registered before".into());
                }
                let key = ActiveKey { key: registered.key.clone(), custodied: registered.custodied };
                self.keys.insert(registered.signatory, key);
            }
            DecisionEvent::KeyRevoked(revoked) => match self.keys.get(&revoked.signatory) {
                Some(active) if active.key == revoked.key => _ = self.keys.remove(&revoked.signatory),
                _ => return Err(format!("{} has no valid key {}", revoked.signatory, revoked.key)),
            },
            DecisionEvent::BallotOpened(opened) => {
                if opened.id != self.ballot_count() + 1 {
                    return Err(format!("ballot {} opened after ballot {}", opened.id, self.ballot_count()));
                }
                let open = OpenBallot {
                    opened: opened.clone(),
                    alternates: BTreeMap::new(),
                    proxies: BTreeMap::new(),
                    positions: BTreeMap::new(),
                    seqs: BTreeMap::new(),
                };
                self.ballots.insert(opened.id, Ballot::Open(Box::new(open)));
            }
            DecisionEvent::AlternateDesignated(designated) => {
                self.open_mut(designated.ballot)?
                    .alternates
                    .entry(designated.member)
                    .or_default()
                    .insert(designated.handle.clone());
            }
            DecisionEvent::ProxyGiven(given) => {
                let open = self.open_mut(given.ballot)?;
                if open.proxies.insert(given.from, given.to).is_some() {
                    return Err(format!("{} had already given its proxy", given.from));
                }
            }
            DecisionEvent::ProxyRevoked(revoked) => {
                if self.open_mut(revoked.ballot)?.proxies.remove(&revoked.from).is_none() {
                    return Err(format!("{} had given no proxy", revoked.from));
                }
            }
            DecisionEvent::Voted(voted) => {
                let open = self.open_mut(voted.ballot)?;
                if voted.seq != open.last_seq(voted.member) + 1 {
                    return Err(format!("vote seq {} of {} is out of order", voted.seq, voted.member));
                }
                open.seqs.insert(voted.member, voted.seq);
                open.positions.insert(voted.position(), voted.choice);
            }
            DecisionEvent::BallotClosed(closed) => {
                self.open_mut(closed.ballot)?;
                self.ballots.insert(closed.ballot, Ballot::Closed(closed.tally.outcome));
            }
        }
        Ok(())
    }

    fn open_mut(&mut self, id: u64) -> Result<&mut OpenBallot, String> {
        match self.ballots.get_mut(&id) {
            Some(Ballot::Open(open)) => Ok(open),
            Some(Ballot::Closed(_)) => Err(format!("ballot {id} is closed")),
            None => Err(format!("there is no ballot {id}")),
        }
    }
}
