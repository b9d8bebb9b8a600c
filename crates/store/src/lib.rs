//! Concord's store: the event log, its tiles and checkpoint, blobs and the
//! projections, on SQLite (default) or PostgreSQL, through sqlx.
//!
//! The one flow of the design brief lives here: [`Store::submit`] hands a
//! command to the node's writer, which decides it with the `domain` crate
//! and, in one database transaction, appends the resulting events to the log
//! (each one Merkle leaf, hashed with the `ledger` crate) and applies them to
//! the projections. Commands that arrive together are committed together.
//!
//! [`Store::open`] opens (or, on first start, creates) a data directory and
//! refuses one that is inconsistent: every stored entry is decoded and
//! re-hashed, the tree is checked against the stored head, the signed
//! checkpoint against the key and the tree, and the stored tile hashes of
//! the right edge against the tree. [`check`] checks everything, on demand.
//!
//! Architecture invariant: all SQL of Concord lives in this crate, written
//! once for both backends (`$1` placeholders, BIGINT/TEXT/BLOB columns).

pub mod access;
mod admin;
mod blobs;
mod browse;
pub mod consultation;
mod custody;
pub mod datadir;
mod db;
pub mod decision;
pub mod divide;
mod documents;
mod error;
pub mod federation;
mod identity;
mod integrity;
mod key;
pub mod limits;
mod log;
mod members;
mod people;
mod projection;
pub mod recovery;
pub mod scratch;
mod settings;
mod snapshot;
mod writer;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use access::{Account, ApiToken, Invitation, NewAccount, NewInvitation, Session, SessionLookup};
use domain::authz::{Action, Caller, Principal};
use domain::blob::{BlobRef, Sha256};
use domain::member::{Iso3, MemberState};
use domain::people::{Chamber, OrganizationStatus};
use domain::{Actor, Command};
use sqlx::AnyPool;
use tokio::sync::{Mutex, mpsc, oneshot};

pub use admin::{BackupReport, Progress, backup, rebuild, restore};
pub use blobs::StoredBlob;
pub use browse::LogEntry;
pub use datadir::DataDir;
pub use db::Backend;
pub use documents::{DocumentQuery, DocumentRecord};
pub use error::{Result, StoreError};
pub use identity::{TOKEN_IDENTITY_TTL, TokenIdentity};
pub use integrity::{CheckReport, LastCheck, check};
pub use members::{MemberOrder, MemberQuery, MemberRecord, MemberSort, Page};
pub use people::{DelegationRecord, OrganizationRecord};
pub use writer::{Effect, Receipt, Start};

use datadir::DataDirLock;
use key::LogKey;
use writer::{Job, Origin, Work, Writer};

/// Where and how to open a store.
#[derive(Debug, Clone)]
pub struct Config {
    /// The data directory (`./concord-data` by default).
    pub data_dir: PathBuf,
    /// A PostgreSQL URL; `None` keeps a SQLite database in the data
    /// directory.
    pub database_url: Option<String>,
    /// The log's signing key file; `None` means `log.key` in the data
    /// directory. Nodes sharing one database are given the same file.
    pub key_file: Option<PathBuf>,
    /// The custody key file, which seals the signing keys the server keeps
    /// for delegations (see `decision`); `None` means `custody.key` in the
    /// data directory, made on first start. Nodes sharing one database are
    /// given the same file.
    pub custody_key_file: Option<PathBuf>,
    /// The checkpoint origin of a new log (ignored once the log exists).
    pub origin: String,
    /// The organization's name, for a new log.
    pub organization_name: String,
    /// The member and observer states of a new log.
    pub founding_members: Vec<MemberState>,
    /// The writer snapshots its state each time the log has grown by this
    /// many entries (so a start replays at most this many).
    pub snapshot_every: u64,
    /// For a mirror ([`Store::open_mirror`]): the verifier key of the log
    /// it follows. A mirror has no signing key.
    pub mirror_of: Option<String>,
}

