//! `portfolio FOLDER`: every case of a folder in one table, with its exports (PDF, PNG, CSV,
//! workbook, a reference made of the cases).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use super::{Usage, terminal};
use crate::format::{euros_whole, one_line};
use crate::storage;

use super::commands::typology;

/// Where `portfolio` writes, and how the report looks.
pub struct PortfolioOutputs {
    pub pdf: Option<PathBuf>,
    pub png: Option<PathBuf>,
    pub csv: Option<PathBuf>,
    pub xlsx: Option<PathBuf>,
    /// `--reference-out`: a reference made of the cases shown.
    pub reference: Option<PathBuf>,
    pub options: crate::report::portfolio::PortfolioOptions,
    /// Whether an output may replace an existing case file.
    pub force: bool,
}

/// `portfolio DIR`: the table on stdout, the unreadable files on stderr, and the chosen
/// exports; exit 1 if any file could not be read.
pub fn portfolio(
    dir: &Path,
    mut outputs: PortfolioOutputs,
    filter: crate::portfolio::Filter,
    typology_path: Option<&Path>,
) -> Result<ExitCode> {
    // The cases of the folder and the typology are read: no output may replace them, not even
    // with --force, and a reference written into the folder would be read as a case next time.
    let cases = storage::case_files(dir).unwrap_or_default();
    let read: Vec<&Path> = cases
        .iter()
        .map(PathBuf::as_path)
        .chain(typology_path)
        .collect();
    for output in [
        &outputs.pdf,
        &outputs.png,
        &outputs.csv,
        &outputs.xlsx,
        &outputs.reference,
    ]
    .into_iter()
    .flatten()
    {
        storage::check_output(output, &read, outputs.force).map_err(|e| Usage(e.to_string()))?;
    }
    if let Some(reference) = &outputs.reference {
        storage::check_outside(reference, dir).map_err(|e| Usage(e.to_string()))?;
    }
    let typology = typology(typology_path)?;
    let portfolio = crate::portfolio::Portfolio::load(dir, &typology)?;
    let anonymised = outputs.options.anonymised;
    let rows = portfolio.rows(
        &filter,
        crate::portfolio::Sort::default().applied(anonymised),
    );
    outputs.options.filters = filter.describe();
    let mut out = terminal::stdout();
    for e in rows.iter().filter_map(|&i| portfolio.entries.get(i)) {
        writeln!(
            out,
            "{:>3}  {:<40} {:<14} {:>16}  {}{}",
            e.number,
            one_line(&e.display_name(anonymised))
                .chars()
                .take(40)
                .collect::<String>(),
            one_line(&e.snapshot),
            euros_whole(e.monetary_budget),
            one_line(&e.position),
            e.confidence.map_or(String::new(), |c| format!(
                " (confiance {})",
                crate::text::confidence(c, crate::text::Lang::Fr)
            ))
        )?;
    }
    writeln!(
        out,
        "\n{} dossier(s) affiché(s) sur {} ; {} fichier(s) non chargé(s).",
        rows.len(),
        portfolio.entries.len(),
        portfolio.failures.len()
    )?;
    for failure in &portfolio.failures {
        terminal::error(&one_line(&failure.error.to_string()));
    }
    if outputs.pdf.is_some() || outputs.png.is_some() {
        let doc = crate::report::portfolio::portfolio_layout(
            &portfolio,
            &rows,
            &typology,
            &outputs.options,
        );
        for (path, format) in [
            (&outputs.pdf, crate::report::Format::Pdf),
            (&outputs.png, crate::report::Format::Png),
        ] {
            if let Some(path) = path {
                crate::report::write(&doc, format, path)
                    .map_err(|e| anyhow::anyhow!("export vers « {} » : {e}", path.display()))?;
                writeln!(out, "{} : écrit", one_line(&path.display().to_string()))?;
            }
        }
    }
    if let Some(path) = &outputs.csv {
        let bytes =
            crate::portfolio::csv(&portfolio, &rows, anonymised).map_err(anyhow::Error::msg)?;
        storage::write_atomic(path, &bytes, false)?;
        writeln!(out, "{} : écrit", one_line(&path.display().to_string()))?;
    }
    if let Some(path) = &outputs.xlsx {
        let bytes = crate::report::workbook::portfolio_workbook(&portfolio, &rows, anonymised)
            .map_err(anyhow::Error::msg)?;
        storage::write_atomic(path, &bytes, false)?;
        writeln!(out, "{} : écrit", one_line(&path.display().to_string()))?;
    }
    if let Some(path) = &outputs.reference {
        let reference = crate::portfolio::reference(&portfolio, &rows, &outputs.options.filters)
            .map_err(|e| Usage(format!("--reference-out : {e}")))?;
        storage::write_atomic(
            path,
            crate::analysis::reference::to_text(&reference)
                .map_err(anyhow::Error::msg)?
                .as_bytes(),
            false,
        )?;
        writeln!(
            out,
            "{} : référence écrite ({} dossiers)",
            one_line(&path.display().to_string()),
            rows.len()
        )?;
    }
    Ok(if portfolio.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
