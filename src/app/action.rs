//! The menu actions: what a person chooses in the menu bar or by a shortcut. Each has its label
//! (French, and English through the catalogue), its tooltip, its shortcuts, its place in the
//! menus and when it is enabled, here in one place (Rerun's `UICommand` is the model): the menu
//! bar is built from `Action::ALL`, the shortcuts are read from it, and the tests check the
//! README against it. What the screens ask with a payload (an edit, a path, a choice) is a
//! `Command`; an action reaches the app as `Command::Action`.

use egui::{Key, KeyboardShortcut, ModifierNames, Modifiers};

use super::dialogs::path_prompt::PathFor;
use super::i18n::Lang;

/// The menus of the menu bar, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    Fichier,
    Edition,
    Affichage,
    Aide,
}

impl Menu {
    pub const ALL: [Menu; 4] = [Menu::Fichier, Menu::Edition, Menu::Affichage, Menu::Aide];

    /// The French title (`Lang::t` gives the English one).
    pub fn title(self) -> &'static str {
        match self {
            Menu::Fichier => "Fichier",
            Menu::Edition => "Édition",
            Menu::Affichage => "Affichage",
            Menu::Aide => "Aide",
        }
    }
}

/// What decides whether a menu action can be chosen now.
#[derive(Clone, Copy, Debug, Default)]
pub struct Availability {
    pub has_file: bool,
    pub can_undo: bool,
    pub can_redo: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    New,
    Open,
    OpenPortfolio,
    CompareWithFile,
    CompareWithSaved,
    ImportBalance,
    Save,
    SaveAs,
    Export,
    ExportAnonymised,
    Quit,
    Undo,
    Redo,
    AddSnapshot,
    AddTarget,
    AddHumanLine,
    AddMoneyLine,
    AddAllianceLine,
    ValuationSettings,
    ChooseTypology,
    BuiltinTypology,
    ChooseQuestionnaire,
    BuiltinQuestionnaire,
    About,
}

impl Action {
    /// Every action, in menu order.
    pub const ALL: [Action; 24] = [
        Action::New,
        Action::Open,
        Action::OpenPortfolio,
        Action::CompareWithFile,
        Action::CompareWithSaved,
        Action::ImportBalance,
        Action::Save,
        Action::SaveAs,
        Action::Export,
        Action::ExportAnonymised,
        Action::Quit,
        Action::Undo,
        Action::Redo,
        Action::AddSnapshot,
        Action::AddTarget,
        Action::AddHumanLine,
        Action::AddMoneyLine,
        Action::AddAllianceLine,
        Action::ValuationSettings,
        Action::ChooseTypology,
        Action::BuiltinTypology,
        Action::ChooseQuestionnaire,
        Action::BuiltinQuestionnaire,
        Action::About,
    ];

