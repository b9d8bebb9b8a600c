//! Member states and observer states: codes, groups and names in the six
//! UN languages, loaded from `data/countries/un_members.csv` (sources and
//! licences in that folder's README).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// The UN member list shipped with Concord, embedded at build time.
pub const UN_MEMBERS_CSV: &str = include_str!("../../../data/countries/un_members.csv");

/// The 193 member states and 2 observer states shipped with Concord.
pub fn un_members() -> Result<Vec<MemberState>, CsvError> {
    parse_members_csv(UN_MEMBERS_CSV)
}

/// A state in the organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberState {
    /// ISO 3166-1 alpha-3 code, e.g. `KEN`.
    pub iso3: Iso3,
    /// ISO 3166-1 alpha-2 code, e.g. `KE`.
    pub iso2: String,
    /// UN M49 numeric code.
    pub m49: u16,
    /// Member (votes) or observer (takes part without a vote).
    pub status: MemberStatus,
    /// The UN regional group (observer states belong to none).
    pub regional_group: Option<RegionalGroup>,
    /// The World Bank income group, if classified.
    pub income_group: Option<IncomeGroup>,
    /// Least Developed Country.
    pub ldc: bool,
    /// Landlocked Developing Country.
    pub lldc: bool,
    /// Small Island Developing State.
    pub sids: bool,
    /// Latest total population, where known.
    pub population: Option<u64>,
    /// Short names in the six UN languages.
    pub names: Names,
}

impl MemberState {
    /// Whether the state votes in member ballots.
    pub fn votes(&self) -> bool {
        self.status == MemberStatus::Member
    }
}

/// Short names in the six UN languages (UNTERM).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// Arabic.
    pub ar: String,
    /// English.
    pub en: String,
    /// Spanish.
    pub es: String,
    /// French.
    pub fr: String,
    /// Russian.
    pub ru: String,
    /// Chinese.
    pub zh: String,
}

impl Names {
    /// The name in one language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ar => &self.ar,
            Lang::En => &self.en,
            Lang::Es => &self.es,
            Lang::Fr => &self.fr,
            Lang::Ru => &self.ru,
            Lang::Zh => &self.zh,
        }
    }
}

/// An ISO 3166-1 alpha-3 code: three uppercase ASCII letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Iso3([u8; 3]);

impl Iso3 {
    /// The code as text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("ISO codes are ASCII")
    }
}

impl FromStr for Iso3 {
    type Err = String;

    fn from_str(text: &str) -> Result<Iso3, String> {
        match text.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Ok(Iso3([a, b, c])),
            _ => Err(format!("{text:?} is not an ISO 3166-1 alpha-3 code (three capital letters)")),
        }
    }
}

impl TryFrom<String> for Iso3 {
    type Error = String;

    fn try_from(text: String) -> Result<Iso3, String> {
        text.parse()
    }
}

impl From<Iso3> for String {
    fn from(code: Iso3) -> String {
        code.as_str().to_owned()
    }
}

impl fmt::Display for Iso3 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a state is a member or an observer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MemberStatus {
    /// A member state: one vote.
    Member,
    /// An observer state: takes part without a vote.
    Observer,
}

/// Defines a closed set of codes written in upper case, with parsing,
/// printing and the list of all values, so that the CSV, the API filters
/// and the database agree on one spelling.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal, { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The code, as written in the data and the API.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
        }

        impl FromStr for $name {
            type Err = String;

            fn from_str(text: &str) -> Result<$name, String> {
                $name::ALL.iter().copied().find(|v| v.code() == text).ok_or_else(|| {
                    let known: Vec<&str> = $name::ALL.iter().map(|v| v.code()).collect();
                    format!("{text:?} is not {}; use one of {}", $what, known.join(", "))
                })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

code_enum!(
    /// The five UN regional groups.
    RegionalGroup, "a UN regional group", {
        /// African States.
        African = "AFRICAN",
        /// Asia-Pacific States.
        AsiaPacific = "ASIA_PACIFIC",
        /// Eastern European States.
        EasternEuropean = "EASTERN_EUROPEAN",
        /// Latin American and Caribbean States.
        Grulac = "GRULAC",
        /// Western European and Other States.
        Weog = "WEOG",
    }
);

code_enum!(
    /// World Bank income groups (FY2025).
    IncomeGroup, "a World Bank income group", {
        /// High income.
        High = "HIC",
        /// Upper-middle income.
        UpperMiddle = "UMC",
        /// Lower-middle income.
        LowerMiddle = "LMC",
        /// Low income.
        Low = "LIC",
    }
);

/// A row of a member CSV that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct CsvError {
    /// The 1-based line number in the file.
    pub line: u64,
    /// What was wrong.
    pub message: String,
}

/// The columns of `un_members.csv`, in order.
const COLUMNS: [&str; 16] = [
    "iso3",
    "iso2",
    "m49",
    "status",
    "un_regional_group",
    "wb_income_group",
    "ldc",
    "lldc",
    "sids",
    "population",
    "name_en",
    "name_fr",
    "name_es",
    "name_ru",
    "name_zh",
    "name_ar",
];

/// Reads a member list in the format of `un_members.csv` (described in its
/// README). Every row is checked; the first bad one is reported with its
/// line.
pub fn parse_members_csv(text: &str) -> Result<Vec<MemberState>, CsvError> {
    if let Some(line) = crate::csv_text::unterminated_quote(text) {
        return Err(CsvError { line, message: "a quoted field opened here is never closed".into() });
    }
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|err| CsvError { line: 1, message: err.to_string() })?.clone();
    if headers.iter().collect::<Vec<_>>() != COLUMNS {
        return Err(CsvError { line: 1, message: format!("the header must be {}", COLUMNS.join(",")) });
    }
    let mut members: Vec<MemberState> = Vec::new();
    let mut lines = crate::csv_text::Lines::new(text.as_bytes());
    for record in reader.records() {
        let record = record.map_err(|err| CsvError {
            line: err.position().map_or(0, |p| lines.clone().line_of_record(p.byte())),
            message: match err.kind() {
                csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                    format!("{len} columns where the header has {expected_len}")
                }
                _ => err.to_string(),
            },
        })?;
        let line = record.position().map_or(0, |p| lines.line_of_record(p.byte()));
        let member = parse_row(&record).map_err(|message| CsvError { line, message })?;
        if members.iter().any(|m| m.iso3 == member.iso3) {
            return Err(CsvError { line, message: format!("{} appears twice", member.iso3) });
        }
        members.push(member);
    }
    Ok(members)
}

