//! Property tests (issue 7, item 4): a yes vote never hurts under a
//! majority procedure, the order of votes never matters, thresholds hold
//! exactly at their boundary; and the readers of untrusted text never panic.

use proptest::prelude::*;
use rules::{
    Abstentions, Base, Clause, ClauseList, Comparison, Consensus, ConsensusRecord, Electorate, Fraction, Groups,
    Localizer, Majority, Member, NoSingleGroup, Outcome, Positions, Procedure, Quorum, Statement, StatementKind,
    Threshold, UN_REGIONAL_GROUPS, Vote, Weighted,
};

fn threshold() -> impl Strategy<Value = Threshold> {
    (1u32..=12, any::<bool>(), any::<u32>()).prop_map(|(den, strict, n)| {
        let num = n % (den + 1);
        let comparison = if strict && num < den { Comparison::MoreThan } else { Comparison::AtLeast };
        Threshold::new(comparison, Fraction::new(num, den).unwrap()).unwrap()
    })
}

fn base() -> impl Strategy<Value = Base> {
    prop_oneof![Just(Base::PresentAndVoting), Just(Base::Eligible), Just(Base::AllMembers)]
}

fn majority() -> impl Strategy<Value = Majority> {
    (base(), threshold(), any::<Option<bool>>()).prop_map(|(of, threshold, abstentions)| Majority {
        of,
        threshold,
        abstentions: match (of, abstentions) {
            (Base::PresentAndVoting, Some(true)) => Some(Abstentions::Counted),
            (Base::PresentAndVoting, Some(false)) => Some(Abstentions::NotCounted),
            _ => None,
        },
    })
}

/// Clauses in which more support never hurts: majorities, quorums, group
/// majorities, weighted majorities, and all-of/any-of of those.
fn monotone_clause() -> impl Strategy<Value = Clause> {
    let leaf = prop_oneof![
        majority().prop_map(Clause::Majority),
        threshold().prop_map(|threshold| Clause::Quorum(Quorum { threshold })),
        (1u32..=5, majority()).prop_map(|(min_groups, within)| Clause::Groups(Groups {
            min_groups,
            within,
            among: None
        })),
        (base(), proptest::option::of(threshold()), threshold())
            .prop_map(|(of, members, weight)| { Clause::Weighted(Weighted { of, members, weight: Some(weight) }) }),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..4).prop_map(|clauses| Clause::AllOf(ClauseList { clauses })),
            prop::collection::vec(inner, 1..4).prop_map(|clauses| Clause::AnyOf(ClauseList { clauses })),
        ]
    })
}

/// Any clause, including the non-monotone ones.
fn any_clause() -> impl Strategy<Value = Clause> {
    prop_oneof![
        monotone_clause(),
        (1u32..5, 5u32..=6)
            .prop_map(|(num, den)| Clause::NoSingleGroup(NoSingleGroup { at_most: Fraction::new(num, den).unwrap() })),
        (1u32..100, proptest::option::of(monotone_clause())).prop_map(|(silence_hours, fallback)| {
            Clause::Consensus(Consensus { silence_hours, fallback: fallback.map(Box::new) })
        }),
    ]
}

fn procedure(rule: Clause) -> Procedure {
    Procedure::new("property".into(), None, None, rule).unwrap()
}

fn vote() -> impl Strategy<Value = Option<Vote>> {
    prop_oneof![Just(None), Just(Some(Vote::Yes)), Just(Some(Vote::No)), Just(Some(Vote::Abstain))]
}

/// Members with groups, weights and eligibility, and a position for each.
fn ballot() -> impl Strategy<Value = (Vec<Member>, Vec<Option<Vote>>)> {
    prop::collection::vec((0usize..6, 0u64..1000, prop::bool::weighted(0.9), vote()), 1..40).prop_map(|rows| {
        let mut members = Vec::new();
        let mut votes = Vec::new();
        for (i, (group, weight, eligible, vote)) in rows.into_iter().enumerate() {
            let mut m = Member::new(format!("M{i}")).weighing(weight);
            if group < 5 {
                m = m.in_group(UN_REGIONAL_GROUPS[group]);
            }
            m.eligible = eligible || i == 0;
            votes.push(if m.eligible { vote } else { None });
            members.push(m);
        }
        (members, votes)
    })
}

