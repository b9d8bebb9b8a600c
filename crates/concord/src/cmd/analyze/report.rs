//! What `concord analyze` prints: a readable report for people, or one JSON
//! object for programs. Both name statements and participants by the ids of
//! the export and compare the groups with Pol.is's own when the export has
//! them (`participants-votes.csv`, `group-id`).

use std::collections::HashSet;
use std::fmt::Write as _;

use consensus::bridging::Bridging;
use consensus::{Analysis, ConsensusStatement, Export, adjusted_rand_index};
use domain::consultation::analysis;
use serde_json::{Map, Value, json};

/// Longest statement text shown in the readable report, in characters.
const TEXT_WIDTH: usize = 100;

/// An analysis with what it was computed from.
pub struct Result<'a> {
    export: &'a Export,
    /// Votes in the matrix (the last vote of each pair).
    votes: usize,
    analysis: &'a Analysis,
    bridging: &'a Bridging,
    /// "one-shot", "replay" or "recompute".
    mode: &'static str,
    /// Whose votes decided who is clustered: "history" (Pol.is's in-conv
    /// over the vote history) or "final votes".
    participation: &'static str,
    /// The comparison with Pol.is's own groups, when the export has them.
    polis: Option<PolisComparison>,
}

/// How our groups compare with the ones in the export.
struct PolisComparison {
    groups: usize,
    clustered: usize,
    /// Grouped by Pol.is but not clustered here.
    only_polis: usize,
    /// Clustered here but not grouped by Pol.is.
    only_ours: usize,
    adjusted_rand_index: Option<f64>,
}

/// "1 vote", "2 votes".
fn count(n: usize, one: &str, many: &str) -> String {
    crate::cmd::plural::count(n as u64, one, many)
}

fn percent(part: u32, whole: u32) -> f64 {
    if whole == 0 { 0.0 } else { 100.0 * f64::from(part) / f64::from(whole) }
}

/// A line of the readable report: `  80% of 10    agree     [7] text`.
pub(super) fn share_line(part: u32, whole: u32, verb: &str, label: &str) -> String {
    format!("  {:>3.0}% of {whole:<5} {verb:<8}  {label}", percent(part, whole))
}

/// The text cut to [`TEXT_WIDTH`] characters, on one line.
fn short(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= TEXT_WIDTH {
        return one_line;
    }
    let cut: String = one_line.chars().take(TEXT_WIDTH - 1).collect();
    format!("{}…", cut.trim_end())
}

impl<'a> Result<'a> {
    fn statement(&self, s: u32) -> &str {
        &self.export.statements[s as usize]
    }

    fn statement_text(&self, s: u32) -> &str {
        self.export.texts.get(s as usize).map_or("", String::as_str)
    }

    /// `[id] text` of a statement.
    fn labelled(&self, s: u32) -> String {
        let text = self.statement_text(s);
        if text.is_empty() {
            format!("[{}]", self.statement(s))
        } else {
            format!("[{}] {}", self.statement(s), short(text))
        }
    }

    fn ours(&self) -> Vec<Option<u32>> {
        let mut ours = vec![None; self.export.participants.len()];
        for g in &self.analysis.groups {
            for &p in &g.members {
                ours[p as usize] = Some(g.id);
            }
        }
        ours
    }

    /// The result of an analysis; compares it with Pol.is's groups once.
    pub fn new(
        export: &'a Export,
        votes: usize,
        analysis: &'a Analysis,
        bridging: &'a Bridging,
        mode: &'static str,
        participation: &'static str,
    ) -> Self {
        let mut result = Result { export, votes, analysis, bridging, mode, participation, polis: None };
        result.polis = result.compare();
        result
    }

    fn compare(&self) -> Option<PolisComparison> {
        let polis = &self.export.polis_groups;
        if polis.iter().all(Option::is_none) {
            return None;
        }
        let ours = self.ours();
        let in_conv: HashSet<u32> = self.analysis.in_conv.iter().copied().collect();
        let groups: HashSet<&String> = polis.iter().flatten().collect();
        let grouped = |p: usize| polis.get(p).is_some_and(Option::is_some);
        Some(PolisComparison {
            groups: groups.len(),
            clustered: polis.iter().flatten().count(),
            only_polis: (0..polis.len()).filter(|&p| grouped(p) && !in_conv.contains(&(p as u32))).count(),
            only_ours: in_conv.iter().filter(|&&p| !grouped(p as usize)).count(),
            adjusted_rand_index: adjusted_rand_index(&ours, polis),
        })
    }