fn parse_row(record: &csv::StringRecord) -> Result<MemberState, String> {
    let field = |i: usize| record.get(i).unwrap_or("").trim();
    let flag = |i: usize| match field(i) {
        "1" => Ok(true),
        "0" | "" => Ok(false),
        other => Err(format!("{} must be 0 or 1, not {other:?}", COLUMNS[i])),
    };
    // UNTERM marks the names of non-member states with a trailing " *"; the
    // status column already says so, and the mark would confuse readers.
    let text = |i: usize| {
        let value = field(i).trim_end_matches(" *");
        if value.is_empty() { Err(format!("{} is empty", COLUMNS[i])) } else { Ok(value.to_owned()) }
    };
    let iso2 = text(1)?;
    if iso2.len() != 2 || !iso2.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(format!("iso2 {iso2:?} is not two capital letters"));
    }
    let status = match field(3) {
        "member" => MemberStatus::Member,
        "observer" => MemberStatus::Observer,
        other => return Err(format!("status must be member or observer, not {other:?}")),
    };
    let optional = |i: usize| Some(field(i)).filter(|value| !value.is_empty());
    let income_group = optional(5).map(str::parse).transpose()?;
    Ok(MemberState {
        iso3: field(0).parse()?,
        iso2,
        m49: field(2).parse().map_err(|_| format!("m49 {:?} is not a number", field(2)))?,
        status,
        regional_group: optional(4).map(str::parse).transpose()?,
        income_group,
        ldc: flag(6)?,
        lldc: flag(7)?,
        sids: flag(8)?,
        population: optional(9)
            .map(|p| p.parse().map_err(|_| format!("population {p:?} is not a whole number")))
            .transpose()?,
        names: Names { en: text(10)?, fr: text(11)?, es: text(12)?, ru: text(13)?, zh: text(14)?, ar: text(15)? },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ships_193_members_and_2_observers_in_five_groups() {
        let members = un_members().unwrap();
        assert_eq!(members.iter().filter(|m| m.votes()).count(), 193);
        let observers: Vec<&str> = members.iter().filter(|m| !m.votes()).map(|m| m.iso3.as_str()).collect();
        assert_eq!(observers, ["VAT", "PSE"]);
        let in_group = |g| members.iter().filter(|m| m.regional_group == Some(g)).count();
        assert_eq!(in_group(RegionalGroup::African), 54);
        assert_eq!(in_group(RegionalGroup::Weog), 29);
        let kenya = members.iter().find(|m| m.iso3.as_str() == "KEN").unwrap();
        assert_eq!(kenya.names.get(Lang::Zh), "肯尼亚");
        assert_eq!(kenya.income_group, Some(IncomeGroup::LowerMiddle));
        let holy_see = members.iter().find(|m| m.iso3.as_str() == "VAT").unwrap();
        assert_eq!((holy_see.names.en.as_str(), holy_see.regional_group), ("Holy See (the)", None));
    }

    #[test]
    fn refuses_an_unterminated_quote_and_a_wrong_column_count_with_the_line() {
        let head = UN_MEMBERS_CSV.lines().take(3).collect::<Vec<_>>().join("\n");
        let err =
            parse_members_csv(&format!("{head}\nKEN,KE,404,member,AFRICAN,LMC,0,0,0,1,\"a,b,c,d,e,f\n")).unwrap_err();
        assert_eq!((err.line, err.message.as_str()), (4, "a quoted field opened here is never closed"));
        let err = parse_members_csv(&format!("{head}\nKEN,KE,404,member\n")).unwrap_err();
        assert_eq!((err.line, err.message.as_str()), (4, "4 columns where the header has 16"));
    }

    #[test]
    fn reports_the_line_of_a_bad_row() {
        let mut text = UN_MEMBERS_CSV.lines().take(3).collect::<Vec<_>>().join("\n");
        text.push_str("\nKEN,KE,404,member,AFRICA,LMC,0,0,0,1,a,b,c,d,e,f\n");
        let err = parse_members_csv(&text).unwrap_err();
        assert_eq!(err.line, 4);
        assert!(err.message.contains("\"AFRICA\" is not a UN regional group"), "{err}");
        let err = parse_members_csv("iso3,iso2\nKEN,KE\n").unwrap_err();
        assert_eq!(err.line, 1);
    }

    #[test]
    fn codes_parse_strictly() {
        assert!("KEN".parse::<Iso3>().is_ok());
        for bad in ["ken", "KE", "KENY", "K3N", ""] {
            assert!(bad.parse::<Iso3>().is_err(), "{bad}");
        }
        assert_eq!("GRULAC".parse::<RegionalGroup>(), Ok(RegionalGroup::Grulac));
        assert!("grulac".parse::<RegionalGroup>().is_err());
    }
}
