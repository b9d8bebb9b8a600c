//! Dates, times and numbers as readers of each language write them.
//!
//! Every moment a page shows goes through [`When`]: its text in the page
//! language (ICU4X with compiled CLDR data, Gregorian calendar, in UTC, e.g.
//! "Dec 4, 2026, 9:36 AM UTC", "4 déc. 2026, 09:36 (UTC)"), and its ISO value for
//! the `datetime` attribute of the `<time>` element the templates put it in
//! (`components.html`, macro `time`). Arabic is written with Latin digits
//! (`ar-u-nu-latn`), as the organization's Arabic documents are. Numbers go
//! through [`number`] (digit grouping of each language).
//!
//! Only the Gregorian calendar's data and the field set used here are linked
//! (`FixedCalendarDateTimeFormatter` with a static field set), so the
//! compiled data stays small.

use domain::Timestamp;
use domain::lang::Lang;
use fluent_bundle::FluentValue;
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::input::{DateTime, Time};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::{Locale, locale};

use super::i18n::Tr;

/// The field set of every moment: day, month, year, hours and minutes (in
/// UTC, which the message `time-utc` says).
type Fields = YMDT;

/// The CLDR locale of a page language.
fn cldr(lang: Lang) -> Locale {
    match lang {
        // Latin digits, as in the organization's Arabic documents.
        Lang::Ar => locale!("ar-u-nu-latn"),
        Lang::Zh => locale!("zh"),
        Lang::En => locale!("en"),
        Lang::Fr => locale!("fr"),
        Lang::Ru => locale!("ru"),
        Lang::Es => locale!("es"),
    }
}

/// The formatters of one language, made once.
struct Formatters {
    moment: Option<FixedCalendarDateTimeFormatter<Gregorian, Fields>>,
    decimal: Option<DecimalFormatter>,
}

impl Formatters {
    /// The formatters of `lang`. One that cannot be made (the compiled data
    /// has all six languages, so this does not happen) leaves the ISO text
    /// or the bare digits in its place.
    fn new(lang: Lang) -> Formatters {
        let fields = YMD::medium().with_time_hm();
        let moment = FixedCalendarDateTimeFormatter::try_new(cldr(lang).into(), fields)
            .inspect_err(|err| tracing::error!(lang = %lang, ?err, "no date formatter"))
            .ok();
        let decimal = DecimalFormatter::try_new(cldr(lang).into(), Default::default())
            .inspect_err(|err| tracing::error!(lang = %lang, ?err, "no number formatter"))
            .ok();
        Formatters { moment, decimal }
    }
}

thread_local! {
    /// One set per language, in the order of `Lang::ALL`, made once per
    /// thread (ICU4X's formatters are not `Sync`).
    static FORMATTERS: Vec<Formatters> = Lang::ALL.iter().map(|&lang| Formatters::new(lang)).collect();
}

/// Runs `f` with the formatters of `lang`.
fn with_formatters<T>(lang: Lang, f: impl FnOnce(&Formatters) -> T) -> T {
    let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(2);
    FORMATTERS.with(|all| f(&all[at]))
}

/// A moment shown on a page: its text in the page language and its ISO
/// value (RFC 3339, UTC) for `<time datetime>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct When {
    /// The machine-readable value, e.g. `2026-12-04T09:36:12.345Z`.
    pub iso: String,
    /// What readers see, e.g. `Dec 4, 2026, 9:36 AM UTC`.
    pub text: String,
}

impl When {
    /// `time` in `lang`.
    pub fn of(lang: Lang, time: Timestamp) -> When {
        let iso = time.to_string();
        let text = localized(lang, time).unwrap_or_else(|| iso.clone());
        When { iso, text }
    }
}

/// The text of `time` in `lang`, if it can be written.
fn localized(lang: Lang, time: Timestamp) -> Option<String> {
    let utc = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(time.unix_millis()) * 1_000_000).ok()?;
    let moment = DateTime {
        date: Date::try_new_gregorian(utc.year(), u8::from(utc.month()), utc.day()).ok()?,
        time: Time::try_new(utc.hour(), utc.minute(), utc.second(), 0).ok()?,
    };
    let text = with_formatters(lang, |f| f.moment.as_ref().map(|formatter| formatter.format(&moment).to_string()))?;
    Some(Tr { lang }.t_args("time-utc", &[("time", text.into())]))
}

/// A whole number with the digit grouping of `lang`, e.g. 1,234,567 in
/// English and 1 234 567 in French.
pub fn number(lang: Lang, n: u64) -> String {
    with_formatters(lang, |f| match &f.decimal {
        Some(formatter) => formatter.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    })
}

/// `value` rounded to `digits` decimals and written as readers of `lang`
/// expect, e.g. -0.25 in English and -0,25 in French. A value too large
/// for that (or not a number) is written as Rust writes it.
pub fn decimal(lang: Lang, value: f64, digits: u8) -> String {
    let scaled = (value * 10f64.powi(i32::from(digits))).round();
    if !scaled.is_finite() || scaled.abs() > 1e15 {
        return value.to_string();
    }
    let mut fixed = Decimal::from(scaled as i64);
    let position = -i16::from(digits);
    fixed.multiply_pow10(position);
    fixed.pad_end(position);
    with_formatters(lang, |f| match &f.decimal {
        Some(formatter) => formatter.format(&fixed).to_string(),
        None => fixed.to_string(),
    })
}

