//! What the app remembers between runs (recent files, language, text size, last export folder)
//! and the recovery copy of unsaved edits. Both live outside the user's case files.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::i18n::Lang;
use crate::model::Case;
use crate::storage;

/// How many recent files are listed.
const RECENT_FILES: usize = 8;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppSettings {
    pub recent: Vec<PathBuf>,
    pub lang: Lang,
    pub text_scale: f32,
    /// Dark theme; light by default, which projects better in a meeting room.
    pub dark: bool,
    pub last_export_dir: Option<PathBuf>,
    pub typology: Option<PathBuf>,
}

impl Default for AppSettings {
    fn default() -> Self {
        AppSettings {
            recent: Vec::new(),
            lang: Lang::Fr,
            text_scale: 1.0,
            dark: false,
            last_export_dir: None,
            typology: None,
        }
    }
}

impl AppSettings {
    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(RECENT_FILES);
    }
}

/// Where the app keeps its own files. Tests point these at a temporary folder.
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

    /// The saved settings; defaults when there are none or they cannot be read (they are
    /// preferences, not work: losing them loses nothing of a case).
    pub fn load_settings(&self) -> AppSettings {
        self.settings
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|text| ron::from_str(&text).ok())
            .unwrap_or_default()
    }

    pub fn save_settings(&self, settings: &AppSettings) -> Result<(), String> {
        let Some(path) = &self.settings else {
            return Ok(());
        };
        let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::new())
            .map_err(|e| e.to_string())?;
        write_with_parent(path, text.as_bytes())
    }

    /// Writes the recovery copy of an unsaved case, with the path of its file if it has one.
    pub fn write_recovery(&self, case: &Case, source: Option<&Path>) -> Result<(), String> {
        let Some(path) = &self.recovery else {
            return Ok(());
        };
        let text = storage::to_text(case).map_err(|e| e.to_string())?;
        write_with_parent(path, text.as_bytes())?;
        let source = source.map(|p| p.to_string_lossy().into_owned());
        write_with_parent(
            &storage::sibling(path, ".source"),
            source.unwrap_or_default().as_bytes(),
        )
    }

    /// The recovery copy left by a session that did not end cleanly, if any.
    pub fn read_recovery(&self) -> Option<Result<(Case, Option<PathBuf>), String>> {
        let path = self.recovery.as_ref()?;
        if !path.exists() {
            return None;
        }
        let source = std::fs::read_to_string(storage::sibling(path, ".source"))
            .ok()
            .filter(|s| !s.is_empty())
            .map(PathBuf::from);
        Some(
            storage::load(path)
                .map(|case| (case, source))
                .map_err(|e| e.to_string()),
        )
    }

    pub fn clear_recovery(&self) {
        if let Some(path) = &self.recovery {
            let _ = std::fs::remove_file(path);
            let _ = std::fs::remove_file(storage::sibling(path, ".source"));
        }
    }
}

fn write_with_parent(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| storage::io_reason(&e))?;
    }
    storage::write_atomic(path, bytes, false).map_err(|e| e.to_string())
}
