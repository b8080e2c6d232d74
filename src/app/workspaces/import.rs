//! A file of accounts under review (« Import de balance »): read, read again for another sheet
//! or exercice, mapped with another table, then put into the case as one undoable step. Every
//! failure is said in the window's language and leaves the case and the review as they were.

use std::path::{Path, PathBuf};

use super::file_name;
use crate::app::i18n::Lang;
use crate::import::{AccountsError, Balance, ImportError, Review};
use crate::model::Case;
use crate::storage::{self, MappingLoadError};

/// The largest file of accounts read: a FEC of a large association is far bigger than a case.
const MAX_BALANCE_BYTES: u64 = crate::import::MAX_ACCOUNTS_BYTES;

/// The import under review, as the screen shows it.
pub struct ImportState {
    pub source: PathBuf,
    pub review: Review,
    /// Show only the accounts that waited for the consultant when the file was read (they stay
    /// listed once handled, so that a row never vanishes under the pointer).
    pub only_pending: bool,
    /// For each account, whether it waited for the consultant when the file was read.
    pub to_review: Vec<bool>,
}

impl ImportState {
    pub fn new(source: PathBuf, review: Review) -> ImportState {
        let to_review: Vec<bool> = review
            .plan
            .items
            .iter()
            .map(|i| i.needs_attention())
            .collect();
        ImportState {
            source,
            only_pending: to_review.contains(&true),
            to_review,
            review,
        }
    }

    /// After another mapping, the accounts to review are those that wait now.
    pub fn remap(&mut self) {
        self.to_review = self
            .review
            .plan
            .items
            .iter()
            .map(|i| i.needs_attention())
            .collect();
    }
}

/// Why the accounts could not be read, or read again: the case, and the review
/// under way, stay as they were.
#[derive(Debug)]
pub enum ReadFailed {
    /// The file itself (storage's refusal, worded by the text floor).
    File(storage::ReadError),
    Accounts(Box<AccountsError>),
    /// The file read again is no longer the workbook (or the FEC) under review.
    Changed {
        name: String,
        workbook: bool,
    },
}

/// A failure of `start_import` (nothing was under review) or of a reading again (the review
/// under way stays).
#[derive(Debug)]
pub struct ImportFailed {
    pub why: ReadFailed,
    /// Whether an import was under review.
    pub under_review: bool,
}

impl ImportFailed {
    /// The failure in `lang`, with what stayed as it was.
    pub fn said(&self, lang: Lang) -> String {
        let why = match &self.why {
            ReadFailed::File(e) => lang.f("Balance : {}", &[&crate::text::read_refusal(e, lang)]),
            ReadFailed::Accounts(e) => crate::text::accounts_refusal(e, lang),
            ReadFailed::Changed { name, workbook } => {
                let name = lang.quoted(name);
                if *workbook {
                    lang.f(
                        "{} a changé depuis sa lecture (ce n'est plus le même classeur) : annulez l'import et recommencez.",
                        &[&name],
                    )
                } else {
                    lang.f(
                        "{} a changé depuis sa lecture (ce n'est plus le même FEC) : annulez l'import et recommencez.",
                        &[&name],
                    )
                }
            }
        };
        if self.under_review {
            lang.f("{} L'import en cours n'a pas changé.", &[&why])
        } else {
            lang.f("{} Le dossier n'a pas changé.", &[&why])
        }
    }
}

/// What an import put into the case.
pub struct Imported {
    /// The case with the accounts in it, to replace the open one as one undo step.
    pub case: Case,
    pub count: usize,
    /// The snapshot imported into.
    pub label: String,
    /// The name of the file of accounts.
    pub source: String,
}

