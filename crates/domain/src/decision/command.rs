//! The commands of decisions and their rules.

use std::collections::{BTreeMap, BTreeSet};

use super::Signatory;
use super::event::{
    AlternateDesignated, BallotClosed, BallotOpened, DecisionEvent, DecisionType, Elector, KeyRegistered, KeyRevoked,
    ProxyGiven, ProxyRevoked, TypeRef, TypesPublished, Voted,
};
use super::signing::{VotePayload, parse_key, verify_vote};
use super::state::OpenBallot;
use crate::authz::{Action, Role, Target};
use crate::command::{Gate, Rejection, check_text, invalid};
use crate::envelope::{Actor, EventSignature, Timestamp};
use crate::event::Event;
use crate::lang::Lang;
use crate::member::Iso3;
use crate::state::{Affiliation, State};

/// The longest title of a ballot, in characters, in each language.
pub const MAX_BALLOT_TITLE: usize = 300;

/// The most decision types one set may hold.
const MAX_TYPES: usize = 50;

/// Something about decisions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecisionCommand {
    /// Publish a new version of the set of decision types (the
    /// secretariat).
    PublishTypes(Vec<DecisionType>),
    /// Register a delegation's own key (its head). A custodied key the
    /// delegation had is revoked in the same step.
    RegisterKey {
        /// The member state.
        member: Iso3,
        /// The verifier key.
        key: String,
    },
    /// Replace a delegation's valid key with a new one (its head).
    RotateKey {
        /// The member state.
        member: Iso3,
        /// The new verifier key.
        key: String,
    },
    /// Revoke a delegation's valid key (its head).
    RevokeKey {
        /// The member state.
        member: Iso3,
        /// Why, for the public record (may be empty).
        reason: String,
    },
    /// Register a key the server keeps for a signatory that has none: for
    /// a delegation, when one of its voters votes from the web; for the
    /// secretariat, when it records a roll call.
    RegisterCustodiedKey {
        /// Whose key.
        signatory: Signatory,
        /// The verifier key.
        key: String,
    },
    /// Open a ballot (the secretariat).
    OpenBallot(NewBallot),
    /// Designate an alternate to vote for its member state on one ballot
    /// (the head).
    DesignateAlternate {
        /// The ballot.
        ballot: u64,
        /// The member state.
        member: Iso3,
        /// The alternate.
        handle: Actor,
    },
    /// Give a member state's proxy for one ballot to another.
    GiveProxy {
        /// The ballot.
        ballot: u64,
        /// The member state giving it.
        from: Iso3,
        /// The member state receiving it.
        to: Iso3,
    },
    /// Take a proxy back.
    RevokeProxy {
        /// The ballot.
        ballot: u64,
        /// The member state that gave it.
        from: Iso3,
    },
    /// Cast a signed vote.
    Vote(SignedVote),
    /// Cast the first vote of a delegation that has no valid key, signed
    /// with a new key the server keeps for it: the key (the signature's) is
    /// registered as custodied and the vote cast in one step, so a vote
    /// refused leaves no key behind.
    VoteWithNewCustodiedKey(SignedVote),
    /// Record the votes of a roll call taken in the room, each signed with
    /// the secretariat's key (the secretariat). Does not close the ballot.
    RecordVotes {
        /// The ballot.
        ballot: u64,
        /// The votes, one per member state.
        votes: Vec<SignedVote>,
    },
    /// Record a roll call when the secretariat has no valid key, signed with
    /// a new key the server keeps for it: the key (the votes') is
    /// registered as custodied with the votes, or not at all.
    RecordVotesWithNewCustodiedKey {
        /// The ballot.
        ballot: u64,
        /// The votes, one per member state, all signed with the new key.
        votes: Vec<SignedVote>,
    },
    /// Close a ballot and record its tally (the secretariat, or the
    /// platform at the closing time).
    CloseBallot {
        /// The ballot.
        ballot: u64,
    },
}

