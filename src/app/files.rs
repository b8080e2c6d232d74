//! What the window does with files: open, save (asking first when another program changed the
//! file), export, the anonymised copy, the recovery copy, portfolios, comparisons and trial
//! balance imports. Every failure is said in French and changes nothing.

use std::path::Path;

use super::App;
use super::command::{Command, Pending};
use super::dialogs::export::ExportChoice;
use super::dialogs::path_prompt::PathFor;
use super::dialogs::question::Question;
use super::document::Document;
use super::file_dialogs::{self, Picked};
use super::screens::compare::ComparisonState;
use super::screens::import::ImportState;
use super::screens::portfolio::{PortfolioExport, PortfolioState};
use super::view::View;
use crate::import::Review;
use crate::model::Case;
use crate::portfolio::{Portfolio, csv};
use crate::report::portfolio::portfolio_layout;
use crate::storage;

/// Largest trial balance read, in bytes: a balance is a few hundred lines.
/// A FEC of a large association is far bigger than a case file.
const MAX_BALANCE_BYTES: u64 = crate::import::MAX_ACCOUNTS_BYTES;

/// How a save ended.
#[derive(Debug, PartialEq, Eq)]
enum Written {
    Saved,
    /// Nothing written: the file changed on disk since it was opened here.
    ChangedOnDisk,
    /// Nothing written; the reason was said.
    Failed,
}

impl App {
    /// Opens `path` in place of the current case (no question asked: see `request`).
    pub fn open_path(&mut self, path: &Path) {
        match Document::open(path) {
            Ok(doc) => {
                self.replace_document(doc);
                self.settings.remember(path);
                self.store_settings();
            }
            Err(err) => self
                .toasts
                .error(format!("{err} Le dossier ouvert n'a pas changé.")),
        }
    }

    /// Saves to `path`; on failure the case stays open and modified, and the message says why.
    pub fn save_to(&mut self, path: &Path) -> bool {
        self.write_case(path, false) == Written::Saved
    }

    /// Writes the case to `path` under the case's lock. With `unless_changed`, the file is first
    /// checked, under that same lock, to be the one opened here: a command or another window
    /// that wrote it meanwhile (an import, while this window waited for the lock) is never
    /// overwritten without asking.
    fn write_case(&mut self, path: &Path, unless_changed: bool) -> Written {
        let reference = self.typology.reference();
        if self.document.case().typology != reference {
            self.document.case_mut().typology = reference;
        }
        let lock = match storage::lock_case(path, storage::LOCK_WAIT) {
            Ok(lock) => lock,
            Err(err) => return self.save_failed(&err.to_string()),
        };
        if unless_changed && self.document.changed_on_disk() {
            return Written::ChangedOnDisk;
        }
        let saved = self.document.save_to(path);
        drop(lock);
        match saved {
            Ok(()) => {
                self.settings.remember(path);
                self.store_settings();
                self.paths.clear_recovery();
                Written::Saved
            }
            Err(err) => self.save_failed(&err.to_string()),
        }
    }

    fn save_failed(&mut self, err: &str) -> Written {
        self.toasts.error(format!(
            "{err} Vos modifications restent ouvertes : réessayez ou choisissez « Enregistrer sous… »."
        ));
        Written::Failed
    }

    /// « Enregistrer »: to the document's file, or through the dialog for a new case. If
    /// another program changed the file since it was opened, asks before overwriting it.
    pub fn save(&mut self) -> bool {
        self.save_then(None)
    }

    /// Saves, then carries out `next` (new, open, quit) once the case is safely on disk.
    pub(super) fn save_then(&mut self, next: Option<Pending>) -> bool {
        let Some(path) = self.document.path.clone() else {
            return self.save_as_then(next);
        };
        match self.write_case(&path, true) {
            Written::Saved => {
                if let Some(next) = next {
                    self.perform(next);
                }
                true
            }
            Written::ChangedOnDisk => {
                self.question = Some(Question::ChangedOnDisk(next));
                false
            }
            Written::Failed => false,
        }
    }

    pub fn save_as(&mut self) -> bool {
        self.save_as_then(None)
    }

    /// « Enregistrer sous… », then `next` once saved. Where no dialog can be shown, the path is
    /// asked in the app and the save happens when it is given.
    pub(super) fn save_as_then(&mut self, next: Option<Pending>) -> bool {
        let name = format!("{}.ron", file_stem(self.document.case()));
        match file_dialogs::save_as("ron", &name, None) {
            Picked::File(path) => {
                let saved = self.save_to(&path);
                if saved && let Some(next) = next {
                    self.perform(next);
                }
                saved
            }
            Picked::Cancelled => false,
            Picked::Unavailable => {
                self.chosen(PathFor::SaveAs(next), Picked::Unavailable, &name);
                false
            }
        }
    }

