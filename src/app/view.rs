//! What a screen reads of the open case: the case, the typology, the analyses of every
//! snapshot (from the cache), the selected snapshot and the language. Screens never change it:
//! they emit commands.

use crate::analysis::{Analysis, Typology};
use crate::model::{Case, Snapshot};

use super::i18n::Lang;

/// The views of the window: the open case's, and the portfolio, comparison and import ones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Matrix,
    Position,
    /// « Et si… ? »: scenarios, stress tests, what it takes.
    Scenarios,
    /// « Autodiagnostic »: the questionnaire of maturity and its result.
    Autodiagnostic,
    Compare,
    Portfolio,
    Import,
    /// The start screen, when the app opens without a file.
    Start,
}

#[derive(Clone, Copy)]
pub struct CaseView<'a> {
    pub case: &'a Case,
    pub typology: &'a Typology,
    /// One per snapshot, in order.
    pub analyses: &'a [Analysis],
    pub selected: usize,
    pub lang: Lang,
    /// The file name of the open case (« sans titre » for a new one).
    pub title: &'a str,
    /// Whether the case has a file on disk.
    pub has_file: bool,
    /// Changes with every change of the case.
    pub revision: u64,
    /// The files opened lately, newest first.
    pub recent: &'a [std::path::PathBuf],
    /// The reference the position is read against, if one is chosen.
    pub reference: Option<&'a crate::analysis::reference::Reference>,
    /// A network's questionnaire of autodiagnostic, if one is chosen (the built-in one serves
    /// otherwise).
    pub questionnaire: Option<&'a crate::analysis::autodiagnostic::Questionnaire>,
    /// Changes each time the amounts being typed no longer apply (another snapshot, another
    /// case, an undo): whoever keeps drafts drops them.
    pub drafts_epoch: u64,
    /// The line an edit added last (with the case's revision then), to focus once: it stays
    /// set through later edits, and the matrix focuses each value once.
    pub added_line: Option<(u64, u32)>,
}

impl<'a> CaseView<'a> {
    pub fn snapshot(&self) -> Option<&'a Snapshot> {
        self.case.snapshots.get(self.selected)
    }

    pub fn analysis(&self) -> Option<&'a Analysis> {
        self.analyses.get(self.selected)
    }
}
