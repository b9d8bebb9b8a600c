//! The votes of an export in the order they were cast, stored column by
//! column: 9 bytes per vote, plus 8 for its time while the history is kept.

use crate::analysis::TimedVote;
use crate::matrix::{Vote, VoteSource};

/// Votes in the order they were cast (oldest first), by column.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VoteLog {
    participant: Vec<u32>,
    statement: Vec<u32>,
    value: Vec<i8>,
    /// One time per vote, or empty once forgotten or when there is no
    /// history.
    time: Vec<i64>,
}

impl VoteLog {
    /// Appends a vote.
    pub fn push(&mut self, time: i64, vote: Vote) {
        self.participant.push(vote.participant);
        self.statement.push(vote.statement);
        self.value.push(vote.value);
        self.time.push(time);
    }

    /// The vote at position `i`.
    pub fn vote(&self, i: usize) -> Vote {
        Vote { participant: self.participant[i], statement: self.statement[i], value: self.value[i] }
    }

    /// The votes with their times (time 0 once the times are forgotten).
    pub fn timed(&self) -> Vec<TimedVote> {
        (0..self.len())
            .map(|i| TimedVote { time: self.time.get(i).copied().unwrap_or(0), vote: self.vote(i) })
            .collect()
    }

    /// Whether every vote still has its time.
    pub fn has_times(&self) -> bool {
        self.time.len() == self.participant.len()
    }

    /// Drops the times (a one-shot analysis needs only the order), freeing 8
    /// bytes per vote.
    pub fn forget_times(&mut self) {
        self.time = Vec::new();
    }

    pub(crate) fn times(&self) -> &[i64] {
        &self.time
    }

    /// Reorders the votes: position `i` receives the old position `order[i]`.
    pub(crate) fn permute(&mut self, order: &[u32]) {
        fn apply<T: Copy>(v: &mut Vec<T>, order: &[u32]) {
            if v.len() == order.len() {
                *v = order.iter().map(|&i| v[i as usize]).collect();
            }
        }
        apply(&mut self.participant, order);
        apply(&mut self.statement, order);
        apply(&mut self.value, order);
        apply(&mut self.time, order);
    }

    /// Renames participants and statements through the given tables.
    pub(crate) fn rename(&mut self, participant: &[u32], statement: &[u32]) {
        for p in &mut self.participant {
            *p = participant[*p as usize];
        }
        for s in &mut self.statement {
            *s = statement[*s as usize];
        }
    }

    pub(crate) fn participants(&self) -> &[u32] {
        &self.participant
    }

    pub(crate) fn statements(&self) -> &[u32] {
        &self.statement
    }

    /// Approximate heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.participant.capacity() * 4
            + self.statement.capacity() * 4
            + self.value.capacity()
            + self.time.capacity() * 8
    }
}

impl VoteSource for VoteLog {
    fn len(&self) -> usize {
        self.participant.len()
    }
    fn participant(&self, i: usize) -> u32 {
        self.participant[i]
    }
    fn statement(&self, i: usize) -> u32 {
        self.statement[i]
    }
    fn value(&self, i: usize) -> i8 {
        self.value[i]
    }
}