impl super::Workspaces {
    /// Reads the accounts at `path` for review against `case`; a FEC of several years is read
    /// for `hint` (the year of the snapshot shown) when it holds it, else for its latest.
    pub fn start_import(
        &mut self,
        path: &Path,
        case: &Case,
        hint: Option<i32>,
    ) -> Result<(), ImportFailed> {
        let name = file_name(path);
        let balance = storage::read_bytes(path, MAX_BALANCE_BYTES)
            .map_err(ReadFailed::File)
            .and_then(|bytes| {
                crate::import::read_accounts_else_latest(&bytes, &name, hint)
                    .map_err(|e| ReadFailed::Accounts(Box::new(e)))
            })
            .map_err(|why| ImportFailed {
                why,
                under_review: false,
            })?;
        let review = Review::new(balance, &name, case, storage::this_year());
        self.import = Some(ImportState::new(path.to_owned(), review));
        Ok(())
    }

    /// The reviewed import carried out on a copy of `case` (`Review::finish`: the window and
    /// the command line alike); the review closes once the app has put that copy in place.
    pub fn finish_import(&self, case: &Case) -> Result<Option<Imported>, ImportError> {
        let Some(state) = &self.import else {
            return Ok(None);
        };
        let (case, count, label) = state.review.finish(case)?;
        Ok(Some(Imported {
            case,
            count,
            label,
            source: file_name(&state.source),
        }))
    }

    /// « Feuille à importer »: the workbook under review read again from `sheet`; the
    /// assignments made by hand stay.
    pub fn import_sheet(&mut self, sheet: &str, case: &Case) -> Result<(), ImportFailed> {
        let Some(state) = &mut self.import else {
            return Ok(());
        };
        let name = file_name(&state.source);
        let sheets = state.review.balance.detection.sheets.clone();
        let balance = read_again(&state.source, |bytes| {
            crate::import::read_accounts(bytes, &name, (None, None), Some(sheet))
        })
        .and_then(|mut balance| {
            // Only a sheet of the same workbook replaces the accounts under review.
            if sheets.iter().any(|s| s == sheet)
                && balance.detection.sheet.as_deref() == Some(sheet)
            {
                balance.detection.sheets = sheets;
                Ok(balance)
            } else {
                Err(ReadFailed::Changed {
                    name: name.clone(),
                    workbook: true,
                })
            }
        })
        .map_err(unchanged)?;
        state.review.use_balance(balance, case);
        state.remap();
        Ok(())
    }

    /// « Exercice à importer »: the FEC under review read again for `year`; the assignments
    /// made by hand stay.
    pub fn import_year(&mut self, year: i32, case: &Case) -> Result<(), ImportFailed> {
        let Some(state) = &mut self.import else {
            return Ok(());
        };
        let name = file_name(&state.source);
        // The file may have changed on disk since it was read: only the same FEC, read for
        // another of its years, replaces the accounts under review.
        let same_years = state.review.balance.detection.years.clone();
        let balance = read_again(&state.source, |bytes| {
            crate::import::read_accounts(bytes, &name, (Some(year), None), None)
        })
        .and_then(|balance| {
            if balance.detection.year == Some(year) && balance.detection.years == same_years {
                Ok(balance)
            } else {
                Err(ReadFailed::Changed {
                    name: name.clone(),
                    workbook: false,
                })
            }
        })
        .map_err(unchanged)?;
        state.review.use_balance(balance, case);
        state.remap();
        Ok(())
    }

    /// « Autre table… »: maps the accounts under review with the table at `path`; a table that
    /// cannot be used changes nothing.
    pub fn use_mapping(&mut self, path: &Path, case: &Case) -> Result<(), MappingLoadError> {
        let mapping = storage::load_mapping(path)?;
        if let Some(state) = &mut self.import {
            state.review.use_mapping(mapping, case);
            state.remap();
        }
        Ok(())
    }
}

/// The file under review read again, then `read` from its bytes.
fn read_again(
    source: &Path,
    read: impl FnOnce(&[u8]) -> Result<Balance, AccountsError>,
) -> Result<Balance, ReadFailed> {
    storage::read_bytes(source, MAX_BALANCE_BYTES)
        .map_err(ReadFailed::File)
        .and_then(|bytes| read(&bytes).map_err(|e| ReadFailed::Accounts(Box::new(e))))
}

/// A failure to read the file again: the review stays as it was.
fn unchanged(why: ReadFailed) -> ImportFailed {
    ImportFailed {
        why,
        under_review: true,
    }
}
