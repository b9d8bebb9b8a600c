//! A client for a node's public log over HTTP (C2SP tlog-tiles), and its
//! blobs and gossip: what a mirror, gossip and `concord verify` read.
//!
//! - [`Remote::checkpoint`]: the signed note at `/log/checkpoint`, as text
//!   (opening it with the log key is the caller's: it decides what a bad
//!   signature means).
//! - [`Remote::tile`], [`Remote::node_hashes`], [`Remote::consistency_proof`]:
//!   hash tiles and what a [`TilePlan`] computes from them.
//! - [`Remote::bundles`]: entry bundles with the level-0 hash tile of the
//!   same leaves, `parallel` at a time, in log order, each entry's leaf
//!   hash recomputed (on the rayon pool) and compared with the tile's.
//! - [`Remote::blob`]: `GET /api/v1/blobs/{sha256}`, the bytes checked
//!   against their SHA-256; a text the node no longer serves is `None`.
//! - [`Remote::seen`]: `GET /log/checkpoints/seen`, the checkpoints a node
//!   holds and cosigned (gossip).
//!
//! Every request has a timeout; https works (rustls).

use std::time::Duration;

use domain::blob::Sha256;
use futures::{Stream, StreamExt, TryStreamExt, stream};
use ledger::{ConsistencyPlan, Hash, NodeId, TILE_WIDTH, TileId, TilePlan, leaf_hash};
use rayon::prelude::*;
use reqwest::{Client, StatusCode};
use serde::Deserialize;

/// How long one request may take, from connecting to the last byte.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// How long connecting may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Why reading a node's log failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The base URL is not an http or https URL.
    #[error("the node URL must start with http:// or https://, not {0:?}")]
    BadUrl(String),
    /// The HTTP client could not be made.
    #[error("cannot make an HTTP client: {0}")]
    Client(String),
    /// The node did not answer (refused, timed out, cut off).
    #[error("cannot reach {url}: {message}")]
    Unreachable {
        /// What was asked.
        url: String,
        /// Why it failed.
        message: String,
    },
    /// The node answered with an unexpected status.
    #[error("{url} answered {status}: {body}")]
    Status {
        /// What was asked.
        url: String,
        /// The status code.
        status: u16,
        /// The start of the answer's body.
        body: String,
    },
    /// The node has nothing at the URL (404).
    #[error("{url} was not found")]
    Missing {
        /// What was asked.
        url: String,
    },
    /// The answer is not what the protocol says it is.
    #[error("{what} is malformed: {message}")]
    Malformed {
        /// What was read (a tile path, a URL).
        what: String,
        /// What is wrong with it.
        message: String,
    },
    /// An entry does not hash to its leaf hash in the level-0 tile: the
    /// entry or the tile was changed after it was logged.
    #[error(
        "entry {index} does not match its leaf hash in the level-0 tile (the entry was changed after it was logged)"
    )]
    LeafMismatch {
        /// The entry's index in the log.
        index: u64,
    },
    /// The bytes served for a blob do not have its SHA-256.
    #[error("the bytes served for the blob {sha256} have another SHA-256")]
    BlobMismatch {
        /// The blob's SHA-256 as asked.
        sha256: Sha256,
    },
}

/// Shorthand for results of this module.
pub type Result<T, E = FetchError> = std::result::Result<T, E>;

/// Consecutive entries of a log with their leaf hashes, which match the
/// node's level-0 tiles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaves {
    /// The index of the first entry.
    pub first: u64,
    /// The entries, in order.
    pub entries: Vec<Vec<u8>>,
    /// Their leaf hashes, in the same order.
    pub hashes: Vec<Hash>,
}

/// What `GET /log/checkpoints/seen` answers: the checkpoint the node holds
/// for its own log, then the latest it cosigned for each log it witnesses.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Seen {
    /// The origin of the node's own log.
    pub origin: String,
    /// The checkpoints.
    pub checkpoints: Vec<SeenCheckpoint>,
}

/// One checkpoint a node has seen.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SeenCheckpoint {
    /// The log's origin.
    pub origin: String,
    /// The tree size.
    pub size: u64,
    /// The signed note.
    pub note: String,
}

/// A blob as a node serves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blob {
    /// The bytes (their SHA-256 checked).
    pub bytes: Vec<u8>,
    /// The media type the node gave (`Content-Type`), if any.
    pub media_type: Option<String>,
}

/// A client for one node, by base URL. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Remote {
    client: Client,
    base: String,
}

impl Remote {
    /// A client for the node at `base_url` (e.g. `https://hub.example`),
    /// with the default timeouts.
    pub fn new(base_url: &str) -> Result<Remote> {
        Remote::with_timeout(base_url, REQUEST_TIMEOUT)
    }

