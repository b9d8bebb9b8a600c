//! Account recovery, all private: recovery codes for the second factor,
//! one-time password reset links, a person's e-mail address and the
//! deletion of an account. Only SHA-256 digests of codes and links are
//! stored, as for sessions and API tokens; nothing here enters the log.

use domain::Actor;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::access::{Account, handle, now_millis, random_id, random_secret, secret_hash};
use crate::error::{Result, StoreError};

/// Replaces every recovery code of `handle` with `codes` (their hashes are
/// stored; the codes are shown once by the caller).
pub(crate) async fn replace_codes(conn: &mut AnyConnection, who: &Actor, codes: &[String]) -> Result<()> {
    sqlx::query("DELETE FROM recovery_codes WHERE handle = $1").bind(who.to_string()).execute(&mut *conn).await?;
    let now = now_millis();
    for code in codes {
        sqlx::query("INSERT INTO recovery_codes (code_hash, handle, created_at) VALUES ($1, $2, $3)")
            .bind(secret_hash(code))
            .bind(who.to_string())
            .bind(now)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Uses up a recovery code of `handle`; false if it is not one of theirs or
/// was used before.
pub(crate) async fn use_code(conn: &mut AnyConnection, who: &Actor, code: &str) -> Result<bool> {
    let result =
        sqlx::query("UPDATE recovery_codes SET used_at = $1 WHERE code_hash = $2 AND handle = $3 AND used_at IS NULL")
            .bind(now_millis())
            .bind(secret_hash(code))
            .bind(who.to_string())
            .execute(conn)
            .await?;
    Ok(result.rows_affected() == 1)
}

/// How many unused recovery codes `handle` has.
pub(crate) async fn codes_left(conn: &mut AnyConnection, who: &Actor) -> Result<u64> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE handle = $1 AND used_at IS NULL")
        .bind(who.to_string())
        .fetch_one(conn)
        .await?;
    Ok(u64::try_from(count).unwrap_or(0))
}

/// A password reset link to be stored: made by [`NewReset::make`], which
/// also returns the link's secret (shown once, never stored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReset {
    /// Its id, for lists and logs (not a secret).
    pub id: String,
    /// The SHA-256 of the link's secret.
    token_hash: Vec<u8>,
    /// Whose password it resets.
    pub handle: Actor,
    /// Who issued it (`None`: asked for by e-mail, or made on the server).
    pub issued_by: Option<Actor>,
    /// Whether using it also removes the authenticator and the recovery
    /// codes (a reset issued by someone who checked who the person is).
    pub clears_second_factor: bool,
    /// Until when it works (Unix milliseconds).
    pub expires_at: i64,
}

impl NewReset {
    /// A new reset link for `handle`; returns the secret of the link and
    /// what to store.
    pub fn make(
        handle: Actor,
        issued_by: Option<Actor>,
        clears_second_factor: bool,
        expires_at: i64,
    ) -> Result<(String, NewReset)> {
        let token = random_secret()?;
        let token_hash = secret_hash(&token);
        Ok((token, NewReset { id: random_id()?, token_hash, handle, issued_by, clears_second_factor, expires_at }))
    }
}

