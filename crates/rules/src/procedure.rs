//! Procedures as data: a [`Procedure`] names its regional groups and holds
//! one [`Clause`], which may combine others. Everything serializes with
//! serde in the same shape as the TOML files (`kind = "majority"`, keys in
//! kebab-case), so a procedure can be stored in an event and read back.
//! Deserializing validates, so a [`Procedure`] value is always usable.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::ratio::{Fraction, Threshold};

/// The five regional groups of the United Nations, used when a procedure
/// does not name its own groups.
pub const UN_REGIONAL_GROUPS: [&str; 5] = ["AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "GRULAC", "WEOG"];

/// A decision procedure: a name, where it comes from, the groups its
/// members belong to, and the rule that decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Unchecked", rename_all = "kebab-case")]
pub struct Procedure {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    groups: Vec<String>,
    rule: Clause,
}

/// The fields of a procedure before validation.
#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct Unchecked {
    name: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default = "un_groups")]
    groups: Vec<String>,
    rule: Clause,
}

fn un_groups() -> Vec<String> {
    UN_REGIONAL_GROUPS.iter().map(|g| (*g).to_owned()).collect()
}

impl TryFrom<Unchecked> for Procedure {
    type Error = InvalidAt;

    fn try_from(unchecked: Unchecked) -> Result<Procedure, InvalidAt> {
        Procedure::new(unchecked.name, unchecked.source, Some(unchecked.groups), unchecked.rule)
    }
}

impl Procedure {
    /// A procedure, after checking that it can be applied: its groups are
    /// distinct, every group a clause names is one of them, lists are not
    /// empty and every count is possible. `groups` defaults to
    /// [`UN_REGIONAL_GROUPS`].
    pub fn new(
        name: String,
        source: Option<String>,
        groups: Option<Vec<String>>,
        rule: Clause,
    ) -> Result<Procedure, InvalidAt> {
        let procedure = Procedure { name, source, groups: groups.unwrap_or_else(un_groups), rule };
        procedure.validate()?;
        Ok(procedure)
    }

    /// The procedure's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Where the procedure comes from (for example "UN General Assembly,
    /// Rules of Procedure, rule 86").
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// The groups members may belong to.
    pub fn groups(&self) -> &[String] {
        &self.groups
    }

    /// The rule that decides.
    pub fn rule(&self) -> &Clause {
        &self.rule
    }

    /// Whether any clause looks at members' groups.
    pub fn uses_groups(&self) -> bool {
        self.rule.any(&|c| matches!(c, Clause::Groups(_) | Clause::NoSingleGroup(_)))
    }

    /// Whether any clause looks at members' weights.
    pub fn uses_weights(&self) -> bool {
        self.rule.any(&|c| matches!(c, Clause::Weighted(_)))
    }

    /// Checks the rules that serde cannot: see [`Procedure::new`].
    fn validate(&self) -> Result<(), InvalidAt> {
        let mut path = vec![PathSegment::Key("groups")];
        if self.groups.is_empty() {
            return Err(InvalidAt::new(&path, Invalid::NoGroups));
        }
        for (i, group) in self.groups.iter().enumerate() {
            path.push(PathSegment::Index(i));
            if group.trim().is_empty() {
                return Err(InvalidAt::new(&path, Invalid::EmptyGroupName));
            }
            if self.groups[..i].contains(group) {
                return Err(InvalidAt::new(&path, Invalid::DuplicateGroup(group.clone())));
            }
            path.pop();
        }
        let mut path = vec![PathSegment::Key("rule")];
        self.rule.validate(&self.groups, &mut path)
    }
}

/// One rule of a procedure. Each kind cites where multilateral practice
/// uses it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Clause {
    /// A majority of the votes, of all members or of the eligible.
    Majority(Majority),
    /// A share of the eligible members must take part.
    Quorum(Quorum),
    /// A majority within each of at least `min-groups` groups.
    Groups(Groups),
    /// No single group may supply more than a share of the yes votes.
    NoSingleGroup(NoSingleGroup),
    /// A share of the weight (population) in favour, optionally with a share
    /// of the members: a double majority.
    Weighted(Weighted),
    /// Every clause must pass.
    AllOf(ClauseList),
    /// At least one clause must pass.
    AnyOf(ClauseList),
    /// Adoption without a vote: a silence period that a formal objection
    /// breaks, then an optional fallback (usually a recorded vote).
    Consensus(Consensus),
}

