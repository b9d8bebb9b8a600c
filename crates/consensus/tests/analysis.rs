//! The pipeline on synthetic and degenerate inputs: planted groups are found,
//! results are deterministic, tiny or empty consultations give no groups and a
//! clear warning, and no input panics (issue 6).

use consensus::synth::{self, SynthConfig};
use consensus::{
    Analysis, Config, ExportBuilder, Moderation, ReplayConfig, Schedule, TimedVote, Vote, VoteMatrix,
    adjusted_rand_index, analyze, replay,
};
use proptest::prelude::*;

fn labels(a: &Analysis, n: usize) -> Vec<Option<u32>> {
    let mut out = vec![None; n];
    for g in &a.groups {
        for &p in &g.members {
            out[p as usize] = Some(g.id);
        }
    }
    out
}

#[test]
fn planted_groups_are_recovered_deterministically() {
    let cfg =
        SynthConfig { participants: 3000, statements: 80, votes: 60_000, groups: 3, seed: 3, ..SynthConfig::default() };
    let s = synth::generate(&cfg).unwrap();
    let m = VoteMatrix::from_votes(3000, 80, &s.votes).unwrap();
    let a = analyze(&m, &Moderation::default(), &Config::default()).unwrap();
    let b = analyze(&m, &Moderation::default(), &Config::default()).unwrap();
    assert_eq!(a.groups, b.groups);
    assert_eq!(a.statistics, b.statistics);
    assert_eq!(a.groups.len(), 3);
    let truth: Vec<Option<u32>> = s.group_of.iter().map(|&g| Some(g)).collect();
    let ari = adjusted_rand_index(&labels(&a, 3000), &truth).unwrap();
    assert!(ari > 0.95, "ARI {ari}");
    // Statements every group agrees with score far higher group-informed
    // consensus than the others.
    let gac = &a.statistics.group_aware_consensus;
    let mean = |planted: bool| {
        let v: Vec<f64> = (0..80).filter(|&st| s.consensus[st] == planted).map(|st| gac[st].unwrap()).collect();
        v.iter().sum::<f64>() / v.len() as f64
    };
    assert!(mean(true) > 2.0 * mean(false));
}

#[test]
fn replay_is_deterministic() {
    let s = synth::generate(&SynthConfig {
        participants: 300,
        statements: 30,
        votes: 4000,
        groups: 2,
        seed: 1,
        ..SynthConfig::default()
    })
    .unwrap();
    let timed: Vec<TimedVote> =
        s.votes.iter().enumerate().map(|(i, &vote)| TimedVote { time: (i as i64 % 997) * 1000, vote }).collect();
    let run = || {
        replay(
            300,
            30,
            &timed,
            &Moderation::default(),
            &Config::default(),
            &ReplayConfig { schedule: Schedule::Polls(20_000), ..ReplayConfig::default() },
        )
        .unwrap()
    };
    let (a, b) = (run(), run());
    assert_eq!(a.groups, b.groups);
    assert_eq!(a.groups.len(), 2);
    let truth: Vec<Option<u32>> = s.group_of.iter().map(|&g| Some(g)).collect();
    assert!(adjusted_rand_index(&labels(&a, 300), &truth).unwrap() > 0.9);
}

#[test]
fn too_small_to_cluster() {
    let votes = [Vote { participant: 0, statement: 0, value: 1 }];
    let m = VoteMatrix::from_votes(1, 1, &votes).unwrap();
    let a = analyze(&m, &Moderation::default(), &Config::default()).unwrap();
    assert!(a.groups.is_empty());
    assert_eq!(a.warnings.len(), 1);
    assert!(a.warnings[0].starts_with("too few participants"), "{:?}", a.warnings);
    // Everyone voted the same way: one position, no groups.
    let votes: Vec<Vote> = (0..30).map(|p| Vote { participant: p, statement: 0, value: 1 }).collect();
    let m = VoteMatrix::from_votes(30, 1, &votes).unwrap();
    let a = analyze(&m, &Moderation::default(), &Config::default()).unwrap();
    assert!(a.groups.is_empty());
    let m = VoteMatrix::from_votes(0, 0, &[]).unwrap();
    let a = analyze(&m, &Moderation::default(), &Config::default()).unwrap();
    assert!(a.groups.is_empty() && a.in_conv.is_empty());
}

