# A head of delegation's page, the secretariat's accreditation of heads,
# the page showing a new invitation link once, and the delegation on a
# member state's page. English.

delegation-role-head = Head of delegation
delegation-role-delegate = Delegate
delegation-role-alternate = Alternate
delegation-col-role = Role
delegation-col-handle = Public handle
delegation-col-since = Joined in
delegation-since-entry = Entry { $index }

delegation-title = Delegation of { $member }
delegation-lead = You head this delegation. Invite its delegates and alternates, and remove them when they leave.
delegation-people = People of the delegation
delegation-remove = Remove
delegation-invite-heading = Invite a delegate or an alternate
delegation-kind-legend = Invite as
delegation-kind-error = Choose delegate or alternate
delegation-back = Back to your delegation

invite-note-label = Who is it for
invite-note-hint = A private note to recognize the invitation in your list, for example the person’s name. It is not published.
invite-note-missing = Enter who the invitation is for
invite-email-label = E-mail address (optional)
invite-email-hint = If you give one, the link is also sent there. The address is not kept.
invite-email-error = Enter an e-mail address in the correct format, like name@example.org
invite-submit = Create the invitation link
text-too-long = Enter at most { $max } characters

invitations-heading = Your invitations
invitations-caption = Invitations you issued, newest first
invitations-none = You have not issued any invitation yet.
invitations-col-kind = Invitation for
invitations-col-member = Member state
invitations-col-note = Note
invitations-col-status = Status
invitations-col-expires = Valid until
invitations-col-action = Actions
invitation-revoke = Revoke
invitation-status-open = Open
invitation-status-used = Used
invitation-status-revoked = Revoked
invitation-status-expired = Expired
invitation-kind-secretariat = Secretariat staff
invitation-kind-observer = Observer
invitation-kind-stakeholder = Member of an organization

issued-title = Invitation link created
issued-lead = Send this link privately to the person it is for ({ $note }). It works once, until { $expires }.
issued-link-label = The invitation link
issued-once = This link is shown only now. It is not kept in clear and cannot be shown again: copy it before leaving this page.
issued-emailed = The link was also sent to the e-mail address you gave.
issued-not-emailed = The link could not be sent by e-mail. Give it to the person yourself.

remove-title = Remove { $handle } from the delegation
remove-lead = The removal takes effect at once and is recorded in the public record, with the reason if you give one.
remove-reason-label = Reason (optional)
remove-reason-hint = It will be public. Do not write anything private.
remove-submit = Remove from the delegation
remove-cancel = Cancel

secretariat-title = Secretariat
secretariat-lead = The tasks of the secretariat.
secretariat-accreditation = Accreditation of heads of delegation
secretariat-accreditation-text = Invite the head of a member state’s delegation, follow the invitations issued and see which states have a head.
secretariat-admissions = Admission of organizations
secretariat-admissions-text = Decide on the applications of stakeholder organizations to take part in the work of the organization.

accreditation-title = Accreditation of heads of delegation
accreditation-lead = Each head of delegation is accredited by a one-time invitation link. When the person accepts it, the accreditation is recorded in the public record.
accreditation-form = Accredit a head of delegation
accreditation-member-label = Member state
accreditation-member-choose = Choose a member state
accreditation-member-missing = Choose the member state of the delegation
accreditation-member-unknown = Choose a member state from the list
accreditation-member-taken = { $member } already has a head of delegation
accreditation-back = Back to accreditation
accreditation-invitations = Invitations issued by the secretariat
accreditation-invitations-caption = All invitations, newest first
accreditation-invitations-none = No invitation has been issued yet.
accreditation-heads = Accredited heads of delegation
accreditation-heads-caption = Member states with an accredited head of delegation
accreditation-heads-none = No head of delegation has been accredited yet.
