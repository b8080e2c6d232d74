//! One frame of the window: the menu, the strip, the side panel, the screen in view and the
//! dialogs drawn; the keyboard shortcuts, files dropped and the close button read; the
//! commands of the frame gathered for `apply`.

use egui::ViewportCommand;

use super::command::{Command, Pending};
use super::dialogs::question::Question;
use super::view::{CaseView, View};

use super::App;
use super::action::{Action, Availability};
use super::panels::menu::{MenuState, menu_ui};
use super::panels::summary::summary_ui;
use super::workspaces::Lent;
use super::{AUTOSAVE_SECONDS, files, fonts};

impl App {
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
    pub(super) fn panels_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) -> bool {
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
            reference: self.workspaces.reference.reference.as_ref(),
            questionnaire: self.questionnaire.as_ref(),
            drafts_epoch: self.drafts_epoch,
            added_line: self.added_line,
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
            undo_name: self.document.undo_name(lang),
            redo_name: self.document.redo_name(lang),
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
        let mut lent = Lent {
            comparison: self.workspaces.comparison.as_mut(),
            portfolio: self.workspaces.portfolio.as_mut(),
            import: self.workspaces.import.as_mut(),
        };
        let shown = &mut self.view;
        egui::CentralPanel::default().show(ui, |ui| {
            if *shown != View::Start {
                ui.horizontal(|ui| {
                    for (tab, label) in self.screens.tabs(&lent) {
                        ui.selectable_value(shown, tab, lang.t(label));
                    }
                });
                ui.separator();
            }
            self.screens.show(*shown, ui, &mut lent, &view, commands);
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
    pub(super) fn shortcuts(&self, ctx: &egui::Context) -> Vec<Command> {
        let mut pressed = Vec::new();
        // Shortcuts with Shift first: Ctrl+Maj+S must not be taken for Ctrl+S.
        let mut all: Vec<(egui::KeyboardShortcut, Action)> = Action::ALL
            .into_iter()
            .flat_map(|a| a.shortcuts().into_iter().map(move |s| (s, a)))
            .collect();
        all.sort_by_key(|(s, _)| !s.modifiers.shift);
        for (shortcut, action) in all {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                pressed.push(action);
            }
        }
        if !pressed.is_empty() {
            let now = self.availability();
            pressed.retain(|a| a.enabled(now));
        }
        pressed.into_iter().map(Command::Action).collect()
    }

    pub(super) fn close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.quitting {
            if self.document.is_saved() {
                self.paths.clear_recovery();
            } else {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.question = Some(Question::Unsaved(Pending::Quit));
            }
        }
    }

    /// A dropped `.ron` opens, a folder opens as a portfolio, a file of accounts (CSV or
    /// workbook balance, FEC) starts an import.
    pub(super) fn dropped_files(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        if let Some(path) = dropped.into_iter().map(|f| f.path().to_path_buf()).next() {
            commands.extend(files::dropped(&path));
        }
    }
}
