//! The workbook window: menu, shortcuts, files, dialogs, and the layout of the panels.

use std::path::{Path, PathBuf};

use egui::{Key, KeyboardShortcut, Modifiers, ViewportCommand};

use super::document::Document;
use super::i18n::Lang;
use super::matrix::CellEdits;
use super::settings::{AppPaths, AppSettings};
use super::{matrix, position, side_panel, summary, valuation_dialog};
use crate::analysis::{Analysis, Typology, analyse};
use crate::cli::View;
use crate::model::Case;

/// How often unsaved edits are copied to the recovery file, in seconds.
pub const AUTOSAVE_SECONDS: f64 = 60.0;

/// An action that replaces or closes the open case, held while the unsaved-changes question is
/// asked.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    New,
    Open(PathBuf),
    Quit,
}

/// The modal question or message currently shown, if any.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    Unsaved(Pending),
    DeleteSnapshot(usize),
    Recovery {
        case: Box<Case>,
        source: Option<PathBuf>,
    },
    /// The file changed on disk since it was opened; the action waits for the answer.
    ChangedOnDisk(Option<Pending>),
}

pub struct Workbook {
    pub doc: Document,
    pub typology: Typology,
    pub selected: usize,
    pub view: View,
    pub settings: AppSettings,
    pub paths: AppPaths,
    pub dialog: Option<Dialog>,
    pub valuation_open: bool,
    pub export_open: bool,
    pub export_choice: super::export_dialog::ExportChoice,
    /// What the last export wrote, shown until the next one.
    pub last_export: Option<PathBuf>,
    /// Messages for the user (errors in French), newest last; each can be dismissed.
    pub messages: Vec<String>,
    pub edits: CellEdits,
    /// The open portfolio (« Portefeuille »), if any.
    pub portfolio: Option<super::portfolio_view::PortfolioState>,
    /// The case file the open case is compared with (« Comparaison »), if any.
    pub comparison: Option<super::compare_view::ComparisonState>,
    /// The trial balance under review (« Importer une balance comptable »), if any.
    pub import: Option<super::import_view::ImportReview>,
    /// What the last action did, when it is worth saying (not an error).
    pub notice: Option<String>,
    /// Set once the user chose to quit: the next close request is let through.
    quitting: bool,
    appearance_applied: bool,
    /// Closes the window after this many frames (start-up benchmark).
    pub exit_after_frames: Option<u32>,
    last_autosave: f64,
    title: String,
}

