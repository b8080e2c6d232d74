//! The sheets of a case's workbook: its key figures, the matrix of each snapshot (amounts, hours
//! and partners valued, with their subtotals and shares), its scenarios and stress tests.

use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{Formula, Worksheet, XlsxError};

use crate::analysis::scenario::{new_qualifiers, simulate, stress_outcomes};
use crate::analysis::{Typology, analyse, key_figures, line_value};
use crate::format::quantity;
use crate::model::{Case, Lever, Snapshot};
use crate::report::layout::snapshot_name;
use crate::report::matrix::quantity_text;

use super::{Formats, headers, sheet_name, title};

/// « Chiffres clés et positions »: the key figures of every snapshot, side by side, then the
/// position and the qualifiers, in the words of the PDF and `analyse`.
pub(super) fn key_figures_sheet(
    ws: &mut Worksheet,
    case: &Case,
    typology: &Typology,
    f: &Formats,
    names: &mut Vec<String>,
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name("Chiffres clés et positions", names))?;
    title(
        ws,
        case,
        "Chiffres clés et positions, d'instantané en instantané",
        f,
    )?;
    ws.set_column_width(0, 34)?;
    ws.write_string_with_format(3, 0, "", &f.header)?;
    for (col, s) in (1u16..).zip(&case.snapshots) {
        ws.write_string_with_format(3, col, snapshot_name(s), &f.header)?;
        ws.set_column_width(col, 26)?;
        let a = analyse(case, s, typology);
        let t = &a.totals;
        let mut row = 4;
        for figure in key_figures(t) {
            ws.write_string_with_format(row, 0, figure.label, &f.bold)?;
            // The figures as numbers a spreadsheet computes with; the rest in words.
            match figure.label {
                "Budget monétaire" => {
                    ws.write_number_with_format(row, col, t.monetary_budget, &f.euros)?
                }
                "Contributions valorisées" => {
                    ws.write_number_with_format(row, col, t.valued_contributions, &f.euros)?
                }
                "Budget valorisé" => {
                    ws.write_number_with_format(row, col, t.valued_budget, &f.euros)?
                }
                "Part des contributions valorisées" => {
                    ws.write_number_with_format(row, col, t.valued_share, &f.percent)?
                }
                "ETP salariés" => ws.write_number(row, col, t.salaried_etp)?,
                "Heures bénévoles" => ws.write_number(row, col, t.volunteer_hours)?,
                "Bénévoles et volontaires" => {
                    ws.write_number(row, col, f64::from(t.volunteers))?
                }
                _ => ws.write_string(row, col, &figure.value)?,
            };
            row += 1;
        }
        for (label, value) in [
            (
                "Position",
                crate::text::headline(&a.classification, crate::text::Lang::Fr),
            ),
            (
                "Qualificatifs",
                a.qualifiers
                    .iter()
                    .map(|q| q.label)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            (
                "Réserves",
                s.reserve_months()
                    .map_or("—".to_owned(), |m| format!("{} mois", quantity(m))),
            ),
        ] {
            ws.write_string_with_format(row, 0, label, &f.bold)?;
            ws.write_string_with_format(row, col, value, &f.wrap)?;
            row += 1;
        }
    }
    Ok(())
}

const MATRIX_HEADERS: [&str; 6] = [
    "Ligne",
    "Type",
    "Financeur ou partenaire",
    "Quantité",
    "Valeur",
    "Part",
];
/// The column of the values, and of the shares.
const VALUE: u16 = 4;
const SHARE: u16 = 5;

