//! Settings of the running service, kept in the private table
//! `node_settings` so that the command line, run beside the server, reads
//! what the server was told (issue 13: invitation links built from the
//! server's public address, on SQLite and PostgreSQL alike).

use sqlx::AnyConnection;

use crate::error::Result;

/// The address people use to reach the server (`serve --public-url`, or
/// `http://ADDR` it listens on).
pub(crate) const PUBLIC_URL: &str = "public_url";

/// The value of a setting, if it was ever recorded.
pub(crate) async fn read(conn: &mut AnyConnection, name: &str) -> Result<Option<String>> {
    Ok(sqlx::query_scalar("SELECT value FROM node_settings WHERE name = $1")
        .bind(name.to_owned())
        .fetch_optional(conn)
        .await?)
}

/// Records a setting, replacing its previous value.
pub(crate) async fn write(conn: &mut AnyConnection, name: &str, value: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO node_settings (name, value) VALUES ($1, $2) \
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    )
    .bind(name.to_owned())
    .bind(value.to_owned())
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether, and as what, the organization is a demonstration (`serve
/// --demo`, issue 15): the server's description of its demo, kept so that
/// a restart without `--demo` still says so.
pub(crate) const DEMO: &str = "demo";

impl crate::Store {
    /// Records that this store holds a demonstration organization, with
    /// `description` (what the server needs to show about it).
    pub async fn record_demo(&self, description: &str) -> Result<()> {
        write(&mut *self.conn().await?, DEMO, description).await
    }

    /// The description of the demonstration this store holds, if it is
    /// one.
    pub async fn demo(&self) -> Result<Option<String>> {
        read(&mut *self.conn().await?, DEMO).await
    }
}
