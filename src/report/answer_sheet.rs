//! The questionnaire of autodiagnostic as a workbook the association fills without the app
//! (`autodiagnostic --blank OUT.xlsx`): one row per question, its part, its text and help, and a
//! « Réponse » cell with the list of the scale's answers and « je ne sais pas ». The layout is
//! the reader's (`import::answer_sheet`).

use rust_xlsxwriter::{DataValidation, Format, Workbook};

use crate::analysis::autodiagnostic::Questionnaire;
use crate::import::answer_sheet::{
    ANSWER_COLUMN, HEADER_ROW, ID_COLUMN, QUESTIONNAIRE_CELL, SHEET, choices,
};

/// The blank workbook of `questionnaire`, as the bytes of an `.xlsx`.
pub fn blank(questionnaire: &Questionnaire) -> Result<Vec<u8>, super::ReportError> {
    write(questionnaire).map_err(|e| super::ReportError::Workbook(e.to_string()))
}

fn write(q: &Questionnaire) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    let header = Format::new()
        .set_bold()
        .set_background_color("#D9E2F3")
        .set_text_wrap();
    let answer = Format::new()
        .set_background_color("#FFF2CC")
        .set_border(rust_xlsxwriter::FormatBorder::Thin);
    let sheet = workbook.add_worksheet();
    sheet.set_name(SHEET)?;
    sheet.write_string_with_format(0, 0, &q.title, &bold)?;
    let (row, column) = QUESTIONNAIRE_CELL;
    sheet.write_string(row, column - 1, "Questionnaire")?;
    sheet.write_string(row, column, &q.id)?;
    sheet.write_string(row, column + 1, "version")?;
    sheet.write_number(row, column + 2, f64::from(q.version))?;
    let guide = format!(
        "Pour chaque question, choisissez une réponse dans la colonne « Réponse » ({}). Laissez vide une question que vous préférez voir en séance. Ne changez pas la colonne « Identifiant ».",
        choices(q).join(", ")
    );
    sheet.merge_range(2, 0, 2, ID_COLUMN, &guide, &wrap)?;
    sheet.set_row_height(2, 32)?;
    for (column, title) in ["N°", "Partie", "Question", "Aide", "Réponse", "Identifiant"]
        .into_iter()
        .enumerate()
    {
        sheet.write_string_with_format(HEADER_ROW, column as u16, title, &header)?;
    }
    let mut row = HEADER_ROW;
    for (index, (section, question)) in q.questions().enumerate() {
        row += 1;
        sheet.write_number(row, 0, (index + 1) as f64)?;
        sheet.write_string_with_format(row, 1, &section.name, &wrap)?;
        sheet.write_string_with_format(row, 2, &question.text, &wrap)?;
        sheet.write_string_with_format(row, 3, &question.help, &wrap)?;
        sheet.write_blank(row, ANSWER_COLUMN, &answer)?;
        sheet.write_string(row, ID_COLUMN, &question.id)?;
        // Spreadsheets do not grow a row to its wrapped text when they open a file: the height
        // of the longest cell, at the columns' widths below (in characters).
        let lines = [
            (&question.text, 58),
            (&question.help, 43),
            (&section.name, 16),
        ]
        .iter()
        .map(|(text, width)| text.chars().count().div_ceil(*width))
        .max()
        .unwrap_or(1)
        .max(1);
        sheet.set_row_height(row, 15.0 * lines as f64)?;
    }
    let list = DataValidation::new()
        .allow_list_strings(&choices(q))?
        .set_error_title("Réponse")?
        .set_error_message(format!(
            "Choisissez une réponse de la liste : {}.",
            choices(q).join(", ")
        ))?;
    if row > HEADER_ROW {
        sheet.add_data_validation(HEADER_ROW + 1, ANSWER_COLUMN, row, ANSWER_COLUMN, &list)?;
    }
    sheet.set_column_width(0, 5)?;
    sheet.set_column_width(1, 18)?;
    sheet.set_column_width(2, 60)?;
    sheet.set_column_width(3, 45)?;
    sheet.set_column_width(4, 18)?;
    sheet.set_column_width(5, 22)?;
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    // Printed for a board meeting: landscape, all the columns on the width of a page.
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    workbook.save_to_buffer()
}
