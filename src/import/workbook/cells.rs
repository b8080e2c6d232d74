//! The cells of one sheet as text records: bounded in rows and columns, numbers written back as
//! the accounts write them, dates as « JJ/MM/AAAA », and formulas never calculated refused by
//! column and row.

use calamine::{Cell, Data, DataRef, Range, Reader, Sheets, XlsxError};

use crate::import::balance::Record;
use crate::import::calendar;
use crate::import::error::AccountsProblem;

use super::{Book, MAX_COLUMNS, MAX_ROWS};

/// The cells of a sheet, and its formulas that have no calculated value.
pub struct SheetCells {
    pub values: Range<Data>,
    /// (row, column, formula) of every formula saved without a value, in the sheet's order.
    pub uncalculated: Vec<(u32, u32, String)>,
}

/// The cells of `sheet`, refused at the first cell beyond
/// [`MAX_ROWS`] rows or [`MAX_COLUMNS`] columns: the grid of a sheet is as large as its farthest
/// cell, and a tiny file with a cell at XFD1048576 would ask for hundreds of gigabytes. The
/// `.xlsx` and `.xlsb` cells are read one by one, before any grid is built; the `.xls` and
/// `.ods` reader builds its grids when it opens the file (from what the file holds), so their
/// size is checked there.
pub fn cells(book: &mut Book, sheet: &str) -> Result<SheetCells, AccountsProblem> {
    let unreadable = |err: &dyn std::fmt::Display| AccountsProblem::Unreadable {
        why: err.to_string(),
    };
    let beyond = |(row, column): (u32, u32)| {
        (row as usize >= MAX_ROWS || column >= MAX_COLUMNS).then(|| AccountsProblem::CellBeyond {
            row: row.saturating_add(1),
            column: column_name(column),
            rows: MAX_ROWS,
            columns: MAX_COLUMNS,
        })
    };
    let mut values: Vec<Cell<Data>> = Vec::new();
    let mut uncalculated = Vec::new();
    match book {
        Sheets::Xlsx(xlsx) => {
            let mut reader = match xlsx.worksheet_cells_reader(sheet) {
                Ok(reader) => reader,
                // A chart sheet holds no cells.
                Err(XlsxError::NotAWorksheet(_)) => {
                    return Ok(SheetCells {
                        values: Range::default(),
                        uncalculated,
                    });
                }
                Err(e) => return Err(unreadable(&e)),
            };
            while let Some(cell) = reader
                .next_cell_with_formula()
                .map_err(|e| unreadable(&e))?
            {
                if let Some(why) = beyond(cell.pos) {
                    return Err(why);
                }
                let formula = cell.formula.filter(|f| !f.trim().is_empty());
                match (cell.value, formula) {
                    (DataRef::Empty, Some(formula)) => {
                        uncalculated.push((cell.pos.0, cell.pos.1, formula));
                    }
                    (DataRef::Empty, None) => {}
                    (value, _) => values.push(Cell::new(cell.pos, Data::from(value))),
                }
            }
        }
        Sheets::Xlsb(xlsb) => {
            let mut reader = xlsb
                .worksheet_cells_reader(sheet)
                .map_err(|e| unreadable(&e))?;
            while let Some(cell) = reader.next_cell().map_err(|e| unreadable(&e))? {
                if let Some(why) = beyond(cell.get_position()) {
                    return Err(why);
                }
                if *cell.get_value() != DataRef::Empty {
                    values.push(Cell::new(
                        cell.get_position(),
                        Data::from(cell.get_value().clone()),
                    ));
                }
            }
        }
        Sheets::Xls(_) | Sheets::Ods(_) => {
            // Already built when the file was opened: copying them asks for no more than that.
            let range = book.worksheet_range(sheet).map_err(|e| unreadable(&e))?;
            if let Some(why) = range.end().and_then(beyond) {
                return Err(why);
            }
            let formulas = book.worksheet_formula(sheet).unwrap_or_default();
            if let Some(why) = formulas.end().and_then(beyond) {
                return Err(why);
            }
            if let Some((top, left)) = formulas.start() {
                for (row, column, formula) in formulas.used_cells() {
                    let at = (top + row as u32, left + column as u32);
                    if matches!(range.get_value(at), None | Some(Data::Empty))
                        && !formula.trim().is_empty()
                    {
                        uncalculated.push((at.0, at.1, formula.clone()));
                    }
                }
            }
            return Ok(SheetCells {
                values: range,
                uncalculated,
            });
        }
    }
    Ok(SheetCells {
        values: Range::from_sparse(values),
        uncalculated,
    })
}

/// The first formula of the sheet whose value was never calculated (a workbook written by a
/// program, not saved by a spreadsheet) in a column read as amounts: read as empty, its amount
/// would be lost. `left` is the sheet column of the records' first field, `amounts` the fields
/// read as amounts. A formula whose value is empty text (`=SI(C5=0;"";C5)`) was calculated.
pub(super) fn uncalculated(
    formulas: &[(u32, u32, String)],
    left: u32,
    amounts: &[usize],
) -> Option<AccountsProblem> {
    let read_as_amount = |column: u32| {
        column
            .checked_sub(left)
            .is_some_and(|field| amounts.contains(&(field as usize)))
    };
    formulas
        .iter()
        .find(|(_, column, _)| read_as_amount(*column))
        .map(|(row, column, formula)| AccountsProblem::Uncalculated {
            row: row.saturating_add(1),
            column: column_name(*column),
            formula: formula.trim_start_matches('=').to_owned(),
        })
}

/// « A », « Z », « AA »…
pub(super) fn column_name(index: u32) -> String {
    let mut name = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        name.push(char::from(b'A' + rest as u8));
        n = (n - 1) / 26;
    }
    name.iter().rev().collect()
}

/// The rows of a sheet as lines of text numbered as the sheet numbers them; and whether an
/// amount was written as text rather than as a number.
pub(super) fn records_of(range: &Range<Data>) -> (Vec<Record>, bool) {
    let first = range.start().map_or(0, |(row, _)| row as usize);
    let mut text_amounts = false;
    let records = range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            let cells = row
                .iter()
                .enumerate()
                .map(|(column, cell)| {
                    if column >= 2
                        && let Data::String(s) = cell
                    {
                        text_amounts |= s.trim().starts_with(|c: char| c.is_ascii_digit());
                    }
                    cell_text(cell)
                })
                .collect();
            (first + i + 1, cells)
        })
        .collect();
    (records, text_amounts)
}

/// A cell as the balance reader reads it. Numbers are written with a decimal comma and no
/// thousands sign, which no reading of points can take for anything else.
pub(super) fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(x) => number(*x),
        Data::Bool(true) => "VRAI".to_owned(),
        Data::Bool(false) => "FAUX".to_owned(),
        Data::DateTime(date) => day(date.as_f64()),
        Data::Error(err) => err.to_string(),
    }
}

/// A number of the sheet: « 1234,5 », « -80000 »; not a number (« NaN ») when it is none.
pub(super) fn number(x: f64) -> String {
    if x.is_finite() {
        format!("{x}").replace('.', ",")
    } else {
        "NaN".to_owned()
    }
}

/// A date of the sheet (days since 30 December 1899) as « JJ/MM/AAAA ».
pub(super) fn day(serial: f64) -> String {
    if !serial.is_finite() || !(0.0..=2_958_465.0).contains(&serial) {
        return number(serial);
    }
    // Days from 1970-01-01, then the civil calendar.
    calendar::day(calendar::civil(serial.floor() as i64 - 25_569))
}
