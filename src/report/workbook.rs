//! The workbook (.xlsx) of a case and of a portfolio, for the consultant's spreadsheet: one
//! sheet per snapshot (the matrix by lever, subtotals and totals as live formulas), the key
//! figures and positions along the trajectory, the scenarios and the stress tests; for a
//! portfolio, one row per case with an autofilter. The words are those of the PDF.

use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{Format, Formula, Workbook, Worksheet, XlsxError};

use super::layout::snapshot_name;
use super::matrix::quantity_text;
use crate::analysis::scenario::{describe, new_qualifiers, simulate, stress_outcomes};
use crate::analysis::{Typology, analyse, key_figures, line_value};
use crate::format::quantity;
use crate::model::{Case, Lever, Snapshot};
use crate::portfolio::{Cell, Portfolio, TABLE_HEADERS, table};

/// Whole euros with a thousands separator (a space in French Excel and LibreOffice).
const EUROS: &str = "#,##0 \"€\"";
const PERCENT: &str = "0 %";

/// The formats of every sheet.
struct Formats {
    title: Format,
    header: Format,
    bold: Format,
    euros: Format,
    euros_bold: Format,
    percent: Format,
    percent_bold: Format,
    wrap: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            title: Format::new().set_bold().set_font_size(14),
            header: Format::new()
                .set_bold()
                .set_font_color(0xFFFFFF)
                .set_background_color(0x2F3E4E)
                .set_text_wrap(),
            bold: Format::new().set_bold(),
            euros: Format::new().set_num_format(EUROS),
            euros_bold: Format::new().set_num_format(EUROS).set_bold(),
            percent: Format::new().set_num_format(PERCENT),
            percent_bold: Format::new().set_num_format(PERCENT).set_bold(),
            wrap: Format::new().set_text_wrap(),
        }
    }
}

fn failed(e: XlsxError) -> String {
    format!("le classeur n'a pas pu être écrit ({e})")
}

/// The workbook of `case`: the key figures and positions, one sheet per snapshot, the
/// scenarios, and the stress tests of snapshot `label`.
pub fn case_workbook(case: &Case, label: &str, typology: &Typology) -> Result<Vec<u8>, String> {
    let snapshot = case
        .snapshot(label)
        .ok_or_else(|| format!("aucun instantané « {label} » dans le dossier"))?;
    let f = Formats::new();
    let mut book = Workbook::new();
    let mut names = Vec::new();
    key_figures_sheet(book.add_worksheet(), case, typology, &f, &mut names).map_err(failed)?;
    for s in &case.snapshots {
        matrix_sheet(book.add_worksheet(), case, s, &f, &mut names).map_err(failed)?;
    }
    if !case.scenarios.is_empty() {
        scenarios_sheet(book.add_worksheet(), case, typology, &f, &mut names).map_err(failed)?;
    }
    stress_sheet(
        book.add_worksheet(),
        case,
        snapshot,
        typology,
        &f,
        &mut names,
    )
    .map_err(failed)?;
    book.save_to_buffer().map_err(failed)
}

/// A sheet name Excel accepts (31 characters, none of `[]:*?/\`), unique in the workbook.
fn sheet_name(wanted: &str, names: &mut Vec<String>) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect();
    let clean = clean.trim().trim_matches('\'').to_owned();
    let base: String = if clean.is_empty() {
        "Feuille".to_owned()
    } else {
        clean.chars().take(31).collect()
    };
    let mut name = base.clone();
    let mut n = 2;
    // As the workbook compares them: « Été 2024 » and « ÉTÉ 2024 » are the same sheet.
    while names
        .iter()
        .any(|taken| taken.to_lowercase() == name.to_lowercase())
    {
        let suffix = format!(" ({n})");
        name = base
            .chars()
            .take(31 - suffix.chars().count())
            .collect::<String>()
            + &suffix;
        n += 1;
    }
    names.push(name.clone());
    name
}

/// The title rows of a case's sheet: the organisation, then what the sheet shows.
fn title(ws: &mut Worksheet, case: &Case, heading: &str, f: &Formats) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, &case.organisation.name, &f.title)?;
    ws.write_string(1, 0, heading)?;
    Ok(())
}

fn headers(ws: &mut Worksheet, row: u32, titles: &[&str], f: &Formats) -> Result<(), XlsxError> {
    for (col, text) in (0u16..).zip(titles) {
        ws.write_string_with_format(row, col, *text, &f.header)?;
    }
    Ok(())
}

/// « Chiffres clés et positions »: the key figures of every snapshot, side by side, then the
/// position and the qualifiers, in the words of the PDF and `analyse`.
fn key_figures_sheet(
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
            ("Position", a.classification.headline()),
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
fn matrix_sheet(
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
fn scenarios_sheet(
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
        let changes: Vec<String> = scenario.changes.iter().map(|c| describe(c, base)).collect();
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
        ws.write_string_with_format(row, 6, before.classification.headline(), &f.wrap)?;
        ws.write_string_with_format(row, 7, o.analysis.classification.headline(), &f.wrap)?;
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
fn stress_sheet(
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
    for (name, o) in stress_outcomes(case, s, typology) {
        ws.write_string(row, 0, &name)?;
        ws.write_number_with_format(row, 1, o.lost(), &f.euros)?;
        ws.write_string(row, 2, o.drawn(s).map_or("—".to_owned(), |d| d.said()))?;
        ws.write_string_with_format(row, 3, o.analysis.classification.headline(), &f.wrap)?;
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

/// The workbook of a portfolio: one row per case of `rows`, numbers typed, with an autofilter.
pub fn portfolio_workbook(
    portfolio: &Portfolio,
    rows: &[usize],
    anonymised: bool,
) -> Result<Vec<u8>, String> {
    let f = Formats::new();
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    let write = |ws: &mut Worksheet| -> Result<(), XlsxError> {
        ws.set_name("Portefeuille")?;
        headers(ws, 0, &TABLE_HEADERS, &f)?;
        ws.set_freeze_panes(1, 0)?;
        let table = table(portfolio, rows, anonymised);
        for (row, cells) in (1u32..).zip(&table) {
            for (col, cell) in (0u16..).zip(cells) {
                match cell {
                    Cell::Text(text) => ws.write_string(row, col, text)?,
                    Cell::Euros(value) => {
                        ws.write_number_with_format(row, col, *value, &f.euros)?
                    }
                    Cell::Share(Some(share)) => {
                        ws.write_number_with_format(row, col, *share, &f.percent)?
                    }
                    Cell::Share(None) => continue,
                };
            }
        }
        let last = u32::try_from(table.len()).unwrap_or(u32::MAX).max(1);
        ws.autofilter(0, 0, last, (TABLE_HEADERS.len() - 1) as u16)?;
        for (col, width) in
            (0u16..).zip([18, 36, 18, 18, 16, 16, 16, 16, 34, 10, 12, 30, 14, 14, 14])
        {
            ws.set_column_width(col, width)?;
        }
        Ok(())
    };
    write(ws).map_err(failed)?;
    book.save_to_buffer().map_err(failed)
}
