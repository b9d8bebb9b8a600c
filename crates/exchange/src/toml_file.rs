//! Reading a methodology from TOML, with the line and column of every error.
//!
//! As in `rules`, the text is parsed into toml's spanned document tree and
//! decoded by hand, checking each value where it is read, so an error points
//! at the value at fault: a weight, a pair of goalposts, an indicator code,
//! or the `[[pillar]]` header of a pillar whose weights do not add up.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::catalogue::Catalogue;
use crate::methodology::{
    Aggregation, Direction, IndicatorSpec, Mean, Methodology, MethodologyError, MethodologyErrorKind, Pillar, Transform,
};

type Value<'i> = Spanned<DeValue<'i>>;

/// How far a sum of weights may be from 1 (rounding of decimals like 0.1).
pub(crate) const WEIGHT_TOLERANCE: f64 = 1e-9;

/// The languages a pillar's name may be given in: the six official
/// languages of the United Nations.
const LANGUAGES: &[&str] = &["ar", "en", "es", "fr", "ru", "zh"];

const TOP_KEYS: &[&str] = &["version", "name", "year", "max_age_years", "aggregation", "sensitivity", "pillar"];
const AGGREGATION_KEYS: &[&str] = &["within_pillar", "across_pillars", "floor"];
const SENSITIVITY_KEYS: &[&str] = &["concentration"];
const PILLAR_KEYS: &[&str] = &["id", "name", "weight", "indicator"];
const INDICATOR_KEYS: &[&str] =
    &["code", "weight", "direction", "transform", "goalposts", "max_age_years", "rationale"];

/// The smallest and largest Dirichlet concentration accepted: below 1 the
/// draws pile up in the corners (one pillar takes nearly all the weight),
/// which is no longer a perturbation around the defaults; above 10^6 the
/// draws are the defaults to six digits.
pub(crate) const CONCENTRATION_RANGE: (f64, f64) = (1.0, 1e6);

/// Reads and checks a methodology file against `catalogue`.
pub(crate) fn parse(text: &str, catalogue: &Catalogue) -> Result<Methodology, MethodologyError> {
    let d = Decoder { text };
    let root = DeTable::parse(text)
        .map_err(|e| d.error(e.span().unwrap_or(0..0), MethodologyErrorKind::Syntax(e.message().trim().to_owned())))?;
    let root = Spanned::new(root.span(), DeValue::Table(root.into_inner()));
    let f = d.table("", &root, "the methodology", TOP_KEYS)?;

    let version = f.required(&d, "version")?;
    let version_number = d.integer("version", version)?;
    let version = u32::try_from(version_number).ok().filter(|&v| v >= 1).ok_or_else(|| {
        d.invalid(version, format!("`version` must be a whole number from 1 up (got {version_number})"))
    })?;

    let name = d.string("name", f.required(&d, "name")?)?;
    if name.trim().is_empty() {
        return Err(d.invalid(f.required(&d, "name")?, "`name` cannot be empty".into()));
    }

    let year_value = f.required(&d, "year")?;
    let year = d.integer("year", year_value)?;
    let year = u16::try_from(year)
        .ok()
        .filter(|y| (1900..=2100).contains(y))
        .ok_or_else(|| d.invalid(year_value, format!("`year` must be from 1900 to 2100 (got {year})")))?;

    let max_age_years = d.age("max_age_years", f.required(&d, "max_age_years")?)?;

    let aggregation = aggregation(&d, f.required(&d, "aggregation")?)?;
    let concentration = sensitivity(&d, f.required(&d, "sensitivity")?)?;

    let pillars_value = f.required(&d, "pillar")?;
    let items = d.list("pillar", pillars_value, "a list of `[[pillar]]` tables")?;
    if items.is_empty() {
        return Err(d.invalid(pillars_value, "a methodology needs at least one `[[pillar]]`".into()));
    }
    let mut seen = Seen::default();
    let pillars = items.iter().map(|item| pillar(&d, item, catalogue, &mut seen)).collect::<Result<Vec<_>, _>>()?;
    let sum: f64 = pillars.iter().map(|p| p.weight).sum();
    if (sum - 1.0).abs() > WEIGHT_TOLERANCE {
        return Err(d.error(items[0].span(), MethodologyErrorKind::WeightSum { context: "the pillars".into(), sum }));
    }

    Ok(Methodology { version, name: name.to_owned(), year, max_age_years, aggregation, concentration, pillars })
}

