//! Everything the window can be asked to do, as values: the menus, the shortcuts and the
//! screens all emit `Command`s, which the app applies once per frame. A menu action has its
//! label (French, and English through the catalogue), its shortcut, its menu and when it is
//! enabled here, in one place (Rerun's `UICommand` is the model): the menus, the shortcut
//! handling and the tests all read this file.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::dialogs::export::ExportChoice;
use super::view::View;
use super::workspaces::PortfolioExport;
use crate::model::{Case, Edit};

/// An action that replaces or closes the open case, held while the unsaved-changes question is
/// asked.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    New,
    Open(PathBuf),
    Quit,
}

/// The menus of the menu bar, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    Fichier,
    Edition,
    Affichage,
    Aide,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    // ----- menu actions (see `Command::MENU_ACTIONS`) -----
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

    // ----- from the screens, panels and dialogs -----
    /// A change to the case: one undo step, or part of the previous one when it continues it.
    Edit(Edit),
    SelectSnapshot(usize),
    /// The reference to read the position against (`None`: none).
    SetReference(Option<crate::analysis::reference::Reference>),
    /// Asks for a reference file (a network's own, made from its portfolio), then uses it.
    ChooseReference,
    UseReference(PathBuf),
    ShowView(View),
    /// Asks before deleting snapshot `index`.
    AskDeleteSnapshot(usize),
    /// New, open or quit, asking first about unsaved changes.
    Request(Pending),
    /// Carries out `Pending` without asking (the user answered « Ne pas enregistrer »).
    Perform(Pending),
    /// Saves, then carries out the pending action.
    SaveThen(Option<Pending>),
    /// Saves over a file changed elsewhere, then carries out the pending action.
    Overwrite(Option<Pending>),
    /// « Enregistrer sous… », then the pending action.
    SaveAsThen(Option<Pending>),
    /// Takes back the edits of the recovery copy.
    Restore(Box<Case>, Option<PathBuf>),
    DiscardRecovery,
    CloseDialog,
    /// Opens sample case `index` as an unsaved copy.
    OpenExample(usize),
    OpenPortfolioAt(PathBuf),
    ReloadPortfolio,
    ClosePortfolio,
    ExportPortfolio(PathBuf, PortfolioExport),
    /// Asks where to write the portfolio, then writes it.
    ExportPortfolioDialog(PortfolioExport),
    /// Asks for another account mapping for the import under review.
    ChooseMapping,
    CompareWith(PathBuf),
    CloseComparison,
    StartImport(PathBuf),
    /// Reads the FEC under review again for another of its fiscal years.
    ImportYear(i32),
    /// Reads the workbook under review again from another of its sheets holding a balance.
    ImportSheet(String),
    FinishImport,
    CancelImport,
    ExportTo(PathBuf, ExportChoice),
    /// Asks where to write the report, then writes it.
    ExportWith(ExportChoice),
    SaveAnonymisedTo(PathBuf),
    UseTypology(Option<PathBuf>),
    /// Uses the questionnaire of autodiagnostic at this path beside the built-in one.
    UseQuestionnaire(PathBuf),
    /// Maps the balance under review with the table at this path.
    UseMapping(PathBuf),
    /// Saves to this path, then carries out the pending action.
    SaveToThen(PathBuf, Option<Pending>),
    /// Puts a table on the system clipboard, as HTML and tab-separated text.
    CopyTable(crate::report::table::CopiedTable),
    /// A message for the user (an entry refused, a file that could not be read), in French.
    Tell(String),
}

/// What decides whether a menu action can be chosen now.
#[derive(Clone, Copy, Debug, Default)]
pub struct Availability {
    pub has_file: bool,
    pub can_undo: bool,
    pub can_redo: bool,
}

impl Command {
    /// The menu actions, in menu order.
    pub const MENU_ACTIONS: [Command; 24] = [
        Command::New,
        Command::Open,
        Command::OpenPortfolio,
        Command::CompareWithFile,
        Command::CompareWithSaved,
        Command::ImportBalance,
        Command::Save,
        Command::SaveAs,
        Command::Export,
        Command::ExportAnonymised,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::AddSnapshot,
        Command::AddTarget,
        Command::AddHumanLine,
        Command::AddMoneyLine,
        Command::AddAllianceLine,
        Command::ValuationSettings,
        Command::ChooseTypology,
        Command::BuiltinTypology,
        Command::ChooseQuestionnaire,
        Command::BuiltinQuestionnaire,
        Command::About,
    ];

