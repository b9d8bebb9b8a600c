//! Explanations in the six UN languages: Project Fluent files embedded in
//! the crate (`locales/<lang>/rules.ftl`), read with `fluent-bundle`.
//!
//! Messages refer to shared phrases (`threshold-phrase`, `base-phrase`)
//! that see the caller's arguments, and an argument named `group` is shown
//! by its message `group-<ID>` where one exists (`group-AFRICAN`), so the
//! UN regional groups read in each language while other groups keep their
//! names.

use std::fmt;
use std::str::FromStr;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use unic_langid::LanguageIdentifier;

use crate::message::{Arg, Message};
use crate::tally::{Line, Tally, Verdict};

/// One of the six official languages of the United Nations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Arabic (written right to left).
    Ar,
    /// Chinese.
    Zh,
    /// English.
    En,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Spanish.
    Es,
}

impl Lang {
    /// All six, in the UN's order of language codes.
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 code (`ar`, `zh`, `en`, `fr`, `ru`, `es`).
    pub fn code(&self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The language of a tag such as `fr` or `zh-Hans-CN` (only the primary
    /// subtag counts, case-insensitively), if it is one of the six.
    pub fn from_code(tag: &str) -> Option<Lang> {
        tag.parse().ok()
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(&self) -> bool {
        *self == Lang::Ar
    }

    /// The embedded Fluent source for the language.
    pub fn ftl(&self) -> &'static str {
        match self {
            Lang::Ar => include_str!("../locales/ar/rules.ftl"),
            Lang::Zh => include_str!("../locales/zh/rules.ftl"),
            Lang::En => include_str!("../locales/en/rules.ftl"),
            Lang::Fr => include_str!("../locales/fr/rules.ftl"),
            Lang::Ru => include_str!("../locales/ru/rules.ftl"),
            Lang::Es => include_str!("../locales/es/rules.ftl"),
        }
    }

    fn index(&self) -> usize {
        *self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// A language tag whose primary language is one of the six (`fr`,
    /// `fr-CA`, `zh-Hans`).
    fn from_str(tag: &str) -> Result<Lang, UnknownLang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary).ok_or_else(|| UnknownLang(tag.to_owned()))
    }
}

/// A language tag that is none of the six.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown language `{0}`; use one of: ar, zh, en, fr, ru, es")]
pub struct UnknownLang(pub String);

/// Every message id the crate emits or the messages use; each `rules.ftl`
/// defines exactly these.
pub const MESSAGE_IDS: &[&str] = &[
    "outcome-adopted",
    "outcome-rejected",
    "outcome-pending",
    "verdict-pass",
    "verdict-fail",
    "verdict-pending",
    "line",
    "counts",
    "threshold-phrase",
    "base-phrase",
    "clause-majority",
    "clause-majority-none",
    "clause-quorum",
    "clause-quorum-none",
    "clause-groups",
    "group-result",
    "group-result-none",
    "clause-no-single-group",
    "clause-no-single-group-none",
    "clause-weighted",
    "weighted-members",
    "weighted-weight",
    "clause-all-of",
    "clause-any-of",
    "consensus-adopted",
    "consensus-running",
    "consensus-objected",
    "consensus-statements",
    "consensus-late-objections",
    "group-AFRICAN",
    "group-ASIA_PACIFIC",
    "group-EASTERN_EUROPEAN",
    "group-GRULAC",
    "group-WEOG",
];

/// A message could not be rendered exactly.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RenderError {
    /// The language has no such message.
    #[error("no message `{id}` in {lang}")]
    Missing {
        /// The message id.
        id: String,
        /// The language.
        lang: Lang,
    },
    /// Fluent reported problems (a missing argument, a broken reference).
    #[error("message `{id}` in {lang}: {problems}")]
    Fluent {
        /// The message id.
        id: String,
        /// The language.
        lang: Lang,
        /// What Fluent reported.
        problems: String,
    },
}

