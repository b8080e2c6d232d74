//! What the app remembers between runs: recent files, language, text size, theme, last export
//! folder, typology, reference. Stored by `storage::AppPaths`, outside the consultant's case files.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::i18n::Lang;

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
    /// The reference the position is read against: a shipped one's id, or a file's path.
    pub reference: Option<String>,
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
            reference: None,
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
