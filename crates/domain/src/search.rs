//! Text folding for search: a query matches a name whatever its case or
//! accents, in any script.

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// Folds text for matching: compatibility decomposition (NFKD), combining
/// marks removed, lowercase. "Türkiye", "TURKIYE" and "türkiye" all fold to
/// "turkiye"; Arabic, Chinese and Cyrillic text is kept, lowercased where the
/// script has case.
pub fn fold(text: &str) -> String {
    text.nfkd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_and_accents_in_every_script() {
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("CÔTE D’IVOIRE"), "cote d’ivoire");
        assert_eq!(fold("Кения"), "кения");
        assert_eq!(fold("肯尼亚"), "肯尼亚");
        assert_eq!(fold("كينيا"), "كينيا");
    }
}
