//! The shipped observed values (`data/indicators/indicators_long.csv`), read
//! with their decimal text: the log stores a value as the decimal string
//! the source wrote, never as a float, so nothing is lost or rounded on the
//! way.

use thiserror::Error;

use crate::catalogue::{Catalogue, VALUES_CSV, ValueError, csv_line};
use crate::index::Observation;

/// One row of the shipped values.
#[derive(Debug, Clone, PartialEq)]
pub struct ShippedValue {
    /// ISO 3166-1 alpha-3 code of the state.
    pub iso3: String,
    /// The indicator's code (in the [`Catalogue`]).
    pub indicator: String,
    /// The year the value describes.
    pub year: u16,
    /// The value as written, in plain decimal notation: an exponent
    /// (`3e-05`) is written out digit for digit (`0.00003`), never through
    /// a float.
    pub text: String,
    /// The value as a number (what [`crate::compute`] uses).
    pub value: f64,
    /// Where the value comes from.
    pub source: String,
}

impl ShippedValue {
    /// The value as an [`Observation`] for [`crate::compute`].
    pub fn observation(&self) -> Observation {
        Observation { iso3: self.iso3.clone(), indicator: self.indicator.clone(), year: self.year, value: self.value }
    }
}

/// A row of a values file that cannot be used.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("line {line}: {kind}")]
pub struct ValuesError {
    /// The line, counting from 1 (the header is line 1).
    pub line: usize,
    /// What is wrong.
    pub kind: ValuesErrorKind,
}

/// What is wrong with a row of a values file.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ValuesErrorKind {
    /// Not csv, or not the columns `iso3,indicator,year,value,source`.
    #[error("{0}")]
    Format(String),
    /// An indicator the catalogue does not know.
    #[error("unknown indicator `{0}`")]
    UnknownIndicator(String),
    /// A year that is not a whole number from 0 to 65535.
    #[error("`{0}` is not a year")]
    Year(String),
    /// A value that is not a decimal number.
    #[error("`{0}` is not a decimal number")]
    Decimal(String),
    /// A value its indicator cannot take.
    #[error(transparent)]
    Value(ValueError),
}

/// The shipped values, checked against the shipped catalogue.
pub fn shipped_values() -> Result<Vec<ShippedValue>, ValuesError> {
    parse_values(VALUES_CSV, &Catalogue::shipped())
}

/// Reads a values file in the shape of `indicators_long.csv`
/// (`iso3,indicator,year,value,source`), in file order. Every indicator
/// must be in `catalogue` and every value within its bounds; the first bad
/// row is reported by its line.
pub fn parse_values(text: &str, catalogue: &Catalogue) -> Result<Vec<ShippedValue>, ValuesError> {
    let format = |line, message: String| ValuesError { line, kind: ValuesErrorKind::Format(message) };
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    let header = reader.headers().map_err(|e| format(1, e.to_string()))?;
    if header.iter().collect::<Vec<_>>() != ["iso3", "indicator", "year", "value", "source"] {
        return Err(format(1, "the header must be `iso3,indicator,year,value,source`".into()));
    }
    let mut values = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format(csv_line(&e), e.to_string()))?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let error = |kind| ValuesError { line, kind };
        let field = |i: usize| record.get(i).unwrap_or("").trim();
        let iso3 = field(0);
        if iso3.is_empty() {
            return Err(error(ValuesErrorKind::Format("a row needs an `iso3` code".into())));
        }
        let indicator =
            catalogue.get(field(1)).ok_or_else(|| error(ValuesErrorKind::UnknownIndicator(field(1).to_owned())))?;
        let year = field(2).parse::<u16>().map_err(|_| error(ValuesErrorKind::Year(field(2).to_owned())))?;
        let written = field(3);
        let text = plain_decimal(written).ok_or_else(|| error(ValuesErrorKind::Decimal(written.to_owned())))?;
        let value = written.parse::<f64>().map_err(|_| error(ValuesErrorKind::Decimal(written.to_owned())))?;
        indicator.check_value(value).map_err(|e| error(ValuesErrorKind::Value(e)))?;
        values.push(ShippedValue {
            iso3: iso3.to_owned(),
            indicator: indicator.code.clone(),
            year,
            text,
            value,
            source: field(4).to_owned(),
        });
    }
    Ok(values)
}

/// The largest exponent [`plain_decimal`] writes out.
const MAX_EXPONENT: i64 = 400;