impl Workbook {
    pub fn new(doc: Document, paths: AppPaths) -> Workbook {
        let settings = paths.load_settings();
        let mut messages = Vec::new();
        let typology = match &settings.typology {
            Some(path) => Typology::load(path).unwrap_or_else(|err| {
                messages.push(format!("{err} La typologie intégrée est utilisée."));
                Typology::builtin().clone()
            }),
            None => Typology::builtin().clone(),
        };
        let dialog = match paths.read_recovery() {
            Some(Ok((case, source))) => Some(Dialog::Recovery {
                case: Box::new(case),
                source,
            }),
            Some(Err(err)) => {
                messages.push(format!(
                    "Une copie de récupération existe mais ne peut pas être lue : {err}"
                ));
                None
            }
            None => None,
        };
        let selected = doc.case.default_snapshot_index();
        Workbook {
            doc,
            typology,
            selected,
            view: View::Matrix,
            settings,
            paths,
            dialog,
            valuation_open: false,
            export_open: false,
            export_choice: Default::default(),
            last_export: None,
            messages,
            edits: CellEdits::default(),
            portfolio: None,
            comparison: None,
            import: None,
            notice: None,
            quitting: false,
            appearance_applied: false,
            exit_after_frames: None,
            last_autosave: 0.0,
            title: String::new(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// Selects the snapshot named `label`; says so when there is none.
    pub fn select_snapshot(&mut self, label: &str) {
        match self
            .doc
            .case
            .snapshots
            .iter()
            .position(|s| s.label == label)
        {
            Some(index) => self.selected = index,
            None => self
                .messages
                .push(format!("Aucun instantané « {label} » dans ce dossier.")),
        }
    }

    /// Uses another typology file, or the built-in one with `None`.
    pub fn set_typology(&mut self, path: Option<PathBuf>) {
        match &path {
            Some(p) => match Typology::load(p) {
                Ok(t) => self.typology = t,
                Err(err) => {
                    self.messages.push(err.to_string());
                    return;
                }
            },
            None => self.typology = Typology::builtin().clone(),
        }
        self.doc.case.typology = self.typology.reference();
        self.settings.typology = path;
        self.store_settings();
    }

    /// The analysis of the selected snapshot.
    pub fn analysis(&self) -> Option<Analysis> {
        let snapshot = self.doc.case.snapshots.get(self.selected)?;
        Some(analyse(&self.doc.case, snapshot, &self.typology))
    }

    /// The window's title: file name, and a mark when there are unsaved changes.
    pub fn window_title(&self) -> String {
        let mark = if self.doc.is_saved() { "" } else { " •" };
        format!("{}{mark} — Atelier MSE", self.doc.title())
    }

    // ----- files -------------------------------------------------------------------------

    /// Opens `path` in place of the current case (no question asked: see `request`).
    pub fn open_path(&mut self, path: &Path) {
        match Document::open(path) {
            Ok(doc) => {
                self.replace_document(doc);
                self.settings.remember(path);
                self.store_settings();
            }
            Err(err) => self
                .messages
                .push(format!("{err} Le dossier ouvert n'a pas changé.")),
        }
    }

    /// Saves to `path`; on failure the case stays open and modified, and the message says why.
    pub fn save_to(&mut self, path: &Path) -> bool {
        self.doc.case.typology = self.typology.reference();
        match self.doc.save_to(path) {
            Ok(()) => {
                self.settings.remember(path);
                self.store_settings();
                self.paths.clear_recovery();
                true
            }
            Err(err) => {
                self.messages.push(err.to_string());
                false
            }
        }
    }

    /// « Enregistrer »: to the document's file, or through the dialog for a new case. If
    /// another program changed the file since it was opened, asks before overwriting it.
    pub fn save(&mut self) -> bool {
        self.save_then(None)
    }

    /// Saves, then carries out `next` (new, open, quit) once the case is safely on disk.
    fn save_then(&mut self, next: Option<Pending>) -> bool {
        let saved = match self.doc.path.clone() {
            Some(_) if self.doc.changed_on_disk() => {
                self.dialog = Some(Dialog::ChangedOnDisk(next));
                return false;
            }
            Some(path) => self.save_to(&path),
            None => self.save_as(),
        };
        if saved && let Some(next) = next {
            self.perform(next);
        }
        saved
    }

    /// Writes an anonymised copy of the case to `path`; the open case is untouched.
    pub fn save_anonymised_copy(&mut self, path: &Path) -> bool {
        let copy = crate::model::anonymise(&self.doc.case);
        match crate::storage::save(&copy, path) {
            Ok(()) => {
                self.last_export = Some(path.to_owned());
                true
            }
            Err(err) => {
                self.messages.push(err.to_string());
                false
            }
        }
    }

    pub fn save_as(&mut self) -> bool {
        let dialog = rfd::FileDialog::new()
            .add_filter("Dossier Atelier MSE", &["ron"])
            .set_file_name(format!("{}.ron", file_stem(&self.doc.case)));
        match dialog.save_file() {
            Some(path) => self.save_to(&with_ron_extension(path)),
            None => false,
        }
    }

    /// Exports the selected snapshot's report to `path`; says what failed in French.
    pub fn export_to(&mut self, path: &Path, choice: super::export_dialog::ExportChoice) -> bool {
        let Some(label) = self
            .doc
            .case
            .snapshots
            .get(self.selected)
            .map(|s| s.label.clone())
        else {
            return false;
        };
        let written = crate::report::export(
            &self.doc.case,
            &label,
            &self.typology,
            (choice.format, choice.options),
            path,
        );
        self.exported(path, written)
    }

    /// Records the outcome of an export to `path`: shown when done, explained when not.
    pub fn exported(&mut self, path: &Path, written: Result<(), String>) -> bool {
        match written {
            Ok(()) => {
                self.settings.last_export_dir = super::export_dialog::folder_of(path);
                self.store_settings();
                self.last_export = Some(path.to_owned());
                true
            }
            Err(err) => {
                self.messages.push(format!(
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
            .doc
            .case
            .snapshots
            .get(self.selected)
            .map_or(String::new(), |s| s.label.replace(' ', "-"));
        format!("{}-{snapshot}", file_stem(&self.doc.case))
    }

    /// New, open or quit: asks about unsaved changes first.
    pub fn request(&mut self, action: Pending) {
        if self.doc.is_saved() {
            self.perform(action);
        } else {
            self.dialog = Some(Dialog::Unsaved(action));
        }
    }

    fn perform(&mut self, action: Pending) {
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

    fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.selected = self.doc.case.default_snapshot_index();
        self.edits.clear();
        self.paths.clear_recovery();
    }

    fn store_settings(&mut self) {
        if let Err(err) = self.paths.save_settings(&self.settings) {
            self.messages.push(format!(
                "Les préférences n'ont pas pu être enregistrées : {err}"
            ));
        }
    }

    /// Writes the recovery copy when the case has unsaved changes.
    pub fn autosave(&mut self) {
        if self.doc.is_saved() {
            return;
        }
        if let Err(err) = self
            .paths
            .write_recovery(&self.doc.case, self.doc.path.as_deref())
        {
            self.messages.push(format!(
                "La copie de récupération n'a pas pu être écrite : {err}"
            ));
        }
    }

    pub fn undo(&mut self) {
        if self.doc.undo() {
            self.after_history_jump();
        }
    }

    pub fn redo(&mut self) {
        if self.doc.redo() {
            self.after_history_jump();
        }
    }

    fn after_history_jump(&mut self) {
        self.edits.clear();
        self.selected = self
            .selected
            .min(self.doc.case.snapshots.len().saturating_sub(1));
    }

    /// Applies the remembered theme and text size.
    pub fn apply_appearance(&self, ctx: &egui::Context) {
        ctx.set_zoom_factor(self.settings.text_scale);
        ctx.set_theme(if self.settings.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
    }

    // ----- frame -------------------------------------------------------------------------

    /// Draws the whole window. The same function runs in the app and in the tests.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.appearance_applied {
            super::fonts::install(&ctx);
            self.apply_appearance(&ctx);
            self.appearance_applied = true;
        }
        let now = ctx.input(|i| i.time);
        self.shortcuts(&ctx);
        self.close_request(&ctx);
        self.dropped_files(&ctx);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        // The portfolio is about many cases: the open case's strip and panel step aside.
        let one_case = !matches!(self.view, View::Portfolio | View::Import);
        if one_case {
            egui::Panel::top("summary").show(ui, |ui| summary::ui(ui, self));
        }
        if !self.messages.is_empty() || self.last_export.is_some() || self.notice.is_some() {
            egui::Panel::bottom("messages").show(ui, |ui| self.messages_ui(ui));
        }
        if one_case {
            egui::Panel::left("side")
                .resizable(true)
                .default_size(265.0)
                .size_range(240.0..=480.0)
                .show(ui, |ui| side_panel::ui(ui, self));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.horizontal(|ui| {
                let lang = self.lang();
                ui.selectable_value(&mut self.view, View::Matrix, lang.t("Matrice"));
                ui.selectable_value(&mut self.view, View::Position, lang.t("Positionnement"));
                if self.comparison.is_some() {
                    ui.selectable_value(&mut self.view, View::Compare, lang.t("Comparaison"));
                }
                if self.portfolio.is_some() {
                    ui.selectable_value(&mut self.view, View::Portfolio, lang.t("Portefeuille"));
                }
                if self.import.is_some() {
                    ui.selectable_value(&mut self.view, View::Import, lang.t("Import de balance"));
                }
            });
            ui.separator();
            match self.view {
                View::Matrix => matrix::ui(ui, self),
                View::Position => position::ui(ui, self),
                View::Compare => super::compare_view::ui(ui, self),
                View::Portfolio => super::portfolio_view::ui(ui, self),
                View::Import => super::import_view::ui(ui, self),
            }
        });
        if self.valuation_open {
            valuation_dialog::show(&ctx, self);
        }
        if self.export_open {
            super::export_dialog::show(&ctx, self);
        }
        self.dialog_ui(&ctx);

        self.doc.feed_history(now);
        if now - self.last_autosave >= AUTOSAVE_SECONDS {
            self.last_autosave = now;
            self.autosave();
        }
        if !self.doc.is_saved() {
            // Wake up for the next autosave even if nothing else happens.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(AUTOSAVE_SECONDS));
        }
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if let Some(frames) = self.exit_after_frames.as_mut() {
            *frames = frames.saturating_sub(1);
            if *frames == 0 {
                self.quitting = true;
            } else {
                ctx.request_repaint();
            }
        }
        if self.quitting {
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let shortcut = |m, k| KeyboardShortcut::new(m, k);
        let shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let pressed = |s: KeyboardShortcut| ctx.input_mut(|i| i.consume_shortcut(&s));
        if pressed(shortcut(shift, Key::Z)) || pressed(shortcut(Modifiers::COMMAND, Key::Y)) {
            self.redo();
        }
        if pressed(shortcut(Modifiers::COMMAND, Key::Z)) {
            self.undo();
        }
        if pressed(shortcut(shift, Key::S)) {
            self.save_as();
        }
        if pressed(shortcut(Modifiers::COMMAND, Key::S)) {
            self.save();
        }
        if pressed(shortcut(Modifiers::COMMAND, Key::I)) {
            self.import_dialog();
        }
        if pressed(shortcut(Modifiers::COMMAND, Key::E)) {
            self.export_open = true;
        }
        if pressed(shortcut(shift, Key::O)) {
            self.open_portfolio_dialog();
        }
        if pressed(shortcut(Modifiers::COMMAND, Key::O)) {
            self.open_dialog();
        }
        if pressed(shortcut(Modifiers::COMMAND, Key::N)) {
            self.request(Pending::New);
        }
        if pressed(shortcut(Modifiers::COMMAND, Key::Q)) {
            self.request(Pending::Quit);
        }
    }

    fn open_dialog(&mut self) {
        let picked = rfd::FileDialog::new()
            .add_filter("Dossier Atelier MSE", &["ron"])
            .pick_file();
        if let Some(path) = picked {
            self.request(Pending::Open(path));
        }
    }

    fn close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.quitting {
            if self.doc.is_saved() {
                self.paths.clear_recovery();
            } else {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.dialog = Some(Dialog::Unsaved(Pending::Quit));
            }
        }
    }

    /// A dropped `.ron` opens, a folder opens as a portfolio, a `.csv` starts a trial balance
    /// import.
    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        if let Some(path) = dropped.into_iter().map(|f| f.path().to_path_buf()).next() {
            self.drop_path(&path);
        }
    }

    pub fn drop_path(&mut self, path: &Path) {
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if path.is_dir() {
            self.open_portfolio(path);
        } else if extension == "ron" {
            self.request(Pending::Open(path.to_owned()));
        } else if extension == "csv" || extension == "txt" {
            self.start_import(path);
        } else {
            self.messages.push(format!(
                "« {} » n'est ni un dossier .ron, ni une balance .csv, ni un répertoire de dossiers : rien n'a été ouvert.",
                path.display()
            ));
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(lang.t("Fichier"), |ui| {
                if menu_item(ui, lang.t("Nouveau"), "Ctrl+N") {
                    self.request(Pending::New);
                }
                if menu_item(ui, lang.t("Ouvrir…"), "Ctrl+O") {
                    self.open_dialog();
                }
                if menu_item(ui, lang.t("Ouvrir un portefeuille…"), "Ctrl+Maj+O") {
                    self.open_portfolio_dialog();
                }
                if menu_item(ui, lang.t("Comparer avec un autre dossier…"), "") {
                    self.compare_dialog();
                }
                let label = lang.t("Comparer avec la version enregistrée");
                if ui
                    .add_enabled(self.doc.path.is_some(), egui::Button::new(label))
                    .on_hover_text(lang.t("Ce qui a changé depuis le dernier enregistrement"))
                    .clicked()
                {
                    ui.close();
                    self.compare_with_saved();
                }
                if menu_item(ui, lang.t("Importer une balance comptable…"), "Ctrl+I") {
                    self.import_dialog();
                }
                ui.menu_button(lang.t("Ouvrir récent"), |ui| {
                    if self.settings.recent.is_empty() {
                        ui.label(lang.t("Aucun fichier récent"));
                    }
                    for path in self.settings.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            ui.close();
                            self.request(Pending::Open(path));
                        }
                    }
                });
                ui.separator();
                if menu_item(ui, lang.t("Enregistrer"), "Ctrl+S") {
                    self.save();
                }
                if menu_item(ui, lang.t("Enregistrer sous…"), "Ctrl+Maj+S") {
                    self.save_as();
                }
                ui.separator();
                if menu_item(ui, lang.t("Quitter"), "Ctrl+Q") {
                    self.request(Pending::Quit);
                }
            });
            ui.menu_button(lang.t("Édition"), |ui| {
                let undo = egui::Button::new(lang.t("Annuler")).shortcut_text("Ctrl+Z");
                if ui.add_enabled(self.doc.can_undo(), undo).clicked() {
                    self.undo();
                }
                let redo =
                    egui::Button::new(lang.t("Rétablir")).shortcut_text("Ctrl+Maj+Z, Ctrl+Y");
                if ui.add_enabled(self.doc.can_redo(), redo).clicked() {
                    self.redo();
                }
                ui.separator();
                if ui.button(lang.t("Réglages de valorisation…")).clicked() {
                    ui.close();
                    self.valuation_open = true;
                }
            });
            ui.menu_button(lang.t("Affichage"), |ui| {
                ui.label(lang.t("Langue"));
                let mut changed = ui
                    .radio_value(&mut self.settings.lang, Lang::Fr, "Français")
                    .changed();
                changed |= ui
                    .radio_value(&mut self.settings.lang, Lang::En, "English")
                    .changed();
                ui.separator();
                ui.label(lang.t("Taille du texte"));
                for (scale, label) in [
                    (0.9, "90 %"),
                    (1.0, "100 %"),
                    (1.15, "115 %"),
                    (1.3, "130 %"),
                ] {
                    if ui
                        .radio_value(&mut self.settings.text_scale, scale, label)
                        .changed()
                    {
                        self.apply_appearance(ui.ctx());
                        changed = true;
                    }
                }
                ui.separator();
                if ui
                    .checkbox(&mut self.settings.dark, lang.t("Thème sombre"))
                    .changed()
                {
                    self.apply_appearance(ui.ctx());
                    changed = true;
                }
                ui.separator();
                if ui.button(lang.t("Typologie…")).clicked() {
                    ui.close();
                    if let Some(path) = rfd::FileDialog::new()
                        .add_filter("Typologie", &["ron"])
                        .pick_file()
                    {
                        self.set_typology(Some(path));
                    }
                }
                if ui.button(lang.t("Typologie intégrée")).clicked() {
                    ui.close();
                    self.set_typology(None);
                }
                if changed {
                    self.store_settings();
                }
            });
        });
    }

    fn messages_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        let plain = ui.visuals().text_color();
        if let Some(notice) = &self.notice
            && dismissible(ui, lang, notice, plain)
        {
            self.notice = None;
        }
        if let Some(path) = &self.last_export
            && dismissible(ui, lang, &format!("Exporté : {}", path.display()), plain)
        {
            self.last_export = None;
        }
        let error = ui.visuals().error_fg_color;
        let dismissed =
            self.messages
                .iter()
                .enumerate()
                .fold(None, |dismissed, (index, message)| {
                    dismissible(ui, lang, message, error)
                        .then_some(index)
                        .or(dismissed)
                });
        if let Some(index) = dismissed {
            self.messages.remove(index);
        }
    }

