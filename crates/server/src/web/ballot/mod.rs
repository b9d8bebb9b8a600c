//! Ballots (issue 16): recorded votes of the member states, public by
//! member, each vote signed with its delegation's key. Secret ballots
//! (elections) are not held here.
//!
//! - `GET /ballots`: open and closed ballots ([`list`]);
//! - `GET/POST /ballots/new`: the secretariat opens one ([`new`]);
//! - `GET /ballots/{id}`: the ballot, its rule, the vote forms of those who
//!   vote, the proxy and alternate forms, the secretariat's close button,
//!   the votes by regional group and the result ([`show`], [`result`]);
//! - `POST /ballots/{id}/vote`, `/proxy`, `/proxy/revoke`, `/alternates`:
//!   voting, for oneself or by proxy, and the head's and delegates'
//!   arrangements ([`act`]);
//! - `POST /ballots/{id}/close`, `GET/POST /ballots/{id}/roll-call`: the
//!   secretariat closes and records a roll call ([`manage`]);
//! - `POST /delegation/keys`, `/delegation/keys/rotate`,
//!   `/delegation/keys/revoke`: a head manages the delegation's signing key
//!   from the delegation page ([`keys`]).
//!
//! The rules are `domain::decision`'s; the handlers ask the authorization
//! table first, then the store (which signs votes with the custodied key),
//! and word each refusal in the page language beside its field.

mod act;
pub mod keys;
mod list;
mod manage;
mod new;
mod result;
mod show;

use std::sync::LazyLock;

use axum::Router;
use axum::routing::{get, post};
use domain::decision::{BallotRejection, Choice};
use domain::lang::Lang;
use domain::{Rejection, RejectionKind};
use store::StoreError;
use store::decision::BallotRecord;

use super::consultation::Text;
use super::errors::WebError;
use super::i18n::Tr;
use super::page::{Tag, TagColour};
use crate::AppState;
use crate::error::ApiError;

/// The routes of the ballot pages and of the delegation's keys.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/ballots", get(list::page))
        .route("/ballots/new", get(new::form).post(new::create))
        .route("/ballots/{id}", get(show::page))
        .route("/ballots/{id}/vote", post(act::vote))
        .route("/ballots/{id}/proxy", post(act::give_proxy))
        .route("/ballots/{id}/proxy/revoke", post(act::revoke_proxy))
        .route("/ballots/{id}/alternates", post(act::designate))
        .route("/ballots/{id}/close", post(manage::close))
        .route("/ballots/{id}/roll-call", get(manage::roll_call_form).post(manage::roll_call))
        .route("/delegation/keys", post(keys::register))
        .route("/delegation/keys/rotate", post(keys::rotate))
        .route("/delegation/keys/revoke", post(keys::revoke))
}

/// The texts of the decision rules, parsed once.
static RULES: LazyLock<rules::Localizer> = LazyLock::new(rules::Localizer::new);

/// Ballot `id` of a path, or 404 when the id is not a number in range or
/// names no ballot.
async fn ballot_of(state: &AppState, id: &str) -> Result<BallotRecord, WebError> {
    let id = crate::extract::number(id).ok_or(WebError::NotFound)?;
    state.store.ballot(id).await?.ok_or(WebError::NotFound)
}

/// Every message id built at run time here, for the message tests.
pub fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = Choice::ALL.iter().map(|c| choice_id(*c)).collect();
    ids.extend(["adopted", "rejected", "pending"].iter().map(|o| format!("ballots-outcome-{o}")));
    ids.extend(CHOSEN_IDS.iter().map(|id| (*id).to_owned()));
    ids
}

/// The messages chosen by a match on a refusal (the message tests look
/// for ids in calls of `t`, which these are not).
const CHOSEN_IDS: &[&str] = &[
    "ballots-error-closed",
    "ballots-error-seq",
    "ballots-error-signature",
    "ballots-error-no-key",
    "ballots-error-own-key",
    "ballots-error-proxy",
    "ballots-error-proxy-self",
    "ballots-error-proxy-given",
    "ballots-error-proxy-holds",
    "ballots-error-proxy-chain",
    "ballots-error-type",
    "ballots-error-duplicate",
    "ballots-error-refused",
    "ballots-keys-error-used",
    "ballots-keys-error-own",
];

