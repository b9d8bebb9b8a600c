//! Authorization: the one place that answers "may this person do this, on
//! behalf of whom?" for every action in Concord.
//!
//! The answer is the table [`RULES`]: for each [`Action`], the roles that may
//! take it and the relation the person must have to the object (their own
//! member state, their own organization, ...). [`authorize`] reads it;
//! nothing else decides. The server asks before it acts, the domain asks
//! again inside the writer (against the state at that moment), and API
//! tokens are limited to a subset of their owner's actions: every check
//! takes the [`Scope`] of the session or token, so no action passes on a
//! token that does not name it.

use std::fmt;

use crate::envelope::Actor;
use crate::member::Iso3;
use crate::people::DelegationRole;

/// What a person is in the organization, derived from the public log (see
/// `State::principal`). One account has one role at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Not signed in.
    Anonymous,
    /// A member of the public taking part under a pseudonym.
    Participant,
    /// An accredited observer: follows proceedings, never votes.
    Observer,
    /// A member of an admitted stakeholder organization.
    Stakeholder,
    /// An alternate of a member state's delegation.
    Alternate,
    /// A delegate of a member state's delegation.
    Delegate,
    /// The head of a member state's delegation.
    HeadOfDelegation,
    /// Secretariat staff.
    Secretariat,
}

impl Role {
    /// Every role, for tests that walk the whole table.
    pub const ALL: [Role; 8] = [
        Role::Anonymous,
        Role::Participant,
        Role::Observer,
        Role::Stakeholder,
        Role::Alternate,
        Role::Delegate,
        Role::HeadOfDelegation,
        Role::Secretariat,
    ];

    /// The role as written in the API.
    pub fn code(self) -> &'static str {
        match self {
            Role::Anonymous => "anonymous",
            Role::Participant => "participant",
            Role::Observer => "observer",
            Role::Stakeholder => "stakeholder",
            Role::Alternate => "alternate",
            Role::Delegate => "delegate",
            Role::HeadOfDelegation => "head_of_delegation",
            Role::Secretariat => "secretariat",
        }
    }

    /// The delegation role, for the three delegation roles.
    pub fn delegation_role(self) -> Option<DelegationRole> {
        match self {
            Role::HeadOfDelegation => Some(DelegationRole::Head),
            Role::Delegate => Some(DelegationRole::Delegate),
            Role::Alternate => Some(DelegationRole::Alternate),
            _ => None,
        }
    }

    /// Whether signing in requires a second factor (TOTP).
    pub fn requires_second_factor(self) -> bool {
        matches!(self, Role::Secretariat | Role::HeadOfDelegation)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Who is acting: their public handle, role and affiliations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The public handle (`None` when not signed in).
    pub handle: Option<Actor>,
    /// The role.
    pub role: Role,
    /// The member state the person acts for (delegation roles).
    pub member: Option<Iso3>,
    /// The organization the person belongs to (stakeholders), and whether
    /// they manage its members.
    pub organization: Option<(u64, bool)>,
}

impl Principal {
    /// Someone not signed in.
    pub fn anonymous() -> Principal {
        Principal { handle: None, role: Role::Anonymous, member: None, organization: None }
    }

    /// A signed-in person with no affiliation: a participant. Callers then
    /// set the role and affiliations they find.
    pub fn participant(handle: Actor) -> Principal {
        Principal { handle: Some(handle), role: Role::Participant, ..Principal::anonymous() }
    }
}

/// The actions a session or an API token may take, within what the
/// principal's role allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Everything the role allows: a session, or the platform itself.
    Full,
    /// Only these actions: an API token.
    Only(Vec<Action>),
}

impl Scope {
    /// Whether the scope names `action`.
    pub fn allows(&self, action: Action) -> bool {
        match self {
            Scope::Full => true,
            Scope::Only(actions) => actions.contains(&action),
        }
    }
}

/// Who makes a command, as the domain sees it: the actor, whose principal
/// is derived from the state when the command is decided, and the scope of
/// the session or token that made the request, which travels with the
/// command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// Who acts (recorded as the events' actor).
    pub actor: Actor,
    /// What the session or token may do.
    pub scope: Scope,
}

impl Caller {
    /// `actor` acting with `scope`.
    pub fn new(actor: Actor, scope: Scope) -> Caller {
        Caller { actor, scope }
    }