/// One snapshot's matrix: each lever's lines, its subtotal (`SUM` of its lines), each line's
/// share of it, and the totals from the subtotals, all live formulas whose cached results are
/// the app's figures.
pub(super) fn matrix_sheet(
    ws: &mut Worksheet,
    case: &Case,
    s: &Snapshot,
    f: &Formats,
    names: &mut Vec<String>,
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(&s.label, names))?;
    title(
        ws,
        case,
        &format!("Matrice des trois leviers — {}", snapshot_name(s)),
        f,
    )?;
    for (col, width) in [(0, 36), (1, 30), (2, 28), (3, 16), (4, 16), (5, 8), (6, 18)] {
        ws.set_column_width(col, width)?;
    }
    headers(ws, 3, &MATRIX_HEADERS, f)?;
    ws.write_string_with_format(3, 6, "Pour information", &f.header)?;
    ws.set_freeze_panes(4, 0)?;
    let t = crate::analysis::totals(s, &case.valuation);
    let mut row = 4;
    let mut subtotals = Vec::new();
    for lever in Lever::ALL {
        let subtotal = t.lever(lever);
        ws.write_string_with_format(row, 0, lever.label(), &f.bold)?;
        row += 1;
        let first = row;
        let lines: Vec<_> = s.lines_of(lever).collect();
        let sub_row = first + (lines.len().max(1) as u32);
        let sub_cell = rust_xlsxwriter::utility::row_col_to_cell_absolute(sub_row, VALUE);
        if lines.is_empty() {
            ws.write_string(row, 0, "Aucune ligne.")?;
            row += 1;
        }
        for line in lines {
            let value = line_value(line, &case.valuation);
            let kind = line.kind.def().map_or("", |d| d.label.as_str());
            ws.write_string(row, 0, line.display_label())?;
            ws.write_string(row, 1, kind)?;
            ws.write_string(row, 2, &line.counterparty)?;
            ws.write_string(row, 3, quantity_text(line))?;
            let counted = value.money + value.valued;
            if counted > 0.0 {
                ws.write_number_with_format(row, VALUE, counted, &f.euros)?;
                let share = if subtotal > 0.0 {
                    counted / subtotal
                } else {
                    0.0
                };
                let here = row_col_to_cell(row, VALUE);
                ws.write_formula_with_format(
                    row,
                    SHARE,
                    Formula::new(format!("=IF({sub_cell}=0,0,{here}/{sub_cell})"))
                        .set_result(share.to_string()),
                    &f.percent,
                )?;
            }
            if value.info > 0.0 {
                ws.write_number_with_format(row, 6, value.info, &f.euros)?;
            }
            row += 1;
        }
        ws.write_string_with_format(row, 0, format!("Sous-total — {}", lever.label()), &f.bold)?;
        let range = format!(
            "{}:{}",
            row_col_to_cell(first, VALUE),
            row_col_to_cell(row - 1, VALUE)
        );
        ws.write_formula_with_format(
            row,
            VALUE,
            Formula::new(format!("=SUM({range})")).set_result(subtotal.to_string()),
            &f.euros_bold,
        )?;
        subtotals.push((lever, row_col_to_cell(row, VALUE)));
        row += 2;
    }
    let cell = |lever: Lever| {
        subtotals
            .iter()
            .find(|(l, _)| *l == lever)
            .map_or("0".to_owned(), |(_, c)| c.clone())
    };
    let [human, money, alliances] = Lever::ALL.map(cell);
    let valued_budget = row_col_to_cell(row + 2, VALUE);
    let contributions = row_col_to_cell(row + 1, VALUE);
    for (label, formula, result, format) in [
        (
            "Budget monétaire",
            format!("={money}"),
            t.monetary_budget,
            &f.euros_bold,
        ),
        (
            "Contributions valorisées",
            format!("={human}+{alliances}"),
            t.valued_contributions,
            &f.euros_bold,
        ),
        (
            "Budget valorisé",
            format!("={money}+{human}+{alliances}"),
            t.valued_budget,
            &f.euros_bold,
        ),
        (
            "Part des contributions valorisées",
            format!("=IF({valued_budget}=0,0,{contributions}/{valued_budget})"),
            t.valued_share,
            &f.percent_bold,
        ),
    ] {
        ws.write_string_with_format(row, 0, label, &f.bold)?;
        ws.write_formula_with_format(
            row,
            VALUE,
            Formula::new(formula).set_result(result.to_string()),
            format,
        )?;
        row += 1;
    }
    Ok(())
}

