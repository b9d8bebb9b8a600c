//! Projections: the tables that queries read, derived from the log alone.
//!
//! [`apply`] folds one entry into the tables inside the append transaction.
//! [`PUBLIC_TABLES`] lists every projection table with its columns in
//! primary-key order; it drives the state digest and the rebuild, and a test
//! checks it against the schema so a new table cannot be forgotten.

use domain::{Envelope, Event};
use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, Row};

use crate::error::Result;
use crate::log::to_i64;

/// The SQL type of a projection column, as the digest reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Int(&'static str),
    Text(&'static str),
    OptInt(&'static str),
    OptText(&'static str),
}

impl Column {
    fn name(self) -> &'static str {
        match self {
            Column::Int(n) | Column::Text(n) | Column::OptInt(n) | Column::OptText(n) => n,
        }
    }
}

/// A public projection table.
#[derive(Debug)]
pub(crate) struct Table {
    pub name: &'static str,
    /// Every column, in schema order.
    pub columns: &'static [Column],
    /// The primary key, for `ORDER BY`.
    pub key: &'static str,
}

use Column::{Int, OptInt, OptText, Text};

/// Every public projection table. Private tables (accounts, sessions) are
/// not listed: they are left out of the digest and left alone by rebuild.
pub(crate) const PUBLIC_TABLES: &[Table] = &[
    Table {
        name: "p_organization",
        columns: &[
            Int("id"),
            Text("name"),
            Text("log_origin"),
            Int("founded_at"),
        ],
        key: "id",
    },
    Table {
        name: "p_members",
        columns: &[
            Text("iso3"),
            Text("iso2"),
            Int("m49"),
            Text("status"),
            OptText("regional_group"),
            OptText("income_group"),
            Int("ldc"),
            Int("lldc"),
            Int("sids"),
            OptInt("population"),
            Text("name_ar"),
            Text("name_en"),
            Text("name_es"),
            Text("name_fr"),
            Text("name_ru"),
            Text("name_zh"),
            Text("search_text"),
            Int("admitted_at"),
        ],
        key: "iso3",
    },
    Table {
        name: "p_documents",
        columns: &[
            Int("number"),
            Text("title"),
            Text("language"),
            Text("blob_sha256"),
            Text("media_type"),
            Int("size"),
            Int("published_at"),
            OptInt("redacted_at"),
        ],
        key: "number",
    },
];

/// Applies one entry to the projections.
pub(crate) async fn apply(conn: &mut AnyConnection, envelope: &Envelope) -> Result<()> {
    let index = to_i64(envelope.index);
    match &envelope.event {
        Event::OrganizationFounded(org) => {
            sqlx::query("INSERT INTO p_organization (id, name, log_origin, founded_at) VALUES (1, $1, $2, $3)")
                .bind(org.name.clone())
                .bind(org.log_origin.clone())
                .bind(index)
                .execute(conn)
                .await?;
        }
        Event::MemberAdmitted(m) => {
            let n = &m.names;
            let search = domain::search::fold(&format!(
                "{} {} {} {} {} {} {} {}",
                m.iso3, m.iso2, n.ar, n.en, n.es, n.fr, n.ru, n.zh
            ));
            sqlx::query(
                "INSERT INTO p_members (iso3, iso2, m49, status, regional_group, income_group, ldc, lldc, sids, \
                 population, name_ar, name_en, name_es, name_fr, name_ru, name_zh, search_text, admitted_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)",
            )
            .bind(m.iso3.to_string())
            .bind(m.iso2.clone())
            .bind(i64::from(m.m49))
            .bind(if m.votes() { "member" } else { "observer" })
            .bind(m.regional_group.map(|g| g.code()))
            .bind(m.income_group.map(|g| g.code()))
            .bind(i64::from(m.ldc))
            .bind(i64::from(m.lldc))
            .bind(i64::from(m.sids))
            .bind(m.population.map(to_i64))
            .bind(n.ar.clone())
            .bind(n.en.clone())
            .bind(n.es.clone())
            .bind(n.fr.clone())
            .bind(n.ru.clone())
            .bind(n.zh.clone())
            .bind(search)
            .bind(index)
            .execute(conn)
            .await?;
        }
        Event::DocumentPublished(doc) => {
            sqlx::query(
                "INSERT INTO p_documents (number, title, language, blob_sha256, media_type, size, published_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(to_i64(doc.number))
            .bind(doc.title.clone())
            .bind(doc.language.code())
            .bind(doc.blob.sha256.to_string())
            .bind(doc.blob.media_type.clone())
            .bind(to_i64(doc.blob.size))
            .bind(index)
            .execute(conn)
            .await?;
        }
        Event::BlobRedacted(redacted) => {
            sqlx::query("UPDATE p_documents SET redacted_at = $1 WHERE blob_sha256 = $2")
                .bind(index)
                .bind(redacted.sha256.to_string())
                .execute(&mut *conn)
                .await?;
            // The bytes are not a projection, but the takedown must hold
            // however often the log is replayed.
            sqlx::query("UPDATE blobs SET bytes = NULL WHERE sha256 = $1")
                .bind(redacted.sha256.0.to_vec())
                .execute(conn)
                .await?;
        }
    }
    Ok(())
}

/// Empties every public projection table.
pub(crate) async fn clear(conn: &mut AnyConnection) -> Result<()> {
    for table in PUBLIC_TABLES {
        sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {}", table.name)))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// The state digest: SHA-256 over every row of every public projection
/// table, tables in [`PUBLIC_TABLES`] order, rows in primary-key order.
///
/// Each table contributes its name; each row the byte 'R'; each value a
/// tag byte ('N' null, 'I' integer as 8 bytes big-endian, 'T' text as a
/// u32 big-endian length and UTF-8 bytes). Both backends read the same
/// values, so the same log gives the same digest on either.
pub(crate) async fn digest(conn: &mut AnyConnection) -> Result<[u8; 32]> {
    let mut hasher = Sha256::new();
    for table in PUBLIC_TABLES {
        hasher.update(b"table ");
        hasher.update(table.name.as_bytes());
        let columns: Vec<&str> = table.columns.iter().map(|c| c.name()).collect();
        let sql = format!(
            "SELECT {} FROM {} ORDER BY {}",
            columns.join(", "),
            table.name,
            table.key
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&mut *conn)
            .await?;
        for row in rows {
            hasher.update(b"R");
            for (i, column) in table.columns.iter().enumerate() {
                let (int, text) = match column {
                    Int(_) | OptInt(_) => (row.try_get::<Option<i64>, _>(i)?, None),
                    Text(_) | OptText(_) => (None, row.try_get::<Option<String>, _>(i)?),
                };
                match (int, text) {
                    (Some(v), _) => {
                        hasher.update(b"I");
                        hasher.update(v.to_be_bytes());
                    }
                    (None, Some(t)) => {
                        hasher.update(b"T");
                        hasher.update((t.len() as u32).to_be_bytes());
                        hasher.update(t.as_bytes());
                    }
                    (None, None) => hasher.update(b"N"),
                }
            }
        }
    }
    Ok(hasher.finalize().into())
}

#[cfg(test)]
mod tests {
    use sqlx::Row;

    use super::PUBLIC_TABLES;
    use crate::db::Backend;
    use crate::scratch::on_each_backend;

    /// Every `p_` table of the schema is in `PUBLIC_TABLES`, with exactly its
    /// columns in order, so the digest and the rebuild cannot miss one.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn public_tables_list_the_schema_exactly() {
        on_each_backend(|setup| async move {
            std::fs::create_dir_all(setup.data_dir()).unwrap();
            let (pool, backend) = crate::db::connect(&setup.shared_database_url()).await.unwrap();
            let sql = match backend {
                Backend::Sqlite => {
                    "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
                     WHERE m.type = 'table' AND m.name LIKE 'p\\_%' ESCAPE '\\' ORDER BY m.name, p.cid"
                }
                Backend::Postgres => {
                    "SELECT table_name::text, column_name::text FROM information_schema.columns \
                     WHERE table_schema = current_schema() AND table_name LIKE 'p\\_%' ESCAPE '\\' \
                     ORDER BY table_name, ordinal_position"
                }
            };
            let rows = sqlx::query(sql).fetch_all(&pool).await.unwrap();
            let mut schema: Vec<(String, Vec<String>)> = Vec::new();
            for row in rows {
                let (table, column): (String, String) = (row.get(0), row.get(1));
                match schema.last_mut() {
                    Some((name, columns)) if *name == table => columns.push(column),
                    _ => schema.push((table, vec![column])),
                }
            }
            let mut listed: Vec<(String, Vec<String>)> = PUBLIC_TABLES
                .iter()
                .map(|t| (t.name.to_owned(), t.columns.iter().map(|c| c.name().to_owned()).collect()))
                .collect();
            listed.sort();
            assert_eq!(schema, listed);
        })
        .await;
    }
}
