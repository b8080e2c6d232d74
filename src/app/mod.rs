//! The window (egui). `App` owns the open document, the analysis cache, the screens, the
//! dialogs and the messages; each frame the screens read the case through a `CaseView` and emit
//! `Command`s, which the app applies once, at the end of the frame. Menus and shortcuts come
//! from `Command` too.

mod background;
pub mod cache;
pub mod clipboard;
pub mod command;
pub mod dialogs;
pub mod document;
mod file_dialogs;
mod files;
pub mod fonts;
pub mod i18n;
pub mod icon;
pub mod keys;
pub mod launch;
pub mod panels;
pub mod renderer;
pub mod screens;
pub mod settings;
mod solid_fills;
pub mod view;
pub mod widgets;

use egui::ViewportCommand;

pub use command::{Command, Pending};
pub use dialogs::question::Question;
pub use document::Document;
pub use settings::AppSettings;
pub use view::{CaseView, View};

use crate::analysis::{Analysis, Typology};
use crate::model::{Applied, Edit, Lever};
pub use crate::storage::AppPaths;
use cache::AnalysisCache;
use command::Availability;
use dialogs::export::ExportDialog;
use dialogs::path_prompt::{PathFor, PathPrompt};
use dialogs::valuation::ValuationDialog;
use file_dialogs::{Picked, Wanted};
use i18n::Lang;
use panels::menu::{MenuState, menu_ui};
use panels::side::SidePanel;
use panels::summary::summary_ui;
use panels::toasts::Toasts;
use screens::Screens;

/// How often unsaved edits are copied to the recovery file, in seconds.
pub const AUTOSAVE_SECONDS: f64 = 60.0;

pub struct App {
    pub document: Document,
    pub typology: Typology,
    /// A network's questionnaire of autodiagnostic, chosen with « Affichage › Questionnaire… ».
    pub questionnaire: Option<crate::analysis::autodiagnostic::Questionnaire>,
    /// Changes with each typology used, so that the cache knows.
    typology_generation: u64,
    pub selected: usize,
    pub view: View,
    pub settings: AppSettings,
    pub paths: AppPaths,
    pub question: Option<Question>,
    pub screens: Screens,
    pub side: SidePanel,
    pub valuation: ValuationDialog,
    pub about: dialogs::about::AboutDialog,
    pub export: ExportDialog,
    pub toasts: Toasts,
    /// « Copier le tableau » goes through here.
    pub clipboard: clipboard::Clipboard,
    /// The path typed in the app where no system file dialog can be shown.
    pub path_prompt: Option<PathPrompt>,
    cache: AnalysisCache,
    /// The keys of a slow frame, handed to egui in the order they were typed.
    key_order: keys::KeyOrder,
    /// The last edit applied, to make one undo step of a field typed or dragged on.
    last_edit: Option<Edit>,
    /// Set once the user chose to quit: the next close request is let through.
    quitting: bool,
    appearance_applied: bool,
    /// Closes the window after this many frames (start-up benchmark).
    pub exit_after_frames: Option<u32>,
    /// Sleeps this long in every frame, as a slow laptop or a loaded machine does (a test hook,
    /// `--frame-delay-ms`).
    pub frame_delay: Option<std::time::Duration>,
    /// The reference the position is read against (« se situer »), chosen in the side panel.
    pub reference: Option<crate::analysis::reference::Reference>,
    /// Where it comes from: a shipped one's id, or a file's absolute path; what the settings
    /// keep when it is chosen.
    reference_source: Option<String>,
    last_autosave: f64,
    title: String,
}