    fn dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.clone() else {
            return;
        };
        let lang = self.lang();
        let mut close = false;
        egui::Modal::new(egui::Id::unique("dialog")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            match dialog {
                Dialog::Unsaved(action) => {
                    ui.heading(lang.t("Modifications non enregistrées"));
                    ui.label(format!(
                        "« {} » a des modifications non enregistrées. Voulez-vous les enregistrer ?",
                        self.doc.title()
                    ));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.t("Enregistrer")).clicked() {
                            close = true;
                            self.save_then(Some(action.clone()));
                        }
                        if ui.button(lang.t("Ne pas enregistrer")).clicked() {
                            close = true;
                            self.perform(action.clone());
                        }
                        if ui.button(lang.t("Annuler l'action")).clicked() {
                            close = true;
                        }
                    });
                }
                Dialog::ChangedOnDisk(next) => {
                    ui.heading(lang.t("Fichier modifié ailleurs"));
                    ui.label(format!(
                        "« {} » a été modifié sur le disque depuis son ouverture (par un autre programme ou un dossier synchronisé). L'enregistrer ici effacerait ces modifications.",
                        self.doc.title()
                    ));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.t("Enregistrer sous…")).clicked() {
                            close = true;
                            if self.save_as() && let Some(next) = next.clone() {
                                self.perform(next);
                            }
                        }
                        if ui.button(lang.t("Écraser quand même")).clicked() {
                            close = true;
                            if let Some(path) = self.doc.path.clone()
                                && self.save_to(&path)
                                && let Some(next) = next.clone()
                            {
                                self.perform(next);
                            }
                        }
                        if ui.button(lang.t("Annuler l'action")).clicked() {
                            close = true;
                        }
                    });
                }
                Dialog::DeleteSnapshot(index) => {
                    let label = self
                        .doc
                        .case
                        .snapshots
                        .get(index)
                        .map_or(String::new(), |s| s.label.clone());
                    ui.heading(lang.t("Supprimer l'instantané ?"));
                    ui.label(format!(
                        "L'instantané « {label} » et toutes ses lignes seront supprimés (Ctrl+Z pour revenir en arrière)."
                    ));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.t("Supprimer")).clicked() {
                            close = true;
                            side_panel::delete_snapshot(self, index);
                        }
                        if ui.button(lang.t("Annuler l'action")).clicked() {
                            close = true;
                        }
                    });
                }
                Dialog::Recovery { case, source } => {
                    ui.heading(lang.t("Récupération"));
                    let from = source
                        .as_ref()
                        .map_or("un dossier sans titre".to_owned(), |p| format!("« {} »", p.display()));
                    ui.label(format!(
                        "L'atelier ne s'est pas fermé normalement. Des modifications non enregistrées de {from} ({}) ont été conservées. Voulez-vous les restaurer ?",
                        case.organisation.name
                    ));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.t("Restaurer")).clicked() {
                            close = true;
                            self.doc = Document::unsaved(*case.clone(), source.clone());
                            self.selected = self.doc.case.default_snapshot_index();
                            self.edits.clear();
                        }
                        if ui.button(lang.t("Ignorer")).clicked() {
                            close = true;
                            self.paths.clear_recovery();
                        }
                    });
                }
            }
        });
        if close {
            self.dialog = None;
        }
    }
}

