//! The page skeleton and the reusable pieces, written once.
//!
//! [`Ctx`] is what a handler learns about the request (language, path,
//! query); [`Layout`] fills `templates/base.html` (the `<html lang dir>`,
//! title "heading – organization", skip link, header with the language
//! switch and the slot for the signed-in person, breadcrumbs, `<main>`, and
//! the footer with the record's checkpoint). The other types here feed the
//! macros of `templates/components.html`: summary lists, sortable table
//! headers, status tags, form fields with their error summary, notification
//! banners and pagination.

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::lang::Lang;
use domain::{Envelope, Event};
use store::federation::EvidenceKind;

use super::assets::CSS_HREF;
use super::errors::WebError;
use super::form::FLASH_COOKIE;
use super::i18n::{self, LANG_COOKIE, Tr};
use super::locale::When;
use crate::AppState;
use crate::auth::{Caller, Credential};
use crate::federation::facts::{Alert, NodeFacts};

/// What a page handler knows about its request.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The page language.
    pub lang: Lang,
    /// Whether the user chose the language on this request (`?lang=`).
    pub chosen_now: bool,
    /// The request path.
    pub path: String,
    /// The query parameters, in order.
    pub query: Vec<(String, String)>,
    /// The `Host` header, for the commands a page shows.
    pub host: Option<String>,
    /// Who is asking (anonymous unless signed in with a session).
    pub caller: Caller,
    /// The message id of a notice left by the previous request (after a
    /// form succeeded and redirected here), shown once.
    pub flash: Option<String>,
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Ctx, WebError> {
        let mut ctx = Ctx::of(parts);
        ctx.caller = match Caller::authenticate(parts, state).await {
            Ok(caller) => caller,
            // A bad API token on a page: the page is shown as to anyone.
            Err(crate::error::ApiError::Unauthorized(_)) => Caller::anonymous(Credential::None),
            Err(err) => return Err(WebError::from_api(err)),
        };
        Ok(ctx)
    }
}

impl Ctx {
    /// The context of a request, before finding who is asking (the error
    /// pages use it as it is).
    pub fn of(parts: &Parts) -> Ctx {
        let query = parts.uri.query();
        let choice = i18n::negotiate(query, &parts.headers);
        let flash = axum_extra::extract::CookieJar::from_headers(&parts.headers)
            .get(FLASH_COOKIE)
            .map(|cookie| cookie.value().to_owned())
            .filter(|id| super::form::NOTICES.contains(&id.as_str()));
        Ctx {
            lang: choice.lang,
            chosen_now: choice.chosen_now,
            path: parts.uri.path().to_owned(),
            query: query.map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect()).unwrap_or_default(),
            host: parts.headers.get(header::HOST).and_then(|h| h.to_str().ok()).map(str::to_owned),
            caller: Caller::anonymous(Credential::None),
            flash,
        }
    }

    /// The signed-in person's account, once the second factor is done.
    pub fn account(&self) -> Option<&store::access::Account> {
        self.caller.account.as_ref().filter(|_| !self.caller.second_factor_pending())
    }

    /// Refuses the page unless the caller may take `action` on `target`:
    /// a visitor is sent to sign in (and back here after), a session
    /// waiting for its code to the code page, anyone else gets a 403 page.
    pub fn require(
        &self,
        state: &AppState,
        action: domain::authz::Action,
        target: domain::authz::Target,
    ) -> Result<(), WebError> {
        if self.caller.second_factor_pending() {
            return Err(WebError::Redirect("/sign-in/two-factor".into()));
        }
        self.caller.require(state, action, target).map_err(|err| match err {
            crate::error::ApiError::Unauthorized(_) => WebError::SignIn(self.path.clone()),
            other => WebError::from_api(other),
        })
    }

    /// The texts of the page language.
    pub fn tr(&self) -> Tr {
        Tr { lang: self.lang }
    }

    /// The first value of query parameter `name`.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// This page's path with the query changed: each `(name, value)` replaces
    /// that parameter (an empty value removes it); `lang` is always dropped.
    pub fn href_with(&self, changes: &[(&str, &str)]) -> String {
        href(&self.path, &self.query, changes)
    }
}

