//! Log entries told as sentences in the page language: each event kind has
//! a Fluent message `event-<kind with dashes>`, given the event's fields.
//! Events that refer to an organization or a document by number are told
//! with its name ([`Names`], read from the projections), not the number.

use std::collections::HashMap;

use domain::blob::Sha256;
use domain::consultation::ConsultationEvent;
use domain::decision::{DecisionEvent, Signatory};
use domain::divide::DivideEvent;
use domain::{Envelope, Event};

use super::i18n::Tr;
use crate::AppState;

/// The names that sentences use for the numbers in events: organizations
/// by id, documents by the SHA-256 of their text.
#[derive(Debug, Default)]
pub struct Names {
    organizations: HashMap<u64, String>,
    documents: HashMap<Sha256, String>,
}

impl Names {
    /// The names of every organization and document, from the projections.
    pub async fn read(state: &AppState) -> Result<Names, store::StoreError> {
        let organizations = state.store.organizations(None, None, None).await?;
        let documents = state.store.documents().await?;
        Ok(Names {
            organizations: organizations.into_iter().map(|o| (o.id, o.name)).collect(),
            documents: documents.into_iter().map(|d| (d.sha256, d.title)).collect(),
        })
    }

    /// Organization `id`'s name, or its number if unknown.
    fn organization(&self, tr: Tr, id: u64) -> String {
        self.organizations.get(&id).cloned().unwrap_or_else(|| tr.number(id))
    }
}

/// The message id of each event kind (`member.admitted` →
/// `event-member-admitted`).
pub fn message_id(kind: &str) -> String {
    format!("event-{}", kind.replace(['.', '_'], "-"))
}

/// Every message id this module uses, for the message tests.
pub fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = Event::kinds().iter().map(|kind| message_id(kind)).collect();
    ids.push("event-unreadable".into());
    ids
}

/// The sentence for an entry's bytes.
pub fn describe_bytes(tr: Tr, bytes: &[u8], names: &Names) -> String {
    match Envelope::decode(bytes) {
        Ok(envelope) => describe(tr, &envelope.event, names),
        Err(err) => {
            tracing::error!(error = %err, "a stored entry does not decode");
            tr.t("event-unreadable")
        }
    }
}

/// The sentence for an event.
pub fn describe(tr: Tr, event: &Event, names: &Names) -> String {
    let id = message_id(event.kind());
    match event {
        Event::OrganizationFounded(founded) => tr.t_args(&id, &[("name", founded.name.as_str().into())]),
        Event::MemberAdmitted(member) => tr.t_args(
            &id,
            &[
                ("name", member.names.get(tr.lang).into()),
                ("status", if member.votes() { "member" } else { "observer" }.into()),
            ],
        ),
        Event::DocumentPublished(document) => tr.t_args(
            &id,
            &[
                ("number", tr.number(document.number).into()),
                ("title", document.title.as_str().into()),
                ("language", tr.t(&format!("language-{}", document.language.code())).into()),
            ],
        ),
        Event::BlobRedacted(redacted) => tr.t_args(
            &id,
            &[
                ("reason", redacted.reason.as_str().into()),
                ("title", names.documents.get(&redacted.sha256).cloned().unwrap_or_default().into()),
            ],
        ),
        Event::SecretariatAppointed(person) | Event::ObserverAccredited(person) | Event::AccountResetIssued(person) => {
            tr.t_args(&id, &[("handle", person.handle.as_str().into())])
        }
        Event::DelegationMemberAdded(added) => tr.t_args(
            &id,
            &[
                ("handle", added.handle.as_str().into()),
                ("member", member_name(tr, added.member).into()),
                ("role", added.role.code().into()),
            ],
        ),
        Event::DelegationMemberRemoved(removed) => tr.t_args(
            &id,
            &[("handle", removed.handle.as_str().into()), ("member", member_name(tr, removed.member).into())],
        ),
        Event::OrganizationApplied(applied) => {
            tr.t_args(&id, &[("name", applied.name.as_str().into()), ("chamber", applied.chamber.code().into())])
        }
        Event::OrganizationAdmitted(admitted) => {
            tr.t_args(&id, &[("name", names.organization(tr, admitted.id).into())])
        }
        Event::OrganizationDeclined(declined) => tr.t_args(
            &id,
            &[("name", names.organization(tr, declined.id).into()), ("reason", declined.reason.as_str().into())],
        ),
        Event::OrganizationMemberAdded(member) | Event::OrganizationMemberRemoved(member) => tr.t_args(
            &id,
            &[("handle", member.handle.as_str().into()), ("name", names.organization(tr, member.id).into())],
        ),
        Event::Consultation(event) => describe_consultation(tr, &id, event),
        Event::Decision(event) => describe_decision(tr, &id, event),
        Event::Divide(event) => describe_divide(tr, &id, event),
    }
}

/// The sentence for a divide index event.
fn describe_divide(tr: Tr, id: &str, event: &DivideEvent) -> String {
    match event {
        DivideEvent::MethodologyPublished(published) => {
            tr.t_args(id, &[("version", tr.number(u64::from(published.version)).into())])
        }
        DivideEvent::SeriesRecorded(series) => tr.t_args(
            id,
            &[
                ("member", member_name(tr, series.member).into()),
                ("indicator", series.indicator.clone().into()),
                ("count", (series.values.len() as u64).into()),
            ],
        ),
        DivideEvent::ValueSubmitted(submitted) => tr.t_args(
            id,
            &[
                ("id", tr.number(submitted.submission).into()),
                ("member", member_name(tr, submitted.member).into()),
                ("indicator", submitted.indicator.clone().into()),
                ("year", submitted.year.to_string().into()),
            ],
        ),
        DivideEvent::SubmissionAccepted(review) => tr.t_args(id, &[("id", tr.number(review.submission).into())]),
        DivideEvent::SubmissionRejected(review) => {
            tr.t_args(id, &[("id", tr.number(review.submission).into()), ("reason", review.reason.clone().into())])
        }
    }
}

