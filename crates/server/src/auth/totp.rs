//! Time-based one-time passwords (RFC 6238): SHA-1, 6 digits, 30-second
//! steps, one step of clock skew either way, the parameters every
//! authenticator app supports. A code's time step is recorded when used, so
//! no code works twice.

use totp_rs::{Algorithm, Builder, Secret, Totp};

use crate::error::ApiError;

/// A new random secret, base32.
pub fn new_secret() -> Result<String, ApiError> {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).map_err(|err| ApiError::Internal(format!("no randomness: {err}")))?;
    Ok(Secret::from(bytes).to_base32())
}

fn totp(secret: &str, account: &str) -> Result<Totp, ApiError> {
    let secret = Secret::try_from_base32(secret)
        .map_err(|err| ApiError::Internal(format!("a stored TOTP secret is not base32: {err:?}")))?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_step_duration(30)
        .with_skew(1)
        .with_secret(secret)
        .with_account_name(account)
        .with_issuer(Some("Concord"))
        .build()
        .map_err(|err| ApiError::Internal(format!("cannot set up TOTP: {err:?}")))
}

/// The `otpauth://` URL an authenticator app reads (as a QR code or typed).
pub fn url(secret: &str, account: &str) -> Result<String, ApiError> {
    totp(secret, account)?.to_url().map_err(|err| ApiError::Internal(format!("cannot make a TOTP URL: {err:?}")))
}

/// The time step a code matches at `unix_seconds`, if it does.
pub fn check(secret: &str, code: &str, unix_seconds: u64) -> Result<Option<u64>, ApiError> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    Ok(totp(secret, "check")?.check(&code, unix_seconds))
}

/// The code for a secret at `unix_seconds` (for tests and the CLI).
pub fn code(secret: &str, unix_seconds: u64) -> Result<String, ApiError> {
    Ok(totp(secret, "code")?.generate(unix_seconds).to_string())
}

/// Seconds since the Unix epoch, now.
pub fn now_seconds() -> u64 {
    u64::try_from(store::access::now_millis() / 1000).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_within_one_step_and_not_beyond() {
        let secret = new_secret().unwrap();
        let now = 1_795_000_000;
        let current = code(&secret, now).unwrap();
        assert_eq!(check(&secret, &current, now).unwrap(), Some(now / 30));
        assert_eq!(check(&secret, &current, now + 30).unwrap(), Some(now / 30));
        assert_eq!(check(&secret, &current, now + 90).unwrap(), None);
        assert_eq!(check(&secret, "12345", now).unwrap(), None);
        assert_eq!(check(&secret, "abcdef", now).unwrap(), None);
        assert!(url(&secret, "amina").unwrap().starts_with("otpauth://totp/Concord:amina?"));
    }
}
