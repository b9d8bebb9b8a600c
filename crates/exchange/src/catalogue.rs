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
    /// The shipped catalogue (read once per process; each call returns a
    /// copy of the 17 entries, so checking many values stays cheap).
    pub fn shipped() -> Catalogue {
        static SHIPPED: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
        SHIPPED
            .get_or_init(|| Catalogue::from_csv(INDICATORS_CSV).expect("the shipped indicator list is valid (tested)"))
            .clone()
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
/// an amount, a share or an index, so none is below 0; shares in percent
/// have a maximum of 100, and the HDI of 1.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_catalogue_lists_every_indicator_in_code_order() {
        let catalogue = Catalogue::shipped();
        let codes: Vec<&str> = catalogue.indicators().iter().map(|i| i.code.as_str()).collect();
        assert_eq!(codes.len(), INDICATORS_CSV.lines().count() - 1);
        assert!(codes.windows(2).all(|w| w[0] < w[1]), "{codes:?}");
        let hdi = catalogue.get("HDI").unwrap();
        assert_eq!((hdi.name.as_str(), hdi.source.as_str()), ("Human Development Index", "UNDP via Gapminder SG"));
        assert!(catalogue.get("NOPE").is_none());
        assert!(catalogue.indicators().iter().all(|i| i.min == Some(0.0)));
    }

    #[test]
    fn shares_and_the_hdi_have_a_maximum_ratios_per_100_do_not() {
        let catalogue = Catalogue::shipped();
        let max = |code: &str| catalogue.get(code).unwrap().max;
        for code in ["IT.NET.USER.ZS", "EG.ELC.ACCS.ZS", "SE.ADT.LITR.ZS", "TX.VAL.TECH.MF.ZS", "GB.XPD.RSDV.GD.ZS"] {
            assert_eq!(max(code), Some(100.0), "{code}");
        }
        assert_eq!(max("HDI"), Some(1.0));
        for code in ["SE.TER.ENRR", "IT.CEL.SETS.P2", "IT.NET.BBND.P2", "NY.GDP.PCAP.PP.KD", "PATENT_APPS_TOTAL"] {
            assert_eq!(max(code), None, "{code}");
        }
        // Every code in the bounds table is a shipped indicator.
        assert!(MAXIMA.iter().all(|(code, _)| catalogue.get(code).is_some()));
    }

    #[test]
    fn a_value_is_checked_against_its_bounds() {
        let catalogue = Catalogue::shipped();
        let users = catalogue.get("IT.NET.USER.ZS").unwrap();
        assert_eq!(users.check_value(0.0), Ok(()));
        assert_eq!(users.check_value(100.0), Ok(()));
        assert_eq!(
            users.check_value(100.5),
            Err(ValueError::AboveMax { code: "IT.NET.USER.ZS".into(), max: 100.0, value: 100.5 })
        );
        assert_eq!(
            users.check_value(-0.1),
            Err(ValueError::BelowMin { code: "IT.NET.USER.ZS".into(), min: 0.0, value: -0.1 })
        );
        assert!(matches!(users.check_value(f64::NAN), Err(ValueError::NotFinite { .. })));
        assert!(matches!(users.check_value(f64::INFINITY), Err(ValueError::NotFinite { .. })));
        let tertiary = catalogue.get("SE.TER.ENRR").unwrap();
        assert_eq!(tertiary.check_value(166.7), Ok(()));
        assert_eq!(
            catalogue.get("HDI").unwrap().check_value(1.01).unwrap_err().to_string(),
            "HDI cannot be above 1 (got 1.01)"
        );
    }

    #[test]
    fn a_bad_indicator_list_is_refused_by_line() {
        let twice = "indicator,name,source\nHDI,a,b\nX,c,d\nHDI,e,f\n";
        assert_eq!(
            Catalogue::from_csv(twice),
            Err(CatalogueError { line: 4, message: "indicator `HDI` is listed twice".into() })
        );
        let header = Catalogue::from_csv("code,name,source\n").unwrap_err();
        assert_eq!(header.line, 1);
        let empty = Catalogue::from_csv("indicator,name,source\nHDI,a,b\n,c,d\n").unwrap_err();
        assert_eq!(empty, CatalogueError { line: 3, message: "an indicator needs a code".into() });
        let ragged = Catalogue::from_csv("indicator,name,source\nHDI,a\n").unwrap_err();
        assert_eq!(ragged.line, 2, "{ragged}");
    }
}