    /// Writes an anonymised copy of the case to `path`; the open case is untouched.
    pub fn save_anonymised_copy(&mut self, path: &Path) -> bool {
        let open: Vec<&Path> = self.document.path.as_deref().into_iter().collect();
        if let Err(err) = storage::check_output(path, &open, false) {
            self.toasts.error(format!("Rien n'a été écrit : {err}."));
            return false;
        }
        let copy = crate::model::anonymise(self.document.case());
        match storage::save(&copy, path) {
            Ok(()) => {
                self.toasts.last_export = Some(path.to_owned());
                true
            }
            Err(err) => {
                self.toasts.error(err.to_string());
                false
            }
        }
    }

    /// Exports the selected snapshot's report to `path`; says what failed in French.
    pub fn export_to(&mut self, path: &Path, choice: ExportChoice) -> bool {
        let open: Vec<&Path> = self.document.path.as_deref().into_iter().collect();
        if let Err(err) = storage::check_output(path, &open, false) {
            self.toasts.error(format!("Rien n'a été exporté : {err}."));
            return false;
        }
        let Some(label) = self
            .document
            .case()
            .snapshots
            .get(self.selected)
            .map(|s| s.label.clone())
        else {
            return false;
        };
        let options = crate::report::Options {
            questionnaire: self.questionnaire.clone().map(Box::new),
            ..choice.options
        };
        let written = crate::report::export(
            self.document.case(),
            &label,
            &self.typology,
            (choice.format, options),
            path,
        );
        self.exported(path, written)
    }

    /// Records the outcome of an export to `path`: shown when done, explained when not.
    fn exported(&mut self, path: &Path, written: Result<(), String>) -> bool {
        match written {
            Ok(()) => {
                self.settings.last_export_dir = path.parent().map(Path::to_path_buf);
                self.store_settings();
                self.toasts.last_export = Some(path.to_owned());
                true
            }
            Err(err) => {
                self.toasts.error(format!(
                    "L'export vers « {} » a échoué : {err}. Aucun fichier n'a été écrit.",
                    path.display()
                ));
                false
            }
        }
    }

    /// The default name of an exported file: organisation and snapshot.
    pub fn export_stem(&self) -> String {
        let snapshot = self
            .document
            .case()
            .snapshots
            .get(self.selected)
            .map_or(String::new(), |s| s.label.replace(' ', "-"));
        format!("{}-{snapshot}", file_stem(self.document.case()))
    }

    /// New, open or quit: asks about unsaved changes first.
    pub fn request(&mut self, action: Pending) {
        if self.document.is_saved() {
            self.perform(action);
        } else {
            self.question = Some(Question::Unsaved(action));
        }
    }

    pub(super) fn perform(&mut self, action: Pending) {
        match action {
            Pending::New => {
                let year = current_year();
                self.replace_document(Document::unsaved(Case::new_blank(year), None));
            }
            Pending::Open(path) => self.open_path(&path),
            Pending::Quit => {
                self.quitting = true;
                self.paths.clear_recovery();
            }
        }
    }

    /// Opens sample case `index` as an unsaved copy: saving it asks where, the sample itself
    /// is never written.
    pub fn open_example(&mut self, index: usize) {
        let Some((file, _, text)) = super::screens::start::EXAMPLES.get(index) else {
            return;
        };
        match storage::parse(text.as_bytes(), Path::new(file)) {
            Ok(case) => self.replace_document(Document::example(case, file)),
            Err(err) => self.toasts.error(err.to_string()),
        }
    }

    fn replace_document(&mut self, doc: Document) {
        self.document = doc;
        if self.view == View::Start {
            self.view = View::Matrix;
        }
        self.selected = self.document.case().default_snapshot_index();
        self.last_edit = None;
        self.clear_drafts();
        self.paths.clear_recovery();
    }

    /// Reads the position against `reference` (a shipped one, or the one in use), or none;
    /// remembered for the next run.
    pub fn set_reference(&mut self, reference: Option<crate::analysis::reference::Reference>) {
        let builtin = crate::analysis::reference::builtin();
        self.reference_source = match &reference {
            None => None,
            Some(r) if builtin.iter().any(|b| b.id == r.id) => Some(r.id.clone()),
            Some(_) => self.reference_source.clone(),
        };
        self.reference = reference;
        self.settings.reference = self.reference_source.clone();
        self.store_settings();
    }

