//! Reading a case file: size limit, UTF-8, RON syntax, format version and migration, checks.

use std::fs;
use std::io::Read;
use std::path::Path;

use serde::Deserialize;

use super::error::LoadError;
use super::migrate;
use crate::model::limits::{MAX_DEPTH, MAX_FILE_BYTES};
use crate::model::{Case, FORMAT_VERSION};

/// Reads, migrates and checks the case file at `path`.
pub fn load(path: &Path) -> Result<Case, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    // `metadata` never blocks, unlike opening a FIFO; a pipe or a device is not a case.
    let meta = fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(LoadError::NotAFile {
            path: path.to_owned(),
        });
    }
    let file = fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size,
            max: MAX_FILE_BYTES,
        });
    }
    // Read one byte more than allowed, in case the file grows while it is read.
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    parse(&bytes, path)
}

/// Parses the bytes of a case file; `path` only names the file in errors.
pub fn parse(bytes: &[u8], path: &Path) -> Result<Case, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
            max: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|err| {
        let (line, column) = line_column(bytes, err.valid_up_to());
        LoadError::NotUtf8 {
            path: path.to_owned(),
            line,
            column,
        }
    })?;
    // A byte-order mark, as some Windows editors write, is not content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

    let version = parse_ron::<VersionProbe>(text, path)?.format_version;
    let case = match version {
        1 => Case::from(parse_ron::<migrate::CaseV1>(text, path)?),
        // Formats 3 and 4 only added fields, each with its default.
        2 | 3 | FORMAT_VERSION => Case {
            format_version: FORMAT_VERSION,
            ..parse_ron::<Case>(text, path)?
        },
        0 => {
            return Err(LoadError::NoVersion {
                path: path.to_owned(),
            });
        }
        found => {
            return Err(LoadError::FutureVersion {
                path: path.to_owned(),
                found,
                supported: FORMAT_VERSION,
            });
        }
    };
    match crate::model::validate::problem(&case) {
        Some(problem) => Err(LoadError::Invalid {
            path: path.to_owned(),
            problem,
        }),
        None => Ok(case),
    }
}

/// Reads only the format version, whatever else the file holds.
#[derive(Deserialize)]
struct VersionProbe {
    /// 0 when the field is missing.
    #[serde(default)]
    format_version: u32,
}

fn parse_ron<'a, T: Deserialize<'a>>(text: &'a str, path: &Path) -> Result<T, LoadError> {
    ron::Options::default()
        .with_recursion_limit(MAX_DEPTH)
        .from_str(text)
        .map_err(|err| {
            let (line, column) = (err.span.start.line, err.span.start.col);
            let mut message = crate::model::ron_message(&err.code);
            let body = without_comments(text);
            if !body.starts_with('(') && !body.is_empty() {
                // A zip, an image, JSON… renamed `.ron`.
                message =
                    "ce fichier n'est pas un dossier de l'atelier : un dossier commence par « ( »"
                        .to_owned();
            } else if err.code != ron::Error::Eof
                && (!text.trim_end().ends_with(')') || at_end(text, line, column))
            {
                // A case file ends with its closing parenthesis: an error in a file that does
                // not, or at its very end, most likely comes from a truncated file.
                message.push_str(" (fin du fichier atteinte : le fichier semble tronqué)");
            }
            LoadError::Syntax {
                path: path.to_owned(),
                line,
                column,
                message,
            }
        })
}

/// The text after its leading blank lines and `//` comments.
fn without_comments(text: &str) -> &str {
    let mut rest = text.trim_start();
    while let Some(comment) = rest.strip_prefix("//") {
        rest = comment
            .split_once('\n')
            .map_or("", |(_, after)| after)
            .trim_start();
    }
    rest
}

/// Whether the 1-based `line` and `column` are at or past the last character of `text`.
fn at_end(text: &str, line: usize, column: usize) -> bool {
    let trimmed = text.trim_end();
    let last_line = trimmed.split('\n').count();
    let last_column = trimmed.rsplit('\n').next().map_or(0, |l| l.chars().count());
    line > last_line || (line == last_line && column > last_column)
}

/// 1-based line and column (in characters) of byte `offset`.
fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(before.get(line_start..).unwrap_or_default())
        .chars()
        .count()
        + 1;
    (line, column)
}
