//! The hub's cosignature collector (C2SP tlog-witness, client side): after
//! each new signed checkpoint, at most once per interval, it asks every
//! witness of the hub's policy that has a URL, in parallel, to cosign it,
//! and records the checkpoint with their cosignatures once they meet the
//! policy's quorum (`Store::record_cosigned_checkpoint`), which
//! `/log/checkpoint` then serves.
//!
//! Each witness is asked with the old size it last cosigned, as
//! `Store::witness_statuses` remembers it, and the consistency proof from
//! there. A witness that answers 409 says which size it holds; the
//! collector asks it once more from that size. How asking each witness
//! went is recorded (`Store::record_witness_status`) for the nodes page,
//! and each round's time is given to the caller (the server's metrics).
//!
//! A round that falls short of the quorum is tried again for the same
//! checkpoint after [`RETRY`], asking only the witnesses that have not yet
//! cosigned it; a newer checkpoint starts a new round at once.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use domain::Timestamp;
use ledger::{
    AddCheckpoint, Checkpoint, Note, NoteSignature, Policy, SIZE_CONTENT_TYPE, Witness, parse_cosignature_response,
    parse_size_response, verify_cosignatures,
};
use store::federation::WitnessStatus;
use store::{Store, StoreError};

/// How often the collector looks for a new checkpoint, by default.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(2);

/// How long one request to a witness may take.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);

/// How long before a checkpoint whose round fell short of the quorum is
/// asked for again.
pub const RETRY: Duration = Duration::from_secs(10);

/// The most bytes of a witness's answer read.
const MAX_ANSWER: usize = 64 * 1024;

/// What one round of asking the witnesses did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// The size of the checkpoint asked about.
    pub size: u64,
    /// How long asking every witness took.
    pub elapsed: Duration,
    /// The witnesses that cosigned it in this round, by policy name.
    pub cosigned: Vec<String>,
    /// The witnesses that did not, with why.
    pub failed: Vec<(String, String)>,
    /// Whether the cosignatures gathered for this checkpoint met the
    /// quorum (and the cosigned checkpoint was recorded).
    pub quorum_met: bool,
}

/// Why the collector could not start.
#[derive(Debug, thiserror::Error)]
pub enum CollectorError {
    /// The HTTP client could not be made.
    #[error("cannot make an HTTP client: {0}")]
    Client(String),
}

/// Called after each round (the server records its time in its metrics).
pub type OnRound = Arc<dyn Fn(&Round) + Send + Sync>;

/// Asks the witnesses of a policy to cosign the hub's checkpoints.
pub struct Collector {
    store: Store,
    policy: Policy,
    client: reqwest::Client,
    interval: Duration,
    on_round: Option<OnRound>,
    /// The checkpoint size the cosignatures below are for.
    gathered_size: u64,
    /// Each witness's cosignature of that checkpoint, by policy name.
    gathered: BTreeMap<String, NoteSignature>,
    /// The size of the last round and when it ran.
    last_round: Option<(u64, Instant)>,
}

