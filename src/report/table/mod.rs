//! The tables a person copies from the window (« Copier le tableau »): the matrix of a
//! snapshot, the closeness to the seven models, the composition of monetary resources, the
//! scenarios compared, « que faudrait-il », two case files compared. Each is HTML and
//! tab-separated text at once, so that PowerPoint, Word, Excel and LibreOffice paste a real
//! table; numbers are written the French way, with the words of the PDF.

use super::matrix::{quantity_text, totals_rows, value_cells};
use crate::analysis::reach::Reach;
use crate::analysis::scenario::{new_qualifiers, simulate, stress_outcomes};
use crate::analysis::{Analysis, Typology, analyse, totals};
use crate::format::{euros_change, euros_whole, percent, quantity};
use crate::model::{Case, Group, Lever, Snapshot};
use crate::portfolio::spreadsheet_safe;

mod comparison;
pub use comparison::comparison_table;

/// A table to copy: a title, its header, its rows; `numeric[i]` for right-aligned columns.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CopiedTable {
    pub title: String,
    pub headers: Vec<String>,
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}

impl CopiedTable {
    fn new(title: String, headers: &[(&str, bool)]) -> CopiedTable {
        CopiedTable {
            title,
            headers: headers.iter().map(|(h, _)| (*h).to_owned()).collect(),
            numeric: headers.iter().map(|(_, n)| *n).collect(),
            rows: Vec::new(),
        }
    }

    fn is_numeric(&self, column: usize) -> bool {
        self.numeric.get(column).copied().unwrap_or(false)
    }

    /// A text cell a spreadsheet will not run as a formula; numbers stay as written.
    fn safe(&self, column: usize, cell: &str) -> String {
        if self.is_numeric(column) {
            cell.to_owned()
        } else {
            spreadsheet_safe(cell)
        }
    }

    /// Tab-separated text: the header, then one line per row; tabs and line breaks inside a
    /// cell become spaces.
    pub fn tab_separated(&self) -> String {
        let line = |cells: &[String]| {
            cells
                .iter()
                .enumerate()
                .map(|(i, c)| self.safe(i, &c.replace(['\t', '\n', '\r'], " ")))
                .collect::<Vec<_>>()
                .join("\t")
        };
        // Headers are names (a snapshot's label heads a column of numbers): always text.
        let headers: Vec<String> = self
            .headers
            .iter()
            .map(|h| spreadsheet_safe(&h.replace(['\t', '\n', '\r'], " ")))
            .collect();
        let mut out = headers.join("\t");
        for row in &self.rows {
            out.push('\n');
            out.push_str(&line(row));
        }
        out.push('\n');
        out
    }

