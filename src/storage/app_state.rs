//! The app's own files, outside the consultant's cases: the preferences and the recovery copy
//! of unsaved edits. Each window keeps its own copy (`recovery-<id>.ron`, with a lock held while
//! the window lives), so that two windows never clear or overwrite each other's; a window that
//! starts adopts the copy of one that ended without closing cleanly. Tests point them at a
//! temporary folder.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::error::{LoadError, SaveError};
use super::files::canonical;
use super::save::{sibling, to_text, write_atomic};
use crate::model::Case;

/// Largest preferences file read, in bytes.
const MAX_SETTINGS_BYTES: u64 = 1024 * 1024;

/// Where the app keeps its own files.
#[derive(Clone, Debug)]
pub struct AppPaths {
    pub settings: Option<PathBuf>,
    pub recovery: Option<PathBuf>,
    /// The lock on this window's own recovery copy, once claimed.
    slot: Option<Arc<fs::File>>,
}

impl AppPaths {
    /// The XDG locations: `~/.config/atelier-mse/` and `~/.local/state/atelier-mse/`.
    pub fn from_env() -> AppPaths {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let dir = |var: &str, fallback: &str| {
            std::env::var_os(var)
                .map(PathBuf::from)
                .or_else(|| home.as_ref().map(|h| h.join(fallback)))
                .map(|d| d.join("atelier-mse"))
        };
        AppPaths {
            settings: dir("XDG_CONFIG_HOME", ".config").map(|d| d.join("settings.ron")),
            recovery: dir("XDG_STATE_HOME", ".local/state").map(|d| d.join("recovery.ron")),
            slot: None,
        }
    }

    /// Everything in one folder (tests, portable use).
    pub fn in_dir(dir: &Path) -> AppPaths {
        AppPaths {
            settings: Some(dir.join("settings.ron")),
            recovery: Some(dir.join("recovery.ron")),
            slot: None,
        }
    }

    /// Takes this window's own recovery copy (`recovery-<process>-<n>.ron`, locked while the
    /// window lives) and adopts, if there is one, the copy of a window that ended without
    /// closing cleanly — whose lock nobody holds any more — so that `read_recovery` offers it.
    /// Without a folder to write in, the shared name is kept.
    pub fn claim_recovery(&mut self) {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let Some(dir) = self
            .recovery
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_owned)
        else {
            return;
        };
        if fs::create_dir_all(&dir).is_err() {
            return;
        }
        let id = format!(
            "{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let own = dir.join(format!("recovery-{id}.ron"));
        let Some(lock) = try_lock(&sibling(&own, ".lock")) else {
            return;
        };
        let mut entries: Vec<PathBuf> = fs::read_dir(&dir)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        entries.sort();
        let mut adopted = false;
        for path in entries {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            let Some(name) = name.filter(|n| n.starts_with("recovery")) else {
                continue;
            };
            if name.ends_with(".lock") {
                // A lock nobody holds and whose copy is gone: a window that closed cleanly.
                let copy = path.with_extension("");
                if !copy.exists() && try_lock(&path).is_some() {
                    let _ = fs::remove_file(&path);
                }
                continue;
            }
            if adopted || !name.ends_with(".ron") || path == own {
                continue;
            }
            // Held while the copy moves, so that two windows starting together never take the
            // same one.
            let orphan_lock = sibling(&path, ".lock");
            let Some(held) = try_lock(&orphan_lock) else {
                continue;
            };
            if fs::rename(&path, &own).is_ok() {
                let _ = fs::rename(sibling(&path, ".source"), sibling(&own, ".source"));
                adopted = true;
            }
            let _ = fs::remove_file(&orphan_lock);
            drop(held);
        }
        self.recovery = Some(own);
        self.slot = Some(Arc::new(lock));
    }

    /// The saved preferences; defaults when there are none or they cannot be read (they are
    /// preferences, not work: losing them loses nothing of a case).
    pub fn load_settings<T: DeserializeOwned + Default>(&self) -> T {
        self.settings
            .as_deref()
            .and_then(|p| super::files::read_text(p, MAX_SETTINGS_BYTES).ok())
            .and_then(|text| ron::from_str(&text).ok())
            .unwrap_or_default()
    }

    pub fn save_settings<T: Serialize>(&self, settings: &T) -> Result<(), SaveError> {
        let Some(path) = &self.settings else {
            return Ok(());
        };
        let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::new())
            .map_err(|e| SaveError::Format(e.to_string()))?;
        write_with_parent(path, text.as_bytes())
    }

    /// Writes the recovery copy of an unsaved case, with the absolute path of its file if it
    /// has one, so that a restore from another folder still saves to the right file.
    pub fn write_recovery(&self, case: &Case, source: Option<&Path>) -> Result<(), SaveError> {
        let Some(path) = &self.recovery else {
            return Ok(());
        };
        let text = to_text(case)?;
        write_with_parent(path, text.as_bytes())?;
        let source = source.map(|p| canonical(p).to_string_lossy().into_owned());
        write_with_parent(
            &sibling(path, ".source"),
            source.unwrap_or_default().as_bytes(),
        )
    }

    /// The recovery copy left by a session that did not end cleanly, if any.
    pub fn read_recovery(&self) -> Option<Result<(Case, Option<PathBuf>), LoadError>> {
        let path = self.recovery.as_ref()?;
        if !path.exists() {
            return None;
        }
        let source = super::files::read_text(&sibling(path, ".source"), MAX_SETTINGS_BYTES)
            .ok()
            .filter(|s| !s.is_empty())
            .map(PathBuf::from);
        Some(super::load(path).map(|case| (case, source)))
    }

    pub fn clear_recovery(&self) {
        if let Some(path) = &self.recovery {
            // Absent already is as good as removed.
            let _ = fs::remove_file(path);
            let _ = fs::remove_file(sibling(path, ".source"));
        }
    }
}

fn write_with_parent(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|source| SaveError::Io {
            path: parent.to_owned(),
            source,
        })?;
    }
    write_atomic(path, bytes, false)
}

/// The file at `path`, created if needed and locked; `None` when another holds its lock.
fn try_lock(path: &Path) -> Option<fs::File> {
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .ok()?;
    file.try_lock().ok().map(|()| file)
}
