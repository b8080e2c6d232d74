//! Turns a case and its analysis into what leaves the app: the analyse JSON, and the report of a
//! snapshot as PDF and PNG. The window and the command line call the same functions; nothing
//! here needs a display.

pub mod document;
pub mod fonts;
pub mod json;
pub mod layout;
pub mod pdf;
pub mod plots;
pub mod png;

use std::path::Path;

pub use layout::{Content, Options, layout};

use crate::analysis::Typology;
use crate::model::Case;
use crate::storage;

/// Writes the report of snapshot `label` as PDF to `path`, atomically.
pub fn export_pdf(
    case: &Case,
    label: &str,
    typology: &Typology,
    options: Options,
    path: &Path,
) -> Result<(), String> {
    let bytes = pdf::write(&document(case, label, typology, options)?)?;
    storage::write_atomic(path, &bytes, false).map_err(|e| e.to_string())
}

/// Writes the report of snapshot `label` as PNG to `path`, atomically.
pub fn export_png(
    case: &Case,
    label: &str,
    typology: &Typology,
    options: Options,
    path: &Path,
) -> Result<(), String> {
    let bytes = png::write(&document(case, label, typology, options)?)?;
    storage::write_atomic(path, &bytes, false).map_err(|e| e.to_string())
}

/// The laid-out report of snapshot `label`.
pub fn document(
    case: &Case,
    label: &str,
    typology: &Typology,
    options: Options,
) -> Result<document::Document, String> {
    let snapshot = case
        .snapshot(label)
        .ok_or_else(|| format!("aucun instantané « {label} » dans le dossier"))?;
    Ok(layout(case, snapshot, typology, options))
}
