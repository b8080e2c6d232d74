//! Turns a case and its analysis into what leaves the app: the JSON documents of the command
//! line (`json/`: analyse, simulate, diff), the report of a
//! snapshot as PDF and PNG, and the workbook (.xlsx) of a case or a portfolio. The window and the command line call the same functions; nothing
//! here needs a display.

pub mod answer_sheet;
pub mod autodiagnostic;
pub mod blank_questionnaire;
mod compare;
pub mod document;
mod error;
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
pub mod radar;
mod scenarios;
mod session;
pub mod slide;
pub mod table;
pub mod workbook;

use std::path::Path;

pub use error::ReportError;
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
    /// A 16:9 picture (1920 × 1080) of the position or the scenarios, for a slide.
    Slide,
    /// The workbook of the whole case (every snapshot, scenarios, stress tests).
    Xlsx,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Png | Format::Slide => "png",
            Format::Xlsx => "xlsx",
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
) -> Result<(), ReportError> {
    match format {
        Format::Xlsx => {
            let bytes = workbook::case_workbook(case, label, typology)?;
            storage::write_atomic(path, &bytes, false).map_err(ReportError::Save)
        }
        Format::Slide => write(
            &slide_document(case, label, typology, &options)?,
            format,
            path,
        ),
        Format::Pdf | Format::Png => {
            write(&document(case, label, typology, options)?, format, path)
        }
    }
}

/// The 16:9 slide of snapshot `label`: the position, with `Content::Scenarios` the scenarios
/// and stress tests, or with `options.against` the two snapshots compared.
pub fn slide_document(
    case: &Case,
    label: &str,
    typology: &Typology,
    options: &Options,
) -> Result<document::Document, ReportError> {
    let snapshot = case
        .snapshot(label)
        .ok_or_else(|| ReportError::NoSnapshot {
            label: label.to_owned(),
        })?;
    if let Some(other) = against(case, label, options)? {
        return Ok(slide::comparison_slide(case, snapshot, other, typology));
    }
    let content = match options.content {
        Content::Scenarios => slide::SlideContent::Scenarios,
        Content::Matrix => return Err(ReportError::MatrixSlide),
        Content::Autodiagnostic => return Err(ReportError::AutodiagnosticSlide),
        Content::All | Content::Position | Content::Report => slide::SlideContent::Position,
    };
    Ok(slide::slide(case, snapshot, typology, content))
}

/// Writes a laid-out document in `format` to `path`, atomically.
pub fn write(doc: &document::Document, format: Format, path: &Path) -> Result<(), ReportError> {
    let bytes = match format {
        Format::Pdf => pdf::write(doc).map_err(ReportError::Writer)?,
        Format::Png => png::write(doc)?,
        Format::Slide => png::render(doc, slide::WIDTH_PX)?,
        Format::Xlsx => return Err(ReportError::LaidOutWorkbook),
    };
    storage::write_atomic(path, &bytes, false).map_err(ReportError::Save)
}

/// The laid-out report of snapshot `label`.
pub fn document(
    case: &Case,
    label: &str,
    typology: &Typology,
    options: Options,
) -> Result<document::Document, ReportError> {
    let snapshot = case
        .snapshot(label)
        .ok_or_else(|| ReportError::NoSnapshot {
            label: label.to_owned(),
        })?;
    against(case, label, &options)?;
    Ok(layout(case, snapshot, typology, options))
}

/// The snapshot `options.against` names, if any: another one of the case, or what to do.
fn against<'a>(
    case: &'a Case,
    label: &str,
    options: &Options,
) -> Result<Option<&'a crate::model::Snapshot>, ReportError> {
    let Some(other) = options.against.as_deref() else {
        return Ok(None);
    };
    if other == label {
        return Err(ReportError::SelfComparison {
            label: label.to_owned(),
        });
    }
    case.snapshot(other)
        .map(Some)
        .ok_or_else(|| ReportError::NoOther {
            other: other.to_owned(),
            snapshots: case.snapshots.iter().map(|s| s.label.clone()).collect(),
        })
}
