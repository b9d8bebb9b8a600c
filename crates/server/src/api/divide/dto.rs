//! What the divide index's API takes and answers: separate from the
//! `exchange` types and the events, so the API can change without touching
//! either. [`IndexRow`] is also what `concord divide compute --json`
//! prints, so the two agree byte for byte.

use std::collections::BTreeMap;

use exchange::{FillMethod, Score, UsedValue};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A value that was filled, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct FilledDto {
    /// The indicator.
    pub indicator: String,
    /// The year of the value used (the reference year for a median).
    pub year: u16,
    /// `latest`, `group_median`, `region_median`, `income_median` or `overall_median`.
    #[schema(value_type = String)]
    pub method: FillMethod,
}

/// One state's row of the index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct IndexRow {
    /// ISO 3166-1 alpha-3 code.
    pub iso3: String,
    /// 0–100.
    pub score: f64,
    /// 1 = highest (an observer's: where it would stand among the members).
    pub rank: u32,
    /// The 5th percentile of the rank over the weight draws.
    pub rank_low: u32,
    /// The 95th percentile of the rank over the weight draws.
    pub rank_high: u32,
    /// Each pillar's score, 0–100, by pillar id.
    pub pillars: BTreeMap<String, f64>,
    /// The share of the methodology's indicators observed in the reference year (0–1).
    pub coverage: f64,
    /// Every value not observed in the reference year, and how it was filled.
    pub filled: Vec<FilledDto>,
}

impl From<&Score> for IndexRow {
    fn from(score: &Score) -> IndexRow {
        IndexRow {
            iso3: score.iso3.clone(),
            score: score.score,
            rank: score.rank,
            rank_low: score.rank_low,
            rank_high: score.rank_high,
            pillars: score.pillars.clone(),
            coverage: score.coverage,
            filled: score
                .filled
                .iter()
                .map(|f| FilledDto { indicator: f.indicator.clone(), year: f.year, method: f.method })
                .collect(),
        }
    }
}

/// One value as used in a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct UsedValueDto {
    /// The pillar it counts in.
    pub pillar: String,
    /// The indicator.
    pub indicator: String,
    /// The raw value used (observed or filled).
    pub value: f64,
    /// The year of that value.
    pub year: u16,
    /// How it was filled, if it was (as in [`FilledDto`]).
    #[schema(value_type = Option<String>)]
    pub filled: Option<FillMethod>,
    /// Its score after transform, goalposts and direction, 0–1.
    pub scaled: f64,
    /// Its weight within the pillar.
    pub weight: f64,
}

impl From<&UsedValue> for UsedValueDto {
    fn from(v: &UsedValue) -> UsedValueDto {
        UsedValueDto {
            pillar: v.pillar.clone(),
            indicator: v.indicator.clone(),
            value: v.value,
            year: v.year,
            filled: v.filled,
            scaled: v.scaled,
            weight: v.weight,
        }
    }
}

/// A state's row with every value used: how its score was made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ScoreDto {
    /// The row, as in the table.
    #[serde(flatten)]
    pub row: IndexRow,
    /// Every value used, in the methodology's order.
    pub values: Vec<UsedValueDto>,
}

impl From<&Score> for ScoreDto {
    fn from(score: &Score) -> ScoreDto {
        ScoreDto { row: score.into(), values: score.values.iter().map(UsedValueDto::from).collect() }
    }
}

/// The computed index, filtered and sorted as asked.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct IndexDto {
    /// The log entries `0..log_size` it was computed from.
    pub log_size: u64,
    /// The engine that computed it.
    pub engine: String,
    /// When it was computed (Unix ms).
    pub computed_ms: i64,
    /// The methodology's version.
    pub methodology: u32,
    /// The reference year.
    pub year: u16,
    /// The seed of the sensitivity analysis.
    pub seed: u64,
    /// The number of weight draws.
    pub draws: u32,
    /// Member states.
    pub members: Vec<IndexRow>,
    /// Observer states, apart (not ranked among the members).
    pub observers: Vec<IndexRow>,
}

