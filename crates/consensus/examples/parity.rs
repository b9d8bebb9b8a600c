//! Measures how well our opinion groups agree with Pol.is's own (adjusted
//! Rand index over the participants both clustered) on the shipped open data
//! and the math fixture, one-shot and in replay at several poll intervals.
//!
//! `cargo run --release -p consensus --example parity [POLL_MS ...]`

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Instant;

use consensus::{
    Analysis, Config, Export, ExportBuilder, Moderation, ReplayConfig, Schedule, TimedVote, Vote, VoteMatrix,
    adjusted_rand_index, analyze, participation, replay,
};

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/polis")
}

/// Votes, moderation, Pol.is's groups and the Pol.is ids of a consultation.
struct Case {
    name: String,
    n_p: u32,
    n_s: u32,
    votes: Vec<TimedVote>,
    moderation: Moderation,
    polis: Vec<Option<String>>,
    replay: ReplayConfig,
}

fn export_case(name: &str) -> Case {
    let dir = data().join(name);
    let mut b = ExportBuilder::new();
    b.comments(File::open(dir.join("comments.csv")).unwrap()).unwrap();
    b.votes(File::open(dir.join("votes.csv")).unwrap()).unwrap();
    b.participants_votes(File::open(dir.join("participants-votes.csv")).unwrap()).unwrap();
    let e: Export = b.build().unwrap();
    Case {
        name: name.to_string(),
        n_p: e.participants.len() as u32,
        n_s: e.statements.len() as u32,
        votes: e.votes.timed(),
        moderation: e.moderation.clone(),
        polis: e.polis_groups.clone(),
        replay: ReplayConfig {
            statement_ids: Export::polis_ids(&e.statements),
            participant_ids: Export::polis_ids(&e.participants),
            ..ReplayConfig::default()
        },
    }
}

fn json(dir: &Path, name: &str) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join(name)).unwrap()).unwrap()
}

fn fixture_case() -> Case {
    let dir = data().join("polis-math-fixture");
    let votes = json(&dir, "votes.json");
    let comments = json(&dir, "comments.json");
    let math = json(&dir, "math-pca2.json");
    let timed: Vec<TimedVote> = votes
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
    let n_p = timed.iter().map(|v| v.vote.participant).max().unwrap() + 1;
    let n_s = comments.as_array().unwrap().iter().map(|c| c["tid"].as_u64().unwrap() as u32).max().unwrap() + 1;
    let mut out = vec![false; n_s as usize];
    for c in comments.as_array().unwrap() {
        if c["mod"].as_i64() == Some(-1) {
            out[c["tid"].as_u64().unwrap() as usize] = true;
        }
    }
    let base = &math["base-clusters"];
    let mut base_of = std::collections::BTreeMap::new();
    for (id, ms) in base["id"].as_array().unwrap().iter().zip(base["members"].as_array().unwrap()) {
        base_of.insert(id.as_u64().unwrap(), ms.as_array().unwrap().clone());
    }
    let mut polis = vec![None; n_p as usize];
    for g in math["group-clusters"].as_array().unwrap() {
        for b in g["members"].as_array().unwrap() {
            for p in &base_of[&b.as_u64().unwrap()] {
                polis[p.as_u64().unwrap() as usize] = Some(g["id"].to_string());
            }
        }
    }
    Case {
        name: "polis-math-fixture".into(),
        n_p,
        n_s,
        votes: timed,
        moderation: Moderation { out, meta: Vec::new() },
        polis,
        replay: ReplayConfig::default(),
    }
}

fn ari(case: &Case, a: &Analysis) -> f64 {
    let mut ours: Vec<Option<u32>> = vec![None; case.n_p as usize];
    for g in &a.groups {
        for &p in &g.members {
            ours[p as usize] = Some(g.id);
        }
    }
    adjusted_rand_index(&ours, &case.polis).unwrap_or(f64::NAN)
}

fn describe(case: &Case, mode: &str, a: &Analysis, seconds: f64) {
    let polis_clustered = case.polis.iter().flatten().count();
    let mut both = 0;
    let in_conv: std::collections::HashSet<u32> = a.in_conv.iter().copied().collect();
    for (p, g) in case.polis.iter().enumerate() {
        if g.is_some() && in_conv.contains(&(p as u32)) {
            both += 1;
        }
    }
    println!(
        "{:<22} {:<16} groups {:?}  clustered {} (Pol.is {}, both {})  ARI {:.3}  {:.2} s",
        case.name,
        mode,
        a.groups.iter().map(|g| g.members.len()).collect::<Vec<_>>(),
        a.in_conv.len(),
        polis_clustered,
        both,
        ari(case, a),
        seconds
    );
}

fn main() {
    // Arguments: poll intervals in ms, or "once".
    let schedules: Vec<Schedule> = std::env::args()
        .skip(1)
        .map(|a| if a == "once" { Schedule::Once } else { Schedule::Polls(a.parse().expect("poll interval in ms")) })
        .collect();
    let schedules = if schedules.is_empty() { vec![Schedule::Polls(1000), Schedule::Once] } else { schedules };
    let cases = [fixture_case(), export_case("15-per-hour-seattle"), export_case("vtaiwan.uberx")];
    for case in &cases {
        let plain: Vec<Vote> = case.votes.iter().map(|v| v.vote).collect();
        let m = VoteMatrix::from_votes(case.n_p, case.n_s, &plain).unwrap();
        let t = Instant::now();
        let a = analyze(&m, &case.moderation, &Config::default()).unwrap();
        describe(case, "one-shot", &a, t.elapsed().as_secs_f64());
        let t = Instant::now();
        let history = participation(case.n_p, &case.votes, &Config::default(), &case.replay).unwrap();
        let a = analyze(&m, &case.moderation, &Config { in_conv: Some(history), ..Config::default() }).unwrap();
        describe(case, "one-shot history", &a, t.elapsed().as_secs_f64());
        let pca_iters =
            std::env::var("PCA_ITERS").ok().and_then(|v| v.parse().ok()).unwrap_or(Config::default().pca_iters);
        for &schedule in &schedules {
            let t = Instant::now();
            let config = ReplayConfig { schedule, ..case.replay.clone() };
            let math = Config { pca_iters, ..Config::default() };
            let r = replay(case.n_p, case.n_s, &case.votes, &case.moderation, &math, &config).unwrap();
            describe(case, &format!("replay {schedule:?}"), &r, t.elapsed().as_secs_f64());
            println!("    {:?}", r.timings_ms.iter().map(|(p, t)| format!("{p} {:.0} ms", t)).collect::<Vec<_>>());
        }
    }
}
