//! The other files the app reads: typologies, account mappings, trial balances and folders of
//! cases. Every read is bounded and refuses what is not a regular file (a pipe would block, a
//! device would never end), with a French message naming the file.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::error::ReadError;

/// Opens `path` for reading if it is a regular file of at most `max` bytes.
fn open_regular(path: &Path, max: u64) -> Result<fs::File, ReadError> {
    let io = |source| ReadError::Io {
        path: path.to_owned(),
        source,
    };
    // `metadata` follows links and never blocks, unlike opening a FIFO.
    let meta = fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile {
            path: path.to_owned(),
        });
    }
    if meta.len() > max {
        return Err(ReadError::TooLarge {
            path: path.to_owned(),
            size: meta.len(),
            max,
        });
    }
    fs::File::open(path).map_err(io)
}

/// The bytes of the regular file `path`, refused past `max` bytes (even if it grows while read).
pub fn read_bytes(path: &Path, max: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path, max)?;
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| ReadError::Io {
            path: path.to_owned(),
            source,
        })?;
    if bytes.len() as u64 > max {
        return Err(ReadError::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
            max,
        });
    }
    Ok(bytes)
}

/// The text of the regular file `path` (UTF-8), refused past `max` bytes.
pub fn read_text(path: &Path, max: u64) -> Result<String, ReadError> {
    String::from_utf8(read_bytes(path, max)?).map_err(|_| ReadError::NotText {
        path: path.to_owned(),
    })
}

/// The `.ron` files of `folder`, by name. Sub-folders are not searched.
pub fn case_files(folder: &Path) -> Result<Vec<PathBuf>, ReadError> {
    Ok(super::folder::ron_entries(folder)?
        .into_iter()
        .filter(|p| p.is_file())
        .collect())
}

/// A hash of the file's bytes, `None` if it cannot be read: tells whether another program
/// changed a case since it was opened.
pub fn fingerprint(path: &Path) -> Option<u64> {
    use std::hash::{Hash, Hasher};
    let bytes = fs::read(path).ok()?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    Some(hasher.finish())
}

/// The absolute form of `path` with links resolved, so that a path remembered in one folder
/// still names the same file from another; `path` itself if it does not exist.
pub fn canonical(path: &Path) -> PathBuf {
    // `dunce`: on Windows, the plain `C:\…` form rather than `\\?\C:\…`, which people never read.
    dunce::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

/// Why Windows refuses a file name (`name`, the whole file name); worded by the text floor
/// (`text::forbidden_name`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ForbiddenName {
    /// A device's name (`CON`, `aux.ron`, `COM1.pdf`…): `device` in capitals.
    Device { name: String, device: String },
    /// A name ending with a dot or a space.
    TrailingDotOrSpace { name: String },
    /// A character Windows forbids in a name (`< > : " | ? *`, a control character).
    Character { name: String, character: char },
}

/// Why Windows would refuse `path`'s file name, if it would: a device name (`CON`, `aux.ron`,
/// `COM1.pdf`…), a name ending with a dot or a space, or a character Windows forbids.
pub fn forbidden_on_windows(path: &Path) -> Option<ForbiddenName> {
    let name = path.file_name()?.to_string_lossy().into_owned();
    let stem = name
        .split('.')
        .next()
        .unwrap_or_default()
        .trim_end()
        .to_uppercase();
    let device = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ["COM", "LPT"].iter().any(|prefix| {
            stem.strip_prefix(prefix)
                .is_some_and(|n| n.len() == 1 && n.chars().all(|c| ('1'..='9').contains(&c)))
        });
    if device {
        return Some(ForbiddenName::Device { name, device: stem });
    }
    if name.ends_with('.') || name.ends_with(' ') {
        return Some(ForbiddenName::TrailingDotOrSpace { name });
    }
    name.chars()
        .find(|c| matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*') || c.is_control())
        .map(|character| ForbiddenName::Character { name, character })
}

/// Why an output path was refused; worded by the text floor (`text::output_refusal`).
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// A file read by the same command.
    IsTheInput {
        path: PathBuf,
    },
    /// A case file, overwritten only with `--force`.
    IsACase {
        path: PathBuf,
    },
    ReadOnly {
        path: PathBuf,
    },
    NotAFile {
        path: PathBuf,
    },
    /// A `.ron` in the folder read as a portfolio.
    InsideTheFolder {
        path: PathBuf,
    },
    /// A name Windows refuses.
    Forbidden {
        why: ForbiddenName,
    },
}

/// Whether `output` may be written by a command that read `inputs`: never one of them (not even
/// with `force`), never something other than a regular file, never a read-only file; another
/// case file only with `force`.
pub fn check_output(output: &Path, inputs: &[&Path], force: bool) -> Result<(), OutputError> {
    if cfg!(windows)
        && let Some(why) = forbidden_on_windows(output)
    {
        return Err(OutputError::Forbidden { why });
    }
    let target = canonical(output);
    if inputs.iter().any(|input| canonical(input) == target) {
        return Err(OutputError::IsTheInput {
            path: output.to_owned(),
        });
    }
    match fs::metadata(output) {
        Ok(meta) if !meta.is_file() => {
            return Err(OutputError::NotAFile {
                path: output.to_owned(),
            });
        }
        Ok(meta) if meta.permissions().readonly() => {
            return Err(OutputError::ReadOnly {
                path: output.to_owned(),
            });
        }
        _ => {}
    }
    if !force && is_case_file(output) {
        return Err(OutputError::IsACase {
            path: output.to_owned(),
        });
    }
    Ok(())
}

/// Whether the `.ron` file `output` would land in `folder`, a portfolio's folder, where the next
/// reading of the portfolio would take it for a case.
pub fn check_outside(output: &Path, folder: &Path) -> Result<(), OutputError> {
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let is_ron = output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    if is_ron && canonical(parent) == canonical(folder) {
        return Err(OutputError::InsideTheFolder {
            path: output.to_owned(),
        });
    }
    Ok(())
}

/// Whether the file at `path` is a case file: a `.ron` or a file that starts as one.
pub fn is_case_file(path: &Path) -> bool {
    if !path.is_file() {
        return false;
    }
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        return true;
    }
    let mut start = [0u8; 64];
    let read = fs::File::open(path).and_then(|mut f| f.read(&mut start));
    read.is_ok_and(|n| {
        String::from_utf8_lossy(start.get(..n).unwrap_or_default()).contains("Dossier Atelier MSE")
    })
}

/// Whether `path` is a folder (a portfolio dropped on the window).
pub fn is_folder(path: &Path) -> bool {
    path.is_dir()
}

/// The folder the app was started from (where a typed file name lands), empty if unknown.
pub fn working_folder() -> PathBuf {
    std::env::current_dir().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_windows_forbids_are_told() {
        for name in [
            "CON", "aux.ron", "Com1.pdf", "lpt9", "nul .txt", "cas.", "cas ", "a:b.ron", "a?.pdf",
        ] {
            assert!(forbidden_on_windows(Path::new(name)).is_some(), "{name}");
        }
        for name in [
            "console.ron",
            "auxiliaire.ron",
            "COM10.pdf",
            "cas.ron",
            "Dossier été.ron",
        ] {
            assert_eq!(forbidden_on_windows(Path::new(name)), None, "{name}");
        }
    }
}
