//! The screens of the central panel. Each owns its view state and has
//! `fn ui(&mut self, ui, &CaseView, &mut Vec<Command>)` — the comparison, portfolio and import
//! screens also take their workspace's state (`app/workspaces/`): it reads the open case and
//! emits commands; it never sees the app or another screen, and nothing outside writes into it.

pub mod autodiagnostic;
pub mod compare;
pub mod import;
pub mod matrix;
pub mod portfolio;
pub mod position;
pub mod scenarios;
pub mod start;

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