    /// Warnings for standard error: the engine's, and Pol.is-grouped
    /// participants this analysis does not cluster.
    pub fn warnings(&self) -> Vec<String> {
        let mut out = self.analysis.warnings.clone();
        if let Some(c) = self.polis.as_ref().filter(|c| c.only_polis > 0) {
            out.push(format!(
                "Pol.is's export gives a group to {} that this analysis does not cluster. Pol.is clusters only the \
                 participants of its in-conv (7 votes, or every statement while fewer than 7 have votes; once in, \
                 always in). --mode replay lets in those who qualified early in the history; if some remain, the \
                 export's groups come from a Pol.is math older than in-conv (mid-2014), which clustered every voter.",
                count(c.only_polis, "participant", "participants")
            ));
        }
        out
    }

    /// The readable report.
    pub fn readable(&self) -> String {
        let (e, a) = (self.export, self.analysis);
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{}, {}, {} ({}, participation from the {}): {} clustered in {}",
            count(e.participants.len(), "participant", "participants"),
            count(e.statements.len(), "statement", "statements"),
            count(self.votes, "vote", "votes"),
            self.mode,
            self.participation,
            count(a.in_conv.len(), "participant", "participants"),
            count(a.groups.len(), "opinion group", "opinion groups"),
        );
        for (g, reps) in a.groups.iter().zip(&a.statistics.representative) {
            let _ = writeln!(s, "\nGroup {}: {}", g.id, count(g.members.len(), "participant", "participants"));
            for r in reps {
                let line =
                    share_line(r.n_success, r.n_trials, analysis::direction(r.direction), &self.labelled(r.statement));
                let _ = writeln!(s, "{line}");
            }
        }
        for (title, list, verb) in [
            ("Consensus, agreed", &a.statistics.consensus.agree, "agree"),
            ("Consensus, disagreed", &a.statistics.consensus.disagree, "disagree"),
        ] {
            self.consensus_lines(&mut s, title, list, verb);
        }
        let bridging: Vec<String> = (0..e.statements.len() as u32)
            .filter(|&i| self.bridging.statements[i as usize].is_some_and(|x| x.bridging))
            .map(|i| format!("  {}", self.labelled(i)))
            .collect();
        let _ = writeln!(s, "\nBridging statements (agreed across the divide): {}", bridging.len());
        for line in bridging {
            let _ = writeln!(s, "{line}");
        }
        if let Some(c) = &self.polis {
            let _ = write!(
                s,
                "\nPol.is's own groups: {} of {}; both clustered {}, only Pol.is {}, only here {}",
                count(c.groups, "group", "groups"),
                count(c.clustered, "participant", "participants"),
                c.clustered - c.only_polis,
                c.only_polis,
                c.only_ours
            );
            if let Some(ari) = c.adjusted_rand_index {
                let _ = write!(s, "; agreement (adjusted Rand index) {ari:.3}");
            }
            s.push('\n');
        }
        s.trim_end().to_string()
    }

    fn consensus_lines(&self, s: &mut String, title: &str, list: &[ConsensusStatement], verb: &str) {
        let _ = writeln!(s, "\n{title}: {}", list.len());
        for c in list {
            let _ = writeln!(s, "{}", share_line(c.n_success, c.n_trials, verb, &self.labelled(c.statement)));
        }
    }

    /// The result as one JSON object (ids as strings exactly as in the
    /// export; non-finite numbers as null). The engine's parts are made as
    /// a consultation's analysis makes them, so both read alike.
    pub fn json(&self, timings: &[(&'static str, f64)]) -> String {
        let (e, a) = (self.export, self.analysis);
        let sections = analysis::sections(&e.statements, &e.participants, a, self.bridging);
        let timings: Map<String, Value> = timings.iter().map(|(k, v)| ((*k).to_owned(), json!(v))).collect();
        let polis = self.polis.as_ref().map(|c| {
            json!({
                "groups": c.groups,
                "clustered": c.clustered,
                "only_polis": c.only_polis,
                "only_ours": c.only_ours,
                "adjusted_rand_index": c.adjusted_rand_index,
            })
        });
        json!({
            "participants": e.participants.len(),
            "statements": e.statements.len(),
            "votes": self.votes,
            "mode": self.mode,
            "participation": self.participation,
            "clustered": a.in_conv.len(),
            "groups": sections.groups,
            "consensus": sections.consensus,
            "group_informed_consensus": sections.group_informed_consensus,
            "bridging": sections.bridging,
            "polis": polis,
            "warnings": self.warnings(),
            "timings_ms": timings,
        })
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_percent_and_short_texts() {
        assert_eq!(percent(1, 4), 25.0);
        assert_eq!(percent(3, 0), 0.0);
        assert_eq!(short("a\n  b"), "a b");
        let long = "é".repeat(150);
        let cut = short(&long);
        assert_eq!(cut.chars().count(), TEXT_WIDTH);
        assert!(cut.ends_with('…'));
    }
}
