//! Representativeness, consensus, group-informed consensus and statement
//! priority, as Pol.is computes them.
//!
//! Sources, in `math/src/polismath/math/` of `compdemocracy/polis`:
//! - `stats.clj`, `prop-test` and `two-prop-test`: one- and two-proportion z
//!   statistics with one pseudo-count added to every count; `z-sig-90?`: a z
//!   above 1.2816 is significant at 90%.
//! - `repness.clj`, `comment-stats` and `add-comparitive-stats`: per group and
//!   statement, `pa = (1 + agrees) / (2 + votes)`, `pat` its z, and `ra = pa /
//!   ((1 + agrees elsewhere) / (2 + votes elsewhere))`, `rat` the two-proportion
//!   z; the same for disagree. "Elsewhere" is the other groups' clustered
//!   members. Votes (`ns`) include passes.
//! - `repness.clj`, `select-rep-comments`, `passes-by-test?`,
//!   `beats-best-by-test?`, `beats-best-agr?`, `finalize-cmt-stats`,
//!   `repness-metric`, `agrees-before-disagrees`: the choice of at most five
//!   representative statements per group (details on [`representative`]).
//! - `repness.clj`, `consensus-stats` and `select-consensus-comments`: over
//!   every participant, statements with `pa > 0.5` and a significant `pat`,
//!   best `pa * pat` first, at most five; the same for disagree.
//! - `conversation.clj`, `:group-aware-consensus`: the product over groups of
//!   `(A + 1) / (S + 2)`, counted on the raw votes (moderated-out statements
//!   included), where `S` counts every vote including passes.
//! - `conversation.clj`, `importance-metric` and `priority-metric`: the weight
//!   with which Pol.is picks the next statement to show.

use rayon::prelude::*;

use crate::matrix::VoteMatrix;

/// z above which Pol.is calls a proportion significant at 90%
/// (`stats.clj`, `z-sig-90?`).
pub const Z_90: f64 = 1.2816;

/// Pol.is's `prop-test`: `2 sqrt(n + 1) ((succ + 1) / (n + 1) - 0.5)`.
pub fn prop_test(succ: f64, n: f64) -> f64 {
    let (succ, n) = (succ + 1.0, n + 1.0);
    2.0 * n.sqrt() * (succ / n - 0.5)
}

/// Pol.is's `two-prop-test`: the pooled two-proportion z with one added to
/// each of the four counts; 0 when the pooled proportion is 1.
pub fn two_prop_test(succ_in: f64, succ_out: f64, pop_in: f64, pop_out: f64) -> f64 {
    let (s1, s2, n1, n2) = (succ_in + 1.0, succ_out + 1.0, pop_in + 1.0, pop_out + 1.0);
    let pi1 = s1 / n1;
    let pi2 = s2 / n2;
    let pi_hat = (s1 + s2) / (n1 + n2);
    if pi_hat == 1.0 {
        return 0.0;
    }
    (pi1 - pi2) / (pi_hat * (1.0 - pi_hat) * (1.0 / n1 + 1.0 / n2)).sqrt()
}

fn z_sig_90(z: f64) -> bool {
    z > Z_90
}

/// Agree, disagree and total vote counts (passes are in the total only).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Agree votes.
    pub agree: u32,
    /// Disagree votes.
    pub disagree: u32,
    /// All votes, passes included (Pol.is's `S`, `ns`).
    pub seen: u32,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.agree += o.agree;
        self.disagree += o.disagree;
        self.seen += o.seen;
    }
}

/// Per group, per statement vote counts over the group's members, from the
/// raw votes. `group_of[p]` is the group index of participant `p`, or
/// `u32::MAX` for participants outside every group. Indexed `[group][statement]`.
pub fn group_counts(m: &VoteMatrix, group_of: &[u32], n_groups: usize) -> Vec<Vec<Counts>> {
    let per_statement: Vec<Vec<Counts>> = (0..m.n_statements())
        .into_par_iter()
        .with_min_len(16)
        .map(|s| {
            let mut c = vec![Counts::default(); n_groups];
            let (rows, vals) = m.col(s);
            for (&p, &v) in rows.iter().zip(vals) {
                let g = group_of.get(p as usize).copied().unwrap_or(u32::MAX);
                if g == u32::MAX {
                    continue;
                }
                let c = &mut c[g as usize];
                c.seen += 1;
                if v > 0 {
                    c.agree += 1;
                } else if v < 0 {
                    c.disagree += 1;
                }
            }
            c
        })
        .collect();
    (0..n_groups).map(|g| per_statement.iter().map(|c| c[g]).collect()).collect()
}

