//! Running the `concord` binary in tests: one-off commands and a server on
//! a free port.

#![allow(dead_code)]

pub mod tlog;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};

use domain::Actor;
use domain::authz::{Action, Caller};
use domain::people::DelegationRole;
use store::Store;
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

/// `concord serve` (or `concord mirror`) on a free port, stopped when
/// dropped.
pub struct Served {
    child: Child,
    pub url: String,
    /// Everything it printed on standard output so far.
    printed: Arc<Mutex<String>>,
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
        Served::start_at(setup, "127.0.0.1:0", extra, log)
    }

    /// Starts the server listening on `listen`, with the options `extra`
    /// besides the store's.
    pub fn start_at(setup: &Setup, listen: &str, extra: &[&str], log: impl Into<Stdio>) -> Served {
        let mut args = vec!["serve".to_owned(), "--listen".to_owned(), listen.to_owned()];
        args.extend(store_args(setup));
        args.extend(extra.iter().map(|arg| (*arg).to_owned()));
        Served::spawn(&args, log)
    }

    /// Runs `concord ARGS` (a command that serves) and waits for the
    /// address it prints.
    pub fn spawn(args: &[String], log: impl Into<Stdio>) -> Served {
        let mut child = Command::new(env!("CARGO_BIN_EXE_concord"))
            .args(args)
            .env_remove("NO_COLOR")
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("start concord");
        // The address, on the first line that gives one (a new data
        // directory's first start says what it loaded before).
        let mut output = BufReader::new(child.stdout.take().unwrap());
        let mut printed = String::new();
        let url = loop {
            let mut line = String::new();
            if output.read_line(&mut line).unwrap() == 0 {
                panic!("concord {args:?} printed {printed:?} and no address");
            }
            printed.push_str(&line);
            if let Some(url) = line.split_whitespace().find(|word| word.starts_with("http://")) {
                break url.trim_end_matches('/').to_owned();
            }
        };
        // Keep reading, so the server never writes into a closed pipe.
        let printed = Arc::new(Mutex::new(printed));
        let kept = printed.clone();
        std::thread::spawn(move || {
            let mut line = String::new();
            while output.read_line(&mut line).is_ok_and(|n| n > 0) {
                kept.lock().unwrap().push_str(&line);
                line.clear();
            }
        });
        Served { child, url, printed }
    }

    /// What the server printed on standard output so far.
    pub fn printed(&self) -> String {
        self.printed.lock().unwrap().clone()
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

/// A data directory with the administrator and the heads (and delegates)
/// named, each with an API token for every action; the tokens by handle.
pub async fn people(setup: &Setup, delegations: &[(&str, &str, DelegationRole)]) -> Vec<(String, String)> {
    let store = Store::open(&setup.config()).await.unwrap();
    server::auth::admin::ensure_admin(&store, Some("administrator password")).await.unwrap();
    let expires = store::access::now_millis() + 3_600_000;
    let mut tokens = Vec::new();
    let admin = Actor::try_from("sec.admin".to_owned()).unwrap();
    tokens.push(("sec.admin".to_owned(), store.create_token(&admin, "t", &Action::ALL, expires).await.unwrap().0));
    for (handle, member, role) in delegations {
        let actor = Actor::try_from((*handle).to_owned()).unwrap();
        let account = store::access::NewAccount {
            handle: actor.clone(),
            username: handle.replace('.', "-"),
            display_name: (*handle).to_owned(),
            email: None,
            password_hash: server::auth::password::hash("a long passphrase").await.unwrap(),
        };
        let add = domain::Command::AddDelegationMember {
            member: member.parse().unwrap(),
            handle: actor.clone(),
            role: *role,
        };
        store.submit_with(Caller::system(), add, vec![store::Effect::CreateAccount(account)]).await.unwrap();
        tokens.push(((*handle).to_owned(), store.create_token(&actor, "t", &Action::ALL, expires).await.unwrap().0));
    }
    drop(store);
    tokens
}

/// Runs `concord` with `args`, then `--url` and the token of `who`.
pub struct Client {
    pub url: String,
    pub tokens: Vec<(String, String)>,
}

impl Client {
    pub fn run(&self, who: &str, args: &[&str]) -> Output {
        let token = &self.tokens.iter().find(|(h, _)| h == who).unwrap().1;
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--url", &self.url, "--token", token]);
        concord(&all)
    }
}
