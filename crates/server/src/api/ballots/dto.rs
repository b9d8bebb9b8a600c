//! What the decisions API takes and answers: separate from the events, so
//! the API can change without touching the log.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One decision type.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DecisionTypeDto {
    /// Its code, which ballots name it by.
    pub code: String,
    /// The procedure's name.
    pub name: String,
    /// The procedure, as the `rules` crate writes it in JSON.
    #[schema(value_type = Object)]
    pub procedure: serde_json::Value,
}

/// The decision types a ballot can be opened under now.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DecisionTypesDto {
    /// The version of the published set; null while the shipped set is not
    /// yet published (it is with the first ballot that names a type).
    pub version: Option<u64>,
    /// The types, by code.
    pub types: Vec<DecisionTypeDto>,
}

/// A decision type to publish: its code and its procedure as TOML.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDecisionType {
    /// The code: 1 to 40 of a-z, 0-9 and -.
    pub code: String,
    /// The procedure file's text (TOML; see `concord rules check`).
    pub procedure: String,
}

/// A new version of the set of decision types.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PublishTypesRequest {
    /// Every type of the new set.
    pub types: Vec<NewDecisionType>,
}

/// The version a set of decision types was published as.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PublishedTypes {
    /// The set's version, from 1.
    pub version: u64,
}

/// A delegation's signing key, valid or revoked.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct KeyDto {
    /// The verifier key (C2SP signed-note form, Ed25519).
    pub key: String,
    /// Whether the server keeps its private key.
    pub custodied: bool,
    /// The log index of its registration.
    pub registered_at: u64,
    /// Who registered it.
    pub registered_by: String,
    /// The log index of its revocation, if revoked.
    pub revoked_at: Option<u64>,
    /// Why it was revoked.
    pub reason: Option<String>,
}

/// A verifier key to register or rotate to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyRequest {
    /// The verifier key, as `concord key generate` writes it in FILE.pub.
    pub key: String,
}

/// Why a key is revoked.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RevokeKeyRequest {
    /// Why, for the public record (may be left out).
    #[serde(default)]
    pub reason: String,
}

/// The log indexes of the events a request recorded.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Indexes {
    /// One log index per event, in order.
    pub indexes: Vec<u64>,
}

/// The log index of a vote.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct VoteIndex {
    /// The log index of the `decision.voted` entry.
    pub index: u64,
}

/// A ballot in the list.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct BallotSummary {
    /// Its number.
    pub id: u64,
    /// Its title in the language asked for (else English, else any).
    pub title: String,
    /// `open` or `closed`.
    pub status: String,
    /// Once closed, `adopted` or `rejected` (`pending` for a consultation
    /// procedure still waiting); null while open.
    pub outcome: Option<String>,
    /// When it closes by itself (RFC 3339), if it does.
    pub closes: Option<String>,
    /// Votes cast, changed ones included.
    pub votes: u64,
}

/// A new ballot. Exactly one of `decision_type` and `procedure`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewBallotRequest {
    /// The title by language code (ar, zh, en, fr, ru, es): at least one.
    pub title: BTreeMap<String, String>,
    /// A decision type of the latest set, by code.
    pub decision_type: Option<String>,
    /// A procedure given with the ballot, as TOML.
    pub procedure: Option<String>,
    /// When it closes by itself (RFC 3339).
    pub closes: Option<String>,
    /// The number of the document voted on.
    pub document: Option<u64>,
}

/// The number of a new ballot.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CreatedBallot {
    /// Its number.
    pub id: u64,
}

/// The decision type a ballot was opened under.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct TypeRefDto {
    /// The type's code.
    pub code: String,
    /// The version of the set.
    pub version: u64,
}

/// A member state's current vote on a ballot.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct VoteDto {
    /// The member state whose vote it is.
    pub member: String,
    /// Its regional group.
    pub regional_group: String,
    /// yes, no or abstain.
    pub choice: String,
    /// The member state that cast it (the proxy holder on a proxy vote).
    pub cast_by: String,
    /// Recorded by the secretariat from a roll call.
    pub recorded: bool,
    /// Its seq.
    pub seq: u64,
    /// The verifier key that signed it.
    pub key: String,
    /// Its log index.
    pub index: u64,
}

/// A proxy in force.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ProxyDto {
    /// The member state that gave it.
    pub from: String,
    /// The member state that votes for it.
    pub to: String,
}

/// An alternate designated for a ballot.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AlternateDto {
    /// The member state.
    pub member: String,
    /// The alternate's handle.
    pub handle: String,
}

/// A ballot with its result so far.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct BallotDetail {
    /// Its number.
    pub id: u64,
    /// `open` or `closed`.
    pub status: String,
    /// `adopted`, `rejected`, or `pending` (always while open).
    pub outcome: String,
    /// Yes votes (while open: the current positions).
    pub yes: u64,
    /// No votes.
    pub no: u64,
    /// Abstentions.
    pub abstain: u64,
    /// The tally explained in the language asked for; empty while open.
    pub explanation: String,
    /// The title by language code.
    pub titles: BTreeMap<String, String>,
    /// The decision type it was opened under, if any.
    pub decision_type: Option<TypeRefDto>,
    /// The procedure that decides it, as JSON.
    #[schema(value_type = Object)]
    pub procedure: serde_json::Value,
    /// When it closes by itself (RFC 3339), if it does.
    pub closes: Option<String>,
    /// How many member states may vote.
    pub electorate: u64,
    /// The current vote of each member state that voted.
    pub votes: Vec<VoteDto>,
    /// The proxies in force.
    pub proxies: Vec<ProxyDto>,
    /// The alternates designated.
    pub alternates: Vec<AlternateDto>,
}

/// The seq a member state's next signed vote must carry.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct NextSeq {
    /// One more than its last seq on the ballot.
    pub next: u64,
}

/// A vote's signature.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignatureDto {
    /// The signer's verifier key.
    pub key: String,
    /// The Ed25519 signature, base64, over `concord-vote/v1\n` and the
    /// canonical JSON of `{ballot, member, choice, seq, proxy_for}`.
    pub sig: String,
}

/// A vote signed by the client (`concord vote`).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignedVoteRequest {
    /// The member state voting (on a proxy vote, the proxy holder).
    pub member: String,
    /// yes, no or abstain.
    pub choice: String,
    /// The seq (see `GET /api/v1/ballots/{id}/seq/{iso3}`).
    pub seq: u64,
    /// On a proxy vote, the member state whose vote it is.
    pub proxy_for: Option<String>,
    /// The signature.
    pub signature: SignatureDto,
}

/// A vote the server signs with the delegation's custodied key.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CustodiedVoteRequest {
    /// The member state voting (on a proxy vote, the proxy holder).
    pub member: String,
    /// yes, no or abstain.
    pub choice: String,
    /// On a proxy vote, the member state whose vote it is.
    pub proxy_for: Option<String>,
}

/// One vote of a roll call.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RollCallVote {
    /// The member state (ISO 3166-1 alpha-3).
    pub member: String,
    /// yes, no or abstain.
    pub choice: String,
}

/// The votes of a roll call taken in the room.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RollCallRequest {
    /// One vote per member state.
    pub votes: Vec<RollCallVote>,
}

/// A proxy to give.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProxyRequest {
    /// The member state giving its proxy.
    pub from: String,
    /// The member state that will vote for it.
    pub to: String,
}

/// A proxy to take back.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RevokeProxyRequest {
    /// The member state that gave it.
    pub from: String,
}

/// An alternate to designate.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AlternateRequest {
    /// The member state.
    pub member: String,
    /// The alternate's handle.
    pub handle: String,
}