/// A new ballot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewBallot {
    /// Its title, in one or more languages.
    pub title: BTreeMap<Lang, String>,
    /// The document voted on, if any.
    pub document: Option<u64>,
    /// When it closes by itself, if it does.
    pub closes: Option<Timestamp>,
    /// What decides it.
    pub procedure: BallotProcedure,
}

/// What decides a ballot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BallotProcedure {
    /// A decision type of the latest published set, by code.
    Type(String),
    /// A procedure given with the ballot (tests, imports of roll calls).
    Given(rules::Procedure),
}

/// A vote and its signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedVote {
    /// What is signed.
    pub payload: VotePayload,
    /// The signature: the signer's verifier key and the base64 signature.
    pub signature: EventSignature,
}

/// Why a decision command was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BallotRejection {
    /// No such ballot.
    #[error("there is no ballot {0}")]
    UnknownBallot(u64),
    /// The ballot is closed.
    #[error("ballot {0} is closed")]
    Closed(u64),
    /// The closing time has passed; the ballot is being closed.
    #[error("ballot {0} closed at its closing time")]
    PastClosing(u64),
    /// The member state may not vote on the ballot.
    #[error("{member} may not vote on ballot {ballot}: {why}")]
    NotEligible {
        /// The ballot.
        ballot: u64,
        /// The member state.
        member: Iso3,
        /// Why not.
        why: &'static str,
    },
    /// The person may not vote for that member state on this ballot.
    #[error("{handle} may not vote for {member} on ballot {ballot}: {why}")]
    NotVoter {
        /// The ballot.
        ballot: u64,
        /// The member state.
        member: Iso3,
        /// The person.
        handle: Actor,
        /// Why not.
        why: &'static str,
    },
    /// The `seq` is not the next one.
    #[error("{member} must sign its next vote on ballot {ballot} with seq {expected}, not {got}")]
    Seq {
        /// The ballot.
        ballot: u64,
        /// The signing member state.
        member: Iso3,
        /// The next seq.
        expected: u64,
        /// The seq given.
        got: u64,
    },
    /// The signature does not hold.
    #[error("the signature of {signatory} on ballot {ballot}: {why}")]
    Signature {
        /// The ballot.
        ballot: u64,
        /// Who should have signed.
        signatory: Signatory,
        /// What is wrong.
        why: String,
    },
    /// The signatory has no valid key.
    #[error("{0} has no valid signing key; register one (or vote from the web with a custodied key)")]
    NoKey(Signatory),
    /// A key cannot be registered or changed that way.
    #[error("{signatory}: {why}")]
    Key {
        /// Whose key.
        signatory: Signatory,
        /// What is wrong.
        why: String,
    },
    /// A proxy cannot be given or revoked that way.
    #[error("ballot {ballot}: {why}")]
    Proxy {
        /// The ballot.
        ballot: u64,
        /// What is wrong.
        why: String,
    },
    /// No decision types are published, or not this one.
    #[error("there is no decision type {0:?} in the latest published set")]
    UnknownType(String),
    /// The platform closes a ballot only at its closing time.
    #[error("ballot {0} has not reached its closing time")]
    NotDue(u64),
    /// A roll call names a member state twice.
    #[error("the roll call names {0} twice")]
    DuplicateVote(Iso3),
}

impl BallotRejection {
    /// The kind of refusal, which decides the HTTP status.
    pub fn kind(&self) -> crate::command::RejectionKind {
        use crate::command::RejectionKind::{Conflict, Forbidden, Invalid, NotFound};
        match self {
            BallotRejection::UnknownBallot(_) | BallotRejection::UnknownType(_) => NotFound,
            BallotRejection::NotEligible { .. } | BallotRejection::NotVoter { .. } => Forbidden,
            BallotRejection::Signature { .. } | BallotRejection::DuplicateVote(_) => Invalid,
            BallotRejection::Closed(_)
            | BallotRejection::PastClosing(_)
            | BallotRejection::NotDue(_)
            | BallotRejection::Seq { .. }
            | BallotRejection::NoKey(_)
            | BallotRejection::Key { .. }
            | BallotRejection::Proxy { .. } => Conflict,
        }
    }
}

