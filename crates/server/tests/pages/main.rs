//! The pages that need a signed-in person, driven like a browser without
//! one ([`support::visitor::Visitor`]): forms with their CSRF token and
//! nonce, POST-redirect-GET, errors kept beside the fields, on SQLite and
//! PostgreSQL. One module per area of pages.

#[path = "../support/mod.rs"]
mod support;

mod account;
mod ballots;
mod consultation_results;
mod consultations;
mod delegation;
mod divide;
mod documents;
mod homes;
mod organizations;
mod recovery;
mod session;
mod skeleton;
