//! The shared harness: runs each test on SQLite and, when configured, on
//! PostgreSQL.

pub use store::scratch::{Setup, on_each_backend};
