//! The options every command that opens a store shares.

use std::path::PathBuf;

use clap::Args;

/// Where the store is: a data directory, and optionally PostgreSQL.
#[derive(Debug, Clone, Args)]
pub struct StoreArgs {
    /// The data directory (SQLite database and log key).
    #[arg(long = "data", env = "CONCORD_DATA", default_value = "concord-data", value_name = "DIR")]
    pub data_dir: PathBuf,
    /// Keep the store in PostgreSQL instead of SQLite, e.g.
    /// postgres://user@host/concord.
    #[arg(long, env = "CONCORD_DATABASE_URL", value_name = "URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// The log's signing key file (default: log.key in the data directory).
    /// Nodes that share one PostgreSQL database are given the same file.
    #[arg(long, env = "CONCORD_LOG_KEY_FILE", value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// The checkpoint origin that names a new log (used on first start only).
    #[arg(long, env = "CONCORD_LOG_ORIGIN", default_value = "concord.localhost/log", value_name = "ORIGIN")]
    pub origin: String,
    /// The organization's name (used on first start only).
    #[arg(long, env = "CONCORD_ORGANIZATION_NAME", default_value = "Concord", value_name = "NAME")]
    pub organization_name: String,
}

impl StoreArgs {
    /// The store configuration these options describe.
    pub fn config(&self) -> store::Config {
        store::Config {
            database_url: self.database_url.clone(),
            key_file: self.key_file.clone(),
            origin: self.origin.clone(),
            organization_name: self.organization_name.clone(),
            ..store::Config::new(&self.data_dir)
        }
    }

    /// Where the store is, for messages.
    pub fn describe(&self) -> String {
        match &self.database_url {
            Some(_) => format!("PostgreSQL, key in {}", self.data_dir.display()),
            None => format!("SQLite in {}", self.data_dir.display()),
        }
    }
}
