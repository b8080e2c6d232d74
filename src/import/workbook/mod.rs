//! Trial balances in the workbook the accountant attaches: `.xlsx`, `.xlsm`, `.xlsb`, `.xls` and
//! `.ods`, read with `calamine` from the bytes storage read. The first sheet that holds a
//! balance is read (or the one named), its numbers taken as numbers, and its rows go through
//! the same reader as a CSV file's lines.

mod cells;

pub use cells::cells;
use cells::{records_of, uncalculated};

use std::io::Cursor;

use calamine::{Ods, Reader, Sheets, Xls, Xlsb, Xlsx, XlsxError, open_workbook_from_rs};

use crate::import::balance::{Balance, Detection, from_records};
use crate::import::error::{AccountsError, AccountsProblem, Place};

/// The largest workbook read: a balance of several hundred thousand rows weighs a few MB.
const MAX_BYTES: usize = 64 * 1024 * 1024;

/// The most rows of a sheet read: a balance has a few thousand accounts.
pub const MAX_ROWS: usize = 300_000;

/// The most columns of a sheet read: a balance has a handful, the answer sheet six.
pub const MAX_COLUMNS: u32 = 64;

/// Zip archives: `.xlsx`, `.xlsm`, `.xlsb`, `.ods`.
const ZIP: &[u8] = b"PK\x03\x04";
/// OLE compound documents: `.xls`, and an encrypted `.xlsx`.
const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// The most rows a sheet of the Excel 97-2003 format (.xls, BIFF8) can have.
const XLS_MAX_ROWS: u32 = 65_536;

/// Whether a DIMENSIONS record (type 0x0200, 14 or 16 bytes: first row, last row + 1, first
/// column, last column + 1) in the raw bytes of a .xls declares more rows than the format allows.
/// calamine reserves room for the rows × columns a sheet declares before it reads a cell: such a
/// file would make it ask for terabytes and abort the app, which no `catch_unwind` catches. The
/// records are looked for in the raw bytes (the compound document is not unpacked): random bytes
/// matching the 4-byte record head and a size beyond the format are unlikely, and only refuse.
fn declares_too_many_rows(bytes: &[u8]) -> bool {
    bytes.windows(12).any(|w| match w {
        [0x00, 0x02, 0x0E | 0x10, 0x00, _, _, _, _, a, b, c, d] => {
            u32::from_le_bytes([*a, *b, *c, *d]) > XLS_MAX_ROWS
        }
        _ => false,
    })
}

/// Whether the file is meant as a workbook: by its name, or by its first bytes.
pub fn is_workbook(bytes: &[u8], name: &str) -> bool {
    super::named_like_workbook(name) || bytes.starts_with(ZIP) || bytes.starts_with(OLE)
}

pub type Book = Sheets<Cursor<Vec<u8>>>;

/// Reads the balance of a workbook: the sheet `sheet` when given, else the first sheet that
/// holds one. `name` is used in the messages. A workbook the reader cannot make sense of is
/// refused, never a panic.
pub fn read(bytes: &[u8], name: &str, sheet: Option<&str>) -> Result<Balance, AccountsError> {
    guarded(name, || read_unguarded(bytes, name, sheet)).unwrap_or_else(Err)
}

/// Runs `read` (which calls the workbook reader) so that a panic of that dependency on a
/// damaged file becomes a refusal naming `name`: the case stays as it was.
pub fn guarded<T>(name: &str, read: impl FnOnce() -> T) -> Result<T, AccountsError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read))
        .map_err(|_| AccountsError::new(&Place::file(name), AccountsProblem::Damaged))
}