fn aggregation(d: &Decoder<'_>, value: &Value<'_>) -> Result<Aggregation, MethodologyError> {
    let f = d.table("aggregation", value, "`[aggregation]`", AGGREGATION_KEYS)?;
    let floor_value = f.required(d, "floor")?;
    let floor = d.number("floor", floor_value)?;
    if !(floor > 0.0 && floor < 1.0) {
        return Err(d.invalid(
            floor_value,
            format!("`floor` must be above 0 and below 1, the smallest score a geometric mean takes in (got {floor})"),
        ));
    }
    Ok(Aggregation {
        within_pillar: d.mean("within_pillar", f.required(d, "within_pillar")?)?,
        across_pillars: d.mean("across_pillars", f.required(d, "across_pillars")?)?,
        floor,
    })
}

fn sensitivity(d: &Decoder<'_>, value: &Value<'_>) -> Result<f64, MethodologyError> {
    let f = d.table("sensitivity", value, "`[sensitivity]`", SENSITIVITY_KEYS)?;
    let value = f.required(d, "concentration")?;
    let concentration = d.number("concentration", value)?;
    let (low, high) = CONCENTRATION_RANGE;
    if !(low..=high).contains(&concentration) {
        return Err(d.invalid(value, format!("`concentration` must be from {low} to {high} (got {concentration})")));
    }
    Ok(concentration)
}

/// The pillar ids and indicator codes read so far: each may appear once.
#[derive(Default)]
struct Seen {
    pillars: BTreeSet<String>,
    indicators: BTreeSet<String>,
}

fn pillar(
    d: &Decoder<'_>,
    value: &Value<'_>,
    catalogue: &Catalogue,
    seen: &mut Seen,
) -> Result<Pillar, MethodologyError> {
    let f = d.table("pillar", value, "a `[[pillar]]`", PILLAR_KEYS)?;
    let id_value = f.required(d, "id")?;
    let id = d.string("id", id_value)?;
    let id_ok =
        !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if !id_ok {
        return Err(d.invalid(
            id_value,
            format!("pillar id `{id}` must be lower-case letters, digits, `-` and `_`, and not empty"),
        ));
    }
    if !seen.pillars.insert(id.to_owned()) {
        return Err(d.invalid(id_value, format!("pillar `{id}` is defined twice")));
    }
    let context = format!("pillar `{id}`");
    let names = names(d, f.required(d, "name")?, &context)?;
    let weight = d.weight(f.required(d, "weight")?)?;

    let list_value = f.required(d, "indicator")?;
    let items = d.list("indicator", list_value, "a list of `[[pillar.indicator]]` tables")?;
    if items.is_empty() {
        return Err(d.invalid(list_value, format!("{context} needs at least one `[[pillar.indicator]]`")));
    }
    let indicators =
        items.iter().map(|item| indicator(d, item, catalogue, &mut seen.indicators)).collect::<Result<Vec<_>, _>>()?;
    let sum: f64 = indicators.iter().map(|i| i.weight).sum();
    if (sum - 1.0).abs() > WEIGHT_TOLERANCE {
        return Err(d.error(
            value.span(),
            MethodologyErrorKind::WeightSum { context: format!("the indicators of {context}"), sum },
        ));
    }
    Ok(Pillar { id: id.to_owned(), names, weight, indicators })
}

fn names(d: &Decoder<'_>, value: &Value<'_>, context: &str) -> Result<BTreeMap<String, String>, MethodologyError> {
    let f = d.table("name", value, &format!("the name of {context}"), LANGUAGES)?;
    let mut names = BTreeMap::new();
    for (key, text) in f.table.iter() {
        let name = d.string("name", text)?;
        if name.trim().is_empty() {
            return Err(d.invalid(text, format!("the name of {context} in `{}` is empty", key.get_ref())));
        }
        names.insert(key.get_ref().to_string(), name.to_owned());
    }
    if !names.contains_key("en") {
        return Err(d.invalid(value, format!("{context} needs a name in English: `name = {{ en = \"...\" }}`")));
    }
    Ok(names)
}

