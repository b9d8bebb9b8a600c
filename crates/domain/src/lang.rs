//! The six official UN languages, in which every public text is offered.
//!
//! The type is the `rules` crate's, whose explanations are written in the
//! same six languages; it is re-exported here so that events, pages and
//! explanations share one `Lang`.

pub use rules::Lang;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_subtags_are_ignored() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("FR_ca"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
        assert!(Lang::Ar.is_rtl() && !Lang::Zh.is_rtl());
    }
}
