# The AI divide index (web/divide). English.

divide-title = AI divide index
divide-nav = Divide index
divide-lead = Where each member state stands on artificial intelligence: a score from open data, computed by a published methodology, with how sure each rank is. Anyone can recompute it from the public record.
divide-home-link = The AI divide index: where each member state stands
divide-secretariat-text = Accept or reject the newer national values the delegations submit, with a reason.
divide-delegation-link = Your state in the AI divide index: submit a newer national value
divide-member-link = This state in the AI divide index
divide-computing = The index is being computed from the public record. Checked at { $time }.
divide-computing-later = Reload this page in a minute to see it.
divide-methodology-link = How the index is computed
divide-submissions-link = National submissions and their review
divide-api = The index for programs:
divide-facts = Methodology version { $version }, reference year { $year }. Computed from the first { $entries } entries of the public record; rank intervals from { $draws } weight draws with seed { $seed }.
divide-percent = { $value }%
divide-years = { $years ->
    [one] 1 year
   *[other] { $years } years
}

divide-filter-form = Filter the index
divide-region-label = Regional group
divide-income-label = Income group
divide-any-region = All regional groups
divide-any-income = All income groups
divide-sort-label = Order
divide-sort-rank = By rank, best first
divide-sort-coverage = By coverage, highest first
divide-sort-uncertainty = By uncertainty, widest rank interval first
divide-apply = Show
divide-clear = Clear the filters
divide-error-region = Choose a regional group from the list
divide-error-income = Choose an income group from the list
divide-error-sort = Choose an order from the list
divide-count = { $count ->
    [0] No member state
    [one] 1 member state
   *[other] { $count } member states
}
divide-table-caption = Member states in the index, page { $page } of { $pages }
divide-col-rank = Rank
divide-col-member = Member state
divide-col-state = State
divide-col-score = Score (0–100)
divide-col-interval = Rank interval
divide-col-coverage = Coverage
divide-col-filled = Filled values
divide-interval = { $low }–{ $high }
divide-none = No member state matches these filters.
divide-observers-heading = Observer states
divide-observers-lead = Observer states are scored for information; they are not ranked.

divide-profile-title = { $member } in the AI divide index
divide-not-scored = The index does not score this state yet. It will once the index is computed again.
divide-row-score = Score
divide-score-of = { $score } of 100
divide-row-rank = Rank
divide-rank-of = { $rank } of { $members } member states
divide-row-interval = Rank interval
divide-interval-text = { $interval }: the rank in at least 90% of { $draws } draws of the pillars' weights
divide-row-coverage = Coverage
divide-coverage-text = { $percent }: { $observed } of { $indicators } indicators observed in { $year }
divide-row-group = Compared with
divide-peers = { $region }, { $income }
divide-no-group = None
divide-observer-note = An observer state: scored for information, not ranked. Among the member states it would rank { $rank }.
divide-member-page = All about this state

divide-pillars-heading = Pillars
divide-pillars-lead = Each pillar's score against the median of the member states of the same regional and income group, and against the frontier: the highest score of any member state.
divide-pillars-chart = Pillar scores of { $member }, with its group's median and the frontier
divide-pillars-caption = Pillar scores
divide-pillar-label = { $pillar }: { $score }
divide-legend-score = Bar: the score of { $member }.
divide-legend-median = Thin line: the group's median.
divide-legend-frontier = Thick line: the frontier.
divide-col-pillar = Pillar
divide-col-median = Group median
divide-col-frontier = Frontier

divide-values-heading = Values used
divide-values-lead = Each value the score is made of. A value not observed in { $year } was filled, and the table says how.
divide-col-indicator = Indicator
divide-col-value = Value
divide-col-year = Year
divide-col-scaled = Indicator score (0–100)
divide-col-weight = Weight
divide-col-how = How it was found
divide-observed = Observed
divide-fill-latest = Filled: its own latest value
divide-fill-group-median = Filled: median of its regional and income group
divide-fill-region-median = Filled: median of its regional group
divide-fill-income-median = Filled: median of its income group
divide-fill-overall-median = Filled: median of all states

