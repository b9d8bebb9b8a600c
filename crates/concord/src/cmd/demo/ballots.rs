//! The demo's ballots (issue 16):
//! - a closed ballot that replays a real roll call of the UN General
//!   Assembly from the shipped data ([`REPLAYED_RCID`]: resolution 73/187 on
//!   countering the criminal use of information and communications
//!   technologies, adopted 94 to 59 with 33 abstentions under the simple
//!   majority of members present and voting). Every member state that voted
//!   there votes here through a person of its delegation, signed with its
//!   delegation's key: the five demo delegations with the key the server
//!   keeps for them (custodied), every other state with a demo key of its
//!   own, made for this vote and then forgotten, so no one holds it;
//! - an open ballot under the `standard` decision type, on which some demo
//!   delegations have voted and one has given its proxy, so a newcomer
//!   signed in as a demo delegate can vote, and the secretariat close it.

use std::collections::BTreeMap;

use anyhow::{Context, anyhow};
use domain::authz::{Caller, Scope};
use domain::decision::{BallotProcedure, Choice, DecisionCommand, NewBallot, SignedVote, VotePayload};
use domain::lang::Lang;
use domain::member::Iso3;
use domain::people::DelegationRole;
use domain::{Actor, Command, Timestamp};
use store::Store;

use super::people::{Cast, DELEGATIONS};

/// The General Assembly roll call the closed ballot replays.
pub const REPLAYED_RCID: &str = "6138";

/// The shipped votes of the General Assembly (`data/unvotes/README.md`:
/// Voeten et al., Harvard Dataverse, CC0).
const VOTES_CSV: &str = include_str!("../../../../../data/unvotes/votes.csv");

/// The procedure the General Assembly applied to it.
const SIMPLE_MAJORITY: &str = include_str!("../../../../../examples/procedures/un-ga-simple-majority.toml");

/// Seeds the two ballots.
pub async fn seed(store: &Store, cast: &Cast) -> anyhow::Result<()> {
    replay_roll_call(store, cast).await.context("replaying a General Assembly roll call")?;
    open_ballot(store, cast).await.context("opening the demo's open ballot")
}

/// The votes of roll call `rcid` in the shipped data, by ISO 3166-1
/// alpha-3 code.
fn roll_call(rcid: &str) -> anyhow::Result<BTreeMap<Iso3, Choice>> {
    let by_iso2: BTreeMap<String, Iso3> =
        domain::member::un_members()?.into_iter().map(|m| (m.iso2.clone(), m.iso3)).collect();
    let mut votes = BTreeMap::new();
    for (line, row) in VOTES_CSV.lines().enumerate().skip(1) {
        let mut fields = row.split(',');
        if fields.next() != Some(rcid) {
            continue;
        }
        let (Some(iso2), Some(vote)) = (fields.next(), fields.next()) else {
            return Err(anyhow!("data/unvotes/votes.csv line {}: expected rcid,iso2,vote", line + 1));
        };
        let member = by_iso2.get(iso2).ok_or_else(|| anyhow!("votes.csv line {}: unknown {iso2}", line + 1))?;
        let choice: Choice = vote.parse().map_err(|err: String| anyhow!("votes.csv line {}: {err}", line + 1))?;
        votes.insert(*member, choice);
    }
    Ok(votes)
}

fn title(pairs: &[(Lang, &str)]) -> BTreeMap<Lang, String> {
    pairs.iter().map(|(lang, text)| (*lang, (*text).to_owned())).collect()
}

async fn submit(store: &Store, caller: &Caller, command: DecisionCommand) -> anyhow::Result<()> {
    let what = format!("{command:?}");
    store.submit(caller.clone(), Command::Decision(command)).await.with_context(|| format!("submitting {what}"))?;
    Ok(())
}

/// The demo delegations' heads, by member state.
fn demo_heads() -> anyhow::Result<BTreeMap<Iso3, Caller>> {
    DELEGATIONS
        .iter()
        .map(|(code, _)| {
            let member: Iso3 = code.parse().map_err(|err: String| anyhow!(err))?;
            let head =
                Actor::try_from(format!("del.demo-{}-head", code.to_ascii_lowercase())).map_err(|err| anyhow!(err))?;
            Ok((member, Caller::new(head, Scope::Full)))
        })
        .collect()
}

