//! The folder of cases open as a portfolio: loaded, reloaded (filters and sort kept), and
//! written as the screen shows it (PDF, PNG, CSV, workbook, or a reference of its cases).

use std::path::Path;

use crate::analysis::Typology;
use crate::analysis::reference::{Reference, TooFewCases};
use crate::app::i18n::Lang;
use crate::portfolio::{Filter, Portfolio, Sort, csv};
use crate::report::ReportError;
use crate::report::portfolio::{PortfolioOptions, portfolio_layout};
use crate::storage;

/// What the consultant sees of the open portfolio.
pub struct PortfolioState {
    pub portfolio: Portfolio,
    pub filter: Filter,
    pub sort: Sort,
    pub anonymised: bool,
    pub paths: bool,
    /// Index in `portfolio.entries` of the selected case.
    pub selected: Option<usize>,
}

impl PortfolioState {
    pub fn new(portfolio: Portfolio) -> PortfolioState {
        PortfolioState {
            portfolio,
            filter: Filter::default(),
            sort: Sort::default(),
            anonymised: false,
            paths: false,
            selected: None,
        }
    }

    /// The shown entries, filtered and sorted.
    pub fn rows(&self) -> Vec<usize> {
        self.portfolio
            .rows(&self.filter, self.sort.applied(self.anonymised))
    }

    pub fn options(&self) -> PortfolioOptions {
        PortfolioOptions {
            anonymised: self.anonymised,
            paths: self.paths,
            filters: self.filter.describe(),
        }
    }
}

/// The files the portfolio can be exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortfolioExport {
    Pdf,
    Png,
    Csv,
    Xlsx,
    /// A reference made of the cases shown (median and quartiles, no names).
    Reference,
}

impl PortfolioExport {
    pub fn extension(self) -> &'static str {
        match self {
            PortfolioExport::Pdf => "pdf",
            PortfolioExport::Png => "png",
            PortfolioExport::Csv => "csv",
            PortfolioExport::Xlsx => "xlsx",
            PortfolioExport::Reference => "ron",
        }
    }
}

/// Why the portfolio was not exported.
#[derive(Debug)]
pub enum PortfolioExportError {
    /// Too few cases shown for a reference.
    TooFewCases(TooFewCases),
    /// The document could not be made, or its file written.
    Report(ReportError),
}

impl PortfolioExportError {
    /// The refusal in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        match self {
            PortfolioExportError::TooFewCases(e) => crate::text::too_few_cases(e, lang),
            PortfolioExportError::Report(e) => e.said(lang),
        }
    }
}

impl From<ReportError> for PortfolioExportError {
    fn from(e: ReportError) -> PortfolioExportError {
        PortfolioExportError::Report(e)
    }
}

impl super::Workspaces {
    /// Opens the folder `dir` as the portfolio; says why when it cannot be read.
    pub fn open_portfolio(
        &mut self,
        dir: &Path,
        typology: &Typology,
    ) -> Result<(), storage::ReadError> {
        let portfolio = Portfolio::load(dir, typology)?;
        self.portfolio = Some(PortfolioState::new(portfolio));
        Ok(())
    }

    /// Reads the open portfolio again from its folder, keeping filters and sort.
    pub fn reload_portfolio(&mut self, typology: &Typology) -> Result<(), storage::ReadError> {
        let Some(state) = &mut self.portfolio else {
            return Ok(());
        };
        state.portfolio = Portfolio::load(&state.portfolio.folder, typology)?;
        state.selected = None;
        Ok(())
    }
}

impl PortfolioState {
    /// Writes the portfolio as shown (filters, sort, anonymisation) to `path` (see `super::export_refused`);
    /// for a reference, returns the one written, to be read against at once.
    pub fn export(
        &self,
        path: &Path,
        what: PortfolioExport,
        typology: &Typology,
    ) -> Result<Option<Reference>, PortfolioExportError> {
        let rows = self.rows();
        let write =
            |bytes: Vec<u8>| storage::write_atomic(path, &bytes, false).map_err(ReportError::Save);
        // The CSV and RON writers' failures, in their words.
        let writer = |e: &dyn std::fmt::Display| ReportError::Writer(e.to_string());
        match what {
            PortfolioExport::Csv => csv(&self.portfolio, &rows, self.anonymised)
                .map_err(|e| writer(&e))
                .and_then(write)?,
            PortfolioExport::Xlsx => {
                crate::report::workbook::portfolio_workbook(&self.portfolio, &rows, self.anonymised)
                    .and_then(write)?
            }
            PortfolioExport::Reference => {
                let filters = self.options().filters;
                let reference = crate::portfolio::reference(&self.portfolio, &rows, &filters)
                    .map_err(PortfolioExportError::TooFewCases)?;
                let text =
                    crate::analysis::reference::to_text(&reference).map_err(|e| writer(&e))?;
                write(text.into_bytes())?;
                return Ok(Some(reference));
            }
            PortfolioExport::Pdf | PortfolioExport::Png => {
                let doc = portfolio_layout(&self.portfolio, &rows, typology, &self.options());
                let format = if what == PortfolioExport::Pdf {
                    crate::report::Format::Pdf
                } else {
                    crate::report::Format::Png
                };
                crate::report::write(&doc, format, path)?;
            }
        }
        Ok(None)
    }
}
