//! The vote matrix: participants × statements, stored sparse twice, by rows
//! (CSR) and by columns (CSC), with `u32` indexes and `i8` votes.
//!
//! Pol.is keeps a dense "named matrix" of participants × comments with `nil`
//! where nobody voted (`math/src/polismath/math/named_matrix.clj`,
//! `update-nmat`). A missing vote is simply an absent entry here, so memory
//! grows with the number of votes, not with participants × statements: at
//! 100 million votes the two copies take about 1 GB.

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::group_by::group_by_key;

/// A vote value: agree, disagree or pass, in the sign convention of the
/// Pol.is export files (`votes.csv`): agree = 1, disagree = -1, pass = 0.
///
/// Pol.is's own math uses the opposite sign (agree = -1, see `utils/agree?`
/// and the `XXX - Change when we flip votes` note in `repness.clj`); this
/// crate keeps the export's convention everywhere, so PCA coordinates come out
/// mirrored compared with `math-pca2.json`, which changes no distance.
pub const AGREE: i8 = 1;
/// See [`AGREE`].
pub const DISAGREE: i8 = -1;
/// See [`AGREE`].
pub const PASS: i8 = 0;

/// One vote by index. In a list of votes, a later vote by the same
/// participant on the same statement replaces an earlier one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vote {
    /// Row index of the participant.
    pub participant: u32,
    /// Column index of the statement.
    pub statement: u32,
    /// [`AGREE`], [`DISAGREE`] or [`PASS`].
    pub value: i8,
}

/// The last vote of each participant on each statement, stored by rows and by
/// columns. Within a row, statements are in increasing index order; within a
/// column, participants are.
#[derive(Debug, Clone, Default)]
pub struct VoteMatrix {
    n_rows: u32,
    n_cols: u32,
    row_ptr: Vec<usize>,
    row_cols: Vec<u32>,
    row_vals: Vec<i8>,
    col_ptr: Vec<usize>,
    col_rows: Vec<u32>,
    col_vals: Vec<i8>,
}

/// Votes by position, in the order they were cast, from which a
/// [`VoteMatrix`] is built: a slice of [`Vote`]s, or a column store such as
/// [`crate::VoteLog`].
pub trait VoteSource: Sync {
    /// The number of votes.
    fn len(&self) -> usize;
    /// Whether there are no votes.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The participant of vote `i`.
    fn participant(&self, i: usize) -> u32;
    /// The statement of vote `i`.
    fn statement(&self, i: usize) -> u32;
    /// The value of vote `i`.
    fn value(&self, i: usize) -> i8;
}

impl VoteSource for [Vote] {
    fn len(&self) -> usize {
        <[Vote]>::len(self)
    }
    fn participant(&self, i: usize) -> u32 {
        self[i].participant
    }
    fn statement(&self, i: usize) -> u32 {
        self[i].statement
    }
    fn value(&self, i: usize) -> i8 {
        self[i].value
    }
}

impl VoteMatrix {
    /// Builds the matrix from votes in the order they were cast: for each
    /// (participant, statement) pair the last vote in `votes` counts, as in
    /// Pol.is where a re-vote overwrites the cell (`named_matrix.clj`,
    /// `update-nmat`). Fails on an index outside the matrix or a value other
    /// than -1, 0 or 1.
    pub fn from_votes(n_participants: u32, n_statements: u32, votes: &[Vote]) -> Result<Self> {
        Self::from_source(n_participants, n_statements, votes)
    }

