//! A portfolio: every case file of a folder, each analysed on its default snapshot, for a
//! « tête de réseau » or a support service that follows many associations. Files that cannot be
//! read are kept with their error, never skipped silently.

use std::path::{Path, PathBuf};

use crate::analysis::autodiagnostic::{Level, Questionnaire, RoundResult, Score, score};
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

/// The case's latest round, scored, when it answers the questionnaire shipped with the app (a
/// network's own variant is scored in its window, not across a portfolio).
fn latest_diagnostic(case: &Case) -> Option<RoundResult> {
    let round = case.diagnostics.last()?;
    let questionnaire = Questionnaire::builtin();
    (round.questionnaire.id == questionnaire.id
        && round.questionnaire.version == questionnaire.version)
        .then(|| score(questionnaire, round))
}

/// For a « tête de réseau »: how many members stand at each level, part by part, and how many
/// are advised each format, over the latest autodiagnostic of the cases of `rows`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DiagnosticSpread {
    /// Members with an autodiagnostic of the shipped questionnaire.
    pub members: usize,
    /// Each part (and « Ensemble » last): its name and the members at « premiers pas »,
    /// « actifs », « pionniers ».
    pub levels: Vec<(String, [usize; 3])>,
    /// Each format the questionnaire names, with the members it is advised to.
    pub formats: Vec<(String, usize)>,
}

pub fn diagnostic_spread(portfolio: &Portfolio, rows: &[usize]) -> DiagnosticSpread {
    let questionnaire = Questionnaire::builtin();
    let results: Vec<&RoundResult> = rows
        .iter()
        .filter_map(|&i| portfolio.entries.get(i))
        .filter_map(|e| e.diagnostic.as_ref())
        .collect();
    let count = |score: &dyn Fn(&RoundResult) -> Option<Level>| {
        let mut at = [0; 3];
        for level in results.iter().filter_map(|r| score(r)) {
            if let Some(slot) = Level::ALL
                .iter()
                .position(|l| *l == level)
                .and_then(|i| at.get_mut(i))
            {
                *slot += 1;
            }
        }
        at
    };
    let mut levels: Vec<(String, [usize; 3])> = questionnaire
        .sections
        .iter()
        .map(|section| {
            let of = |r: &RoundResult| {
                r.sections
                    .iter()
                    .find(|s| s.section == section.id)
                    .and_then(|s| s.score.level)
            };
            (section.name.clone(), count(&of))
        })
        .collect();
    levels.push(("Ensemble".to_owned(), count(&|r| r.overall.level)));
    let formats = questionnaire
        .formats
        .iter()
        .map(|f| {
            let advised = results
                .iter()
                .filter(|r| r.formats.iter().any(|a| a.format == f.id))
                .count();
            (f.name.clone(), advised)
        })
        .collect();
    DiagnosticSpread {
        members: results.len(),
        levels,
        formats,
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
                                    error: LoadError::Invalid {
                                        path: path.clone(),
                                        what: "l'analyse de ce dossier a échoué (erreur interne) ; le fichier n'a pas été modifié".to_owned(),
                                    },
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

/// What the consultant chose to see; `None` keeps every value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub sector: Option<String>,
    pub territory: Option<String>,
    pub phase: Option<Phase>,
    /// A model id (« M4 »): the cases whose model, or hybrid's first model, it is.
    pub model: Option<String>,
}

impl Filter {
    /// The active filters in words, for a subtitle: « secteur : Culture, modèle : M4 ».
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = &self.sector {
            parts.push(format!("secteur : {s}"));
        }
        if let Some(t) = &self.territory {
            parts.push(format!("territoire : {t}"));
        }
        if let Some(p) = self.phase {
            parts.push(format!("phase : {}", p.label()));
        }
        if let Some(m) = &self.model {
            parts.push(format!("modèle : {m}"));
        }
        parts.join(", ")
    }

    pub fn keeps(&self, e: &Entry) -> bool {
        self.sector.as_ref().is_none_or(|s| *s == e.sector)
            && self.territory.as_ref().is_none_or(|t| *t == e.territory)
            && self.phase.is_none_or(|p| p == e.phase)
            && self
                .model
                .as_ref()
                .is_none_or(|m| e.model.as_ref() == Some(m))
    }
}

/// The columns of the portfolio table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Column {
    /// The number of the case in the folder (the anonymised view's order).
    Number,
    #[default]
    Organisation,
    Snapshot,
    Monetary,
    Valued,
    Position,
    Confidence,
    Qualifiers,
}

impl Column {
    pub const ALL: [Column; 8] = [
        Column::Number,
        Column::Organisation,
        Column::Snapshot,
        Column::Monetary,
        Column::Valued,
        Column::Position,
        Column::Confidence,
        Column::Qualifiers,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Column::Number => "N°",
            Column::Organisation => "Organisation",
            Column::Snapshot => "Instantané",
            Column::Monetary => "Budget monétaire",
            Column::Valued => "Budget valorisé",
            Column::Position => "Modèle",
            Column::Confidence => "Confiance",
            Column::Qualifiers => "Qualificatifs",
        }
    }

    fn compare(self, a: &Entry, b: &Entry) -> std::cmp::Ordering {
        let confidence = |e: &Entry| match e.confidence {
            Some(Confidence::Forte) => 3,
            Some(Confidence::Moyenne) => 2,
            Some(Confidence::Faible) => 1,
            None => 0,
        };
        let by = match self {
            Column::Number => a.number.cmp(&b.number),
            Column::Organisation => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
            Column::Snapshot => a.snapshot.cmp(&b.snapshot),
            Column::Monetary => a.monetary_budget.total_cmp(&b.monetary_budget),
            Column::Valued => a.valued_budget.total_cmp(&b.valued_budget),
            Column::Position => a.position.cmp(&b.position),
            Column::Confidence => confidence(a).cmp(&confidence(b)),
            Column::Qualifiers => a.qualifiers.len().cmp(&b.qualifiers.len()),
        };
        by.then(a.number.cmp(&b.number))
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Sort {
    /// The sort as applied: in the anonymised view, names are hidden, so sorting by name would
    /// reveal their order; the numbers are used instead.
    pub fn applied(self, anonymised: bool) -> Sort {
        if anonymised && self.column == Column::Organisation {
            Sort {
                column: Column::Number,
                ..self
            }
        } else {
            self
        }
    }
}

/// The byte-order mark that tells Excel a CSV file is UTF-8 (without it, « é » shows as « Ã© »).
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// One cell of the portfolio table, typed for a spreadsheet.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    /// An amount in euros.
    Euros(f64),
    /// A share in [0, 1]; `None` without monetary resources.
    Share(Option<f64>),
}

