//! The matrix pages of the report: the three levers, their lines (labels, kinds and funders
//! wrapped whole), subtotals, the change against the previous snapshot and the totals, broken
//! across pages with the title and the table header repeated.

use super::document::{Page, Style};
use super::layout::{Columns, Frame, MARGIN, ROW, title_block};
use crate::analysis::{changes, line_value};
use crate::format::{euros_change, euros_whole, percent, quantity};
use crate::model::{Lever, Nature, ResourceLine, Unit};
use crate::palette;

const HEADERS: [&str; 7] = [
    "Ligne",
    "Type",
    "Financeur ou partenaire",
    "Quantité",
    "Valeur",
    "Part",
    "Évolution",
];

/// The matrix table's columns; numbers get what « 1 400 000 000 € » needs.
fn matrix_columns(inner: f32) -> Columns<7> {
    Columns::new(
        inner,
        [0.22, 0.2, 0.17, 0.13, 0.12, 0.055, 0.105],
        [false, false, false, true, true, true, true],
    )
}

pub(super) fn matrix_pages(f: &Frame<'_>) -> Vec<Page> {
    // The totals never stand alone on a last page: the rows are set a little closer until they
    // stay with the table, as far as a readable size allows.
    let (pages, alone) = matrix_layout(f, 7.8);
    if !alone {
        return pages;
    }
    [7.4, 7.0]
        .into_iter()
        .map(|size| matrix_layout(f, size))
        .find(|(_, alone)| !alone)
        .map_or(pages, |(pages, _)| pages)
}

/// The matrix pages with the rows' text at `size` points, and whether the totals stand alone on
/// the last page.
fn matrix_layout(f: &Frame<'_>, size: f32) -> (Vec<Page>, bool) {
    let columns = matrix_columns(f.inner_width());
    let valuation = &f.case.valuation;
    let index = f
        .case
        .snapshots
        .iter()
        .position(|s| s.label == f.snapshot.label);
    let previous = index
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| f.case.snapshots.get(i));
    let change = previous.map(|p| changes(p, f.snapshot, valuation));
    let mut pages = Vec::new();
    let mut page = Page::default();
    let mut y = table_head(&mut page, f, &columns, previous.map(|p| p.label.as_str()));
    let t = &f.analysis.totals;
    for lever in Lever::ALL {
        let lines: Vec<&ResourceLine> = f.snapshot.lines_of(lever).collect();
        let subtotal = t.lever(lever);
        // A lever's header never stays alone at the bottom of a page.
        if y + 2.0 * ROW > f.bottom() {
            pages.push(std::mem::take(&mut page));
            y = table_head(&mut page, f, &columns, previous.map(|p| p.label.as_str()));
        }
        page.rect(
            [MARGIN, y - 10.0, f.inner_width(), ROW],
            Some([232, 236, 240]),
            None,
        );
        page.text([MARGIN + 3.0, y], lever.label(), Style::new(9.0).bold());
        page.text(
            [f.width - MARGIN - 3.0, y],
            format!("Sous-total : {}", euros_whole(subtotal)),
            Style::new(9.0).bold().right(),
        );
        y += ROW;
        if lines.is_empty() {
            page.text(
                [MARGIN + 3.0, y],
                "Aucune ligne.",
                Style::new(8.0).colour(palette::MUTED),
            );
            y += ROW;
        }
        for (n, line) in lines.iter().enumerate() {
            let kind = line.kind.def().map_or("", |d| d.label.as_str());
            let [shown, share] = value_cells(line, valuation, subtotal);
            let evolution =
                change
                    .as_ref()
                    .and_then(|c| c.line(line.id))
                    .map_or(String::new(), |l| match l.before {
                        None => "nouvelle".to_owned(),
                        Some(_) if l.delta().abs() < 0.005 => "=".to_owned(),
                        Some(_) => euros_change(l.delta().round()),
                    });
            let amount_text = quantity_text(line);
            let cells = [
                line.display_label(),
                kind,
                line.counterparty.as_str(),
                &amount_text,
                &shown,
                &share,
                &evolution,
            ];
            // Labels, kinds and funders wrap within their cells, never cut: the row grows.
            let style = Style::new(size);
            let height = columns.row_height(&cells, style);
            if y + height - ROW > f.bottom() {
                pages.push(std::mem::take(&mut page));
                y = table_head(&mut page, f, &columns, previous.map(|p| p.label.as_str()));
            }
            if n % 2 == 1 {
                page.rect(
                    [MARGIN, y - 10.0, f.inner_width(), height],
                    Some([248, 249, 250]),
                    None,
                );
            }
            let height = columns.wrapped_row(&mut page, y, cells, style);
            y += height;
        }
        y += 6.0;
    }
    // The three totals stay with the table when they fit under it.
    let alone = y + 3.0 * ROW > f.bottom();
    if alone {
        pages.push(std::mem::take(&mut page));
        y = table_head(&mut page, f, &columns, previous.map(|p| p.label.as_str()));
    }
    page.line(
        [MARGIN, y - 8.0],
        [f.width - MARGIN, y - 8.0],
        0.8,
        palette::INK,
    );
    y += 4.0;
    for (label, value) in totals_rows(t) {
        page.text([MARGIN + 3.0, y], label, Style::new(9.0).bold());
        page.text(
            [f.width - MARGIN - 3.0, y],
            value,
            Style::new(9.0).bold().right(),
        );
        y += ROW;
    }
    pages.push(page);
    (pages, alone)
}

