//! Witness policies (C2SP tlog-policy): which logs are trusted, which
//! witnesses, and the quorum of cosignatures a checkpoint needs, as nested
//! k-of-n groups.
//!
//! ```text
//! log <vkey> [<url>]
//! witness <name> <vkey> [<url>]
//! group <name> all|any|<k> <member>...
//! quorum <name>|none
//! ```
//!
//! Items are separated by spaces or tabs; blank lines and lines starting
//! with `#` are ignored. A group or the quorum may only name witnesses and
//! groups defined on earlier lines, which rules out cycles. "Two witnesses
//! from each of three of the five regional groups" is five groups of
//! threshold 2 and a group of threshold 3 over them.

use std::fmt;

use crate::Error;
use crate::checkpoint::Checkpoint;
use crate::note::{KeyType, Note, Verifier};

/// How many members of a group must have witnessed a checkpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threshold {
    /// Every member (`all`).
    All,
    /// At least one member (`any`).
    Any,
    /// At least this many members, from 1 to the number of members.
    AtLeast(usize),
}

impl Threshold {
    fn count(self, members: usize) -> usize {
        match self {
            Threshold::All => members,
            Threshold::Any => 1,
            Threshold::AtLeast(k) => k,
        }
    }
}

impl fmt::Display for Threshold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Threshold::All => f.write_str("all"),
            Threshold::Any => f.write_str("any"),
            Threshold::AtLeast(k) => write!(f, "{k}"),
        }
    }
}

/// A trusted log: its checkpoint signing key (type 0x01), whose name is the
/// log's origin, and an optional URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyLog {
    /// The log's key.
    pub verifier: Verifier,
    /// Where to reach the log, if given.
    pub url: Option<String>,
}

/// A witness: its policy name, its cosignature key (type 0x04) and an
/// optional URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Witness {
    /// The name used in groups and the quorum.
    pub name: String,
    /// The witness's cosigning key.
    pub verifier: Verifier,
    /// Where to reach the witness (its tlog-witness submission prefix).
    pub url: Option<String>,
}

/// A named group: it has witnessed a checkpoint when at least its
/// threshold of members (witnesses or groups) have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WitnessGroup {
    /// The group's name.
    pub name: String,
    /// How many members must have witnessed.
    pub threshold: Threshold,
    /// Names of witnesses and groups defined before this group.
    pub members: Vec<String>,
}

/// A witness whose valid cosignature counted toward the quorum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cosigned {
    /// The witness's policy name.
    pub witness: String,
    /// When it cosigned, in seconds since the Unix epoch.
    pub timestamp: u64,
}

/// What [`Policy::verify`] established.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyReport {
    /// The verified checkpoint.
    pub checkpoint: Checkpoint,
    /// The note, with every signature line it carried.
    pub note: Note,
    /// The name of the log key that signed it.
    pub log: String,
    /// The quorum's witnesses with a valid cosignature, in policy order.
    pub cosigned: Vec<Cosigned>,
}

/// The special name that requires no cosignature at all.
const NONE: &str = "none";

/// A member of the quorum tree, by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Member {
    Witness(usize),
    Group(usize),
}

/// A trust policy for checkpoints: logs, witnesses, groups and a quorum
/// (C2SP tlog-policy). `Display` writes the text form and
/// [`Policy::parse`] reads it back.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Policy {
    logs: Vec<PolicyLog>,
    witnesses: Vec<Witness>,
    groups: Vec<WitnessGroup>,
    /// `None` until set; `Some("none")` requires no cosignature.
    quorum: Option<String>,
}

fn policy_error(line: usize, reason: &'static str) -> Error {
    Error::Policy { line, reason }
}

/// A URL or name token: at least one character, no whitespace.
fn check_token(token: &str, line: usize) -> Result<(), Error> {
    if token.is_empty() || token.contains([' ', '\t', '\n']) {
        return Err(policy_error(line, "item is empty or holds whitespace"));
    }
    Ok(())
}