/// One pillar of a state against its peers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct BenchmarkDto {
    /// The pillar's id.
    pub pillar: String,
    /// The state's score, 0–100.
    pub score: f64,
    /// The median of the member states of its regional and income group
    /// (its regional group alone without an income group); null without a
    /// regional group.
    pub group_median: Option<f64>,
    /// The highest score of any member state.
    pub frontier: f64,
}

/// An indicator value in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ValueDto {
    /// The indicator.
    pub indicator: String,
    /// The year it describes.
    pub year: u16,
    /// The value, as decimal text.
    pub value: String,
    /// Where it comes from.
    pub source: String,
    /// The national submission it came from, if any.
    pub submission: Option<u64>,
}

/// A national submission and its review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SubmissionDto {
    /// Its number.
    pub id: u64,
    /// The member state.
    pub member: String,
    /// The indicator.
    pub indicator: String,
    /// The year.
    pub year: u16,
    /// The value, as decimal text.
    pub value: String,
    /// Its source.
    pub source: String,
    /// Who submitted it.
    pub submitted_by: String,
    /// The log index of the submission.
    pub submitted_at: u64,
    /// When (RFC 3339).
    pub submitted: String,
    /// `pending`, `accepted` or `rejected`.
    pub status: String,
    /// The reviewer's reason, if any.
    pub reason: Option<String>,
    /// Who reviewed it.
    pub reviewed_by: Option<String>,
    /// The log index of the review.
    pub reviewed_at: Option<u64>,
}

/// A member state's profile: its score, value by value, its pillars
/// against its group and the frontier, its values in force, and its
/// submissions.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct MemberProfileDto {
    /// ISO 3166-1 alpha-3 code.
    pub iso3: String,
    /// The log entries the score was computed from.
    pub log_size: u64,
    /// Its score.
    pub score: ScoreDto,
    /// Each pillar against its group's median and the frontier.
    pub benchmarks: Vec<BenchmarkDto>,
    /// Every value in force, by indicator and year.
    pub values: Vec<ValueDto>,
    /// Its submissions, newest first.
    pub submissions: Vec<SubmissionDto>,
}

/// An indicator of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct IndicatorDto {
    /// Its code.
    pub code: String,
    /// Its name in English.
    pub name: String,
    /// Where the shipped values come from.
    pub source: String,
    /// The smallest possible value.
    pub min: Option<f64>,
    /// The largest possible value, if any.
    pub max: Option<f64>,
}

/// The methodology in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MethodologyDto {
    /// Its version.
    pub version: u32,
    /// The file (TOML).
    pub text: String,
    /// The log index that published it; null for the shipped default not
    /// yet published.
    pub published_at: Option<u64>,
}

/// A methodology file to publish.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PublishMethodologyRequest {
    /// The file (TOML); its `version` must be the next one.
    pub text: String,
}

/// A published methodology version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PublishedMethodology {
    /// Its version.
    pub version: u32,
    /// The log index that published it.
    pub log_index: u64,
}

/// What loading the shipped values appended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct LoadedDto {
    /// The methodology version published, if none was before.
    pub methodology: Option<u32>,
    /// Series recorded.
    pub series: u64,
    /// Values recorded.
    pub values: u64,
}

/// A national value to submit for review.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSubmissionRequest {
    /// The member state (ISO 3166-1 alpha-3).
    pub member: String,
    /// The indicator's code (see `GET /api/v1/divide/indicators`).
    pub indicator: String,
    /// The year it describes.
    pub year: u16,
    /// The value: a JSON string of decimal text (kept as written, e.g.
    /// "23.50") or a JSON number (written with its shortest text).
    #[schema(value_type = String, example = "23.5")]
    pub value: serde_json::Value,
    /// Where it comes from (a national statistics office's release, a URL).
    #[serde(default)]
    pub source: String,
}

/// The number of a new submission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CreatedSubmission {
    /// Its number.
    pub id: u64,
    /// The log index of the submission.
    pub log_index: u64,
}

/// A review of a submission.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewRequest {
    /// Accept (the value counts from now on) or reject.
    pub accept: bool,
    /// Why: required when rejecting, public.
    #[serde(default)]
    pub reason: String,
}
