//! The menu bar. Every action's label, shortcut and enabled state come from `Command`; this
//! file only says where separators and sub-menus go.

use std::path::PathBuf;

use crate::app::command::{Availability, Command, Pending};
use crate::app::i18n::Lang;
use crate::app::settings::AppSettings;

/// What the menus need to know besides the settings.
pub struct MenuState<'a> {
    /// What is possible now, worked out only when a menu is open.
    pub now: &'a dyn Fn() -> Availability,
    pub recent: &'a [PathBuf],
    pub undo_name: Option<&'a str>,
    pub redo_name: Option<&'a str>,
}

/// Draws the menu bar; returns whether a setting of the « Affichage » menu changed.
pub fn menu_ui(
    ui: &mut egui::Ui,
    settings: &mut AppSettings,
    state: &MenuState<'_>,
    commands: &mut Vec<Command>,
) -> bool {
    let lang = settings.lang;
    let mut changed = false;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(lang.t("Fichier"), |ui| {
            for command in [
                Command::New,
                Command::Open,
                Command::OpenPortfolio,
                Command::CompareWithFile,
                Command::CompareWithSaved,
                Command::ImportBalance,
            ] {
                item_ui(ui, command, lang, state, commands);
            }
            ui.menu_button(lang.t("Ouvrir récent"), |ui| {
                if state.recent.is_empty() {
                    ui.label(lang.t("Aucun fichier récent"));
                }
                for path in state.recent {
                    if ui.button(path.display().to_string()).clicked() {
                        ui.close();
                        commands.push(Command::Request(Pending::Open(path.clone())));
                    }
                }
            });
            ui.separator();
            item_ui(ui, Command::Save, lang, state, commands);
            item_ui(ui, Command::SaveAs, lang, state, commands);
            ui.separator();
            item_ui(ui, Command::Export, lang, state, commands);
            item_ui(ui, Command::ExportAnonymised, lang, state, commands);
            ui.separator();
            item_ui(ui, Command::Quit, lang, state, commands);
        });
        ui.menu_button(lang.t("Édition"), |ui| {
            item_ui(ui, Command::Undo, lang, state, commands);
            item_ui(ui, Command::Redo, lang, state, commands);
            ui.separator();
            for command in [
                Command::AddSnapshot,
                Command::AddTarget,
                Command::AddHumanLine,
                Command::AddMoneyLine,
                Command::AddAllianceLine,
            ] {
                item_ui(ui, command, lang, state, commands);
            }
            ui.separator();
            item_ui(ui, Command::ValuationSettings, lang, state, commands);
        });
        ui.menu_button(lang.t("Affichage"), |ui| {
            changed = appearance_ui(ui, settings);
            ui.separator();
            item_ui(ui, Command::ChooseTypology, lang, state, commands);
            item_ui(ui, Command::BuiltinTypology, lang, state, commands);
            item_ui(ui, Command::ChooseQuestionnaire, lang, state, commands);
            item_ui(ui, Command::BuiltinQuestionnaire, lang, state, commands);
        });
        ui.menu_button(lang.t("Aide"), |ui| {
            item_ui(ui, Command::About, lang, state, commands);
        });
    });
    changed
}

/// One menu entry: its label, shortcut and enabled state from `Command`.
fn item_ui(
    ui: &mut egui::Ui,
    command: Command,
    lang: Lang,
    state: &MenuState<'_>,
    commands: &mut Vec<Command>,
) {
    let Some(label) = command.label() else {
        return;
    };
    let mut text = lang.t(label).to_owned();
    // « Annuler : montant de “Cotisations” »: the menu says what will be undone.
    let what = match command {
        Command::Undo => state.undo_name,
        Command::Redo => state.redo_name,
        _ => None,
    };
    let enabled = command.enabled((state.now)());
    if let Some(what) = what.filter(|_| enabled) {
        text = lang.f("{} : {}", &[&text, what]);
    }
    // « Maj » is the French keyboards' name of Shift.
    let shortcut = command.shortcut_text().replace("Maj+", lang.t("Maj+"));
    let mut button = egui::Button::new(text);
    if !shortcut.is_empty() {
        button = button.shortcut_text(shortcut);
    }
    let mut response = ui.add_enabled(enabled, button);
    if let Some(tip) = command.tooltip() {
        response = response.on_hover_text(lang.t(tip));
    }
    if response.clicked() {
        ui.close();
        commands.push(command);
    }
}

/// Language, text size and theme; returns whether one changed.
fn appearance_ui(ui: &mut egui::Ui, settings: &mut AppSettings) -> bool {
    let lang = settings.lang;
    ui.label(lang.t("Langue"));
    let mut changed = ui
        .radio_value(&mut settings.lang, Lang::Fr, "Français")
        .changed();
    changed |= ui
        .radio_value(&mut settings.lang, Lang::En, "English")
        .changed();
    ui.separator();
    ui.label(lang.t("Taille du texte"));
    for (scale, label) in crate::app::settings::TEXT_SCALES {
        changed |= ui
            .radio_value(&mut settings.text_scale, scale, label)
            .changed();
    }
    ui.separator();
    changed |= ui
        .checkbox(&mut settings.dark, lang.t("Thème sombre"))
        .changed();
    changed
}
