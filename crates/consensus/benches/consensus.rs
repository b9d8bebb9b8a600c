//! Criterion benchmarks of the consensus engine's phases on generated
//! consultations with planted groups (`consensus::synth`). Whole-scale runs
//! (millions of participants) are `concord bench consensus`.

use std::hint::black_box;

use consensus::bridging::{self, BridgingConfig};
use consensus::synth::{self, SynthConfig};
use consensus::{Config, Moderation, VoteMatrix, analyze, group_statistics};
use criterion::{Criterion, criterion_group, criterion_main};

fn data(participants: u32, statements: u32, votes: u64, groups: u32) -> (VoteMatrix, Vec<consensus::Vote>) {
    let s =
        synth::generate(&SynthConfig { participants, statements, votes, groups, ..SynthConfig::default() }).unwrap();
    let m = VoteMatrix::from_votes(participants, statements, &s.votes).unwrap();
    (m, s.votes)
}

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("consensus");
    g.sample_size(10);
    // A Pol.is-sized conversation: 2,000 people, 200 statements, 60,000 votes.
    let (m, votes) = data(2000, 200, 60_000, 2);
    g.bench_function("matrix_2k", |b| b.iter(|| VoteMatrix::from_votes(2000, 200, black_box(&votes)).unwrap()));
    g.bench_function("analyze_2k", |b| {
        b.iter(|| analyze(black_box(&m), &Moderation::default(), &Config::default()).unwrap())
    });
    let a = analyze(&m, &Moderation::default(), &Config::default()).unwrap();
    let members: Vec<Vec<u32>> = a.groups.iter().map(|g| g.members.clone()).collect();
    g.bench_function("statistics_2k", |b| {
        b.iter(|| group_statistics(black_box(&m), &Moderation::default(), &members, &a.extremity))
    });
    g.bench_function("bridging_2k", |b| b.iter(|| bridging::fit(black_box(&m), &BridgingConfig::default())));
    // The largest Pol.is conversation: 33,000 people, 800 statements, 2M votes.
    let (m, votes) = data(33_000, 800, 2_000_000, 3);
    g.bench_function("matrix_33k", |b| b.iter(|| VoteMatrix::from_votes(33_000, 800, black_box(&votes)).unwrap()));
    g.bench_function("analyze_33k", |b| {
        b.iter(|| analyze(black_box(&m), &Moderation::default(), &Config::default()).unwrap())
    });
    g.finish();
}

criterion_group!(consensus_benches, benches);
criterion_main!(consensus_benches);
