//! The one way requests hash passwords: a fixed number of argon2 hashes at
//! once (each takes 19 MiB), on threads of their own, a few more waiting
//! for a thread, and a 503 at once when every place is taken. Sign-in, sign-up, accepting an invitation and
//! changing a password all go through it, so the memory of password
//! hashing stays below `(running) x 19 MiB` whatever arrives.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use tokio::sync::{OwnedSemaphorePermit, Semaphore, oneshot};

use super::password;
use crate::error::ApiError;

/// Seconds a client is asked to wait when every slot is taken.
pub const BUSY_RETRY_AFTER: u64 = 1;

/// A place in a [`HashPool`].
#[derive(Debug)]
pub struct Admitted {
    _permit: OwnedSemaphorePermit,
}

type Job = Box<dyn FnOnce() + Send>;

/// Bounded password hashing.
#[derive(Debug)]
pub struct HashPool {
    /// Requests admitted (running or waiting for a thread).
    admitted: Arc<Semaphore>,
    /// The queue of the hashing threads; they end when it is dropped.
    jobs: mpsc::Sender<Job>,
    /// Hashes computed so far (for tests and metrics).
    hashes: Arc<AtomicU64>,
}

impl HashPool {
    /// A pool of `running` hashing threads (at least one) with `waiting`
    /// more places in their queue. Each thread hashes one password at a
    /// time, so the memory argon2 holds stays `running x 19 MiB`: the
    /// threads reuse the memory of their previous hash instead of leaving
    /// it to fragment the allocator's arenas.
    pub fn new(running: usize, waiting: usize) -> HashPool {
        let running = running.max(1);
        let (sender, receiver) = mpsc::channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        for n in 0..running {
            let receiver = receiver.clone();
            let spawned = std::thread::Builder::new().name(format!("argon2-{n}")).spawn(move || {
                loop {
                    let job = receiver.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).recv();
                    match job {
                        Ok(job) => job(),
                        Err(_) => break,
                    }
                }
            });
            if let Err(err) = spawned {
                tracing::error!(%err, "cannot start a password-hashing thread");
            }
        }
        HashPool {
            admitted: Arc::new(Semaphore::new(running + waiting)),
            jobs: sender,
            hashes: Arc::new(AtomicU64::new(0)),
        }
    }

    /// How many hashes run at once on this machine: one per core.
    pub fn machine_size() -> usize {
        std::thread::available_parallelism().map_or(2, |n| n.get())
    }

    /// Whether a request would be turned away now (every slot and place
    /// in the queue taken). A cheap check before counting an attempt.
    pub fn is_full(&self) -> bool {
        self.admitted.available_permits() == 0
    }

    /// How many hashes were computed.
    pub fn hashes(&self) -> u64 {
        self.hashes.load(Ordering::Relaxed)
    }

    /// The PHC string of a new argon2id hash of `password`.
    pub async fn hash(&self, password: &str) -> Result<String, ApiError> {
        let password = password.to_owned();
        self.run(move || password::hash_now(&password)).await?
    }

    /// Whether `password` matches the PHC string `hash` (see
    /// [`password::verify_now`]).
    pub async fn verify(&self, password: &str, hash: &str) -> Result<bool, ApiError> {
        let (password, hash) = (password.to_owned(), hash.to_owned());
        self.run(move || password::verify_now(&password, &hash)).await
    }

    /// A place in the pool (running or waiting), held until dropped; 503
    /// at once when none is left.
    pub fn try_admit(&self) -> Result<Admitted, ApiError> {
        let permit =
            self.admitted.clone().try_acquire_owned().map_err(|_| ApiError::Busy { retry_after: BUSY_RETRY_AFTER })?;
        Ok(Admitted { _permit: permit })
    }

    /// Runs `work` on a hashing thread; 503 at once when no place is
    /// left. The place is held until the work ends, even if the request is
    /// dropped meanwhile.
    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, ApiError> {
        let admitted = self.try_admit()?;
        let hashes = self.hashes.clone();
        let (reply, answer) = oneshot::channel();
        let job: Job = Box::new(move || {
            hashes.fetch_add(1, Ordering::Relaxed);
            let done = work();
            drop(admitted);
            let _ = reply.send(done);
        });
        self.jobs.send(job).map_err(|_| ApiError::Internal("the password-hashing threads stopped".into()))?;
        answer.await.map_err(|_| ApiError::Internal("password hashing stopped".into()))
    }
}

impl Default for HashPool {
    /// One slot per core, and four places in the queue per slot.
    fn default() -> HashPool {
        let size = HashPool::machine_size();
        HashPool::new(size, 4 * size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_full_pool_answers_busy_at_once_and_counts_hashes() {
        let pool = Arc::new(HashPool::new(1, 1));
        let hash = pool.hash("correct horse battery").await.unwrap();
        assert!(pool.verify("correct horse battery", &hash).await.unwrap());
        assert_eq!(pool.hashes(), 2);

        // Two places in all: hold them, and a third is turned away.
        let held = [pool.try_admit().unwrap(), pool.try_admit().unwrap()];
        assert!(pool.is_full());
        assert!(matches!(pool.verify("x", &hash).await, Err(ApiError::Busy { retry_after: BUSY_RETRY_AFTER })));
        assert_eq!(pool.hashes(), 2, "a refused request hashes nothing");
        drop(held);
        assert!(!pool.is_full());
        assert!(!pool.verify("x", &hash).await.unwrap());
    }
}
