//! Who sees what of a consultation: the rules the pages and the API apply
//! to what the store reads, written once here.

use super::{ResultsVisibility, Status};
use crate::authz::{Action, Principal, Scope, Target, authorize};
use crate::member::Iso3;

/// Whether `principal` manages (opens, closes, moderates) a consultation
/// created by the delegation of `member` (`None`: by the secretariat).
pub fn manages(principal: &Principal, member: Option<Iso3>) -> bool {
    let target = member.map_or(Target::None, Target::Member);
    authorize(principal, &Scope::Full, Action::ModerateConsultation, target).is_ok()
}

/// Whether a consultation in `status` is seen at all: drafts only by those
/// who manage them.
pub fn listed(status: Status, manager: bool) -> bool {
    status != Status::Draft || manager
}

/// Whether the results are shown: after closing to everyone; while open,
/// as the consultation says (to everyone, or to those who have voted), and
/// always to those who manage it.
pub fn results_shown(status: Status, results: ResultsVisibility, manager: bool, has_voted: bool) -> bool {
    match (status, results) {
        _ if manager => true,
        (Status::Draft, _) => false,
        (Status::Closed, _) | (Status::Open, ResultsVisibility::Everyone) => true,
        (Status::Open, ResultsVisibility::Participants) => has_voted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authz::Role;
    use crate::envelope::Actor;

    fn principal(role: Role, member: Option<&str>) -> Principal {
        Principal {
            handle: Some(Actor::try_from("p.x".to_owned()).unwrap()),
            role,
            member: member.map(|m| m.parse().unwrap()),
            organization: None,
        }
    }

    #[test]
    fn the_secretariat_and_the_opening_head_manage() {
        let ken = Some("KEN".parse().unwrap());
        assert!(manages(&principal(Role::Secretariat, None), ken));
        assert!(manages(&principal(Role::Secretariat, None), None));
        assert!(manages(&principal(Role::HeadOfDelegation, Some("KEN")), ken));
        assert!(!manages(&principal(Role::HeadOfDelegation, Some("GHA")), ken));
        assert!(!manages(&principal(Role::HeadOfDelegation, Some("KEN")), None));
        assert!(!manages(&principal(Role::Delegate, Some("KEN")), ken));
        assert!(!manages(&Principal::anonymous(), None));
    }

    #[test]
    fn drafts_and_results_are_shown_by_the_rules() {
        assert!(!listed(Status::Draft, false));
        assert!(listed(Status::Draft, true));
        assert!(listed(Status::Open, false) && listed(Status::Closed, false));
        use ResultsVisibility::{Everyone, Participants};
        assert!(results_shown(Status::Open, Everyone, false, false));
        assert!(!results_shown(Status::Open, Participants, false, false));
        assert!(results_shown(Status::Open, Participants, false, true));
        assert!(results_shown(Status::Open, Participants, true, false));
        assert!(results_shown(Status::Closed, Participants, false, false));
        assert!(!results_shown(Status::Draft, Everyone, false, true));
        assert!(results_shown(Status::Draft, Everyone, true, false));
    }
}