/// Whether a representative statement stands for the group's agreement or its
/// disagreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// The group agrees more than the rest.
    Agree,
    /// The group disagrees more than the rest.
    Disagree,
}

/// The full statistics of one statement for one group (Pol.is's
/// `comment-stats` plus `add-comparitive-stats`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RepStats {
    /// Agree votes in the group.
    pub na: f64,
    /// Disagree votes in the group.
    pub nd: f64,
    /// All votes in the group.
    pub ns: f64,
    /// `(1 + na) / (2 + ns)`.
    pub pa: f64,
    /// `(1 + nd) / (2 + ns)`.
    pub pd: f64,
    /// `prop_test(na, ns)`.
    pub pat: f64,
    /// `prop_test(nd, ns)`.
    pub pdt: f64,
    /// `pa` over the same ratio for the other groups.
    pub ra: f64,
    /// `pd` over the same ratio for the other groups.
    pub rd: f64,
    /// `two_prop_test(na, na elsewhere, ns, ns elsewhere)`.
    pub rat: f64,
    /// `two_prop_test(nd, nd elsewhere, ns, ns elsewhere)`.
    pub rdt: f64,
}

impl RepStats {
    /// The statistics for counts `own` in the group and `rest` in all other
    /// groups together.
    pub fn new(own: Counts, rest: Counts) -> Self {
        let (na, nd, ns) = (own.agree as f64, own.disagree as f64, own.seen as f64);
        let (ra_, rd_, rs_) = (rest.agree as f64, rest.disagree as f64, rest.seen as f64);
        let pa = (1.0 + na) / (2.0 + ns);
        let pd = (1.0 + nd) / (2.0 + ns);
        RepStats {
            na,
            nd,
            ns,
            pa,
            pd,
            pat: prop_test(na, ns),
            pdt: prop_test(nd, ns),
            ra: pa / ((1.0 + ra_) / (2.0 + rs_)),
            rd: pd / ((1.0 + rd_) / (2.0 + rs_)),
            rat: two_prop_test(na, ra_, ns, rs_),
            rdt: two_prop_test(nd, rd_, ns, rs_),
        }
    }
}

/// A representative statement of a group, as Pol.is reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct RepStatement {
    /// Statement index.
    pub statement: u32,
    /// Agree or disagree, whichever has the larger `rat` / `rdt`.
    pub direction: Direction,
    /// Votes in that direction in the group.
    pub n_success: u32,
    /// All votes in the group.
    pub n_trials: u32,
    /// `pa` or `pd`.
    pub p_success: f64,
    /// `pat` or `pdt`.
    pub p_test: f64,
    /// `ra` or `rd`.
    pub repness: f64,
    /// `rat` or `rdt`, rounded to a 32-bit float as Pol.is stores it
    /// (`finalize-cmt-stats` calls `float`); the rounding also decides ties in
    /// the ordering, as it does in Pol.is.
    pub repness_test: f64,
    /// The group's "best agree" statement that Pol.is puts first
    /// (`:best-agree true`).
    pub best_agree: bool,
}

fn finalize(statement: u32, s: &RepStats, best_agree: bool) -> RepStatement {
    let (n, p, pt, r, rt, direction) = if s.rat > s.rdt {
        (s.na, s.pa, s.pat, s.ra, s.rat, Direction::Agree)
    } else {
        (s.nd, s.pd, s.pdt, s.rd, s.rdt, Direction::Disagree)
    };
    RepStatement {
        statement,
        direction,
        n_success: n as u32,
        n_trials: s.ns as u32,
        p_success: p,
        p_test: pt,
        repness: r,
        repness_test: rt as f32 as f64,
        best_agree,
    }
}

fn repness_metric(r: &RepStatement) -> f64 {
    r.repness * r.repness_test * r.p_success * r.p_test
}

