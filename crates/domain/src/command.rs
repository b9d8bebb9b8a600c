//! Commands: what someone asks the organization to do. [`decide`] checks a
//! command against the current state and yields the events that record it,
//! or a [`Rejection`] that says what is wrong. It is pure: the same state
//! and command always give the same answer.

use std::collections::HashSet;

use crate::authz::{Action, Caller, Denied, Role, Target, authorize};
use crate::blob::{BlobRef, Sha256};
use crate::envelope::{Actor, MAX_SAFE_INTEGER, Timestamp};
use crate::event::{BlobRedacted, DocumentPublished, Event, OrganizationFounded};
use crate::lang::Lang;
use crate::member::{Iso3, MemberState};
use crate::people::{
    Chamber, DelegationMemberAdded, DelegationMemberRemoved, DelegationRole, OrganizationAdmitted, OrganizationApplied,
    OrganizationDeclined, OrganizationMember, OrganizationStatus, Person,
};
use crate::state::{Affiliation, BlobStatus, State};

/// A request to change the organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Found the organization with its first members (first start only).
    FoundOrganization {
        /// The organization's name.
        name: String,
        /// The log's checkpoint origin.
        log_origin: String,
        /// The member and observer states.
        members: Vec<MemberState>,
    },
    /// Publish a document whose bytes the caller has stored as a blob.
    PublishDocument {
        /// The title.
        title: String,
        /// The document's language.
        language: Lang,
        /// The stored text.
        blob: BlobRef,
    },
    /// Take down a blob's bytes, keeping its hash in the log.
    RedactBlob {
        /// The blob.
        sha256: Sha256,
        /// The public reason.
        reason: String,
    },
    /// Appoint a person to the secretariat.
    AppointSecretariat {
        /// The person's public handle.
        handle: Actor,
    },
    /// Accredit an observer.
    AccreditObserver {
        /// The person's public handle.
        handle: Actor,
    },
    /// Add a person to a member state's delegation: its head (by the
    /// secretariat), or a delegate or alternate (by the head).
    AddDelegationMember {
        /// The member state.
        member: Iso3,
        /// The person's public handle.
        handle: Actor,
        /// Their place in the delegation.
        role: DelegationRole,
    },
    /// Remove a person from a delegation (withdrawing a head's
    /// accreditation is the secretariat's).
    RemoveDelegationMember {
        /// The member state.
        member: Iso3,
        /// The person's public handle.
        handle: Actor,
        /// Why, for the public record (may be empty).
        reason: String,
    },
    /// Apply, as a participant, for an organization to take part.
    ApplyOrganization {
        /// Its name.
        name: String,
        /// The chamber it asks to join.
        chamber: Chamber,
        /// The state where it is based, if any.
        country: Option<Iso3>,
        /// Its public web site, if any.
        website: Option<String>,
    },
    /// Admit or decline an organization's application.
    DecideOrganization {
        /// The organization.
        id: u64,
        /// Admit (true) or decline (false).
        admit: bool,
        /// Why; required when declining.
        reason: String,
    },
    /// Add a person to an admitted organization.
    AddOrganizationMember {
        /// The organization.
        id: u64,
        /// The person's public handle.
        handle: Actor,
    },
    /// Remove a person from an organization.
    RemoveOrganizationMember {
        /// The organization.
        id: u64,
        /// The person's public handle.
        handle: Actor,
    },
    /// Issue a one-time password reset link for a person's account. The
    /// link itself is private (the store keeps its hash); the log records
    /// only that a reset was issued, and for whom.
    ///
    /// The remit: the secretariat for heads, delegates, alternates,
    /// observers and members of organizations; a head for the delegates and
    /// alternates of its own delegation; nobody for their own account; the
    /// platform itself (`concord account reset` on the server) for anyone.
    IssueReset {
        /// The person whose password is reset.
        handle: Actor,
        /// The member state whose delegation the person is in, if any (so
        /// that the authorization table can check a head's own delegation).
        member: Option<Iso3>,
    },
    /// Something about a consultation (see [`crate::consultation`]).
    Consultation(crate::consultation::ConsultationCommand),
    /// Something about decisions: ballots, votes, keys (see
    /// [`crate::decision`]).
    Decision(crate::decision::DecisionCommand),
    /// Something about the divide index: its data, methodology and
    /// national submissions (see [`crate::divide`]).
    Divide(crate::divide::DivideCommand),
}

