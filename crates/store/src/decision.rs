//! Decisions in the store: their projections (written from the
//! `decision.*` events), the queries the pages and the API read, and the
//! votes the server signs with a custodied key (see the private module `custody`).

use std::collections::BTreeMap;

use domain::authz::Caller;
use domain::decision::{
    Choice, DecisionCommand, DecisionEvent, DecisionType, Signatory, SignedVote, VotePayload, types,
};
use domain::lang::Lang;
use domain::member::Iso3;
use domain::{Actor, Command, Envelope};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::db::{Value, actor, opt_u64, parsed};
use crate::error::{Result, StoreError};
use crate::log::{bound, to_i64, to_u64};
use crate::projection::{Write, int, table, text};
use crate::writer::Effect;
use crate::{Receipt, Store, custody};

/// The changes one decision event makes to the tables.
pub(crate) fn writes(envelope: &Envelope, event: &DecisionEvent, index: Value) -> Result<Vec<Write>> {
    let ms = int(envelope.time.unix_millis());
    let actor = text(envelope.actor.as_str());
    Ok(match event {
        DecisionEvent::TypesPublished(published) => published
            .types
            .iter()
            .map(|t| {
                Ok(Write::Insert {
                    table: table("p_decision_types"),
                    values: vec![
                        int(to_i64(published.version)?),
                        text(&t.code),
                        text(t.procedure.name()),
                        text(json(&t.procedure)?),
                        index.clone(),
                    ],
                })
            })
            .collect::<Result<_>>()?,
        DecisionEvent::KeyRegistered(registered) => vec![Write::Insert {
            table: table("p_signing_keys"),
            values: vec![
                text(&registered.key),
                text(registered.signatory.to_string()),
                int(registered.custodied),
                index,
                actor,
                Value::Int(None),
                Value::Text(None),
                Value::Text(None),
            ],
        }],
        DecisionEvent::KeyRevoked(revoked) => vec![Write::Statement {
            sql: "UPDATE p_signing_keys SET revoked_at = $1, revoked_by = $2, reason = $3 WHERE key = $4",
            values: vec![index, actor, text(&revoked.reason), text(&revoked.key)],
        }],
        DecisionEvent::BallotOpened(opened) => {
            let id = int(to_i64(opened.id)?);
            let mut writes = vec![Write::Insert {
                table: table("p_ballots"),
                values: vec![
                    id.clone(),
                    Value::Int(opened.document.map(to_i64).transpose()?),
                    Value::Int(opened.closes.map(|t| t.unix_millis())),
                    Value::Text(opened.decision_type.as_ref().map(|t| t.code.clone())),
                    Value::Int(opened.decision_type.as_ref().map(|t| to_i64(t.version)).transpose()?),
                    text(json(&opened.procedure)?),
                    text("open"),
                    index,
                    ms,
                    Value::Int(None),
                    Value::Int(None),
                    Value::Text(None),
                    Value::Text(None),
                    Value::Text(None),
                    int(0),
                ],
            }];
            for (lang, title) in &opened.title {
                writes.push(Write::Insert {
                    table: table("p_ballot_titles"),
                    values: vec![id.clone(), text(lang.code()), text(title)],
                });
            }
            for elector in &opened.electorate {
                writes.push(Write::Insert {
                    table: table("p_ballot_electors"),
                    values: vec![id.clone(), text(elector.member.to_string()), text(elector.group.code())],
                });
            }
            writes
        }
        DecisionEvent::AlternateDesignated(designated) => vec![Write::Insert {
            table: table("p_ballot_alternates"),
            values: vec![
                int(to_i64(designated.ballot)?),
                text(designated.member.to_string()),
                text(designated.handle.as_str()),
                index,
            ],
        }],
        DecisionEvent::ProxyGiven(given) => vec![Write::Insert {
            table: table("p_ballot_proxies"),
            values: vec![int(to_i64(given.ballot)?), text(given.from.to_string()), text(given.to.to_string()), index],
        }],
        DecisionEvent::ProxyRevoked(revoked) => vec![Write::Statement {
            sql: "DELETE FROM p_ballot_proxies WHERE ballot_id = $1 AND from_member = $2",
            values: vec![int(to_i64(revoked.ballot)?), text(revoked.from.to_string())],
        }],
        DecisionEvent::Voted(voted) => {
            let ballot = int(to_i64(voted.ballot)?);
            let key = envelope.signature.as_ref().map(|s| s.key.clone()).unwrap_or_default();
            vec![
                Write::Statement {
                    sql: "INSERT INTO p_ballot_positions \
                          (ballot_id, member, choice, cast_by, recorded, actor, seq, key, cast_at, cast_ms) \
                          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                          ON CONFLICT (ballot_id, member) DO UPDATE SET choice = excluded.choice, \
                          cast_by = excluded.cast_by, recorded = excluded.recorded, actor = excluded.actor, \
                          seq = excluded.seq, key = excluded.key, cast_at = excluded.cast_at, cast_ms = excluded.cast_ms",
                    values: vec![
                        ballot.clone(),
                        text(voted.position().to_string()),
                        text(voted.choice.code()),
                        text(voted.member.to_string()),
                        int(voted.recorded),
                        actor,
                        int(to_i64(voted.seq)?),
                        text(key),
                        index,
                        ms,
                    ],
                },
                Write::Statement {
                    sql: "INSERT INTO p_ballot_seqs (ballot_id, member, seq) VALUES ($1, $2, $3) \
                          ON CONFLICT (ballot_id, member) DO UPDATE SET seq = excluded.seq",
                    values: vec![ballot.clone(), text(voted.member.to_string()), int(to_i64(voted.seq)?)],
                },
                Write::Statement { sql: "UPDATE p_ballots SET votes = votes + 1 WHERE id = $1", values: vec![ballot] },
            ]
        }
        DecisionEvent::BallotClosed(closed) => vec![Write::Statement {
            sql: "UPDATE p_ballots SET status = 'closed', closed_at = $1, closed_ms = $2, closed_by = $3, \
                  outcome = $4, tally = $5 WHERE id = $6",
            values: vec![
                index,
                ms,
                actor,
                text(closed.tally.outcome.key()),
                text(json(&closed.tally)?),
                int(to_i64(closed.ballot)?),
            ],
        }],
    })
}

