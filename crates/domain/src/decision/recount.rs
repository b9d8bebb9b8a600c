//! The recount: replays a log and checks every vote and every result, as
//! any member can on its own machine (`concord recount`).
//!
//! Fed the log's entries in order ([`Recount::push`]), it folds them into a
//! [`State`] as a node does and, before each `decision.voted` entry, asks
//! the same questions `decide` asked when the vote was cast, against the
//! state at that moment: the ballot was open and its closing time had not
//! come; the actor could vote for that member state (its head, a delegate,
//! an alternate designated for the ballot; the secretariat for a recorded
//! roll call); the member state was in the electorate; a proxy vote was
//! cast by the proxy holder, one level deep; the `seq` was the next one;
//! the signature is by the key valid at that moment. The signatures are
//! verified in batches on every core, while the log is still being fed
//! (each key parsed once), and the last ones at the end
//! ([`Recount::finish`]). Before each
//! `decision.ballot_closed` entry it recomputes the tally from the
//! positions the votes set, under the procedure the ballot was opened
//! with, and compares it with the logged tally, outcome, counts and
//! explanation alike.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use rayon::prelude::*;
use serde::Serialize;

use super::command::{check_elector, check_seq, check_voter};
use super::event::{BallotClosed, DecisionEvent, Voted};
use super::signing::{VotePayload, parse_key, signature_bytes};
use super::{Ballot, Signatory};
use crate::authz::Role;
use crate::envelope::Envelope;
use crate::event::Event;
use crate::state::{State, StateError};

/// Signatures verified together; batches run on every core.
const BATCH: usize = 512;

/// Signatures handed to the thread pool at a time while the log is fed.
const HAND_OFF: usize = 8 * BATCH;

/// A signature that does not verify: its ballot, entry and what is wrong.
type Failed = (u64, u64, String);

/// Replays a log and checks its ballots.
#[derive(Debug, Default)]
pub struct Recount {
    state: State,
    ballots: BTreeMap<u64, BallotRecount>,
    signatures: Vec<PendingSignature>,
    /// Each signing key seen, parsed once (`None`: it does not parse).
    keys: HashMap<String, Option<Arc<ledger::Verifier>>>,
    /// Batches being verified on the thread pool, and where they report.
    verifying: Option<Verifying>,
}

/// Signature batches handed to the thread pool while the log is fed.
#[derive(Debug)]
struct Verifying {
    handed: usize,
    send: Sender<Vec<Failed>>,
    receive: Receiver<Vec<Failed>>,
}

/// A signature to verify.
#[derive(Debug)]
struct PendingSignature {
    index: u64,
    ballot: u64,
    message: Vec<u8>,
    verifier: Option<Arc<ledger::Verifier>>,
    signature: crate::envelope::EventSignature,
}

/// What the recount found for one ballot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BallotRecount {
    /// The ballot.
    pub id: u64,
    /// The votes cast (every vote, changed ones included).
    pub votes: u64,
    /// The tally logged when it closed (`None` while open).
    pub logged: Option<rules::Tally>,
    /// The tally recomputed from the logged votes (`None` while open).
    pub recomputed: Option<rules::Tally>,
    /// Every difference found, by log index.
    pub problems: Vec<RecountProblem>,
}

/// One thing that does not hold, at one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecountProblem {
    /// The log index of the entry.
    pub index: u64,
    /// What is wrong.
    pub what: String,
}

/// The recount of a whole log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecountReport {
    /// The entries replayed.
    pub entries: u64,
    /// Every ballot, by number.
    pub ballots: Vec<BallotRecount>,
}

impl RecountReport {
    /// Whether every ballot recounts to its logged result with no problem.
    pub fn holds(&self) -> bool {
        self.ballots.iter().all(|b| b.problems.is_empty())
    }

    /// One ballot.
    pub fn ballot(&self, id: u64) -> Option<&BallotRecount> {
        self.ballots.iter().find(|b| b.id == id)
    }
}

impl Recount {
    /// A recount from the first entry.
    pub fn new() -> Recount {
        Recount::default()
    }

