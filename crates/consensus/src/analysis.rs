//! The whole Pol.is pipeline: who is clustered, PCA, base clusters, opinion
//! groups and their statistics, in two modes.
//!
//! - **One-shot** ([`analyze`]): everything is computed once from the final
//!   votes. Pol.is never does this; it updates its state as votes arrive, so
//!   its groups depend on the order of the votes. The one-shot mode replaces
//!   the history with deterministic, well-spread starts: PCA from seeded
//!   random vectors iterated to convergence, base clusters from a
//!   farthest-first split (Pol.is's own `most-distal` rule from
//!   `clean-start-clusters`, begun from one cluster holding everyone), and
//!   for each number of groups the best of several k-means starts (Pol.is's
//!   `init-clusters`, farthest-first and seeded k-means++), judged by the
//!   weighted within-group sum of squares. `concord analyze` uses this mode:
//!   it needs only the final votes (`participants-votes.csv` has no history),
//!   it is order-independent and it is what scales to millions of votes.
//! - **History replay** ([`replay`]): the votes are fed in timestamp order in
//!   windows, and each window runs one Pol.is update
//!   (`conversation.clj`, `small-conv-update-graph`): PCA warm-started from
//!   the previous components, `in-conv` only ever grows, base clusters and
//!   each candidate group clustering start from the previous update's
//!   (`clean-start-clusters`), group k-means runs at most 20 steps (Pol.is
//!   passes `:cluster-iters`, which `kmeans` ignores, so its default
//!   `:max-iters 20` applies), and the number of groups changes only after
//!   the same new k has won the silhouette `group_k_buffer` (4) updates in a
//!   row (`:group-k-smoother`). Priorities use the previous update's group
//!   votes, as `:comment-priorities` does (it reads `(:group-votes conv)`).
//!
//! Pol.is quirks, and what this crate does about them:
//! - Moderated-out statements are zeroed for *everyone*
//!   (`zero-out-columns`), so they count as votes in the projection's
//!   scaling: kept, in both modes (the fixture's projections need it).
//! - `repness-test` is rounded to a 32-bit float before ranking: kept.
//! - `beats-best-agr?` can pick a "best agree" statement that
//!   `finalize-cmt-stats` then labels disagree: kept.
//! - Group-informed consensus counts the raw votes, moderated-out statements
//!   included: kept (and `concord analyze` lists them).
//! - Group k-means ignores `:group-iters` and stops after 20 steps: kept in
//!   replay; one-shot runs up to `group_iters` (100) from several starts.
//! - Priorities read the previous update's group votes: kept in replay;
//!   one-shot uses the current ones (the fixture, a settled state, matches
//!   both).
//! - `same-clustering?` zips centre lists of different lengths: here a change
//!   in the number of clusters never counts as converged.
//! - Ties that Pol.is breaks by hash-map order (nearest centre, the `in-conv`
//!   top-up, base-cluster order) go to the lower index here; ties between
//!   silhouettes go to the larger k, as `max-key` does.
//! - `safe-rowname-subset` ignores its own filtering; harmless because
//!   `in-conv` only grows, so it is not reproduced.

use std::collections::BTreeMap;
use std::time::Instant;

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::group_by::group_by_key;
use crate::kmeans::{self, Cluster};
use crate::matrix::{Vote, VoteMatrix};
use crate::pca::{self, Columns, Pca, PcaConfig};
use crate::rng::SplitMix64;
use crate::stats::{self, Consensus, Counts, RepStatement};

/// Statements taken out by moderation. Pol.is zeroes moderated-out and meta
/// statements in the rating matrix (`mod-update`, `zero-out-columns`); meta
/// statements also get a fixed priority.
#[derive(Debug, Clone, Default)]
pub struct Moderation {
    /// `out[s]`: statement `s` was rejected (or is meta). Missing entries
    /// count as false.
    pub out: Vec<bool>,
    /// `meta[s]`: statement `s` is a meta statement. Missing entries count as
    /// false.
    pub meta: Vec<bool>,
}

impl Moderation {
    fn out_or_meta(&self, n: usize) -> Vec<bool> {
        (0..n)
            .map(|s| self.out.get(s).copied().unwrap_or(false) || self.meta.get(s).copied().unwrap_or(false))
            .collect()
    }
}