/// `path` with `query` changed as [`Ctx::href_with`] says.
pub fn href(path: &str, query: &[(String, String)], changes: &[(&str, &str)]) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (name, value) in query {
        if name == "lang" || changes.iter().any(|(n, _)| n == name) {
            continue;
        }
        out.append_pair(name, value);
    }
    for (name, value) in changes {
        if !value.is_empty() {
            out.append_pair(name, value);
        }
    }
    let query = out.finish();
    if query.is_empty() { path.to_owned() } else { format!("{path}?{query}") }
}

/// A link in the language switch.
#[derive(Debug, Clone)]
pub struct LangLink {
    /// The BCP 47 code.
    pub code: &'static str,
    /// The language's own name.
    pub name: &'static str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// This page in that language.
    pub href: String,
    /// Whether it is the page's language.
    pub current: bool,
}

/// A breadcrumb.
#[derive(Debug, Clone)]
pub struct Crumb {
    /// The text.
    pub label: String,
    /// Where it goes.
    pub href: String,
}

/// The main sections, for the navigation's `aria-current`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The home page.
    Home,
    /// The member directory.
    Members,
    /// The stakeholder organizations.
    Organizations,
    /// The public record.
    Record,
    /// The organization's documents.
    Documents,
    /// The consultations.
    Consultations,
    /// The ballots: recorded votes of the member states.
    Ballots,
    /// The AI divide index: the index, profiles, methodology, submissions.
    Divide,
    /// A participant's, stakeholder's or observer's home: what they take
    /// part in.
    Participation,
    /// One's own account, sign-in and tokens.
    Account,
    /// A head of delegation's management of the delegation.
    Delegation,
    /// The secretariat's accreditation and admission screens.
    Secretariat,
    /// Anything else (error pages).
    None,
}

/// A link of the main navigation.
#[derive(Debug, Clone)]
pub struct NavLink {
    /// The text.
    pub label: String,
    /// Where it goes (on a mirror, signing in goes to the hub).
    pub href: String,
    /// Whether the page is in its section.
    pub current: bool,
}

/// The signed-in person, in the header.
#[derive(Debug, Clone)]
pub struct Person {
    /// The name they gave.
    pub name: String,
    /// The CSRF token for the sign-out form.
    pub csrf: String,
    /// The sign-out form's nonce.
    pub nonce: String,
}

/// Everything `base.html` needs.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The texts.
    pub tr: Tr,
    /// `<html lang>`.
    pub lang: &'static str,
    /// `<html dir>`.
    pub dir: &'static str,
    /// The `<title>`: "heading – organization", prefixed "Error: " when a
    /// form failed.
    pub title: String,
    /// The organization's name.
    pub org: String,
    /// The language switch.
    pub languages: Vec<LangLink>,
    /// The trail above the heading (the current page is not in it).
    pub breadcrumbs: Vec<Crumb>,
    /// The main navigation: the public sections, then those of the
    /// caller's role.
    pub nav: Vec<NavLink>,
    /// The signed-in person (name and sign-out form), if any.
    pub person: Option<Person>,
    /// A notice left by the previous request (a form that succeeded).
    pub notice: Option<Banner>,
    /// "Record verified up to entry N", N the last entry covered by the
    /// signed checkpoint.
    pub footer: Option<String>,
    /// The stylesheet's address.
    pub css: &'static str,
    /// Whether the organization is a demonstration (`serve --demo`): a
    /// phase banner under the header says so.
    pub demo: bool,
    /// On a mirror: whose record this is, how current, and whether the hub
    /// went silent (a banner under the header).
    pub mirror: Option<MirrorBanner>,
    /// Evidence of a fork was kept: an alert at the top of every page.
    pub fork: Option<ForkAlert>,
    chosen_now: bool,
    clear_flash: bool,
    no_store: bool,
}

