//! The screens of the central panel, registered once here: each is a `Screen` (its view, its
//! tab, when the tab shows, its drawing), and the window asks `Screens` for the tabs and for
//! the screen in view. Each owns its view state; the comparison, portfolio and import screens
//! also draw their workspace's state (`app/workspaces/`), lent for the frame. A screen reads the
//! open case and emits commands; it never sees the app or another screen, and nothing outside
//! writes into it.

pub mod autodiagnostic;
pub mod compare;
pub mod import;
pub mod matrix;
pub mod portfolio;
pub mod position;
pub mod scenarios;
pub mod start;

use crate::app::command::Command;
use crate::app::view::{CaseView, View};
use crate::app::workspaces::Lent;

/// A screen of the central panel, as the window knows it.
pub trait Screen {
    /// The view it is.
    fn view(&self) -> View;
    /// Its tab's label (French; the catalogue gives the English); `None`: no tab.
    fn tab(&self) -> Option<&'static str>;
    /// Whether its tab shows: the case's screens always, a workspace's while it is open.
    fn open(&self, _workspaces: &Lent<'_>) -> bool {
        true
    }
    /// Draws it, with the case and the workspaces lent for the frame.
    fn show(
        &mut self,
        ui: &mut egui::Ui,
        workspaces: &mut Lent<'_>,
        view: &CaseView<'_>,
        commands: &mut Vec<Command>,
    );
}

/// A screen of the open case: always there, drawn from the case alone.
macro_rules! case_screen {
    ($screen:ty, $view:expr, $tab:expr) => {
        impl Screen for $screen {
            fn view(&self) -> View {
                $view
            }
            fn tab(&self) -> Option<&'static str> {
                $tab
            }
            fn show(
                &mut self,
                ui: &mut egui::Ui,
                _workspaces: &mut Lent<'_>,
                view: &CaseView<'_>,
                commands: &mut Vec<Command>,
            ) {
                self.ui(ui, view, commands);
            }
        }
    };
}

/// A workspace's screen: its tab while the workspace is open, drawn from its state.
macro_rules! workspace_screen {
    ($screen:ty, $view:expr, $tab:expr, $field:ident) => {
        impl Screen for $screen {
            fn view(&self) -> View {
                $view
            }
            fn tab(&self) -> Option<&'static str> {
                Some($tab)
            }
            fn open(&self, workspaces: &Lent<'_>) -> bool {
                workspaces.$field.is_some()
            }
            fn show(
                &mut self,
                ui: &mut egui::Ui,
                workspaces: &mut Lent<'_>,
                view: &CaseView<'_>,
                commands: &mut Vec<Command>,
            ) {
                let state = workspaces.$field.as_deref_mut();
                self.ui(ui, state, view, commands);
            }
        }
    };
}

case_screen!(matrix::MatrixScreen, View::Matrix, Some("Matrice"));
case_screen!(
    position::PositionScreen,
    View::Position,
    Some("Positionnement")
);
case_screen!(
    scenarios::ScenariosScreen,
    View::Scenarios,
    Some("Scénarios")
);
case_screen!(
    autodiagnostic::AutodiagnosticScreen,
    View::Autodiagnostic,
    Some("Autodiagnostic")
);
workspace_screen!(
    compare::CompareScreen,
    View::Compare,
    "Comparaison",
    comparison
);
workspace_screen!(
    portfolio::PortfolioScreen,
    View::Portfolio,
    "Portefeuille",
    portfolio
);
workspace_screen!(
    import::ImportScreen,
    View::Import,
    "Import de balance",
    import
);
case_screen!(start::StartScreen, View::Start, None);

/// Every screen, with its state.
#[derive(Default)]
pub struct Screens {
    pub matrix: matrix::MatrixScreen,
    pub position: position::PositionScreen,
    pub compare: compare::CompareScreen,
    pub portfolio: portfolio::PortfolioScreen,
    pub import: import::ImportScreen,
    pub start: start::StartScreen,
    pub scenarios: scenarios::ScenariosScreen,
    pub autodiagnostic: autodiagnostic::AutodiagnosticScreen,
}

impl Screens {
    /// Every screen, in the order of the tabs.
    fn all(&mut self) -> [&mut dyn Screen; 8] {
        [
            &mut self.matrix,
            &mut self.position,
            &mut self.scenarios,
            &mut self.autodiagnostic,
            &mut self.compare,
            &mut self.portfolio,
            &mut self.import,
            &mut self.start,
        ]
    }

    /// The tabs shown now: each screen's view and label.
    pub fn tabs(&mut self, workspaces: &Lent<'_>) -> Vec<(View, &'static str)> {
        self.all()
            .into_iter()
            .filter(|s| s.open(workspaces))
            .filter_map(|s| s.tab().map(|tab| (s.view(), tab)))
            .collect()
    }

    /// Draws the screen of view `shown`.
    pub fn show(
        &mut self,
        shown: View,
        ui: &mut egui::Ui,
        workspaces: &mut Lent<'_>,
        view: &CaseView<'_>,
        commands: &mut Vec<Command>,
    ) {
        if let Some(screen) = self.all().into_iter().find(|s| s.view() == shown) {
            screen.show(ui, workspaces, view, commands);
        }
    }
}
