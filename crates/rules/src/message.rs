//! Explanations as data: a [`Message`] is a Fluent message id with its
//! arguments, language-neutral, so a result can be stored once and read in
//! any of the six languages (see [`crate::Localizer`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One argument of a message: a whole number or a text (an identifier such
/// as a group or a member, or a keyword that the message selects on).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    /// A count or weight.
    Number(u64),
    /// A keyword, an identifier or a number too large for `u64` (in
    /// decimal digits).
    Text(String),
}

impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Number(n)
    }
}

impl From<u128> for Arg {
    fn from(n: u128) -> Arg {
        u64::try_from(n).map_or_else(|_| Arg::Text(n.to_string()), Arg::Number)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

/// A Fluent message id with its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// The message id in the `rules.ftl` files (`clause-majority`).
    pub id: String,
    /// The arguments, by name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, Arg>,
}

impl Message {
    /// A message with no arguments.
    pub fn new(id: &str) -> Message {
        Message { id: id.to_owned(), args: BTreeMap::new() }
    }

    /// The message with one more argument.
    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Message {
        self.args.insert(name.to_owned(), value.into());
        self
    }
}
