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
            why: Box::new(err),
        });
    }
    write_atomic(path, text.as_bytes(), true)
}

/// Writes `bytes` to `path` atomically; with `keep_backup`, the old file becomes `path.bak`.
/// A link is written through to its target (the link stays a link); the file keeps its
/// permissions from its first byte (a case readable by its owner only is never readable by
/// others, not even while it is written); an unchanged content is not written again (so `.bak`
/// keeps the version before it); a read-only file or one that is not a regular file is refused;
/// temporary files left by a save that was killed are removed.
///
/// The temporary files are created exclusively, under a name no one can guess, and never through
/// a link, so that nobody who shares the folder can make a save write anywhere else.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), SaveError> {
    // Through links: the rename below would otherwise replace the link by a plain file.
    let target = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            dunce::canonicalize(path).map_err(|source| SaveError::Io {
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
    if cfg!(windows)
        && let Some(why) = super::files::forbidden_on_windows(path)
    {
        return Err(SaveError::Forbidden { why });
    }
    let existing = match fs::symlink_metadata(path) {
        Ok(meta) if !meta.is_file() => {
            return Err(SaveError::NotAFile {
                path: path.to_owned(),
            });
        }
        Ok(meta) if meta.permissions().readonly() => {
            return Err(SaveError::ReadOnly {
                path: path.to_owned(),
            });
        }
        Ok(meta) => Some(meta),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(err) => return Err(io(err)),
    };
    remove_stale_temporaries(path);
    if existing
        .as_ref()
        .is_some_and(|m| m.len() == bytes.len() as u64)
        && fs::read(path).is_ok_and(|old| old == bytes)
    {
        return Ok(());
    }
    let permissions = existing.as_ref().map(fs::Metadata::permissions);
    let mut tmp = temporary(path, permissions.as_ref()).map_err(io)?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(io)?;
    if keep_backup && existing.is_some() {
        // The backup is itself replaced atomically, so a crash leaves either backup whole.
        let mut backup = temporary(path, permissions.as_ref()).map_err(io)?;
        fs::File::open(path)
            .and_then(|mut old| std::io::copy(&mut old, &mut backup))
            .and_then(|_| backup.as_file().sync_all())
            .map_err(io)?;
        replace(backup, &sibling(path, ".bak")).map_err(io)?;
    }
    replace(tmp, path).map_err(io)?;
    sync_parent(path);
    Ok(())
}

/// A new temporary file beside `path` (`.cas.ron.tmp-PID-XXXXXX`), created exclusively with
/// `permissions` (or the usual ones for a new file) from the start; removed if dropped.
fn temporary(
    path: &Path,
    permissions: Option<&fs::Permissions>,
) -> std::io::Result<tempfile::NamedTempFile> {
    let folder = folder_of(path);
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let prefix = format!(".{name}.tmp-{}-", std::process::id());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).rand_bytes(8);
    #[cfg(unix)]
    let usual = {
        use std::os::unix::fs::PermissionsExt;
        // The umask applies, as for any new file.
        fs::Permissions::from_mode(0o666)
    };
    #[cfg(unix)]
    builder.permissions(permissions.cloned().unwrap_or(usual));
    #[cfg(not(unix))]
    let _ = permissions;
    builder.tempfile_in(folder)
}

/// Renames the finished temporary file over `to`. On Windows another program (an antivirus, an
/// indexer) may hold the file a moment: the rename is tried again for up to a second.
fn replace(file: tempfile::NamedTempFile, to: &Path) -> std::io::Result<()> {
    let mut file = file;
    let mut tries = 0;
    loop {
        match file.persist(to) {
            Ok(_) => return Ok(()),
            Err(err)
                if cfg!(windows)
                    && tries < 20
                    && err.error.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                tries += 1;
                file = err.file;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(err) => return Err(err.error),
        }
    }
}

/// The folder of `path` (`.` for a bare file name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    }
}

/// Removes the temporary files of `path` left by saves whose process no longer runs (killed
/// while writing): `.cas.ron.tmp-PID-XXXXXX`, and the names older versions used,
/// `cas.ron.tmp-PID` and `cas.ron.bak.tmp-PID`.
pub fn remove_stale_temporaries(path: &Path) {
    let Some(name) = path.file_name() else {
        return;
    };
    let name = name.to_string_lossy();
    let Ok(entries) = fs::read_dir(folder_of(path)) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let file = entry.file_name().to_string_lossy().into_owned();
        let rest = file
            .strip_prefix('.')
            .and_then(|f| f.strip_prefix(name.as_ref()))
            .and_then(|rest| rest.strip_prefix(".tmp-"))
            .or_else(|| {
                file.strip_prefix(name.as_ref()).and_then(|rest| {
                    rest.strip_prefix(".tmp-")
                        .or_else(|| rest.strip_prefix(".bak.tmp-"))
                })
            });
        let pid = rest
            .and_then(|rest| rest.split('-').next())
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
/// so that nothing in use is ever removed — a Windows program under Wine also sees a /proc, of
/// other process ids).
fn process_runs(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        true
    }
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
    if let Ok(dir) = fs::File::open(folder_of(path)) {
        let _ = dir.sync_all();
    }
    // Windows makes a rename durable by itself (MoveFileEx), and cannot open a folder as a file.
    #[cfg(not(unix))]
    let _ = path;
}
