//! Decision rules: the charter's procedures as data, exact tallies and
//! explanations in the six UN languages. No IO.
#![deny(missing_docs)]