    /// The French label of a menu action (`Lang::t` gives the English one).
    pub fn label(&self) -> Option<&'static str> {
        Some(match self {
            Command::New => "Nouveau",
            Command::Open => "Ouvrir…",
            Command::OpenPortfolio => "Ouvrir un portefeuille…",
            Command::CompareWithFile => "Comparer avec un autre dossier…",
            Command::CompareWithSaved => "Comparer avec la version enregistrée",
            Command::ImportBalance => "Importer une balance comptable…",
            Command::Save => "Enregistrer",
            Command::SaveAs => "Enregistrer sous…",
            Command::Export => "Exporter…",
            Command::ExportAnonymised => "Exporter une copie anonymisée…",
            Command::Quit => "Quitter",
            Command::Undo => "Annuler",
            Command::Redo => "Rétablir",
            Command::AddSnapshot => "Ajouter un instantané",
            Command::AddTarget => "Créer une cible à partir de l'instantané",
            Command::AddHumanLine => "Ajouter une ligne de richesses humaines",
            Command::AddMoneyLine => "Ajouter une ligne de ressources financières",
            Command::AddAllianceLine => "Ajouter une ligne d'alliances stratégiques",
            Command::ValuationSettings => "Réglages de valorisation…",
            Command::ChooseTypology => "Typologie…",
            Command::BuiltinTypology => "Typologie intégrée",
            Command::ChooseQuestionnaire => "Questionnaire d'autodiagnostic…",
            Command::BuiltinQuestionnaire => "Questionnaire intégré",
            Command::About => "À propos…",
            _ => return None,
        })
    }

    /// What hovering the menu item says, when its label is not enough.
    pub fn tooltip(&self) -> Option<&'static str> {
        match self {
            Command::CompareWithSaved => Some("Ce qui a changé depuis le dernier enregistrement"),
            Command::ExportAnonymised => {
                Some("Une copie aux noms neutres, sans notes, aux mêmes chiffres, pour un pair")
            }
            _ => None,
        }
    }

    pub fn menu(&self) -> Option<Menu> {
        match self {
            Command::Undo
            | Command::Redo
            | Command::AddSnapshot
            | Command::AddTarget
            | Command::AddHumanLine
            | Command::AddMoneyLine
            | Command::AddAllianceLine
            | Command::ValuationSettings => Some(Menu::Edition),
            Command::ChooseTypology
            | Command::BuiltinTypology
            | Command::ChooseQuestionnaire
            | Command::BuiltinQuestionnaire => Some(Menu::Affichage),
            Command::About => Some(Menu::Aide),
            c if c.label().is_some() => Some(Menu::Fichier),
            _ => None,
        }
    }

    /// The keyboard shortcuts of a menu action, the one shown first.
    pub fn shortcuts(&self) -> Vec<KeyboardShortcut> {
        let ctrl = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let ctrl_shift = |key| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key);
        match self {
            Command::New => vec![ctrl(Key::N)],
            Command::Open => vec![ctrl(Key::O)],
            Command::OpenPortfolio => vec![ctrl_shift(Key::O)],
            Command::ImportBalance => vec![ctrl(Key::I)],
            Command::Save => vec![ctrl(Key::S)],
            Command::SaveAs => vec![ctrl_shift(Key::S)],
            Command::Export => vec![ctrl(Key::E)],
            Command::Quit => vec![ctrl(Key::Q)],
            Command::Undo => vec![ctrl(Key::Z)],
            Command::Redo => vec![ctrl_shift(Key::Z), ctrl(Key::Y)],
            Command::AddSnapshot => vec![ctrl_shift(Key::N)],
            Command::AddTarget => vec![ctrl_shift(Key::T)],
            Command::AddHumanLine => vec![ctrl_shift(Key::H)],
            Command::AddMoneyLine => vec![ctrl_shift(Key::F)],
            Command::AddAllianceLine => vec![ctrl_shift(Key::A)],
            _ => Vec::new(),
        }
    }

    /// The shortcuts as the menu shows them: « Ctrl+Maj+Z, Ctrl+Y ».
    pub fn shortcut_text(&self) -> String {
        self.shortcuts()
            .iter()
            .map(|s| {
                let mut text = String::from("Ctrl+");
                if s.modifiers.shift {
                    text.push_str("Maj+");
                }
                text.push_str(s.logical_key.name());
                text
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn enabled(&self, now: Availability) -> bool {
        match self {
            Command::CompareWithSaved => now.has_file,
            Command::Undo => now.can_undo,
            Command::Redo => now.can_redo,
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_menu_action_has_a_label_and_a_menu() {
        for command in Command::MENU_ACTIONS {
            assert!(command.label().is_some(), "{command:?}");
            assert!(command.menu().is_some(), "{command:?}");
        }
        assert_eq!(Command::Redo.shortcut_text(), "Ctrl+Maj+Z, Ctrl+Y");
        assert_eq!(Command::Export.shortcut_text(), "Ctrl+E");
    }

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let all: Vec<KeyboardShortcut> = Command::MENU_ACTIONS
            .iter()
            .flat_map(Command::shortcuts)
            .collect();
        for (i, a) in all.iter().enumerate() {
            assert!(!all.iter().skip(i + 1).any(|b| b == a), "{a:?}");
        }
    }
}
