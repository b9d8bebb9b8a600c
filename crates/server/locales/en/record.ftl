# The public record (the log browser), its entries and their proofs, and
# the sentence for each kind of event. English.

record-title = Public record
record-lead = Every public act of the organization is an entry in this record. Entries are only ever added, never changed or removed.
record-verify = The organization signs the record regularly. Anyone can check that an entry is in the signed record, and that the record was never rewritten.
record-checkpoint = Latest signed checkpoint
record-size = Entries covered
record-root = Root hash (SHA-256)
record-origin = Name of the log
record-key = Key that signs the log
record-note = The signed note
record-note-hint = The checkpoint exactly as signed. Programs can fetch it from
record-entries = Entries
record-caption = Entries, newest first, page { $page } of { $pages }
record-col-entry = Entry
record-col-time = Time (UTC)
record-col-event = What happened

entry-title = Entry { $index }
entry-time = Time (UTC)
entry-actor = Recorded by
entry-kind = Kind of event
entry-json = The entry as recorded
entry-json-hint = These are the exact bytes of the entry: canonical JSON (RFC 8785).
entry-leaf = Leaf hash
entry-leaf-hint = SHA-256 of a zero byte followed by the bytes of the entry.
entry-proof = Proof that the entry is in the record
entry-proof-lead = This inclusion proof shows that entry { $index } is in the record signed at { $size } entries, whose root hash is:
entry-proof-empty = The signed record holds only this entry, so its leaf hash is the root hash.
entry-proof-caption = Hashes of the proof, from the entry upwards
entry-proof-step = Step
entry-proof-hash = Hash (SHA-256)
entry-check-title = How to check it yourself
entry-check-leaf = Compute the leaf hash of the entry: SHA-256 of a zero byte followed by the entry’s bytes.
entry-check-path = Combine it with each hash of the proof in turn, as RFC 9162 (section 2.1.3.2) describes: each step is SHA-256 of a one byte followed by the left hash and the right hash.
entry-check-root = The result must equal the root hash of the signed checkpoint, and the checkpoint’s signature must verify with the organization’s published log key.
entry-check-command = Or check every entry of the record at once with the Concord command-line program:
entry-not-signed = This entry is not covered by a signed checkpoint yet, so it has no proof yet. Reload the page in a moment.
entry-nav = Other entries
entry-previous = Previous entry
entry-next = Next entry

event-organization-founded = The organization { $name } was founded.
event-member-admitted = { $status ->
    [observer] { $name } was admitted as an observer state.
   *[member] { $name } was admitted as a member state.
}
event-document-published = Document { $number }, “{ $title }”, was published in { $language }.
event-blob-redacted = The text of “{ $title }” was taken down. Reason given: { $reason }
event-secretariat-appointed = { $handle } joined the secretariat.
event-observer-accredited = { $handle } was accredited as an observer.
event-delegation-member-added = { $role ->
    [head] { $handle } was accredited as head of the delegation of { $member }.
    [delegate] { $handle } was named a delegate of { $member }.
   *[alternate] { $handle } was named an alternate of { $member }.
}
event-delegation-member-removed = { $handle } left the delegation of { $member }.
event-organization-applied = { $name } applied to take part in the { $chamber ->
    [industry] industry
    [research] research
    [civil_society] civil society
   *[intergovernmental] intergovernmental
} chamber.
event-organization-admitted = { $name } was admitted.
event-organization-declined = { $name } was declined. Reason given: { $reason }
event-organization-member-added = { $handle } joined { $name }.
event-organization-member-removed = { $handle } left { $name }.
event-unreadable = This entry could not be read.

event-consultation-created = Consultation { $id } was created: “{ $title }”.
event-consultation-opened = Consultation { $id } opened.
event-consultation-closed = Consultation { $id } closed.
event-consultation-reopened = Consultation { $id } was reopened.
event-consultation-statement-added = Statement { $statement } was added to consultation { $id }.
event-consultation-statement-moderated = Statement { $statement } of consultation { $id } was { $verdict ->
        [approve] approved
        [reject] rejected
       *[meta] marked as meta
    } by a moderator.
event-consultation-statement-translated = Statement { $statement } of consultation { $id } was translated into { $language }.
event-consultation-statement-flagged = Statement { $statement } of consultation { $id } was flagged for the moderators.
event-consultation-voted = A vote on statement { $statement } of consultation { $id }.
event-consultation-import-started = The import of consultation { $id } began, from { $source }.
event-consultation-statement-imported = Statement { $statement } of consultation { $id } was imported (comment { $comment } of the export).
event-consultation-vote-imported = An imported vote of participant { $participant } on statement { $statement } of consultation { $id }.
event-consultation-import-finished = The import of consultation { $id } finished; it is closed.

event-decision-types-published = Version { $version } of the decision types was published ({ $count } types).
event-decision-key-registered = { $custodied ->
        [yes] A signing key kept by the server (custodied)
       *[no] A signing key
    } was registered for { $signatory }.
event-decision-key-revoked = A signing key of { $signatory } was revoked.
event-decision-ballot-opened = Ballot { $id } was opened: “{ $title }”.
event-decision-alternate-designated = { $handle } was designated to vote for { $member } on ballot { $id }.
event-decision-proxy-given = { $from } gave its proxy on ballot { $id } to { $to }.
event-decision-proxy-revoked = { $from } took back its proxy on ballot { $id }.
event-decision-voted = { $member } voted { $choice ->
        [yes] yes
        [no] no
       *[abstain] to abstain
    } on ballot { $id }{ $how ->
        [recorded] , recorded by the secretariat
        [proxy] , through { $holder }, its proxy
       *[own] {""}
    }.
event-decision-ballot-closed = Ballot { $id } closed: { $outcome ->
        [adopted] adopted
        [rejected] rejected
       *[pending] pending
    }.
event-divide-methodology-published = Version { $version } of the AI divide index methodology was published.
event-divide-series-recorded = { $count } values of { $indicator } were recorded for { $member }.
event-divide-value-submitted = { $member } submitted a value of { $indicator } for { $year } (submission { $id }).
event-divide-submission-accepted = Submission { $id } was accepted.
event-divide-submission-rejected = Submission { $id } was rejected: { $reason }