    /// The French label (`Lang::t` gives the English one).
    pub fn label(self) -> &'static str {
        match self {
            Action::New => "Nouveau",
            Action::Open => "Ouvrir…",
            Action::OpenPortfolio => "Ouvrir un portefeuille…",
            Action::CompareWithFile => "Comparer avec un autre dossier…",
            Action::CompareWithSaved => "Comparer avec la version enregistrée",
            Action::ImportBalance => "Importer une balance comptable…",
            Action::Save => "Enregistrer",
            Action::SaveAs => "Enregistrer sous…",
            Action::Export => "Exporter…",
            Action::ExportAnonymised => "Exporter une copie anonymisée…",
            Action::Quit => "Quitter",
            Action::Undo => "Annuler",
            Action::Redo => "Rétablir",
            Action::AddSnapshot => "Ajouter un instantané",
            Action::AddTarget => "Créer une cible à partir de l'instantané",
            Action::AddHumanLine => "Ajouter une ligne de richesses humaines",
            Action::AddMoneyLine => "Ajouter une ligne de ressources financières",
            Action::AddAllianceLine => "Ajouter une ligne d'alliances stratégiques",
            Action::ValuationSettings => "Réglages de valorisation…",
            Action::ChooseTypology => "Typologie…",
            Action::BuiltinTypology => "Typologie intégrée",
            Action::ChooseQuestionnaire => "Questionnaire d'autodiagnostic…",
            Action::BuiltinQuestionnaire => "Questionnaire intégré",
            Action::About => "À propos…",
        }
    }

    /// What hovering the menu item says, when its label is not enough.
    pub fn tooltip(self) -> Option<&'static str> {
        match self {
            Action::CompareWithSaved => Some("Ce qui a changé depuis le dernier enregistrement"),
            Action::ExportAnonymised => {
                Some("Une copie aux noms neutres, sans notes, aux mêmes chiffres, pour un pair")
            }
            _ => None,
        }
    }

    /// The menu and the group within it (a separator stands between two groups).
    pub fn place(self) -> (Menu, u8) {
        match self {
            Action::New
            | Action::Open
            | Action::OpenPortfolio
            | Action::CompareWithFile
            | Action::CompareWithSaved
            | Action::ImportBalance => (Menu::Fichier, 0),
            Action::Save | Action::SaveAs => (Menu::Fichier, 1),
            Action::Export | Action::ExportAnonymised => (Menu::Fichier, 2),
            Action::Quit => (Menu::Fichier, 3),
            Action::Undo | Action::Redo => (Menu::Edition, 0),
            Action::AddSnapshot
            | Action::AddTarget
            | Action::AddHumanLine
            | Action::AddMoneyLine
            | Action::AddAllianceLine => (Menu::Edition, 1),
            Action::ValuationSettings => (Menu::Edition, 2),
            Action::ChooseTypology
            | Action::BuiltinTypology
            | Action::ChooseQuestionnaire
            | Action::BuiltinQuestionnaire => (Menu::Affichage, 0),
            Action::About => (Menu::Aide, 0),
        }
    }

    pub fn menu(self) -> Menu {
        self.place().0
    }

    /// The keyboard shortcuts, the one shown first.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        let ctrl = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let ctrl_shift = |key| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key);
        match self {
            Action::New => vec![ctrl(Key::N)],
            Action::Open => vec![ctrl(Key::O)],
            Action::OpenPortfolio => vec![ctrl_shift(Key::O)],
            Action::ImportBalance => vec![ctrl(Key::I)],
            Action::Save => vec![ctrl(Key::S)],
            Action::SaveAs => vec![ctrl_shift(Key::S)],
            Action::Export => vec![ctrl(Key::E)],
            Action::Quit => vec![ctrl(Key::Q)],
            Action::Undo => vec![ctrl(Key::Z)],
            Action::Redo => vec![ctrl_shift(Key::Z), ctrl(Key::Y)],
            Action::AddSnapshot => vec![ctrl_shift(Key::N)],
            Action::AddTarget => vec![ctrl_shift(Key::T)],
            Action::AddHumanLine => vec![ctrl_shift(Key::H)],
            Action::AddMoneyLine => vec![ctrl_shift(Key::F)],
            Action::AddAllianceLine => vec![ctrl_shift(Key::A)],
            _ => Vec::new(),
        }
    }

    /// The shortcuts as the menu shows them, in egui's words with the keyboard's names of
    /// the keys: « Ctrl+Maj+Z, Ctrl+Y » (« Ctrl+Shift+Z, Ctrl+Y » in English).
    pub fn shortcut_text(self, lang: Lang) -> String {
        let names = ModifierNames {
            shift: match lang {
                Lang::Fr => "Maj",
                Lang::En => "Shift",
            },
            ..ModifierNames::NAMES
        };
        self.shortcuts()
            .iter()
            .map(|s| s.format(&names, false))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn enabled(self, now: Availability) -> bool {
        match self {
            Action::CompareWithSaved => now.has_file,
            Action::Undo => now.can_undo,
            Action::Redo => now.can_redo,
            _ => true,
        }
    }

    /// The file an action asks for before it can be carried out (what for, hence which
    /// files the dialog shows and what is done with the path), if it asks for one to read.
    pub fn file_request(self) -> Option<PathFor> {
        match self {
            Action::Open => Some(PathFor::Open),
            Action::OpenPortfolio => Some(PathFor::OpenPortfolio),
            Action::CompareWithFile => Some(PathFor::Compare),
            Action::ImportBalance => Some(PathFor::ImportBalance),
            Action::ChooseTypology => Some(PathFor::Typology),
            Action::ChooseQuestionnaire => Some(PathFor::Questionnaire),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_are_said_in_the_language_of_the_window() {
        assert_eq!(Action::Redo.shortcut_text(Lang::Fr), "Ctrl+Maj+Z, Ctrl+Y");
        assert_eq!(Action::Redo.shortcut_text(Lang::En), "Ctrl+Shift+Z, Ctrl+Y");
        assert_eq!(Action::Export.shortcut_text(Lang::Fr), "Ctrl+E");
        assert_eq!(Action::About.shortcut_text(Lang::Fr), "");
    }

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let all: Vec<KeyboardShortcut> = Action::ALL.iter().flat_map(|a| a.shortcuts()).collect();
        for (i, a) in all.iter().enumerate() {
            assert!(!all.iter().skip(i + 1).any(|b| b == a), "{a:?}");
        }
    }

    #[test]
    fn the_actions_are_listed_in_menu_order() {
        let places: Vec<(usize, u8)> = Action::ALL
            .iter()
            .map(|a| {
                let (menu, group) = a.place();
                (
                    Menu::ALL.iter().position(|m| *m == menu).unwrap_or(9),
                    group,
                )
            })
            .collect();
        assert!(places.windows(2).all(|w| w[0] <= w[1]), "{places:?}");
    }
}
