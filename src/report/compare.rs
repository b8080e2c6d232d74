//! Two snapshots side by side in one document (« 2025 réalisé » against « cible 2027 »): the key
//! figures and the position of each, both points on the ternary map and the heptagon, and the
//! change of every line, flowing over as many pages as the lines need.

use super::document::{Page, Style};
use super::flow::{self, Flow};
use super::layout::{Columns, Frame, MARGIN, ROW, snapshot_name, title_block};
use super::plots;
use crate::analysis::{Analysis, TrajectoryPoint, analyse, changes, key_figures};
use crate::format::{euros_change, euros_whole};
use crate::model::{Lever, Snapshot, SnapshotKind};
use crate::palette;

/// The pages comparing the frame's snapshot (« avant ») with `other` (« après »).
pub(super) fn comparison_pages(f: &Frame<'_>, other: &Snapshot) -> Vec<Page> {
    let before = f.snapshot;
    let after_analysis = analyse(f.case, other, f.typology);
    let heading = format!(
        "Comparaison — {} et {}",
        snapshot_name(before),
        snapshot_name(other)
    );
    let mut page = Page::default();
    let mut y = title_block(&mut page, f, &heading);
    let (a, b) = (f.analysis, &after_analysis);
    let names = [before.label.as_str(), other.label.as_str()];

    // The figures and the position of both, in one table.
    let columns = Columns::new(f.inner_width(), [0.34, 0.33, 0.33], [false, true, true]);
    y = columns.header(&mut page, y, ["", names[0], names[1]]);
    let body = Style::new(8.5);
    let rows = figure_rows(a, b);
    let last = rows.len().saturating_sub(1);
    for (i, row) in rows.iter().enumerate() {
        // The position, last, in bold.
        let style = if i == last { body.bold() } else { body };
        y += columns.wrapped_row(&mut page, y, row.each_ref().map(String::as_str), style);
    }
    y += 10.0;

    // Both points on the two maps, side by side.
    let path = both_points([(before, a), (other, b)]);
    let gap = 16.0;
    let size = ((f.inner_width() - gap) / 2.0)
        .min(f.bottom() - y - 40.0)
        .max(150.0);
    let title = Style::new(9.0).bold();
    page.text(
        [MARGIN, y + 10.0],
        "Carte ternaire des ressources monétaires",
        title,
    );
    plots::ternary(&mut page, [MARGIN, y + 14.0], size, f.typology, &path);
    let right = MARGIN + size + gap;
    page.text([right, y + 10.0], "Barycentre des sept modèles", title);
    plots::barycentre(&mut page, [right, y + 14.0], size, f.typology, &path);
    y += 14.0 + size + 12.0;

    // The change of every line, lever by lever.
    let lines = Columns::new(
        f.inner_width(),
        [0.43, 0.19, 0.19, 0.19],
        [false, true, true, true],
    );
    let head = |page: &mut Page| {
        let y = title_block(page, f, &format!("{heading} (suite)"));
        lines.header(page, y, ["Ligne", names[0], names[1], "Évolution"])
    };
    let mut flow = Flow::new(page, y, f.bottom(), head);
    // The header stays with the first rows: on the next page (which repeats it) when they do
    // not fit here.
    if flow.fits(3.0 * ROW) {
        flow.y = lines.header(
            &mut flow.page,
            flow.y,
            ["Ligne", names[0], names[1], "Évolution"],
        );
    } else {
        flow.break_page();
    }
    let change = changes(before, other, &f.case.valuation);
    for lever in Lever::ALL {
        let lever_change = change.levers.iter().find(|l| l.lever == lever);
        flow.room(2.0 * ROW);
        flow.page.rect(
            [MARGIN, flow.y - 10.0, f.inner_width(), ROW],
            Some([232, 236, 240]),
            None,
        );
        let (sa, sb) = lever_change.map_or((0.0, 0.0), |l| (l.before, l.after));
        let bold = Style::new(8.5).bold();
        lines.row(
            &mut flow.page,
            flow.y,
            [
                lever.label(),
                &euros_whole(sa),
                &euros_whole(sb),
                &euros_change((sb - sa).round()),
            ],
            bold,
        );
        flow.y += ROW;
        for line in change.lines.iter().filter(|l| l.lever == lever) {
            let shown = |v: Option<f64>| v.map_or("—".to_owned(), euros_whole);
            let evolution = match (line.before, line.after) {
                (None, _) => "nouvelle".to_owned(),
                (_, None) => "supprimée".to_owned(),
                _ if line.delta().abs() < 0.005 => "=".to_owned(),
                _ => euros_change(line.delta().round()),
            };
            // A line renamed between the two keeps both names.
            let label = match before.line(line.id).map(|l| l.display_label()) {
                Some(old) if line.after.is_some() && old != line.label => {
                    format!("{} (avant : {old})", line.label)
                }
                _ => line.label.clone(),
            };
            let cells = [
                label.as_str(),
                &shown(line.before),
                &shown(line.after),
                &evolution,
            ];
            let style = Style::new(7.8);
            flow.room(lines.row_height(&cells, style));
            flow.y += lines.wrapped_row(&mut flow.page, flow.y, cells, style);
        }
        flow.y += 6.0;
    }
    flow.write(
        MARGIN,
        flow::lines(
            "Les lignes sont rapprochées par leur identité : une cible créée à partir d'un instantané garde les lignes de sa source.",
            Style::new(7.0).colour(palette::MUTED),
            0.0,
            f.inner_width(),
        ),
    );
    flow.finish()
}

/// The key figures of both snapshots side by side, then their positions (last): the rows of
/// the comparison's table, in the PDF and on the slide.
pub(super) fn figure_rows(a: &Analysis, b: &Analysis) -> Vec<[String; 3]> {
    let mut rows: Vec<[String; 3]> = key_figures(&a.totals)
        .into_iter()
        .zip(key_figures(&b.totals))
        .map(|(fa, fb)| [fa.label.to_owned(), fa.value, fb.value])
        .collect();
    rows.push([
        "Position".to_owned(),
        crate::text::headline(&a.classification, crate::text::Lang::Fr),
        crate::text::headline(&b.classification, crate::text::Lang::Fr),
    ]);
    rows
}

/// The two snapshots as points of a path, to draw on the ternary map and the heptagon.
pub(super) fn both_points(snapshots: [(&Snapshot, &Analysis); 2]) -> Vec<TrajectoryPoint> {
    snapshots
        .iter()
        .map(|(s, an)| TrajectoryPoint {
            label: s.label.clone(),
            target: s.kind == SnapshotKind::Cible,
            ternary: an.ternary,
            barycentre: an.barycentre,
        })
        .collect()
}
