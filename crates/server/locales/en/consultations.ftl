# Consultations: the list, a consultation's page with the take-part block,
# and the form creating one. English.

consultations-title = Consultations
consultations-lead = Members, stakeholders and the public answer a question by voting on short statements and writing their own. The consensus engine then shows where they agree across blocs.
consultations-new-link = Start a consultation
consultations-filter-form = Filter the consultations
consultations-filter-status = Status
consultations-any-status = Any status
consultations-filter-audience = Who takes part
consultations-any-audience = Anyone
consultations-filter-language = Language
consultations-filter-language-hint = Written or translated in
consultations-any-language = Any language
consultations-error-status = Choose a status from the list
consultations-error-audience = Choose who takes part from the list
consultations-error-language = Choose a language from the list
consultations-count = { $count ->
    [0] No consultations found
    [one] 1 consultation found
   *[other] { $count } consultations found
}
consultations-none = No consultation matches. Try other filters.
consultations-counts = { $statements ->
    [one] 1 statement
   *[other] { $statements } statements
} · { $participants ->
    [one] 1 participant
   *[other] { $participants } participants
} · { $votes ->
    [one] 1 vote
   *[other] { $votes } votes
}
consultations-opens = opens { $time }
consultations-closes = closes { $time }
consultations-open-heading = Open consultations
consultations-open-none = No consultation is open at the moment.
consultations-all-link = All consultations

consultations-status-draft = Draft
consultations-status-open = Open
consultations-status-closed = Closed
consultations-audience-everyone = Everyone signed in
consultations-audience-members = Member state delegations
consultations-audience-members-and-stakeholders = Delegations and stakeholder organizations
consultations-who-everyone = Everyone signed in may take part: member state delegations, members of stakeholder organizations and members of the public.
consultations-who-members = Only member state delegations take part: heads of delegation, delegates and alternates.
consultations-who-members-and-stakeholders = Member state delegations and members of admitted stakeholder organizations take part.
consultations-moderation-after = Statements are shown at once and moderated afterwards
consultations-moderation-before = Statements are held until a moderator approves them
consultations-results-everyone = Everyone sees the results while it is open
consultations-results-participants = Only those who have voted see the results while it is open
consultations-choice-agree = Agree
consultations-choice-disagree = Disagree
consultations-choice-pass = Pass or unsure

consultations-draft = This consultation is a draft: only those who manage it can see it. Nobody can take part until it opens.
consultations-closed = This consultation is closed: it takes no more votes or statements.
consultations-outside = You cannot take part in this consultation.
consultations-sign-in = Sign in to take part
consultations-sign-up-lead = No account yet?
consultations-sign-up = Sign up as a member of the public
consultations-take-part = Take part
consultations-statement-number = Statement { $number }
consultations-your-vote = You voted: { $choice }. Choose again to change your vote.
consultations-left = { $count ->
    [0] No statements left to vote on
    [one] 1 statement left to vote on
   *[other] { $count } statements left to vote on
}
consultations-all-voted = You have voted on every statement. New statements will appear here when others write them.
consultations-flag = Flag this statement for the moderators
consultations-write-heading = Write a statement
consultations-write-label = Your statement
consultations-write-hint-after = One or two sentences, at most { $max } characters, for the others to vote on. It is shown at once.
consultations-write-hint-before = One or two sentences, at most { $max } characters, for the others to vote on. A moderator approves it before it is shown.
consultations-write-language = Language of your statement
consultations-write-submit = Add your statement
consultations-your-votes = Your votes
consultations-voted-all = { $count ->
    [one] You have voted on 1 statement:
   *[other] You have voted on { $count } statements:
}
consultations-voted-some = You have voted on { $count } statements. The { $shown } newest:
consultations-change-vote = Change your vote
consultations-how = How to take part
consultations-how-vote = Statements are shown one at a time. For each, choose Agree, Disagree or Pass. You may change a vote later: the last one counts.
consultations-how-write-after = You may also write statements of your own for the others to vote on. They are shown at once; moderators may take one out later, with a public reason.
consultations-how-write-before = You may also write statements of your own for the others to vote on. A moderator approves each before it is shown.
consultations-how-record = Votes and statements are recorded in the public record. Delegates and members of organizations take part under their public handle; members of the public under a pseudonym used for this consultation only.
consultations-progress = Progress
consultations-results-link = See the results
consultations-details = Details
consultations-col-status = Status
consultations-col-audience = Who takes part
consultations-col-language = Authentic language
consultations-col-moderation = Moderation
consultations-col-write = Participants write statements
consultations-col-results = Results
consultations-col-convened = Convened by
consultations-col-opens = Opens
consultations-col-closes = Closes
consultations-col-created = Created in
consultations-entry = Entry { $index }
consultations-by-secretariat = The secretariat
consultations-by-delegation = The delegation of { $member }
consultations-manage = Manage the consultation
consultations-open-button = Open the consultation
consultations-close-button = Close the consultation
consultations-reopen-button = Reopen the consultation
consultations-reopen-closes = New closing time (optional)
consultations-time-hint = In UTC, for example 2027-01-15 09:00.
consultations-moderation-link = Moderate the statements
consultations-error-choice = Choose Agree, Disagree or Pass
consultations-error-statement = That statement no longer takes votes. Here is another one.
consultations-error-text-empty = Enter your statement
consultations-error-text-line = Write your statement as one paragraph, without line breaks
consultations-error-statement-language = Choose the language of your statement
consultations-error-duplicate = This statement is already in the consultation (statement { $number }). Vote on it, or write another.
consultations-error-time = Enter a date and time, for example 2027-01-15 09:00

