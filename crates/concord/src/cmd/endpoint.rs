//! Where a command that reads or writes through the API is answered: a
//! server (`--url`, with an API token from `--token` or `CONCORD_TOKEN`),
//! or, without `--url`, the server's own code on a local data directory as
//! its secretariat administrator (`sec.admin`), so the rules and what each
//! caller sees are the same either way.

use anyhow::anyhow;
use serde::Serialize;
use serde_json::Value;
use server::AppState;
use server::auth::Caller;
use server::error::ApiError;
use store::Store;

use super::access::{Acting, from_api, local_admin};
use super::http::Server;
use super::{Failure, bad_input, failed};

/// Where a command is answered: a server (with an API token, if any), or
/// the server's own code on a data directory, as its administrator.
pub(super) enum Endpoint {
    /// A server, with an API token if one is given.
    Remote(Server, Option<String>),
    /// The server's own code on a data directory, as its administrator.
    Local(Box<(AppState, Caller)>),
}

impl Endpoint {
    /// For reading: the server, or the data directory without its writer.
    pub(super) async fn reading(acting: &Acting) -> Result<Endpoint, Failure> {
        if let Some(url) = &acting.place.url {
            return Ok(Endpoint::Remote(Server::new(url)?, acting.token.clone()));
        }
        let store = Store::open_detached(&acting.place.store.config()).await?;
        let caller = local_admin(&store).await?;
        Ok(Endpoint::Local(Box::new((AppState::new(store), caller))))
    }

    /// For writing: the server with a token, or the data directory with
    /// its writer (an existing one only: this never creates one).
    pub(super) async fn writing(acting: &Acting) -> Result<Endpoint, Failure> {
        if let Some((server, token)) = acting.server()? {
            return Ok(Endpoint::Remote(server, Some(token)));
        }
        let config = acting.place.store.config();
        drop(Store::open_detached(&config).await?);
        let store = Store::open(&config).await?;
        let caller = local_admin(&store).await?;
        Ok(Endpoint::Local(Box::new((AppState::new(store), caller))))
    }

    /// GETs `path` from the server, or answers it with `local`.
    pub(super) async fn get<R: Serialize>(
        &self,
        path: &str,
        local: impl AsyncFnOnce(&AppState, &Caller) -> Result<R, ApiError>,
    ) -> Result<Value, Failure> {
        match self {
            Endpoint::Remote(server, token) => server.get_json_as(path, token.as_deref()).await,
            Endpoint::Local(here) => json_of(local(&here.0, &here.1).await.map_err(from_api)?),
        }
    }

    /// POSTs `body` to the server's `path`, or does it with `local`.
    pub(super) async fn post<R: Serialize>(
        &self,
        path: &str,
        body: Value,
        local: impl AsyncFnOnce(&AppState, &Caller) -> Result<R, ApiError>,
    ) -> Result<Value, Failure> {
        match self {
            Endpoint::Remote(server, token) => {
                let token = token.as_deref().ok_or_else(|| bad_input(anyhow!("--url needs an API token")))?;
                server.send_json(path, token, &body).await
            }
            Endpoint::Local(here) => json_of(local(&here.0, &here.1).await.map_err(from_api)?),
        }
    }
}

/// A value as JSON.
pub(super) fn json_of(value: impl Serialize) -> Result<Value, Failure> {
    serde_json::to_value(value).map_err(|err| failed(anyhow!(err)))
}
