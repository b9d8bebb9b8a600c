//! Private data of people and access: accounts, sessions, invitations and
//! API tokens. None of it is ever in the log or the state digest. Secrets
//! (session cookies, invitation links, API tokens) are random values of
//! which only the SHA-256 is stored.
//!
//! Also the public side that authorization reads: a person's [`Principal`],
//! from the `p_people` and `p_organizations` projections.

use domain::Actor;
use domain::authz::{Action, Principal, Role};
use domain::member::Iso3;
use domain::people::DelegationRole;
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::error::{Result, StoreError};
use crate::log::{to_i64, to_u64};

/// Milliseconds since the Unix epoch, now.
pub fn now_millis() -> i64 {
    domain::Timestamp::now().unix_millis()
}

/// A new random secret: 32 bytes, hex.
pub(crate) fn random_secret() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|err| StoreError::Setup(format!("no randomness: {err}")))?;
    Ok(hex::encode(bytes))
}

/// A short random id for lists and URLs: 8 bytes, hex.
pub(crate) fn random_id() -> Result<String> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).map_err(|err| StoreError::Setup(format!("no randomness: {err}")))?;
    Ok(hex::encode(bytes))
}

pub(crate) fn secret_hash(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}

pub(crate) fn handle(text: String) -> Result<Actor> {
    Actor::try_from(text).map_err(StoreError::Inconsistent)
}

/// A unique-constraint violation becomes a conflict the caller can show.
fn conflict_on_unique(err: sqlx::Error, message: &str) -> StoreError {
    match &err {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(message.to_owned()),
        _ => StoreError::Database(err),
    }
}

/// An account (private).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The public handle.
    pub handle: Actor,
    /// The sign-in name (lowercase).
    pub username: String,
    /// The name shown to the person and to the secretariat.
    pub display_name: String,
    /// An e-mail address, if given.
    pub email: Option<String>,
    /// The argon2id hash of the password (PHC string).
    pub password_hash: String,
    /// The TOTP secret (base32), once two-factor sign-in is set up.
    pub totp_secret: Option<String>,
    /// A TOTP secret being set up, until confirmed with a code.
    pub totp_pending_secret: Option<String>,
    /// The last TOTP time step used.
    pub totp_last_step: Option<u64>,
}

/// What a new account needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAccount {
    /// The public handle.
    pub handle: Actor,
    /// The sign-in name (lowercase).
    pub username: String,
    /// The name shown.
    pub display_name: String,
    /// An e-mail address, if given.
    pub email: Option<String>,
    /// The argon2id hash of the password.
    pub password_hash: String,
}

const ACCOUNT_COLUMNS: &str =
    "handle, username, display_name, email, password_hash, totp_secret, totp_pending_secret, totp_last_step";

fn account(row: &AnyRow) -> Result<Account> {
    Ok(Account {
        handle: handle(row.try_get(0)?)?,
        username: row.try_get(1)?,
        display_name: row.try_get(2)?,
        email: row.try_get(3)?,
        password_hash: row.try_get(4)?,
        totp_secret: row.try_get(5)?,
        totp_pending_secret: row.try_get(6)?,
        totp_last_step: row.try_get::<Option<i64>, _>(7)?.map(to_u64).transpose()?,
    })
}

