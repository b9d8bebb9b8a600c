//! Opening and checking a data directory or database, and the operations
//! of the command line that work on one directly: status, rebuild, backup,
//! restore. Also the tile reads, which are plain queries.

use std::fs;
use std::path::Path;

use domain::State;
use ledger::CompactTree;
use sqlx::{AnyConnection, AnyPool, Connection};

use crate::datadir::{self, CUSTODY_KEY_FILE, DATABASE_FILE, DataDir, DataDirLock, KEY_FILE, LOCK_FILE};
use crate::db::{self, Backend};
use crate::error::{Result, StoreError};
use crate::integrity::{self, TileCheck};
use crate::key::LogKey;
use crate::log::{self, to_u64};
use crate::writer::{self, Loaded, Origin, REPLAY_CHUNK};
use crate::{Config, Status, projection, snapshot};

/// A database opened and matched with its key, not yet checked entry by
/// entry.
pub(crate) struct Opened {
    pub pool: AnyPool,
    pub backend: Backend,
    pub key: LogKey,
    pub origin: String,
    /// Whether the log is another node's, followed (a mirror).
    pub mirror: bool,
    pub lock: Option<DataDirLock>,
}

/// Opens the database of `config` and its key. With `create`, a missing
/// data directory, database and key are created (first start) and a SQLite
/// data directory is locked; without, they must exist.
pub(crate) async fn open_database(config: &Config, create: bool) -> Result<Opened> {
    let dir = DataDir::new(&config.data_dir);
    let key_path = config.key_path();
    let sqlite = config.database_url.is_none();
    if sqlite {
        check_sqlite_dir(&dir, &key_path, config.key_file.is_some(), create)?;
    }
    if create {
        dir.create()?;
    }
    let lock = if sqlite && create { Some(dir.lock()?) } else { None };
    let url = config.database_url.clone().unwrap_or_else(|| dir.sqlite_url());
    let (pool, backend) = db::connect(&url).await?;
    let mut conn = pool.acquire().await?;

    let stored_key = log::read_meta(&mut conn, "verifier_key").await?;
    let stored_mirror = log::read_meta(&mut conn, MIRROR_META).await?.is_some();
    let key = match &config.mirror_of {
        Some(_) if stored_key.is_some() && !stored_mirror => {
            return Err(StoreError::Setup(format!(
                "{} holds a log this node signs, not a mirror; give the mirror a data directory of its own",
                dir.path().display()
            )));
        }
        Some(hub_key) => LogKey::verifying(hub_key)?,
        None if stored_mirror => LogKey::verifying(stored_key.as_deref().unwrap_or_default())?,
        None => signing_key(config, &key_path, stored_key.is_some(), create)?,
    };
    if stored_key.is_none() {
        // First start, or a first start that stopped before its founding
        // entries were committed: record the key and origin. Two nodes
        // starting together on one fresh database race here; the loser sees
        // the winner's key below.
        let mut tx = conn.begin().await?;
        if log::read_meta(&mut tx, "verifier_key").await?.is_none() {
            log::insert_meta(&mut tx, "verifier_key", key.verifier_key()).await?;
            log::insert_meta(&mut tx, "origin", key.name()).await?;
            if config.mirror_of.is_some() {
                log::insert_meta(&mut tx, MIRROR_META, "1").await?;
            }
        }
        tx.commit().await?;
    }
    let stored_key = log::read_meta(&mut conn, "verifier_key").await?.unwrap_or_default();
    if stored_key != key.verifier_key() {
        let holder = match config.mirror_of {
            Some(_) => "--key".to_owned(),
            None => format!("the key file {}", key_path.display()),
        };
        return Err(StoreError::Setup(format!(
            "{holder} does not belong to the log in this database: the log was signed by {stored_key}, {holder} holds {}",
            key.verifier_key()
        )));
    }
    let origin = log::read_meta(&mut conn, "origin")
        .await?
        .ok_or_else(|| StoreError::Inconsistent("the log's origin is not recorded".into()))?;
    let mirror = log::read_meta(&mut conn, MIRROR_META).await?.is_some();
    drop(conn);
    Ok(Opened { pool, backend, key, origin, mirror, lock })
}

