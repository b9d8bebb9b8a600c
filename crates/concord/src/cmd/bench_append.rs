//! `concord bench append`: events appended per second with group commit.

use std::time::Instant;

use anyhow::anyhow;
use domain::Command;
use domain::authz::Caller;
use domain::lang::Lang;
use store::Store;

use super::bench::scratch_store;
use super::plural::count;
use super::{Failure, block_on, failed};

/// Options of `concord bench append`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Events to append.
    #[arg(long, default_value_t = 100_000)]
    pub events: u64,
    /// Clients submitting at the same time (each waits for its receipt).
    #[arg(long, default_value_t = 1_000)]
    pub clients: u64,
    /// Measure on PostgreSQL (a scratch schema in this database) instead of
    /// SQLite.
    #[arg(long, value_name = "URL")]
    pub database_url: Option<String>,
}

/// Runs the benchmark and prints events per second.
pub fn run(args: Args) -> Result<(), Failure> {
    block_on(async {
        let (store, scratch) = scratch_store(args.database_url.as_deref()).await?;
        let backend = store.backend().name();
        let started = Instant::now();
        append(&store, args.events, args.clients).await?;
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "appended {} on {backend} in {seconds:.2} s: {:.0} events/s ({}, one event per command)",
            count(args.events, "event", "events"),
            args.events as f64 / seconds,
            count(args.clients, "client", "clients")
        );
        drop(store);
        scratch.clean_up().await;
        Ok(())
    })?
}

/// Appends `events` one-event commands (published documents) from
/// `clients` concurrent submitters.
pub(super) async fn append(store: &Store, events: u64, clients: u64) -> Result<(), Failure> {
    let blob = store.put_blob(b"A benchmark document.", "text/plain; charset=utf-8").await?;
    let clients = clients.clamp(1, events.max(1));
    let mut tasks = Vec::new();
    for client in 0..clients {
        let store = store.clone();
        let blob = blob.clone();
        let share = events / clients + u64::from(client < events % clients);
        tasks.push(tokio::spawn(async move {
            for i in 0..share {
                let command = Command::PublishDocument {
                    title: format!("Benchmark document {client}-{i}"),
                    language: Lang::En,
                    blob: blob.clone(),
                };
                store.submit(Caller::system(), command).await?;
            }
            Ok::<_, store::StoreError>(())
        }));
    }
    for task in tasks {
        task.await.map_err(|err| failed(anyhow!("a client failed: {err}")))??;
    }
    Ok(())
}
