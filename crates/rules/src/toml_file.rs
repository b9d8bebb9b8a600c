//! Reading a procedure from TOML, with the line and column of every error.
//!
//! The text is parsed into toml's spanned document tree and decoded by hand
//! rather than through serde: serde buffers internally tagged enums
//! (`kind = "..."`) and loses the position of the value at fault, while
//! authors need the exact line. The result is then validated by
//! [`Procedure::new`], and a problem's path is mapped back to its line. The
//! shape accepted here is the one serde writes (tested by round trips).

use std::ops::Range;

use thiserror::Error;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::procedure::{
    Abstentions, Base, Clause, ClauseList, Consensus, Groups, Invalid, Majority, NoSingleGroup, PathSegment, Procedure,
    Quorum, Weighted,
};
use crate::ratio::{Fraction, Threshold, ThresholdError};

/// An error in a procedure file: where it is (1-based line and column) and
/// what to fix.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}, column {column}: {kind}")]
pub struct ProcedureError {
    /// The line, counting from 1.
    pub line: usize,
    /// The column in characters, counting from 1.
    pub column: usize,
    /// What is wrong.
    pub kind: ProcedureErrorKind,
}

/// What is wrong in a procedure file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProcedureErrorKind {
    /// The text is not TOML.
    #[error("not valid toml: {0}")]
    Syntax(String),
    /// A clause without `kind`.
    #[error("this clause has no `kind`; add one of: {}", Clause::KINDS.join(", "))]
    MissingKind,
    /// A `kind` that names no clause.
    #[error("unknown clause kind `{0}`; use one of: {kinds}", kinds = Clause::KINDS.join(", "))]
    UnknownClause(String),
    /// A key that does not belong where it is.
    #[error("unknown key `{key}` in {context}; allowed keys: {allowed}")]
    UnknownKey {
        /// The key written.
        key: String,
        /// Where it was written.
        context: String,
        /// The keys allowed there, comma-separated.
        allowed: String,
    },
    /// A required key is missing.
    #[error("{context} needs `{key}`")]
    MissingKey {
        /// The key needed.
        key: &'static str,
        /// Where it is needed.
        context: String,
    },
    /// A value of the wrong type.
    #[error("`{key}` must be {expected}, not {found}")]
    WrongType {
        /// The key whose value is wrong.
        key: String,
        /// What it must be.
        expected: &'static str,
        /// What was written.
        found: &'static str,
    },
    /// A word that is not one of the allowed choices.
    #[error("`{key}` cannot be `{found}`; use one of: {allowed}")]
    UnknownChoice {
        /// The key.
        key: &'static str,
        /// The value written.
        found: String,
        /// The choices, comma-separated.
        allowed: &'static str,
    },
    /// A share or threshold that cannot be used.
    #[error("`{key}`: {error}")]
    Threshold {
        /// The key.
        key: &'static str,
        /// Why it was refused.
        error: ThresholdError,
    },
    /// A procedure that parses but cannot be applied.
    #[error(transparent)]
    Invalid(Invalid),
}

type Value<'i> = Spanned<DeValue<'i>>;

struct Decoder<'t> {
    text: &'t str,
}

impl Decoder<'_> {
    fn error(&self, span: Range<usize>, kind: ProcedureErrorKind) -> ProcedureError {
        let (line, column) = line_column(self.text, span.start);
        ProcedureError { line, column, kind }
    }
}

/// The 1-based line and column of byte `offset` in `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    // A span never splits a character, but be safe: step back to a boundary.
    let mut start = offset;
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let before = &text[..start];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// A table being decoded: hands out its keys and, at the end, refuses any
/// key not taken.
struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    context: String,
    allowed: &'static [&'static str],
}

impl<'a, 'i> Fields<'a, 'i> {
    fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.table.get(key)
    }

    fn required(&self, d: &Decoder<'_>, key: &'static str) -> Result<&'a Value<'i>, ProcedureError> {
        self.get(key).ok_or_else(|| {
            d.error(self.span.clone(), ProcedureErrorKind::MissingKey { key, context: self.context.clone() })
        })
    }

    fn check_keys(&self, d: &Decoder<'_>) -> Result<(), ProcedureError> {
        for (key, _) in self.table.iter() {
            if !self.allowed.contains(&key.get_ref().as_ref()) {
                return Err(d.error(
                    key.span(),
                    ProcedureErrorKind::UnknownKey {
                        key: key.get_ref().to_string(),
                        context: self.context.clone(),
                        allowed: self.allowed.join(", "),
                    },
                ));
            }
        }
        Ok(())
    }
}

fn as_table<'a, 'i>(
    d: &Decoder<'_>,
    key: &str,
    value: &'a Value<'i>,
    context: String,
    allowed: &'static [&'static str],
) -> Result<Fields<'a, 'i>, ProcedureError> {
    match value.get_ref() {
        DeValue::Table(table) => {
            let fields = Fields { table, span: value.span(), context, allowed };
            fields.check_keys(d)?;
            Ok(fields)
        }
        other => Err(d.error(
            value.span(),
            ProcedureErrorKind::WrongType { key: key.to_owned(), expected: "a table", found: type_name(other) },
        )),
    }
}