async fn replay_roll_call(store: &Store, cast: &Cast) -> anyhow::Result<()> {
    let procedure = rules::Procedure::from_toml(SIMPLE_MAJORITY).map_err(|err| anyhow!("{err}"))?;
    let open = NewBallot {
        title: title(&[
            (
                Lang::En,
                "Countering the use of information and communications technologies for criminal purposes (replay of UN General Assembly resolution 73/187)",
            ),
            (
                Lang::Fr,
                "Lutte contre l’utilisation des technologies de l’information et des communications à des fins criminelles (reprise de la résolution 73/187 de l’Assemblée générale)",
            ),
            (
                Lang::Es,
                "Lucha contra la utilización de las tecnologías de la información y las comunicaciones con fines delictivos (reproducción de la resolución 73/187 de la Asamblea General)",
            ),
        ]),
        document: None,
        closes: None,
        procedure: BallotProcedure::Given(procedure),
    };
    submit(store, &cast.secretariat, DecisionCommand::OpenBallot(open)).await?;
    let ballot = store.ballots().await?.first().map(|b| b.id).context("the ballot was opened")?;
    let heads = demo_heads()?;
    for (member, choice) in roll_call(REPLAYED_RCID)? {
        if let Some(head) = heads.get(&member) {
            store.vote_with_custody(head, ballot, member, choice, None).await?;
            continue;
        }
        // A head of delegation for the demo, who registers a key of the
        // delegation's own and signs its vote with it.
        let head = Actor::try_from(format!("del.demo-{}-head", member.as_str().to_ascii_lowercase()))
            .map_err(|err| anyhow!(err))?;
        let add = Command::AddDelegationMember { member, handle: head.clone(), role: DelegationRole::Head };
        store
            .submit(cast.secretariat.clone(), add)
            .await
            .with_context(|| format!("accrediting a head for {member}"))?;
        let head = Caller::new(head, Scope::Full);
        let signer = demo_key(member)?;
        submit(store, &head, DecisionCommand::RegisterKey { member, key: signer.verifier().to_string() }).await?;
        let payload = VotePayload { ballot, member, choice, seq: 1, proxy_for: None };
        submit(store, &head, DecisionCommand::Vote(SignedVote { payload, signature: payload.sign(&signer) })).await?;
    }
    submit(store, &cast.secretariat, DecisionCommand::CloseBallot { ballot }).await
}

/// A fresh key for `member`'s demo delegation; its private half is dropped
/// once the vote is signed.
fn demo_key(member: Iso3) -> anyhow::Result<ledger::Signer> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|err| anyhow!("no randomness for a demo key: {err}"))?;
    let name = format!("concord-demo-{}", member.as_str().to_ascii_lowercase());
    ledger::Signer::new(&name, &seed).map_err(|err| anyhow!("{err}"))
}

async fn open_ballot(store: &Store, cast: &Cast) -> anyhow::Result<()> {
    let week = Timestamp::from_unix_millis(Timestamp::now().unix_millis() + 7 * 24 * 3_600_000)
        .context("a closing time a week from now")?;
    let open = NewBallot {
        title: title(&[
            (Lang::En, "Common standard: documenting openly shared AI models (demo)"),
            (Lang::Fr, "Norme commune : documenter les modèles d’IA partagés ouvertement (démo)"),
            (Lang::Es, "Norma común: documentar los modelos de IA compartidos abiertamente (demostración)"),
            (Lang::Ru, "Общий стандарт: документирование открыто распространяемых моделей ИИ (демо)"),
            (Lang::Zh, "共同标准：公开共享人工智能模型的文档（演示）"),
            (Lang::Ar, "معيار مشترك: توثيق نماذج الذكاء الاصطناعي المتاحة علنًا (عرض توضيحي)"),
        ]),
        document: None,
        closes: Some(week),
        procedure: BallotProcedure::Type("standard".into()),
    };
    submit(store, &cast.secretariat, DecisionCommand::OpenBallot(open)).await?;
    let ballot = store.ballots().await?.first().map(|b| b.id).context("the ballot was opened")?;
    let heads = demo_heads()?;
    let head = |code: &str| -> anyhow::Result<(Iso3, &Caller)> {
        let member: Iso3 = code.parse().map_err(|err: String| anyhow!(err))?;
        Ok((member, heads.get(&member).context("a demo delegation")?))
    };
    let (kenya, kenya_head) = head("KEN")?;
    let (canada, canada_head) = head("CAN")?;
    let (estonia, estonia_head) = head("EST")?;
    store.vote_with_custody(kenya_head, ballot, kenya, Choice::Yes, None).await?;
    store.vote_with_custody(canada_head, ballot, canada, Choice::Yes, None).await?;
    submit(store, estonia_head, DecisionCommand::GiveProxy { ballot, from: estonia, to: canada }).await?;
    store.vote_with_custody(canada_head, ballot, canada, Choice::Abstain, Some(estonia)).await?;
    Ok(())
}
