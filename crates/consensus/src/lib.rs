//! The consensus engine: Pol.is-compatible opinion groups and statistics and
//! Community Notes bridging scores. No IO.
#![deny(missing_docs)]