/// JSON for the projection's text columns.
fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|err| StoreError::Inconsistent(err.to_string()))
}

/// A ballot as the pages and the API show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotRecord {
    /// Its number.
    pub id: u64,
    /// Its title by language.
    pub titles: BTreeMap<Lang, String>,
    /// The document voted on, if any.
    pub document: Option<u64>,
    /// When it closes by itself (Unix ms).
    pub closes_ms: Option<i64>,
    /// The decision type and the set's version, if opened under one.
    pub decision_type: Option<(String, u64)>,
    /// The procedure that decides it.
    pub procedure: rules::Procedure,
    /// Whether it is closed.
    pub closed: bool,
    /// The log index of its opening.
    pub opened_at: u64,
    /// When it opened (Unix ms).
    pub opened_ms: i64,
    /// The log index of its closing.
    pub closed_at: Option<u64>,
    /// When it closed (Unix ms).
    pub closed_ms: Option<i64>,
    /// Who closed it (`system` at the closing time).
    pub closed_by: Option<Actor>,
    /// The tally, once closed.
    pub tally: Option<rules::Tally>,
    /// Votes cast, changed ones included.
    pub votes: u64,
    /// The member states that may vote.
    pub electorate: u64,
}

impl BallotRecord {
    /// The title in `lang`, else in English, else in any language.
    pub fn title(&self, lang: Lang) -> &str {
        self.titles
            .get(&lang)
            .or_else(|| self.titles.get(&Lang::En))
            .or_else(|| self.titles.values().next())
            .map_or("", String::as_str)
    }
}

