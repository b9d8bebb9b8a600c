//! The background task that keeps every consultation's analysis fresh,
//! opens and closes consultations at their scheduled times, closes ballots
//! at their closing times (the tally is computed by `decide`), and keeps
//! the divide index fresh ([`crate::divide_index`]).
//!
//! **On a mirror** the task submits nothing (the hub opens, closes and
//! tallies; the mirror copies those entries): it still analyses and keeps
//! the divide index, which are derived from the log alone.
//!
//! **What an analysis covers is a function of the log alone.** The engine
//! updates on Pol.is's schedule: one poll each whole second (Unix time,
//! [`POLL_MS`]). The update of a poll at time `t` covers every entry whose
//! time is before `t`; since entry times never go backwards, that is a
//! prefix of the log, `0..log_size`, which the stored analysis records.
//! Anyone can recompute it from the public log with
//! `concord analyze --url URL --consultation ID --log-size N` and get the
//! same JSON. The task only decides *when* the server catches up: at each
//! tick it feeds the entries before the latest poll, and analyses each
//! consultation that received events since its last analysis.
//!
//! **One node at a time.** The task takes a lease in the database
//! (`task_leases`) before each tick; on several nodes, one computes and the
//! others wait, taking over when its lease lapses. The work is idempotent:
//! an analysis of a longer prefix replaces a shorter one, never the reverse.
//!
//! **Memory.** The votes of a consultation are held only while it may still
//! change: once a closed consultation's analysis covers its last event, its
//! votes are dropped and its later entries skipped. If one is reopened, the
//! task reads the log again from the start (a rare event), so an analysis is
//! always of every vote.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use domain::authz::Caller;
use domain::consultation::ConsultationEvent;
use domain::consultation::analysis::ConsultationLog;
use domain::decision::DecisionCommand;
use domain::{Command, Envelope, Event, Timestamp};
use store::consultation::StoredAnalysis;
use store::{Store, StoreError};

pub use domain::consultation::analysis::POLL_MS;

/// The name of the task's lease.
const LEASE: &str = "consultation-analysis";

/// How long a lease lasts without renewal.
const LEASE_MS: i64 = 30_000;

/// Entries read per query while catching up.
const CHUNK: u64 = 4_096;

/// The seed of the engine's random choices (as `concord analyze`'s default).
pub const SEED: u64 = 0;

/// A name for this node in the lease table: the process and a random
/// suffix, so two nodes on one machine differ.
pub fn holder_name() -> String {
    let mut bytes = [0u8; 4];
    let _ = getrandom::fill(&mut bytes);
    format!("node-{}-{}", std::process::id(), hex::encode(bytes))
}

/// The task's memory: how far it has read, and each consultation's votes.
pub struct Analyst {
    store: Store,
    holder: String,
    /// The log is read up to here (exclusive).
    position: u64,
    /// Entries every consultation's analysis needs (member states and their
    /// regional groups), replayed into each new consultation's log.
    shared: Vec<Envelope>,
    consultations: BTreeMap<u64, Tracked>,
    /// Closed consultations whose final analysis is stored: their votes
    /// are no longer held.
    finished: BTreeSet<u64>,
    /// A finished consultation was reopened: read the log again.
    reread: bool,
    /// The divide index's inputs.
    divide: crate::divide_index::DivideIndexer,
}

struct Tracked {
    log: ConsultationLog,
    /// Events arrived since the last analysis.
    dirty: bool,
    /// Closed as of the entries fed (no vote can follow until a reopening).
    closed: bool,
}

impl Analyst {
    /// A task for `store`, which names itself `holder` in the lease table.
    pub fn new(store: Store, holder: String) -> Analyst {
        Analyst {
            store,
            holder,
            position: 0,
            shared: Vec::new(),
            consultations: BTreeMap::new(),
            finished: BTreeSet::new(),
            reread: false,
            divide: Default::default(),
        }
    }

    /// How many consultations' votes the task holds in memory.
    pub fn held(&self) -> usize {
        self.consultations.len()
    }

