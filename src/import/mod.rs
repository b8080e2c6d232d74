//! Starting from the accounts: a trial balance (« balance comptable ») read from CSV or a
//! workbook, or the
//! « Fichier des écritures comptables » (FEC) summed per account; its
//! accounts mapped to resource kinds, reviewed, and put into a snapshot; and the answers of an
//! autodiagnostic workbook filled by the association.

mod amount;
mod amount_columns;
pub mod answer_sheet;
mod balance;
pub mod calendar;
mod error;
pub mod fec;
mod fec_exercice;
mod fec_layout;
mod fold;
mod header;
mod mapping;
pub mod paste;
mod plan;
mod review;
mod workbook;

pub use amount::parse_amount;
pub use balance::{Balance, Detection, Opening, Row, TAB_NAME, read};
pub use error::{
    AccountsError, AccountsProblem, AmountProblem, Column, ColumnName, MappingError,
    MappingProblem, Place,
};
pub use fec_exercice::Exercice;
pub use mapping::{Action, Mapping, Rule};
pub use plan::{
    Destination, ImportError, Item, Plan, ReservesProposal, Totals, apply, propose, year_in,
};
pub use review::{Review, remember};
pub use workbook::is_workbook;

/// The extensions of the files of accounts read (CSV balance, FEC, then the workbooks), as the
/// file dialog filters them and a file dropped on the window is recognised.
pub const ACCOUNT_EXTENSIONS: [&str; 7] = ["csv", "txt", "xlsx", "xlsm", "xlsb", "xls", "ods"];

/// The workbooks among them (`ACCOUNT_EXTENSIONS` from the third on).
pub const WORKBOOK_EXTENSIONS: &[&str] = ACCOUNT_EXTENSIONS.split_at(2).1;

/// Whether `name` ends with one of `extensions`, whatever its case.
fn named_like(name: &str, extensions: &[&str]) -> bool {
    let lower = name.to_lowercase();
    lower
        .rsplit_once('.')
        .is_some_and(|(_, ext)| extensions.contains(&ext))
}

/// Whether `name` is named like a file of accounts.
pub fn named_like_accounts(name: &str) -> bool {
    named_like(name, &ACCOUNT_EXTENSIONS)
}

/// Whether `name` is named like a workbook.
pub fn named_like_workbook(name: &str) -> bool {
    named_like(name, WORKBOOK_EXTENSIONS)
}

/// The largest file of accounts read: a FEC of about two million entries.
pub const MAX_ACCOUNTS_BYTES: u64 = 512 * 1024 * 1024;

/// The accounts of a file as an accountant hands it over: a workbook (by its name or first
/// bytes; its sheet `sheet`, else the first holding a balance), a FEC (detected from its
/// header) for fiscal year `year` (or `hint` when it spans several), or a trial balance in CSV.
pub fn read_accounts(
    bytes: &[u8],
    name: &str,
    years: (Option<i32>, Option<i32>),
    sheet: Option<&str>,
) -> Result<Balance, AccountsError> {
    if workbook::is_workbook(bytes, name) {
        workbook::read(bytes, name, sheet)
    } else if fec::is_fec(bytes) {
        fec::read(bytes, name, years)
    } else {
        read(bytes, name)
    }
}

/// As [`read_accounts`], for the window: a FEC of several years is read for `hint` (the
/// snapshot shown) when it holds it, else for its latest year; the review then asks which year
/// to import.
pub fn read_accounts_else_latest(
    bytes: &[u8],
    name: &str,
    hint: Option<i32>,
) -> Result<Balance, AccountsError> {
    if workbook::is_workbook(bytes, name) {
        workbook::read(bytes, name, None)
    } else if fec::is_fec(bytes) {
        fec::read_else_latest(bytes, name, hint)
    } else {
        read(bytes, name)
    }
}
