//! Each clause kind: its verdict, its numbers, and its explanation in the
//! six languages (issue 7, "Done when").

use rules::{
    Arg, ConsensusRecord, Electorate, Lang, Localizer, Member, Outcome, Positions, Procedure, Statement, StatementKind,
    Tally, TallyError, Verdict, Vote,
};

const GROUPS: [&str; 5] = ["AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "GRULAC", "WEOG"];

/// `n` members per group, ids like `AFRICAN-3`, each of weight `weight(g, i)`.
fn world(n: usize, weight: impl Fn(usize, usize) -> u64) -> Vec<Member> {
    let mut members = Vec::new();
    for (g, group) in GROUPS.iter().enumerate() {
        for i in 0..n {
            members.push(Member::new(format!("{group}-{i}")).in_group(*group).weighing(weight(g, i)));
        }
    }
    members
}

/// Members `0..n` plain, no group.
fn plain(n: usize) -> Vec<Member> {
    (0..n).map(|i| Member::new(format!("M{i}"))).collect()
}

/// Votes: the first `yes` members of `ids` yes, the next `no` no, the next
/// `abstain` abstain.
fn votes(ids: &[&str], yes: usize, no: usize, abstain: usize) -> Vec<(String, Vote)> {
    let mut v = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let vote = if i < yes {
            Vote::Yes
        } else if i < yes + no {
            Vote::No
        } else if i < yes + no + abstain {
            Vote::Abstain
        } else {
            break;
        };
        v.push(((*id).to_owned(), vote));
    }
    v
}

fn ids(members: &[Member]) -> Vec<&str> {
    members.iter().map(|m| m.id.as_str()).collect()
}

fn procedure(rule: &str) -> Procedure {
    Procedure::from_toml(&format!("name = \"test\"\n[rule]\n{rule}")).unwrap_or_else(|e| panic!("{e}\n{rule}"))
}

fn tally(rule: &str, members: Vec<Member>, positions: &Positions) -> Tally {
    procedure(rule).tally(&Electorate::new(members).unwrap(), positions).unwrap()
}

fn voting(votes: Vec<(String, Vote)>) -> Positions {
    Positions { votes, ..Positions::default() }
}

fn arg(tally: &Tally, name: &str) -> Arg {
    tally.result.message.args.get(name).cloned().unwrap_or_else(|| panic!("no argument {name}"))
}

/// Renders the explanation in every language: each line renders with no
/// Fluent error, every `expected` text appears in every language, and no
/// language repeats the English text.
fn explained_everywhere(tally: &Tally, expected: &[&str]) -> Vec<String> {
    let localizer = Localizer::new();
    let lines = tally.explanation();
    let mut texts = Vec::new();
    for lang in Lang::ALL {
        for line in &lines {
            localizer.render(lang, &line.message).unwrap_or_else(|e| panic!("{lang}: {e}"));
        }
        let text = localizer.explain(lang, tally);
        for want in expected {
            assert!(text.contains(want), "{lang} lacks {want:?}:\n{text}");
        }
        assert!(!text.contains("{"), "{lang} shows a placeable:\n{text}");
        texts.push(text);
    }
    let en = &texts[2];
    for (lang, text) in Lang::ALL.iter().zip(&texts) {
        if *lang != Lang::En {
            assert_ne!(text, en, "{lang} is a copy of English");
        }
    }
    texts
}

const SIMPLE: &str = "kind = \"majority\"\nof = \"present-and-voting\"\nthreshold = \"> 1/2\"\n";
const TWO_THIRDS: &str = "kind = \"majority\"\nof = \"present-and-voting\"\nthreshold = \">= 2/3\"\n";

#[test]
fn majority_of_the_members_present_and_voting() {
    let members = plain(193);
    let positions = voting(votes(&ids(&members), 94, 59, 33));
    let t = tally(SIMPLE, members.clone(), &positions);
    assert_eq!(t.outcome, Outcome::Adopted);
    assert_eq!((t.counts.yes, t.counts.no, t.counts.abstain, t.counts.not_voting), (94, 59, 33, 7));
    assert_eq!(arg(&t, "total"), Arg::Number(153));
    assert_eq!(arg(&t, "needed"), Arg::Number(77));
    let texts = explained_everywhere(&t, &["94", "153", "77", "1/2", "33"]);
    assert_eq!(
        texts[2],
        "Adopted.\n\
         Yes: 94. No: 59. Abstentions: 33. Not voting: 7 of 193 eligible members.\n\
         - Met: Majority: more than 1/2 of the members present and voting (abstentions do not count as votes). Yes: 94 of 153; needed: 77."
    );
    assert!(texts[3].starts_with("Adopté.\nPour : 94."), "{}", texts[3]);
    assert!(texts[4].contains("членов, присутствующих и участвующих в голосовании"));
    assert!(texts[0].contains("الأعضاء الحاضرين المصوتين"));
    assert!(texts[1].contains("出席并参加表决的成员"));
    assert!(texts[5].contains("miembros presentes y votantes"));

    let t = tally(TWO_THIRDS, members.clone(), &positions);
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!(arg(&t, "needed"), Arg::Number(102));
    explained_everywhere(&t, &["94", "153", "102", "2/3"]);

    // Abstentions counted: 94 of 186 is more than half.
    let counted = format!("{SIMPLE}abstentions = \"counted\"\n");
    let t = tally(&counted, members.clone(), &positions);
    assert_eq!((t.outcome, arg(&t, "total"), arg(&t, "needed")), (Outcome::Adopted, Arg::Number(186), Arg::Number(94)));
    explained_everywhere(&t, &["186"]);
}