    /// « Autre référence (fichier)… »: the reference at `path`, remembered for the next run; a
    /// file that cannot be read is refused with why, and the reference in use stays.
    pub fn use_reference(&mut self, path: &Path) {
        match crate::storage::load_reference(path) {
            Ok(reference) => {
                self.shown_reference(reference, path);
                self.settings.reference = self.reference_source.clone();
                self.store_settings();
            }
            Err(err) => self.toasts.error(format!(
                "{}. La référence en usage n'a pas changé.",
                sentence(&err.to_string())
            )),
        }
    }

    /// Reads the position against `reference`, read from (or written to) `path`, for this run.
    pub fn shown_reference(
        &mut self,
        reference: crate::analysis::reference::Reference,
        path: &Path,
    ) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.reference_source = Some(path.display().to_string());
        self.reference = Some(reference);
    }

    /// `--reference`: a shipped one's id or a file, for this run (not remembered).
    pub fn reference_from_command_line(&mut self, id_or_path: &str) -> Result<(), String> {
        let reference = crate::storage::find_reference(id_or_path).map_err(|e| e.to_string())?;
        if crate::analysis::reference::builtin()
            .iter()
            .any(|b| b.id == id_or_path)
        {
            self.reference_source = Some(id_or_path.to_owned());
            self.reference = Some(reference);
        } else {
            self.shown_reference(reference, Path::new(id_or_path));
        }
        Ok(())
    }

    /// At start, the reference chosen last time, read again; gone or spoilt, none (and said
    /// why).
    pub fn restore_reference(&mut self) {
        let Some(source) = self.settings.reference.clone() else {
            return;
        };
        match crate::storage::find_reference(&source) {
            Ok(reference) => {
                self.reference = Some(reference);
                self.reference_source = Some(source);
            }
            Err(err) => self.toasts.error(format!(
                "La référence choisie la dernière fois n'a pas pu être relue : {}. Aucune référence n'est choisie.",
                sentence(&err.to_string())
            )),
        }
    }

    pub(super) fn store_settings(&mut self) {
        if let Err(err) = self.paths.save_settings(&self.settings) {
            self.toasts.error(format!(
                "Les préférences n'ont pas pu être enregistrées : {err}"
            ));
        }
    }

    /// Writes the recovery copy when the case has unsaved changes.
    pub fn autosave(&mut self) {
        if self.document.is_saved() {
            return;
        }
        if let Err(err) = self
            .paths
            .write_recovery(self.document.case(), self.document.path.as_deref())
        {
            self.toasts.error(format!(
                "La copie de récupération n'a pas pu être écrite : {err}"
            ));
        }
    }

    /// What dropping `path` on the window does.
    pub fn drop_path(&mut self, path: &Path) {
        for command in dropped(path) {
            self.apply(command);
        }
    }

    // ----- portfolio -----------------------------------------------------------------------

    /// Opens the folder `dir` as a portfolio and shows it; says why when it cannot be read.
    pub fn open_portfolio(&mut self, dir: &Path) {
        match Portfolio::load(dir, &self.typology) {
            Ok(portfolio) => {
                self.screens.portfolio.state = Some(PortfolioState::new(portfolio));
                self.view = View::Portfolio;
            }
            Err(err) => self.toasts.error(err.to_string()),
        }
    }

    /// Reloads the open portfolio from its folder, keeping filters and sort.
    pub fn reload_portfolio(&mut self) {
        let Some(state) = &self.screens.portfolio.state else {
            return;
        };
        match Portfolio::load(&state.portfolio.folder, &self.typology) {
            Ok(portfolio) => {
                if let Some(state) = &mut self.screens.portfolio.state {
                    state.portfolio = portfolio;
                    state.selected = None;
                }
            }
            Err(err) => self.toasts.error(err.to_string()),
        }
    }

    /// Writes the shown portfolio (filters, sort and anonymisation as on screen) to `path`.
    pub fn export_portfolio(&mut self, path: &Path, what: PortfolioExport) -> bool {
        let Some(state) = &self.screens.portfolio.state else {
            return false;
        };
        if let Err(err) = storage::check_output(path, &[], false) {
            self.toasts.error(format!("Rien n'a été exporté : {err}."));
            return false;
        }
        let rows = state.rows();
        let written = match what {
            PortfolioExport::Csv => csv(&state.portfolio, &rows, state.anonymised)
                .and_then(|b| storage::write_atomic(path, &b, false).map_err(|e| e.to_string())),
            PortfolioExport::Xlsx => crate::report::workbook::portfolio_workbook(
                &state.portfolio,
                &rows,
                state.anonymised,
            )
            .and_then(|b| storage::write_atomic(path, &b, false).map_err(|e| e.to_string())),
            PortfolioExport::Reference => {
                let filters = state.options().filters;
                crate::portfolio::reference(&state.portfolio, &rows, &filters).and_then(
                    |reference| {
                        let text = crate::analysis::reference::to_text(&reference)?;
                        storage::write_atomic(path, text.as_bytes(), false)
                            .map_err(|e| e.to_string())?;
                        // Shown at once in Positionnement, as « Se situer par rapport à ».
                        self.shown_reference(reference, path);
                        Ok(())
                    },
                )
            }
            PortfolioExport::Pdf | PortfolioExport::Png => {
                let doc =
                    portfolio_layout(&state.portfolio, &rows, &self.typology, &state.options());
                let format = if what == PortfolioExport::Pdf {
                    crate::report::Format::Pdf
                } else {
                    crate::report::Format::Png
                };
                crate::report::write(&doc, format, path)
            }
        };
        self.exported(path, written)
    }

    // ----- comparison ----------------------------------------------------------------------

    /// Compares the open case with the case file at `path` and shows the comparison.
    pub fn compare_with(&mut self, path: &Path) {
        match storage::load(path) {
            Ok(other) => {
                self.screens.compare.set(Some(ComparisonState {
                    path: path.to_owned(),
                    other,
                    other_first: false,
                    saved_version: false,
                }));
                self.view = View::Compare;
            }
            Err(err) => self
                .toasts
                .error(format!("{err} Aucune comparaison n'a été faite.")),
        }
    }

    /// Compares the open case with its file as last saved: the edits of the session.
    pub fn compare_with_saved(&mut self) {
        let Some(path) = self.document.path.clone() else {
            return;
        };
        self.compare_with(&path);
        if let Some(state) = &mut self.screens.compare.state
            && state.path == path
        {
            state.other_first = true;
            state.saved_version = true;
        }
    }

    /// The comparison in view, as the screen shows it.
    pub fn comparison(&self) -> Option<crate::compare::Comparison> {
        let state = self.screens.compare.state.as_ref()?;
        Some(state.comparison(self.document.case(), &self.document.title(), &self.typology))
    }

    // ----- trial balance import ------------------------------------------------------------

    /// Reads the balance at `path` and shows the review; says why when it cannot be read.
    pub fn start_import(&mut self, path: &Path) {
        let name = file_name(path);
        // A FEC that spans several years is read for the year of the snapshot shown, else for
        // its latest; the review asks which one to import.
        let hint = self
            .document
            .case()
            .snapshots
            .get(self.selected)
            .map(|s| s.year);
        let read = storage::read_bytes(path, MAX_BALANCE_BYTES)
            .map_err(|e| format!("Balance : {e}"))
            .and_then(|bytes| crate::import::read_accounts_else_latest(&bytes, &name, hint));
        match read {
            Ok(balance) => {
                let review = Review::new(balance, &name, self.document.case(), current_year());
                self.screens.import.state = Some(ImportState::new(path.to_owned(), review));
                self.view = View::Import;
            }
            Err(err) => self
                .toasts
                .error(format!("{err} Le dossier n'a pas changé.")),
        }
    }

    /// Carries out the reviewed import into the open case (one undo step); returns whether it
    /// was done.
    pub fn finish_import(&mut self) -> bool {
        let Some(state) = self.screens.import.state.as_ref() else {
            return false;
        };
        if let Some(why) = state.review.blocker(self.document.case()) {
            self.toasts.error(why);
            return false;
        }
        let mut case = self.document.case().clone();
        let imported = state
            .review
            .import_into(&mut case)
            .map_err(|e| e.to_string());
        // Nothing enters the case that its file could not hold (a 101st snapshot…).
        let imported = imported.and_then(|done| match storage::problem(&case) {
            Some(what) => Err(what),
            None => Ok(done),
        });
        match imported {
            Ok((count, label)) => {
                let source = file_name(&state.source);
                self.document.checkpoint(format!("import de « {source} »"));
                *self.document.case_mut() = case;
                self.toasts.notice = Some(format!(
                    "{count} ligne(s) importée(s) de « {source} » dans « {label} ». Ctrl+Z pour annuler."
                ));
                self.screens.import.state = None;
                self.select_snapshot(&label);
                self.view = View::Matrix;
                true
            }
            Err(err) => {
                self.toasts.error(format!("Import impossible : {err}."));
                false
            }
        }
    }

    /// « Feuille à importer »: the workbook under review read again from `sheet`; the
    /// assignments made by hand stay. Says why when the file cannot be read any more.
    pub fn import_sheet(&mut self, sheet: &str) {
        let Some(state) = &mut self.screens.import.state else {
            return;
        };
        let name = file_name(&state.source);
        let sheets = state.review.balance.detection.sheets.clone();
        let read = storage::read_bytes(&state.source, MAX_BALANCE_BYTES)
            .map_err(|e| format!("Balance : {e}"))
            .and_then(|bytes| {
                crate::import::read_accounts(&bytes, &name, (None, None), Some(sheet))
            })
            .and_then(|mut balance| {
                // Only a sheet of the same workbook replaces the accounts under review.
                if sheets.iter().any(|s| s == sheet) && balance.detection.sheet.as_deref() == Some(sheet) {
                    balance.detection.sheets = sheets;
                    Ok(balance)
                } else {
                    Err(format!(
                        "« {name} » a changé depuis sa lecture (ce n'est plus le même classeur) : annulez l'import et recommencez."
                    ))
                }
            });
        match read {
            Ok(balance) => {
                state.review.use_balance(balance, self.document.case());
                state.remap();
            }
            Err(err) => self
                .toasts
                .error(format!("{err} L'import en cours n'a pas changé.")),
        }
    }

    /// « Exercice à importer »: the FEC under review read again for `year`; the assignments
    /// made by hand stay. Says why when the file cannot be read any more.
    pub fn import_year(&mut self, year: i32) {
        let Some(state) = &mut self.screens.import.state else {
            return;
        };
        let name = file_name(&state.source);
        let read = storage::read_bytes(&state.source, MAX_BALANCE_BYTES)
            .map_err(|e| format!("Balance : {e}"))
            .and_then(|bytes| {
                crate::import::read_accounts(&bytes, &name, (Some(year), None), None)
            });
        // The file may have changed on disk since it was read: only the same FEC, read for
        // another of its years, replaces the accounts under review.
        let same_years = state.review.balance.detection.years.clone();
        let read = read.and_then(|balance| {
            if balance.detection.year == Some(year) && balance.detection.years == same_years {
                Ok(balance)
            } else {
                Err(format!(
                    "« {name} » a changé depuis sa lecture (ce n'est plus le même FEC) : annulez l'import et recommencez."
                ))
            }
        });
        match read {
            Ok(balance) => {
                state.review.use_balance(balance, self.document.case());
                state.remap();
            }
            Err(err) => self
                .toasts
                .error(format!("{err} L'import en cours n'a pas changé.")),
        }
    }

    /// « Autre table… »: maps the balance under review with the table at `path`.
    pub(super) fn use_mapping(&mut self, path: &Path) {
        match crate::storage::load_mapping(path) {
            Ok(mapping) => {
                if let Some(state) = &mut self.screens.import.state {
                    state.review.use_mapping(mapping, self.document.case());
                    state.remap();
                }
            }
            Err(err) => self.toasts.error(err),
        }
    }
}

