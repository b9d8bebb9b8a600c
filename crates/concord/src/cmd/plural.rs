//! The one way the command line prints a count: in English, with the
//! noun agreeing ("1 state", "2 states"; issue 13).

/// `n` followed by `one` when `n` is 1 and by `many` otherwise:
/// `count(1, "entry", "entries")` is "1 entry", `count(0, ...)` "0 entries".
pub fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_is_singular_and_every_other_number_plural() {
        assert_eq!(count(1u64, "state", "states"), "1 state");
        assert_eq!(count(0u64, "state", "states"), "0 states");
        assert_eq!(count(2u64, "entry", "entries"), "2 entries");
        assert_eq!(count(21u64, "roll call", "roll calls"), "21 roll calls");
    }
}
