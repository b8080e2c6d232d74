//! Lays out the report of one snapshot: a position page (title, key figures, ternary map,
//! closeness, why, caveat) and the matrix (levers, lines, subtotals, change against the previous
//! snapshot), broken across pages with repeated headers, and page numbers.

use super::document::{Document, Page, Style};
use super::fonts;
use super::plots;
use crate::analysis::{Analysis, Typology, analyse, changes, line_value, trajectory};
use crate::format::{euros_change, euros_whole, percent, quantity};
use crate::model::{Case, Lever, Nature, ResourceLine, Snapshot, Unit};
use crate::palette;

/// Which parts the report holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Content {
    #[default]
    All,
    Matrix,
    Position,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub content: Content,
    pub landscape: bool,
}

pub(super) const MARGIN: f32 = 42.0;
pub(super) const ROW: f32 = 14.0;
const FOOTER: f32 = 28.0;

struct Frame<'a> {
    case: &'a Case,
    snapshot: &'a Snapshot,
    analysis: &'a Analysis,
    typology: &'a Typology,
    width: f32,
    height: f32,
}

impl Frame<'_> {
    fn inner_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    fn bottom(&self) -> f32 {
        self.height - MARGIN - FOOTER
    }
}

/// Lays out the report of `snapshot` of `case`.
pub fn layout(case: &Case, snapshot: &Snapshot, typology: &Typology, options: Options) -> Document {
    let (width, height) = if options.landscape {
        (842.0, 595.0)
    } else {
        (595.0, 842.0)
    };
    let analysis = analyse(case, snapshot, typology);
    let frame = Frame {
        case,
        snapshot,
        analysis: &analysis,
        typology,
        width,
        height,
    };
    let mut pages = Vec::new();
    if options.content != Content::Matrix {
        pages.push(position_page(&frame));
    }
    if options.content != Content::Position {
        pages.extend(matrix_pages(&frame));
    }
    let count = pages.len();
    let left = format!(
        "Atelier MSE · {} · {}",
        case.organisation.name, snapshot.label
    );
    for (index, page) in pages.iter_mut().enumerate() {
        footer(page, [width, height], &left, index + 1, count);
    }
    Document {
        width,
        height,
        title: format!("{} — {}", case.organisation.name, snapshot.label),
        author: case.accompaniment.consultant.clone(),
        pages,
    }
}

/// Lines of `text` that fit in `max` points, cut between words (inside a word longer than a
/// line): nothing is lost.
pub fn wrap(text: &str, style: Style, max: f32) -> Vec<String> {
    fonts::wrap(text, style.size, style.bold, max)
}

/// Writes wrapped text from `y`; returns the next free `y`.
pub(super) fn paragraph(
    page: &mut Page,
    x: f32,
    y: f32,
    text: &str,
    style: Style,
    max: f32,
) -> f32 {
    let leading = style.size * 1.35;
    let mut y = y;
    for line in wrap(text, style, max) {
        page.text([x, y], line, style);
        y += leading;
    }
    y
}

fn title_block(page: &mut Page, f: &Frame<'_>, subtitle: &str) -> f32 {
    let x = MARGIN;
    // The name whole, on as many lines as it needs.
    let title = Style::new(17.0).bold();
    let mut y = paragraph(
        page,
        x,
        MARGIN + 16.0,
        &f.case.organisation.name,
        title,
        f.inner_width(),
    ) - title.size * 1.35
        + 18.0;
    let kind = f.snapshot.kind.label();
    let label = if f.snapshot.label.contains(kind) {
        f.snapshot.label.clone()
    } else {
        format!("{} ({kind})", f.snapshot.label)
    };
    let heading = format!("{subtitle} — {label}");
    let heading_style = Style::new(10.5).colour(palette::MUTED);
    page.text([x, y], heading.clone(), heading_style);
    let mut who = Vec::new();
    if !f.case.accompaniment.consultant.is_empty() {
        who.push(format!(
            "Accompagnateur : {}",
            f.case.accompaniment.consultant
        ));
    }
    if let Some(session) = f
        .case
        .accompaniment
        .sessions
        .last()
        .filter(|s| !s.date.is_empty())
    {
        who.push(format!("séance du {}", session.date));
    }
    if !who.is_empty() {
        let who = who.join(" · ");
        let who_style = Style::new(8.0).colour(palette::MUTED);
        // Beside the subtitle when both fit, else on the line below: never one over the other.
        let room = f.inner_width() - heading_style.width(&heading) - 12.0;
        if who_style.width(&who) > room {
            y += 11.0;
        }
        page.text([f.width - MARGIN, y], who, who_style.right());
    }
    y += 8.0;
    page.line([x, y], [f.width - MARGIN, y], 0.8, palette::INK);
    y + 14.0
}