#[test]
fn majority_of_all_members_and_of_the_eligible() {
    let mut members = plain(193);
    let positions = voting(votes(&ids(&members), 96, 10, 0));
    let all = "kind = \"majority\"\nof = \"all-members\"\nthreshold = \"> 1/2\"\n";
    let t = tally(all, members.clone(), &positions);
    assert_eq!(
        (t.outcome, arg(&t, "total"), arg(&t, "needed")),
        (Outcome::Rejected, Arg::Number(193), Arg::Number(97))
    );
    explained_everywhere(&t, &["96", "193", "97"]);

    // Three members in arrears (UN Charter Article 19): 190 eligible, so 96
    // is a majority of the eligible but still not of all members.
    for m in members.iter_mut().rev().take(3) {
        m.eligible = false;
    }
    let eligible = "kind = \"majority\"\nof = \"eligible\"\nthreshold = \"> 1/2\"\n";
    let t = tally(eligible, members.clone(), &positions);
    assert_eq!((t.outcome, arg(&t, "total"), arg(&t, "needed")), (Outcome::Adopted, Arg::Number(190), Arg::Number(96)));
    assert_eq!((t.counts.eligible, t.counts.members), (190, 193));
    explained_everywhere(&t, &["96", "190"]);
    let t = tally(all, members, &positions);
    assert_eq!(t.outcome, Outcome::Rejected);
}

#[test]
fn a_vote_with_no_votes_is_rejected() {
    let t = tally(SIMPLE, plain(5), &Positions::default());
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!(t.result.message.id, "clause-majority-none");
    explained_everywhere(&t, &["1/2"]);
    // Only abstentions: nobody present and voting.
    let members = plain(5);
    let t = tally(SIMPLE, members.clone(), &voting(votes(&ids(&members), 0, 0, 5)));
    assert_eq!((t.outcome, t.result.message.id.as_str()), (Outcome::Rejected, "clause-majority-none"));
}

#[test]
fn quorum() {
    let rule = "kind = \"quorum\"\nthreshold = \"> 1/2\"\n";
    let members = plain(193);
    let t = tally(rule, members.clone(), &voting(votes(&ids(&members), 50, 20, 26)));
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!((arg(&t, "taking-part"), arg(&t, "needed")), (Arg::Number(96), Arg::Number(97)));
    explained_everywhere(&t, &["96", "193", "97"]);
    let t = tally(rule, members.clone(), &voting(votes(&ids(&members), 50, 20, 27)));
    assert_eq!(t.outcome, Outcome::Adopted);
    explained_everywhere(&t, &["97", "193"]);
}

/// Votes per group: `(yes, no, abstain)` for each of the five groups of a
/// `world(n, ..)`.
fn group_votes(members: &[Member], n: usize, per_group: [(usize, usize, usize); 5]) -> Positions {
    let ids = ids(members);
    let mut all = Vec::new();
    for (g, (yes, no, abstain)) in per_group.iter().enumerate() {
        all.extend(votes(&ids[g * n..(g + 1) * n], *yes, *no, *abstain));
    }
    voting(all)
}