consultations-new-heading = Start a consultation
consultations-new-lead = The consultation is created as a draft: only you and the other people who manage it see it until it opens.
consultations-new-language = Authentic language
consultations-new-language-hint = The language the title, the question and the seed statements are written in.
consultations-new-title = Title
consultations-new-title-hint = In the authentic language, on one line, at most { $max } characters.
consultations-new-question = Question
consultations-new-question-hint = The question put to participants, in one paragraph of at most { $max } characters.
consultations-new-translations = Translations (optional)
consultations-new-translations-hint = Give the title and the question in other languages. Leave the authentic language empty: its texts are those above.
consultations-new-translation = Translation into { $language }
consultations-new-title-in = Title in { $language }
consultations-new-question-in = Question in { $language }
consultations-new-settings = Settings
consultations-new-audience = Who takes part
consultations-new-moderation = Moderation
consultations-new-write = Participants may write statements
consultations-new-results = Results while it is open
consultations-new-results-hint = Once it closes, everyone sees the results.
consultations-new-opens = Opening time (optional)
consultations-new-closes = Closing time (optional)
consultations-new-seeds = Seed statements (optional)
consultations-new-seeds-hint = One statement a line, in the authentic language: at most { $count } statements of at most { $max } characters each.
consultations-new-open-now = Open it as soon as it is created
consultations-new-submit = Create the consultation
consultations-new-cancel = Cancel
consultations-error-required = Enter it in the authentic language
consultations-error-one-paragraph = Write it as one paragraph, without line breaks
consultations-error-seeds-count = Give at most { $max } seed statements
consultations-error-seed-long = Seed statement { $number } is longer than { $max } characters
consultations-error-seed-control = Remove the tabs and control characters from seed statement { $number }
consultations-error-seed-twice = Seed statement { $number } repeats an earlier one
consultations-error-language-choose = Choose the authentic language
consultations-error-audience-choose = Choose who takes part
consultations-error-moderation-choose = Choose how statements are moderated
consultations-error-results-choose = Choose who sees the results while it is open
consultations-error-open-now = Leave the opening time empty to open it now, or untick “Open it as soon as it is created”
consultations-error-authentic-twice = This is the authentic language: its text is the one given above. Leave this empty.
consultations-error-closes-before = The closing time must come after the opening time
consultations-error-texts = Check the title, the question and the seed statements

secretariat-consultations-text = Put a question to members, stakeholders and the public, in the six languages.

notice-consultation-created = The consultation was created as a draft and recorded in the public record. Open it when it is ready.
notice-consultation-opened = The consultation is open. Those it is for can take part now.
notice-consultation-closed = The consultation is closed. Its results are shown to everyone.
notice-consultation-reopened = The consultation is open again.
notice-vote-recorded = Your vote was recorded. Here is the next statement.
notice-statement-added = Your statement was added. Others can vote on it now.
notice-statement-held = Your statement was recorded. A moderator will approve it before others see it.
notice-statement-flagged = The statement was flagged for the moderators. Thank you.