    /// A client whose requests may each take `timeout`.
    pub fn with_timeout(base_url: &str, timeout: Duration) -> Result<Remote> {
        let base = check_url(base_url)?;
        let client = Client::builder()
            .user_agent(concat!("concord/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(CONNECT_TIMEOUT.min(timeout))
            .timeout(timeout)
            .build()
            .map_err(|err| FetchError::Client(err.to_string()))?;
        Ok(Remote { client, base })
    }

    /// The base URL, without a final `/`.
    pub fn url(&self) -> &str {
        &self.base
    }

    /// The body at `path` (relative to the base URL), or `None` on 404.
    pub async fn get(&self, path: &str) -> Result<Option<Vec<u8>>> {
        Ok(self.get_answer(path, false).await?.map(|(bytes, _)| bytes))
    }

    /// The body at `path`; a 404 is [`FetchError::Missing`].
    pub async fn get_required(&self, path: &str) -> Result<Vec<u8>> {
        self.get(path).await?.ok_or_else(|| FetchError::Missing { url: self.full(path) })
    }

    /// The body at `path` as text.
    pub async fn get_text(&self, path: &str) -> Result<String> {
        String::from_utf8(self.get_required(path).await?)
            .map_err(|_| FetchError::Malformed { what: self.full(path), message: "it is not UTF-8 text".into() })
    }

    /// The body and `Content-Type` at `path`, `None` on 404 (and on 410
    /// with `gone_is_none`).
    async fn get_answer(&self, path: &str, gone_is_none: bool) -> Result<Option<(Vec<u8>, Option<String>)>> {
        let url = self.full(path);
        let unreachable = |err: reqwest::Error| FetchError::Unreachable { url: url.clone(), message: describe(&err) };
        let response = self.client.get(&url).send().await.map_err(unreachable)?;
        match response.status() {
            StatusCode::OK => {}
            StatusCode::NOT_FOUND => return Ok(None),
            StatusCode::GONE if gone_is_none => return Ok(None),
            status => {
                let body = response.text().await.unwrap_or_default();
                let body: String = body.trim().chars().take(300).collect();
                return Err(FetchError::Status { url, status: status.as_u16(), body });
            }
        }
        let media_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let bytes = response.bytes().await.map_err(unreachable)?;
        Ok(Some((bytes.to_vec(), media_type)))
    }

    /// The full URL of `path`.
    fn full(&self, path: &str) -> String {
        format!("{}/{}", self.base, path.trim_start_matches('/'))
    }

    /// The signed checkpoint note at `/log/checkpoint`.
    pub async fn checkpoint(&self) -> Result<String> {
        self.get_text("log/checkpoint").await
    }

    /// The verifier key the node publishes at `/log/key`.
    pub async fn key(&self) -> Result<String> {
        Ok(self.get_text("log/key").await?.trim().to_owned())
    }

    /// A tile's data.
    pub async fn tile(&self, tile: &TileId) -> Result<Vec<u8>> {
        self.get_required(&format!("log/{}", tile.path())).await
    }

    /// The hashes of the full subtrees `nodes` of the node's tree of `size`
    /// entries, read from its hash tiles (`parallel` at a time), in the
    /// order of `nodes`. They are the node's word: the caller checks them
    /// against a signed root.
    pub async fn node_hashes(&self, nodes: &[NodeId], size: u64, parallel: usize) -> Result<Vec<Hash>> {
        let malformed = |err: ledger::Error| FetchError::Malformed {
            what: format!("the hash tiles of {} at size {size}", self.base),
            message: err.to_string(),
        };
        let plan = TilePlan::new(nodes, size).map_err(malformed)?;
        let data: Vec<Vec<u8>> =
            stream::iter(plan.tiles().iter().copied().map(|tile| async move { self.tile(&tile).await }))
                .buffered(parallel.max(1))
                .try_collect()
                .await?;
        plan.hashes(&data).map_err(malformed)
    }

    /// The RFC 9162 consistency proof from the tree of `old` entries to the
    /// tree of `new`, computed from the node's hash tiles of size `new`.
    pub async fn consistency_proof(&self, old: u64, new: u64, parallel: usize) -> Result<Vec<Hash>> {
        let malformed = |err: ledger::Error| FetchError::Malformed {
            what: format!("the consistency proof from {old} to {new} from {}", self.base),
            message: err.to_string(),
        };
        let plan = ConsistencyPlan::new(old, new).map_err(malformed)?;
        let hashes = self.node_hashes(plan.nodes(), new, parallel).await?;
        plan.finish(&hashes).map_err(malformed)
    }

    /// An entry bundle of the tree of `size` entries and the level-0 hash
    /// tile of the same leaves, each entry's hash checked against the tile.
    pub async fn bundle(&self, bundle: TileId) -> Result<Leaves> {
        let what = |tile: &TileId| format!("the tile {} of {}", tile.path(), self.base);
        let data = self.tile(&bundle).await?;
        let entries: Vec<Vec<u8>> = bundle
            .entries_from(&data)
            .map_err(|err| FetchError::Malformed { what: what(&bundle), message: err.to_string() })?
            .into_iter()
            .map(<[u8]>::to_vec)
            .collect();
        let level0 = TileId::hashes(0, bundle.index(), bundle.width())
            .map_err(|err| FetchError::Malformed { what: what(&bundle), message: err.to_string() })?;
        let data = self.tile(&level0).await?;
        let served = level0
            .hashes_from(&data)
            .map_err(|err| FetchError::Malformed { what: what(&level0), message: err.to_string() })?;
        let first = bundle.index() * u64::from(TILE_WIDTH);
        on_rayon(move || check_leaves(first, entries, &served)).await
    }

    /// The entries `from..size` of the node's tree of `size` entries, a
    /// bundle at a time in log order (the first one trimmed to start at
    /// `from`), fetching `parallel` bundles at a time.
    pub fn bundles(&self, from: u64, size: u64, parallel: usize) -> impl Stream<Item = Result<Leaves>> + '_ {
        let width = u64::from(TILE_WIDTH);
        let tiles = (from / width..size.div_ceil(width)).map(move |index| {
            let count = (size - index * width).min(width);
            TileId::entries(index, count as u16)
        });
        stream::iter(tiles)
            .map(move |tile| async move {
                let tile = tile.map_err(|err| FetchError::Malformed {
                    what: format!("the entry bundles up to {size}"),
                    message: err.to_string(),
                })?;
                let mut leaves = self.bundle(tile).await?;
                if leaves.first < from {
                    let skip = (from - leaves.first) as usize;
                    leaves.entries.drain(..skip);
                    leaves.hashes.drain(..skip);
                    leaves.first = from;
                }
                Ok(leaves)
            })
            .buffered(parallel.max(1))
    }

    /// A blob (`GET /api/v1/blobs/{sha256}`), its bytes checked against
    /// its SHA-256; `None` if the node does not serve it (404) or took it
    /// down (410).
    pub async fn blob(&self, sha256: &Sha256) -> Result<Option<Blob>> {
        let sha256 = *sha256;
        let Some((bytes, media_type)) = self.get_answer(&format!("api/v1/blobs/{sha256}"), true).await? else {
            return Ok(None);
        };
        let bytes =
            on_rayon(
                move || {
                    if Sha256::of(&bytes) == sha256 { Ok(bytes) } else { Err(FetchError::BlobMismatch { sha256 }) }
                },
            );
        Ok(Some(Blob { bytes: bytes.await?, media_type }))
    }

    /// The checkpoints the node holds and cosigned (`GET
    /// /log/checkpoints/seen`).
    pub async fn seen(&self) -> Result<Seen> {
        let path = "log/checkpoints/seen";
        let bytes = self.get_required(path).await?;
        serde_json::from_slice(&bytes)
            .map_err(|err| FetchError::Malformed { what: self.full(path), message: err.to_string() })
    }
}

/// The base URL without a final `/`, if it is http or https.
fn check_url(base_url: &str) -> Result<String> {
    let base = base_url.trim_end_matches('/');
    match reqwest::Url::parse(base) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host_str().is_some_and(|h| !h.is_empty()) => {
            Ok(base.to_owned())
        }
        _ => Err(FetchError::BadUrl(base_url.to_owned())),
    }
}

/// A reqwest error with its causes (the connection refused, the timeout).
fn describe(err: &reqwest::Error) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Checks each entry's leaf hash against the tile's, on the rayon pool.
fn check_leaves(first: u64, entries: Vec<Vec<u8>>, served: &[Hash]) -> Result<Leaves> {
    if served.len() != entries.len() {
        return Err(FetchError::Malformed {
            what: format!("the bundle of entries from {first}"),
            message: format!("{} entries for {} leaf hashes", entries.len(), served.len()),
        });
    }
    let hashes: Vec<Hash> = entries.par_iter().map(|entry| leaf_hash(entry)).collect();
    if let Some(at) = hashes.iter().zip(served).position(|(computed, served)| computed != served) {
        return Err(FetchError::LeafMismatch { index: first + at as u64 });
    }
    Ok(Leaves { first, entries, hashes })
}

/// Runs `work` on the rayon pool and waits for it without blocking the
/// async runtime's threads.
pub async fn on_rayon<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = tokio::sync::oneshot::channel();
    rayon::spawn(move || {
        let _ = send.send(work());
    });
    // A panic on the rayon pool aborts the process, so the answer comes.
    receive.await.expect("a rayon task sends its answer")
}