/// The line at the foot of each page: what the document is, and the page number.
pub(super) fn footer(
    page: &mut Page,
    [width, height]: [f32; 2],
    left: &str,
    number: usize,
    count: usize,
) {
    let y = height - MARGIN + 6.0;
    page.line(
        [MARGIN, y - 12.0],
        [width - MARGIN, y - 12.0],
        0.4,
        palette::GRID,
    );
    let style = Style::new(7.5).colour(palette::MUTED);
    page.text(
        [MARGIN, y],
        fonts::fit(left, 7.5, false, width - 2.0 * MARGIN - 80.0),
        style,
    );
    page.text(
        [width - MARGIN, y],
        format!("Page {number} / {count}"),
        style.right(),
    );
}

fn position_page(f: &Frame<'_>) -> Page {
    let mut page = Page::default();
    let mut y = title_block(&mut page, f, "Modèle socio-économique");
    let t = &f.analysis.totals;
    let figures = crate::analysis::key_figures(t);
    let per_row = 4;
    let box_w = f.inner_width() / per_row as f32;
    for (i, figure) in figures.iter().enumerate() {
        let (label, value) = (figure.label, &figure.value);
        let x = MARGIN + (i % per_row) as f32 * box_w;
        let top = y + (i / per_row) as f32 * 38.0;
        page.rect(
            [x + 1.5, top, box_w - 3.0, 34.0],
            Some([244, 246, 248]),
            None,
        );
        let label = fonts::fit(label, 7.0, false, box_w - 12.0);
        page.text(
            [x + 7.0, top + 12.0],
            label,
            Style::new(7.0).colour(palette::MUTED),
        );
        page.text([x + 7.0, top + 27.0], value, Style::new(11.0).bold());
    }
    y += 38.0 * figures.len().div_ceil(per_row) as f32 + 16.0;

    let c = &f.analysis.classification;
    let colour = c
        .model
        .as_deref()
        .and_then(|id| f.typology.model(id))
        .map_or(palette::MUTED, |m| m.rgb());
    page.rect(
        [MARGIN, y - 11.0, 12.0, 12.0],
        Some(colour),
        Some((0.5, palette::INK)),
    );
    let confidence = c.confidence.map_or(String::new(), |conf| {
        format!(" · confiance {}", conf.label())
    });
    // The models in words, on as many lines as they need.
    let heading = Style::new(13.0).bold();
    y = paragraph(
        &mut page,
        MARGIN + 18.0,
        y,
        &format!("Position : {}{confidence}", c.title),
        heading,
        f.inner_width() - 18.0,
    ) - heading.size * 1.35
        + 14.0;

    // Portrait: the map and the bars side by side, « Pourquoi ? » below. Landscape: the map on
    // the left, the bars and « Pourquoi ? » in the column on its right.
    let landscape = f.width > f.height;
    let map_size = if landscape {
        (f.bottom() - y - 16.0).min(f.inner_width() * 0.45)
    } else {
        f.inner_width() * 0.5
    };
    let path = trajectory(f.case, f.typology);
    page.text(
        [MARGIN, y + 10.0],
        "Carte ternaire des ressources monétaires",
        Style::new(9.0).bold(),
    );
    plots::ternary(&mut page, [MARGIN, y + 14.0], map_size, f.typology, &path);
    let column_x = MARGIN + map_size + 16.0;
    let column_w = f.width - MARGIN - column_x;
    page.text(
        [column_x, y + 10.0],
        "Proximité aux sept modèles",
        Style::new(9.0).bold(),
    );
    let used = plots::closeness(
        &mut page,
        [column_x, y + 18.0],
        column_w,
        f.analysis,
        f.typology,
    );
    let legend = Style::new(7.0).colour(palette::MUTED);
    let after_bars = paragraph(
        &mut page,
        column_x,
        y + 18.0 + used + 14.0,
        "Sur la carte : losanges, les modèles types ; points pleins, les années ; cercles, les cibles ; les flèches suivent les instantanés dans l'ordre.",
        legend,
        column_w,
    );
    // The composition of every snapshot, under the bars: where the mix comes from and goes.
    page.text(
        [column_x, after_bars + 8.0],
        "Composition des ressources monétaires",
        Style::new(9.0).bold(),
    );
    let steps: Vec<(String, Option<crate::analysis::GroupAmounts>)> = f
        .case
        .snapshots
        .iter()
        .map(|s| (s.label.clone(), analyse(f.case, s, f.typology).shares))
        .collect();
    let after_composition = after_bars
        + 14.0
        + plots::composition(&mut page, [column_x, after_bars + 14.0], column_w, &steps);
    let (x, width) = if landscape {
        y = after_composition + 10.0;
        (column_x, column_w)
    } else {
        y = (y + 14.0 + map_size + 8.0).max(after_composition + 8.0);
        (MARGIN, f.inner_width())
    };
    why(&mut page, f, [x, y], width);
    page
}

