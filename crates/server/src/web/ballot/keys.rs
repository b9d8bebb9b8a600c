//! The "Signing keys" section of the delegation page: the delegation's
//! keys (the one in force and those revoked, with the record entries that
//! registered and revoked them, and which the server keeps), and, for the
//! head, the forms that register the delegation's own key (a verifier key
//! from `concord key generate`), rotate it and revoke it:
//! `POST /delegation/keys`, `/delegation/keys/rotate`,
//! `/delegation/keys/revoke`.

use axum::extract::State;
use axum::response::Response;
use domain::authz::{Action, Target};
use domain::decision::{BallotRejection, DecisionCommand, Signatory, parse_key};
use domain::member::Iso3;
use domain::{Command, Rejection};

use crate::AppState;
use crate::api::submit_or_refuse;
use crate::web::errors::WebError;
use crate::web::form::{Posted, see_other};
use crate::web::i18n::Tr;
use crate::web::page::{Ctx, Field, Tag, TagColour};

/// The longest reason of a revocation, in characters (as the domain checks).
const MAX_REASON: usize = 1000;

/// A key of the delegation.
#[derive(Debug, Clone)]
pub struct KeyRow {
    /// The verifier key.
    pub key: String,
    /// "Kept by the server", for a custodied key.
    pub custodied: Option<Tag>,
    /// "Entry N", where it was registered.
    pub registered: String,
    /// That entry's address.
    pub registered_href: String,
    /// "Revoked at entry N: reason", if revoked.
    pub revoked: Option<String>,
    /// The revoking entry's address.
    pub revoked_href: String,
}

/// What a failed key form sent.
#[derive(Debug, Clone, Default)]
pub struct KeysSent {
    /// The key pasted.
    pub key: String,
    /// What is wrong with it.
    pub key_error: Option<String>,
    /// The reason of a revocation.
    pub reason: String,
    /// What is wrong with it.
    pub reason_error: Option<String>,
}

/// The section, as the delegation page shows it.
#[derive(Debug, Clone)]
pub struct KeysSection {
    /// The keys, newest first.
    pub rows: Vec<KeyRow>,
    /// The key field of the register or rotate form (the head only).
    pub key: Option<Field>,
    /// Where that form goes: register, or rotate when the delegation has
    /// its own key.
    pub key_action: &'static str,
    /// Its button.
    pub key_submit: String,
    /// The reason field of the revoke form, when there is a key to revoke
    /// (the head only).
    pub reason: Option<Field>,
    /// Whether the delegation votes with a key the server keeps.
    pub custodied: bool,
}

impl KeysSection {
    /// The fields with errors, for the page's error summary.
    pub fn fields(&self) -> Vec<&Field> {
        self.key.iter().chain(self.reason.iter()).collect()
    }
}

/// The keys section of `member`'s delegation; `head` adds the forms.
pub async fn section(
    state: &AppState,
    tr: Tr,
    member: Iso3,
    head: bool,
    sent: &KeysSent,
) -> Result<KeysSection, WebError> {
    let keys = state.store.signing_keys(Some(Signatory::Member(member))).await?;
    let valid = keys.iter().find(|k| k.revoked_at.is_none());
    let own = valid.is_some_and(|k| !k.custodied);
    let rows = keys
        .iter()
        .map(|k| KeyRow {
            key: k.key.clone(),
            custodied: k.custodied.then(|| Tag { text: tr.t("ballots-keys-custodied"), colour: TagColour::Grey }),
            registered: tr.t_args("ballots-keys-registered", &[("entry", tr.number(k.registered_at).into())]),
            registered_href: format!("/record/entries/{}", k.registered_at),
            revoked: k.revoked_at.map(|entry| {
                tr.t_args(
                    "ballots-keys-revoked",
                    &[("entry", tr.number(entry).into()), ("reason", k.reason.clone().unwrap_or_default().into())],
                )
            }),
            revoked_href: k.revoked_at.map(|entry| format!("/record/entries/{entry}")).unwrap_or_default(),
        })
        .collect();
    let key = head.then(|| {
        let mut field =
            Field::new(tr, "key", tr.t("ballots-keys-key")).hint(tr.t("ballots-keys-key-hint")).value(&sent.key);
        field.autocomplete = "off";
        if let Some(error) = &sent.key_error {
            field.fail(error.clone());
        }
        field
    });
    let reason = (head && valid.is_some()).then(|| {
        let mut field = Field::new(tr, "reason", tr.t("ballots-keys-reason"))
            .hint(tr.t("ballots-keys-reason-hint"))
            .value(&sent.reason);
        if let Some(error) = &sent.reason_error {
            field.fail(error.clone());
        }
        field
    });
    Ok(KeysSection {
        rows,
        key,
        key_action: if own { "/delegation/keys/rotate" } else { "/delegation/keys" },
        key_submit: if own { tr.t("ballots-keys-rotate") } else { tr.t("ballots-keys-register") },
        reason,
        custodied: !own,
    })
}

