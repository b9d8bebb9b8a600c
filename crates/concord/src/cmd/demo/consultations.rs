//! The demo's consultations, with results.
//!
//! [`import_demo_consultations`] is the one step that puts them in the
//! store: the two real Pol.is consultations shipped with Concord
//! ([`SHIPPED`], embedded in the binary so `serve --demo` works from any
//! directory), imported by the demo's secretariat exactly as `concord
//! consultation import` does, and one small native consultation run
//! through the consultation commands (created, opened, voted on by the
//! demo's people, closed). The analyst computes the results in the
//! background.

use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow};
use domain::authz::{Caller, Scope};
use domain::consultation::{Audience, Choice, ConsultationCommand, Moderation, NewConsultation, ResultsVisibility};
use domain::lang::Lang;
use domain::{Actor, Command};
use futures::future::try_join_all;
use store::Store;

use super::people::Cast;

/// A Pol.is open-data export shipped with Concord: its folder name under
/// `data/polis/` and its files, embedded.
pub struct ShippedExport {
    /// The folder name, e.g. `15-per-hour-seattle`.
    pub name: &'static str,
    /// Each file's name and bytes.
    pub files: [(&'static str, &'static [u8]); 3],
}

/// The two real consultations of the demo, as Pol.is exported them
/// (`data/polis/README.md` says what they are).
pub const SHIPPED: [ShippedExport; 2] = [
    ShippedExport {
        name: "15-per-hour-seattle",
        files: [
            ("summary.csv", include_bytes!("../../../../../data/polis/15-per-hour-seattle/summary.csv")),
            ("comments.csv", include_bytes!("../../../../../data/polis/15-per-hour-seattle/comments.csv")),
            ("votes.csv", include_bytes!("../../../../../data/polis/15-per-hour-seattle/votes.csv")),
        ],
    },
    ShippedExport {
        name: "vtaiwan.uberx",
        files: [
            ("summary.csv", include_bytes!("../../../../../data/polis/vtaiwan.uberx/summary.csv")),
            ("comments.csv", include_bytes!("../../../../../data/polis/vtaiwan.uberx/comments.csv")),
            ("votes.csv", include_bytes!("../../../../../data/polis/vtaiwan.uberx/votes.csv")),
        ],
    },
];