/// The columns of the portfolio table in the CSV and the workbook.
pub const TABLE_HEADERS: [&str; 16] = [
    "fichier",
    "organisation",
    "secteur",
    "territoire",
    "phase",
    "instantané",
    "budget monétaire (€)",
    "budget valorisé (€)",
    "modèle",
    "modèle dominant",
    "confiance",
    "qualificatifs",
    "subventions publiques (%)",
    "ressources privées (%)",
    "revenus d'activité (%)",
    "autodiagnostic",
];

/// The portfolio table, one row per case in the order of `rows`; anonymised, no free text
/// leaves (sector and snapshot label could name someone).
pub fn table(portfolio: &Portfolio, rows: &[usize], anonymised: bool) -> Vec<[Cell; 16]> {
    let share = |e: &Entry, f: fn(&Ternary) -> f64| Cell::Share(e.ternary.as_ref().map(f));
    let free = |text: &str| {
        Cell::Text(if anonymised {
            String::new()
        } else {
            text.to_owned()
        })
    };
    rows.iter()
        .filter_map(|&i| portfolio.entries.get(i))
        .map(|e| {
            [
                free(&e.file_name()),
                Cell::Text(e.display_name(anonymised)),
                free(&e.sector),
                Cell::Text(e.display_territory(anonymised).to_owned()),
                Cell::Text(e.phase.label().to_owned()),
                Cell::Text(if anonymised {
                    e.neutral_snapshot.clone()
                } else {
                    e.snapshot.clone()
                }),
                Cell::Euros(e.monetary_budget),
                Cell::Euros(e.valued_budget),
                Cell::Text(e.position.clone()),
                Cell::Text(e.model.clone().unwrap_or_default()),
                Cell::Text(e.confidence.map_or(String::new(), |c| c.label().to_owned())),
                Cell::Text(e.qualifiers.join(", ")),
                share(e, |t| t.subsidies),
                share(e, |t| t.private),
                share(e, |t| t.activity),
                Cell::Text(e.diagnostic_words()),
            ]
        })
        .collect()
}

/// The table as CSV for a spreadsheet: a UTF-8 byte-order mark, `;` separators and decimal
/// commas (as French Excel expects), one row per case, in the order of `rows`. Every cell,
/// whatever it comes from (a case, a typology, the app), is made safe for a spreadsheet.
pub fn csv(portfolio: &Portfolio, rows: &[usize], anonymised: bool) -> Result<Vec<u8>, String> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(UTF8_BOM.to_vec());
    let decimal = |value: f64, digits: usize| format!("{value:.digits$}").replace('.', ",");
    writer
        .write_record(TABLE_HEADERS)
        .map_err(|e| e.to_string())?;
    for row in table(portfolio, rows, anonymised) {
        writer
            .write_record(row.iter().map(|cell| match cell {
                Cell::Text(text) => spreadsheet_safe(text),
                Cell::Euros(value) => decimal(*value, 2),
                Cell::Share(share) => share.map_or(String::new(), |s| decimal(s * 100.0, 1)),
            }))
            .map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// A text cell a spreadsheet will not run: a cell that starts with `=`, `+`, `-`, `@`, a tab or
/// a carriage return is a formula to Excel and LibreOffice; a leading apostrophe makes it text
/// (as OWASP recommends for CSV files meant for spreadsheets).
pub fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A reference from the cases of `rows` (those shown): the median and quartiles of each group's
/// share, with the population and the filters in its source, and no names.
pub fn reference(
    portfolio: &Portfolio,
    rows: &[usize],
    filters: &str,
) -> Result<crate::analysis::reference::Reference, String> {
    // The year of the newest snapshot read.
    let year = rows
        .iter()
        .filter_map(|&i| portfolio.entries.get(i))
        .filter_map(|e| e.neutral_snapshot.split(' ').next()?.parse::<i32>().ok())
        .max()
        .unwrap_or(0);
    let shares: Vec<crate::analysis::GroupAmounts> = rows
        .iter()
        .filter_map(|&i| portfolio.entries.get(i))
        .filter_map(|e| e.shares)
        .collect();
    let label = if filters.is_empty() {
        "Dossiers du portefeuille".to_owned()
    } else {
        format!("Dossiers du portefeuille ({filters})")
    };
    crate::analysis::reference::from_shares(
        &shares,
        (
            "portefeuille",
            &label,
            &format!(
                "Médiane et quartiles des parts de chaque groupe sur {} dossier(s) d'un portefeuille, calculés par Atelier MSE sur leur dernier instantané « réalisé » ; aucun nom n'est conservé.",
                shares.len()
            ),
        ),
        (year, &label),
    )
}
