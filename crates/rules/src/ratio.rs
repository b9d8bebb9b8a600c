//! Exact shares and thresholds: fractions of two small integers, compared by
//! cross-multiplication in integers wide enough never to overflow. No
//! floating point anywhere, so a threshold holds exactly at its boundary
//! (94 of 141 is exactly two-thirds, and "at least 2/3" passes it).

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

/// A share between 0 and 1 inclusive, written `N/D` (`2/3`), `N%` (`55%`,
/// kept as `55/100`) or `0`/`1`.
///
/// Invariant: the denominator is positive and the numerator is at most the
/// denominator; the fraction is kept as written (not reduced), so that a
/// procedure shows the numbers its authors wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fraction {
    num: u32,
    den: u32,
}

impl Fraction {
    /// The fraction `num/den`, if `0 < den` and `num <= den`.
    pub fn new(num: u32, den: u32) -> Result<Fraction, ThresholdError> {
        if den == 0 {
            return Err(ThresholdError::ZeroDenominator);
        }
        if num > den {
            return Err(ThresholdError::MoreThanWhole { num, den });
        }
        Ok(Fraction { num, den })
    }

    /// The numerator.
    pub fn num(&self) -> u32 {
        self.num
    }

    /// The denominator (never zero).
    pub fn den(&self) -> u32 {
        self.den
    }

    /// Whether this is the whole (`1`, `3/3`, `100%`).
    pub fn is_whole(&self) -> bool {
        self.num == self.den
    }

    /// Whether this is nothing (`0`, `0/2`).
    pub fn is_zero(&self) -> bool {
        self.num == 0
    }

    /// Compares the share `part / whole` with this fraction, exactly.
    /// `whole` must be positive; a zero `whole` compares as less.
    pub fn compare(&self, part: u128, whole: u128) -> Ordering {
        if whole == 0 {
            return Ordering::Less;
        }
        // part/whole <=> num/den  is  part*den <=> num*whole.
        wide_mul(part, self.den).cmp(&wide_mul(whole, self.num))
    }

    /// The smallest `part` with `part / whole >= self` (if `strict`, `>`),
    /// or `None` if no part of `whole` reaches it (including `whole == 0`).
    pub fn needed(&self, whole: u64, strict: bool) -> Option<u64> {
        if whole == 0 {
            return None;
        }
        let product = u128::from(self.num) * u128::from(whole);
        let den = u128::from(self.den);
        let needed = if strict { product / den + 1 } else { product.div_ceil(den) };
        u64::try_from(needed).ok().filter(|n| *n <= whole)
    }
}

/// `a * b` as a 256-bit number (high, low), so that comparisons of weight
/// sums (up to 128 bits) against fractions never overflow.
fn wide_mul(a: u128, b: u32) -> (u128, u128) {
    let b = u128::from(b);
    let low_half = (a & u128::from(u64::MAX)) * b; // < 2^96
    let high_half = (a >> 64) * b; // < 2^96
    let low = high_half << 64;
    let high = high_half >> 64;
    let (low, carry) = low.overflowing_add(low_half);
    (high + u128::from(carry), low)
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 100 {
            write!(f, "{}%", self.num)
        } else if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

impl FromStr for Fraction {
    type Err = ThresholdError;

    fn from_str(text: &str) -> Result<Fraction, ThresholdError> {
        let text = text.trim();
        let number = |s: &str| -> Result<u32, ThresholdError> {
            let s = s.trim();
            if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ThresholdError::Syntax(text.to_owned()));
            }
            s.parse::<u32>().map_err(|_| ThresholdError::TooLarge(text.to_owned()))
        };
        if let Some(percent) = text.strip_suffix('%') {
            Fraction::new(number(percent)?, 100)
        } else if let Some((num, den)) = text.split_once('/') {
            Fraction::new(number(num)?, number(den)?)
        } else {
            Fraction::new(number(text)?, 1)
        }
    }
}

impl Serialize for Fraction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Fraction {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Fraction, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// How a share is compared with its threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Comparison {
    /// Strictly more than the fraction (`>`), as in "a majority: more than
    /// half".
    MoreThan,
    /// At least the fraction (`>=`), as in "two-thirds".
    AtLeast,
}

impl Comparison {
    /// The message argument naming this comparison (`more-than`, `at-least`).
    pub fn key(&self) -> &'static str {
        match self {
            Comparison::MoreThan => "more-than",
            Comparison::AtLeast => "at-least",
        }
    }
}

/// A threshold on a share: `> 1/2` (more than half), `>= 2/3` (at least
/// two-thirds), `>= 55%`. The words `more than` and `at least` may stand for
/// `>` and `>=`.
///
/// Invariant: the threshold can be met by some share between 0 and 1, so
/// `> 1` and `>= 3/2` are refused when parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Threshold {
    comparison: Comparison,
    share: Fraction,
}

