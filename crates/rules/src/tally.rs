//! Tallying: who may vote ([`Electorate`]), what they said ([`Positions`]),
//! and what the procedure makes of it ([`Tally`]).
//!
//! A tally first folds the positions into counts per group (yes, no,
//! abstain, members, eligible, and their weights), so every clause works on
//! a few integers and the result never depends on the order of the votes.

use std::collections::HashMap;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::message::Message;
use crate::procedure::{Base, Clause, Consensus, Groups, Majority, NoSingleGroup, Procedure, Weighted};
use crate::ratio::Threshold;

/// A member of the body deciding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// A unique identifier (an ISO 3166-1 code for a member state).
    pub id: String,
    /// The member's group (a UN regional group), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The member's weight for weighted clauses (its population).
    #[serde(default)]
    pub weight: u64,
    /// Whether the member may vote now (false for a member in arrears under
    /// UN Charter Article 19, for example).
    pub eligible: bool,
}

impl Member {
    /// An eligible member with no group and weight 0.
    pub fn new(id: impl Into<String>) -> Member {
        Member { id: id.into(), group: None, weight: 0, eligible: true }
    }

    /// The member in `group`.
    pub fn in_group(mut self, group: impl Into<String>) -> Member {
        self.group = Some(group.into());
        self
    }

    /// The member with `weight`.
    pub fn weighing(mut self, weight: u64) -> Member {
        self.weight = weight;
        self
    }

    /// The member, not eligible to vote.
    pub fn ineligible(mut self) -> Member {
        self.eligible = false;
        self
    }
}

/// All the members of the body, eligible or not, each once. Serializes as
/// the list of members; deserializing checks that each is listed once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<Member>", into = "Vec<Member>")]
pub struct Electorate {
    members: Vec<Member>,
    index: HashMap<String, usize>,
}

impl Electorate {
    /// The electorate of `members`; refuses a member listed twice.
    pub fn new(members: Vec<Member>) -> Result<Electorate, TallyError> {
        let mut index = HashMap::with_capacity(members.len());
        for (i, member) in members.iter().enumerate() {
            if index.insert(member.id.clone(), i).is_some() {
                return Err(TallyError::DuplicateMember(member.id.clone()));
            }
        }
        Ok(Electorate { members, index })
    }

    /// The members, in the order given.
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// The member with `id`.
    pub fn get(&self, id: &str) -> Option<&Member> {
        self.index.get(id).map(|&i| &self.members[i])
    }

    fn position_of(&self, id: &str) -> Result<usize, TallyError> {
        let &i = self.index.get(id).ok_or_else(|| TallyError::UnknownMember(id.to_owned()))?;
        if !self.members[i].eligible {
            return Err(TallyError::IneligibleMember(id.to_owned()));
        }
        Ok(i)
    }
}

impl TryFrom<Vec<Member>> for Electorate {
    type Error = TallyError;

    fn try_from(members: Vec<Member>) -> Result<Electorate, TallyError> {
        Electorate::new(members)
    }
}

impl From<Electorate> for Vec<Member> {
    fn from(electorate: Electorate) -> Vec<Member> {
        electorate.members
    }
}

/// A member's vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Vote {
    /// In favour.
    Yes,
    /// Against.
    No,
    /// Abstaining: present, but not voting yes or no.
    Abstain,
}

impl FromStr for Vote {
    type Err = TallyError;

    /// `yes`, `no` or `abstain`.
    fn from_str(text: &str) -> Result<Vote, TallyError> {
        match text {
            "yes" => Ok(Vote::Yes),
            "no" => Ok(Vote::No),
            "abstain" => Ok(Vote::Abstain),
            other => Err(TallyError::UnknownVote(other.to_owned())),
        }
    }
}

/// What a member says during a consensus (silence) procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StatementKind {
    /// A formal objection: breaks silence if made within the period.
    Objection,
    /// An explanation of position: recorded, does not block.
    Explanation,
    /// A reservation on part of the text: recorded, does not block.
    Reservation,
}