impl Collector {
    /// A collector for the log of `store`, asking the witnesses of
    /// `policy`.
    pub fn new(store: Store, policy: Policy) -> Result<Collector, CollectorError> {
        let client = reqwest::Client::builder()
            .timeout(REQUEST_TIMEOUT)
            .user_agent(concat!("concord/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|err| CollectorError::Client(err.to_string()))?;
        Ok(Collector {
            store,
            policy,
            client,
            interval: DEFAULT_INTERVAL,
            on_round: None,
            gathered_size: 0,
            gathered: BTreeMap::new(),
            last_round: None,
        })
    }

    /// Looks for a new checkpoint every `interval` (at least 10 ms).
    pub fn interval(mut self, interval: Duration) -> Collector {
        self.interval = interval.max(Duration::from_millis(10));
        self
    }

    /// Calls `on_round` after each round.
    pub fn on_round(mut self, on_round: OnRound) -> Collector {
        self.on_round = Some(on_round);
        self
    }

    /// Runs [`Collector::tick`] every interval until the task is aborted.
    /// Errors are logged and the next tick tries again.
    pub fn spawn(mut self) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(self.interval);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                if let Err(err) = self.tick().await {
                    tracing::warn!(error = %err, "asking the witnesses to cosign failed; will retry");
                }
            }
        })
    }

    /// One look: if the newest signed checkpoint is not yet cosigned by a
    /// quorum, runs a round for it (unless one ran for it less than
    /// [`RETRY`] ago). Returns the round, if one ran.
    pub async fn tick(&mut self) -> Result<Option<Round>, StoreError> {
        let (size, note) = self.store.signed_checkpoint().await?;
        if let Some((cosigned, _)) = self.store.cosigned_checkpoint().await?
            && cosigned >= size
        {
            return Ok(None);
        }
        if let Some((last, at)) = self.last_round
            && last == size
            && at.elapsed() < RETRY
        {
            return Ok(None);
        }
        self.round(size, &note).await.map(Some)
    }

    /// Asks every witness with a URL that has not yet cosigned the
    /// checkpoint `note` (of `size` entries), in parallel, records how
    /// each went, and records the cosigned checkpoint if the quorum is
    /// met.
    pub async fn round(&mut self, size: u64, note: &str) -> Result<Round, StoreError> {
        let started = Instant::now();
        self.last_round = Some((size, started));
        if self.gathered_size != size {
            self.gathered_size = size;
            self.gathered.clear();
        }
        let checkpoint = Note::parse(note.as_bytes())
            .and_then(|parsed| Checkpoint::parse(parsed.text()))
            .map_err(|err| StoreError::Inconsistent(format!("the signed checkpoint does not parse: {err}")))?;
        let statuses = self.store.witness_statuses().await?;
        let asked: Vec<(&Witness, &str)> = self
            .policy
            .witnesses()
            .iter()
            .filter(|witness| !self.gathered.contains_key(&witness.name))
            .filter_map(|witness| witness.url.as_deref().map(|url| (witness, url)))
            .collect();
        let requests = asked.iter().map(|(witness, url)| {
            let old = statuses.iter().find(|s| s.name == witness.name).map_or(0, |s| s.cosigned_size);
            let ask = Ask { client: &self.client, store: &self.store, witness, url, checkpoint: &checkpoint, note };
            async move {
                let began = Instant::now();
                let answer = ask.cosign(old).await;
                (answer, began.elapsed())
            }
        });
        let answers = futures::future::join_all(requests).await;
        let now = Timestamp::now().unix_millis();
        let mut round =
            Round { size, elapsed: Duration::ZERO, cosigned: Vec::new(), failed: Vec::new(), quorum_met: false };
        for ((witness, url), (answer, took)) in asked.iter().zip(answers) {
            let before = statuses.iter().find(|s| s.name == witness.name);
            let mut status = WitnessStatus {
                name: witness.name.clone(),
                verifier_key: witness.verifier.to_string(),
                url: Some((*url).to_owned()),
                cosigned_size: before.map_or(0, |s| s.cosigned_size),
                cosigned_at: before.map_or(0, |s| s.cosigned_at),
                asked_at: now,
                round_millis: u64::try_from(took.as_millis()).unwrap_or(u64::MAX),
                error: None,
            };
            match answer {
                Ok(signature) => {
                    (status.cosigned_size, status.cosigned_at) = (size, now);
                    self.gathered.insert(witness.name.clone(), signature);
                    round.cosigned.push(witness.name.clone());
                }
                Err(Failure { error, witness_size }) => {
                    if let Some(held) = witness_size {
                        status.cosigned_size = held;
                    }
                    tracing::info!(witness = %witness.name, %error, "a witness did not cosign");
                    round.failed.push((witness.name.clone(), error.clone()));
                    status.error = Some(error);
                }
            }
            self.store.record_witness_status(&status).await?;
        }
        if let Some(cosigned) = self.cosigned_note(note)? {
            self.store.record_cosigned_checkpoint(size, &cosigned, now).await?;
            round.quorum_met = true;
        }
        round.elapsed = started.elapsed();
        if let Some(on_round) = &self.on_round {
            on_round(&round);
        }
        Ok(round)
    }

    /// The note with every cosignature gathered, if they meet the policy.
    fn cosigned_note(&self, note: &str) -> Result<Option<String>, StoreError> {
        let inconsistent = |err: ledger::Error| StoreError::Inconsistent(format!("cannot add a cosignature: {err}"));
        let mut cosigned = Note::parse(note.as_bytes()).map_err(inconsistent)?;
        for signature in self.gathered.values() {
            cosigned.add_signature(signature.clone()).map_err(inconsistent)?;
        }
        let text = cosigned.to_string();
        Ok(self.policy.verify(text.as_bytes()).is_ok().then_some(text))
    }
}