fn as_str<'a>(d: &Decoder<'_>, key: &str, value: &'a Value<'_>) -> Result<&'a str, ProcedureError> {
    match value.get_ref() {
        DeValue::String(s) => Ok(s.as_ref()),
        other => Err(d.error(
            value.span(),
            ProcedureErrorKind::WrongType { key: key.to_owned(), expected: "a string", found: type_name(other) },
        )),
    }
}

fn as_u32(d: &Decoder<'_>, key: &str, value: &Value<'_>) -> Result<u32, ProcedureError> {
    let wrong = |found| {
        d.error(
            value.span(),
            ProcedureErrorKind::WrongType {
                key: key.to_owned(),
                expected: "a whole number from 0 to 4294967295",
                found,
            },
        )
    };
    match value.get_ref() {
        DeValue::Integer(i) => {
            let digits = i.as_str().replace('_', "");
            let parsed = if i.radix() == 10 {
                digits.parse::<u32>().ok()
            } else {
                let body = digits.get(2..).unwrap_or("");
                u32::from_str_radix(body, i.radix()).ok()
            };
            parsed.ok_or_else(|| wrong("a number out of range"))
        }
        other => Err(wrong(type_name(other))),
    }
}

fn as_string_list(d: &Decoder<'_>, key: &str, value: &Value<'_>) -> Result<Vec<String>, ProcedureError> {
    match value.get_ref() {
        DeValue::Array(items) => items.iter().map(|item| as_str(d, key, item).map(str::to_owned)).collect(),
        other => Err(d.error(
            value.span(),
            ProcedureErrorKind::WrongType {
                key: key.to_owned(),
                expected: "a list of strings",
                found: type_name(other),
            },
        )),
    }
}

fn as_threshold(d: &Decoder<'_>, key: &'static str, value: &Value<'_>) -> Result<Threshold, ProcedureError> {
    as_str(d, key, value)?.parse().map_err(|error| d.error(value.span(), ProcedureErrorKind::Threshold { key, error }))
}

fn as_fraction(d: &Decoder<'_>, key: &'static str, value: &Value<'_>) -> Result<Fraction, ProcedureError> {
    as_str(d, key, value)?.parse().map_err(|error| d.error(value.span(), ProcedureErrorKind::Threshold { key, error }))
}

fn as_base(d: &Decoder<'_>, value: &Value<'_>) -> Result<Base, ProcedureError> {
    match as_str(d, "of", value)? {
        "present-and-voting" => Ok(Base::PresentAndVoting),
        "all-members" => Ok(Base::AllMembers),
        "eligible" => Ok(Base::Eligible),
        other => Err(d.error(
            value.span(),
            ProcedureErrorKind::UnknownChoice {
                key: "of",
                found: other.to_owned(),
                allowed: "present-and-voting, all-members, eligible",
            },
        )),
    }
}

fn as_abstentions(d: &Decoder<'_>, value: &Value<'_>) -> Result<Abstentions, ProcedureError> {
    match as_str(d, "abstentions", value)? {
        "not-counted" => Ok(Abstentions::NotCounted),
        "counted" => Ok(Abstentions::Counted),
        other => Err(d.error(
            value.span(),
            ProcedureErrorKind::UnknownChoice {
                key: "abstentions",
                found: other.to_owned(),
                allowed: "not-counted, counted",
            },
        )),
    }
}

const MAJORITY_KEYS: &[&str] = &["of", "threshold", "abstentions"];

fn majority(d: &Decoder<'_>, f: &Fields<'_, '_>) -> Result<Majority, ProcedureError> {
    Ok(Majority {
        of: as_base(d, f.required(d, "of")?)?,
        threshold: as_threshold(d, "threshold", f.required(d, "threshold")?)?,
        abstentions: f.get("abstentions").map(|v| as_abstentions(d, v)).transpose()?,
    })
}