fn indicator(
    d: &Decoder<'_>,
    value: &Value<'_>,
    catalogue: &Catalogue,
    seen_codes: &mut BTreeSet<String>,
) -> Result<IndicatorSpec, MethodologyError> {
    let f = d.table("indicator", value, "a `[[pillar.indicator]]`", INDICATOR_KEYS)?;
    let code_value = f.required(d, "code")?;
    let code = d.string("code", code_value)?;
    if catalogue.get(code).is_none() {
        return Err(d.error(code_value.span(), MethodologyErrorKind::UnknownIndicator(code.to_owned())));
    }
    if !seen_codes.insert(code.to_owned()) {
        return Err(d.invalid(code_value, format!("indicator `{code}` is used twice (each may count once)")));
    }
    let weight = d.weight(f.required(d, "weight")?)?;
    let direction = match d.choice("direction", f.required(d, "direction")?, &["higher", "lower"])? {
        "higher" => Direction::Higher,
        _ => Direction::Lower,
    };
    let transform = match d.choice("transform", f.required(d, "transform")?, &["none", "log"])? {
        "none" => Transform::None,
        _ => Transform::Log,
    };
    let goalposts_value = f.required(d, "goalposts")?;
    let goalposts = d.goalposts(goalposts_value)?;
    if transform == Transform::Log && goalposts.0 <= 0.0 {
        return Err(d.invalid(
            goalposts_value,
            format!("a `log` transform needs goalposts above 0 (the lower one is {})", goalposts.0),
        ));
    }
    let max_age_years = f.get("max_age_years").map(|v| d.age("max_age_years", v)).transpose()?;
    let rationale_value = f.required(d, "rationale")?;
    let rationale = d.string("rationale", rationale_value)?;
    if rationale.trim().is_empty() {
        return Err(d.invalid(rationale_value, format!("say why `{code}` is used, and the source of its goalposts")));
    }
    Ok(IndicatorSpec {
        code: code.to_owned(),
        weight,
        direction,
        transform,
        goalposts,
        max_age_years,
        rationale: rationale.to_owned(),
    })
}

struct Decoder<'t> {
    text: &'t str,
}

/// A table being decoded; its keys were checked against the allowed ones.
struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    context: String,
}

impl<'a, 'i> Fields<'a, 'i> {
    fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.table.get(key)
    }

    fn required(&self, d: &Decoder<'_>, key: &str) -> Result<&'a Value<'i>, MethodologyError> {
        self.get(key).ok_or_else(|| {
            d.error(self.span.clone(), MethodologyErrorKind::Invalid(format!("{} needs `{key}`", self.context)))
        })
    }
}