/// Why a witness did not cosign, and the size it said it holds, if it
/// said.
struct Failure {
    error: String,
    witness_size: Option<u64>,
}

impl Failure {
    fn new(error: String) -> Failure {
        Failure { error, witness_size: None }
    }
}

/// One witness asked about one checkpoint.
struct Ask<'a> {
    client: &'a reqwest::Client,
    store: &'a Store,
    witness: &'a Witness,
    url: &'a str,
    checkpoint: &'a Checkpoint,
    note: &'a str,
}

/// How a witness answered one request.
enum Answer {
    Cosigned(NoteSignature),
    /// 409 with the size the witness holds.
    Holds(u64),
}

impl Ask<'_> {
    /// Asks from `old`; on a 409 naming another size, once more from it.
    async fn cosign(&self, old: u64) -> Result<NoteSignature, Failure> {
        match self.request(old).await? {
            Answer::Cosigned(signature) => Ok(signature),
            Answer::Holds(held) if held != old => match self.request(held).await {
                Ok(Answer::Cosigned(signature)) => Ok(signature),
                Ok(Answer::Holds(again)) => Err(Failure {
                    error: format!("the witness holds size {again}, not the {held} it said before"),
                    witness_size: Some(again),
                }),
                Err(failure) => Err(Failure { witness_size: failure.witness_size.or(Some(held)), ..failure }),
            },
            Answer::Holds(held) => Err(Failure {
                error: format!("the witness refused old size {held}, which it says it holds"),
                witness_size: Some(held),
            }),
        }
    }

    /// One `add-checkpoint` request from `old`.
    async fn request(&self, old: u64) -> Result<Answer, Failure> {
        let size = self.checkpoint.size();
        if old > size {
            return Err(Failure {
                error: format!("the witness cosigned size {old}, larger than this checkpoint's {size}"),
                witness_size: Some(old),
            });
        }
        let proof = if old == 0 || old == size {
            Vec::new()
        } else {
            match self.store.consistency_proof(old, size).await {
                Ok(Some(proof)) => proof,
                Ok(None) => return Err(Failure::new(format!("no consistency proof from {old} to {size}"))),
                Err(err) => return Err(Failure::new(format!("cannot read the proof from {old} to {size}: {err}"))),
            }
        };
        let body = AddCheckpoint { old_size: old, proof, note: self.note.as_bytes().to_vec() }.encode();
        let url = format!("{}/add-checkpoint", self.url.trim_end_matches('/'));
        let response = self
            .client
            .post(&url)
            .body(body)
            .send()
            .await
            .map_err(|err| Failure::new(format!("cannot reach {url}: {err}")))?;
        let status = response.status().as_u16();
        let sized = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .is_some_and(|value| value.as_bytes().starts_with(SIZE_CONTENT_TYPE.as_bytes()));
        let bytes = response.bytes().await.map_err(|err| Failure::new(format!("cannot read {url}: {err}")))?;
        let body = &bytes[..bytes.len().min(MAX_ANSWER)];
        match status {
            200 => {
                let signatures = parse_cosignature_response(body)
                    .map_err(|err| Failure::new(format!("{url} answered cosignatures that do not parse: {err}")))?;
                let verified =
                    verify_cosignatures(self.checkpoint, &signatures, std::slice::from_ref(&self.witness.verifier))
                        .map_err(|err| Failure::new(format!("{url} answered no valid cosignature: {err}")))?;
                verified
                    .into_iter()
                    .next()
                    .map(Answer::Cosigned)
                    .ok_or_else(|| Failure::new(format!("{url} answered no cosignature by its key")))
            }
            409 if sized => parse_size_response(body)
                .map(Answer::Holds)
                .map_err(|err| Failure::new(format!("{url} answered 409 with a size that does not parse: {err}"))),
            status => {
                let text = String::from_utf8_lossy(&body[..body.len().min(300)]).trim().to_owned();
                Err(Failure::new(format!("{url} answered {status}: {text}")))
            }
        }
    }
}
