//! The shipped indicator values (`data/indicators`, CC BY 4.0) as series
//! to record: what a new organization loads at its first start, and what
//! `concord divide load-indicators` appends to an existing log.

use std::collections::BTreeMap;

use super::event::{SeriesRecorded, YearValue};
use crate::member::Iso3;

/// One shipped value: `iso3,indicator,year,value,source`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ShippedRow {
    iso3: Iso3,
    indicator: String,
    year: u16,
    value: super::Decimal,
    source: String,
}

/// Reads the shipped values file; an error names the line.
fn shipped_rows() -> Result<Vec<ShippedRow>, String> {
    #[derive(serde::Deserialize)]
    struct Row {
        iso3: String,
        indicator: String,
        year: u16,
        value: String,
        source: String,
    }
    let mut reader = csv::Reader::from_reader(exchange::catalogue::VALUES_CSV.as_bytes());
    let mut rows = Vec::new();
    for (i, row) in reader.deserialize::<Row>().enumerate() {
        let line = i + 2;
        let at = |err: String| format!("data/indicators/indicators_long.csv, line {line}: {err}");
        let row = row.map_err(|err| at(err.to_string()))?;
        rows.push(ShippedRow {
            iso3: row.iso3.parse().map_err(at)?,
            indicator: row.indicator,
            year: row.year,
            value: row.value.parse().map_err(at)?,
            source: row.source,
        });
    }
    Ok(rows)
}

/// Every shipped value as the index reads it, for computing the index from
/// the files (`concord divide compute` without `--url`): the same numbers a
/// log that recorded them replays ([`super::DivideLog`]), so both give the
/// same index.
pub fn shipped_observations() -> Result<Vec<exchange::Observation>, String> {
    Ok(shipped_rows()?
        .into_iter()
        .map(|row| exchange::Observation {
            iso3: row.iso3.to_string(),
            indicator: row.indicator,
            year: row.year,
            value: row.value.value(),
        })
        .collect())
}

/// The shipped values not yet recorded, as series (one per state,
/// indicator and source), for the states `in_organization` accepts:
/// `recorded` says whether the log already holds a value of a state,
/// indicator and year.
pub fn shipped_series(
    in_organization: impl Fn(Iso3) -> bool,
    recorded: impl Fn(Iso3, &str, u16) -> bool,
) -> Result<Vec<SeriesRecorded>, String> {
    let mut series: BTreeMap<(Iso3, String, String), Vec<YearValue>> = BTreeMap::new();
    for row in shipped_rows()? {
        if !in_organization(row.iso3) || recorded(row.iso3, &row.indicator, row.year) {
            continue;
        }
        series
            .entry((row.iso3, row.indicator, row.source))
            .or_default()
            .push(YearValue { year: row.year, value: row.value });
    }
    Ok(series
        .into_iter()
        .flat_map(|((member, indicator, source), values)| {
            values
                .chunks(super::MAX_SERIES_VALUES)
                .map(|chunk| SeriesRecorded {
                    member,
                    indicator: indicator.clone(),
                    source: source.clone(),
                    values: chunk.to_vec(),
                })
                .collect::<Vec<_>>()
        })
        .collect())
}
