//! One consultation's statements and votes, gathered from the log entry by
//! entry, and the analysis of them.

use std::collections::{BTreeMap, HashMap};

use consensus::{Export, Moderation, Vote, VoteLog};

use super::{AnalysisReport, constituencies, engine};
use crate::consultation::{Constituency, ConsultationEvent, StatementStatus, Verdict};
use crate::envelope::Envelope;
use crate::event::Event;
use crate::member::{Iso3, RegionalGroup};

/// What the analysis of one consultation needs from the log, fed entry by
/// entry in log order ([`ConsultationLog::push`]): the statements' moderation,
/// every vote with its time, voter and constituency, and the regional group
/// of each member state (from `member.admitted`). Entries about other
/// consultations are skipped, so the whole log can be fed.
#[derive(Debug, Clone)]
pub struct ConsultationLog {
    id: u64,
    created: bool,
    log_size: u64,
    pub(super) regional_groups: BTreeMap<Iso3, RegionalGroup>,
    /// Statement `n` is at `n - 1`.
    pub(super) statements: Vec<StatementState>,
    /// The voters' actors, by voter index (in order of first vote in the log).
    pub(super) voters: Vec<String>,
    voter_index: HashMap<String, u32>,
    /// The constituencies votes spoke for, by index.
    pub(super) constituencies: Vec<Constituency>,
    constituency_index: HashMap<Constituency, u32>,
    /// Every vote, in log order.
    pub(super) votes: Vec<LoggedVote>,
    /// The export's comment id of each imported statement, by number.
    pub(super) polis_ids: BTreeMap<u64, u64>,
}

/// The constituency index of an imported vote: its voter is a participant
/// of the export, who speaks for no constituency of the platform.
pub(super) const NO_CONSTITUENCY: u32 = u32::MAX;

/// A statement's moderation, as the log last set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct StatementState {
    pub status: StatementStatus,
    pub meta: bool,
}

impl StatementState {
    /// Shown and voted on as an opinion (approved and not meta): a row of
    /// the constituency table.
    pub fn is_opinion(self) -> bool {
        self.status == StatementStatus::Approved && !self.meta
    }
}

/// One `consultation.voted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct LoggedVote {
    /// Unix milliseconds: the vote's original time, else its entry's.
    pub time: i64,
    pub voter: u32,
    /// The statement's number minus one.
    pub statement: u32,
    /// 1 agree, -1 disagree, 0 pass.
    pub value: i8,
    /// Index into the constituencies, or [`NO_CONSTITUENCY`].
    pub constituency: u32,
}

impl ConsultationLog {
    /// An empty gathering for consultation `id`.
    pub fn new(id: u64) -> ConsultationLog {
        ConsultationLog {
            id,
            created: false,
            log_size: 0,
            regional_groups: BTreeMap::new(),
            statements: Vec::new(),
            voters: Vec::new(),
            voter_index: HashMap::new(),
            constituencies: Vec::new(),
            constituency_index: HashMap::new(),
            votes: Vec::new(),
            polis_ids: BTreeMap::new(),
        }
    }

    /// The consultation gathered.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Whether the log fed so far created the consultation.
    pub fn exists(&self) -> bool {
        self.created
    }

    /// The entries fed so far cover the log's `0..log_size`.
    pub fn log_size(&self) -> u64 {
        self.log_size
    }

    /// Votes gathered so far (each change of a vote counts).
    pub fn votes(&self) -> usize {
        self.votes.len()
    }

    /// Takes one entry of the log, in log order. A vote on a statement the
    /// log has not added (which a valid log never holds) is ignored.
    pub fn push(&mut self, envelope: &Envelope) {
        self.log_size = self.log_size.max(envelope.index.saturating_add(1));
        match &envelope.event {
            Event::MemberAdmitted(member) => {
                if let Some(group) = member.regional_group {
                    self.regional_groups.insert(member.iso3, group);
                }
            }
            Event::Consultation(event) if event.consultation() == self.id => self.consultation_event(event, envelope),
            _ => {}
        }
    }

    fn consultation_event(&mut self, event: &ConsultationEvent, envelope: &Envelope) {
        match event {
            ConsultationEvent::Created(_) => self.created = true,
            ConsultationEvent::StatementAdded(added) => {
                if added.statement == self.statements.len() as u64 + 1 {
                    self.statements.push(StatementState { status: added.status, meta: false });
                }
            }
            ConsultationEvent::StatementModerated(moderated) => {
                if let Some(statement) = self.statement_index(moderated.statement) {
                    self.statements[statement as usize] = match moderated.verdict {
                        Verdict::Approve => StatementState { status: StatementStatus::Approved, meta: false },
                        Verdict::Reject => StatementState { status: StatementStatus::Rejected, meta: false },
                        Verdict::Meta => StatementState { status: StatementStatus::Approved, meta: true },
                    };
                }
            }
            ConsultationEvent::Voted(voted) => {
                let Some(statement) = self.statement_index(voted.statement) else {
                    return;
                };
                let Some(voter) = intern(&mut self.voters, &mut self.voter_index, envelope.actor.as_str()) else {
                    return;
                };
                let Some(constituency) =
                    intern(&mut self.constituencies, &mut self.constituency_index, &voted.constituency)
                else {
                    return;
                };
                self.votes.push(LoggedVote {
                    time: voted.original_time.unwrap_or(envelope.time).unix_millis(),
                    voter,
                    statement,
                    value: voted.choice.value(),
                    constituency,
                });
            }
            ConsultationEvent::StatementImported(imported) => {
                if imported.statement == self.statements.len() as u64 + 1 {
                    self.statements.push(StatementState { status: imported.status, meta: false });
                    self.polis_ids.insert(imported.statement, imported.polis_id);
                }
            }
            ConsultationEvent::VoteImported(voted) => {
                // Named by the export's participant id: imported
                // consultations take no other votes, so these names never
                // meet the platform's handles and pseudonyms.
                let Some(statement) = self.statement_index(voted.statement) else {
                    return;
                };
                let Some(voter) = intern(&mut self.voters, &mut self.voter_index, voted.participant.as_str()) else {
                    return;
                };
                self.votes.push(LoggedVote {
                    time: voted.time.unix_millis(),
                    voter,
                    statement,
                    value: voted.choice.value(),
                    constituency: NO_CONSTITUENCY,
                });
            }
            ConsultationEvent::Opened(_)
            | ConsultationEvent::ImportStarted(_)
            | ConsultationEvent::ImportFinished(_)
            | ConsultationEvent::Closed(_)
            | ConsultationEvent::Reopened(_)
            | ConsultationEvent::StatementTranslated(_)
            | ConsultationEvent::StatementFlagged(_) => {}
        }
    }