impl Command {
    /// The action this command takes, and on what, for the authorization
    /// table. `None` for founding, which only the platform itself does, and
    /// for the commands of a capability, whose targets come from the state
    /// (the capability asks the table itself, through the same gate).
    pub fn action(&self) -> Option<(Action, Target)> {
        Some(match self {
            Command::FoundOrganization { .. }
            | Command::Consultation(_)
            | Command::Decision(_)
            | Command::Divide(_) => {
                return None;
            }
            Command::PublishDocument { .. } => (Action::PublishDocument, Target::None),
            Command::RedactBlob { .. } => (Action::RedactContent, Target::None),
            Command::AppointSecretariat { .. } => (Action::InviteSecretariat, Target::None),
            Command::AccreditObserver { .. } => (Action::InviteObserver, Target::None),
            Command::AddDelegationMember { member, role: DelegationRole::Head, .. } => {
                (Action::InviteHead, Target::Member(*member))
            }
            Command::AddDelegationMember { member, .. } => (Action::InviteDelegationMember, Target::Member(*member)),
            Command::RemoveDelegationMember { member, .. } => (Action::RemoveDelegationMember, Target::Member(*member)),
            Command::ApplyOrganization { .. } => (Action::ApplyOrganization, Target::None),
            Command::DecideOrganization { .. } => (Action::DecideOrganization, Target::None),
            Command::AddOrganizationMember { id, .. } => (Action::InviteOrganizationMember, Target::Organization(*id)),
            Command::RemoveOrganizationMember { id, .. } => {
                (Action::RemoveOrganizationMember, Target::Organization(*id))
            }
            Command::IssueReset { member, .. } => (Action::IssueReset, member.map_or(Target::None, Target::Member)),
        })
    }
}

