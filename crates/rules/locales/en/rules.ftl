# Explanations of decision results (crate `rules`). English.
# Arguments: counts are numbers; $comparison is more-than or at-least;
# $of is present-and-voting, eligible or all-members; $abstentions is
# counted or not-counted; $threshold and $at-most are fractions such as 2/3.

outcome-adopted = Adopted.
outcome-rejected = Not adopted.
outcome-pending = Not decided yet.

verdict-pass = Met
verdict-fail = Not met
verdict-pending = Open
line = { $verdict }: { $text }

counts = Yes: { $yes }. No: { $no }. Abstentions: { $abstain }. Not voting: { $not-voting } of { $eligible } eligible members.

threshold-phrase = { $comparison ->
    [more-than] more than { $threshold }
   *[at-least] at least { $threshold }
}
base-phrase = { $of ->
    [present-and-voting] { $abstentions ->
        [counted] of the members present and voting, abstentions counted as votes
       *[not-counted] of the members present and voting (abstentions do not count as votes)
    }
    [eligible] of the members eligible to vote
   *[all-members] of all members
}

clause-majority = Majority: { threshold-phrase } { base-phrase }. Yes: { $yes } of { $total }; needed: { $needed }.
clause-majority-none = Majority: { threshold-phrase } { base-phrase }. No one was counted, so nothing is carried.

clause-quorum = Quorum: { threshold-phrase } of the members eligible to vote must take part. Taking part: { $taking-part } of { $eligible }; needed: { $needed }.
clause-quorum-none = Quorum: { threshold-phrase } of the members eligible to vote must take part. No member is eligible to vote.

clause-groups = Support across groups: in at least { $min } of { $counted } groups, { threshold-phrase } { base-phrase } must vote yes. Groups where this holds: { $passed }.
group-result = { $group }: yes { $yes } of { $total }; needed: { $needed }.
group-result-none = { $group }: no one was counted.

clause-no-single-group = No single group: at most { $at-most } of the yes votes may come from one group. Largest share: { $group }, { $group-yes } of { $yes } yes votes.
clause-no-single-group-none = No single group: at most { $at-most } of the yes votes may come from one group. There are no yes votes.

clause-weighted = Weighted majority, shares { base-phrase }:
weighted-members = members in favour: { $yes } of { $total }; needed: { threshold-phrase }.
weighted-weight = weight (population) in favour: { $weight-yes } of { $weight-total }; needed: { threshold-phrase }.

clause-all-of = All of the following must be met: { $passed } of { $total } met.
clause-any-of = One of the following must be met: { $passed } of { $total } met.

consensus-adopted = Consensus: the silence period of { $hours } { $hours ->
    [one] hour
   *[other] hours
} ended without a formal objection.
consensus-running = Consensus: silence period of { $hours } { $hours ->
    [one] hour
   *[other] hours
}, { $elapsed-hours } elapsed; no formal objection so far.
consensus-objected = Consensus: silence was broken by formal objections: { $objections } ({ $members }). { $fallback ->
    [vote] The fallback procedure decides:
    [awaiting] The vote under the fallback procedure is awaited.
   *[none] The procedure has no fallback, so the text is not adopted.
}
consensus-statements = Recorded, not blocking: explanations of position: { $explanations ->
    [0] none
   *[other] { $explanations } ({ $explained-by })
}; reservations: { $reservations ->
    [0] none
   *[other] { $reservations } ({ $reserved-by })
}.
consensus-late-objections = Objections made after the silence period ended, not counted: { $count } ({ $members }).

group-AFRICAN = African States
group-ASIA_PACIFIC = Asia-Pacific States
group-EASTERN_EUROPEAN = Eastern European States
group-GRULAC = Latin American and Caribbean States
group-WEOG = Western European and other States