    /// Checks the next entry, then folds it into the state. An entry that
    /// contradicts the log before it is an error: the log is not one a
    /// node would have written, and the recount cannot go on.
    pub fn push(&mut self, envelope: &Envelope) -> Result<(), StateError> {
        match &envelope.event {
            Event::Decision(DecisionEvent::BallotOpened(opened)) => {
                let recount =
                    BallotRecount { id: opened.id, votes: 0, logged: None, recomputed: None, problems: Vec::new() };
                self.ballots.insert(opened.id, recount);
            }
            Event::Decision(DecisionEvent::Voted(voted)) => self.check_vote(envelope, voted),
            Event::Decision(DecisionEvent::BallotClosed(closed)) => self.check_close(envelope, closed),
            _ => {}
        }
        self.state.apply(envelope)
    }

    fn problem(&mut self, ballot: u64, index: u64, what: String) {
        if let Some(recount) = self.ballots.get_mut(&ballot) {
            recount.problems.push(RecountProblem { index, what });
        }
    }

    fn check_vote(&mut self, envelope: &Envelope, voted: &Voted) {
        let index = envelope.index;
        let ballot = voted.ballot;
        if let Some(recount) = self.ballots.get_mut(&ballot) {
            recount.votes += 1;
        }
        let payload = VotePayload::of(voted);
        let Some(Ballot::Open(open)) = self.state.decisions().ballot(ballot) else {
            return self.problem(ballot, index, "a vote on a ballot that is not open".into());
        };
        let mut found = Vec::new();
        if open.opened.closes.is_some_and(|closes| closes <= envelope.time) {
            found.push("cast after the ballot's closing time".to_owned());
        }
        let signatory = if voted.recorded {
            if self.state.principal(Some(&envelope.actor)).role != Role::Secretariat {
                found.push(format!("recorded as a roll call by {}, who is not the secretariat", envelope.actor));
            }
            let checks = check_elector(open, voted.member).and_then(|()| check_seq(open, &payload));
            if let Err(err) = checks {
                found.push(err.to_string());
            }
            Signatory::Secretariat
        } else {
            if let Err(err) = check_voter(&self.state, open, &envelope.actor, &payload) {
                found.push(err.to_string());
            }
            Signatory::Member(voted.member)
        };
        match (&envelope.signature, self.state.decisions().key(signatory)) {
            (None, _) => found.push("the vote is not signed".into()),
            (Some(_), None) => found.push(format!("{signatory} had no valid key when the vote was cast")),
            (Some(signature), Some(key)) if signature.key != key.key => {
                found.push(format!("signed with a key that was not {signatory}'s valid key when the vote was cast"));
            }
            (Some(signature), Some(_)) => {
                let verifier = self
                    .keys
                    .entry(signature.key.clone())
                    .or_insert_with_key(|key| parse_key(key).ok().map(Arc::new))
                    .clone();
                self.signatures.push(PendingSignature {
                    index,
                    ballot,
                    message: payload.message(),
                    verifier,
                    signature: signature.clone(),
                });
                // (Only when the work is handed off depends on this bound,
                // never what is found.)
                if self.signatures.len() >= HAND_OFF {
                    self.hand_off();
                }
            }
        }
        for what in found {
            self.problem(ballot, index, format!("vote of {} (seq {}): {what}", voted.member, voted.seq));
        }
    }

    fn check_close(&mut self, envelope: &Envelope, closed: &BallotClosed) {
        let index = envelope.index;
        let ballot = closed.ballot;
        let Some(Ballot::Open(open)) = self.state.decisions().ballot(ballot) else {
            return self.problem(ballot, index, "closes a ballot that is not open".into());
        };
        let principal = self.state.principal(Some(&envelope.actor));
        let due = open.opened.closes.is_some_and(|closes| closes <= envelope.time);
        let by_right = principal.role == Role::Secretariat || (envelope.actor == crate::Actor::system() && due);
        let recomputed = open.tally();
        let mut found = Vec::new();
        if !by_right {
            found.push(format!("closed by {}, who may not close it then", envelope.actor));
        }
        match &recomputed {
            Err(err) => found.push(format!("the tally cannot be recomputed: {err}")),
            Ok(tally) if *tally != closed.tally => found.push(describe_difference(tally, &closed.tally)),
            Ok(_) => {}
        }
        if let Some(recount) = self.ballots.get_mut(&ballot) {
            recount.logged = Some(closed.tally.clone());
            recount.recomputed = recomputed.ok();
        }
        for what in found {
            self.problem(ballot, index, what);
        }
    }

