//! The organization's documents:
//! - `GET /documents`: the list, newest first, filtered by kind (the
//!   format of the text: Markdown or plain text) and language, paginated;
//! - `GET /documents/{number}`: one document, its details, its text
//!   (escaped: a text is never read as HTML), the SHA-256 the log records,
//!   its record entry, and a notice when its text was taken down;
//! - `GET/POST /secretariat/documents`: the secretariat publishes one, with
//!   the API's own checks (`api::documents`).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::authz::{Action, Target};
use domain::lang::Lang;
use domain::{Envelope, Event, Rejection};
use store::{DocumentQuery, DocumentRecord};

use super::errors::WebError;
use super::form::{Guard, Posted, see_other};
use super::i18n::Tr;
use super::page::{
    Banner, Choice, Ctx, Field, FieldError, Layout, Pagination, Section, SummaryRow, Tag, TagColour, errors_of,
    page_number,
};
use crate::AppState;
use crate::api::documents::{DocumentProblem, NewDocument, publish_checked};
use crate::extract::Path;

/// Documents per page of the list.
const PER_PAGE: u64 = 20;

/// A kind of document: the format of its text, as its media type says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Markdown (`text/markdown`).
    Markdown,
    /// Plain text (`text/plain`).
    Text,
}

impl Kind {
    /// Every kind, in the order of the choices.
    pub const ALL: [Kind; 2] = [Kind::Markdown, Kind::Text];

    /// The kind as written in addresses and forms.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Markdown => "markdown",
            Kind::Text => "text",
        }
    }

    /// The kind written `code`.
    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The media type the form gives a text of this kind.
    pub fn media_type(self) -> &'static str {
        match self {
            Kind::Markdown => "text/markdown; charset=utf-8",
            Kind::Text => "text/plain; charset=utf-8",
        }
    }

    /// The start of the media types of this kind.
    fn media_prefix(self) -> &'static str {
        match self {
            Kind::Markdown => "text/markdown",
            Kind::Text => "text/plain",
        }
    }

    /// The kind of a text of `media_type`, if it is one of the kinds.
    pub fn of(media_type: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| media_type.to_ascii_lowercase().starts_with(k.media_prefix()))
    }
}

/// The message id of a kind's name.
fn kind_id(kind: Option<Kind>) -> String {
    format!("documents-kind-{}", kind.map_or("other", Kind::code))
}

/// Every message id built at run time here, for the message tests.
pub fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = Kind::ALL.into_iter().map(|k| kind_id(Some(k))).collect();
    ids.push(kind_id(None));
    ids
}

/// A language's name in the page language.
fn language_name(tr: Tr, lang: Lang) -> String {
    tr.t(&format!("language-{}", lang.code()))
}

/// A select of the six languages (and "any" or "choose" first), with
/// `sent` selected.
fn language_choices(tr: Tr, first: String, sent: &str) -> Vec<Choice> {
    let mut choices = vec![Choice { value: String::new(), label: first, selected: Lang::from_code(sent).is_none() }];
    choices.extend(Lang::ALL.into_iter().map(|lang| Choice {
        value: lang.code().to_owned(),
        label: language_name(tr, lang),
        selected: lang.code() == sent,
    }));
    choices
}

/// A select of the kinds (and "any" first when `any` is given).
fn kind_choices(tr: Tr, any: Option<String>, sent: &str) -> Vec<Choice> {
    let known = Kind::from_code(sent);
    let mut choices: Vec<Choice> =
        any.map(|label| Choice { value: String::new(), label, selected: known.is_none() }).into_iter().collect();
    choices.extend(Kind::ALL.into_iter().map(|kind| Choice {
        value: kind.code().to_owned(),
        label: tr.t(&kind_id(Some(kind))),
        selected: known == Some(kind),
    }));
    choices
}

/// A row of the list.
struct Row {
    href: String,
    number: String,
    title: String,
    lang: &'static str,
    dir: &'static str,
    language: String,
    kind: String,
    entry: String,
    entry_href: String,
    taken_down: Option<Tag>,
}

#[derive(Template)]
#[template(path = "documents.html")]
struct ListPage {
    page: Layout,
    errors: Vec<FieldError>,
    kind: Field,
    language: Field,
    count: String,
    rows: Vec<Row>,
    pagination: Pagination,
    may_publish: bool,
}