impl From<BallotRejection> for Rejection {
    fn from(rejection: BallotRejection) -> Rejection {
        Rejection::Ballot(rejection)
    }
}

/// The signatures of the signed acts among the events `decide` makes of
/// `command`, in order: one per vote for [`DecisionCommand::Vote`],
/// [`DecisionCommand::VoteWithNewCustodiedKey`] and
/// [`DecisionCommand::RecordVotes`], none otherwise. The store puts each in
/// the envelope of the next event that [`crate::Event::is_signed_act`].
pub fn event_signatures(command: &crate::Command) -> Vec<EventSignature> {
    match command {
        crate::Command::Decision(DecisionCommand::Vote(vote) | DecisionCommand::VoteWithNewCustodiedKey(vote)) => {
            vec![vote.signature.clone()]
        }
        crate::Command::Decision(
            DecisionCommand::RecordVotes { votes, .. } | DecisionCommand::RecordVotesWithNewCustodiedKey { votes, .. },
        ) => votes.iter().map(|vote| vote.signature.clone()).collect(),
        _ => Vec::new(),
    }
}

/// Decides a decision command, asking the one authorization gate for
/// every check.
pub(crate) fn decide(gate: &Gate, command: &DecisionCommand) -> Result<Vec<Event>, Rejection> {
    let state = gate.state;
    let decisions = state.decisions();
    let events = match command {
        DecisionCommand::PublishTypes(types) => {
            gate.allow(Action::PublishDecisionTypes, Target::None)?;
            check_types(types)?;
            let version = decisions.types().map_or(1, |t| t.version + 1);
            vec![DecisionEvent::TypesPublished(TypesPublished { version, types: types.clone() })]
        }
        DecisionCommand::RegisterKey { member, key } => {
            gate.allow(Action::ManageDelegationKey, Target::Member(*member))?;
            let signatory = Signatory::Member(*member);
            let key = new_key(state, signatory, key)?;
            let mut events = Vec::new();
            match decisions.key(signatory) {
                Some(active) if !active.custodied => {
                    return Err(BallotRejection::Key {
                        signatory,
                        why: "the delegation already has its own key; rotate it instead".into(),
                    }
                    .into());
                }
                Some(custodied) => events.push(DecisionEvent::KeyRevoked(KeyRevoked {
                    signatory,
                    key: custodied.key.clone(),
                    reason: "replaced by the delegation's own key".into(),
                })),
                None => {}
            }
            events.push(DecisionEvent::KeyRegistered(KeyRegistered { signatory, key, custodied: false }));
            events
        }
        DecisionCommand::RotateKey { member, key } => {
            gate.allow(Action::ManageDelegationKey, Target::Member(*member))?;
            let signatory = Signatory::Member(*member);
            let key = new_key(state, signatory, key)?;
            let old = decisions.key(signatory).ok_or(BallotRejection::NoKey(signatory))?;
            vec![
                DecisionEvent::KeyRevoked(KeyRevoked { signatory, key: old.key.clone(), reason: "rotated".into() }),
                DecisionEvent::KeyRegistered(KeyRegistered { signatory, key, custodied: false }),
            ]
        }
        DecisionCommand::RevokeKey { member, reason } => {
            gate.allow(Action::ManageDelegationKey, Target::Member(*member))?;
            if !reason.is_empty() {
                check_text("reason", reason, 1000)?;
            }
            let signatory = Signatory::Member(*member);
            let old = decisions.key(signatory).ok_or(BallotRejection::NoKey(signatory))?;
            vec![DecisionEvent::KeyRevoked(KeyRevoked { signatory, key: old.key.clone(), reason: reason.clone() })]
        }
        DecisionCommand::RegisterCustodiedKey { signatory, key } => {
            match signatory {
                Signatory::Member(member) => gate.allow(Action::CastVote, Target::Member(*member))?,
                Signatory::Secretariat => gate.allow(Action::RecordVotes, Target::None)?,
            }
            vec![DecisionEvent::KeyRegistered(custodied_key(state, *signatory, key)?)]
        }
        DecisionCommand::OpenBallot(new) => {
            gate.allow(Action::OpenBallot, Target::None)?;
            // The shipped set is published with the first ballot that
            // names a type, unless the secretariat published one before.
            let shipped = match (&new.procedure, decisions.types()) {
                (BallotProcedure::Type(_), None) => Some(TypesPublished { version: 1, types: super::types::shipped() }),
                _ => None,
            };
            let opened = open_ballot(state, shipped.as_ref(), new, gate.now)?;
            shipped
                .map(DecisionEvent::TypesPublished)
                .into_iter()
                .chain([DecisionEvent::BallotOpened(opened)])
                .collect()
        }
        DecisionCommand::DesignateAlternate { ballot, member, handle } => {
            gate.allow(Action::DesignateAlternate, Target::Member(*member))?;
            let open = open(state, *ballot, gate.now)?;
            if state.affiliation(handle)
                != Some(Affiliation::Delegation(*member, crate::people::DelegationRole::Alternate))
            {
                return Err(invalid("handle", format!("{handle} is not an alternate of {member}")));
            }
            if open.alternates.get(member).is_some_and(|a| a.contains(handle)) {
                return Err(invalid("handle", format!("{handle} is already designated for ballot {ballot}")));
            }
            vec![DecisionEvent::AlternateDesignated(AlternateDesignated {
                ballot: *ballot,
                member: *member,
                handle: handle.clone(),
            })]
        }
        DecisionCommand::GiveProxy { ballot, from, to } => {
            gate.allow(Action::ManageProxy, Target::Member(*from))?;
            let open = open(state, *ballot, gate.now)?;
            check_proxy(open, *from, *to)?;
            vec![DecisionEvent::ProxyGiven(ProxyGiven { ballot: *ballot, from: *from, to: *to })]
        }
        DecisionCommand::RevokeProxy { ballot, from } => {
            gate.allow(Action::ManageProxy, Target::Member(*from))?;
            let open = open(state, *ballot, gate.now)?;
            if open.proxy_of(*from).is_none() {
                return Err(
                    BallotRejection::Proxy { ballot: *ballot, why: format!("{from} has given no proxy") }.into()
                );
            }
            vec![DecisionEvent::ProxyRevoked(ProxyRevoked { ballot: *ballot, from: *from })]
        }
        DecisionCommand::Vote(vote) => {
            let payload = &vote.payload;
            gate.allow(Action::CastVote, Target::Member(payload.member))?;
            let open = open(state, payload.ballot, gate.now)?;
            check_voter(state, open, &gate.caller.actor, payload)?;
            check_signature(state, open, Signatory::Member(payload.member), vote)?;
            vec![voted(payload, false)]
        }
        DecisionCommand::VoteWithNewCustodiedKey(vote) => {
            let payload = &vote.payload;
            let signatory = Signatory::Member(payload.member);
            gate.allow(Action::CastVote, Target::Member(payload.member))?;
            let open = open(state, payload.ballot, gate.now)?;
            check_voter(state, open, &gate.caller.actor, payload)?;
            let registered = custodied_key(state, signatory, &vote.signature.key)?;
            verify_vote(payload, &vote.signature, &registered.key).map_err(|why| BallotRejection::Signature {
                ballot: payload.ballot,
                signatory,
                why,
            })?;
            vec![DecisionEvent::KeyRegistered(registered), voted(payload, false)]
        }
        DecisionCommand::RecordVotes { ballot, votes } => {
            gate.allow(Action::RecordVotes, Target::None)?;
            let open = open(state, *ballot, gate.now)?;
            let key = decisions.key(Signatory::Secretariat).ok_or(BallotRejection::NoKey(Signatory::Secretariat))?;
            record_votes(open, votes, &key.key)?
        }
        DecisionCommand::RecordVotesWithNewCustodiedKey { ballot, votes } => {
            gate.allow(Action::RecordVotes, Target::None)?;
            let open = open(state, *ballot, gate.now)?;
            let first = votes.first().ok_or_else(|| invalid("votes", "the roll call has no votes".into()))?;
            let registered = custodied_key(state, Signatory::Secretariat, &first.signature.key)?;
            let recorded = record_votes(open, votes, &registered.key)?;
            std::iter::once(DecisionEvent::KeyRegistered(registered)).chain(recorded).collect()
        }
        DecisionCommand::CloseBallot { ballot } => {
            gate.allow(Action::CloseBallot, Target::None)?;
            let open = match decisions.ballot(*ballot) {
                Some(super::Ballot::Open(open)) => open,
                Some(super::Ballot::Closed(_)) => return Err(BallotRejection::Closed(*ballot).into()),
                None => return Err(BallotRejection::UnknownBallot(*ballot).into()),
            };
            // The platform closes a ballot at its closing time, never before.
            if gate.caller.is_system() && open.opened.closes.is_none_or(|t| t > gate.now) {
                return Err(BallotRejection::NotDue(*ballot).into());
            }
            let tally = open.tally().map_err(|err| invalid("ballot", err.to_string()))?;
            vec![DecisionEvent::BallotClosed(BallotClosed { ballot: *ballot, tally })]
        }
    };
    Ok(events.into_iter().map(Event::Decision).collect())
}

