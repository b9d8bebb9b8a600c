//! Invitations: one-time links by which the secretariat accredits heads of
//! delegation (and appoints staff and observers), heads name delegates and
//! alternates, and organizations add members.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::authz::{Action, Role, Scope, Target};
use domain::member::Iso3;
use domain::people::OrganizationStatus;
use domain::{Rejection, RejectionKind};
use serde::{Deserialize, Serialize};
use store::Effect;
use store::StoreError;
use store::access::{Invitation, InvitationKind, NewInvitation};
use utoipa::ToSchema;

use super::accounts::{Created, NewAccountRequest, with_fresh_handle};
use super::rfc3339;
use crate::AppState;
use crate::auth::Caller;
use crate::error::{ApiError, Problem};
use crate::extract::{Json as JsonBody, Path};

/// A new invitation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationRequest {
    /// `head`, `delegate`, `alternate` (with `member`), `stakeholder` (with
    /// `organization`), `secretariat` or `observer`.
    pub kind: String,
    /// The member state, for `head`, `delegate` and `alternate`.
    #[serde(default)]
    pub member: Option<String>,
    /// The organization, for `stakeholder`.
    #[serde(default)]
    pub organization: Option<u64>,
    /// Whom it is for (kept private; for your own list).
    #[serde(default)]
    pub note: String,
    /// Send the link to this address (only when the server has SMTP
    /// configured; the address is not kept).
    #[serde(default)]
    pub email: Option<String>,
}

/// An invitation, as its inviter sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationDto {
    /// Its id.
    pub id: String,
    /// What it makes of the person.
    pub kind: &'static str,
    /// The member state, if any.
    pub member: Option<String>,
    /// The organization, if any.
    pub organization: Option<u64>,
    /// Whom it is for.
    pub note: String,
    /// Who invited.
    pub invited_by: String,
    /// Until when it can be used (RFC 3339).
    pub expires_at: String,
    /// `open`, `used`, `revoked` or `expired`.
    pub status: &'static str,
    /// The handle of the person who used it.
    pub used_by: Option<String>,
}

/// A new invitation with its one-time link, shown only now.
#[derive(Debug, Serialize, ToSchema)]
pub struct IssuedInvitation {
    /// The invitation.
    #[serde(flatten)]
    pub invitation: InvitationDto,
    /// The secret token in the link.
    pub token: String,
    /// The link to give the person (send it privately).
    pub url: String,
    /// Whether the link was sent by e-mail.
    pub emailed: bool,
    /// Why it could not be sent, if an address was given.
    pub email_error: Option<String>,
}

impl From<&Invitation> for InvitationDto {
    fn from(invitation: &Invitation) -> InvitationDto {
        let status = if invitation.used_at.is_some() {
            "used"
        } else if invitation.revoked_at.is_some() {
            "revoked"
        } else if !invitation.usable() {
            "expired"
        } else {
            "open"
        };
        InvitationDto {
            id: invitation.id.clone(),
            kind: invitation.kind.code(),
            member: invitation.member.map(|m| m.to_string()),
            organization: invitation.organization,
            note: invitation.note.clone(),
            invited_by: invitation.invited_by.to_string(),
            expires_at: rfc3339(invitation.expires_at),
            status,
            used_by: invitation.used_by.as_ref().map(ToString::to_string),
        }
    }
}

/// The action inviting a person of `kind` is, and its target.
fn action_of(kind: InvitationKind, member: Option<Iso3>, organization: Option<u64>) -> (Action, Target) {
    let member = member.map_or(Target::None, Target::Member);
    match kind {
        InvitationKind::Secretariat => (Action::InviteSecretariat, Target::None),
        InvitationKind::Observer => (Action::InviteObserver, Target::None),
        InvitationKind::Head => (Action::InviteHead, member),
        InvitationKind::Delegate | InvitationKind::Alternate => (Action::InviteDelegationMember, member),
        InvitationKind::Stakeholder => {
            (Action::InviteOrganizationMember, organization.map_or(Target::None, Target::Organization))
        }
    }
}