fn read_unguarded(bytes: &[u8], name: &str, sheet: Option<&str>) -> Result<Balance, AccountsError> {
    let place = Place::file(name);
    let refused = |problem: AccountsProblem| AccountsError::new(&place, problem);
    if bytes.is_empty() {
        return Err(refused(AccountsProblem::EmptyWorkbook));
    }
    if bytes.len() > MAX_BYTES {
        return Err(refused(AccountsProblem::TooBig {
            megabytes: bytes.len() / (1024 * 1024),
            most: MAX_BYTES / (1024 * 1024),
        }));
    }
    let (mut book, kind) = open(bytes, name).map_err(refused)?;
    let names = book.sheet_names();
    let wanted: Vec<String> = match sheet {
        Some(wanted) => {
            let found = names.iter().find(|n| n.as_str() == wanted).or_else(|| {
                names
                    .iter()
                    .find(|n| n.trim().eq_ignore_ascii_case(wanted.trim()))
            });
            match found {
                Some(found) => vec![found.clone()],
                None => {
                    return Err(refused(AccountsProblem::NoSuchSheet {
                        wanted: wanted.to_owned(),
                        sheets: names.clone(),
                    }));
                }
            }
        }
        None => names.clone(),
    };
    if wanted.is_empty() {
        return Err(refused(AccountsProblem::NoSheet));
    }
    let mut found: Vec<(String, Balance)> = Vec::new();
    let mut sheets_refused: Vec<AccountsError> = Vec::new();
    for sheet in &wanted {
        let place = Place::sheet(name, sheet);
        let refused = |problem: AccountsProblem| AccountsError::new(&place, problem);
        if let Some(rows) = declared_rows(&mut book, sheet).filter(|r| *r > MAX_ROWS) {
            sheets_refused.push(refused(AccountsProblem::TooManyRows {
                rows,
                most: MAX_ROWS,
            }));
            continue;
        }
        match cells(&mut book, sheet) {
            Err(why) => sheets_refused.push(refused(why)),
            Ok(cells) if cells.values.is_empty() => {
                sheets_refused.push(refused(AccountsProblem::EmptySheet));
            }
            Ok(cells) => {
                let (records, text_amounts) = records_of(&cells.values);
                let left = cells.values.start().map_or(0, |(_, column)| column);
                let read = from_records(&records, Detection::default(), &place).and_then(|b| {
                    match uncalculated(&cells.uncalculated, left, &b.detection.amount_fields) {
                        Some(why) => Err(refused(why)),
                        None => Ok(b),
                    }
                });
                match read {
                    Ok(mut balance) => {
                        if !text_amounts {
                            balance.detection.decimal = "montants lus comme nombres du classeur";
                        }
                        found.push((sheet.clone(), balance));
                    }
                    Err(why) => sheets_refused.push(why),
                }
            }
        }
    }
    let holding: Vec<String> = found.iter().map(|(s, _)| s.clone()).collect();
    let mut sheets = holding.iter().cloned();
    let Some(first) = sheets.next() else {
        return Err(match sheets_refused.as_slice() {
            [one] => one.clone(),
            _ => refused(AccountsProblem::NoSheetHolds {
                refused: sheets_refused,
            }),
        });
    };
    let others: Vec<String> = sheets.collect();
    let Some((_, mut balance)) = found.into_iter().next() else {
        return Err(refused(AccountsProblem::NoSheet));
    };
    let mut said = format!("classeur {kind}, feuille « {first} »");
    if !others.is_empty() {
        said.push_str(&format!(
            " (la première qui tient une balance ; {} aussi : pour en lire une autre, --sheet NOM en ligne de commande, ou « feuille à importer » dans la fenêtre)",
            quoted(&others)
        ));
    }
    balance.detection.workbook = Some(said);
    balance.detection.sheet = Some(first);
    balance.detection.sheets = if sheet.is_some() {
        // Only the sheet asked for was read: the others stay as the first reading found them.
        Vec::new()
    } else {
        holding
    };
    balance.detection.encoding = "classeur";
    balance.detection.separator = "";
    Ok(balance)
}

