//! Log entries told as sentences in the page language: each event kind has
//! a Fluent message `event-<kind with dashes>`, given the event's fields.

use domain::{Envelope, Event};

use super::i18n::Tr;

/// The message id of each event kind (`member.admitted` →
/// `event-member-admitted`).
pub fn message_id(kind: &str) -> String {
    format!("event-{}", kind.replace(['.', '_'], "-"))
}

/// Every message id this module uses, for the message tests.
pub fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = Event::KINDS.iter().map(|kind| message_id(kind)).collect();
    ids.push("event-unreadable".into());
    ids
}

/// The sentence for an entry's bytes.
pub fn describe_bytes(tr: Tr, bytes: &[u8]) -> String {
    match Envelope::decode(bytes) {
        Ok(envelope) => describe(tr, &envelope.event),
        Err(err) => {
            tracing::error!(error = %err, "a stored entry does not decode");
            tr.t("event-unreadable")
        }
    }
}

/// The sentence for an event.
pub fn describe(tr: Tr, event: &Event) -> String {
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
        Event::BlobRedacted(redacted) => tr.t_args(&id, &[("reason", redacted.reason.as_str().into())]),
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
        Event::OrganizationAdmitted(admitted) => tr.t_args(&id, &[("id", tr.number(admitted.id).into())]),
        Event::OrganizationDeclined(declined) => {
            tr.t_args(&id, &[("id", tr.number(declined.id).into()), ("reason", declined.reason.as_str().into())])
        }
        Event::OrganizationMemberAdded(member) | Event::OrganizationMemberRemoved(member) => {
            tr.t_args(&id, &[("handle", member.handle.as_str().into()), ("id", tr.number(member.id).into())])
        }
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
