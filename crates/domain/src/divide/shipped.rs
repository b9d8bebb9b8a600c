//! The shipped indicator values (`data/indicators`, CC BY 4.0) as series
//! to record: what a new organization loads at its first start, and what
//! `concord divide load-indicators` appends to an existing log.

use std::collections::BTreeMap;

use super::event::{SeriesRecorded, YearValue};
use crate::member::Iso3;

/// Every shipped value as the index reads it, for computing the index from
/// the files (`concord divide compute` without `--url`): the same numbers a
/// log that recorded them replays ([`super::DivideLog`]), so both give the
/// same index.
pub fn shipped_observations() -> Result<Vec<exchange::Observation>, String> {
    let rows = exchange::shipped_values().map_err(|err| format!("data/indicators/indicators_long.csv, {err}"))?;
    Ok(rows.iter().map(exchange::ShippedValue::observation).collect())
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
    let rows = exchange::shipped_values().map_err(|err| format!("data/indicators/indicators_long.csv, {err}"))?;
    for row in rows {
        let at = |err: String| {
            format!("data/indicators/indicators_long.csv: {} {} {}: {err}", row.iso3, row.indicator, row.year)
        };
        let iso3: Iso3 = row.iso3.parse().map_err(at)?;
        if !in_organization(iso3) || recorded(iso3, &row.indicator, row.year) {
            continue;
        }
        let value = row.text.parse().map_err(at)?;
        series.entry((iso3, row.indicator, row.source)).or_default().push(YearValue { year: row.year, value });
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