    /// The index of statement `number`, if it was added.
    fn statement_index(&self, number: u64) -> Option<u32> {
        let index = u32::try_from(number.checked_sub(1)?).ok()?;
        ((index as usize) < self.statements.len()).then_some(index)
    }

    /// The positions of the votes in time order (stable: log order among
    /// equal times), the order in which a Pol.is export lists them.
    pub(super) fn time_order(&self) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.votes.len() as u32).collect();
        if !self.votes.windows(2).all(|w| w[0].time <= w[1].time) {
            order.sort_by_key(|&i| self.votes[i as usize].time);
        }
        order
    }

    /// The consultation as a Pol.is export with its history: what
    /// `concord analyze` reads from an export folder whose `votes.csv` lists
    /// these votes (timestamp, statement number, actor, value) and whose
    /// `comments.csv` lists every statement in number order, rejected ones
    /// moderated out. Participants and statements are indexed in the order
    /// of their first vote in time, statements without votes after in
    /// number order; meta statements are marked as such.
    pub fn export(&self) -> Export {
        let mut participant_of = vec![u32::MAX; self.voters.len()];
        let mut statement_of = vec![u32::MAX; self.statements.len()];
        let (mut participants, mut statements) = (Vec::new(), Vec::new());
        let mut votes = VoteLog::default();
        let first_seen = |map: &mut [u32], ids: &mut Vec<String>, at: u32, id: &dyn Fn() -> String| {
            let slot = &mut map[at as usize];
            if *slot == u32::MAX {
                *slot = ids.len() as u32;
                ids.push(id());
            }
            *slot
        };
        for i in self.time_order() {
            let v = self.votes[i as usize];
            let participant =
                first_seen(&mut participant_of, &mut participants, v.voter, &|| self.voters[v.voter as usize].clone());
            let statement = first_seen(&mut statement_of, &mut statements, v.statement, &|| {
                (u64::from(v.statement) + 1).to_string()
            });
            votes.push(v.time, Vote { participant, statement, value: v.value });
        }
        for s in 0..self.statements.len() as u32 {
            first_seen(&mut statement_of, &mut statements, s, &|| (u64::from(s) + 1).to_string());
        }
        let mut moderation =
            Moderation { out: vec![false; self.statements.len()], meta: vec![false; self.statements.len()] };
        for (s, state) in self.statements.iter().enumerate() {
            let index = statement_of[s] as usize;
            moderation.out[index] = state.status == StatementStatus::Rejected;
            moderation.meta[index] = state.meta;
        }
        Export {
            polis_groups: vec![None; participants.len()],
            participants,
            listed_statements: statements.len(),
            statements,
            votes,
            moderation,
            has_history: true,
            texts: Vec::new(),
        }
    }

    /// The analysis of the votes gathered so far, as `concord analyze` makes
    /// it by default of an export with its history (see
    /// [`ConsultationLog::export`]), with the constituencies and the map.
    /// Deterministic: the same entries and seed give the same report, to
    /// the bit.
    pub fn analyze(&self, seed: u64) -> Result<AnalysisReport, consensus::Error> {
        let export = self.export();
        let (participants, statements) = (export.participants.len(), export.statements.len());
        let run = engine::run(export, seed)?;
        let sections = engine::sections(&run.statements, &run.participants, &run.analysis, &run.bridging);
        Ok(AnalysisReport {
            participants,
            statements,
            votes: self.votes.len(),
            mode: "one-shot".to_owned(),
            participation: "history".to_owned(),
            clustered: run.analysis.in_conv.len(),
            groups: sections.groups,
            consensus: sections.consensus,
            group_informed_consensus: sections.group_informed_consensus,
            bridging: sections.bridging,
            polis: None,
            warnings: run.analysis.warnings.clone(),
            log_size: self.log_size,
            engine: format!("concord-consensus/{}", consensus::VERSION),
            constituencies: constituencies::report(self),
            map: engine::map(&run.analysis),
            priorities: engine::priorities(&run.statements, &run.analysis),
            polis_ids: self.polis_ids.iter().map(|(number, polis)| (number.to_string(), *polis)).collect(),
        })
    }
}

/// The index of `key` in `names`, added if new; `None` past `u32` indexes.
fn intern<K, Q>(names: &mut Vec<K>, index: &mut HashMap<K, u32>, key: &Q) -> Option<u32>
where
    K: std::hash::Hash + Eq + Clone + std::borrow::Borrow<Q>,
    Q: std::hash::Hash + Eq + ToOwned<Owned = K> + ?Sized,
{
    if let Some(&i) = index.get(key) {
        return Some(i);
    }
    let i = u32::try_from(names.len()).ok()?;
    names.push(key.to_owned());
    index.insert(key.to_owned(), i);
    Some(i)
}