#[test]
fn groups_need_a_majority_in_enough_groups() {
    let rule = "kind = \"groups\"\nmin-groups = 3\n";
    let members = world(10, |_, _| 1);
    // AFRICAN 6-4, ASIA_PACIFIC 5-5 (not a majority), EASTERN_EUROPEAN 3-1
    // with 6 abstaining, GRULAC 0-0 (nobody voting), WEOG 2-7.
    let positions = group_votes(&members, 10, [(6, 4, 0), (5, 5, 0), (3, 1, 6), (0, 0, 10), (2, 7, 0)]);
    let t = tally(rule, members.clone(), &positions);
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!(
        (arg(&t, "passed"), arg(&t, "min"), arg(&t, "counted")),
        (Arg::Number(2), Arg::Number(3), Arg::Number(5))
    );
    let verdicts: Vec<_> = t.result.notes.iter().map(|n| n.verdict).collect();
    let (pass, fail) = (Some(Verdict::Pass), Some(Verdict::Fail));
    assert_eq!(verdicts, [pass, fail, pass, fail, fail]);
    assert_eq!(t.result.notes[3].message.id, "group-result-none");
    let texts = explained_everywhere(&t, &["6", "10", "3"]);
    assert!(texts[2].contains("  - Met: African States: yes 6 of 10; needed: 6."), "{}", texts[2]);
    assert!(texts[2].contains("  - Not met: Latin American and Caribbean States: no one was counted."));
    assert!(texts[3].contains("États d’Afrique"));
    assert!(texts[4].contains("Африканские государства"));
    assert!(texts[1].contains("非洲国家"));
    assert!(texts[0].contains("الدول الأفريقية"));
    assert!(texts[5].contains("Estados de África"));

    // Two groups suffice when only two are required; and `among` limits
    // which groups count.
    let t = tally("kind = \"groups\"\nmin-groups = 2\n", members.clone(), &positions);
    assert_eq!(t.outcome, Outcome::Adopted);
    let among = "kind = \"groups\"\nmin-groups = 2\namong = [\"ASIA_PACIFIC\", \"WEOG\", \"AFRICAN\"]\n";
    let t = tally(among, members.clone(), &positions);
    assert_eq!((t.outcome, arg(&t, "counted"), arg(&t, "passed")), (Outcome::Rejected, Arg::Number(3), Arg::Number(1)));
    // Within a group, a majority of its eligible members.
    let within = "kind = \"groups\"\nmin-groups = 1\n[rule.within]\nof = \"eligible\"\nthreshold = \">= 2/3\"\n";
    let t = tally(within, members, &positions);
    assert_eq!((t.outcome, arg(&t, "passed")), (Outcome::Rejected, Arg::Number(0)));
    explained_everywhere(&t, &["2/3", "10"]);
}

#[test]
fn no_single_group_carries_a_decision() {
    let rule = "kind = \"no-single-group\"\nat-most = \"1/2\"\n";
    let members = world(10, |_, _| 1);
    // 10 yes from AFRICAN out of 19: more than half.
    let positions = group_votes(&members, 10, [(10, 0, 0), (3, 0, 0), (3, 0, 0), (3, 0, 0), (0, 5, 0)]);
    let t = tally(rule, members.clone(), &positions);
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!(
        (arg(&t, "group"), arg(&t, "group-yes"), arg(&t, "yes")),
        (Arg::Text("AFRICAN".into()), Arg::Number(10), Arg::Number(19))
    );
    let texts = explained_everywhere(&t, &["10", "19", "1/2"]);
    assert!(texts[2].contains("Largest share: African States, 10 of 19 yes votes."));
    // Exactly half is allowed: 10 of 20.
    let positions = group_votes(&members, 10, [(10, 0, 0), (4, 0, 0), (3, 0, 0), (3, 0, 0), (0, 5, 0)]);
    assert_eq!(tally(rule, members.clone(), &positions).outcome, Outcome::Adopted);
    // No yes vote at all: no group carries anything.
    let positions = group_votes(&members, 10, [(0, 1, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 5, 0)]);
    let t = tally(rule, members, &positions);
    assert_eq!((t.outcome, t.result.message.id.as_str()), (Outcome::Adopted, "clause-no-single-group-none"));
    explained_everywhere(&t, &["1/2"]);
}

#[test]
fn weighted_double_majority() {
    let rule = "kind = \"weighted\"\nof = \"eligible\"\nmembers = \">= 55%\"\nweight = \">= 65%\"\n";
    // Twenty members: AFRICAN-0..3 weigh 100 each, everyone else 10.
    let members = world(4, |g, _| if g == 0 { 100 } else { 10 });
    let ids = ids(&members);
    // 11 of 20 members (55%), with all four heavy ones: 400 + 70 = 470 of
    // 560 (83.9%): both met.
    let t = tally(rule, members.clone(), &voting(votes(&ids, 11, 9, 0)));
    assert_eq!(t.outcome, Outcome::Adopted);
    let notes = &t.result.notes;
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0].message.args.get("yes"), Some(&Arg::Number(11)));
    assert_eq!(notes[1].message.args.get("weight-yes"), Some(&Arg::Number(470)));
    assert_eq!(notes[1].message.args.get("weight-total"), Some(&Arg::Number(560)));
    explained_everywhere(&t, &["11", "20", "470", "560", "55%", "65%"]);
    // The light members alone: 16 of 20 members but 160 of 560 weight.
    let light: Vec<(String, Vote)> = ids[4..].iter().map(|id| ((*id).to_owned(), Vote::Yes)).collect();
    let t = tally(rule, members.clone(), &voting(light));
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!(
        t.result.notes.iter().map(|n| n.verdict).collect::<Vec<_>>(),
        [Some(Verdict::Pass), Some(Verdict::Fail)]
    );
    explained_everywhere(&t, &["16", "160", "560"]);
    // Weight alone, of those present and voting.
    let rule = "kind = \"weighted\"\nof = \"present-and-voting\"\nweight = \"> 1/2\"\n";
    let t = tally(rule, members.clone(), &voting(votes(&ids, 1, 5, 3)));
    // 100 yes against 400 - 100 + 20 = 320 no... AFRICAN-0 yes (100),
    // AFRICAN-1..3 and ASIA_PACIFIC-0..1 no (300 + 20): 100 of 420.
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!(t.result.notes[0].message.args.get("weight-total"), Some(&Arg::Number(420)));
    explained_everywhere(&t, &["100", "420", "1/2"]);
}

