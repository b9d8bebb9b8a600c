# The organization's documents and the secretariat's form publishing one. English.

documents-title = Documents
documents-lead = The documents the organization has published. The public record keeps the SHA-256 of each text, so anyone can check that a text is the one published.
documents-publish-link = Publish a document
documents-filter-form = Filter the documents
documents-kind-label = Kind
documents-any-kind = Any kind
documents-language-label = Language
documents-any-language = Any language
documents-error-kind = Choose a kind from the list: Markdown or plain text
documents-error-language = Choose a language from the list
documents-count = { $count ->
    [0] No documents found
    [one] 1 document found
   *[other] { $count } documents found
}
documents-none = No document matches. Try another kind or language.
documents-caption = Documents, newest first
documents-col-number = Number
documents-col-title = Title
documents-col-language = Language
documents-col-kind = Kind
documents-published = Published in
documents-entry = Entry { $index }
documents-taken-down-tag = Taken down
documents-kind-markdown = Markdown
documents-kind-text = Plain text
documents-kind-other = Other format
documents-media-type = Media type
documents-size = Size
documents-bytes = { $count ->
    [one] 1 byte
   *[other] { $count } bytes
}
documents-taken-down = Taken down in
documents-takedown-notice = The text of this document was taken down. Its SHA-256 stays in the public record. Reason given: { $reason }
documents-hash = SHA-256 of the text
documents-hash-hint = The public record holds this hash. Compute the SHA-256 of the text you have and compare.
documents-text = Text
documents-raw = Download the text as published
documents-form-heading = Publish a document
documents-form-lead = The document is published at once: its title and the SHA-256 of its text enter the public record, and its text is shown on its page.
documents-form-title = Title
documents-form-title-hint = In the document’s language, on one line, at most { $max } characters.
documents-form-language-choose = Choose the language
documents-form-kind-hint = Markdown texts are shown as written, without formatting.
documents-form-text = Text
documents-form-submit = Publish the document
documents-error-language-form = Choose the language the document is written in
documents-error-text = Enter the text of the document
documents-error-title = Enter the title of the document
documents-error-title-line = Write the title on one line, without control characters
notice-document-published = The document was published and recorded in the public record.
secretariat-documents-text = Publish a document of the organization in one of the six languages.
entry-document = Read the document