/// The votes of a roll call on `open`, each signed by the secretariat's
/// `key`: each member state of the electorate once, its own vote, with its
/// next `seq`.
fn record_votes(open: &OpenBallot, votes: &[SignedVote], key: &str) -> Result<Vec<DecisionEvent>, Rejection> {
    let ballot = open.opened.id;
    let mut seen = BTreeSet::new();
    let mut events = Vec::with_capacity(votes.len());
    for vote in votes {
        let payload = &vote.payload;
        if payload.ballot != ballot {
            return Err(invalid("votes", format!("a vote names ballot {}, not {ballot}", payload.ballot)));
        }
        if payload.proxy_for.is_some() {
            return Err(invalid("votes", "a roll call records each member state's own vote".into()));
        }
        if !seen.insert(payload.member) {
            return Err(BallotRejection::DuplicateVote(payload.member).into());
        }
        check_elector(open, payload.member)?;
        check_seq(open, payload)?;
        verify_vote(payload, &vote.signature, key).map_err(|why| BallotRejection::Signature {
            ballot,
            signatory: Signatory::Secretariat,
            why,
        })?;
        events.push(voted(payload, true));
    }
    if events.is_empty() {
        return Err(invalid("votes", "the roll call has no votes".into()));
    }
    Ok(events)
}