impl Threshold {
    /// More than half: a simple majority.
    pub const MORE_THAN_HALF: Threshold =
        Threshold { comparison: Comparison::MoreThan, share: Fraction { num: 1, den: 2 } };

    /// At least two-thirds.
    pub const TWO_THIRDS: Threshold = Threshold { comparison: Comparison::AtLeast, share: Fraction { num: 2, den: 3 } };

    /// A threshold, if some share can meet it (`> 1` cannot).
    pub fn new(comparison: Comparison, share: Fraction) -> Result<Threshold, ThresholdError> {
        if comparison == Comparison::MoreThan && share.is_whole() {
            return Err(ThresholdError::MoreThanAll(share.to_string()));
        }
        Ok(Threshold { comparison, share })
    }

    /// More than `num/den`.
    pub fn more_than(num: u32, den: u32) -> Result<Threshold, ThresholdError> {
        Threshold::new(Comparison::MoreThan, Fraction::new(num, den)?)
    }

    /// At least `num/den`.
    pub fn at_least(num: u32, den: u32) -> Result<Threshold, ThresholdError> {
        Threshold::new(Comparison::AtLeast, Fraction::new(num, den)?)
    }

    /// How the share is compared.
    pub fn comparison(&self) -> Comparison {
        self.comparison
    }

    /// The fraction compared with.
    pub fn share(&self) -> Fraction {
        self.share
    }

    /// Whether `part` out of `whole` meets the threshold. Nothing meets a
    /// threshold out of a whole of zero: with no votes, nothing is carried.
    pub fn met(&self, part: u128, whole: u128) -> bool {
        if whole == 0 {
            return false;
        }
        match (self.comparison, self.share.compare(part, whole)) {
            (Comparison::MoreThan, Ordering::Greater) => true,
            (Comparison::MoreThan, _) => false,
            (Comparison::AtLeast, Ordering::Less) => false,
            (Comparison::AtLeast, _) => true,
        }
    }

    /// The smallest count out of `whole` that meets the threshold, if any.
    pub fn needed(&self, whole: u64) -> Option<u64> {
        self.share.needed(whole, self.comparison == Comparison::MoreThan)
    }
}

impl fmt::Display for Threshold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let op = match self.comparison {
            Comparison::MoreThan => ">",
            Comparison::AtLeast => ">=",
        };
        write!(f, "{op} {}", self.share)
    }
}

impl FromStr for Threshold {
    type Err = ThresholdError;

    fn from_str(text: &str) -> Result<Threshold, ThresholdError> {
        let trimmed = text.trim();
        let (comparison, rest) = if let Some(rest) = trimmed.strip_prefix(">=") {
            (Comparison::AtLeast, rest)
        } else if let Some(rest) = trimmed.strip_prefix('>') {
            (Comparison::MoreThan, rest)
        } else if let Some(rest) = trimmed.strip_prefix("at least ") {
            (Comparison::AtLeast, rest)
        } else if let Some(rest) = trimmed.strip_prefix("more than ") {
            (Comparison::MoreThan, rest)
        } else {
            return Err(ThresholdError::NoComparison(text.to_owned()));
        };
        Threshold::new(comparison, rest.parse()?)
    }
}

