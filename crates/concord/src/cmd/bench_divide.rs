//! `concord bench divide`: how long computing the AI divide index takes on
//! all the shipped data (every state, every indicator, every year), without
//! the sensitivity analysis and with it, as `concord divide compute` and
//! the server's analyst compute it. Each is run a few times; the median is
//! printed, never asserted (the exchange crate's criterion bench measures
//! the same more finely).

use std::time::Instant;

use exchange::Options;

use super::Failure;
use super::divide_compute::Data;
use super::plural::count;

/// Arguments of `concord bench divide`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Weight draws of the sensitivity analysis in the second measurement.
    #[arg(long, default_value_t = server::divide_index::DRAWS, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub draws: u32,
    /// How many times each computation is run.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=1_000))]
    pub repeat: u32,
}

/// Runs the benchmark.
pub fn run(args: Args) -> Result<(), Failure> {
    let data = Data::shipped()?;
    println!(
        "divide bench: {}, {} over {} years, {} of the methodology",
        count(data.countries.len() as u64, "state", "states"),
        count(data.observations.len() as u64, "value", "values"),
        years(&data),
        count(data.methodology.indicator_codes().len() as u64, "indicator", "indicators"),
    );
    for draws in [0, args.draws] {
        let options = Options { seed: server::divide_index::SEED, draws };
        let mut times: Vec<f64> = (0..args.repeat)
            .map(|_| {
                let started = Instant::now();
                let index = exchange::compute(&data.methodology, &data.countries, &data.observations, options);
                std::hint::black_box(index);
                started.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        times.sort_by(f64::total_cmp);
        println!(
            "compute with {}: median {:.1} ms (min {:.1}, max {:.1}; {})",
            count(draws, "weight draw", "weight draws"),
            times[times.len() / 2],
            times[0],
            times[times.len() - 1],
            count(args.repeat, "run", "runs")
        );
    }
    Ok(())
}

/// How many distinct years the values span.
fn years(data: &Data) -> usize {
    let years: std::collections::BTreeSet<u16> = data.observations.iter().map(|o| o.year).collect();
    years.len()
}
