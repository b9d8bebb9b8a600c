//! Connecting to SQLite or PostgreSQL through sqlx's `Any` driver, with the
//! embedded migrations of each backend. All SQL in the store uses `$1`
//! style placeholders, which both backends accept.

use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Executor};

use crate::error::{Result, StoreError};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

/// Which database holds the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// One SQLite file (WAL, synchronous=FULL).
    Sqlite,
    /// A PostgreSQL database.
    Postgres,
}

impl Backend {
    /// The backend a database URL names.
    pub fn of_url(url: &str) -> Result<Backend> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::Setup(format!(
                "the database URL must start with sqlite: or postgres://, not {:?}",
                url.split(':').next().unwrap_or(url)
            )))
        }
    }

    /// `"sqlite"` or `"postgres"`.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Opens a pool on `url` and brings the schema up to date.
pub(crate) async fn connect(url: &str) -> Result<(AnyPool, Backend)> {
    sqlx::any::install_default_drivers();
    let backend = Backend::of_url(url)?;
    let options: AnyConnectOptions = url.parse()?;
    let pool = match backend {
        Backend::Sqlite => {
            AnyPoolOptions::new()
                .max_connections(8)
                // A connection to a file on this machine does not go stale:
                // pinging it before each use would double every query's
                // round trip to the connection's thread.
                .test_before_acquire(false)
                .after_connect(|conn, _meta| {
                    Box::pin(async move {
                        // WAL lets readers run beside the one writer;
                        // synchronous=FULL makes every commit durable.
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = FULL").await?;
                        conn.execute("PRAGMA busy_timeout = 30000").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        Ok(())
                    })
                })
                .connect_with(options)
                .await?
        }
        Backend::Postgres => {
            AnyPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(30))
                .connect_with(options)
                .await?
        }
    };
    let migrator = match backend {
        Backend::Sqlite => &SQLITE_MIGRATIONS,
        Backend::Postgres => &POSTGRES_MIGRATIONS,
    };
    migrator
        .run(&pool)
        .await
        .map_err(|err| StoreError::Setup(format!("cannot bring the database schema up to date: {err}")))?;
    Ok((pool, backend))
}

/// An empty SQLite database in memory with the current schema: a scratch
/// place to replay the log into, away from the real projections. One
/// connection (each in-memory connection is its own database).
pub(crate) async fn scratch_sqlite() -> Result<sqlx::AnyConnection> {
    sqlx::any::install_default_drivers();
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect("sqlite::memory:").await?;
    SQLITE_MIGRATIONS
        .run(&mut conn)
        .await
        .map_err(|err| StoreError::Setup(format!("cannot create the scratch schema: {err}")))?;
    Ok(conn)
}

/// A value bound to a statement. Only the types both backends read back the
/// same are used (see `migrations/README.md`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    Int(Option<i64>),
    Text(Option<String>),
    Blob(Vec<u8>),
}

/// Binds `values` to `query` in order.
pub(crate) fn bind_all<'q>(
    mut query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    values: impl IntoIterator<Item = Value>,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    for value in values {
        query = match value {
            Value::Int(v) => query.bind(v),
            Value::Text(v) => query.bind(v),
            Value::Blob(v) => query.bind(v),
        };
    }
    query
}

/// Rows per multi-row INSERT: well under SQLite's limit of 32,766 bound
/// parameters and PostgreSQL's 65,535.
const ROWS_PER_INSERT: usize = 256;

/// Inserts rows of `columns.len()` values each, several rows per statement.
pub(crate) async fn insert_rows(
    conn: &mut sqlx::AnyConnection,
    backend: Backend,
    table: &str,
    columns: &[&str],
    rows: Vec<Vec<Value>>,
) -> Result<()> {
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let sql = multi_row_insert(backend, table, columns, chunk.len());
        let query = bind_all(sqlx::query(sqlx::AssertSqlSafe(sql)), chunk.iter().flatten().cloned());
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Inserts rows like [`insert_rows`], skipping each row whose `key`
/// columns match a row already there (or an earlier row of the same call).
pub(crate) async fn insert_new_rows(
    conn: &mut sqlx::AnyConnection,
    backend: Backend,
    table: &str,
    columns: &[&str],
    key: &str,
    rows: Vec<Vec<Value>>,
) -> Result<()> {
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let mut sql = multi_row_insert(backend, table, columns, chunk.len());
        sql.push_str(&format!(" ON CONFLICT ({key}) DO NOTHING"));
        let query = bind_all(sqlx::query(sqlx::AssertSqlSafe(sql)), chunk.iter().flatten().cloned());
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Builds `INSERT INTO table (cols) VALUES (..), (..)` for `rows` rows.
/// SQLite gets anonymous `?` placeholders: sqlx looks up the name of every
/// numbered parameter, and SQLite finds each name by a linear scan, which is
/// quadratic in a statement with thousands of parameters.
pub(crate) fn multi_row_insert(backend: Backend, table: &str, columns: &[&str], rows: usize) -> String {
    let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    let mut n = 0;
    for row in 0..rows {
        if row > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for col in 0..columns.len() {
            if col > 0 {
                sql.push_str(", ");
            }
            n += 1;
            match backend {
                Backend::Sqlite => sql.push('?'),
                Backend::Postgres => {
                    sql.push('$');
                    sql.push_str(&n.to_string());
                }
            }
        }
        sql.push(')');
    }
    sql
}

/// Column `i` of `row`, parsed (a stored code or key).
pub(crate) fn parsed<T: std::str::FromStr<Err = String>>(row: &sqlx::any::AnyRow, i: usize) -> Result<T> {
    use sqlx::Row;
    let text: String = row.try_get(i)?;
    text.parse().map_err(StoreError::Inconsistent)
}

/// Column `i` of `row`, a person's handle.
pub(crate) fn actor(row: &sqlx::any::AnyRow, i: usize) -> Result<domain::Actor> {
    use sqlx::Row;
    domain::Actor::try_from(row.try_get::<String, _>(i)?).map_err(StoreError::Inconsistent)
}

/// Column `i` of `row`, an optional log index or count.
pub(crate) fn opt_u64(row: &sqlx::any::AnyRow, i: usize) -> Result<Option<u64>> {
    use sqlx::Row;
    row.try_get::<Option<i64>, _>(i)?.map(crate::log::to_u64).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_placeholders_across_rows() {
        assert_eq!(
            multi_row_insert(Backend::Postgres, "t", &["a", "b"], 2),
            "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)"
        );
        assert_eq!(
            multi_row_insert(Backend::Sqlite, "t", &["a", "b"], 2),
            "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)"
        );
    }

    #[test]
    fn names_the_backend_of_a_url() {
        assert_eq!(Backend::of_url("sqlite:///x/y.db").unwrap(), Backend::Sqlite);
        assert_eq!(Backend::of_url("postgres://h/db").unwrap(), Backend::Postgres);
        assert!(Backend::of_url("mysql://h/db").is_err());
    }
}