impl Serialize for Threshold {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Threshold {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Threshold, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Why a share or threshold was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ThresholdError {
    /// Not a number, `N/D` or `N%`.
    #[error("`{0}` is not a share; write a fraction such as `2/3`, a percentage such as `55%`, or `0` or `1`")]
    Syntax(String),
    /// A threshold without `>` or `>=` in front.
    #[error("`{0}` has no comparison; write `> 1/2` (more than half) or `>= 2/3` (at least two-thirds)")]
    NoComparison(String),
    /// A number too large for the fraction.
    #[error("a number in `{0}` is too large; use numbers below 4294967296")]
    TooLarge(String),
    /// `N/0`.
    #[error("a share cannot have a denominator of 0; write a fraction such as `1/2`")]
    ZeroDenominator,
    /// A share above the whole, such as `3/2` or `101%`.
    #[error("impossible share {num}/{den}: a share cannot exceed the whole; write a fraction between 0 and 1")]
    MoreThanWhole {
        /// The numerator written.
        num: u32,
        /// The denominator written.
        den: u32,
    },
    /// `> 1`: no share is more than the whole.
    #[error("impossible threshold `> {0}`: no share is more than the whole; write `>= {0}` for unanimity")]
    MoreThanAll(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_written_forms() {
        let t: Threshold = "> 1/2".parse().unwrap();
        assert_eq!(t, Threshold::more_than(1, 2).unwrap());
        let t: Threshold = ">=2/3".parse().unwrap();
        assert_eq!(t, Threshold::at_least(2, 3).unwrap());
        let t: Threshold = "at least 55%".parse().unwrap();
        assert_eq!(t, Threshold::at_least(55, 100).unwrap());
        assert_eq!(t.to_string(), ">= 55%");
        let t: Threshold = "more than 0".parse().unwrap();
        assert_eq!(t.to_string(), "> 0");
        let t: Threshold = ">= 1".parse().unwrap();
        assert!(t.share().is_whole());
        // Kept as written, not reduced.
        let f: Fraction = "4/6".parse().unwrap();
        assert_eq!((f.num(), f.den()), (4, 6));
        let f: Fraction = "55%".parse().unwrap();
        assert_eq!((f.num(), f.den()), (55, 100));
    }

    #[test]
    fn refuses_impossible_thresholds() {
        assert_eq!(">= 3/2".parse::<Threshold>(), Err(ThresholdError::MoreThanWhole { num: 3, den: 2 }));
        assert_eq!("> 1".parse::<Threshold>(), Err(ThresholdError::MoreThanAll("1".into())));
        assert_eq!("> 1/0".parse::<Threshold>(), Err(ThresholdError::ZeroDenominator));
        assert!(matches!("2/3".parse::<Threshold>(), Err(ThresholdError::NoComparison(_))));
        assert!(matches!("> two thirds".parse::<Threshold>(), Err(ThresholdError::Syntax(_))));
        assert!(matches!("> -1/2".parse::<Threshold>(), Err(ThresholdError::Syntax(_))));
        assert!(matches!("> 1/99999999999".parse::<Threshold>(), Err(ThresholdError::TooLarge(_))));
    }

    #[test]
    fn two_thirds_holds_exactly_at_the_boundary() {
        let at_least = Threshold::at_least(2, 3).unwrap();
        let more_than = Threshold::more_than(2, 3).unwrap();
        assert!(at_least.met(94, 141));
        assert!(!more_than.met(94, 141));
        assert!(!at_least.met(93, 141));
        assert_eq!(at_least.needed(141), Some(94));
        assert_eq!(more_than.needed(141), Some(95));
        let half = Threshold::more_than(1, 2).unwrap();
        assert!(!half.met(70, 140));
        assert!(half.met(71, 140));
        assert_eq!(half.needed(140), Some(71));
        assert_eq!(half.needed(0), None);
        assert!(!half.met(0, 0));
        assert!(!Threshold::at_least(0, 1).unwrap().met(0, 0));
    }

    #[test]
    fn wide_comparison_never_overflows() {
        let t = Threshold::at_least(u32::MAX - 1, u32::MAX).unwrap();
        assert!(t.met(u128::MAX, u128::MAX));
        assert!(!t.met(u128::MAX / 2, u128::MAX));
        let f = Fraction::new(1, 2).unwrap();
        assert_eq!(f.compare(u128::MAX / 2, u128::MAX), Ordering::Less);
        assert_eq!(f.compare(u128::MAX / 2 + 1, u128::MAX), Ordering::Greater);
        assert_eq!(f.compare(1 << 127, u128::MAX), Ordering::Greater);
        assert_eq!(f.compare(1 << 126, 1 << 127), Ordering::Equal);
    }

    #[test]
    fn wide_mul_carries_into_the_high_half() {
        // 0x5555..5 * 3 fills the low 64 bits of the high half, so adding
        // the low half's product carries into bit 128.
        let a = (0x5555_5555_5555_5555_u128 << 64) | u128::from(u64::MAX);
        assert_eq!(wide_mul(a, 3), (1, (1 << 65) - 3));
        // No carry: the plain product.
        assert_eq!(wide_mul(u128::from(u64::MAX), 3), (0, u128::from(u64::MAX) * 3));
        assert_eq!(wide_mul(u128::MAX, 1), (0, u128::MAX));
        assert_eq!(wide_mul(u128::MAX, 2), (1, u128::MAX - 1));
        assert_eq!(wide_mul(1 << 127, 4), (2, 0));
        assert_eq!(wide_mul(u128::MAX, 0), (0, 0));
        // The carry decides a comparison: a/(a+1) against 2/3, where a*3
        // needs bit 128 and 2*(a+1) does not.
        let third = Fraction::new(2, 3).unwrap();
        assert_eq!(third.compare(a, a + 1), Ordering::Greater);
        assert_eq!(Fraction::new(1, 3).unwrap().compare(a / 2, a), Ordering::Greater);
    }
}
