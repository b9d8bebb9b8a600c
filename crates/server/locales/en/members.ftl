# The member directory and the page of each member state. English.

members-title = Member states
members-lead = { $members } member states and { $observers } observer states.
members-search-form = Search the member states
members-search-label = Search by name or code
members-search-hint = In any of the six languages, for example Kenya, Кения, 肯尼亚 or KEN.
members-group-label = Regional group
members-income-label = Income group
members-any-group = All regional groups
members-any-income = All income groups
members-apply = Search
members-clear = Clear search and filters
members-count = { $count ->
    [0] No states found
    [one] 1 state found
   *[other] { $count } states found
}
members-caption = Member and observer states, page { $page } of { $pages }
members-col-name = Name
members-col-code = Code
members-col-group = Regional group
members-col-income = Income group
members-col-population = Population
members-none = No state matches your search. Check the spelling, or clear the filters.
members-no-group = None (observer state)
members-error-q = Enter at most { $max } characters to search
members-error-group = Choose a regional group from the list
members-error-income = Choose an income group from the list

member-names = Names in the six languages
member-details = Details
member-iso3 = ISO 3166 alpha-3 code
member-iso2 = ISO 3166 alpha-2 code
member-m49 = UN M49 code
member-group = Regional group
member-income = Income group (World Bank)
member-ldc = Least developed country
member-lldc = Landlocked developing country
member-sids = Small island developing state
member-population = Population
member-admitted = Admitted by
member-admitted-entry = Entry { $index } of the public record
member-delegation = Delegation
member-delegation-none = No delegation has been accredited for this state yet.
