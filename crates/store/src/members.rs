//! Reading the member directory from its projection.

use std::cmp::Ordering;

use domain::lang::Lang;
use domain::member::{IncomeGroup, Iso3, MemberState, MemberStatus, Names, RegionalGroup};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::error::{Result, StoreError};
use crate::log::{bound, to_u64};

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

/// What the member directory is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MemberSort {
    /// The ISO 3166-1 alpha-3 code.
    #[default]
    Code,
    /// The name in one language, by that language's collation (Unicode
    /// CLDR: pinyin for Chinese, accents after letters for French...).
    Name(Lang),
    /// The regional group (in the order of the group codes), then the code;
    /// observer states, in no group, come last.
    Group,
    /// The population; states without a figure come last.
    Population,
}

/// The order of the member directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MemberOrder {
    /// The sort key.
    pub by: MemberSort,
    /// Largest (or last) first.
    pub descending: bool,
}

const COLUMNS: &str = "iso3, iso2, m49, status, regional_group, income_group, ldc, lldc, sids, population, \
                       name_ar, name_en, name_es, name_fr, name_ru, name_zh, admitted_at";

pub(crate) async fn list(
    conn: &mut AnyConnection,
    query: &MemberQuery,
    order: MemberOrder,
) -> Result<Page<MemberRecord>> {
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

    let direction = if order.descending { "DESC" } else { "ASC" };
    let order_by = match order.by {
        MemberSort::Code => format!("iso3 {direction}"),
        MemberSort::Group => {
            format!("regional_group IS NULL, regional_group {direction}, iso3 {direction}")
        }
        MemberSort::Population => {
            format!("population IS NULL, population {direction}, iso3 {direction}")
        }
        // Collation differs between the backends (and SQLite has none for
        // most languages), so names are sorted here, in Rust, with the
        // CLDR rules of the language. There are fewer than 200 states.
        MemberSort::Name(lang) => {
            let sql = format!("SELECT {COLUMNS} FROM p_members{filter}");
            let mut all = sqlx::query(sqlx::AssertSqlSafe(sql));
            for value in values {
                all = all.bind(value);
            }
            let rows = all.fetch_all(conn).await?;
            let mut items = rows.iter().map(record).collect::<Result<Vec<_>>>()?;
            let compare = name_order(lang);
            items.sort_by(|a, b| {
                let ordering = compare(a.member.names.get(lang), b.member.names.get(lang))
                    .then_with(|| a.member.iso3.cmp(&b.member.iso3));
                if order.descending { ordering.reverse() } else { ordering }
            });
            let items = items
                .into_iter()
                .skip(usize::try_from(query.offset).unwrap_or(usize::MAX))
                .take(usize::try_from(query.limit).unwrap_or(usize::MAX))
                .collect();
            return Ok(Page { total, items });
        }
    };
    let n = values.len();
    let page_sql =
        format!("SELECT {COLUMNS} FROM p_members{filter} ORDER BY {order_by} LIMIT ${} OFFSET ${}", n + 1, n + 2);
    let mut page = sqlx::query(sqlx::AssertSqlSafe(page_sql));
    for value in values {
        page = page.bind(value);
    }
    let rows = page.bind(bound(query.limit)).bind(bound(query.offset)).fetch_all(conn).await?;
    let items = rows.iter().map(record).collect::<Result<_>>()?;
    Ok(Page { total, items })
}

/// Compares names as readers of `lang` expect (CLDR collation); if the
/// collation data were unavailable, by folded text.
fn name_order(lang: Lang) -> impl Fn(&str, &str) -> Ordering {
    let locale = match lang {
        Lang::Ar => icu_locale_core::locale!("ar"),
        Lang::Zh => icu_locale_core::locale!("zh"),
        Lang::En => icu_locale_core::locale!("en"),
        Lang::Fr => icu_locale_core::locale!("fr"),
        Lang::Ru => icu_locale_core::locale!("ru"),
        Lang::Es => icu_locale_core::locale!("es"),
    };
    let collator = icu_collator::Collator::try_new(locale.into(), Default::default()).ok();
    move |a: &str, b: &str| match &collator {
        Some(collator) => collator.compare(a, b),
        None => domain::search::fold(a).cmp(&domain::search::fold(b)),
    }
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

    #[test]
    fn names_sort_as_their_readers_expect() {
        use domain::lang::Lang;
        fn sorted(lang: Lang, names: &[&'static str]) -> Vec<&'static str> {
            let compare = super::name_order(lang);
            let mut names = names.to_vec();
            names.sort_by(|a, b| compare(a, b));
            names
        }
        // Accents do not send a name to the end of the alphabet.
        assert_eq!(sorted(Lang::Fr, &["Zambie", "Égypte", "Espagne"]), ["Égypte", "Espagne", "Zambie"]);
        // Chinese sorts by pinyin: Aiji (埃及), Kenniya (肯尼亚), Zanbiya (赞比亚).
        assert_eq!(sorted(Lang::Zh, &["赞比亚", "肯尼亚", "埃及"]), ["埃及", "肯尼亚", "赞比亚"]);
    }
}
