//! Parity with the math the Pol.is server computed for a small conversation
//! (`data/polis/polis-math-fixture/math-pca2.json`, issue 6).
//!
//! Traps handled here: Pol.is's PCA works in the opposite vote sign, so its
//! centre is the negated column mean and components compare up to sign;
//! `group-clusters[].members` are base-cluster ids; `in-conv` depends on the
//! history, so the statistics are fed Pol.is's own groups.

use std::collections::BTreeMap;
use std::path::PathBuf;

use consensus::{
    Cluster, Config, Direction, Moderation, ReplayConfig, Schedule, TimedVote, Vote, VoteMatrix, adjusted_rand_index,
    analyze, group_statistics, participation, replay, silhouette,
};
use serde_json::Value;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/polis/polis-math-fixture")
}

fn json(name: &str) -> Value {
    let text = std::fs::read_to_string(dir().join(name)).unwrap();
    serde_json::from_str(&text).unwrap()
}

struct Fixture {
    m: VoteMatrix,
    timed: Vec<TimedVote>,
    moderation: Moderation,
    math: Value,
    /// Pol.is's groups: group id -> participant ids (pids).
    groups: BTreeMap<u64, Vec<u32>>,
    n_p: u32,
    n_s: u32,
}

fn fixture() -> Fixture {
    let votes = json("votes.json");
    let comments = json("comments.json");
    let math = json("math-pca2.json");
    let mut timed: Vec<TimedVote> = votes
        .as_array()
        .unwrap()
        .iter()
        .map(|v| TimedVote {
            time: v["modified"].as_str().unwrap().parse().unwrap(),
            vote: Vote {
                participant: v["pid"].as_u64().unwrap() as u32,
                statement: v["tid"].as_u64().unwrap() as u32,
                value: v["vote"].as_i64().unwrap() as i8,
            },
        })
        .collect();
    timed.sort_by_key(|v| v.time);
    let n_p = timed.iter().map(|v| v.vote.participant).max().unwrap() + 1;
    let n_s = comments.as_array().unwrap().iter().map(|c| c["tid"].as_u64().unwrap() as u32).max().unwrap() + 1;
    let plain: Vec<Vote> = timed.iter().map(|v| v.vote).collect();
    let m = VoteMatrix::from_votes(n_p, n_s, &plain).unwrap();
    let mut out = vec![false; n_s as usize];
    for c in comments.as_array().unwrap() {
        if c["mod"].as_i64() == Some(-1) {
            out[c["tid"].as_u64().unwrap() as usize] = true;
        }
    }
    let base = &math["base-clusters"];
    let base_members: BTreeMap<u64, Vec<u32>> = base["id"]
        .as_array()
        .unwrap()
        .iter()
        .zip(base["members"].as_array().unwrap())
        .map(|(id, ms)| {
            (id.as_u64().unwrap(), ms.as_array().unwrap().iter().map(|x| x.as_u64().unwrap() as u32).collect())
        })
        .collect();
    let groups = math["group-clusters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let mut members: Vec<u32> = g["members"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|b| base_members[&b.as_u64().unwrap()].clone())
                .collect();
            members.sort();
            (g["id"].as_u64().unwrap(), members)
        })
        .collect();
    Fixture { m, timed, moderation: Moderation { out, meta: Vec::new() }, math, groups, n_p, n_s }
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn moderation_matches_mod_out() {
    let f = fixture();
    let mut ours: Vec<u64> = (0..f.n_s as usize).filter(|&s| f.moderation.out[s]).map(|s| s as u64).collect();
    let mut theirs: Vec<u64> = f.math["mod-out"].as_array().unwrap().iter().map(|x| x.as_u64().unwrap()).collect();
    ours.sort();
    theirs.sort();
    assert_eq!(ours, theirs);
}

