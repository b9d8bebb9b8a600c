# The page skeleton and the pieces every page shares. English.

site-skip = Skip to main content
site-languages = Language
site-menu = Main sections
site-breadcrumbs = You are here
site-home = Home
site-members = Member states
site-record = Public record

footer-record = Record verified up to entry { $entry }
footer-record-none = The record has no signed entries yet.
footer-api = JSON API (OpenAPI description)

# Put before the title of a page whose form has errors, and before each
# error message for screen readers.
error-prefix = Error:
error-summary-title = There is a problem
banner-important = Important

pagination-label = Pages of results
pagination-previous = Previous page
pagination-next = Next page
pagination-page = Page { $number }

yes = Yes
no = No
not-known = Not known

status-member = Member state
status-observer = Observer state

language-ar = Arabic
language-zh = Chinese
language-en = English
language-fr = French
language-ru = Russian
language-es = Spanish

group-AFRICAN = African States
group-ASIA_PACIFIC = Asia-Pacific States
group-EASTERN_EUROPEAN = Eastern European States
group-GRULAC = Latin American and Caribbean States
group-WEOG = Western European and other States

income-HIC = High income
income-UMC = Upper-middle income
income-LMC = Lower-middle income
income-LIC = Low income

site-organizations = Organizations
site-secretariat = Secretariat
site-delegation = Your delegation
site-account = Your account
site-sign-in = Sign in
site-sign-out = Sign out
banner-success = Success

# Notices shown once on the page a successful form leads to.
notice-signed-in = You are signed in.
notice-signed-out = You are signed out.
notice-two-factor-on = Two-factor sign-in is on. From now on, signing in asks for a code from your app.
notice-password-changed = Your password was changed. Your other sessions were ended.
notice-signed-out-everywhere = You are signed out everywhere: every session of your account has ended.
notice-password-changed-tokens-revoked = Your password was changed. Your other sessions were ended and your API tokens revoked.
notice-signed-up = Your account was created. Sign in to continue.
notice-invitation-accepted = Your account was created and your appointment recorded. Sign in to continue.
notice-invitation-revoked = The invitation was revoked. Its link no longer works.
notice-person-removed = The person was removed. The removal is recorded in the public record.
notice-token-revoked = The token was revoked. Programs using it can no longer sign in with it.
notice-applied = Your application was recorded. The secretariat will decide on it.
notice-decided = The decision was recorded in the public record.

# A moment on a page: its date and time (written for the language), in UTC.
time-utc = { $time } UTC

# The phase banner of a demonstration (serve --demo), on every page.
demo-tag = Demo
demo-banner = This is a demonstration. The delegations, organizations and people are invented; the consultations are public open data. Nothing here is official, and the data may be reset at any time.
