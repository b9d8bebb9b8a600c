//! A small HTTP client for the commands that talk to a server.

use anyhow::anyhow;
use reqwest::{Client, StatusCode};

use super::{Failure, bad_input, failed};

/// A client for one server, by base URL.
#[derive(Debug, Clone)]
pub struct Server {
    client: Client,
    base: String,
}

impl Server {
    /// A client for `base_url` (e.g. `http://127.0.0.1:8080`).
    pub fn new(base_url: &str) -> Result<Server, Failure> {
        let base = base_url.trim_end_matches('/').to_owned();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(bad_input(anyhow!("the server URL must start with http:// or https://, not {base_url:?}")));
        }
        let client = Client::builder()
            .user_agent(concat!("concord/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|err| failed(anyhow!("cannot make an HTTP client: {err}")))?;
        Ok(Server { client, base })
    }

    /// The body at `path`, or `None` on 404.
    pub async fn get(&self, path: &str) -> Result<Option<Vec<u8>>, Failure> {
        let url = format!("{}/{}", self.base, path.trim_start_matches('/'));
        let response =
            self.client.get(&url).send().await.map_err(|err| failed(anyhow!("cannot reach {url}: {err}")))?;
        match response.status() {
            StatusCode::OK => {}
            StatusCode::NOT_FOUND => return Ok(None),
            status => {
                let body = response.text().await.unwrap_or_default();
                return Err(failed(anyhow!("{url} answered {status}: {}", body.trim())));
            }
        }
        let bytes = response.bytes().await.map_err(|err| failed(anyhow!("cannot read {url}: {err}")))?;
        Ok(Some(bytes.to_vec()))
    }

    /// The body at `path`; a 404 is an error.
    pub async fn get_required(&self, path: &str) -> Result<Vec<u8>, Failure> {
        self.get(path).await?.ok_or_else(|| failed(anyhow!("{}/{path} was not found", self.base)))
    }

    /// POSTs JSON with an API token; answers the JSON reply. A refusal or
    /// bad input (4xx) is a bad-input failure with the server's explanation.
    pub async fn send_json(
        &self,
        path: &str,
        token: &str,
        body: &serde_json::Value,
    ) -> Result<serde_json::Value, Failure> {
        let url = format!("{}/{}", self.base, path.trim_start_matches('/'));
        let response = self
            .client
            .post(&url)
            .bearer_auth(token)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body.to_string())
            .send()
            .await
            .map_err(|err| failed(anyhow!("cannot reach {url}: {err}")))?;
        json_answer(&url, response).await
    }

    /// GETs the JSON at `path`, with an API token if one is given. A
    /// refusal or an unknown thing (4xx) is a bad-input failure with the
    /// server's explanation.
    pub async fn get_json_as(&self, path: &str, token: Option<&str>) -> Result<serde_json::Value, Failure> {
        let url = format!("{}/{}", self.base, path.trim_start_matches('/'));
        let mut request = self.client.get(&url);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.map_err(|err| failed(anyhow!("cannot reach {url}: {err}")))?;
        json_answer(&url, response).await
    }

    /// The JSON at `path`.
    pub async fn get_json(&self, path: &str) -> Result<serde_json::Value, Failure> {
        let bytes = self.get_required(path).await?;
        serde_json::from_slice(&bytes).map_err(|err| failed(anyhow!("{}/{path} is not JSON: {err}", self.base)))
    }
}

/// The JSON of a successful answer from `url`; otherwise the problem's
/// detail, as bad input for a 4xx and a failure for anything else.
async fn json_answer(url: &str, response: reqwest::Response) -> Result<serde_json::Value, Failure> {
    let status = response.status();
    let text = response.text().await.map_err(|err| failed(anyhow!("cannot read {url}: {err}")))?;
    let json: serde_json::Value = serde_json::from_str(&text).unwrap_or(serde_json::Value::Null);
    if status.is_success() {
        return Ok(json);
    }
    let detail = json["detail"].as_str().unwrap_or(text.trim()).to_owned();
    let err = anyhow!("{url} answered {status}: {detail}");
    Err(if status.is_client_error() { bad_input(err) } else { failed(err) })
}

/// The server a decisions command talks to, and the API token it acts
/// with.
#[derive(Debug, Clone, clap::Args)]
pub struct Remote {
    /// The server to talk to.
    #[arg(long, env = "CONCORD_URL", value_name = "URL")]
    pub url: String,
    /// The API token (create one with `concord token create`).
    #[arg(long, env = "CONCORD_TOKEN", value_name = "TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

impl Remote {
    /// The client and the token, or bad input when no token is given.
    pub fn acting(&self) -> Result<(Server, String), Failure> {
        let token = self.token.clone().ok_or_else(|| {
            bad_input(anyhow!(
                "this needs an API token: pass --token or set CONCORD_TOKEN (see `concord token create`)"
            ))
        })?;
        Ok((Server::new(&self.url)?, token))
    }

    /// The member state the token's person acts for (`GET
    /// /api/v1/accounts/me`), for commands whose member state defaults to
    /// one's own.
    pub async fn own_member(&self, server: &Server, token: &str, option: &str) -> Result<String, Failure> {
        let me = server
            .get_json_as("api/v1/accounts/me", Some(token))
            .await
            .map_err(|err| bad_input(anyhow!("cannot learn your member state ({}); pass {option}", err.error())))?;
        me["member"]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| bad_input(anyhow!("your account acts for no member state; pass {option} to name one")))
    }

    /// Prints `value` as JSON with --json, else `text`.
    pub fn print(&self, value: &serde_json::Value, text: impl FnOnce(&serde_json::Value) -> String) {
        if self.json {
            println!("{value:#}");
        } else {
            println!("{}", text(value));
        }
    }
}
