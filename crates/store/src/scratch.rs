//! Scratch PostgreSQL schemas for tests and benchmarks: each run gets its
//! own empty schema in a shared database, so runs never see each other's
//! data, and drops it afterwards.

use sqlx::any::AnyPoolOptions;

use crate::error::Result;

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
        let pool = AnyPoolOptions::new()
            .max_connections(1)
            .connect(base_url)
            .await?;
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {name}")))
            .execute(&pool)
            .await?;
        pool.close().await;
        let separator = if base_url.contains('?') { '&' } else { '?' };
        let url = format!("{base_url}{separator}options[search_path]={name}");
        Ok(ScratchSchema {
            base_url: base_url.to_owned(),
            name,
            url,
        })
    }

    /// Drops the schema and everything in it.
    pub async fn drop_schema(self) -> Result<()> {
        let pool = AnyPoolOptions::new()
            .max_connections(1)
            .connect(&self.base_url)
            .await?;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DROP SCHEMA {} CASCADE",
            self.name
        )))
        .execute(&pool)
        .await?;
        pool.close().await;
        Ok(())
    }
}