fn voted(payload: &VotePayload, recorded: bool) -> DecisionEvent {
    DecisionEvent::Voted(Voted {
        ballot: payload.ballot,
        member: payload.member,
        choice: payload.choice,
        seq: payload.seq,
        proxy_for: payload.proxy_for,
        recorded,
    })
}

/// The ballot, if it is open and its closing time has not come.
fn open(state: &State, ballot: u64, now: Timestamp) -> Result<&OpenBallot, BallotRejection> {
    match state.decisions().ballot(ballot) {
        None => Err(BallotRejection::UnknownBallot(ballot)),
        Some(super::Ballot::Closed(_)) => Err(BallotRejection::Closed(ballot)),
        Some(super::Ballot::Open(open)) if open.opened.closes.is_some_and(|t| t <= now) => {
            Err(BallotRejection::PastClosing(ballot))
        }
        Some(super::Ballot::Open(open)) => Ok(open),
    }
}

/// Refuses a member state outside the ballot's electorate.
pub(crate) fn check_elector(open: &OpenBallot, member: Iso3) -> Result<(), BallotRejection> {
    if open.eligible(member) {
        Ok(())
    } else {
        Err(BallotRejection::NotEligible {
            ballot: open.opened.id,
            member,
            why: "it is not in the ballot's electorate (observer states do not vote)",
        })
    }
}

