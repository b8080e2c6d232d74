//! Two case files compared (« Comparaison »), as a table to copy: what changed in the
//! organisation and the valuation, then each snapshot's position, levers and lines.

use super::CopiedTable;
use crate::compare::{Comparison, FieldChange, Status, position_line};
use crate::format::{euros, euros_change};

/// Two case files compared (« Comparaison »): what changed in the organisation and the
/// valuation, then each snapshot's position, levers and lines, as the view lists them.
pub fn comparison_table(c: &Comparison) -> CopiedTable {
    let mut table = CopiedTable::new(
        format!("Comparaison : {} → {}", c.before, c.after),
        &[
            ("Instantané", false),
            ("Levier", false),
            ("Ligne", false),
            ("Changement", false),
            ("Avant", true),
            ("Après", true),
            ("Évolution", true),
        ],
    );
    let said = |fields: &[FieldChange]| {
        fields
            .iter()
            .map(|f| format!("{} : {} → {}", f.field, f.before, f.after))
            .collect::<Vec<_>>()
    };
    for (part, fields) in [
        ("Organisation", &c.organisation),
        ("Réglages de valorisation", &c.valuation),
    ] {
        for field in said(fields) {
            table.rows.push(row7([part, "", "", &field, "", "", ""]));
        }
    }
    for s in &c.snapshots {
        let mut change = match s.status {
            Some(Status::Added) => vec!["instantané ajouté".to_owned()],
            Some(Status::Removed) => vec!["instantané supprimé".to_owned()],
            _ => said(&s.fields),
        };
        change.push(position_line(s));
        table.rows.push(row7([
            &s.label,
            "",
            "Position",
            &change.join(" ; "),
            "",
            "",
            "",
        ]));
        for lever in &s.levers {
            if lever.lines.is_empty() && lever.before == lever.after {
                continue;
            }
            table.rows.push(row7([
                &s.label,
                lever.lever.label(),
                "Sous-total",
                "",
                &euros(lever.before),
                &euros(lever.after),
                &euros_change(lever.after - lever.before),
            ]));
            for line in &lever.lines {
                let mut change = vec![line.status.label().to_owned()];
                change.extend(said(&line.fields));
                let shown = |v: Option<f64>| v.map_or("—".to_owned(), euros);
                let evolution = match (line.before, line.after) {
                    (Some(b), Some(a)) => euros_change(a - b),
                    _ => String::new(),
                };
                table.rows.push(row7([
                    &s.label,
                    lever.lever.label(),
                    &line.label,
                    &change.join(" ; "),
                    &shown(line.before),
                    &shown(line.after),
                    &evolution,
                ]));
            }
        }
    }
    table
}

fn row7(cells: [&str; 7]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}
