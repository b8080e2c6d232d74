//! A 16:9 slide of a snapshot (1920 × 1080 pixels): the position, the scenarios and stress
//! tests, or two snapshots compared, in large type with no page furniture, for the board's
//! presentation. The plots, the figures and the words are those of the PDF; only the page is
//! smaller, so that everything is drawn larger.

use super::compare::{both_points, figure_rows};
use super::document::{Document, Page, Style};
use super::layout::{Columns, MARGIN, ROW, snapshot_name};
use super::plots;
use super::position::widest;
use super::scenarios::position_after;
use crate::analysis::scenario::{simulate, stress_outcomes};
use crate::analysis::{Analysis, Typology, analyse, key_figures, trajectory};
use crate::format::{euros_change, euros_whole};
use crate::model::{Case, Snapshot};
use crate::palette;

/// The slide in points: drawn at 3 pixels a point, 1920 × 1080.
pub const WIDTH: f32 = 640.0;
pub const HEIGHT: f32 = 360.0;
/// The picture's width in pixels.
pub const WIDTH_PX: f32 = 1920.0;

/// What a slide can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideContent {
    Position,
    Scenarios,
}

/// The slide of `snapshot`: one page, 16:9.
pub fn slide(
    case: &Case,
    snapshot: &Snapshot,
    typology: &Typology,
    content: SlideContent,
) -> Document {
    let analysis = analyse(case, snapshot, typology);
    let mut page = Page::default();
    let subtitle = match content {
        SlideContent::Position => "Modèle socio-économique",
        SlideContent::Scenarios => "Et si… ? Scénarios, tests de résistance",
    };
    let y = heading(
        &mut page,
        case,
        &format!("{subtitle} — {}", snapshot_name(snapshot)),
    );
    match content {
        SlideContent::Position => position(&mut page, case, &analysis, typology, y),
        SlideContent::Scenarios => scenarios(&mut page, case, snapshot, &analysis, typology, y),
    }
    Document {
        width: WIDTH,
        height: HEIGHT,
        title: format!("{} — {}", case.organisation.name, snapshot.label),
        author: case.accompaniment.consultant.clone(),
        pages: vec![page],
    }
}

/// The slide comparing `before` with `other`: the key figures and positions of both side by
/// side, and both points on the ternary map, as the PDF's comparison draws them.
pub fn comparison_slide(
    case: &Case,
    before: &Snapshot,
    other: &Snapshot,
    typology: &Typology,
) -> Document {
    let (a, b) = (
        analyse(case, before, typology),
        analyse(case, other, typology),
    );
    let mut page = Page::default();
    let y = heading(
        &mut page,
        case,
        &format!(
            "Comparaison — {} et {}",
            snapshot_name(before),
            snapshot_name(other)
        ),
    );
    // The table on the left, the map on the right.
    let gap = 18.0;
    let table_w = inner() * 0.56;
    let columns = Columns::new(table_w, [0.42, 0.29, 0.29], [false, true, true]);
    // A long name is cut to its column (whole in the heading's subtitle when it fits).
    let name = |s: &Snapshot| super::fonts::fit(&s.label, 7.8, true, table_w * 0.29 - 6.0);
    let mut row_y = columns.header(&mut page, y, ["", &name(before), &name(other)]);
    let body = Style::new(9.5);
    let mut rows = figure_rows(&a, &b);
    // The positions, last, are sentences: under the figures, each on the table's width.
    let positions = rows.pop();
    for (i, row) in rows.iter().enumerate() {
        let cells = row.each_ref().map(String::as_str);
        if i % 2 == 1 {
            let height = columns.row_height(&cells, body);
            page.rect(
                [MARGIN, row_y - 10.0, table_w, height],
                Some([248, 249, 250]),
                None,
            );
        }
        row_y += columns.wrapped_row(&mut page, row_y, cells, body);
    }
    if let Some([title, first, second]) = positions {
        row_y += 10.0;
        page.text([MARGIN, row_y], title, Style::new(10.0).bold());
        row_y += 16.0;
        for ((snapshot, analysis), headline) in
            [(before, &a), (other, &b)].into_iter().zip([first, second])
        {
            let colour = analysis
                .classification
                .model
                .as_deref()
                .and_then(|id| typology.model(id))
                .map_or(palette::MUTED, |m| m.rgb());
            page.rect(
                [MARGIN, row_y - 9.0, 10.0, 10.0],
                Some(colour),
                Some((0.5, palette::INK)),
            );
            let style = Style::new(10.0).bold();
            for line in super::fonts::wrap(
                &format!(
                    "{} : {headline}",
                    super::fonts::fit(&snapshot.label, 10.0, true, (table_w - 16.0) / 2.0)
                ),
                style.size,
                true,
                table_w - 16.0,
            )
            .into_iter()
            .take(3)
            {
                page.text([MARGIN + 16.0, row_y], line, style);
                row_y += style.size * 1.3;
            }
            row_y += 5.0;
        }
    }
    let right_x = MARGIN + table_w + gap;
    let title = Style::new(8.5).bold();
    page.text(
        [right_x, y],
        super::fonts::fit(
            "Carte ternaire des ressources monétaires",
            8.5,
            true,
            WIDTH - MARGIN - right_x,
        ),
        title,
    );
    let bottom = HEIGHT - 16.0;
    let map = widest(bottom - (y + 6.0), plots::ternary_height)
        .min(WIDTH - MARGIN - right_x)
        .max(100.0);
    // A long name is cut on the map (whole in the heading): a label stays inside the map.
    let mut path = both_points([(before, &a), (other, &b)]);
    for point in &mut path {
        point.label = super::fonts::fit(&point.label, 7.5, false, map * 0.4);
    }
    plots::ternary(&mut page, [right_x, y + 6.0], map, typology, &path);
    Document {
        width: WIDTH,
        height: HEIGHT,
        title: format!(
            "{} — {} et {}",
            case.organisation.name, before.label, other.label
        ),
        author: case.accompaniment.consultant.clone(),
        pages: vec![page],
    }
}