/// Refuses a `seq` that is not the member's next one on the ballot.
pub(crate) fn check_seq(open: &OpenBallot, payload: &VotePayload) -> Result<(), BallotRejection> {
    let expected = open.last_seq(payload.member) + 1;
    if payload.seq != expected {
        return Err(BallotRejection::Seq {
            ballot: payload.ballot,
            member: payload.member,
            expected,
            got: payload.seq,
        });
    }
    Ok(())
}

/// Checks everything about a vote by `actor` except its signature: the
/// member state may vote (itself or by proxy), the person may vote for it
/// (its head or a delegate, or an alternate designated for this ballot),
/// and the `seq` is the next one. The recount asks the same.
pub(crate) fn check_voter(
    state: &State,
    open: &OpenBallot,
    actor: &Actor,
    payload: &VotePayload,
) -> Result<(), BallotRejection> {
    let ballot = open.opened.id;
    let member = payload.member;
    let not_voter = |why| BallotRejection::NotVoter { ballot, member, handle: actor.clone(), why };
    let principal = state.principal(Some(actor));
    if principal.member != Some(member) {
        return Err(not_voter("they are not in its delegation"));
    }
    match principal.role {
        Role::HeadOfDelegation | Role::Delegate => {}
        Role::Alternate if open.alternates.get(&member).is_some_and(|a| a.contains(actor)) => {}
        Role::Alternate => {
            return Err(not_voter("an alternate votes only when the head designates them for the ballot"));
        }
        _ => return Err(not_voter("only its head, delegates and designated alternates vote")),
    }
    check_elector(open, member)?;
    match payload.proxy_for {
        Some(represented) => {
            check_elector(open, represented)?;
            if open.proxy_of(represented) != Some(member) {
                return Err(BallotRejection::NotVoter {
                    ballot,
                    member: represented,
                    handle: actor.clone(),
                    why: "their member state does not hold its proxy",
                });
            }
        }
        None => {
            if let Some(holder) = open.proxy_of(member) {
                return Err(BallotRejection::Proxy {
                    ballot,
                    why: format!("{member} gave its proxy to {holder}; take it back before voting"),
                });
            }
        }
    }
    check_seq(open, payload)
}

/// Checks a vote's signature against the signatory's valid key.
fn check_signature(
    state: &State,
    open: &OpenBallot,
    signatory: Signatory,
    vote: &SignedVote,
) -> Result<(), BallotRejection> {
    let key = state.decisions().key(signatory).ok_or(BallotRejection::NoKey(signatory))?;
    verify_vote(&vote.payload, &vote.signature, &key.key).map_err(|why| BallotRejection::Signature {
        ballot: open.opened.id,
        signatory,
        why,
    })
}

/// Checks a proxy from `from` to `to`: both vote on the ballot, not to
/// oneself, one proxy at a time, and one level only (no chain A to B to C).
fn check_proxy(open: &OpenBallot, from: Iso3, to: Iso3) -> Result<(), BallotRejection> {
    let ballot = open.opened.id;
    let refuse = |why: String| Err(BallotRejection::Proxy { ballot, why });
    check_elector(open, from)?;
    check_elector(open, to)?;
    if from == to {
        return refuse(format!("{from} cannot give its proxy to itself"));
    }
    if let Some(holder) = open.proxy_of(from) {
        return refuse(format!("{from} has already given its proxy to {holder}; revoke it first"));
    }
    if open.holds_proxy(from) {
        return refuse(format!("{from} holds another member's proxy, and proxies go one level only"));
    }
    if let Some(holder) = open.proxy_of(to) {
        return refuse(format!("{to} has given its own proxy to {holder}, and proxies go one level only"));
    }
    Ok(())
}

