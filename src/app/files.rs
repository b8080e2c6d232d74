//! What the window does with the case's files: open, save (asking first when another program
//! changed the file), export, the anonymised copy, the recovery copy, and what a file dropped on
//! the window does. Every failure is said in the window's language and changes nothing.
//! (Portfolios, comparisons, imports and references are workspaces: `workspaces/`.)

use std::path::Path;

use super::App;
use super::command::{Command, Pending};
use super::dialogs::export::ExportChoice;
use super::dialogs::path_prompt::PathFor;
use super::dialogs::question::Question;
use super::document::Document;
use super::file_dialogs::{self, Picked};
use super::view::View;
use crate::model::Case;
use crate::storage;

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
            Err(err) => {
                let lang = self.settings.lang;
                let said = lang.f(
                    "{} Le dossier ouvert n'a pas changé.",
                    &[&crate::text::load_refusal(&err, lang)],
                );
                self.toasts.error(said);
            }
        }
    }

    /// Says why a case file given to the window (by a file manager, the command line) was not
    /// opened: the start screen shows instead.
    pub fn say_unopened(&mut self, err: &crate::storage::LoadError) {
        let said = crate::text::load_refusal(err, self.settings.lang);
        self.toasts.error(said);
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
            Err(err) => {
                let said = crate::text::lock_refusal(&err, self.settings.lang);
                return self.save_failed(&said);
            }
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
            Err(err) => {
                let said = crate::text::save_refusal(&err, self.settings.lang);
                self.save_failed(&said)
            }
        }
    }

    /// Says why nothing was saved; `said` is already in the window's language.
    fn save_failed(&mut self, said: &str) -> Written {
        let said = self.settings.lang.f(
            "{} Vos modifications restent ouvertes : réessayez ou choisissez « Enregistrer sous… ».",
            &[said],
        );
        self.toasts.error(said);
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
            let lang = self.settings.lang;
            let said = lang.f(
                "Rien n'a été écrit : {}.",
                &[&crate::text::output_refusal(&err, lang)],
            );
            self.toasts.error(said);
            return false;
        }
        let copy = crate::model::anonymise(self.document.case());
        match storage::save(&copy, path) {
            Ok(()) => {
                self.toasts.last_export = Some(path.to_owned());
                true
            }
            Err(err) => {
                let said = crate::text::save_refusal(&err, self.settings.lang);
                self.toasts.error(said);
                false
            }
        }
    }

    /// Exports the selected snapshot's report to `path`; says what failed in the window's language.
    pub fn export_to(&mut self, path: &Path, choice: ExportChoice) -> bool {
        let open: Vec<&Path> = self.document.path.as_deref().into_iter().collect();
        if let Some(why) = super::workspaces::export_refused(path, &open, self.settings.lang) {
            self.toasts.error(why);
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
        )
        .map_err(|e| e.said(self.settings.lang));
        self.exported(path, written)
    }

    /// Records the outcome of an export to `path`: shown when done, explained (`written`'s error
    /// already in the window's language) when not.
    pub(super) fn exported(&mut self, path: &Path, written: Result<(), String>) -> bool {
        match written {
            Ok(()) => {
                self.settings.last_export_dir = path.parent().map(Path::to_path_buf);
                self.store_settings();
                self.toasts.last_export = Some(path.to_owned());
                true
            }
            Err(err) => {
                let lang = self.settings.lang;
                let path = lang.quoted(&path.display().to_string());
                self.toasts.error(lang.f(
                    "L'export vers {} a échoué : {}. Aucun fichier n'a été écrit.",
                    &[&path, super::workspaces::sentence(&err)],
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
                let year = storage::this_year();
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
            Err(err) => {
                let said = crate::text::load_refusal(&err, self.settings.lang);
                self.toasts.error(said);
            }
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

    pub(super) fn store_settings(&mut self) {
        if let Err(err) = self.paths.save_settings(&self.settings) {
            let lang = self.settings.lang;
            let said = lang.f(
                "Les préférences n'ont pas pu être enregistrées : {}",
                &[&crate::text::save_refusal(&err, lang)],
            );
            self.toasts.error(said);
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
            let lang = self.settings.lang;
            let said = lang.f(
                "La copie de récupération n'a pas pu être écrite : {}",
                &[&crate::text::save_refusal(&err, lang)],
            );
            self.toasts.error(said);
        }
    }

    /// What dropping `path` on the window does.
    pub fn drop_path(&mut self, path: &Path) {
        for command in dropped(path) {
            self.apply(command);
        }
    }
}

/// What a file dropped on the window does: a `.ron` opens, a folder opens as a portfolio, a
/// file of accounts (CSV or workbook balance, FEC) starts an import.
pub fn dropped(path: &Path) -> Vec<Command> {
    let name = super::workspaces::file_name(path);
    if storage::is_folder(path) {
        vec![Command::OpenPortfolioAt(path.to_owned())]
    } else if name.to_lowercase().ends_with(".ron") {
        vec![Command::Request(Pending::Open(path.to_owned()))]
    } else if crate::import::named_like_accounts(&name) {
        vec![Command::StartImport(path.to_owned())]
    } else {
        vec![Command::Tell(format!(
            "« {} » n'est ni un dossier .ron, ni une balance (.csv, .xlsx, .xlsm, .xlsb, .xls, .ods), ni un FEC (.txt), ni un répertoire de dossiers : rien n'a été ouvert.",
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