impl Clause {
    /// The clause kind as written in a procedure file (`majority`, ...).
    pub fn kind(&self) -> &'static str {
        match self {
            Clause::Majority(_) => "majority",
            Clause::Quorum(_) => "quorum",
            Clause::Groups(_) => "groups",
            Clause::NoSingleGroup(_) => "no-single-group",
            Clause::Weighted(_) => "weighted",
            Clause::AllOf(_) => "all-of",
            Clause::AnyOf(_) => "any-of",
            Clause::Consensus(_) => "consensus",
        }
    }

    /// Every clause kind, as written in a procedure file.
    pub const KINDS: [&'static str; 8] =
        ["majority", "quorum", "groups", "no-single-group", "weighted", "all-of", "any-of", "consensus"];

    fn any(&self, test: &dyn Fn(&Clause) -> bool) -> bool {
        if test(self) {
            return true;
        }
        match self {
            Clause::AllOf(list) | Clause::AnyOf(list) => list.clauses.iter().any(|c| c.any(test)),
            Clause::Consensus(c) => c.fallback.as_deref().is_some_and(|c| c.any(test)),
            _ => false,
        }
    }

    fn validate(&self, groups: &[String], path: &mut Vec<PathSegment>) -> Result<(), InvalidAt> {
        match self {
            Clause::Majority(m) => m.validate(path),
            Clause::Quorum(_) => Ok(()),
            Clause::NoSingleGroup(n) => {
                if n.at_most.is_zero() || n.at_most.is_whole() {
                    path.push(PathSegment::Key("at-most"));
                    return Err(InvalidAt::new(path, Invalid::AtMostOutOfRange(n.at_most)));
                }
                Ok(())
            }
            Clause::Weighted(w) => {
                if w.members.is_none() && w.weight.is_none() {
                    return Err(InvalidAt::new(path, Invalid::WeightedWithoutThreshold));
                }
                Ok(())
            }
            Clause::Groups(g) => {
                if let Some(among) = &g.among {
                    path.push(PathSegment::Key("among"));
                    if among.is_empty() {
                        return Err(InvalidAt::new(path, Invalid::EmptyAmong));
                    }
                    for (i, group) in among.iter().enumerate() {
                        path.push(PathSegment::Index(i));
                        if !groups.contains(group) {
                            return Err(InvalidAt::new(
                                path,
                                Invalid::UnknownGroup { group: group.clone(), known: groups.join(", ") },
                            ));
                        }
                        if among[..i].contains(group) {
                            return Err(InvalidAt::new(path, Invalid::DuplicateGroup(group.clone())));
                        }
                        path.pop();
                    }
                    path.pop();
                }
                let available = g.among.as_ref().map_or(groups.len(), Vec::len);
                path.push(PathSegment::Key("min-groups"));
                if g.min_groups == 0 {
                    return Err(InvalidAt::new(path, Invalid::ZeroMinGroups));
                }
                if g.min_groups as usize > available {
                    return Err(InvalidAt::new(path, Invalid::TooManyGroups { min: g.min_groups, available }));
                }
                path.pop();
                path.push(PathSegment::Key("within"));
                g.within.validate(path)?;
                path.pop();
                Ok(())
            }
            Clause::AllOf(list) | Clause::AnyOf(list) => {
                path.push(PathSegment::Key("clauses"));
                if list.clauses.is_empty() {
                    return Err(InvalidAt::new(path, Invalid::EmptyClauseList));
                }
                for (i, clause) in list.clauses.iter().enumerate() {
                    path.push(PathSegment::Index(i));
                    clause.validate(groups, path)?;
                    path.pop();
                }
                path.pop();
                Ok(())
            }
            Clause::Consensus(c) => {
                if c.silence_hours == 0 {
                    path.push(PathSegment::Key("silence-hours"));
                    return Err(InvalidAt::new(path, Invalid::ZeroSilence));
                }
                if let Some(fallback) = &c.fallback {
                    path.push(PathSegment::Key("fallback"));
                    fallback.validate(groups, path)?;
                    path.pop();
                }
                Ok(())
            }
        }
    }
}

