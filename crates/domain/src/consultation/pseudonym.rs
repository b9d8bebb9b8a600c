//! Pseudonyms of members of the public: one per person and consultation,
//! the actor of their entries in that consultation, so the log shows that
//! the same (unnamed) person voted throughout one consultation but cannot
//! link their consultations together, nor to their public handle.
//!
//! A pseudonym is `anon:` and the first 80 bits, in hex, of
//! HMAC-SHA256(key, `concord-pseudonym/v1\n` ‖ consultation ‖ `\n` ‖ handle)
//! (RFC 2104), where the key is the organization's 32-byte secret kept in a
//! private table shared by all its nodes and kept in backups. Without the
//! key, a pseudonym says nothing of the handle; with it, the platform finds
//! a person's own votes (to show what is left for them to vote on).
//! 80 bits make a collision among a million participants of one
//! consultation about one chance in 2.4 trillion.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::envelope::Actor;

/// The prefix every pseudonym starts with (no public handle has a colon).
pub const PREFIX: &str = "anon:";

/// The pseudonym of `handle` in consultation `consultation`.
pub fn pseudonym(key: &[u8; 32], consultation: u64, handle: &Actor) -> Actor {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(format!("concord-pseudonym/v1\n{consultation}\n{handle}").as_bytes());
    let digest = mac.finalize().into_bytes();
    let name = format!("{PREFIX}{}", hex::encode(&digest[..10]));
    Actor::try_from(name).expect("a prefix and hex digits make a handle")
}

/// Whether `actor` is a pseudonym.
pub fn is_pseudonym(actor: &Actor) -> bool {
    actor.as_str().starts_with(PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(text: &str) -> Actor {
        Actor::try_from(text.to_owned()).unwrap()
    }

    #[test]
    fn pseudonyms_are_stable_per_consultation_and_unlinkable_across() {
        let key = [7u8; 32];
        let p = actor("p.0123456789abcdef");
        let first = pseudonym(&key, 1, &p);
        assert_eq!(first, pseudonym(&key, 1, &p));
        assert!(is_pseudonym(&first));
        assert_eq!(first.as_str().len(), PREFIX.len() + 20);
        assert_ne!(first, pseudonym(&key, 2, &p));
        assert_ne!(first, pseudonym(&key, 1, &actor("p.0123456789abcdee")));
        assert_ne!(first, pseudonym(&[8u8; 32], 1, &p));
        // "1" and "12" with handles that could run together stay apart.
        assert_ne!(pseudonym(&key, 1, &actor("2x")), pseudonym(&key, 12, &actor("x")));
        assert!(!is_pseudonym(&p));
    }

    /// RFC 4231 test case 2 checks the HMAC construction itself.
    #[test]
    fn hmac_matches_rfc_4231() {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(b"Jefe").unwrap();
        mac.update(b"what do ya want for nothing?");
        assert_eq!(
            hex::encode(mac.finalize().into_bytes()),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
