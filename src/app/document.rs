//! The open case: its content, where it lives on disk, whether it is saved, its undo history,
//! and a revision number that changes with every change of content (the analysis cache keys
//! on it).

use std::path::{Path, PathBuf};

use egui::util::undoer::{Settings, Undoer};

use crate::model::Case;
use crate::storage::{self, LoadError, SaveError};
use crate::text::{Lang, Said};

/// How many edits can be undone.
pub const UNDO_STEPS: usize = 200;

/// A revision number never used before, by any document: a newly opened case never shares
/// its revision with the case it replaces (the analysis cache keys on it).
fn next_revision() -> u64 {
    static REVISIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    REVISIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

pub struct Document {
    case: Case,
    /// `None` for a new case or a sample opened from the binary: « Enregistrer » asks where.
    pub path: Option<PathBuf>,
    /// The case as last saved or opened, to tell whether there are unsaved changes.
    saved: Case,
    /// Fingerprint of the file's bytes as last read or written, to notice another program's
    /// change (a synced folder, a colleague) before overwriting it.
    disk: Option<u64>,
    undoer: Undoer<Case>,
    /// Names of the edits that can be undone, newest last (« montant de “Cotisations” »).
    undo_names: Vec<Said>,
    redo_names: Vec<Said>,
    revision: u64,
    /// For a sample opened as a copy: the sample's file name, shown in the title.
    example: Option<String>,
}

impl Document {
    pub fn new(case: Case, path: Option<PathBuf>) -> Document {
        let disk = path.as_deref().and_then(storage::fingerprint);
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
            undo_names: Vec::new(),
            redo_names: Vec::new(),
            revision: next_revision(),
            example: None,
        }
    }

    /// An unsaved document (recovered edits, a new case): it starts as modified.
    pub fn unsaved(case: Case, path: Option<PathBuf>) -> Document {
        let mut doc = Document::new(case, path);
        doc.saved = Case::default();
        doc
    }

    /// A sample case opened as a copy with no file: « Enregistrer » asks where.
    pub fn example(case: Case, name: &str) -> Document {
        let mut doc = Document::new(case, None);
        doc.example = Some(name.to_owned());
        doc
    }

    /// Opens the case at `path`; the temporary files a killed save left beside it go.
    pub fn open(path: &Path) -> Result<Document, LoadError> {
        storage::remove_stale_temporaries(path);
        Ok(Document::new(storage::load(path)?, Some(path.to_owned())))
    }

    pub fn case(&self) -> &Case {
        &self.case
    }

    /// The case, to change it; the revision moves on.
    pub fn case_mut(&mut self) -> &mut Case {
        self.revision = next_revision();
        &mut self.case
    }

    /// Changes with every change of content.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_saved(&self) -> bool {
        self.case == self.saved
    }

    /// The case as last saved or opened.
    pub fn saved_case(&self) -> &Case {
        &self.saved
    }

    /// The file name shown in the title bar.
    pub fn title(&self) -> String {
        match (&self.path, &self.example) {
            (Some(path), _) => path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            (None, Some(example)) => format!("exemple {example} (copie sans titre)"),
            (None, None) => "sans titre".to_owned(),
        }
    }

    /// Saves to `path`, which becomes the document's file.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        storage::save(&self.case, path)?;
        self.path = Some(path.to_owned());
        self.saved = self.case.clone();
        self.disk = storage::fingerprint(path);
        Ok(())
    }

    /// Whether the file on disk changed (or vanished) since it was opened or saved here.
    pub fn changed_on_disk(&self) -> bool {
        match &self.path {
            Some(path) => storage::fingerprint(path) != self.disk,
            None => false,
        }
    }

    /// Called once per frame: lets the history notice edits.
    pub fn feed_history(&mut self, time: f64) {
        self.undoer.feed_state(time, &self.case);
    }

    /// Marks the current state as an undo point before an edit named `name`.
    pub fn checkpoint(&mut self, name: Said) {
        self.undoer.add_undo(&self.case);
        self.undo_names.push(name);
        self.undo_names
            .drain(..self.undo_names.len().saturating_sub(UNDO_STEPS));
        self.redo_names.clear();
    }

    pub fn can_undo(&self) -> bool {
        self.undoer.has_undo(&self.case)
    }

    pub fn can_redo(&self) -> bool {
        self.undoer.has_redo(&self.case)
    }

    /// What « Annuler » would undo, when known.
    pub fn undo_name(&self, lang: Lang) -> Option<&str> {
        self.undo_names.last().map(|n| n.get(lang))
    }

    /// What « Rétablir » would redo, when known.
    pub fn redo_name(&self, lang: Lang) -> Option<&str> {
        self.redo_names.last().map(|n| n.get(lang))
    }

    pub fn undo(&mut self) -> bool {
        match self.undoer.undo(&self.case) {
            Some(state) => {
                self.case = state.clone();
                self.revision = next_revision();
                if let Some(name) = self.undo_names.pop() {
                    self.redo_names.push(name);
                }
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.undoer.redo(&self.case) {
            Some(state) => {
                self.case = state.clone();
                self.revision = next_revision();
                if let Some(name) = self.redo_names.pop() {
                    self.undo_names.push(name);
                }
                true
            }
            None => false,
        }
    }
}
