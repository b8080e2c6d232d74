//! The app's doors to its workspaces (`workspaces/`): each hands the work to the workspace that
//! owns it, then says the outcome — a message, the view to show, the settings to keep. Nothing
//! here reads a file or decides a rule.

use std::path::Path;

use super::App;
use super::view::View;
use super::workspaces::{PortfolioExport, sentence};
use crate::analysis::reference::Reference;

impl App {
    /// Opens the folder `dir` as a portfolio and shows it; says why when it cannot be read.
    pub fn open_portfolio(&mut self, dir: &Path) {
        match self.workspaces.open_portfolio(dir, &self.typology) {
            Ok(()) => self.view = View::Portfolio,
            Err(err) => {
                let said = crate::text::read_refusal(&err, self.settings.lang);
                self.toasts.error(said);
            }
        }
    }

    /// Reads the open portfolio again from its folder, keeping filters and sort.
    pub fn reload_portfolio(&mut self) {
        if let Err(err) = self.workspaces.reload_portfolio(&self.typology) {
            let said = crate::text::read_refusal(&err, self.settings.lang);
            self.toasts.error(said);
        }
    }

    /// Writes the shown portfolio (filters, sort and anonymisation as on screen) to `path`; a
    /// reference made of it is read against at once, as « Se situer par rapport à ».
    pub fn export_portfolio(&mut self, path: &Path, what: PortfolioExport) -> bool {
        let Some(state) = &self.workspaces.portfolio else {
            return false;
        };
        if let Some(why) = super::workspaces::export_refused(path, &[], self.settings.lang) {
            self.toasts.error(why);
            return false;
        }
        let lang = self.settings.lang;
        let written = state
            .export(path, what, &self.typology)
            .map(|reference| {
                if let Some(reference) = reference {
                    self.workspaces.reference.shown(reference, path);
                }
            })
            .map_err(|e| e.said(lang));
        self.exported(path, written)
    }

    /// Compares the open case with the case file at `path` and shows the comparison.
    pub fn compare_with(&mut self, path: &Path) {
        match self.workspaces.compare_with(path) {
            Ok(()) => self.view = View::Compare,
            Err(err) => self.not_compared(&err),
        }
    }

    /// Compares the open case with its file as last saved: the edits of the session.
    pub fn compare_with_saved(&mut self) {
        let Some(path) = self.document.path.clone() else {
            return;
        };
        match self.workspaces.compare_with_saved(&path) {
            Ok(()) => self.view = View::Compare,
            Err(err) => self.not_compared(&err),
        }
    }

    /// Says why a case file could not be read for a comparison.
    fn not_compared(&mut self, err: &crate::storage::LoadError) {
        let lang = self.settings.lang;
        let said = lang.f(
            "{} Aucune comparaison n'a été faite.",
            &[&crate::text::load_refusal(err, lang)],
        );
        self.toasts.error(said);
    }

    /// The comparison in view, as the screen shows it.
    pub fn comparison(&self) -> Option<crate::compare::Comparison> {
        let state = self.workspaces.comparison.as_ref()?;
        Some(state.comparison(self.document.case(), &self.document.title(), &self.typology))
    }

    /// Reads the accounts at `path` and shows the review; says why when they cannot be read.
    pub fn start_import(&mut self, path: &Path) {
        let case = self.document.case();
        // A FEC that spans several years is read for the year of the snapshot shown.
        let hint = case.snapshots.get(self.selected).map(|s| s.year);
        match self.workspaces.start_import(path, case, hint) {
            Ok(()) => self.view = View::Import,
            Err(err) => self.toasts.error(err.said(self.settings.lang)),
        }
    }

    /// Carries out the reviewed import into the open case (one undo step); returns whether it
    /// was done.
    pub fn finish_import(&mut self) -> bool {
        match self.workspaces.finish_import(self.document.case()) {
            Ok(None) => false,
            Ok(Some(imported)) => {
                let source = imported.source;
                self.document.checkpoint(crate::text::Said {
                    fr: format!("import de « {source} »"),
                    en: format!("import of “{source}”"),
                });
                *self.document.case_mut() = imported.case;
                self.toasts.notice = Some(format!(
                    "{} ligne(s) importée(s) de « {source} » dans « {} ». Ctrl+Z pour annuler.",
                    imported.count, imported.label
                ));
                self.workspaces.import = None;
                self.select_snapshot(&imported.label);
                self.view = View::Matrix;
                true
            }
            Err(err) => {
                let said = crate::text::import_refusal(&err, self.settings.lang);
                self.toasts.error(said);
                false
            }
        }
    }

    /// « Feuille à importer »: the workbook under review read again from `sheet`.
    pub fn import_sheet(&mut self, sheet: &str) {
        if let Err(err) = self.workspaces.import_sheet(sheet, self.document.case()) {
            self.toasts.error(err.said(self.settings.lang));
        }
    }

    /// « Exercice à importer »: the FEC under review read again for `year`.
    pub fn import_year(&mut self, year: i32) {
        if let Err(err) = self.workspaces.import_year(year, self.document.case()) {
            self.toasts.error(err.said(self.settings.lang));
        }
    }

    /// « Autre table… »: maps the accounts under review with the table at `path`.
    pub(super) fn use_mapping(&mut self, path: &Path) {
        if let Err(err) = self.workspaces.use_mapping(path, self.document.case()) {
            let said = crate::text::mapping_load_refusal(&err, self.settings.lang);
            self.toasts.error(said);
        }
    }

    /// Reads the position against `reference` (a shipped one, or the one in use), or none;
    /// remembered for the next run.
    pub fn set_reference(&mut self, reference: Option<Reference>) {
        self.workspaces.reference.set(reference);
        self.remember_reference();
    }

    /// « Autre référence (fichier)… »: the reference at `path`, remembered for the next run.
    pub fn use_reference(&mut self, path: &Path) {
        match self.workspaces.reference.use_file(path) {
            Ok(()) => self.remember_reference(),
            Err(err) => {
                let lang = self.settings.lang;
                let why = crate::text::reference_load_refusal(&err, lang);
                let said = lang.f(
                    "{}. La référence en usage n'a pas changé.",
                    &[sentence(&why)],
                );
                self.toasts.error(said);
            }
        }
    }

    /// `--reference`: a shipped one's id or a file, for this run (not remembered).
    pub fn reference_from_command_line(
        &mut self,
        id_or_path: &str,
    ) -> Result<(), crate::storage::ReferenceLoadError> {
        self.workspaces.reference.find(id_or_path)
    }

    /// At start, the reference chosen last time, read again; gone or spoilt, none (and said
    /// why).
    pub fn restore_reference(&mut self) {
        if let Some(source) = self.settings.reference.clone()
            && let Err(err) = self.workspaces.reference.restore(&source)
        {
            let lang = self.settings.lang;
            let why = crate::text::reference_load_refusal(&err, lang);
            let said = lang.f(
                "La référence choisie la dernière fois n'a pas pu être relue : {}. Aucune référence n'est choisie.",
                &[sentence(&why)],
            );
            self.toasts.error(said);
        }
    }

    /// The reference in use, as the position reads it.
    pub fn reference(&self) -> Option<&Reference> {
        self.workspaces.reference.reference.as_ref()
    }

    fn remember_reference(&mut self) {
        self.settings.reference = self.workspaces.reference.source.clone();
        self.store_settings();
    }
}
