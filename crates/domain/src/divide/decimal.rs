//! A number as the log writes it: decimal text, never a float.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The longest decimal accepted, in characters.
const MAX_LEN: usize = 40;

/// A finite number written as JSON number text (`23.5`, `-1`, `3e-05`),
/// kept as written so the log's bytes are canonical.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal(String);

impl Decimal {
    /// The number.
    pub fn value(&self) -> f64 {
        // Checked finite and well-formed when made.
        self.0.parse().unwrap_or(f64::NAN)
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Decimal {
    type Err = String;

    fn from_str(text: &str) -> Result<Decimal, String> {
        let not_number = || format!("{text:?} is not a number (write it like 23.5, -1 or 3e-05)");
        if text.is_empty() || text.len() > MAX_LEN {
            return Err(not_number());
        }
        if !is_json_number(text) {
            return Err(not_number());
        }
        match text.parse::<f64>() {
            Ok(value) if value.is_finite() => Ok(Decimal(text.to_owned())),
            _ => Err(format!("{text:?} is too large")),
        }
    }
}

/// Whether `text` is a number by the JSON grammar (RFC 8259, section 6):
/// an optional minus, an integer without leading zeros, an optional
/// fraction and an optional exponent.
fn is_json_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < bytes.len() && bytes[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    if bytes.first() == Some(&b'-') {
        i += 1;
    }
    let int_start = i;
    let int_len = digits(&mut i);
    if int_len == 0 || (int_len > 1 && bytes[int_start] == b'0') {
        return false;
    }
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == bytes.len()
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_json_numbers_as_written() {
        for text in ["0", "23.0", "-1", "3e-05", "1E+3", "0.5", "100"] {
            let decimal: Decimal = text.parse().unwrap();
            assert_eq!(decimal.as_str(), text);
        }
        assert_eq!("3e-05".parse::<Decimal>().unwrap().value(), 3e-05);
        assert_eq!("-12.25".parse::<Decimal>().unwrap().value(), -12.25);
    }

    #[test]
    fn refuses_what_is_not_a_json_number() {
        for text in ["", "+1", "01", "1.", ".5", "1e", "NaN", "inf", "1,5", " 1", "1 ", "--1", "1e400", "0x10"] {
            assert!(text.parse::<Decimal>().is_err(), "{text:?}");
        }
        assert!("1".repeat(41).parse::<Decimal>().is_err());
    }
}
