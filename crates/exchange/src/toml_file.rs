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
const WEIGHT_TOLERANCE: f64 = 1e-9;

/// Whether weights summing to `sum` sum to 1, up to [`WEIGHT_TOLERANCE`].
fn sums_to_one(sum: f64) -> bool {
    (sum - 1.0).abs() <= WEIGHT_TOLERANCE
}

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
const CONCENTRATION_RANGE: (f64, f64) = (1.0, 1e6);

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
    if !sums_to_one(sum) {
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
    if !sums_to_one(sum) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A valid methodology; the tests change one thing and expect the error
    /// at the line (numbered in the comments) of the thing changed.
    const BASE: &str = r#"version = 1
name = "Test"
year = 2023
max_age_years = 5

[aggregation]
within_pillar = "arithmetic"
across_pillars = "geometric"
floor = 0.01

[sensitivity]
concentration = 20

[[pillar]]
id = "access"
weight = 0.5
name = { en = "Access", fr = "Accès" }

[[pillar.indicator]]
code = "IT.NET.USER.ZS"
weight = 0.5
direction = "higher"
transform = "none"
goalposts = [0, 100]
rationale = "Use."

[[pillar.indicator]]
code = "IT.NET.BBND.P2"
weight = 0.5
direction = "lower"
transform = "log"
goalposts = [0.1, 60]
max_age_years = 3
rationale = "Broadband."

[[pillar]]
id = "economy"
weight = 0.5
name = { en = "Economy" }

[[pillar.indicator]]
code = "NY.GDP.PCAP.PP.KD"
weight = 1
direction = "higher"
transform = "log"
goalposts = [100, 75_000.0]
rationale = "Income."
"#;
    // Lines: 1 version, 3 year, 4 max_age_years, 9 floor, 12 concentration,
    // 14 [[pillar]], 15 id, 16 weight, 17 name, 19 [[pillar.indicator]],
    // 20 code, 21 weight, 22 direction, 24 goalposts, 25 rationale,
    // 27 [[pillar.indicator]], 31 transform, 32 goalposts, 36 [[pillar]],
    // 37 id, 38 weight, 39 name, 42 code, 43 weight, 46 goalposts.

    fn parse_base(text: &str) -> Result<Methodology, MethodologyError> {
        parse(text, &Catalogue::shipped())
    }

    /// The error after replacing the only `from` in BASE by `to`, as
    /// (line, column, message).
    fn error(from: &str, to: &str) -> (usize, usize, String) {
        assert_eq!(BASE.matches(from).count(), 1, "`{from}` must occur once");
        let e = parse_base(&BASE.replacen(from, to, 1)).expect_err("must be refused");
        (e.line, e.column, e.kind.to_string())
    }

    fn assert_error(from: &str, to: &str, line: usize, column: usize, message: &str) {
        let (l, c, m) = error(from, to);
        assert!(m.contains(message), "`{m}` does not say `{message}`");
        assert_eq!((l, c), (line, column), "{m}");
    }

    #[test]
    fn the_base_is_read_whole() {
        let m = parse_base(BASE).unwrap();
        assert_eq!((m.version, m.name.as_str(), m.year, m.max_age_years), (1, "Test", 2023, 5));
        assert_eq!(
            m.aggregation,
            Aggregation { within_pillar: Mean::Arithmetic, across_pillars: Mean::Geometric, floor: 0.01 }
        );
        assert_eq!(m.concentration, 20.0);
        assert_eq!(m.pillars.len(), 2);
        let access = &m.pillars[0];
        assert_eq!((access.id.as_str(), access.weight), ("access", 0.5));
        assert_eq!(access.names.get("fr").map(String::as_str), Some("Accès"));
        let broadband = &access.indicators[1];
        assert_eq!(
            broadband,
            &IndicatorSpec {
                code: "IT.NET.BBND.P2".into(),
                weight: 0.5,
                direction: Direction::Lower,
                transform: Transform::Log,
                goalposts: (0.1, 60.0),
                max_age_years: Some(3),
                rationale: "Broadband.".into(),
            }
        );
        assert_eq!(access.indicators[0].max_age_years, None);
        assert_eq!(
            (access.indicators[0].direction, access.indicators[0].transform),
            (Direction::Higher, Transform::None)
        );
        let income = &m.pillars[1].indicators[0];
        assert_eq!((income.weight, income.goalposts), (1.0, (100.0, 75_000.0)));
        assert_eq!(m.indicator_codes(), ["IT.NET.USER.ZS", "IT.NET.BBND.P2", "NY.GDP.PCAP.PP.KD"]);
    }

    #[test]
    fn toml_that_does_not_parse() {
        let (line, _, message) = error("year = 2023", "year = = 2023");
        assert_eq!(line, 3, "{message}");
        let e = parse_base("").unwrap_err();
        assert_eq!((e.line, e.column), (1, 1));
        assert!(e.to_string().contains("needs `version`"), "{e}");
    }

    #[test]
    fn unknown_keys_name_the_allowed_ones() {
        assert_error(
            "max_age_years = 5\n",
            "max_age_years = 5\ncolour = 1\n",
            5,
            1,
            "unknown key `colour` in the methodology; allowed keys: version, name, year",
        );
        assert_error(
            "rationale = \"Use.\"",
            "rationale = \"Use.\"\nsource = \"x\"",
            26,
            1,
            "allowed keys: code, weight, direction, transform, goalposts, max_age_years, rationale",
        );
        assert_error("floor = 0.01", "floor = 0.01\nceiling = 1", 10, 1, "unknown key `ceiling` in `[aggregation]`");
        assert_error(
            "name = { en = \"Economy\" }",
            "name = { en = \"Economy\", de = \"Wirtschaft\" }",
            39,
            26,
            "allowed keys: ar, en, es, fr, ru, zh",
        );
    }

    #[test]
    fn missing_keys_are_named_at_their_table() {
        assert_error(
            "direction = \"higher\"\ntransform = \"none\"",
            "transform = \"none\"",
            19,
            1,
            "needs `direction`",
        );
        assert_error(
            "weight = 0.5\nname = { en = \"Access\", fr = \"Accès\" }",
            "name = { en = \"Access\", fr = \"Accès\" }",
            14,
            1,
            "needs `weight`",
        );
        assert_error("[sensitivity]\nconcentration = 20\n", "", 1, 1, "needs `sensitivity`");
    }

    #[test]
    fn an_unknown_indicator_is_named() {
        assert_error("\"IT.NET.USER.ZS\"", "\"IT.NET.USERS\"", 20, 8, "unknown indicator `IT.NET.USERS`");
    }

    #[test]
    fn pillar_weights_that_do_not_sum_to_one_point_at_the_first_pillar() {
        let (line, column, message) = error("id = \"access\"\nweight = 0.5", "id = \"access\"\nweight = 0.4");
        assert_eq!((line, column), (14, 1));
        assert_eq!(message, "the weights of the pillars sum to 0.9, not 1");
    }

    #[test]
    fn indicator_weights_that_do_not_sum_to_one_point_at_their_pillar() {
        let (line, column, message) = error("weight = 1\n", "weight = 0.9\n");
        assert_eq!((line, column), (36, 1));
        assert_eq!(message, "the weights of the indicators of pillar `economy` sum to 0.9, not 1");
        // The first pillar's header, for the first pillar.
        let (line, _, message) =
            error("code = \"IT.NET.USER.ZS\"\nweight = 0.5", "code = \"IT.NET.USER.ZS\"\nweight = 0.25");
        assert_eq!(line, 14, "{message}");
        // 0.1 + 0.2 + 0.7 is not exactly 1 in binary, and is accepted.
        let text = BASE.replacen("weight = 1\n", "weight = 0.1\n", 1).replacen(
            "rationale = \"Income.\"\n",
            "rationale = \"Income.\"\n\n[[pillar.indicator]]\ncode = \"HDI\"\nweight = 0.2\ndirection = \"higher\"\ntransform = \"none\"\ngoalposts = [0, 1]\nrationale = \"HDI.\"\n\n[[pillar.indicator]]\ncode = \"SE.TER.ENRR\"\nweight = 0.7\ndirection = \"higher\"\ntransform = \"none\"\ngoalposts = [0, 100]\nrationale = \"Tertiary.\"\n",
            1,
        );
        assert!(parse_base(&text).is_ok());
    }

    #[test]
    fn a_weight_must_be_above_zero() {
        assert_error("weight = 1\n", "weight = 0\n", 43, 10, "a weight must be above 0 (got 0)");
        assert_error("weight = 1\n", "weight = -1.0\n", 43, 10, "a weight must be above 0 (got -1)");
        assert_error("weight = 1\n", "weight = nan\n", 43, 10, "`weight` must be a finite number");
        assert_error("weight = 1\n", "weight = \"1\"\n", 43, 10, "`weight` must be a number, not a string");
    }

    #[test]
    fn goalposts_in_the_wrong_order() {
        assert_error(
            "[100, 75_000.0]",
            "[75000, 100]",
            46,
            13,
            "goalposts must be [min, max] with min < max (got [75000, 100])",
        );
        assert_error("[100, 75_000.0]", "[100, 100]", 46, 13, "(got [100, 100])");
        assert_error("[100, 75_000.0]", "[100]", 46, 13, "two numbers `[min, max]` (got 1)");
        assert_error("[0, 100]", "[0, inf]", 24, 17, "`goalposts` must be a finite number (got inf)");
        assert_error("[0, 100]", "[-inf, 100]", 24, 14, "must be a finite number");
    }

    #[test]
    fn a_log_transform_needs_positive_goalposts() {
        assert_error("[0.1, 60]", "[0, 60]", 32, 13, "a `log` transform needs goalposts above 0");
        assert_error("[0.1, 60]", "[-1, 60]", 32, 13, "a `log` transform needs goalposts above 0");
        // Without the logarithm, 0 is a fine lower goalpost.
        assert!(
            parse_base(&BASE.replacen(
                "transform = \"log\"\ngoalposts = [0.1, 60]",
                "transform = \"none\"\ngoalposts = [0, 60]",
                1
            ))
            .is_ok()
        );
    }

    #[test]
    fn a_pillar_or_indicator_used_twice() {
        assert_error("id = \"economy\"", "id = \"access\"", 37, 6, "pillar `access` is defined twice");
        assert_error("\"NY.GDP.PCAP.PP.KD\"", "\"IT.NET.USER.ZS\"", 42, 8, "indicator `IT.NET.USER.ZS` is used twice");
        assert_error("id = \"economy\"", "id = \"Economy\"", 37, 6, "must be lower-case letters");
        assert_error("id = \"economy\"", "id = \"eco nomy\"", 37, 6, "must be lower-case letters");
        assert_error("id = \"economy\"", "id = \"\"", 37, 6, "and not empty");
        for id in ["r-and-d", "pillar_2", "2"] {
            let text = BASE.replacen("id = \"economy\"", &format!("id = \"{id}\""), 1);
            assert_eq!(parse_base(&text).map(|m| m.pillars[1].id.clone()), Ok(id.to_owned()));
        }
    }

    #[test]
    fn version_and_year_must_make_sense() {
        assert_error("version = 1", "version = 0", 1, 11, "`version` must be a whole number from 1 up (got 0)");
        assert_error("version = 1", "version = 1.5", 1, 11, "`version` must be a whole number, not a decimal number");
        assert_error("year = 2023", "year = 1899", 3, 8, "`year` must be from 1900 to 2100 (got 1899)");
        assert_error("year = 2023", "year = 2101", 3, 8, "(got 2101)");
        assert_error("year = 2023", "year = \"2023\"", 3, 8, "`year` must be a whole number, not a string");
        for year in ["1900", "2100"] {
            assert!(parse_base(&BASE.replacen("year = 2023", &format!("year = {year}"), 1)).is_ok(), "{year}");
        }
        assert_error("max_age_years = 5", "max_age_years = -1", 4, 17, "a number of years from 0 (got -1)");
        assert_error("max_age_years = 3", "max_age_years = 70000", 33, 17, "(got 70000)");
    }

    #[test]
    fn a_pillar_needs_a_name_in_english() {
        assert_error(
            "name = { en = \"Economy\" }",
            "name = { fr = \"Économie\" }",
            39,
            8,
            "pillar `economy` needs a name in English",
        );
        assert_error(
            "name = { en = \"Economy\" }",
            "name = { en = \" \" }",
            39,
            15,
            "the name of pillar `economy` in `en` is empty",
        );
        assert_error(
            "name = { en = \"Economy\" }",
            "name = \"Economy\"",
            39,
            8,
            "`name` must be a table, not a string",
        );
    }

    #[test]
    fn aggregation_and_sensitivity_settings() {
        assert_error("floor = 0.01", "floor = 0", 9, 9, "`floor` must be above 0 and below 1");
        assert_error("floor = 0.01", "floor = 1", 9, 9, "`floor` must be above 0 and below 1");
        assert_error(
            "across_pillars = \"geometric\"",
            "across_pillars = \"harmonic\"",
            8,
            18,
            "use one of: arithmetic, geometric",
        );
        assert_error(
            "direction = \"higher\"\ntransform = \"none\"",
            "direction = \"up\"\ntransform = \"none\"",
            22,
            13,
            "use one of: higher, lower",
        );
        assert_error(
            "concentration = 20",
            "concentration = 0.5",
            12,
            17,
            "`concentration` must be from 1 to 1000000 (got 0.5)",
        );
        assert_error("concentration = 20", "concentration = 2e6", 12, 17, "(got 2000000)");
        for ok in ["concentration = 1", "concentration = 1e6"] {
            assert!(parse_base(&BASE.replacen("concentration = 20", ok, 1)).is_ok(), "{ok}");
        }
    }

    #[test]
    fn a_rationale_is_required_and_not_empty() {
        assert_error("rationale = \"Income.\"", "rationale = \"\"", 47, 13, "say why `NY.GDP.PCAP.PP.KD` is used");
    }

    #[test]
    fn the_shipped_methodology_is_valid_and_named_in_six_languages() {
        let m = parse(crate::methodology::DEFAULT_TOML, &Catalogue::shipped()).unwrap();
        assert_eq!(m, Methodology::default_shipped());
        for pillar in &m.pillars {
            assert_eq!(pillar.names.keys().map(String::as_str).collect::<Vec<_>>(), LANGUAGES, "{}", pillar.id);
        }
        // Only indicators with values near the reference year; EG.ELC.ACCS.ZS
        // (last value 2017) only with a window reaching back to it.
        for spec in m.pillars.iter().flat_map(|p| &p.indicators) {
            assert!(!["SE.ADT.LITR.ZS", "SP.POP.TOTL"].contains(&spec.code.as_str()), "{}", spec.code);
            if spec.code == "EG.ELC.ACCS.ZS" {
                assert!(m.year - spec.max_age_years.unwrap_or(m.max_age_years) <= 2017);
            }
        }
    }

    #[test]
    fn weights_sum_to_one_within_the_tolerance() {
        assert!(sums_to_one(1.0) && sums_to_one(1.0 + 0.9e-9) && sums_to_one(1.0 - 0.9e-9));
        assert!(!sums_to_one(1.0 + 1.1e-9) && !sums_to_one(1.0 - 1.1e-9) && !sums_to_one(0.0));
    }

    #[test]
    fn lines_and_columns_count_characters() {
        assert_eq!(line_column("ab\ncd", 0), (1, 1));
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("é\nx", 3), (2, 1));
        assert_eq!(line_column("éx", 1), (1, 1));
        assert_eq!(line_column("éx", 2), (1, 2));
        assert_eq!(line_column("x", 99), (1, 2));
    }
}
