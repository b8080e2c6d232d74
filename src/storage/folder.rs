//! The case files of a folder, for a portfolio: every entry named `*.ron`, whatever it is, so
//! that a link that leads nowhere or loops, a pipe or a folder named like a case is listed as
//! not loaded, with why, rather than skipped without a word.

use std::fs;
use std::path::{Path, PathBuf};

use super::error::ReadError;

/// The entries of `folder` named `*.ron` (any case), by name; sub-folders are not searched.
/// Loading each says what is wrong with those that are not case files.
pub fn ron_entries(folder: &Path) -> Result<Vec<PathBuf>, ReadError> {
    let entries = fs::read_dir(folder).map_err(|source| ReadError::Io {
        path: folder.to_owned(),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")))
        .collect();
    files.sort();
    Ok(files)
}