/// A member state of a ballot's electorate and its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElectorRecord {
    /// The member state.
    pub member: Iso3,
    /// Its regional group's code.
    pub regional_group: String,
    /// Its last vote, if it voted.
    pub position: Option<PositionRecord>,
}

/// A member state's last vote on a ballot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionRecord {
    /// The vote.
    pub choice: Choice,
    /// The member state that cast it (the proxy holder on a proxy vote).
    pub cast_by: Iso3,
    /// Recorded by the secretariat from a roll call.
    pub recorded: bool,
    /// The person who cast or recorded it.
    pub actor: Actor,
    /// Its `seq`.
    pub seq: u64,
    /// The key that signed it.
    pub key: String,
    /// Its log index.
    pub cast_at: u64,
}

/// A proxy in force on a ballot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyRecord {
    /// The member state that gave it.
    pub from: Iso3,
    /// The member state that votes for it.
    pub to: Iso3,
    /// The log index of the gift.
    pub given_at: u64,
}

/// A signing key, valid or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRecord {
    /// The verifier key.
    pub key: String,
    /// Whose key.
    pub signatory: Signatory,
    /// Whether the server keeps it.
    pub custodied: bool,
    /// The log index of its registration.
    pub registered_at: u64,
    /// Who registered it.
    pub registered_by: Actor,
    /// The log index of its revocation, if revoked.
    pub revoked_at: Option<u64>,
    /// Why it was revoked.
    pub reason: Option<String>,
}

/// A decision type of the latest published set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionTypeRecord {
    /// The set's version (`None`: the shipped set, not yet published; it is
    /// published with the first ballot that names a type).
    pub version: Option<u64>,
    /// The type.
    pub decision_type: DecisionType,
}

const BALLOT_COLUMNS: &str = "b.id, b.document, b.closes_ms, b.type_code, b.type_version, b.procedure, b.status, \
     b.opened_at, b.opened_ms, b.closed_at, b.closed_ms, b.closed_by, b.tally, b.votes, \
     (SELECT COUNT(*) FROM p_ballot_electors e WHERE e.ballot_id = b.id)";

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|err| StoreError::Inconsistent(format!("a stored ballot does not read: {err}")))
}

fn ballot_row(row: &AnyRow) -> Result<BallotRecord> {
    let decision_type = match (row.try_get::<Option<String>, _>(3)?, opt_u64(row, 4)?) {
        (Some(code), Some(version)) => Some((code, version)),
        _ => None,
    };
    Ok(BallotRecord {
        id: to_u64(row.try_get(0)?)?,
        titles: BTreeMap::new(),
        document: opt_u64(row, 1)?,
        closes_ms: row.try_get(2)?,
        decision_type,
        procedure: from_json(&row.try_get::<String, _>(5)?)?,
        closed: row.try_get::<String, _>(6)? == "closed",
        opened_at: to_u64(row.try_get(7)?)?,
        opened_ms: row.try_get(8)?,
        closed_at: opt_u64(row, 9)?,
        closed_ms: row.try_get(10)?,
        closed_by: row
            .try_get::<Option<String>, _>(11)?
            .map(Actor::try_from)
            .transpose()
            .map_err(StoreError::Inconsistent)?,
        tally: row.try_get::<Option<String>, _>(12)?.map(|t| from_json(&t)).transpose()?,
        votes: to_u64(row.try_get(13)?)?,
        electorate: to_u64(row.try_get(14)?)?,
    })
}