    /// The platform itself ([`Actor::system`]), which no rule restricts.
    pub fn system() -> Caller {
        Caller::new(Actor::system(), Scope::Full)
    }

    /// Whether this is the platform itself.
    pub fn is_system(&self) -> bool {
        self.actor == Actor::system()
    }
}

/// What someone wants to do. One variant per action of the API, the pages
/// and the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    /// Read public records (members, delegations, organizations, the log).
    ReadPublic,
    /// See one's own account, sign out.
    ReadOwnAccount,
    /// Change one's own password or second factor.
    ManageOwnCredentials,
    /// Create, list and revoke one's own API tokens.
    ManageOwnTokens,
    /// Invite a person to the secretariat.
    InviteSecretariat,
    /// Invite an observer.
    InviteObserver,
    /// Invite (accredit) the head of a member state's delegation.
    InviteHead,
    /// Withdraw the accreditation of a head of delegation.
    WithdrawHead,
    /// Invite a delegate or alternate to a delegation.
    InviteDelegationMember,
    /// Remove a delegate or alternate from a delegation.
    RemoveDelegationMember,
    /// Apply for a stakeholder organization to take part.
    ApplyOrganization,
    /// Admit or decline an organization's application.
    DecideOrganization,
    /// Invite a person into an organization.
    InviteOrganizationMember,
    /// Remove a person from an organization.
    RemoveOrganizationMember,
    /// See and revoke invitations one has issued (all, for the secretariat).
    ManageInvitations,
    /// Publish a document of the organization.
    PublishDocument,
    /// Take down content (a blob's bytes), keeping its hash in the log.
    RedactContent,
    /// Read the server's metrics (`/metrics`).
    ReadMetrics,
    /// See who a person is: the display name and e-mail address kept in
    /// the private tables (the secretariat for anyone, a head for the
    /// people of its own delegation). The public sees handles only.
    ReadPersonalDetails,
    /// Issue a one-time password reset link for someone else's account,
    /// within one's remit (see `Command::IssueReset`).
    IssueReset,
    /// Change one's own e-mail address.
    ChangeOwnEmail,
    /// Delete one's own account (participants: the handle stays in the
    /// log, the private data goes).
    DeleteOwnAccount,
    /// Create a consultation (as a draft).
    CreateConsultation,
    /// Open, close and reopen a consultation: the secretariat, or the head
    /// of the delegation that created it.
    ManageConsultation,
    /// Approve, reject or mark statements as meta: as for managing.
    ModerateConsultation,
    /// Add translations of statements.
    TranslateStatement,
    /// Vote, write and flag statements in a consultation whose audience
    /// includes the person (the audience is checked by the consultation).
    TakePart,
    /// Import a consultation held elsewhere (a Pol.is export): the
    /// secretariat.
    ImportConsultation,
    /// Publish a new version of the decision types: the secretariat.
    PublishDecisionTypes,
    /// Register, rotate and revoke a delegation's signing key: its head.
    ManageDelegationKey,
    /// Open a ballot: the secretariat.
    OpenBallot,
    /// Close a ballot before its closing time: the secretariat.
    CloseBallot,
    /// Record the votes of a roll call taken in the room: the secretariat.
    RecordVotes,
    /// Cast a member state's vote: its head, a delegate, or an alternate
    /// the head designated for the ballot (checked by the ballot).
    CastVote,
    /// Give or take back a member state's proxy for a ballot: its head or
    /// a delegate.
    ManageProxy,
    /// Designate an alternate to vote on a ballot: the head.
    DesignateAlternate,
    /// Publish a new version of the divide index's methodology: the
    /// secretariat.
    PublishMethodology,
    /// Record indicator values from a published source (the shipped data):
    /// the secretariat.
    RecordIndicatorValues,
    /// Submit a newer national value of an indicator for a member state:
    /// its head or a delegate.
    SubmitIndicatorValue,
    /// Accept or reject a submitted value: the secretariat.
    ReviewIndicatorValue,
}