impl Layout {
    /// The skeleton of a page headed `heading` in `section`.
    pub async fn new(state: &AppState, ctx: &Ctx, heading: &str, section: Section) -> Layout {
        let (org, verified_up_to) = chrome_facts(state).await;
        let facts = node_facts(state).await;
        Layout::with_facts(ctx, heading, section, org, verified_up_to).of_demo(state).of_node(state, facts.as_deref())
    }

    /// Adds what the federation shows on every page: on a mirror, the
    /// banner naming the hub (and a warning when it went silent) and a
    /// sign-in link to the hub; on any node that kept evidence of a fork,
    /// the alert. `facts` are the node's facts if they could be read.
    pub fn of_node(mut self, state: &AppState, facts: Option<&NodeFacts>) -> Layout {
        let tr = self.tr;
        let now = domain::Timestamp::now().unix_millis();
        if let Some(hub) = state.node.hub_url() {
            for link in self.nav.iter_mut().filter(|link| link.href == "/sign-in") {
                link.href = format!("{}/sign-in", hub.trim_end_matches('/'));
            }
            self.mirror = Some(MirrorBanner::new(tr, hub, facts, now));
        }
        if let Some(fork) = facts.and_then(NodeFacts::fork) {
            self.fork = Some(ForkAlert::new(tr, fork, state.node.hub_url().is_some()));
        }
        self
    }

    /// Marks the page as one of a demonstration when `state` serves one.
    pub fn of_demo(mut self, state: &AppState) -> Layout {
        self.demo = state.demo.is_some();
        self
    }

    /// The skeleton from facts already read.
    pub fn with_facts(ctx: &Ctx, heading: &str, section: Section, org: String, verified_up_to: Option<u64>) -> Layout {
        let languages = Lang::ALL
            .into_iter()
            .map(|lang| LangLink {
                code: lang.code(),
                name: i18n::endonym(lang),
                dir: if lang.is_rtl() { "rtl" } else { "ltr" },
                href: ctx.href_with(&[("lang", lang.code())]),
                current: lang == ctx.lang,
            })
            .collect();
        let tr = ctx.tr();
        let person = match (ctx.account(), ctx.caller.csrf_token()) {
            (Some(account), Some(csrf)) => Some(Person {
                name: account.display_name.clone(),
                csrf: csrf.to_owned(),
                nonce: super::form::new_nonce(),
            }),
            _ => None,
        };
        Layout {
            footer: verified_up_to.map(|entry| tr.t_args("footer-record", &[("entry", tr.number(entry).into())])),
            nav: navigation(ctx, section),
            notice: ctx.flash.as_ref().map(|id| Banner { title: tr.t("banner-success"), body: tr.t(id) }),
            clear_flash: ctx.flash.is_some(),
            person,
            tr,
            lang: ctx.lang.code(),
            dir: if ctx.lang.is_rtl() { "rtl" } else { "ltr" },
            title: format!("{heading} – {org}"),
            org,
            languages,
            breadcrumbs: Vec::new(),
            css: CSS_HREF.as_str(),
            demo: false,
            mirror: None,
            fork: None,
            chosen_now: ctx.chosen_now,
            no_store: false,
        }
    }

    /// Adds a breadcrumb.
    pub fn crumb(mut self, label: String, href: &str) -> Layout {
        self.breadcrumbs.push(Crumb { label, href: href.to_owned() });
        self
    }

    /// Prefixes the title with "Error: " (a form failed validation).
    pub fn failed(mut self) -> Layout {
        self.title = format!("{} {}", self.tr.t("error-prefix"), self.title);
        self
    }

