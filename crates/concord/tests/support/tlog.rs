//! A log as a tlog-tiles host serves it: every tile, bundle and the signed
//! checkpoint of a list of entries (honest or forged), and a minimal host
//! serving them, for the tests that read logs (`verify`, `recount`).

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use ledger::{Checkpoint, CompactTree, Signer, TileKind, encode_bundle, leaf_hash, tiles_of_size};
use store::scratch::Setup;

use super::{Served, text};

/// A log's files as a tlog-tiles server serves them, by URL path.
pub type Files = HashMap<String, Vec<u8>>;

/// The checkpoint in a signed note.
pub fn checkpoint_of(note: &[u8]) -> Checkpoint {
    Checkpoint::parse(ledger::Note::parse(note).unwrap().text()).unwrap()
}

/// Every entry of the log a server at `url` serves.
pub fn entries(url: &str) -> Vec<Vec<u8>> {
    let size = checkpoint_of(&get(url, "/log/checkpoint")).size();
    let mut entries = Vec::new();
    for tile in tiles_of_size(size).filter(|tile| tile.kind() == TileKind::Entries) {
        let bundle = get(url, &format!("/log/{}", tile.path()));
        entries.extend(tile.entries_from(&bundle).unwrap().into_iter().map(<[u8]>::to_vec));
    }
    entries
}

/// Every tile, bundle and the signed checkpoint of a log of `entries`.
pub fn publish(entries: &[Vec<u8>], signer: &Signer) -> Files {
    let mut tree = CompactTree::new();
    let mut nodes = HashMap::new();
    for entry in entries {
        nodes.extend(tree.push(leaf_hash(entry)).unwrap());
    }
    let mut files = Files::new();
    for tile in tiles_of_size(tree.size()) {
        let data = match tile.kind() {
            TileKind::Entries => {
                let first = tile.index() as usize * 256;
                encode_bundle(&entries[first..first + usize::from(tile.width())]).unwrap()
            }
            TileKind::Hashes(_) => tile.nodes().unwrap().flat_map(|node| nodes[&node].0).collect(),
        };
        files.insert(format!("/log/{}", tile.path()), data);
    }
    let checkpoint = Checkpoint::new(signer.name(), tree.size(), tree.root()).unwrap();
    files.insert("/log/checkpoint".to_owned(), checkpoint.sign(signer).unwrap().to_string().into_bytes());
    files.insert("/log/key".to_owned(), format!("{}\n", signer.verifier()).into_bytes());
    files
}

/// A host serving whatever log it is given: a minimal HTTP/1.1 server of
/// static files, one connection at a time.
pub struct Host {
    files: Arc<Mutex<Files>>,
    pub url: String,
}

impl Host {
    pub fn start() -> Host {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let files = Arc::new(Mutex::new(Files::new()));
        let served = files.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut request = String::new();
                let _ = reader.read_line(&mut request);
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let path = request.split_whitespace().nth(1).unwrap_or_default();
                let body = served.lock().unwrap().get(path).cloned();
                let (status, body) = match body {
                    Some(body) => ("200 OK", body),
                    None => ("404 Not Found", b"not found".to_vec()),
                };
                let head = format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
                let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&body));
            }
        });
        Host { files, url }
    }

    /// From now on, serves `files`.
    pub fn serve(&self, files: &Files) {
        *self.files.lock().unwrap() = files.clone();
    }
}

/// GETs `url` + `path` (on a thread of its own, so that async tests can
/// call it too).
pub fn get(url: &str, path: &str) -> Vec<u8> {
    let address = format!("{url}{path}");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async { reqwest::get(address).await.unwrap().bytes().await.unwrap().to_vec() })
    })
    .join()
    .unwrap()
}

/// The real log: its entries and the signing key from its data directory.
pub struct RealLog {
    pub entries: Vec<Vec<u8>>,
    pub signer: Signer,
}

impl RealLog {
    /// Starts a real server, takes its entries and its key, and stops it.
    pub fn take() -> RealLog {
        let setup = Setup { backend: store::Backend::Sqlite, dir: tempfile::tempdir().unwrap(), schema: None };
        let served = Served::start(&setup);
        let entries = entries(&served.url);
        served.stop();
        let key = std::fs::read_to_string(setup.data_dir().join(store::datadir::KEY_FILE)).unwrap();
        RealLog { entries, signer: Signer::parse(key.trim()).unwrap() }
    }

    /// The verifier key, as the organization publishes it.
    pub fn key(&self) -> String {
        self.signer.verifier().to_string()
    }

    /// The log's first `size` entries, with its tiles and a checkpoint
    /// signed with the real key.
    pub fn honest(&self, size: usize) -> Files {
        publish(&self.entries[..size], &self.signer)
    }

    /// The same, but entry `index` rewritten (its time moved by one), the
    /// tiles recomputed and the checkpoint re-signed with the real key.
    pub fn forged(&self, size: usize, index: usize) -> Files {
        let mut entries = self.entries[..size].to_vec();
        entries[index] = backdated(&entries[index]);
        publish(&entries, &self.signer)
    }
}

/// A canonical entry with a digit of its time changed (the first number
/// of it): still a
/// valid event at its index, another act.
pub fn backdated(entry: &[u8]) -> Vec<u8> {
    let text = text(entry);
    let at = text.find("\"time\":").unwrap() + "\"time\":".len();
    let at = at + usize::from(text[at..].starts_with('"'));
    let digits = text[at..].bytes().take_while(u8::is_ascii_digit).count();
    let last = at + digits - 1;
    let changed = if &text[last..=last] == "9" { "8" } else { "9" };
    let forged = format!("{}{changed}{}", &text[..last], &text[last + 1..]);
    domain::Envelope::decode(forged.as_bytes()).expect("the forged entry is a valid event");
    forged.into_bytes()
}
