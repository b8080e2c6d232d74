//! Lays out the report of a portfolio: every case on one ternary map (optionally with its path),
//! a legend with the count per model, then the table, broken across pages with its header
//! repeated, and the files that could not be read.

use super::document::{Document, Page, Style};
use super::layout::{Columns, MARGIN, ROW, footer, paragraph};
use super::plots::{arrow, lighter, ternary_frame};
use crate::analysis::Typology;
use crate::format::euros_whole;
use crate::palette;
use crate::portfolio::{Entry, Portfolio};

/// What the portfolio report shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PortfolioOptions {
    pub anonymised: bool,
    /// Draw each case's path from snapshot to snapshot.
    pub paths: bool,
    /// The filters in words, for the subtitle (empty when none).
    pub filters: String,
}

const WIDTH: f32 = 842.0;
const HEIGHT: f32 = 595.0;
/// Up to this many cases, each point carries its number from the table.
const NUMBERED: usize = 60;

const HEADERS: [&str; 9] = [
    "N°",
    "Organisation",
    "Secteur",
    "Instantané",
    "Budget monétaire",
    "Budget valorisé",
    "Modèle",
    "Confiance",
    "Qualificatifs",
];

fn columns() -> Columns<9> {
    Columns::new(
        WIDTH - 2.0 * MARGIN,
        [0.035, 0.17, 0.10, 0.075, 0.12, 0.12, 0.165, 0.075, 0.14],
        [true, false, false, false, true, true, false, false, false],
    )
}

/// Lays out the portfolio report (A4 landscape) for the entries `rows`, in that order.
pub fn portfolio_layout(
    portfolio: &Portfolio,
    rows: &[usize],
    typology: &Typology,
    options: &PortfolioOptions,
) -> Document {
    let entries: Vec<&Entry> = rows
        .iter()
        .filter_map(|&i| portfolio.entries.get(i))
        .collect();
    let folder = portfolio
        .folder
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let title = if options.anonymised || folder.is_empty() {
        "Portefeuille".to_owned()
    } else {
        format!("Portefeuille — {folder}")
    };
    let mut pages = vec![map_page(portfolio, &entries, typology, options, &title)];
    pages.extend(table_pages(portfolio, &entries, options, &title));
    let count = pages.len();
    let left = format!("Atelier MSE · {title}");
    for (index, page) in pages.iter_mut().enumerate() {
        footer(page, [WIDTH, HEIGHT], &left, index + 1, count);
    }
    Document {
        width: WIDTH,
        height: HEIGHT,
        title,
        author: String::new(),
        pages,
    }
}

/// Title and subtitle; returns the next free `y`.
fn heading(page: &mut Page, title: &str, subtitle: &str) -> f32 {
    let mut y = MARGIN + 16.0;
    page.text(
        [MARGIN, y],
        super::fonts::fit(title, 17.0, true, WIDTH - 2.0 * MARGIN),
        Style::new(17.0).bold(),
    );
    y += 18.0;
    page.text(
        [MARGIN, y],
        subtitle,
        Style::new(10.5).colour(palette::MUTED),
    );
    y += 8.0;
    page.line([MARGIN, y], [WIDTH - MARGIN, y], 0.8, palette::INK);
    y + 14.0
}

fn subtitle(portfolio: &Portfolio, shown: usize, options: &PortfolioOptions) -> String {
    let mut parts = vec![format!(
        "{shown} dossier(s) sur {}",
        portfolio.entries.len()
    )];
    if !options.filters.is_empty() {
        parts.push(format!("filtres : {}", options.filters));
    }
    if !portfolio.failures.is_empty() {
        parts.push(format!(
            "{} fichier(s) non chargé(s)",
            portfolio.failures.len()
        ));
    }
    if options.anonymised {
        parts.push("vue anonymisée".to_owned());
    }
    parts.join(" · ")
}