    /// The skeleton and status of a page with a form: as it is and 200 when
    /// the form has no errors, else "Error: " before the title and 422.
    pub fn for_form<E>(self, errors: &[E]) -> (Layout, StatusCode) {
        if errors.is_empty() { (self, StatusCode::OK) } else { (self.failed(), StatusCode::UNPROCESSABLE_ENTITY) }
    }

    /// Marks the page as private: never kept by the browser or a proxy
    /// (pages that show a secret once, account pages).
    pub fn private(mut self) -> Layout {
        self.no_store = true;
        self
    }

    /// Renders `template` as this page's answer with `status`.
    pub fn respond(&self, status: StatusCode, template: &impl Template) -> Response {
        let body = match template.render() {
            Ok(body) => body,
            Err(err) => {
                return WebError::Internal(format!("a template failed: {err}")).into_response();
            }
        };
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        let cache = if self.no_store || self.person.is_some() { "no-store" } else { "no-cache" };
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
        headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(self.lang));
        if self.chosen_now
            && let Ok(cookie) = HeaderValue::from_str(&format!(
                "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
                self.lang
            ))
        {
            headers.append(header::SET_COOKIE, cookie);
        }
        if self.clear_flash {
            headers.append(
                header::SET_COOKIE,
                HeaderValue::from_static("concord_flash=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly"),
            );
        }
        response
    }
}

/// The main navigation for `ctx`'s caller, with `section` current.
fn navigation(ctx: &Ctx, section: Section) -> Vec<NavLink> {
    use domain::authz::Role;
    let tr = ctx.tr();
    let mut links = vec![
        (Section::Members, tr.t("site-members"), "/members"),
        (Section::Organizations, tr.t("site-organizations"), "/organizations"),
        (Section::Documents, tr.t("site-documents"), "/documents"),
        (Section::Consultations, tr.t("consultations-title"), "/consultations"),
        (Section::Ballots, tr.t("ballots-title"), "/ballots"),
        (Section::Divide, tr.t("divide-nav"), "/divide"),
        (Section::Record, tr.t("site-record"), "/record"),
    ];
    if ctx.account().is_some() {
        // Each role's home (where signing in leads), so no link of the
        // navigation answers 403.
        match ctx.caller.principal.role {
            Role::Secretariat => links.push((Section::Secretariat, tr.t("site-secretariat"), "/secretariat")),
            Role::HeadOfDelegation | Role::Delegate | Role::Alternate => {
                links.push((Section::Delegation, tr.t("site-delegation"), "/delegation"))
            }
            Role::Participant | Role::Stakeholder | Role::Observer => {
                links.push((Section::Participation, tr.t("site-participation"), "/participation"))
            }
            Role::Anonymous => {}
        }
        links.push((Section::Account, tr.t("site-account"), "/account"));
    } else {
        links.push((Section::Account, tr.t("site-sign-in"), "/sign-in"));
    }
    links
        .into_iter()
        .map(|(of, label, href)| NavLink { label, href: href.to_owned(), current: of == section })
        .collect()
}

/// Where a signed-in person of `role` lands: the page with what they can
/// do now (the secretariat's work, their delegation, what they take part
/// in).
pub fn home_of(role: domain::authz::Role) -> &'static str {
    use domain::authz::Role;
    match role {
        Role::Secretariat => "/secretariat",
        Role::HeadOfDelegation | Role::Delegate | Role::Alternate => "/delegation",
        Role::Participant | Role::Stakeholder | Role::Observer => "/participation",
        Role::Anonymous => "/",
    }
}

/// The node's facts for the federation's banners, at most two seconds old;
/// `None` (logged) if they cannot be read.
pub async fn node_facts(state: &AppState) -> Option<std::sync::Arc<NodeFacts>> {
    match state.node_facts.get(&state.store).await {
        Ok(facts) => Some(facts),
        Err(err) => {
            tracing::warn!(error = %err, "could not read the node's federation facts");
            state.node_facts.cached()
        }
    }
}