/// Settings of the pipeline; the defaults are Pol.is's
/// (`conversation.clj`, `base-conv-update-graph` `:opts'`).
#[derive(Debug, Clone)]
pub struct Config {
    /// Seed of every random choice (PCA start vectors, k-means++ starts).
    pub seed: u64,
    /// Most power iterations per update (`:pca-iters`, 100).
    pub pca_iters: usize,
    /// Power iteration stops once no coordinate moves more than this.
    pub pca_tolerance: f64,
    /// Number of base clusters (`:base-k`, 100).
    pub base_k: usize,
    /// Most k-means steps for base clusters (`:base-iters`, 100).
    pub base_iters: usize,
    /// Largest number of groups (`:max-k`, 5).
    pub max_groups: usize,
    /// Most k-means steps for groups in one-shot mode (replay uses Pol.is's
    /// effective 20).
    pub group_iters: usize,
    /// Seeded k-means++ starts per k in one-shot mode, besides Pol.is's
    /// `init-clusters` start and a farthest-first start.
    pub group_starts: usize,
    /// Votes needed to be clustered, capped by the number of statements
    /// (`in-conv`: 7).
    pub min_votes: usize,
    /// Participants to reach by taking the most active voters when too few
    /// qualify (`in-conv`: `greedy-n` 15).
    pub greedy_n: usize,
    /// Updates a new best k must win in a row before the number of groups
    /// changes, in replay mode (`:group-k-buffer`, 4).
    pub group_k_buffer: usize,
    /// How one-shot mode starts the base clusters.
    pub base_start: BaseStart,
    /// One-shot mode: the participants to cluster when the history is
    /// known ([`participation`]); `None`: Pol.is's rule on the final votes.
    pub in_conv: Option<Vec<u32>>,
}

/// How one-shot mode starts the k-means of the base clusters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseStart {
    /// Farthest-first from the mean (Pol.is's `most-distal` splitting).
    FarthestFirst,
    /// The first `base_k` distinct positions in participant order (Pol.is's
    /// `init-clusters`, what its first update does).
    FirstDistinct,
    /// Seeded k-means++.
    PlusPlus,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            seed: 0,
            pca_iters: 100,
            pca_tolerance: 1e-10,
            base_k: 100,
            base_iters: 100,
            max_groups: 5,
            group_iters: 100,
            group_starts: 16,
            min_votes: 7,
            greedy_n: 15,
            group_k_buffer: 4,
            base_start: BaseStart::FarthestFirst,
            in_conv: None,
        }
    }
}

impl Config {
    fn check(&self) -> Result<()> {
        if self.base_k == 0 {
            return Err(Error::Config("base_k must be at least 1".into()));
        }
        if self.max_groups < 2 {
            return Err(Error::Config("max_groups must be at least 2".into()));
        }
        Ok(())
    }
}

/// An opinion group.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The group's id (0, 1, ...).
    pub id: u32,
    /// Ids of the base clusters that make up the group.
    pub base_clusters: Vec<u32>,
    /// Participant indexes, increasing.
    pub members: Vec<u32>,
    /// Weighted centre of the group in the PCA plane.
    pub center: [f64; 2],
}

/// The statistics Pol.is derives from a grouping.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupStatistics {
    /// Vote counts per group and statement, `[group][statement]`, raw votes.
    pub counts: Vec<Vec<Counts>>,
    /// Representative statements per group (same order as the groups).
    pub representative: Vec<Vec<RepStatement>>,
    /// Consensus over all participants.
    pub consensus: Consensus,
    /// Group-informed consensus per statement (`None` without votes).
    pub group_aware_consensus: Vec<Option<f64>>,
    /// Pol.is's priority per statement (`None` without votes).
    pub priorities: Vec<Option<f64>>,
}