fn map_page(
    portfolio: &Portfolio,
    entries: &[&Entry],
    typology: &Typology,
    options: &PortfolioOptions,
    title: &str,
) -> Page {
    let mut page = Page::default();
    let y = heading(
        &mut page,
        title,
        &subtitle(portfolio, entries.len(), options),
    );
    // The triangle fills the height; its box is wider than the triangle, whose right labels
    // stay clear of the legend.
    let size = (HEIGHT - y - MARGIN - 28.0) / 0.8;
    let frame = ternary_frame(
        &mut page,
        [MARGIN - 0.1 * size, y - 0.06 * size],
        size,
        typology,
    );
    if options.paths {
        for entry in entries {
            let colour = lighter(entry.model_rgb(typology), 0.35);
            let points: Vec<[f32; 2]> = entry
                .path_points
                .iter()
                .filter_map(|p| p.ternary.map(|t| frame.at(t.to_xy())))
                .collect();
            for pair in points.windows(2) {
                if let [a, b] = pair {
                    arrow(&mut page, *a, *b, colour);
                }
            }
        }
    }
    let numbered = entries.len() <= NUMBERED;
    for entry in entries {
        let Some(t) = entry.ternary else { continue };
        let [x, y] = frame.at(t.to_xy());
        page.circle(
            [x, y],
            3.2,
            Some(entry.model_rgb(typology)),
            Some((0.5, palette::INK)),
        );
        if numbered {
            page.text(
                [x + 4.5, y - 3.0],
                entry.number.to_string(),
                Style::new(6.5).colour(palette::INK),
            );
        }
    }

    // Legend: how many cases per model.
    let x = MARGIN + 0.75 * size + 50.0;
    let mut ly = y + 10.0;
    page.text([x, ly], "Modèles", Style::new(10.0).bold());
    ly += 16.0;
    for model in &typology.models {
        let count = entries
            .iter()
            .filter(|e| e.model.as_deref() == Some(model.id.as_str()))
            .count();
        page.circle(
            [x + 4.0, ly - 3.0],
            3.5,
            Some(model.rgb()),
            Some((0.5, palette::INK)),
        );
        page.text(
            [x + 14.0, ly],
            super::fonts::fit(
                &format!("{} — {}", model.id, model.name),
                8.5,
                false,
                WIDTH - MARGIN - x - 60.0,
            ),
            Style::new(8.5),
        );
        page.text(
            [WIDTH - MARGIN, ly],
            format!("{count} dossier(s)"),
            Style::new(8.5).right(),
        );
        ly += 14.0;
    }
    let without = entries.iter().filter(|e| e.ternary.is_none()).count();
    if without > 0 {
        ly += 4.0;
        page.text(
            [x, ly],
            format!("{without} dossier(s) sans ressources monétaires : hors de la carte."),
            Style::new(8.0).colour(palette::MUTED),
        );
        ly += 12.0;
    }
    ly += 8.0;
    let mut notes = vec![
        "Chaque point est un dossier, sur son dernier instantané « réalisé » ; sa couleur est celle de son modèle (le premier, pour un modèle hybride).",
    ];
    if numbered {
        notes.push("Les numéros renvoient au tableau.");
    }
    if options.paths {
        notes.push("Les flèches suivent les instantanés de chaque dossier, jusqu'à sa cible.");
    }
    paragraph(
        &mut page,
        x,
        ly,
        &notes.join(" "),
        Style::new(8.0).colour(palette::MUTED),
        WIDTH - MARGIN - x,
    );
    page
}

fn table_head(page: &mut Page, title: &str, columns: &Columns<9>) -> f32 {
    let y = heading(page, title, "Tableau du portefeuille");
    columns.header(page, y, HEADERS)
}

fn table_pages(
    portfolio: &Portfolio,
    entries: &[&Entry],
    options: &PortfolioOptions,
    title: &str,
) -> Vec<Page> {
    let columns = columns();
    let bottom = HEIGHT - MARGIN - 28.0;
    let mut pages = Vec::new();
    let mut page = Page::default();
    let mut y = table_head(&mut page, title, &columns);
    for (n, e) in entries.iter().enumerate() {
        if y > bottom {
            pages.push(std::mem::take(&mut page));
            y = table_head(&mut page, title, &columns);
        }
        if n % 2 == 1 {
            page.rect(
                [MARGIN, y - 10.0, WIDTH - 2.0 * MARGIN, ROW],
                Some([248, 249, 250]),
                None,
            );
        }
        let texts = [
            e.number.to_string(),
            e.display_name(options.anonymised),
            e.sector.clone(),
            e.snapshot.clone(),
            euros_whole(e.monetary_budget),
            euros_whole(e.valued_budget),
            e.position.clone(),
            e.confidence
                .map_or("—".to_owned(), |c| c.label().to_owned()),
            e.qualifiers.join(", "),
        ];
        columns.row(
            &mut page,
            y,
            texts.each_ref().map(String::as_str),
            Style::new(7.8),
        );
        y += ROW;
    }
    if !portfolio.failures.is_empty() {
        y += 10.0;
        if y + 3.0 * ROW > bottom {
            pages.push(std::mem::take(&mut page));
            y = heading(&mut page, title, "Tableau du portefeuille");
        }
        page.text(
            [MARGIN, y],
            format!("Fichiers non chargés ({})", portfolio.failures.len()),
            Style::new(9.0).bold().colour(palette::ERROR),
        );
        y += ROW;
        if options.anonymised {
            page.text(
                [MARGIN, y],
                "Détails masqués dans la vue anonymisée.",
                Style::new(8.0).colour(palette::MUTED),
            );
        } else {
            for failure in &portfolio.failures {
                if y + ROW > bottom {
                    pages.push(std::mem::take(&mut page));
                    y = heading(&mut page, title, "Fichiers non chargés (suite)");
                }
                y = paragraph(
                    &mut page,
                    MARGIN,
                    y,
                    &failure.error.to_string(),
                    Style::new(7.8),
                    WIDTH - 2.0 * MARGIN,
                ) + 4.0;
            }
        }
    }
    pages.push(page);
    pages
}
