//! The options of commands that open a store, and those only `serve` uses.

use std::path::PathBuf;

use anyhow::anyhow;
use clap::Args;

use super::{Failure, bad_input};

/// The data directory, alone: part of [`DataDirArgs`] and of
/// [`MirrorStoreArgs`].
#[derive(Debug, Clone, Args)]
pub struct DataDirArg {
    /// The data directory (SQLite database and keys).
    #[arg(long = "data", env = "CONCORD_DATA", default_value = "concord-data", value_name = "DIR")]
    pub data_dir: PathBuf,
}

/// The PostgreSQL database, alone: part of [`StoreArgs`] and of
/// [`MirrorStoreArgs`].
#[derive(Debug, Clone, Args)]
pub struct DatabaseArg {
    /// Keep the store in PostgreSQL instead of SQLite, e.g.
    /// postgres://user@host/concord.
    #[arg(long, env = "CONCORD_DATABASE_URL", value_name = "URL", hide_env_values = true)]
    pub database_url: Option<String>,
}

/// A SQLite data directory and its log key: what `backup` and `restore`
/// work on.
#[derive(Debug, Clone, Args)]
pub struct DataDirArgs {
    #[command(flatten)]
    pub dir: DataDirArg,
    /// The log's signing key file (default: log.key in the data directory).
    /// Nodes that share one PostgreSQL database are given the same file.
    #[arg(long, env = "CONCORD_LOG_KEY_FILE", value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// The custody key file, which seals the signing keys the server keeps
    /// for delegations that registered none (default: custody.key in the
    /// data directory, made when first needed). Back it up with the log key;
    /// nodes that share one PostgreSQL database are given the same file.
    #[arg(long, env = "CONCORD_CUSTODY_KEY_FILE", value_name = "FILE")]
    pub custody_key_file: Option<PathBuf>,
}

impl DataDirArgs {
    /// The configuration of an existing SQLite store.
    pub fn config(&self) -> store::Config {
        store::Config {
            key_file: self.key_file.clone(),
            custody_key_file: self.custody_key_file.clone(),
            ..store::Config::new(&self.dir.data_dir)
        }
    }
}

/// Where the store is: a data directory, and optionally PostgreSQL.
#[derive(Debug, Clone, Args)]
pub struct StoreArgs {
    #[command(flatten)]
    pub dir: DataDirArgs,
    #[command(flatten)]
    pub database: DatabaseArg,
}

/// Where a mirror's store is (`concord mirror`): a data directory and
/// optionally PostgreSQL, without the key files of a log this node signs.
#[derive(Debug, Clone, Args)]
pub struct MirrorStoreArgs {
    #[command(flatten)]
    pub dir: DataDirArg,
    #[command(flatten)]
    pub database: DatabaseArg,
}

impl MirrorStoreArgs {
    /// The configuration of a mirror of the log whose verifier key is
    /// `key`.
    pub fn config(&self, key: &str) -> store::Config {
        store::Config {
            database_url: self.database.database_url.clone(),
            mirror_of: Some(key.to_owned()),
            ..store::Config::new(&self.dir.data_dir)
        }
    }

    /// Where the store is, for messages.
    pub fn describe(&self) -> String {
        describe(&self.dir, &self.database)
    }
}

/// What names a new log: used by `serve` on first start only, so that the
/// help of every other command lists only the options it uses.
#[derive(Debug, Clone, Args)]
pub struct FirstStartArgs {
    /// The checkpoint origin that names a new log (used on first start only).
    #[arg(long, env = "CONCORD_LOG_ORIGIN", default_value = "concord.localhost/log", value_name = "ORIGIN")]
    pub origin: String,
    /// The organization's name (used on first start only; with --demo,
    /// "Concord demo organization" unless given).
    #[arg(long, env = "CONCORD_ORGANIZATION_NAME", default_value = "Concord", value_name = "NAME")]
    pub organization_name: String,
}

impl StoreArgs {
    /// The configuration of an existing store (a new one gets the defaults
    /// of [`store::Config::new`]).
    pub fn config(&self) -> store::Config {
        store::Config { database_url: self.database.database_url.clone(), ..self.dir.config() }
    }

    /// The configuration of a store that is created if it does not exist.
    pub fn config_for_first_start(&self, first: &FirstStartArgs) -> store::Config {
        store::Config {
            origin: first.origin.clone(),
            organization_name: first.organization_name.clone(),
            ..self.config()
        }
    }

    /// Where the store is, for messages.
    pub fn describe(&self) -> String {
        describe(&self.dir.dir, &self.database)
    }
}

/// Where a store is, for messages.
fn describe(dir: &DataDirArg, database: &DatabaseArg) -> String {
    match &database.database_url {
        Some(_) => format!("PostgreSQL, key in {}", dir.data_dir.display()),
        None => format!("SQLite in {}", dir.data_dir.display()),
    }
}

/// Checks a public address (`--public-url`): an absolute http or https URL
/// with a host and no query or fragment. Returned without a final `/`, as
/// links are built by appending paths to it.
pub fn parse_public_url(text: &str) -> Result<String, Failure> {
    let reason = match reqwest::Url::parse(text) {
        Err(err) => Some(err.to_string()),
        Ok(url) if !matches!(url.scheme(), "http" | "https") => Some("it must start with http:// or https://".into()),
        Ok(url) if url.host_str().is_none_or(str::is_empty) => Some("it names no host".into()),
        Ok(url) if url.query().is_some() || url.fragment().is_some() => {
            Some("it must have no query (?) or fragment (#)".into())
        }
        Ok(_) => None,
    };
    match reason {
        Some(reason) => Err(bad_input(anyhow!("--public-url `{text}` is not a usable address: {reason}"))),
        None => Ok(text.trim_end_matches('/').to_owned()),
    }
}