/// Why a command was refused. Nothing was recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    /// The organization has not been founded yet.
    #[error("the organization has not been founded yet")]
    NotFounded,
    /// The organization already exists.
    #[error("the organization has already been founded")]
    AlreadyFounded,
    /// A state was listed twice.
    #[error("{0} is listed twice")]
    DuplicateMember(Iso3),
    /// A field is missing or wrong.
    #[error("{field}: {message}")]
    Invalid {
        /// The field, as the caller named it.
        field: &'static str,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// No event references this blob.
    #[error("no document or record uses blob {0}")]
    UnknownBlob(Sha256),
    /// The blob's bytes were already removed.
    #[error("blob {0} has already been redacted")]
    AlreadyRedacted(Sha256),
    /// The actor may not do this.
    #[error(transparent)]
    Denied(#[from] Denied),
    /// The person already acts for a member state, an organization or an
    /// office; one account acts for one at a time.
    #[error(
        "{0} already acts for a member state, an organization or the secretariat; one account acts for one at a time"
    )]
    AlreadyAffiliated(Actor),
    /// The member state already has a head of delegation.
    #[error("{0} already has an accredited head of delegation; withdraw that accreditation first")]
    HeadAlreadyAccredited(Iso3),
    /// No such member state.
    #[error("{0} is not a member or observer state of the organization")]
    UnknownMember(Iso3),
    /// The person is not in that delegation.
    #[error("{handle} is not in the delegation of {member}")]
    NotInDelegation {
        /// The member state.
        member: Iso3,
        /// The person.
        handle: Actor,
    },
    /// No such organization.
    #[error("there is no organization {0}")]
    UnknownOrganization(u64),
    /// The organization is not in the state the command needs.
    #[error("organization {id} is {status}, so it cannot be {wanted}")]
    OrganizationStatus {
        /// The organization.
        id: u64,
        /// Its status.
        status: &'static str,
        /// What the command needed to do.
        wanted: &'static str,
    },
    /// The person is not in that organization.
    #[error("{handle} is not a member of organization {id}")]
    NotInOrganization {
        /// The organization.
        id: u64,
        /// The person.
        handle: Actor,
    },
    /// The applicant already has an application waiting.
    #[error("your application for organization {0} is still waiting for a decision")]
    ApplicationPending(u64),
    /// A password reset for someone outside the issuer's remit.
    #[error("you may not issue a password reset for {handle}: {why}")]
    OutsideRemit {
        /// The person.
        handle: Actor,
        /// Why not, and who may.
        why: &'static str,
    },
    /// No such consultation.
    #[error("there is no consultation {0}")]
    UnknownConsultation(u64),
    /// No such statement in the consultation.
    #[error("consultation {consultation} has no statement {statement}")]
    UnknownStatement {
        /// The consultation.
        consultation: u64,
        /// The statement asked for.
        statement: u64,
    },
    /// The consultation is not in the status the command needs.
    #[error("consultation {id} is {status}, so it cannot be {wanted}")]
    ConsultationStatus {
        /// The consultation.
        id: u64,
        /// Its status.
        status: &'static str,
        /// What the command needed to do.
        wanted: &'static str,
    },
    /// The caller is not in the consultation's audience.
    #[error("consultation {id} is open to {audience} only")]
    OutsideAudience {
        /// The consultation.
        id: u64,
        /// Its audience's code.
        audience: &'static str,
    },
    /// The statement cannot take votes.
    #[error("statement {statement} of consultation {consultation} is {status}, so it cannot take votes")]
    StatementStatus {
        /// The consultation.
        consultation: u64,
        /// The statement.
        statement: u64,
        /// Its moderation status.
        status: &'static str,
    },
    /// The same text is already a statement of the consultation.
    #[error("consultation {consultation} already has this statement (statement {statement})")]
    DuplicateStatement {
        /// The consultation.
        consultation: u64,
        /// The statement with the same text.
        statement: u64,
    },
    /// The consultation was imported from elsewhere: it is a record, and
    /// only its import adds to it.
    #[error("consultation {id} is imported from elsewhere, so it cannot be {wanted}")]
    ImportedConsultation {
        /// The consultation.
        id: u64,
        /// What the command needed to do.
        wanted: &'static str,
    },
    /// An import step for a consultation that is not being imported.
    #[error("consultation {0} was not imported; import batches go to a consultation begun as an import")]
    NotImported(u64),
    /// An imported vote names a comment id the import has not brought in.
    #[error("consultation {consultation} has no imported comment {comment}; send its statement first")]
    UnknownComment {
        /// The consultation.
        consultation: u64,
        /// The export's comment id.
        comment: u64,
    },
    /// An import batch repeats a comment id already imported.
    #[error("consultation {consultation} already has comment {comment} (statement {statement})")]
    DuplicateComment {
        /// The consultation.
        consultation: u64,
        /// The export's comment id.
        comment: u64,
        /// The statement imported from it.
        statement: u64,
    },
    /// Participants may not write statements in this consultation.
    #[error("in consultation {0}, participants vote on the statements given; they do not write new ones")]
    StatementsClosed(u64),
    /// A ballot, vote, proxy or key command was refused.
    #[error(transparent)]
    Ballot(crate::decision::BallotRejection),
    /// A divide command was refused.
    #[error(transparent)]
    Divide(crate::divide::DivideRejection),
}

impl Rejection {
    /// The kind of refusal, which decides the HTTP status.
    pub fn kind(&self) -> RejectionKind {
        match self {
            Rejection::Ballot(rejection) => rejection.kind(),
            Rejection::Divide(rejection) => rejection.kind(),
            Rejection::Denied(_)
            | Rejection::OutsideRemit { .. }
            | Rejection::OutsideAudience { .. }
            | Rejection::StatementsClosed(_) => RejectionKind::Forbidden,
            Rejection::UnknownBlob(_)
            | Rejection::UnknownMember(_)
            | Rejection::UnknownOrganization(_)
            | Rejection::UnknownConsultation(_)
            | Rejection::UnknownStatement { .. } => RejectionKind::NotFound,
            Rejection::NotInDelegation { .. } | Rejection::NotInOrganization { .. } => RejectionKind::NotFound,
            Rejection::DuplicateMember(_) | Rejection::Invalid { .. } | Rejection::UnknownComment { .. } => {
                RejectionKind::Invalid
            }
            Rejection::NotFounded
            | Rejection::AlreadyFounded
            | Rejection::AlreadyRedacted(_)
            | Rejection::AlreadyAffiliated(_)
            | Rejection::HeadAlreadyAccredited(_)
            | Rejection::OrganizationStatus { .. }
            | Rejection::ApplicationPending(_)
            | Rejection::ConsultationStatus { .. }
            | Rejection::StatementStatus { .. }
            | Rejection::DuplicateStatement { .. }
            | Rejection::ImportedConsultation { .. }
            | Rejection::DuplicateComment { .. }
            | Rejection::NotImported(_) => RejectionKind::Conflict,
        }
    }
}