    /// [`VoteMatrix::from_votes`] for any [`VoteSource`]. Every phase runs on
    /// all cores (see `group_by`): grouping by participant, sorting each row,
    /// grouping by statement.
    pub fn from_source<S: VoteSource + ?Sized>(n_participants: u32, n_statements: u32, votes: &S) -> Result<Self> {
        let n = votes.len();
        if u32::try_from(n).is_err() {
            return Err(Error::TooLarge { what: "votes", max: u32::MAX as u64 });
        }
        let valid = |i: usize| {
            votes.participant(i) < n_participants
                && votes.statement(i) < n_statements
                && (-1..=1).contains(&votes.value(i))
        };
        let all_valid = if n < 1 << 16 { (0..n).all(valid) } else { (0..n).into_par_iter().all(valid) };
        if let Some(i) = (!all_valid).then(|| (0..n).find(|&i| !valid(i))).flatten() {
            let (p, s, v) = (votes.participant(i), votes.statement(i), votes.value(i));
            return Err(if p >= n_participants {
                Error::IndexOutOfRange { what: "participant", index: p, len: n_participants }
            } else if s >= n_statements {
                Error::IndexOutOfRange { what: "statement", index: s, len: n_statements }
            } else {
                Error::VoteValue { line: 0, value: v.to_string() }
            });
        }
        // Rows: votes grouped by participant, in the order they were cast.
        let (row_ptr, perm) = group_by_key(n, n_participants as usize, |i| votes.participant(i));
        let mut row_cols = vec![0u32; n];
        let mut row_vals = vec![0i8; n];
        row_cols.par_iter_mut().zip(row_vals.par_iter_mut()).zip(perm.par_iter()).with_min_len(1 << 14).for_each(
            |((c, v), &i)| {
                *c = votes.statement(i as usize);
                *v = votes.value(i as usize);
            },
        );
        drop(perm);
        // Sort each row by statement and keep the last vote of each pair.
        let lens = sort_rows(&row_ptr, &mut row_cols, &mut row_vals);
        let (row_ptr, row_cols, row_vals) = compact(&row_ptr, &lens, row_cols, row_vals);
        let (col_ptr, col_rows, col_vals) = transpose(n_statements, &row_ptr, &row_cols, &row_vals);
        Ok(VoteMatrix {
            n_rows: n_participants,
            n_cols: n_statements,
            row_ptr,
            row_cols,
            row_vals,
            col_ptr,
            col_rows,
            col_vals,
        })
    }

    /// The number of participants (rows).
    pub fn n_participants(&self) -> u32 {
        self.n_rows
    }

    /// The number of statements (columns).
    pub fn n_statements(&self) -> u32 {
        self.n_cols
    }

    /// The number of stored votes (the last vote of each pair).
    pub fn n_votes(&self) -> usize {
        self.row_cols.len()
    }

    /// The statements participant `p` voted on (increasing) and the votes.
    /// Panics if `p` is out of range, like slice indexing.
    pub fn row(&self, p: u32) -> (&[u32], &[i8]) {
        let r = self.row_ptr[p as usize]..self.row_ptr[p as usize + 1];
        (&self.row_cols[r.clone()], &self.row_vals[r])
    }

    /// The participants who voted on statement `s` (increasing) and the votes.
    /// Panics if `s` is out of range, like slice indexing.
    pub fn col(&self, s: u32) -> (&[u32], &[i8]) {
        let r = self.col_ptr[s as usize]..self.col_ptr[s as usize + 1];
        (&self.col_rows[r.clone()], &self.col_vals[r])
    }

    /// The number of votes participant `p` cast (passes included).
    pub fn row_len(&self, p: u32) -> usize {
        self.row_ptr[p as usize + 1] - self.row_ptr[p as usize]
    }

    /// The number of votes on statement `s` (passes included).
    pub fn col_len(&self, s: u32) -> usize {
        self.col_ptr[s as usize + 1] - self.col_ptr[s as usize]
    }

    /// Approximate heap bytes held by the matrix.
    pub fn heap_bytes(&self) -> usize {
        (self.row_ptr.len() + self.col_ptr.len()) * std::mem::size_of::<usize>()
            + (self.row_cols.len() + self.col_rows.len()) * 4
            + self.row_vals.len()
            + self.col_vals.len()
    }
}

/// Sorts every row by statement (stable, so the last of equal statements is
/// the latest vote) and moves the surviving entries to the front of the row.
/// Returns the new length of each row.
fn sort_rows(row_ptr: &[usize], cols: &mut [u32], vals: &mut [i8]) -> Vec<usize> {
    let pieces: Vec<_> = split_rows(row_ptr, cols).into_iter().zip(split_rows(row_ptr, vals)).collect();
    pieces
        .into_par_iter()
        .with_min_len(1024)
        .map_init(Vec::<u64>::new, |keys, ((_, c), (_, v))| {
            if c.windows(2).all(|w| w[0] < w[1]) {
                return c.len();
            }
            keys.clear();
            // Key: statement in the high bits, position in the low bits, so
            // an unstable sort is stable by construction.
            keys.extend(c.iter().enumerate().map(|(i, &s)| ((s as u64) << 32) | i as u64));
            keys.sort_unstable();
            let old_vals: Vec<i8> = v.to_vec();
            let mut out = 0;
            for (k, key) in keys.iter().enumerate() {
                let s = (key >> 32) as u32;
                let last_of_pair = keys.get(k + 1).is_none_or(|next| (next >> 32) as u32 != s);
                if last_of_pair {
                    c[out] = s;
                    v[out] = old_vals[(key & 0xFFFF_FFFF) as usize];
                    out += 1;
                }
            }
            out
        })
        .collect()
}