/// A sentence that may hold a moment, shown in a `<time>` element.
#[derive(Debug, Clone)]
pub struct Said {
    /// The text before the moment (all of it when there is none).
    pub before: String,
    /// The moment.
    pub when: Option<When>,
    /// The text after it.
    pub after: String,
}

impl Said {
    /// A sentence without a moment.
    pub fn plain(text: String) -> Said {
        Said { before: text, when: None, after: String::new() }
    }
}

impl From<super::locale::Phrase> for Said {
    fn from(phrase: super::locale::Phrase) -> Said {
        Said { before: phrase.before, when: Some(phrase.when), after: phrase.after }
    }
}

/// The banner of a mirror: whose record it holds and how current it is.
#[derive(Debug, Clone)]
pub struct MirrorBanner {
    /// "Mirror".
    pub tag: String,
    /// "This site mirrors the record of HUB. It holds N entries; it was
    /// last in step with the hub on TIME."
    pub text: Said,
    /// The warning when the hub has not answered for over a minute.
    pub silent: Option<Said>,
    /// "About this mirror", to `/nodes`.
    pub link: String,
    /// "Warning", for screen readers.
    pub warning: String,
}

impl MirrorBanner {
    fn new(tr: Tr, hub: &str, facts: Option<&NodeFacts>, now: i64) -> MirrorBanner {
        let entries = facts.map_or(0, |facts| facts.log_size);
        let args = [("hub", hub.into()), ("count", entries.into()), ("shown", tr.number(entries).into())];
        let answered = facts.and_then(NodeFacts::hub_answered_at);
        let text = match answered {
            Some(at) => tr.phrase("mirror-banner", &args, "time", tr.when_millis(at)).into(),
            None => Said::plain(tr.t_args("mirror-banner-never", &args)),
        };
        let silent = facts.filter(|facts| facts.hub_silent(now)).map(|_| match answered {
            Some(at) => tr.phrase("mirror-silent", &[], "time", tr.when_millis(at)).into(),
            None => Said::plain(tr.t("mirror-silent-never")),
        });
        MirrorBanner {
            tag: tr.t("mirror-tag"),
            text,
            silent,
            link: tr.t("mirror-nodes-link"),
            warning: tr.t("mirror-warning"),
        }
    }
}

/// The alert of a node that kept evidence of a fork.
#[derive(Debug, Clone)]
pub struct ForkAlert {
    /// Its heading.
    pub title: String,
    /// What the hub showed.
    pub what: String,
    /// When following stopped (a mirror) or the fork was found (a hub).
    pub when: Said,
    /// "See the evidence", to `/nodes#evidence`.
    pub link: String,
}

impl ForkAlert {
    fn new(tr: Tr, fork: &Alert, mirror: bool) -> ForkAlert {
        let what = if fork.kind == EvidenceKind::SplitView { tr.t("fork-alert-peer") } else { tr.t("fork-alert-held") };
        let at = tr.when_millis(fork.detected_at);
        let when = if mirror {
            tr.phrase("fork-alert-stopped", &[], "time", at)
        } else {
            tr.phrase("fork-alert-found", &[], "time", at)
        };
        ForkAlert { title: tr.t("banner-important"), what, when: when.into(), link: tr.t("fork-alert-link") }
    }
}

/// The organization's name (from the first entry of the log) and the last
/// entry covered by the signed checkpoint. Failures are logged and shown
/// as a plain skeleton, so that even the error pages render.
pub async fn chrome_facts(state: &AppState) -> (String, Option<u64>) {
    let name = match state.organization_name.get() {
        Some(name) => Some(name.clone()),
        None => founded_name(state).await,
    };
    let verified = match state.store.log_sizes().await {
        Ok((_, checkpoint)) => checkpoint.checked_sub(1),
        Err(err) => {
            tracing::warn!(error = %err, "could not read the checkpoint size");
            None
        }
    };
    (name.unwrap_or_else(|| "Concord".to_owned()), verified)
}

