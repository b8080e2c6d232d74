//! The menu bar, built from the list of menu actions (`action.rs`): their labels, shortcuts,
//! places and enabled states come from there; this file adds « Ouvrir récent » and the
//! appearance settings.

use std::path::PathBuf;

use crate::app::action::{Action, Availability, Menu};
use crate::app::command::{Command, Pending};
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

/// Draws the menu bar, built from `Action::ALL`: each menu's actions in order, a separator
/// between two groups; « Ouvrir récent » closes the first group of « Fichier », the language,
/// text size and theme open « Affichage ». Returns whether one of those settings changed.
pub fn menu_ui(
    ui: &mut egui::Ui,
    settings: &mut AppSettings,
    state: &MenuState<'_>,
    commands: &mut Vec<Command>,
) -> bool {
    let lang = settings.lang;
    let mut changed = false;
    egui::MenuBar::new().ui(ui, |ui| {
        for menu in Menu::ALL {
            ui.menu_button(lang.t(menu.title()), |ui| {
                if menu == Menu::Affichage {
                    changed = appearance_ui(ui, settings);
                    ui.separator();
                }
                let mut group = None;
                for action in Action::ALL.into_iter().filter(|a| a.menu() == menu) {
                    let (_, this) = action.place();
                    if let Some(previous) = group.filter(|g| *g != this) {
                        if menu == Menu::Fichier && previous == 0 {
                            recent_ui(ui, lang, state, commands);
                        }
                        ui.separator();
                    }
                    group = Some(this);
                    item_ui(ui, action, lang, state, commands);
                }
            });
        }
    });
    changed
}

/// « Ouvrir récent »: the files opened lately, newest first.
fn recent_ui(ui: &mut egui::Ui, lang: Lang, state: &MenuState<'_>, commands: &mut Vec<Command>) {
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
}

/// One menu entry: its label, shortcut and enabled state from its `Action`.
fn item_ui(
    ui: &mut egui::Ui,
    action: Action,
    lang: Lang,
    state: &MenuState<'_>,
    commands: &mut Vec<Command>,
) {
    let mut text = lang.t(action.label()).to_owned();
    // « Annuler : montant de “Cotisations” »: the menu says what will be undone.
    let what = match action {
        Action::Undo => state.undo_name,
        Action::Redo => state.redo_name,
        _ => None,
    };
    let enabled = action.enabled((state.now)());
    if let Some(what) = what.filter(|_| enabled) {
        text = lang.f("{} : {}", &[&text, what]);
    }
    let shortcut = action.shortcut_text(lang);
    let mut button = egui::Button::new(text);
    if !shortcut.is_empty() {
        button = button.shortcut_text(shortcut);
    }
    let mut response = ui.add_enabled(enabled, button);
    if let Some(tip) = action.tooltip() {
        response = response.on_hover_text(lang.t(tip));
    }
    if response.clicked() {
        ui.close();
        commands.push(Command::Action(action));
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