/// What a file dropped on the window does: a `.ron` opens, a folder opens as a portfolio, a
/// file of accounts (CSV or workbook balance, FEC) starts an import.
pub fn dropped(path: &Path) -> Vec<Command> {
    let name = file_name(path);
    if storage::is_folder(path) {
        vec![Command::OpenPortfolioAt(path.to_owned())]
    } else if name.to_lowercase().ends_with(".ron") {
        vec![Command::Request(Pending::Open(path.to_owned()))]
    } else if crate::import::named_like_accounts(&name) {
        vec![Command::StartImport(path.to_owned())]
    } else {
        vec![Command::Tell(format!(
            "« {} » n'est ni un dossier .ron, ni une balance (.csv, .xlsx, .xls, .ods), ni un FEC (.txt), ni un répertoire de dossiers : rien n'a été ouvert.",
            path.display()
        ))]
    }
}

/// A file name made of the organisation's name: « les-randonneurs-des-trois-vallees ».
pub fn file_stem(case: &Case) -> String {
    let name: String = case
        .organisation
        .name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let name = name.trim_matches('-').to_owned();
    if name.is_empty() {
        "dossier".to_owned()
    } else {
        name
    }
}

fn current_year() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Good to a day around New Year, which is all a default needs.
    1970 + (secs / 31_556_952) as i32
}

/// A message without its final full stop, to go on with « . … ».
fn sentence(message: &str) -> &str {
    message.trim_end().trim_end_matches('.')
}

/// The name of the file at `path`, as the messages give it.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned())
}
