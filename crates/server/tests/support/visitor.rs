//! A visitor of the pages without a browser: keeps its cookies, fills the
//! forms it was shown (with their hidden CSRF token and nonce) and follows
//! redirects when asked.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use server::{AppState, app};
use tower::ServiceExt;

/// A page (or a redirect) as the visitor received it.
#[derive(Debug)]
pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub html: String,
}

impl Page {
    /// Whether the HTML contains `text`.
    pub fn has(&self, text: &str) -> bool {
        self.html.contains(text)
    }

    /// Fails unless the HTML contains `text`.
    #[track_caller]
    pub fn assert_has(&self, text: &str) {
        assert!(self.has(text), "no {text:?} in ({}):\n{}", self.status, self.html);
    }

    /// Where a redirect goes.
    #[track_caller]
    pub fn location(&self) -> &str {
        assert_eq!(self.status, StatusCode::SEE_OTHER, "not a redirect:\n{}", self.html);
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).expect("a Location header")
    }

    /// The values of the hidden inputs of the form that posts to `action`.
    #[track_caller]
    pub fn hidden_fields(&self, action: &str) -> Vec<(String, String)> {
        let marker = format!("action=\"{action}\"");
        let start = self.html.find(&marker).unwrap_or_else(|| panic!("no form to {action} in:\n{}", self.html));
        let form = &self.html[start..];
        let form = &form[..form.find("</form>").expect("the form ends")];
        form.split("<input")
            .skip(1)
            .filter(|input| input.contains("type=\"hidden\""))
            .filter_map(|input| Some((attribute(input, "name")?, attribute(input, "value").unwrap_or_default())))
            .collect()
    }

    /// The text of the element with `id`, tags removed.
    pub fn text_of_id(&self, id: &str) -> Option<String> {
        let start = self.html.find(&format!("id=\"{id}\""))?;
        let rest = &self.html[start..];
        let open_end = rest.find('>')? + 1;
        let close = rest[open_end..].find("</")?;
        Some(unescape(rest[open_end..open_end + close].trim()))
    }
}

/// The value of attribute `name` in the text of a tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let marker = format!(" {name}=\"");
    let start = tag.find(&marker)? + marker.len();
    let end = tag[start..].find('"')?;
    Some(unescape(&tag[start..start + end]))
}

/// Undoes askama's HTML escaping.
pub fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

/// Someone using the pages, with their cookies.
pub struct Visitor {
    state: AppState,
    cookies: BTreeMap<String, String>,
}

impl Visitor {
    /// A new visitor with no cookies.
    pub fn new(state: &AppState) -> Visitor {
        Visitor { state: state.clone(), cookies: BTreeMap::new() }
    }

    /// The value of a cookie the visitor holds.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.get(name).map(String::as_str)
    }

    async fn send(&mut self, method: Method, uri: &str, body: Option<String>) -> Page {
        let mut builder = Request::builder().method(method).uri(uri).header(header::HOST, "concord.test");
        if !self.cookies.is_empty() {
            let cookies: Vec<String> = self.cookies.iter().map(|(n, v)| format!("{n}={v}")).collect();
            builder = builder.header(header::COOKIE, cookies.join("; "));
        }
        let body = match body {
            Some(body) => {
                builder = builder
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header(header::ORIGIN, "http://concord.test");
                Body::from(body)
            }
            None => Body::empty(),
        };
        let response = app(self.state.clone()).oneshot(builder.body(body).unwrap()).await.unwrap();
        for value in response.headers().get_all(header::SET_COOKIE) {
            let value = value.to_str().unwrap();
            let pair = value.split(';').next().unwrap();
            let (name, cookie) = pair.split_once('=').unwrap();
            if cookie.is_empty() || value.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), cookie.to_owned());
            }
        }
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Page { status, headers, html: String::from_utf8(bytes.to_vec()).unwrap() }
    }

    /// GETs a page.
    pub async fn get(&mut self, uri: &str) -> Page {
        self.send(Method::GET, uri, None).await
    }

    /// POSTs exactly these fields (no hidden fields added).
    pub async fn post(&mut self, uri: &str, fields: &[(String, String)]) -> Page {
        let body = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        self.send(Method::POST, uri, Some(body)).await
    }

    /// Sends the form of `page` that posts to `action`: its hidden fields,
    /// then `fields`.
    pub async fn submit(&mut self, page: &Page, action: &str, fields: &[(&str, &str)]) -> Page {
        let mut all = page.hidden_fields(action);
        all.retain(|(name, _)| !fields.iter().any(|(n, _)| n == name));
        all.extend(fields.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())));
        self.post(action, &all).await
    }

    /// GETs `uri`, then sends its form to `action` with `fields`.
    pub async fn fill(&mut self, uri: &str, action: &str, fields: &[(&str, &str)]) -> Page {
        let page = self.get(uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}:\n{}", page.html);
        self.submit(&page, action, fields).await
    }

    /// Follows a redirect.
    pub async fn follow(&mut self, page: &Page) -> Page {
        let to = page.location().to_owned();
        self.get(&to).await
    }
}
