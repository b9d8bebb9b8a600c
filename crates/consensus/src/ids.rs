//! Interning the ids of an export (participant and statement ids, as
//! written) into dense indexes, once per distinct id.
//!
//! Pol.is writes its ids as small decimal integers (`pid`, `tid`), so those
//! are looked up in a table indexed by the number, without hashing or
//! allocating; any other id (leading zeros, letters, big numbers) goes
//! through a hash map, so `"7"` and `"07"` stay two ids.

use std::collections::HashMap;

use crate::error::{Error, Result};

/// Numeric ids below this use the table.
const TABLE_LIMIT: u64 = 1 << 24;

/// Dense indexes for ids, in the order they were first seen.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    /// `table[id]`: index + 1 of a canonical decimal id, 0 if not seen.
    table: Vec<u32>,
    other: HashMap<Box<[u8]>, u32>,
    names: Vec<String>,
    what: &'static str,
}

/// The value of a canonical decimal number below [`TABLE_LIMIT`] ("0", "7",
/// "123"; not "07", "+7" or " 7").
fn small_number(bytes: &[u8]) -> Option<u64> {
    if bytes.is_empty() || bytes.len() > 8 || (bytes.len() > 1 && bytes[0] == b'0') {
        return None;
    }
    let mut n = 0u64;
    for &b in bytes {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u64::from(b - b'0');
    }
    (n < TABLE_LIMIT).then_some(n)
}

impl Interner {
    /// An empty interner; `what` names the ids in errors ("participants").
    pub(crate) fn new(what: &'static str) -> Self {
        Interner { what, ..Interner::default() }
    }

    /// The index of `id` if it was seen.
    pub(crate) fn get(&self, id: &[u8]) -> Option<u32> {
        match small_number(id) {
            Some(n) => self.table.get(n as usize).and_then(|&i| i.checked_sub(1)),
            None => self.other.get(id).copied(),
        }
    }

    /// The index of `id`, and whether it is new. The id must be valid
    /// UTF-8 (the caller checked it).
    pub(crate) fn intern(&mut self, id: &[u8]) -> Result<(u32, bool)> {
        if let Some(i) = self.get(id) {
            return Ok((i, false));
        }
        let i = u32::try_from(self.names.len())
            .ok()
            .filter(|&i| i < u32::MAX)
            .ok_or(Error::TooLarge { what: self.what, max: u32::MAX as u64 - 1 })?;
        match small_number(id) {
            Some(n) => {
                let n = n as usize;
                if self.table.len() <= n {
                    self.table.resize((n + 1).next_power_of_two(), 0);
                }
                self.table[n] = i + 1;
            }
            None => {
                self.other.insert(id.into(), i);
            }
        }
        self.names.push(String::from_utf8_lossy(id).into_owned());
        Ok((i, true))
    }

    /// Gives every id the new index `map[old]` (a permutation).
    pub(crate) fn reorder(&mut self, map: &[u32]) {
        let mut names = vec![String::new(); self.names.len()];
        for (old, name) in std::mem::take(&mut self.names).into_iter().enumerate() {
            names[map[old] as usize] = name;
        }
        *self = Interner::new(self.what);
        for name in names {
            // As many ids as before: interning cannot overflow.
            let _ = self.intern(name.as_bytes());
        }
    }

    /// The number of distinct ids.
    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }

    /// The ids by index.
    #[cfg(test)]
    pub(crate) fn names(&self) -> &[String] {
        &self.names
    }

    /// The ids by index, consuming the interner.
    pub(crate) fn into_names(self) -> Vec<String> {
        self.names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_other_ids_are_distinct() {
        let mut ids = Interner::new("participants");
        assert_eq!(ids.intern(b"7").unwrap(), (0, true));
        assert_eq!(ids.intern(b"07").unwrap(), (1, true));
        assert_eq!(ids.intern(b"abc").unwrap(), (2, true));
        assert_eq!(ids.intern(b"7").unwrap(), (0, false));
        assert_eq!(ids.intern(b"99999999999").unwrap(), (3, true));
        assert_eq!(ids.intern(b"0").unwrap(), (4, true));
        assert_eq!(ids.get(b"99999999999"), Some(3));
        assert_eq!(ids.get(b"8"), None);
        assert_eq!(ids.names(), ["7", "07", "abc", "99999999999", "0"]);
        assert_eq!(small_number(b"16777215"), Some(16_777_215));
        assert_eq!(small_number(b"16777216"), None);
        assert_eq!(small_number(b"-1"), None);
    }
}