/// The message id of a vote's name.
fn choice_id(choice: Choice) -> String {
    format!("ballots-choice-{}", choice.code())
}

/// A vote's name in the page language.
fn choice_name(tr: Tr, choice: Choice) -> String {
    tr.t(&choice_id(choice))
}

/// A ballot's status as a tag.
pub fn status_tag(tr: Tr, closed: bool) -> Tag {
    if closed {
        Tag { text: tr.t("ballots-status-closed"), colour: TagColour::Blue }
    } else {
        Tag { text: tr.t("ballots-status-open"), colour: TagColour::Green }
    }
}

/// An outcome as a tag.
pub fn outcome_tag(tr: Tr, outcome: rules::Outcome) -> Tag {
    let colour = match outcome {
        rules::Outcome::Adopted => TagColour::Green,
        rules::Outcome::Rejected => TagColour::Grey,
        rules::Outcome::Pending => TagColour::Blue,
    };
    Tag { text: tr.t(&format!("ballots-outcome-{}", outcome.key())), colour }
}

/// The title of a ballot in the page language if it was given in it, else
/// in English, else in the first language it has.
pub fn title_of(record: &BallotRecord, page: Lang) -> Text {
    let found = record
        .titles
        .get_key_value(&page)
        .or_else(|| record.titles.get_key_value(&Lang::En))
        .or_else(|| record.titles.iter().next());
    match found {
        Some((lang, text)) => Text::new(text, *lang, page),
        None => Text::new("", page, page),
    }
}

/// The refusal inside a store error that a page words itself; "you may
/// not" (403) and anything else become the error page.
fn refusal(err: StoreError) -> Result<Rejection, WebError> {
    match err {
        StoreError::Rejected(rejection) if rejection.kind() != RejectionKind::Forbidden => Ok(rejection),
        other => Err(WebError::from_api(ApiError::from(other))),
    }
}

/// The sentence for a refusal of a vote, a proxy or a closing, in the page
/// language (never the domain's English).
fn refusal_text(tr: Tr, rejection: &Rejection) -> String {
    let id = match rejection {
        Rejection::Ballot(ballot) => match ballot {
            BallotRejection::Closed(_) | BallotRejection::PastClosing(_) | BallotRejection::NotDue(_) => {
                "ballots-error-closed"
            }
            BallotRejection::Seq { .. } => "ballots-error-seq",
            BallotRejection::Signature { .. } => "ballots-error-signature",
            BallotRejection::NoKey(_) => "ballots-error-no-key",
            BallotRejection::Key { .. } => "ballots-error-own-key",
            BallotRejection::Proxy { .. } => "ballots-error-proxy",
            BallotRejection::UnknownType(_) => "ballots-error-type",
            BallotRejection::DuplicateVote(_) => "ballots-error-duplicate",
            BallotRejection::UnknownBallot(_)
            | BallotRejection::NotEligible { .. }
            | BallotRejection::NotVoter { .. } => "ballots-error-refused",
        },
        _ => "ballots-error-refused",
    };
    tr.t(id)
}

/// One line of an explanation of a result, in the page language.
#[derive(Debug, Clone)]
pub struct Line {
    /// How deep it is nested (0: the outcome and counts).
    pub depth: usize,
    /// The text.
    pub text: String,
}

/// The explanation of `tally` in `lang`, line by line.
pub fn explanation(lang: Lang, tally: &rules::Tally) -> Vec<Line> {
    tally.explanation().iter().map(|line| Line { depth: line.depth, text: RULES.line(lang, line) }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_time_ids_follow_the_codes() {
        let ids = message_ids();
        assert!(ids.contains(&"ballots-choice-abstain".to_owned()));
        assert!(ids.contains(&"ballots-outcome-pending".to_owned()));
    }

    #[test]
    fn refusals_are_worded_in_the_page_language() {
        let tr = Tr { lang: Lang::Fr };
        let closed = Rejection::Ballot(BallotRejection::Closed(3));
        assert_eq!(refusal_text(tr, &closed), tr.t("ballots-error-closed"));
        assert_ne!(refusal_text(tr, &closed), closed.to_string());
    }
}