/// Whether the caller may publish documents (for the link to the form).
fn may_publish(ctx: &Ctx) -> bool {
    ctx.account().is_some()
        && domain::authz::authorize(&ctx.caller.principal, &ctx.caller.scope, Action::PublishDocument, Target::None)
            .is_ok()
}

/// `GET /documents?kind=&language=&page=`.
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let sent_kind = ctx.param("kind").unwrap_or("").to_owned();
    let sent_language = ctx.param("language").unwrap_or("").to_owned();
    let mut kind = Field::new(tr, "kind", tr.t("documents-kind-label")).value(&sent_kind);
    kind.choices = kind_choices(tr, Some(tr.t("documents-any-kind")), &sent_kind);
    let mut language = Field::new(tr, "language", tr.t("documents-language-label")).value(&sent_language);
    language.choices = language_choices(tr, tr.t("documents-any-language"), &sent_language);
    let kind_filter = Kind::from_code(&sent_kind);
    let language_filter = Lang::from_code(&sent_language);
    if !sent_kind.is_empty() && kind_filter.is_none() {
        kind.fail(tr.t("documents-error-kind"));
    }
    if !sent_language.is_empty() && language_filter.is_none() {
        language.fail(tr.t("documents-error-language"));
    }
    let errors = errors_of(&[&kind, &language]);
    let mut query = DocumentQuery {
        language: language_filter,
        media_type: kind_filter.map(|k| k.media_prefix().to_owned()),
        offset: 0,
        limit: PER_PAGE,
    };
    let requested = page_number(&ctx)?;
    let (found, current, last) = if errors.is_empty() {
        // The total first, to keep the page number within the pages.
        let total = state.store.documents_page(&DocumentQuery { limit: 0, ..query.clone() }).await?.total;
        let last = total.div_ceil(PER_PAGE).max(1);
        let current = requested.min(last);
        query.offset = (current - 1) * PER_PAGE;
        (state.store.documents_page(&query).await?, current, last)
    } else {
        (store::Page { total: 0, items: Vec::new() }, 1, 1)
    };
    let entry = |index: u64| tr.t_args("documents-entry", &[("index", tr.number(index).into())]);
    let rows = found
        .items
        .iter()
        .map(|d| Row {
            href: format!("/documents/{}", d.number),
            number: tr.number(d.number),
            title: d.title.clone(),
            lang: d.language.code(),
            dir: if d.language.is_rtl() { "rtl" } else { "ltr" },
            language: language_name(tr, d.language),
            kind: tr.t(&kind_id(Kind::of(&d.media_type))),
            entry: entry(d.published_at),
            entry_href: format!("/record/entries/{}", d.published_at),
            taken_down: d.redacted_at.map(|_| Tag { text: tr.t("documents-taken-down-tag"), colour: TagColour::Grey }),
        })
        .collect();
    let (page, status) = Layout::new(&state, &ctx, &tr.t("documents-title"), Section::Documents)
        .await
        .crumb(tr.t("site-home"), "/")
        .for_form(&errors);
    let template = ListPage {
        page,
        errors,
        kind,
        language,
        count: tr.t_args("documents-count", &[("count", found.total.into())]),
        rows,
        pagination: Pagination::new(&ctx, current, last),
        may_publish: may_publish(&ctx),
    };
    Ok(template.page.respond(status, &template))
}

#[derive(Template)]
#[template(path = "document.html")]
struct DocumentPage {
    page: Layout,
    heading: String,
    lang: &'static str,
    dir: &'static str,
    summary: Vec<SummaryRow>,
    sha256: String,
    takedown: Option<Banner>,
    /// The text in paragraphs, when it is still there.
    paragraphs: Vec<String>,
    raw_href: String,
}

/// The reason given for the takedown recorded at entry `index`.
async fn takedown_reason(state: &AppState, index: u64) -> Result<String, WebError> {
    let entry = state.store.entry(index).await?.ok_or(WebError::NotFound)?;
    match Envelope::decode(&entry.bytes) {
        Ok(Envelope { event: Event::BlobRedacted(redacted), .. }) => Ok(redacted.reason),
        _ => Err(WebError::Internal(format!("entry {index} is not a takedown"))),
    }
}