/// The three totals under a matrix, never one alone: money, valued contributions (with their
/// share), the budget valorisé.
pub(super) fn totals_rows(t: &crate::analysis::Totals) -> [(&'static str, String); 3] {
    [
        ("Budget monétaire", euros_whole(t.monetary_budget)),
        (
            "Contributions valorisées",
            format!(
                "{} ({} du budget valorisé)",
                euros_whole(t.valued_contributions),
                percent(t.valued_share)
            ),
        ),
        ("Budget valorisé", euros_whole(t.valued_budget)),
    ]
}

/// The title and the table header, on the first matrix page and repeated on each next one.
fn table_head(page: &mut Page, f: &Frame<'_>, columns: &Columns<7>, previous: Option<&str>) -> f32 {
    let mut y = title_block(page, f, &f.heading("Matrice des trois leviers"));
    if let Some(previous) = previous {
        page.text(
            [MARGIN, y - 2.0],
            format!("Évolution par rapport à « {previous} »."),
            Style::new(7.5).colour(palette::MUTED),
        );
        y += 10.0;
    }
    columns.header(page, y, HEADERS)
}

/// A line's value as the matrix shows it (valued time, money or value in kind; payroll in
/// brackets, for information) and its share of its lever's `subtotal`.
pub(super) fn value_cells(
    line: &ResourceLine,
    valuation: &crate::model::ValuationSettings,
    subtotal: f64,
) -> [String; 2] {
    let value = line_value(line, valuation);
    let counted = value.money + value.valued;
    let shown = if counted > 0.0 {
        euros_whole(counted)
    } else if value.info > 0.0 {
        format!("({})", euros_whole(value.info))
    } else {
        "—".to_owned()
    };
    let share = if subtotal > 0.0 && counted > 0.0 {
        percent(counted / subtotal)
    } else {
        String::new()
    };
    [shown, share]
}

/// The natural quantity of a line: people and time, or the importance of an alliance.
pub(super) fn quantity_text(line: &ResourceLine) -> String {
    match line.kind.def().map(|d| d.nature) {
        Some(Nature::Human { .. }) => {
            let mut parts = Vec::new();
            if let Some(people) = line.people {
                parts.push(format!("{} pers.", quantity(f64::from(people))));
            }
            let unit = match line.unit {
                Unit::Heures => "h",
                Unit::Jours => "j",
                Unit::Mois => "mois",
                Unit::Etp => "ETP",
            };
            match (line.quantity, line.total_quantity()) {
                // Typed per person: both, as the board says it (« 14 × 90 h = 1 260 h »).
                (Some(each), Some(total)) if line.per_person => {
                    return format!(
                        "{} pers. × {} {unit} = {} {unit}",
                        quantity(f64::from(line.people.unwrap_or(0))),
                        quantity(each),
                        quantity(total)
                    );
                }
                (Some(each), None) => parts.push(format!("{} {unit} chacun", quantity(each))),
                (_, Some(total)) => parts.push(format!("{} {unit}", quantity(total))),
                (None, None) => {}
            }
            parts.join(" · ")
        }
        Some(Nature::InKind { .. }) => line
            .importance
            .map_or(String::new(), |i| "★".repeat(usize::from(i))),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::KindId;

    #[test]
    fn time_typed_for_each_person_shows_both_figures() {
        let mut line = ResourceLine::new(2, KindId::new("benevolat_activite").unwrap());
        line.people = Some(25);
        line.quantity = Some(90.0);
        line.per_person = true;
        assert_eq!(
            quantity_text(&line),
            format!("25 pers. × 90 h = {} h", quantity(2_250.0))
        );
        line.per_person = false;
        assert_eq!(quantity_text(&line), "25 pers. · 90 h");
        line.people = None;
        line.per_person = true;
        assert_eq!(quantity_text(&line), "90 h chacun");
    }
}