/// The `log_meta` fact that marks a mirror's database: its log is another
/// node's, followed, never signed here.
pub(crate) const MIRROR_META: &str = "mirror";

/// The signing key of a log this node signs: read from its file, or made
/// on first start.
fn signing_key(config: &Config, key_path: &Path, logged: bool, create: bool) -> Result<LogKey> {
    match (logged, key_path.exists()) {
        (false, false) if create => {
            let (key, text) = LogKey::generate(&config.origin)?;
            datadir::write_secret_file(key_path, &text)?;
            Ok(key)
        }
        (false, false) => Err(StoreError::Setup(format!(
            "the database holds no log yet; start `concord serve` once to create it ({})",
            key_path.display()
        ))),
        (true, false) => Err(StoreError::Setup(format!(
            "the database holds a log but its signing key {} is missing; restore the key from a backup or set CONCORD_LOG_KEY_FILE",
            key_path.display()
        ))),
        (_, true) => LogKey::parse(&datadir::read_secret_file(key_path)?),
    }
}

/// Refuses SQLite data directories that are not Concord's or are missing a
/// half: a database without its key, or a key without its database (a new
/// log under an old key would fork it).
fn check_sqlite_dir(dir: &DataDir, key_path: &Path, key_given: bool, create: bool) -> Result<()> {
    let has_database = dir.database_file().exists();
    let has_key = key_path.exists();
    let shown = dir.path().display();
    if !dir.exists() {
        return if create {
            Ok(())
        } else {
            Err(StoreError::Setup(format!(
                "there is no Concord data directory at {shown}; `concord serve` creates one"
            )))
        };
    }
    if !has_database && has_key && !key_given {
        return Err(StoreError::Setup(format!(
            "the data directory {shown} has a log key ({KEY_FILE}) but no database ({DATABASE_FILE}); \
             restore the database with `concord restore`, or move the key away to start a new log"
        )));
    }
    if !has_database && !create {
        return Err(StoreError::Setup(format!("the data directory {shown} has no database ({DATABASE_FILE})")));
    }
    if !has_database && !has_key {
        let foreign = fs::read_dir(dir.path())
            .map_err(StoreError::io(format!("cannot read {shown}")))?
            .filter_map(|entry| entry.ok())
            .any(|entry| {
                ![LOCK_FILE, crate::federation::WITNESS_KEY_FILE]
                    .contains(&entry.file_name().to_string_lossy().as_ref())
            });
        if foreign {
            return Err(StoreError::Setup(format!(
                "{shown} is not a Concord data directory (it holds other files); choose an empty or new directory"
            )));
        }
    }
    Ok(())
}

/// Checks the log of an opened database: every entry read decodes
/// canonically and matches its leaf hash, the state follows, the tree
/// matches the stored head, and the signed checkpoint verifies and matches
/// the tree at its size. From [`Origin::Genesis`] that is every entry; from
/// [`Origin::Snapshot`] (a node's start) the entries after the latest
/// snapshot at or below the checkpoint ([`crate::snapshot`]).
/// Then the stored tile hashes under the right edge are checked against
/// the tree the entries make ([`integrity::check_edge_tiles`]).
pub(crate) async fn check_log(opened: &Opened, origin: Origin) -> Result<Loaded> {
    let mut conn = opened.pool.acquire().await?;
    check_log_on(&mut conn, opened, origin, &[]).await
}