#[test]
fn pca_center_and_components_match() {
    let f = fixture();
    let a = analyze(&f.m, &f.moderation, &Config::default()).unwrap();
    let pca = &f.math["pca"];
    let center: Vec<f64> = pca["center"].as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect();
    assert_eq!(center.len(), f.n_s as usize);
    for (s, c) in center.iter().enumerate() {
        // Pol.is's sign is the opposite of the export's.
        assert!(close(-a.pca.center[s], *c, 1e-12), "center {s}");
    }
    for k in 0..2 {
        let theirs: Vec<f64> = pca["comps"][k].as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).collect();
        let dot: f64 = theirs.iter().zip(&a.pca.comps[k]).map(|(x, y)| x * y).sum();
        // Unit vectors, equal up to sign: |dot| = 1.
        assert!(dot.abs() > 1.0 - 1e-6, "component {k}: |dot| = {}", dot.abs());
        let sign = dot.signum();
        for (x, y) in theirs.iter().zip(&a.pca.comps[k]) {
            assert!(close(*x, sign * y, 1e-3), "component {k}");
        }
    }
    // Projections: base clusters here hold one participant each, so their
    // centres are the participants' projections.
    let base = &f.math["base-clusters"];
    let mut worst: f64 = 0.0;
    for (i, members) in base["members"].as_array().unwrap().iter().enumerate() {
        let p = members[0].as_u64().unwrap() as usize;
        let x = base["x"][i].as_f64().unwrap();
        let y = base["y"][i].as_f64().unwrap();
        let ours = a.projections[p];
        let sx = if ours[0] * x < 0.0 { -1.0 } else { 1.0 };
        let sy = if ours[1] * y < 0.0 { -1.0 } else { 1.0 };
        worst = worst.max((sx * ours[0] - x).abs()).max((sy * ours[1] - y).abs());
    }
    assert!(worst < 1e-2, "projection differs by {worst}");
    // Statement extremity.
    let ext = pca["comment-extremity"].as_array().unwrap();
    for (s, e) in ext.iter().enumerate() {
        assert!(close(a.extremity[s], e.as_f64().unwrap(), 1e-2), "extremity {s}");
    }
}

#[test]
fn repness_matches_given_polis_groups() {
    let f = fixture();
    let groups: Vec<Vec<u32>> = f.groups.values().cloned().collect();
    let ids: Vec<u64> = f.groups.keys().copied().collect();
    let a = analyze(&f.m, &f.moderation, &Config::default()).unwrap();
    let st = group_statistics(&f.m, &f.moderation, &groups, &a.extremity);
    for (g, id) in ids.iter().enumerate() {
        let theirs = f.math["repness"][id.to_string()].as_array().unwrap();
        let ours = &st.representative[g];
        assert_eq!(ours.len(), theirs.len(), "group {id}");
        for (o, t) in ours.iter().zip(theirs) {
            assert_eq!(o.statement as u64, t["tid"].as_u64().unwrap(), "group {id}");
            let dir = match o.direction {
                Direction::Agree => "agree",
                Direction::Disagree => "disagree",
            };
            assert_eq!(dir, t["repful-for"].as_str().unwrap());
            assert_eq!(o.n_success as u64, t["n-success"].as_u64().unwrap());
            assert_eq!(o.n_trials as u64, t["n-trials"].as_u64().unwrap());
            assert!(close(o.p_success, t["p-success"].as_f64().unwrap(), 1e-6));
            assert!(close(o.p_test, t["p-test"].as_f64().unwrap(), 1e-6));
            assert!(close(o.repness, t["repness"].as_f64().unwrap(), 1e-6));
            assert!(close(o.repness_test, t["repness-test"].as_f64().unwrap(), 1e-6));
            assert_eq!(o.best_agree, t["best-agree"].as_bool().unwrap_or(false));
        }
    }
}

#[test]
fn group_aware_consensus_and_consensus_match() {
    let f = fixture();
    let groups: Vec<Vec<u32>> = f.groups.values().cloned().collect();
    let st = group_statistics(&f.m, &f.moderation, &groups, &[]);
    let gac = f.math["group-aware-consensus"].as_object().unwrap();
    assert_eq!(gac.len(), st.group_aware_consensus.iter().flatten().count());
    for (tid, v) in gac {
        let ours = st.group_aware_consensus[tid.parse::<usize>().unwrap()].unwrap();
        assert!(close(ours, v.as_f64().unwrap(), 1e-6), "tid {tid}");
    }
    for (key, list) in [("agree", &st.consensus.agree), ("disagree", &st.consensus.disagree)] {
        let theirs = f.math["consensus"][key].as_array().unwrap();
        assert_eq!(list.len(), theirs.len(), "{key}");
        for (o, t) in list.iter().zip(theirs) {
            assert_eq!(o.statement as u64, t["tid"].as_u64().unwrap());
            assert_eq!(o.n_success as u64, t["n-success"].as_u64().unwrap());
            assert_eq!(o.n_trials as u64, t["n-trials"].as_u64().unwrap());
            assert!(close(o.p_success, t["p-success"].as_f64().unwrap(), 1e-6));
            assert!(close(o.p_test, t["p-test"].as_f64().unwrap(), 1e-6));
        }
    }
}

