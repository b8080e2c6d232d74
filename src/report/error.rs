//! Why a report cannot be made or written, as facts; worded here in French (its `Display`, the
//! command line's) and English (the English window), with the text floor's quotes. A file not
//! written is said in storage's words by the text floor, in `lang` too; what the PDF and PNG
//! writers (libraries) say is quoted as they say it.

use std::fmt;

use crate::storage::SaveError;
use crate::text::Lang;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// No snapshot `label` in the case.
    NoSnapshot { label: String },
    /// A snapshot compared with itself.
    SelfComparison { label: String },
    /// The snapshot to compare with, `other`, is not one of `snapshots`.
    NoOther {
        other: String,
        snapshots: Vec<String>,
    },
    /// A slide of the matrix.
    MatrixSlide,
    /// A slide of the autodiagnostic.
    AutodiagnosticSlide,
    /// A laid-out document asked as a workbook.
    LaidOutWorkbook,
    /// A document of `pages` pages asked as one image, which stacks at most `most`.
    TooManyPages { pages: usize, most: usize },
    /// An image too large to be made (wider or taller than the picture library draws).
    ImageTooLarge,
    /// The workbook writer failed, in its words.
    Workbook(String),
    /// The PDF or PNG writer (a library) failed, in its words.
    Writer(String),
    /// The file could not be written (storage's refusal, worded by the text floor).
    Save(SaveError),
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said(Lang::Fr))
    }
}

impl ReportError {
    /// The refusal in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        let q = |text: &str| lang.quoted(text);
        match self {
            ReportError::NoSnapshot { label } => {
                let label = q(label);
                match lang {
                    Lang::Fr => format!("aucun instantané {label} dans le dossier"),
                    Lang::En => format!("no snapshot {label} in the case file"),
                }
            }
            ReportError::SelfComparison { label } => {
                let label = q(label);
                match lang {
                    Lang::Fr => format!(
                        "{label} ne se compare pas à lui-même : choisissez un autre instantané"
                    ),
                    Lang::En => {
                        format!("{label} cannot be compared with itself: choose another snapshot")
                    }
                }
            }
            ReportError::NoOther { other, snapshots } => {
                let (other, snapshots) = (q(other), snapshots.join(", "));
                match lang {
                    Lang::Fr => format!(
                        "aucun instantané {other} dans le dossier (instantanés : {snapshots})"
                    ),
                    Lang::En => {
                        format!("no snapshot {other} in the case file (snapshots: {snapshots})")
                    }
                }
            }
            ReportError::MatrixSlide => lang
                .pick(
                    "une diapositive montre le positionnement ou les scénarios ; la matrice s'exporte en PDF, en PNG ou en classeur Excel",
                    "a slide shows the position or the scenarios; the matrix can be exported as PDF, PNG or an Excel workbook",
                )
                .to_owned(),
            ReportError::AutodiagnosticSlide => lang
                .pick(
                    "une diapositive montre le positionnement ou les scénarios ; l'autodiagnostic s'exporte en PDF ou en PNG",
                    "a slide shows the position or the scenarios; the autodiagnostic can be exported as PDF or PNG",
                )
                .to_owned(),
            ReportError::LaidOutWorkbook => lang
                .pick(
                    "un document mis en page ne s'écrit pas en classeur",
                    "a laid-out document cannot be written as a workbook",
                )
                .to_owned(),
            ReportError::TooManyPages { pages, most } => match lang {
                Lang::Fr => format!(
                    "le rapport fait {pages} pages ; une image PNG en réunit au plus {most} (pour une diapositive) : exportez-le en PDF, ou seulement le positionnement"
                ),
                Lang::En => format!(
                    "the report has {pages} pages; a PNG image holds at most {most} (for a slide): export it as PDF, or only the position"
                ),
            },
            ReportError::ImageTooLarge => {
                lang.pick("image trop grande", "image too large").to_owned()
            }
            ReportError::Workbook(why) => match lang {
                Lang::Fr => format!("le classeur n'a pas pu être écrit ({why})"),
                Lang::En => format!("the workbook could not be written ({why})"),
            },
            ReportError::Writer(why) => why.clone(),
            ReportError::Save(e) => crate::text::save_refusal(e, lang),
        }
    }
}
