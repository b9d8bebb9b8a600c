# The home page. English.

home-lead = The open platform of a multilateral organization for cooperation on artificial intelligence.
home-about = Member states, together with industry, research and civil society, deliberate here, look for consensus across regions, decide by published rules, and match what some members can share with what others need.
home-record = Every public act is an entry in a public record that anyone can check on their own computer.
home-members-link = Browse the member states
home-record-link = Read the public record
home-latest = Latest public acts
home-latest-none = No public acts have been recorded yet.
home-entry = Entry
home-results-heading = Results of consultations
home-results-intro = What the participants said, the opinion groups and the statements they agree on.
home-about-heading = About this organization