fn inner() -> f32 {
    WIDTH - 2.0 * MARGIN
}

/// The organisation and what the slide shows; returns the next free `y`.
fn heading(page: &mut Page, case: &Case, subtitle: &str) -> f32 {
    let mut y = 36.0;
    page.text(
        [MARGIN, y],
        super::fonts::fit(&case.organisation.name, 16.0, true, inner()),
        Style::new(16.0).bold(),
    );
    y += 16.0;
    page.text(
        [MARGIN, y],
        super::fonts::fit(subtitle, 9.0, false, inner()),
        Style::new(9.0).colour(palette::MUTED),
    );
    y += 6.0;
    page.line([MARGIN, y], [WIDTH - MARGIN, y], 0.8, palette::INK);
    y + 18.0
}

/// « Position : … », the money and valued figures, the map and the closeness bars.
fn position(page: &mut Page, case: &Case, a: &Analysis, typology: &Typology, y: f32) {
    let c = &a.classification;
    let colour = c
        .model
        .as_deref()
        .and_then(|id| typology.model(id))
        .map_or(palette::MUTED, |m| m.rgb());
    page.rect(
        [MARGIN, y - 10.0, 11.0, 11.0],
        Some(colour),
        Some((0.5, palette::INK)),
    );
    let style = Style::new(12.0).bold();
    let mut y = y;
    for line in super::fonts::wrap(
        &format!(
            "Position : {}",
            crate::text::headline(c, crate::text::Lang::Fr)
        ),
        12.0,
        true,
        inner() - 17.0,
    )
    .into_iter()
    .take(2)
    {
        page.text([MARGIN + 17.0, y], line, style);
        y += style.size * 1.3;
    }
    y += 2.0;
    // The four figures that keep money and valued contributions side by side.
    let figures = key_figures(&a.totals);
    let box_w = inner() / 4.0;
    for (i, figure) in figures.iter().take(4).enumerate() {
        let x = MARGIN + i as f32 * box_w;
        page.rect([x + 1.5, y, box_w - 3.0, 34.0], Some([244, 246, 248]), None);
        page.text(
            [x + 6.0, y + 11.0],
            super::fonts::fit(figure.label, 7.0, false, box_w - 12.0),
            Style::new(7.0).colour(palette::MUTED),
        );
        page.text(
            [x + 6.0, y + 27.0],
            figure.value.clone(),
            Style::new(12.0).bold(),
        );
    }
    y += 34.0 + 16.0;
    let title = Style::new(8.5).bold();
    let bottom = HEIGHT - 16.0;
    let map = widest(bottom - (y + 6.0), plots::ternary_height).clamp(100.0, inner() * 0.46);
    page.text(
        [MARGIN, y],
        "Carte ternaire des ressources monétaires",
        title,
    );
    let path = trajectory(case, typology);
    plots::ternary(page, [MARGIN, y + 4.0], map, typology, &path);
    let right_x = MARGIN + map + 16.0;
    page.text([right_x, y], "Proximité aux sept modèles", title);
    plots::closeness(
        page,
        [right_x, y + 8.0],
        WIDTH - MARGIN - right_x,
        a,
        typology,
    );
}

