//! `concord serve --demo` (issue 15): on a new data directory, an invented
//! demonstration organization seeded through the normal commands, so that
//! everything it holds is in the public log as real events:
//! - [`people`]: a secretariat person, accredited delegations across the
//!   regional groups (a head and a delegate each), admitted stakeholder
//!   organizations of different chambers, a participant; each with an
//!   account and the one demo [`PASSWORD`];
//! - [`consultations`]: consultations with results;
//! - [`ballots`]: a closed ballot replaying a real General Assembly roll
//!   call, every vote signed by its delegation's key, and an open ballot;
//! - [`divide`]: national values submitted by the demo delegations for the
//!   AI divide index (whose shipped values every new organization loads at
//!   its first start), one accepted, one rejected, the others awaiting
//!   review.
//!
//! The server learns that it serves a demo from the store's node settings
//! ([`server::demo::Demo`]), recorded once the seeding is done, so every
//! page carries the demo banner even after a restart without `--demo`.
//! Later capabilities add their part here.

pub mod ballots;
pub mod consultations;
pub mod divide;
pub mod people;

use anyhow::Context;
use domain::Actor;
use domain::authz::{Caller, Scope};
use server::demo::Demo;
use store::Store;

/// The name a demo organization is founded with.
pub const ORGANIZATION_NAME: &str = "Concord demo organization";

/// The password of every demo account: invented, and public on purpose
/// (the console and the sign-in page show it).
pub const PASSWORD: &str = "concord-demo";

/// Seeds a newly founded organization as a demo and records it as one.
/// `secretariat` is the administrator who appoints the demo's own
/// secretariat person. Returns what was recorded.
pub async fn seed(store: &Store, secretariat: &Actor) -> anyhow::Result<Demo> {
    let admin = Caller::new(secretariat.clone(), Scope::Full);
    let cast = people::seed(store, &admin, PASSWORD).await.context("seeding the demo's people")?;
    consultations::import_demo_consultations(store, &cast).await.context("seeding the demo's consultations")?;
    ballots::seed(store, &cast).await.context("seeding the demo's ballots")?;
    divide::seed(store, &cast).await.context("seeding the demo's divide index submissions")?;
    let demo = Demo { password: PASSWORD.to_owned(), accounts: cast.accounts.clone() };
    demo.record(store).await?;
    Ok(demo)
}
