//! A portfolio: every case file of a folder, each analysed on its default snapshot, for a
//! « tête de réseau » or a support service that follows many associations. Files that cannot be
//! read are kept with their error, never skipped silently.

mod diagnostic;
mod table;

use diagnostic::latest_diagnostic;
pub use diagnostic::{DiagnosticSpread, diagnostic_spread};
pub use table::{
    Cell, Column, Filter, Sort, TABLE_HEADERS, UTF8_BOM, csv, reference, spreadsheet_safe, table,
};

use std::path::{Path, PathBuf};

use crate::analysis::autodiagnostic::{Level, RoundResult, Score};
use crate::analysis::{Confidence, Ternary, TrajectoryPoint, Typology, analyse, trajectory};
use crate::model::{Case, Phase};
use crate::storage::{self, LoadError, ReadError};

/// One case of the portfolio, analysed on its default snapshot.
#[derive(Clone, Debug)]
pub struct Entry {
    pub path: PathBuf,
    /// Rank among the loaded files of the folder (by file name), from 1: the number on the map
    /// and in the anonymised view.
    pub number: usize,
    pub name: String,
    pub sector: String,
    pub territory: String,
    pub phase: Phase,
    pub snapshot: String,
    pub monetary_budget: f64,
    pub valued_budget: f64,
    /// Classification label: « M4 — Subventions publiques », « entre M4 et M2 ».
    pub position: String,
    /// The model (the largest group's for a hybrid), for colour and filters.
    pub model: Option<String>,
    pub confidence: Option<Confidence>,
    pub qualifiers: Vec<&'static str>,
    /// The snapshot named by its year and kind only (« 2025 réalisé »), for anonymised views:
    /// a label is free text and may name people.
    pub neutral_snapshot: String,
    pub ternary: Option<Ternary>,
    /// Shares of T per group, for a reference made from the portfolio; `None` without money.
    pub shares: Option<crate::analysis::GroupAmounts>,
    /// Every snapshot of the case, for the paths on the map.
    pub path_points: Vec<TrajectoryPoint>,
    /// The latest autodiagnostic round, scored, when it answers the shipped questionnaire.
    pub diagnostic: Option<RoundResult>,
}

impl Entry {
    pub fn from_case(path: PathBuf, number: usize, case: &Case, typology: &Typology) -> Entry {
        let snapshot = case.default_snapshot();
        let analysis = snapshot.map(|s| analyse(case, s, typology));
        let org = &case.organisation;
        Entry {
            path,
            number,
            name: org.name.clone(),
            sector: org.sector.trim().to_owned(),
            territory: org.territory.trim().to_owned(),
            phase: org.phase,
            snapshot: snapshot.map_or(String::new(), |s| s.label.clone()),
            neutral_snapshot: snapshot
                .map_or(String::new(), |s| format!("{} {}", s.year, s.kind.label())),
            monetary_budget: analysis.as_ref().map_or(0.0, |a| a.totals.monetary_budget),
            valued_budget: analysis.as_ref().map_or(0.0, |a| a.totals.valued_budget),
            position: analysis
                .as_ref()
                .map_or("aucun instantané".to_owned(), |a| {
                    a.classification.label.clone()
                }),
            model: analysis
                .as_ref()
                .and_then(|a| a.classification.model.clone()),
            confidence: analysis.as_ref().and_then(|a| a.classification.confidence),
            qualifiers: analysis.as_ref().map_or(Vec::new(), |a| {
                a.qualifiers.iter().map(|q| q.label).collect()
            }),
            ternary: analysis.as_ref().and_then(|a| a.ternary),
            shares: analysis.as_ref().and_then(|a| a.shares),
            path_points: trajectory(case, typology),
            diagnostic: latest_diagnostic(case),
        }
    }

