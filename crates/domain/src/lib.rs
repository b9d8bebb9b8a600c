//! Placeholder: built in issue 3.
