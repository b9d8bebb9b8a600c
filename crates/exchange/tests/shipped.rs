//! The index computed from the shipped indicators, methodology and states.

use exchange::{Country, Methodology, Observation, Options, compute, rank_draws, shipped_values};

fn countries() -> Vec<Country> {
    let text = include_str!("../../../data/countries/un_members.csv");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (iso3, status, region, income) =
        (column("iso3"), column("status"), column("un_regional_group"), column("wb_income_group"));
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let optional = |i: usize| Some(r[i].to_owned()).filter(|s| !s.is_empty());
            Country {
                iso3: r[iso3].to_owned(),
                region: optional(region),
                income: optional(income),
                member: &r[status] == "member",
            }
        })
        .collect()
}

fn observations() -> Vec<Observation> {
    shipped_values().unwrap().iter().map(|v| v.observation()).collect()
}

#[test]
fn scratch() {
    let m = Methodology::default_shipped();
    let idx = compute(&m, &countries(), &observations(), Options { seed: 1, draws: 1000 });
    for s in idx.members.iter().chain(&idx.observers) {
        println!(
            "{} {:6.2} {:3} [{:3},{:3}] cov {:.2} {:?}",
            s.iso3,
            s.score,
            s.rank,
            s.rank_low,
            s.rank_high,
            s.coverage,
            s.pillars.values().map(|p| (p * 10.0).round() / 10.0).collect::<Vec<_>>()
        );
    }
    let draws = rank_draws(&m, &countries(), &observations(), Options { seed: 1, draws: 1000 });
    let _ = draws;
}