divide-trends-heading = Over the years
divide-trends-lead = The values of { $member } in force for each indicator of the index, by year.
divide-trend-title = { $indicator }, { $first } to { $last }: from { $from } to { $to }
divide-trend-one = { $indicator }, { $year }: { $value }
divide-trend-none = No value recorded.
divide-show-data = Show the data

divide-pending-heading = Submissions awaiting review
divide-pending-none = No submission of this state awaits review.
divide-col-source = Source
divide-col-submitted = Submitted

divide-form-heading = Submit a newer national value
divide-form-lead = The secretariat reviews each value before it counts in the index. Give its source, so that anyone can check it.
divide-form-indicator = Indicator
divide-form-indicator-choose = Choose an indicator
divide-form-year = Year
divide-form-year-hint = The year the value describes, for example 2023.
divide-form-value = Value
divide-form-value-hint = In the indicator's unit, with a point before decimals, for example 23.5.
divide-form-source = Source
divide-form-source-hint = Where the value comes from: the statistics office's release, with its address if it has one.
divide-form-submit = Submit for review
divide-error-indicator = Choose an indicator from the list
divide-error-year = Enter the year as four digits, for example 2023
divide-error-year-future = The year cannot be in the future
divide-error-year-early = Enter a year from 1960 on
divide-error-value = Enter the value as a number, for example 23.5
divide-error-value-range = Enter a value from { $min } to { $max }
divide-error-value-min = Enter a value of at least { $min }
divide-error-source = Enter where the value comes from
divide-error-line = Write it on one line
divide-error-pending = A value of this indicator for this year already awaits review (submission { $id })
notice-divide-submitted = The value was submitted. The secretariat reviews it before it counts.
notice-divide-accepted = The value was accepted. The index is computed again within a few seconds.
notice-divide-rejected = The value was rejected, with the reason given.

divide-submissions-title = National submissions
divide-submissions-lead = Delegations submit newer national values with their source; the secretariat accepts or rejects each one, with a reason. All of it is in the public record.
divide-queue-heading = Awaiting review
divide-queue-count = { $count ->
    [0] No submission awaits review.
    [one] 1 submission awaits review.
   *[other] { $count } submissions await review.
}
divide-queue-item = { $member }: { $indicator }, { $year }
divide-queue-value = Value submitted: { $value }. Value in force: { $previous }.
divide-queue-value-new = Value submitted: { $value }. No value is in force for this year.
divide-queue-source = Source:
divide-queue-by = Submission { $id }, by { $handle }, { $time }
divide-accept = Accept
divide-reject = Reject
divide-reason = Reason for rejecting
divide-reason-hint = Public: the delegation and everyone else can read it.
divide-error-reason = Enter the reason for rejecting the value
divide-error-reason-long = Shorten the reason
divide-error-reviewed = Submission { $id } was already reviewed
divide-reviewed-heading = Reviewed lately
divide-reviewed-none = No submission has been reviewed yet.
divide-col-number = Number
divide-col-decision = Decision
divide-col-reason = Reason
divide-status-pending = Awaiting review
divide-status-accepted = Accepted
divide-status-rejected = Rejected