/// `text` in plain decimal notation (`-12.5`, `0.00003`), if it is a decimal
/// number, possibly with an exponent (`3e-05`, `1.5E+3`): the digits are
/// moved, not computed, so the result is exact. Leading zeros of the whole
/// part and trailing zeros of the fraction are kept as written, except those
/// an exponent moves across the point.
pub fn plain_decimal(text: &str) -> Option<String> {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let (sign, unsigned) = match mantissa.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", mantissa.strip_prefix('+').unwrap_or(mantissa)),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || (unsigned.contains('.') && fraction.is_empty()) {
        return None;
    }
    let Some(exponent) = exponent else {
        return Some(format!("{sign}{unsigned}"));
    };
    // An optionally signed whole number, within what a value can need
    // (f64 spans 10^-324 to 10^308).
    let shift: i64 = exponent.parse().ok().filter(|shift: &i64| shift.abs() <= MAX_EXPONENT)?;
    // All the digits, and where the point falls among them.
    let all = format!("{whole}{fraction}");
    let point = whole.len() as i64 + shift;
    let (int_part, frac_part) = if point <= 0 {
        (String::from("0"), format!("{}{all}", "0".repeat((-point) as usize)))
    } else if point as usize >= all.len() {
        (format!("{all}{}", "0".repeat(point as usize - all.len())), String::new())
    } else {
        (all[..point as usize].to_owned(), all[point as usize..].to_owned())
    };
    // The exponent form has no fixed number of places: drop the zeros it
    // leaves at either end, keeping one whole digit.
    let int_part = int_part.trim_start_matches('0');
    let int_part = if int_part.is_empty() { "0" } else { int_part };
    let frac_part = frac_part.trim_end_matches('0');
    Some(if frac_part.is_empty() { format!("{sign}{int_part}") } else { format!("{sign}{int_part}.{frac_part}") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_decimals_keep_their_digits() {
        assert_eq!(plain_decimal("23.0").as_deref(), Some("23.0"));
        assert_eq!(plain_decimal("-0.50").as_deref(), Some("-0.50"));
        assert_eq!(plain_decimal("+7").as_deref(), Some("7"));
        assert_eq!(plain_decimal("3e-05").as_deref(), Some("0.00003"));
        assert_eq!(plain_decimal("1.5E+3").as_deref(), Some("1500"));
        assert_eq!(plain_decimal("1.25e1").as_deref(), Some("12.5"));
        assert_eq!(plain_decimal("12.5e-1").as_deref(), Some("1.25"));
        assert_eq!(plain_decimal("-4.20e-2").as_deref(), Some("-0.042"));
        assert_eq!(plain_decimal("0e0").as_deref(), Some("0"));
        // The exponent at its limit is written out in full.
        assert_eq!(plain_decimal("1e400").map(|t| t.len()), Some(401));
        assert_eq!(plain_decimal("1E-400").map(|t| t.len()), Some(402));
    }

    #[test]
    fn what_is_not_a_decimal_is_refused() {
        for text in [
            "", "-", ".5", "5.", "1,5", "inf", "NaN", "1e", "1e+", "1e+-5", "1e5x", "1e401", "1e-401", "0x10", "1.2.3",
            " 1",
        ] {
            assert_eq!(plain_decimal(text), None, "{text:?}");
        }
    }

    fn one_row(row: &str) -> Result<Vec<ShippedValue>, ValuesError> {
        parse_values(&format!("iso3,indicator,year,value,source\n{row}\n"), &Catalogue::shipped())
    }

    #[test]
    fn a_row_keeps_its_text_and_its_number() {
        let rows = one_row("ETH,IT.NET.BBND.P2,2003,8e-05,WDI").unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].text, "0.00008");
        assert_eq!(rows[0].value, 8e-5);
        assert_eq!(rows[0].observation().year, 2003);
    }

    #[test]
    fn a_bad_row_is_reported_by_line() {
        let text = "iso3,indicator,year,value,source\nAFG,HDI,2020,0.5,x\nAFG,HDI,2021,1.5,x\n";
        let err = parse_values(text, &Catalogue::shipped()).unwrap_err();
        assert_eq!(err.line, 3);
        assert!(matches!(err.kind, ValuesErrorKind::Value(ValueError::AboveMax { .. })), "{err}");
        let cases = [
            ("AFG,NOPE,2020,1,x", "unknown indicator `NOPE`"),
            ("AFG,HDI,twenty,0.5,x", "`twenty` is not a year"),
            ("AFG,HDI,2020,0.5.1,x", "`0.5.1` is not a decimal number"),
            ("AFG,HDI,2020,-0.1,x", "HDI cannot be below 0 (got -0.1)"),
            (",HDI,2020,0.5,x", "a row needs an `iso3` code"),
        ];
        for (row, message) in cases {
            let err = one_row(row).unwrap_err();
            assert_eq!(err.to_string(), format!("line 2: {message}"), "{row}");
        }
        let err = parse_values("iso3,indicator,year\n", &Catalogue::shipped()).unwrap_err();
        assert_eq!((err.line, err.to_string().contains("header")), (1, true));
    }
}
