//! Writing a case file atomically: the new content goes to a temporary file in the same folder,
//! is flushed to disk, and only then replaces the old file, which is kept as `.bak`. If anything
//! fails before the final rename, the file on disk is untouched.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use ron::ser::PrettyConfig;

use super::error::SaveError;
use crate::model::{Case, FORMAT_VERSION};

/// The text of a case file: pretty RON, fields in a stable order, same bytes on every OS.
pub fn to_text(case: &Case) -> Result<String, SaveError> {
    let config = PrettyConfig::new()
        .new_line("\n".to_owned())
        .indentor("    ".to_owned())
        .escape_strings(false);
    let mut case = case.clone();
    case.format_version = FORMAT_VERSION;
    let body =
        ron::ser::to_string_pretty(&case, config).map_err(|e| SaveError::Format(e.to_string()))?;
    Ok(format!(
        "// Dossier Atelier MSE (modèle socio-économique). Format {FORMAT_VERSION}.\n{body}\n"
    ))
}

/// Saves `case` to `path` atomically, keeping the previous version as `path.bak`.
pub fn save(case: &Case, path: &Path) -> Result<(), SaveError> {
    let text = to_text(case)?;
    write_atomic(path, text.as_bytes(), true)
}

/// Writes `bytes` to `path` atomically; with `keep_backup`, the old file becomes `path.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), SaveError> {
    let io = |source| SaveError::Io {
        path: path.to_owned(),
        source,
    };
    let tmp = sibling(path, &format!(".tmp-{}", std::process::id()));
    let written = write_synced(&tmp, bytes);
    if let Err(err) = written {
        let _ = fs::remove_file(&tmp);
        return Err(io(err));
    }
    if keep_backup && path.exists() {
        // The backup is itself replaced atomically, so a crash leaves either backup whole.
        let bak_tmp = sibling(path, &format!(".bak.tmp-{}", std::process::id()));
        let backed_up =
            fs::copy(path, &bak_tmp).and_then(|_| fs::rename(&bak_tmp, sibling(path, ".bak")));
        if let Err(err) = backed_up {
            let _ = fs::remove_file(&bak_tmp);
            let _ = fs::remove_file(&tmp);
            return Err(io(err));
        }
    }
    if let Err(err) = fs::rename(&tmp, path) {
        let _ = fs::remove_file(&tmp);
        return Err(io(err));
    }
    sync_parent(path);
    Ok(())
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// `path` with `suffix` appended to its file name (`cas.ron` → `cas.ron.bak`).
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Makes the rename durable. Best effort: some file systems cannot sync a folder, and the
/// content itself is already on disk.
fn sync_parent(path: &Path) {
    #[cfg(unix)]
    if let Some(parent) = path.parent() {
        let dir = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        if let Ok(dir) = fs::File::open(dir) {
            let _ = dir.sync_all();
        }
    }
}