divide-methodology-title = How the AI divide index is computed
divide-m-lead = The index is computed from open data by a methodology that is itself data: a published file, versioned, that anyone can read and use to compute the same index from the public record.
divide-m-version = Version { $version }:
divide-m-in-english = its name and reasons are given in English
divide-m-toml-link = The methodology file
divide-m-measures-heading = What the index measures
divide-m-measures = The index measures how ready each state is to use and build artificial intelligence: whether people are online, whether there is electricity to run computers, whether people are educated, whether there is research, and what the economy can invest. It shows where the divide between states lies, so that what members share can go where it is needed.
divide-m-scale-heading = A score from 0 to 100
divide-m-scale = Each indicator is turned into a score from 0 to 100; the indicators make { $pillars } pillars, and the pillars one score from 0 to 100. A higher score means a state stands closer to the frontier. Rank 1 is the highest score among the member states.
divide-m-goalposts = Each indicator has two goalposts: the value that scores 0 and the value that scores 100. A value below the lower goalpost scores 0, one above the upper goalpost 100, and one in between scores in proportion.
divide-m-log = Some indicators are very skewed, such as electricity use or research spending, which range over several orders of magnitude. For these, the natural logarithm of the value and of the goalposts is taken first, as the Human Development Index does for income, so that differences among the states with low values stay visible.
divide-m-aggregation-heading = From indicators to one score
divide-m-within-arithmetic = Within a pillar, the indicators' scores are averaged with their weights (a weighted arithmetic mean), because they can partly stand in for each other.
divide-m-within-geometric = Within a pillar, the indicators' scores are combined by a weighted geometric mean.
divide-m-across-geometric = Across pillars, the score is the weighted geometric mean of the pillar scores, as for the Human Development Index: a shortfall in one pillar is only partly made up by strength in another.
divide-m-across-arithmetic = Across pillars, the score is the weighted arithmetic mean of the pillar scores.
divide-m-floor = In a geometric mean, a score below { $floor } counts as { $floor }, so that one pillar at zero lowers the score a lot without erasing the others.
divide-m-missing-heading = Missing values
divide-m-missing = A value of the reference year, { $year }, is observed. When a state has none, its own latest value of the previous { $window } is used. Otherwise the median of the states of the same regional and income group is used; failing that, of the same regional group, then of the same income group, then of all states. Every filled value is flagged, with how it was filled, on the state's page.
divide-m-coverage = Coverage is the share of the index's indicators observed for a state in the reference year. A low coverage means its score rests more on filled values.
divide-m-interval-heading = How sure a rank is
divide-m-interval = The weights of the pillars are a choice. To show how much a rank depends on it, the pillars' weights are drawn { $draws } times at random around the published weights (from a Dirichlet distribution of concentration { $concentration }, with the fixed seed { $seed }), and each state is ranked each time. The rank interval runs from the 5th to the 95th percentile of its ranks: at least 90% of the draws rank the state inside it. A wide interval means the rank depends on the weights.
divide-m-recompute = The same data, methodology and seed always give the same index. To compute it yourself from this server's public record:
divide-m-sources-heading = Data sources
divide-m-sources = The values shipped with the platform come from the World Bank's World Development Indicators, the International Telecommunication Union, UNDP and the UNESCO Institute for Statistics, through Gapminder and the World Bank. Delegations may submit newer national values with their source; each counts once the secretariat accepts it. The shipped data is credited as follows:
divide-m-pillars-heading = Pillars and indicators
divide-m-pillars-lead = The pillars of the methodology in force, each with its indicators, their weights within the pillar, and the reason for each choice.
divide-m-pillar-caption = { $pillar }: weight { $weight }
divide-col-direction = Direction
divide-col-transform = Transformation
divide-col-goalposts = Goalposts
divide-col-window = Own value used for
divide-col-rationale = Why
divide-direction-higher = Higher is better
divide-direction-lower = Lower is better
divide-transform-none = None
divide-transform-log = Logarithm
divide-goalposts = { $min } to { $max }

divide-ind-eg-elc-accs-zs = Access to electricity (% of population)
divide-ind-eg-use-elec-kh-pc = Electric power consumption (kWh per person)
divide-ind-gb-xpd-rsdv-gd-zs = Research and development expenditure (% of GDP)
divide-ind-hdi = Human Development Index (0–1)
divide-ind-it-cel-sets-p2 = Mobile cellular subscriptions per 100 people
divide-ind-it-net-bbnd-p2 = Fixed broadband subscriptions per 100 people
divide-ind-it-net-user-zs = Individuals using the Internet (% of population)
divide-ind-ny-gdp-pcap-cd = GDP per person (current US$)
divide-ind-ny-gdp-pcap-kd = GDP per person (constant US$)
divide-ind-ny-gdp-pcap-pp-kd = GDP per person, purchasing power parity (constant international $)
divide-ind-ny-gnp-pcap-cd = GNI per person, Atlas method (current US$)
divide-ind-patent-apps-total = Patent applications, residents and non-residents
divide-ind-se-adt-litr-zs = Adult literacy rate (% of people aged 15 and over)
divide-ind-se-ter-enrr = Gross enrolment ratio in tertiary education (%)
divide-ind-sp-pop-scie-rd-p6 = Researchers in research and development (per million people)
divide-ind-sp-pop-totl = Population, total
divide-ind-tx-val-tech-mf-zs = High-technology exports (% of manufactured exports)