/// Issues an invitation. The link works once, until it expires (14 days).
#[utoipa::path(
    post,
    path = "/api/v1/invitations",
    tag = "invitations",
    request_body = InvitationRequest,
    responses(
        (status = 201, description = "The invitation and its link", body = IssuedInvitation),
        (status = 403, description = "You may not invite this person", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The delegation already has a head, or the organization is not admitted", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is missing or wrong", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<InvitationRequest>,
) -> Result<(StatusCode, Json<IssuedInvitation>), ApiError> {
    let issued = issue(&state, &caller, body).await?;
    Ok((StatusCode::CREATED, Json(issued)))
}

/// Checks and issues an invitation (for the API and the command line).
pub async fn issue(state: &AppState, caller: &Caller, body: InvitationRequest) -> Result<IssuedInvitation, ApiError> {
    let kind = InvitationKind::from_code(&body.kind).ok_or_else(|| {
        let kinds: Vec<&str> = InvitationKind::ALL.iter().map(|k| k.code()).collect();
        ApiError::Unprocessable(format!(
            "kind: {:?} is not a kind of invitation; use one of {}",
            body.kind,
            kinds.join(", ")
        ))
    })?;
    let member: Option<Iso3> = body
        .member
        .as_deref()
        .map(|m| {
            m.to_ascii_uppercase().parse().map_err(|err: String| ApiError::Unprocessable(format!("member: {err}")))
        })
        .transpose()?;
    let needs_member = matches!(kind, InvitationKind::Head | InvitationKind::Delegate | InvitationKind::Alternate);
    match (needs_member, member, kind == InvitationKind::Stakeholder, body.organization) {
        (true, None, _, _) => {
            return Err(ApiError::Unprocessable(format!("member: a {} invitation names a member state", kind.code())));
        }
        (_, _, true, None) => {
            return Err(ApiError::Unprocessable("organization: a stakeholder invitation names an organization".into()));
        }
        (false, Some(_), _, _) => {
            return Err(ApiError::Unprocessable(format!("member: a {} invitation names no member state", kind.code())));
        }
        (_, _, false, Some(_)) => {
            return Err(ApiError::Unprocessable(format!(
                "organization: a {} invitation names no organization",
                kind.code()
            )));
        }
        _ => {}
    }
    if body.note.chars().count() > 200 {
        return Err(ApiError::Unprocessable("note: use at most 200 characters".into()));
    }
    let (action, target) = action_of(kind, member, body.organization);
    caller.require(state, action, target)?;
    let handle = caller.handle().cloned().ok_or_else(|| ApiError::Unauthorized("sign in first".into()))?;
    // Refuse now what acceptance would refuse anyway.
    if let Some(member) = member {
        state.store.member(member).await?.ok_or(Rejection::UnknownMember(member))?;
        let has_head = state
            .store
            .delegations(Some(member))
            .await?
            .iter()
            .any(|d| d.people.iter().any(|(role, _, _)| *role == domain::people::DelegationRole::Head));
        if kind == InvitationKind::Head && has_head {
            return Err(Rejection::HeadAlreadyAccredited(member).into());
        }
    }
    if let Some(id) = body.organization {
        let organization = state.store.organizations(Some(id), None, None).await?;
        let organization = organization.first().ok_or(Rejection::UnknownOrganization(id))?;
        if organization.status != OrganizationStatus::Admitted {
            return Err(
                Rejection::OrganizationStatus { id, status: organization.status.code(), wanted: "joined" }.into()
            );
        }
    }
    let new = NewInvitation {
        kind,
        member,
        organization: body.organization,
        note: body.note,
        invited_by: handle,
        valid_for_millis: state.auth.invitation_ttl_millis,
    };
    let (token, invitation) = state.store.create_invitation(&new).await?;
    let url = format!("{}/invitations/{token}", state.auth.public_url.trim_end_matches('/'));
    let email = body.email.as_deref().map(str::trim).filter(|e| !e.is_empty());
    let (emailed, email_error) = match (email, &state.mailer) {
        (None, _) => (false, None),
        (Some(_), None) => {
            (false, Some("this server has no SMTP configured; give the person the link yourself".to_owned()))
        }
        (Some(to), Some(mailer)) => {
            let what = match member {
                Some(member) => format!("{} of the delegation of {member}", kind.role().code().replace('_', " ")),
                None => kind.role().code().replace('_', " "),
            };
            match mailer.send_invitation(to, &what, &url).await {
                Ok(()) => (true, None),
                Err(err) => {
                    tracing::warn!(error = %err, "could not e-mail an invitation");
                    (false, Some(err))
                }
            }
        }
    };
    Ok(IssuedInvitation { invitation: InvitationDto::from(&invitation), token, url, emailed, email_error })
}

/// The invitations you issued (the secretariat sees all).
#[utoipa::path(
    get,
    path = "/api/v1/invitations",
    tag = "invitations",
    responses((status = 200, description = "Invitations, newest first", body = [InvitationDto]))
)]
pub async fn list(State(state): State<AppState>, caller: Caller) -> Result<Json<Vec<InvitationDto>>, ApiError> {
    let invitations = issued_by(&state, &caller).await?;
    Ok(Json(invitations.iter().map(InvitationDto::from).collect()))
}