/// [`check_log`] on a given connection (or transaction). The loaded
/// `stops` are the states and trees at the sizes `also_at`.
pub(crate) async fn check_log_on(
    conn: &mut AnyConnection,
    opened: &Opened,
    origin: Origin,
    also_at: &[u64],
) -> Result<Loaded> {
    let checkpoint = log::read_checkpoint(conn).await?;
    let checkpoint_size = checkpoint.as_ref().map_or(0, |(size, _)| *size);
    let stops: Vec<u64> = [checkpoint_size].into_iter().chain(also_at.iter().copied()).collect();
    let mut loaded = writer::load(conn, origin, &stops).await?;
    let at_checkpoint = loaded.stops.remove(0);
    integrity::check_edge_tiles(conn, &loaded.tree).await?;
    if let Some((size, note)) = checkpoint {
        let signed = opened.key.open_checkpoint(&note)?;
        if signed.size() != size || signed.origin() != opened.origin {
            return Err(StoreError::Inconsistent(format!(
                "the stored checkpoint is for {} entries of {:?}, but is filed as {size} entries of {:?}",
                signed.size(),
                signed.origin(),
                opened.origin
            )));
        }
        match at_checkpoint {
            None if size > loaded.tree.size() => {
                return Err(StoreError::Inconsistent(format!(
                    "the signed checkpoint covers {size} entries but only {} are stored (the log was truncated)",
                    loaded.tree.size()
                )));
            }
            None => {
                return Err(StoreError::Inconsistent(format!(
                    "the tree at the signed checkpoint's {size} entries was not computed (no snapshot at or below it)"
                )));
            }
            Some((_, tree)) if tree.root() != signed.root() => {
                return Err(StoreError::Inconsistent(format!(
                    "the stored entries do not hash to the root of the signed checkpoint at {size} entries"
                )));
            }
            Some(_) => {}
        }
    }
    Ok(loaded)
}

/// The status of an open database, read in one snapshot.
pub(crate) async fn status(pool: &AnyPool, backend: Backend, origin: &str, verifier_key: &str) -> Result<Status> {
    let mut conn = pool.acquire().await?;
    let mut tx = conn.begin().await?;
    if backend == Backend::Postgres {
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").execute(&mut *tx).await?;
    }
    let head = log::read_head(&mut tx).await?;
    let checkpoint_size = log::read_checkpoint(&mut tx).await?.map_or(0, |(size, _)| size);
    let digest = projection::digest(&mut tx).await?;
    let (members, observers) = member_counts(&mut tx).await?;
    let last_check = integrity::last_check(&mut tx).await?;
    tx.commit().await?;
    Ok(Status {
        backend,
        origin: origin.to_owned(),
        verifier_key: verifier_key.to_owned(),
        log_size: head.size,
        checkpoint_size,
        state_digest: hex::encode(digest),
        members,
        observers,
        last_check,
    })
}

/// The number of member and of observer states.
pub(crate) async fn member_counts(conn: &mut AnyConnection) -> Result<(u64, u64)> {
    let mut counts = [0; 2];
    for (count, status) in counts.iter_mut().zip(["member", "observer"]) {
        let found: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM p_members WHERE status = $1")
            .bind(status)
            .fetch_one(&mut *conn)
            .await?;
        *count = to_u64(found)?;
    }
    Ok((counts[0], counts[1]))
}

/// Reports progress of long work: `(done, total)`.
pub type Progress<'a> = &'a (dyn Fn(u64, u64) + Send + Sync);

