//! The window (egui). `App` owns the open document, the analysis cache, the screens, the
//! dialogs and the messages; each frame the screens read the case through a `CaseView` and emit
//! `Command`s, which the app applies once, at the end of the frame. Menus and shortcuts come
//! from the list of menu actions (`action.rs`).

pub mod action;
mod apply;
mod background;
pub mod cache;
pub mod clipboard;
pub mod command;
pub mod dialogs;
pub mod document;
mod file_dialogs;
mod files;
pub mod fonts;
mod frame;
pub mod i18n;
pub mod icon;
pub mod keys;
pub mod launch;
pub mod panels;
pub mod renderer;
mod routes;
pub mod screens;
pub mod settings;
mod solid_fills;
pub mod view;
pub mod widgets;
pub mod workspaces;

pub use command::{Command, Pending};
pub use dialogs::question::Question;
pub use document::Document;
pub use settings::AppSettings;
pub use view::{CaseView, View};

use crate::analysis::{Analysis, Typology};
use crate::model::{Applied, Edit};
pub use crate::storage::AppPaths;
use crate::text::{deleted_line, undo_name, undo_said};
use action::Availability;
use cache::AnalysisCache;
use dialogs::export::ExportDialog;
use dialogs::path_prompt::PathPrompt;
use dialogs::valuation::ValuationDialog;
use i18n::Lang;
use panels::side::SidePanel;
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
    /// What the window holds besides the case: portfolio, comparison, import, reference.
    pub workspaces: workspaces::Workspaces,
    /// Bumped each time the amounts being typed no longer apply (another snapshot, another
    /// case, an undo): the matrix and the side panel then drop theirs.
    drafts_epoch: u64,
    /// The line the last edit added, with the case's revision then: the matrix puts the focus
    /// in its label once.
    added_line: Option<(u64, u32)>,
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
                let why = crate::text::typology_load_refusal(&err, settings.lang);
                toasts.error(settings.lang.f(
                    "{}. La typologie intégrée est utilisée.",
                    &[workspaces::sentence(&why)],
                ));
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
                let lang = settings.lang;
                toasts.error(lang.f(
                    "Une copie de récupération existe mais ne peut pas être lue : {}",
                    &[&crate::text::recovery_refusal(&err, lang)],
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
            workspaces: workspaces::Workspaces::default(),
            drafts_epoch: 0,
            added_line: None,
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
            None => {
                let lang = self.settings.lang;
                let said = lang.f(
                    "Aucun instantané {} dans ce dossier.",
                    &[&lang.quoted(label)],
                );
                self.toasts.error(said);
            }
        }
    }

    /// Uses a network's questionnaire of autodiagnostic, or only the built-in one with `None`;
    /// a file that cannot be used is said and changes nothing.
    pub fn set_questionnaire(&mut self, path: Option<std::path::PathBuf>) {
        match path {
            Some(p) => match crate::storage::load_questionnaire(&p) {
                Ok(q) => self.questionnaire = Some(q),
                Err(err) => {
                    let said = crate::text::questionnaire_load_refusal(&err, self.settings.lang);
                    self.toasts.error(said);
                }
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
                    let said = crate::text::typology_load_refusal(&err, self.settings.lang);
                    self.toasts.error(said);
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
                    Some(what) => Err(crate::model::EditError::Problem(what)),
                    None => Ok(applied),
                });
        match applied {
            Ok(applied) => {
                if matches!(edit, Edit::DeleteLine { .. }) {
                    // Deleting asks nothing: it says how to come back.
                    let name = undo_name(&edit, self.document.case(), self.settings.lang);
                    self.toasts.notice = Some(deleted_line(&name, self.settings.lang));
                }
                if !continues {
                    let name = undo_said(&edit, self.document.case());
                    self.document.checkpoint(name);
                }
                *self.document.case_mut() = case;
                match applied {
                    Applied::SelectSnapshot(index) => self.select(index),
                    Applied::NewLine(id) => {
                        self.added_line = Some((self.document.revision(), id));
                    }
                    Applied::Done => {}
                }
                self.last_edit = Some(edit);
            }
            Err(err) => {
                let lang = self.settings.lang;
                let said = lang.f(
                    "Modification non appliquée : {}.",
                    &[&crate::text::edit_refusal(&err, lang)],
                );
                self.toasts.error(said);
            }
        }
    }

    fn select(&mut self, index: usize) {
        self.selected = index;
        self.clear_drafts();
    }

    fn clear_drafts(&mut self) {
        self.drafts_epoch += 1;
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
