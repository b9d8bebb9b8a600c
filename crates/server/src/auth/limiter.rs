//! Limits on guessing passwords and codes that protect an account without
//! locking others out. The counts are kept in the store (private tables,
//! see `store::limits`), so they hold across nodes and restarts; every
//! attempt is counted *before* its password is hashed, so a burst hashes at
//! most as often as the limit allows.
//!
//! - **Per account and address**: [`Limits::per_pair`] passwords in a
//!   window; the next one from that address for that account is refused
//!   (429) until the window ends. A right password starts the count again.
//!   Other addresses, and other accounts from the same address, are never
//!   refused for it.
//! - **Per account, everywhere**: after a wrong password, the account's
//!   password is hashed at most once every [`Limits::turn`] until it signs
//!   in (or a window passes quietly). A sign-in waits for its turn (at most
//!   [`Limits::max_wait`]): a delay, never a refusal.
//! - Second-factor codes: [`Limits::codes`] per account in a window.
//!   Sign-ups: [`Limits::sign_ups`] per address in a window.

use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use store::access::now_millis;

use crate::AppState;
use crate::error::ApiError;

use super::password::DECOY_HASH;

/// The limits.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Passwords allowed per account and address within [`Limits::window`].
    pub per_pair: i64,
    /// Second-factor codes allowed per account within the window.
    pub codes: i64,
    /// Sign-ups allowed per address within the window.
    pub sign_ups: i64,
    /// The window over which attempts count.
    pub window: Duration,
    /// After a wrong password, the time between two hashes of the account.
    pub turn: Duration,
    /// The longest a sign-in waits for its turn.
    pub max_wait: Duration,
}

/// Passwords allowed per account and address within [`WINDOW`].
pub const PER_PAIR: i64 = 5;
/// The window over which attempts count.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            per_pair: PER_PAIR,
            codes: 5,
            sign_ups: 30,
            window: WINDOW,
            turn: Duration::from_secs(2),
            max_wait: Duration::from_secs(30),
        }
    }
}

/// The limits and what they did (for tests and metrics).
#[derive(Debug, Default)]
pub struct SignInLimiter {
    limits: Limits,
    turns: AtomicU64,
}

fn millis(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

fn address_text(address: Option<IpAddr>) -> String {
    address.map_or_else(|| "unknown".to_owned(), |a| a.to_string())
}

impl SignInLimiter {
    /// A limiter with these limits.
    pub fn new(limits: Limits) -> SignInLimiter {
        SignInLimiter { limits, turns: AtomicU64::new(0) }
    }

    /// The limits.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// How many password checks took a turn of an account that backs off
    /// (and waited for it if it was not yet due).
    pub fn turns(&self) -> u64 {
        self.turns.load(Ordering::Relaxed)
    }

    /// Counts one attempt for `subject`; a 429 (with the seconds until the
    /// window ends) when `limit` attempts were counted already.
    async fn count(&self, state: &AppState, subject: &str, limit: i64) -> Result<(), ApiError> {
        let now = now_millis();
        let window = millis(self.limits.window);
        let counted = state.store.count_attempt(subject, window, now).await?;
        if counted.attempts > limit {
            state.metrics.refused("rate_limited");
            let wait = (counted.window_start + window - now).max(1);
            return Err(ApiError::TooManyRequests { retry_after: u64::try_from(wait).unwrap_or(1).div_ceil(1000) });
        }
        Ok(())
    }

    /// Counts a second-factor code of `username` before it is checked.
    pub async fn count_code(&self, state: &AppState, username: &str) -> Result<(), ApiError> {
        self.count(state, &format!("code|{username}"), self.limits.codes).await
    }

    /// Forgets the codes counted for `username` (a right one came).
    pub async fn code_right(&self, state: &AppState, username: &str) -> Result<(), ApiError> {
        Ok(state.store.forget_attempts(&format!("code|{username}")).await?)
    }

    /// Counts a sign-up from `address` before its password is hashed.
    pub async fn count_sign_up(&self, state: &AppState, address: Option<IpAddr>) -> Result<(), ApiError> {
        self.count(state, &format!("sign-up|{}", address_text(address)), self.limits.sign_ups).await
    }

    /// Counts a request for a reset link by e-mail from `address` (the
    /// same limit as sign-ups), so nobody floods a mailbox.
    pub async fn count_reset_request(&self, state: &AppState, address: Option<IpAddr>) -> Result<(), ApiError> {
        self.count(state, &format!("reset-request|{}", address_text(address)), self.limits.sign_ups).await
    }

    /// Checks a password for the account `username` (its stored hash, or
    /// `None` for an unknown name, which is checked against a decoy so that
    /// it takes as long), within the limits: 503 when every hashing slot is
    /// taken, 429 when this account and address have used their attempts;
    /// the check waits its account's turn after a wrong password.
    pub async fn check_password(
        &self,
        state: &AppState,
        username: &str,
        address: Option<IpAddr>,
        password: &str,
        stored: Option<&str>,
    ) -> Result<bool, ApiError> {
        if state.hashing.is_full() {
            state.metrics.refused("busy");
            return Err(ApiError::Busy { retry_after: super::hashing::BUSY_RETRY_AFTER });
        }
        let pair = format!("password|{username}|{}", address_text(address));
        let account = format!("account|{username}");
        self.count(state, &pair, self.limits.per_pair).await?;
        self.wait_for_turn(state, &account).await?;
        let right = match state.hashing.verify(password, stored.unwrap_or(DECOY_HASH)).await {
            Err(busy @ ApiError::Busy { .. }) => {
                state.metrics.refused("busy");
                return Err(busy);
            }
            other => other?,
        };
        if right && stored.is_some() {
            state.store.forget_attempts(&pair).await?;
            state.store.end_back_off(&account).await?;
        } else {
            state.store.back_off(&account, millis(self.limits.turn), now_millis()).await?;
        }
        Ok(right && stored.is_some())
    }

    /// Waits for the account's next turn if it is backing off.
    async fn wait_for_turn(&self, state: &AppState, account: &str) -> Result<(), ApiError> {
        let now = now_millis();
        let turn = state.store.take_turn(account, millis(self.limits.turn), millis(self.limits.max_wait), now).await?;
        if let Some(turn) = turn {
            self.turns.fetch_add(1, Ordering::Relaxed);
            tokio::time::sleep(Duration::from_millis(u64::try_from(turn - now).unwrap_or(0))).await;
        }
        Ok(())
    }
}
