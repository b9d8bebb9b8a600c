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
    NotFinite {
        /// The value given.
        value: f64,
    },
    /// Below the indicator's smallest possible value.
    #[error("{code} cannot be below {min} (got {value})")]
    BelowMin {
        /// The indicator.
        code: String,
        /// Its smallest possible value.
        min: f64,
        /// The value given.
        value: f64,
    },
    /// Above the indicator's largest possible value.
    #[error("{code} cannot be above {max} (got {value})")]
    AboveMax {
        /// The indicator.
        code: String,
        /// Its largest possible value.
        max: f64,
        /// The value given.
        value: f64,
    },
}

impl Catalogue {
    /// The shipped catalogue.
    pub fn shipped() -> Catalogue {
        Catalogue::from_csv(INDICATORS_CSV).expect("the shipped indicator list is valid (tested)")
    }

    /// Reads an indicator list in the shape of `indicators.csv`
    /// (`indicator,name,source`), with each code's bounds from [`bounds`].
    /// Indicators are kept in code order; a repeated code is refused.
    pub fn from_csv(text: &str) -> Result<Catalogue, CatalogueError> {
        let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
        let header = reader.headers().map_err(|e| CatalogueError { line: 1, message: e.to_string() })?;
        if header.iter().collect::<Vec<_>>() != ["indicator", "name", "source"] {
            return Err(CatalogueError { line: 1, message: "the header must be `indicator,name,source`".into() });
        }
        let mut indicators: Vec<Indicator> = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| CatalogueError { line: csv_line(&e), message: e.to_string() })?;
            let line = record.position().map_or(0, |p| p.line() as usize);
            let code = record.get(0).unwrap_or("").trim();
            if code.is_empty() {
                return Err(CatalogueError { line, message: "an indicator needs a code".into() });
            }
            if indicators.iter().any(|i| i.code == code) {
                return Err(CatalogueError { line, message: format!("indicator `{code}` is listed twice") });
            }
            let (min, max) = bounds(code);
            indicators.push(Indicator {
                code: code.to_owned(),
                name: record.get(1).unwrap_or("").to_owned(),
                source: record.get(2).unwrap_or("").to_owned(),
                min,
                max,
            });
        }
        indicators.sort_by(|a, b| a.code.cmp(&b.code));
        Ok(Catalogue { indicators })
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
        if !value.is_finite() {
            return Err(ValueError::NotFinite { value });
        }
        if let Some(min) = self.min.filter(|&min| value < min) {
            return Err(ValueError::BelowMin { code: self.code.clone(), min, value });
        }
        if let Some(max) = self.max.filter(|&max| value > max) {
            return Err(ValueError::AboveMax { code: self.code.clone(), max, value });
        }
        Ok(())
    }
}

/// Codes whose values cannot exceed a maximum: shares of a whole in percent
/// (a share of the population, of GDP, of exports), and the HDI, an index
/// from 0 to 1. Gross enrolment ratios (`SE.TER.ENRR`) and subscriptions per
/// 100 people (`IT.CEL.SETS.P2`, `IT.NET.BBND.P2`) are not shares: they count
/// students of any age, or several subscriptions per person, and pass 100.
const MAXIMA: &[(&str, f64)] = &[
    ("EG.ELC.ACCS.ZS", 100.0),
    ("GB.XPD.RSDV.GD.ZS", 100.0),
    ("HDI", 1.0),
    ("IT.NET.USER.ZS", 100.0),
    ("SE.ADT.LITR.ZS", 100.0),
    ("TX.VAL.TECH.MF.ZS", 100.0),
];

/// The bounds of `code`'s values: every indicator Concord knows is a count,
/// an amount, a share or an index, so none is below 0; the maximum is in
/// [`MAXIMA`], if any.
pub fn bounds(code: &str) -> (Option<f64>, Option<f64>) {
    let max = MAXIMA.iter().find(|(c, _)| *c == code).map(|&(_, max)| max);
    (Some(0.0), max)
}

/// A line of an indicator list that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {message}")]
pub struct CatalogueError {
    /// The line, counting from 1 (the header is line 1).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// The line of a csv error, if it says one.
pub(crate) fn csv_line(error: &csv::Error) -> usize {
    error.position().map_or(0, |p| p.line() as usize)
}