/// The organization's name from the first entry of the log, kept in the
/// state once read: the founding entry never changes.
async fn founded_name(state: &AppState) -> Option<String> {
    let name = match state.store.entry(0).await {
        Ok(Some(entry)) => match Envelope::decode(&entry.bytes) {
            Ok(Envelope { event: Event::OrganizationFounded(founded), .. }) => Some(founded.name),
            _ => None,
        },
        Ok(None) => None,
        Err(err) => {
            tracing::warn!(error = %err, "could not read the organization's name");
            None
        }
    };
    if let Some(name) = &name {
        // Another request may have set it meanwhile: the same name.
        let _ = state.organization_name.set(name.clone());
    }
    name
}

/// A row of a summary list.
#[derive(Debug, Clone)]
pub struct SummaryRow {
    /// The label.
    pub key: String,
    /// The value.
    pub value: String,
    /// Makes the value a link.
    pub href: Option<String>,
    /// The value's language, when it differs from the page's.
    pub lang: Option<Lang>,
    /// Shows the value as code (hashes, keys), left to right.
    pub code: bool,
    /// The value is this moment, shown in a `<time>` element.
    pub when: Option<When>,
}

impl SummaryRow {
    /// A plain row.
    pub fn new(key: String, value: String) -> SummaryRow {
        SummaryRow { key, value, href: None, lang: None, code: false, when: None }
    }

    /// A row whose value is a moment.
    pub fn time(key: String, when: When) -> SummaryRow {
        SummaryRow { value: when.text.clone(), when: Some(when), ..SummaryRow::new(key, String::new()) }
    }

    /// The value links to `href`.
    pub fn link(mut self, href: String) -> SummaryRow {
        self.href = Some(href);
        self
    }

    /// The value is in `lang`.
    pub fn in_lang(mut self, lang: Lang) -> SummaryRow {
        self.lang = Some(lang);
        self
    }

    /// The value is code.
    pub fn code(mut self) -> SummaryRow {
        self.code = true;
        self
    }

    /// `lang` attribute of the value, if any.
    pub fn lang_code(&self) -> &'static str {
        self.lang.map_or("", |lang| lang.code())
    }

    /// `dir` attribute of the value, if any.
    pub fn dir(&self) -> &'static str {
        match self.lang {
            Some(lang) if lang.is_rtl() => "rtl",
            Some(_) => "ltr",
            None if self.code => "ltr",
            None => "",
        }
    }
}

/// A column header of a table sorted on the server.
#[derive(Debug, Clone)]
pub struct SortHeader {
    /// The column name.
    pub label: String,
    /// The page sorted by this column (the other way round if it already
    /// is).
    pub href: String,
    /// `ascending` or `descending` on the sorted column.
    pub aria_sort: Option<&'static str>,
    /// Numbers are aligned to the end.
    pub numeric: bool,
}

/// The colour of a status tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagColour {
    /// The accent colour.
    Blue,
    /// Neutral.
    Grey,
    /// Done, verified.
    Green,
}

/// A status tag.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The text.
    pub text: String,
    /// The colour.
    pub colour: TagColour,
}

impl Tag {
    /// The CSS class of its colour.
    pub fn class(&self) -> &'static str {
        match self.colour {
            TagColour::Blue => "tag",
            TagColour::Grey => "tag tag-grey",
            TagColour::Green => "tag tag-green",
        }
    }
}

/// A notification banner.
#[derive(Debug, Clone)]
pub struct Banner {
    /// Its heading ("Important", "Success").
    pub title: String,
    /// Its message.
    pub body: String,
}

/// An option of a select field.
#[derive(Debug, Clone)]
pub struct Choice {
    /// The value sent.
    pub value: String,
    /// The text shown.
    pub label: String,
    /// Whether it is selected.
    pub selected: bool,
}

