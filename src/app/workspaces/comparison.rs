//! Another case file set against the open case (« Comparaison »): a peer's version, or the
//! case's own file as last saved (the edits of the session).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::analysis::Typology;
use crate::compare::{Comparison, compare};
use crate::model::Case;
use crate::storage;

/// The other case file, read once; the comparison follows the edits of the open case.
pub struct ComparisonState {
    pub path: PathBuf,
    pub other: Case,
    /// Whether the other file is the earlier version (before) rather than the later one.
    pub other_first: bool,
    /// Whether the other file is the open case's own file as last saved.
    pub saved_version: bool,
    /// The number of this comparison in the run (see `OPENED`).
    pub opened: u64,
}

impl ComparisonState {
    /// The comparison of the open case (`case`, in the file named `title`) with the other file.
    pub fn comparison(&self, case: &Case, title: &str, typology: &Typology) -> Comparison {
        let (this, other) = if self.saved_version {
            (
                format!("{title} (modifications en cours)"),
                "version enregistrée".to_owned(),
            )
        } else {
            (
                title.to_owned(),
                self.path
                    .file_name()
                    .map_or(String::new(), |n| n.to_string_lossy().into_owned()),
            )
        };
        if self.other_first {
            compare(&self.other, case, (&other, &this), typology)
        } else {
            compare(case, &self.other, (&this, &other), typology)
        }
    }
}

/// How many comparisons were opened in this run: each gets its number, so that the screen knows
/// a new one from the one it drew.
static OPENED: AtomicU64 = AtomicU64::new(0);

impl super::Workspaces {
    /// Sets the open case against the case file at `path`; says why when it cannot be read.
    pub fn compare_with(&mut self, path: &Path) -> Result<(), storage::LoadError> {
        let other = storage::load(path)?;
        self.comparison = Some(ComparisonState {
            path: path.to_owned(),
            other,
            other_first: false,
            saved_version: false,
            opened: OPENED.fetch_add(1, Ordering::Relaxed),
        });
        Ok(())
    }

    /// Sets the open case against its file `path` as last saved: that version first.
    pub fn compare_with_saved(&mut self, path: &Path) -> Result<(), storage::LoadError> {
        self.compare_with(path)?;
        if let Some(state) = &mut self.comparison {
            state.other_first = true;
            state.saved_version = true;
        }
        Ok(())
    }
}