/// Kinds of refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RejectionKind {
    /// The actor may not do this.
    Forbidden,
    /// Something named does not exist.
    NotFound,
    /// The command conflicts with the current state.
    Conflict,
    /// A field is wrong.
    Invalid,
}

/// Checks `command` by `caller` against `state` and returns the events that
/// record it, in order.
///
/// The platform itself ([`Caller::system`]) may do anything; everyone else
/// is checked against the authorization table with the principal the state
/// gives the caller's actor now, and the caller's scope: every check below
/// goes through one gate with that scope, so no command passes on a scope that does
/// not name its action.
pub fn decide(state: &State, caller: &Caller, command: &Command) -> Result<Vec<Event>, Rejection> {
    decide_at(state, caller, command, Timestamp::now())
}

/// [`decide`] at the moment `now`: the time the store gives the batch the
/// events will be committed in, which rules about closing times compare
/// with (a ballot's votes end at its closing time). The writer calls this.
pub fn decide_at(state: &State, caller: &Caller, command: &Command, now: Timestamp) -> Result<Vec<Event>, Rejection> {
    if state.organization().is_none() && !matches!(command, Command::FoundOrganization { .. }) {
        return Err(Rejection::NotFounded);
    }
    let gate = Gate { state, caller, now };
    match command {
        Command::Consultation(command) => return crate::consultation::decide(&gate, command),
        Command::Decision(command) => return crate::decision::decide(&gate, command),
        Command::Divide(command) => return crate::divide::decide(&gate, command),
        _ => {}
    }
    match command.action() {
        Some((action, target)) => gate.allow(action, target)?,
        None if !caller.is_system() => {
            let role = state.principal(Some(&caller.actor)).role;
            return Err(Denied::Role { role, action: "found the organization" }.into());
        }
        None => {}
    }
    match command {
        Command::FoundOrganization { name, log_origin, members } => {
            if state.organization().is_some() {
                return Err(Rejection::AlreadyFounded);
            }
            check_text("name", name, 200)?;
            check_text("log_origin", log_origin, 200)?;
            let mut seen = HashSet::new();
            if let Some(duplicate) = members.iter().find(|m| !seen.insert(m.iso3)) {
                return Err(Rejection::DuplicateMember(duplicate.iso3));
            }
            if let Some(m) = members.iter().find(|m| m.population > Some(MAX_SAFE_INTEGER)) {
                return Err(invalid("population", format!("the population of {} is too large", m.iso3)));
            }
            let founded = OrganizationFounded { name: name.clone(), log_origin: log_origin.clone() };
            Ok(std::iter::once(Event::OrganizationFounded(founded))
                .chain(members.iter().cloned().map(Event::MemberAdmitted))
                .collect())
        }
        Command::PublishDocument { title, language, blob } => {
            check_document_title(title)?;
            if blob.size > MAX_SAFE_INTEGER {
                return Err(invalid("blob", "the document is too large".into()));
            }
            Ok(vec![Event::DocumentPublished(DocumentPublished {
                number: state.document_count() + 1,
                title: title.clone(),
                language: *language,
                blob: blob.clone(),
            })])
        }
        Command::RedactBlob { sha256, reason } => {
            check_text("reason", reason, 1000)?;
            match state.blob(sha256) {
                None => Err(Rejection::UnknownBlob(*sha256)),
                Some(BlobStatus::Redacted) => Err(Rejection::AlreadyRedacted(*sha256)),
                Some(BlobStatus::Available) => {
                    Ok(vec![Event::BlobRedacted(BlobRedacted { sha256: *sha256, reason: reason.clone() })])
                }
            }
        }
        Command::AppointSecretariat { handle } => {
            unaffiliated(state, handle)?;
            Ok(vec![Event::SecretariatAppointed(Person { handle: handle.clone() })])
        }
        Command::AccreditObserver { handle } => {
            unaffiliated(state, handle)?;
            Ok(vec![Event::ObserverAccredited(Person { handle: handle.clone() })])
        }
        Command::AddDelegationMember { member, handle, role } => {
            if state.member(*member).is_none() {
                return Err(Rejection::UnknownMember(*member));
            }
            if *role == DelegationRole::Head && state.delegation(*member).is_some_and(|d| d.head.is_some()) {
                return Err(Rejection::HeadAlreadyAccredited(*member));
            }
            unaffiliated(state, handle)?;
            Ok(vec![Event::DelegationMemberAdded(DelegationMemberAdded {
                member: *member,
                handle: handle.clone(),
                role: *role,
            })])
        }
        Command::RemoveDelegationMember { member, handle, reason } => {
            check_optional_text("reason", reason, 1000)?;
            let Some(Affiliation::Delegation(of, role)) =
                state.affiliation(handle).filter(|a| matches!(a, Affiliation::Delegation(of, _) if of == member))
            else {
                return Err(Rejection::NotInDelegation { member: *member, handle: handle.clone() });
            };
            // Withdrawing a head is the secretariat's, whatever else the
            // table allows for removing delegates.
            if role == DelegationRole::Head {
                gate.allow(Action::WithdrawHead, Target::Member(of))?;
            }
            Ok(vec![Event::DelegationMemberRemoved(DelegationMemberRemoved {
                member: of,
                handle: handle.clone(),
                reason: reason.clone(),
            })])
        }
        Command::ApplyOrganization { name, chamber, country, website } => {
            check_text("name", name, 200)?;
            if let Some(website) = website {
                check_text("website", website, 300)?;
                if !(website.starts_with("https://") || website.starts_with("http://")) {
                    return Err(invalid("website", "enter an address that starts with https://".into()));
                }
            }
            if let Some(country) = country
                && state.member(*country).is_none()
            {
                return Err(Rejection::UnknownMember(*country));
            }
            unaffiliated(state, &caller.actor)?;
            if let Some(id) = state.pending_application(&caller.actor) {
                return Err(Rejection::ApplicationPending(id));
            }
            Ok(vec![Event::OrganizationApplied(OrganizationApplied {
                id: state.organization_count() + 1,
                name: name.clone(),
                chamber: *chamber,
                country: *country,
                website: website.clone(),
                applicant: caller.actor.clone(),
            })])
        }
        Command::DecideOrganization { id, admit, reason } => {
            let org = state.organization_by_id(*id).ok_or(Rejection::UnknownOrganization(*id))?;
            if org.status != OrganizationStatus::Applied {
                let wanted = if *admit { "admitted" } else { "declined" };
                return Err(Rejection::OrganizationStatus { id: *id, status: org.status.code(), wanted });
            }
            if *admit {
                unaffiliated(state, &org.application.applicant)?;
                Ok(vec![Event::OrganizationAdmitted(OrganizationAdmitted { id: *id })])
            } else {
                check_text("reason", reason, 1000)?;
                Ok(vec![Event::OrganizationDeclined(OrganizationDeclined { id: *id, reason: reason.clone() })])
            }
        }
        Command::AddOrganizationMember { id, handle } => {
            let org = state.organization_by_id(*id).ok_or(Rejection::UnknownOrganization(*id))?;
            if org.status != OrganizationStatus::Admitted {
                return Err(Rejection::OrganizationStatus { id: *id, status: org.status.code(), wanted: "joined" });
            }
            unaffiliated(state, handle)?;
            Ok(vec![Event::OrganizationMemberAdded(OrganizationMember { id: *id, handle: handle.clone() })])
        }
        Command::RemoveOrganizationMember { id, handle } => {
            let org = state.organization_by_id(*id).ok_or(Rejection::UnknownOrganization(*id))?;
            if !org.members.contains(handle) {
                return Err(Rejection::NotInOrganization { id: *id, handle: handle.clone() });
            }
            if org.application.applicant == *handle {
                return Err(invalid("handle", "the person who manages the organization cannot be removed".into()));
            }
            Ok(vec![Event::OrganizationMemberRemoved(OrganizationMember { id: *id, handle: handle.clone() })])
        }
        Command::IssueReset { handle, member } => {
            let affiliation = state.affiliation(handle);
            let in_delegation = match affiliation {
                Some(Affiliation::Delegation(of, _)) => Some(of),
                _ => None,
            };
            if *member != in_delegation {
                return Err(match member {
                    Some(member) => Rejection::NotInDelegation { member: *member, handle: handle.clone() },
                    None => invalid("member", format!("{handle} is in a delegation; name its member state")),
                });
            }
            if !caller.is_system() {
                reset_remit(state.principal(Some(&caller.actor)).role, &caller.actor, handle, affiliation)?;
            }
            Ok(vec![Event::AccountResetIssued(Person { handle: handle.clone() })])
        }
        Command::Consultation(_) | Command::Decision(_) | Command::Divide(_) => {
            unreachable!("decided by its capability above")
        }
    }
}

