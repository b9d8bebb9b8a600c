//! A roll call taken in the room, as a CSV file: a header `iso2,vote` or
//! `iso3,vote`, then one row per member state with `yes`, `no` or
//! `abstain`. The secretariat records it with `concord ballot record`.
//!
//! Codes are read as text: Namibia's ISO 3166-1 alpha-2 code is `NA`.
//! Each error names its 1-based line.

use std::collections::BTreeSet;

use super::Choice;
use crate::member::{Iso3, MemberState};

/// What is wrong in a roll call, and on which line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {what}")]
pub struct RollCallError {
    /// The line, counting from 1.
    pub line: u64,
    /// What is wrong and how to fix it.
    pub what: String,
}

/// Which code the first column holds.
#[derive(Clone, Copy)]
enum Code {
    Iso2,
    Iso3,
}

/// Reads a roll call: each member state (of `members`, by its ISO code)
/// and its vote, in file order. Refuses a bad header, an unknown code, a
/// member state named twice and an unknown vote, naming the line.
pub fn parse(text: &str, members: &[MemberState]) -> Result<Vec<(Iso3, Choice)>, RollCallError> {
    if let Some(line) = crate::csv_text::unterminated_quote(text) {
        return Err(RollCallError { line, what: "a quoted field opened here is never closed".into() });
    }
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|err| RollCallError { line: 1, what: format!("the header cannot be read: {err}") })?
        .clone();
    let columns: Vec<&str> = header.iter().map(str::trim).collect();
    let code = match columns.as_slice() {
        ["iso2", "vote"] => Code::Iso2,
        ["iso3", "vote"] => Code::Iso3,
        _ => {
            return Err(RollCallError {
                line: 1,
                what: format!("the header must be iso2,vote or iso3,vote, not {:?}", columns.join(",")),
            });
        }
    };
    let mut lines = crate::csv_text::Lines::new(text.as_bytes());
    let mut seen = BTreeSet::new();
    let mut votes = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|err| RollCallError {
            line: err.position().map_or(0, |p| lines.clone().line_of_record(p.byte())),
            what: err.to_string(),
        })?;
        let line = record.position().map_or(0, |p| lines.line_of_record(p.byte()));
        let fail = |what: String| RollCallError { line, what };
        if record.len() != 2 {
            return Err(fail(format!("{} columns where the header has 2", record.len())));
        }
        let (given, vote) = (record[0].trim(), record[1].trim());
        let member = match code {
            Code::Iso2 => members.iter().find(|m| m.iso2 == given),
            Code::Iso3 => members.iter().find(|m| m.iso3.as_str() == given),
        }
        .ok_or_else(|| fail(format!("{given:?} is not the code of a state in the member list")))?;
        let choice: Choice =
            vote.parse().map_err(|_| fail(format!("{vote:?} is not a vote: write yes, no or abstain")))?;
        if !seen.insert(member.iso3) {
            return Err(fail(format!("{} ({given}) is named twice", member.iso3)));
        }
        votes.push((member.iso3, choice));
    }
    Ok(votes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::member::un_members;

    fn members() -> Vec<MemberState> {
        un_members().unwrap()
    }

    fn code(text: &str) -> Iso3 {
        text.parse().unwrap()
    }

    #[test]
    fn reads_iso2_and_iso3_codes_namibia_included() {
        let votes = parse("iso2,vote\nKE,yes\nNA,no\nFR,abstain\n", &members()).unwrap();
        assert_eq!(votes, [(code("KEN"), Choice::Yes), (code("NAM"), Choice::No), (code("FRA"), Choice::Abstain)]);
        let votes = parse("iso3,vote\r\nNAM,yes\r\nGHA,no", &members()).unwrap();
        assert_eq!(votes, [(code("NAM"), Choice::Yes), (code("GHA"), Choice::No)]);
        assert_eq!(parse("iso3,vote\n", &members()).unwrap(), []);
    }

    #[test]
    fn each_error_names_its_line() {
        let err = |text: &str| parse(text, &members()).unwrap_err();
        let unknown = err("iso2,vote\nKE,yes\nXX,no\n");
        assert_eq!(unknown.line, 3);
        assert!(unknown.what.contains("\"XX\" is not the code"), "{unknown}");
        let twice = err("iso3,vote\nKEN,yes\nGHA,no\nKEN,no\n");
        assert_eq!((twice.line, twice.what.as_str()), (4, "KEN (KEN) is named twice"));
        let vote = err("iso2,vote\nKE,maybe\n");
        assert_eq!(vote.line, 2);
        assert!(vote.what.contains("\"maybe\" is not a vote"), "{vote}");
        let header = err("country,vote\nKE,yes\n");
        assert_eq!(header.line, 1);
        assert!(header.what.contains("iso2,vote or iso3,vote"), "{header}");
        let columns = err("iso2,vote\nKE,yes,extra\n");
        assert_eq!(columns.line, 2);
        let quote = err("iso2,vote\n\"KE,yes\nGH,no\n");
        assert_eq!(quote.line, 2);
        // A code of the other kind than the header says is unknown.
        assert_eq!(err("iso2,vote\nKEN,yes\n").line, 2);
        // CRLF lines are counted right.
        assert_eq!(err("iso2,vote\r\nKE,yes\r\nKE,no\r\n").line, 3);
    }
}
