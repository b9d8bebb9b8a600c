//! The demo's part of the AI divide index (issue 17). The shipped indicator
//! values and the default methodology are loaded at every new
//! organization's first start (`serve`, before the demo is seeded), so the
//! index is computed from real open data. Here the demo delegations submit
//! a few newer national values with their sources ([`SUBMISSIONS`]), as a
//! delegation does from its state's profile; the demo's secretariat
//! accepts one and rejects one with its reason, and the others await
//! review, so a newcomer signed in as the demo secretariat can review them.

use anyhow::{Context, anyhow};
use domain::authz::{Caller, Scope};
use domain::divide::{DivideCommand, NewValue};
use domain::{Actor, Command};
use store::Store;

use super::people::Cast;

/// What happens to a demo submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// It awaits review.
    Pending,
    /// The secretariat accepts it.
    Accepted,
    /// The secretariat rejects it, with this reason.
    Rejected(&'static str),
}

/// A demo submission: the state, who of its delegation (`head` or
/// `delegate`), the indicator, the year, the value, the source, and what
/// becomes of it. The values are plausible next to the shipped ones, and
/// every source says it is the demo's.
pub const SUBMISSIONS: [(&str, &str, &str, u16, &str, &str, Fate); 5] = [
    (
        "KEN",
        "delegate",
        "IT.CEL.SETS.P2",
        2023,
        "123.4",
        "Communications Authority of Kenya, Sector Statistics Report, fourth quarter 2023 (demo)",
        Fate::Pending,
    ),
    (
        "IDN",
        "head",
        "IT.NET.BBND.P2",
        2023,
        "5.1",
        "Statistics Indonesia (BPS), Telecommunication Statistics in Indonesia 2023 (demo)",
        Fate::Pending,
    ),
    (
        "CHL",
        "head",
        "GB.XPD.RSDV.GD.ZS",
        2023,
        "0.41",
        "Ministerio de Ciencia, Tecnología, Conocimiento e Innovación, Encuesta sobre Gasto y Personal en I+D 2023 (demo)",
        Fate::Accepted,
    ),
    (
        "EST",
        "delegate",
        "EG.USE.ELEC.KH.PC",
        2023,
        "7100",
        "Statistics Estonia, energy balance 2023 (demo)",
        Fate::Rejected(
            "The figure includes electricity sent to neighbouring grids; submit consumption per person from the same balance (demo)",
        ),
    ),
    (
        "CAN",
        "delegate",
        "SP.POP.SCIE.RD.P6",
        2023,
        "5700",
        "Statistics Canada, Table 27-10-0023-01, research and development personnel 2023 (demo)",
        Fate::Pending,
    ),
];

/// Submits the demo's national values, then reviews those it decides.
pub async fn seed(store: &Store, cast: &Cast) -> anyhow::Result<()> {
    let mut reviews = Vec::new();
    for (code, role, indicator, year, value, source, fate) in SUBMISSIONS {
        let member = code.parse().map_err(|err: String| anyhow!(err))?;
        let handle =
            Actor::try_from(format!("del.demo-{}-{role}", code.to_ascii_lowercase())).map_err(|err| anyhow!(err))?;
        let new = NewValue {
            member,
            indicator: indicator.to_owned(),
            year,
            value: value.parse().map_err(|err: String| anyhow!(err))?,
            source: source.to_owned(),
        };
        let receipt = store
            .submit(Caller::new(handle, Scope::Full), Command::Divide(DivideCommand::SubmitValue(new)))
            .await
            .with_context(|| format!("{code} submitting {indicator} {year}"))?;
        let submission = store
            .divide_submissions(Default::default())
            .await?
            .iter()
            .find(|s| s.submitted_at == receipt.indexes.start)
            .map(|s| s.id)
            .with_context(|| format!("the submission of {code} is not in the store"))?;
        reviews.push((submission, fate));
    }
    for (submission, fate) in reviews {
        let (accept, reason) = match fate {
            Fate::Pending => continue,
            Fate::Accepted => (true, String::new()),
            Fate::Rejected(reason) => (false, reason.to_owned()),
        };
        let review = DivideCommand::Review { submission, accept, reason };
        store
            .submit(cast.secretariat.clone(), Command::Divide(review))
            .await
            .with_context(|| format!("reviewing submission {submission}"))?;
    }
    Ok(())
}
