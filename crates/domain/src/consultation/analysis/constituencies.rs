//! Agreement on each statement within each constituency, and the cross-bloc
//! consensus.
//!
//! Each voter's last vote on a statement counts (in time order, as in the
//! vote matrix), in the column of the constituency that vote spoke for: a
//! delegation's vote in its member state's regional group (a state with
//! none, such as an observer, is in no regional column), an organization's
//! in its chamber, a member of the public's in `public`. The votes of an
//! imported consultation (`consultation.vote_imported`) count in no column:
//! their voters are participants of the export, whose constituency the
//! platform does not know, so its table has the statements' rows with
//! empty cells and no cross-bloc consensus; the opinion groups and
//! consensus of the report cover them as any vote.
//!
//! **Cross-bloc consensus.** A statement is agreed across blocs when at
//! least one regional group voted on it and, in every regional group with at
//! least one vote on it (agree, disagree or pass), agree votes are a strict
//! majority of that group's votes on it: more than half, so exactly half is
//! not enough. Passes count in the whole, as abstentions that withhold
//! agreement. Chambers and the public inform the table but not this rule,
//! which is about the member states' blocs.

use super::log::{ConsultationLog, LoggedVote};
use super::{ConstituencyCell, ConstituencyColumn, ConstituencyReport, ConstituencyRow};
use crate::consultation::Constituency;
use crate::member::RegionalGroup;
use crate::people::Chamber;

/// The number of regional groups: the first columns.
const REGIONS: usize = RegionalGroup::ALL.len();

/// The columns: regional groups, chambers, then the public.
fn columns() -> Vec<ConstituencyColumn> {
    let column =
        |kind: &str, code: &str| ConstituencyColumn { kind: kind.to_owned(), code: code.to_owned(), participants: 0 };
    let regions = RegionalGroup::ALL.iter().map(|g| column("regional_group", g.code()));
    let chambers = Chamber::ALL.iter().map(|c| column("chamber", c.code()));
    regions.chain(chambers).chain([column("public", "public")]).collect()
}

/// The column a constituency's votes count in, if any.
fn column_of(log: &ConsultationLog, constituency: Constituency) -> Option<usize> {
    match constituency {
        Constituency::Member { member } => {
            let group = log.regional_groups.get(&member)?;
            RegionalGroup::ALL.iter().position(|g| g == group)
        }
        Constituency::Organization { chamber, .. } => {
            Chamber::ALL.iter().position(|c| *c == chamber).map(|c| REGIONS + c)
        }
        Constituency::Public => Some(REGIONS + Chamber::ALL.len()),
        Constituency::Secretariat => None,
    }
}

/// Whether the regional cells of a row make a cross-bloc consensus (see
/// the module documentation).
pub(super) fn cross_bloc(regions: &[ConstituencyCell]) -> bool {
    let total = |c: &ConstituencyCell| u64::from(c.agree) + u64::from(c.disagree) + u64::from(c.pass);
    let voted: Vec<&ConstituencyCell> = regions.iter().filter(|c| total(c) > 0).collect();
    !voted.is_empty() && voted.iter().all(|c| 2 * u64::from(c.agree) > total(c))
}

/// The votes by voter, then statement, then time (stable: log order among
/// equal times), so the last of each run of one voter's votes on one
/// statement is the one that counts. Votes are put in one bucket per voter
/// in time order, then each voter's few votes are sorted by statement.
fn by_voter_and_statement(log: &ConsultationLog) -> Vec<LoggedVote> {
    let mut start = vec![0usize; log.voters.len() + 1];
    for v in &log.votes {
        start[v.voter as usize + 1] += 1;
    }
    for k in 1..start.len() {
        start[k] += start[k - 1];
    }
    let mut next = start.clone();
    let mut sorted = log.votes.clone();
    for i in log.time_order() {
        let v = log.votes[i as usize];
        sorted[next[v.voter as usize]] = v;
        next[v.voter as usize] += 1;
    }
    for bucket in start.windows(2) {
        sorted[bucket[0]..bucket[1]].sort_by_key(|v| v.statement);
    }
    sorted
}

/// The constituency table of a consultation.
pub(super) fn report(log: &ConsultationLog) -> ConstituencyReport {
    let mut columns = columns();
    let column_of: Vec<Option<usize>> = log.constituencies.iter().map(|&c| column_of(log, c)).collect();
    let column_of = |constituency: u32| column_of.get(constituency as usize).copied().flatten();
    // Rows: approved statements that are not meta, in number order.
    let mut row_of = vec![None; log.statements.len()];
    let mut rows: Vec<ConstituencyRow> = Vec::new();
    for (s, state) in log.statements.iter().enumerate() {
        if state.is_opinion() {
            row_of[s] = Some(rows.len());
            rows.push(ConstituencyRow {
                statement: (s + 1).to_string(),
                cells: vec![ConstituencyCell::default(); columns.len()],
            });
        }
    }
    let by_voter = by_voter_and_statement(log);
    let mut last_voter = vec![u32::MAX; columns.len()];
    for (k, v) in by_voter.iter().enumerate() {
        if by_voter.get(k + 1).is_some_and(|next| (next.voter, next.statement) == (v.voter, v.statement)) {
            continue;
        }
        let (Some(row), Some(column)) = (row_of[v.statement as usize], column_of(v.constituency)) else {
            continue;
        };
        let cell = &mut rows[row].cells[column];
        match v.value {
            1 => cell.agree += 1,
            -1 => cell.disagree += 1,
            _ => cell.pass += 1,
        }
        // Votes come voter by voter: a new voter in this column.
        if std::mem::replace(&mut last_voter[column], v.voter) != v.voter {
            columns[column].participants += 1;
        }
    }
    let cross_bloc = rows.iter().filter(|r| cross_bloc(&r.cells[..REGIONS])).map(|r| r.statement.clone()).collect();
    ConstituencyReport { columns, rows, cross_bloc }
}