pub(crate) async fn insert_account(conn: &mut AnyConnection, new: &NewAccount) -> Result<()> {
    sqlx::query(
        "INSERT INTO accounts (handle, username, display_name, email, password_hash, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(new.handle.to_string())
    .bind(new.username.clone())
    .bind(new.display_name.clone())
    .bind(new.email.clone())
    .bind(new.password_hash.clone())
    .bind(now_millis())
    .execute(conn)
    .await
    .map_err(|err| match &err {
        // Both backends name the primary key in the message: SQLite
        // "UNIQUE constraint failed: accounts.handle", PostgreSQL
        // "... violates unique constraint \"accounts_pkey\"".
        sqlx::Error::Database(db)
            if db.is_unique_violation()
                && (db.message().contains("accounts.handle") || db.message().contains("accounts_pkey")) =>
        {
            StoreError::HandleTaken
        }
        _ => conflict_on_unique(err, &format!("the username {:?} is taken; choose another", new.username)),
    })?;
    Ok(())
}

/// How an account is found.
#[derive(Debug, Clone, Copy)]
pub(crate) enum AccountKey<'a> {
    /// By its sign-in name.
    Username(&'a str),
    /// By its public handle.
    Handle(&'a Actor),
}

pub(crate) async fn account_by(conn: &mut AnyConnection, key: AccountKey<'_>) -> Result<Option<Account>> {
    let (column, value) = match key {
        AccountKey::Username(username) => ("username", username.to_owned()),
        AccountKey::Handle(handle) => ("handle", handle.to_string()),
    };
    let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE {column} = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(value).fetch_optional(conn).await?;
    row.as_ref().map(account).transpose()
}

/// A change to an account: each variant writes exactly its own columns, so
/// no update can reach a column it does not name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AccountUpdate<'a> {
    /// A new password hash.
    PasswordHash(&'a str),
    /// A TOTP secret being set up, or none.
    PendingTotp(Option<&'a str>),
    /// The confirmed TOTP secret (the pending one is cleared), and the
    /// time step of the code that confirmed it, as the last one used.
    EnableTotp(&'a str, u64),
}

pub(crate) async fn update_account(conn: &mut AnyConnection, handle: &Actor, update: AccountUpdate<'_>) -> Result<()> {
    if let AccountUpdate::EnableTotp(secret, step) = update {
        // A new secret starts its own count of steps: the old secret's
        // last step says nothing about it (a new authenticator set up
        // within seconds of the old one must work).
        sqlx::query(
            "UPDATE accounts SET totp_secret = $1, totp_pending_secret = NULL, totp_last_step = $2 WHERE handle = $3",
        )
        .bind(secret.to_owned())
        .bind(to_i64(step)?)
        .bind(handle.to_string())
        .execute(conn)
        .await?;
        return Ok(());
    }
    let (sql, value) = match update {
        AccountUpdate::PasswordHash(hash) => ("UPDATE accounts SET password_hash = $1 WHERE handle = $2", Some(hash)),
        AccountUpdate::PendingTotp(secret) => {
            ("UPDATE accounts SET totp_pending_secret = $1 WHERE handle = $2", secret)
        }
        AccountUpdate::EnableTotp(..) => return Ok(()),
    };
    sqlx::query(sql).bind(value.map(str::to_owned)).bind(handle.to_string()).execute(conn).await?;
    Ok(())
}

/// Records that a TOTP time step was used; false if it (or a later one)
/// was used before, so no code works twice.
pub(crate) async fn use_totp_step(conn: &mut AnyConnection, handle: &Actor, step: u64) -> Result<bool> {
    let result = sqlx::query(
        "UPDATE accounts SET totp_last_step = $1 WHERE handle = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
    )
    .bind(to_i64(step)?)
    .bind(handle.to_string())
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Records the nonce of a page form; false if it was recorded before (the
/// form was sent twice). Nonces recorded more than `keep_millis` ago are
/// forgotten on the way.
pub(crate) async fn use_form_nonce(conn: &mut AnyConnection, nonce: &str, keep_millis: i64) -> Result<bool> {
    let now = now_millis();
    sqlx::query("DELETE FROM form_nonces WHERE used_at < $1").bind(now - keep_millis).execute(&mut *conn).await?;
    let result = sqlx::query("INSERT INTO form_nonces (nonce, used_at) VALUES ($1, $2) ON CONFLICT (nonce) DO NOTHING")
        .bind(nonce)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(result.rows_affected() == 1)
}

/// A sign-in session (private).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Whose session.
    pub handle: Actor,
    /// The token every state-changing request of this session must carry.
    pub csrf_token: String,
    /// Whether the second factor is done (or not needed).
    pub second_factor: bool,
    /// When it expires (Unix milliseconds).
    pub expires_at: i64,
}

pub(crate) async fn create_session(
    conn: &mut AnyConnection,
    handle: &Actor,
    second_factor: bool,
    ttl_millis: i64,
) -> Result<(String, Session)> {
    let cookie = random_secret()?;
    let session = Session {
        handle: handle.clone(),
        csrf_token: random_secret()?,
        second_factor,
        expires_at: now_millis() + ttl_millis,
    };
    sqlx::query(
        "INSERT INTO sessions (id_hash, handle, csrf_token, second_factor, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(secret_hash(&cookie))
    .bind(handle.to_string())
    .bind(session.csrf_token.clone())
    .bind(i64::from(second_factor))
    .bind(now_millis())
    .bind(session.expires_at)
    .execute(conn)
    .await?;
    Ok((cookie, session))
}

/// The session of a cookie value. Expired sessions are deleted and read as
/// `Err(None)`-like: `Ok(None)` with `expired = true`.
pub(crate) async fn session(conn: &mut AnyConnection, cookie: &str) -> Result<SessionLookup> {
    let row = sqlx::query("SELECT handle, csrf_token, second_factor, expires_at FROM sessions WHERE id_hash = $1")
        .bind(secret_hash(cookie))
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(SessionLookup::Unknown) };
    let session = Session {
        handle: handle(row.try_get(0)?)?,
        csrf_token: row.try_get(1)?,
        second_factor: row.try_get::<i64, _>(2)? != 0,
        expires_at: row.try_get(3)?,
    };
    if session.expires_at <= now_millis() {
        delete_session(conn, cookie).await?;
        return Ok(SessionLookup::Expired);
    }
    Ok(SessionLookup::Valid(session))
}

/// What a session cookie turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionLookup {
    /// A live session.
    Valid(Session),
    /// A session that expired (now deleted).
    Expired,
    /// No such session.
    Unknown,
}

/// Completes a session's second factor under a new cookie value and a new
/// CSRF token (the old values, seen before the second factor, stop
/// working); `None` if the session is gone.
pub(crate) async fn complete_second_factor(
    conn: &mut AnyConnection,
    cookie: &str,
) -> Result<Option<(String, Session)>> {
    let (new_cookie, csrf_token) = (random_secret()?, random_secret()?);
    let result = sqlx::query("UPDATE sessions SET id_hash = $1, csrf_token = $2, second_factor = 1 WHERE id_hash = $3")
        .bind(secret_hash(&new_cookie))
        .bind(csrf_token)
        .bind(secret_hash(cookie))
        .execute(&mut *conn)
        .await?;
    if result.rows_affected() != 1 {
        return Ok(None);
    }
    match session(conn, &new_cookie).await? {
        SessionLookup::Valid(session) => Ok(Some((new_cookie, session))),
        SessionLookup::Expired | SessionLookup::Unknown => Ok(None),
    }
}

pub(crate) async fn delete_session(conn: &mut AnyConnection, cookie: &str) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(secret_hash(cookie)).execute(conn).await?;
    Ok(())
}

/// Ends every session of a person but the one given (after a password
/// change; `keep` empty ends them all).
pub(crate) async fn delete_other_sessions(conn: &mut AnyConnection, handle: &Actor, keep: &str) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE handle = $1 AND id_hash <> $2")
        .bind(handle.to_string())
        .bind(secret_hash(keep))
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends every session of a person ("sign out everywhere"); how many ended.
pub(crate) async fn delete_sessions(conn: &mut AnyConnection, handle: &Actor) -> Result<u64> {
    let result = sqlx::query("DELETE FROM sessions WHERE handle = $1").bind(handle.to_string()).execute(conn).await?;
    Ok(result.rows_affected())
}

/// What an invitation makes of the person who accepts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitationKind {
    /// Secretariat staff.
    Secretariat,
    /// An observer.
    Observer,
    /// The head of a member state's delegation.
    Head,
    /// A delegate.
    Delegate,
    /// An alternate.
    Alternate,
    /// A member of a stakeholder organization.
    Stakeholder,
}

impl InvitationKind {
    /// Every kind.
    pub const ALL: [InvitationKind; 6] = [
        InvitationKind::Secretariat,
        InvitationKind::Observer,
        InvitationKind::Head,
        InvitationKind::Delegate,
        InvitationKind::Alternate,
        InvitationKind::Stakeholder,
    ];

    /// The kind as written in the API.
    pub fn code(self) -> &'static str {
        match self {
            InvitationKind::Secretariat => "secretariat",
            InvitationKind::Observer => "observer",
            InvitationKind::Head => "head",
            InvitationKind::Delegate => "delegate",
            InvitationKind::Alternate => "alternate",
            InvitationKind::Stakeholder => "stakeholder",
        }
    }

    /// The kind named `code`.
    pub fn from_code(code: &str) -> Option<InvitationKind> {
        InvitationKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The role the person will have.
    pub fn role(self) -> Role {
        match self {
            InvitationKind::Secretariat => Role::Secretariat,
            InvitationKind::Observer => Role::Observer,
            InvitationKind::Head => Role::HeadOfDelegation,
            InvitationKind::Delegate => Role::Delegate,
            InvitationKind::Alternate => Role::Alternate,
            InvitationKind::Stakeholder => Role::Stakeholder,
        }
    }

    /// The prefix of handles made for people of this kind.
    pub fn handle_prefix(self) -> &'static str {
        match self {
            InvitationKind::Secretariat => "sec",
            InvitationKind::Observer => "obs",
            InvitationKind::Head | InvitationKind::Delegate | InvitationKind::Alternate => "del",
            InvitationKind::Stakeholder => "org",
        }
    }
}

/// A one-time invitation (private).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// Its id, for lists.
    pub id: String,
    /// What it makes of the person.
    pub kind: InvitationKind,
    /// The member state, for delegation kinds.
    pub member: Option<Iso3>,
    /// The organization, for stakeholders.
    pub organization: Option<u64>,
    /// For the inviter: whom it is for.
    pub note: String,
    /// Who invited.
    pub invited_by: Actor,
    /// When (Unix milliseconds).
    pub created_at: i64,
    /// Until when it can be used.
    pub expires_at: i64,
    /// When it was used, if it was.
    pub used_at: Option<i64>,
    /// Who used it.
    pub used_by: Option<Actor>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<i64>,
}

