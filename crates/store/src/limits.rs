//! Counters that limit password guessing, in the private tables
//! `sign_in_attempts` and `hash_turns`: never in the log or the state
//! digest, shared by every node on the database, kept across restarts.
//! Each subject (say an account and a client address) is stored as its
//! SHA-256 only. Every change is one atomic statement, so nodes counting
//! at once never lose a count.
//!
//! Times are Unix milliseconds given by the caller (`now`), so the rules
//! can be tested without waiting.

use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, Row};

use crate::error::Result;

/// An attempt just counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    /// Attempts in the current window, this one included.
    pub attempts: i64,
    /// When the current window started.
    pub window_start: i64,
}

fn digest(subject: &str) -> String {
    hex::encode(Sha256::digest(subject.as_bytes()))
}

/// Counts one attempt for `subject` in a fixed window of `window_millis`
/// that starts with the first attempt; a window that has ended starts
/// again at one. Windows ended are deleted when a new one starts.
pub(crate) async fn count_attempt(
    conn: &mut AnyConnection,
    subject: &str,
    window_millis: i64,
    now: i64,
) -> Result<Counted> {
    let ended = now - window_millis;
    let row = sqlx::query(
        "INSERT INTO sign_in_attempts (subject, window_start, attempts) VALUES ($1, $2, 1) \
         ON CONFLICT (subject) DO UPDATE SET \
           attempts = CASE WHEN sign_in_attempts.window_start <= $3 THEN 1 ELSE sign_in_attempts.attempts + 1 END, \
           window_start = CASE WHEN sign_in_attempts.window_start <= $3 THEN $2 ELSE sign_in_attempts.window_start END \
         RETURNING attempts, window_start",
    )
    .bind(digest(subject))
    .bind(now)
    .bind(ended)
    .fetch_one(&mut *conn)
    .await?;
    let counted = Counted { attempts: row.try_get(0)?, window_start: row.try_get(1)? };
    if counted.attempts == 1 {
        sqlx::query("DELETE FROM sign_in_attempts WHERE window_start <= $1").bind(ended).execute(&mut *conn).await?;
        sqlx::query("DELETE FROM hash_turns WHERE next_at <= $1").bind(ended).execute(&mut *conn).await?;
    }
    Ok(counted)
}

/// Forgets the attempts counted for `subject`.
pub(crate) async fn forget_attempts(conn: &mut AnyConnection, subject: &str) -> Result<()> {
    sqlx::query("DELETE FROM sign_in_attempts WHERE subject = $1").bind(digest(subject)).execute(conn).await?;
    Ok(())
}

/// Takes the next turn of `subject` if it is backing off (see
/// [`back_off`]): the turn is the later of now and its next free time, but
/// at most `max_wait_millis` ahead; the one after it comes `interval_millis`
/// later. `None` when the subject is not backing off: it may go now.
pub(crate) async fn take_turn(
    conn: &mut AnyConnection,
    subject: &str,
    interval_millis: i64,
    max_wait_millis: i64,
    now: i64,
) -> Result<Option<i64>> {
    let row = sqlx::query(
        "UPDATE hash_turns SET next_at = $4 + CASE \
           WHEN next_at > $2 + $3 THEN $2 + $3 \
           WHEN next_at > $2 THEN next_at \
           ELSE $2 END \
         WHERE subject = $1 RETURNING next_at",
    )
    .bind(digest(subject))
    .bind(now)
    .bind(max_wait_millis)
    .bind(interval_millis)
    .fetch_optional(conn)
    .await?;
    Ok(match row {
        Some(row) => Some(row.try_get::<i64, _>(0)? - interval_millis),
        None => None,
    })
}

/// Makes `subject` back off after a failure: no turn before
/// `now + interval_millis` (turns already taken stay as they are).
pub(crate) async fn back_off(conn: &mut AnyConnection, subject: &str, interval_millis: i64, now: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO hash_turns (subject, next_at) VALUES ($1, $2) \
         ON CONFLICT (subject) DO UPDATE SET \
           next_at = CASE WHEN hash_turns.next_at > $2 THEN hash_turns.next_at ELSE $2 END",
    )
    .bind(digest(subject))
    .bind(now + interval_millis)
    .execute(conn)
    .await?;
    Ok(())
}

/// Ends the back-off of `subject` (its password was right).
pub(crate) async fn end_back_off(conn: &mut AnyConnection, subject: &str) -> Result<()> {
    sqlx::query("DELETE FROM hash_turns WHERE subject = $1").bind(digest(subject)).execute(conn).await?;
    Ok(())
}