/// Renders messages and explanations in the six languages. Build one and
/// share it: it parses the embedded Fluent files once, and it is `Sync`.
pub struct Localizer {
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer").finish_non_exhaustive()
    }
}

impl Default for Localizer {
    fn default() -> Localizer {
        Localizer::new()
    }
}

impl Localizer {
    /// Parses the embedded Fluent files. Never fails: a broken entry would
    /// render as its id, and the crate's tests check that none is broken.
    pub fn new() -> Localizer {
        let bundles = Lang::ALL
            .iter()
            .map(|lang| {
                let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // Isolation marks keep numbers and Latin identifiers in
                // order inside Arabic text; left-to-right text needs none.
                bundle.set_use_isolating(lang.is_rtl());
                let resource = FluentResource::try_new(lang.ftl().to_owned()).unwrap_or_else(|(partial, _)| partial);
                // Duplicate ids keep the first; the tests forbid them.
                let _ = bundle.add_resource(resource);
                bundle
            })
            .collect();
        Localizer { bundles }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self.bundles[lang.index()]
    }

    /// Renders `message` in `lang`, or says exactly what went wrong.
    pub fn render(&self, lang: Lang, message: &Message) -> Result<String, RenderError> {
        let bundle = self.bundle(lang);
        let pattern = bundle
            .get_message(&message.id)
            .and_then(|m| m.value())
            .ok_or_else(|| RenderError::Missing { id: message.id.clone(), lang })?;
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            // Numbers reach Fluent as numbers, so that plural selectors
            // (`[one]`) and numeric variants (`[0]`) apply. Fluent keeps
            // numbers in floating point, exact only up to 2^53; a larger
            // number (a weight total) is passed as its digits, which no
            // selector matches: it gets the default variant, which is also
            // what the six files' selectors (`[one]`, `[0]`) give it.
            let value = match value {
                Arg::Number(n) if *n <= 1 << 53 => FluentValue::from(*n),
                Arg::Number(n) => FluentValue::from(n.to_string()),
                Arg::Text(text) if name == "group" => match self.group_name(lang, text) {
                    Some(localized) => FluentValue::from(localized),
                    None => FluentValue::from(text.as_str()),
                },
                Arg::Text(text) => FluentValue::from(text.as_str()),
            };
            args.set(name.as_str(), value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(RenderError::Fluent {
                id: message.id.clone(),
                lang,
                problems: errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "),
            })
        }
    }

    fn group_name(&self, lang: Lang, group: &str) -> Option<String> {
        let bundle = self.bundle(lang);
        let pattern = bundle.get_message(&format!("group-{group}"))?.value()?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, None, &mut errors).into_owned())
    }

    /// Renders `message` in `lang`; where that fails, in English; where that
    /// fails too, shows the id and arguments.
    pub fn message(&self, lang: Lang, message: &Message) -> String {
        self.render(lang, message)
            .or_else(|_| self.render(Lang::En, message))
            .unwrap_or_else(|_| format!("{} {:?}", message.id, message.args))
    }

    /// Renders one explanation line, with its verdict in front.
    pub fn line(&self, lang: Lang, line: &Line) -> String {
        let text = self.message(lang, &line.message);
        match line.verdict {
            None => text,
            Some(verdict) => {
                let verdict = self.message(
                    lang,
                    &Message::new(match verdict {
                        Verdict::Pass => "verdict-pass",
                        Verdict::Fail => "verdict-fail",
                        Verdict::Pending => "verdict-pending",
                    }),
                );
                self.message(lang, &Message::new("line").arg("verdict", verdict).arg("text", text))
            }
        }
    }

    /// The whole explanation of a tally in `lang`, one line per rule and
    /// part, nested lines indented and bulleted.
    pub fn explain(&self, lang: Lang, tally: &Tally) -> String {
        let mut out = String::new();
        for (i, line) in tally.explanation().iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if line.depth > 0 {
                for _ in 1..line.depth {
                    out.push_str("  ");
                }
                out.push_str("- ");
            }
            out.push_str(&self.line(lang, line));
        }
        out
    }
}
