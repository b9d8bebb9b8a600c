//! Password hashing with argon2id (RFC 9106), at the `argon2` crate's
//! default cost: 19 MiB of memory, 2 passes, 1 lane (OWASP's recommended
//! minimum for argon2id). Hashing takes tens of milliseconds by design;
//! requests hash through the bounded [`super::hashing::HashPool`].

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::error::ApiError;

/// The shortest password accepted.
pub const MIN_LENGTH: usize = 10;
/// The longest password accepted (hashing cost stays bounded).
pub const MAX_LENGTH: usize = 256;

/// What is wrong with a new password; the message says what to fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// Shorter than [`MIN_LENGTH`].
    #[error("use at least {MIN_LENGTH} characters")]
    TooShort,
    /// Longer than [`MAX_LENGTH`].
    #[error("use at most {MAX_LENGTH} characters")]
    TooLong,
}

/// Checks a new password against the policy.
pub fn check_policy(password: &str) -> Result<(), PolicyError> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(PolicyError::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PolicyError::TooLong);
    }
    Ok(())
}

/// The PHC string of a new argon2id hash with a random salt, computed on
/// this thread (requests go through [`super::hashing::HashPool`]).
pub fn hash_now(password: &str) -> Result<String, ApiError> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|err| ApiError::Internal(format!("cannot hash a password: {err}")))
}

/// Whether `password` matches the PHC string `hash`, computed on this
/// thread. A malformed stored hash never matches.
pub fn verify_now(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// [`hash_now`] on the blocking pool, unbounded: for the first start and
/// tools, never for a request.
pub async fn hash(password: &str) -> Result<String, ApiError> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || hash_now(&password))
        .await
        .map_err(|err| ApiError::Internal(format!("password hashing stopped: {err}")))?
}

/// A hash no password matches, verified when the username is unknown so
/// that a wrong username takes as long as a wrong password.
pub const DECOY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_differ_by_salt() {
        let first = hash("correct horse battery").await.unwrap();
        let second = hash_now("correct horse battery").unwrap();
        assert!(first.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{first}");
        assert_ne!(first, second);
        assert!(verify_now("correct horse battery", &first));
        assert!(!verify_now("wrong horse battery", &first));
        assert!(!verify_now("anything", "not a hash"));
        assert!(!verify_now("anything", DECOY_HASH));
    }

    #[test]
    fn the_policy_says_what_to_fix() {
        assert!(check_policy("short").unwrap_err().to_string().contains("at least 10"));
        assert!(check_policy(&"x".repeat(257)).unwrap_err().to_string().contains("at most 256"));
        assert!(check_policy("a long enough passphrase").is_ok());
    }
}