/// The registration of a key the server keeps for `signatory`, which must
/// have no valid key.
fn custodied_key(state: &State, signatory: Signatory, key: &str) -> Result<KeyRegistered, BallotRejection> {
    let key = new_key(state, signatory, key)?;
    if state.decisions().key(signatory).is_some() {
        return Err(BallotRejection::Key {
            signatory,
            why: "already has a valid key; the server keeps a key only for a signatory that has none".into(),
        });
    }
    Ok(KeyRegistered { signatory, key, custodied: true })
}

/// Checks a key a signatory registers: a valid Ed25519 verifier key, never
/// registered before.
fn new_key(state: &State, signatory: Signatory, key: &str) -> Result<String, BallotRejection> {
    let verifier = parse_key(key).map_err(|why| BallotRejection::Key { signatory, why })?;
    let key = verifier.to_string();
    if state.decisions().key_used(&key) {
        return Err(BallotRejection::Key {
            signatory,
            why: "this key was registered before; generate a new one".into(),
        });
    }
    Ok(key)
}

fn check_types(types: &[DecisionType]) -> Result<(), Rejection> {
    if types.is_empty() || types.len() > MAX_TYPES {
        return Err(invalid("types", format!("publish 1 to {MAX_TYPES} decision types")));
    }
    let mut codes = BTreeSet::new();
    for t in types {
        check_code(&t.code)?;
        if !codes.insert(t.code.as_str()) {
            return Err(invalid("types", format!("the code {:?} is used twice", t.code)));
        }
    }
    Ok(())
}

/// Checks a decision type's code: 1 to 40 of `a-z`, `0-9` and `-`.
pub(crate) fn check_code(code: &str) -> Result<(), Rejection> {
    let ok = (1..=40).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok { Ok(()) } else { Err(invalid("code", format!("{code:?} is not a code (1 to 40 of a-z, 0-9 and -)"))) }
}

/// The ballot `new` opens, with the types of `published` (the set being
/// published with it) or else of the latest set.
fn open_ballot(
    state: &State,
    published: Option<&TypesPublished>,
    new: &NewBallot,
    now: Timestamp,
) -> Result<BallotOpened, Rejection> {
    if new.title.is_empty() {
        return Err(invalid("title", "give the ballot a title".into()));
    }
    for text in new.title.values() {
        check_text("title", text, MAX_BALLOT_TITLE)?;
    }
    if let Some(number) = new.document
        && (number == 0 || number > state.document_count())
    {
        return Err(invalid("document", format!("there is no document {number}")));
    }
    if new.closes.is_some_and(|t| t <= now) {
        return Err(invalid("closes", "the closing time must be in the future".into()));
    }
    let (decision_type, procedure) = match &new.procedure {
        BallotProcedure::Given(procedure) => (None, procedure.clone()),
        BallotProcedure::Type(code) => {
            let set =
                published.or(state.decisions().types()).ok_or_else(|| BallotRejection::UnknownType(code.clone()))?;
            let found =
                set.types.iter().find(|t| t.code == *code).ok_or_else(|| BallotRejection::UnknownType(code.clone()))?;
            (Some(TypeRef { code: code.clone(), version: set.version }), found.procedure.clone())
        }
    };
    let electorate: Vec<Elector> = state
        .members()
        .filter(|m| m.votes())
        .filter_map(|m| m.regional_group.map(|group| Elector { member: m.iso3, group }))
        .collect();
    if electorate.is_empty() {
        return Err(invalid("electorate", "the organization has no voting member states".into()));
    }
    Ok(BallotOpened {
        id: state.decisions().ballot_count() + 1,
        title: new.title.clone(),
        document: new.document,
        closes: new.closes,
        decision_type,
        procedure,
        electorate,
    })
}
