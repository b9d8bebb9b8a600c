//! The decision types a new organization starts with: version 1 of the
//! set, shipped as procedure files in `data/decision-types/` (one per type,
//! the file name being its code).

use super::event::DecisionType;

/// The shipped procedure files: code and TOML text.
pub const SHIPPED: [(&str, &str); 6] = [
    ("substantive", include_str!("../../../../data/decision-types/substantive.toml")),
    ("procedural", include_str!("../../../../data/decision-types/procedural.toml")),
    ("standard", include_str!("../../../../data/decision-types/standard.toml")),
    ("budget", include_str!("../../../../data/decision-types/budget.toml")),
    ("admission", include_str!("../../../../data/decision-types/admission.toml")),
    ("charter-amendment", include_str!("../../../../data/decision-types/charter-amendment.toml")),
];

/// The shipped decision types.
pub fn shipped() -> Vec<DecisionType> {
    SHIPPED
        .iter()
        .map(|(code, text)| DecisionType {
            code: (*code).to_owned(),
            procedure: rules::Procedure::from_toml(text).expect("the shipped decision types parse (tested)"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_types_parse_and_round_trip_through_json() {
        let types = shipped();
        assert_eq!(types.len(), 6);
        for t in &types {
            let json = serde_json::to_string(&t.procedure).unwrap();
            let back: rules::Procedure = serde_json::from_str(&json).unwrap();
            assert_eq!(back, t.procedure, "{}", t.code);
            assert_eq!(serde_json::to_string(&back).unwrap(), json, "{}", t.code);
        }
    }
}