impl Invitation {
    /// Whether it can still be accepted.
    pub fn usable(&self) -> bool {
        self.used_at.is_none() && self.revoked_at.is_none() && self.expires_at > now_millis()
    }

    /// The command that accepting it records, for the new person `handle`.
    pub fn command(&self, handle: Actor) -> Option<domain::Command> {
        use domain::Command;
        let delegation =
            |role| Some(Command::AddDelegationMember { member: self.member?, handle: handle.clone(), role });
        match self.kind {
            InvitationKind::Secretariat => Some(Command::AppointSecretariat { handle }),
            InvitationKind::Observer => Some(Command::AccreditObserver { handle }),
            InvitationKind::Head => delegation(DelegationRole::Head),
            InvitationKind::Delegate => delegation(DelegationRole::Delegate),
            InvitationKind::Alternate => delegation(DelegationRole::Alternate),
            InvitationKind::Stakeholder => Some(Command::AddOrganizationMember { id: self.organization?, handle }),
        }
    }
}

/// What a new invitation needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvitation {
    /// What it makes of the person.
    pub kind: InvitationKind,
    /// The member state, for delegation kinds.
    pub member: Option<Iso3>,
    /// The organization, for stakeholders.
    pub organization: Option<u64>,
    /// Whom it is for (private).
    pub note: String,
    /// Who invites.
    pub invited_by: Actor,
    /// How long it can be used, in milliseconds.
    pub valid_for_millis: i64,
}

