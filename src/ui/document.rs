//! The open case: its content, where it lives on disk, whether it is saved, and its undo history.

use std::path::{Path, PathBuf};

use egui::util::undoer::{Settings, Undoer};

use crate::model::Case;
use crate::storage::{self, LoadError, SaveError};

/// How many edits can be undone.
pub const UNDO_STEPS: usize = 200;

pub struct Document {
    pub case: Case,
    /// `None` for a new case or a sample opened from the binary: « Enregistrer » asks where.
    pub path: Option<PathBuf>,
    /// The case as last saved or opened, to tell whether there are unsaved changes.
    saved: Case,
    /// Fingerprint of the file's bytes as last read or written, to notice another program's
    /// change (a synced folder, a colleague) before overwriting it.
    disk: Option<u64>,
    undoer: Undoer<Case>,
}

impl Document {
    pub fn new(case: Case, path: Option<PathBuf>) -> Document {
        let disk = path.as_deref().and_then(fingerprint);
        Document {
            saved: case.clone(),
            disk,
            case,
            path,
            undoer: Undoer::with_settings(Settings {
                max_undos: UNDO_STEPS,
                stable_time: 0.5,
                auto_save_interval: 10.0,
            }),
        }
    }

    /// An unsaved document (recovered edits, a new case): it starts as modified.
    pub fn unsaved(case: Case, path: Option<PathBuf>) -> Document {
        let mut doc = Document::new(case, path);
        doc.saved = Case::default();
        doc
    }

    pub fn open(path: &Path) -> Result<Document, LoadError> {
        Ok(Document::new(storage::load(path)?, Some(path.to_owned())))
    }

    pub fn is_saved(&self) -> bool {
        self.case == self.saved
    }

    /// The file name shown in the title bar.
    pub fn title(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "sans titre".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// Saves to `path`, which becomes the document's file.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        storage::save(&self.case, path)?;
        self.path = Some(path.to_owned());
        self.saved = self.case.clone();
        self.disk = fingerprint(path);
        Ok(())
    }

    /// Whether the file on disk changed (or vanished) since it was opened or saved here.
    pub fn changed_on_disk(&self) -> bool {
        match &self.path {
            Some(path) => fingerprint(path) != self.disk,
            None => false,
        }
    }

    /// Called once per frame: lets the history notice edits.
    pub fn feed_history(&mut self, time: f64) {
        self.undoer.feed_state(time, &self.case);
    }

    /// Marks the current state as an undo point, before a discrete edit (add, delete, move).
    pub fn checkpoint(&mut self) {
        self.undoer.add_undo(&self.case);
    }

    pub fn can_undo(&self) -> bool {
        self.undoer.has_undo(&self.case)
    }

    pub fn can_redo(&self) -> bool {
        self.undoer.has_redo(&self.case)
    }

    pub fn undo(&mut self) -> bool {
        match self.undoer.undo(&self.case) {
            Some(state) => {
                self.case = state.clone();
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.undoer.redo(&self.case) {
            Some(state) => {
                self.case = state.clone();
                true
            }
            None => false,
        }
    }
}

/// A hash of the file's bytes, `None` if it cannot be read.
fn fingerprint(path: &Path) -> Option<u64> {
    use std::hash::{Hash, Hasher};
    let bytes = std::fs::read(path).ok()?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    Some(hasher.finish())
}