impl Policy {
    /// An empty policy with no quorum yet.
    pub fn new() -> Policy {
        Policy::default()
    }

    /// The trusted logs.
    pub fn logs(&self) -> &[PolicyLog] {
        &self.logs
    }

    /// The witnesses.
    pub fn witnesses(&self) -> &[Witness] {
        &self.witnesses
    }

    /// The groups, in definition order.
    pub fn groups(&self) -> &[WitnessGroup] {
        &self.groups
    }

    /// The quorum's name (`none` for no cosignature), once set.
    pub fn quorum(&self) -> Option<&str> {
        self.quorum.as_deref()
    }

    fn member(&self, name: &str) -> Option<Member> {
        if let Some(i) = self.witnesses.iter().position(|w| w.name == name) {
            return Some(Member::Witness(i));
        }
        self.groups.iter().position(|g| g.name == name).map(Member::Group)
    }

    fn check_new_name(&self, name: &str, line: usize) -> Result<(), Error> {
        check_token(name, line)?;
        if name == NONE {
            return Err(policy_error(line, "the name none is reserved"));
        }
        if self.member(name).is_some() {
            return Err(policy_error(line, "name already defined"));
        }
        Ok(())
    }

    fn add_log_at(&mut self, verifier: Verifier, url: Option<&str>, line: usize) -> Result<(), Error> {
        if verifier.key_type() != KeyType::Ed25519 {
            return Err(policy_error(line, "a log key must be an ed25519 note key"));
        }
        if self.logs.iter().any(|l| l.verifier.public_key() == verifier.public_key()) {
            return Err(policy_error(line, "duplicate log key"));
        }
        if let Some(url) = url {
            check_token(url, line)?;
        }
        self.logs.push(PolicyLog { verifier, url: url.map(str::to_string) });
        Ok(())
    }

    fn add_witness_at(&mut self, name: &str, verifier: Verifier, url: Option<&str>, line: usize) -> Result<(), Error> {
        self.check_new_name(name, line)?;
        if verifier.key_type() != KeyType::Cosignature {
            return Err(policy_error(line, "a witness key must be a cosignature key"));
        }
        if self.witnesses.iter().any(|w| w.verifier.public_key() == verifier.public_key()) {
            return Err(policy_error(line, "duplicate witness key"));
        }
        if let Some(url) = url {
            check_token(url, line)?;
        }
        self.witnesses.push(Witness { name: name.to_string(), verifier, url: url.map(str::to_string) });
        Ok(())
    }

    fn add_group_at(&mut self, name: &str, threshold: Threshold, members: &[&str], line: usize) -> Result<(), Error> {
        self.check_new_name(name, line)?;
        if members.is_empty() {
            return Err(policy_error(line, "a group needs at least one member"));
        }
        for (i, member) in members.iter().enumerate() {
            if self.member(member).is_none() {
                return Err(policy_error(line, "group member is not defined earlier"));
            }
            if members[..i].contains(member) {
                return Err(policy_error(line, "group member listed twice"));
            }
        }
        if let Threshold::AtLeast(k) = threshold
            && (k == 0 || k > members.len())
        {
            return Err(policy_error(line, "threshold must be from 1 to the number of members"));
        }
        self.groups.push(WitnessGroup {
            name: name.to_string(),
            threshold,
            members: members.iter().map(|m| m.to_string()).collect(),
        });
        Ok(())
    }

    fn set_quorum_at(&mut self, name: &str, line: usize) -> Result<(), Error> {
        if self.quorum.is_some() {
            return Err(policy_error(line, "more than one quorum"));
        }
        if name != NONE && self.member(name).is_none() {
            return Err(policy_error(line, "quorum is not defined earlier"));
        }
        self.quorum = Some(name.to_string());
        Ok(())
    }

    /// Adds a trusted log by its checkpoint key (type 0x01); no two logs
    /// may share a public key.
    pub fn add_log(&mut self, verifier: Verifier, url: Option<&str>) -> Result<(), Error> {
        self.add_log_at(verifier, url, 0)
    }

