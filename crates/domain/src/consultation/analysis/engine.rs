//! The consensus engine's run on a consultation, and the parts of a report
//! its results make (shared with `concord analyze --json`).

use std::collections::BTreeMap;

use consensus::bridging::{self, Bridging, BridgingConfig};
use consensus::{Analysis, Config, ConsensusStatement, Direction, Export, ReplayConfig, Schedule};

use super::{BaseCluster, BridgingReport, ConsensusReport, GroupReport, RepresentativeReport};

/// Milliseconds between two of Pol.is's polls for new votes: the schedule
/// over which `in-conv` follows the history (`concord analyze --poll-ms`'s
/// default).
pub const POLL_MS: i64 = 1000;

/// What one run of the engine computed, with the ids it names things by.
pub(super) struct Run {
    /// Participant ids, by index.
    pub participants: Vec<String>,
    /// Statement ids, by index.
    pub statements: Vec<String>,
    pub analysis: Analysis,
    pub bridging: Bridging,
}

/// Runs the engine as `concord analyze` does by default on an export with
/// its history: who is clustered follows the history (Pol.is's `in-conv`,
/// [`consensus::participation`], polls of [`POLL_MS`] in Pol.is's vote
/// order), then the one-shot analysis of the final votes and the bridging
/// fit, both seeded with `seed`.
pub(super) fn run(mut export: Export, seed: u64) -> Result<Run, consensus::Error> {
    let replay = ReplayConfig {
        schedule: Schedule::Polls(POLL_MS),
        statement_ids: Export::polis_ids(&export.statements),
        participant_ids: Export::polis_ids(&export.participants),
    };
    let mut config = Config { seed, ..Config::default() };
    let n = u32::try_from(export.participants.len())
        .map_err(|_| consensus::Error::TooLarge { what: "participants", max: u64::from(u32::MAX) })?;
    config.in_conv = Some(consensus::participation(n, &export.votes.timed(), &config, &replay)?);
    export.votes.forget_times();
    let m = export.matrix()?;
    let analysis = consensus::analyze(&m, &export.moderation, &config)?;
    let bridging = bridging::fit(&m, &BridgingConfig { seed, ..BridgingConfig::default() });
    Ok(Run { participants: export.participants, statements: export.statements, analysis, bridging })
}

/// The parts of a report that come from the engine's results, with
/// participants and statements named by their ids.
#[derive(Debug, Clone, PartialEq)]
pub struct EngineSections {
    /// The opinion groups with their representative statements.
    pub groups: Vec<GroupReport>,
    /// The consensus statements.
    pub consensus: ConsensusReport,
    /// Group-informed consensus per statement id (statements with votes).
    pub group_informed_consensus: BTreeMap<String, f64>,
    /// Bridging scores per statement id (statements the fit scored).
    pub bridging: BTreeMap<String, BridgingReport>,
}

/// `agree` or `disagree`.
pub fn direction(d: Direction) -> &'static str {
    match d {
        Direction::Agree => "agree",
        Direction::Disagree => "disagree",
    }
}

/// The engine's results named by the ids of an export: `statements[s]` and
/// `participants[p]` name statement `s` and participant `p`.
pub fn sections(statements: &[String], participants: &[String], a: &Analysis, b: &Bridging) -> EngineSections {
    let sid = |s: u32| statements[s as usize].clone();
    let groups = a
        .groups
        .iter()
        .zip(&a.statistics.representative)
        .map(|(g, reps)| GroupReport {
            id: g.id,
            participants: g.members.iter().map(|&p| participants[p as usize].clone()).collect(),
            representative: reps
                .iter()
                .map(|r| RepresentativeReport {
                    statement: sid(r.statement),
                    direction: direction(r.direction).to_owned(),
                    n_success: r.n_success,
                    n_trials: r.n_trials,
                    repness: r.repness,
                    repness_test: r.repness_test,
                    p_success: r.p_success,
                    p_test: r.p_test,
                })
                .collect(),
        })
        .collect();
    let list = |l: &[ConsensusStatement]| l.iter().map(|c| sid(c.statement)).collect();
    let consensus = ConsensusReport {
        agree: list(&a.statistics.consensus.agree),
        disagree: list(&a.statistics.consensus.disagree),
    };
    let group_informed_consensus =
        (0u32..).zip(&a.statistics.group_aware_consensus).filter_map(|(s, v)| v.map(|v| (sid(s), v))).collect();
    let bridging = (0u32..)
        .zip(&b.statements)
        .filter_map(|(s, v)| {
            v.map(|v| (sid(s), BridgingReport { intercept: v.intercept, factor: v.factor, bridging: v.bridging }))
        })
        .collect();
    EngineSections { groups, consensus, group_informed_consensus, bridging }
}

/// Pol.is's priority of each statement id with votes.
pub(super) fn priorities(statements: &[String], a: &Analysis) -> BTreeMap<String, f64> {
    (0..).zip(&a.statistics.priorities).filter_map(|(s, p): (usize, _)| p.map(|p| (statements[s].clone(), p))).collect()
}

/// The base clusters in the opinion plane, by id, with their group.
pub(super) fn map(a: &Analysis) -> Vec<BaseCluster> {
    let group_of: BTreeMap<u32, u32> =
        a.groups.iter().flat_map(|g| g.base_clusters.iter().map(move |&b| (b, g.id))).collect();
    let mut map: Vec<BaseCluster> = a
        .base_clusters
        .iter()
        .map(|c| BaseCluster {
            id: c.id,
            x: c.center[0],
            y: c.center[1],
            participants: c.members.len(),
            group: group_of.get(&c.id).copied(),
        })
        .collect();
    map.sort_by_key(|c| c.id);
    map
}