/// Whose votes a share is taken of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Base {
    /// The members present and voting: those casting a yes or a no vote
    /// (UN General Assembly Rules of Procedure, rules 86 and 126: "members
    /// who abstain from voting are considered as not voting").
    PresentAndVoting,
    /// All members, eligible or not: an absolute majority, as in the
    /// election of judges of the International Court of Justice (Statute
    /// of the Court, Article 10(1), read in UN practice as a majority of all
    /// members of the General Assembly).
    AllMembers,
    /// The members eligible to vote (for example, all but those in arrears
    /// under UN Charter Article 19).
    Eligible,
}

impl Base {
    /// The name used in files and message arguments.
    pub fn key(&self) -> &'static str {
        match self {
            Base::PresentAndVoting => "present-and-voting",
            Base::AllMembers => "all-members",
            Base::Eligible => "eligible",
        }
    }
}

/// Whether abstentions count as votes in a share of the members present
/// and voting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Abstentions {
    /// Abstaining members are not voting (UN GA rules 86 and 126). The
    /// default.
    NotCounted,
    /// Abstentions count in the whole, like no votes (a majority of the
    /// members present, as some bodies use).
    Counted,
}

/// A majority: yes votes as a share of a [`Base`], compared with a
/// [`Threshold`].
///
/// Sources: UN General Assembly Rules of Procedure, rule 83 (important
/// questions, two-thirds of the members present and voting), rule 85
/// (other questions, a majority of the members present and voting), rules 86
/// and 126 (abstaining members are considered as not voting), rule 87
/// (recorded votes, the roll calls that `concord rules replay` reads); UN
/// Charter Article 18(2) and 18(3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Majority {
    /// Whose votes the share is taken of.
    pub of: Base,
    /// The share of yes votes needed.
    pub threshold: Threshold,
    /// For a share of the members present and voting: whether abstentions
    /// count (default: not counted). Absent for the other bases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abstentions: Option<Abstentions>,
}

impl Majority {
    /// More than half of the members present and voting, abstentions not
    /// counted: the General Assembly's simple majority (rule 85).
    pub fn simple() -> Majority {
        Majority { of: Base::PresentAndVoting, threshold: Threshold::MORE_THAN_HALF, abstentions: None }
    }

    /// Whether abstentions count in the whole.
    pub fn counts_abstentions(&self) -> bool {
        self.abstentions == Some(Abstentions::Counted)
    }

    fn validate(&self, path: &mut Vec<PathSegment>) -> Result<(), InvalidAt> {
        if self.abstentions.is_some() && self.of != Base::PresentAndVoting {
            path.push(PathSegment::Key("abstentions"));
            return Err(InvalidAt::new(path, Invalid::AbstentionsWithoutVoting(self.of)));
        }
        Ok(())
    }
}

/// A quorum: the members taking part (voting yes, no or abstaining) as a
/// share of the eligible members.
///
/// Source: UN General Assembly Rules of Procedure, rule 67 (the presence of
/// a majority of the members is required for any decision to be taken).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Quorum {
    /// The share of eligible members that must take part.
    pub threshold: Threshold,
}

/// A majority in at least `min-groups` regional groups: cross-regional
/// support, so that no single region decides.
///
/// Source: the practice of double and regional majorities (the African
/// Union's and the WTO's regional balances; UN elections that require
/// support across groups); Concord's charter principle "no single bloc".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Groups {
    /// How many groups must pass.
    pub min_groups: u32,
    /// The majority needed within a group, taken over that group's members
    /// (default: more than half of the group's members present and voting).
    #[serde(default = "Majority::simple")]
    pub within: Majority,
    /// Which groups count (default: all the procedure's groups).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub among: Option<Vec<String>>,
}

/// No single group may supply more than `at-most` of the yes votes.
///
/// Source: Concord's charter principle "no single bloc can carry a decision
/// alone"; compare the blocking minorities of the EU Council (TEU Article
/// 16(4)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct NoSingleGroup {
    /// The largest share of the yes votes one group may supply.
    pub at_most: Fraction,
}

