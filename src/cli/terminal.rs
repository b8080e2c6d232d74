//! What the commands print goes through here: names and labels come from case files, which can
//! hold anything, and a terminal obeys control characters (ESC sequences, BEL, right-to-left
//! overrides). Each is written as its escape (`\u{1b}`), so that a file can never drive the
//! consultant's terminal or disguise a line.

use std::borrow::Cow;
use std::io::{self, Write};

/// Whether `c` would act on a terminal rather than show: control characters (but the line
/// ends and tabs the commands write themselves) and the bidirectional overrides.
fn acts(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

/// `text` with every character that would act on a terminal written as its escape.
pub fn safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if acts(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// A writer that makes safe everything written through it.
pub struct Safe<W: Write>(pub W);

impl<W: Write> Write for Safe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        self.0.write_all(safe(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// The standard output, made safe.
pub fn stdout() -> Safe<io::StdoutLock<'static>> {
    Safe(io::stdout().lock())
}

/// Writes `message` on the standard error, made safe, with a line end.
pub fn error(message: &str) {
    let mut err = Safe(io::stderr().lock());
    // Nothing more can be done when the standard error itself fails.
    let _ = writeln!(err, "{message}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(
            safe("Club\u{1b}[31m rouge\u{7}"),
            "Club\\u{1b}[31m rouge\\u{7}"
        );
        assert_eq!(safe("a\u{0}b"), "a\\u{0}b");
        assert_eq!(safe("\u{202e}evil"), "\\u{202e}evil");
        assert_eq!(safe("Les Randonneurs\n\tÉté"), "Les Randonneurs\n\tÉté");
    }
}
