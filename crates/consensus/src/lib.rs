//! The consensus engine: Pol.is-compatible opinion groups and statistics, and
//! Community Notes bridging scores. Pure: no file or network IO, no async;
//! rayon for parallel work.
//!
//! The central types:
//! - [`VoteMatrix`]: the latest vote of each participant on each statement,
//!   sparse by rows and by columns (`u32` indexes, `i8` votes), so memory
//!   follows the number of votes; 100 million votes fit in about 1 GB.
//! - [`analyze`] runs Pol.is's pipeline once on the final votes (PCA, base
//!   clusters, opinion groups chosen by silhouette, representative
//!   statements, consensus, group-informed consensus, priorities) and returns
//!   an [`Analysis`]. [`replay`] instead follows the vote history update by
//!   update as the Pol.is server does; the [`analysis`] module explains both.
//! - [`group_statistics`] computes the statistics for groups given from
//!   outside (for example Pol.is's own).
//! - [`bridging::fit`] fits the Community Notes matrix factorization and marks
//!   the bridging statements.
//! - [`ExportBuilder`] reads a Pol.is export from readers.
//!
//! Every formula cites its source in the Pol.is repository
//! (`compdemocracy/polis`, folder `math/src/polismath/math/`) or the
//! Community Notes scorer (`twitter/communitynotes`). Votes use the export's
//! sign convention: agree = 1, disagree = -1, pass = 0.
//!
//! ```
//! use consensus::{analyze, bridging, Config, Moderation, Vote, VoteMatrix};
//!
//! // Two camps of 10 people; statement 2 is agreed by everyone.
//! let mut votes = Vec::new();
//! for p in 0..20u32 {
//!     let camp: i8 = if p < 10 { 1 } else { -1 };
//!     for s in 0..8u32 {
//!         let value = if s == 2 { 1 } else if s % 2 == 0 { camp } else { -camp };
//!         votes.push(Vote { participant: p, statement: s, value });
//!     }
//! }
//! let m = VoteMatrix::from_votes(20, 8, &votes)?;
//! let a = analyze(&m, &Moderation::default(), &Config::default())?;
//! assert_eq!(a.groups.len(), 2);
//! assert_eq!(a.groups[0].members.len(), 10);
//! assert!(a.statistics.consensus.agree.iter().any(|c| c.statement == 2));
//!
//! let b = bridging::fit(&m, &bridging::BridgingConfig::default());
//! assert!(b.statements[2].unwrap().bridging);
//! assert!(!b.statements[0].unwrap().bridging);
//! # Ok::<(), consensus::Error>(())
//! ```
#![deny(missing_docs)]

pub mod analysis;
mod ari;
pub mod bridging;
mod error;
mod export;
mod group_by;
mod ids;
mod kmeans;
mod matrix;
mod pca;
mod rng;
pub mod stats;
pub mod synth;
mod vote_log;

pub use analysis::{
    Analysis, BaseStart, Config, Group, GroupStatistics, Moderation, ReplayConfig, Schedule, TimedVote, analyze,
    group_statistics, participation, replay,
};
pub use ari::adjusted_rand_index;
pub use error::{Error, Result};
pub use export::{Export, ExportBuilder, StatementInfo, parse_comments};
pub use kmeans::{Cluster, silhouette};
pub use matrix::{AGREE, DISAGREE, PASS, Vote, VoteMatrix, VoteSource};
pub use pca::{Pca, PcaConfig};
pub use stats::{Consensus, ConsensusStatement, Counts, Direction, RepStatement};
pub use vote_log::VoteLog;

/// The engine's version, recorded with every stored analysis.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
