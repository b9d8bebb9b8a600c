//! The AI divide index on all shipped data: 195 states, every shipped value
//! of 2000 to 2025 as input (the fill window picks what it needs), by the
//! shipped methodology; without a sensitivity analysis, and with 1,000
//! weight draws. Run: `cargo bench -p exchange --bench divide`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use exchange::{Methodology, Options, compute, shipped_values};

#[path = "../tests/common/mod.rs"]
mod common;

fn divide(c: &mut Criterion) {
    let methodology = Methodology::default_shipped();
    let countries = common::countries();
    let observations = common::observations(&shipped_values().expect("the shipped values are valid"));
    let mut group = c.benchmark_group("divide");
    for draws in [0, 1_000] {
        let options = Options { seed: 1, draws };
        group.bench_function(format!("compute, {} observations, {draws} draws", observations.len()), |b| {
            b.iter(|| compute(black_box(&methodology), black_box(&countries), black_box(&observations), options))
        });
    }
    group.finish();
}

criterion_group!(benches, divide);
criterion_main!(benches);
