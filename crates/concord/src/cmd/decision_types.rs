//! `concord decision-types publish DIR`: publish a new version of the set
//! of decision types (the secretariat): every `*.toml` file in DIR is a
//! type whose code is the file's stem. Each file is checked first, an
//! error naming its file, line and column, and nothing is sent then.

use std::path::PathBuf;

use anyhow::anyhow;
use serde_json::json;

use super::ballot::procedure_text;
use super::http::Remote;
use super::{Failure, bad_input, block_on, failed};

/// The `decision-types` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum DecisionTypesCommand {
    /// Publish every DIR/*.toml as a decision type (its code the file
    /// stem); prints the set's version.
    Publish(PublishArgs),
}

/// Options of `concord decision-types publish`.
#[derive(Debug, clap::Args)]
pub struct PublishArgs {
    /// The folder of procedure files.
    pub dir: PathBuf,
    #[command(flatten)]
    pub remote: Remote,
}

impl DecisionTypesCommand {
    /// Runs the subcommand.
    pub fn run(self) -> Result<(), Failure> {
        let DecisionTypesCommand::Publish(args) = self;
        let entries = std::fs::read_dir(&args.dir)
            .map_err(|err| bad_input(anyhow!("{}: cannot read the folder: {err}", args.dir.display())))?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(bad_input(anyhow!("{}: no *.toml procedure files", args.dir.display())));
        }
        let mut types = Vec::new();
        for path in &files {
            let code = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
            types.push(json!({"code": code, "procedure": procedure_text(path)?}));
        }
        block_on(async move {
            let (server, token) = args.remote.acting()?;
            let answer = server.send_json("api/v1/decision-types", &token, &json!({"types": types})).await?;
            let version =
                answer["version"].as_u64().ok_or_else(|| failed(anyhow!("the server answered no version")))?;
            args.remote.print(&answer, |_| {
                format!(
                    "decision types version {version} published ({})",
                    super::plural::count(files.len() as u64, "type", "types")
                )
            });
            Ok(())
        })?
    }
}