/// A text cut into paragraphs at blank lines; the template escapes each.
fn paragraphs(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n");
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned).collect()
}

/// `GET /documents/{number}`.
pub async fn document(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(number): Path<String>,
) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let number = crate::extract::number(&number).ok_or(WebError::NotFound)?;
    let record: DocumentRecord = state.store.document(number).await?.ok_or(WebError::NotFound)?;
    let entry = |index: u64| tr.t_args("documents-entry", &[("index", tr.number(index).into())]);
    let mut summary = vec![
        SummaryRow::new(tr.t("documents-col-number"), tr.number(record.number)),
        SummaryRow::new(tr.t("documents-col-language"), language_name(tr, record.language)),
        SummaryRow::new(tr.t("documents-col-kind"), tr.t(&kind_id(Kind::of(&record.media_type)))),
        SummaryRow::new(tr.t("documents-media-type"), record.media_type.clone()).code(),
        SummaryRow::new(
            tr.t("documents-size"),
            tr.t_args("documents-bytes", &[("count", tr.number(record.size).into())]),
        ),
        SummaryRow::new(tr.t("documents-published"), entry(record.published_at))
            .link(format!("/record/entries/{}", record.published_at)),
    ];
    let takedown = match record.redacted_at {
        Some(index) => {
            summary.push(
                SummaryRow::new(tr.t("documents-taken-down"), entry(index)).link(format!("/record/entries/{index}")),
            );
            let reason = takedown_reason(&state, index).await?;
            Some(Banner {
                title: tr.t("banner-important"),
                body: tr.t_args("documents-takedown-notice", &[("reason", reason.into())]),
            })
        }
        None => None,
    };
    let text = match takedown {
        Some(_) => None,
        None => state.store.blob(&record.sha256).await?.and_then(|blob| blob.bytes),
    };
    let heading = record.title.clone();
    let template = DocumentPage {
        page: Layout::new(&state, &ctx, &heading, Section::Documents)
            .await
            .crumb(tr.t("site-home"), "/")
            .crumb(tr.t("documents-title"), "/documents"),
        heading,
        lang: record.language.code(),
        dir: if record.language.is_rtl() { "rtl" } else { "ltr" },
        summary,
        sha256: record.sha256.to_string(),
        takedown,
        paragraphs: text.map(|bytes| paragraphs(&String::from_utf8_lossy(&bytes))).unwrap_or_default(),
        raw_href: format!("/api/v1/blobs/{}", record.sha256),
    };
    Ok(template.page.respond(StatusCode::OK, &template))
}

#[derive(Template)]
#[template(path = "document_new.html")]
struct PublishPage {
    page: Layout,
    guard: Guard,
    errors: Vec<FieldError>,
    title: Field,
    language: Field,
    kind: Field,
    text: Field,
}

/// The publishing form's fields, holding what was sent.
struct PublishFields {
    title: Field,
    language: Field,
    kind: Field,
    text: Field,
}

impl PublishFields {
    fn new(tr: Tr, title: &str, language: &str, kind: &str, text: &str) -> PublishFields {
        let title = Field::new(tr, "title", tr.t("documents-form-title"))
            .hint(
                tr.t_args("documents-form-title-hint", &[("max", tr.number(domain::MAX_DOCUMENT_TITLE as u64).into())]),
            )
            .value(title);
        let mut language_field = Field::new(tr, "language", tr.t("documents-language-label")).value(language);
        language_field.choices = language_choices(tr, tr.t("documents-form-language-choose"), language);
        let mut kind_field =
            Field::new(tr, "kind", tr.t("documents-kind-label")).hint(tr.t("documents-form-kind-hint")).value(kind);
        kind_field.choices = kind_choices(tr, None, if kind.is_empty() { Kind::Markdown.code() } else { kind });
        let text = Field::new(tr, "text", tr.t("documents-form-text")).value(text);
        PublishFields { title, language: language_field, kind: kind_field, text }
    }
}

