//! The exchange's pure half: the AI divide index now, the matching of what
//! members share with what others need later. No IO, no async, so `domain`
//! never depends on a solver and anyone can recompute a result from the log.
//!
//! The index:
//! - a [`Catalogue`] of the indicators Concord knows (codes from
//!   `data/indicators`, with the bounds a value must lie in), and the shipped
//!   values with their decimal text ([`shipped_values`]);
//! - a [`Methodology`], which is data (TOML, versioned): pillars, their
//!   indicators, direction, transformation, goalposts, how a missing value
//!   is filled, how scores are aggregated, and the sensitivity analysis
//!   ([`Methodology::parse`], with the line of any error). The shipped
//!   default, `data/divide/methodology.toml`, documents each choice and its
//!   source;
//! - [`compute`] turns a methodology, the countries and the observed values
//!   into an [`Index`]: each member state's score (0–100), rank, pillar
//!   scores, coverage, filled values, and rank interval. [`rank_draws`]
//!   gives the ranks behind the interval.
//!
//! # Formulas
//!
//! Sources: UNDP, *Human Development Report 2023/2024, Technical notes*
//! ("HDI notes"); OECD and JRC (2008), *Handbook on Constructing Composite
//! Indicators* ("the Handbook").
//!
//! 1. **Value.** For state `c` and indicator `i`, the value observed in the
//!    reference year `Y`. Otherwise it is filled, and flagged with how and
//!    the year of the value used (the Handbook, section 1.4, single
//!    imputation): the state's own latest value of `[Y - a, Y - 1]`, with
//!    `a` the indicator's `max_age_years` or else the methodology's (a value
//!    exactly `a` years old is used, one `a + 1` years old is not); else the
//!    median of the states of the same regional and income group; else of
//!    the same regional group; else of the same income group; else of all
//!    states. Medians are taken over values states have of their own
//!    (observed or latest), never over other medians; the median of an even
//!    count is the mean of the two middle values.
//! 2. **Scale** (min-max normalisation between goalposts: the Handbook,
//!    section 1.5; HDI notes, dimension indices). With goalposts `[lo, hi]`,
//!    `x' = min(max(x, lo), hi)` and `t` the identity or, for skewed
//!    indicators, the natural logarithm (as the HDI's income index):
//!    `s = (t(x') - t(lo)) / (t(hi) - t(lo))`, in 0–1; `1 - s` if a lower
//!    value is better. Clamping first lets a value of 0 score 0 under a
//!    logarithm.
//! 3. **Pillar** `p`: the weighted mean of its indicators' scores with
//!    weights `wᵢ` (summing to 1): arithmetic `Σ wᵢ sᵢ`, or geometric
//!    `exp(Σ wᵢ ln max(sᵢ, f))` with the floor `f` (the Handbook, section
//!    1.6).
//! 4. **Score**: the weighted mean of the pillar scores with weights `v_p`,
//!    geometric with the floor in the default methodology, as the HDI
//!    (geometric mean of its dimension indices since 2010); times 100.
//! 5. **Rank** among the members, 1 = highest, competition ranking (1, 2,
//!    2, 4): one more than the number of members with a strictly higher
//!    score. An observer's rank is the same count, for information.
//! 6. **Coverage**: the share of the methodology's indicators observed in
//!    `Y`.
//! 7. **Rank interval** (uncertainty analysis: the Handbook, section 1.7).
//!    `n` pillar weight vectors are drawn from `Dirichlet(κ·v)` with `κ` the
//!    methodology's concentration (mean `v`; each `v_p` varies with
//!    variance `v_p(1 - v_p)/(κ + 1)`), as normalised `Gamma(κ·v_p, 1)`
//!    variates, sampled by Marsaglia and Tsang's method (2000, ACM TOMS
//!    26(3)) from a ChaCha20 stream keyed by the seed. Pillar scores stay
//!    fixed. Each draw ranks every state as in 5; `rank_low` and
//!    `rank_high` are the 5th and 95th percentiles of a state's ranks by the
//!    nearest-rank method (the value at sorted position `⌈p·n/100⌉`, at
//!    least 1), so at least 90% of the draws lie in the interval; if the
//!    rank at the default weights falls outside, the interval is widened to
//!    include it. No draws: `[rank, rank]`.
//!
//! Logarithms and exponentials are `libm`'s, so an index has the same bits
//! on every platform; the same data, methodology and seed give the same
//! index.
//!
//! ```
//! use exchange::{compute, Catalogue, Country, Methodology, Observation, Options};
//!
//! let methodology = Methodology::parse(r#"
//!     version = 1
//!     name = "Two indicators"
//!     year = 2023
//!     max_age_years = 5
//!     [aggregation]
//!     within_pillar = "arithmetic"
//!     across_pillars = "geometric"
//!     floor = 0.01
//!     [sensitivity]
//!     concentration = 20
//!     [[pillar]]
//!     id = "connectivity"
//!     weight = 1
//!     name = { en = "Connectivity" }
//!     [[pillar.indicator]]
//!     code = "IT.NET.USER.ZS"
//!     weight = 1
//!     direction = "higher"
//!     transform = "none"
//!     goalposts = [0, 100]
//!     rationale = "The share of people online."
//! "#, &Catalogue::shipped())?;
//! let state = |iso3: &str| Country {
//!     iso3: iso3.into(), region: Some("WEOG".into()), income: Some("HIC".into()), member: true,
//! };
//! let seen = |iso3: &str, year, value| Observation {
//!     iso3: iso3.into(), indicator: "IT.NET.USER.ZS".into(), year, value,
//! };
//! let index = compute(
//!     &methodology,
//!     &[state("AAA"), state("BBB"), state("CCC")],
//!     &[seen("AAA", 2023, 90.0), seen("BBB", 2021, 60.0)],
//!     Options { seed: 7, draws: 100 },
//! );
//! let aaa = &index.members[0];
//! assert_eq!((aaa.iso3.as_str(), aaa.rank, aaa.coverage), ("AAA", 1, 1.0));
//! assert!((aaa.score - 90.0).abs() < 1e-9);
//! // BBB's own 2021 value fills its gap; CCC gets the median of its group.
//! let ccc = index.members.iter().find(|s| s.iso3 == "CCC").unwrap();
//! assert_eq!(ccc.filled[0].method, exchange::FillMethod::GroupMedian);
//! assert!((ccc.score - 75.0).abs() < 1e-9);
//! # Ok::<(), exchange::MethodologyError>(())
//! ```

#![deny(missing_docs)]

pub mod catalogue;
pub mod index;
pub mod methodology;
pub mod values;

mod aggregate;
mod fill;
mod rank;
mod sensitivity;
mod toml_file;

pub use catalogue::{Catalogue, CatalogueError, Indicator, ValueError};
pub use index::{
    Country, ENGINE, FillMethod, Filled, Index, Observation, Options, Score, UsedValue, compute, rank_draws,
};
pub use methodology::{
    Aggregation, DEFAULT_TOML, Direction, IndicatorSpec, Mean, Methodology, MethodologyError, MethodologyErrorKind,
    Pillar, Transform,
};
pub use values::{ShippedValue, ValuesError, ValuesErrorKind, parse_values, shipped_values};

#[cfg(test)]
mod test_support;