/// A sentence with a moment in it, in three parts so the template can put
/// the moment in its `<time>` element (`components.html`, macro `phrase`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The text before the moment.
    pub before: String,
    /// The moment.
    pub when: When,
    /// The text after it.
    pub after: String,
}

/// Stands for the moment while the message is formatted: a noncharacter,
/// which no message and no argument contains.
const MARK: &str = "\u{fdd0}";

impl Tr {
    /// `time` as this language writes it.
    pub fn when(&self, time: Timestamp) -> When {
        When::of(self.lang, time)
    }

    /// A moment given as milliseconds since the epoch (the private tables'
    /// form); an out-of-range value is shown as the number.
    pub fn when_millis(&self, millis: i64) -> When {
        match Timestamp::from_unix_millis(millis) {
            Some(time) => self.when(time),
            None => When { iso: String::new(), text: millis.to_string() },
        }
    }

    /// A moment given as RFC 3339 text (the API's form); text that is not
    /// one is shown as it is.
    pub fn when_text(&self, time: &str) -> When {
        match time.parse::<Timestamp>() {
            Ok(time) => self.when(time),
            Err(_) => When { iso: String::new(), text: time.to_owned() },
        }
    }

    /// The message `id` with its argument `name` standing for `when`, split
    /// around it.
    pub fn phrase(&self, id: &str, args: &[(&str, FluentValue<'_>)], name: &str, when: When) -> Phrase {
        let mut all = args.to_vec();
        all.push((name, MARK.into()));
        let text = self.t_args(id, &all);
        let (before, after) = text.split_once(MARK).unwrap_or((text.as_str(), ""));
        Phrase { before: before.to_owned(), after: after.to_owned(), when }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn moments_are_written_in_each_language() {
        let time = at("2026-12-04T09:36:12.345Z");
        let text = |lang| When::of(lang, time).text;
        assert_eq!(text(Lang::En), "Dec 4, 2026, 9:36\u{202f}AM UTC");
        assert_eq!(text(Lang::Fr), "4 déc. 2026, 09:36 (UTC)");
        assert_eq!(text(Lang::Es), "4 dic 2026, 09:36 (UTC)");
        assert_eq!(text(Lang::Ru), "4 дек. 2026\u{202f}г., 09:36 по UTC");
        assert_eq!(text(Lang::Zh), "2026年12月4日 09:36（UTC）");
        // Day, month, year with right-to-left marks, then the hour; the
        // moment isolated (FSI ... PDI) from "(UTC)".
        assert_eq!(text(Lang::Ar), "\u{2068}04\u{200f}/12\u{200f}/2026، 9:36 ص\u{2069} (UTC)");
        assert_eq!(When::of(Lang::En, time).iso, "2026-12-04T09:36:12.345Z");
    }

    #[test]
    fn decimals_are_rounded_and_written_in_each_language() {
        assert_eq!(decimal(Lang::En, -0.256, 2), "-0.26");
        assert_eq!(decimal(Lang::Fr, 1234.5, 1), "1\u{202f}234,5");
        assert_eq!(decimal(Lang::En, 3.0, 1), "3.0");
        assert_eq!(decimal(Lang::En, -0.001, 2), "0.00");
        assert_eq!(decimal(Lang::Ar, 0.5, 1), "0.5");
        assert_eq!(decimal(Lang::En, f64::NAN, 1), "NaN");
    }

    #[test]
    fn arabic_uses_latin_digits() {
        let text = When::of(Lang::Ar, at("2026-12-04T09:36:12.345Z")).text;
        assert!(text.contains("2026") && text.contains("9:36"), "{text}");
        assert!(!text.chars().any(|c| ('\u{660}'..='\u{669}').contains(&c)), "Arabic-Indic digits in {text}");
        assert_eq!(number(Lang::Ar, 1_234_567), "1,234,567");
    }

    #[test]
    fn numbers_are_grouped_per_language() {
        assert_eq!(number(Lang::En, 52_442_000), "52,442,000");
        assert_eq!(number(Lang::Fr, 52_442_000), "52\u{202f}442\u{202f}000");
        assert_eq!(number(Lang::Ru, 52_442_000), "52\u{a0}442\u{a0}000");
        assert_eq!(number(Lang::Es, 52_442_000), "52.442.000");
        assert_eq!(number(Lang::Es, 1234), "1234");
        assert_eq!(number(Lang::Zh, 0), "0");
    }

    #[test]
    fn a_phrase_is_split_around_its_moment() {
        let tr = Tr { lang: Lang::En };
        let when = tr.when(at("2026-12-04T09:36:00.000Z"));
        let phrase = tr.phrase("issued-lead", &[("note", "Ms Diallo".into())], "expires", when.clone());
        assert!(phrase.before.contains("Ms Diallo"), "{phrase:?}");
        assert_eq!(phrase.when, when);
        assert_eq!(
            format!("{}{}{}", phrase.before, "X", phrase.after),
            tr.t_args("issued-lead", &[("note", "Ms Diallo".into()), ("expires", "X".into())])
        );
    }

    #[test]
    fn bad_moments_are_shown_as_they_are() {
        let tr = Tr { lang: Lang::Fr };
        assert_eq!(tr.when_text("soon"), When { iso: String::new(), text: "soon".into() });
        assert_eq!(tr.when_millis(i64::MAX).text, i64::MAX.to_string());
        assert_eq!(tr.when_millis(0).iso, "1970-01-01T00:00:00.000Z");
    }
}