/// A form field (text input or select), with its hint and error.
#[derive(Debug, Clone)]
pub struct Field {
    /// The `id` (the error summary links to it).
    pub id: &'static str,
    /// The `name` sent.
    pub name: &'static str,
    /// The label.
    pub label: String,
    /// A hint below the label.
    pub hint: Option<String>,
    /// What is wrong with the value, beside the field.
    pub error: Option<String>,
    /// The value as the user sent it (kept when the form fails).
    pub value: String,
    /// The options, for a select.
    pub choices: Vec<Choice>,
    /// The hidden "Error:" before the error, for screen readers.
    pub error_prefix: String,
    /// The input's `type`: `text`, `password`, `email`...
    pub kind: &'static str,
    /// The input's `autocomplete` (empty: none said).
    pub autocomplete: &'static str,
    /// The input's `inputmode` (empty: none said).
    pub inputmode: &'static str,
}

impl Field {
    /// A field named `name` whose id is `name` too.
    pub fn new(tr: Tr, name: &'static str, label: String) -> Field {
        Field {
            id: name,
            name,
            label,
            hint: None,
            error: None,
            value: String::new(),
            choices: Vec::new(),
            error_prefix: tr.t("error-prefix"),
            kind: "text",
            autocomplete: "",
            inputmode: "",
        }
    }

    /// A password input: its value is never sent back to the browser.
    pub fn password(tr: Tr, name: &'static str, label: String, autocomplete: &'static str) -> Field {
        Field { kind: "password", autocomplete, ..Field::new(tr, name, label) }
    }

    /// Sets `autocomplete`.
    pub fn autocomplete(mut self, value: &'static str) -> Field {
        self.autocomplete = value;
        self
    }

    /// Sets the hint.
    pub fn hint(mut self, hint: String) -> Field {
        self.hint = Some(hint);
        self
    }

    /// Sets the value sent (kept when the form fails).
    pub fn value(mut self, value: &str) -> Field {
        self.value = value.to_owned();
        self
    }

    /// Sets an error, unless one is set already (the first stays).
    pub fn fail(&mut self, message: String) {
        self.error.get_or_insert(message);
    }

    /// The id of the hint.
    pub fn hint_id(&self) -> String {
        format!("{}-hint", self.id)
    }

    /// The id of the error message.
    pub fn error_id(&self) -> String {
        format!("{}-error", self.id)
    }

    /// `aria-describedby`: the hint and error ids, or empty.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if self.hint.is_some() {
            ids.push(self.hint_id());
        }
        if self.error.is_some() {
            ids.push(self.error_id());
        }
        ids.join(" ")
    }
}

/// A link of the error summary: the message, to the field's id.
#[derive(Debug, Clone)]
pub struct FieldError {
    /// The field's id.
    pub field: &'static str,
    /// The message (the same as beside the field).
    pub message: String,
}

/// The errors of a failed form, in the order of its fields.
pub fn errors_of(fields: &[&Field]) -> Vec<FieldError> {
    fields
        .iter()
        .filter_map(|field| {
            field.error.as_ref().map(|message| FieldError { field: field.id, message: message.clone() })
        })
        .collect()
}

/// One place in a pagination.
#[derive(Debug, Clone)]
pub struct PageLink {
    /// The page number, from 1; `None` for a gap ("…").
    pub number: Option<u64>,
    /// The page number written in the page language.
    pub text: String,
    /// Its address.
    pub href: String,
    /// Whether it is the current page.
    pub current: bool,
    /// Its accessible name ("Page 3").
    pub label: String,
}

/// Links between pages of results.
#[derive(Debug, Clone)]
pub struct Pagination {
    /// The navigation's accessible name.
    pub label: String,
    /// The previous page, if any.
    pub previous: Option<String>,
    /// The next page, if any.
    pub next: Option<String>,
    /// "Previous", in the page language.
    pub previous_label: String,
    /// "Next", in the page language.
    pub next_label: String,
    /// The numbered pages: the first, the last, and those around the
    /// current one, with gaps.
    pub pages: Vec<PageLink>,
}