#[test]
fn moderated_out_statements_are_never_representative() {
    let s = synth::generate(&SynthConfig {
        participants: 500,
        statements: 20,
        votes: 8000,
        groups: 2,
        ..SynthConfig::default()
    })
    .unwrap();
    let m = VoteMatrix::from_votes(500, 20, &s.votes).unwrap();
    let out: Vec<bool> = (0..20).map(|s| s % 3 == 0).collect();
    let a = analyze(&m, &Moderation { out: out.clone(), meta: Vec::new() }, &Config::default()).unwrap();
    for r in a.statistics.representative.iter().flatten() {
        assert!(!out[r.statement as usize]);
    }
    for c in a.statistics.consensus.agree.iter().chain(&a.statistics.consensus.disagree) {
        assert!(!out[c.statement as usize]);
    }
    // Pol.is zeroes them: no weight in the components.
    for s in (0..20).filter(|s| out[*s]) {
        assert_eq!(a.pca.comps[0][s], 0.0);
        assert_eq!(a.pca.center[s], 0.0);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Untrusted bytes: every reader returns a value or an error.
    #[test]
    fn export_readers_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = ExportBuilder::new().votes(&bytes[..]);
        let _ = ExportBuilder::new().participants_votes(&bytes[..]);
        let _ = ExportBuilder::new().comments(&bytes[..]);
        let mut header = b"timestamp,datetime,comment-id,voter-id,vote\n".to_vec();
        header.extend_from_slice(&bytes);
        let mut b = ExportBuilder::new();
        if b.votes(&header[..]).is_ok() {
            let e = b.build().unwrap();
            let m = e.matrix().unwrap();
            let _ = analyze(&m, &e.moderation, &Config::default()).unwrap();
        }
    }

    /// Any small vote list analyses without panicking, in both modes.
    #[test]
    fn any_votes_analyse(votes in proptest::collection::vec((0u32..12, 0u32..6, -1i8..=1, 0i64..50), 0..80)) {
        let timed: Vec<TimedVote> = votes.iter().map(|&(p, s, v, t)| TimedVote {
            time: t,
            vote: Vote { participant: p, statement: s, value: v },
        }).collect();
        let plain: Vec<Vote> = timed.iter().map(|v| v.vote).collect();
        let m = VoteMatrix::from_votes(12, 6, &plain).unwrap();
        let moderation = Moderation { out: vec![false, true], meta: vec![false, false, true] };
        let a = analyze(&m, &moderation, &Config::default()).unwrap();
        prop_assert!(a.groups.len() <= 5);
        let r = replay(12, 6, &timed, &moderation, &Config::default(), &ReplayConfig { schedule: Schedule::Polls(7), ..ReplayConfig::default() }).unwrap();
        prop_assert!(r.groups.len() <= 5);
        let b = consensus::bridging::fit(&m, &Default::default());
        prop_assert!(b.loss.is_finite());
    }
}

/// The same result whatever the number of threads: no parallel floating-point
/// reduction depends on scheduling.
#[test]
fn same_result_on_any_number_of_threads() {
    let s = synth::generate(&SynthConfig {
        participants: 20_000,
        statements: 100,
        votes: 200_000,
        groups: 3,
        seed: 5,
        ..SynthConfig::default()
    })
    .unwrap();
    let m = VoteMatrix::from_votes(20_000, 100, &s.votes).unwrap();
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| {
            let a = analyze(&m, &Moderation::default(), &Config::default()).unwrap();
            let b = consensus::bridging::fit(&m, &Default::default());
            (a.pca, a.projections, a.groups, a.statistics, b)
        })
    };
    assert_eq!(run(1), run(3));
}