impl Config {
    /// The defaults for a data directory: SQLite, `log.key` beside it, the
    /// UN member list.
    pub fn new(data_dir: impl Into<PathBuf>) -> Config {
        Config {
            data_dir: data_dir.into(),
            database_url: None,
            key_file: None,
            custody_key_file: None,
            origin: "concord.localhost/log".into(),
            organization_name: "Concord".into(),
            founding_members: domain::member::un_members().expect("the shipped member list is valid"),
            snapshot_every: snapshot::EVERY,
            mirror_of: None,
        }
    }

    fn key_path(&self) -> PathBuf {
        self.key_file.clone().unwrap_or_else(|| DataDir::new(&self.data_dir).key_file())
    }

    fn custody_key_path(&self) -> PathBuf {
        self.custody_key_file.clone().unwrap_or_else(|| DataDir::new(&self.data_dir).custody_key_file())
    }
}

/// What `status` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The database backend.
    pub backend: Backend,
    /// The log's checkpoint origin.
    pub origin: String,
    /// The log's verifier key.
    pub verifier_key: String,
    /// Entries in the log.
    pub log_size: u64,
    /// The tree size of the latest signed checkpoint.
    pub checkpoint_size: u64,
    /// The state digest at `log_size` (hex SHA-256 of the public
    /// projections).
    pub state_digest: String,
    /// Member states (with a vote).
    pub members: u64,
    /// Observer states.
    pub observers: u64,
    /// The last full check (`concord check`), if the database was ever
    /// checked.
    pub last_check: Option<LastCheck>,
}

/// An open store with its writer. Cheap to clone; all clones share one
/// writer and one pool.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    pool: AnyPool,
    backend: Backend,
    key: LogKey,
    origin: String,
    /// Commands for the writer task, which owns the state and the tree;
    /// `None` when opened read-only.
    jobs: Option<mpsc::Sender<Work>>,
    /// The organization's key for pseudonyms of members of the public.
    pseudonym_key: [u8; 32],
    /// Whether the log is another node's, followed ([`Store::open_mirror`]).
    mirror: bool,
    /// Who presented API tokens lately ([`Store::token_identity`]).
    identities: Arc<identity::IdentityCache>,
    /// Seals the signing keys this server keeps: read (or made) from its
    /// file when first needed.
    custody: custody::Custody,
    /// Serializes checkpoint signing on this node (other nodes are kept out
    /// by the compare-and-swap).
    signing: Mutex<()>,
    /// How the writer's state was loaded at open.
    start: Start,
    /// Held while the store is open on a SQLite data directory.
    _lock: Option<DataDirLock>,
}

impl Store {
    /// Opens the store described by `config`, creating the data directory,
    /// the database, the log key and the founding entries on first start.
    /// Refuses, saying why, a data directory or database that exists but is
    /// inconsistent.
    pub async fn open(config: &Config) -> Result<Store> {
        let opened = admin::open_database(config, true).await?;
        if opened.mirror {
            return Err(StoreError::Setup(format!(
                "{} holds a mirror of another node's log; run `concord mirror` on it, not `concord serve`",
                config.data_dir.display()
            )));
        }
        let (store, founded) = Store::start_writer(opened, config).await?;
        if !founded {
            let command = Command::FoundOrganization {
                name: config.organization_name.clone(),
                log_origin: store.inner.origin.clone(),
                members: config.founding_members.clone(),
            };
            // Another node starting on the same fresh database may found
            // it first; the writer then catches up and refuses this one.
            match store.submit(Caller::system(), command).await {
                Ok(receipt) => {
                    tracing::info!(entries = receipt.indexes.end, "founded the organization")
                }
                Err(StoreError::Rejected(domain::Rejection::AlreadyFounded)) => {}
                Err(err) => return Err(err),
            }
        }
        store.sign_checkpoint().await?;
        Ok(store)
    }

