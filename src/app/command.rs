//! Everything the window can be asked to do, as values: the menus, the shortcuts and the
//! screens all emit `Command`s, which the app applies once per frame. A menu action (its label,
//! shortcut and place: `action.rs`) is `Command::Action`; the other commands carry what the
//! screen, panel or dialog asks with (an edit, a path, a choice).

use std::path::PathBuf;

use super::action::Action;
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

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A menu action, chosen in the menus, by its shortcut or from a screen.
    Action(Action),

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
