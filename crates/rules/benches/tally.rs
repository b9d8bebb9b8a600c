//! Tallies per second: a 193-member ballot (the UN membership's regional
//! group sizes, with populations as weights) under the composite charter
//! procedure (quorum, two-thirds, a majority in three regional groups or
//! unanimity, no single group above 40% of the yes votes), with and
//! without rendering the explanation. Run: `cargo bench -p rules --bench tally`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rules::{Electorate, Lang, Localizer, Member, Positions, Procedure, UN_REGIONAL_GROUPS, Vote};

/// 193 members in the five UN regional groups (54, 54, 23, 33, 29), with
/// made-up populations, and a position for each: mostly yes, some no, some
/// abstentions and absences.
fn ballot() -> (Electorate, Positions) {
    let sizes = [54, 54, 23, 33, 29];
    let mut members = Vec::new();
    let mut votes = Vec::new();
    let mut n: u64 = 0;
    for (group, size) in UN_REGIONAL_GROUPS.iter().zip(sizes) {
        for _ in 0..size {
            n += 1;
            let id = format!("M{n:03}");
            members.push(Member::new(id.clone()).in_group(*group).weighing(n * 1_000_003 % 90_000_000));
            let vote = match n % 10 {
                0 => None,
                1 => Some(Vote::No),
                2 => Some(Vote::Abstain),
                _ => Some(Vote::Yes),
            };
            if let Some(vote) = vote {
                votes.push((id, vote));
            }
        }
    }
    let electorate = Electorate::new(members).expect("distinct members");
    (electorate, Positions { votes, ..Positions::default() })
}

fn tally(c: &mut Criterion) {
    let procedure = Procedure::from_toml(include_str!("../../../examples/procedures/charter-decision.toml"))
        .expect("the example parses");
    let (electorate, positions) = ballot();
    let localizer = Localizer::new();
    let mut group = c.benchmark_group("tally-193-composite");
    group.throughput(Throughput::Elements(1));
    group.bench_function("tally", |b| b.iter(|| procedure.tally(black_box(&electorate), black_box(&positions))));
    group.bench_function("tally-and-explain-en", |b| {
        b.iter(|| {
            let tally = procedure.tally(black_box(&electorate), black_box(&positions)).expect("valid ballot");
            localizer.explain(Lang::En, &tally)
        })
    });
    group.finish();
}

criterion_group!(benches, tally);
criterion_main!(benches);