    /// Opens (or, on first start, creates) a mirror of the log whose
    /// verifier key is `config.mirror_of`: the same checks as
    /// [`Store::open`], no signing key, no founding entries. Its writer
    /// appends only entries the follower has verified
    /// ([`Store::append_mirrored`]); [`Store::submit`] refuses every command.
    pub async fn open_mirror(config: &Config) -> Result<Store> {
        if config.mirror_of.is_none() {
            return Err(StoreError::Setup("a mirror needs the verifier key of the log it follows".into()));
        }
        let opened = admin::open_database(config, true).await?;
        Ok(Store::start_writer(opened, config).await?.0)
    }

    /// Checks the log of an opened database and starts its writer; also
    /// says whether the log has its founding entries.
    async fn start_writer(opened: admin::Opened, config: &Config) -> Result<(Store, bool)> {
        let loaded = admin::check_log(&opened, Origin::Snapshot).await?;
        let start = loaded.start.clone();
        let (sender, receiver) = mpsc::channel(4 * 2_000);
        let founded = loaded.state.organization().is_some();
        let pseudonym_key = consultation::pseudonym_key(&mut *opened.pool.acquire().await?).await?;
        let identities = Arc::new(identity::IdentityCache::default());
        let writer = Writer::new(opened.pool.clone(), opened.backend, loaded, config.snapshot_every.max(1));
        tokio::spawn(writer.forgetting(identities.clone()).run(receiver));
        let store = Store {
            inner: Arc::new(Inner {
                pool: opened.pool,
                backend: opened.backend,
                key: opened.key,
                origin: opened.origin,
                jobs: Some(sender),
                pseudonym_key,
                mirror: opened.mirror,
                identities,
                custody: custody::Custody::new(config.custody_key_path()),
                signing: Mutex::new(()),
                start,
                _lock: opened.lock,
            }),
        };
        Ok((store, founded))
    }

    /// How the writer's state was loaded when the store opened: the
    /// snapshot it started from and the entries replayed after it (all zero
    /// for a store opened without a writer).
    pub fn start(&self) -> &Start {
        &self.inner.start
    }

    /// Opens an existing store without a writer: for reads (status,
    /// queries, tiles) and private writes that record no event (invitations,
    /// tokens). No lock, no full check of the log, no checkpoint signing, so
    /// it is safe beside a running server. Submitting a command fails.
    pub async fn open_detached(config: &Config) -> Result<Store> {
        let opened = admin::open_database(config, false).await?;
        let pseudonym_key = consultation::pseudonym_key(&mut *opened.pool.acquire().await?).await?;
        Ok(Store {
            inner: Arc::new(Inner {
                pool: opened.pool,
                backend: opened.backend,
                key: opened.key,
                origin: opened.origin,
                jobs: None,
                pseudonym_key,
                mirror: opened.mirror,
                identities: Arc::default(),
                custody: custody::Custody::new(config.custody_key_path()),
                signing: Mutex::new(()),
                start: Start::default(),
                _lock: None,
            }),
        })
    }

    /// Submits a command and waits until its events are committed (or it is
    /// rejected). The receipt names the log indexes of its events. The
    /// caller's scope travels with the command: the writer decides it with
    /// the caller's principal at commit and that scope.
    pub async fn submit(&self, caller: Caller, command: Command) -> Result<Receipt> {
        self.submit_with(caller, command, Vec::new()).await
    }