/// « Pourquoi ? »: the facts, the qualifiers, the warnings, and the typology's caveat.
fn why(page: &mut Page, f: &Frame<'_>, [x, y]: [f32; 2], width: f32) {
    let c = &f.analysis.classification;
    let mut y = y;
    page.text([x, y], "Pourquoi ?", Style::new(11.0).bold());
    y += 14.0;
    let body = Style::new(8.5);
    for fact in &c.explanation {
        page.text([x, y], "•", body);
        y = paragraph(page, x + 10.0, y, fact, body, width - 10.0);
    }
    for q in &f.analysis.qualifiers {
        let head = format!("{} :", q.label);
        page.text([x, y], &head, body.bold());
        let indent = body.bold().width(&head) + 4.0;
        y = paragraph(page, x + indent, y, &q.detail, body, width - indent);
    }
    for warning in &f.analysis.warnings {
        y = paragraph(
            page,
            x,
            y,
            &format!("Attention : {warning}"),
            body.colour(palette::DECREASE),
            width,
        );
    }
    y += 6.0;
    let small = Style::new(7.0).colour(palette::MUTED);
    y = paragraph(page, x, y, &f.typology.caveat, small, width);
    paragraph(
        page,
        x,
        y,
        &format!("Source : {}", f.typology.source),
        small,
        width,
    );
}

/// Column x positions and widths of a table, from the page width.
pub(super) struct Columns<const N: usize> {
    x: [f32; N],
    w: [f32; N],
    /// Right-aligned columns (numbers).
    numeric: [bool; N],
}

const HEADERS: [&str; 7] = [
    "Ligne",
    "Type",
    "Financeur ou partenaire",
    "Quantité",
    "Valeur",
    "Part",
    "Évolution",
];

impl<const N: usize> Columns<N> {
    /// Columns taking `fractions` of the `inner` width from the left margin.
    pub(super) fn new(inner: f32, fractions: [f32; N], numeric: [bool; N]) -> Columns<N> {
        let w = fractions.map(|f| inner * f);
        let mut at = MARGIN;
        let x = w.map(|width| {
            let start = at;
            at += width;
            start
        });
        Columns { x, w, numeric }
    }

    /// The header row: white titles on a dark band; returns the `y` of the first row.
    pub(super) fn header(&self, page: &mut Page, y: f32, titles: [&str; N]) -> f32 {
        let width = match (self.x.last(), self.w.last()) {
            (Some(x), Some(w)) => x + w - MARGIN,
            _ => 0.0,
        };
        // The titles wrap like the cells: a column's name is never cut.
        let style = Style::new(7.8).bold().colour([255, 255, 255]);
        let height = self.row_height(&titles, style);
        page.rect([MARGIN, y - 10.0, width, height], Some(palette::INK), None);
        self.wrapped_row(page, y, titles, style);
        y + height + 4.0
    }

