//! The two open-data consultations (`data/polis/`, CC BY 4.0, The
//! Computational Democracy Project), analysed end to end with their output
//! checked, and the agreement of our groups with Pol.is's `group-id` column
//! measured (issue 6).

use std::fs::File;
use std::path::PathBuf;

use consensus::bridging::{self, BridgingConfig};
use consensus::{Analysis, Config, Export, ExportBuilder, ReplayConfig, adjusted_rand_index, analyze, replay};

fn load(name: &str) -> Export {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/polis").join(name);
    let mut b = ExportBuilder::new();
    b.comments(File::open(dir.join("comments.csv")).unwrap()).unwrap();
    b.votes(File::open(dir.join("votes.csv")).unwrap()).unwrap();
    b.participants_votes(File::open(dir.join("participants-votes.csv")).unwrap()).unwrap();
    b.build().unwrap()
}

fn ari(e: &Export, a: &Analysis) -> f64 {
    let mut ours: Vec<Option<u32>> = vec![None; e.participants.len()];
    for g in &a.groups {
        for &p in &g.members {
            ours[p as usize] = Some(g.id);
        }
    }
    adjusted_rand_index(&ours, &e.polis_groups).unwrap()
}

fn ids<'a>(e: &'a Export, list: &[consensus::ConsensusStatement]) -> Vec<&'a str> {
    list.iter().map(|c| e.statements[c.statement as usize].as_str()).collect()
}

struct Expect {
    name: &'static str,
    participants: usize,
    statements: usize,
    clustered: usize,
    min_ari: f64,
    agree: &'static [&'static str],
    disagree: &'static [&'static str],
    bridging: &'static [&'static str],
}

fn check(x: Expect) {
    let e = load(x.name);
    let m = e.matrix().unwrap();
    assert_eq!(e.participants.len(), x.participants);
    assert_eq!(e.statements.len(), x.statements);
    let a = analyze(&m, &e.moderation, &Config::default()).unwrap();
    let polis_clustered = e.polis_groups.iter().flatten().count();
    let ari = ari(&e, &a);
    eprintln!(
        "{}: one-shot groups {:?}, Pol.is {} clustered, ARI {ari:.4}",
        x.name,
        a.groups.iter().map(|g| g.members.len()).collect::<Vec<_>>(),
        polis_clustered
    );
    // Pol.is found two groups in both consultations.
    assert_eq!(a.groups.len(), 2);
    assert_eq!(polis_clustered, x.clustered);
    assert!(a.in_conv.len().abs_diff(x.clustered) <= 1);
    assert!(ari >= x.min_ari, "ARI {ari}");
    let agree = ids(&e, &a.statistics.consensus.agree);
    let disagree = ids(&e, &a.statistics.consensus.disagree);
    for s in x.agree {
        assert!(agree.contains(s), "{s} not in consensus agree {agree:?}");
    }
    for s in x.disagree {
        assert!(disagree.contains(s), "{s} not in consensus disagree {disagree:?}");
    }
    // Moderated-out statements never appear as representative.
    for rep in a.statistics.representative.iter().flatten() {
        assert!(!e.moderation.out[rep.statement as usize]);
    }
    for reps in &a.statistics.representative {
        assert!(!reps.is_empty() && reps.len() <= 5);
    }
    // Bridging: the fit is stationary; known statements bridge.
    let config = BridgingConfig::default();
    let b = bridging::fit(&m, &config);
    let grad = bridging::max_gradient(&m, &config, &b);
    assert!(grad < 1e-6, "gradient {grad}");
    let bridging: Vec<&str> = (0..e.statements.len())
        .filter(|&s| b.statements[s].is_some_and(|x| x.bridging))
        .map(|s| e.statements[s].as_str())
        .collect();
    eprintln!("{}: bridging {:?}", x.name, bridging);
    for s in x.bridging {
        assert!(bridging.contains(s), "{s} not bridging");
    }
}

#[test]
fn seattle_15_per_hour() {
    check(Expect {
        name: "15-per-hour-seattle",
        participants: 339,
        statements: 54,
        clustered: 138,
        min_ari: 0.85,
        agree: &["45", "12", "11"],
        disagree: &["26"],
        bridging: &["1"],
    });
}

#[test]
fn vtaiwan_uberx() {
    check(Expect {
        name: "vtaiwan.uberx",
        participants: 1921,
        statements: 197,
        clustered: 1219,
        min_ari: 0.7,
        agree: &["40", "16", "7"],
        disagree: &["30"],
        bridging: &["40", "7", "16"],
    });
}

#[test]
fn seattle_replay() {
    let e = load("15-per-hour-seattle");
    let m = e.matrix().unwrap();
    let r = replay(
        m.n_participants(),
        m.n_statements(),
        &e.votes.timed(),
        &e.moderation,
        &Config::default(),
        &ReplayConfig::default(),
    )
    .unwrap();
    let ari = ari(&e, &r);
    eprintln!("15-per-hour-seattle: replay ARI {ari:.4}");
    assert_eq!(r.groups.len(), 2);
    assert!(ari > 0.7, "ARI {ari}");
}