    /// Submits a command with private writes that must be committed with
    /// its events or not at all (see [`Effect`]).
    ///
    /// A consultation command gets here what only the store knows: the
    /// caller's pseudonym in that consultation (used if the caller is a
    /// member of the public), and its texts stored as blobs with its events.
    pub async fn submit_with(&self, caller: Caller, mut command: Command, mut effects: Vec<Effect>) -> Result<Receipt> {
        if let Command::Consultation(consultation) = &mut command {
            if let Some(id) = consultation.consultation()
                && let Some(slot) = consultation.pseudonym_mut()
            {
                *slot = Some(self.pseudonym(id, &caller.actor));
            }
            effects.extend(consultation.texts().into_iter().map(|text| Effect::PutBlob {
                bytes: text.into_bytes(),
                media_type: domain::consultation::STATEMENT_MEDIA_TYPE.to_owned(),
            }));
        }
        if self.inner.mirror {
            return Err(StoreError::Mirror);
        }
        let (reply, answer) = oneshot::channel();
        let jobs = self.inner.jobs.as_ref().ok_or(StoreError::ReadOnly)?;
        jobs.send(Work::Command(Job { caller, command, effects, reply }))
            .await
            .map_err(|_| StoreError::WriterStopped)?;
        answer.await.map_err(|_| StoreError::WriterStopped)?
    }

    /// The custody key, for keys the server keeps.
    pub(crate) fn custody(&self) -> Result<&custody::CustodyKey> {
        self.inner.custody.get()
    }

    /// Passes on the result of a write to accounts or tokens, forgetting
    /// the identities remembered (`identity`) once it is done.
    fn forgetting_identities<T>(&self, written: Result<T>) -> Result<T> {
        self.inner.identities.forget_all();
        written
    }

    /// A connection from the pool, for the access methods below.
    pub(crate) async fn conn(&self) -> Result<sqlx::pool::PoolConnection<sqlx::Any>> {
        Ok(self.inner.pool.acquire().await?)
    }

    /// Creates an account that no event records (a participant's).
    pub async fn create_account(&self, account: &NewAccount) -> Result<()> {
        access::insert_account(&mut *self.conn().await?, account).await
    }

    /// The account with this sign-in name.
    pub async fn account_by_username(&self, username: &str) -> Result<Option<Account>> {
        access::account_by(&mut *self.conn().await?, access::AccountKey::Username(username)).await
    }

    /// The account with this public handle.
    pub async fn account(&self, handle: &Actor) -> Result<Option<Account>> {
        access::account_by(&mut *self.conn().await?, access::AccountKey::Handle(handle)).await
    }

    /// Replaces a password hash and ends the person's other sessions (all
    /// of them when `keep_session` is empty), and with `revoke_tokens` their
    /// API tokens too: all in one transaction.
    pub async fn set_password(
        &self,
        handle: &Actor,
        password_hash: &str,
        keep_session: &str,
        revoke_tokens: bool,
    ) -> Result<()> {
        let mut conn = self.conn().await?;
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        access::update_account(&mut tx, handle, access::AccountUpdate::PasswordHash(password_hash)).await?;
        access::delete_other_sessions(&mut tx, handle, keep_session).await?;
        if revoke_tokens {
            access::revoke_tokens(&mut tx, handle).await?;
        }
        tx.commit().await?;
        self.inner.identities.forget_all();
        Ok(())
    }

    /// Stores a TOTP secret being set up (or clears it).
    pub async fn set_pending_totp(&self, handle: &Actor, secret: Option<&str>) -> Result<()> {
        let update = access::AccountUpdate::PendingTotp(secret);
        self.forgetting_identities(access::update_account(&mut *self.conn().await?, handle, update).await)
    }

    /// Makes a TOTP secret the account's second factor; `step` is the time
    /// step of the code that confirmed it, which no sign-in may use again.
    pub async fn enable_totp(&self, handle: &Actor, secret: &str, step: u64) -> Result<()> {
        let update = access::AccountUpdate::EnableTotp(secret, step);
        self.forgetting_identities(access::update_account(&mut *self.conn().await?, handle, update).await)
    }

    /// Records a used TOTP time step; false if it was used already.
    pub async fn use_totp_step(&self, handle: &Actor, step: u64) -> Result<bool> {
        self.forgetting_identities(access::use_totp_step(&mut *self.conn().await?, handle, step).await)
    }

