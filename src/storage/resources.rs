//! The data files a consultant may choose besides cases: a typology, a reference, an account
//! mapping, an autodiagnostic questionnaire, read from disk here and checked by their own types.

use std::path::Path;

use crate::analysis::autodiagnostic::{Questionnaire, QuestionnaireError};
use crate::analysis::reference::{self, Reference, ReferenceError};
use crate::analysis::{Typology, TypologyError};
use crate::import::{Mapping, MappingError};

use super::{ReadError, read_text};

/// Largest typology or reference file read, in bytes.
const MAX_DATA_BYTES: u64 = 1024 * 1024;

/// A typology that cannot be used: not read, or not a typology. Worded by the text floor
/// (`text::typology_load_refusal`).
#[derive(Debug, thiserror::Error)]
pub enum TypologyLoadError {
    /// The file `path` (as the refusal names it) cannot be read.
    Unread {
        path: String,
        error: ReadError,
    },
    Invalid(TypologyError),
}

/// Reads and checks a typology file.
pub fn load_typology(path: &Path) -> Result<Typology, TypologyLoadError> {
    let name = path.display().to_string();
    let text = read_text(path, MAX_DATA_BYTES).map_err(|error| TypologyLoadError::Unread {
        path: name.clone(),
        error,
    })?;
    Typology::parse(&text, &name).map_err(TypologyLoadError::Invalid)
}

/// A reference that cannot be used: not read, or not a reference. Worded by the text floor
/// (`text::reference_load_refusal`).
#[derive(Debug, thiserror::Error)]
pub enum ReferenceLoadError {
    /// The file `path` (as the refusal names it) cannot be read.
    Unread {
        path: String,
        error: ReadError,
    },
    Invalid(ReferenceError),
}

/// Reads and checks a reference file.
pub fn load_reference(path: &Path) -> Result<Reference, ReferenceLoadError> {
    let name = path.display().to_string();
    let text = read_text(path, MAX_DATA_BYTES).map_err(|error| ReferenceLoadError::Unread {
        path: name.clone(),
        error,
    })?;
    Reference::parse(&text, &name).map_err(ReferenceLoadError::Invalid)
}

/// A reference by the id of a shipped one, or from a file.
pub fn find_reference(id_or_path: &str) -> Result<Reference, ReferenceLoadError> {
    match reference::shipped(id_or_path) {
        Some(r) => Ok(r.clone()),
        None => load_reference(Path::new(id_or_path)),
    }
}

/// A mapping table that cannot be used: not read, or not a mapping table. Worded by the text
/// floor (`text::mapping_load_refusal`).
#[derive(Debug, thiserror::Error)]
pub enum MappingLoadError {
    /// The file cannot be read (storage's own words).
    Unread(ReadError),
    Invalid(MappingError),
}

/// Reads an account mapping file; the error says what is wrong.
pub fn load_mapping(path: &Path) -> Result<Mapping, MappingLoadError> {
    let text = read_text(path, MAX_DATA_BYTES).map_err(MappingLoadError::Unread)?;
    Mapping::parse(&text, &path.display().to_string()).map_err(MappingLoadError::Invalid)
}

/// A questionnaire that cannot be used: not read, or not a questionnaire. Worded by the text
/// floor (`text::questionnaire_load_refusal`).
#[derive(Debug, thiserror::Error)]
pub enum QuestionnaireLoadError {
    /// The file `path` (as the refusal names it) cannot be read.
    Unread {
        path: String,
        error: ReadError,
    },
    Invalid(QuestionnaireError),
}

/// Reads and checks an autodiagnostic questionnaire file.
pub fn load_questionnaire(path: &Path) -> Result<Questionnaire, QuestionnaireLoadError> {
    let name = path.display().to_string();
    let text = read_text(path, MAX_DATA_BYTES).map_err(|error| QuestionnaireLoadError::Unread {
        path: name.clone(),
        error,
    })?;
    Questionnaire::parse(&text, &name).map_err(QuestionnaireLoadError::Invalid)
}