    /// The levels of the latest autodiagnostic in words (« ensemble : actifs · Richesses
    /// humaines : premiers pas · … »), empty without one.
    pub fn diagnostic_words(&self) -> String {
        let Some(d) = &self.diagnostic else {
            return String::new();
        };
        let level = |s: &Score| s.level.map_or("—", Level::label);
        std::iter::once(format!("ensemble : {}", level(&d.overall)))
            .chain(
                d.sections
                    .iter()
                    .map(|s| format!("{} : {}", s.name, level(&s.score))),
            )
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// The colour of the case's model in `typology` (muted without a model).
    pub fn model_rgb(&self, typology: &Typology) -> crate::palette::Rgb {
        self.model
            .as_ref()
            .and_then(|m| typology.model(m))
            .map_or(crate::palette::MUTED, |m| m.rgb())
    }

    /// The organisation's name, or a neutral one in the anonymised view.
    pub fn display_name(&self, anonymised: bool) -> String {
        if anonymised {
            format!("Organisation {}", self.number)
        } else {
            self.name.clone()
        }
    }

    pub fn display_territory(&self, anonymised: bool) -> &str {
        if anonymised { "" } else { &self.territory }
    }

    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned())
    }
}

#[derive(Debug)]
pub struct Failure {
    pub path: PathBuf,
    pub error: LoadError,
}

#[derive(Debug, Default)]
pub struct Portfolio {
    pub folder: PathBuf,
    pub entries: Vec<Entry>,
    pub failures: Vec<Failure>,
}

impl Portfolio {
    /// Loads and analyses every case file of `folder`, on all cores; a file that fails goes
    /// to `failures` with its French error.
    pub fn load(folder: &Path, typology: &Typology) -> Result<Portfolio, ReadError> {
        // Every `.ron` entry: one that is not a case file is listed with why, never skipped.
        let files = storage::ron_entries(folder)?;
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        let chunk = files.len().div_ceil(workers).max(1);
        let results: Vec<Result<Entry, Failure>> = std::thread::scope(|scope| {
            let handles: Vec<_> = files
                .chunks(chunk)
                .map(|paths| {
                    let handle = scope.spawn(move || {
                        paths
                            .iter()
                            .map(|path| match storage::load(path) {
                                Ok(case) => Ok(Entry::from_case(path.clone(), 0, &case, typology)),
                                Err(error) => Err(Failure {
                                    path: path.clone(),
                                    error,
                                }),
                            })
                            .collect::<Vec<_>>()
                    });
                    (paths, handle)
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|(paths, handle)| {
                    // A worker that failed still accounts for each of its files.
                    handle.join().unwrap_or_else(|_| {
                        paths
                            .iter()
                            .map(|path| {
                                Err(Failure {
                                    path: path.clone(),
                                    error: LoadError::Crashed { path: path.clone() },
                                })
                            })
                            .collect()
                    })
                })
                .collect()
        });
        let mut portfolio = Portfolio {
            folder: folder.to_owned(),
            ..Portfolio::default()
        };
        for result in results {
            match result {
                Ok(mut entry) => {
                    entry.number = portfolio.entries.len() + 1;
                    portfolio.entries.push(entry);
                }
                Err(failure) => portfolio.failures.push(failure),
            }
        }
        Ok(portfolio)
    }

    /// Distinct non-empty values of one text field of the entries, sorted.
    pub fn values(&self, field: impl Fn(&Entry) -> &str) -> Vec<String> {
        let mut values: Vec<String> = self
            .entries
            .iter()
            .map(|e| field(e).to_owned())
            .filter(|v| !v.is_empty())
            .collect();
        values.sort();
        values.dedup();
        values
    }

    /// Indices of the entries kept by `filter`, in the order of `sort`.
    pub fn rows(&self, filter: &Filter, sort: Sort) -> Vec<usize> {
        let mut rows: Vec<usize> = (0..self.entries.len())
            .filter(|&i| self.entries.get(i).is_some_and(|e| filter.keeps(e)))
            .collect();
        rows.sort_by(|&a, &b| {
            let ordering = match (self.entries.get(a), self.entries.get(b)) {
                (Some(a), Some(b)) => sort.column.compare(a, b),
                _ => std::cmp::Ordering::Equal,
            };
            if sort.descending {
                ordering.reverse()
            } else {
                ordering
            }
        });
        rows
    }
}