    /// Replaces the recovery codes of a person (only their hashes are
    /// kept).
    pub async fn replace_recovery_codes(&self, handle: &Actor, codes: &[String]) -> Result<()> {
        let mut conn = self.conn().await?;
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        recovery::replace_codes(&mut tx, handle, codes).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Uses up one of a person's recovery codes; false if it is not theirs
    /// or was used before.
    pub async fn use_recovery_code(&self, handle: &Actor, code: &str) -> Result<bool> {
        recovery::use_code(&mut *self.conn().await?, handle, code).await
    }

    /// How many unused recovery codes a person has.
    pub async fn recovery_codes_left(&self, handle: &Actor) -> Result<u64> {
        recovery::codes_left(&mut *self.conn().await?, handle).await
    }

    /// Stores a password reset link that no event records (one asked for by
    /// e-mail); issued resets go with their event as an [`Effect`].
    pub async fn create_reset(&self, reset: &recovery::NewReset) -> Result<()> {
        recovery::insert_reset(&mut *self.conn().await?, reset).await
    }

    /// The reset of a link's secret, used or not.
    pub async fn reset_by_token(&self, token: &str) -> Result<Option<recovery::Reset>> {
        recovery::reset_by_token(&mut *self.conn().await?, token).await
    }

    /// Uses a reset link (see `recovery::complete_reset`): the new password,
    /// every session ended, the second factor removed if the link says so;
    /// all in one transaction. [`StoreError::Gone`] for a link used or
    /// expired.
    pub async fn complete_reset(&self, token: &str, password_hash: &str) -> Result<recovery::Reset> {
        let mut conn = self.conn().await?;
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        let reset = recovery::complete_reset(&mut tx, token, password_hash).await?;
        tx.commit().await?;
        self.inner.identities.forget_all();
        Ok(reset)
    }

    /// Sets or removes a person's e-mail address.
    pub async fn set_email(&self, handle: &Actor, email: Option<&str>) -> Result<()> {
        self.forgetting_identities(recovery::set_email(&mut *self.conn().await?, handle, email).await)
    }

    /// The accounts with this e-mail address.
    pub async fn accounts_by_email(&self, email: &str) -> Result<Vec<Account>> {
        recovery::accounts_by_email(&mut *self.conn().await?, email).await
    }

    /// Deletes an account and all its private data, in one transaction;
    /// false if there was none. Its handle stays in the log.
    pub async fn delete_account(&self, handle: &Actor) -> Result<bool> {
        let mut conn = self.conn().await?;
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        let deleted = recovery::delete_account(&mut tx, handle).await?;
        tx.commit().await?;
        self.inner.identities.forget_all();
        Ok(deleted)
    }

    /// Records the nonce of a page form; false if that form was sent
    /// before. Nonces are kept `keep_millis`.
    pub async fn use_form_nonce(&self, nonce: &str, keep_millis: i64) -> Result<bool> {
        access::use_form_nonce(&mut *self.conn().await?, nonce, keep_millis).await
    }

    /// Records the address people use to reach the server (`serve` does,
    /// at each start), for the links the command line builds.
    pub async fn record_public_url(&self, url: &str) -> Result<()> {
        settings::write(&mut *self.conn().await?, settings::PUBLIC_URL, url).await
    }

    /// The address `serve` last recorded, if it ever ran on this store.
    pub async fn public_url(&self) -> Result<Option<String>> {
        settings::read(&mut *self.conn().await?, settings::PUBLIC_URL).await
    }

    /// Counts an attempt for `subject` (say an account and an address) in
    /// a window of `window_millis`, in every node's view at once.
    pub async fn count_attempt(&self, subject: &str, window_millis: i64, now: i64) -> Result<limits::Counted> {
        limits::count_attempt(&mut *self.conn().await?, subject, window_millis, now).await
    }

    /// Forgets the attempts counted for `subject`.
    pub async fn forget_attempts(&self, subject: &str) -> Result<()> {
        limits::forget_attempts(&mut *self.conn().await?, subject).await
    }

    /// Takes the next turn of a `subject` that backs off (one turn every
    /// `interval_millis`, at most `max_wait_millis` ahead); `None` when it
    /// does not back off.
    pub async fn take_turn(
        &self,
        subject: &str,
        interval_millis: i64,
        max_wait_millis: i64,
        now: i64,
    ) -> Result<Option<i64>> {
        limits::take_turn(&mut *self.conn().await?, subject, interval_millis, max_wait_millis, now).await
    }

    /// Makes `subject` back off: no turn before `now + interval_millis`.
    pub async fn back_off(&self, subject: &str, interval_millis: i64, now: i64) -> Result<()> {
        limits::back_off(&mut *self.conn().await?, subject, interval_millis, now).await
    }

    /// Ends the back-off of `subject`.
    pub async fn end_back_off(&self, subject: &str) -> Result<()> {
        limits::end_back_off(&mut *self.conn().await?, subject).await
    }

    /// Starts a session; returns the cookie value (shown once) and the
    /// session.
    pub async fn create_session(
        &self,
        handle: &Actor,
        second_factor: bool,
        ttl_millis: i64,
    ) -> Result<(String, Session)> {
        access::create_session(&mut *self.conn().await?, handle, second_factor, ttl_millis).await
    }

    /// The session of a cookie value.
    pub async fn session(&self, cookie: &str) -> Result<SessionLookup> {
        access::session(&mut *self.conn().await?, cookie).await
    }

    /// Marks a session's second factor done and gives it a new cookie value
    /// and CSRF token (returned); `None` if the session is gone.
    pub async fn complete_second_factor(&self, cookie: &str) -> Result<Option<(String, Session)>> {
        access::complete_second_factor(&mut *self.conn().await?, cookie).await
    }

    /// Ends every session of a person; how many ended.
    pub async fn delete_sessions(&self, handle: &Actor) -> Result<u64> {
        access::delete_sessions(&mut *self.conn().await?, handle).await
    }

    /// Ends a session.
    pub async fn delete_session(&self, cookie: &str) -> Result<()> {
        access::delete_session(&mut *self.conn().await?, cookie).await
    }

    /// Creates an invitation; returns the token for its link (shown once).
    pub async fn create_invitation(&self, invitation: &NewInvitation) -> Result<(String, Invitation)> {
        access::create_invitation(&mut *self.conn().await?, invitation).await
    }

    /// The invitation of a link's token.
    pub async fn invitation_by_token(&self, token: &str) -> Result<Option<Invitation>> {
        access::invitation_by_token(&mut *self.conn().await?, token).await
    }

    /// Invitations issued by `invited_by`, or all of them.
    pub async fn invitations(&self, invited_by: Option<&Actor>) -> Result<Vec<Invitation>> {
        access::list_invitations(&mut *self.conn().await?, invited_by).await
    }

    /// Revokes an unused invitation; false if there is no such.
    pub async fn revoke_invitation(&self, id: &str, invited_by: Option<&Actor>) -> Result<bool> {
        access::revoke_invitation(&mut *self.conn().await?, id, invited_by).await
    }

    /// Creates an API token; returns the token (shown once).
    pub async fn create_token(
        &self,
        handle: &Actor,
        name: &str,
        scopes: &[Action],
        expires_at: i64,
    ) -> Result<(String, ApiToken)> {
        access::create_token(&mut *self.conn().await?, handle, name, scopes, expires_at).await
    }

    /// Who presents this API token, if it exists (expired and revoked ones
    /// too, for a precise refusal): the token, their principal and account.
    /// Remembered for a moment: at most [`TOKEN_IDENTITY_TTL`], and
    /// forgotten at once when this node changes any of it.
    pub async fn token_identity(&self, token: &str) -> Result<Option<Arc<TokenIdentity>>> {
        let token_hash = access::secret_hash(token);
        let cache = &self.inner.identities;
        if let Some(identity) = cache.get(&token_hash) {
            return Ok(Some(identity));
        }
        let generation = cache.generation();
        let mut conn = self.conn().await?;
        let Some(token) = access::token_by_hash(&mut conn, &token_hash).await? else { return Ok(None) };
        let principal = access::principal(&mut conn, &token.handle).await?;
        let account = access::account_by(&mut conn, access::AccountKey::Handle(&token.handle)).await?;
        let identity = Arc::new(TokenIdentity { token, principal, account });
        cache.insert(token_hash, generation, identity.clone());
        Ok(Some(identity))
    }

    /// A person's API tokens.
    pub async fn tokens(&self, handle: &Actor) -> Result<Vec<ApiToken>> {
        access::list_tokens(&mut *self.conn().await?, handle).await
    }

    /// Revokes one of a person's tokens; false if there is no such.
    pub async fn revoke_token(&self, id: &str, handle: &Actor) -> Result<bool> {
        self.forgetting_identities(access::revoke_token(&mut *self.conn().await?, id, handle).await)
    }

    /// Who a handle is in public: their role and affiliations.
    pub async fn principal(&self, handle: &Actor) -> Result<Principal> {
        access::principal(&mut *self.conn().await?, handle).await
    }

    /// Whether the secretariat has anyone in it.
    pub async fn secretariat_exists(&self) -> Result<bool> {
        access::secretariat_exists(&mut *self.conn().await?).await
    }

    /// Delegations with anyone in them, or only `member`'s.
    pub async fn delegations(&self, member: Option<Iso3>) -> Result<Vec<DelegationRecord>> {
        people::delegations(&mut *self.conn().await?, member).await
    }

    /// Organizations by number, filtered.
    pub async fn organizations(
        &self,
        id: Option<u64>,
        chamber: Option<Chamber>,
        status: Option<OrganizationStatus>,
    ) -> Result<Vec<OrganizationRecord>> {
        people::organizations(&mut *self.conn().await?, id, chamber, status).await
    }

    /// Signs a new checkpoint if the log has grown past the stored one, and
    /// stores it by compare-and-swap. Returns the new checkpoint's size, or
    /// `None` if there was nothing to sign or another node signed first.
    pub async fn sign_checkpoint(&self) -> Result<Option<u64>> {
        if self.inner.jobs.is_none() {
            return Err(StoreError::ReadOnly);
        }
        if self.inner.mirror {
            return Ok(None);
        }
        let _guard = self.inner.signing.lock().await;
        let mut conn = self.inner.pool.acquire().await?;
        let current = log::read_checkpoint(&mut conn).await?;
        let head = log::read_head(&mut conn).await?;
        if let Some((size, _)) = &current
            && *size >= head.size
        {
            return Ok(None);
        }
        let tree = ledger::CompactTree::from_edge(head.size, &head.edge)
            .map_err(|err| StoreError::Inconsistent(err.to_string()))?;
        let note = self.inner.key.sign_checkpoint(&self.inner.origin, head.size, &tree.root())?;
        let old = current.as_ref().map(|(_, note)| note.as_str());
        let swapped = log::swap_checkpoint(&mut conn, old, head.size, &note).await?;
        Ok(swapped.then_some(head.size))
    }

    /// Re-signs the checkpoint every `period` while the log grows, until the
    /// store is dropped. Errors are logged and retried.
    pub fn spawn_checkpointer(&self, period: Duration) -> tokio::task::JoinHandle<()> {
        let weak = Arc::downgrade(&self.inner);
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(period);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                let Some(inner) = weak.upgrade() else { break };
                if let Err(err) = (Store { inner }).sign_checkpoint().await {
                    tracing::warn!(error = %err, "could not sign a checkpoint; will retry");
                }
            }
        })
    }

    /// The latest signed checkpoint (a C2SP signed note).
    pub async fn checkpoint(&self) -> Result<String> {
        let mut conn = self.inner.pool.acquire().await?;
        let (_, note) = log::read_checkpoint(&mut conn)
            .await?
            .ok_or_else(|| StoreError::Inconsistent("no checkpoint has been signed".into()))?;
        Ok(note)
    }

    /// The log's verifier key, `name+hex(id)+base64(0x01||pubkey)`.
    pub fn verifier_key(&self) -> &str {
        self.inner.key.verifier_key()
    }

    /// The log's checkpoint origin.
    pub fn origin(&self) -> &str {
        &self.inner.origin
    }

    /// The database backend.
    pub fn backend(&self) -> Backend {
        self.inner.backend
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<()> {
        let mut conn = self.inner.pool.acquire().await?;
        log::read_head(&mut conn).await.map(|_| ())
    }

    /// The number of entries in the log and the tree size of the latest
    /// signed checkpoint.
    pub async fn log_sizes(&self) -> Result<(u64, u64)> {
        let mut conn = self.inner.pool.acquire().await?;
        let head = log::read_head(&mut conn).await?;
        let checkpoint = log::read_checkpoint(&mut conn).await?.map_or(0, |(size, _)| size);
        Ok((head.size, checkpoint))
    }

    /// The bytes of hash tile `level`/`index` of `width` hashes (C2SP
    /// tlog-tiles), or `None` if the log does not have them yet.
    pub async fn hash_tile(&self, level: u8, index: u64, width: u16) -> Result<Option<Vec<u8>>> {
        let mut conn = self.inner.pool.acquire().await?;
        admin::hash_tile(&mut conn, level, index, width).await
    }

    /// The entry bundle `index` of `width` entries (C2SP tlog-tiles), or
    /// `None` if the log does not have them yet.
    pub async fn entry_bundle(&self, index: u64, width: u16) -> Result<Option<Vec<u8>>> {
        let mut conn = self.inner.pool.acquire().await?;
        admin::entry_bundle(&mut conn, index, width).await
    }

    /// The number of member states (with a vote) and of observer states.
    pub async fn member_counts(&self) -> Result<(u64, u64)> {
        admin::member_counts(&mut *self.conn().await?).await
    }

    /// The store's status, with the state digest (which reads every public
    /// row: for `concord status` and the status API, not for pages).
    pub async fn status(&self) -> Result<Status> {
        admin::status(&self.inner.pool, self.inner.backend, &self.inner.origin, self.verifier_key()).await
    }

    /// A page of the member directory, by ISO code.
    pub async fn members(&self, query: &MemberQuery) -> Result<Page<MemberRecord>> {
        self.members_ordered(query, MemberOrder::default()).await
    }

    /// One member or observer state.
    pub async fn member(&self, iso3: Iso3) -> Result<Option<MemberRecord>> {
        let mut conn = self.inner.pool.acquire().await?;
        members::get(&mut conn, iso3).await
    }

    /// Every published document, by number.
    pub async fn documents(&self) -> Result<Vec<DocumentRecord>> {
        documents::list(&mut *self.conn().await?).await
    }

    /// The document numbered `number`.
    pub async fn document(&self, number: u64) -> Result<Option<DocumentRecord>> {
        documents::get(&mut *self.conn().await?, number).await
    }

    /// One page of the documents `query` asks for, newest first.
    pub async fn documents_page(&self, query: &DocumentQuery) -> Result<Page<DocumentRecord>> {
        documents::page(&mut *self.conn().await?, query).await
    }

    /// Stores bytes as a blob (before the command that references them).
    pub async fn put_blob(&self, bytes: &[u8], media_type: &str) -> Result<BlobRef> {
        let mut conn = self.inner.pool.acquire().await?;
        blobs::put(&mut conn, bytes, media_type).await
    }

    /// A stored blob, with its bytes unless redacted.
    pub async fn blob(&self, sha256: &Sha256) -> Result<Option<StoredBlob>> {
        let mut conn = self.inner.pool.acquire().await?;
        blobs::get(&mut conn, sha256).await
    }
}