impl eframe::App for Workbook {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        Workbook::ui(self, ui);
    }

    fn on_exit(&mut self) {
        // A clean exit with unsaved edits the user chose to drop leaves no recovery behind;
        // one that still has unsaved edits (closed by the system) keeps them.
        if self.doc.is_saved() || self.quitting {
            self.paths.clear_recovery();
        } else {
            self.autosave();
        }
    }
}

/// A line of the message panel with its close button; returns whether it was closed.
fn dismissible(ui: &mut egui::Ui, lang: Lang, text: &str, colour: egui::Color32) -> bool {
    ui.horizontal_wrapped(|ui| {
        let close = ui
            .small_button("✖")
            .on_hover_text(lang.t("Fermer"))
            .clicked();
        ui.colored_label(colour, text);
        close
    })
    .inner
}

/// A menu entry with its shortcut (empty for none); closes the menu when chosen.
fn menu_item(ui: &mut egui::Ui, text: &str, shortcut: &str) -> bool {
    let clicked = ui
        .add(egui::Button::new(text).shortcut_text(shortcut))
        .clicked();
    if clicked {
        ui.close();
    }
    clicked
}

fn file_stem(case: &Case) -> String {
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

fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        path
    } else {
        path.with_extension("ron")
    }
}

fn current_year() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Good to a day around New Year, which is all a default needs.
    1970 + (secs / 31_556_952) as i32
}
