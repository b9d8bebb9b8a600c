# One's own account: accepting an invitation, signing up, the account's
# summary, the password and API tokens. English.

account-role-anonymous = Visitor
account-role-participant = Participant
account-role-observer = Observer
account-role-stakeholder = Member of a stakeholder organization
account-role-alternate = Alternate
account-role-delegate = Delegate
account-role-head_of_delegation = Head of delegation
account-role-secretariat = Secretariat staff

# What an API token may do.
account-action-read_public = Read the public record
account-action-read_own_account = See your account
account-action-manage_own_credentials = Change your password and two-factor sign-in
account-action-manage_own_tokens = Create and revoke API tokens
account-action-invite_secretariat = Invite secretariat staff
account-action-invite_observer = Invite observers
account-action-invite_head = Accredit heads of delegation
account-action-withdraw_head = Withdraw the accreditation of heads of delegation
account-action-invite_delegation_member = Invite delegates and alternates
account-action-remove_delegation_member = Remove delegates and alternates
account-action-apply_organization = Apply for an organization
account-action-decide_organization = Admit or decline organizations
account-action-invite_organization_member = Invite members of your organization
account-action-remove_organization_member = Remove members of your organization
account-action-manage_invitations = See and revoke your invitations
account-action-publish_document = Publish documents
account-action-create_consultation = Create consultations
account-action-manage_consultation = Open, close and reopen consultations
account-action-moderate_consultation = Moderate consultations
account-action-translate_statement = Translate the statements of consultations
account-action-import_consultation = Import consultations held elsewhere (Pol.is exports)
account-action-take_part = Take part in consultations
account-action-publish_decision_types = Publish new versions of the decision types
account-action-manage_delegation_key = Register, rotate and revoke the delegation's signing key
account-action-open_ballot = Open ballots
account-action-close_ballot = Close ballots
account-action-record_votes = Record the votes of roll calls taken in the room
account-action-cast_vote = Vote for the member state on ballots
account-action-manage_proxy = Give and take back the member state's proxy on a ballot
account-action-designate_alternate = Designate alternates to vote on a ballot
account-action-redact_content = Take down published content
account-action-read_metrics = Read the server’s metrics
account-action-publish_methodology = Publish a version of the divide index's methodology
account-action-record_indicator_values = Record indicator values from published sources
account-action-submit_indicator_value = Submit a newer national value of an indicator
account-action-review_indicator_value = Accept or reject submitted indicator values

# The fields of a new account.
account-username = Username
account-username-hint = 3 to 40 characters: lowercase letters a to z, digits, full stop, underscore or hyphen (. _ -)
account-display-name = Your name
account-display-name-hint = Shown to you and to the secretariat, never in the public record
account-password = Password
account-password-hint = At least { $min } characters
account-email = E-mail address (optional)
account-email-hint = Kept private; used only to write to you about your account
account-error-username = Enter a username of 3 to 40 characters, using only lowercase letters a to z, digits, full stop, underscore or hyphen
account-error-username-taken = This username is already taken. Choose another one
account-error-display-name = Enter your name, in at most 100 characters
account-error-email = Enter an e-mail address such as name@example.org, or leave it empty
account-error-password-short = Enter a password of at least { $min } characters
account-error-password-long = Enter a password of at most { $max } characters
account-error-limited = Too many accounts were created from your network. Try again in { $minutes } minutes

account-invitation-title = Accept your invitation
account-invitation-details = Your invitation
account-invitation-lead = Create your account to accept. Accepting records your appointment in the public record under a public handle; your username, name and e-mail address stay private.
account-invitation-role = Role
account-invitation-member = Member state
account-invitation-organization = Organization
account-invitation-invited-by = Invited by
account-invitation-expires = Valid until
account-invitation-submit = Accept and create account
account-invitation-gone-title = This invitation link can no longer be used
account-invitation-gone-body = It has already been used, has been revoked or has expired. Each invitation link works only once.
account-invitation-gone-next = Ask the person who invited you to send you a new link.
account-invitation-gone-account = If you have already created your account with it:

account-signup-title = Sign up as a participant
account-signup-lead = Members of the public take part in consultations under a pseudonym. The public record shows only a handle such as p.1a2b3c4d, never your username or your name. No e-mail address is needed.
account-signup-submit = Create account
account-signup-have-account = Already have an account?

account-title = Your account
account-name = Name
account-handle = Public handle
account-handle-note = Your public handle is the only thing about you that the public record shows.
account-role = Role
account-member = Member state
account-organization = Organization
account-security = Sign-in and security
account-two-factor = Two-factor sign-in
account-two-factor-on = On
account-two-factor-off = Off
account-two-factor-manage = Set up two-factor sign-in
account-cancel = Cancel

account-password-title = Change your password
account-password-lead = Changing your password signs you out on every other device.
account-password-current = Current password
account-password-new = New password
account-password-confirm = Confirm the new password
account-password-submit = Change password
account-password-revoke-tokens = Also revoke all my API tokens (do this if someone else may have known your password)
account-sessions = Your sessions
account-sessions-lead = Signed in on a computer you no longer use, or think someone else is? Sign out everywhere ends every session of your account, this one included. Your API tokens keep working.
account-sign-out-everywhere = Sign out everywhere
account-error-current-missing = Enter your current password
account-error-current-wrong = The current password is wrong
account-error-confirm = The two new passwords do not match. Enter the same password twice

account-tokens-title = API tokens
account-tokens-lead = API tokens let the command line and your own programs act on your behalf, with only the permissions you give them. Keep a token as secret as a password.
account-tokens-caption = Your tokens
account-tokens-none = You have no API tokens yet.
account-tokens-col-scopes = Permissions
account-tokens-col-created = Created
account-tokens-col-expires = Expires
account-tokens-col-used = Last used
account-tokens-col-status = Status
account-tokens-col-actions = Actions
account-tokens-never = Never
account-token-active = Active
account-token-revoked = Revoked
account-token-expired = Expired
account-token-revoke = Revoke
account-tokens-new = Create a token
account-token-name = Name
account-token-name-hint = To recognize it later, for example "laptop command line"
account-token-expiry = Expires after
account-token-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
account-token-scopes = What it may do
account-token-scopes-hint = Give it only the permissions your program needs.
account-token-submit = Create token
account-error-token-name = Enter a name of at most 100 characters
account-error-token-expiry = Choose when the token expires
account-error-token-scopes = Choose at least one thing the token may do

account-token-created-title = Your new API token
account-token-created-copy = Copy this token now. It will not be shown again: only a fingerprint of it is kept.
account-token-created-how = How to use it
account-token-created-api = Send it with each request to the JSON API, in the Authorization header:
account-token-created-cli = Or give it to the command line, with --token or in the CONCORD_TOKEN environment variable:
account-token-created-lost = If you lose it, or it may have been seen by someone else, revoke it and create a new one.
account-token-created-back = Back to your API tokens