fn ari_against_polis(f: &Fixture, groups: &[consensus::Group]) -> f64 {
    let mut theirs: Vec<Option<u64>> = vec![None; f.n_p as usize];
    for (id, ms) in &f.groups {
        for &p in ms {
            theirs[p as usize] = Some(*id);
        }
    }
    let mut ours: Vec<Option<u32>> = vec![None; f.n_p as usize];
    for g in groups {
        for &p in &g.members {
            ours[p as usize] = Some(g.id);
        }
    }
    adjusted_rand_index(&ours, &theirs).unwrap()
}

/// Pol.is's groups here are an artefact of its update history: on its own
/// final positions they score a silhouette of about 0.30, while the
/// three-group clustering of the one-shot mode scores about 0.47 by the same
/// measure, so no history-free method can be expected to land on them.
/// The adjusted Rand index is reported; see the crate notes.
#[test]
fn own_groups_against_polis() {
    let f = fixture();
    let a = analyze(&f.m, &f.moderation, &Config::default()).unwrap();
    let ari = ari_against_polis(&f, &a.groups);
    eprintln!("fixture one-shot: {} groups (Pol.is {}), ARI {ari:.4}", a.groups.len(), f.groups.len());
    assert_eq!(a.groups.len(), f.groups.len());
    assert!(ari > 0.3, "ARI {ari}");
    // Pol.is's partition, on Pol.is's own base-cluster positions.
    let base = &f.math["base-clusters"];
    let ids: Vec<u64> = base["id"].as_array().unwrap().iter().map(|x| x.as_u64().unwrap()).collect();
    let points: Vec<[f64; 2]> =
        (0..ids.len()).map(|i| [base["x"][i].as_f64().unwrap(), base["y"][i].as_f64().unwrap()]).collect();
    let clusters: Vec<Cluster> = f.math["group-clusters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| Cluster {
            id: g["id"].as_u64().unwrap() as u32,
            members: g["members"]
                .as_array()
                .unwrap()
                .iter()
                .map(|b| ids.iter().position(|&x| x == b.as_u64().unwrap()).unwrap() as u32)
                .collect(),
            center: [0.0, 0.0],
        })
        .collect();
    let theirs = silhouette(&points, &clusters);
    let ours = a.silhouettes.iter().find(|s| s.0 == a.groups.len()).unwrap().1;
    eprintln!("silhouette: Pol.is groups {theirs:.4}, ours {ours:.4}");
    assert!(theirs < ours);
}

/// Replaying the history reproduces Pol.is's `in-conv` exactly (it depends
/// on the history: people who qualified while there were fewer statements
/// stay in).
#[test]
fn replay_matches_in_conv() {
    let f = fixture();
    let r = replay(f.n_p, f.n_s, &f.timed, &f.moderation, &Config::default(), &ReplayConfig::default()).unwrap();
    let mut theirs: Vec<u32> =
        f.math["in-conv"].as_array().unwrap().iter().map(|x| x.as_u64().unwrap() as u32).collect();
    theirs.sort();
    assert_eq!(r.in_conv, theirs);
    // The participation rule alone gives the same set.
    assert_eq!(participation(f.n_p, &f.timed, &Config::default(), &ReplayConfig::default()).unwrap(), theirs);
    let once = ReplayConfig { schedule: Schedule::Once, ..ReplayConfig::default() };
    let recompute = replay(f.n_p, f.n_s, &f.timed, &f.moderation, &Config::default(), &once).unwrap();
    let ari_once = ari_against_polis(&f, &recompute.groups);
    eprintln!("fixture recompute: {} groups, ARI {ari_once:.4}", recompute.groups.len());
    assert!(ari_once > 0.7, "{ari_once}");
    let ari = ari_against_polis(&f, &r.groups);
    eprintln!("fixture replay: {} groups, ARI {ari:.4}", r.groups.len());
    assert_eq!(r.groups.len(), f.groups.len());
}

/// Statement priorities, with Pol.is's groups and our PCA's extremity.
#[test]
fn priorities_match() {
    let f = fixture();
    let groups: Vec<Vec<u32>> = f.groups.values().cloned().collect();
    let a = analyze(&f.m, &f.moderation, &Config::default()).unwrap();
    let st = group_statistics(&f.m, &f.moderation, &groups, &a.extremity);
    let pr = f.math["comment-priorities"].as_object().unwrap();
    assert_eq!(pr.len(), st.priorities.iter().flatten().count());
    for (tid, v) in pr {
        let ours = st.priorities[tid.parse::<usize>().unwrap()].unwrap();
        assert!(close(ours, v.as_f64().unwrap(), 1e-6), "tid {tid}: {ours} vs {v}");
    }
}
