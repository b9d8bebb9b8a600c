# The results of a consultation and the moderators' queue. English.

results-consultations = Consultations
results-heading = Results
results-page-title = Results: { $title }
results-statement-gone = The text of this statement was taken down.
results-hidden-participants = While this consultation is open, its results are shown only to those who have voted in it. Once it closes, they are shown to everyone.
results-hidden-take-part = Go to the consultation to take part
results-computing = The results are being computed from the public record. Checked at { $time }.
results-computing-later = Reload this page in a minute to see them.
results-covers = This analysis covers the public record up to entry { $entry }. It was computed by { $engine } at { $time }; anyone can recompute it from the record.
results-participants = Participants who voted
results-statements = Statements
results-votes = Votes
results-clustered = Participants placed in opinion groups
results-map-heading = Opinion map
results-map-lead = Each circle is a cluster of participants who voted alike: the closer two circles, the more alike their votes. A circle’s area is proportional to its participants; each opinion group is outlined and numbered.
results-map-title = Opinion map of the participants
results-map-description = { $count ->
    [one] One cluster of participants placed by how they voted. The table beside the map gives the same numbers.
   *[other] { $count } clusters of participants placed by how they voted, outlined by opinion group. The table beside the map gives the same numbers.
}
results-map-caption = The clusters of the map
results-map-none = No one has been placed on the map yet.
results-col-cluster = Cluster
results-col-group = Group
results-col-participants = Participants
results-col-x = First axis
results-col-y = Second axis
results-col-statement = Statement
results-no-group = None
results-groups-heading = Opinion groups
results-groups-lead = Participants who vote alike form a group. Each group is shown with the statements that set it apart most from the others.
results-groups-none = There are no opinion groups yet: too few people have voted on enough statements.
results-group = Group { $number }
results-group-size = { $count ->
    [one] One participant
   *[other] { $shown } participants
}
results-representative-none = No statement sets this group apart yet.
results-rep-agree = { $percent }% of { $count } in this group who voted on it agreed
results-rep-disagree = { $percent }% of { $count } in this group who voted on it disagreed
results-consensus-heading = Where participants agree
results-consensus-lead = Statements that most participants agree or disagree with, whichever group they are in.
results-agree-heading = Most agree
results-disagree-heading = Most disagree
results-informed-heading = Group-informed consensus
results-informed-hint = Statements every opinion group is likely to agree with. The score multiplies each group’s chance of agreeing: 1 would mean certain agreement in every group.
results-informed-score = Score { $score }
results-bridging-heading = Bridging statements
results-bridging-hint = Statements agreed with by people who usually disagree with each other.
results-bridging-score = Bridging score { $score }
results-none = None yet.
results-constituencies-heading = Agreement by constituency
results-constituencies-lead = How the voters of each regional group, each chamber of stakeholder organizations and the public voted on each statement. Each voter’s last vote counts.
results-cross-bloc-heading = Cross-bloc consensus
results-cross-bloc-hint = Statements that a majority of the voters of every regional group agrees with.
results-cross-bloc-more = { $count ->
    [one] And one more statement.
   *[other] And { $count } more statements.
}
results-table-hint = Each cell gives the share of the constituency’s voters on the statement who agree, then the agree votes out of all its votes (agree, disagree or pass). The statements most voted on come first.
results-table-caption = Agreement on each statement by constituency, page { $page } of { $pages }
results-table-none = No statement has votes yet.
results-public = The public
results-column = { $name } ({ $count ->
    [one] one voter
   *[other] { $shown } voters
})
results-cell = { $percent }% ({ $agree }/{ $votes })
results-no-votes = no votes

moderation-heading = Moderation
moderation-page-title = Moderation: { $title }
moderation-lead = Decide on the statements waiting for approval and those participants flagged. Each decision is recorded in the public record; a rejection shows its reason to everyone.
moderation-results-link = See the results of this consultation
moderation-waiting-heading = Waiting for a decision
moderation-count = { $count ->
    [0] No statement is waiting for a decision.
    [one] One statement is waiting for a decision.
   *[other] { $shown } statements are waiting for a decision, oldest first.
}
moderation-statement = Statement { $number }
moderation-author = Written for
moderation-author-member = The delegation of { $member }
moderation-author-organization = { $organization } ({ $chamber })
moderation-author-public = A member of the public
moderation-author-secretariat = The secretariat
moderation-language = Language
moderation-status = Status
moderation-status-pending = Waiting for approval
moderation-status-approved = Approved
moderation-status-meta = About the conversation
moderation-status-rejected = Rejected
moderation-flagged = Flagged by participants
moderation-flags = { $count ->
    [one] Once since the last decision
   *[other] { $shown } times since the last decision
}
moderation-decision = Your decision on statement { $number }
moderation-approve = Approve: participants see it and vote on it
moderation-reject = Reject: take it out of the consultation
moderation-meta = About the conversation: voted on, but left out of the opinion groups
moderation-reason = Reason
moderation-reason-hint = Needed to reject. Everyone can read it in the public record.
moderation-submit = Record the decision
moderation-error-verdict = Choose whether to approve the statement, reject it or mark it as about the conversation
moderation-error-reason = Enter the reason for rejecting the statement
moderation-error-reason-long = The reason is too long: shorten it
moderation-no-reason = No reason given
moderation-translations-heading = Translations
moderation-translations-lead = Add a translation of a statement, so participants can read it in their language. A new translation into a language replaces the earlier one.
moderation-translations-page = Statements, page { $page } of { $pages }
moderation-translated = Translated into: { $languages }
moderation-translation-language = Language of the translation
moderation-language-choose = Choose a language
moderation-translation-text = Translation
moderation-translation-submit = Add the translation
moderation-error-language = Choose the language of the translation
moderation-error-language-own = Choose a language other than the one the statement is written in
moderation-error-text = Enter the translation
moderation-rejected-heading = Rejected recently
moderation-rejected-none = No statement has been rejected.
moderation-rejected-caption = The statements rejected last, with their reasons
moderation-col-reason = Reason given
notice-statement-moderated = The decision was recorded in the public record.
notice-statement-translated = The translation was added and recorded in the public record.
results-imported = Imported from { $source }. Data was gathered using the Polis software (compdemocracy.org/polis) and is sub-licensed under CC BY 4.0 with attribution to The Computational Democracy Project.