pub(crate) async fn insert_reset(conn: &mut AnyConnection, reset: &NewReset) -> Result<()> {
    sqlx::query(
        "INSERT INTO password_resets (id, token_hash, handle, issued_by, clears_second_factor, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(reset.id.clone())
    .bind(reset.token_hash.clone())
    .bind(reset.handle.to_string())
    .bind(reset.issued_by.as_ref().map(ToString::to_string))
    .bind(i64::from(reset.clears_second_factor))
    .bind(now_millis())
    .bind(reset.expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// A stored password reset link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reset {
    /// Its id.
    pub id: String,
    /// Whose password it resets.
    pub handle: Actor,
    /// Who issued it, if someone did.
    pub issued_by: Option<Actor>,
    /// Whether using it removes the second factor too.
    pub clears_second_factor: bool,
    /// When it was made.
    pub created_at: i64,
    /// Until when it works.
    pub expires_at: i64,
    /// When it was used, if it was.
    pub used_at: Option<i64>,
}

impl Reset {
    /// Whether it can still be used.
    pub fn usable(&self) -> bool {
        self.used_at.is_none() && self.expires_at > now_millis()
    }
}

fn reset(row: &AnyRow) -> Result<Reset> {
    Ok(Reset {
        id: row.try_get(0)?,
        handle: handle(row.try_get(1)?)?,
        issued_by: row.try_get::<Option<String>, _>(2)?.map(handle).transpose()?,
        clears_second_factor: row.try_get::<i64, _>(3)? != 0,
        created_at: row.try_get(4)?,
        expires_at: row.try_get(5)?,
        used_at: row.try_get(6)?,
    })
}

/// The reset of a link's secret, used or not.
pub(crate) async fn reset_by_token(conn: &mut AnyConnection, token: &str) -> Result<Option<Reset>> {
    let row = sqlx::query(
        "SELECT id, handle, issued_by, clears_second_factor, created_at, expires_at, used_at \
         FROM password_resets WHERE token_hash = $1",
    )
    .bind(secret_hash(token))
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(reset).transpose()
}

/// Uses a reset link: sets the new password hash, ends every session of
/// the account, makes every other reset link of it unusable, and (if the
/// link says so) removes its authenticator and recovery codes, so a
/// second factor is asked for again at the next sign-in where the role
/// requires one. All or nothing; a link used, expired or unknown is
/// [`StoreError::Gone`] and nothing is written.
pub(crate) async fn complete_reset(conn: &mut AnyConnection, token: &str, password_hash: &str) -> Result<Reset> {
    let now = now_millis();
    let found = reset_by_token(&mut *conn, token).await?;
    let gone = || StoreError::Gone("this reset link has already been used or has expired; ask for a new one".into());
    let Some(found) = found.filter(Reset::usable) else { return Err(gone()) };
    let used = sqlx::query(
        "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(secret_hash(token))
    .execute(&mut *conn)
    .await?;
    if used.rows_affected() != 1 {
        return Err(gone());
    }
    let who = found.handle.to_string();
    sqlx::query("UPDATE password_resets SET used_at = $1 WHERE handle = $2 AND used_at IS NULL")
        .bind(now)
        .bind(who.clone())
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE accounts SET password_hash = $1 WHERE handle = $2")
        .bind(password_hash.to_owned())
        .bind(who.clone())
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE handle = $1").bind(who.clone()).execute(&mut *conn).await?;
    if found.clears_second_factor {
        sqlx::query(
            "UPDATE accounts SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = NULL WHERE handle = $1",
        )
        .bind(who.clone())
        .execute(&mut *conn)
        .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE handle = $1").bind(who).execute(&mut *conn).await?;
    }
    Ok(found)
}

/// Sets (or, with `None`, removes) the e-mail address of an account.
pub(crate) async fn set_email(conn: &mut AnyConnection, who: &Actor, email: Option<&str>) -> Result<()> {
    sqlx::query("UPDATE accounts SET email = $1 WHERE handle = $2")
        .bind(email.map(str::to_owned))
        .bind(who.to_string())
        .execute(conn)
        .await?;
    Ok(())
}

/// The accounts with this e-mail address (compared without case).
pub(crate) async fn accounts_by_email(conn: &mut AnyConnection, email: &str) -> Result<Vec<Account>> {
    let rows = sqlx::query("SELECT handle FROM accounts WHERE LOWER(email) = LOWER($1) ORDER BY handle")
        .bind(email.to_owned())
        .fetch_all(&mut *conn)
        .await?;
    let mut accounts = Vec::new();
    for row in rows {
        let who = handle(row.try_get(0)?)?;
        if let Some(account) = crate::access::account_by(&mut *conn, crate::access::AccountKey::Handle(&who)).await? {
            accounts.push(account);
        }
    }
    Ok(accounts)
}

/// Deletes an account and everything private that belongs to it: its
/// sessions, API tokens, recovery codes and reset links, then the account
/// (name, e-mail, password hash). Its handle stays in the public log.
/// False if there was no such account.
pub(crate) async fn delete_account(conn: &mut AnyConnection, who: &Actor) -> Result<bool> {
    let who = who.to_string();
    for sql in [
        "DELETE FROM sessions WHERE handle = $1",
        "DELETE FROM api_tokens WHERE handle = $1",
        "DELETE FROM recovery_codes WHERE handle = $1",
        "DELETE FROM password_resets WHERE handle = $1",
    ] {
        sqlx::query(sql).bind(who.clone()).execute(&mut *conn).await?;
    }
    let deleted = sqlx::query("DELETE FROM accounts WHERE handle = $1").bind(who).execute(conn).await?;
    Ok(deleted.rows_affected() == 1)
}
