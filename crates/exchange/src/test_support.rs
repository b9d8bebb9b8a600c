//! Small methodologies, states and observations for the unit tests.

use std::collections::BTreeMap;

use crate::index::{Country, Observation};
use crate::methodology::{Aggregation, Direction, IndicatorSpec, Mean, Methodology, Pillar, Transform};

/// An indicator scored linearly between goalposts 0 and 100, more is better.
pub(crate) fn linear(code: &str, weight: f64) -> IndicatorSpec {
    IndicatorSpec {
        code: code.into(),
        weight,
        direction: Direction::Higher,
        transform: Transform::None,
        goalposts: (0.0, 100.0),
        max_age_years: None,
        rationale: "test".into(),
    }
}

/// A pillar of `indicators`.
pub(crate) fn pillar(id: &str, weight: f64, indicators: Vec<IndicatorSpec>) -> Pillar {
    Pillar { id: id.into(), names: BTreeMap::from([("en".into(), id.into())]), weight, indicators }
}

/// A methodology for 2023 with a five-year window.
pub(crate) fn methodology(within: Mean, across: Mean, pillars: Vec<Pillar>) -> Methodology {
    Methodology {
        version: 1,
        name: "test".into(),
        year: 2023,
        max_age_years: 5,
        aggregation: Aggregation { within_pillar: within, across_pillars: across, floor: 0.01 },
        concentration: 20.0,
        pillars,
    }
}

/// One pillar of one linear indicator `X`.
pub(crate) fn one_indicator() -> Methodology {
    methodology(Mean::Arithmetic, Mean::Geometric, vec![pillar("p", 1.0, vec![linear("X", 1.0)])])
}

/// A member state.
pub(crate) fn member(iso3: &str, region: Option<&str>, income: Option<&str>) -> Country {
    Country { iso3: iso3.into(), region: region.map(Into::into), income: income.map(Into::into), member: true }
}

/// An observer state (no regional group).
pub(crate) fn observer(iso3: &str, income: Option<&str>) -> Country {
    Country { iso3: iso3.into(), region: None, income: income.map(Into::into), member: false }
}

/// An observation.
pub(crate) fn obs(iso3: &str, indicator: &str, year: u16, value: f64) -> Observation {
    Observation { iso3: iso3.into(), indicator: indicator.into(), year, value }
}
