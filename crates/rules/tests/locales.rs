//! The six Fluent files: each parses, defines exactly the crate's message
//! ids, uses the same arguments as English, and translates.

use std::collections::BTreeSet;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;
use rules::{Lang, Localizer, MESSAGE_IDS, Message};

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            out.insert(format!("message:{}", id.name));
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Each message's id and the variables and messages it refers to.
fn messages(lang: Lang) -> Vec<(String, BTreeSet<String>)> {
    let resource = parse(lang.ftl()).unwrap_or_else(|(_, errors)| panic!("{lang}: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables(value, &mut vars);
                }
                Some((m.id.name.to_owned(), vars))
            }
            Entry::Term(t) => panic!("{lang}: unexpected term -{}", t.id.name),
            Entry::Junk { content } => panic!("{lang}: cannot parse {content:?}"),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_defines_exactly_the_crate_messages() {
    let expected: BTreeSet<&str> = MESSAGE_IDS.iter().copied().collect();
    assert_eq!(expected.len(), MESSAGE_IDS.len(), "MESSAGE_IDS has duplicates");
    for lang in Lang::ALL {
        let ids: Vec<String> = messages(lang).into_iter().map(|(id, _)| id).collect();
        let found: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
        assert_eq!(found.len(), ids.len(), "{lang} defines a message twice");
        let missing: Vec<_> = expected.difference(&found).collect();
        let extra: Vec<_> = found.difference(&expected).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has unknown messages {extra:?}");
    }
}

#[test]
fn every_language_uses_the_same_arguments_as_english() {
    let english = messages(Lang::En);
    for lang in Lang::ALL {
        let other = messages(lang);
        for (id, vars) in &english {
            let (_, theirs) = other.iter().find(|(i, _)| i == id).unwrap();
            assert_eq!(theirs, vars, "{lang} {id} refers to other arguments or messages");
        }
    }
}

/// The literal text of a message, all variants included.
fn literal_text(lang: Lang, id: &str) -> String {
    fn collect(pattern: &Pattern<&str>, out: &mut String) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                    for variant in variants {
                        collect(&variant.value, out);
                    }
                }
                PatternElement::Placeable { .. } => {}
            }
        }
    }
    let resource = parse(lang.ftl()).unwrap_or_else(|(_, errors)| panic!("{lang}: {errors:?}"));
    let mut out = String::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry
            && m.id.name == id
            && let Some(value) = &m.value
        {
            collect(value, &mut out);
        }
    }
    out
}

#[test]
fn every_message_is_translated() {
    let localizer = Localizer::new();
    for lang in Lang::ALL {
        if lang == Lang::En {
            continue;
        }
        for id in MESSAGE_IDS {
            // `line = { $verdict }: { $text }` may legitimately match.
            if *id != "line" {
                assert_ne!(literal_text(lang, id), literal_text(Lang::En, id), "{lang} {id} is a copy of English");
            }
        }
        // Missing messages are reported, never invented.
        assert!(localizer.render(lang, &Message::new("no-such-message")).is_err());
    }
}

#[test]
fn a_missing_argument_is_reported() {
    let localizer = Localizer::new();
    let err = localizer.render(Lang::Fr, &Message::new("clause-quorum")).unwrap_err();
    assert!(err.to_string().contains("clause-quorum"), "{err}");
    // The forgiving form still shows something readable.
    assert!(localizer.message(Lang::Fr, &Message::new("no-such-message")).contains("no-such-message"));
}

#[test]
fn language_tags() {
    assert_eq!("fr-CA".parse::<Lang>(), Ok(Lang::Fr));
    assert_eq!("zh_Hans".parse::<Lang>(), Ok(Lang::Zh));
    assert_eq!("AR".parse::<Lang>(), Ok(Lang::Ar));
    assert!("de".parse::<Lang>().is_err());
    assert!(Lang::Ar.is_rtl() && !Lang::Zh.is_rtl());
    assert_eq!(Lang::from_code("es-419"), Some(Lang::Es));
    assert_eq!(Lang::from_code("ru"), Some(Lang::Ru));
    assert_eq!(Lang::from_code("de"), None);
    // Displayed as its code, which parses back.
    for lang in Lang::ALL {
        assert_eq!(lang.to_string(), lang.code());
        assert_eq!(Lang::from_code(&lang.to_string()), Some(lang));
    }
    assert_eq!(format!("{:?}", Localizer::new()), "Localizer { .. }");
}