/// The sentence for a decision's event.
fn describe_decision(tr: Tr, id: &str, event: &DecisionEvent) -> String {
    let ballot = ("id", tr.number(event.ballot().unwrap_or_default()).into());
    let signatory = |s: Signatory| match s {
        Signatory::Member(member) => member_name(tr, member),
        Signatory::Secretariat => tr.t("site-secretariat"),
    };
    match event {
        DecisionEvent::TypesPublished(published) => tr.t_args(
            id,
            &[("version", tr.number(published.version).into()), ("count", (published.types.len() as u64).into())],
        ),
        DecisionEvent::KeyRegistered(registered) => tr.t_args(
            id,
            &[
                ("signatory", signatory(registered.signatory).into()),
                ("custodied", if registered.custodied { "yes" } else { "no" }.into()),
            ],
        ),
        DecisionEvent::KeyRevoked(revoked) => tr.t_args(id, &[("signatory", signatory(revoked.signatory).into())]),
        DecisionEvent::BallotOpened(opened) => {
            let title = opened.title.get(&tr.lang).or_else(|| opened.title.values().next());
            tr.t_args(id, &[ballot, ("title", title.cloned().unwrap_or_default().into())])
        }
        DecisionEvent::AlternateDesignated(designated) => tr.t_args(
            id,
            &[
                ballot,
                ("handle", designated.handle.as_str().to_owned().into()),
                ("member", member_name(tr, designated.member).into()),
            ],
        ),
        DecisionEvent::ProxyGiven(given) => tr.t_args(
            id,
            &[ballot, ("from", member_name(tr, given.from).into()), ("to", member_name(tr, given.to).into())],
        ),
        DecisionEvent::ProxyRevoked(revoked) => {
            tr.t_args(id, &[ballot, ("from", member_name(tr, revoked.from).into())])
        }
        DecisionEvent::Voted(voted) => tr.t_args(
            id,
            &[
                ballot,
                ("member", member_name(tr, voted.position()).into()),
                ("choice", voted.choice.code().into()),
                (
                    "how",
                    if voted.recorded {
                        "recorded"
                    } else if voted.proxy_for.is_some() {
                        "proxy"
                    } else {
                        "own"
                    }
                    .into(),
                ),
                ("holder", member_name(tr, voted.member).into()),
            ],
        ),
        DecisionEvent::BallotClosed(closed) => tr.t_args(id, &[ballot, ("outcome", closed.tally.outcome.key().into())]),
    }
}

/// The sentence for a consultation's event.
fn describe_consultation(tr: Tr, id: &str, event: &ConsultationEvent) -> String {
    let consultation = ("id", tr.number(event.consultation()).into());
    let statement = |n: u64| ("statement", tr.number(n).into());
    match event {
        ConsultationEvent::Created(created) => {
            let title = created.title.get(&tr.lang).or_else(|| created.title.get(&created.language));
            tr.t_args(id, &[consultation, ("title", title.cloned().unwrap_or_default().into())])
        }
        ConsultationEvent::Opened(_) | ConsultationEvent::Closed(_) | ConsultationEvent::Reopened(_) => {
            tr.t_args(id, &[consultation])
        }
        ConsultationEvent::StatementAdded(added) => tr.t_args(id, &[consultation, statement(added.statement)]),
        ConsultationEvent::StatementModerated(moderated) => {
            tr.t_args(id, &[consultation, statement(moderated.statement), ("verdict", moderated.verdict.code().into())])
        }
        ConsultationEvent::StatementTranslated(translated) => tr.t_args(
            id,
            &[
                consultation,
                statement(translated.statement),
                ("language", tr.t(&format!("language-{}", translated.language.code())).into()),
            ],
        ),
        ConsultationEvent::StatementFlagged(flagged) => tr.t_args(id, &[consultation, statement(flagged.statement)]),
        ConsultationEvent::Voted(voted) => tr.t_args(id, &[consultation, statement(voted.statement)]),
        ConsultationEvent::ImportStarted(started) => {
            tr.t_args(id, &[consultation, ("source", started.source.clone().into())])
        }
        ConsultationEvent::StatementImported(imported) => tr.t_args(
            id,
            &[consultation, statement(imported.statement), ("comment", tr.number(imported.polis_id).into())],
        ),
        ConsultationEvent::VoteImported(voted) => tr
            .t_args(id, &[consultation, statement(voted.statement), ("participant", voted.participant.clone().into())]),
        ConsultationEvent::ImportFinished(_) => tr.t_args(id, &[consultation]),
    }
}

/// A member state's name in the page language, from the shipped member
/// list (the code if it is not there).
fn member_name(tr: Tr, iso3: domain::member::Iso3) -> String {
    static NAMES: std::sync::LazyLock<std::collections::HashMap<domain::member::Iso3, domain::member::Names>> =
        std::sync::LazyLock::new(|| {
            domain::member::un_members().unwrap_or_default().into_iter().map(|m| (m.iso3, m.names)).collect()
        });
    NAMES.get(&iso3).map_or_else(|| iso3.to_string(), |names| names.get(tr.lang).to_owned())
}