/// Everything the pipeline computed.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Column means and components.
    pub pca: Pca,
    /// Every participant's position in the PCA plane.
    pub projections: Vec<[f64; 2]>,
    /// Each statement's extremity (length of its projection).
    pub extremity: Vec<f64>,
    /// Participants that were clustered (Pol.is's `in-conv`), increasing.
    pub in_conv: Vec<u32>,
    /// Base clusters; members are participant indexes.
    pub base_clusters: Vec<Cluster>,
    /// The opinion groups (empty when the conversation is too small).
    pub groups: Vec<Group>,
    /// Silhouette of the clustering tried for each number of groups.
    pub silhouettes: Vec<(usize, f64)>,
    /// Representativeness, consensus and priorities.
    pub statistics: GroupStatistics,
    /// Why there are no groups, when there are none.
    pub warnings: Vec<String>,
    /// Wall time of each phase in milliseconds, in order.
    pub timings_ms: Vec<(&'static str, f64)>,
}

/// Pol.is's `in-conv` (`conversation.clj`, `:in-conv`, the same rule since
/// mid-2014): participants with at least `min(7, n-cmts)` votes, where
/// `n-cmts` counts the statements with a vote (moderated-out ones included)
/// and votes include passes, topped up to 15 with the most active voters
/// (ties to the earlier row, `rank`; Pol.is's order there is a hash map's).
/// `already` holds earlier members (replay: once in, always in).
fn in_conv(m: &VoteMatrix, n_voted: usize, config: &Config, already: &mut Vec<bool>, rank: &[u32]) -> Vec<u32> {
    let n = m.n_participants() as usize;
    already.resize(n, false);
    let need = config.min_votes.min(n_voted);
    for (p, a) in already.iter_mut().enumerate() {
        let c = m.row_len(p as u32);
        if c > 0 && c >= need {
            *a = true;
        }
    }
    top_up(|p| m.row_len(p), config, already, rank);
    (0..n as u32).filter(|&p| already[p as usize]).collect()
}

/// The greedy top-up of `in-conv` to `greedy_n` participants with the most
/// votes (`votes_of`), ties to the earlier row.
fn top_up(votes_of: impl Fn(u32) -> usize, config: &Config, already: &mut [bool], rank: &[u32]) {
    let have = already.iter().filter(|&&x| x).count();
    if have < config.greedy_n {
        let mut rest: Vec<u32> =
            (0..already.len() as u32).filter(|&p| !already[p as usize] && votes_of(p) > 0).collect();
        rest.sort_by_key(|&p| (std::cmp::Reverse(votes_of(p)), rank.get(p as usize).copied().unwrap_or(p)));
        for p in rest.into_iter().take(config.greedy_n - have) {
            already[p as usize] = true;
        }
    }
}

/// The votes in the order Pol.is's worker takes them, cut into polls.
struct Polls {
    order: Vec<TimedVote>,
    /// End (exclusive) in `order` of each poll.
    ends: Vec<usize>,
    /// Row of each participant in Pol.is's matrix (`u32::MAX`: never voted).
    row_rank: Vec<u32>,
}

impl Polls {
    fn new(n_participants: u32, votes: &[TimedVote], replay: &ReplayConfig) -> Result<Self> {
        let every_ms = match replay.schedule {
            Schedule::Polls(ms) if ms <= 0 => {
                return Err(Error::Config("the poll interval must be positive".into()));
            }
            Schedule::Polls(ms) => Some(ms),
            Schedule::Once => None,
        };
        let poll = |v: &TimedVote| every_ms.map_or(0, |ms| v.time.div_euclid(ms));
        let tid = |s: u32| replay.statement_ids.get(s as usize).copied().unwrap_or(i64::from(s));
        let pid = |p: u32| replay.participant_ids.get(p as usize).copied().unwrap_or(i64::from(p));
        // By poll, then as Pol.is's query orders a poll: tid, pid, created.
        let mut order: Vec<TimedVote> = votes.to_vec();
        if !order.windows(2).all(|w| w[0].time <= w[1].time) {
            order.sort_by_key(|v| v.time);
        }
        let mut ends: Vec<usize> = (1..order.len()).filter(|&i| poll(&order[i]) != poll(&order[i - 1])).collect();
        ends.push(order.len());
        let mut start = 0;
        for &end in &ends {
            order[start..end].sort_by_key(|v| (tid(v.vote.statement), pid(v.vote.participant), v.time));
            start = end;
        }
        let mut row_rank = vec![u32::MAX; n_participants as usize];
        let mut next = 0;
        for v in &order {
            if let Some(r) = row_rank.get_mut(v.vote.participant as usize)
                && *r == u32::MAX
            {
                *r = next;
                next += 1;
            }
        }
        Ok(Polls { order, ends, row_rank })
    }
}