/// Whether a person of `role` may issue a password reset for `handle`,
/// whose affiliation is `affiliation` (the authorization table has already
/// allowed the action on the member state, if any).
fn reset_remit(role: Role, issuer: &Actor, handle: &Actor, affiliation: Option<Affiliation>) -> Result<(), Rejection> {
    let outside = |why| Err(Rejection::OutsideRemit { handle: handle.clone(), why });
    if issuer == handle {
        return outside(
            "nobody issues a reset for their own account; change your password from your account page, \
             or, for a secretariat account, run `concord account reset` on the server",
        );
    }
    match (role, affiliation) {
        (Role::Secretariat, Some(Affiliation::Secretariat)) => {
            outside("a secretariat account is reset on the server with `concord account reset`")
        }
        (Role::Secretariat, None) => outside("participants reset their own password by e-mail"),
        (Role::Secretariat, Some(_)) => Ok(()),
        (
            Role::HeadOfDelegation,
            Some(Affiliation::Delegation(_, DelegationRole::Delegate | DelegationRole::Alternate)),
        ) => Ok(()),
        (Role::HeadOfDelegation, _) => {
            outside("a head of delegation resets only its own delegates and alternates; ask the secretariat")
        }
        _ => outside("only the secretariat and heads of delegation issue resets"),
    }
}