    /// Hands the pending signatures to the thread pool, to be verified
    /// while the log is still being fed.
    fn hand_off(&mut self) {
        let verifying = self.verifying.get_or_insert_with(|| {
            let (send, receive) = channel();
            Verifying { handed: 0, send, receive }
        });
        let batch = std::mem::take(&mut self.signatures);
        let send = verifying.send.clone();
        verifying.handed += 1;
        rayon::spawn(move || {
            // The receiver lives until every batch handed off has reported.
            let _ = send.send(verify_all(&batch));
        });
    }

    /// Verifies the signatures (in batches, on every core; a batch that
    /// fails is checked one by one to name the vote) and returns the
    /// report.
    ///
    /// It waits for the batches handed to rayon's global pool while the log
    /// was fed, so call it from outside that pool (a rayon task on a
    /// one-thread pool would wait for work queued behind itself).
    pub fn finish(mut self) -> RecountReport {
        let mut failed = verify_all(&self.signatures);
        if let Some(verifying) = self.verifying.take() {
            for _ in 0..verifying.handed {
                failed.extend(verifying.receive.recv().expect("every batch handed off reports"));
            }
        }
        failed.sort_by_key(|(_, index, _)| *index);
        for (ballot, index, what) in failed {
            self.problem(ballot, index, what);
        }
        RecountReport { entries: self.state.size(), ballots: self.ballots.into_values().collect() }
    }
}

/// The signatures of `signatures` that do not verify, in batches on every
/// core.
fn verify_all(signatures: &[PendingSignature]) -> Vec<Failed> {
    signatures.par_chunks(BATCH).flat_map_iter(|chunk| failures(chunk).into_iter()).collect()
}

/// The signatures of `chunk` that do not verify.
fn failures(chunk: &[PendingSignature]) -> Vec<Failed> {
    let decoded: Vec<Option<(&ledger::Verifier, Vec<u8>)>> =
        chunk.iter().map(|p| Some((p.verifier.as_deref()?, signature_bytes(&p.signature)?))).collect();
    if decoded.iter().all(Option::is_some) {
        let items: Vec<(&ledger::Verifier, &[u8], &[u8])> = chunk
            .iter()
            .zip(&decoded)
            .filter_map(|(p, d)| d.as_ref().map(|(v, sig)| (*v, p.message.as_slice(), sig.as_slice())))
            .collect();
        if ledger::verify_message_batch(&items).is_ok() {
            return Vec::new();
        }
    }
    chunk
        .iter()
        .zip(decoded)
        .filter(|(p, d)| match d {
            Some((verifier, sig)) => verifier.verify_message(&p.message, sig).is_err(),
            None => true,
        })
        .map(|(p, _)| (p.ballot, p.index, "the vote's signature does not verify".to_owned()))
        .collect()
}

/// Says how a recomputed tally differs from the logged one.
fn describe_difference(recomputed: &rules::Tally, logged: &rules::Tally) -> String {
    let counts =
        |t: &rules::Tally| format!("{} yes, {} no, {} abstaining", t.counts.yes, t.counts.no, t.counts.abstain);
    if recomputed.outcome != logged.outcome || recomputed.counts != logged.counts {
        format!(
            "the logged result is {} ({}), but the logged votes give {} ({})",
            logged.outcome.key(),
            counts(logged),
            recomputed.outcome.key(),
            counts(recomputed)
        )
    } else {
        "the logged explanation differs from the one the logged votes give".into()
    }
}