const INVITATION_COLUMNS: &str =
    "id, kind, member, organization_id, note, invited_by, created_at, expires_at, used_at, used_by, revoked_at";

fn invitation(row: &AnyRow) -> Result<Invitation> {
    let kind: String = row.try_get(1)?;
    Ok(Invitation {
        id: row.try_get(0)?,
        kind: InvitationKind::from_code(&kind)
            .ok_or_else(|| StoreError::Inconsistent(format!("an invitation of unknown kind {kind:?}")))?,
        member: row
            .try_get::<Option<String>, _>(2)?
            .map(|m| m.parse().map_err(StoreError::Inconsistent))
            .transpose()?,
        organization: row.try_get::<Option<i64>, _>(3)?.map(to_u64).transpose()?,
        note: row.try_get(4)?,
        invited_by: handle(row.try_get(5)?)?,
        created_at: row.try_get(6)?,
        expires_at: row.try_get(7)?,
        used_at: row.try_get(8)?,
        used_by: row.try_get::<Option<String>, _>(9)?.map(handle).transpose()?,
        revoked_at: row.try_get(10)?,
    })
}

pub(crate) async fn create_invitation(conn: &mut AnyConnection, new: &NewInvitation) -> Result<(String, Invitation)> {
    let token = random_secret()?;
    let now = now_millis();
    let invitation = Invitation {
        id: random_id()?,
        kind: new.kind,
        member: new.member,
        organization: new.organization,
        note: new.note.clone(),
        invited_by: new.invited_by.clone(),
        created_at: now,
        expires_at: now + new.valid_for_millis,
        used_at: None,
        used_by: None,
        revoked_at: None,
    };
    sqlx::query(
        "INSERT INTO invitations (id, token_hash, kind, member, organization_id, note, invited_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(invitation.id.clone())
    .bind(secret_hash(&token))
    .bind(invitation.kind.code())
    .bind(invitation.member.map(|m| m.to_string()))
    .bind(invitation.organization.map(to_i64).transpose()?)
    .bind(invitation.note.clone())
    .bind(invitation.invited_by.to_string())
    .bind(invitation.created_at)
    .bind(invitation.expires_at)
    .execute(conn)
    .await?;
    Ok((token, invitation))
}

pub(crate) async fn invitation_by_token(conn: &mut AnyConnection, token: &str) -> Result<Option<Invitation>> {
    let sql = format!("SELECT {INVITATION_COLUMNS} FROM invitations WHERE token_hash = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(secret_hash(token)).fetch_optional(conn).await?;
    row.as_ref().map(invitation).transpose()
}

pub(crate) async fn list_invitations(conn: &mut AnyConnection, invited_by: Option<&Actor>) -> Result<Vec<Invitation>> {
    let rows = match invited_by {
        Some(by) => {
            let sql = format!(
                "SELECT {INVITATION_COLUMNS} FROM invitations WHERE invited_by = $1 ORDER BY created_at DESC, id"
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(by.to_string()).fetch_all(conn).await?
        }
        None => {
            let sql = format!("SELECT {INVITATION_COLUMNS} FROM invitations ORDER BY created_at DESC, id");
            sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(conn).await?
        }
    };
    rows.iter().map(invitation).collect()
}

/// Revokes an unused invitation (of `invited_by`, unless `None`); false if
/// there is none such.
pub(crate) async fn revoke_invitation(conn: &mut AnyConnection, id: &str, invited_by: Option<&Actor>) -> Result<bool> {
    let result = sqlx::query(
        "UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND used_at IS NULL AND revoked_at IS NULL \
         AND ($3 = '' OR invited_by = $3)",
    )
    .bind(now_millis())
    .bind(id.to_owned())
    .bind(invited_by.map_or(String::new(), Actor::to_string))
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Marks an invitation used, only if it still can be: one use, ever.
pub(crate) async fn use_invitation(conn: &mut AnyConnection, id: &str, by: &Actor) -> Result<()> {
    let now = now_millis();
    let result = sqlx::query(
        "UPDATE invitations SET used_at = $1, used_by = $2 \
         WHERE id = $3 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(by.to_string())
    .bind(id.to_owned())
    .execute(conn)
    .await?;
    if result.rows_affected() != 1 {
        return Err(StoreError::Gone("this invitation has already been used, was revoked or has expired".into()));
    }
    Ok(())
}

/// An API token (private; the token itself is shown once and not kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    /// Its id, for lists.
    pub id: String,
    /// Whose token.
    pub handle: Actor,
    /// Its name, for its owner.
    pub name: String,
    /// The actions it may take.
    pub scopes: Vec<Action>,
    /// When it was made (Unix milliseconds).
    pub created_at: i64,
    /// When it stops working.
    pub expires_at: i64,
    /// When it was revoked, if it was.
    pub revoked_at: Option<i64>,
    /// When it was last used.
    pub last_used_at: Option<i64>,
}

/// The prefix of every API token, so a leaked one is easy to recognize.
pub const TOKEN_PREFIX: &str = "concord_";

const TOKEN_COLUMNS: &str = "id, handle, name, scopes, created_at, expires_at, revoked_at, last_used_at";

fn api_token(row: &AnyRow) -> Result<ApiToken> {
    let scopes: String = row.try_get(3)?;
    Ok(ApiToken {
        id: row.try_get(0)?,
        handle: handle(row.try_get(1)?)?,
        name: row.try_get(2)?,
        scopes: scopes.split_whitespace().filter_map(Action::from_code).collect(),
        created_at: row.try_get(4)?,
        expires_at: row.try_get(5)?,
        revoked_at: row.try_get(6)?,
        last_used_at: row.try_get(7)?,
    })
}

pub(crate) async fn create_token(
    conn: &mut AnyConnection,
    handle: &Actor,
    name: &str,
    scopes: &[Action],
    expires_at: i64,
) -> Result<(String, ApiToken)> {
    let token = format!("{TOKEN_PREFIX}{}", random_secret()?);
    let api_token = ApiToken {
        id: random_id()?,
        handle: handle.clone(),
        name: name.to_owned(),
        scopes: scopes.to_vec(),
        created_at: now_millis(),
        expires_at,
        revoked_at: None,
        last_used_at: None,
    };
    let scopes: Vec<&str> = scopes.iter().map(|a| a.code()).collect();
    sqlx::query(
        "INSERT INTO api_tokens (id, handle, name, token_hash, scopes, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(api_token.id.clone())
    .bind(handle.to_string())
    .bind(name.to_owned())
    .bind(secret_hash(&token))
    .bind(scopes.join(" "))
    .bind(api_token.created_at)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok((token, api_token))
}

/// How fresh a token's "last used" time is kept.
const LAST_USED_PRECISION_MILLIS: i64 = 60_000;

/// The token with this SHA-256 of its secret, if it exists; expired and
/// revoked ones are returned too, for a precise refusal.
pub(crate) async fn token_by_hash(conn: &mut AnyConnection, token_hash: &[u8]) -> Result<Option<ApiToken>> {
    let sql = format!("SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(token_hash.to_vec()).fetch_optional(&mut *conn).await?;
    let Some(found) = row.as_ref().map(api_token).transpose()? else { return Ok(None) };
    // "Last used" is shown to the minute: a script calling many times a
    // minute writes it once, not on every request.
    let now = now_millis();
    if found.last_used_at.is_none_or(|at| now - at >= LAST_USED_PRECISION_MILLIS) {
        sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
            .bind(now)
            .bind(found.id.clone())
            .execute(conn)
            .await?;
    }
    Ok(Some(found))
}

pub(crate) async fn list_tokens(conn: &mut AnyConnection, handle: &Actor) -> Result<Vec<ApiToken>> {
    let sql = format!("SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE handle = $1 ORDER BY created_at DESC, id");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(handle.to_string()).fetch_all(conn).await?;
    rows.iter().map(api_token).collect()
}

pub(crate) async fn revoke_token(conn: &mut AnyConnection, id: &str, handle: &Actor) -> Result<bool> {
    let result =
        sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND handle = $3 AND revoked_at IS NULL")
            .bind(now_millis())
            .bind(id.to_owned())
            .bind(handle.to_string())
            .execute(conn)
            .await?;
    Ok(result.rows_affected() == 1)
}

/// Revokes every live API token of a person; how many were revoked.
pub(crate) async fn revoke_tokens(conn: &mut AnyConnection, handle: &Actor) -> Result<u64> {
    let result = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE handle = $2 AND revoked_at IS NULL")
        .bind(now_millis())
        .bind(handle.to_string())
        .execute(conn)
        .await?;
    Ok(result.rows_affected())
}

/// Who `handle` is in public, from the projections: their role and
/// affiliations. A handle with no affiliation is a participant.
pub(crate) async fn principal(conn: &mut AnyConnection, handle: &Actor) -> Result<Principal> {
    let row = sqlx::query(
        "SELECT p.affiliation, p.member, p.delegation_role, p.organization_id, o.applicant \
         FROM p_people p LEFT JOIN p_organizations o ON o.id = p.organization_id WHERE p.handle = $1",
    )
    .bind(handle.to_string())
    .fetch_optional(conn)
    .await?;
    let mut principal = Principal::participant(handle.clone());
    let Some(row) = row else { return Ok(principal) };
    let affiliation: String = row.try_get(0)?;
    principal.role = match (affiliation.as_str(), row.try_get::<Option<String>, _>(2)?.as_deref()) {
        ("secretariat", _) => Role::Secretariat,
        ("observer", _) => Role::Observer,
        ("organization", _) => Role::Stakeholder,
        ("delegation", Some("head")) => Role::HeadOfDelegation,
        ("delegation", Some("delegate")) => Role::Delegate,
        ("delegation", Some("alternate")) => Role::Alternate,
        (other, role) => {
            return Err(StoreError::Inconsistent(format!("{handle} has the unknown affiliation {other:?} {role:?}")));
        }
    };
    principal.member =
        row.try_get::<Option<String>, _>(1)?.map(|m| m.parse().map_err(StoreError::Inconsistent)).transpose()?;
    if let Some(id) = row.try_get::<Option<i64>, _>(3)? {
        let applicant: Option<String> = row.try_get(4)?;
        principal.organization = Some((to_u64(id)?, applicant.as_deref() == Some(handle.as_str())));
    }
    Ok(principal)
}

/// Whether anyone is in the secretariat.
pub(crate) async fn secretariat_exists(conn: &mut AnyConnection) -> Result<bool> {
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM p_people WHERE affiliation = 'secretariat'").fetch_one(conn).await?;
    Ok(count > 0)
}