    /// Adds a witness by name and cosignature key (type 0x04); names are
    /// unique among witnesses and groups, and no two witnesses may share a
    /// public key.
    pub fn add_witness(&mut self, name: &str, verifier: Verifier, url: Option<&str>) -> Result<(), Error> {
        self.add_witness_at(name, verifier, url, 0)
    }

    /// Adds a group over witnesses and groups already added.
    pub fn add_group(&mut self, name: &str, threshold: Threshold, members: &[&str]) -> Result<(), Error> {
        self.add_group_at(name, threshold, members, 0)
    }

    /// Sets the quorum: a witness or group already added, or `none`.
    pub fn set_quorum(&mut self, name: &str) -> Result<(), Error> {
        self.set_quorum_at(name, 0)
    }

    /// Parses the text form. Bytes must be tab, newline, 0x20 to 0x7E, or
    /// part of UTF-8 text (the spec allows any high bytes as opaque; this
    /// crate requires UTF-8). Exactly one quorum line is required.
    pub fn parse(text: &[u8]) -> Result<Policy, Error> {
        if let Some(at) =
            text.iter().position(|&b| !(b == b'\t' || b == b'\n' || (0x20..0x7f).contains(&b) || b >= 0x80))
        {
            let line = 1 + text[..at].iter().filter(|&&b| b == b'\n').count();
            return Err(policy_error(line, "forbidden control character"));
        }
        let text = std::str::from_utf8(text).map_err(|_| policy_error(0, "not utf-8"))?;
        let mut policy = Policy::new();
        for (i, raw) in text.split('\n').enumerate() {
            let line = i + 1;
            let words: Vec<&str> = raw.split([' ', '\t']).filter(|w| !w.is_empty()).collect();
            let Some((&keyword, args)) = words.split_first() else {
                continue;
            };
            if keyword.starts_with('#') {
                continue;
            }
            let key = |s: &str| Verifier::parse(s).map_err(|_| policy_error(line, "invalid vkey"));
            match (keyword, args) {
                ("log", [vkey]) => policy.add_log_at(key(vkey)?, None, line)?,
                ("log", [vkey, url]) => policy.add_log_at(key(vkey)?, Some(url), line)?,
                ("witness", [name, vkey]) => policy.add_witness_at(name, key(vkey)?, None, line)?,
                ("witness", [name, vkey, url]) => policy.add_witness_at(name, key(vkey)?, Some(url), line)?,
                ("group", [name, threshold, members @ ..]) => {
                    let threshold = match *threshold {
                        "all" => Threshold::All,
                        "any" => Threshold::Any,
                        k => Threshold::AtLeast(
                            crate::tile::decimal(k)
                                .and_then(|k| usize::try_from(k).ok())
                                .ok_or(policy_error(line, "threshold is not all, any or a decimal"))?,
                        ),
                    };
                    policy.add_group_at(name, threshold, members, line)?
                }
                ("quorum", [name]) => policy.set_quorum_at(name, line)?,
                ("log" | "witness" | "group" | "quorum", _) => {
                    return Err(policy_error(line, "wrong number of items"));
                }
                _ => return Err(policy_error(line, "unknown keyword")),
            }
        }
        if policy.quorum.is_none() {
            return Err(policy_error(0, "no quorum line"));
        }
        Ok(policy)
    }

