//! The shipped states and values, for the tests and the bench.

use exchange::{Country, Observation, ShippedValue};

/// The UN member and observer states of `data/countries/un_members.csv`:
/// ISO code, regional group, income group, and whether a member.
pub fn countries() -> Vec<Country> {
    let text = include_str!("../../../../data/countries/un_members.csv");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().expect("a header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (iso3, status, region, income) =
        (column("iso3"), column("status"), column("un_regional_group"), column("wb_income_group"));
    reader
        .records()
        .map(|record| {
            let record = record.expect("a csv record");
            let optional = |i: usize| Some(record[i].to_owned()).filter(|s| !s.is_empty());
            Country {
                iso3: record[iso3].to_owned(),
                region: optional(region),
                income: optional(income),
                member: &record[status] == "member",
            }
        })
        .collect()
}

/// Every shipped value (2000 to 2025) as an observation.
pub fn observations(values: &[ShippedValue]) -> Vec<Observation> {
    values.iter().map(ShippedValue::observation).collect()
}
