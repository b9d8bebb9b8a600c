# Stakeholder organizations, applications and their admission. English.

orgs-title = Stakeholder organizations
orgs-lead = Companies, research institutions, civil society and intergovernmental organizations take part in the work of the organization in four chambers. The secretariat admits them on application.
orgs-chambers-heading = The chambers
orgs-apply-link = Apply for your organization
orgs-filter-form = Filter the organizations
orgs-chamber-label = Chamber
orgs-status-label = Status
orgs-any-chamber = All chambers
orgs-any-status = Any status
orgs-filter = Filter
orgs-clear = Clear the filters
orgs-error-chamber = Choose a chamber from the list
orgs-error-status = Choose a status from the list
orgs-count = { $count ->
    [0] No organizations found
    [one] 1 organization found
   *[other] { $count } organizations found
}
orgs-caption = Stakeholder organizations, by order of application
orgs-col-name = Name
orgs-col-chamber = Chamber
orgs-col-country = Country
orgs-col-status = Status
orgs-none = No organization matches these filters.
orgs-no-country = Not given
orgs-status-applied = Applied
orgs-status-admitted = Admitted
orgs-status-declined = Declined

chamber-industry = Industry
chamber-research = Research
chamber-civil_society = Civil society
chamber-intergovernmental = Intergovernmental organizations
chamber-about-industry = Companies and industry associations.
chamber-about-research = Universities and research institutions.
chamber-about-civil_society = Non-governmental and civil society organizations.
chamber-about-intergovernmental = Intergovernmental organizations and their agencies.

org-details = Details
org-chamber = Chamber
org-country = Country
org-website = Web site
org-applicant = Applicant and manager
org-applied = Application
org-decided = Decision
org-reason = Reason for declining
org-entry = Entry { $index } of the public record
org-members = Members
org-members-none = The organization has no members yet. Its members join once it is admitted.
org-manager = Manager
org-remove = Remove { $handle }
org-invite-heading = Invite a member
org-invite-lead = The person receives a one-time link with which they create their account as a member of this organization.
org-invite-note = Whom the invitation is for (optional)
org-invite-note-hint = Kept private, for your own list of invitations.
org-invite-email = E-mail address (optional)
org-invite-email-hint = The link is sent to this address if this server can send e-mail. The address is not kept.
org-invite-submit = Create the invitation link
org-invite-error-note = Enter at most { $max } characters
org-invite-created-title = Invitation link created
org-invite-link-label = The one-time invitation link:
org-invite-once = Send it privately to the person. It works once, until { $date }. It is shown only now: copy it before leaving this page.
org-invite-back = Back to the organization

apply-title = Apply for your organization
apply-lead = The secretariat decides on each application, and the decision is recorded in the public record. Once your organization is admitted, you manage its members.
apply-name = Name of the organization
apply-chamber = Chamber
apply-chamber-hint = The chamber in which the organization will take part.
apply-country = Country where it is based (optional)
apply-website = Web site (optional)
apply-website-hint = For example, https://www.example.org
apply-submit = Send the application
apply-cancel = Cancel
apply-error-name = Enter the name of the organization
apply-error-name-form = Enter a name of at most 200 characters, on one line
apply-error-chamber = Choose the chamber of the organization
apply-error-country = Choose a country from the list
apply-error-website = Enter a web address of at most 300 characters that starts with https:// or http://
apply-error-pending = Your earlier application is still waiting for a decision. You can apply again once the secretariat has decided on it.
apply-error-affiliated = You already act for a member state, an organization or the secretariat. One account acts for one of them at a time.

adm-title = Admission of organizations
adm-lead = Admit or decline the organizations that applied. Each decision is recorded in the public record, with the reason for a decline.
adm-waiting-heading = Applications waiting
adm-waiting-none = No application is waiting for a decision.
adm-decision = Decision on { $name }
adm-admit = Admit
adm-decline = Decline
adm-reason = Reason for declining
adm-reason-hint = Required to decline. It is published in the public record.
adm-submit = Record the decision
adm-error-decision = Choose whether to admit or decline the organization
adm-error-reason = Enter the reason for declining
adm-error-reason-long = Enter a reason of at most 1,000 characters
adm-error-affiliated = The applicant now acts for a member state, an organization or the secretariat, so the organization cannot be admitted. Decline it, giving the reason.
adm-recent-heading = Recently decided
adm-recent-caption = The latest decisions, newest first
adm-recent-none = No application has been decided yet.