impl Action {
    /// Every action, for tests that walk the whole table.
    pub const ALL: [Action; 40] = [
        Action::ReadPublic,
        Action::ReadOwnAccount,
        Action::ManageOwnCredentials,
        Action::ManageOwnTokens,
        Action::InviteSecretariat,
        Action::InviteObserver,
        Action::InviteHead,
        Action::WithdrawHead,
        Action::InviteDelegationMember,
        Action::RemoveDelegationMember,
        Action::ApplyOrganization,
        Action::DecideOrganization,
        Action::InviteOrganizationMember,
        Action::RemoveOrganizationMember,
        Action::ManageInvitations,
        Action::PublishDocument,
        Action::RedactContent,
        Action::ReadMetrics,
        Action::ReadPersonalDetails,
        Action::IssueReset,
        Action::ChangeOwnEmail,
        Action::DeleteOwnAccount,
        Action::CreateConsultation,
        Action::ManageConsultation,
        Action::ModerateConsultation,
        Action::TranslateStatement,
        Action::TakePart,
        Action::ImportConsultation,
        Action::PublishDecisionTypes,
        Action::ManageDelegationKey,
        Action::OpenBallot,
        Action::CloseBallot,
        Action::RecordVotes,
        Action::CastVote,
        Action::ManageProxy,
        Action::DesignateAlternate,
        Action::PublishMethodology,
        Action::RecordIndicatorValues,
        Action::SubmitIndicatorValue,
        Action::ReviewIndicatorValue,
    ];

    /// The action as written in token scopes and error messages.
    pub fn code(self) -> &'static str {
        match self {
            Action::ReadPublic => "read_public",
            Action::ReadOwnAccount => "read_own_account",
            Action::ManageOwnCredentials => "manage_own_credentials",
            Action::ManageOwnTokens => "manage_own_tokens",
            Action::InviteSecretariat => "invite_secretariat",
            Action::InviteObserver => "invite_observer",
            Action::InviteHead => "invite_head",
            Action::WithdrawHead => "withdraw_head",
            Action::InviteDelegationMember => "invite_delegation_member",
            Action::RemoveDelegationMember => "remove_delegation_member",
            Action::ApplyOrganization => "apply_organization",
            Action::DecideOrganization => "decide_organization",
            Action::InviteOrganizationMember => "invite_organization_member",
            Action::RemoveOrganizationMember => "remove_organization_member",
            Action::ManageInvitations => "manage_invitations",
            Action::PublishDocument => "publish_document",
            Action::RedactContent => "redact_content",
            Action::ReadMetrics => "read_metrics",
            Action::ReadPersonalDetails => "read_personal_details",
            Action::IssueReset => "issue_reset",
            Action::ChangeOwnEmail => "change_own_email",
            Action::DeleteOwnAccount => "delete_own_account",
            Action::CreateConsultation => "create_consultation",
            Action::ManageConsultation => "manage_consultation",
            Action::ModerateConsultation => "moderate_consultation",
            Action::TranslateStatement => "translate_statement",
            Action::TakePart => "take_part",
            Action::ImportConsultation => "import_consultation",
            Action::PublishDecisionTypes => "publish_decision_types",
            Action::ManageDelegationKey => "manage_delegation_key",
            Action::OpenBallot => "open_ballot",
            Action::CloseBallot => "close_ballot",
            Action::RecordVotes => "record_votes",
            Action::CastVote => "cast_vote",
            Action::ManageProxy => "manage_proxy",
            Action::DesignateAlternate => "designate_alternate",
            Action::PublishMethodology => "publish_methodology",
            Action::RecordIndicatorValues => "record_indicator_values",
            Action::SubmitIndicatorValue => "submit_indicator_value",
            Action::ReviewIndicatorValue => "review_indicator_value",
        }
    }

    /// The action named `code`.
    pub fn from_code(code: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// What an action is taken on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Nothing in particular.
    None,
    /// A member state (its delegation).
    Member(Iso3),
    /// A stakeholder organization.
    Organization(u64),
}

/// The relation a role must have to the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Any target.
    Any,
    /// The member state the person acts for.
    OwnMember,
    /// The organization the person manages.
    ManagedOrganization,
}

use Relation::{Any, ManagedOrganization, OwnMember};
use Role::{Alternate, Anonymous, Delegate, HeadOfDelegation, Observer, Participant, Secretariat, Stakeholder};

