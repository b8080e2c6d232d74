//! Why a file of accounts or a mapping table cannot be read, as facts: which file and sheet,
//! which line, cell or column, the value found and what was expected. No sentence is built
//! here: the text floor words them (`text::accounts_refusal`, `text::mapping_refusal`), in French
//! for `Display` (the command line, the documents) and in the window's language for the window.

use super::fec_exercice::Exercice;

/// Where a refusal is: a file, or a sheet of a workbook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub sheet: Option<String>,
}

impl Place {
    /// The file `name`.
    pub fn file(name: &str) -> Place {
        Place {
            file: name.to_owned(),
            sheet: None,
        }
    }

    /// The sheet `sheet` of the workbook `name`.
    pub fn sheet(name: &str, sheet: &str) -> Place {
        Place {
            file: name.to_owned(),
            sheet: Some(sheet.to_owned()),
        }
    }
}

/// A file of accounts refused: where, and what is wrong there.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub struct AccountsError {
    pub place: Place,
    pub problem: AccountsProblem,
}

impl AccountsError {
    pub(super) fn new(place: &Place, problem: AccountsProblem) -> AccountsError {
        AccountsError {
            place: place.clone(),
            problem,
        }
    }
}

/// Why an amount cell is not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountProblem {
    NotAnAmount,
    /// Not finite, or beyond 10¹³.
    OutOfRange,
}

/// A column of a line, as the refusal names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// From 1.
    pub number: usize,
    pub name: ColumnName,
}

/// What a column is called.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ColumnName {
    Unnamed,
    /// A column of the FEC, by its name in the standard (« Debit »).
    Fec(&'static str),
    /// A column of a balance, by its header.
    Header(String),
}

/// What is wrong in a file of accounts. The place is the `AccountsError`'s.
#[derive(Clone, Debug, PartialEq)]
pub enum AccountsProblem {
    // The FEC.
    /// The header has `found` columns, not 18, 19 or 22.
    FecHeaderWidth { found: usize },
    /// Column `column` of the header is `found` instead of one of `expected`; `regime`: one of
    /// the four columns of the BNC/BA regimes.
    FecHeaderName {
        column: usize,
        found: String,
        expected: Vec<&'static str>,
        regime: bool,
    },
    /// Line `line` has `found` fields, the header `expected`, separated by `separator`.
    FecFieldCount {
        line: usize,
        found: usize,
        expected: usize,
        separator: char,
    },
    /// « EcritureDate » (column 4) of line `line` is not a date.
    FecDate { line: usize, found: String },
    /// « Sens » (column 13) of line `line` is neither debit nor credit.
    FecSense { line: usize, found: String },
    /// Not one entry.
    NoEntry,
    /// The one exercice of the file is not the year asked.
    OtherExercice { exercice: Exercice, asked: i32 },
    /// No entry dated `year`; the file holds `years`.
    NoEntryIn { year: i32, years: Vec<i32> },
    /// The file spans `years` and none was chosen.
    SeveralYears { years: Vec<i32> },

    // Balances (CSV and sheets), and the FEC's cells.
    /// The account cell of line `line` does not start with a digit.
    NotAnAccount {
        line: usize,
        column: Option<Column>,
        found: String,
    },
    /// An amount cell is not an amount.
    NotAnAmount {
        line: usize,
        column: Column,
        found: String,
        why: AmountProblem,
    },
    /// `megabytes` MB, `most` at most.
    TooBig { megabytes: usize, most: usize },
    /// A CSV file with nothing in it.
    Empty,
    /// A quote opened on line `line` is never closed.
    UnclosedQuote { line: usize },
    /// The CSV reader cannot read line `line`.
    UnreadableLine { line: usize },
    /// Fewer than three columns; `separators`: a CSV file, whose separators are said.
    NotABalance { separators: bool },
    /// Line `line` has `found` fields, not `expected` (the header's when `header`).
    FieldCount {
        line: usize,
        found: usize,
        expected: usize,
        header: bool,
    },
    /// No line of accounts.
    NoAccountLine,
    /// No header in the first `within` lines, and lines 1 to `last` are not accounts.
    NoHeader { within: usize, last: usize },
    /// Two amount columns without a header, and no class 6 or 7 account to tell them.
    TwoUnnamedAmounts,
    /// Three amount columns without a header, the third not the difference of the others.
    ThreeUnnamedAmounts,
    /// `count` columns after the account and the label, none named.
    AmountColumns { count: usize },

    // Workbooks.
    /// The workbook reader failed on it.
    Damaged,
    /// 0 bytes.
    EmptyWorkbook,
    /// No sheet `wanted`; its sheets are `sheets`.
    NoSuchSheet { wanted: String, sheets: Vec<String> },
    /// No sheet at all.
    NoSheet,
    /// The sheet declares `rows` rows, more than `most`.
    TooManyRows { rows: usize, most: usize },
    /// A cell at `row` (from 1), column `column` (« XFD »), beyond `rows` rows and `columns`
    /// columns.
    CellBeyond {
        row: u32,
        column: String,
        rows: usize,
        columns: u32,
    },
    /// The sheet is empty.
    EmptySheet,
    /// The formula at `row` (from 1), column `column` read as an amount has no value.
    Uncalculated {
        row: u32,
        column: String,
        formula: String,
    },
    /// No sheet holds a balance: why each was refused.
    NoSheetHolds { refused: Vec<AccountsError> },
    /// Protected by a password.
    Password,
    /// A zip archive that is no workbook.
    BadZip,
    /// A `.xls` declaring more than `most` rows.
    XlsTooManyRows { most: u32 },
    /// A `.xls` the reader refuses, with its reason (the reader's words).
    BadXls { why: String },
    /// Neither a zip archive nor an OLE document.
    NotAWorkbook,
    /// The sheet cannot be read, with the reader's words.
    Unreadable { why: String },
}

/// A mapping table refused.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub struct MappingError {
    /// The table's name (its path).
    pub name: String,
    pub problem: MappingProblem,
}

/// What is wrong in a mapping table.
#[derive(Clone, Debug, PartialEq)]
pub enum MappingProblem {
    /// Not RON at `line`, `column`; `message` is the model's wording of the RON error.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// A rule breaks a rule of the account rules.
    Rule(crate::model::Problem),
}
