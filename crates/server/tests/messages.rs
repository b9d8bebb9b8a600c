//! The Fluent message files of the pages: every language parses, defines
//! exactly the messages English defines, with the same arguments; every
//! message the code uses exists; no message is left unused.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use domain::lang::Lang;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use server::web::i18n::{FILES, sources};

/// Each message id of `lang` with the variables its value uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, text) in sources(lang) {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{file}.ftl does not parse: {errors:?}"));
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let pattern =
                        message.value.unwrap_or_else(|| panic!("{lang}/{file}: {} has no value", message.id.name));
                    let mut vars = BTreeSet::new();
                    variables(&pattern, &mut vars);
                    let id = message.id.name.to_owned();
                    assert!(out.insert(id.clone(), vars).is_none(), "{lang}/{file}: {id} is defined twice");
                }
                Entry::Junk { content } => panic!("{lang}/{file}: junk {content:?}"),
                _ => {}
            }
        }
    }
    out
}

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
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Every file under `dir`, in its folders too (a capability's pages and
/// templates have a folder each).
fn files_under(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The ids the code asks for literally: `t("id")`, `t_args("id", ...)` and
/// `phrase("id", ...)` in the templates and the page modules.
fn literal_ids() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut ids = BTreeSet::new();
    let mut files = Vec::new();
    for dir in ["templates", "src/web"] {
        files_under(&root.join(dir), &mut files);
    }
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        for call in [".t(", ".t_args(", ".phrase("] {
            for (at, _) in text.match_indices(call) {
                let Some(rest) = text[at + call.len()..].trim_start().strip_prefix('"') else {
                    continue;
                };
                let id = &rest[..rest.find('"').unwrap()];
                if !id.is_empty() && !id.contains(['{', ' ']) {
                    ids.insert(id.to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = messages(Lang::En);
    assert!(english.len() > 100, "only {} messages", english.len());
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let messages = messages(lang);
        for (id, vars) in &english {
            match messages.get(id) {
                None => problems.push(format!("{lang}: {id} is missing")),
                Some(theirs) if theirs != vars => {
                    problems.push(format!("{lang}: {id} uses {theirs:?} where English uses {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for id in messages.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not an English message"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_used_exists_and_every_message_is_used() {
    let english = messages(Lang::En);
    let mut used = literal_ids();
    used.extend(server::web::runtime_message_ids());
    let missing: Vec<_> = used.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(missing.is_empty(), "used but not defined: {missing:?}");
    let unused: Vec<_> = english.keys().filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "defined but never used: {unused:?}");
}

#[test]
fn translations_are_not_english_copies() {
    let english = messages(Lang::En);
    let text = |lang| -> BTreeMap<String, String> {
        let bundle_text: String = sources(lang).into_iter().map(|(_, t)| t).collect();
        english
            .keys()
            .filter_map(|id| {
                let start = bundle_text.find(&format!("\n{id} ="))?;
                let line = bundle_text[start + 1..].lines().next()?;
                // Select expressions start alike in every language.
                (!line.ends_with("->")).then(|| (id.clone(), line.to_owned()))
            })
            .collect()
    };
    let en = text(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let theirs = text(lang);
        let same: Vec<&String> =
            en.iter().filter(|(id, line)| theirs.get(*id) == Some(line)).map(|(id, _)| id).collect();
        // A few words are the same in some languages ("Code", "Population",
        // "Important"); more than that is a copy.
        assert!(same.len() <= 6, "{lang} copies English for {same:?}");
    }
    assert_eq!(FILES.len(), sources(Lang::Ar).len());
}
