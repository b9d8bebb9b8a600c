//! The indicators Concord knows: code, name, source, and the bounds any
//! value must lie in (a share of the population is between 0 and 100).

use thiserror::Error;

/// The indicator list shipped with Concord (`data/indicators/indicators.csv`).
pub const INDICATORS_CSV: &str = include_str!("../../../data/indicators/indicators.csv");

/// The observed values shipped with Concord
/// (`data/indicators/indicators_long.csv`: `iso3,indicator,year,value,source`).
pub const VALUES_CSV: &str = include_str!("../../../data/indicators/indicators_long.csv");

/// One indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    /// Its code, e.g. `IT.NET.USER.ZS` (World Bank WDI codes where one exists).
    pub code: String,
    /// Its name in English, as in the source.
    pub name: String,
    /// Where the shipped values come from.
    pub source: String,
    /// The smallest possible value (0 for every shipped indicator).
    pub min: Option<f64>,
    /// The largest possible value, if any (100 for a share in percent, 1 for the HDI).
    pub max: Option<f64>,
}

/// The indicators known, in code order.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    indicators: Vec<Indicator>,
}

/// Why a value cannot be a value of its indicator.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ValueError {
    /// Not a finite number.
    #[error("{value} is not a finite number")]
    NotFinite { value: f64 },
    /// Below the indicator's smallest possible value.
    #[error("{code} cannot be below {min} (got {value})")]
    BelowMin { code: String, min: f64, value: f64 },
    /// Above the indicator's largest possible value.
    #[error("{code} cannot be above {max} (got {value})")]
    AboveMax { code: String, max: f64, value: f64 },
}

impl Catalogue {
    /// The shipped catalogue.
    pub fn shipped() -> Catalogue {
        todo!()
    }

    /// All indicators.
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    /// The indicator with `code`.
    pub fn get(&self, code: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.code == code)
    }
}

impl Indicator {
    /// Whether `value` is possible for this indicator.
    pub fn check_value(&self, value: f64) -> Result<(), ValueError> {
        let _ = value;
        todo!()
    }
}