/// Pol.is's `in-conv` at the end of the vote history, update by update on
/// the schedule of `replay`, without the rest of the math: the participants
/// Pol.is's live server clusters. Because `in-conv` only grows and the
/// threshold is `min(7, n-cmts)`, participants who voted on every statement
/// while fewer than seven had votes stay in with fewer than seven votes.
pub fn participation(
    n_participants: u32,
    votes: &[TimedVote],
    config: &Config,
    replay: &ReplayConfig,
) -> Result<Vec<u32>> {
    let polls = Polls::new(n_participants, votes, replay)?;
    let n = n_participants as usize;
    let order = &polls.order;
    if let Some(v) = order.iter().find(|v| v.vote.participant >= n_participants) {
        return Err(Error::IndexOutOfRange { what: "participant", index: v.vote.participant, len: n_participants });
    }
    if u32::try_from(order.len()).is_err() {
        return Err(Error::TooLarge { what: "votes", max: u32::MAX as u64 });
    }
    // The first vote on each (participant, statement) cell: the votes that
    // raise a participant's count. Grouped by participant on every core.
    let (ptr, perm) = group_by_key(order.len(), n, |i| order[i].vote.participant);
    let firsts: Vec<Vec<u32>> = (0..n)
        .into_par_iter()
        .with_min_len(1024)
        .map(|p| {
            let mut cells: Vec<(u32, u32)> =
                perm[ptr[p]..ptr[p + 1]].iter().map(|&i| (order[i as usize].vote.statement, i)).collect();
            cells.sort_unstable();
            cells.dedup_by_key(|c| c.0);
            cells.into_iter().map(|c| c.1).collect()
        })
        .collect();
    drop(perm);
    let mut first = vec![false; order.len()];
    for i in firsts.into_iter().flatten() {
        first[i as usize] = true;
    }
    let mut count = vec![0usize; n];
    let mut statement_voted: Vec<bool> = Vec::new();
    let mut n_voted = 0;
    let mut already = vec![false; n];
    let mut have = 0;
    let mut start = 0;
    for &end in &polls.ends {
        let batch = &order[start..end];
        for (k, v) in batch.iter().enumerate() {
            let (p, s) = (v.vote.participant, v.vote.statement);
            if first[start + k] {
                count[p as usize] += 1;
            }
            if statement_voted.len() <= s as usize {
                statement_voted.resize(s as usize + 1, false);
            }
            if !std::mem::replace(&mut statement_voted[s as usize], true) {
                n_voted += 1;
            }
        }
        // The threshold only rises, so only this poll's voters can qualify.
        let need = config.min_votes.min(n_voted);
        for v in batch {
            let p = v.vote.participant as usize;
            if count[p] > 0 && count[p] >= need && !already[p] {
                already[p] = true;
                have += 1;
            }
        }
        if have < config.greedy_n {
            top_up(|p| count[p as usize], config, &mut already, &polls.row_rank);
            have = already.iter().filter(|&&x| x).count();
        }
        start = end;
    }
    Ok((0..n_participants).filter(|&p| already[p as usize]).collect())
}

/// Pol.is's `max-k-fn`: `min(max_groups, 2 + bases / 12)`.
fn max_k(n_bases: usize, max_groups: usize) -> usize {
    max_groups.min(2 + n_bases / 12)
}

/// The group of each participant (`u32::MAX`: none).
fn group_of(m: &VoteMatrix, groups: &[Vec<u32>]) -> Vec<u32> {
    let mut group_of = vec![u32::MAX; m.n_participants() as usize];
    for (g, members) in groups.iter().enumerate() {
        for &p in members {
            if let Some(x) = group_of.get_mut(p as usize) {
                *x = g as u32;
            }
        }
    }
    group_of
}

