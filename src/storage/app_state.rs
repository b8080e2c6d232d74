//! The app's own files, outside the consultant's cases: the preferences and the recovery copy
//! of unsaved edits. Each window keeps its own copy (`recovery-<id>.ron`, with a lock held while
//! the window lives), so that two windows never clear or overwrite each other's; a window that
//! starts offers the copy of one that ended without closing cleanly, and holds it until the user
//! restores or refuses it — never deleted otherwise. A copy that cannot be read is set aside
//! (`….illisible-DATE`), never deleted. Tests point them at a temporary folder.

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
    /// This window's own recovery copy.
    pub recovery: Option<PathBuf>,
    /// The lock on this window's own recovery copy, once claimed.
    slot: Option<Arc<fs::File>>,
    /// The copy a window left without closing cleanly, offered to the user; held under its
    /// lock, so that no other window offers it too, until it is restored or refused.
    offered: Option<PathBuf>,
    offered_lock: Option<Arc<fs::File>>,
}

/// A recovery copy that cannot be read, and where it was set aside; worded by the text floor
/// (`text::recovery_refusal`).
#[derive(Debug, thiserror::Error)]
pub struct RecoveryError {
    pub error: LoadError,
    /// Its new name, `None` when it could not be renamed (it stays where it was).
    pub set_aside: Option<PathBuf>,
}

impl AppPaths {
    /// The XDG locations: `~/.config/atelier-mse/` and `~/.local/state/atelier-mse/`.
    pub fn from_env() -> AppPaths {
        // The user's own folders for the app, as each system wants them (`directories`):
        // `$XDG_CONFIG_HOME` or `~/.config` and `$XDG_STATE_HOME` or `~/.local/state` on Linux,
        // the roaming and the local application data on Windows, `~/Library/Application
        // Support` on macOS; always under `atelier-mse`.
        let dirs = directories::ProjectDirs::from_path(PathBuf::from("atelier-mse"));
        let settings = dirs.as_ref().map(|d| d.config_dir().join("settings.ron"));
        let recovery = dirs.as_ref().map(|d| {
            d.state_dir()
                .unwrap_or_else(|| d.data_local_dir())
                .join("recovery.ron")
        });
        AppPaths {
            settings,
            recovery,
            slot: None,
            offered: None,
            offered_lock: None,
        }
    }

    /// Everything in one folder (tests, portable use).
    pub fn in_dir(dir: &Path) -> AppPaths {
        AppPaths {
            settings: Some(dir.join("settings.ron")),
            recovery: Some(dir.join("recovery.ron")),
            slot: None,
            offered: None,
            offered_lock: None,
        }
    }

    /// Takes this window's own recovery copy (`recovery-<process>-<n>.ron`, locked while the
    /// window lives) and takes, if there is one, the copy of a window that ended without
    /// closing cleanly — whose lock nobody holds any more — under its lock, so that
    /// `read_recovery` offers it. Without a folder to write in, the shared name is kept.
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
            if self.offered.is_some() || !name.ends_with(".ron") || path == own {
                continue;
            }
            // Held while this window lives, so that two windows never offer the same copy; a
            // window that ends without an answer leaves it to the next one.
            if let Some(held) = try_lock(&sibling(&path, ".lock")) {
                self.offered = Some(path);
                self.offered_lock = Some(Arc::new(held));
            }
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

    /// The recovery copy to offer: the one a window left without closing cleanly; unclaimed
    /// (one shared name, as in tests), the one written.
    fn offered(&self) -> Option<&PathBuf> {
        if self.slot.is_some() {
            self.offered.as_ref()
        } else {
            self.recovery.as_ref()
        }
    }

    /// The recovery copy left by a session that did not end cleanly, if any. One that cannot be
    /// read (a newer format, damaged) is set aside under a name no window offers again
    /// (`….illisible-DATE`), never deleted.
    pub fn read_recovery(&self) -> Option<Result<(Case, Option<PathBuf>), RecoveryError>> {
        let path = self.offered()?;
        if !path.exists() {
            return None;
        }
        let source = super::files::read_text(&sibling(path, ".source"), MAX_SETTINGS_BYTES)
            .ok()
            .filter(|s| !s.is_empty())
            .map(PathBuf::from);
        Some(match super::load(path) {
            Ok(case) => Ok((case, source)),
            Err(error) => {
                let aside = sibling(path, &format!(".illisible-{}", stamp()));
                let set_aside = fs::rename(path, &aside).is_ok().then(|| {
                    let _ = fs::rename(sibling(path, ".source"), sibling(&aside, ".source"));
                    aside
                });
                Err(RecoveryError { error, set_aside })
            }
        })
    }

    /// The user took back the offered copy: it becomes this window's own copy (the edits stay
    /// safe until the next save), and no other window will offer it.
    pub fn restored(&mut self) {
        if let (Some(offered), Some(own)) = (self.offered.take(), &self.recovery)
            && offered != *own
        {
            let _ = fs::rename(&offered, own);
            let _ = fs::rename(sibling(&offered, ".source"), sibling(own, ".source"));
            self.release_offered(&offered);
        }
    }

    /// The user refused the offered copy: it is deleted.
    pub fn discard_recovery(&mut self) {
        if let Some(offered) = self.offered.take().or_else(|| {
            // Unclaimed, the shared copy is the one offered.
            self.slot.is_none().then(|| self.recovery.clone()).flatten()
        }) {
            // Absent already is as good as removed.
            let _ = fs::remove_file(&offered);
            let _ = fs::remove_file(sibling(&offered, ".source"));
            self.release_offered(&offered);
        }
    }

    fn release_offered(&mut self, offered: &Path) {
        if self.offered_lock.take().is_some() {
            let _ = fs::remove_file(sibling(offered, ".lock"));
        }
    }

    /// Deletes this window's own recovery copy (its edits were saved or dropped); never a copy
    /// offered and not answered.
    pub fn clear_recovery(&self) {
        if let Some(path) = &self.recovery
            && self.offered() != Some(path)
        {
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

/// The date and time now (UTC), for a file name: `20260131-142501`.
fn stamp() -> String {
    let (secs, (year, month, day)) = now_civil();
    let time = secs % 86_400;
    format!(
        "{year:04}{month:02}{day:02}-{:02}{:02}{:02}",
        time / 3_600,
        time % 3_600 / 60,
        time % 60
    )
}

/// Today's date (UTC) as the case files write dates: `2026-01-31`.
pub fn today() -> String {
    let (_, (year, month, day)) = now_civil();
    format!("{year:04}-{month:02}-{day:02}")
}

/// This year (UTC), the year of a new case and of an import with no date.
pub fn this_year() -> i32 {
    now_civil().1.0
}

/// Seconds since 1970 and today's (year, month, day), UTC.
fn now_civil() -> (u64, crate::import::calendar::Day) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    (secs, crate::import::calendar::civil(days))
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