impl Pagination {
    /// Pages `1..=last` with `current` shown, linked by `?page=N` on this
    /// page's address.
    pub fn new(ctx: &Ctx, current: u64, last: u64) -> Pagination {
        let tr = ctx.tr();
        let link = |n: u64| ctx.href_with(&[("page", &n.to_string())]);
        let mut pages = Vec::new();
        let mut previous_shown = 0;
        for n in 1..=last {
            let near = n == 1 || n == last || n.abs_diff(current) <= 1;
            if !near {
                continue;
            }
            if n > previous_shown + 1 {
                pages.push(PageLink {
                    number: None,
                    text: "…".into(),
                    href: String::new(),
                    current: false,
                    label: String::new(),
                });
            }
            pages.push(PageLink {
                number: Some(n),
                text: tr.number(n),
                href: link(n),
                current: n == current,
                label: tr.t_args("pagination-page", &[("number", tr.number(n).into())]),
            });
            previous_shown = n;
        }
        Pagination {
            label: tr.t("pagination-label"),
            previous: (current > 1).then(|| link(current - 1)),
            next: (current < last).then(|| link(current + 1)),
            previous_label: tr.t("pagination-previous"),
            next_label: tr.t("pagination-next"),
            pages,
        }
    }

    /// Whether there is more than one page to link.
    pub fn is_needed(&self) -> bool {
        self.pages.len() > 1
    }
}

/// A page number from `?page=`: a positive whole number, else 1; a number
/// beyond [`crate::extract::MAX_NUMBER`] is a bad request (400).
pub fn page_number(ctx: &Ctx) -> Result<u64, super::errors::WebError> {
    let Some(text) = ctx.param("page").filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) else {
        return Ok(1);
    };
    let page = crate::extract::number(text)
        .ok_or_else(|| super::errors::WebError::BadRequest(format!("page {text} is out of range")))?;
    Ok(page.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(path_and_query: &str) -> Ctx {
        let request = axum::http::Request::get(path_and_query).body(()).unwrap();
        let (parts, ()) = request.into_parts();
        Ctx::of(&parts)
    }

    #[test]
    fn links_keep_the_query_and_drop_the_language() {
        let ctx = ctx("/members?q=k%C3%A9&lang=fr&page=2");
        assert_eq!(ctx.lang, Lang::Fr);
        assert_eq!(ctx.href_with(&[("page", "3")]), "/members?q=k%C3%A9&page=3");
        assert_eq!(ctx.href_with(&[("lang", "ar")]), "/members?q=k%C3%A9&page=2&lang=ar");
        assert_eq!(ctx.href_with(&[("q", ""), ("page", "")]), "/members");
    }

    #[test]
    fn pagination_shows_the_ends_and_the_neighbours() {
        let ctx = ctx("/record");
        let pages = Pagination::new(&ctx, 5, 9);
        let shown: Vec<String> = pages.pages.iter().map(|p| p.text.clone()).collect();
        assert_eq!(shown, ["1", "…", "4", "5", "6", "…", "9"]);
        assert!(pages.pages[3].current);
        assert_eq!(pages.previous.as_deref(), Some("/record?page=4"));
        assert_eq!(pages.next.as_deref(), Some("/record?page=6"));
        let one = Pagination::new(&ctx, 1, 1);
        assert!(!one.is_needed());
        assert!(one.previous.is_none() && one.next.is_none());
    }

    #[test]
    fn a_field_is_described_by_its_hint_and_error() {
        let tr = Tr { lang: Lang::En };
        let mut field = Field::new(tr, "q", "Search".into());
        assert_eq!(field.described_by(), "");
        field.hint = Some("hint".into());
        field.error = Some("Too long".into());
        assert_eq!(field.described_by(), "q-hint q-error");
        let errors = errors_of(&[&field]);
        assert_eq!((errors[0].field, errors[0].message.as_str()), ("q", "Too long"));
    }
}
