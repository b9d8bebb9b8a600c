//! `concord key generate`: a new Ed25519 signing key for a delegation's
//! votes. The private key stays in a file only its owner can read; the
//! verifier key (FILE.pub) is what the head registers with `concord
//! delegation key register`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::anyhow;

use super::{Failure, bad_input, failed};

/// The `key` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum KeyCommand {
    /// Generate a new Ed25519 key: FILE holds the private key (mode 0600),
    /// FILE.pub the verifier key; prints the verifier key. Never
    /// overwrites a file.
    Generate(GenerateArgs),
}

/// Options of `concord key generate`.
#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// Where to write the private key (the verifier key goes to FILE.pub).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// The key's name, written in both keys (e.g. the delegation).
    #[arg(long, default_value = "concord-vote")]
    pub name: String,
}

impl KeyCommand {
    /// Runs the subcommand.
    pub fn run(self) -> Result<(), Failure> {
        let KeyCommand::Generate(args) = self;
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|err| failed(anyhow!("cannot get random bytes: {err}")))?;
        let signer = ledger::Signer::new(&args.name, &seed)
            .map_err(|err| bad_input(anyhow!("--name {:?}: {err}", args.name)))?;
        let public = public_path(&args.out);
        for path in [&args.out, &public] {
            if path.exists() {
                return Err(bad_input(anyhow!("{} exists already; choose another --out", path.display())));
            }
        }
        write_new(&args.out, &signer.to_key_string(), true)?;
        let verifier = signer.verifier().to_string();
        write_new(&public, &verifier, false)?;
        println!("{verifier}");
        Ok(())
    }
}

/// FILE.pub for FILE.
pub(super) fn public_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".pub");
    PathBuf::from(name)
}

/// Writes `text` and a newline to a new file (never over one), readable
/// by its owner only when `private`.
fn write_new(path: &Path, text: &str, private: bool) -> Result<(), Failure> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(if private { 0o600 } else { 0o644 });
    }
    #[cfg(not(unix))]
    let _ = private;
    let mut file = options.open(path).map_err(|err| match err.kind() {
        std::io::ErrorKind::AlreadyExists => {
            bad_input(anyhow!("{} exists already; choose another --out", path.display()))
        }
        _ => bad_input(anyhow!("{}: cannot write: {err}", path.display())),
    })?;
    writeln!(file, "{text}").map_err(|err| failed(anyhow!("{}: cannot write: {err}", path.display())))
}

/// Reads a private key file written by `concord key generate`.
pub(super) fn read_signer(path: &Path) -> Result<ledger::Signer, Failure> {
    let text =
        std::fs::read_to_string(path).map_err(|err| bad_input(anyhow!("{}: cannot read: {err}", path.display())))?;
    ledger::Signer::parse(text.trim())
        .map_err(|err| bad_input(anyhow!("{}: not a private key of `concord key generate`: {err}", path.display())))
}

/// Reads a verifier key file (FILE.pub).
pub(super) fn read_verifier(path: &Path) -> Result<String, Failure> {
    let text =
        std::fs::read_to_string(path).map_err(|err| bad_input(anyhow!("{}: cannot read: {err}", path.display())))?;
    let key = text.trim();
    if ledger::Signer::parse(key).is_ok() {
        return Err(bad_input(anyhow!(
            "{} is a private key; pass the verifier key ({}) and keep this one private",
            path.display(),
            public_path(path).display()
        )));
    }
    domain::decision::parse_key(key).map_err(|err| bad_input(anyhow!("{}: {err}", path.display())))?;
    Ok(key.to_owned())
}
