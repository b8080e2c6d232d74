//! Lays out the report of one snapshot: the session report, the position page, the comparison
//! with another snapshot and the matrix, as the options ask, with page numbers « Page 1 / 3 »;
//! and what their pages share: the frame, the title block, the footer, the table columns.

use super::document::{Document, Page, Style};
use super::fonts;
use crate::analysis::{Analysis, Typology, analyse};
use crate::model::{Case, Snapshot};
use crate::palette;

/// Which parts the report holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Content {
    #[default]
    All,
    Matrix,
    Position,
    /// « Compte rendu de séance »: the session, decisions and action plan, then the position
    /// and the matrix.
    Report,
    /// « Et si… ? »: the position, then the scenarios on the snapshot, the stress tests and what
    /// it takes to reach each model.
    Scenarios,
    /// The latest round of the autodiagnostic of maturity, alone.
    Autodiagnostic,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub content: Content,
    pub landscape: bool,
    /// Another snapshot shown side by side with the report's one (figures, change per line,
    /// both points on the maps).
    pub against: Option<String>,
    /// A reference the position is read against (« se situer »).
    pub reference: Option<crate::analysis::reference::Reference>,
    /// A network's questionnaire of autodiagnostic, beside the built-in one.
    /// Boxed: the options travel in the window's commands, which stay small.
    pub questionnaire: Option<Box<crate::analysis::autodiagnostic::Questionnaire>>,
}

pub(super) const MARGIN: f32 = 42.0;
pub(super) const ROW: f32 = 14.0;
const FOOTER: f32 = 28.0;

pub(super) struct Frame<'a> {
    pub(super) reference: Option<&'a crate::analysis::reference::Reference>,
    pub(super) case: &'a Case,
    pub(super) snapshot: &'a Snapshot,
    pub(super) analysis: &'a Analysis,
    pub(super) typology: &'a Typology,
    pub(super) questionnaire: Option<&'a crate::analysis::autodiagnostic::Questionnaire>,
    pub(super) width: f32,
    pub(super) height: f32,
}

impl Frame<'_> {
    pub(super) fn inner_width(&self) -> f32 {
        self.width - 2.0 * MARGIN
    }

    pub(super) fn bottom(&self) -> f32 {
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
        reference: options.reference.as_ref(),
        case,
        snapshot,
        analysis: &analysis,
        typology,
        questionnaire: options.questionnaire.as_deref(),
        width,
        height,
    };
    let mut pages = Vec::new();
    if options.content == Content::Autodiagnostic {
        pages.extend(super::autodiagnostic::autodiagnostic_pages(&frame));
        return finish(case, snapshot, options.content, pages, [width, height]);
    }
    if options.content == Content::Report {
        pages.extend(super::session::session_pages(&frame));
        if !case.diagnostics.is_empty() {
            pages.extend(super::autodiagnostic::autodiagnostic_pages(&frame));
        }
    }
    if options.content != Content::Matrix {
        pages.extend(super::position::position_pages(&frame));
    }
    if let Some(other) = options.against.as_deref().and_then(|l| case.snapshot(l)) {
        pages.extend(super::compare::comparison_pages(&frame, other));
    }
    if options.content == Content::Scenarios {
        pages.extend(super::scenarios::scenario_pages(&frame));
    } else if options.content != Content::Position {
        pages.extend(super::matrix::matrix_pages(&frame));
    }
    finish(case, snapshot, options.content, pages, [width, height])
}

/// Numbers the pages and gives the document its title.
fn finish(
    case: &Case,
    snapshot: &Snapshot,
    content: Content,
    mut pages: Vec<Page>,
    [width, height]: [f32; 2],
) -> Document {
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
        title: match content {
            Content::Report => format!("Compte rendu de séance — {}", case.organisation.name),
            Content::Autodiagnostic => format!("Autodiagnostic — {}", case.organisation.name),
            _ => format!("{} — {}", case.organisation.name, snapshot.label),
        },
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

/// « Matrice des trois leviers — 2025 réalisé »: what a page shows, of which snapshot.
impl Frame<'_> {
    pub(super) fn heading(&self, subtitle: &str) -> String {
        format!("{subtitle} — {}", snapshot_name(self.snapshot))
    }
}

/// A snapshot's name with its kind when the name does not say it: « 2025 (réalisé) ».
pub(super) fn snapshot_name(snapshot: &Snapshot) -> String {
    let kind = snapshot.kind.label();
    if snapshot.label.contains(kind) {
        snapshot.label.clone()
    } else {
        format!("{} ({kind})", snapshot.label)
    }
}

/// The organisation's name, `heading` and who accompanies; returns the first free `y`.
pub(super) fn title_block(page: &mut Page, f: &Frame<'_>, heading: &str) -> f32 {
    let x = MARGIN;
    // The name whole, on as many lines as it needs — up to a third of the page: past that (a
    // name of thousands of characters) the last line ends with « … », so that the page keeps
    // room for what it is for.
    let title = Style::new(17.0).bold();
    let leading = title.size * 1.35;
    let most = ((f.height / 3.0) / leading).floor().max(1.0) as usize;
    let mut lines = wrap(&f.case.organisation.name, title, f.inner_width());
    if lines.len() > most {
        lines.truncate(most);
        if let Some(last) = lines.last_mut() {
            *last = fonts::fit(&format!("{last}…"), title.size, true, f.inner_width());
        }
    }
    let mut y = MARGIN + 16.0;
    for line in lines {
        page.text([x, y], line, title);
        y += leading;
    }
    y += 18.0 - leading;
    let heading_style = Style::new(10.5).colour(palette::MUTED);
    page.text([x, y], heading, heading_style);
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
        let room = f.inner_width() - heading_style.width(heading) - 12.0;
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

/// Column x positions and widths of a table, from the page width.
pub(super) struct Columns<const N: usize> {
    x: [f32; N],
    w: [f32; N],
    /// Right-aligned columns (numbers).
    numeric: [bool; N],
}

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
