//! The page language and its texts.
//!
//! Texts are Project Fluent messages in `locales/<lang>/<file>.ftl`, one
//! folder per UN language, embedded in the binary ([`FILES`] names the
//! files). The language of a page is, in order: the user's explicit choice
//! (`?lang=xx` on any page, remembered in the `concord_lang` cookie), the
//! `Accept-Language` header, English.

use std::sync::LazyLock;

use axum::http::HeaderMap;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};
use domain::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The cookie that remembers the language a user chose.
pub const LANG_COOKIE: &str = "concord_lang";

/// Declares the message files once: their names and their embedded text
/// in each language. A new area of pages adds its file name here.
macro_rules! message_files {
    ($($file:literal),+ $(,)?) => {
        /// The message files of each language, without `.ftl`.
        pub const FILES: &[&str] = &[$($file),+];

        /// The embedded text of each message file of `lang`, by name.
        pub fn sources(lang: Lang) -> Vec<(&'static str, &'static str)> {
            match lang {
                Lang::Ar => vec![$(($file, include_str!(concat!("../../locales/ar/", $file, ".ftl")))),+],
                Lang::Zh => vec![$(($file, include_str!(concat!("../../locales/zh/", $file, ".ftl")))),+],
                Lang::En => vec![$(($file, include_str!(concat!("../../locales/en/", $file, ".ftl")))),+],
                Lang::Fr => vec![$(($file, include_str!(concat!("../../locales/fr/", $file, ".ftl")))),+],
                Lang::Ru => vec![$(($file, include_str!(concat!("../../locales/ru/", $file, ".ftl")))),+],
                Lang::Es => vec![$(($file, include_str!(concat!("../../locales/es/", $file, ".ftl")))),+],
            }
        }
    };
}

message_files!(
    "common",
    "home",
    "members",
    "record",
    "errors",
    "session",
    "account",
    "delegation",
    "organizations",
    "documents",
    "people",
    "recovery",
    "consultation_results",
    "consultations",
    "ballots",
    "divide",
    "federation",
);

/// One bundle per language, in the order of `Lang::ALL`, parsed once.
static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|&lang| {
            let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks keep Latin names and numbers in order inside
            // Arabic text; left-to-right text needs none.
            bundle.set_use_isolating(lang.is_rtl());
            for (file, text) in sources(lang) {
                let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, errors)| {
                    tracing::error!(lang = %lang, file, ?errors, "a message file does not parse");
                    partial
                });
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(lang = %lang, file, ?errors, "a message file repeats ids");
                }
            }
            bundle
        })
        .collect()
});

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(2);
    &BUNDLES[at]
}

/// The texts of one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    /// The language.
    pub lang: Lang,
}

impl Tr {
    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    /// The message `id` with arguments. A message missing in the language
    /// (the tests forbid it) falls back to English, then to its id.
    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for lang in [self.lang, Lang::En] {
            let bundle = bundle(lang);
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(id, lang = %lang, ?errors, "a message did not format cleanly");
                }
                return text.into_owned();
            }
            tracing::warn!(id, lang = %lang, "a message is missing");
        }
        id.to_owned()
    }

    /// A whole number written as readers of the language expect (digit
    /// grouping), e.g. 1,234,567 in English and 1 234 567 in French.
    pub fn number(&self, n: u64) -> String {
        super::locale::number(self.lang, n)
    }
}

/// The language of a language's own name, for the language switch.
pub fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "العربية",
        Lang::Zh => "中文",
        Lang::En => "English",
        Lang::Fr => "Français",
        Lang::Ru => "Русский",
        Lang::Es => "Español",
    }
}

/// How the page language was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// The language.
    pub lang: Lang,
    /// Whether the user chose it with `?lang=` on this request, so the
    /// answer sets the cookie.
    pub chosen_now: bool,
}

/// The page language for a request: `?lang=`, then the cookie, then
/// `Accept-Language`, then English.
pub fn negotiate(query: Option<&str>, headers: &HeaderMap) -> Choice {
    let asked = query.and_then(|query| {
        form_urlencoded::parse(query.as_bytes()).find(|(name, _)| name == "lang").and_then(|(_, value)| exact(&value))
    });
    if let Some(lang) = asked {
        return Choice { lang, chosen_now: true };
    }
    let remembered = headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .and_then(|(_, value)| exact(value));
    let lang = remembered
        .or_else(|| headers.get(ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok()).and_then(from_accept_language))
        .unwrap_or(Lang::En);
    Choice { lang, chosen_now: false }
}

/// One of the six codes exactly (`ar`, `zh`...), as the switch and the
/// cookie write them.
fn exact(code: &str) -> Option<Lang> {
    Lang::ALL.into_iter().find(|lang| lang.code() == code)
}

/// The most preferred of the six languages in an `Accept-Language` header
/// (RFC 9110, section 12.5.4), if any.
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(u16, Lang)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let quality = parts.filter_map(|p| p.trim().strip_prefix("q=")).next().map_or(Some(1000), parse_quality);
        let (Some(quality), Some(lang)) = (quality, Lang::from_code(tag)) else {
            continue;
        };
        if quality > 0 && best.is_none_or(|(q, _)| quality > q) {
            best = Some((quality, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

/// A quality value (`0`, `0.8`, `1.000`) in thousandths.
fn parse_quality(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, HeaderValue};
    use domain::lang::Lang;

    use super::*;

    #[test]
    fn accept_language_picks_the_most_preferred_of_the_six() {
        assert_eq!(from_accept_language("de-CH, fr;q=0.8, ar;q=0.9"), Some(Lang::Ar));
        assert_eq!(from_accept_language("zh-Hans-CN,zh;q=0.9"), Some(Lang::Zh));
        assert_eq!(from_accept_language("es-419"), Some(Lang::Es));
        assert_eq!(from_accept_language("ru;q=0, en;q=0.1"), Some(Lang::En));
        assert_eq!(from_accept_language("de, *;q=0.5"), None);
        assert_eq!(from_accept_language("fr;q=2, ru;q=0.5"), Some(Lang::Ru));
        assert_eq!(from_accept_language(""), None);
    }

    #[test]
    fn the_choice_beats_the_cookie_which_beats_the_header() {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT_LANGUAGE, HeaderValue::from_static("fr-FR,fr"));
        assert_eq!(negotiate(None, &headers).lang, Lang::Fr);
        headers.insert(COOKIE, HeaderValue::from_static("a=b; concord_lang=ru"));
        assert_eq!(negotiate(Some("page=2"), &headers).lang, Lang::Ru);
        let choice = negotiate(Some("page=2&lang=zh"), &headers);
        assert_eq!((choice.lang, choice.chosen_now), (Lang::Zh, true));
        // Anything but one of the six codes is ignored.
        let choice = negotiate(Some("lang=ZH-cn"), &headers);
        assert_eq!((choice.lang, choice.chosen_now), (Lang::Ru, false));
        assert_eq!(negotiate(None, &HeaderMap::new()).lang, Lang::En);
    }
}