    /// Runs a tick every `period` until the store is dropped.
    pub fn spawn(self, period: Duration) -> tokio::task::JoinHandle<()> {
        let mut analyst = self;
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(period);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                if let Err(err) = analyst.tick(Timestamp::now()).await {
                    tracing::warn!(error = %err, "the consultation analysis task failed; will retry");
                }
            }
        })
    }

    /// One round at time `now`: scheduled openings and closings, then the
    /// analyses of what changed before the latest poll. Returns the
    /// consultations analysed.
    pub async fn tick(&mut self, now: Timestamp) -> Result<Vec<u64>, StoreError> {
        if !self.store.claim_lease(LEASE, &self.holder, LEASE_MS).await? {
            return Ok(Vec::new());
        }
        if !self.store.is_mirror() {
            self.run_schedule(now).await?;
        }
        let poll = now.unix_millis().div_euclid(POLL_MS) * POLL_MS;
        self.catch_up(poll).await?;
        let mut analysed = Vec::new();
        let ids: Vec<u64> = self.consultations.iter().filter(|(_, t)| t.dirty).map(|(id, _)| *id).collect();
        for id in ids {
            self.analyse(id).await?;
            analysed.push(id);
        }
        self.divide.refresh(&self.store).await?;
        Ok(analysed)
    }

    /// Submits the openings and closings that are due: consultations', and
    /// ballots' closings (with their tally).
    async fn run_schedule(&self, now: Timestamp) -> Result<(), StoreError> {
        let schedules = self.store.consultation_schedules().await?;
        let consultations = domain::consultation::due(schedules, now).into_iter().map(Command::Consultation);
        let ballots = self.store.ballots_due(now.unix_millis()).await?.into_iter();
        let ballots = ballots.map(|ballot| Command::Decision(DecisionCommand::CloseBallot { ballot }));
        for command in consultations.chain(ballots) {
            match self.store.submit(Caller::system(), command).await {
                // Another node, or a person, got there first.
                Ok(_) | Err(StoreError::Rejected(_)) => {}
                Err(err) => return Err(err),
            }
        }
        Ok(())
    }

    /// Feeds every entry before `poll` (Unix ms) that has not been fed.
    async fn catch_up(&mut self, poll: i64) -> Result<(), StoreError> {
        let (size, _) = self.store.log_sizes().await?;
        while self.position < size {
            let entries = self.store.entries(self.position, size.min(self.position + CHUNK)).await?;
            if entries.is_empty() {
                break;
            }
            for entry in entries {
                let envelope = Envelope::decode(&entry.bytes)
                    .map_err(|err| StoreError::Inconsistent(format!("entry {}: {err}", entry.index)))?;
                if envelope.time.unix_millis() >= poll {
                    return Ok(());
                }
                self.feed(&envelope);
                self.position = entry.index + 1;
                if self.reread {
                    self.forget_all();
                    break;
                }
            }
        }
        Ok(())
    }

    /// Starts again from the first entry.
    fn forget_all(&mut self) {
        self.position = 0;
        self.shared.clear();
        self.consultations.clear();
        self.finished.clear();
        self.reread = false;
        self.divide.forget();
    }

    fn feed(&mut self, envelope: &Envelope) {
        self.divide.feed(envelope);
        match &envelope.event {
            Event::Consultation(event) => {
                let id = event.consultation();
                if self.finished.contains(&id) {
                    self.reread |= matches!(event, ConsultationEvent::Reopened(_));
                    return;
                }
                let shared = &self.shared;
                let tracked = self.consultations.entry(id).or_insert_with(|| {
                    let mut log = ConsultationLog::new(id);
                    for earlier in shared {
                        log.push(earlier);
                    }
                    Tracked { log, dirty: false, closed: false }
                });
                tracked.log.push(envelope);
                tracked.dirty = true;
                match event {
                    ConsultationEvent::Closed(_) | ConsultationEvent::ImportFinished(_) => tracked.closed = true,
                    ConsultationEvent::Reopened(_) => tracked.closed = false,
                    _ => {}
                }
            }
            Event::MemberAdmitted(_) => {
                for tracked in self.consultations.values_mut() {
                    tracked.log.push(envelope);
                }
                self.shared.push(envelope.clone());
            }
            _ => {}
        }
    }

    /// Analyses consultation `id` as of the position read, unless the stored
    /// analysis already covers its last event, and stores the result.
    async fn analyse(&mut self, id: u64) -> Result<(), StoreError> {
        let Some(mut tracked) = self.consultations.remove(&id) else { return Ok(()) };
        let log_size = self.position;
        let covered = self.store.analysed_log_size(id).await?.is_some_and(|size| size >= tracked.log.log_size());
        if covered {
            tracked.dirty = false;
            self.keep_unless_finished(id, tracked);
            return Ok(());
        }
        let closed = tracked.closed;
        let (log, result) = tokio::task::spawn_blocking(move || {
            let result = tracked.log.analyze(SEED);
            (tracked.log, result)
        })
        .await
        .map_err(|err| StoreError::Inconsistent(format!("the analysis of consultation {id} stopped: {err}")))?;
        let tracked = Tracked { log, dirty: false, closed };
        let mut report = match result {
            Ok(report) => report,
            Err(err) => {
                tracing::warn!(consultation = id, error = %err, "the consultation could not be analysed");
                self.consultations.insert(id, tracked);
                return Ok(());
            }
        };
        report.log_size = log_size;
        let stored = StoredAnalysis {
            log_size,
            engine: report.engine.clone(),
            computed_ms: Timestamp::now().unix_millis(),
            report: serde_json::to_string(&report)
                .map_err(|err| StoreError::Inconsistent(format!("the analysis does not serialize: {err}")))?,
        };
        self.store.store_analysis(id, &stored).await?;
        self.keep_unless_finished(id, tracked);
        Ok(())
    }

    /// Keeps a consultation's votes, unless it is closed (its analysis is
    /// then final until a reopening).
    fn keep_unless_finished(&mut self, id: u64, tracked: Tracked) {
        if tracked.closed {
            self.finished.insert(id);
        } else {
            self.consultations.insert(id, tracked);
        }
    }
}
