//! The analysis of a consultation, derived from the log: the shape the API
//! serves (`GET /api/v1/consultations/{id}/analysis`), the results page
//! shows and `concord analyze --url URL --consultation ID` prints, so any
//! member can recompute it from the public log and compare.
//!
//! The fields are those of `concord analyze --json` (without `timings_ms`),
//! plus `log_size` (the analysis covers the log's entries `0..log_size`),
//! `engine` (the engine and its version), `constituencies` (agreement on each
//! statement within each regional group, each chamber and the public), and
//! `map` (the base clusters in the opinion plane, for the opinion map).
//! Statement ids are the statements' numbers as text (`polis_ids` maps an
//! imported consultation's to the export's comment ids); participants are
//! named by the entries' actors (a handle, or a member of the public's
//! pseudonym), and in an imported consultation by the export's participant
//! ids.
//!
//! [`ConsultationLog`] gathers a consultation from the log and makes its
//! report: the engine's run (`engine`), the constituency table
//! (`constituencies`).

mod constituencies;
mod engine;
mod log;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use engine::{EngineSections, POLL_MS, direction, sections};
pub use log::ConsultationLog;

/// A consultation's analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalysisReport {
    /// Participants who voted.
    pub participants: usize,
    /// Statements written.
    pub statements: usize,
    /// Votes cast (changed votes count once each time).
    pub votes: usize,
    /// The engine's mode (`one-shot`).
    pub mode: String,
    /// Who is clustered: `history` (Pol.is's `in-conv` over the votes' history).
    pub participation: String,
    /// Participants placed in opinion groups.
    pub clustered: usize,
    /// The opinion groups with their representative statements.
    pub groups: Vec<GroupReport>,
    /// Statements most participants agree (or disagree) with.
    pub consensus: ConsensusReport,
    /// Group-informed consensus per statement id.
    pub group_informed_consensus: BTreeMap<String, f64>,
    /// Community Notes bridging scores per statement id.
    pub bridging: BTreeMap<String, BridgingReport>,
    /// Always null here (the comparison with a Pol.is export's own groups).
    pub polis: Option<serde_json::Value>,
    /// Why there are no groups, when there are none.
    pub warnings: Vec<String>,
    /// The analysis covers the log's entries `0..log_size`.
    pub log_size: u64,
    /// The engine and its version, e.g. `concord-consensus/0.1.0`.
    pub engine: String,
    /// Agreement by constituency, and the cross-bloc consensus.
    pub constituencies: ConstituencyReport,
    /// The base clusters in the opinion plane (for the opinion map).
    pub map: Vec<BaseCluster>,
    /// Pol.is's priority of each statement id with votes, which decides
    /// which statement participants see next ([`super::next_statement`]).
    pub priorities: BTreeMap<String, f64>,
    /// For an imported consultation, the export's comment id of each
    /// statement id (absent otherwise).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub polis_ids: BTreeMap<String, u64>,
}

/// An opinion group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupReport {
    /// The group's id (0, 1, ...).
    pub id: u32,
    /// Its participants.
    pub participants: Vec<String>,
    /// Its representative statements, most representative first.
    pub representative: Vec<RepresentativeReport>,
}

/// A representative statement of a group (Pol.is's `repness`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RepresentativeReport {
    /// The statement id.
    pub statement: String,
    /// `agree` or `disagree`.
    pub direction: String,
    /// Votes in that direction within the group.
    pub n_success: u32,
    /// Votes (agree or disagree) within the group.
    pub n_trials: u32,
    /// Representativeness.
    pub repness: f64,
    /// Its test statistic.
    pub repness_test: f64,
    /// Share voting in that direction (with Pol.is's prior).
    pub p_success: f64,
    /// Its test statistic.
    pub p_test: f64,
}

/// Consensus statements.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConsensusReport {
    /// Agreed with by most.
    pub agree: Vec<String>,
    /// Disagreed with by most.
    pub disagree: Vec<String>,
}

/// A statement's bridging score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BridgingReport {
    /// How much more than expected it is agreed with.
    pub intercept: f64,
    /// How much agreement depends on the participant's side.
    pub factor: f64,
    /// Whether it meets the bridging thresholds.
    pub bridging: bool,
}

/// Agreement within each constituency.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConstituencyReport {
    /// The constituencies, in a fixed order: the five regional groups
    /// (codes), the four chambers (codes), then `public`.
    pub columns: Vec<ConstituencyColumn>,
    /// One row per statement id (approved, not meta), in number order.
    pub rows: Vec<ConstituencyRow>,
    /// The statements a majority of voters of every regional group with
    /// votes on it agrees with: the cross-bloc consensus.
    pub cross_bloc: Vec<String>,
}

/// A constituency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConstituencyColumn {
    /// `regional_group`, `chamber` or `public`.
    pub kind: String,
    /// The group's or chamber's code, or `public`.
    pub code: String,
    /// Voters in it.
    pub participants: usize,
}

/// Each constituency's votes on one statement (each voter's last vote).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConstituencyRow {
    /// The statement id.
    pub statement: String,
    /// Per column, in the order of `columns`.
    pub cells: Vec<ConstituencyCell>,
}

/// Votes of one constituency on one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ConstituencyCell {
    /// Agree votes.
    pub agree: u32,
    /// Disagree votes.
    pub disagree: u32,
    /// Passes.
    pub pass: u32,
}

/// A base cluster, placed in the opinion plane.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BaseCluster {
    /// Its id.
    pub id: u32,
    /// Its centre (the first two principal components).
    pub x: f64,
    /// Its centre, second component.
    pub y: f64,
    /// How many participants it holds.
    pub participants: usize,
    /// The opinion group it belongs to, if any.
    pub group: Option<u32>,
}
