//! The data directory: where a node keeps its SQLite database and the log's
//! signing key, and the lock that keeps two servers off one directory.
//!
//! ```text
//! concord-data/
//!   concord.db      the SQLite database (with -wal and -shm beside it)
//!   log.key         the log's Ed25519 signing key (mode 0600)
//!   custody.key     seals the signing keys the server keeps for
//!                   delegations that registered none (mode 0600)
//!   concord.lock    held by a running server
//! ```

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Result, StoreError};

/// The database file name inside a data directory.
pub const DATABASE_FILE: &str = "concord.db";
/// The signing key file name inside a data directory.
pub const KEY_FILE: &str = "log.key";
/// The custody key file name inside a data directory.
pub const CUSTODY_KEY_FILE: &str = "custody.key";
/// The lock file name inside a data directory.
pub const LOCK_FILE: &str = "concord.lock";

/// A data directory, by path.
#[derive(Debug, Clone)]
pub struct DataDir {
    path: PathBuf,
}

impl DataDir {
    /// The data directory at `path` (nothing is read or created yet).
    pub fn new(path: impl Into<PathBuf>) -> DataDir {
        DataDir { path: path.into() }
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The SQLite database file.
    pub fn database_file(&self) -> PathBuf {
        self.path.join(DATABASE_FILE)
    }

    /// The default custody key file.
    pub fn custody_key_file(&self) -> PathBuf {
        self.path.join(CUSTODY_KEY_FILE)
    }

    /// The log key file inside the directory.
    pub fn key_file(&self) -> PathBuf {
        self.path.join(KEY_FILE)
    }

    /// The sqlx URL of the SQLite database, creating the file if missing.
    pub fn sqlite_url(&self) -> String {
        format!("sqlite://{}?mode=rwc", self.database_file().display())
    }

    /// Whether the directory exists.
    pub fn exists(&self) -> bool {
        self.path.is_dir()
    }

    /// Creates the directory (and parents) if missing, readable only by the
    /// owner.
    pub fn create(&self) -> Result<()> {
        fs::create_dir_all(&self.path)
            .map_err(StoreError::io(format!("cannot create the data directory {}", self.path.display())))?;
        set_mode(&self.path, 0o700)
    }

    /// Takes the directory's lock, held until the returned guard drops.
    /// Fails at once, saying so, if another process holds it.
    pub fn lock(&self) -> Result<DataDirLock> {
        let path = self.path.join(LOCK_FILE);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(StoreError::io(format!("cannot open {}", path.display())))?;
        match file.try_lock() {
            Ok(()) => Ok(DataDirLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Setup(format!(
                "another Concord process is using the data directory {}; stop it first",
                self.path.display()
            ))),
            Err(std::fs::TryLockError::Error(err)) => {
                Err(StoreError::io(format!("cannot lock {}", path.display()))(err))
            }
        }
    }
}

/// Proof that this process holds a data directory's lock.
#[derive(Debug)]
pub struct DataDirLock {
    _file: File,
}

/// Writes a new secret file readable only by its owner; fails if it exists.
pub(crate) fn write_secret_file(path: &Path, contents: &str) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let context = format!("cannot write the key file {}", path.display());
    let mut file = options.open(path).map_err(StoreError::io(context.clone()))?;
    file.write_all(contents.as_bytes()).map_err(StoreError::io(context.clone()))?;
    file.sync_all().map_err(StoreError::io(context))
}

/// Reads a secret file, refusing one that others may read.
pub(crate) fn read_secret_file(path: &Path) -> Result<String> {
    let context = format!("cannot read the key file {}", path.display());
    let metadata = fs::metadata(path).map_err(StoreError::io(context.clone()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = metadata.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(StoreError::Setup(format!(
                "the key file {} can be read by other users (mode {mode:o}); run `chmod 600 {}`",
                path.display(),
                path.display()
            )));
        }
    }
    let _ = metadata;
    fs::read_to_string(path).map_err(StoreError::io(context))
}

fn set_mode(path: &Path, mode: u32) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode))
            .map_err(StoreError::io(format!("cannot set permissions on {}", path.display())))?;
    }
    let _ = (path, mode);
    Ok(())
}