/// Revokes an unused invitation.
#[utoipa::path(
    delete,
    path = "/api/v1/invitations/{id}",
    tag = "invitations",
    params(("id" = String, Path, description = "The invitation's id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 404, description = "No such unused invitation of yours", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn revoke(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    revoke_invitation(&state, &caller, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Revokes the caller's unused invitation `id` (any, for the
/// secretariat), for the API and the pages.
pub async fn revoke_invitation(state: &AppState, caller: &Caller, id: &str) -> Result<(), ApiError> {
    caller.require(state, Action::ManageInvitations, Target::None)?;
    let by = (caller.principal.role != Role::Secretariat).then(|| caller.handle()).flatten();
    if state.store.revoke_invitation(id, by).await? {
        Ok(())
    } else {
        Err(ApiError::NotFound(format!("you have no unused invitation {id}")))
    }
}

/// The invitations the caller issued (all, for the secretariat), newest
/// first, for the API and the pages.
pub async fn issued_by(state: &AppState, caller: &Caller) -> Result<Vec<Invitation>, ApiError> {
    caller.require(state, Action::ManageInvitations, Target::None)?;
    let by = (caller.principal.role != Role::Secretariat).then(|| caller.handle()).flatten();
    Ok(state.store.invitations(by).await?)
}

/// What an invitation link offers, for the person who received it.
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationOffer {
    /// What accepting makes of you.
    pub kind: &'static str,
    /// The member state, if any.
    pub member: Option<String>,
    /// The organization, if any.
    pub organization: Option<u64>,
    /// Who invited you (public handle).
    pub invited_by: String,
    /// Until when it can be used.
    pub expires_at: String,
}

/// The invitation of a link, if it can still be used.
pub async fn usable(state: &AppState, token: &str) -> Result<Invitation, ApiError> {
    let invitation = state.store.invitation_by_token(token).await?.ok_or_else(|| {
        state.metrics.refused("invitation");
        ApiError::NotFound("this invitation link is not valid; check that you copied all of it".into())
    })?;
    if !invitation.usable() {
        state.metrics.refused("invitation");
        return Err(ApiError::Gone(
            "this invitation has already been used, was revoked or has expired; ask for a new one".into(),
        ));
    }
    if !inviter_may_still(state, &invitation).await? {
        state.metrics.refused("invitation");
        return Err(ApiError::Gone(
            "this invitation is no longer valid: the person who issued it may no longer invite; ask for a new one"
                .into(),
        ));
    }
    Ok(invitation)
}

/// Whether the inviter may still take the act the invitation stands for:
/// accepting records it in their name, so a link of someone who lost the
/// right (a head of delegation withdrawn) is gone on look-up as it is on
/// acceptance.
async fn inviter_may_still(state: &AppState, invitation: &Invitation) -> Result<bool, ApiError> {
    let (action, target) = action_of(invitation.kind, invitation.member, invitation.organization);
    let principal = state.store.principal(&invitation.invited_by).await?;
    Ok(domain::authz::authorize(&principal, &domain::authz::Scope::Full, action, target).is_ok())
}

/// What an invitation link offers (no sign-in needed: the link is the
/// secret).
#[utoipa::path(
    get,
    path = "/api/v1/invitations/token/{token}",
    tag = "invitations",
    params(("token" = String, Path, description = "The token from the link")),
    responses(
        (status = 200, description = "The offer", body = InvitationOffer),
        (status = 404, description = "Not a valid link", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "Used, revoked or expired", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn offer(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Json<InvitationOffer>, ApiError> {
    let invitation = usable(&state, &token).await?;
    Ok(Json(InvitationOffer {
        kind: invitation.kind.code(),
        member: invitation.member.map(|m| m.to_string()),
        organization: invitation.organization,
        invited_by: invitation.invited_by.to_string(),
        expires_at: rfc3339(invitation.expires_at),
    }))
}

/// Accepts an invitation: creates your account and records, in the public
/// log, the act it stands for (an accreditation, a delegate named, ...)
/// under your new public handle. Your username, name and e-mail stay
/// private.
#[utoipa::path(
    post,
    path = "/api/v1/invitations/token/{token}/accept",
    tag = "invitations",
    params(("token" = String, Path, description = "The token from the link")),
    request_body = NewAccountRequest,
    responses(
        (status = 201, description = "Your account and public handle", body = Created),
        (status = 409, description = "The username is taken, or the place was filled meanwhile", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "Used, revoked or expired", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is wrong", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn accept(
    State(state): State<AppState>,
    Path(token): Path<String>,
    JsonBody(body): JsonBody<NewAccountRequest>,
) -> Result<(StatusCode, Json<Created>), ApiError> {
    let invitation = usable(&state, &token).await?;
    Ok((StatusCode::CREATED, Json(accept_invitation(&state, &invitation, body).await?)))
}

/// Creates the invited person's account and records the act the
/// invitation stands for, in one commit.
pub async fn accept_invitation(
    state: &AppState,
    invitation: &Invitation,
    body: NewAccountRequest,
) -> Result<Created, ApiError> {
    let prefix = invitation.kind.handle_prefix();
    let account = body.into_account(&state.hashing, prefix).await?;
    // The inviter acts, with the scope of the one action the invitation was
    // issued for (checked with the inviter's own scope when it was issued).
    let (action, _) = action_of(invitation.kind, invitation.member, invitation.organization);
    let inviter = domain::authz::Caller::new(invitation.invited_by.clone(), Scope::Only(vec![action]));
    let committed = with_fresh_handle(account, prefix, |account| {
        let inviter = inviter.clone();
        async move {
            let handle = account.handle.clone();
            let command = invitation.command(handle.clone()).ok_or_else(|| {
                StoreError::Inconsistent(format!("invitation {} lacks its member or organization", invitation.id))
            })?;
            let effects = vec![
                Effect::CreateAccount(account),
                Effect::UseInvitation { id: invitation.id.clone(), by: handle.clone() },
            ];
            Ok((handle, state.store.submit_with(inviter, command, effects).await?))
        }
    })
    .await;
    let (handle, receipt) = match committed {
        Ok(committed) => committed,
        Err(StoreError::Rejected(rejection)) if rejection.kind() == RejectionKind::Forbidden => {
            state.metrics.refused("invitation");
            return Err(ApiError::Gone(format!("this invitation is no longer valid: {rejection}")));
        }
        Err(err) => return Err(err.into()),
    };
    Ok(Created {
        handle: handle.to_string(),
        role: invitation.kind.role().code(),
        log_index: Some(receipt.indexes.start),
    })
}