    /// Verifies a cosigned checkpoint note against the policy and reports
    /// which witnesses counted.
    ///
    /// The note must carry a valid signature by one of the logs, whose key
    /// name is the checkpoint's origin. Every signature by a known log or
    /// witness key must verify (C2SP signed-note: a bad one rejects the
    /// note); unknown signatures are ignored. The witnesses with valid
    /// cosignatures must satisfy the quorum. Cosignature timestamps are
    /// reported, not judged: the caller knows the time.
    pub fn verify(&self, note: &[u8]) -> Result<PolicyReport, Error> {
        let quorum = self.quorum.as_deref().ok_or(policy_error(0, "no quorum"))?;
        let note = Note::parse(note)?;
        let known: Vec<Verifier> = self
            .logs
            .iter()
            .map(|l| l.verifier.clone())
            .chain(self.witnesses.iter().map(|w| w.verifier.clone()))
            .collect();
        let verified = match note.verify(&known) {
            Err(Error::NoKnownSignature) => return Err(Error::UnknownLog),
            other => other?,
        };
        let checkpoint = Checkpoint::parse(note.text())?;
        let mut logs = verified.iter().filter(|v| v.key_type == KeyType::Ed25519);
        let log = match logs.clone().find(|v| v.name == checkpoint.origin()) {
            Some(log) => log,
            None if logs.next().is_some() => return Err(Error::OriginMismatch),
            None => return Err(Error::UnknownLog),
        };
        // When each witness cosigned, if it did.
        let times: Vec<Option<u64>> = self
            .witnesses
            .iter()
            .map(|w| {
                verified
                    .iter()
                    .find(|v| {
                        v.key_type == KeyType::Cosignature
                            && v.name == w.verifier.name()
                            && v.key_id == w.verifier.key_id()
                    })
                    .and_then(|v| v.timestamp)
            })
            .collect();
        // Groups only name earlier definitions, so one pass in definition
        // order decides every group, and one pass backwards from the quorum
        // marks which witnesses it reaches.
        let mut group_ok = vec![false; self.groups.len()];
        for (i, group) in self.groups.iter().enumerate() {
            let yes = group
                .members
                .iter()
                .filter(|m| match self.member(m) {
                    Some(Member::Witness(w)) => times[w].is_some(),
                    Some(Member::Group(g)) => group_ok[g],
                    None => false,
                })
                .count();
            group_ok[i] = yes >= group.threshold.count(group.members.len());
        }
        let mut reached = vec![false; self.witnesses.len()];
        let mut group_reached = vec![false; self.groups.len()];
        let (met, root) = match self.member(quorum) {
            None => (true, None),
            Some(Member::Witness(w)) => (times[w].is_some(), Some(Member::Witness(w))),
            Some(Member::Group(g)) => (group_ok[g], Some(Member::Group(g))),
        };
        match root {
            Some(Member::Witness(w)) => reached[w] = true,
            Some(Member::Group(g)) => group_reached[g] = true,
            None => {}
        }
        for g in (0..self.groups.len()).rev() {
            if !group_reached[g] {
                continue;
            }
            for m in &self.groups[g].members {
                match self.member(m) {
                    Some(Member::Witness(w)) => reached[w] = true,
                    Some(Member::Group(h)) => group_reached[h] = true,
                    None => {}
                }
            }
        }
        let cosigned: Vec<Cosigned> = self
            .witnesses
            .iter()
            .zip(&times)
            .zip(&reached)
            .filter_map(|((w, t), &r)| Some(Cosigned { witness: w.name.clone(), timestamp: (*t).filter(|_| r)? }))
            .collect();
        if !met {
            return Err(Error::QuorumNotMet { witnesses: cosigned.len() });
        }
        let log = log.name.clone();
        Ok(PolicyReport { checkpoint, note, log, cosigned })
    }
}

impl fmt::Display for Policy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let url = |u: &Option<String>| u.as_ref().map(|u| format!(" {u}")).unwrap_or_default();
        for log in &self.logs {
            writeln!(f, "log {}{}", log.verifier, url(&log.url))?;
        }
        for w in &self.witnesses {
            writeln!(f, "witness {} {}{}", w.name, w.verifier, url(&w.url))?;
        }
        for g in &self.groups {
            writeln!(f, "group {} {} {}", g.name, g.threshold, g.members.join(" "))?;
        }
        if let Some(quorum) = &self.quorum {
            writeln!(f, "quorum {quorum}")?;
        }
        Ok(())
    }
}
