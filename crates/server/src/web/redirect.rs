//! Where to go after signing in: the `next` a page asked for is followed
//! only when it is a path on this site, whatever a browser would make of it.
//! One pure rule, [`is_local_path`], used by every redirect to a `next`.

/// The longest `next` followed (a longer one falls back).
const MAX_LENGTH: usize = 2048;

/// `next` if it is a path on this site ([`is_local_path`]), else `fallback`.
pub fn local_path<'a>(next: &'a str, fallback: &'a str) -> &'a str {
    if is_local_path(next) { next } else { fallback }
}

/// Whether `next`, sent as it is in a `Location` header, leads to a path
/// of this site in every browser:
/// - no control character anywhere (C0, DEL, C1): browsers strip tabs and
///   newlines from URLs, so `/\t/evil.example` would become
///   `//evil.example`; the others are no valid header value at all;
/// - exactly one leading `/`: then a path, not a scheme (`https:`), a
///   relative path or a host (`//evil.example`), where browsers read a
///   backslash as a slash (`/\evil.example`);
/// - at most `MAX_LENGTH` bytes.
pub fn is_local_path(next: &str) -> bool {
    if next.len() > MAX_LENGTH || next.chars().any(char::is_control) {
        return false;
    }
    let mut chars = next.chars();
    chars.next() == Some('/') && !matches!(chars.next(), Some('/' | '\\'))
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;
    use proptest::prelude::*;

    use super::*;

    const HOME: &str = "/account";

    #[test]
    fn paths_of_this_site_are_followed() {
        for next in ["/", "/delegation", "/members?sort=code&page=2", "/record/entries/3#top", "/a//b", "/a/\\b", "/é"]
        {
            assert_eq!(local_path(next, HOME), next);
        }
    }

    #[test]
    fn other_sites_and_relative_urls_fall_back() {
        for next in [
            "",
            "//evil.example",
            "//evil.example/",
            "/\\evil.example",
            "\\/evil.example",
            "\\\\evil.example",
            "https://evil.example/",
            "javascript:alert(1)",
            "evil.example",
            " /delegation",
            "./delegation",
        ] {
            assert_eq!(local_path(next, HOME), HOME, "{next:?}");
        }
    }

    #[test]
    fn control_characters_fall_back_wherever_they_are() {
        // The reproductions: `/%09/evil.example`, `/%01`, `%00`, `%0B`, `%7F`.
        for next in ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil", "/\u{1}", "/\0", "/\u{b}", "/\u{7f}"] {
            assert_eq!(local_path(next, HOME), HOME, "{next:?}");
        }
        for control in (0..0x20u32).chain(0x7f..0xa0) {
            let next = format!("/a{}b", char::from_u32(control).unwrap());
            assert_eq!(local_path(&next, HOME), HOME, "{next:?}");
        }
    }

    #[test]
    fn a_very_long_next_falls_back() {
        let long = format!("/{}", "a".repeat(MAX_LENGTH));
        assert_eq!(local_path(&long, HOME), HOME);
        assert_eq!(local_path(&long[..MAX_LENGTH], HOME), &long[..MAX_LENGTH]);
    }

    /// Characters that matter to a URL parser, and any other.
    fn tricky() -> impl Strategy<Value = String> {
        let c = prop_oneof![
            Just('/'),
            Just('\\'),
            Just('\t'),
            Just('\n'),
            Just('\r'),
            Just('\0'),
            Just('\u{b}'),
            Just('\u{7f}'),
            Just('\u{85}'),
            Just(' '),
            Just(':'),
            Just('.'),
            Just('@'),
            Just('%'),
            Just('?'),
            Just('#'),
            Just('e'),
            any::<char>(),
        ];
        prop::collection::vec(c, 0..10).prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        /// Whatever `next` is, the answer is a valid `Location` that a
        /// WHATWG URL parser (what browsers implement) resolves to this
        /// site.
        #[test]
        fn whatever_the_input_the_redirect_stays_on_this_site(next in tricky()) {
            let base = url::Url::parse("https://concord.example/sign-in?next=x").unwrap();
            let to = local_path(&next, HOME);
            prop_assert!(HeaderValue::from_str(to).is_ok(), "{to:?} is no header value");
            let resolved = base.join(to).unwrap();
            prop_assert_eq!(resolved.scheme(), "https");
            prop_assert_eq!(resolved.host_str(), Some("concord.example"), "{:?} leaves the site", to);
            prop_assert!(to.starts_with('/'));
        }
    }
}
