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
        Event::OrganizationFounded(founded) => {
            tr.t_args(&id, &[("name", founded.name.as_str().into())])
        }
        Event::MemberAdmitted(member) => tr.t_args(
            &id,
            &[
                ("name", member.names.get(tr.lang).into()),
                (
                    "status",
                    if member.votes() { "member" } else { "observer" }.into(),
                ),
            ],
        ),
        Event::DocumentPublished(document) => tr.t_args(
            &id,
            &[
                ("number", tr.number(document.number).into()),
                ("title", document.title.as_str().into()),
                (
                    "language",
                    tr.t(&format!("language-{}", document.language.code()))
                        .into(),
                ),
            ],
        ),
        Event::BlobRedacted(redacted) => {
            tr.t_args(&id, &[("reason", redacted.reason.as_str().into())])
        }
    }
}
