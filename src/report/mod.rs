//! Turns a case and its analysis into what leaves the app: the analyse JSON, and the report of a
//! snapshot as PDF and PNG. The window and the command line call the same functions; nothing
//! here needs a display.

pub mod answer_sheet;
pub mod autodiagnostic;
mod compare;
pub mod document;
mod flow;
pub mod fonts;
pub mod json;
pub mod layout;
mod matrix;
pub mod pdf;
pub mod plots;
pub mod png;
pub mod portfolio;
mod position;
mod scenarios;
mod session;

use std::path::Path;

pub use layout::{Content, Options, layout};

use crate::analysis::Typology;
use crate::model::Case;
use crate::storage;

/// The file formats of the report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Pdf,
    Png,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Png => "png",
        }
    }
}

/// Writes the report of snapshot `label` in `format` to `path`, atomically.
pub fn export(
    case: &Case,
    label: &str,
    typology: &Typology,
    (format, options): (Format, Options),
    path: &Path,
) -> Result<(), String> {
    write(&document(case, label, typology, options)?, format, path)
}

/// Writes a laid-out document in `format` to `path`, atomically.
pub fn write(doc: &document::Document, format: Format, path: &Path) -> Result<(), String> {
    let bytes = match format {
        Format::Pdf => pdf::write(doc)?,
        Format::Png => png::write(doc)?,
    };
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
    if let Some(other) = options.against.as_deref() {
        if other == label {
            return Err(format!(
                "« {label} » ne se compare pas à lui-même : choisissez un autre instantané"
            ));
        }
        if case.snapshot(other).is_none() {
            let names: Vec<&str> = case.snapshots.iter().map(|s| s.label.as_str()).collect();
            return Err(format!(
                "aucun instantané « {other} » dans le dossier (instantanés : {})",
                names.join(", ")
            ));
        }
    }
    Ok(layout(case, snapshot, typology, options))
}
