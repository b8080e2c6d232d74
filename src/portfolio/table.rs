//! The portfolio as a table: its filters, columns and sort, the cells of each row, the CSV (cells
//! safe from a spreadsheet's formulas) and a reference made of the rows shown.

use crate::analysis::{Confidence, Ternary};
use crate::model::Phase;

use super::{Entry, Portfolio};

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

    pub(super) fn compare(self, a: &Entry, b: &Entry) -> std::cmp::Ordering {
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
pub fn csv(portfolio: &Portfolio, rows: &[usize], anonymised: bool) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(UTF8_BOM.to_vec());
    let decimal = |value: f64, digits: usize| format!("{value:.digits$}").replace('.', ",");
    writer.write_record(TABLE_HEADERS)?;
    for row in table(portfolio, rows, anonymised) {
        writer.write_record(row.iter().map(|cell| match cell {
            Cell::Text(text) => spreadsheet_safe(text),
            Cell::Euros(value) => decimal(*value, 2),
            Cell::Share(share) => share.map_or(String::new(), |s| decimal(s * 100.0, 1)),
        }))?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
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
) -> Result<crate::analysis::reference::Reference, crate::analysis::reference::TooFewCases> {
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
