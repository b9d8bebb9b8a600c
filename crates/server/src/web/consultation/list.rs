//! `GET /consultations?status=&audience=&language=`: the consultations,
//! newest first, each with its title (in the page language when it was
//! given in it), status, audience, counts and closing time. Drafts are
//! listed only to those who manage them.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use domain::consultation::{Audience, Status, visibility};
use domain::lang::Lang;
use store::consultation::ConsultationRecord;

use super::{Text, audience_name, language_choices, manages, may_create, status_tag, title_of};
use crate::AppState;
use crate::web::errors::WebError;
use crate::web::i18n::Tr;
use crate::web::locale::Phrase;
use crate::web::page::{Choice, Ctx, Field, FieldError, Layout, Section, Tag, errors_of};

/// A consultation in the list.
struct Item {
    href: String,
    title: Text,
    status: Tag,
    audience: String,
    counts: String,
    /// When it opens or closes by itself, if set.
    when: Option<Phrase>,
}

#[derive(Template)]
#[template(path = "consultation/list.html")]
struct ListPage {
    page: Layout,
    errors: Vec<FieldError>,
    status: Field,
    audience: Field,
    language: Field,
    count: String,
    items: Vec<Item>,
    may_create: bool,
}

/// The filters as sent, each `None` when not given.
struct Filters {
    status: Option<Status>,
    audience: Option<Audience>,
    language: Option<Lang>,
}

impl Filters {
    fn keeps(&self, record: &ConsultationRecord) -> bool {
        self.status.is_none_or(|s| record.status == s)
            && self.audience.is_none_or(|a| record.audience == a)
            && self.language.is_none_or(|l| record.texts.get(&l).is_some_and(|t| !t.title.is_empty()))
    }
}

/// A select of `codes` with "any" first, `sent` selected.
fn choices(any: String, codes: &[(&str, String)], sent: &str) -> Vec<Choice> {
    let mut out = vec![Choice { value: String::new(), label: any, selected: !codes.iter().any(|(c, _)| *c == sent) }];
    out.extend(codes.iter().map(|(code, label)| Choice {
        value: (*code).to_owned(),
        label: label.clone(),
        selected: *code == sent,
    }));
    out
}

/// `GET /consultations`.
pub async fn page(State(state): State<AppState>, ctx: Ctx) -> Result<Response, WebError> {
    let tr = ctx.tr();
    let creator = may_create(&ctx);
    let sent = |name| ctx.param(name).unwrap_or("").to_owned();
    let (sent_status, sent_audience, sent_language) = (sent("status"), sent("audience"), sent("language"));

    // Drafts are a status to filter by only for those who may have some.
    let statuses: Vec<Status> = Status::ALL.iter().copied().filter(|s| creator || *s != Status::Draft).collect();
    let status_codes: Vec<(&str, String)> = statuses.iter().map(|s| (s.code(), status_tag(tr, *s).text)).collect();
    let mut status = Field::new(tr, "status", tr.t("consultations-filter-status")).value(&sent_status);
    status.choices = choices(tr.t("consultations-any-status"), &status_codes, &sent_status);
    let audience_codes: Vec<(&str, String)> = Audience::ALL.iter().map(|a| (a.code(), audience_name(tr, *a))).collect();
    let mut audience = Field::new(tr, "audience", tr.t("consultations-filter-audience")).value(&sent_audience);
    audience.choices = choices(tr.t("consultations-any-audience"), &audience_codes, &sent_audience);
    let mut language = Field::new(tr, "language", tr.t("consultations-filter-language"))
        .hint(tr.t("consultations-filter-language-hint"))
        .value(&sent_language);
    language.choices = language_choices(tr, Some(tr.t("consultations-any-language")), &sent_language);

    let filters = Filters {
        status: sent_status.parse().ok().filter(|s| statuses.contains(s)),
        audience: sent_audience.parse().ok(),
        language: Lang::from_code(&sent_language),
    };
    if !sent_status.is_empty() && filters.status.is_none() {
        status.fail(tr.t("consultations-error-status"));
    }
    if !sent_audience.is_empty() && filters.audience.is_none() {
        audience.fail(tr.t("consultations-error-audience"));
    }
    if !sent_language.is_empty() && filters.language.is_none() {
        language.fail(tr.t("consultations-error-language"));
    }
    let errors = errors_of(&[&status, &audience, &language]);

    let records = if errors.is_empty() { state.store.consultations().await? } else { Vec::new() };
    let items: Vec<Item> = records
        .iter()
        .filter(|r| visibility::listed(r.status, manages(&ctx, r)) && filters.keeps(r))
        .map(|r| item(tr, ctx.lang, r))
        .collect();
    let (page, status_code) = Layout::new(&state, &ctx, &tr.t("consultations-title"), Section::Consultations)
        .await
        .crumb(tr.t("site-home"), "/")
        .for_form(&errors);
    let template = ListPage {
        page,
        errors,
        status,
        audience,
        language,
        count: tr.t_args("consultations-count", &[("count", items.len().into())]),
        items,
        may_create: creator,
    };
    Ok(template.page.respond(status_code, &template))
}

/// The counts of a consultation: statements, participants, votes.
pub fn counts(tr: Tr, record: &ConsultationRecord) -> String {
    tr.t_args(
        "consultations-counts",
        &[
            ("statements", record.statements.into()),
            ("participants", record.participants.into()),
            ("votes", record.votes.into()),
        ],
    )
}

fn item(tr: Tr, page: Lang, record: &ConsultationRecord) -> Item {
    let when = match (record.status, record.opens_ms, record.closes_ms) {
        (Status::Draft, Some(ms), _) => Some(tr.phrase("consultations-opens", &[], "time", tr.when_millis(ms))),
        (Status::Open, _, Some(ms)) => Some(tr.phrase("consultations-closes", &[], "time", tr.when_millis(ms))),
        _ => None,
    };
    Item {
        href: format!("/consultations/{}", record.id),
        title: title_of(record, page),
        status: status_tag(tr, record.status),
        audience: audience_name(tr, record.audience),
        counts: counts(tr, record),
        when,
    }
}