/// Replays the log into empty projections, in one transaction that holds
/// the log head (so no append interleaves), checking every entry and every
/// stored tile hash as it goes; on a mismatch nothing is written. Returns
/// the state digests before and after, hex.
pub async fn rebuild(config: &Config, progress: Progress<'_>) -> Result<(String, String)> {
    let opened = open_database(config, false).await?;
    let mut conn = opened.pool.acquire().await?;
    let mut tx = conn.begin().await?;
    let head = log::lock_head(&mut tx).await?;
    let before = projection::digest(&mut tx).await?;
    projection::clear(&mut tx).await?;
    let mut state = State::default();
    let mut tree = CompactTree::new();
    let mut tiles = TileCheck::default();
    let mut start = 0;
    progress(0, head.size);
    while start < head.size {
        let end = (start + REPLAY_CHUNK).min(head.size);
        let entries = log::read_entries(&mut tx, start, end).await?;
        let envelopes = writer::fold_entries(&mut state, &mut tree, &entries)?;
        let leaves: Vec<_> = entries.iter().map(|entry| entry.leaf_hash).collect();
        tiles.push(&mut tx, &leaves).await?;
        projection::apply_all(&mut tx, opened.backend, &envelopes).await?;
        start = end;
        progress(start, head.size);
    }
    if tree.size() != head.size || tree.edge() != head.edge.as_slice() {
        return Err(StoreError::Inconsistent("the stored entries do not hash to the stored log head".into()));
    }
    tiles.finish(&mut tx).await?;
    snapshot::clear(&mut tx).await?;
    snapshot::write(&mut tx, &state, &tree).await?;
    let after = projection::digest(&mut tx).await?;
    tx.commit().await?;
    Ok((hex::encode(before), hex::encode(after)))
}

/// What a backup or restore produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    /// Entries in the copied log.
    pub log_size: u64,
    /// The state digest of the copy, hex.
    pub state_digest: String,
}

/// Copies a SQLite data directory (a consistent snapshot of the database,
/// and the log key) into `target`, which must not exist or be empty. Safe
/// while a server runs.
pub async fn backup(config: &Config, target: &Path) -> Result<BackupReport> {
    if config.database_url.is_some() {
        return Err(StoreError::Setup(
            "backup copies a SQLite data directory; back up PostgreSQL with pg_dump (see the README)".into(),
        ));
    }
    let opened = open_database(config, false).await?;
    let target_dir = DataDir::new(target);
    if target.exists()
        && fs::read_dir(target).map_err(StoreError::io(format!("cannot read {}", target.display())))?.next().is_some()
    {
        return Err(StoreError::Setup(format!("the backup directory {} is not empty", target.display())));
    }
    target_dir.create()?;
    let copy = target_dir.database_file();
    let path = copy.to_str().ok_or_else(|| StoreError::Setup("the backup path is not valid UTF-8".into()))?;
    // VACUUM INTO writes a consistent snapshot as of one read transaction.
    let mut conn = opened.pool.acquire().await?;
    sqlx::query("VACUUM INTO $1").bind(path.to_owned()).execute(&mut *conn).await?;
    drop(conn);
    opened.pool.close().await;
    let key = datadir::read_secret_file(&config.key_path())?;
    datadir::write_secret_file(&target_dir.key_file(), &key)?;
    // The custody key goes with the log key: without it the keys the
    // server keeps for delegations cannot be opened.
    if config.custody_key_path().exists() {
        let custody = datadir::read_secret_file(&config.custody_key_path())?;
        datadir::write_secret_file(&target_dir.custody_key_file(), &custody)?;
    }
    report(target).await
}