async fn with_titles(conn: &mut AnyConnection, mut ballots: Vec<BallotRecord>) -> Result<Vec<BallotRecord>> {
    let Some(low) = ballots.iter().map(|b| b.id).min() else { return Ok(ballots) };
    let high = ballots.iter().map(|b| b.id).max().unwrap_or(low);
    let rows = sqlx::query("SELECT ballot_id, lang, title FROM p_ballot_titles WHERE ballot_id BETWEEN $1 AND $2")
        .bind(bound(low))
        .bind(bound(high))
        .fetch_all(conn)
        .await?;
    for row in rows {
        let id = to_u64(row.try_get(0)?)?;
        let lang = Lang::from_code(&row.try_get::<String, _>(1)?)
            .ok_or_else(|| StoreError::Inconsistent("a ballot title's language is not one of the six".into()))?;
        if let Some(ballot) = ballots.iter_mut().find(|b| b.id == id) {
            ballot.titles.insert(lang, row.try_get(2)?);
        }
    }
    Ok(ballots)
}

impl Store {
    /// The ballots, newest first.
    pub async fn ballots(&self) -> Result<Vec<BallotRecord>> {
        let mut conn = self.conn().await?;
        let sql = format!("SELECT {BALLOT_COLUMNS} FROM p_ballots b ORDER BY b.id DESC");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&mut *conn).await?;
        let ballots = rows.iter().map(ballot_row).collect::<Result<Vec<_>>>()?;
        with_titles(&mut conn, ballots).await
    }

    /// Ballot `id`.
    pub async fn ballot(&self, id: u64) -> Result<Option<BallotRecord>> {
        let mut conn = self.conn().await?;
        let sql = format!("SELECT {BALLOT_COLUMNS} FROM p_ballots b WHERE b.id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(bound(id)).fetch_optional(&mut *conn).await?;
        let Some(row) = row else { return Ok(None) };
        Ok(with_titles(&mut conn, vec![ballot_row(&row)?]).await?.pop())
    }

    /// The electorate of ballot `id`, by member state, with each position.
    pub async fn ballot_electors(&self, id: u64) -> Result<Vec<ElectorRecord>> {
        let rows = sqlx::query(
            "SELECT e.member, e.regional_group, p.choice, p.cast_by, p.recorded, p.actor, p.seq, p.key, p.cast_at \
             FROM p_ballot_electors e LEFT JOIN p_ballot_positions p \
             ON p.ballot_id = e.ballot_id AND p.member = e.member WHERE e.ballot_id = $1 ORDER BY e.member",
        )
        .bind(bound(id))
        .fetch_all(&mut *self.conn().await?)
        .await?;
        rows.iter()
            .map(|row| {
                let position = match row.try_get::<Option<String>, _>(2)? {
                    None => None,
                    Some(_) => Some(PositionRecord {
                        choice: parsed(row, 2)?,
                        cast_by: parsed(row, 3)?,
                        recorded: row.try_get::<i64, _>(4)? != 0,
                        actor: actor(row, 5)?,
                        seq: to_u64(row.try_get(6)?)?,
                        key: row.try_get(7)?,
                        cast_at: to_u64(row.try_get(8)?)?,
                    }),
                };
                Ok(ElectorRecord { member: parsed(row, 0)?, regional_group: row.try_get(1)?, position })
            })
            .collect()
    }

    /// The proxies in force on ballot `id`.
    pub async fn ballot_proxies(&self, id: u64) -> Result<Vec<ProxyRecord>> {
        let rows = sqlx::query(
            "SELECT from_member, to_member, given_at FROM p_ballot_proxies WHERE ballot_id = $1 ORDER BY from_member",
        )
        .bind(bound(id))
        .fetch_all(&mut *self.conn().await?)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ProxyRecord { from: parsed(row, 0)?, to: parsed(row, 1)?, given_at: to_u64(row.try_get(2)?)? })
            })
            .collect()
    }

    /// The alternates designated on ballot `id`, with their member state.
    pub async fn ballot_alternates(&self, id: u64) -> Result<Vec<(Iso3, Actor)>> {
        let rows =
            sqlx::query("SELECT member, handle FROM p_ballot_alternates WHERE ballot_id = $1 ORDER BY member, handle")
                .bind(bound(id))
                .fetch_all(&mut *self.conn().await?)
                .await?;
        rows.iter().map(|row| Ok((parsed(row, 0)?, actor(row, 1)?))).collect()
    }

    /// The `seq` `member`'s next vote on ballot `id` must carry.
    pub async fn next_seq(&self, id: u64, member: Iso3) -> Result<u64> {
        let seq: Option<i64> = sqlx::query_scalar("SELECT seq FROM p_ballot_seqs WHERE ballot_id = $1 AND member = $2")
            .bind(bound(id))
            .bind(member.to_string())
            .fetch_optional(&mut *self.conn().await?)
            .await?;
        Ok(seq.map(to_u64).transpose()?.unwrap_or(0) + 1)
    }

    /// The open ballots whose closing time is at or before `now_ms`.
    pub async fn ballots_due(&self, now_ms: i64) -> Result<Vec<u64>> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM p_ballots WHERE status = 'open' AND closes_ms IS NOT NULL AND closes_ms <= $1 ORDER BY id",
        )
        .bind(now_ms)
        .fetch_all(&mut *self.conn().await?)
        .await?;
        ids.into_iter().map(to_u64).collect()
    }

    /// The signing keys of `signatory` (every signatory's with `None`),
    /// newest first.
    pub async fn signing_keys(&self, signatory: Option<Signatory>) -> Result<Vec<KeyRecord>> {
        const COLUMNS: &str = "key, signatory, custodied, registered_at, registered_by, revoked_at, reason";
        let mut conn = self.conn().await?;
        let rows = match signatory {
            Some(signatory) => {
                let sql =
                    format!("SELECT {COLUMNS} FROM p_signing_keys WHERE signatory = $1 ORDER BY registered_at DESC");
                sqlx::query(sqlx::AssertSqlSafe(sql)).bind(signatory.to_string()).fetch_all(&mut *conn).await?
            }
            None => {
                let sql = format!("SELECT {COLUMNS} FROM p_signing_keys ORDER BY registered_at DESC");
                sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(&mut *conn).await?
            }
        };
        rows.iter()
            .map(|row| {
                Ok(KeyRecord {
                    key: row.try_get(0)?,
                    signatory: parsed(row, 1)?,
                    custodied: row.try_get::<i64, _>(2)? != 0,
                    registered_at: to_u64(row.try_get(3)?)?,
                    registered_by: actor(row, 4)?,
                    revoked_at: opt_u64(row, 5)?,
                    reason: row.try_get(6)?,
                })
            })
            .collect()
    }

    /// The valid key of `signatory`, if any.
    pub async fn valid_key(&self, signatory: Signatory) -> Result<Option<KeyRecord>> {
        Ok(self.signing_keys(Some(signatory)).await?.into_iter().find(|k| k.revoked_at.is_none()))
    }

    /// The decision types a ballot can be opened under now: the latest
    /// published set, or the shipped one before any is published.
    pub async fn decision_types(&self) -> Result<Vec<DecisionTypeRecord>> {
        let rows = sqlx::query(
            "SELECT version, code, procedure FROM p_decision_types \
             WHERE version = (SELECT MAX(version) FROM p_decision_types) ORDER BY code",
        )
        .fetch_all(&mut *self.conn().await?)
        .await?;
        if rows.is_empty() {
            return Ok(types::shipped()
                .into_iter()
                .map(|decision_type| DecisionTypeRecord { version: None, decision_type })
                .collect());
        }
        rows.iter()
            .map(|row| {
                Ok(DecisionTypeRecord {
                    version: Some(to_u64(row.try_get(0)?)?),
                    decision_type: DecisionType {
                        code: row.try_get(1)?,
                        procedure: from_json(&row.try_get::<String, _>(2)?)?,
                    },
                })
            })
            .collect()
    }

    /// The key this server keeps for `signatory`, whose valid key is
    /// `valid`. Refused when that key is the signatory's own: the server
    /// cannot sign with it.
    async fn custodied_signer(&self, signatory: Signatory, valid: &KeyRecord) -> Result<ledger::Signer> {
        let name = signatory.to_string();
        if !valid.custodied {
            return Err(StoreError::Rejected(domain::Rejection::Ballot(domain::decision::BallotRejection::Key {
                signatory,
                why: "signs its votes with its own key; vote with `concord vote --key FILE`".into(),
            })));
        }
        custody::signer(&mut *self.conn().await?, self.custody()?, &name, &valid.key).await?.ok_or_else(|| {
            StoreError::Conflict(format!("the custodied key of {name} is kept by another node's database"))
        })
    }

    /// Casts `member`'s vote as `caller`, signed with the key the server
    /// keeps for the signing member state (the proxy holder on a proxy
    /// vote). A concurrent vote of the same member takes the `seq`; the
    /// vote is then signed again with the next one.
    pub async fn vote_with_custody(
        &self,
        caller: &Caller,
        ballot: u64,
        member: Iso3,
        choice: Choice,
        proxy_for: Option<Iso3>,
    ) -> Result<Receipt> {
        let signatory = Signatory::Member(member);
        let Some(valid) = self.valid_key(signatory).await? else {
            // The first vote: a new key, registered with the vote or not at
            // all (a refused vote leaves no key behind).
            let (signer, sealed) = custody::generate(self.custody()?, &signatory.to_string())?;
            let payload = VotePayload { ballot, member, choice, seq: self.next_seq(ballot, member).await?, proxy_for };
            let vote = SignedVote { payload, signature: payload.sign(&signer) };
            let key = vote.signature.key.clone();
            let effects = vec![Effect::StoreCustodiedKey { key, signatory: signatory.to_string(), sealed }];
            let command = Command::Decision(DecisionCommand::VoteWithNewCustodiedKey(vote));
            return self.submit_with(caller.clone(), command, effects).await;
        };
        let signer = self.custodied_signer(signatory, &valid).await?;
        let mut attempts = 0;
        loop {
            let seq = self.next_seq(ballot, member).await?;
            let payload = VotePayload { ballot, member, choice, seq, proxy_for };
            let vote = SignedVote { payload, signature: payload.sign(&signer) };
            match self.submit(caller.clone(), Command::Decision(DecisionCommand::Vote(vote))).await {
                Err(StoreError::Rejected(domain::Rejection::Ballot(domain::decision::BallotRejection::Seq {
                    ..
                }))) if attempts < 3 => attempts += 1,
                other => return other,
            }
        }
    }

    /// Records the votes of a roll call on `ballot` as `caller` (the
    /// secretariat), each signed with the secretariat's custodied key.
    pub async fn record_roll_call(&self, caller: &Caller, ballot: u64, votes: &[(Iso3, Choice)]) -> Result<Receipt> {
        let signatory = Signatory::Secretariat;
        // The first roll call: a new key, registered with the votes or not
        // at all (a refused roll call leaves no key behind).
        let (signer, new) = match self.valid_key(signatory).await? {
            None => {
                let (signer, sealed) = custody::generate(self.custody()?, &signatory.to_string())?;
                (signer, Some(sealed))
            }
            Some(valid) => (self.custodied_signer(signatory, &valid).await?, None),
        };
        let mut signed = Vec::with_capacity(votes.len());
        for (member, choice) in votes {
            let payload = VotePayload {
                ballot,
                member: *member,
                choice: *choice,
                seq: self.next_seq(ballot, *member).await?,
                proxy_for: None,
            };
            signed.push(SignedVote { payload, signature: payload.sign(&signer) });
        }
        match new {
            None => {
                self.submit(caller.clone(), Command::Decision(DecisionCommand::RecordVotes { ballot, votes: signed }))
                    .await
            }
            Some(sealed) => {
                let key = signer.verifier().to_string();
                let effects = vec![Effect::StoreCustodiedKey { key, signatory: signatory.to_string(), sealed }];
                let command = DecisionCommand::RecordVotesWithNewCustodiedKey { ballot, votes: signed };
                self.submit_with(caller.clone(), Command::Decision(command), effects).await
            }
        }
    }
}