/// One statement in a silence procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// The member making it.
    pub member: String,
    /// What it is.
    pub kind: StatementKind,
    /// When, in seconds since the silence period opened.
    pub at_seconds: u64,
}

/// The record of a silence procedure so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsensusRecord {
    /// Seconds since the silence period opened.
    pub elapsed_seconds: u64,
    /// Objections, explanations of position and reservations.
    #[serde(default)]
    pub statements: Vec<Statement>,
}

/// Everything the members have said on one question: votes, and the record
/// of a silence procedure.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Positions {
    /// Each voting member's vote, each member at most once; members who
    /// did not vote are absent.
    #[serde(default)]
    pub votes: Vec<(String, Vote)>,
    /// The silence procedure, for consensus clauses.
    #[serde(default)]
    pub consensus: ConsensusRecord,
}

/// The outcome of a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Adopted.
    Adopted,
    /// Not adopted.
    Rejected,
    /// Not decided yet (a silence period is running, or a vote is awaited).
    Pending,
}

impl Outcome {
    /// `adopted`, `rejected` or `pending`.
    pub fn key(&self) -> &'static str {
        match self {
            Outcome::Adopted => "adopted",
            Outcome::Rejected => "rejected",
            Outcome::Pending => "pending",
        }
    }
}

/// Whether one clause is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Met.
    Pass,
    /// Not met.
    Fail,
    /// Not known yet.
    Pending,
}

impl Verdict {
    fn from_bool(pass: bool) -> Verdict {
        if pass { Verdict::Pass } else { Verdict::Fail }
    }

    /// `pass`, `fail` or `pending`.
    pub fn key(&self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
            Verdict::Pending => "pending",
        }
    }
}

/// The counts of a tally, over the eligible members.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Yes votes.
    pub yes: u64,
    /// No votes.
    pub no: u64,
    /// Abstentions.
    pub abstain: u64,
    /// Eligible members who did not vote.
    pub not_voting: u64,
    /// Eligible members.
    pub eligible: u64,
    /// All members.
    pub members: u64,
}

/// A line under a clause: a group's result, a part of a double majority, a
/// record of statements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Whether this part is met, where that applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// What it says.
    pub message: Message,
}

/// One clause's result: its verdict, the numbers behind it and the results
/// of the clauses inside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClauseResult {
    /// The clause kind (`majority`, ...).
    pub kind: String,
    /// Whether the clause is met.
    pub verdict: Verdict,
    /// The rule and its numbers.
    pub message: Message,
    /// Details: per-group results, parts, recorded statements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// The results of the clauses inside (all-of, any-of, a consensus
    /// fallback).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clauses: Vec<ClauseResult>,
}

/// The result of applying a procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Adopted, rejected or pending.
    pub outcome: Outcome,
    /// The votes counted.
    pub counts: Counts,
    /// The procedure's rule, with its numbers.
    pub result: ClauseResult,
}

/// One line of an explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// How deep the line is nested (0 for the outcome).
    pub depth: usize,
    /// The verdict shown before the text, if any.
    pub verdict: Option<Verdict>,
    /// The text.
    pub message: Message,
}

impl Tally {
    /// The explanation, line by line: the outcome, the counts (when votes
    /// were cast or the rule is a vote), then each clause with its verdict
    /// and numbers, nested.
    pub fn explanation(&self) -> Vec<Line> {
        let mut lines = vec![Line {
            depth: 0,
            verdict: None,
            message: Message::new(match self.outcome {
                Outcome::Adopted => "outcome-adopted",
                Outcome::Rejected => "outcome-rejected",
                Outcome::Pending => "outcome-pending",
            }),
        }];
        let c = &self.counts;
        if c.yes + c.no + c.abstain > 0 || self.result.kind != "consensus" {
            lines.push(Line {
                depth: 0,
                verdict: None,
                message: Message::new("counts")
                    .arg("yes", c.yes)
                    .arg("no", c.no)
                    .arg("abstain", c.abstain)
                    .arg("not-voting", c.not_voting)
                    .arg("eligible", c.eligible),
            });
        }
        push_lines(&self.result, 1, &mut lines);
        lines
    }
}

