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

/// Saves `case` to `path` atomically, keeping the previous version as `path.bak`. Nothing is
/// written that the loader would refuse: the text is read back first, with every check.
pub fn save(case: &Case, path: &Path) -> Result<(), SaveError> {
    let text = to_text(case)?;
    if let Err(err) = super::load::parse(text.as_bytes(), path) {
        return Err(SaveError::Refused {
            path: path.to_owned(),
            what: err.reason(),
        });
    }
    write_atomic(path, text.as_bytes(), true)
}

/// Writes `bytes` to `path` atomically; with `keep_backup`, the old file becomes `path.bak`.
/// A link is written through to its target (the link stays a link); the file keeps its
/// permissions (a case readable by its owner only stays so); an unchanged content is not
/// written again (so `.bak` keeps the version before it); temporary files left by a save that
/// was killed are removed.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), SaveError> {
    // Through links: the rename below would otherwise replace the link by a plain file.
    let target = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).map_err(|source| SaveError::Io {
                path: path.to_owned(),
                source,
            })?
        }
        _ => path.to_owned(),
    };
    let path = target.as_path();
    let io = |source| SaveError::Io {
        path: path.to_owned(),
        source,
    };
    remove_stale_temporaries(path);
    let existing = fs::metadata(path).ok();
    if existing
        .as_ref()
        .is_some_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        && fs::read(path).is_ok_and(|old| old == bytes)
    {
        return Ok(());
    }
    let tmp = sibling(path, &format!(".tmp-{}", std::process::id()));
    let written = write_synced(&tmp, bytes).and_then(|()| match &existing {
        Some(meta) => fs::set_permissions(&tmp, meta.permissions()),
        None => Ok(()),
    });
    if let Err(err) = written {
        let _ = fs::remove_file(&tmp);
        return Err(io(err));
    }
    if keep_backup && existing.is_some() {
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

/// Removes the temporary files of `path` left by saves whose process no longer runs (killed
/// while writing): `cas.ron.tmp-PID` and `cas.ron.bak.tmp-PID`.
pub fn remove_stale_temporaries(path: &Path) {
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let name = name.to_string_lossy();
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let file = entry.file_name().to_string_lossy().into_owned();
        let pid = file
            .strip_prefix(name.as_ref())
            .and_then(|rest| {
                rest.strip_prefix(".tmp-")
                    .or_else(|| rest.strip_prefix(".bak.tmp-"))
            })
            .and_then(|pid| pid.parse::<u32>().ok());
        if let Some(pid) = pid
            && pid != std::process::id()
            && !process_runs(pid)
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether process `pid` still runs (on Linux, where /proc tells; elsewhere assume it does,
/// so that nothing in use is ever removed).
fn process_runs(pid: u32) -> bool {
    if Path::new("/proc/self").exists() {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        true
    }
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