/// Puts a backup made by [`backup`] back as the data directory of `config`.
/// Refuses while a server holds the directory. Files it replaces are moved
/// into a `replaced-<time>` folder inside the data directory, not deleted.
pub async fn restore(config: &Config, source: &Path) -> Result<BackupReport> {
    if config.database_url.is_some() {
        return Err(StoreError::Setup(
            "restore puts back a SQLite data directory; restore PostgreSQL with pg_restore (see the README)".into(),
        ));
    }
    let source_dir = DataDir::new(source);
    for file in [source_dir.database_file(), source_dir.key_file()] {
        if !file.is_file() {
            return Err(StoreError::Setup(format!(
                "{} is not a backup: {} is missing",
                source.display(),
                file.display()
            )));
        }
    }
    let checked = report(source).await?;
    let dir = DataDir::new(&config.data_dir);
    dir.create()?;
    let _lock = dir.lock()?;
    let replaced = dir.path().join(format!("replaced-{}", domain::Timestamp::now().unix_millis()));
    let custody_in_backup = source_dir.custody_key_file().is_file();
    let mut names = vec![
        DATABASE_FILE.to_owned(),
        format!("{DATABASE_FILE}-wal"),
        format!("{DATABASE_FILE}-shm"),
        KEY_FILE.to_owned(),
    ];
    if custody_in_backup {
        names.push(CUSTODY_KEY_FILE.to_owned());
    }
    for name in names {
        let path = dir.path().join(&name);
        if path.exists() {
            fs::create_dir_all(&replaced).map_err(StoreError::io(format!("cannot create {}", replaced.display())))?;
            fs::rename(&path, replaced.join(&name))
                .map_err(StoreError::io(format!("cannot move {} aside", path.display())))?;
        }
    }
    let context = |what: &str| format!("cannot copy the backup's {what} into {}", dir.path().display());
    fs::copy(source_dir.database_file(), dir.database_file()).map_err(StoreError::io(context("database")))?;
    let key = datadir::read_secret_file(&source_dir.key_file())?;
    datadir::write_secret_file(&dir.key_file(), &key)?;
    if custody_in_backup {
        let custody = datadir::read_secret_file(&source_dir.custody_key_file())?;
        datadir::write_secret_file(&dir.custody_key_file(), &custody)?;
    }
    let restored = report(dir.path()).await?;
    if restored != checked {
        return Err(StoreError::Inconsistent("the restored copy differs from the backup".into()));
    }
    Ok(restored)
}

/// Opens a SQLite data directory, checks its whole log and reports it.
async fn report(path: &Path) -> Result<BackupReport> {
    let config = Config { data_dir: path.to_owned(), ..Config::new(path) };
    let opened = open_database(&config, false).await?;
    let state = check_log(&opened, Origin::Genesis).await?.state;
    let status = status(&opened.pool, opened.backend, &opened.origin, opened.key.verifier_key()).await?;
    opened.pool.close().await;
    debug_assert_eq!(state.size(), status.log_size);
    Ok(BackupReport { log_size: status.log_size, state_digest: status.state_digest })
}

/// Entries per tile (C2SP tlog-tiles: tiles are 256 wide, height 8).
const TILE_WIDTH: u64 = 256;

pub(crate) async fn hash_tile(conn: &mut AnyConnection, level: u8, index: u64, width: u16) -> Result<Option<Vec<u8>>> {
    let Some(start) = index.checked_mul(TILE_WIDTH) else {
        return Ok(None);
    };
    if level == 0
        && u64::from(width) == TILE_WIDTH
        && let Some(tile) = log::full_tile(conn, 0, index).await?
    {
        return Ok(Some(tile));
    }
    let hashes = log::tile_level_hashes(conn, level, start, start.saturating_add(u64::from(width))).await?;
    if hashes.len() != usize::from(width) {
        return Ok(None);
    }
    Ok(Some(hashes.into_iter().flat_map(|(_, hash)| hash.0).collect()))
}

pub(crate) async fn entry_bundle(conn: &mut AnyConnection, index: u64, width: u16) -> Result<Option<Vec<u8>>> {
    let Some(start) = index.checked_mul(TILE_WIDTH) else {
        return Ok(None);
    };
    if u64::from(width) == TILE_WIDTH
        && let Some(bundle) = log::full_tile(conn, log::ENTRIES_LEVEL, index).await?
    {
        return Ok(Some(bundle));
    }
    let entries = log::read_entry_bytes(conn, start, start.saturating_add(u64::from(width))).await?;
    if entries.len() != usize::from(width) {
        return Ok(None);
    }
    let bundle = ledger::encode_bundle(&entries).map_err(|err| StoreError::Inconsistent(err.to_string()))?;
    Ok(Some(bundle))
}
