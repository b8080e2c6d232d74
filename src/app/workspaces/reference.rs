//! The reference the position is read against (« Se situer par rapport à »): a shipped one, a
//! file, or one just made from a portfolio; where it comes from is what the settings keep.

use std::path::Path;

use crate::analysis::reference::{Reference, builtin};
use crate::storage;

/// The reference in use and where it comes from.
#[derive(Default)]
pub struct ReferenceInUse {
    pub reference: Option<Reference>,
    /// A shipped one's id, or a file's absolute path; what the settings keep when it is chosen.
    pub source: Option<String>,
}

impl ReferenceInUse {
    /// Reads the position against `reference` (a shipped one, or the one in use), or none.
    pub fn set(&mut self, reference: Option<Reference>) {
        self.source = match &reference {
            None => None,
            Some(r) if builtin().iter().any(|b| b.id == r.id) => Some(r.id.clone()),
            Some(_) => self.source.take(),
        };
        self.reference = reference;
    }

    /// « Autre référence (fichier)… »: the reference at `path`; a file that cannot be read is
    /// refused with why, and the reference in use stays.
    pub fn use_file(&mut self, path: &Path) -> Result<(), storage::ReferenceLoadError> {
        let reference = storage::load_reference(path)?;
        self.shown(reference, path);
        Ok(())
    }

    /// Reads the position against `reference`, read from (or written to) `path`.
    pub fn shown(&mut self, reference: Reference, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.source = Some(path.display().to_string());
        self.reference = Some(reference);
    }

    /// A shipped one's id or a file (`--reference`), for this run.
    pub fn find(&mut self, id_or_path: &str) -> Result<(), storage::ReferenceLoadError> {
        let reference = storage::find_reference(id_or_path)?;
        if builtin().iter().any(|b| b.id == id_or_path) {
            self.source = Some(id_or_path.to_owned());
            self.reference = Some(reference);
        } else {
            self.shown(reference, Path::new(id_or_path));
        }
        Ok(())
    }

    /// At start, the reference chosen last time (`source`, as the settings kept it), read
    /// again; gone or spoilt, none, and why.
    pub fn restore(&mut self, source: &str) -> Result<(), storage::ReferenceLoadError> {
        let reference = storage::find_reference(source)?;
        self.reference = Some(reference);
        self.source = Some(source.to_owned());
        Ok(())
    }
}
