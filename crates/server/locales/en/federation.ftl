# The federation: the banner of a mirror, the alert on evidence of a fork,
# the refusal of a change on a mirror, and the nodes page. English.

nodes-record-link = Nodes and witnesses of the record

# The banner under the header of a mirror, on every page. $hub is the
# hub's address; $count the number of entries (for the plural), $shown
# the same number written for the language.
mirror-tag = Mirror
mirror-banner = This site mirrors the record of { $hub }. It holds { $count ->
    [one] one entry
   *[other] { $shown } entries
}; it was last in step with the hub on { $time }.
mirror-banner-never = This site mirrors the record of { $hub }. It holds { $count ->
    [one] one entry
   *[other] { $shown } entries
}; it has not yet been in step with the hub.
mirror-nodes-link = About this mirror
mirror-warning = Warning
mirror-silent = The hub has not answered since { $time }: this site shows the record as it was then.
mirror-silent-never = The hub has not answered yet: this site may not show the latest entries of the record.

# The alert on every page of a node that kept evidence of a fork.
fork-alert-held = The hub showed a history of the record that contradicts the one this node held before.
fork-alert-peer = The hub showed a history of the record that contradicts the one another node holds.
fork-alert-stopped = This node stopped following the hub on { $time }.
fork-alert-found = This was found on { $time }.
fork-alert-link = See the evidence

# The page of a change sent to a mirror.
mirror-refused-title = This site is a read-only mirror
mirror-refused-body = It keeps a copy of the record of { $hub } and takes no changes.
mirror-refused-next = To sign in, vote, or send anything else, use the hub.
mirror-refused-hub = Go to the hub

# The nodes page.
nodes-title = Nodes and witnesses
nodes-lead = Several nodes keep copies of the public record, and witnesses cosign its checkpoints. Together they make sure no one can rewrite the record, or show different readers different records, without it being seen.
nodes-this = This node
nodes-role = Role
nodes-role-hub = Hub: it signs the record
nodes-role-mirror = Mirror: a read-only copy of the hub's record
nodes-hub = Hub
nodes-origin = Log origin
nodes-log-key = Log key
nodes-entries = Entries held
nodes-behind = Entries behind the hub
nodes-in-step = Last in step with the hub
nodes-following = Following the hub
nodes-following-yes = Yes
nodes-following-no = No: stopped
nodes-witness-key = Witness key of this node
nodes-never = Never
nodes-none-yet = None yet
nodes-no-error = None
nodes-witnesses = Witnesses
nodes-witnesses-lead = A witness checks that each new checkpoint extends the one it cosigned before, and cosigns it. Checkpoints count as witnessed when enough witnesses cosign them.
nodes-quorum = Checkpoints need the cosignatures of the group:
nodes-witnesses-none = This node asks no witnesses.
nodes-witnesses-caption = The witnesses and what each last cosigned
nodes-col-witness = Witness
nodes-col-cosigned-size = Last size cosigned
nodes-col-cosigned-at = Cosigned
nodes-col-error = Last error
nodes-witnessed = Records this node witnesses
nodes-witnessed-caption = The latest checkpoint this node cosigned for each record
nodes-col-log = Record (log origin)
nodes-peers = Peers
nodes-peers-none = This node compares its checkpoints with no other node.
nodes-peers-caption = The nodes this node compares checkpoints with
nodes-col-peer = Node
nodes-col-peer-size = Size it showed
nodes-col-checked-at = Last asked
nodes-evidence = Evidence
nodes-evidence-lead = Evidence is kept when the hub signs a checkpoint that cannot be true beside another: anyone can check each file with concord evidence check.
nodes-evidence-none = No evidence of a rewritten or split record has been found.
nodes-evidence-caption = The evidence this node keeps
nodes-col-number = Number
nodes-col-kind = What it shows
nodes-col-found = Found
nodes-col-detail = Details
nodes-col-file = File
nodes-evidence-file = Evidence file (JSON)
nodes-kind-rewrite = The record was rewritten
nodes-kind-shrank = The record shrank
nodes-kind-split-view = Different nodes were shown different records
nodes-kind-bad-signature = A checkpoint with a bad signature
nodes-kind-bad-tiles = Entries that do not match the signed checkpoint