    /// Writes `texts` as one row, each cut to its column.
    /// The height of `texts` as a wrapped row.
    pub(super) fn row_height(&self, texts: &[&str; N], style: Style) -> f32 {
        let lines = texts
            .iter()
            .zip(self.w)
            .map(|(text, w)| fonts::wrap(text, style.size, style.bold, w - 6.0).len())
            .max()
            .unwrap_or(1)
            .max(1);
        ROW + (lines - 1) as f32 * style.size * 1.25
    }

    /// Writes `texts` as one row, each text wrapped within its column (numbers right-aligned);
    /// returns the row's height, one `ROW` per line of its tallest cell.
    pub(super) fn wrapped_row(
        &self,
        page: &mut Page,
        y: f32,
        texts: [&str; N],
        style: Style,
    ) -> f32 {
        let line_height = style.size * 1.25;
        let mut lines = 1;
        for (((text, x), w), numeric) in texts.iter().zip(self.x).zip(self.w).zip(self.numeric) {
            let wrapped = fonts::wrap(text, style.size, style.bold, w - 6.0);
            lines = lines.max(wrapped.len());
            for (i, line) in wrapped.into_iter().enumerate() {
                let y = y + i as f32 * line_height;
                if numeric {
                    page.text([x + w - 3.0, y], line, style.right());
                } else {
                    page.text([x + 3.0, y], line, style);
                }
            }
        }
        ROW + (lines - 1) as f32 * line_height
    }

    pub(super) fn row(&self, page: &mut Page, y: f32, texts: [&str; N], style: Style) {
        for (((text, x), w), numeric) in texts.iter().zip(self.x).zip(self.w).zip(self.numeric) {
            let text = fonts::fit(text, style.size, style.bold, w - 6.0);
            if numeric {
                page.text([x + w - 3.0, y], text, style.right());
            } else {
                page.text([x + 3.0, y], text, style);
            }
        }
    }
}

/// The matrix table's columns; numbers get what « 1 400 000 000 € » needs.
fn matrix_columns(inner: f32) -> Columns<7> {
    Columns::new(
        inner,
        [0.22, 0.2, 0.17, 0.13, 0.12, 0.055, 0.105],
        [false, false, false, true, true, true, true],
    )
}

fn matrix_pages(f: &Frame<'_>) -> Vec<Page> {
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
            let value = line_value(line, valuation);
            let kind = line.kind.def().map_or("", |d| d.label.as_str());
            let shown = if value.money + value.valued > 0.0 {
                euros_whole(value.money + value.valued)
            } else if value.info > 0.0 {
                format!("({})", euros_whole(value.info))
            } else {
                "—".to_owned()
            };
            let share = if subtotal > 0.0 && value.money + value.valued > 0.0 {
                percent((value.money + value.valued) / subtotal)
            } else {
                String::new()
            };
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
            let style = Style::new(7.8);
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
    if y + 3.0 * ROW > f.bottom() {
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
    for (label, value) in [
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
    ] {
        page.text([MARGIN + 3.0, y], label, Style::new(9.0).bold());
        page.text(
            [f.width - MARGIN - 3.0, y],
            value,
            Style::new(9.0).bold().right(),
        );
        y += ROW;
    }
    pages.push(page);
    pages
}

/// The title and the table header, on the first matrix page and repeated on each next one.
fn table_head(page: &mut Page, f: &Frame<'_>, columns: &Columns<7>, previous: Option<&str>) -> f32 {
    let mut y = title_block(page, f, "Matrice des trois leviers");
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

/// The natural quantity of a line: people and time, or the importance of an alliance.
fn quantity_text(line: &ResourceLine) -> String {
    match line.kind.def().map(|d| d.nature) {
        Some(Nature::Human { .. }) => {
            let mut parts = Vec::new();
            if let Some(people) = line.people {
                parts.push(format!("{} pers.", quantity(f64::from(people))));
            }
            if let Some(q) = line.quantity {
                let unit = match line.unit {
                    Unit::Heures => "h",
                    Unit::Jours => "j",
                    Unit::Mois => "mois",
                    Unit::Etp => "ETP",
                };
                parts.push(format!("{} {unit}", quantity(q)));
            }
            parts.join(" · ")
        }
        Some(Nature::InKind { .. }) => line
            .importance
            .map_or(String::new(), |i| "★".repeat(usize::from(i))),
        _ => String::new(),
    }
}
