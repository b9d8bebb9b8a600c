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