/// Everyone, signed in or not.
const EVERYONE: &[(Role, Relation)] = &[
    (Anonymous, Any),
    (Participant, Any),
    (Observer, Any),
    (Stakeholder, Any),
    (Alternate, Any),
    (Delegate, Any),
    (HeadOfDelegation, Any),
    (Secretariat, Any),
];

/// Everyone who is signed in.
const SIGNED_IN: &[(Role, Relation)] = &[
    (Participant, Any),
    (Observer, Any),
    (Stakeholder, Any),
    (Alternate, Any),
    (Delegate, Any),
    (HeadOfDelegation, Any),
    (Secretariat, Any),
];

/// Who may do what: for each action, the roles that may take it and their
/// required relation to the target. An action or role not listed is refused.
pub const RULES: &[(Action, &[(Role, Relation)])] = &[
    (Action::ReadPublic, EVERYONE),
    (Action::ReadOwnAccount, SIGNED_IN),
    (Action::ManageOwnCredentials, SIGNED_IN),
    (Action::ManageOwnTokens, SIGNED_IN),
    (Action::InviteSecretariat, &[(Secretariat, Any)]),
    (Action::InviteObserver, &[(Secretariat, Any)]),
    (Action::InviteHead, &[(Secretariat, Any)]),
    (Action::WithdrawHead, &[(Secretariat, Any)]),
    (Action::InviteDelegationMember, &[(HeadOfDelegation, OwnMember)]),
    (Action::RemoveDelegationMember, &[(HeadOfDelegation, OwnMember), (Secretariat, Any)]),
    (Action::ApplyOrganization, &[(Participant, Any)]),
    (Action::DecideOrganization, &[(Secretariat, Any)]),
    (Action::InviteOrganizationMember, &[(Stakeholder, ManagedOrganization)]),
    (Action::RemoveOrganizationMember, &[(Stakeholder, ManagedOrganization), (Secretariat, Any)]),
    (Action::ManageInvitations, &[(Secretariat, Any), (HeadOfDelegation, Any), (Stakeholder, Any)]),
    (Action::PublishDocument, &[(Secretariat, Any)]),
    (Action::RedactContent, &[(Secretariat, Any)]),
    (Action::ReadMetrics, &[(Secretariat, Any)]),
    (Action::ReadPersonalDetails, &[(HeadOfDelegation, OwnMember), (Secretariat, Any)]),
    (Action::IssueReset, &[(Secretariat, Any), (HeadOfDelegation, OwnMember)]),
    (Action::ChangeOwnEmail, SIGNED_IN),
    (Action::DeleteOwnAccount, &[(Participant, Any)]),
    (Action::CreateConsultation, &[(Secretariat, Any), (HeadOfDelegation, Any)]),
    (Action::ManageConsultation, &[(Secretariat, Any), (HeadOfDelegation, OwnMember)]),
    (Action::ModerateConsultation, &[(Secretariat, Any), (HeadOfDelegation, OwnMember)]),
    (Action::TranslateStatement, &[(Secretariat, Any)]),
    (Action::ImportConsultation, &[(Secretariat, Any)]),
    (Action::PublishDecisionTypes, &[(Secretariat, Any)]),
    (Action::ManageDelegationKey, &[(HeadOfDelegation, OwnMember)]),
    (Action::OpenBallot, &[(Secretariat, Any)]),
    (Action::CloseBallot, &[(Secretariat, Any)]),
    (Action::RecordVotes, &[(Secretariat, Any)]),
    (Action::CastVote, &[(HeadOfDelegation, OwnMember), (Delegate, OwnMember), (Alternate, OwnMember)]),
    (Action::ManageProxy, &[(HeadOfDelegation, OwnMember), (Delegate, OwnMember)]),
    (Action::DesignateAlternate, &[(HeadOfDelegation, OwnMember)]),
    (Action::PublishMethodology, &[(Secretariat, Any)]),
    (Action::RecordIndicatorValues, &[(Secretariat, Any)]),
    (Action::SubmitIndicatorValue, &[(HeadOfDelegation, OwnMember), (Delegate, OwnMember)]),
    (Action::ReviewIndicatorValue, &[(Secretariat, Any)]),
    (
        Action::TakePart,
        &[(Participant, Any), (Stakeholder, Any), (Alternate, Any), (Delegate, Any), (HeadOfDelegation, Any)],
    ),
];