#[test]
fn all_of_and_any_of() {
    let members = plain(9);
    let positions = voting(votes(&ids(&members), 5, 3, 0));
    let all_of = format!("kind = \"all-of\"\n[[rule.clauses]]\n{SIMPLE}[[rule.clauses]]\n{TWO_THIRDS}");
    let t = tally(&all_of, members.clone(), &positions);
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!((arg(&t, "passed"), arg(&t, "total")), (Arg::Number(1), Arg::Number(2)));
    assert_eq!(t.result.clauses.iter().map(|c| c.verdict).collect::<Vec<_>>(), [Verdict::Pass, Verdict::Fail]);
    let texts = explained_everywhere(&t, &["1", "2", "2/3"]);
    assert!(texts[2].contains("\n- Not met: All of the following must be met: 1 of 2 met.\n  - Met: Majority"));
    let any_of = all_of.replace("all-of", "any-of");
    let t = tally(&any_of, members, &positions);
    assert_eq!(t.outcome, Outcome::Adopted);
    explained_everywhere(&t, &["1", "2"]);
}

fn consensus_positions(
    elapsed_hours: u64,
    statements: &[(&str, StatementKind, u64)],
    votes: Vec<(String, Vote)>,
) -> Positions {
    Positions {
        votes,
        consensus: ConsensusRecord {
            elapsed_seconds: elapsed_hours * 3600,
            statements: statements
                .iter()
                .map(|(member, kind, hour)| Statement {
                    member: (*member).to_owned(),
                    kind: *kind,
                    at_seconds: hour * 3600,
                })
                .collect(),
        },
    }
}

#[test]
fn consensus_by_silence_procedure() {
    let without_fallback = "kind = \"consensus\"\nsilence-hours = 72\n";
    let with_fallback = format!("{without_fallback}[rule.fallback]\n{TWO_THIRDS}");
    let members = plain(6);
    use StatementKind::{Explanation, Objection, Reservation};

    // The period is running: pending.
    let t = tally(without_fallback, members.clone(), &consensus_positions(10, &[], vec![]));
    assert_eq!(t.outcome, Outcome::Pending);
    assert_eq!(t.result.message.id, "consensus-running");
    let texts = explained_everywhere(&t, &["72", "10"]);
    assert_eq!(
        texts[2],
        "Not decided yet.\n- Open: Consensus: silence period of 72 hours, 10 elapsed; no formal objection so far."
    );

    // Silence held; explanations and reservations are recorded, not blocking.
    let record = [("M4", Explanation, 5), ("M1", Reservation, 70), ("M2", Explanation, 1)];
    let t = tally(without_fallback, members.clone(), &consensus_positions(72, &record, vec![]));
    assert_eq!(t.outcome, Outcome::Adopted);
    assert_eq!(t.result.notes[0].message.args.get("explained-by"), Some(&Arg::Text("M2, M4".into())));
    let texts = explained_everywhere(&t, &["72", "M2, M4", "M1"]);
    assert!(texts[2].contains("explanations of position: 2 (M2, M4); reservations: 1 (M1)."), "{}", texts[2]);

    // An objection within the period breaks silence; with no fallback the
    // text is not adopted. A later objection does not count.
    let record = [("M3", Objection, 71), ("M5", Objection, 73)];
    let t = tally(without_fallback, members.clone(), &consensus_positions(80, &record, vec![]));
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!(t.result.message.args.get("members"), Some(&Arg::Text("M3".into())));
    assert_eq!(t.result.notes[0].message.id, "consensus-late-objections");
    explained_everywhere(&t, &["M3", "M5"]);

    // With a fallback: awaiting the vote, then the vote decides.
    let record = [("M3", Objection, 2)];
    let t = tally(&with_fallback, members.clone(), &consensus_positions(3, &record, vec![]));
    assert_eq!(t.outcome, Outcome::Pending);
    explained_everywhere(&t, &["M3"]);
    let t = tally(&with_fallback, members.clone(), &consensus_positions(30, &record, votes(&ids(&members), 4, 2, 0)));
    assert_eq!(t.outcome, Outcome::Adopted);
    assert_eq!(t.result.clauses.len(), 1);
    let texts = explained_everywhere(&t, &["M3", "4", "6", "2/3"]);
    assert!(texts[2].contains("The fallback procedure decides:\n  - Met: Majority: at least 2/3"), "{}", texts[2]);
    let t = tally(&with_fallback, members.clone(), &consensus_positions(30, &record, votes(&ids(&members), 3, 2, 0)));
    assert_eq!(t.outcome, Outcome::Rejected);

    // Without an objection the votes do not matter.
    let t = tally(&with_fallback, members, &consensus_positions(72, &[], votes(&["M0"], 0, 1, 0)));
    assert_eq!(t.outcome, Outcome::Adopted);
}