fn passes_by_test(s: &RepStats) -> bool {
    (z_sig_90(s.rat) && z_sig_90(s.pat)) || (z_sig_90(s.rdt) && z_sig_90(s.pdt))
}

fn beats_best_agree(s: &RepStats, best: Option<&RepStats>) -> bool {
    if s.na == 0.0 && s.nd == 0.0 {
        return false;
    }
    match best {
        Some(b) if b.ra > 1.0 => s.ra * s.rat * s.pa * s.pat > b.ra * b.rat * b.pa * b.pat,
        Some(b) => s.pa * s.pat > b.pa * b.pat,
        None => z_sig_90(s.pat) || (s.ra > 1.0 && s.pa > 0.5),
    }
}

/// Pol.is's representative statements (`select-rep-comments`) for every group,
/// from per-group counts (`[group][statement]`). `skip[s]` removes a statement
/// (moderated out, or never voted on). Statements are visited in index order,
/// which decides ties as Pol.is's column order does.
///
/// Per group: statements passing both 90% tests (`pat` and `rat`, or `pdt`
/// and `rdt`) are "sufficient"; until one is found the statement with the
/// largest `max(rat, rdt)` is kept as a fallback; separately the "best agree"
/// statement is tracked (`beats-best-agr?`). The result is the best agree
/// statement followed by the sufficient ones by decreasing `repness *
/// repness_test * p_success * p_test`, cut to five, agrees before disagrees;
/// without sufficient statements, the best agree alone, else the fallback.
pub fn representative(counts: &[Vec<Counts>], skip: &[bool]) -> Vec<Vec<RepStatement>> {
    let n_groups = counts.len();
    let n_statements = counts.first().map_or(0, |c| c.len());
    (0..n_groups)
        .map(|g| {
            let mut sufficient: Vec<RepStatement> = Vec::new();
            let mut best: Option<RepStatement> = None;
            let mut best_agree: Option<(u32, RepStats)> = None;
            for s in 0..n_statements {
                if skip.get(s).copied().unwrap_or(false) {
                    continue;
                }
                let mut rest = Counts::default();
                for (h, c) in counts.iter().enumerate() {
                    if h != g {
                        rest.add(c[s]);
                    }
                }
                let st = RepStats::new(counts[g][s], rest);
                if passes_by_test(&st) {
                    sufficient.push(finalize(s as u32, &st, false));
                }
                if sufficient.is_empty() {
                    let beats = match &best {
                        None => true,
                        Some(b) => st.rat.max(st.rdt) > b.repness_test,
                    };
                    if beats {
                        best = Some(finalize(s as u32, &st, false));
                    }
                }
                if beats_best_agree(&st, best_agree.as_ref().map(|b| &b.1)) {
                    best_agree = Some((s as u32, st));
                }
            }
            let best_agree = best_agree.map(|(s, st)| finalize(s, &st, true));
            if sufficient.is_empty() {
                return best_agree.or(best).into_iter().collect();
            }
            let ba_statement = best_agree.as_ref().map(|b| b.statement);
            sufficient.retain(|r| Some(r.statement) != ba_statement);
            // Stable sort, like Clojure's sort-by.
            sufficient.sort_by(|a, b| repness_metric(b).total_cmp(&repness_metric(a)));
            let top: Vec<RepStatement> = best_agree.into_iter().chain(sufficient).take(5).collect();
            let (agree, disagree): (Vec<_>, Vec<_>) = top.into_iter().partition(|r| r.direction == Direction::Agree);
            agree.into_iter().chain(disagree).collect()
        })
        .collect()
}

/// A consensus statement (Pol.is's `select-consensus-comments` entry).
#[derive(Debug, Clone, PartialEq)]
pub struct ConsensusStatement {
    /// Statement index.
    pub statement: u32,
    /// Agree (or disagree) votes.
    pub n_success: u32,
    /// All votes.
    pub n_trials: u32,
    /// `pa` (or `pd`).
    pub p_success: f64,
    /// `pat` (or `pdt`).
    pub p_test: f64,
}

/// Statements most participants agree with, and those most disagree with.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Consensus {
    /// At most five, best first.
    pub agree: Vec<ConsensusStatement>,
    /// At most five, best first.
    pub disagree: Vec<ConsensusStatement>,
}

