# People's names for those who may see them, and each role's home. English.

site-documents = Documents
site-participation = Your participation
people-col-name = Name
people-email = E-mail address
invitations-col-used-by = Used by
delegation-member-lead = { $role ->
    [alternate] You are an alternate in the delegation of { $member }.
   *[delegate] You are a delegate in the delegation of { $member }.
} The head of delegation manages who is in it.
delegation-member-page = The member state’s page
delegation-member-head = Consultations, ballots and the exchange will appear here as they open.
home-now = What you can do now
home-now-documents = Read the documents
home-now-record = Follow the public record
home-sign-up = Sign up to take part
home-take-part = Anyone may take part in public consultations under a pseudonym.
home-your-page = Go to your page
orgs-apply-visitor = To apply, you need an account.
issued-no-mail = This server does not send e-mail: give the link to the person yourself.
participation-title = Your participation
participation-lead-participant = In consultations you vote and write under a pseudonym, a different one in each consultation, so the public record does not link your answers to you. Apply for your organization to join a chamber, and read what the organization publishes.
participation-lead-stakeholder = You take part for your organization. Its page lists its members.
participation-lead-observer = You are an accredited observer: you follow the proceedings without a vote.
participation-organizations = Your organizations
participation-organizations-none = You have not applied for an organization and belong to none.
participation-organizations-all = Browse the organizations
participation-account = Your account and security
account-action-read_personal_details = See people’s names and e-mail addresses
