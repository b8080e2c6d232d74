//! The app's own files, outside the consultant's cases: the preferences and the recovery copy
//! of unsaved edits. Tests point them at a temporary folder.

use std::fs;
use std::path::{Path, PathBuf};

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
        }
    }

    /// Everything in one folder (tests, portable use).
    pub fn in_dir(dir: &Path) -> AppPaths {
        AppPaths {
            settings: Some(dir.join("settings.ron")),
            recovery: Some(dir.join("recovery.ron")),
        }
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
