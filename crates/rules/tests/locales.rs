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
}
