//! Why a filled autodiagnostic workbook was not read, in French — its `Display` — and English.
//! The answers offered are the questionnaire's words, quoted as they are.

use std::fmt;

use super::Lang;
use super::accounts_words::two;
use crate::import::answer_sheet::{AnswerSheetError, SHEET};

impl fmt::Display for AnswerSheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&answer_sheet_refusal(self, Lang::Fr))
    }
}

/// Why the workbook was not read, in `lang`; what the workbook reader says stays as it says it.
pub fn answer_sheet_refusal(err: &AnswerSheetError, lang: Lang) -> String {
    let q = |text: &str| lang.quoted(text);
    let sheet = q(SHEET);
    match err {
        AnswerSheetError::NotAWorkbook { name, why } => two(
            lang,
            format!("{} n'est pas un classeur .xlsx lisible : {why}", q(name)),
            format!("{} is not a readable .xlsx workbook: {why}", q(name)),
        ),
        AnswerSheetError::Unreadable(e) => super::accounts_refusal(e, lang),
        AnswerSheetError::NoSheet { name } => two(
            lang,
            format!(
                "{} n'a pas de feuille {sheet} : écrivez le classeur vierge avec « autodiagnostic --blank »",
                q(name)
            ),
            format!(
                "{} has no sheet {sheet}: write the blank workbook with “autodiagnostic --blank”",
                q(name)
            ),
        ),
        AnswerSheetError::OtherQuestionnaire {
            name,
            found,
            expected,
        } => two(
            lang,
            format!(
                "{}, feuille {sheet}, cellule C2 : le classeur est pour le questionnaire {}, pas {}",
                q(name),
                q(found),
                q(expected)
            ),
            format!(
                "{}, sheet {sheet}, cell C2: the workbook is for the questionnaire {}, not {}",
                q(name),
                q(found),
                q(expected)
            ),
        ),
        AnswerSheetError::BadAnswer {
            name,
            row,
            column,
            found,
            choices,
        } => {
            let choices = choices.join(", ");
            two(
                lang,
                format!(
                    "{}, feuille {sheet}, ligne {row}, colonne {column} : {} n'est pas une des réponses ({choices})",
                    q(name),
                    q(found)
                ),
                format!(
                    "{}, sheet {sheet}, row {row}, column {column}: {} is not one of the answers ({choices})",
                    q(name),
                    q(found)
                ),
            )
        }
        AnswerSheetError::UnknownQuestion {
            name,
            row,
            column,
            found,
        } => two(
            lang,
            format!(
                "{}, feuille {sheet}, ligne {row}, colonne {column} : la question {} n'est pas dans le questionnaire (la colonne « Identifiant » a été changée ?)",
                q(name),
                q(found)
            ),
            format!(
                "{}, sheet {sheet}, row {row}, column {column}: the question {} is not in the questionnaire (was the column “Identifiant” changed?)",
                q(name),
                q(found)
            ),
        ),
    }
}