fn push_lines(result: &ClauseResult, depth: usize, lines: &mut Vec<Line>) {
    lines.push(Line { depth, verdict: Some(result.verdict), message: result.message.clone() });
    for note in &result.notes {
        lines.push(Line { depth: depth + 1, verdict: note.verdict, message: note.message.clone() });
    }
    for clause in &result.clauses {
        push_lines(clause, depth + 1, lines);
    }
}

/// Why a tally could not be made. Each names the member at fault.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TallyError {
    /// The electorate lists a member twice.
    #[error("member `{0}` is listed twice in the electorate")]
    DuplicateMember(String),
    /// A vote or statement from someone not in the electorate.
    #[error("`{0}` is not a member of the electorate")]
    UnknownMember(String),
    /// A vote or statement from a member who may not vote.
    #[error("member `{0}` is not eligible to vote")]
    IneligibleMember(String),
    /// Two votes from one member.
    #[error("member `{0}` voted more than once")]
    DuplicateVote(String),
    /// A vote that is not yes, no or abstain.
    #[error("unknown vote `{0}`; use yes, no or abstain")]
    UnknownVote(String),
    /// A member's group is not one of the procedure's groups.
    #[error("member `{member}` is in group `{group}`, which the procedure does not have")]
    UnknownGroup {
        /// The member.
        member: String,
        /// Its group.
        group: String,
    },
    /// A statement dated after the time of the tally.
    #[error("a statement by `{0}` is dated after the time of the tally")]
    StatementInFuture(String),
}

/// Counts and weights over some members (all, or one group's).
#[derive(Debug, Clone, Copy, Default)]
struct Scope {
    members: u64,
    eligible: u64,
    yes: u64,
    no: u64,
    abstain: u64,
    w_members: u128,
    w_eligible: u128,
    w_yes: u128,
    w_no: u128,
}

impl Scope {
    fn add(&mut self, member: &Member, vote: Option<Vote>) {
        let w = u128::from(member.weight);
        self.members += 1;
        self.w_members += w;
        if member.eligible {
            self.eligible += 1;
            self.w_eligible += w;
        }
        match vote {
            Some(Vote::Yes) => {
                self.yes += 1;
                self.w_yes += w;
            }
            Some(Vote::No) => {
                self.no += 1;
                self.w_no += w;
            }
            Some(Vote::Abstain) => self.abstain += 1,
            None => {}
        }
    }

    /// The whole a share of `base` is taken of: members and weight.
    fn whole(&self, base: Base, abstentions_counted: bool) -> (u64, u128) {
        match base {
            Base::PresentAndVoting => {
                (self.yes + self.no + if abstentions_counted { self.abstain } else { 0 }, self.w_yes + self.w_no)
            }
            Base::Eligible => (self.eligible, self.w_eligible),
            Base::AllMembers => (self.members, self.w_members),
        }
    }
}

struct Context<'a> {
    procedure: &'a Procedure,
    electorate: &'a Electorate,
    positions: &'a Positions,
    all: Scope,
    groups: Vec<Scope>,
}