    /// An HTML table (UTF-8, header row, numbers right-aligned) with its title as caption.
    pub fn html(&self) -> String {
        let mut out = String::from(
            "<html><head><meta charset=\"utf-8\"></head><body><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">",
        );
        out.push_str(&format!(
            "<caption>{}</caption><thead><tr>",
            escape(&spreadsheet_safe(&self.title))
        ));
        for header in &self.headers {
            out.push_str(&format!("<th>{}</th>", escape(&spreadsheet_safe(header))));
        }
        out.push_str("</tr></thead><tbody>");
        for row in &self.rows {
            out.push_str("<tr>");
            for (i, cell) in row.iter().enumerate() {
                let cell = escape(&self.safe(i, cell));
                if self.is_numeric(i) {
                    out.push_str(&format!("<td align=\"right\">{cell}</td>"));
                } else {
                    out.push_str(&format!("<td>{cell}</td>"));
                }
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table></body></html>");
        out
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The matrix of `snapshot`: each lever's lines and subtotal, then the three totals.
pub fn matrix_table(case: &Case, snapshot: &Snapshot) -> CopiedTable {
    let mut table = CopiedTable::new(
        format!(
            "{} — Matrice des trois leviers — {}",
            case.organisation.name,
            super::layout::snapshot_name(snapshot)
        ),
        &[
            ("Levier", false),
            ("Ligne", false),
            ("Type", false),
            ("Financeur ou partenaire", false),
            ("Quantité", true),
            ("Valeur", true),
            ("Part", true),
        ],
    );
    let t = totals(snapshot, &case.valuation);
    for lever in Lever::ALL {
        let subtotal = t.lever(lever);
        for line in snapshot.lines_of(lever) {
            let [shown, share] = value_cells(line, &case.valuation, subtotal);
            table.rows.push(vec![
                lever.label().to_owned(),
                line.display_label().to_owned(),
                line.kind.def().map_or(String::new(), |d| d.label.clone()),
                line.counterparty.clone(),
                quantity_text(line),
                shown,
                share,
            ]);
        }
        table.rows.push(vec![
            lever.label().to_owned(),
            "Sous-total".to_owned(),
            String::new(),
            String::new(),
            String::new(),
            euros_whole(subtotal),
            String::new(),
        ]);
    }
    for (label, value) in totals_rows(&t) {
        table.rows.push(vec![
            label.to_owned(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            value,
            String::new(),
        ]);
    }
    table
}

/// The closeness to the seven models, the rules' model(s) marked.
pub fn closeness_table(case: &Case, analysis: &Analysis, typology: &Typology) -> CopiedTable {
    let mut table = CopiedTable::new(
        format!(
            "{} — Proximité aux sept modèles — {}",
            case.organisation.name, analysis.snapshot
        ),
        &[
            ("Modèle", false),
            ("Proximité", true),
            ("Retenu par les règles", false),
        ],
    );
    let kept = crate::analysis::retained(&analysis.classification);
    for w in &analysis.weights {
        let name = typology
            .model(&w.model)
            .map_or(w.model.clone(), |m| format!("{} {}", m.id, m.name));
        table.rows.push(vec![
            name,
            percent(w.weight),
            if kept.contains(&w.model.as_str()) {
                "oui".to_owned()
            } else {
                String::new()
            },
        ]);
    }
    table
}

/// The stress tests of `base`, with the columns and words of the PDF.
pub fn stress_table(case: &Case, base: &Snapshot, typology: &Typology) -> CopiedTable {
    let mut table = CopiedTable::new(
        format!(
            "{} — Tests de résistance — {}",
            case.organisation.name,
            super::layout::snapshot_name(base)
        ),
        &[
            ("Test", false),
            ("Budget perdu", true),
            ("Réserves consommées", false),
            ("Position après", false),
            ("Apparaît", false),
        ],
    );
    let before = analyse(case, base, typology);
    for (stress, o) in stress_outcomes(case, base, typology) {
        table.rows.push(vec![
            crate::text::stress_name(&stress, crate::text::Lang::Fr),
            euros_whole(o.lost()),
            o.drawn(base).map_or("—".to_owned(), |d| {
                crate::text::drawn_words(&d, crate::text::Lang::Fr)
            }),
            crate::text::headline(&o.analysis.classification, crate::text::Lang::Fr),
            new_qualifiers(&before, &o.analysis).join(", "),
        ]);
    }
    table
}

/// The key figures of every snapshot side by side, then the position, as `analyse` says them.
pub fn key_figures_table(case: &Case, typology: &Typology) -> CopiedTable {
    let analyses: Vec<Analysis> = case
        .snapshots
        .iter()
        .map(|s| analyse(case, s, typology))
        .collect();
    let mut headers = vec![("", false)];
    headers.extend(case.snapshots.iter().map(|s| (s.label.as_str(), true)));
    let mut table = CopiedTable::new(
        format!("{} — Chiffres clés", case.organisation.name),
        &headers,
    );
    let figures: Vec<Vec<crate::analysis::KeyFigure>> = analyses
        .iter()
        .map(|a| crate::analysis::key_figures(&a.totals))
        .collect();
    let labels = figures
        .first()
        .map_or(Vec::new(), |f| f.iter().map(|k| k.label).collect());
    for (i, label) in labels.into_iter().enumerate() {
        let mut row = vec![label.to_owned()];
        row.extend(
            figures
                .iter()
                .map(|f| f.get(i).map_or(String::new(), |k| k.value.clone())),
        );
        table.rows.push(row);
    }
    let mut position = vec!["Position".to_owned()];
    position.extend(
        analyses
            .iter()
            .map(|a| crate::text::headline(&a.classification, crate::text::Lang::Fr)),
    );
    table.rows.push(position);
    table
}

/// The portfolio table of `rows` (the columns of its CSV), numbers the French way.
pub fn portfolio_table(
    portfolio: &crate::portfolio::Portfolio,
    rows: &[usize],
    anonymised: bool,
) -> CopiedTable {
    use crate::portfolio::{Cell, TABLE_HEADERS, table};
    let numeric = |header: &str| header.contains('€') || header.contains('%');
    let headers: Vec<(&str, bool)> = TABLE_HEADERS.iter().map(|h| (*h, numeric(h))).collect();
    let mut out = CopiedTable::new("Portefeuille".to_owned(), &headers);
    for row in table(portfolio, rows, anonymised) {
        out.rows.push(
            row.iter()
                .map(|cell| match cell {
                    Cell::Text(text) => text.clone(),
                    Cell::Euros(value) => euros_whole(*value),
                    Cell::Share(share) => share.map_or(String::new(), percent),
                })
                .collect(),
        );
    }
    out
}

/// The scenarios on `base` compared with it: budget, position, reserves, what appears.
pub fn scenarios_table(case: &Case, base: &Snapshot, typology: &Typology) -> CopiedTable {
    let mut table = CopiedTable::new(
        format!(
            "{} — Et si… ? Scénarios — {}",
            case.organisation.name,
            super::layout::snapshot_name(base)
        ),
        &[
            ("", false),
            ("Budget monétaire", true),
            ("Position", false),
            ("Réserves", true),
            ("Apparaît", false),
        ],
    );
    let months = |s: &Snapshot| {
        s.reserve_months()
            .map_or("—".to_owned(), |m| format!("{} mois", quantity(m)))
    };
    let before = analyse(case, base, typology);
    table.rows.push(vec![
        base.label.clone(),
        euros_whole(before.totals.monetary_budget),
        crate::text::headline(&before.classification, crate::text::Lang::Fr),
        months(base),
        String::new(),
    ]);
    for scenario in case.scenarios.iter().filter(|s| s.base == base.label) {
        let Ok(o) = simulate(case, scenario, typology) else {
            continue;
        };
        table.rows.push(vec![
            scenario.name.clone(),
            format!(
                "{} ({})",
                euros_whole(o.analysis.totals.monetary_budget),
                euros_change(o.budget_change.round())
            ),
            crate::text::headline(&o.analysis.classification, crate::text::Lang::Fr),
            months(&o.applied.snapshot),
            new_qualifiers(&before, &o.analysis).join(", "),
        ]);
    }
    table
}

/// The composition of monetary resources of every snapshot: the share of each group present,
/// a column per snapshot, as the view's stacked bars show it.
pub fn composition_table(case: &Case, typology: &Typology) -> CopiedTable {
    let shares: Vec<Option<crate::analysis::GroupAmounts>> = case
        .snapshots
        .iter()
        .map(|s| analyse(case, s, typology).shares)
        .collect();
    let mut headers = vec![("Groupe de ressources", false)];
    headers.extend(case.snapshots.iter().map(|s| (s.label.as_str(), true)));
    let mut table = CopiedTable::new(
        format!(
            "{} — Composition des ressources monétaires",
            case.organisation.name
        ),
        &headers,
    );
    for group in Group::COUNTED {
        let present = shares.iter().flatten().any(|sh| sh.get(group) > 0.0);
        if !present {
            continue;
        }
        let mut row = vec![format!("{} ({})", group.label(), group.code())];
        row.extend(
            shares
                .iter()
                .map(|sh| sh.map_or("—".to_owned(), |sh| percent(sh.get(group)))),
        );
        table.rows.push(row);
    }
    table
}

/// « Que faudrait-il pour atteindre … ? » on `base`: each way there (the group of resources,
/// the change, the position it gives), or the answer in words when there is no way to list.
pub fn reach_table(
    case: &Case,
    base: &Snapshot,
    reach: &Reach,
    typology: &Typology,
) -> CopiedTable {
    let name = typology
        .model(&reach.model)
        .map_or(reach.model.clone(), |m| format!("{} ({})", m.name, m.id));
    let strength = if reach.strong {
        " en confiance forte"
    } else {
        ""
    };
    let mut table = CopiedTable::new(
        format!(
            "{} — Que faudrait-il pour atteindre {name}{strength} ? — {}",
            case.organisation.name,
            super::layout::snapshot_name(base)
        ),
        &[
            ("Ressources", false),
            ("Changement", true),
            ("Position après", false),
        ],
    );
    for way in &reach.ways {
        table.rows.push(vec![
            format!("{} ({})", way.group.label(), way.group.code()),
            way.amount(),
            way.after.label.clone(),
        ]);
    }
    if reach.ways.is_empty() {
        table.rows.push(vec![
            crate::text::reach_sentence(reach, typology, crate::text::Lang::Fr),
            String::new(),
            String::new(),
        ]);
    }
    table
}