async fn publish_page(state: &AppState, ctx: &Ctx, fields: PublishFields) -> Response {
    let tr = ctx.tr();
    let errors = errors_of(&[&fields.title, &fields.language, &fields.kind, &fields.text]);
    let (page, status) = Layout::new(state, ctx, &tr.t("documents-form-heading"), Section::Secretariat)
        .await
        .crumb(tr.t("site-home"), "/")
        .crumb(tr.t("site-secretariat"), "/secretariat")
        .for_form(&errors);
    let template = PublishPage {
        page,
        guard: Guard::new(ctx),
        errors,
        title: fields.title,
        language: fields.language,
        kind: fields.kind,
        text: fields.text,
    };
    template.page.respond(status, &template)
}

/// `GET /secretariat/documents`: the form publishing a document.
pub async fn publish_form(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    ctx.require(&state, Action::PublishDocument, Target::None)?;
    Ok(publish_page(&state, &ctx, PublishFields::new(ctx.tr(), "", "", "", "")).await)
}

/// `POST /secretariat/documents`: publishes, then shows the document.
pub async fn publish(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    ctx.require(&state, Action::PublishDocument, Target::None)?;
    let tr = ctx.tr();
    let (title, language, kind, text) =
        (form.get("title").trim(), form.get("language"), form.get("kind"), form.get("text"));
    let mut fields = PublishFields::new(tr, title, language, kind, text);
    let Some(kind) = Kind::from_code(kind) else {
        fields.kind.fail(tr.t("documents-error-kind"));
        if Lang::from_code(language).is_none() {
            fields.language.fail(tr.t("documents-error-language-form"));
        }
        return Ok(publish_page(&state, ctx, fields).await);
    };
    let document = NewDocument {
        title: title.to_owned(),
        language: language.to_owned(),
        text: text.to_owned(),
        media_type: Some(kind.media_type().to_owned()),
    };
    let checked = match document.check() {
        Ok(checked) => checked,
        Err(problem) => {
            match problem {
                DocumentProblem::Title(_) => fields.title.fail(title_error(tr, title)),
                DocumentProblem::Language(_) => fields.language.fail(tr.t("documents-error-language-form")),
                DocumentProblem::Text => fields.text.fail(tr.t("documents-error-text")),
                DocumentProblem::MediaType => fields.kind.fail(tr.t("documents-error-kind")),
            }
            return Ok(publish_page(&state, ctx, fields).await);
        }
    };
    match publish_checked(&state, &ctx.caller, checked).await.map_err(WebError::from_api)? {
        Ok(recorded) => {
            let published = state.store.documents().await?;
            let to = published
                .iter()
                .find(|d| d.published_at == recorded.log_index)
                .map_or_else(|| "/documents".to_owned(), |d| format!("/documents/{}", d.number));
            Ok(see_other(&to, Some("notice-document-published")))
        }
        Err(Rejection::Invalid { field: "title", .. }) => {
            fields.title.fail(title_error(tr, title));
            Ok(publish_page(&state, ctx, fields).await)
        }
        Err(other) => Err(WebError::from_api(other.into())),
    }
}

/// What is wrong with a title the domain refused.
fn title_error(tr: Tr, title: &str) -> String {
    if title.is_empty() {
        tr.t("documents-error-title")
    } else if title.chars().count() > domain::MAX_DOCUMENT_TITLE {
        tr.t_args("text-too-long", &[("max", tr.number(domain::MAX_DOCUMENT_TITLE as u64).into())])
    } else {
        tr.t("documents-error-title-line")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_the_media_type() {
        assert_eq!(Kind::of("text/markdown; charset=utf-8"), Some(Kind::Markdown));
        assert_eq!(Kind::of("Text/Plain"), Some(Kind::Text));
        assert_eq!(Kind::of("application/pdf"), None);
        for kind in Kind::ALL {
            assert_eq!(Kind::from_code(kind.code()), Some(kind));
            assert_eq!(Kind::of(kind.media_type()), Some(kind));
        }
        assert_eq!(Kind::from_code("pdf"), None);
    }

    #[test]
    fn a_text_is_cut_at_blank_lines() {
        assert_eq!(
            paragraphs("Article 1.\r\n\r\nArticle 2.\ncontinued\n\n\n"),
            ["Article 1.", "Article 2.\ncontinued"]
        );
        assert!(paragraphs(" \n\n ").is_empty());
    }
}