#[test]
fn pending_clauses_combine_in_three_valued_logic() {
    let members = plain(4);
    let consensus = "kind = \"consensus\"\nsilence-hours = 1\n";
    let rule = |kind: &str| format!("kind = \"{kind}\"\n[[rule.clauses]]\n{consensus}[[rule.clauses]]\n{SIMPLE}");
    let yes = votes(&ids(&members), 3, 0, 0);
    let no = votes(&ids(&members), 0, 3, 0);
    let running = |v| consensus_positions(0, &[], v);
    assert_eq!(tally(&rule("all-of"), members.clone(), &running(yes.clone())).outcome, Outcome::Pending);
    assert_eq!(tally(&rule("all-of"), members.clone(), &running(no.clone())).outcome, Outcome::Rejected);
    assert_eq!(tally(&rule("any-of"), members.clone(), &running(yes)).outcome, Outcome::Adopted);
    let t = tally(&rule("any-of"), members, &running(no));
    assert_eq!(t.outcome, Outcome::Pending);
    explained_everywhere(&t, &[]);
}

#[test]
fn bad_positions_are_refused_with_the_member_named() {
    let p = procedure(SIMPLE);
    let electorate = Electorate::new(vec![Member::new("A"), Member::new("B").ineligible()]).unwrap();
    let run = |votes: Vec<(&str, Vote)>| {
        p.tally(&electorate, &voting(votes.into_iter().map(|(m, v)| (m.to_owned(), v)).collect()))
    };
    assert_eq!(run(vec![("A", Vote::Yes), ("A", Vote::No)]), Err(TallyError::DuplicateVote("A".into())));
    assert_eq!(run(vec![("Z", Vote::Yes)]), Err(TallyError::UnknownMember("Z".into())));
    assert_eq!(run(vec![("B", Vote::Yes)]), Err(TallyError::IneligibleMember("B".into())));
    assert_eq!(Electorate::new(vec![Member::new("A"), Member::new("A")]), Err(TallyError::DuplicateMember("A".into())));
    // Nobody eligible: nothing can be carried, and that is a result, not
    // an error.
    let nobody = Electorate::new(vec![Member::new("B").ineligible()]).unwrap();
    let t = p.tally(&nobody, &Positions::default()).unwrap();
    assert_eq!(t.outcome, Outcome::Rejected);
    let q = procedure("kind = \"quorum\"\nthreshold = \"> 0\"\n");
    let t = q.tally(&nobody, &Positions::default()).unwrap();
    assert_eq!((t.outcome, t.result.message.id.as_str()), (Outcome::Rejected, "clause-quorum-none"));
    explained_everywhere(&t, &["0"]);
    assert_eq!("maybe".parse::<Vote>(), Err(TallyError::UnknownVote("maybe".into())));

    // A member in a group the procedure does not have, when groups matter.
    let grouped = Electorate::new(vec![Member::new("A").in_group("NORDIC")]).unwrap();
    assert!(p.tally(&grouped, &Positions::default()).is_ok());
    let g = procedure("kind = \"groups\"\nmin-groups = 1\n");
    assert_eq!(
        g.tally(&grouped, &Positions::default()),
        Err(TallyError::UnknownGroup { member: "A".into(), group: "NORDIC".into() })
    );

    // Statements: from members only, and not from the future.
    let c = procedure("kind = \"consensus\"\nsilence-hours = 1\n");
    let late = consensus_positions(1, &[("A", StatementKind::Objection, 2)], vec![]);
    assert_eq!(c.tally(&electorate, &late), Err(TallyError::StatementInFuture("A".into())));
    let stranger = consensus_positions(1, &[("Z", StatementKind::Objection, 0)], vec![]);
    assert_eq!(c.tally(&electorate, &stranger), Err(TallyError::UnknownMember("Z".into())));
}

