//! Reading the member directory from its projection.

use domain::member::{IncomeGroup, Iso3, MemberState, MemberStatus, Names, RegionalGroup};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::error::{Result, StoreError};
use crate::log::{to_i64, to_u64};

/// Filters and paging for the member directory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberQuery {
    /// Only states of this regional group.
    pub group: Option<RegionalGroup>,
    /// Only states of this income group.
    pub income: Option<IncomeGroup>,
    /// Only states whose code or name in any of the six languages contains
    /// this text (case and accents ignored).
    pub text: Option<String>,
    /// At most this many.
    pub limit: u64,
    /// After skipping this many.
    pub offset: u64,
}

/// A member state as the directory shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRecord {
    /// The state.
    pub member: MemberState,
    /// The log index of its `member.admitted` event.
    pub admitted_at: u64,
}

/// One page of results and the total that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    /// How many matched in all.
    pub total: u64,
    /// This page.
    pub items: Vec<T>,
}

const COLUMNS: &str = "iso3, iso2, m49, status, regional_group, income_group, ldc, lldc, sids, population, \
                       name_ar, name_en, name_es, name_fr, name_ru, name_zh, admitted_at";

pub(crate) async fn list(conn: &mut AnyConnection, query: &MemberQuery) -> Result<Page<MemberRecord>> {
    let mut conditions = Vec::new();
    let mut values = Vec::new();
    if let Some(group) = query.group {
        values.push(group.code().to_owned());
        conditions.push(format!("regional_group = ${}", values.len()));
    }
    if let Some(income) = query.income {
        values.push(income.code().to_owned());
        conditions.push(format!("income_group = ${}", values.len()));
    }
    if let Some(text) = query.text.as_deref().map(domain::search::fold).filter(|t| !t.trim().is_empty()) {
        values.push(format!("%{}%", escape_like(text.trim())));
        conditions.push(format!("search_text LIKE ${} ESCAPE '\\'", values.len()));
    }
    let filter = if conditions.is_empty() { String::new() } else { format!(" WHERE {}", conditions.join(" AND ")) };

    let count_sql = format!("SELECT COUNT(*) FROM p_members{filter}");
    let mut count = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(count_sql));
    for value in &values {
        count = count.bind(value.clone());
    }
    let total = to_u64(count.fetch_one(&mut *conn).await?)?;

    let n = values.len();
    let page_sql = format!("SELECT {COLUMNS} FROM p_members{filter} ORDER BY iso3 LIMIT ${} OFFSET ${}", n + 1, n + 2);
    let mut page = sqlx::query(sqlx::AssertSqlSafe(page_sql));
    for value in values {
        page = page.bind(value);
    }
    let rows = page.bind(to_i64(query.limit)).bind(to_i64(query.offset)).fetch_all(conn).await?;
    let items = rows.iter().map(record).collect::<Result<_>>()?;
    Ok(Page { total, items })
}

pub(crate) async fn get(conn: &mut AnyConnection, iso3: Iso3) -> Result<Option<MemberRecord>> {
    let sql = format!("SELECT {COLUMNS} FROM p_members WHERE iso3 = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(iso3.to_string()).fetch_optional(conn).await?;
    row.as_ref().map(record).transpose()
}

/// Escapes `%`, `_` and `\` so user text matches literally in LIKE.
fn escape_like(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

fn record(row: &AnyRow) -> Result<MemberRecord> {
    let bad = |what: String| StoreError::Inconsistent(format!("the member directory holds {what}"));
    let text = |i: usize| row.try_get::<String, _>(i);
    let optional = |i: usize| row.try_get::<Option<String>, _>(i);
    let iso3: Iso3 = text(0)?.parse().map_err(bad)?;
    let status = match text(3)?.as_str() {
        "member" => MemberStatus::Member,
        "observer" => MemberStatus::Observer,
        other => return Err(bad(format!("the status {other:?}"))),
    };
    let member = MemberState {
        iso3,
        iso2: text(1)?,
        m49: u16::try_from(row.try_get::<i64, _>(2)?).map_err(|_| bad("an M49 code out of range".into()))?,
        status,
        regional_group: optional(4)?.map(|g| g.parse()).transpose().map_err(bad)?,
        income_group: optional(5)?.map(|g| g.parse()).transpose().map_err(bad)?,
        ldc: row.try_get::<i64, _>(6)? != 0,
        lldc: row.try_get::<i64, _>(7)? != 0,
        sids: row.try_get::<i64, _>(8)? != 0,
        population: row.try_get::<Option<i64>, _>(9)?.map(to_u64).transpose()?,
        names: Names { ar: text(10)?, en: text(11)?, es: text(12)?, fr: text(13)?, ru: text(14)?, zh: text(15)? },
    };
    Ok(MemberRecord { member, admitted_at: to_u64(row.try_get::<i64, _>(16)?)? })
}

#[cfg(test)]
mod tests {
    #[test]
    fn like_wildcards_match_literally() {
        assert_eq!(super::escape_like(r"50%_a\b"), r"50\%\_a\\b");
    }
}