impl Decoder<'_> {
    fn error(&self, span: Range<usize>, kind: MethodologyErrorKind) -> MethodologyError {
        let (line, column) = line_column(self.text, span.start);
        MethodologyError { line, column, kind }
    }

    fn invalid(&self, value: &Value<'_>, message: String) -> MethodologyError {
        self.error(value.span(), MethodologyErrorKind::Invalid(message))
    }

    fn wrong_type(&self, key: &str, value: &Value<'_>, expected: &str) -> MethodologyError {
        let found = type_name(value.get_ref());
        self.error(value.span(), MethodologyErrorKind::Syntax(format!("`{key}` must be {expected}, not {found}")))
    }

    fn table<'a, 'i>(
        &self,
        key: &str,
        value: &'a Value<'i>,
        context: &str,
        allowed: &[&str],
    ) -> Result<Fields<'a, 'i>, MethodologyError> {
        let DeValue::Table(table) = value.get_ref() else {
            return Err(self.wrong_type(key, value, "a table"));
        };
        for (k, _) in table.iter() {
            if !allowed.contains(&k.get_ref().as_ref()) {
                return Err(self.error(
                    k.span(),
                    MethodologyErrorKind::Syntax(format!(
                        "unknown key `{}` in {context}; allowed keys: {}",
                        k.get_ref(),
                        allowed.join(", ")
                    )),
                ));
            }
        }
        Ok(Fields { table, span: value.span(), context: context.to_owned() })
    }

    fn list<'a, 'i>(
        &self,
        key: &str,
        value: &'a Value<'i>,
        expected: &str,
    ) -> Result<&'a [Value<'i>], MethodologyError> {
        match value.get_ref() {
            DeValue::Array(items) => Ok(&items[..]),
            _ => Err(self.wrong_type(key, value, expected)),
        }
    }

    fn string<'a>(&self, key: &str, value: &'a Value<'_>) -> Result<&'a str, MethodologyError> {
        match value.get_ref() {
            DeValue::String(s) => Ok(s.as_ref()),
            _ => Err(self.wrong_type(key, value, "a string")),
        }
    }

    fn choice<'a>(&self, key: &str, value: &'a Value<'_>, allowed: &[&str]) -> Result<&'a str, MethodologyError> {
        let word = self.string(key, value)?;
        if allowed.contains(&word) {
            Ok(word)
        } else {
            Err(self.error(
                value.span(),
                MethodologyErrorKind::Syntax(format!("`{key}` cannot be `{word}`; use one of: {}", allowed.join(", "))),
            ))
        }
    }

    fn mean(&self, key: &str, value: &Value<'_>) -> Result<Mean, MethodologyError> {
        Ok(match self.choice(key, value, &["arithmetic", "geometric"])? {
            "arithmetic" => Mean::Arithmetic,
            _ => Mean::Geometric,
        })
    }

    /// A whole number (any TOML integer notation).
    fn integer(&self, key: &str, value: &Value<'_>) -> Result<i128, MethodologyError> {
        let DeValue::Integer(i) = value.get_ref() else {
            return Err(self.wrong_type(key, value, "a whole number"));
        };
        let digits = i.as_str().replace('_', "");
        let parsed = if i.radix() == 10 {
            digits.parse::<i128>().ok()
        } else {
            i128::from_str_radix(digits.get(2..).unwrap_or(""), i.radix()).ok()
        };
        parsed.ok_or_else(|| self.invalid(value, format!("`{key}` is out of range")))
    }

    /// A number of years (0 to 65535).
    fn age(&self, key: &str, value: &Value<'_>) -> Result<u16, MethodologyError> {
        let n = self.integer(key, value)?;
        u16::try_from(n).map_err(|_| self.invalid(value, format!("`{key}` must be a number of years from 0 (got {n})")))
    }

    /// A finite number, written as an integer or a decimal.
    fn number(&self, key: &str, value: &Value<'_>) -> Result<f64, MethodologyError> {
        let number = match value.get_ref() {
            DeValue::Integer(_) => self.integer(key, value)? as f64,
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().unwrap_or(f64::NAN),
            _ => return Err(self.wrong_type(key, value, "a number")),
        };
        if number.is_finite() {
            Ok(number)
        } else {
            Err(self.invalid(value, format!("`{key}` must be a finite number (got {number})")))
        }
    }

    fn weight(&self, value: &Value<'_>) -> Result<f64, MethodologyError> {
        let weight = self.number("weight", value)?;
        if weight > 0.0 { Ok(weight) } else { Err(self.error(value.span(), MethodologyErrorKind::Weight(weight))) }
    }

    fn goalposts(&self, value: &Value<'_>) -> Result<(f64, f64), MethodologyError> {
        let items = self.list("goalposts", value, "a list `[min, max]`")?;
        let [min, max] = items else {
            return Err(
                self.invalid(value, format!("`goalposts` must be two numbers `[min, max]` (got {})", items.len()))
            );
        };
        let (min, max) = (self.number("goalposts", min)?, self.number("goalposts", max)?);
        if min < max {
            Ok((min, max))
        } else {
            Err(self.error(value.span(), MethodologyErrorKind::Goalposts(min, max)))
        }
    }
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}

fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}