/// Why an action was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    /// The action needs a signed-in person.
    #[error("sign in to {0}")]
    SignInRequired(&'static str),
    /// The person's role may not take the action at all.
    #[error("a {role} may not {action}")]
    Role {
        /// The person's role.
        role: Role,
        /// What they tried, in words.
        action: &'static str,
    },
    /// The role may, but only for its own member state or organization.
    #[error("a {role} may {action} only for their own {what}")]
    Relation {
        /// The person's role.
        role: Role,
        /// What they tried, in words.
        action: &'static str,
        /// "member state" or "organization".
        what: &'static str,
    },
    /// The API token does not include the action.
    #[error("this API token does not allow {0}; create a token with that scope")]
    Scope(&'static str),
}

impl Action {
    /// The action in words, for messages ("invite a head of delegation").
    pub fn describe(self) -> &'static str {
        match self {
            Action::ReadPublic => "read public records",
            Action::ReadOwnAccount => "see their account",
            Action::ManageOwnCredentials => "change their password or second factor",
            Action::ManageOwnTokens => "manage their API tokens",
            Action::InviteSecretariat => "invite secretariat staff",
            Action::InviteObserver => "invite an observer",
            Action::InviteHead => "accredit a head of delegation",
            Action::WithdrawHead => "withdraw a head of delegation",
            Action::InviteDelegationMember => "invite delegates and alternates",
            Action::RemoveDelegationMember => "remove delegates and alternates",
            Action::ApplyOrganization => "apply for an organization",
            Action::DecideOrganization => "admit or decline organizations",
            Action::InviteOrganizationMember => "invite members of an organization",
            Action::RemoveOrganizationMember => "remove members of an organization",
            Action::ManageInvitations => "manage invitations",
            Action::PublishDocument => "publish documents",
            Action::RedactContent => "take down content",
            Action::ReadMetrics => "read the server's metrics",
            Action::ReadPersonalDetails => "see people's names and e-mail addresses",
            Action::IssueReset => "issue password reset links",
            Action::ChangeOwnEmail => "change their e-mail address",
            Action::DeleteOwnAccount => "delete their account",
            Action::CreateConsultation => "create consultations",
            Action::ManageConsultation => "open or close consultations",
            Action::ModerateConsultation => "moderate consultations",
            Action::TranslateStatement => "translate statements",
            Action::TakePart => "take part in consultations",
            Action::ImportConsultation => "import consultations",
            Action::PublishDecisionTypes => "publish decision types",
            Action::ManageDelegationKey => "manage a delegation's signing key",
            Action::OpenBallot => "open ballots",
            Action::CloseBallot => "close ballots",
            Action::RecordVotes => "record roll-call votes",
            Action::CastVote => "vote for a member state",
            Action::ManageProxy => "give or revoke a member state's proxy",
            Action::DesignateAlternate => "designate alternates to vote",
            Action::PublishMethodology => "publish the divide index's methodology",
            Action::RecordIndicatorValues => "record indicator values",
            Action::SubmitIndicatorValue => "submit a member state's indicator values",
            Action::ReviewIndicatorValue => "review submitted indicator values",
        }
    }
}

/// Whether `principal`, through a session or token of `scope`, may take
/// `action` on `target`, by [`RULES`].
pub fn authorize(principal: &Principal, scope: &Scope, action: Action, target: Target) -> Result<(), Denied> {
    let grants = RULES.iter().find(|(a, _)| *a == action).map_or(&[][..], |(_, grants)| *grants);
    let Some((_, relation)) = grants.iter().find(|(role, _)| *role == principal.role) else {
        return Err(if principal.role == Role::Anonymous {
            Denied::SignInRequired(action.describe())
        } else {
            Denied::Role { role: principal.role, action: action.describe() }
        });
    };
    let related = match (relation, target) {
        (Any, _) => true,
        (OwnMember, Target::Member(member)) => principal.member == Some(member),
        (ManagedOrganization, Target::Organization(id)) => principal.organization == Some((id, true)),
        (OwnMember | ManagedOrganization, _) => false,
    };
    if !related {
        let what = if *relation == OwnMember { "member state" } else { "organization (as its manager)" };
        return Err(Denied::Relation { role: principal.role, action: action.describe(), what });
    }
    if !scope.allows(action) {
        return Err(Denied::Scope(action.code()));
    }
    Ok(())
}

