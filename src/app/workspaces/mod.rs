//! What the window holds besides the open case, each in its workspace: a folder of cases
//! (`portfolio`), another case file set against the open one (`comparison`), a file of
//! accounts under review (`import`), and the reference the position is read against
//! (`reference`). A workspace owns its state and does its work; the app only routes a command
//! to it and says the outcome (a message, the view to show). The screens draw a workspace's
//! state and change it only through commands or the state handed to them.

use crate::app::i18n::Lang;

mod comparison;
mod import;
mod portfolio;
mod reference;

pub use comparison::ComparisonState;
pub use import::ImportState;
pub use portfolio::{PortfolioExport, PortfolioState};
pub use reference::ReferenceInUse;

/// The workspaces open beside the case; a closed one is `None`.
#[derive(Default)]
pub struct Workspaces {
    pub portfolio: Option<PortfolioState>,
    pub comparison: Option<ComparisonState>,
    pub import: Option<ImportState>,
    pub reference: ReferenceInUse,
}

/// The workspaces a screen draws, lent for one frame (the reference is read through the
/// `CaseView`).
pub struct Lent<'a> {
    pub comparison: Option<&'a mut ComparisonState>,
    pub portfolio: Option<&'a mut PortfolioState>,
    pub import: Option<&'a mut ImportState>,
}

/// Why `path` cannot receive an export (a case file open here or elsewhere, a folder, a
/// read-only file…), in `lang`; `None` when it can. `open`: the case files open in the window.
pub fn export_refused(
    path: &std::path::Path,
    open: &[&std::path::Path],
    lang: Lang,
) -> Option<String> {
    crate::storage::check_output(path, open, false)
        .err()
        .map(|e| {
            let why = crate::text::output_refusal(&e, lang);
            lang.f("Rien n'a été exporté : {}.", &[&why])
        })
}

/// The name of the file at `path`, as the messages give it.
pub(super) fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned())
}

/// A message without its final full stop, to go on with « . … ».
pub(in crate::app) fn sentence(message: &str) -> &str {
    message.trim_end().trim_end_matches('.')
}
