//! What the commands print goes through here: names and labels come from case files, which can
//! hold anything, and a terminal obeys control characters (ESC sequences, BEL, right-to-left
//! overrides). Each is written as its escape (`\u{1b}`), so that a file can never drive the
//! consultant's terminal or disguise a line. JSON is written as JSON: the same characters as
//! its own escapes (`\u001b`), so that it parses back to the same text. A reader that stops
//! early (`| head`) is not a failure: what the command did stays done.

use std::borrow::Cow;
use std::io::{self, Write};

/// Whether `c` would act on a terminal rather than show: control characters (but the line
/// ends and tabs the commands write themselves), the bidirectional overrides and marks, and
/// the Unicode line and paragraph separators.
fn acts(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{061c}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// `text` with every character that would act on a terminal written as its escape.
pub fn safe(text: &str) -> Cow<'_, str> {
    escaped(text, acts, |c| c.escape_unicode().to_string())
}

/// `text` with every character matching `bad` replaced by `escape(c)`.
fn escaped(text: &str, bad: fn(char) -> bool, escape: fn(char) -> String) -> Cow<'_, str> {
    if !text.chars().any(bad) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if bad(c) { escape(c) } else { c.to_string() })
            .collect(),
    )
}

/// A JSON text with every character that would act on a terminal written as a JSON escape:
/// such characters are only ever inside strings (the rest is ASCII punctuation), where
/// `\uXXXX` reads back as the same character. All of them are in the Basic Multilingual Plane.
fn json_safe(json: &str) -> Cow<'_, str> {
    escaped(json, acts, |c| format!("\\u{:04x}", u32::from(c)))
}

/// A writer that makes safe everything written through it, and takes a reader gone (a broken
/// pipe) as the end of what it wanted: the rest is dropped, the command goes on.
pub struct Safe<W: Write> {
    inner: W,
    reader_gone: bool,
}

impl<W: Write> Safe<W> {
    pub fn new(inner: W) -> Safe<W> {
        Safe {
            inner,
            reader_gone: false,
        }
    }

    /// `value` as pretty JSON and a line end, valid whatever its strings hold.
    pub fn json<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> io::Result<()> {
        let text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
        self.raw(json_safe(&text).as_bytes())?;
        self.raw(b"\n")
    }

    /// Writes `bytes` as they are, unless the reader is gone.
    fn raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.reader_gone {
            return Ok(());
        }
        match self.inner.write_all(bytes) {
            Err(err) if err.kind() == io::ErrorKind::BrokenPipe => {
                self.reader_gone = true;
                Ok(())
            }
            other => other,
        }
    }
}

impl<W: Write> Write for Safe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        self.raw(safe(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.inner.flush() {
            Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }
}

/// The standard output, made safe.
pub fn stdout() -> Safe<io::StdoutLock<'static>> {
    Safe::new(io::stdout().lock())
}

/// Writes `message` on the standard error, made safe, with a line end.
pub fn error(message: &str) {
    let mut err = Safe::new(io::stderr().lock());
    // Nothing more can be done when the standard error itself fails.
    let _ = writeln!(err, "{message}");
}

/// The message of a command's failure: each cause once, in French. A raw system error (in
/// English) is only ever the source of an error of the app that already says it in French
/// (« le disque est plein »), or, alone, an error writing the standard output.
pub fn failure(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        match cause.downcast_ref::<io::Error>() {
            Some(_) if !parts.is_empty() => break,
            Some(io) => parts.push(format!(
                "la sortie n'a pas pu être écrite : {}",
                crate::text::io_reason(io, crate::text::Lang::Fr)
            )),
            None => parts.push(cause.to_string()),
        }
    }
    parts.join(" : ")
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
        assert_eq!(safe("a\u{2028}b"), "a\\u{2028}b");
        assert_eq!(safe("Les Randonneurs\n\tÉté"), "Les Randonneurs\n\tÉté");
    }

    #[test]
    fn json_stays_json_and_reads_back_the_same() {
        let name = "Club\u{200f}\u{7f}\u{85}\u{9b}\u{1b}\u{2028}\n\t« »";
        let mut out = Safe::new(Vec::new());
        out.json(&serde_json::json!({ "name": name })).unwrap();
        let text = String::from_utf8(out.inner).unwrap();
        assert!(!text.chars().any(acts), "{text:?}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["name"], name);
    }

    #[test]
    fn a_reader_gone_ends_the_output_not_the_command() {
        struct Gone;
        impl Write for Gone {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
        }
        let mut out = Safe::new(Gone);
        assert!(writeln!(out, "ligne").is_ok());
        assert!(out.json(&1).is_ok());
        assert!(out.flush().is_ok());
    }

    #[test]
    fn a_system_error_is_said_once_in_french() {
        let full = io::Error::from(io::ErrorKind::StorageFull);
        let said = failure(&anyhow::Error::from(full));
        assert_eq!(
            said,
            "la sortie n'a pas pu être écrite : le disque est plein"
        );
    }
}
