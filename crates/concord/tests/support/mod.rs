//! Running the `concord` binary in tests: one-off commands and a server on
//! a free port.

#![allow(dead_code)]

pub mod tlog;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};

use store::scratch::Setup;

pub fn concord(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(args)
        .env_remove("CONCORD_DATABASE_URL")
        // `verify` remembers checkpoints: never in the home directory.
        .env("XDG_STATE_HOME", std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("state"))
        .output()
        .expect("run concord")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The store options of a test's store, as command-line arguments.
pub fn store_args(setup: &Setup) -> Vec<String> {
    let mut args = vec!["--data".to_owned(), setup.data_dir().display().to_string()];
    if let Some(schema) = &setup.schema {
        args.extend(["--database-url".to_owned(), schema.url.clone()]);
    }
    args
}

/// `concord serve` on a free port, stopped when dropped.
pub struct Served {
    child: Child,
    pub url: String,
}

impl Served {
    pub fn start(setup: &Setup) -> Served {
        Served::start_logging(setup, Stdio::null())
    }

    /// Starts the server with its log (standard error) going to `log`.
    pub fn start_logging(setup: &Setup, log: impl Into<Stdio>) -> Served {
        Served::start_with(setup, &[], log)
    }

    /// Starts the server with the options `extra` besides the store's.
    pub fn start_with(setup: &Setup, extra: &[&str], log: impl Into<Stdio>) -> Served {
        let mut child = Command::new(env!("CARGO_BIN_EXE_concord"))
            .arg("serve")
            .args(["--listen", "127.0.0.1:0"])
            .args(store_args(setup))
            .args(extra)
            .env_remove("NO_COLOR")
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("start concord serve");
        // The address is on the first line that names one: a new data
        // directory first says what it loaded (the divide index's values).
        let mut output = BufReader::new(child.stdout.take().unwrap());
        let mut printed = String::new();
        let mut url = None;
        for _ in 0..20 {
            let mut line = String::new();
            if output.read_line(&mut line).unwrap() == 0 {
                break;
            }
            url = line.split_whitespace().find(|word| word.starts_with("http://")).map(str::to_owned);
            printed.push_str(&line);
            if url.is_some() {
                break;
            }
        }
        // Keep reading, so the server never writes into a closed pipe.
        std::thread::spawn(move || std::io::copy(&mut output, &mut std::io::sink()));
        let url = url.unwrap_or_else(|| panic!("serve printed {printed:?}")).trim_end_matches('/').to_owned();
        Served { child, url }
    }

    pub fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