fn clause(d: &Decoder<'_>, key: &str, value: &Value<'_>, context: &str) -> Result<Clause, ProcedureError> {
    let DeValue::Table(table) = value.get_ref() else {
        return Err(d.error(
            value.span(),
            ProcedureErrorKind::WrongType {
                key: key.to_owned(),
                expected: "a table (a clause with a `kind`)",
                found: type_name(value.get_ref()),
            },
        ));
    };
    let kind_value = table.get("kind").ok_or_else(|| d.error(value.span(), ProcedureErrorKind::MissingKind))?;
    let kind = as_str(d, "kind", kind_value)?;
    let allowed: &'static [&'static str] = match kind {
        "majority" => &["kind", "of", "threshold", "abstentions"],
        "quorum" => &["kind", "threshold"],
        "groups" => &["kind", "min-groups", "within", "among"],
        "no-single-group" => &["kind", "at-most"],
        "weighted" => &["kind", "of", "members", "weight"],
        "all-of" | "any-of" => &["kind", "clauses"],
        "consensus" => &["kind", "silence-hours", "fallback"],
        other => {
            return Err(d.error(kind_value.span(), ProcedureErrorKind::UnknownClause(other.to_owned())));
        }
    };
    let f = as_table(d, key, value, format!("{context} (a `{kind}` clause)"), allowed)?;
    Ok(match kind {
        "majority" => Clause::Majority(majority(d, &f)?),
        "quorum" => Clause::Quorum(Quorum { threshold: as_threshold(d, "threshold", f.required(d, "threshold")?)? }),
        "groups" => Clause::Groups(Groups {
            min_groups: as_u32(d, "min-groups", f.required(d, "min-groups")?)?,
            within: match f.get("within") {
                Some(v) => {
                    let within = as_table(d, "within", v, format!("`within` of {context}"), MAJORITY_KEYS)?;
                    majority(d, &within)?
                }
                None => Majority::simple(),
            },
            among: f.get("among").map(|v| as_string_list(d, "among", v)).transpose()?,
        }),
        "no-single-group" => {
            Clause::NoSingleGroup(NoSingleGroup { at_most: as_fraction(d, "at-most", f.required(d, "at-most")?)? })
        }
        "weighted" => Clause::Weighted(Weighted {
            of: as_base(d, f.required(d, "of")?)?,
            members: f.get("members").map(|v| as_threshold(d, "members", v)).transpose()?,
            weight: f.get("weight").map(|v| as_threshold(d, "weight", v)).transpose()?,
        }),
        "all-of" | "any-of" => {
            let list = f.required(d, "clauses")?;
            let DeValue::Array(items) = list.get_ref() else {
                return Err(d.error(
                    list.span(),
                    ProcedureErrorKind::WrongType {
                        key: "clauses".into(),
                        expected: "a list of clauses (`[[...clauses]]` tables)",
                        found: type_name(list.get_ref()),
                    },
                ));
            };
            let clauses = items
                .iter()
                .enumerate()
                .map(|(i, item)| clause(d, "clauses", item, &format!("clause {} of {context}", i + 1)))
                .collect::<Result<Vec<_>, _>>()?;
            let list = ClauseList { clauses };
            if kind == "all-of" { Clause::AllOf(list) } else { Clause::AnyOf(list) }
        }
        _ => Clause::Consensus(Consensus {
            silence_hours: as_u32(d, "silence-hours", f.required(d, "silence-hours")?)?,
            fallback: f
                .get("fallback")
                .map(|v| clause(d, "fallback", v, &format!("the fallback of {context}")).map(Box::new))
                .transpose()?,
        }),
    })
}

/// The span of the value at `path`, or of the deepest value on the way.
fn span_at(root: &Value<'_>, path: &[PathSegment]) -> Range<usize> {
    let mut current = root;
    for segment in path {
        let next = match (segment, current.get_ref()) {
            (PathSegment::Key(key), DeValue::Table(table)) => table.get(*key),
            (PathSegment::Index(i), DeValue::Array(items)) => items.get(*i),
            _ => None,
        };
        match next {
            Some(value) => current = value,
            None => break,
        }
    }
    current.span()
}

impl Procedure {
    /// Reads a procedure from the text of a TOML file, checking that it can
    /// be applied. An error gives the line and column and says what to fix.
    ///
    /// ```
    /// let text = "name = \"x\"\n[rule]\nkind = \"majority\"\nof = \"present-and-voting\"\nthreshold = \">= 3/2\"\n";
    /// let err = rules::Procedure::from_toml(text).unwrap_err();
    /// assert_eq!(err.line, 5);
    /// assert!(err.to_string().contains("cannot exceed the whole"));
    /// ```
    pub fn from_toml(text: &str) -> Result<Procedure, ProcedureError> {
        let d = Decoder { text };
        let root = DeTable::parse(text).map_err(|e| {
            d.error(e.span().unwrap_or(0..0), ProcedureErrorKind::Syntax(e.message().trim().to_owned()))
        })?;
        let root = Spanned::new(root.span(), DeValue::Table(root.into_inner()));
        let f = as_table(&d, "", &root, "the procedure".into(), &["name", "source", "groups", "rule"])?;
        let name = as_str(&d, "name", f.required(&d, "name")?)?.to_owned();
        let source = f.get("source").map(|v| as_str(&d, "source", v)).transpose()?;
        let groups = f.get("groups").map(|v| as_string_list(&d, "groups", v)).transpose()?;
        let rule = clause(&d, "rule", f.required(&d, "rule")?, "`rule`")?;
        Procedure::new(name, source.map(str::to_owned), groups, rule)
            .map_err(|invalid| d.error(span_at(&root, &invalid.path), ProcedureErrorKind::Invalid(invalid.problem)))
    }

    /// Writes the procedure as TOML, in the shape [`Procedure::from_toml`]
    /// reads.
    pub fn to_toml(&self) -> Result<String, WriteError> {
        toml::to_string(self).map_err(|e| WriteError(e.to_string()))
    }
}

/// A procedure could not be written as TOML.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("cannot write the procedure as toml: {0}")]
pub struct WriteError(String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters() {
        assert_eq!(line_column("ab\ncd", 0), (1, 1));
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("é\nx", 3), (2, 1));
        assert_eq!(line_column("éx", 1), (1, 1));
        assert_eq!(line_column("x", 99), (1, 2));
    }
}