/// The member state whose key the caller manages (its head); visitors are
/// sent to sign in, anyone else refused.
fn managed(state: &AppState, ctx: &Ctx) -> Result<Iso3, WebError> {
    let member = ctx.caller.principal.member;
    ctx.require(state, Action::ManageDelegationKey, member.map_or(Target::None, Target::Member))?;
    member.ok_or_else(|| WebError::Forbidden("only a head of delegation manages its key".into()))
}

/// What is wrong with a pasted key before sending it, if anything.
fn key_problem(tr: Tr, key: &str) -> Option<String> {
    if key.trim().is_empty() {
        Some(tr.t("ballots-keys-error-missing"))
    } else {
        parse_key(key).err().map(|_| tr.t("ballots-keys-error-invalid"))
    }
}

/// The delegation page again with the key form's error.
async fn failed(state: &AppState, ctx: &Ctx, member: Iso3, sent: KeysSent) -> Result<Response, WebError> {
    crate::web::delegation::head_page(state, ctx, member, sent).await
}

/// Registers or rotates the delegation's key.
async fn set_key(state: &AppState, form: &Posted, rotate: bool) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let member = managed(state, ctx)?;
    let tr = ctx.tr();
    let key = form.get("key").trim().to_owned();
    let fail = |message: String| KeysSent { key: key.clone(), key_error: Some(message), ..KeysSent::default() };
    if let Some(problem) = key_problem(tr, &key) {
        return failed(state, ctx, member, fail(problem)).await;
    }
    let command = if rotate {
        DecisionCommand::RotateKey { member, key: key.clone() }
    } else {
        DecisionCommand::RegisterKey { member, key: key.clone() }
    };
    match submit_or_refuse(state, &ctx.caller, Command::Decision(command)).await.map_err(WebError::from_api)? {
        Ok(_) => {
            Ok(see_other("/delegation", Some(if rotate { "notice-key-rotated" } else { "notice-key-registered" })))
        }
        Err(Rejection::Ballot(BallotRejection::Key { .. })) => {
            let verifier = parse_key(&key).map(|v| v.to_string()).unwrap_or_default();
            let used = state.store.signing_keys(None).await?.iter().any(|k| k.key == verifier);
            let id = if used { "ballots-keys-error-used" } else { "ballots-keys-error-own" };
            failed(state, ctx, member, fail(tr.t(id))).await
        }
        Err(Rejection::Ballot(BallotRejection::NoKey(_))) => {
            failed(state, ctx, member, fail(tr.t("ballots-keys-error-none"))).await
        }
        Err(other) => Err(WebError::from_api(other.into())),
    }
}

/// `POST /delegation/keys`: registers the delegation's own key (a key the
/// server kept for it is revoked in the same step).
pub async fn register(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    set_key(&state, &form, false).await
}

/// `POST /delegation/keys/rotate`: replaces the delegation's own key.
pub async fn rotate(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    set_key(&state, &form, true).await
}

/// `POST /delegation/keys/revoke`: revokes the delegation's key in force.
pub async fn revoke(State(state): State<AppState>, form: Posted) -> Result<Response, WebError> {
    let ctx = &form.ctx;
    let member = managed(&state, ctx)?;
    let tr = ctx.tr();
    let reason = form.get("reason").trim().to_owned();
    let fail =
        |message: String| KeysSent { reason: reason.clone(), reason_error: Some(message), ..KeysSent::default() };
    if reason.chars().count() > MAX_REASON || reason.chars().any(char::is_control) {
        let message = tr.t_args("text-too-long", &[("max", tr.number(MAX_REASON as u64).into())]);
        return failed(&state, ctx, member, fail(message)).await;
    }
    let command = Command::Decision(DecisionCommand::RevokeKey { member, reason: reason.clone() });
    match submit_or_refuse(&state, &ctx.caller, command).await.map_err(WebError::from_api)? {
        Ok(_) => Ok(see_other("/delegation", Some("notice-key-revoked"))),
        Err(Rejection::Ballot(BallotRejection::NoKey(_))) => {
            failed(&state, ctx, member, fail(tr.t("ballots-keys-error-none"))).await
        }
        Err(Rejection::Invalid { field: "reason", .. }) => {
            let message = tr.t_args("text-too-long", &[("max", tr.number(MAX_REASON as u64).into())]);
            failed(&state, ctx, member, fail(message)).await
        }
        Err(other) => Err(WebError::from_api(other.into())),
    }
}

#[cfg(test)]
mod tests {
    use domain::lang::Lang;

    use super::*;

    #[test]
    fn a_pasted_key_is_checked_before_it_is_sent() {
        let tr = Tr { lang: Lang::En };
        assert_eq!(key_problem(tr, "  "), Some(tr.t("ballots-keys-error-missing")));
        assert_eq!(key_problem(tr, "not a key"), Some(tr.t("ballots-keys-error-invalid")));
        let signer = ledger::Signer::new("concord-ken", &[7; 32]).unwrap();
        assert_eq!(key_problem(tr, &format!(" {} ", signer.verifier())), None);
    }
}