impl Procedure {
    /// Applies the procedure to the `positions` of the `electorate`.
    ///
    /// Refuses votes and statements from non-members or ineligible members,
    /// a member voting twice, a member in a group the procedure does not
    /// have (when a clause looks at groups). Nothing is carried without
    /// votes: a vote with no votes cast, or an electorate with no eligible
    /// member, is rejected. The result does not depend on the order of
    /// votes.
    pub fn tally(&self, electorate: &Electorate, positions: &Positions) -> Result<Tally, TallyError> {
        let members = electorate.members();
        let mut votes: Vec<Option<Vote>> = vec![None; members.len()];
        for (id, vote) in &positions.votes {
            let i = electorate.position_of(id)?;
            if votes[i].replace(*vote).is_some() {
                return Err(TallyError::DuplicateVote(id.clone()));
            }
        }
        for statement in &positions.consensus.statements {
            electorate.position_of(&statement.member)?;
            if statement.at_seconds > positions.consensus.elapsed_seconds {
                return Err(TallyError::StatementInFuture(statement.member.clone()));
            }
        }
        let check_groups = self.uses_groups();
        let mut all = Scope::default();
        let mut groups = vec![Scope::default(); self.groups().len()];
        for (member, vote) in members.iter().zip(&votes) {
            all.add(member, *vote);
            if let Some(group) = &member.group {
                match self.groups().iter().position(|g| g == group) {
                    Some(g) => groups[g].add(member, *vote),
                    None if check_groups => {
                        return Err(TallyError::UnknownGroup { member: member.id.clone(), group: group.clone() });
                    }
                    None => {}
                }
            }
        }
        let context = Context { procedure: self, electorate, positions, all, groups };
        let result = context.clause(self.rule());
        Ok(Tally {
            outcome: match result.verdict {
                Verdict::Pass => Outcome::Adopted,
                Verdict::Fail => Outcome::Rejected,
                Verdict::Pending => Outcome::Pending,
            },
            counts: Counts {
                yes: all.yes,
                no: all.no,
                abstain: all.abstain,
                not_voting: all.eligible - all.yes - all.no - all.abstain,
                eligible: all.eligible,
                members: all.members,
            },
            result,
        })
    }
}

fn threshold_args(message: Message, threshold: &Threshold) -> Message {
    let share = threshold.share();
    // "At least 100%" reads better than "at least 1" in every language.
    let shown = if share.is_whole() { "100%".to_owned() } else { share.to_string() };
    message.arg("comparison", threshold.comparison().key()).arg("threshold", shown)
}

fn majority_args(message: Message, majority: &Majority) -> Message {
    threshold_args(message, &majority.threshold)
        .arg("of", majority.of.key())
        .arg("abstentions", if majority.counts_abstentions() { "counted" } else { "not-counted" })
}

