//! The demonstration mode (`concord serve --demo`, issue 15): an invented
//! organization seeded on a new data directory, marked as such on every
//! page, whose accounts a newcomer may sign in with.
//!
//! The seeding itself is the command line's (`concord`'s `cmd::demo`): it
//! goes through the normal commands. What the server needs to know is kept
//! in the store's node settings ([`store::Store::demo`]) as the JSON of a
//! [`Demo`], so a restart without `--demo` is still marked as a demo.

use serde::{Deserialize, Serialize};
use store::{Store, StoreError};

/// A demonstration organization: the accounts it was seeded with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Demo {
    /// The password of every demo account: invented and public on purpose
    /// (the sign-in page shows it).
    pub password: String,
    /// The accounts, in the order the sign-in page lists them.
    pub accounts: Vec<DemoAccount>,
}

/// An account of the demo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DemoAccount {
    /// The sign-in name.
    pub username: String,
    /// The role, as `domain::authz::Role::code` writes it.
    pub role: String,
    /// The member state whose delegation the person is in (ISO 3166-1
    /// alpha-3), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    /// The organization the person belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
}

impl Demo {
    /// The demo the store holds, if it holds one.
    pub async fn load(store: &Store) -> Result<Option<Demo>, StoreError> {
        let Some(json) = store.demo().await? else { return Ok(None) };
        serde_json::from_str(&json)
            .map(Some)
            .map_err(|err| StoreError::Inconsistent(format!("the recorded demo setting is not readable: {err}")))
    }

    /// Records this demo in the store.
    pub async fn record(&self, store: &Store) -> Result<(), StoreError> {
        let json = serde_json::to_string(self)
            .map_err(|err| StoreError::Inconsistent(format!("cannot write the demo setting: {err}")))?;
        store.record_demo(&json).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_demo_reads_back_what_was_written() {
        let demo = Demo {
            password: "demo password".into(),
            accounts: vec![
                DemoAccount {
                    username: "kenya-head".into(),
                    role: "head_of_delegation".into(),
                    member: Some("KEN".into()),
                    organization: None,
                },
                DemoAccount {
                    username: "lab-member".into(),
                    role: "stakeholder".into(),
                    member: None,
                    organization: Some("Open Lab".into()),
                },
            ],
        };
        let json = serde_json::to_string(&demo).unwrap();
        assert_eq!(serde_json::from_str::<Demo>(&json).unwrap(), demo);
        assert!(serde_json::from_str::<Demo>(r#"{"password":"x","accounts":[],"extra":1}"#).is_err());
    }
}
