//! Who presents an API token, remembered for a moment: a script, or a
//! voter's app, sends many requests a second with the same token, and each
//! would otherwise read the token, the person's role and their account
//! (three queries) before doing anything.
//!
//! An identity is remembered for at most [`TOKEN_IDENTITY_TTL`], and this
//! node forgets every identity at once when it changes what one holds: a
//! token revoked, a password or second factor changed, an account deleted
//! (the [`crate::Store`] methods that write them), or an event that changes
//! someone's role committed or caught up by its writer. Another node
//! sharing the database learns of such a change within the TTL. Commands
//! lose nothing by it: the writer checks every command against its own
//! state, at commit.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use domain::authz::Principal;
use moka::sync::Cache;

use crate::access::{Account, ApiToken};

/// How long a token's identity is remembered: on another node sharing the
/// database, the longest a revoked token may still be accepted, or a
/// changed role still seen on reads.
pub const TOKEN_IDENTITY_TTL: Duration = Duration::from_secs(2);

/// The most identities remembered at once.
const CAPACITY: u64 = 100_000;

/// Who presented an API token: the token itself (expired and revoked ones
/// too, for a precise refusal), whose it is and their account.
#[derive(Debug, Clone)]
pub struct TokenIdentity {
    /// The token.
    pub token: ApiToken,
    /// Whose it is, as authorization sees them.
    pub principal: Principal,
    /// Their account, if it still exists.
    pub account: Option<Account>,
}

/// The identities remembered by token hash, each with the generation in
/// which it was read; bumping the generation forgets them all, including
/// one being read while it is bumped.
pub(crate) struct IdentityCache {
    generation: AtomicU64,
    tokens: Cache<Vec<u8>, (u64, Arc<TokenIdentity>)>,
}

impl Default for IdentityCache {
    fn default() -> IdentityCache {
        IdentityCache {
            generation: AtomicU64::new(0),
            tokens: Cache::builder().max_capacity(CAPACITY).time_to_live(TOKEN_IDENTITY_TTL).build(),
        }
    }
}

impl IdentityCache {
    /// The identity remembered for this token hash, if it is of the current
    /// generation.
    pub(crate) fn get(&self, token_hash: &[u8]) -> Option<Arc<TokenIdentity>> {
        let (generation, identity) = self.tokens.get(token_hash)?;
        (generation == self.generation()).then_some(identity)
    }

    /// The current generation: read it before reading an identity, and
    /// [`IdentityCache::insert`] with it.
    pub(crate) fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// Remembers an identity read in `generation`.
    pub(crate) fn insert(&self, token_hash: Vec<u8>, generation: u64, identity: Arc<TokenIdentity>) {
        self.tokens.insert(token_hash, (generation, identity));
    }

    /// Forgets every identity (something they hold may have changed).
    pub(crate) fn forget_all(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        self.tokens.invalidate_all();
    }
}

#[cfg(test)]
mod tests {
    use domain::Actor;

    use super::*;

    fn identity(name: &str) -> Arc<TokenIdentity> {
        let handle = Actor::try_from(format!("p.{name}")).expect("a handle");
        let token = ApiToken {
            id: name.into(),
            handle: handle.clone(),
            name: name.into(),
            scopes: Vec::new(),
            created_at: 0,
            expires_at: 1,
            revoked_at: None,
            last_used_at: None,
        };
        Arc::new(TokenIdentity { token, principal: Principal::participant(handle), account: None })
    }

    #[test]
    fn an_identity_is_found_until_forgotten() {
        let cache = IdentityCache::default();
        let generation = cache.generation();
        cache.insert(b"a".to_vec(), generation, identity("a"));
        assert_eq!(cache.get(b"a").map(|i| i.token.id.clone()), Some("a".into()));
        assert!(cache.get(b"b").is_none());
        cache.forget_all();
        assert!(cache.get(b"a").is_none());
    }

    #[test]
    fn an_identity_read_while_forgetting_is_not_found() {
        let cache = IdentityCache::default();
        let generation = cache.generation();
        // A revocation lands while the identity is being read...
        cache.forget_all();
        // ...and the identity read before it is stored afterwards.
        cache.insert(b"a".to_vec(), generation, identity("a"));
        assert!(cache.get(b"a").is_none());
        cache.insert(b"a".to_vec(), cache.generation(), identity("a"));
        assert!(cache.get(b"a").is_some());
    }
}
