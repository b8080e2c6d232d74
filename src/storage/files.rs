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
    let entries = fs::read_dir(folder).map_err(|source| ReadError::Io {
        path: folder.to_owned(),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")))
        .collect();
    files.sort();
    Ok(files)
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
    fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

/// Why an output path was refused.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("« {} » est le fichier lu : il ne peut pas être aussi le fichier écrit", path.display())]
    IsTheInput { path: PathBuf },
    #[error(
        "« {} » est un dossier de l'atelier : l'écraser effacerait un dossier (ajoutez --force si c'est voulu)",
        path.display()
    )]
    IsACase { path: PathBuf },
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

/// Refuses to write `output` over one of `inputs`, or over an existing case file unless
/// `force`: a report must never replace the case it comes from.
pub fn check_output(output: &Path, inputs: &[&Path], force: bool) -> Result<(), OutputError> {
    let target = canonical(output);
    if inputs.iter().any(|input| canonical(input) == target) {
        return Err(OutputError::IsTheInput {
            path: output.to_owned(),
        });
    }
    if !force && is_case_file(output) {
        return Err(OutputError::IsACase {
            path: output.to_owned(),
        });
    }
    Ok(())
}