/// Pol.is's plain consensus over all participants' votes (`consensus-stats`,
/// `select-consensus-comments`): per direction, statements with `p > 0.5` and
/// `prop_test` above 1.2816, by decreasing `p * test`, at most five. `skip`
/// removes moderated-out and unvoted statements.
pub fn consensus(m: &VoteMatrix, skip: &[bool]) -> Consensus {
    let stats: Vec<(u32, Counts)> = (0..m.n_statements())
        .filter(|&s| !skip.get(s as usize).copied().unwrap_or(false))
        .map(|s| {
            let (_, vals) = m.col(s);
            let mut c = Counts { seen: vals.len() as u32, ..Counts::default() };
            for &v in vals {
                if v > 0 {
                    c.agree += 1;
                } else if v < 0 {
                    c.disagree += 1;
                }
            }
            (s, c)
        })
        .collect();
    let top = |agree: bool| {
        let mut v: Vec<(f64, ConsensusStatement)> = stats
            .iter()
            .filter_map(|&(s, c)| {
                let n = if agree { c.agree } else { c.disagree } as f64;
                let p = (1.0 + n) / (2.0 + c.seen as f64);
                let t = prop_test(n, c.seen as f64);
                (p > 0.5 && z_sig_90(t)).then_some((
                    p * t,
                    ConsensusStatement { statement: s, n_success: n as u32, n_trials: c.seen, p_success: p, p_test: t },
                ))
            })
            .collect();
        v.sort_by(|a, b| b.0.total_cmp(&a.0));
        v.into_iter().take(5).map(|x| x.1).collect()
    };
    Consensus { agree: top(true), disagree: top(false) }
}

/// Pol.is's group-informed consensus per statement: the product over groups
/// of `(A + 1) / (S + 2)` (`conversation.clj`, `:group-aware-consensus`).
/// `None` for statements without votes (Pol.is has no column for them).
pub fn group_aware_consensus(counts: &[Vec<Counts>], voted: &[bool]) -> Vec<Option<f64>> {
    let n_statements = voted.len();
    (0..n_statements)
        .map(|s| {
            voted[s].then(|| counts.iter().map(|c| (c[s].agree as f64 + 1.0) / (c[s].seen as f64 + 2.0)).product())
        })
        .collect()
}

/// Pol.is's `priority-metric`: `(importance * (1 + 8 * 2^(-S/5)))^2` with
/// `importance = (1 - p) (E + 1) a`, `p = (P + 1) / (S + 2)` (passes),
/// `a = (A + 1) / (S + 2)`; 49 for meta statements. `A`, `P`, `S` are summed
/// over the groups' members; `E` is the statement's extremity.
pub fn priority(is_meta: bool, agree: f64, pass: f64, seen: f64, extremity: f64) -> f64 {
    if is_meta {
        return 7.0f64.powi(2);
    }
    let p = (pass + 1.0) / (seen + 2.0);
    let a = (agree + 1.0) / (seen + 2.0);
    let importance = (1.0 - p) * (extremity + 1.0) * a;
    (importance * (1.0 + 8.0 * 2f64.powf(-seen / 5.0))).powi(2)
}

/// The priority of every voted statement from the group counts and the
/// statements' extremity (`conversation.clj`, `:comment-priorities`).
pub fn priorities(counts: &[Vec<Counts>], voted: &[bool], meta: &[bool], extremity: &[f64]) -> Vec<Option<f64>> {
    (0..voted.len())
        .map(|s| {
            voted[s].then(|| {
                let mut t = Counts::default();
                for c in counts {
                    t.add(c[s]);
                }
                let pass = t.seen - t.agree - t.disagree;
                priority(
                    meta.get(s).copied().unwrap_or(false),
                    t.agree as f64,
                    pass as f64,
                    t.seen as f64,
                    extremity.get(s).copied().unwrap_or(0.0),
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tests_match_polis_values() {
        // math-pca2.json, consensus: 15 of 16 agree -> p-test 3.6380343755449944.
        assert!((prop_test(15.0, 16.0) - 3.6380343755449944).abs() < 1e-12);
        assert_eq!(two_prop_test(0.0, 0.0, 0.0, 0.0), 0.0);
    }
}