/// « Scénarios »: each scenario on its base, before and after, in the words of the PDF.
pub(super) fn scenarios_sheet(
    ws: &mut Worksheet,
    case: &Case,
    typology: &Typology,
    f: &Formats,
    names: &mut Vec<String>,
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name("Scénarios", names))?;
    title(ws, case, "Et si… ? Scénarios", f)?;
    let titles = [
        "Scénario",
        "Instantané de base",
        "Changements",
        "Budget monétaire avant",
        "Budget monétaire après",
        "Évolution",
        "Position avant",
        "Position après",
        "Réserves après",
        "Apparaît",
    ];
    headers(ws, 3, &titles, f)?;
    for (col, width) in [
        (0, 24),
        (1, 16),
        (2, 40),
        (6, 34),
        (7, 34),
        (8, 14),
        (9, 24),
    ] {
        ws.set_column_width(col, width)?;
    }
    let mut row = 4;
    for scenario in &case.scenarios {
        ws.write_string(row, 0, &scenario.name)?;
        ws.write_string(row, 1, &scenario.base)?;
        let (Some(base), Ok(o)) = (
            case.snapshot(&scenario.base),
            simulate(case, scenario, typology),
        ) else {
            ws.write_string(row, 2, "instantané de base introuvable")?;
            row += 1;
            continue;
        };
        let before = analyse(case, base, typology);
        let changes: Vec<String> = scenario
            .changes
            .iter()
            .map(|c| crate::text::change_words(c, base, crate::text::Lang::Fr))
            .collect();
        ws.write_string_with_format(row, 2, changes.join(" ; "), &f.wrap)?;
        ws.write_number_with_format(row, 3, before.totals.monetary_budget, &f.euros)?;
        ws.write_number_with_format(row, 4, o.analysis.totals.monetary_budget, &f.euros)?;
        ws.write_formula_with_format(
            row,
            5,
            Formula::new(format!(
                "={}-{}",
                row_col_to_cell(row, 4),
                row_col_to_cell(row, 3)
            ))
            .set_result(o.budget_change.to_string()),
            &f.euros,
        )?;
        ws.write_string_with_format(
            row,
            6,
            crate::text::headline(&before.classification, crate::text::Lang::Fr),
            &f.wrap,
        )?;
        ws.write_string_with_format(
            row,
            7,
            crate::text::headline(&o.analysis.classification, crate::text::Lang::Fr),
            &f.wrap,
        )?;
        ws.write_string(
            row,
            8,
            o.reserve_months
                .map_or("—".to_owned(), |m| format!("{} mois", quantity(m))),
        )?;
        ws.write_string(row, 9, new_qualifiers(&before, &o.analysis).join(", "))?;
        row += 1;
    }
    Ok(())
}

/// « Tests de résistance » of one snapshot, in the words of the PDF.
pub(super) fn stress_sheet(
    ws: &mut Worksheet,
    case: &Case,
    s: &Snapshot,
    typology: &Typology,
    f: &Formats,
    names: &mut Vec<String>,
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name("Tests de résistance", names))?;
    title(
        ws,
        case,
        &format!("Tests de résistance — {}", snapshot_name(s)),
        f,
    )?;
    ws.write_string(
        2,
        0,
        "À charges constantes, la perte de budget monétaire est prise sur les réserves.",
    )?;
    headers(
        ws,
        3,
        &[
            "Test",
            "Budget perdu",
            "Réserves consommées",
            "Position après",
            "Apparaît",
        ],
        f,
    )?;
    for (col, width) in [(0, 40), (1, 16), (2, 36), (3, 40), (4, 24)] {
        ws.set_column_width(col, width)?;
    }
    let before = analyse(case, s, typology);
    let mut row = 4;
    for (stress, o) in stress_outcomes(case, s, typology) {
        ws.write_string(
            row,
            0,
            crate::text::stress_name(&stress, crate::text::Lang::Fr),
        )?;
        ws.write_number_with_format(row, 1, o.lost(), &f.euros)?;
        ws.write_string(
            row,
            2,
            o.drawn(s).map_or("—".to_owned(), |d| {
                crate::text::drawn_words(&d, crate::text::Lang::Fr)
            }),
        )?;
        ws.write_string_with_format(
            row,
            3,
            crate::text::headline(&o.analysis.classification, crate::text::Lang::Fr),
            &f.wrap,
        )?;
        ws.write_string(row, 4, new_qualifiers(&before, &o.analysis).join(", "))?;
        row += 1;
    }
    if row == 4 {
        ws.write_string(
            row,
            0,
            "Aucun test de résistance ne s'applique à cet instantané.",
        )?;
    }
    Ok(())
}