impl App {
    pub fn new(document: Document, mut paths: AppPaths) -> App {
        paths.claim_recovery();
        let settings = paths.load_settings::<AppSettings>().within_ranges();
        let mut toasts = Toasts::default();
        let typology = match &settings.typology {
            Some(path) => crate::storage::load_typology(path).unwrap_or_else(|err| {
                toasts.error(format!("{err} La typologie intégrée est utilisée."));
                Typology::builtin().clone()
            }),
            None => Typology::builtin().clone(),
        };
        let question = match paths.read_recovery() {
            Some(Ok((case, source))) => Some(Question::Recovery {
                case: Box::new(case),
                source,
            }),
            Some(Err(err)) => {
                toasts.error(format!(
                    "Une copie de récupération existe mais ne peut pas être lue : {err}"
                ));
                None
            }
            None => None,
        };
        let selected = document.case().default_snapshot_index();
        App {
            document,
            typology,
            typology_generation: 0,
            questionnaire: None,
            selected,
            view: View::Matrix,
            settings,
            paths,
            question,
            screens: Screens::default(),
            side: SidePanel::default(),
            valuation: ValuationDialog::default(),
            about: dialogs::about::AboutDialog::default(),
            export: ExportDialog::default(),
            toasts,
            clipboard: clipboard::Clipboard::default(),
            path_prompt: None,
            cache: AnalysisCache::default(),
            key_order: keys::KeyOrder::default(),
            last_edit: None,
            quitting: false,
            appearance_applied: false,
            exit_after_frames: None,
            frame_delay: None,
            last_autosave: 0.0,
            title: String::new(),
            reference: None,
            reference_source: None,
        }
    }

    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// The analyses of every snapshot of the open case, from the cache.
    pub fn analyses(&mut self) -> &[Analysis] {
        let key = (self.document.revision(), self.typology_generation);
        self.cache.get(key, self.document.case(), &self.typology)
    }

    /// Cuts a frame's input where a key moves the focus (`keys`): what the window does before
    /// each frame, and what a test feeding a slow frame does. Returns whether events wait for
    /// the next frame.
    pub fn order_keys(&mut self, raw: &mut egui::RawInput) -> bool {
        self.key_order.cut(raw)
    }

    /// The analysis of the selected snapshot as the window drew it at its last frame (the
    /// cache); `None` before the first frame or when the case changed since.
    pub fn analysis(&self) -> Option<&Analysis> {
        let key = (self.document.revision(), self.typology_generation);
        self.cache.drawn(key)?.get(self.selected)
    }

    /// Selects the snapshot named `label`; says so when there is none.
    pub fn select_snapshot(&mut self, label: &str) {
        match self
            .document
            .case()
            .snapshots
            .iter()
            .position(|s| s.label == label)
        {
            Some(index) => self.selected = index,
            None => self
                .toasts
                .error(format!("Aucun instantané « {label} » dans ce dossier.")),
        }
    }

    /// Uses a network's questionnaire of autodiagnostic, or only the built-in one with `None`;
    /// a file that cannot be used is said and changes nothing.
    pub fn set_questionnaire(&mut self, path: Option<std::path::PathBuf>) {
        match path {
            Some(p) => match crate::storage::load_questionnaire(&p) {
                Ok(q) => self.questionnaire = Some(q),
                Err(err) => self.toasts.error(err.to_string()),
            },
            None => self.questionnaire = None,
        }
    }

    /// Uses another typology file, or the built-in one with `None`.
    pub fn set_typology(&mut self, path: Option<std::path::PathBuf>) {
        match &path {
            Some(p) => match crate::storage::load_typology(p) {
                Ok(t) => self.typology = t,
                Err(err) => {
                    self.toasts.error(err.to_string());
                    return;
                }
            },
            None => self.typology = Typology::builtin().clone(),
        }
        self.typology_generation += 1;
        let reference = self.typology.reference();
        if self.document.case().typology != reference {
            self.document.case_mut().typology = reference;
        }
        self.settings.typology = path;
        self.store_settings();
    }

    /// The window's title: file name, and a mark when there are unsaved changes.
    pub fn window_title(&self) -> String {
        let mark = if self.document.is_saved() { "" } else { " •" };
        format!("{}{mark} — Atelier MSE", self.document.title())
    }

    /// What enables the menu actions now.
    fn availability(&self) -> Availability {
        Availability {
            has_file: self.document.path.is_some(),
            can_undo: self.document.can_undo(),
            can_redo: self.document.can_redo(),
        }
    }

