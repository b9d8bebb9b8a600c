//! What the `csv` crate does not do for Concord's CSV readers (the member
//! list, the files of `concord rules replay`; issue 13):
//!
//! - refuse a quoted field that is never closed: the crate reads such a
//!   field to the end of the file, silently swallowing every row after it
//!   (BurntSushi/rust-csv#252); [`unterminated_quote`] finds the line of the
//!   opening quote;
//! - number lines right in files with CRLF line ends: the crate's line of a
//!   record that follows a CRLF is one short (it has not yet read the LF);
//!   [`Lines`] counts them from the record's byte offset.

/// Where a scan of the text stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum At {
    /// The start of a field.
    FieldStart,
    /// Inside a field that did not start with a quote.
    Unquoted,
    /// Inside a quoted field.
    Quoted,
    /// Just after a quote inside a quoted field: it closes the field unless
    /// another quote follows (`""` is an escaped quote).
    QuoteInQuoted,
}

/// The 1-based line of the quote that opens a field never closed, if the
/// text has one; `None` if every quoted field is closed. Quotes inside an
/// unquoted field are plain characters, as the `csv` crate reads them.
pub fn unterminated_quote(text: &str) -> Option<u64> {
    let mut at = At::FieldStart;
    let (mut line, mut opened) = (1u64, 0u64);
    for byte in text.bytes() {
        at = match (at, byte) {
            (At::Quoted, b'"') => At::QuoteInQuoted,
            (At::Quoted, _) => At::Quoted,
            (At::QuoteInQuoted, b'"') => At::Quoted,
            (At::FieldStart, b'"') => {
                opened = line;
                At::Quoted
            }
            (_, b',' | b'\n' | b'\r') => At::FieldStart,
            (_, _) => At::Unquoted,
        };
        if byte == b'\n' {
            line += 1;
        }
    }
    (at == At::Quoted).then_some(opened)
}

/// The line numbers of byte offsets in a text, counted forward: asking
/// for offsets in increasing order (as records are read) costs one pass.
#[derive(Debug, Clone)]
pub struct Lines<'a> {
    text: &'a [u8],
    /// The offset counted up to, and the 1-based line it is on.
    byte: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    /// Counts lines of `text`.
    pub fn new(text: &'a [u8]) -> Lines<'a> {
        Lines { text, byte: 0, line: 1 }
    }

    /// The 1-based line of the record that starts at `byte` (the `csv`
    /// crate's `Position::byte`), where a record reported at the LF of a
    /// CRLF starts on the next line.
    pub fn line_of_record(&mut self, byte: u64) -> u64 {
        let mut at = usize::try_from(byte).unwrap_or(usize::MAX).min(self.text.len());
        if self.text.get(at) == Some(&b'\n') {
            at += 1;
        }
        if at < self.byte {
            (self.byte, self.line) = (0, 1);
        }
        self.line += self.text[self.byte..at].iter().filter(|&&b| b == b'\n').count() as u64;
        self.byte = at;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::{Lines, unterminated_quote};

    #[test]
    fn numbers_the_lines_of_records_after_lf_and_crlf() {
        for text in ["a,b\n1,2\n3,4\n", "a,b\r\n1,2\r\n3,4\r\n"] {
            let mut reader = csv::Reader::from_reader(text.as_bytes());
            let mut lines = Lines::new(text.as_bytes());
            let found: Vec<u64> =
                reader.records().map(|r| lines.line_of_record(r.unwrap().position().unwrap().byte())).collect();
            assert_eq!(found, [2, 3], "{text:?}");
        }
    }

    #[test]
    fn finds_the_line_of_a_quote_never_closed() {
        assert_eq!(unterminated_quote("a,b\n1,\"x\n2,y\n"), Some(2));
        assert_eq!(unterminated_quote("a,b\n1,\"x\"\"\n"), Some(2), "an escaped quote does not close");
        assert_eq!(unterminated_quote("a\n\"one\ntwo\nthree"), Some(2));
    }

    #[test]
    fn accepts_closed_escaped_and_plain_quotes() {
        assert_eq!(unterminated_quote(""), None);
        assert_eq!(unterminated_quote("a,b\n1,\"x, y\"\n2,\"say \"\"hi\"\"\"\r\n"), None);
        assert_eq!(unterminated_quote("a,b\n1,\"two\nlines\"\n"), None);
        assert_eq!(unterminated_quote("a,b\n1,5\" screen\n"), None, "a quote inside an unquoted field is text");
        assert_eq!(unterminated_quote("a,b\n1,\"\"\n"), None, "an empty quoted field");
    }
}