impl Context<'_> {
    fn clause(&self, clause: &Clause) -> ClauseResult {
        let (verdict, message, notes, clauses) = match clause {
            Clause::Majority(m) => {
                let (verdict, message) = self.majority(m, &self.all, "clause-majority");
                (verdict, message, Vec::new(), Vec::new())
            }
            Clause::Quorum(q) => {
                let taking_part = self.all.yes + self.all.no + self.all.abstain;
                let eligible = self.all.eligible;
                let verdict = Verdict::from_bool(q.threshold.met(u128::from(taking_part), u128::from(eligible)));
                // `needed` is `None` exactly when no member is eligible.
                let message = match q.threshold.needed(eligible) {
                    Some(needed) => threshold_args(Message::new("clause-quorum"), &q.threshold)
                        .arg("taking-part", taking_part)
                        .arg("eligible", eligible)
                        .arg("needed", needed),
                    _ => threshold_args(Message::new("clause-quorum-none"), &q.threshold),
                };
                (verdict, message, Vec::new(), Vec::new())
            }
            Clause::Groups(g) => {
                let (verdict, message, notes) = self.groups(g);
                (verdict, message, notes, Vec::new())
            }
            Clause::NoSingleGroup(n) => {
                let (verdict, message) = self.no_single_group(n);
                (verdict, message, Vec::new(), Vec::new())
            }
            Clause::Weighted(w) => {
                let (verdict, message, notes) = self.weighted(w);
                (verdict, message, notes, Vec::new())
            }
            Clause::AllOf(list) | Clause::AnyOf(list) => {
                let all_of = matches!(clause, Clause::AllOf(_));
                let results: Vec<ClauseResult> = list.clauses.iter().map(|c| self.clause(c)).collect();
                let passed = results.iter().filter(|r| r.verdict == Verdict::Pass).count() as u64;
                let failed = results.iter().filter(|r| r.verdict == Verdict::Fail).count() as u64;
                let total = results.len() as u64;
                // Three-valued logic: a pending clause decides nothing
                // unless the others leave the result open.
                let verdict = if all_of {
                    if failed > 0 {
                        Verdict::Fail
                    } else if passed == total {
                        Verdict::Pass
                    } else {
                        Verdict::Pending
                    }
                } else if passed > 0 {
                    Verdict::Pass
                } else if failed == total {
                    Verdict::Fail
                } else {
                    Verdict::Pending
                };
                let id = if all_of { "clause-all-of" } else { "clause-any-of" };
                let message = Message::new(id).arg("passed", passed).arg("total", total);
                (verdict, message, Vec::new(), results)
            }
            Clause::Consensus(c) => self.consensus(c),
        };
        ClauseResult { kind: clause.kind().to_owned(), verdict, message, notes, clauses }
    }

    /// A majority within `scope`; `id` is the message for a non-empty whole,
    /// and `{id}-none` the one for an empty whole.
    fn majority(&self, m: &Majority, scope: &Scope, id: &str) -> (Verdict, Message) {
        let (whole, _) = scope.whole(m.of, m.counts_abstentions());
        let verdict = Verdict::from_bool(m.threshold.met(u128::from(scope.yes), u128::from(whole)));
        // `needed` is `None` exactly for an empty whole: every threshold
        // can be met by some part of a positive whole.
        let message = match m.threshold.needed(whole) {
            Some(needed) => {
                majority_args(Message::new(id), m).arg("yes", scope.yes).arg("total", whole).arg("needed", needed)
            }
            _ => majority_args(Message::new(&format!("{id}-none")), m),
        };
        (verdict, message)
    }

    fn groups(&self, g: &Groups) -> (Verdict, Message, Vec<Note>) {
        let names = self.procedure.groups();
        let mut notes = Vec::new();
        let mut passed = 0u64;
        for (name, scope) in names.iter().zip(&self.groups) {
            if g.among.as_ref().is_some_and(|among| !among.contains(name)) {
                continue;
            }
            let (verdict, message) = self.majority(&g.within, scope, "group-result");
            if verdict == Verdict::Pass {
                passed += 1;
            }
            notes.push(Note { verdict: Some(verdict), message: message.arg("group", name.as_str()) });
        }
        let counted = notes.len() as u64;
        let verdict = Verdict::from_bool(passed >= u64::from(g.min_groups));
        let message = majority_args(Message::new("clause-groups"), &g.within)
            .arg("passed", passed)
            .arg("min", u64::from(g.min_groups))
            .arg("counted", counted);
        (verdict, message, notes)
    }

    fn no_single_group(&self, n: &NoSingleGroup) -> (Verdict, Message) {
        let total = self.all.yes;
        let mut largest: Option<(usize, u64)> = None;
        for (i, scope) in self.groups.iter().enumerate() {
            if largest.is_none_or(|(_, yes)| scope.yes > yes) {
                largest = Some((i, scope.yes));
            }
        }
        let at_most = n.at_most.to_string();
        match largest {
            Some((i, yes)) if total > 0 => {
                let pass = n.at_most.compare(u128::from(yes), u128::from(total)) != std::cmp::Ordering::Greater;
                let message = Message::new("clause-no-single-group")
                    .arg("at-most", at_most)
                    .arg("group", self.procedure.groups()[i].as_str())
                    .arg("group-yes", yes)
                    .arg("yes", total);
                (Verdict::from_bool(pass), message)
            }
            // No yes vote: no group carries anything.
            _ => (Verdict::Pass, Message::new("clause-no-single-group-none").arg("at-most", at_most)),
        }
    }

    fn weighted(&self, w: &Weighted) -> (Verdict, Message, Vec<Note>) {
        let (whole, weight_whole) = self.all.whole(w.of, false);
        let mut notes = Vec::new();
        let mut pass = true;
        if let Some(threshold) = &w.members {
            let met = threshold.met(u128::from(self.all.yes), u128::from(whole));
            pass &= met;
            notes.push(Note {
                verdict: Some(Verdict::from_bool(met)),
                message: threshold_args(Message::new("weighted-members"), threshold)
                    .arg("yes", self.all.yes)
                    .arg("total", whole),
            });
        }
        if let Some(threshold) = &w.weight {
            let met = threshold.met(self.all.w_yes, weight_whole);
            pass &= met;
            notes.push(Note {
                verdict: Some(Verdict::from_bool(met)),
                message: threshold_args(Message::new("weighted-weight"), threshold)
                    .arg("weight-yes", self.all.w_yes)
                    .arg("weight-total", weight_whole),
            });
        }
        // Weighted shares never count abstentions; the phrase still asks.
        let message = Message::new("clause-weighted").arg("of", w.of.key()).arg("abstentions", "not-counted");
        (Verdict::from_bool(pass), message, notes)
    }

    fn consensus(&self, c: &Consensus) -> (Verdict, Message, Vec<Note>, Vec<ClauseResult>) {
        let record = &self.positions.consensus;
        let period = u64::from(c.silence_hours) * 3600;
        // Each list names a member once, in the electorate's order, whatever
        // order the statements came in. `timely`: made within the period.
        let by = |kind: StatementKind, timely: Option<bool>| -> Vec<&str> {
            let mut members: Vec<&str> = record
                .statements
                .iter()
                .filter(|s| s.kind == kind && timely.is_none_or(|t| (s.at_seconds < period) == t))
                .map(|s| s.member.as_str())
                .collect();
            members.sort_by_key(|m| self.electorate.index.get(*m).copied());
            members.dedup();
            members
        };
        let objections = by(StatementKind::Objection, Some(true));
        let late = by(StatementKind::Objection, Some(false));
        let explanations = by(StatementKind::Explanation, None);
        let reservations = by(StatementKind::Reservation, None);
        let mut notes = Vec::new();
        if !explanations.is_empty() || !reservations.is_empty() {
            notes.push(Note {
                verdict: None,
                message: Message::new("consensus-statements")
                    .arg("explanations", explanations.len() as u64)
                    .arg("explained-by", list(&explanations))
                    .arg("reservations", reservations.len() as u64)
                    .arg("reserved-by", list(&reservations)),
            });
        }
        if !late.is_empty() {
            notes.push(Note {
                verdict: None,
                message: Message::new("consensus-late-objections")
                    .arg("count", late.len() as u64)
                    .arg("members", list(&late)),
            });
        }
        let hours = u64::from(c.silence_hours);
        if objections.is_empty() {
            if record.elapsed_seconds >= period {
                let message = Message::new("consensus-adopted").arg("hours", hours);
                return (Verdict::Pass, message, notes, Vec::new());
            }
            let message = Message::new("consensus-running")
                .arg("hours", hours)
                .arg("elapsed-hours", record.elapsed_seconds / 3600);
            return (Verdict::Pending, message, notes, Vec::new());
        }
        let message = Message::new("consensus-objected")
            .arg("hours", hours)
            .arg("objections", objections.len() as u64)
            .arg("members", list(&objections));
        match &c.fallback {
            None => (Verdict::Fail, message.arg("fallback", "none"), notes, Vec::new()),
            Some(_) if self.positions.votes.is_empty() => {
                (Verdict::Pending, message.arg("fallback", "awaiting"), notes, Vec::new())
            }
            Some(fallback) => {
                let result = self.clause(fallback);
                (result.verdict, message.arg("fallback", "vote"), notes, vec![result])
            }
        }
    }
}

fn list(members: &[&str]) -> String {
    members.join(", ")
}