/// The one authorization check of [`decide`]: the caller's principal, as
/// the state has it, with the caller's scope.
pub(crate) struct Gate<'a> {
    pub(crate) state: &'a State,
    pub(crate) caller: &'a Caller,
    /// The moment the command is decided at.
    pub(crate) now: Timestamp,
}

impl Gate<'_> {
    /// Refuses unless the caller may take `action` on `target` (the
    /// platform itself always may).
    pub(crate) fn allow(&self, action: Action, target: Target) -> Result<(), Denied> {
        if self.caller.is_system() {
            return Ok(());
        }
        authorize(&self.state.principal(Some(&self.caller.actor)), &self.caller.scope, action, target)
    }
}

/// Refuses a person who already acts for someone.
fn unaffiliated(state: &State, handle: &Actor) -> Result<(), Rejection> {
    match state.affiliation(handle) {
        Some(_) => Err(Rejection::AlreadyAffiliated(handle.clone())),
        None => Ok(()),
    }
}

/// Checks a short public text that may be empty.
fn check_optional_text(field: &'static str, text: &str, max_chars: usize) -> Result<(), Rejection> {
    if text.is_empty() { Ok(()) } else { check_text(field, text, max_chars) }
}

pub(crate) fn invalid(field: &'static str, message: String) -> Rejection {
    Rejection::Invalid { field, message }
}

/// Checks a short public text: present, not too long, no control
/// characters.
/// The longest title of a document, in characters.
pub const MAX_DOCUMENT_TITLE: usize = 500;

