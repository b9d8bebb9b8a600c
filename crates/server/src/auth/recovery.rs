//! Recovery codes: ten single-use codes made when the second factor is set
//! up, each accepted once instead of the authenticator's code (a head of
//! delegation who lost the phone signs in with one and sets up a new
//! authenticator). Each code carries 80 random bits, written as 16
//! characters of an unambiguous base32 alphabet in groups of four; the
//! store keeps only their SHA-256, like API tokens.

use crate::error::ApiError;

/// How many codes are made at a time.
pub const COUNT: usize = 10;

/// The characters of a code: digits and lowercase letters without `i`,
/// `l`, `o` and `u`, which are easily misread (Crockford's base32).
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// Characters per code: 16 × 5 bits = 80 random bits.
const LENGTH: usize = 16;

/// Ten new codes, as shown to the person (`abcd-efgh-jkmn-pqrs`).
pub fn new_codes() -> Result<Vec<String>, ApiError> {
    (0..COUNT).map(|_| new_code()).collect()
}

fn new_code() -> Result<String, ApiError> {
    let mut bytes = [0u8; 10];
    getrandom::fill(&mut bytes).map_err(|err| ApiError::Internal(format!("no randomness: {err}")))?;
    // 80 bits, five at a time.
    let bits = bytes.iter().fold(0u128, |acc, byte| (acc << 8) | u128::from(*byte));
    let chars: Vec<char> =
        (0..LENGTH).map(|at| char::from(ALPHABET[usize::try_from((bits >> (5 * at)) & 31).unwrap_or(0)])).collect();
    Ok(chars.chunks(4).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join("-"))
}

/// A code as typed, in the form the store hashes (`abcd-efgh-jkmn-pqrs`),
/// if it looks like a recovery code: case, spaces and dashes do not
/// matter; `i`, `l` and `o` are read as `1`, `1` and `0`.
pub fn normalize(typed: &str) -> Option<String> {
    let chars: Vec<char> = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_lowercase() {
            'i' | 'l' => '1',
            'o' => '0',
            other => other,
        })
        .collect();
    let valid = chars.len() == LENGTH && chars.iter().all(|c| c.is_ascii() && ALPHABET.contains(&(*c as u8)));
    valid.then(|| chars.chunks(4).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_ten_distinct_80_bit_codes_that_read_back() {
        let codes = new_codes().unwrap();
        assert_eq!(codes.len(), COUNT);
        let distinct: std::collections::BTreeSet<&String> = codes.iter().collect();
        assert_eq!(distinct.len(), COUNT);
        for code in &codes {
            assert_eq!(code.len(), 19, "{code}");
            assert_eq!(normalize(code).as_deref(), Some(code.as_str()));
            assert_eq!(normalize(&code.to_uppercase().replace('-', " ")).as_deref(), Some(code.as_str()));
        }
    }

    #[test]
    fn mistyped_codes_are_not_codes() {
        assert_eq!(normalize("123456"), None);
        assert_eq!(normalize("abcd-efgh-jkmn-pqr"), None);
        assert_eq!(normalize("abcd-efgh-jkmn-pqrs-t"), None);
        assert_eq!(normalize("abcd-efgh-jkmn-pqr!"), None);
        assert_eq!(normalize("ABCD EFGH JKMN PQRO").as_deref(), Some("abcd-efgh-jkmn-pqr0"));
    }
}
