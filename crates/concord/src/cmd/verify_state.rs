//! What `concord verify` remembers between runs: the last verified
//! checkpoint of each log, in a state directory, and the evidence of a
//! rewrite.
//!
//! ```text
//! <state>/logs/<id>/log                  the origin and key, for people
//! <state>/logs/<id>/checkpoint           the last verified signed note
//! <state>/logs/<id>/rewritten-<m>-<n>-<h>/stored.checkpoint   evidence:
//! <state>/logs/<id>/rewritten-<m>-<n>-<h>/served.checkpoint   both notes
//! ```
//!
//! `<id>` names the log by its origin and verifier key (a hash of both), so
//! a key change starts a new history rather than failing. Files are written
//! whole (a temporary file renamed into place), never half.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::anyhow;
use ledger::{Checkpoint, Verifier, leaf_hash};

use super::{Failure, bad_input, failed};

/// The default state directory: `$XDG_STATE_HOME/concord`, else
/// `~/.local/state/concord`.
pub fn default_dir() -> Result<PathBuf, Failure> {
    let non_empty = |name| std::env::var_os(name).filter(|value| !value.is_empty()).map(PathBuf::from);
    if let Some(state) = non_empty("XDG_STATE_HOME") {
        return Ok(state.join("concord"));
    }
    let home = non_empty("HOME")
        .ok_or_else(|| bad_input(anyhow!("neither XDG_STATE_HOME nor HOME is set: pass --state DIR")))?;
    Ok(home.join(".local/state/concord"))
}

/// The remembered state of one log (by origin and key).
#[derive(Debug)]
pub struct LogState {
    dir: PathBuf,
}

impl LogState {
    /// The state of the log with this origin and verifier key under the
    /// state directory `state`.
    pub fn new(state: &Path, origin: &str, key: &Verifier) -> LogState {
        let key = key.to_string();
        // A SHA-256 (RFC 6962's leaf hash) of the pair, as a file name.
        let id = leaf_hash(format!("{origin}\n{key}\n").as_bytes()).to_string();
        LogState { dir: state.join("logs").join(&id[..32]) }
    }

    /// The file holding the last verified checkpoint.
    pub fn checkpoint_file(&self) -> PathBuf {
        self.dir.join("checkpoint")
    }

    /// The last verified checkpoint and its signed note, if any; it must
    /// still open with the log key.
    pub fn load(&self, key: &Verifier) -> Result<Option<(Checkpoint, String)>, Failure> {
        let file = self.checkpoint_file();
        let note = match fs::read_to_string(&file) {
            Ok(note) => note,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(failed(anyhow!("cannot read {}: {err}", file.display()))),
        };
        let (checkpoint, _) = Checkpoint::open(note.as_bytes(), key).map_err(|err| {
            failed(anyhow!(
                "the stored checkpoint {} does not open with the log key ({err}); move it aside to start over",
                file.display()
            ))
        })?;
        Ok(Some((checkpoint, note)))
    }

    /// Remembers `note` as the last verified checkpoint.
    pub fn store(&self, origin: &str, key: &Verifier, note: &str) -> Result<(), Failure> {
        write_whole(&self.dir, "log", &format!("{origin}\n{key}\n"))?;
        write_whole(&self.dir, "checkpoint", note)
    }

    /// Writes the stored and the served signed notes as evidence of a
    /// rewrite, and returns the directory that holds them. Writing the
    /// same evidence again changes nothing.
    pub fn keep_evidence(&self, stored: (&Checkpoint, &str), served: (&Checkpoint, &str)) -> Result<PathBuf, Failure> {
        let hash = leaf_hash(served.1.as_bytes()).to_string();
        let name = format!("rewritten-{}-{}-{}", stored.0.size(), served.0.size(), &hash[..16]);
        let dir = self.dir.join(name);
        write_whole(&dir, "stored.checkpoint", stored.1)?;
        write_whole(&dir, "served.checkpoint", served.1)?;
        Ok(dir)
    }
}

/// Writes `dir/name` whole: a temporary file in `dir`, renamed over it.
fn write_whole(dir: &Path, name: &str, text: &str) -> Result<(), Failure> {
    let path = dir.join(name);
    let cannot = |err: std::io::Error| failed(anyhow!("cannot write {}: {err}", path.display()));
    fs::create_dir_all(dir).map_err(cannot)?;
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(cannot)?;
    file.write_all(text.as_bytes()).map_err(cannot)?;
    file.as_file().sync_all().map_err(cannot)?;
    file.persist(&path).map_err(|err| cannot(err.error))?;
    Ok(())
}