/// Opens the workbook by what its first bytes are; says what the file is when it is none.
fn open(bytes: &[u8], name: &str) -> Result<(Book, &'static str), AccountsProblem> {
    let cursor = || Cursor::new(bytes.to_vec());
    let lower = name.to_lowercase();
    if bytes.starts_with(ZIP) {
        if lower.ends_with(".xlsb")
            && let Ok(book) = open_workbook_from_rs::<Xlsb<_>, _>(cursor())
        {
            return Ok((Sheets::Xlsb(book), "Excel binaire (.xlsb)"));
        }
        match open_workbook_from_rs::<Xlsx<_>, _>(cursor()) {
            Ok(book) => return Ok((Sheets::Xlsx(book), "Excel (.xlsx)")),
            Err(XlsxError::Password) => return Err(AccountsProblem::Password),
            Err(_) => {}
        }
        if let Ok(book) = open_workbook_from_rs::<Ods<_>, _>(cursor()) {
            return Ok((Sheets::Ods(book), "OpenDocument (.ods)"));
        }
        if let Ok(book) = open_workbook_from_rs::<Xlsb<_>, _>(cursor()) {
            return Ok((Sheets::Xlsb(book), "Excel binaire (.xlsb)"));
        }
        return Err(AccountsProblem::BadZip);
    }
    if bytes.starts_with(OLE) {
        // An encrypted .xlsx is an OLE document holding the encrypted package.
        if let Err(XlsxError::Password) = open_workbook_from_rs::<Xlsx<_>, _>(cursor()) {
            return Err(AccountsProblem::Password);
        }
        if declares_too_many_rows(bytes) {
            return Err(AccountsProblem::XlsTooManyRows { most: XLS_MAX_ROWS });
        }
        return match open_workbook_from_rs::<Xls<_>, _>(cursor()) {
            Ok(book) => Ok((Sheets::Xls(book), "Excel 97-2003 (.xls)")),
            Err(err) => Err(AccountsProblem::BadXls {
                why: err.to_string(),
            }),
        };
    }
    Err(AccountsProblem::NotAWorkbook)
}

/// The rows an `.xlsx` sheet declares it spans, read before its cells: a sheet of a million
/// rows is refused without being read whole.
fn declared_rows(book: &mut Book, sheet: &str) -> Option<usize> {
    let Sheets::Xlsx(xlsx) = book else {
        return None;
    };
    let dimensions = xlsx.worksheet_cells_reader(sheet).ok()?.dimensions();
    Some(dimensions.end.0.saturating_sub(dimensions.start.0) as usize + 1)
}

/// « « A », « B » ».
fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("« {n} »"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::cells::{column_name, day, number};

    #[test]
    fn an_xls_declaring_more_rows_than_the_format_allows_is_refused_before_it_is_read() {
        // An OLE document whose sheet's DIMENSIONS record (0x0200, 14 bytes) says 4 billion
        // rows: calamine would reserve room for them all and the app would abort.
        let mut bytes = super::OLE.to_vec();
        bytes.extend([0u8; 100]);
        bytes.extend([0x00, 0x02, 0x0E, 0x00]);
        bytes.extend(0u32.to_le_bytes());
        bytes.extend(u32::MAX.to_le_bytes());
        bytes.extend([0, 0, 1, 0, 0, 0]);
        let message = super::read(&bytes, "fabrique.xls", None)
            .unwrap_err()
            .to_string();
        assert!(message.contains("plus de 65536 lignes"), "{message}");
        assert!(!super::declares_too_many_rows(&bytes[..100]));
    }

    use super::*;

    #[test]
    fn sheet_dates_read_as_french_days() {
        assert_eq!(day(45_657.0), "31/12/2024");
        assert_eq!(day(25_569.0), "01/01/1970");
        assert_eq!(day(45_351.5), "29/02/2024");
    }

    #[test]
    fn only_a_formula_never_calculated_in_an_amount_column_is_refused() {
        // A label made by formula in C5, an amount in D12, neither calculated.
        let formulas = [
            (4, 2, "B5&\" \"".to_owned()),
            (11, 3, "-150000*2".to_owned()),
        ];
        // Records from column B: C is the label (field 1), D the amounts (field 2).
        let said = uncalculated(&formulas, 1, &[2]).unwrap();
        assert_eq!(
            said,
            AccountsProblem::Uncalculated {
                row: 12,
                column: "D".to_owned(),
                formula: "-150000*2".to_owned()
            }
        );
        // Amounts in E only: neither formula is in them.
        assert_eq!(uncalculated(&formulas, 1, &[3]), None);
        // Records from column A: C is an amount.
        let said = uncalculated(&formulas, 0, &[2]);
        assert!(
            matches!(&said, Some(AccountsProblem::Uncalculated { row: 5, column, .. }) if column == "C"),
            "{said:?}"
        );
    }

    #[test]
    fn columns_are_named_as_the_spreadsheet_names_them() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
    }

    #[test]
    fn numbers_are_written_so_that_no_reading_of_points_changes_them() {
        assert_eq!(number(2.5), "2,5");
        assert_eq!(number(-80_000.0), "-80000");
        assert_eq!(number(1.125), "1,125");
        assert_eq!(number(f64::NAN), "NaN");
    }
}