fn positions(members: &[Member], votes: &[Option<Vote>]) -> Positions {
    Positions {
        votes: members.iter().zip(votes).filter_map(|(m, v)| v.map(|v| (m.id.clone(), v))).collect(),
        ..Positions::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn a_yes_vote_never_turns_adoption_into_rejection(
        rule in monotone_clause(),
        (members, votes) in ballot(),
        pick in any::<prop::sample::Index>(),
    ) {
        let procedure = procedure(rule);
        let electorate = Electorate::new(members.clone()).unwrap();
        let before = procedure.tally(&electorate, &positions(&members, &votes)).unwrap();
        // One eligible member not voting yes now votes yes (from absent, no
        // or abstain).
        let candidates: Vec<usize> = (0..members.len())
            .filter(|&i| members[i].eligible && votes[i] != Some(Vote::Yes))
            .collect();
        prop_assume!(!candidates.is_empty());
        let mut more = votes.clone();
        more[candidates[pick.index(candidates.len())]] = Some(Vote::Yes);
        let after = procedure.tally(&electorate, &positions(&members, &more)).unwrap();
        if before.outcome == Outcome::Adopted {
            prop_assert_eq!(after.outcome, Outcome::Adopted);
        }
        prop_assert!(after.counts.yes == before.counts.yes + 1);
    }

    #[test]
    fn the_order_of_votes_and_statements_does_not_matter(
        rule in any_clause(),
        (members, votes) in ballot(),
        statements in prop::collection::vec((any::<prop::sample::Index>(), 0usize..3, 0u64..200), 0..6),
        seed in any::<u64>(),
    ) {
        let procedure = procedure(rule);
        let electorate = Electorate::new(members.clone()).unwrap();
        let eligible: Vec<&Member> = members.iter().filter(|m| m.eligible).collect();
        let mut p = positions(&members, &votes);
        p.consensus = ConsensusRecord {
            elapsed_seconds: 200 * 3600,
            statements: statements
                .iter()
                .map(|(who, kind, hour)| Statement {
                    member: eligible[who.index(eligible.len())].id.clone(),
                    kind: [StatementKind::Objection, StatementKind::Explanation, StatementKind::Reservation][*kind],
                    at_seconds: hour * 3600,
                })
                .collect(),
        };
        let tally = procedure.tally(&electorate, &p).unwrap();
        // A deterministic shuffle of both lists.
        let mut shuffled = p.clone();
        let mut state = seed | 1;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for i in (1..shuffled.votes.len()).rev() {
            let j = next(i + 1);
            shuffled.votes.swap(i, j);
        }
        for i in (1..shuffled.consensus.statements.len()).rev() {
            let j = next(i + 1);
            shuffled.consensus.statements.swap(i, j);
        }
        let again = procedure.tally(&electorate, &shuffled).unwrap();
        prop_assert_eq!(&again, &tally);
        // And every explanation renders in every language.
        let localizer = Localizer::new();
        for lang in rules::Lang::ALL {
            for line in tally.explanation() {
                prop_assert!(localizer.render(lang, &line.message).is_ok(), "{} {:?}", lang, line.message);
            }
        }
    }

    #[test]
    fn thresholds_hold_exactly_at_their_boundary(
        den in 1u32..=60,
        n in any::<u32>(),
        k in 1u64..=8,
    ) {
        let num = n % (den + 1);
        // `yes` of `whole` is exactly num/den.
        let whole = u64::from(den) * k;
        let yes = u64::from(num) * k;
        let members: Vec<Member> = (0..whole).map(|i| Member::new(format!("M{i}"))).collect();
        let electorate = Electorate::new(members.clone()).unwrap();
        let cast = |yes: u64| Positions {
            votes: members
                .iter()
                .enumerate()
                .map(|(i, m)| (m.id.clone(), if (i as u64) < yes { Vote::Yes } else { Vote::No }))
                .collect(),
            ..Positions::default()
        };
        let rule = |comparison| procedure(Clause::Majority(Majority {
            of: Base::PresentAndVoting,
            threshold: Threshold::new(comparison, Fraction::new(num, den).unwrap()).unwrap(),
            abstentions: None,
        }));
        let at_least = rule(Comparison::AtLeast);
        prop_assert_eq!(at_least.tally(&electorate, &cast(yes)).unwrap().outcome, Outcome::Adopted);
        if yes > 0 {
            prop_assert_eq!(at_least.tally(&electorate, &cast(yes - 1)).unwrap().outcome, Outcome::Rejected);
        }
        if num < den {
            let more_than = rule(Comparison::MoreThan);
            prop_assert_eq!(more_than.tally(&electorate, &cast(yes)).unwrap().outcome, Outcome::Rejected);
            prop_assert_eq!(more_than.tally(&electorate, &cast(yes + 1)).unwrap().outcome, Outcome::Adopted);
        }
    }

    #[test]
    fn needed_is_the_least_count_that_meets_the_threshold(t in threshold(), whole in 0u64..10_000) {
        match t.needed(whole) {
            Some(needed) => {
                prop_assert!(t.met(u128::from(needed), u128::from(whole)));
                if needed > 0 {
                    prop_assert!(!t.met(u128::from(needed - 1), u128::from(whole)));
                }
            }
            None => prop_assert_eq!(whole, 0),
        }
    }

    #[test]
    fn procedures_round_trip_through_toml_and_json(rule in any_clause()) {
        let procedure = procedure(rule);
        let toml = procedure.to_toml().unwrap();
        prop_assert_eq!(&Procedure::from_toml(&toml).unwrap(), &procedure, "{}", toml);
        let json = serde_json::to_string(&procedure).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Procedure>(&json).unwrap(), &procedure);
    }

    #[test]
    fn reading_any_text_never_panics(text in "\\PC{0,200}") {
        let _ = Procedure::from_toml(&text);
        let _ = text.parse::<Threshold>();
        let _ = text.parse::<Fraction>();
    }

    #[test]
    fn reading_a_damaged_procedure_never_panics(
        cut in any::<prop::sample::Index>(),
        insert in "[\\[\\]={}\"a-z0-9 ,.\\n/<>%-]{0,12}",
    ) {
        let text = include_str!("../../../examples/procedures/charter-decision.toml");
        let mut at = cut.index(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let damaged = format!("{}{}{}", &text[..at], insert, &text[at..]);
        if let Err(err) = Procedure::from_toml(&damaged) {
            prop_assert!(err.line >= 1 && err.line <= damaged.lines().count() + 1);
        }
    }
}