#[test]
fn results_serialize_for_storage() {
    let members = plain(3);
    let t = tally(SIMPLE, members.clone(), &voting(votes(&ids(&members), 2, 1, 0)));
    let json = serde_json::to_string(&t).unwrap();
    assert!(json.contains(r#""outcome":"adopted""#), "{json}");
    assert!(json.contains(r#""id":"clause-majority""#));
    assert!(!json.contains('.'), "a float in {json}");
    assert_eq!(serde_json::from_str::<Tally>(&json).unwrap(), t);
    // The electorate is stored as its member list, and read back checked.
    let electorate = Electorate::new(world(1, |g, _| g as u64)).unwrap();
    let json = serde_json::to_string(&electorate).unwrap();
    assert!(json.starts_with(r#"[{"id":"AFRICAN-0","group":"AFRICAN","weight":0,"eligible":true}"#), "{json}");
    assert_eq!(serde_json::from_str::<Electorate>(&json).unwrap(), electorate);
    let twice = r#"[{"id":"A","eligible":true},{"id":"A","eligible":false}]"#;
    assert!(serde_json::from_str::<Electorate>(twice).unwrap_err().to_string().contains("listed twice"));
}

#[test]
fn a_double_majority_needs_its_member_count_too() {
    let rule = "kind = \"weighted\"\nof = \"eligible\"\nmembers = \">= 55%\"\nweight = \">= 65%\"\n";
    // Twenty members: AFRICAN-0..3 weigh 100 each, everyone else 10. The
    // four heavy ones alone: 400 of 560 weight (71%) but 4 of 20 members.
    let members = world(4, |g, _| if g == 0 { 100 } else { 10 });
    let ids = ids(&members);
    let t = tally(rule, members.clone(), &voting(votes(&ids, 4, 16, 0)));
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!(
        t.result.notes.iter().map(|n| n.verdict).collect::<Vec<_>>(),
        [Some(Verdict::Fail), Some(Verdict::Pass)]
    );
    explained_everywhere(&t, &["4", "20", "400", "560"]);
    // Exactly 55% of the members (11 of 20) with the heavy ones: adopted;
    // one member fewer (10 of 20, 50%): not, although the weight is met.
    assert_eq!(tally(rule, members.clone(), &voting(votes(&ids, 11, 9, 0))).outcome, Outcome::Adopted);
    let t = tally(rule, members.clone(), &voting(votes(&ids, 10, 10, 0)));
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!(t.result.notes[0].verdict, Some(Verdict::Fail));
    assert_eq!(t.result.notes[1].verdict, Some(Verdict::Pass));
}

#[test]
fn weights_of_all_members_include_those_not_eligible() {
    // A (60) and B (30) may vote, C (10) is in arrears.
    let members =
        vec![Member::new("A").weighing(60), Member::new("B").weighing(30), Member::new("C").weighing(10).ineligible()];
    let positions = voting(vec![("A".into(), Vote::Yes), ("B".into(), Vote::No)]);
    let of = |base: &str, weight: &str| format!("kind = \"weighted\"\nof = \"{base}\"\nweight = \"{weight}\"\n");
    let weights = |t: &Tally| {
        let args = &t.result.notes[0].message.args;
        (args["weight-yes"].clone(), args["weight-total"].clone())
    };
    // 60 of all 100: exactly 60%.
    let t = tally(&of("all-members", ">= 60%"), members.clone(), &positions);
    assert_eq!((t.outcome, weights(&t)), (Outcome::Adopted, (Arg::Number(60), Arg::Number(100))));
    assert_eq!(t.result.message.args["of"], Arg::Text("all-members".into()));
    explained_everywhere(&t, &["60", "100", "60%"]);
    assert_eq!(tally(&of("all-members", "> 60%"), members.clone(), &positions).outcome, Outcome::Rejected);
    // 60 of the eligible 90: two-thirds exactly.
    let t = tally(&of("eligible", ">= 2/3"), members.clone(), &positions);
    assert_eq!((t.outcome, weights(&t)), (Outcome::Adopted, (Arg::Number(60), Arg::Number(90))));
    assert_eq!(tally(&of("eligible", "> 2/3"), members.clone(), &positions).outcome, Outcome::Rejected);
    // Members, of all members: 1 of 3.
    let rule = "kind = \"weighted\"\nof = \"all-members\"\nmembers = \">= 1/3\"\n";
    let t = tally(rule, members, &positions);
    assert_eq!(t.outcome, Outcome::Adopted);
    assert_eq!(t.result.notes[0].message.args["total"], Arg::Number(3));
    assert_eq!((t.counts.eligible, t.counts.members, t.counts.not_voting), (2, 3, 0));
}

#[test]
fn no_single_group_looks_at_the_largest_group() {
    let rule = "kind = \"no-single-group\"\nat-most = \"1/2\"\n";
    let members = world(10, |_, _| 1);
    // The largest group is not the first: ASIA_PACIFIC gives 10 of 19.
    let positions = group_votes(&members, 10, [(3, 0, 0), (10, 0, 0), (3, 0, 0), (3, 0, 0), (0, 5, 0)]);
    let t = tally(rule, members.clone(), &positions);
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!(
        (arg(&t, "group"), arg(&t, "group-yes"), arg(&t, "yes")),
        (Arg::Text("ASIA_PACIFIC".into()), Arg::Number(10), Arg::Number(19))
    );
    // The last group is the largest: WEOG, 7 of 13.
    let positions = group_votes(&members, 10, [(2, 0, 0), (0, 0, 0), (2, 0, 0), (2, 0, 0), (7, 0, 0)]);
    let t = tally(rule, members.clone(), &positions);
    assert_eq!(
        (t.outcome, arg(&t, "group"), arg(&t, "group-yes")),
        (Outcome::Rejected, Arg::Text("WEOG".into()), Arg::Number(7))
    );
    // A tie between the largest groups names the first of them in the
    // procedure's order; 5 of 15 is within a third.
    let third = "kind = \"no-single-group\"\nat-most = \"1/3\"\n";
    let positions = group_votes(&members, 10, [(1, 0, 0), (5, 0, 0), (0, 0, 0), (5, 0, 0), (4, 0, 0)]);
    let t = tally(third, members.clone(), &positions);
    assert_eq!(
        (t.outcome, arg(&t, "group"), arg(&t, "group-yes")),
        (Outcome::Adopted, Arg::Text("ASIA_PACIFIC".into()), Arg::Number(5))
    );
    // One yes more in GRULAC: 6 of 16 is more than a third.
    let positions = group_votes(&members, 10, [(1, 0, 0), (5, 0, 0), (0, 0, 0), (6, 0, 0), (4, 0, 0)]);
    let t = tally(third, members, &positions);
    assert_eq!(
        (t.outcome, arg(&t, "group"), arg(&t, "group-yes")),
        (Outcome::Rejected, Arg::Text("GRULAC".into()), Arg::Number(6))
    );
}

#[test]
fn the_silence_period_ends_exactly_at_its_deadline() {
    use StatementKind::{Explanation, Objection, Reservation};
    let rule = "kind = \"consensus\"\nsilence-hours = 2\n";
    let members = plain(3);
    let at = |elapsed: u64, statements: &[(&str, StatementKind, u64)]| Positions {
        votes: vec![],
        consensus: ConsensusRecord {
            elapsed_seconds: elapsed,
            statements: statements
                .iter()
                .map(|(m, kind, at)| Statement { member: (*m).to_owned(), kind: *kind, at_seconds: *at })
                .collect(),
        },
    };
    let deadline = 2 * 3600;
    // One second before the deadline the period is still running; at the
    // deadline it has ended.
    let t = tally(rule, members.clone(), &at(deadline - 1, &[]));
    assert_eq!((t.outcome, t.result.message.id.as_str()), (Outcome::Pending, "consensus-running"));
    assert_eq!(arg(&t, "elapsed-hours"), Arg::Number(1));
    let t = tally(rule, members.clone(), &at(deadline, &[]));
    assert_eq!((t.outcome, t.result.message.id.as_str()), (Outcome::Adopted, "consensus-adopted"));
    // An objection in the last second of the period breaks silence; one
    // made exactly at the deadline is late.
    let t = tally(rule, members.clone(), &at(deadline, &[("M1", Objection, deadline - 1)]));
    assert_eq!(t.outcome, Outcome::Rejected);
    assert_eq!(arg(&t, "members"), Arg::Text("M1".into()));
    assert!(t.result.notes.is_empty());
    let t = tally(rule, members.clone(), &at(deadline, &[("M1", Objection, deadline)]));
    assert_eq!(t.outcome, Outcome::Adopted);
    assert_eq!(t.result.notes.len(), 1);
    assert_eq!(t.result.notes[0].message.id, "consensus-late-objections");
    assert_eq!(t.result.notes[0].message.args["members"], Arg::Text("M1".into()));
    assert_eq!(t.result.notes[0].message.args["count"], Arg::Number(1));
    // A statement made exactly now is not in the future.
    let t = tally(rule, members.clone(), &at(600, &[("M2", Objection, 600)]));
    assert_eq!(t.outcome, Outcome::Rejected);
    let t = tally(rule, members.clone(), &at(600, &[("M2", Explanation, 600), ("M0", Reservation, 0)]));
    assert_eq!(t.outcome, Outcome::Pending);
    let late = procedure(rule).tally(&Electorate::new(members).unwrap(), &at(600, &[("M2", Explanation, 601)]));
    assert_eq!(late, Err(TallyError::StatementInFuture("M2".into())));
}

#[test]
fn statements_are_noted_when_either_kind_was_made() {
    use StatementKind::{Explanation, Reservation};
    let rule = "kind = \"consensus\"\nsilence-hours = 1\n";
    let members = plain(3);
    let record = |statements: &[(&str, StatementKind, u64)]| consensus_positions(1, statements, vec![]);
    let t = tally(rule, members.clone(), &record(&[]));
    assert!(t.result.notes.is_empty());
    // Explanations only.
    let t = tally(
        rule,
        members.clone(),
        &record(&[("M1", Explanation, 0), ("M0", Explanation, 0), ("M1", Explanation, 1)]),
    );
    assert_eq!(t.result.notes.len(), 1);
    let args = &t.result.notes[0].message.args;
    assert_eq!(
        (args["explanations"].clone(), args["explained-by"].clone()),
        (Arg::Number(2), Arg::Text("M0, M1".into()))
    );
    assert_eq!((args["reservations"].clone(), args["reserved-by"].clone()), (Arg::Number(0), Arg::Text(String::new())));
    let texts = explained_everywhere(&t, &["M0, M1"]);
    assert!(texts[2].contains("explanations of position: 2 (M0, M1); reservations: none."), "{}", texts[2]);
    assert!(texts[4].contains("оговорки: нет."), "{}", texts[4]);
    // Reservations only.
    let t = tally(rule, members, &record(&[("M2", Reservation, 0)]));
    assert_eq!(t.result.notes.len(), 1);
    let texts = explained_everywhere(&t, &["M2"]);
    assert!(texts[2].contains("explanations of position: none; reservations: 1 (M2)."), "{}", texts[2]);
    assert!(texts[3].contains("explications de position : aucune"), "{}", texts[3]);
}

/// The message ids of an explanation's lines.
fn line_ids(t: &Tally) -> Vec<String> {
    t.explanation().into_iter().map(|line| line.message.id).collect()
}

#[test]
fn the_counts_line_shows_the_votes() {
    let members = plain(7);
    let ids = ids(&members);
    // A vote shows its counts even when nobody voted.
    let t = tally(SIMPLE, members.clone(), &Positions::default());
    assert_eq!(line_ids(&t), ["outcome-rejected", "counts", "clause-majority-none"]);
    let counts = &t.explanation()[1];
    assert_eq!((counts.depth, counts.verdict), (0, None));
    let args = &counts.message.args;
    let expected: Vec<(&str, u64)> = vec![("abstain", 0), ("eligible", 7), ("no", 0), ("not-voting", 7), ("yes", 0)];
    assert_eq!(
        args.iter().map(|(k, v)| (k.clone(), v.clone())).collect::<Vec<_>>(),
        expected.iter().map(|(k, v)| ((*k).to_owned(), Arg::Number(*v))).collect::<Vec<_>>()
    );
    let t = tally(SIMPLE, members.clone(), &voting(votes(&ids, 3, 2, 1)));
    let args = &t.explanation()[1].message.args;
    assert_eq!(
        ["yes", "no", "abstain", "not-voting", "eligible"].map(|k| args[k].clone()),
        [3, 2, 1, 1, 7].map(Arg::Number)
    );
    assert!(
        Localizer::new()
            .explain(Lang::En, &t)
            .contains("\nYes: 3. No: 2. Abstentions: 1. Not voting: 1 of 7 eligible members.\n")
    );

    // A consensus shows counts only once someone voted, whatever the vote.
    let consensus = format!("kind = \"consensus\"\nsilence-hours = 1\n[rule.fallback]\n{SIMPLE}");
    let objected = |v| consensus_positions(1, &[("M0", StatementKind::Objection, 0)], v);
    assert_eq!(
        line_ids(&tally(&consensus, members.clone(), &objected(vec![]))),
        ["outcome-pending", "consensus-objected"]
    );
    for (yes, no, abstain) in [(1, 0, 0), (0, 1, 0), (0, 0, 1), (2, 1, 0)] {
        let t = tally(&consensus, members.clone(), &objected(votes(&ids, yes, no, abstain)));
        assert_eq!(line_ids(&t)[1], "counts", "{yes} {no} {abstain}");
        assert_eq!(t.explanation()[1].message.args["abstain"], Arg::Number(abstain as u64));
    }
}

#[test]
fn keys_name_outcomes_and_verdicts_as_serde_does() {
    for outcome in [Outcome::Adopted, Outcome::Rejected, Outcome::Pending] {
        assert_eq!(serde_json::to_string(&outcome).unwrap(), format!("\"{}\"", outcome.key()));
    }
    assert_eq!(
        [Outcome::Adopted, Outcome::Rejected, Outcome::Pending].map(|o| o.key()),
        ["adopted", "rejected", "pending"]
    );
    for verdict in [Verdict::Pass, Verdict::Fail, Verdict::Pending] {
        assert_eq!(serde_json::to_string(&verdict).unwrap(), format!("\"{}\"", verdict.key()));
    }
    assert_eq!([Verdict::Pass, Verdict::Fail, Verdict::Pending].map(|v| v.key()), ["pass", "fail", "pending"]);
}

#[test]
fn an_electorate_finds_its_members_by_id() {
    let electorate =
        Electorate::new(vec![Member::new("A").weighing(3), Member::new("B").in_group("WEOG").ineligible()]).unwrap();
    assert_eq!(electorate.get("A"), Some(&Member::new("A").weighing(3)));
    assert_eq!(electorate.get("B").and_then(|m| m.group.as_deref()), Some("WEOG"));
    assert!(!electorate.get("B").unwrap().eligible);
    assert_eq!(electorate.get("C"), None);
    assert_eq!(electorate.members().len(), 2);
}