/// The actions a role may take on at least some target: what an API token
/// of that role may be scoped to.
pub fn actions_of(role: Role) -> Vec<Action> {
    RULES.iter().filter(|(_, grants)| grants.iter().any(|(r, _)| *r == role)).map(|(a, _)| *a).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn principal(role: Role, member: Option<&str>, organization: Option<(u64, bool)>) -> Principal {
        Principal {
            handle: (role != Role::Anonymous).then(|| Actor::try_from("p.test".to_owned()).unwrap()),
            role,
            member: member.map(|m| m.parse().unwrap()),
            organization,
        }
    }

    #[test]
    fn every_action_has_exactly_one_rule() {
        for action in Action::ALL {
            assert_eq!(RULES.iter().filter(|(a, _)| *a == action).count(), 1, "{action:?}");
            assert_eq!(Action::from_code(action.code()), Some(action));
        }
        assert_eq!(RULES.len(), Action::ALL.len());
    }

    #[test]
    fn heads_act_only_for_their_own_member_state() {
        let kenya: Iso3 = "KEN".parse().unwrap();
        let head = principal(Role::HeadOfDelegation, Some("KEN"), None);
        assert_eq!(authorize(&head, &Scope::Full, Action::InviteDelegationMember, Target::Member(kenya)), Ok(()));
        let err =
            authorize(&head, &Scope::Full, Action::InviteDelegationMember, Target::Member("GHA".parse().unwrap()));
        assert!(matches!(err, Err(Denied::Relation { .. })));
        assert!(matches!(
            authorize(&head, &Scope::Full, Action::InviteHead, Target::Member(kenya)),
            Err(Denied::Role { .. })
        ));
    }

    #[test]
    fn stakeholders_never_take_member_only_actions() {
        let stakeholder = principal(Role::Stakeholder, None, Some((3, true)));
        for action in [Action::InviteHead, Action::InviteDelegationMember, Action::WithdrawHead] {
            let err =
                authorize(&stakeholder, &Scope::Full, action, Target::Member("KEN".parse().unwrap())).unwrap_err();
            assert!(err.to_string().starts_with("a stakeholder may not"), "{err}");
        }
        assert_eq!(
            authorize(&stakeholder, &Scope::Full, Action::InviteOrganizationMember, Target::Organization(3)),
            Ok(())
        );
        let member_only = principal(Role::Stakeholder, None, Some((3, false)));
        assert!(
            authorize(&member_only, &Scope::Full, Action::InviteOrganizationMember, Target::Organization(3)).is_err()
        );
    }

    #[test]
    fn anonymous_people_must_sign_in_and_tokens_are_scoped() {
        let anonymous = Principal::anonymous();
        assert_eq!(authorize(&anonymous, &Scope::Full, Action::ReadPublic, Target::None), Ok(()));
        assert!(matches!(
            authorize(&anonymous, &Scope::Full, Action::ReadOwnAccount, Target::None),
            Err(Denied::SignInRequired(_))
        ));
        let secretariat = principal(Role::Secretariat, None, None);
        let token = Scope::Only(vec![Action::ReadPublic, Action::InviteHead]);
        assert_eq!(authorize(&secretariat, &token, Action::InviteHead, Target::None), Ok(()));
        assert_eq!(
            authorize(&secretariat, &token, Action::DecideOrganization, Target::None),
            Err(Denied::Scope("decide_organization"))
        );
        // A scope never widens the role: the role is asked first.
        let head = principal(Role::HeadOfDelegation, Some("KEN"), None);
        let wide = Scope::Only(Action::ALL.to_vec());
        assert!(matches!(authorize(&head, &wide, Action::InviteHead, Target::None), Err(Denied::Role { .. })));
    }

    #[test]
    fn token_scopes_offer_only_the_roles_actions() {
        assert!(actions_of(Role::Participant).contains(&Action::ApplyOrganization));
        assert!(!actions_of(Role::Participant).contains(&Action::InviteHead));
        assert_eq!(actions_of(Role::Anonymous), vec![Action::ReadPublic]);
    }
}
