//! A methodology is data: a TOML file, versioned, that says which
//! indicators make each pillar, how each is turned into a 0–1 score, how
//! missing values are filled, and how scores are aggregated. The shipped
//! default is `data/divide/methodology.toml`; each choice is documented
//! there with its source.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::catalogue::Catalogue;

/// The methodology shipped with Concord.
pub const DEFAULT_TOML: &str = include_str!("../../../data/divide/methodology.toml");

/// A checked methodology.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Methodology {
    /// Its version (1, 2, ...): each published version is a new event.
    pub version: u32,
    /// Its name.
    pub name: String,
    /// The reference year the index describes: values of that year are
    /// observed; older ones are filled.
    pub year: u16,
    /// Default: how many years back a member's own latest value may be used
    /// to fill a missing one.
    pub max_age_years: u16,
    /// How pillar and indicator scores are combined.
    pub aggregation: Aggregation,
    /// The Dirichlet concentration of the sensitivity analysis: pillar
    /// weights are drawn from Dirichlet(concentration × default weights).
    pub concentration: f64,
    /// The pillars, in the file's order; their weights sum to 1.
    pub pillars: Vec<Pillar>,
}

/// How scores are combined.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Aggregation {
    /// Within a pillar: `arithmetic` (weighted mean) or `geometric`.
    pub within_pillar: Mean,
    /// Across pillars: `arithmetic` or `geometric` (as the HDI).
    pub across_pillars: Mean,
    /// The smallest score a geometric mean takes in (so one zero does not
    /// make the whole mean zero), e.g. 0.01.
    pub floor: f64,
}

/// A mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mean {
    /// Weighted arithmetic mean.
    Arithmetic,
    /// Weighted geometric mean.
    Geometric,
}

/// A pillar: a dimension of the divide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pillar {
    /// Its id, e.g. `connectivity` (lower case, digits, `-` and `_`).
    pub id: String,
    /// Its name by language tag (`en` required; `ar`, `es`, `fr`, `ru`, `zh` optional).
    pub names: BTreeMap<String, String>,
    /// Its weight across pillars.
    pub weight: f64,
    /// Its indicators; their weights sum to 1.
    pub indicators: Vec<IndicatorSpec>,
}

/// How one indicator enters a pillar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorSpec {
    /// A code from the [`Catalogue`].
    pub code: String,
    /// Its weight within the pillar.
    pub weight: f64,
    /// Whether more is better.
    pub direction: Direction,
    /// Applied to the value and the goalposts before scaling.
    pub transform: Transform,
    /// The values scored 0 and 1 (before the direction), in raw units; `min < max`.
    pub goalposts: (f64, f64),
    /// This indicator's own fill window, if not the methodology's.
    pub max_age_years: Option<u16>,
    /// Why this indicator, direction, transform and goalposts: shown on the methodology page.
    pub rationale: String,
}

/// Whether more is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// A higher value scores higher.
    Higher,
    /// A lower value scores higher.
    Lower,
}

/// A transformation of a skewed indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Transform {
    /// The value as it is.
    None,
    /// The natural logarithm (goalposts must be positive).
    Log,
}

/// An error in a methodology file: where (1-based line and column) and what.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("line {line}, column {column}: {kind}")]
pub struct MethodologyError {
    /// The line, counting from 1.
    pub line: usize,
    /// The column in characters, counting from 1.
    pub column: usize,
    /// What is wrong.
    pub kind: MethodologyErrorKind,
}

/// What is wrong in a methodology file.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum MethodologyErrorKind {
    /// Not TOML, or a key or value of the wrong shape.
    #[error("{0}")]
    Syntax(String),
    /// An indicator code the catalogue does not know.
    #[error("unknown indicator `{0}`")]
    UnknownIndicator(String),
    /// Weights that do not sum to one.
    #[error("the weights of {context} sum to {sum}, not 1")]
    WeightSum {
        /// Whose weights: `the pillars`, or a pillar's indicators.
        context: String,
        /// Their sum.
        sum: f64,
    },
    /// A weight that is not positive.
    #[error("a weight must be above 0 (got {0})")]
    Weight(f64),
    /// Goalposts in the wrong order.
    #[error("goalposts must be [min, max] with min < max (got [{0}, {1}])")]
    Goalposts(f64, f64),
    /// Anything else: a message that says what to write.
    #[error("{0}")]
    Invalid(String),
}

impl Methodology {
    /// Reads and checks a methodology file against `catalogue`.
    ///
    /// Every error says what to fix, at the line and column of the value at
    /// fault: TOML syntax; a missing or unknown key (the allowed ones are
    /// listed); an indicator the catalogue does not know, or used twice; a
    /// weight that is not above 0; weights that do not sum to 1 (within
    /// 10^-9: at the first `[[pillar]]` for the pillars, at the pillar for
    /// its indicators); goalposts not in increasing order, or not above 0
    /// under a `log` transform; numbers that are not finite; a repeated
    /// pillar id; version 0; a year outside 1900–2100; a pillar without a
    /// name in English.
    pub fn parse(text: &str, catalogue: &Catalogue) -> Result<Methodology, MethodologyError> {
        crate::toml_file::parse(text, catalogue)
    }

    /// The shipped default.
    pub fn default_shipped() -> Methodology {
        Methodology::parse(DEFAULT_TOML, &Catalogue::shipped()).expect("the shipped methodology is valid (tested)")
    }

    /// Every indicator code used, in pillar order.
    pub fn indicator_codes(&self) -> Vec<&str> {
        self.pillars.iter().flat_map(|p| p.indicators.iter().map(|i| i.code.as_str())).collect()
    }
}
