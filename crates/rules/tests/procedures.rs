//! Procedure files: the shipped examples parse and round-trip through TOML
//! and JSON; bad files give the line and what to fix (issue 7, "Bad
//! input").

use rules::{
    Abstentions, Base, Clause, Invalid, Majority, Procedure, ProcedureErrorKind, Threshold, ThresholdError,
    UN_REGIONAL_GROUPS,
};

const EXAMPLES: &[(&str, &str)] = &[
    ("un-ga-simple-majority", include_str!("../../../examples/procedures/un-ga-simple-majority.toml")),
    ("un-ga-two-thirds", include_str!("../../../examples/procedures/un-ga-two-thirds.toml")),
    ("majority-of-members", include_str!("../../../examples/procedures/majority-of-members.toml")),
    ("quorum", include_str!("../../../examples/procedures/quorum.toml")),
    ("cross-regional", include_str!("../../../examples/procedures/cross-regional.toml")),
    ("no-single-group", include_str!("../../../examples/procedures/no-single-group.toml")),
    ("double-majority", include_str!("../../../examples/procedures/double-majority.toml")),
    ("consensus", include_str!("../../../examples/procedures/consensus.toml")),
    ("charter-decision", include_str!("../../../examples/procedures/charter-decision.toml")),
];

#[test]
fn every_example_parses_and_round_trips() {
    for (name, text) in EXAMPLES {
        let procedure = Procedure::from_toml(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let toml = procedure.to_toml().unwrap();
        assert_eq!(Procedure::from_toml(&toml).unwrap(), procedure, "{name} via toml:\n{toml}");
        let json = serde_json::to_string(&procedure).unwrap();
        assert_eq!(serde_json::from_str::<Procedure>(&json).unwrap(), procedure, "{name} via json");
        // serde's own TOML reading agrees with the hand-written reader.
        assert_eq!(toml::from_str::<Procedure>(text).unwrap(), procedure, "{name} via serde");
    }
}

#[test]
fn every_clause_kind_has_an_example() {
    let mut kinds: Vec<&str> = Vec::new();
    fn walk(clause: &Clause, kinds: &mut Vec<&'static str>) {
        kinds.push(clause.kind());
        match clause {
            Clause::AllOf(list) | Clause::AnyOf(list) => {
                list.clauses.iter().for_each(|c| walk(c, kinds));
            }
            Clause::Consensus(c) => {
                if let Some(f) = &c.fallback {
                    walk(f, kinds);
                }
            }
            _ => {}
        }
    }
    for (_, text) in EXAMPLES {
        walk(Procedure::from_toml(text).unwrap().rule(), &mut kinds);
    }
    for kind in Clause::KINDS {
        assert!(kinds.contains(&kind), "no example uses `{kind}`");
    }
}

#[test]
fn the_general_assembly_rules_read_as_written() {
    let simple = Procedure::from_toml(EXAMPLES[0].1).unwrap();
    assert_eq!(
        simple.rule(),
        &Clause::Majority(Majority {
            of: Base::PresentAndVoting,
            threshold: Threshold::more_than(1, 2).unwrap(),
            abstentions: Some(Abstentions::NotCounted),
        })
    );
    assert_eq!(simple.name(), "UN General Assembly: simple majority");
    assert_eq!(simple.groups(), UN_REGIONAL_GROUPS);
    assert!(simple.source().unwrap().contains("rules 85, 86"));
    let two_thirds = Procedure::from_toml(EXAMPLES[1].1).unwrap();
    let Clause::Majority(m) = two_thirds.rule() else { panic!("not a majority") };
    assert_eq!(m.threshold, Threshold::TWO_THIRDS);
}

/// Parses `text`, expecting an error on `line`; returns the error kind.
fn error_at(text: &str, line: usize) -> ProcedureErrorKind {
    let err = Procedure::from_toml(text).expect_err("should not parse");
    assert_eq!(err.line, line, "wrong line for: {err}");
    assert!(err.to_string().starts_with(&format!("line {line}, column ")));
    err.kind
}

const HEAD: &str = "name = \"test\"\n";

#[test]
fn a_file_that_is_not_toml_gives_its_line() {
    let kind = error_at("name = \"test\"\n[rule\nkind = 1\n", 2);
    assert!(matches!(kind, ProcedureErrorKind::Syntax(_)));
}

#[test]
fn an_unknown_clause_gives_its_line_and_the_kinds() {
    let text = format!(
        "{HEAD}[rule]\nkind = \"all-of\"\n\n[[rule.clauses]]\nkind = \"majority\"\nof = \"eligible\"\nthreshold = \"> 1/2\"\n\n[[rule.clauses]]\nkind = \"super-majority\"\n"
    );
    let kind = error_at(&text, 11);
    assert_eq!(kind, ProcedureErrorKind::UnknownClause("super-majority".into()));
    assert!(kind.to_string().contains("use one of: majority, quorum, groups"));
}

#[test]
fn an_unknown_group_gives_its_line() {
    let text =
        format!("{HEAD}[rule]\nkind = \"groups\"\nmin-groups = 2\namong = [\n  \"AFRICAN\",\n  \"NORDIC\",\n]\n");
    let kind = error_at(&text, 7);
    assert!(matches!(kind, ProcedureErrorKind::Invalid(Invalid::UnknownGroup { ref group, .. }) if group == "NORDIC"));
    assert!(kind.to_string().contains("use one of: AFRICAN, ASIA_PACIFIC"));
}

#[test]
fn impossible_thresholds_give_their_line() {
    let text = format!("{HEAD}[rule]\nkind = \"majority\"\nof = \"present-and-voting\"\nthreshold = \">= 3/2\"\n");
    assert_eq!(
        error_at(&text, 5),
        ProcedureErrorKind::Threshold { key: "threshold", error: ThresholdError::MoreThanWhole { num: 3, den: 2 } }
    );
    let text = format!("{HEAD}[rule]\nkind = \"quorum\"\nthreshold = \"> 1\"\n");
    assert!(error_at(&text, 4).to_string().contains("write `>= 1` for unanimity"));
    let text = format!("{HEAD}[rule]\nkind = \"groups\"\nmin-groups = 6\n");
    assert_eq!(error_at(&text, 4), ProcedureErrorKind::Invalid(Invalid::TooManyGroups { min: 6, available: 5 }));
    let text = format!("{HEAD}[rule]\nkind = \"no-single-group\"\nat-most = \"1\"\n");
    assert!(matches!(error_at(&text, 4), ProcedureErrorKind::Invalid(Invalid::AtMostOutOfRange(_))));
    let text = format!("{HEAD}[rule]\nkind = \"weighted\"\nof = \"eligible\"\nweight = \">= 0/0\"\n");
    assert_eq!(
        error_at(&text, 5),
        ProcedureErrorKind::Threshold { key: "weight", error: ThresholdError::ZeroDenominator }
    );
}

#[test]
fn shape_errors_say_what_to_fix() {
    // An unknown key, reported at the key.
    let text = format!("{HEAD}[rule]\nkind = \"majority\"\nof = \"present-and-voting\"\nthreshhold = \"> 1/2\"\n");
    let kind = error_at(&text, 5);
    assert!(kind.to_string().contains("unknown key `threshhold`"), "{kind}");
    assert!(kind.to_string().contains("allowed keys: kind, of, threshold, abstentions"));
    // A missing key, reported at its table.
    let text = format!("{HEAD}\n[rule]\nkind = \"majority\"\nof = \"present-and-voting\"\n");
    assert_eq!(
        error_at(&text, 3),
        ProcedureErrorKind::MissingKey { key: "threshold", context: "`rule` (a `majority` clause)".into() }
    );
    // A missing kind.
    let text = format!("{HEAD}[rule]\nof = \"eligible\"\n");
    assert_eq!(error_at(&text, 2), ProcedureErrorKind::MissingKind);
    // A wrong type.
    let text = format!("{HEAD}[rule]\nkind = \"groups\"\nmin-groups = \"three\"\n");
    assert!(error_at(&text, 4).to_string().contains("`min-groups` must be a whole number"));
    let text = format!("{HEAD}[rule]\nkind = \"groups\"\nmin-groups = -1\n");
    assert!(error_at(&text, 4).to_string().contains("a number out of range"));
    // An unknown choice.
    let text = format!("{HEAD}[rule]\nkind = \"majority\"\nof = \"present\"\nthreshold = \"> 1/2\"\n");
    assert!(error_at(&text, 4).to_string().contains("use one of: present-and-voting, all-members, eligible"));
    // A meaningless combination.
    let text = format!(
        "{HEAD}[rule]\nkind = \"majority\"\nof = \"eligible\"\nthreshold = \"> 1/2\"\nabstentions = \"counted\"\n"
    );
    assert_eq!(error_at(&text, 6), ProcedureErrorKind::Invalid(Invalid::AbstentionsWithoutVoting(Base::Eligible)));
    // An empty list, and no rule at all.
    let text = format!("{HEAD}[rule]\nkind = \"any-of\"\nclauses = []\n");
    assert_eq!(error_at(&text, 4), ProcedureErrorKind::Invalid(Invalid::EmptyClauseList));
    assert_eq!(error_at(HEAD, 1), ProcedureErrorKind::MissingKey { key: "rule", context: "the procedure".into() });
    // Duplicate groups.
    let text = format!("groups = [\"A\", \"B\", \"A\"]\n{HEAD}[rule]\nkind = \"quorum\"\nthreshold = \"> 1/2\"\n");
    assert_eq!(error_at(&text, 1), ProcedureErrorKind::Invalid(Invalid::DuplicateGroup("A".into())));
    // A zero silence period, inside a fallback chain.
    let text = format!("{HEAD}[rule]\nkind = \"consensus\"\nsilence-hours = 0\n");
    assert_eq!(error_at(&text, 4), ProcedureErrorKind::Invalid(Invalid::ZeroSilence));
}

#[test]
fn custom_groups_are_checked_against_the_procedure() {
    let text = "name = \"regional\"\ngroups = [\"NORTH\", \"SOUTH\"]\n[rule]\nkind = \"groups\"\nmin-groups = 2\namong = [\"NORTH\", \"SOUTH\"]\n";
    let procedure = Procedure::from_toml(text).unwrap();
    assert_eq!(procedure.groups(), ["NORTH", "SOUTH"]);
    assert!(procedure.uses_groups());
    assert!(!procedure.uses_weights());
}

#[test]
fn json_is_validated_too() {
    let json = r#"{"name":"x","groups":["A"],"rule":{"kind":"groups","min-groups":2}}"#;
    let err = serde_json::from_str::<Procedure>(json).unwrap_err();
    assert!(err.to_string().contains("rule.min-groups: impossible"), "{err}");
    let json = r#"{"name":"x","rule":{"kind":"majority","of":"eligible","threshold":"> 3/2"}}"#;
    assert!(serde_json::from_str::<Procedure>(json).is_err());
}

#[test]
fn at_most_must_lie_strictly_between_nothing_and_the_whole() {
    for share in ["0", "0/3", "0%", "1", "2/2", "100%"] {
        let text = format!("{HEAD}[rule]\nkind = \"no-single-group\"\nat-most = \"{share}\"\n");
        let kind = error_at(&text, 4);
        assert!(matches!(kind, ProcedureErrorKind::Invalid(Invalid::AtMostOutOfRange(_))), "{share}: {kind}");
        assert!(kind.to_string().contains("strictly between 0 and 1"), "{kind}");
    }
    for share in ["1/100", "1/2", "99%"] {
        let text = format!("{HEAD}[rule]\nkind = \"no-single-group\"\nat-most = \"{share}\"\n");
        assert!(Procedure::from_toml(&text).is_ok(), "{share}");
    }
}

/// A procedure whose rule is `rule` (the body of a `[rule]` table, with its
/// sub-tables).
fn with_rule(rule: &str) -> Procedure {
    Procedure::from_toml(&format!("{HEAD}[rule]\n{rule}")).unwrap_or_else(|e| panic!("{e}\n{rule}"))
}

#[test]
fn nested_clauses_count_for_groups_and_weights() {
    const MAJORITY: &str = "kind = \"majority\"\nof = \"eligible\"\nthreshold = \"> 1/2\"\n";
    const GROUPS: &str = "kind = \"groups\"\nmin-groups = 1\n";
    const NO_SINGLE: &str = "kind = \"no-single-group\"\nat-most = \"1/2\"\n";
    const WEIGHTED: &str = "kind = \"weighted\"\nof = \"eligible\"\nweight = \">= 65%\"\n";
    let flat = |inner: &str| (with_rule(inner).uses_groups(), with_rule(inner).uses_weights());
    assert_eq!(flat(MAJORITY), (false, false));
    assert_eq!(flat(GROUPS), (true, false));
    assert_eq!(flat(NO_SINGLE), (true, false));
    assert_eq!(flat(WEIGHTED), (false, true));
    for list in ["all-of", "any-of"] {
        // The looked-at clause second, after one that looks at nothing.
        let nested = |inner: &str| {
            let p = with_rule(&format!("kind = \"{list}\"\n[[rule.clauses]]\n{MAJORITY}[[rule.clauses]]\n{inner}"));
            (p.uses_groups(), p.uses_weights())
        };
        assert_eq!(nested(MAJORITY), (false, false), "{list}");
        assert_eq!(nested(GROUPS), (true, false), "{list}");
        assert_eq!(nested(NO_SINGLE), (true, false), "{list}");
        assert_eq!(nested(WEIGHTED), (false, true), "{list}");
    }
    let fallback = |inner: &str| {
        let p = with_rule(&format!("kind = \"consensus\"\nsilence-hours = 24\n[rule.fallback]\n{inner}"));
        (p.uses_groups(), p.uses_weights())
    };
    let alone = with_rule("kind = \"consensus\"\nsilence-hours = 24\n");
    assert_eq!((alone.uses_groups(), alone.uses_weights()), (false, false));
    assert_eq!(fallback(MAJORITY), (false, false));
    assert_eq!(fallback(GROUPS), (true, false));
    assert_eq!(fallback(WEIGHTED), (false, true));
    // Two levels down: a weighted clause in an any-of inside a fallback.
    let deep = with_rule(&format!(
        "kind = \"consensus\"\nsilence-hours = 24\n[rule.fallback]\nkind = \"any-of\"\n\
         [[rule.fallback.clauses]]\n{MAJORITY}[[rule.fallback.clauses]]\n{WEIGHTED}"
    ));
    assert_eq!((deep.uses_groups(), deep.uses_weights()), (false, true));
}

#[test]
fn a_wrong_type_names_what_was_written() {
    let majority = |value: &str| format!("{HEAD}[rule]\nkind = \"majority\"\nof = \"eligible\"\nthreshold = {value}\n");
    for (value, found) in [
        ("1", "an integer"),
        ("0.5", "a decimal number"),
        ("true", "a boolean"),
        ("1979-05-27", "a date"),
        ("[\"> 1/2\"]", "a list"),
        ("{ share = \"1/2\" }", "a table"),
    ] {
        let kind = error_at(&majority(value), 5);
        assert_eq!(
            kind,
            ProcedureErrorKind::WrongType { key: "threshold".into(), expected: "a string", found },
            "{value}"
        );
        assert!(kind.to_string().ends_with(&format!("not {found}")), "{kind}");
    }
    let text = format!("{HEAD}[rule]\nkind = \"groups\"\nmin-groups = \"three\"\n");
    assert!(error_at(&text, 4).to_string().ends_with("not a string"));
}
