//! `concord analyze --url URL --consultation ID`: a consultation's analysis
//! recomputed from a server's public log, as the server computes the one it
//! serves (`GET /api/v1/consultations/{id}/analysis`), so anyone can check
//! it. The log is read and verified as `concord verify` does (the signed
//! checkpoint, every entry under its root, every tile); each entry feeds a
//! [`ConsultationLog`], and `--json` prints its [`AnalysisReport`] exactly
//! as the API serializes it. `--log-size N` analyses the first N entries
//! only: the server records the log size each stored analysis covers.

use std::fmt::Write as _;

use anyhow::anyhow;
use domain::consultation::analysis::{AnalysisReport, ConsultationLog};

use super::report::share_line;
use super::{phase, progress};
use crate::cmd::plural::count;
use crate::cmd::{Failure, bad_input, block_on, failed, verify};

/// Tiles fetched at the same time.
const PARALLEL: usize = 8;

/// Where the consultation is read from.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The server's base URL.
    pub url: &'a str,
    /// The consultation.
    pub id: u64,
    /// Only the log's first entries, if given.
    pub log_size: Option<u64>,
    /// The log's verifier key, if given (else the server's own).
    pub key: Option<&'a str>,
}

/// Reads and verifies the log, and gathers the consultation from its
/// entries (the first `log_size`, if given).
fn gather(source: &Source<'_>) -> Result<ConsultationLog, Failure> {
    let mut log = ConsultationLog::new(source.id);
    let limit = source.log_size.unwrap_or(u64::MAX);
    let summary = block_on(verify::read(source.url, source.key, PARALLEL, |envelope| {
        if envelope.index < limit {
            log.push(&envelope);
        }
    }))??;
    if let Some(n) = source.log_size
        && n > summary.entries
    {
        return Err(bad_input(anyhow!(
            "--log-size {n}: the log at {} holds {}",
            source.url,
            count(summary.entries, "entry", "entries")
        )));
    }
    if !log.exists() {
        let within = source.log_size.map(|n| format!(" in its first {}", count(n, "entry", "entries")));
        return Err(bad_input(anyhow!(
            "the log at {} has no consultation {}{}",
            source.url,
            source.id,
            within.unwrap_or_default()
        )));
    }
    Ok(log)
}

/// Runs `concord analyze --url`.
pub fn run(source: &Source<'_>, seed: u64, json: bool) -> Result<(), Failure> {
    let log = gather(source)?;
    let progress = progress();
    phase(&progress, "finding opinion groups");
    let report = log.analyze(seed).map_err(|err| failed(anyhow!("consultation {}: {err}", source.id)))?;
    progress.finish_and_clear();
    for w in &report.warnings {
        eprintln!("warning: consultation {}: {w}", source.id);
    }
    let out = if json {
        serde_json::to_string(&report).map_err(|err| failed(anyhow!("the analysis does not serialize: {err}")))?
    } else {
        readable(source.id, &report)
    };
    println!("{out}");
    Ok(())
}

/// `[id]`: statements are named by their number (their texts are blobs).
fn label(statement: &str) -> String {
    format!("[{statement}]")
}

/// The readable report.
fn readable(id: u64, r: &AnalysisReport) -> String {
    let n = |k: usize, one: &str, many: &str| count(k as u64, one, many);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Consultation {id}: {}, {}, {} ({}, participation from the {}): {} clustered in {}",
        n(r.participants, "participant", "participants"),
        n(r.statements, "statement", "statements"),
        n(r.votes, "vote", "votes"),
        r.mode,
        r.participation,
        n(r.clustered, "participant", "participants"),
        n(r.groups.len(), "opinion group", "opinion groups"),
    );
    let _ = writeln!(s, "From the log's first {}, by {}", count(r.log_size, "entry", "entries"), r.engine);
    for g in &r.groups {
        let _ = writeln!(s, "\nGroup {}: {}", g.id, n(g.participants.len(), "participant", "participants"));
        for rep in &g.representative {
            let _ = writeln!(s, "{}", share_line(rep.n_success, rep.n_trials, &rep.direction, &label(&rep.statement)));
        }
    }
    let bridging: Vec<&String> = r.bridging.iter().filter(|(_, b)| b.bridging).map(|(id, _)| id).collect();
    for (title, list) in [
        ("Consensus, agreed", r.consensus.agree.iter().collect::<Vec<_>>()),
        ("Consensus, disagreed", r.consensus.disagree.iter().collect()),
        ("Bridging statements (agreed across the divide)", bridging),
        (
            "Cross-bloc consensus (agreed by a majority of every regional group that voted)",
            by_number(&r.constituencies.cross_bloc),
        ),
    ] {
        let _ = writeln!(s, "\n{title}: {}", list.len());
        for statement in list {
            let _ = writeln!(s, "  {}", label(statement));
        }
    }
    constituency_table(&mut s, r);
    s.trim_end().to_string()
}

/// Statement ids in number order.
fn by_number(ids: &[String]) -> Vec<&String> {
    let mut sorted: Vec<&String> = ids.iter().collect();
    sorted.sort_by_key(|id| id.parse::<u64>().unwrap_or(u64::MAX));
    sorted
}

/// The constituency table: the constituencies with voters, one row per
/// statement, each cell `agree/disagree/pass`.
fn constituency_table(s: &mut String, r: &AnalysisReport) {
    let c = &r.constituencies;
    let shown: Vec<usize> = (0..c.columns.len()).filter(|&i| c.columns[i].participants > 0).collect();
    let _ = writeln!(s, "\nAgreement by constituency (agree/disagree/pass; voters in brackets):");
    if shown.is_empty() {
        let _ = writeln!(s, "  no votes yet");
        return;
    }
    let mut table: Vec<Vec<String>> = vec![
        std::iter::once("statement".to_owned())
            .chain(shown.iter().map(|&i| format!("{} ({})", c.columns[i].code, c.columns[i].participants)))
            .collect(),
    ];
    for row in &c.rows {
        let cells = shown.iter().map(|&i| {
            let cell = row.cells[i];
            format!("{}/{}/{}", cell.agree, cell.disagree, cell.pass)
        });
        table.push(std::iter::once(label(&row.statement)).chain(cells).collect());
    }
    let widths: Vec<usize> =
        (0..table[0].len()).map(|k| table.iter().map(|line| line[k].chars().count()).max().unwrap_or(0)).collect();
    for line in table {
        let cells: Vec<String> = line.iter().zip(&widths).map(|(cell, &w)| format!("{cell:<w$}")).collect();
        let _ = writeln!(s, "  {}", cells.join("  ").trim_end());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_sort_by_number() {
        let ids = ["10".to_owned(), "9".to_owned(), "2".to_owned()];
        assert_eq!(by_number(&ids), ["2", "9", "10"]);
    }
}