/// Whether `title` is a document's title (some text, at most
/// [`MAX_DOCUMENT_TITLE`] characters, on one line): the rule `decide`
/// applies, which the API and the pages ask before they store the text.
pub fn check_document_title(title: &str) -> Result<(), Rejection> {
    check_text("title", title, MAX_DOCUMENT_TITLE)
}

pub(crate) fn check_text(field: &'static str, text: &str, max_chars: usize) -> Result<(), Rejection> {
    if text.trim().is_empty() {
        return Err(invalid(field, "enter a text".into()));
    }
    if text.chars().count() > max_chars {
        return Err(invalid(field, format!("use at most {max_chars} characters")));
    }
    if text.chars().any(char::is_control) {
        return Err(invalid(field, "remove line breaks and control characters".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envelope::{Envelope, Timestamp};

    fn founded() -> State {
        let mut state = State::default();
        let command = Command::FoundOrganization {
            name: "Concord".into(),
            log_origin: "concord.example/log".into(),
            members: crate::member::un_members().unwrap(),
        };
        commit(&mut state, &command).unwrap();
        state
    }

    fn commit(state: &mut State, command: &Command) -> Result<(), Rejection> {
        for event in decide(state, &Caller::system(), command)? {
            let envelope = Envelope::new(state.size(), Timestamp::now(), Actor::system(), event);
            state.apply(&envelope).unwrap();
        }
        Ok(())
    }

    fn publish(state: &mut State, text: &[u8]) -> BlobRef {
        let blob = BlobRef::to_bytes(text, "text/plain; charset=utf-8");
        let command = Command::PublishDocument { title: "Charter".into(), language: Lang::En, blob: blob.clone() };
        commit(state, &command).unwrap();
        blob
    }

    #[test]
    fn founding_twice_or_acting_before_founding_is_refused() {
        let empty = State::default();
        let redact = Command::RedactBlob { sha256: Sha256::of(b"x"), reason: "r".into() };
        assert_eq!(decide(&empty, &Caller::system(), &redact), Err(Rejection::NotFounded));
        let mut state = founded();
        assert_eq!(state.size(), 196);
        let again = Command::FoundOrganization { name: "Again".into(), log_origin: "o".into(), members: vec![] };
        assert_eq!(commit(&mut state, &again), Err(Rejection::AlreadyFounded));
    }

    #[test]
    fn duplicate_members_are_refused() {
        let mut members = crate::member::un_members().unwrap();
        members.push(members[0].clone());
        let command = Command::FoundOrganization { name: "C".into(), log_origin: "o".into(), members };
        assert!(matches!(decide(&State::default(), &Caller::system(), &command), Err(Rejection::DuplicateMember(_))));
    }

    #[test]
    fn documents_are_numbered_and_blobs_redacted_once() {
        let mut state = founded();
        let first = publish(&mut state, b"one");
        publish(&mut state, b"two");
        assert_eq!(state.document_count(), 2);
        let redact = Command::RedactBlob { sha256: first.sha256, reason: "court order".into() };
        commit(&mut state, &redact).unwrap();
        assert_eq!(state.blob(&first.sha256), Some(BlobStatus::Redacted));
        assert_eq!(commit(&mut state, &redact), Err(Rejection::AlreadyRedacted(first.sha256)));
        let unknown = Command::RedactBlob { sha256: Sha256::of(b"?"), reason: "r".into() };
        assert!(matches!(commit(&mut state, &unknown), Err(Rejection::UnknownBlob(_))));
    }

    #[test]
    fn texts_are_checked() {
        let mut state = founded();
        let blob = BlobRef::to_bytes(b"x", "text/plain");
        for (title, fragment) in [("", "enter"), ("a\nb", "line breaks"), (&"t".repeat(501), "at most")] {
            let command = Command::PublishDocument { title: title.into(), language: Lang::Fr, blob: blob.clone() };
            match commit(&mut state, &command) {
                Err(Rejection::Invalid { field: "title", message }) => assert!(message.contains(fragment)),
                other => panic!("{title:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn state_refuses_out_of_order_and_contradicting_entries() {
        let mut state = founded();
        let member = state.members().next().unwrap().clone();
        let skip =
            Envelope::new(state.size() + 1, Timestamp::now(), Actor::system(), Event::MemberAdmitted(member.clone()));
        assert!(matches!(state.apply(&skip), Err(StateError::OutOfOrder { .. })));
        let twice = Envelope::new(state.size(), Timestamp::now(), Actor::system(), Event::MemberAdmitted(member));
        assert!(matches!(state.apply(&twice), Err(StateError::Contradiction { .. })));
        assert_eq!(state.size(), 196);
    }

    use crate::state::StateError;

    fn actor(text: &str) -> Actor {
        Actor::try_from(text.to_owned()).unwrap()
    }

    /// A founded state with a secretariat, an observer, and a delegation of
    /// Kenya and of Ghana (head and delegate each).
    fn with_people() -> State {
        let mut state = founded();
        commit(&mut state, &Command::AppointSecretariat { handle: actor("sec.a") }).unwrap();
        commit(&mut state, &Command::AppointSecretariat { handle: actor("sec.b") }).unwrap();
        commit(&mut state, &Command::AccreditObserver { handle: actor("obs.a") }).unwrap();
        for (member, prefix) in [("KEN", "ken"), ("GHA", "gha")] {
            for (role, who) in [(DelegationRole::Head, "head"), (DelegationRole::Delegate, "dele")] {
                let handle = actor(&format!("del.{prefix}{who}"));
                let add = Command::AddDelegationMember { member: member.parse().unwrap(), handle, role };
                commit(&mut state, &add).unwrap();
            }
        }
        state
    }

    fn reset(state: &State, by: &str, handle: &str, member: Option<&str>) -> Result<Vec<Event>, Rejection> {
        let command = Command::IssueReset { handle: actor(handle), member: member.map(|m| m.parse().unwrap()) };
        decide(state, &Caller::new(actor(by), crate::authz::Scope::Full), &command)
    }

    #[test]
    fn resets_are_issued_within_the_remit_only() {
        let state = with_people();
        let issued = reset(&state, "sec.a", "del.kenhead", Some("KEN")).unwrap();
        assert_eq!(issued, vec![Event::AccountResetIssued(Person { handle: actor("del.kenhead") })]);
        assert!(reset(&state, "sec.a", "obs.a", None).is_ok());
        assert!(reset(&state, "del.kenhead", "del.kendele", Some("KEN")).is_ok());
        // Outside the remit: another secretariat account, a participant,
        // oneself, another delegation, a head's own head, an observer.
        for (by, handle, member) in [
            ("sec.a", "sec.b", None),
            ("sec.a", "p.someone", None),
            ("sec.a", "sec.a", None),
            ("del.kenhead", "del.kenhead", Some("KEN")),
            ("del.kenhead", "obs.a", None),
            ("del.kenhead", "del.ghadele", Some("GHA")),
            ("del.kendele", "del.kenhead", Some("KEN")),
            ("obs.a", "del.kendele", Some("KEN")),
            ("p.someone", "del.kendele", Some("KEN")),
        ] {
            let refused = reset(&state, by, handle, member).unwrap_err();
            assert_eq!(refused.kind(), RejectionKind::Forbidden, "{by} for {handle}: {refused}");
        }
        // The member state must be the person's own.
        assert!(matches!(reset(&state, "sec.a", "del.kendele", Some("GHA")), Err(Rejection::NotInDelegation { .. })));
        assert!(matches!(reset(&state, "sec.a", "del.kendele", None), Err(Rejection::Invalid { .. })));
        // The platform itself may reset anyone, a secretariat account too.
        let system = Command::IssueReset { handle: actor("sec.b"), member: None };
        assert!(decide(&state, &Caller::system(), &system).is_ok());
    }

    #[test]
    fn a_reset_token_must_name_the_action() {
        let state = with_people();
        let command = Command::IssueReset { handle: actor("obs.a"), member: None };
        let token = Caller::new(actor("sec.a"), crate::authz::Scope::Only(vec![Action::ReadPublic]));
        assert_eq!(decide(&state, &token, &command), Err(Rejection::Denied(Denied::Scope("issue_reset"))));
    }
}