/// `message` with `hours` (and `elapsed-hours`) as given, rendered.
fn hours(lang: Lang, id: &str, hours: u64) -> String {
    let message = Message::new(id).arg("hours", hours).arg("elapsed-hours", 0u64);
    Localizer::new().render(lang, &message).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn plural_forms_are_chosen_by_number() {
    // English, French and Spanish select on the plural category of
    // `$hours`, which Fluent only computes for a number: the argument must
    // reach Fluent as a number, not as its digits.
    for id in ["consensus-adopted", "consensus-running"] {
        assert!(hours(Lang::En, id, 1).contains(" 1 hour"), "{}", hours(Lang::En, id, 1));
        assert!(!hours(Lang::En, id, 1).contains("hours"));
        assert!(hours(Lang::En, id, 2).contains(" 2 hours"));
        assert!(hours(Lang::En, id, 21).contains(" 21 hours"));
        assert!(hours(Lang::Fr, id, 1).contains(" 1 heure"), "{}", hours(Lang::Fr, id, 1));
        assert!(!hours(Lang::Fr, id, 1).contains("1 heures"));
        assert!(hours(Lang::Fr, id, 72).contains(" 72 heures"));
        assert!(hours(Lang::Es, id, 1).contains(" 1 hora"), "{}", hours(Lang::Es, id, 1));
        assert!(!hours(Lang::Es, id, 1).contains("1 horas"));
        assert!(hours(Lang::Es, id, 48).contains(" 48 horas"));
    }
    // A numeric variant key (`[0]`) matches the number 0 in every language.
    let statements = |n: u64| {
        Message::new("consensus-statements")
            .arg("explanations", n)
            .arg("explained-by", if n == 0 { "" } else { "A" })
            .arg("reservations", 0u64)
            .arg("reserved-by", "")
    };
    let localizer = Localizer::new();
    let none = [(Lang::En, "none"), (Lang::Fr, "aucune"), (Lang::Ru, "нет"), (Lang::Es, "ninguna")];
    for (lang, word) in none {
        let zero = localizer.render(lang, &statements(0)).unwrap();
        assert!(!zero.contains('0') && zero.contains(word), "{lang}: {zero}");
        let one = localizer.render(lang, &statements(1)).unwrap();
        assert!(one.contains("1 (A)"), "{lang}: {one}");
    }
    for lang in Lang::ALL {
        let zero = localizer.render(lang, &statements(0)).unwrap();
        assert!(!zero.contains("()") && !zero.contains("（）"), "{lang}: {zero}");
    }
}

#[test]
fn numbers_render_exactly_however_large() {
    let localizer = Localizer::new();
    for n in [0, 7, 1 << 53, (1 << 53) + 1, u64::MAX] {
        let message = Message::new("weighted-weight")
            .arg("weight-yes", n)
            .arg("weight-total", u128::from(u64::MAX) * 3)
            .arg("comparison", "at-least")
            .arg("threshold", "65%");
        for lang in Lang::ALL {
            let text = localizer.render(lang, &message).unwrap();
            assert!(text.contains(&n.to_string()), "{lang}: {text}");
            assert!(text.contains("55340232221128654845"), "{lang}: {text}");
        }
    }
}

#[test]
fn only_the_group_argument_names_a_group() {
    let localizer = Localizer::new();
    let message = Message::new("consensus-objected")
        .arg("hours", 24u64)
        .arg("objections", 1u64)
        .arg("members", "WEOG")
        .arg("fallback", "none");
    let text = localizer.render(Lang::En, &message).unwrap();
    assert!(text.contains("formal objections: 1 (WEOG)."), "{text}");
    let message = Message::new("group-result-none").arg("group", "WEOG");
    assert_eq!(localizer.render(Lang::En, &message).unwrap(), "Western European and other States: no one was counted.");
    let message = Message::new("group-result-none").arg("group", "NORDIC");
    assert_eq!(localizer.render(Lang::En, &message).unwrap(), "NORDIC: no one was counted.");
}