/// The statistics for a given grouping: `groups[g]` lists the participants
/// of group `g`. This is what the parity tests feed Pol.is's own groups into.
pub fn group_statistics(
    m: &VoteMatrix,
    moderation: &Moderation,
    groups: &[Vec<u32>],
    extremity: &[f64],
) -> GroupStatistics {
    let n = m.n_statements() as usize;
    let counts = stats::group_counts(m, &group_of(m, groups), groups.len());
    let voted: Vec<bool> = (0..n as u32).map(|s| m.col_len(s) > 0).collect();
    let out = moderation.out_or_meta(n);
    let skip: Vec<bool> = (0..n).map(|s| out[s] || !voted[s]).collect();
    let representative = stats::representative(&counts, &skip);
    let consensus = stats::consensus(m, &skip);
    let group_aware_consensus = stats::group_aware_consensus(&counts, &voted);
    let priorities = stats::priorities(&counts, &voted, &moderation.meta, extremity);
    GroupStatistics { counts, representative, consensus, group_aware_consensus, priorities }
}

struct Timer(Instant, Vec<(&'static str, f64)>);

impl Timer {
    fn lap(&mut self, phase: &'static str) {
        let now = Instant::now();
        self.1.push((phase, (now - self.0).as_secs_f64() * 1000.0));
        self.0 = now;
    }
}

/// Groups from group clusters whose members are base-cluster indexes.
fn groups_from(bases: &[Cluster], clusters: &[Cluster], renumber: bool) -> Vec<Group> {
    let mut groups: Vec<Group> = clusters
        .iter()
        .map(|c| {
            let mut members: Vec<u32> =
                c.members.iter().flat_map(|&b| bases[b as usize].members.iter().copied()).collect();
            members.sort_unstable();
            Group {
                id: c.id,
                base_clusters: c.members.iter().map(|&b| bases[b as usize].id).collect(),
                members,
                center: c.center,
            }
        })
        .collect();
    if renumber {
        groups.sort_by(|a, b| b.members.len().cmp(&a.members.len()).then(a.members.first().cmp(&b.members.first())));
        for (i, g) in groups.iter_mut().enumerate() {
            g.id = i as u32;
        }
    }
    groups
}

/// Runs the one-shot pipeline on the final votes. See the module docs for
/// how it differs from Pol.is's incremental updates.
pub fn analyze(m: &VoteMatrix, moderation: &Moderation, config: &Config) -> Result<Analysis> {
    config.check()?;
    let mut t = Timer(Instant::now(), Vec::new());
    let out = moderation.out_or_meta(m.n_statements() as usize);
    let cols = Columns::new(m, &out);
    let pca_config = PcaConfig { max_iters: config.pca_iters, tolerance: config.pca_tolerance, seed: config.seed };
    let pca = pca::pca(m, &cols, None, &pca_config);
    t.lap("pca");
    let projections = pca::project_participants(m, &cols, &pca);
    let extremity = pca::statement_extremity(&cols, &pca);
    t.lap("projection");
    let in_conv = match &config.in_conv {
        Some(given) => {
            let mut list: Vec<u32> =
                given.iter().copied().filter(|&p| p < m.n_participants() && m.row_len(p) > 0).collect();
            list.sort_unstable();
            list.dedup();
            list
        }
        None => in_conv(m, cols.n_voted, config, &mut Vec::new(), &[]),
    };
    let points: Vec<[f64; 2]> = in_conv.iter().map(|&p| projections[p as usize]).collect();
    let start = match config.base_start {
        BaseStart::FarthestFirst => kmeans::init_farthest_first(&points, None, config.base_k),
        BaseStart::FirstDistinct => kmeans::init_first_distinct(&points, config.base_k),
        BaseStart::PlusPlus => {
            let mut rng = SplitMix64::new(config.seed ^ 0x6261_7365);
            kmeans::init_plus_plus(&points, None, config.base_k, &mut rng)
        }
    };
    let base = kmeans::lloyd(&points, None, start, config.base_iters);
    let base_clusters: Vec<Cluster> = base
        .into_iter()
        .map(|c| Cluster { members: c.members.iter().map(|&i| in_conv[i as usize]).collect(), ..c })
        .collect();
    t.lap("base_clusters");
    let mut warnings = Vec::new();
    let centers: Vec<[f64; 2]> = base_clusters.iter().map(|c| c.center).collect();
    let weights: Vec<f64> = base_clusters.iter().map(|c| c.members.len() as f64).collect();
    let mut silhouettes = Vec::new();
    let mut best: Option<(f64, Vec<Cluster>)> = None;
    if in_conv.len() < 2 || base_clusters.len() < 2 {
        warnings.push(format!(
            "too few participants to form opinion groups: {} clustered, {} distinct positions",
            in_conv.len(),
            base_clusters.len()
        ));
    } else {
        let mut rng = SplitMix64::new(config.seed ^ 0x6772_6F75_7073);
        for k in 2..=max_k(base_clusters.len(), config.max_groups) {
            let mut starts = vec![
                kmeans::init_first_distinct(&centers, k),
                kmeans::init_farthest_first(&centers, Some(&weights), k),
            ];
            for _ in 0..config.group_starts {
                starts.push(kmeans::init_plus_plus(&centers, Some(&weights), k, &mut rng));
            }
            let mut chosen: Option<(f64, Vec<Cluster>)> = None;
            for s in starts {
                let c = kmeans::lloyd(&centers, Some(&weights), s, config.group_iters);
                let e = kmeans::inertia(&centers, Some(&weights), &c);
                if chosen.as_ref().is_none_or(|(best, _)| e < *best - 1e-12) {
                    chosen = Some((e, c));
                }
            }
            let Some((_, clusters)) = chosen else {
                continue;
            };
            let sil = kmeans::silhouette(&centers, &clusters);
            silhouettes.push((k, sil));
            // Ties go to the larger k, like Pol.is's max-key.
            if best.as_ref().is_none_or(|(b, _)| sil >= *b) {
                best = Some((sil, clusters));
            }
        }
    }
    let groups = best.map(|(_, c)| groups_from(&base_clusters, &c, true)).unwrap_or_default();
    t.lap("groups");
    let members: Vec<Vec<u32>> = groups.iter().map(|g| g.members.clone()).collect();
    let statistics = group_statistics(m, moderation, &members, &extremity);
    t.lap("statistics");
    Ok(Analysis {
        pca,
        projections,
        extremity,
        in_conv,
        base_clusters,
        groups,
        silhouettes,
        statistics,
        warnings,
        timings_ms: t.1,
    })
}

/// A vote with the time it was cast (milliseconds, any epoch).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimedVote {
    /// When the vote was cast.
    pub time: i64,
    /// The vote.
    pub vote: Vote,
}

/// How [`replay`] cuts the vote history into updates: Pol.is's own
/// schedule.
///
/// Pol.is's math worker polls the `votes` table every second (`:poller
/// {:votes {:polling-interval 1000}}`, `math/src/polismath/components/config.clj`)
/// for votes `created` after the last one it saw, ordered by `zid, tid, pid,
/// created` (`poller.clj`, `postgres.clj`), and the conversation's actor
/// runs one `conv-update` on everything queued (`conv_man.clj`, `take-all!`):
/// one update per poll that found votes, with no threshold on the number of
/// votes or on time. Here a poll is every window of `poll_ms` of the votes'
/// timestamps (aligned to multiples of `poll_ms`), and within a poll the
/// votes are taken in Pol.is's order, which also decides the order in which
/// new participants become rows of the matrix, and so the cold starts of
/// k-means.
///
/// What cannot be replayed from an export: polls that arrive while an update
/// is still running are merged into the next update (the export does not say
/// how long updates took), and the worker's restarts (every 4 hours since
/// `math/bin/run`), which reset the k smoother and the group clusterings.
#[derive(Debug, Clone)]
pub struct ReplayConfig {
    /// When the math runs.
    pub schedule: Schedule,
    /// Pol.is's `tid` of each statement index, which orders the votes of a
    /// poll; empty: the index.
    pub statement_ids: Vec<i64>,
    /// Pol.is's `pid` of each participant index; empty: the index.
    pub participant_ids: Vec<i64>,
}

/// When [`replay`] runs an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// One update per poll of this many milliseconds that found votes: the
    /// live Pol.is worker (1000).
    Polls(i64),
    /// One update on all the votes from a fresh state: what Pol.is computes
    /// for a conversation it holds no state for (its 2015 export recomputed
    /// the math this way for the date asked, `darwin/export.clj`).
    Once,
}

