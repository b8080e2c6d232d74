//! Reading back the autodiagnostic workbook an association filled (`report::answer_sheet` writes
//! it blank, with the layout set here): the answers by question id, « je ne sais pas » apart, or
//! an error naming the sheet, the row and the column of an answer that is not one of the
//! choices.

use std::collections::BTreeMap;

use calamine::{Data, Reader, Sheets, Xlsx};

use super::error::{AccountsError, Place};
use super::workbook::{cells, guarded};

use crate::analysis::autodiagnostic::Questionnaire;
use crate::model::Answer;

/// The sheet's name.
pub const SHEET: &str = "Autodiagnostic";
/// Row (0-based) of the column titles; the questions follow.
pub const HEADER_ROW: u32 = 3;
/// Columns (0-based): number, part, question, help, answer, question id.
pub const ANSWER_COLUMN: u16 = 4;
pub const ID_COLUMN: u16 = 5;
/// Where the questionnaire's id stands: cell C2.
pub const QUESTIONNAIRE_CELL: (u32, u16) = (1, 2);

/// The answers a cell accepts, in order: the scale's words, then « je ne sais pas ».
pub fn choices(questionnaire: &Questionnaire) -> Vec<&str> {
    questionnaire
        .scale
        .iter()
        .map(|c| c.text.as_str())
        .chain(std::iter::once(questionnaire.dont_know.as_str()))
        .collect()
}

/// Why a filled workbook was not read, as facts; worded by the text floor
/// (`text::answer_sheet_refusal`), its French is its `Display`.
#[derive(Debug, thiserror::Error)]
pub enum AnswerSheetError {
    /// Not a workbook; `why` is the workbook reader's (a library's) words.
    NotAWorkbook { name: String, why: String },
    /// Damaged (the workbook reader failed on it), or a cell far beyond the questionnaire.
    Unreadable(AccountsError),
    /// No sheet `SHEET`.
    NoSheet { name: String },
    /// Written for the questionnaire `found`, not `expected` (cell C2).
    OtherQuestionnaire {
        name: String,
        found: String,
        expected: String,
    },
    /// A cell whose words are none of `choices` (the questionnaire's, in order).
    BadAnswer {
        name: String,
        row: u32,
        column: char,
        found: String,
        choices: Vec<String>,
    },
    /// A question id the questionnaire has not.
    UnknownQuestion {
        name: String,
        row: u32,
        column: char,
        found: String,
    },
}

/// The letter of a column (0-based, the first 26).
fn letter(column: u16) -> char {
    char::from(b'A'.saturating_add(u8::try_from(column).unwrap_or(25)))
}

/// The answers of the workbook `bytes` (named `name` in errors) to `questionnaire`; a question
/// left empty is absent.
pub fn read_answers(
    bytes: &[u8],
    name: &str,
    questionnaire: &Questionnaire,
) -> Result<BTreeMap<String, Answer>, AnswerSheetError> {
    guarded(name, || read_unguarded(bytes, name, questionnaire))
        .unwrap_or_else(|why| Err(AnswerSheetError::Unreadable(why)))
}

fn read_unguarded(
    bytes: &[u8],
    name: &str,
    questionnaire: &Questionnaire,
) -> Result<BTreeMap<String, Answer>, AnswerSheetError> {
    let workbook = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).map_err(|e| {
        AnswerSheetError::NotAWorkbook {
            name: name.to_owned(),
            why: e.to_string(),
        }
    })?;
    let mut book = Sheets::Xlsx(workbook);
    if !book.sheet_names().iter().any(|s| s == SHEET) {
        return Err(AnswerSheetError::NoSheet {
            name: name.to_owned(),
        });
    }
    let range = cells(&mut book, SHEET)
        .map_err(|problem| {
            AnswerSheetError::Unreadable(AccountsError {
                place: Place::sheet(name, SHEET),
                problem,
            })
        })?
        .values;
    let text = |row: u32, column: u16| -> String {
        match range.get_value((row, u32::from(column))) {
            None | Some(Data::Empty) => String::new(),
            Some(value) => value.to_string().trim().to_owned(),
        }
    };
    let found = text(QUESTIONNAIRE_CELL.0, QUESTIONNAIRE_CELL.1);
    if found != questionnaire.id {
        return Err(AnswerSheetError::OtherQuestionnaire {
            name: name.to_owned(),
            found,
            expected: questionnaire.id.clone(),
        });
    }
    let choices = choices(questionnaire);
    let mut answers = BTreeMap::new();
    let last = range.end().map_or(0, |(row, _)| row);
    for row in HEADER_ROW + 1..=last {
        let id = text(row, ID_COLUMN);
        let words = text(row, ANSWER_COLUMN);
        if id.is_empty() && words.is_empty() {
            continue;
        }
        if !questionnaire.questions().any(|(_, q)| q.id == id) {
            return Err(AnswerSheetError::UnknownQuestion {
                name: name.to_owned(),
                row: row + 1,
                column: letter(ID_COLUMN),
                found: id,
            });
        }
        if words.is_empty() {
            continue;
        }
        let same = |other: &str| other.to_lowercase() == words.to_lowercase();
        let answer = if same(&questionnaire.dont_know) {
            Answer::DontKnow
        } else if let Some(choice) = questionnaire.scale.iter().find(|c| same(&c.text)) {
            Answer::Choice(choice.id.clone())
        } else {
            return Err(AnswerSheetError::BadAnswer {
                name: name.to_owned(),
                row: row + 1,
                column: letter(ANSWER_COLUMN),
                found: words,
                choices: choices.iter().map(|c| (*c).to_owned()).collect(),
            });
        };
        answers.insert(id, answer);
    }
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_sheet_with_a_cell_far_beyond_the_questions_is_refused_not_aborted() {
        // A few kilobytes whose grid would be 200 000 × 16 384 cells: refused from that cell.
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name(SHEET).unwrap();
        sheet.write_string(0, 0, "Autodiagnostic").unwrap();
        sheet.write_string(199_999, 16_383, "loin").unwrap();
        let bytes = book.save_to_buffer().unwrap();
        let err = read_answers(&bytes, "loin.xlsx", Questionnaire::builtin()).unwrap_err();
        assert!(
            err.to_string().starts_with(&format!(
                "« loin.xlsx », feuille « {SHEET} », ligne 200\u{a0}000, colonne XFD : une cellule au-delà"
            )),
            "{err}"
        );
    }
}
