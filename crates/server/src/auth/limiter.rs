//! Limits on failed sign-ins: per account and per client address, in a
//! sliding window. A node keeps its own counts (several nodes behind a load
//! balancer each allow the limit); the limits are set so that guessing a
//! password stays hopeless even so.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failed attempts allowed per account within [`WINDOW`].
pub const PER_ACCOUNT: usize = 5;
/// Failed attempts allowed per client address within [`WINDOW`].
pub const PER_ADDRESS: usize = 30;
/// The window over which failures count.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

/// Counts of recent failures by key (`account:<name>` or `address:<ip>`).
#[derive(Debug, Default)]
pub struct SignInLimiter {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl SignInLimiter {
    /// `Some(wait)` if any of the keys has reached its limit: how long
    /// until one more attempt is allowed.
    pub fn blocked(&self, keys: &[(String, usize)]) -> Option<Duration> {
        let now = Instant::now();
        let mut failures = self.failures.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        keys.iter()
            .filter_map(|(key, limit)| {
                let times = failures.get_mut(key)?;
                times.retain(|t| now.duration_since(*t) < WINDOW);
                (times.len() >= *limit).then(|| WINDOW.saturating_sub(now.duration_since(times[times.len() - limit])))
            })
            .max()
    }

    /// Counts a failure against every key.
    pub fn failed(&self, keys: &[(String, usize)]) {
        let now = Instant::now();
        let mut failures = self.failures.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if failures.len() > 100_000 {
            // Bound the memory an attacker can make us use.
            failures.retain(|_, times| times.iter().any(|t| now.duration_since(*t) < WINDOW));
        }
        for (key, _) in keys {
            failures.entry(key.clone()).or_default().push(now);
        }
    }

    /// Forgets an account's failures after it signs in.
    pub fn succeeded(&self, key: &str) {
        self.failures.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_the_limit_and_forgets_on_success() {
        let limiter = SignInLimiter::default();
        let keys = vec![("account:amina".to_owned(), 3), ("address:10.0.0.1".to_owned(), 10)];
        for _ in 0..3 {
            assert_eq!(limiter.blocked(&keys), None);
            limiter.failed(&keys);
        }
        let wait = limiter.blocked(&keys).unwrap();
        assert!(wait > Duration::from_secs(14 * 60) && wait <= WINDOW, "{wait:?}");
        limiter.succeeded("account:amina");
        assert_eq!(limiter.blocked(&keys), None);
    }
}