impl ShippedExport {
    /// Writes the export's files into a new folder `dir/<name>` and
    /// returns that folder, for the Pol.is import, which reads a folder.
    pub fn unpack(&self, dir: &Path) -> anyhow::Result<PathBuf> {
        let folder = dir.join(self.name);
        std::fs::create_dir_all(&folder).with_context(|| format!("cannot create {}", folder.display()))?;
        for (file, bytes) in self.files {
            let path = folder.join(file);
            std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(folder)
    }
}

/// Puts the demo's consultations in the store, each closed with its
/// results to be computed by the analyst: the shipped Pol.is exports
/// (titled by their own `summary.csv`), then the native one.
pub async fn import_demo_consultations(store: &Store, cast: &Cast) -> anyhow::Result<()> {
    let folder = tempfile::tempdir().context("no temporary folder for the shipped exports")?;
    for export in &SHIPPED {
        let dir = export.unpack(folder.path())?;
        crate::cmd::consultation_import::import_into(store, cast.secretariat.clone(), &dir, None, None)
            .await
            .with_context(|| format!("importing the shipped Pol.is export {}", export.name))?;
    }
    native_consultation(store, cast).await
}

/// The native consultation: its title and question in the six languages.
const TITLE: [(Lang, &str); 6] = [
    (Lang::En, "Sharing computing power for AI (demo)"),
    (Lang::Fr, "Partager la puissance de calcul pour l’IA (démo)"),
    (Lang::Es, "Compartir capacidad de cómputo para la IA (demo)"),
    (Lang::Ru, "Совместное использование вычислительных мощностей для ИИ (демо)"),
    (Lang::Zh, "共享人工智能算力（演示）"),
    (Lang::Ar, "تقاسم القدرة الحاسوبية للذكاء الاصطناعي (عرض تجريبي)"),
];

const QUESTION: [(Lang, &str); 6] = [
    (Lang::En, "How should member states share computing power, models and data for AI?"),
    (
        Lang::Fr,
        "Comment les États membres devraient-ils partager la puissance de calcul, les modèles et les données pour l’IA ?",
    ),
    (
        Lang::Es,
        "¿Cómo deberían los Estados miembros compartir la capacidad de cómputo, los modelos y los datos para la IA?",
    ),
    (Lang::Ru, "Как государствам-членам следует делиться вычислительными мощностями, моделями и данными для ИИ?"),
    (Lang::Zh, "会员国应如何共享人工智能所需的算力、模型和数据？"),
    (Lang::Ar, "كيف ينبغي للدول الأعضاء أن تتقاسم القدرة الحاسوبية والنماذج والبيانات من أجل الذكاء الاصطناعي؟"),
];

/// The seed statements (in English, the authentic language), and how each
/// of the two camps of voters leans on it: the first camp wants openness,
/// the second caution; both agree on the last three.
const STATEMENTS: [(&str, Choice, Choice); 8] = [
    ("Member states should pool computing power for public-interest AI research.", Choice::Agree, Choice::Pass),
    ("Openly published model weights help smaller states catch up.", Choice::Agree, Choice::Disagree),
    ("Public institutions should share their training data under open licences.", Choice::Agree, Choice::Disagree),
    ("Sharing the most capable models openly is too risky for now.", Choice::Disagree, Choice::Agree),
    ("Computing power should be allocated by each state's financial contribution.", Choice::Disagree, Choice::Agree),
    ("Every shared model should come with a published evaluation.", Choice::Agree, Choice::Agree),
    ("Training in AI skills should be offered to every member state.", Choice::Agree, Choice::Agree),
    ("Decisions on sharing should need support from every regional group.", Choice::Agree, Choice::Agree),
];

/// Members of the public who vote besides the demo's people (under their
/// pseudonyms, as any participant does).
const PUBLIC_VOTERS: u32 = 12;

/// Creates, opens, votes on and closes the native consultation, as the
/// demo's secretariat and people would.
async fn native_consultation(store: &Store, cast: &Cast) -> anyhow::Result<()> {
    let new = NewConsultation {
        language: Lang::En,
        title: TITLE.iter().map(|(lang, text)| (*lang, (*text).to_owned())).collect(),
        question: QUESTION.iter().map(|(lang, text)| (*lang, (*text).to_owned())).collect(),
        audience: Audience::Everyone,
        moderation: Moderation::After,
        participants_write: true,
        results: ResultsVisibility::Everyone,
        opens_at: None,
        closes_at: None,
        seeds: STATEMENTS.iter().map(|(text, _, _)| (*text).to_owned()).collect(),
    };
    submit(store, &cast.secretariat, ConsultationCommand::Create(new)).await?;
    let id = store
        .consultations()
        .await?
        .iter()
        .map(|c| c.id)
        .max()
        .ok_or_else(|| anyhow!("the demo consultation is not in the store"))?;
    submit(store, &cast.secretariat, ConsultationCommand::Open { id }).await?;

    let mut voters = cast.voters.clone();
    for n in 1..=PUBLIC_VOTERS {
        let handle = Actor::try_from(format!("p.demo-voter-{n:02}")).map_err(|err| anyhow!(err))?;
        voters.push(Caller::new(handle, Scope::Full));
    }
    // Every voter's votes are committed together (group commit), one
    // voter after the other.
    for (v, voter) in voters.iter().enumerate() {
        let votes = STATEMENTS.iter().zip(1..).map(|((_, first, second), statement)| {
            let choice = choice_of(v, statement, *first, *second);
            submit(store, voter, ConsultationCommand::Vote { id, statement, choice, pseudonym: None })
        });
        try_join_all(votes).await?;
    }
    submit(store, &cast.secretariat, ConsultationCommand::Close { id }).await
}

/// How voter `v` votes on `statement`: as their camp leans (even voters
/// the first camp, odd the second), with an occasional pass so the groups
/// are not uniform.
fn choice_of(v: usize, statement: u64, first: Choice, second: Choice) -> Choice {
    let leaning = if v.is_multiple_of(2) { first } else { second };
    let v = u64::try_from(v).unwrap_or(u64::MAX);
    if (v.wrapping_mul(7) + statement * 3).is_multiple_of(11) { Choice::Pass } else { leaning }
}

async fn submit(store: &Store, caller: &Caller, command: ConsultationCommand) -> anyhow::Result<()> {
    let what = format!("{command:?}");
    store
        .submit(caller.clone(), Command::Consultation(command))
        .await
        .with_context(|| format!("submitting {what} as {}", caller.actor))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_exports_unpack_as_the_repository_has_them() {
        let dir = tempfile::tempdir().unwrap();
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/polis");
        for export in &SHIPPED {
            let folder = export.unpack(dir.path()).unwrap();
            for (file, _) in export.files {
                let unpacked = std::fs::read(folder.join(file)).unwrap();
                assert_eq!(unpacked, std::fs::read(data.join(export.name).join(file)).unwrap(), "{file}");
                assert!(!unpacked.is_empty());
            }
        }
    }

    #[test]
    fn the_two_camps_mostly_vote_their_way() {
        let passes = (0..26)
            .flat_map(|v| (1..=8).map(move |s| (v, s)))
            .filter(|(v, s)| choice_of(*v, *s, Choice::Agree, Choice::Disagree) == Choice::Pass);
        let passes = passes.count();
        assert!(passes > 0 && passes < 26 * 8 / 5, "{passes} passes");
        assert_eq!(choice_of(2, 1, Choice::Agree, Choice::Disagree), Choice::Agree);
        assert_eq!(choice_of(1, 1, Choice::Agree, Choice::Disagree), Choice::Disagree);
    }
}