    /// Applies an edit as one undo step (or as part of the previous one when it continues
    /// it); a refused edit changes nothing and says why.
    pub fn edit(&mut self, edit: Edit) {
        let continues = self
            .last_edit
            .as_ref()
            .is_some_and(|last| last.continued_by(&edit));
        let mut case = self.document.case().clone();
        // An edit that would make a file the loader refuses (a 101st snapshot, a 100 001st
        // character) is refused here, where it is typed.
        let applied =
            edit.apply(&mut case)
                .and_then(|applied| match crate::storage::problem(&case) {
                    Some(what) => Err(crate::model::EditError::Value(what)),
                    None => Ok(applied),
                });
        match applied {
            Ok(applied) => {
                if matches!(edit, Edit::DeleteLine { .. }) {
                    // Deleting asks nothing: it says how to come back.
                    self.toasts.notice = Some(format!(
                        "Ligne supprimée ({}) : Ctrl+Z pour la rétablir.",
                        edit.describe(self.document.case())
                    ));
                }
                if !continues {
                    let name = edit.describe(self.document.case());
                    self.document.checkpoint(name);
                }
                *self.document.case_mut() = case;
                match applied {
                    Applied::SelectSnapshot(index) => self.select(index),
                    Applied::NewLine(id) => {
                        let focus = screens::matrix::line_id(self.selected, id).with("label");
                        self.screens.matrix.focus_next = Some(focus);
                    }
                    Applied::Done => {}
                }
                self.last_edit = Some(edit);
            }
            Err(err) => self
                .toasts
                .error(format!("Modification non appliquée : {err}.")),
        }
    }

    fn select(&mut self, index: usize) {
        self.selected = index;
        self.clear_drafts();
    }

    fn clear_drafts(&mut self) {
        self.screens.matrix.drafts.clear();
        self.side.drafts.clear();
    }

    pub fn undo(&mut self) {
        if self.document.undo() {
            self.after_history_jump();
        }
    }

    pub fn redo(&mut self) {
        if self.document.redo() {
            self.after_history_jump();
        }
    }

    fn after_history_jump(&mut self) {
        self.clear_drafts();
        self.last_edit = None;
        self.selected = self
            .selected
            .min(self.document.case().snapshots.len().saturating_sub(1));
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

    /// Draws the whole window and applies what it asked. The same function runs in the app
    /// and in the tests.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        if let Some(delay) = self.frame_delay {
            std::thread::sleep(delay);
        }
        let ctx = ui.ctx().clone();
        if !self.appearance_applied {
            fonts::install(&ctx);
            self.apply_appearance(&ctx);
            self.appearance_applied = true;
        }
        let now = ctx.input(|i| i.time);
        let mut commands = self.shortcuts(&ctx);
        self.close_request(&ctx);
        self.dropped_files(&ctx, &mut commands);
        if self.panels_ui(ui, &mut commands) {
            self.apply_appearance(&ctx);
            self.store_settings();
        }

