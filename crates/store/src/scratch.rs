//! Scratch stores for tests and benchmarks. A PostgreSQL run gets its own
//! empty schema in a shared database, so runs never see each other's data,
//! and drops it afterwards. [`on_each_backend`] runs a test on SQLite and,
//! when `CONCORD_TEST_POSTGRES_URL` is set, on PostgreSQL.

use std::future::Future;
use std::path::PathBuf;

use sqlx::any::AnyPoolOptions;
use tempfile::TempDir;

use crate::error::Result;
use crate::{Backend, Config};

/// An empty schema in a PostgreSQL database, and a URL that uses it.
#[derive(Debug, Clone)]
pub struct ScratchSchema {
    base_url: String,
    name: String,
    /// A database URL whose connections use only this schema.
    pub url: String,
}

impl ScratchSchema {
    /// Creates a new empty schema in the database at `base_url`.
    pub async fn create(base_url: &str) -> Result<ScratchSchema> {
        sqlx::any::install_default_drivers();
        let mut suffix = [0u8; 6];
        getrandom::fill(&mut suffix).map_err(|err| crate::StoreError::Setup(err.to_string()))?;
        let name = format!("concord_scratch_{}", hex::encode(suffix));
        let pool = AnyPoolOptions::new().max_connections(1).connect(base_url).await?;
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {name}"))).execute(&pool).await?;
        pool.close().await;
        let separator = if base_url.contains('?') { '&' } else { '?' };
        let url = format!("{base_url}{separator}options[search_path]={name}");
        Ok(ScratchSchema { base_url: base_url.to_owned(), name, url })
    }

    /// Drops the schema and everything in it.
    pub async fn drop_schema(self) -> Result<()> {
        let pool = AnyPoolOptions::new().max_connections(1).connect(&self.base_url).await?;
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP SCHEMA {} CASCADE", self.name))).execute(&pool).await?;
        pool.close().await;
        Ok(())
    }
}

/// Where one test's store lives.
pub struct Setup {
    /// The backend of this run.
    pub backend: Backend,
    /// A temporary directory holding the data directory.
    pub dir: TempDir,
    /// The PostgreSQL scratch schema of this run.
    pub schema: Option<ScratchSchema>,
}

impl Setup {
    /// The configuration of this test's store.
    pub fn config(&self) -> Config {
        Config {
            database_url: self.schema.as_ref().map(|s| s.url.clone()),
            origin: "test.concord.localhost/log".into(),
            ..Config::new(self.data_dir())
        }
    }

    /// The data directory.
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// A database URL that bypasses the data directory's lock, for tests
    /// that open several nodes on one database.
    pub fn shared_database_url(&self) -> String {
        match &self.schema {
            Some(schema) => schema.url.clone(),
            None => format!("sqlite://{}?mode=rwc", self.data_dir().join("concord.db").display()),
        }
    }
}

/// The PostgreSQL URL for tests, if any. Under `CI=true` its absence is a
/// failure, not a skip.
pub fn postgres_url() -> Option<String> {
    let url = std::env::var("CONCORD_TEST_POSTGRES_URL").ok().filter(|url| !url.is_empty());
    if url.is_none() && std::env::var("CI").is_ok_and(|ci| ci == "true") {
        panic!("CI=true but CONCORD_TEST_POSTGRES_URL is not set: the PostgreSQL half of the suite would be skipped");
    }
    url
}

/// Runs `test` on SQLite, then on PostgreSQL if configured.
pub async fn on_each_backend<F, Fut>(test: F)
where
    F: Fn(Setup) -> Fut,
    Fut: Future<Output = ()>,
{
    test(Setup { backend: Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None }).await;
    match postgres_url() {
        Some(url) => {
            let schema = ScratchSchema::create(&url).await.expect("a scratch schema on PostgreSQL");
            let cleanup = schema.clone();
            test(Setup { backend: Backend::Postgres, dir: tempfile::tempdir().unwrap(), schema: Some(schema) }).await;
            cleanup.drop_schema().await.expect("dropping the scratch schema");
        }
        None => eprintln!("note: the PostgreSQL half of this test was skipped (CONCORD_TEST_POSTGRES_URL is not set)"),
    }
}
