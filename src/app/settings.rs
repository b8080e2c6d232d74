//! What the app remembers between runs: recent files, language, text size, theme, last export
//! folder, typology, reference. Stored by `storage::AppPaths`, outside the consultant's case files.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::i18n::Lang;

/// How many recent files are listed.
const RECENT_FILES: usize = 8;

/// The text sizes the menu offers, with their labels.
pub const TEXT_SCALES: [(f32, &str); 4] = [
    (0.9, "90 %"),
    (1.0, "100 %"),
    (1.15, "115 %"),
    (1.3, "130 %"),
];

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
    /// The settings within what the menus offer: the file is kept outside the app and may
    /// hold anything (a text size of 0 or NaN stopped the window at every start, 120 took
    /// gigabytes). A text size goes to the nearest one of the menu.
    pub fn within_ranges(mut self) -> AppSettings {
        let scale = self.text_scale;
        self.text_scale = if scale.is_finite() {
            TEXT_SCALES
                .iter()
                .map(|(s, _)| *s)
                .min_by(|a, b| (a - scale).abs().total_cmp(&(b - scale).abs()))
                .unwrap_or(1.0)
        } else {
            1.0
        };
        self.recent.truncate(RECENT_FILES);
        self
    }

    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(RECENT_FILES);
    }
}