        for command in commands {
            self.apply(command);
        }
        self.document.feed_history(now);
        if now - self.last_autosave >= AUTOSAVE_SECONDS {
            self.last_autosave = now;
            self.autosave();
        }
        if !self.document.is_saved() {
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

    /// The menu, the strip, the side panel, the screen in view and the dialogs; returns
    /// whether a setting of the « Affichage » menu changed.
    fn panels_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) -> bool {
        let ctx = ui.ctx().clone();
        let key = (self.document.revision(), self.typology_generation);
        let analyses = self.cache.get(key, self.document.case(), &self.typology);
        let title = self.document.title();
        let recent = self.settings.recent.clone();
        let view = CaseView {
            case: self.document.case(),
            typology: &self.typology,
            analyses,
            selected: self.selected,
            lang: self.settings.lang,
            title: &title,
            has_file: self.document.path.is_some(),
            revision: self.document.revision(),
            recent: &recent,
            reference: self.reference.as_ref(),
            questionnaire: self.questionnaire.as_ref(),
        };
        let lang = view.lang;
        // Asked only while a menu is open: comparing a large case with its history each frame
        // would cost more than the frame itself.
        let document = &self.document;
        let availability = || Availability {
            has_file: document.path.is_some(),
            can_undo: document.can_undo(),
            can_redo: document.can_redo(),
        };
        let menu = MenuState {
            now: &availability,
            recent: &recent,
            undo_name: self.document.undo_name(),
            redo_name: self.document.redo_name(),
        };
        let mut settings_changed = false;
        egui::Panel::top("menu").show(ui, |ui| {
            settings_changed = menu_ui(ui, &mut self.settings, &menu, commands);
        });
        // The portfolio and the import are about other files: the open case's strip and panel
        // step aside.
        let one_case = !matches!(self.view, View::Portfolio | View::Import | View::Start);
        if one_case {
            egui::Panel::top("summary").show(ui, |ui| summary_ui(ui, &view));
        }
        if !self.toasts.is_empty() {
            egui::Panel::bottom("messages").show(ui, |ui| self.toasts.ui(ui, lang));
        }
        if one_case {
            // The matrix needs about 760 points: on a narrow window (or large text) the panel
            // gives them up. On a wide screen the panel is wide enough for its names beside
            // their fields (360 points), else they stand above them.
            let width = ctx.content_rect().width();
            let widest = (width - 760.0).clamp(200.0, 480.0);
            let default = (width - 1240.0).clamp(300.0, 360.0).min(widest);
            egui::Panel::left("side")
                .resizable(true)
                .default_size(default)
                .size_range(200.0..=widest)
                .show(ui, |ui| self.side.ui(ui, &view, commands));
        }
        let screens = &mut self.screens;
        let shown = &mut self.view;
        egui::CentralPanel::default().show(ui, |ui| {
            if *shown == View::Start {
                screens.start.ui(ui, &view, commands);
                return;
            }
            ui.horizontal(|ui| {
                let mut tabs = vec![
                    (View::Matrix, "Matrice"),
                    (View::Position, "Positionnement"),
                    (View::Scenarios, "Scénarios"),
                    (View::Autodiagnostic, "Autodiagnostic"),
                ];
                if screens.compare.state.is_some() {
                    tabs.push((View::Compare, "Comparaison"));
                }
                if screens.portfolio.state.is_some() {
                    tabs.push((View::Portfolio, "Portefeuille"));
                }
                if screens.import.state.is_some() {
                    tabs.push((View::Import, "Import de balance"));
                }
                for (tab, label) in tabs {
                    ui.selectable_value(shown, tab, lang.t(label));
                }
            });
            ui.separator();
            match *shown {
                View::Matrix => screens.matrix.ui(ui, &view, commands),
                View::Position => screens.position.ui(ui, &view, commands),
                View::Scenarios => screens.scenarios.ui(ui, &view, commands),
                View::Autodiagnostic => screens.autodiagnostic.ui(ui, &view, commands),
                View::Compare => screens.compare.ui(ui, &view, commands),
                View::Portfolio => screens.portfolio.ui(ui, &view, commands),
                View::Import => screens.import.ui(ui, &view, commands),
                View::Start => screens.start.ui(ui, &view, commands),
            }
        });
        if self.valuation.open {
            self.valuation.ui(&ctx, &view, commands);
        }
        if self.export.open {
            self.export.ui(&ctx, &view, commands);
        }
        if self.about.open {
            self.about.ui(&ctx, &view);
        }
        if let Some(question) = &self.question {
            question.ui(&ctx, lang, &title, commands);
        }
        if let Some(prompt) = &mut self.path_prompt
            && prompt.ui(&ctx, lang, commands)
        {
            self.path_prompt = None;
        }
        settings_changed
    }

