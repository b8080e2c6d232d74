//! The workbook (.xlsx) of a case and of a portfolio, for the consultant's spreadsheet: one
//! sheet per snapshot (the matrix by lever, subtotals and totals as live formulas), the key
//! figures and positions along the trajectory, the scenarios and the stress tests; for a
//! portfolio, one row per case with an autofilter. The words are those of the PDF.

mod sheets;

use sheets::{key_figures_sheet, matrix_sheet, scenarios_sheet, stress_sheet};

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::ReportError;
use crate::analysis::Typology;
use crate::model::Case;
use crate::portfolio::{Cell, Portfolio, TABLE_HEADERS, table};

/// Whole euros with a thousands separator (a space in French Excel and LibreOffice).
const EUROS: &str = "#,##0 \"€\"";
const PERCENT: &str = "0 %";

/// The formats of every sheet.
struct Formats {
    title: Format,
    header: Format,
    bold: Format,
    euros: Format,
    euros_bold: Format,
    percent: Format,
    percent_bold: Format,
    wrap: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            title: Format::new().set_bold().set_font_size(14),
            header: Format::new()
                .set_bold()
                .set_font_color(0xFFFFFF)
                .set_background_color(0x2F3E4E)
                .set_text_wrap(),
            bold: Format::new().set_bold(),
            euros: Format::new().set_num_format(EUROS),
            euros_bold: Format::new().set_num_format(EUROS).set_bold(),
            percent: Format::new().set_num_format(PERCENT),
            percent_bold: Format::new().set_num_format(PERCENT).set_bold(),
            wrap: Format::new().set_text_wrap(),
        }
    }
}

/// The workbook writer's failure, in its words.
fn failed(e: XlsxError) -> ReportError {
    ReportError::Workbook(e.to_string())
}

/// The workbook of `case`: the key figures and positions, one sheet per snapshot, the
/// scenarios, and the stress tests of snapshot `label`.
pub fn case_workbook(
    case: &Case,
    label: &str,
    typology: &Typology,
) -> Result<Vec<u8>, ReportError> {
    let snapshot = case
        .snapshot(label)
        .ok_or_else(|| ReportError::NoSnapshot {
            label: label.to_owned(),
        })?;
    let f = Formats::new();
    let mut book = Workbook::new();
    let mut names = Vec::new();
    key_figures_sheet(book.add_worksheet(), case, typology, &f, &mut names).map_err(failed)?;
    for s in &case.snapshots {
        matrix_sheet(book.add_worksheet(), case, s, &f, &mut names).map_err(failed)?;
    }
    if !case.scenarios.is_empty() {
        scenarios_sheet(book.add_worksheet(), case, typology, &f, &mut names).map_err(failed)?;
    }
    stress_sheet(
        book.add_worksheet(),
        case,
        snapshot,
        typology,
        &f,
        &mut names,
    )
    .map_err(failed)?;
    book.save_to_buffer().map_err(failed)
}

/// A sheet name Excel accepts (31 characters, none of `[]:*?/\`), unique in the workbook.
fn sheet_name(wanted: &str, names: &mut Vec<String>) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    let clean = clean.trim().trim_matches('\'').to_owned();
    let base: String = if clean.is_empty() {
        "Feuille".to_owned()
    } else {
        clean.chars().take(31).collect()
    };
    let mut name = base.clone();
    let mut n = 2;
    // As the workbook compares them: « Été 2024 » and « ÉTÉ 2024 » are the same sheet.
    while names
        .iter()
        .any(|taken| taken.to_lowercase() == name.to_lowercase())
    {
        let suffix = format!(" ({n})");
        name = base
            .chars()
            .take(31 - suffix.chars().count())
            .collect::<String>()
            + &suffix;
        n += 1;
    }
    names.push(name.clone());
    name
}

/// The title rows of a case's sheet: the organisation, then what the sheet shows.
fn title(ws: &mut Worksheet, case: &Case, heading: &str, f: &Formats) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, &case.organisation.name, &f.title)?;
    ws.write_string(1, 0, heading)?;
    Ok(())
}

fn headers(ws: &mut Worksheet, row: u32, titles: &[&str], f: &Formats) -> Result<(), XlsxError> {
    for (col, text) in (0u16..).zip(titles) {
        ws.write_string_with_format(row, col, *text, &f.header)?;
    }
    Ok(())
}

/// The workbook of a portfolio: one row per case of `rows`, numbers typed, with an autofilter.
pub fn portfolio_workbook(
    portfolio: &Portfolio,
    rows: &[usize],
    anonymised: bool,
) -> Result<Vec<u8>, ReportError> {
    let f = Formats::new();
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    let write = |ws: &mut Worksheet| -> Result<(), XlsxError> {
        ws.set_name("Portefeuille")?;
        headers(ws, 0, &TABLE_HEADERS, &f)?;
        ws.set_freeze_panes(1, 0)?;
        let table = table(portfolio, rows, anonymised);
        for (row, cells) in (1u32..).zip(&table) {
            for (col, cell) in (0u16..).zip(cells) {
                match cell {
                    Cell::Text(text) => ws.write_string(row, col, text)?,
                    Cell::Euros(value) => {
                        ws.write_number_with_format(row, col, *value, &f.euros)?
                    }
                    Cell::Share(Some(share)) => {
                        ws.write_number_with_format(row, col, *share, &f.percent)?
                    }
                    Cell::Share(None) => continue,
                };
            }
        }
        let last = u32::try_from(table.len()).unwrap_or(u32::MAX).max(1);
        ws.autofilter(0, 0, last, (TABLE_HEADERS.len() - 1) as u16)?;
        for (col, width) in
            (0u16..).zip([18, 36, 18, 18, 16, 16, 16, 16, 34, 10, 12, 30, 14, 14, 14])
        {
            ws.set_column_width(col, width)?;
        }
        Ok(())
    };
    write(ws).map_err(failed)?;
    book.save_to_buffer().map_err(failed)
}