impl Default for ReplayConfig {
    fn default() -> Self {
        ReplayConfig { schedule: Schedule::Polls(1000), statement_ids: Vec::new(), participant_ids: Vec::new() }
    }
}

/// The state Pol.is carries from one update to the next.
#[derive(Debug, Default)]
struct State {
    comps: Option<[Vec<f64>; 2]>,
    in_conv: Vec<bool>,
    /// Members are participant indexes.
    base: Vec<Cluster>,
    /// Per k; members are base-cluster ids.
    group_clusterings: BTreeMap<usize, Vec<Cluster>>,
    last_k: Option<usize>,
    last_k_count: usize,
    smoothed_k: Option<usize>,
    last_counts: Option<Vec<Vec<Counts>>>,
    /// Row of each participant in Pol.is's matrix (order of arrival).
    row_rank: Vec<u32>,
}

/// Replays the vote history poll by poll (see [`ReplayConfig`]) and
/// returns the state after the last update. See the module docs.
pub fn replay(
    n_participants: u32,
    n_statements: u32,
    votes: &[TimedVote],
    moderation: &Moderation,
    config: &Config,
    replay: &ReplayConfig,
) -> Result<Analysis> {
    config.check()?;
    let Polls { order, ends, row_rank } = Polls::new(n_participants, votes, replay)?;
    let mut state = State { row_rank, ..State::default() };
    // Phase times summed over the updates.
    let mut total: Vec<(&'static str, f64)> = Vec::new();
    let mut result = None;
    for (k, &j) in ends.iter().enumerate() {
        let last = k + 1 == ends.len();
        let t = Instant::now();
        let plain: Vec<Vote> = order[..j].iter().map(|v| v.vote).collect();
        let m = VoteMatrix::from_votes(n_participants, n_statements, &plain)?;
        let matrix_ms = t.elapsed().as_secs_f64() * 1000.0;
        let mut a = update(&m, moderation, config, &mut state, last);
        for (phase, ms) in std::iter::once(("matrix", matrix_ms)).chain(a.timings_ms.iter().copied()) {
            match total.iter_mut().find(|(p, _)| *p == phase) {
                Some(entry) => entry.1 += ms,
                None => total.push((phase, ms)),
            }
        }
        if last {
            a.timings_ms = std::mem::take(&mut total);
            result = Some(a);
        }
    }
    // `ends` always holds at least one poll (possibly empty).
    result.ok_or_else(|| Error::Config("no update was run".into()))
}

/// One Pol.is update on the votes so far (`small-conv-update-graph`). The
/// statistics are computed in full only when `full`; otherwise only the
/// group vote counts that the next update's priorities read.
fn update(m: &VoteMatrix, moderation: &Moderation, config: &Config, st: &mut State, full: bool) -> Analysis {
    let mut t = Timer(Instant::now(), Vec::new());
    let out = moderation.out_or_meta(m.n_statements() as usize);
    let cols = Columns::new(m, &out);
    let pca_config = PcaConfig { max_iters: config.pca_iters, tolerance: config.pca_tolerance, seed: config.seed };
    let pca = pca::pca(m, &cols, st.comps.as_ref(), &pca_config);
    st.comps = Some(pca.comps.clone());
    t.lap("pca");
    let projections = pca::project_participants(m, &cols, &pca);
    let extremity = pca::statement_extremity(&cols, &pca);
    t.lap("projection");
    let in_conv = in_conv(m, cols.n_voted, config, &mut st.in_conv, &st.row_rank);
    // Clustered in the order of Pol.is's matrix rows.
    let mut rows = in_conv.clone();
    rows.sort_by_key(|&p| st.row_rank.get(p as usize).copied().unwrap_or(p));
    let points: Vec<[f64; 2]> = rows.iter().map(|&p| projections[p as usize]).collect();
    let mut pos = vec![u32::MAX; m.n_participants() as usize];
    for (i, &p) in rows.iter().enumerate() {
        pos[p as usize] = i as u32;
    }
    let last_base: Vec<Cluster> = st
        .base
        .iter()
        .map(|c| Cluster {
            members: c.members.iter().map(|&p| pos[p as usize]).filter(|&i| i != u32::MAX).collect(),
            ..c.clone()
        })
        .collect();
    let start = if last_base.is_empty() {
        kmeans::init_first_distinct(&points, config.base_k)
    } else {
        kmeans::clean_start(&points, None, &last_base, config.base_k)
    };
    let base = kmeans::lloyd(&points, None, start, config.base_iters);
    let base_clusters: Vec<Cluster> = base
        .into_iter()
        .map(|c| Cluster { members: c.members.iter().map(|&i| rows[i as usize]).collect(), ..c })
        .collect();
    st.base = base_clusters.clone();
    t.lap("base_clusters");
    let centers: Vec<[f64; 2]> = base_clusters.iter().map(|c| c.center).collect();
    let weights: Vec<f64> = base_clusters.iter().map(|c| c.members.len() as f64).collect();
    let base_pos: BTreeMap<u32, u32> = base_clusters.iter().enumerate().map(|(i, c)| (c.id, i as u32)).collect();
    let mut warnings = Vec::new();
    let mut silhouettes = Vec::new();
    let mut clusterings: BTreeMap<usize, Vec<Cluster>> = BTreeMap::new();
    if in_conv.len() < 2 || base_clusters.len() < 2 {
        warnings.push(format!(
            "too few participants to form opinion groups: {} clustered, {} distinct positions",
            in_conv.len(),
            base_clusters.len()
        ));
    } else {
        for k in 2..=max_k(base_clusters.len(), config.max_groups) {
            let start = match st.group_clusterings.get(&k) {
                Some(prev) => {
                    let prev: Vec<Cluster> = prev
                        .iter()
                        .map(|c| Cluster {
                            members: c.members.iter().filter_map(|b| base_pos.get(b).copied()).collect(),
                            ..c.clone()
                        })
                        .collect();
                    kmeans::clean_start(&centers, Some(&weights), &prev, k)
                }
                None => kmeans::init_first_distinct(&centers, k),
            };
            // Pol.is's effective group iterations: kmeans' default 20.
            let c = kmeans::lloyd(&centers, Some(&weights), start, 20);
            silhouettes.push((k, kmeans::silhouette(&centers, &c)));
            clusterings.insert(k, c);
        }
    }
    // :group-k-smoother
    let this_k = silhouettes
        .iter()
        .fold(None::<(usize, f64)>, |b, &(k, s)| match b {
            Some((_, bs)) if s < bs => b,
            _ => Some((k, s)),
        })
        .map(|(k, _)| k);
    let mut group_clusters: Vec<Cluster> = Vec::new();
    if let Some(this_k) = this_k {
        let same = st.last_k == Some(this_k);
        let count = if same { st.last_k_count + 1 } else { 1 };
        let smoothed = if count >= config.group_k_buffer { this_k } else { st.smoothed_k.unwrap_or(this_k) };
        st.last_k = Some(this_k);
        st.last_k_count = count;
        st.smoothed_k = Some(smoothed);
        group_clusters = clusterings.get(&smoothed).cloned().unwrap_or_default();
    }
    // Remember group clusterings with base ids as members.
    st.group_clusterings = clusterings
        .into_iter()
        .map(|(k, cs)| {
            (
                k,
                cs.into_iter()
                    .map(|c| Cluster {
                        members: c.members.iter().map(|&i| base_clusters[i as usize].id).collect(),
                        ..c
                    })
                    .collect(),
            )
        })
        .collect();
    let groups = groups_from(&base_clusters, &group_clusters, false);
    t.lap("groups");
    let members: Vec<Vec<u32>> = groups.iter().map(|g| g.members.clone()).collect();
    let mut statistics = if full {
        group_statistics(m, moderation, &members, &extremity)
    } else {
        GroupStatistics { counts: stats::group_counts(m, &group_of(m, &members), members.len()), ..Default::default() }
    };
    // :comment-priorities reads the previous update's group votes.
    let voted: Vec<bool> = (0..m.n_statements()).map(|s| m.col_len(s) > 0).collect();
    let prev_counts: Vec<Vec<Counts>> = st
        .last_counts
        .take()
        .map(|c| {
            c.into_iter()
                .map(|mut g| {
                    g.resize(voted.len(), Counts::default());
                    g
                })
                .collect()
        })
        .unwrap_or_default();
    if full {
        statistics.priorities = stats::priorities(&prev_counts, &voted, &moderation.meta, &extremity);
    }
    st.last_counts = Some(statistics.counts.clone());
    t.lap("statistics");
    Analysis {
        pca,
        projections,
        extremity,
        in_conv,
        base_clusters,
        groups,
        silhouettes,
        statistics,
        warnings,
        timings_ms: t.1,
    }
}