/// Shares weighted by each member's weight (population): the yes side's
/// weight as a share of the base's weight, and optionally the yes members
/// as a share of the base's members (a double majority).
///
/// Source: the EU Council's qualified majority (TEU Article 16(4): 55% of
/// the members representing 65% of the population).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Weighted {
    /// Whose votes and weight the shares are taken of (abstentions are not
    /// counted for present and voting).
    pub of: Base,
    /// The share of the members needed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Threshold>,
    /// The share of the weight needed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Threshold>,
}

/// A list of clauses, for `all-of` and `any-of`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ClauseList {
    /// The clauses, at least one.
    pub clauses: Vec<Clause>,
}

/// Adoption by consensus: a silence procedure.
///
/// A text is adopted when the silence period ends with no formal objection.
/// A formal objection made within the period breaks silence; explanations
/// of position and reservations are recorded with the decision but do not
/// block it. After an objection the fallback decides (usually a recorded
/// vote); without a fallback the text is not adopted.
///
/// Sources: the silence procedure of the OSCE and of NATO; UN General
/// Assembly Rules of Procedure, rule 88 (explanations of vote) and the
/// "Annex V" practice of decisions without a vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Consensus {
    /// The length of the silence period, in hours (at least one).
    pub silence_hours: u32,
    /// The procedure applied once silence is broken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback: Option<Box<Clause>>,
}

/// One step of a path into a procedure: a key or a list index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathSegment {
    /// A key of a table.
    Key(&'static str),
    /// An index into a list.
    Index(usize),
}

/// A problem found in a procedure, and where: the path to the value
/// (`rule.clauses[1].min-groups`).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}: {problem}", display_path(.path))]
pub struct InvalidAt {
    /// The path to the value at fault.
    pub path: Vec<PathSegment>,
    /// What is wrong and how to fix it.
    pub problem: Invalid,
}

impl InvalidAt {
    fn new(path: &[PathSegment], problem: Invalid) -> InvalidAt {
        InvalidAt { path: path.to_vec(), problem }
    }
}

/// `rule.clauses[1].min-groups`.
pub(crate) fn display_path(path: &[PathSegment]) -> String {
    let mut text = String::new();
    for segment in path {
        match segment {
            PathSegment::Key(key) => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
            }
            PathSegment::Index(i) => text.push_str(&format!("[{i}]")),
        }
    }
    text
}

/// What can be wrong with a procedure that parses.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Invalid {
    /// `groups = []`.
    #[error("a procedure needs at least one group; remove `groups` to use the five UN regional groups")]
    NoGroups,
    /// A group named `""`.
    #[error("a group name cannot be empty")]
    EmptyGroupName,
    /// The same group twice.
    #[error("group `{0}` is listed twice; list each group once")]
    DuplicateGroup(String),
    /// A clause names a group the procedure does not have.
    #[error("unknown group `{group}`; use one of: {known}")]
    UnknownGroup {
        /// The name written.
        group: String,
        /// The procedure's groups, comma-separated.
        known: String,
    },
    /// `among = []`.
    #[error("`among` lists no group; name at least one, or remove it to count all groups")]
    EmptyAmong,
    /// `min-groups = 0`.
    #[error("`min-groups` must be at least 1")]
    ZeroMinGroups,
    /// More groups required than exist.
    #[error("impossible: `min-groups` is {min} but only {available} groups count; use a number from 1 to {available}")]
    TooManyGroups {
        /// The number required.
        min: u32,
        /// The number of groups that count.
        available: usize,
    },
    /// `all-of` or `any-of` with no clauses.
    #[error("`clauses` is empty; list at least one clause")]
    EmptyClauseList,
    /// `abstentions` with a base other than present and voting.
    #[error("`abstentions` only applies to `of = \"present-and-voting\"`, not `{}`; remove it", .0.key())]
    AbstentionsWithoutVoting(Base),
    /// A weighted clause with neither `members` nor `weight`.
    #[error("a weighted clause needs `weight` (for example `weight = \">= 65%\"`), `members`, or both")]
    WeightedWithoutThreshold,
    /// `at-most` of 0 (no group could vote yes) or 1 (no limit).
    #[error("`at-most = \"{0}\"` cannot work: use a share strictly between 0 and 1, such as `1/2`")]
    AtMostOutOfRange(Fraction),
    /// `silence-hours = 0`.
    #[error("`silence-hours` must be at least 1")]
    ZeroSilence,
}
