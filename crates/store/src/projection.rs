//! Projections: the tables that queries read, derived from the log alone.
//!
//! [`apply_all`] folds entries into the tables inside the append transaction.
//! [`PUBLIC_TABLES`] lists every projection table with its columns in
//! primary-key order; it drives the state digest and the rebuild, and a test
//! checks it against the schema so a new table cannot be forgotten.

use std::collections::{BTreeMap, BTreeSet};

use domain::people::{DelegationMemberRemoved, OrganizationMember};
use domain::{Envelope, Event};
use futures_util::TryStreamExt;
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::db::{Backend, Value, bind_all, insert_rows};
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
    /// The column's name.
    pub(crate) fn name(self) -> &'static str {
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
    /// The primary key, for `ORDER BY`: the first columns, comma-separated.
    pub key: &'static str,
}

use Column::{Int, OptInt, OptText, Text};

/// Every public projection table. Private tables (accounts, sessions) are
/// not listed: they are left out of the digest and left alone by rebuild.
pub(crate) const PUBLIC_TABLES: &[Table] = &[
    Table {
        name: "p_organization",
        columns: &[Int("id"), Text("name"), Text("log_origin"), Int("founded_at")],
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
    Table {
        name: "p_organizations",
        columns: &[
            Int("id"),
            Text("name"),
            Text("chamber"),
            OptText("country"),
            OptText("website"),
            Text("applicant"),
            Text("status"),
            OptText("reason"),
            Int("applied_at"),
            OptInt("decided_at"),
        ],
        key: "id",
    },
    Table {
        name: "p_people",
        columns: &[
            Text("handle"),
            Text("affiliation"),
            OptText("member"),
            OptText("delegation_role"),
            OptInt("organization_id"),
            Int("since"),
        ],
        key: "handle",
    },
    Table {
        name: "p_consultations",
        columns: &[
            Int("id"),
            Text("language"),
            Text("audience"),
            Text("moderation"),
            Int("participants_write"),
            Text("results"),
            Text("status"),
            Text("created_by"),
            OptText("member"),
            OptInt("opens_ms"),
            OptInt("closes_ms"),
            Int("created_at"),
            Int("votes"),
            Int("changed_at"),
        ],
        key: "id",
    },
    Table {
        name: "p_consultation_texts",
        columns: &[Int("consultation_id"), Text("lang"), Text("title"), Text("question")],
        key: "consultation_id, lang",
    },
    Table {
        name: "p_statements",
        columns: &[
            Int("consultation_id"),
            Int("number"),
            Text("language"),
            Text("blob_sha256"),
            Text("author"),
            Text("constituency"),
            Int("seed"),
            Text("status"),
            Int("meta"),
            OptText("reason"),
            Int("flags"),
            Int("added_at"),
            Int("added_ms"),
        ],
        key: "consultation_id, number",
    },
    Table {
        name: "p_statement_translations",
        columns: &[Int("consultation_id"), Int("number"), Text("lang"), Text("blob_sha256")],
        key: "consultation_id, number, lang",
    },
    Table {
        name: "p_votes",
        columns: &[
            Int("log_index"),
            Int("consultation_id"),
            Int("statement"),
            Text("voter"),
            Int("choice"),
            Text("constituency"),
            Int("time_ms"),
        ],
        key: "log_index",
    },
    Table {
        name: "p_consultation_voters",
        columns: &[Int("consultation_id"), Text("voter"), Text("constituency"), Int("first_at")],
        key: "consultation_id, voter",
    },
    Table {
        name: "p_consultation_imports",
        columns: &[Int("consultation_id"), Text("source"), Int("started_at"), OptInt("finished_at")],
        key: "consultation_id",
    },
    Table {
        name: "p_imported_statements",
        columns: &[Int("consultation_id"), Int("number"), Int("polis_id"), Text("author")],
        key: "consultation_id, number",
    },
    Table {
        name: "p_decision_types",
        columns: &[Int("version"), Text("code"), Text("name"), Text("procedure"), Int("published_at")],
        key: "version, code",
    },
    Table {
        name: "p_signing_keys",
        columns: &[
            Text("key"),
            Text("signatory"),
            Int("custodied"),
            Int("registered_at"),
            Text("registered_by"),
            OptInt("revoked_at"),
            OptText("revoked_by"),
            OptText("reason"),
        ],
        key: "key",
    },
    Table {
        name: "p_ballots",
        columns: &[
            Int("id"),
            OptInt("document"),
            OptInt("closes_ms"),
            OptText("type_code"),
            OptInt("type_version"),
            Text("procedure"),
            Text("status"),
            Int("opened_at"),
            Int("opened_ms"),
            OptInt("closed_at"),
            OptInt("closed_ms"),
            OptText("closed_by"),
            OptText("outcome"),
            OptText("tally"),
            Int("votes"),
        ],
        key: "id",
    },
    Table {
        name: "p_ballot_titles",
        columns: &[Int("ballot_id"), Text("lang"), Text("title")],
        key: "ballot_id, lang",
    },
    Table {
        name: "p_ballot_electors",
        columns: &[Int("ballot_id"), Text("member"), Text("regional_group")],
        key: "ballot_id, member",
    },
    Table {
        name: "p_ballot_positions",
        columns: &[
            Int("ballot_id"),
            Text("member"),
            Text("choice"),
            Text("cast_by"),
            Int("recorded"),
            Text("actor"),
            Int("seq"),
            Text("key"),
            Int("cast_at"),
            Int("cast_ms"),
        ],
        key: "ballot_id, member",
    },
    Table { name: "p_ballot_seqs", columns: &[Int("ballot_id"), Text("member"), Int("seq")], key: "ballot_id, member" },
    Table {
        name: "p_ballot_proxies",
        columns: &[Int("ballot_id"), Text("from_member"), Text("to_member"), Int("given_at")],
        key: "ballot_id, from_member",
    },
    Table {
        name: "p_ballot_alternates",
        columns: &[Int("ballot_id"), Text("member"), Text("handle"), Int("designated_at")],
        key: "ballot_id, member, handle",
    },
    Table {
        name: "p_divide_methodologies",
        columns: &[Int("version"), Text("text"), Int("published_at")],
        key: "version",
    },
    Table {
        name: "p_indicator_values",
        columns: &[
            Text("member"),
            Text("indicator"),
            Int("year"),
            Int("recorded_at"),
            Text("value"),
            Text("source"),
            OptInt("submission"),
        ],
        key: "member, indicator, year, recorded_at",
    },
    Table {
        name: "p_divide_submissions",
        columns: &[
            Int("id"),
            Text("member"),
            Text("indicator"),
            Int("year"),
            Text("value"),
            Text("source"),
            Text("submitted_by"),
            Int("submitted_at"),
            Int("submitted_ms"),
            Text("status"),
            OptText("reason"),
            OptText("reviewed_by"),
            OptInt("reviewed_at"),
        ],
        key: "id",
    },
];

/// One change an entry makes to the tables.
pub(crate) enum Write {
    /// A new row of a projection table, columns in the table's order.
    Insert { table: &'static Table, values: Vec<Value> },
    /// Any other statement.
    Statement { sql: &'static str, values: Vec<Value> },
    /// A consultation vote, written with the votes next to it.
    Vote(crate::consultation::VoteWrite),
}

pub(crate) fn int(value: impl Into<i64>) -> Value {
    Value::Int(Some(value.into()))
}

pub(crate) fn text(value: impl Into<String>) -> Value {
    Value::Text(Some(value.into()))
}

pub(crate) fn table(name: &str) -> &'static Table {
    PUBLIC_TABLES.iter().find(|t| t.name == name).expect("the table is listed")
}

/// The changes one entry makes, in order.
fn writes(envelope: &Envelope) -> Result<Vec<Write>> {
    let index = int(to_i64(envelope.index)?);
    Ok(match &envelope.event {
        Event::OrganizationFounded(org) => vec![Write::Insert {
            table: table("p_organization"),
            values: vec![int(1), text(&org.name), text(&org.log_origin), index],
        }],
        Event::MemberAdmitted(m) => {
            let n = &m.names;
            let search = domain::search::fold(&format!(
                "{} {} {} {} {} {} {} {}",
                m.iso3, m.iso2, n.ar, n.en, n.es, n.fr, n.ru, n.zh
            ));
            vec![Write::Insert {
                table: table("p_members"),
                values: vec![
                    text(m.iso3.to_string()),
                    text(&m.iso2),
                    int(m.m49),
                    text(if m.votes() { "member" } else { "observer" }),
                    Value::Text(m.regional_group.map(|g| g.code().to_owned())),
                    Value::Text(m.income_group.map(|g| g.code().to_owned())),
                    int(m.ldc),
                    int(m.lldc),
                    int(m.sids),
                    Value::Int(m.population.map(to_i64).transpose()?),
                    text(&n.ar),
                    text(&n.en),
                    text(&n.es),
                    text(&n.fr),
                    text(&n.ru),
                    text(&n.zh),
                    text(search),
                    index,
                ],
            }]
        }
        Event::DocumentPublished(doc) => vec![Write::Insert {
            table: table("p_documents"),
            values: vec![
                int(to_i64(doc.number)?),
                text(&doc.title),
                text(doc.language.code()),
                text(doc.blob.sha256.to_string()),
                text(&doc.blob.media_type),
                int(to_i64(doc.blob.size)?),
                index,
                Value::Int(None),
            ],
        }],
        Event::SecretariatAppointed(person) => vec![person_row(&person.handle, "secretariat", None, None, index)],
        Event::ObserverAccredited(person) => vec![person_row(&person.handle, "observer", None, None, index)],
        Event::DelegationMemberAdded(added) => vec![person_row(
            &added.handle,
            "delegation",
            Some((added.member.to_string(), added.role.code())),
            None,
            index,
        )],
        Event::DelegationMemberRemoved(DelegationMemberRemoved { handle, .. })
        | Event::OrganizationMemberRemoved(OrganizationMember { handle, .. }) => vec![Write::Statement {
            sql: "DELETE FROM p_people WHERE handle = $1",
            values: vec![text(handle.as_str())],
        }],
        Event::OrganizationApplied(applied) => vec![Write::Insert {
            table: table("p_organizations"),
            values: vec![
                int(to_i64(applied.id)?),
                text(&applied.name),
                text(applied.chamber.code()),
                Value::Text(applied.country.map(|c| c.to_string())),
                Value::Text(applied.website.clone()),
                text(applied.applicant.as_str()),
                text("applied"),
                Value::Text(None),
                index,
                Value::Int(None),
            ],
        }],
        Event::OrganizationAdmitted(admitted) => vec![
            Write::Statement {
                sql: "UPDATE p_organizations SET status = 'admitted', decided_at = $1 WHERE id = $2",
                values: vec![index.clone(), int(to_i64(admitted.id)?)],
            },
            // The applicant joins the organization they applied for.
            Write::Statement {
                sql: "INSERT INTO p_people (handle, affiliation, member, delegation_role, organization_id, since) \
                      SELECT applicant, 'organization', NULL, NULL, id, $1 FROM p_organizations WHERE id = $2",
                values: vec![index, int(to_i64(admitted.id)?)],
            },
        ],
        Event::OrganizationDeclined(declined) => vec![Write::Statement {
            sql: "UPDATE p_organizations SET status = 'declined', reason = $1, decided_at = $2 WHERE id = $3",
            values: vec![text(&declined.reason), index, int(to_i64(declined.id)?)],
        }],
        Event::OrganizationMemberAdded(added) => {
            vec![person_row(&added.handle, "organization", None, Some(to_i64(added.id)?), index)]
        }
        Event::Consultation(event) => crate::consultation::writes(envelope, event, index)?,
        Event::Decision(event) => crate::decision::writes(envelope, event, index)?,
        Event::Divide(event) => crate::divide::writes(envelope, event, index)?,
        // The log itself is the public record of a reset; no projection.
        Event::AccountResetIssued(_) => vec![],
        Event::BlobRedacted(redacted) => vec![
            Write::Statement {
                sql: "UPDATE p_documents SET redacted_at = $1 WHERE blob_sha256 = $2",
                values: vec![index, text(redacted.sha256.to_string())],
            },
            // The bytes are not a projection, but the takedown must hold
            // however often the log is replayed. A mirror that never held
            // the bytes keeps the takedown as a row without them, so it
            // never fetches them.
            Write::Statement {
                sql: "INSERT INTO blobs (sha256, media_type, size, bytes) VALUES ($1, '', 0, NULL) \
                      ON CONFLICT (sha256) DO UPDATE SET bytes = NULL",
                values: vec![Value::Blob(redacted.sha256.0.to_vec())],
            },
        ],
    })
}

/// A row of `p_people`: a person's one affiliation.
fn person_row(
    handle: &domain::Actor,
    affiliation: &str,
    delegation: Option<(String, &str)>,
    organization: Option<i64>,
    since: Value,
) -> Write {
    let (member, role) = delegation.map_or((None, None), |(member, role)| (Some(member), Some(role.to_owned())));
    Write::Insert {
        table: table("p_people"),
        values: vec![
            text(handle.as_str()),
            text(affiliation),
            Value::Text(member),
            Value::Text(role),
            Value::Int(organization),
            since,
        ],
    }
}

/// Applies entries to the projections, in order. Consecutive new rows of
/// one table go in multi-row INSERTs: a batch of a thousand similar events
/// costs a few statements, not a thousand.
pub(crate) async fn apply_all(conn: &mut AnyConnection, backend: Backend, envelopes: &[Envelope]) -> Result<()> {
    let mut pending: Option<(&'static Table, Vec<Vec<Value>>)> = None;
    let mut votes = crate::consultation::VoteRun::default();
    let writes = envelopes.iter().map(writes).collect::<Result<Vec<_>>>()?;
    for write in writes.into_iter().flatten() {
        if let Write::Vote(vote) = write {
            flush(conn, backend, pending.take()).await?;
            votes.push(vote);
            continue;
        }
        votes.flush(conn, backend).await?;
        match write {
            Write::Vote(_) => unreachable!("taken above"),
            Write::Insert { table, values } => match &mut pending {
                Some((current, rows)) if std::ptr::eq(*current, table) => rows.push(values),
                _ => {
                    flush(conn, backend, pending.take()).await?;
                    pending = Some((table, vec![values]));
                }
            },
            Write::Statement { sql, values } => {
                flush(conn, backend, pending.take()).await?;
                bind_all(sqlx::query(sql), values).execute(&mut *conn).await?;
            }
        }
    }
    votes.flush(conn, backend).await?;
    flush(conn, backend, pending).await
}

async fn flush(
    conn: &mut AnyConnection,
    backend: Backend,
    pending: Option<(&'static Table, Vec<Vec<Value>>)>,
) -> Result<()> {
    if let Some((table, rows)) = pending {
        let columns: Vec<&str> = table.columns.iter().map(|c| c.name()).collect();
        insert_rows(conn, backend, table.name, &columns, rows).await?;
    }
    Ok(())
}

/// Empties every public projection table.
pub(crate) async fn clear(conn: &mut AnyConnection) -> Result<()> {
    for table in PUBLIC_TABLES {
        sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {}", table.name))).execute(&mut *conn).await?;
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
        // Streamed: the digest reads every public row, never all at once.
        let sql = select_all_sql(table);
        let mut rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch(&mut *conn);
        while let Some(row) = rows.try_next().await? {
            hasher.update(b"R");
            hasher.update(encode_row(table, &row)?);
        }
    }
    Ok(hasher.finalize().into())
}

/// The query for every row of a public table, in primary-key order.
fn select_all_sql(table: &Table) -> String {
    let columns: Vec<&str> = table.columns.iter().map(|c| c.name()).collect();
    format!("SELECT {} FROM {} ORDER BY {}", columns.join(", "), table.name, table.key)
}

/// Every row of a public table, in primary-key order.
async fn select_all(conn: &mut AnyConnection, table: &Table) -> Result<Vec<AnyRow>> {
    Ok(sqlx::query(sqlx::AssertSqlSafe(select_all_sql(table))).fetch_all(&mut *conn).await?)
}

/// A row's values as the digest reads them: a tag byte each ('N' null,
/// 'I' integer as 8 bytes big-endian, 'T' text as a u32 big-endian length
/// and UTF-8 bytes).
fn encode_row(table: &Table, row: &AnyRow) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    for (i, column) in table.columns.iter().enumerate() {
        let (int, text) = match column {
            Int(_) | OptInt(_) => (row.try_get::<Option<i64>, _>(i)?, None),
            Text(_) | OptText(_) => (None, row.try_get::<Option<String>, _>(i)?),
        };
        match (int, text) {
            (Some(v), _) => {
                out.push(b'I');
                out.extend(v.to_be_bytes());
            }
            (None, Some(t)) => {
                out.push(b'T');
                out.extend((t.len() as u32).to_be_bytes());
                out.extend(t.as_bytes());
            }
            (None, None) => out.push(b'N'),
        }
    }
    Ok(out)
}

/// The rows of a public table by primary key (shown as text), each
/// encoded as the digest reads it. Keyed in Rust, so that two databases
/// compare alike whatever their collations.
async fn rows_by_key(conn: &mut AnyConnection, table: &Table) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut rows = BTreeMap::new();
    let key_columns = table.key.split(',').count();
    for row in select_all(conn, table).await? {
        let mut key = Vec::with_capacity(key_columns);
        for (i, column) in table.columns.iter().enumerate().take(key_columns) {
            let value = match column {
                Int(_) | OptInt(_) => row.try_get::<Option<i64>, _>(i)?.map(|v| v.to_string()),
                Text(_) | OptText(_) => row.try_get::<Option<String>, _>(i)?,
            };
            key.push(value.unwrap_or_default());
        }
        rows.insert(key.join(", "), encode_row(table, &row)?);
    }
    Ok(rows)
}

/// Compares the public projections of `real` with those of `replayed`,
/// table by table in [`PUBLIC_TABLES`] order. Returns the first
/// difference, naming the table and the row's key, or `None`.
pub(crate) async fn first_difference(real: &mut AnyConnection, replayed: &mut AnyConnection) -> Result<Option<String>> {
    for table in PUBLIC_TABLES {
        let (ours, theirs) = (rows_by_key(real, table).await?, rows_by_key(replayed, table).await?);
        let keys: BTreeSet<&String> = ours.keys().chain(theirs.keys()).collect();
        for key in keys {
            let what = match (ours.get(key), theirs.get(key)) {
                (Some(a), Some(b)) if a == b => continue,
                (Some(_), Some(_)) => "differs from the replay of the log",
                (Some(_), None) => "is not in the replay of the log (an extra row)",
                (None, _) => "is missing (the replay of the log has it)",
            };
            return Ok(Some(format!("table {}: the row {} = {key} {what}", table.name, table.key)));
        }
    }
    Ok(None)
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
