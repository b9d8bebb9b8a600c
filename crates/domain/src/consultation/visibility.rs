//! Who sees what of a consultation: the rules the pages and the API apply
//! to what the store reads, written once here.

use super::{Audience, ResultsVisibility, Status};
use crate::authz::{Action, Principal, Role, Scope, Target, authorize};
use crate::member::Iso3;

/// Whether `principal` manages (opens, closes, moderates) a consultation
/// created by the delegation of `member` (`None`: by the secretariat).
pub fn manages(principal: &Principal, member: Option<Iso3>) -> bool {
    let target = member.map_or(Target::None, Target::Member);
    authorize(principal, &Scope::Full, Action::ModerateConsultation, target).is_ok()
}

/// Whether `principal` is in a consultation's `audience`: may take part
/// at all (the authorization table), and speaks for a constituency the
/// audience admits (as [`super::Consultation::admits`] decides for a
/// command: delegations always, organizations' members unless it is for
/// member states only, the public only when it is for everyone). The pages
/// ask it before offering the buttons; `decide` still has the last word.
pub fn takes_part(principal: &Principal, audience: Audience) -> bool {
    if authorize(principal, &Scope::Full, Action::TakePart, Target::None).is_err() {
        return false;
    }
    match principal.role {
        Role::HeadOfDelegation | Role::Delegate | Role::Alternate => true,
        Role::Stakeholder => audience != Audience::Members,
        Role::Participant => audience == Audience::Everyone,
        Role::Anonymous | Role::Observer | Role::Secretariat => false,
    }
}

/// Whether a consultation in `status` is seen at all: drafts only by those
/// who manage them. A consultation being imported is a draft of the
/// secretariat (`member` none), so only the secretariat sees it until its
/// import finishes.
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
    fn the_audience_admits_by_role() {
        use Audience::{Everyone, Members, MembersAndStakeholders};
        let delegate = principal(Role::Delegate, Some("KEN"));
        let stakeholder = principal(Role::Stakeholder, None);
        let public = principal(Role::Participant, None);
        for audience in [Everyone, Members, MembersAndStakeholders] {
            assert!(takes_part(&delegate, audience));
            assert!(takes_part(&principal(Role::HeadOfDelegation, Some("KEN")), audience));
            assert!(!takes_part(&principal(Role::Secretariat, None), audience));
            assert!(!takes_part(&principal(Role::Observer, None), audience));
            assert!(!takes_part(&Principal::anonymous(), audience));
        }
        assert!(takes_part(&stakeholder, Everyone) && takes_part(&stakeholder, MembersAndStakeholders));
        assert!(!takes_part(&stakeholder, Members));
        assert!(takes_part(&public, Everyone));
        assert!(!takes_part(&public, Members) && !takes_part(&public, MembersAndStakeholders));
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