/// Drops the tail of each row left by de-duplication.
fn compact(
    row_ptr: &[usize],
    lens: &[usize],
    mut cols: Vec<u32>,
    mut vals: Vec<i8>,
) -> (Vec<usize>, Vec<u32>, Vec<i8>) {
    let n = lens.len();
    let total: usize = lens.iter().sum();
    let mut new_ptr = Vec::with_capacity(n + 1);
    new_ptr.push(0usize);
    if total == cols.len() {
        new_ptr.extend_from_slice(&row_ptr[1..]);
        return (new_ptr, cols, vals);
    }
    let mut out = 0;
    for i in 0..n {
        let start = row_ptr[i];
        cols.copy_within(start..start + lens[i], out);
        vals.copy_within(start..start + lens[i], out);
        out += lens[i];
        new_ptr.push(out);
    }
    cols.truncate(out);
    vals.truncate(out);
    cols.shrink_to_fit();
    vals.shrink_to_fit();
    (new_ptr, cols, vals)
}

/// CSR to CSC by a stable grouping on the statement, so that rows come out
/// increasing within each column.
fn transpose(n_cols: u32, row_ptr: &[usize], row_cols: &[u32], row_vals: &[i8]) -> (Vec<usize>, Vec<u32>, Vec<i8>) {
    let nnz = row_cols.len();
    let mut row_of = vec![0u32; nnz];
    split_rows(row_ptr, &mut row_of).into_par_iter().with_min_len(1024).for_each(|(p, part)| part.fill(p));
    let (col_ptr, perm) = group_by_key(nnz, n_cols as usize, |j| row_cols[j]);
    let mut col_rows = vec![0u32; nnz];
    let mut col_vals = vec![0i8; nnz];
    col_rows.par_iter_mut().zip(col_vals.par_iter_mut()).zip(perm.par_iter()).with_min_len(1 << 14).for_each(
        |((r, v), &j)| {
            *r = row_of[j as usize];
            *v = row_vals[j as usize];
        },
    );
    (col_ptr, col_rows, col_vals)
}

/// Cuts `data` (one entry per stored vote) into the slices of each row.
fn split_rows<'a, T>(row_ptr: &[usize], data: &'a mut [T]) -> Vec<(u32, &'a mut [T])> {
    let n = row_ptr.len() - 1;
    let mut pieces = Vec::with_capacity(n);
    let mut rest = data;
    for p in 0..n {
        let (piece, tail) = std::mem::take(&mut rest).split_at_mut(row_ptr[p + 1] - row_ptr[p]);
        pieces.push((p as u32, piece));
        rest = tail;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(participant: u32, statement: u32, value: i8) -> Vote {
        Vote { participant, statement, value }
    }

    #[test]
    fn last_vote_counts_and_both_orientations_agree() {
        let votes = [v(0, 1, 1), v(1, 0, -1), v(0, 1, -1), v(0, 0, 0), v(2, 1, 1), v(0, 1, 1)];
        let m = VoteMatrix::from_votes(3, 2, &votes).unwrap();
        assert_eq!(m.n_votes(), 4);
        assert_eq!(m.row(0), (&[0u32, 1][..], &[0i8, 1][..]));
        assert_eq!(m.row(1), (&[0u32][..], &[-1i8][..]));
        assert_eq!(m.col(1), (&[0u32, 2][..], &[1i8, 1][..]));
        assert_eq!(m.col(0), (&[0u32, 1][..], &[0i8, -1][..]));
    }

    #[test]
    fn rejects_out_of_range() {
        assert!(matches!(VoteMatrix::from_votes(1, 1, &[v(1, 0, 1)]), Err(Error::IndexOutOfRange { .. })));
        assert!(matches!(VoteMatrix::from_votes(1, 1, &[v(0, 0, 2)]), Err(Error::VoteValue { .. })));
    }
}