/// The scenarios on the snapshot, then the stress tests, as many as the slide holds.
fn scenarios(
    page: &mut Page,
    case: &Case,
    snapshot: &Snapshot,
    before: &Analysis,
    typology: &Typology,
    y: f32,
) {
    let body = Style::new(9.0);
    let bottom = HEIGHT - 14.0;
    let mut y = y;
    page.text([MARGIN, y], "Scénarios", Style::new(10.0).bold());
    y += 18.0;
    let columns = Columns::new(inner(), [0.3, 0.3, 0.4], [false, true, false]);
    let mut rows = Vec::new();
    for scenario in case.scenarios.iter().filter(|s| s.base == snapshot.label) {
        if let Ok(o) = simulate(case, scenario, typology) {
            rows.push([
                scenario.name.clone(),
                format!(
                    "{} ({})",
                    euros_whole(o.analysis.totals.monetary_budget),
                    euros_change(o.budget_change.round())
                ),
                crate::text::headline(&o.analysis.classification, crate::text::Lang::Fr),
            ]);
        }
    }
    if !rows.is_empty() {
        y = columns.header(page, y, ["Scénario", "Budget monétaire", "Position"]);
    } else {
        page.text(
            [MARGIN, y],
            "Aucun scénario sur cet instantané (vue « Scénarios » de l'atelier).",
            body.colour(palette::MUTED),
        );
        y += ROW;
    }
    // Half the room below for the scenarios, the rest for the stress tests.
    let middle = y + (bottom - y) * 0.45;
    y = table_rows(page, &columns, y, middle, &rows, body);

    y += 12.0;
    page.text([MARGIN, y], "Tests de résistance", Style::new(10.0).bold());
    y += 18.0;
    let stress = Columns::new(inner(), [0.32, 0.16, 0.52], [false, true, false]);
    y = stress.header(page, y, ["Test", "Budget perdu", "Position après"]);
    let rows: Vec<[String; 3]> = stress_outcomes(case, snapshot, typology)
        .into_iter()
        .map(|(stress, o)| {
            let name = crate::text::stress_name(&stress, crate::text::Lang::Fr);
            let after = position_after(before, &o.analysis);
            [name, euros_whole(o.lost()), after]
        })
        .collect();
    table_rows(page, &stress, y, bottom, &rows, body);
}

/// Writes `rows` from `y` while they fit above `bottom`, then says how many were left out;
/// returns the next free `y`.
fn table_rows(
    page: &mut Page,
    columns: &Columns<3>,
    y: f32,
    bottom: f32,
    rows: &[[String; 3]],
    style: Style,
) -> f32 {
    let mut y = y;
    for (n, row) in rows.iter().enumerate() {
        let cells = row.each_ref().map(String::as_str);
        let height = columns.row_height(&cells, style);
        if y + height + ROW > bottom && n + 1 < rows.len() || y + height > bottom {
            page.text(
                [MARGIN, y],
                format!(
                    "… et {} autre(s) : voir le rapport PDF « Scénarios ».",
                    rows.len() - n
                ),
                style.colour(palette::MUTED),
            );
            return y + ROW;
        }
        if n % 2 == 1 {
            page.rect(
                [MARGIN, y - 10.0, inner(), height],
                Some([248, 249, 250]),
                None,
            );
        }
        y += columns.wrapped_row(page, y, cells, style);
    }
    y
}