    /// The menu actions whose shortcut was pressed this frame.
    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Command> {
        let mut pressed = Vec::new();
        // Shortcuts with Shift first: Ctrl+Maj+S must not be taken for Ctrl+S.
        let mut all: Vec<(egui::KeyboardShortcut, Command)> = Command::MENU_ACTIONS
            .into_iter()
            .flat_map(|c| c.shortcuts().into_iter().map(move |s| (s, c.clone())))
            .collect();
        all.sort_by_key(|(s, _)| !s.modifiers.shift);
        for (shortcut, command) in all {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                pressed.push(command);
            }
        }
        if !pressed.is_empty() {
            let now = self.availability();
            pressed.retain(|c| c.enabled(now));
        }
        pressed
    }

    fn close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.quitting {
            if self.document.is_saved() {
                self.paths.clear_recovery();
            } else {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.question = Some(Question::Unsaved(Pending::Quit));
            }
        }
    }

    /// A dropped `.ron` opens, a folder opens as a portfolio, a `.csv` starts a trial balance
    /// import.
    fn dropped_files(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        if let Some(path) = dropped.into_iter().map(|f| f.path().to_path_buf()).next() {
            commands.extend(files::dropped(&path));
        }
    }

    /// Asks the system's dialog for a file to read, or the app's own path field where there is
    /// no dialog.
    fn pick(&mut self, wanted: PathFor, kind: Wanted) {
        let picked = file_dialogs::pick(kind);
        self.chosen(wanted, picked, "");
    }

    /// Asks in the app's own window for the path of `wanted`, as where no system dialog exists.
    pub fn ask_path(&mut self, wanted: PathFor, name: &str) {
        self.chosen(wanted, Picked::Unavailable, name);
    }

    /// Carries out what a dialog was for; where none could be shown, asks for the path in the
    /// app, starting from `name` in the current folder.
    fn chosen(&mut self, wanted: PathFor, picked: Picked, name: &str) {
        match picked {
            Picked::File(path) => self.apply(wanted.command(path)),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                let folder = crate::storage::working_folder();
                let suggestion = folder.join(name).display().to_string();
                self.path_prompt = Some(PathPrompt::new(wanted, suggestion));
            }
        }
    }

    /// Carries out one command.
    pub fn apply(&mut self, command: Command) {
        if !matches!(command, Command::Edit(_)) {
            self.last_edit = None;
        }
        match command {
            Command::New => self.request(Pending::New),
            Command::Open => self.pick(PathFor::Open, Wanted::Case),
            Command::OpenPortfolio => self.pick(PathFor::OpenPortfolio, Wanted::Folder),
            Command::CompareWithFile => self.pick(PathFor::Compare, Wanted::Case),
            Command::CompareWithSaved => self.compare_with_saved(),
            Command::ImportBalance => self.pick(PathFor::ImportBalance, Wanted::Balance),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as();
            }
            Command::Export => self.export.open = true,
            Command::ExportAnonymised => {
                let name = format!("{}-anonyme.ron", files::file_stem(self.document.case()));
                let picked = file_dialogs::save_as("ron", &name, None);
                self.chosen(PathFor::Anonymised, picked, &name);
            }
            Command::Quit => self.request(Pending::Quit),
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::AddSnapshot | Command::AddTarget => self.edit(Edit::AddSnapshot {
                from: self.selected,
                as_target: command == Command::AddTarget,
            }),
            Command::AddHumanLine | Command::AddMoneyLine | Command::AddAllianceLine => {
                let lever = match command {
                    Command::AddHumanLine => Lever::RichessesHumaines,
                    Command::AddMoneyLine => Lever::RessourcesFinancieres,
                    _ => Lever::AlliancesStrategiques,
                };
                if let Some(kind) = crate::model::edits::first_kind(lever) {
                    self.view = View::Matrix;
                    self.edit(Edit::AddLine {
                        snapshot: self.selected,
                        kind,
                    });
                }
            }
            Command::ValuationSettings => self.valuation.open = true,
            Command::About => self.about.open = true,
            Command::ChooseTypology => self.pick(PathFor::Typology, Wanted::Typology),
            Command::BuiltinTypology => self.set_typology(None),
            Command::ChooseQuestionnaire => {
                self.pick(PathFor::Questionnaire, Wanted::Questionnaire);
            }
            Command::BuiltinQuestionnaire => self.set_questionnaire(None),
            Command::UseQuestionnaire(path) => self.set_questionnaire(Some(path)),
            Command::Edit(edit) => self.edit(edit),
            Command::SelectSnapshot(index) => self.select(index),
            Command::SetReference(reference) => self.set_reference(reference),
            Command::ChooseReference => self.pick(PathFor::Reference, Wanted::Reference),
            Command::UseReference(path) => self.use_reference(&path),
            Command::ShowView(view) => self.view = view,
            Command::AskDeleteSnapshot(index) => {
                if let Some(s) = self.document.case().snapshots.get(index) {
                    self.question = Some(Question::DeleteSnapshot {
                        index,
                        label: s.label.clone(),
                    });
                }
            }
            Command::Request(pending) => self.request(pending),
            Command::Perform(pending) => self.perform(pending),
            Command::SaveThen(next) => {
                self.save_then(next);
            }
            Command::Overwrite(next) => {
                if let Some(path) = self.document.path.clone()
                    && self.save_to(&path)
                    && let Some(next) = next
                {
                    self.perform(next);
                }
            }
            Command::SaveAsThen(next) => {
                self.save_as_then(next);
            }
            Command::SaveToThen(path, next) => {
                if self.save_to(&path)
                    && let Some(next) = next
                {
                    self.perform(next);
                }
            }
            Command::Restore(case, source) => {
                self.paths.restored();
                self.document = Document::unsaved(*case, source);
                self.selected = self.document.case().default_snapshot_index();
                self.clear_drafts();
            }
            Command::DiscardRecovery => self.paths.discard_recovery(),
            Command::CloseDialog => self.question = None,
            Command::OpenExample(index) => self.open_example(index),
            Command::OpenPortfolioAt(dir) => self.open_portfolio(&dir),
            Command::ReloadPortfolio => self.reload_portfolio(),
            Command::ClosePortfolio => {
                self.screens.portfolio.state = None;
                self.view = View::Matrix;
            }
            Command::ExportPortfolio(path, what) => {
                self.export_portfolio(&path, what);
            }
            Command::ExportPortfolioDialog(what) => {
                let name = format!("portefeuille.{}", what.extension());
                let picked = file_dialogs::save_as(what.extension(), &name, None);
                self.chosen(PathFor::ExportPortfolio(what), picked, &name);
            }
            Command::CompareWith(path) => self.compare_with(&path),
            Command::CloseComparison => {
                self.screens.compare.set(None);
                self.view = View::Matrix;
            }
            Command::StartImport(path) => self.start_import(&path),
            Command::ImportYear(year) => self.import_year(year),
            Command::ImportSheet(sheet) => self.import_sheet(&sheet),
            Command::FinishImport => {
                self.finish_import();
            }
            Command::CancelImport => {
                self.screens.import.state = None;
                self.view = View::Matrix;
            }
            Command::ChooseMapping => self.pick(PathFor::Mapping, Wanted::Mapping),
            Command::UseMapping(path) => self.use_mapping(&path),
            Command::ExportTo(path, choice) => {
                if self.export_to(&path, choice) {
                    self.export.open = false;
                }
            }
            Command::ExportWith(choice) => {
                let ext = choice.format.extension();
                let name = format!("{}.{ext}", self.export_stem());
                let folder = self.settings.last_export_dir.clone();
                let picked = file_dialogs::save_as(ext, &name, folder.as_deref());
                self.chosen(PathFor::Export(choice), picked, &name);
            }
            Command::SaveAnonymisedTo(path) => {
                self.save_anonymised_copy(&path);
            }
            Command::UseTypology(path) => self.set_typology(path),
            Command::Tell(message) => self.toasts.error(message),
            Command::CopyTable(table) => match self.clipboard.copy_table(table) {
                Ok(()) => {
                    self.toasts.notice = Some(
                        "Tableau copié : collez-le dans un tableur, un traitement de texte ou une présentation."
                            .to_owned(),
                    );
                }
                Err(err) => self.toasts.error(err),
            },
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        App::ui(self, ui);
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        background::clear_color(visuals)
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if self.order_keys(raw_input) {
            ctx.request_repaint();
        }
    }

    fn on_exit(&mut self) {
        // A clean exit with unsaved edits the user chose to drop leaves no recovery behind;
        // one that still has unsaved edits (closed by the system) keeps them.
        if self.document.is_saved() || self.quitting {
            self.paths.clear_recovery();
        } else {
            self.autosave();
        }
    }
}
